"""Rosters: a body's members listed by name under a membership heading or lead-in.

Terms of reference, a board's page or an agenda's distribution list give a body's
membership as entries naming people or organisations rather than posts: "Dr Jo Example
Widget Manager" (a person, then their post), "Jo Example – Director of Widgets", "Cllr Sam
Sample (Chair)", "Westshire University". Each entry is a member of the body the lead-in
or the nearest heading before it names (``MEMBER_OF``); an entry marked as the chair
chairs it (``CHAIRS``); one marked vice-chair is a member with ``role`` vice-chair. A
person is the candidate's source as written, with their honorific, and the post after the
name is its ``seat`` (resolution drafts the person as holding that seat, which is the
member). An attendance list of one meeting ("Present", "Apologies"), a contact list, a signature
or a list of former members is no roster: those headings are not read.

>>> t = ("Westshire Widget Committee\\n\\nMembership\\n\\nDr Jo Example Widget Manager (Chair)\\n"
...      "Sam Sample – Director of Gadgets\\nWestshire University\\n\\nQuorum\\n")
>>> sorted((c.type, c.source.name, c.seat and c.seat.name, c.target.name)
...        for c in from_rosters(t))  # doctest: +NORMALIZE_WHITESPACE
[('CHAIRS', 'Dr Jo Example', 'Widget Manager', 'Westshire Widget Committee'),
 ('MEMBER_OF', 'Sam Sample', 'Director of Gadgets', 'Westshire Widget Committee'),
 ('MEMBER_OF', 'Westshire University', None, 'Westshire Widget Committee')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import NamedTuple

from .mentions import Candidate, Mention
from .names import BODY_WORDS, POST_WORDS, classify, looks_like_post, normalise
from .referents import referred

__all__ = ["ORGANISATION_WORDS", "PERSON", "PERSON_NAME", "ROSTER_RULE", "Entry",
           "from_chairs_lists", "from_rosters", "is_person", "is_roster_heading",
           "roster_entries", "with_rosters"]

#: The rule name of a roster's facts (resolution keeps a person or an organisation as an end).
ROSTER_RULE = "roster"

#: A heading that opens a roster: the kinds of member a body's list names (cue words as data).
HEADINGS = ("membership", "members", "board membership", "committee membership",
            "core membership", "current membership", "voting members", "non-voting members",
            "ex officio members", "ex-officio members", "co-opted members", "lay members",
            "distribution", "distribution list", "observers", "in attendance",
            "attendees (standing)", "members of the board", "members of the committee",
            "board members", "committee members", "our board", "our members")
#: A sub-heading inside a roster, which goes on with the same body ("Non-Voting Members").
_SUB = re.compile(r"(?:(?:non[- ]?)?voting|ex[- ]officio|co-?opted|lay|associate|"
                  r"independent|executive|non-executive|elected|appointed)\s+members|"
                  r"in\s+attendance|observers?", re.IGNORECASE)
_HEADING = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?P<h>" +
                      "|".join(re.escape(h) for h in sorted(HEADINGS, key=len, reverse=True)) +
                      r")[ \t]*:?[ \t]*", re.IGNORECASE)
#: A lead-in sentence ending with a colon that says its list holds a body's members:
#: "The membership of the X is:", "representatives of the following organisations:",
#: "will have member / observer status on the X …:", "The members of the X are:".
#: The verb may take "of" ("shall comprise of"), the list may be of whom the members represent
#: ("named representatives of the following bodies:", "one delegate from each of the
#: following:"), or the members are
#: said to be drawn from the list ("Members will be drawn from:", "The following will be
#: members:").
_LEAD_IN = re.compile(r"\b(?:membership\s+(?:of|on)\b|members\s+of\b|member\s+status\b|"
                      r"observer\s+status\b|representatives\s+(?:of|from)\s+the\s+following\b|"
                      r"(?:comprise|comprises|comprising|consists?|consisting|made\s+up|"
                      r"composed|drawn)\s+(?:of|from)?\s*(?:the\s+)?(?:(?:nominated|named|"
                      r"senior|appointed)\s+)?(?:following|representatives)\b|"
                      r"(?:comprise|comprises|consists?|made\s+up|composed)\s+(?:of\s+)?"
                      r"(?:[\w-]+\s+){1,3}(?:of|from)\s+(?:each\s+of\s+)?the\s+following\b|"
                      r"members\s+(?:will|shall|are\s+to)\s+be\s+drawn\s+from\b|"
                      r"following\s+(?:will|shall)\s+be\s+(?:the\s+)?members\b|"
                      r"members\s+(?:are|will\s+be|shall\s+be|include)\s*:|"
                      # a count of members before its list ("consist of at least six members")
                      r"(?:consists?|comprises?|comprising|consisting)\s+of\s+(?:(?:not\s+(?:less|"
                      r"fewer|more)\s+than|at\s+least|up\s+to|no\s+more\s+than)\s+)?\w+\s+members\b)",
                      re.IGNORECASE)
#: The body a lead-in names: "status on the X", "membership of the X", "members of the X".
_LEAD_BODY = re.compile(r"\b(?i:status\s+on|membership\s+of|members\s+of|seats?\s+on)\s+"
                        r"(?i:the\s+)?(?P<b>[A-Z][\w'’&-]*(?:(?:[ \t]+|[ \t]*\n[ \t]*"
                        r"(?!(?:The|This|It|Its|A|An)\b))(?:(?:of|for|and|&|the)\s+)?"
                        r"[A-Z][\w'’&-]*)*)")
# (a name goes on past a page's line break, not into a sentence on the next line:
# "Membership of the Panel" / "The Panel will …" is the Panel)
#: The body a lead-in opens with, before the verb that lists its members: "The X comprises
#: the following:", "The X is made up of:".
_SUBJECT_BODY = re.compile(r"(?:^|(?<=[.:]\s)|(?<=\n))(?:\d+(?:\.\d+)*\.?\s+)?(?i:the\s+)?"
                           r"(?P<b>[A-Z][\w'’&-]*(?:\s+(?:of|for|and|&|the)?\s*[A-Z][\w'’&-]*)*)"
                           r"\s+(?:comprises|consists\s+of|is\s+made\s+up\s+of|will\s+comprise|"
                           r"shall\s+comprise|(?:will|shall)\s+consist\s+of|includes)\b")
def is_roster_heading(line: str) -> bool:
    """Whether ``line`` is a heading that opens a roster (its entries are members).

    >>> is_roster_heading("Core Membership:"), is_roster_heading("Main duties")
    (True, False)
    """
    return _HEADING.fullmatch(line.strip()) is not None


#: A list that is no roster: one meeting's attendance, a contact list, ended membership, a
#: list of working relationships ("Key relationships will be with all members of the X, as
#: well as:").
_NOT_ROSTER = re.compile(r"\b(?:present|apologies|absent|former|past|previous|outgoing|"
                         r"retired|contacts?|signed|minutes|relationships?|working|liais\w*)\b",
                         re.IGNORECASE)
#: Words of a document that is a meeting's minutes: its "in attendance" is one meeting's.
_MINUTES = re.compile(r"^[ \t]*(?:minutes\b|present\s*:?[ \t]*$|apologies\b)",
                      re.IGNORECASE | re.MULTILINE)
#: A form of address before a person's name.
HONORIFIC = (r"(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Cllr|Councillor|Sir|Dame|Rev|Revd|"
             r"Lord|Lady|Baroness)\.?")
#: A word of a person's name: "Example", "McSample", "O’Other", "Smith-Jones", an initial.
_NAME = r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_INITIAL = r"[A-Z]\.?"
#: A person's name: a form of address, a forename or initials with their stops ("J. Example",
#: "J.A. Example"), middle initials, a surname.
PERSON_NAME = (rf"(?:{HONORIFIC}[ \t]+)?(?:{_NAME}|[A-Z]\.(?:[ \t]?[A-Z]\.)*)"
               rf"(?:[ \t]+{_INITIAL})*[ \t]+{_NAME}")
PERSON = re.compile(rf"(?P<p>{PERSON_NAME})(?![\w'’-])")
_HONOURED = re.compile(rf"{HONORIFIC}[ \t]+")
#: A bracket or label marking the entry's role in the body.
_CHAIR_MARK = re.compile(r"\(\s*(?P<r>(?:co-?|joint\s+)?(?:chair(?:man|person|woman)?|"
                         r"convenor|convener|presiding\s+member))\s*\)", re.IGNORECASE)
_VICE_MARK = re.compile(r"\(\s*(?:vice|deputy)[\s-]*(?:chair(?:man|person|woman)?|convenor|"
                        r"convener)\s*\)", re.IGNORECASE)
_ROLE_LABEL = re.compile(r"(?P<r>(?:(?:vice|deputy|co)[\s-]*)?(?:chair(?:man|person|woman)?|"
                         r"convenor|convener))[ \t]*[:–—-][ \t]*", re.IGNORECASE)
#: An entry that is the chair's seat itself ("Chair", "Vice Chairman (non-executive)"), not a
#: chair of another body ("Chair of the Widget Forum" is a member by the seat it holds).
_CHAIR_ALONE = re.compile(r"[ \t]*(?:the[ \t]+)?(?P<r>(?:(?:vice|deputy|co)[\s-]*)?"
                          r"(?:chair(?:man|person|woman)?|convenor|convener))[ \t]*(?:\(|$)",
                          re.IGNORECASE | re.MULTILINE)
#: Between a person and their post on one line: a spaced dash, a comma, a colon.
_SEPARATOR = re.compile(r"[ \t]*(?:[-–—][ \t]|,|:)[ \t]*")
#: A marker before an entry: a bullet (a letter "o" a word processor's bullet became) or a
#: number.
_MARK = re.compile(r"[ \t]*(?:[•▪◦·*\-–]|o(?=[ \t])|\d{1,2}[.)]|\([a-z0-9]{1,3}\)|"
                   r"[a-z][.)])?[ \t]*")
#: Words no entry of a roster has: a sentence's verb, a meeting's business.
_CLAUSE = re.compile(r"\b(?:will|shall|must|should|may|can|is|are|was|were|be|been|has|have|"
                     r"meets?|held|attend|quorum|agenda)\b", re.IGNORECASE)
#: Words that make a name an organisation's though :func:`classify` knows no kind for it.
ORGANISATION_WORDS = re.compile(r"\b(?:NHS|University|College|Society|Association|Institute|"
                           r"Foundation|Charity|Healthwatch|Federation|Union|Alliance)\b")
#: A member named as ended: the guide labels no ended relationship.
_ENDED = re.compile(r"(?:the\s+)?(?:former|past|previous|outgoing|retired|immediate\s+past)\b",
                    re.IGNORECASE)
#: A list of members whose membership has ended, from its heading to the next blank line.
_ENDED_LIST = re.compile(r"^[ \t]*(?:former|past|previous|outgoing|retired)[ \t]+[\w -]{0,30}"
                         r"(?:members|chairs?|chairmen)\b[^\n]*(?:\n[ \t]*\S[^\n]*)*",
                         re.IGNORECASE | re.MULTILINE)
#: What a roster's heading or lead-in calls its members, which is no member itself.
#: (a kind of post, "non-executive members", is a member; a kind of seat is not).
_NO_MEMBER = re.compile(r"(?:(?:non[- ]?)?voting|ex[- ]officio|co-?opted)\s+members|"
                        r"representatives\s+of\s+the\s+following\s+\w+", re.IGNORECASE)
#: A first word that starts no person's name: title words and body words in capitals.
_NOT_FORENAME = frozenset({"royal", "national", "chief", "senior", "head", "deputy", "lead",
                           "clinical", "medical", "general", "associate", "assistant",
                           "executive", "non", "west", "east", "north", "south", "new",
                           "public", "primary", "local", "nhs", "the", "date", "page", "time"})
#: Words of a place or an area, which end no person's name ("Eastshire Locality").
_PLACE_WORDS = frozenset({"locality", "localities", "area", "areas", "region", "district",
                          "county", "borough", "city", "town", "village", "site", "campus",
                          "house", "road", "street", "lane", "park", "place", "patch", "zone",
                          "sector", "ward", "wards", "community", "communities", "science",
                          "sciences", "health", "care", "medicine", "studies", "research"})
#: Words that open no body's name in a title line ("Terms of Reference for the X").
_NOT_OPENING = frozenset({"terms", "reference", "of", "for", "the", "and", "on", "agenda",
                          "minutes", "meeting", "report"})
#: Standing bodies a roster belongs to, by the kind :func:`classify` gives.
_STANDING = frozenset({"board", "committee", "sub-committee", "panel", "forum", "group",
                       "advisory-group", "working-group", "network", "assembly", "partnership",
                       "council", "executive", "alliance", "collaborative"})


def _lines(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Each line's span from ``start`` (to ``end``), read as they are needed."""
    end = len(text) if end is None else end
    at = start
    while at <= end:
        cut = text.find("\n", at, end)
        if cut < 0:
            yield at, end
            return
        yield at, cut
        at = cut + 1


#: Where a page viewer ran two entries together, and a name's own capital after a prefix.
_RUN = re.compile(r"[)a-z](?=[A-Z])")
_NAME_PREFIX = re.compile(r"(?<![A-Za-z])(?:Mc|Mac|[DO]['’])$")


def _pieces(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A line cut where a page viewer ran entries together ("Jo Example (Chair)Sam
    Sample", "Alex OtherJo Example"): after a closing bracket or a lower-case letter that
    a capital follows, except inside a name ("McSample", "MacOther")."""
    cuts = [m.end() for m in _RUN.finditer(text, a, b)
            if not _NAME_PREFIX.search(text, max(a, m.end() - 4), m.end())]
    bounds = [a, *cuts, b]
    return [(x, y) for x, y in pairwise(bounds) if text[x:y].strip()]


def is_person(name: str) -> bool:
    """Whether words are a person's name: an honorific first, or two or three name words
    none of which names a post or a body ("Jo Example", not "Chief Executive"); a form of
    address is a person's only before a name ("Professor of Widget Science" is a post)."""
    honoured = _HONOURED.match(name)
    if honoured:
        return name[honoured.end():][:1].isupper()
    words = name.split()
    return 2 <= len(words) <= 4 and words[0].lower() not in _NOT_FORENAME and \
        not any(w.lower().strip(".") in POST_WORDS or w.lower() in BODY_WORDS or
                w.lower().removesuffix("s") in BODY_WORDS or w.lower() in _PLACE_WORDS or
                w.lower().removesuffix("s") in POST_WORDS for w in words) and \
        classify(name)[0] == "?" and not looks_like_post(name) and \
        not ORGANISATION_WORDS.search(name)  # "Eastshire Healthwatch" is no one's name


def _role(text: str, a: int, b: int) -> tuple[str, int, int]:
    """The entry's role ("chair", "co-chair", "vice-chair" or "") and its span without the
    role's mark or label."""
    label = _ROLE_LABEL.match(text, a, b)
    if label:
        word = label["r"].lower()
        return (_role_word(word), label.end(), b)
    vice = _VICE_MARK.search(text, a, b)
    if vice:
        return "vice-chair", a, b
    chair = _CHAIR_MARK.search(text, a, b)
    if chair:
        return _role_word(chair["r"].lower()), a, b
    alone = _CHAIR_ALONE.match(text, a, b)
    if alone:  # "Chairman (non-executive)": the chair's seat itself
        return _role_word(alone["r"].lower()), a, b
    return "", a, b


def _role_word(word: str) -> str:
    """The role a chair's word gives."""
    if word.startswith(("vice", "deputy")):
        return "vice-chair"
    return "co-chair" if word.startswith(("co", "joint")) else "chair"


def _member(text: str, a: int, b: int, organisations: bool) -> tuple[Mention, bool] | None:
    """The member an entry names and whether it is a person: the person before their post,
    else the organisation or post the entry names before a bracket or a separator."""
    end = min([m.start() for m in re.finditer(r"[ \t]*\(", text[a:b])] or [b - a]) + a
    person = None if organisations else PERSON.match(text, a, end)
    if person and is_person(person["p"]) and _person_ends(text, a, person.end(), end):
        return Mention(person["p"], a, person.end()), True
    sep = _SEPARATOR.search(text, a, end)
    stop = sep.start() if sep else end
    lead = re.match(r"(?:the|a|an)[ \t]+", text[a:stop], re.IGNORECASE)
    start = a + (lead.end() if lead else 0)
    name = text[start:stop].strip(" \t.;,")
    if not name or not name[:1].isupper() or len(name.split()) > 12 or _CLAUSE.search(name):
        return None
    label, _ = classify(name)
    if organisations or label != "?" or looks_like_post(name) or \
            ORGANISATION_WORDS.search(name):
        return Mention(name, start, start + len(name)), False
    return None


def _person_ends(text: str, start: int, at: int, end: int) -> bool:
    """Whether a person's name ends the entry or is followed by their post or a separator
    (not a longer capitalised name: "Westshire Widget Trust" is no person)."""
    rest = text[at:end].strip(" \t,;.")
    if not rest or _SEPARATOR.match(text, at, end):
        return True
    # "Sam Sample Widget Manager", but "Widget Safety Officer" is one post's name
    honoured = _HONOURED.match(text, start) is not None
    post = re.split(r"\s+[-–—]\s+|,|\(", rest, maxsplit=1)[0].split()
    return (looks_like_post(rest) or classify(rest)[0] == "Post") and \
        (honoured or len(post) >= 2)


class Entry(NamedTuple):
    """One member of a roster: who, whether a person, the role ("chair", "co-chair",
    "vice-chair" or ""), and the entry's span."""

    member: Mention
    person: bool
    role: str
    span: tuple[int, int]


def roster_entries(text: str, start: int, kind: str = "") -> list[Entry]:
    """The members listed from ``start`` (the line after a roster's heading, or the rest of
    its line). ``kind`` is "organisations" when the lead-in says the entries are, "people"
    for a distribution list (its members are the people it names; the officers and teams
    after them get copies), else "". The list ends at a line or a run-together piece that
    is no entry (a sentence, a numbered heading), or at a line without the bullet the first
    entry had."""
    out: list[Entry] = []
    bulleted: bool | None = None
    gap = False
    for a, b in _lines(text, start):
        mark = _MARK.match(text, a, b)
        at = mark.end() if mark else a
        if at >= b or not text[at:b].strip() or _CONTINUED.fullmatch(text, at, b):
            gap = gap or at >= b or not text[at:b].strip()
            continue  # a blank line, or a bracket wrapped from the entry above ("(NICE)")
        has_bullet = bool(re.match(r"[ \t]*(?:[•▪◦·*]|\d{1,2}[.)])", text[a:b]))
        if bulleted is not None and bulleted and not has_bullet:
            break
        bulleted = has_bullet if bulleted is None else bulleted
        if _CLAUSE.search(text, at, b) or re.match(r"[ \t]*\d", text[at:b]):
            return _without_next_heading(out, text, a)
        label = _HEADING.match(text, at, b)
        at = label.end() if label and ":" in label.group() and label.end() < b else at
        if not _add_line(text, at, b, kind if not gap else kind + " after gap", out):
            break
        gap = False
    return out


#: A line holding only a bracket: the end of the entry above, wrapped.
_CONTINUED = re.compile(r"[ \t]*\([^()\n]{1,60}\)[ \t]*")


def _add_line(text: str, a: int, b: int, kind: str, out: list[Entry]) -> bool:
    """Add one line's entries (several when a page viewer ran them together) to ``out``;
    False when the roster ends on this line."""
    first = True
    organisations = kind.startswith("organisations")
    pieces = _pieces(text, a, b) if not organisations else [(a, b)]
    for x, y in [part for p, q in pieces for part in _inline(text, p, q)]:
        if _SUB.fullmatch(text[x:y].strip(" \t:")):
            continue  # "Non-Voting Members": the same roster goes on
        found = _entry_at(text, x, y, organisations)
        if found is None:
            return False
        member, role = found
        if not member[1] and first and out and out[-1].person and _bare(out[-1], text):
            old = out.pop()  # the post of the person on the line above
            out.append(Entry(old.member, True, role or old.role, (old.span[0], y)))
        elif (kind.startswith("people") and not member[1]) or \
                (first and kind.endswith("after gap") and out and
                 _sort(out[-1].member.name, out[-1].person) != _sort(member[0].name, member[1])):
            return False  # a distribution's copies; another kind of line after a blank line
        else:
            out.append(Entry(member[0], member[1], role, (x, y)))
        first = False
    return True


#: Where an inline list goes on to its next entry: a semicolon, or a comma or "and" that a
#: person's or an organisation's name follows (not "Jo Example, Director of Widgets").
_NEXT = re.compile(r"[ \t]*(?:;|,(?:[ \t]+and)?|[ \t]+and)[ \t]+")


def _inline(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """An entry line cut into the entries of an inline list ("Jo Example (Chair), Sam Sample
    and Alex Other"; "Westshire University, NHS Westshire"), without a closing full stop: a
    person follows a person, or an organisation follows a comma."""
    while b > a and text[b - 1] in " \t.":
        b -= 1
    out, at = [], a
    for m in _NEXT.finditer(text, a, b):
        if m.start() < at:
            continue
        nxt = text[m.end():b]
        person = PERSON.match(nxt)
        org = re.match(r"[A-Z][\w'’&-]*(?:[ \t]+(?:of|for|and|the|[A-Z][\w'’&-]*))*", nxt)
        joint = text[m.start():m.end()].strip()
        left = PERSON.match(text, at, m.start())
        people = person and is_person(person["p"]) and left and is_person(left["p"])
        if joint == ";" or people or _posts(text, at, m.start(), nxt) or \
                (joint.startswith(",") and org and not looks_like_post(org.group()) and
                 (ORGANISATION_WORDS.search(org.group()) or classify(org.group())[0] == "Body")):
            out.append((at, m.start()))
            at = m.end()
    return [*out, (at, b)]


def _posts(text: str, at: int, cut: int, nxt: str) -> bool:
    """Whether an inline list goes on from one post to another ("Head of Widgets, Director of
    Gadgets"), not inside one name ("Director of Finance and Estates") or after a person."""
    left = text[at:cut].strip()
    left = _CHAIR_MARK.sub("", _VICE_MARK.sub("", left)).strip()
    label = _ROLE_LABEL.match(left)  # "Chair – Dr Jo Example, Widget Manager"
    left = left[label.end():] if label else left
    after = re.split(r"[,;]|\s+and\s+", nxt, maxsplit=1)[0].strip()
    return bool(left) and looks_like_post(left) and looks_like_post(after) and \
        not _HONOURED.match(left)


def _entry_at(text: str, x: int, y: int, organisations: bool
              ) -> tuple[tuple[Mention, bool], str] | None:
    """The member of one entry, whether a person, and its role (a mark, a label, or a seat
    after a person's name that is the chair: "Jo Example – Chair"); None if no entry."""
    role, x2, y2 = _role(text, x, y)
    member = _member(text, x2, y2, organisations)
    if member is None:
        return None
    seat = _CHAIR_ALONE.fullmatch(text[member[0].end:y2].strip(" \t,:–—-"))
    return member, role or (_role_word(seat["r"].lower()) if seat else "")


def _sort(name: str, person: bool) -> str:
    """The sort of member an entry names: a person, a post, or anything else."""
    return "person" if person else "post" if looks_like_post(name) else "other"


def _without_next_heading(out: list[Entry], text: str, at: int) -> list[Entry]:
    """The entries without a last one that is the next section's heading: right above the
    sentence or numbered clause that ends the list, no person, and named by words that say
    neither post nor body ("Statutory Framework")."""
    if len(out) >= 2 and not out[-1].person and classify(out[-1].member.name)[0] == "?" and \
            not ORGANISATION_WORDS.search(out[-1].member.name) and \
            text.count("\n", out[-1].span[1], at) <= 1:
        return out[:-1]
    return out


def _bare(e: Entry, text: str) -> bool:
    """Whether an entry is a person alone on their line, with no post after the name."""
    return not text[e.member.end:e.span[1]].strip(" \t,;.")


def _heading_of(text: str, a: int, b: int) -> re.Match[str] | None:
    """The roster heading the line ``text[a:b]`` is, or None."""
    m = _HEADING.match(text, a, b)
    if m is None or _NOT_ROSTER.search(text, a, b):
        return None
    return m if m.end() == b or ":" in m.group() or \
        (m.end() < b and text[m.end()].isupper() and text[m.end() - 1] != " ") else None


#: How far back a roster's body is looked for, and how much of a document's start (its
#: title) is looked at beyond that.
_LOOK_BACK = 4000
_TITLE = 600


def _body_before(text: str, at: int, lead: tuple[int, int] | None) -> Mention | None:
    """The body of a roster: the one its lead-in names, else the last standing body a short
    line (a heading or a title "Terms of Reference for the X") before it names."""
    if lead is not None:
        m = _LEAD_BODY.search(text, *lead) or _SUBJECT_BODY.search(text, *lead)
        if m and classify(m["b"])[0] == "Body":  # "the Trust's X Committee": the X Committee
            owner = re.match(r"[\w&-]+(?:\s+[\w&-]+){0,3}['’]s\s+", m["b"])
            at = m.start("b") + (owner.end() if owner else 0)
            return Mention(text[at:m.end("b")], at, m.end("b"))
    window = max(0, at - _LOOK_BACK)
    heads = [] if window == 0 else list(_lines(text, 0, min(_TITLE, window)))
    for a, b in [*reversed(list(_lines(text, window, at))), *reversed(heads)]:
        if a == at:
            continue
        pieces = _joined(text, a, b)
        for n in range(len(pieces) - 1, -1, -1):
            x, y, name = pieces[n]
            if not name.strip() or len(name.split()) > 12 or name.rstrip().endswith(".") or \
                    (n and looks_like_post(pieces[n - 1][2].strip())):
                continue  # a sentence; a signature's organisation after its post
            found = _standing_in(text, x, y, name) or referred(text, x, y)
            if found is not None:  # (or "Seats on the Panel": the Panel named before)
                return found
    return None


#: The end of a piece that runs on into the next: a joining word ("… Health and").
_JOINING = re.compile(r"\b(?:and|of|for|the|&)[ \t]*$", re.IGNORECASE)


def _joined(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """A line's run-together pieces, each with its words; a piece ending with a joining word
    goes on into the next, written with a space ("Widget and" + "Gadget Board")."""
    out: list[tuple[int, int, str]] = []
    for x, y in _pieces(text, a, b):
        if out and _JOINING.search(out[-1][2]):
            out[-1] = (out[-1][0], y, out[-1][2].rstrip() + " " + text[x:y])
        else:
            out.append((x, y, text[x:y]))
    return out


def _standing_in(text: str, a: int, b: int, line: str) -> Mention | None:
    """The standing body a short line ``line`` (``text[a:b]``, or its pieces joined) names
    ("Westshire Widget Committee", "TERMS OF REFERENCE FOR THE WIDGET BOARD"), or None."""
    for m in re.finditer(r"(?:(?<=\s)|^)(?=[A-Z])", line):
        name = re.match(r"(?:[A-Z][\w'’&-]*|of|for|and|&|on|the)(?:[ \t]+(?:[A-Z][\w'’&-]*|of|"
                        r"for|and|&|on|the))*", line[m.start():])
        if name is None:
            continue
        words = name.group().split()
        # (a hyphenated kind ends with a body's word: "Sub-Group", "Sub-Committee")
        ends = [i for i, w in enumerate(words) if w.lower() in BODY_WORDS or
                w.lower().removesuffix("s") in BODY_WORDS or
                w.lower().rsplit("-", 1)[-1] in BODY_WORDS]
        value = " ".join(words[:ends[-1] + 1]) if ends else ""
        named = ends and ends[-1] > 0 and words[ends[-1] - 1].lower() not in _NOT_OPENING
        if value and named and words[0].lower() not in _NOT_OPENING and \
                classify(value)[0] == "Body" and classify(value)[1] in _STANDING:
            at = min(a + m.start(), b)
            return Mention(value, at, min(at + len(value), b))
    return None


#: A line ending as a lead-in does: a colon or "as follows".
_ENDS_LEAD_IN = re.compile(r"(?::|as\s+follows:?)[ \t]*$", re.IGNORECASE)


def _openers(text: str) -> list[tuple[int, int, tuple[int, int] | None, str]]:
    """Where each roster's entries start: after a roster heading (or on its line, when a page
    viewer ran the entries on), or after a lead-in; with the lead-in's span and whether the
    kind of entries the list has (see :func:`roster_entries`)."""
    minutes = bool(_MINUTES.search(text))
    out: list[tuple[int, int, tuple[int, int] | None, str]] = []
    for a, b in _lines(text):
        head = _heading_of(text, a, b)
        if head is not None and not (minutes and _SUB.fullmatch(head["h"])):
            out.append((a, head.end() if head.end() < b else min(b + 1, len(text)), None,
                        "people" if head["h"].lower().startswith("distribution") else ""))
            continue
        if not _ENDS_LEAD_IN.search(text[a:b]):
            continue
        start = _paragraph_start(text, a)
        if _LEAD_IN.search(text, start, b) and not _NOT_ROSTER.search(text, start, b):
            out.append((start, min(b + 1, len(text)), (start, b),
                        "organisations" if re.search(r"organisations", text[start:b],
                                                     re.IGNORECASE) else ""))
    return out


def _paragraph_start(text: str, a: int) -> int:
    """Where the paragraph of the line starting at ``a`` starts (at most 400 characters back)."""
    gap = text.rfind("\n\n", max(0, a - 400), a)
    return gap + 2 if gap >= 0 else max(0, a - 400)


def from_rosters(text: str) -> list[Candidate]:
    """``MEMBER_OF`` the body from each entry of a roster, ``CHAIRS`` from one marked chair;
    entries a lead-in calls those "that form the X" are members of the X too."""
    out: list[Candidate] = []
    for at, entries_at, lead, kind in _openers(text):
        body = _body_before(text, at, lead)
        formed = _formed(text, lead) if body and lead else None
        for e in roster_entries(text, entries_at, kind) if body else ():
            out += _entry_candidates(e, body, _seat(text, e)) if body else []
            # the organisations that form the X, not a post listed with them
            out += _entry_candidates(Entry(e.member, e.person, "", e.span), formed, None) \
                if formed and not e.person and not _is_post(e.member.name) and \
                normalise(formed.name) != normalise(body.name if body else "") else []
    return out


def _is_post(name: str) -> bool:
    """Whether a name is a post's, by its head before "of" ("Director of the X Alliance", but
    not "Royal College of Widget Practitioners")."""
    head = re.split(r"\s+of\s+", name, maxsplit=1)[0]
    return looks_like_post(name) and (looks_like_post(head) or not ORGANISATION_WORDS.search(name))


def _entry_candidates(e: Entry, body: Mention | None, seat: Mention | None
                      ) -> list[Candidate]:
    """What one entry of a roster states about ``body`` (``seat``: the post a person's
    entry names after them)."""
    if body is None:
        return []
    rule = ROSTER_RULE + " person" if e.person else ROSTER_RULE
    if e.role in ("chair", "co-chair"):
        return [Candidate("CHAIRS", e.member, body, e.span, rule, "the entry marked as the "
                          "chair of a body's roster chairs it", 0.7,
                          "co-chair" if e.role == "co-chair" else None, seat)]
    return [Candidate("MEMBER_OF", e.member, body, e.span, rule,
                      "an entry of a body's membership list is a member", 0.7, e.role or None,
                      seat)]


#: Between a person's name and the post after it: a bracket's role mark, a separator, a tab
#: or a line break ("Jo Example (Chair) – Director of Widgets", a name on its own line).
_BEFORE_SEAT = re.compile(r"[\s,:;–—-]*")
#: Where the post after a person's name ends: a spaced dash, a comma, a semicolon, a tab, a
#: line break or a bracket ("Director of Widgets – Westshire Trust").
_SEAT_END = re.compile(r"[ \t]+[-–—][ \t]|[,;\t\n(]")


def _seat(text: str, e: Entry) -> Mention | None:
    """The post a person's roster entry names after the name ("Dr Jo Example – Director of
    Widgets (Chair)": the Director of Widgets), the seat they hold on the body; None when
    the entry names none (only a role, "Jo Example – Chair", or an organisation)."""
    if not e.person:
        return None
    rest = re.sub(r"\([^()\n]*\)", lambda m: " " * len(m.group()), text[e.member.end:e.span[1]])
    lead = _BEFORE_SEAT.match(rest)
    at = lead.end() if lead else 0
    end = _SEAT_END.search(rest, at)
    name = rest[at:end.start() if end else len(rest)].rstrip(" \t.")
    if not name[:1].isupper() or len(name.split()) > 12 or _CLAUSE.search(name) or \
            _CHAIR_ALONE.fullmatch(name) or \
            not (looks_like_post(name) or classify(name)[0] == "Post"):
        return None
    start = e.member.end + at
    return Mention(name, start, start + len(name))


#: "the organisations that form the X": the entries together make up the X ("A, together
#: with B, form the Y" makes A and B members of Y).
_FORM = re.compile(r"\b(?:that|which|who)\s+(?:together\s+)?(?:form|make\s+up|constitute)\s+"
                   r"(?:the\s+)?(?P<b>[A-Z][\w'’&-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w'’&-]*)*)")


def _formed(text: str, lead: tuple[int, int]) -> Mention | None:
    """The body a lead-in says its entries form, or None."""
    m = _FORM.search(text, *lead)
    return Mention(m["b"], m.start("b"), m.end("b")) if m else None


def with_rosters(text: str, found: list[Candidate]) -> list[Candidate]:
    """The other rules' candidates ``found`` and the rosters'. A member the text gives as
    ended ("the immediate past chair", the list under "Former members") is dropped. Where a
    document has a roster, its reading of an entry stands: a membership the other rules read
    from the same entry (the post after a person's name, "Dr Jo Example – Widget Manager";
    the same member of a body named otherwise) is dropped, and so is what a roster's
    headings call the members ("Voting Members")."""
    ended = [(m.start(), m.end()) for m in _ENDED_LIST.finditer(text)]
    found = [c for c in found if c.type not in ("MEMBER_OF", "CHAIRS") or
             not ((c.source is not None and _ENDED.match(c.source.name)) or
                  any(a <= c.quote[0] < b for a, b in ended))]
    rosters = from_rosters(text) + from_chairs_lists(text)
    if not rosters:
        return found
    lines = [(text.rfind("\n", 0, c.quote[0]) + 1,
              max(text.find("\n", c.quote[1]) % (len(text) + 1), c.quote[1]), c)
             for c in rosters]

    def dropped(c: Candidate) -> bool:
        if c.type not in ("MEMBER_OF", "CHAIRS"):
            return False
        if c.source is not None and _NO_MEMBER.fullmatch(c.source.name):
            return True
        return any(a <= c.quote[0] < b and c.quote[1] <= b and
                   (r.rule.endswith("person") or _same(c, r)) for a, b, r in lines)

    return [c for c in found if not dropped(c)] + rosters


def _same(c: Candidate, r: Candidate) -> bool:
    """Whether two candidates read the same member with the same type."""
    return c.type == r.type and c.source is not None and r.source is not None and \
        normalise(c.source.name) == normalise(r.source.name)


#: A heading naming its entries as the chairs of other bodies ("Partner Board Chairs"): each
#: entry is a person and the body they chair.
_CHAIRS_HEADING = re.compile(r"[ \t]*(?:[A-Z][\w'’&-]*[ \t]+){0,4}(?i:chairs|chairmen|"
                             r"chairpersons|chairwomen|convenors|conveners)[ \t]*:?[ \t]*$",
                             re.MULTILINE)


def _chaired(text: str, a: int, b: int) -> list[Candidate]:
    """CHAIRS from the person an entry under a chairs heading names to each body after the
    name ("Jo Example Westshire Widget Trust", "Sam Sample – NHS Northshire / Eastshire
    Board"); [] when the entry is no person and body."""
    person = PERSON.match(text, a, b)
    if person is None or not is_person(person["p"]):
        return []
    sep = _SEPARATOR.match(text, person.end(), b)
    at = sep.end() if sep else person.end()
    stop = min([m.start() for m in re.finditer(r"[ \t]*\(", text[at:b])] or [b - at]) + at
    out = []
    for part in re.finditer(r"[^/]+", text[at:stop]):
        name = part.group().strip(" \t,;.")
        start = at + part.start() + part.group().index(name) if name else at
        if len(name.split()) >= 2 and name[:1].isupper() and not _CLAUSE.search(name) and \
                not looks_like_post(name):
            out.append(Candidate("CHAIRS", Mention(person["p"], a, person.end()),
                                 Mention(name, start, start + len(name)), (a, b),
                                 ROSTER_RULE + " person",
                                 "an entry under a chairs heading chairs the body it names",
                                 0.7))
    return out


#: The stems of a chairs heading's last word, found first so the heading's pattern is tried
#: only on the lines that hold one (trying it at every place of a long text is slow).
_CHAIRS_STEM = re.compile(r"chair|conven", re.IGNORECASE)


def _chairs_headings(text: str) -> Iterator[re.Match[str]]:
    """Each match of :data:`_CHAIRS_HEADING` in ``text``, in order (each ends its line)."""
    stem = _CHAIRS_STEM.search(text)
    while stem:
        start = text.rfind("\n", 0, stem.start()) + 1
        end = text.find("\n", stem.end())
        end = len(text) if end < 0 else end
        heading = _CHAIRS_HEADING.search(text, start, end)
        if heading:
            yield heading
        stem = _CHAIRS_STEM.search(text, end)


def from_chairs_lists(text: str) -> list[Candidate]:
    """The CHAIRS of each entry of a list under a chairs heading (see :func:`_chaired`); the
    list ends at a line that is no such entry, or without the bullet the first entry had."""
    out: list[Candidate] = []
    for heading in _chairs_headings(text):
        if _NOT_ROSTER.search(heading.group()):
            continue
        bulleted: bool | None = None
        for a, b in _lines(text, min(heading.end() + 1, len(text))):
            mark = _MARK.match(text, a, b)
            at = mark.end() if mark else a
            if not text[at:b].strip():
                continue
            has_bullet = bool(re.match(r"[ \t]*(?:[•▪◦·*-]|\d{1,2}[.)])", text[a:b]))
            if bulleted is not None and bulleted != has_bullet:
                break
            bulleted = has_bullet
            got = _chaired(text, at, b)
            if not got:
                break
            out += got
    return out
