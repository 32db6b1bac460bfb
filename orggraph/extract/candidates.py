"""Candidate relations: what each field, list item and clause states, before names are resolved.

A field gives its label's relation to each name of its value; an entry of a list
under a relationship heading gives that relation; a clause gives a cue's relation
between its subject (the post described, or a post the clause names before the cue)
and each name after it. Each candidate keeps the offsets of its quote and the cue's
reason.

>>> text = "Job Title: Ward Sister\\nThe post holder will deputise for the Matron.\\n"
>>> [(c.type, c.source, c.target.name) for c in candidates(text)]
[('DEPUTISES_FOR', None, 'Matron')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice, pairwise

from ..model import ORGANISATION_KINDS
from .chairs import ended, news_chairs
from .charts import from_charts
from .contacts import (
    ORDER_AFTER,
    entry_counterparts,
    listed_objects,
    reads_as_list,
    value_counterparts,
)
from .cues import (
    CUE_HINT,
    CUES,
    KIND_TO,
    LABELS,
    LINE_ADVERBS,
    MANAGEMENT_OF,
    NUMBERS,
    REPORTING_HEADING,
    RUN_IN_TITLE_LABELS,
    Cue,
    Label,
    as_written,
    has_cue_stem,
    label_of,
    tried,
)
from .layout import MARKER, SEATS_HEADING, Passage
from .mentions import (
    COUNTERPARTS,
    STAND_IN,
    Candidate,
    Mention,
    first_name,
    names_in,
    plain_name,
    plain_names,
)
from .names import (
    BODY_WORDS,
    POST_WORDS,
    classify,
    is_organisation_board,
    looks_like_post,
    normalise,
)
from .people import is_named_person, split
from .provisions import from_provisions
from .referents import referent
from .rosters import HONORIFIC, ORGANISATION_WORDS, PERSON, PERSON_NAME
from .sentences import clauses, passages, sentences
from .structure import from_counted

__all__ = ["Candidate", "candidates", "subject_of"]


#: Words that name no particular post or body on their own (plural generics).
GENERIC = frozenset({"managers", "staff", "colleagues", "directors", "leaders", "partners",
                     "members", "stakeholders", "teams", "clinicians", "services", "internal",
                     "external", "other", "others", "all", "various", "key", "including"})


def generic(name: str) -> bool:
    """Whether a name is only a generic word ("Managers", "Partners", "Internal")."""
    return len(name.split()) == 1 and name.lower() in GENERIC


#: How far before a cue its subject is looked for (keeps run-on text linear in time).
LOOKBACK = 300
#: The post itself, named as a subject or an object.
_SELF = (r"(?:the\s+|this\s+|your\s+)?(?:post[\s-]?holder|postholder|job[\s-]?holder|incumbent|"
         r"appointee|successful\s+(?:candidate|applicant)|role|post|position)|they|he|she|you|"
         r"s/he|he/she|he\s+or\s+she|we|(?-i:I)(?![.\w'’])|(?-i:me)\b")
# ("I" and "me": a narrative in the first person is the post's holder speaking; a capital I
# only, not a Roman numeral's "I." nor "I'd")
_SELF_START = re.compile(rf"^\s*(?:[\w ,]{{0,40}},\s*)?(?:{_SELF})\b", re.IGNORECASE)
_SELF_TAIL = re.compile(rf"\b(?:{_SELF})\s+(?:(?:will|shall|would|must|may|can|is|are|am|also|be|"
                        r"have|has|been|was|works?|acts?\s+as|"
                        r"to|directly|continue|remain|expected|required|normally|usually)\s+)*$",
                        re.IGNORECASE)
#: (no "^": ``match(text, pos)`` anchors at ``pos``, where "^" would never match)
_SELF_OBJECT = re.compile(rf"\s*(?:{_SELF})\b", re.IGNORECASE)
#: A duty written as an order ("Deputise for …", "To attend …") is the post's own.
_DUTY = re.compile(r"^\s*(?:to\s+)?(?:lead|attend|support|provide|work|ensure|be|act|chair|"
                   r"co-chair|deputise|deputize|manage|line\s+manage|develop|represent|"
                   r"participate|contribute|oversee|undertake|deliver|promote|maintain|liaise|"
                   r"advise|champion|report|sit|serve|hold|establish|build|foster|"
                   r"collaborate|engage|as)\b(?!\s+(?-i:[A-Z]))", re.IGNORECASE)
# (the verb is matched in any case, the word after it in capitals only: "Lead the X" is a
# duty, "Lead Nurse will …" names a post)
#: A duty named as a noun, with no verb of its own ("Corporate responsibility for widgets
#: across the Trust with direct accountability to …"): the post's own, whatever it names.
_DUTY_NOUN = re.compile(r"^\s*(?:[A-Za-z]+,?\s+){0,3}?(?:responsibility|responsibilities|"
                        r"leadership|lead\s+role)\s+for\b(?![^.;:]*\b(?:is|are|was|were|will|"
                        r"shall|has|have|who|which)\b)[^.;:]*$", re.IGNORECASE)
#: "has / have (a) close, regular …" before a cue's noun ("The X will have regular liaison
#: with …"): the named post still holds the relationship.
_NOUN_CUE_LEAD = (r"ha(?:s|ve)\s+(?:an?\s+)?(?:close|regular|frequent|direct|daily|good|effective|"
                  r"strong|ongoing|extensive)(?:,?\s+(?:and\s+)?(?:close|regular|frequent|direct|"
                  r"daily|good|effective|strong|ongoing|extensive))*")
#: What may stand between a named subject and its verb: a relative clause, modal verbs.
_BETWEEN = re.compile(r"^\s*(?:,\s*(?:who|which)\b[^,]*,|,\s*(?:an?|the)\s+[^,.;]{2,100},|"
                      r",\s*(?:while|whilst|although|though|when|where|having|working|based|"
                      r"like|unlike|in|as|for|through|under|within|on|at|after|during|from|"
                      r"following|subject\s+to)\b"
                      r"[^,;.]{2,150},|\s*\([^()]{2,150}\)|\s+[–—-]\s+[^–—;.]{2,150}?\s+[–—-])?\s*"
                      r"(?:,\s*who\s+)?(?:(?:will|shall|is|"
                      r"are|would|must|may|might|also|directly|be|been|was|were|has|have|"
                      r"currently|each|both|(?:serves?|acts?|sits?)\s+as|acts?|works?|in\s+turn|"
                      r"jointly|all|remains?|continues?\s+to\s+be|and|the|(?:required|expected|"
                      r"asked|needs?)(?:\s+to)?|(?:elected|appointed|chosen|named)(?:\s+as)?|"
                      r"serves?|to|"
                      r"responsible\s+for|"
                      r"formally|(?:takes?|took|taken)\s+(?:on|up)\s+(?:the|his|her|their|its)"
                      r"(?:\s+new)?(?:\s+(?:role|post|position))?|" + _NOUN_CUE_LEAD + r")\s+)*$",
                      re.IGNORECASE)
# (an aside set off by commas, brackets or dashes may stand between a subject and its verb:
# "The X, while leading the Y, will report to …", "The X, in addition to its duties, is …",
# "The X (based at Z) is …", "The X – a new post – will …")
# ("will serve as", "takes up the role of", "took up his new position as", "is to become": the
# named post or person takes the role; "Jo Example, a widget officer, …": an aside)
# ("is elected as the Chair of": the one elected or appointed is the subject)
# ("will be required to", "may also need to", "is to": the named post still does what the verb
# says)
#: "The X is a Non-Executive Director member of …": a predicate noun before the cue; "The X
#: is one of five elected members of …".
_PREDICATE = re.compile(r"^\s*(?:is|are|will\s+be|shall\s+be)\s+(?:an?|the)\s+"
                        r"(?:[A-Z][\w-]*\s+){1,4}$|"
                        # "is one of five elected members of …": one seat of several
                        r"^\s*(?:is|are|will\s+be)\s+(?:one|two|three|four|five|six|seven|eight|"
                        r"nine|ten|\d{1,2})\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}$")
_STAFF = frozenset({"staff", "colleagues", "employees", "workers", "members", "team"})
_CONTINUES = re.compile(r"^\s*(?:and|but|or|also|will|shall|is|are|to|be)\b", re.IGNORECASE)
_MARK = re.compile(rf"^\s*(?:\d+(?:\.\d+)*[.)]?|{MARKER})?\s*")


def _named(m: Mention | None) -> bool:
    return m is not None and classify(m.name)[0] != "?"


_JOINS = frozenset({"of", "for", "and", "&", "in", "the", "to", "with", "at", "on"})
#: A post's title with its holder's name after it ("Deputy Widget Director Jo Example").
_HOLDER_AFTER = re.compile(r"(?P<post>.+)\s+(?P<person>[A-Z][a-z]+\s+[A-Z](?:[a-z]+|[a-z]*['’]?"
                           r"[A-Z][a-z]+)(?:-[A-Z][a-z]+)?)")  # "Jo Example", "Al O'Brien"


def _without_holder(m: Mention) -> Mention:
    """A subject named by its post and its holder: the post ("Deputy Widget Director Jo
    Example will step up …" is about the Deputy Widget Director)."""
    got = _HOLDER_AFTER.fullmatch(m.name)
    if got is None or not looks_like_post(got["post"]) or classify(got["post"])[0] != "Post" \
            or got["post"].split()[-1].lower() in _JOINS:
        return m  # "Head of Widget Care": the words after "of" are the post's own
    person = got["person"]
    if looks_like_post(person) or classify(person)[0] != "?" or \
            any(w.lower() in POST_WORDS or w.lower() in BODY_WORDS for w in person.split()):
        return m
    return Mention(got["post"], m.start, m.start + len(got["post"]), m.qualifier)


def _lead_subjects(text: str, at: int, cue: int) -> list[Mention]:
    """The name (or list of posts) a clause starts with, when the verb follows it."""
    lead = first_name(text, at, cue)
    if lead is None or text[at:lead.start].strip().lower() not in (
            "", "the", "this", "our", "each", "every", "both", "all"):
        return []
    if lead.name.startswith("Other ") and len(lead.name.split()) > 1:
        lead = Mention(lead.name[6:], lead.start + 6, lead.end)  # "Other Board members …"
    if _BETWEEN.match(text[lead.end:cue]) or _PREDICATE.match(text[lead.end:cue]):
        return [_without_holder(lead)]
    many = names_in(text, at, cue, True)
    if len(many) >= 2 and all(looks_like_post(m.name) for m in many) and \
            _BETWEEN.match(text[many[-1].end:cue]):
        return many  # "The A, the B and the C report to …"
    return []


def _listed_subjects(text: str, at: int, cue: int) -> list[Mention]:
    """A list of two or more people, or of organisations, that a clause opens with before its
    verb ("Jo Example, Sam Sample and Alex Other sit on …", "Westshire Trust and Eastshire
    Council are members of …"), or []: each is a subject of the verb."""
    tail = _SUBJECT_TAIL.search(text, at, cue)
    people = people_list(text, at, tail.start() if tail else cue)
    if people and _BETWEEN.match(text[people[-1].end:cue]):
        return people  # "A, B, the Revd C and interim chair D sit on …"
    many = [part for m in names_in(text, at, cue, True) for part in _people_apart(m)]
    if len(many) < 2 or text[at:many[0].start].strip() or \
            not _BETWEEN.match(text[many[-1].end:cue]):
        return []
    if all(is_named_person(m.name) for m in many) or all(_organisation(m.name) for m in many):
        return many
    return []


def _organisation(name: str) -> bool:
    """Whether a name is an organisation's (a trust, a council, a university, …)."""
    kind = classify(name)
    return (kind[0] == "Body" and kind[1] in ORGANISATION_KINDS) or \
        bool(ORGANISATION_WORDS.search(name))


#: The words between a list of subjects and its verb ("… will both", "… are").
_SUBJECT_TAIL = re.compile(r"(?:[ \t]+(?:will|shall|both|each|all|also|are|is|have|has|been|"
                           r"currently|jointly|now))*[ \t]*$", re.IGNORECASE)


def _people_apart(m: Mention) -> list[Mention]:
    """Two people's or organisations' names that "and" joined into one ("Sam Sample and Alex
    Other"), apart; any other name as it is."""
    cut = m.name.find(" and ")
    first, second = m.name[:cut], m.name[cut + 5:]
    if cut < 0 or not ((is_named_person(first) and is_named_person(second)) or
                       (_organisation(first) and _organisation(second))):
        return [m]
    return [Mention(first, m.start, m.start + cut), Mention(second, m.start + cut + 5, m.end)]


def _trailing(text: str, at: int, cue: int) -> list[Mention]:
    """The post (or body) named right before the verb ("…, the Deputy Director will chair …"),
    its abbreviation in brackets after it ("the Widget Team (WT) which comprises …")."""
    end = at + len(re.sub(r"(?:\s*\([A-Z][\w&]{1,9}\))?(?:,?\s+(?:who|which|will|shall|would|"
                          r"must|is|are|also|be|directly|jointly|both|all))*\s*$", "", text[at:cue],
                          flags=re.IGNORECASE))
    for m in re.finditer(r"(?<![\w&'’-])[A-Z]", text[at:end]):
        found = names_in(text, at + m.start(), end, True)
        if found and found[-1].end == end and all(classify(f.name)[0] != "?" for f in found):
            return found  # "the Audit Committee and the Remuneration Committee which are …"
    return []


#: A capitalised "The" inside a clause, after a word: a sentence run on from a heading that
#: lost its line break ("Board and Executive The Director will …").
_RUN_IN = re.compile(r"(?<=[A-Za-z])\s+(?=The\s+[A-Z])")


def _run_in(text: str, at: int, cue: int) -> int:
    """Where a clause's own sentence starts: after a heading run into it, or ``at``."""
    found = [m.end() for m in _RUN_IN.finditer(text, at, cue)]
    return found[-1] if found else at


#: "…, working to a protocol in conjunction with X": a participle phrase after a comma, whose
#: subject is the sentence's ("The Practice Nurse is …, working … with X").
_PARTICIPLE = re.compile(r",\s*[a-z]+ing\b[^,;]*$")
_MAIN_VERB = re.compile(r"\s+(?:is|are|will|shall|has|have|must|may|would)\b")


def _participle_subject(text: str, at: int, cue: int) -> list[Mention]:
    """The post a sentence opens with, for a cue in a participle phrase after a comma (the
    cue itself one too: "The X is a member of the Y, reporting to the Z")."""
    if not _PARTICIPLE.search(text, at, cue) and not (
            re.search(r",\s*$", text[at:cue]) and re.match(r"[a-z]+ing\b", text[cue:cue + 30])):
        return []
    first = first_name(text, at, cue)
    if first is None or text[at:first.start].strip().lower() not in ("", "the") or \
            not _MAIN_VERB.match(text, first.end) or not looks_like_post(first.name):
        return []
    return [first]


#: A relative clause right before the verb: its subject is the name before the comma.
#: The words that may stand between a subject (or "who") and its cue: modal verbs, "be" and
#: the adverbs of a line ("… who will be professionally accountable to …").
_PRE_CUE = (r"(?:(?:will|shall|would|must|should|may|also|all|both|each|currently|now|is|are|"
            r"has|have|be|been|directly|jointly|professionally|managerially|clinically|"
            r"operationally|works?|acts?)\s+)*")
#: "…, who (is / will be …) accountable to X": the relative clause is about the name before it.
_RELATIVE = re.compile(r",\s*(?:who|which)\s+" + _PRE_CUE + "$")


#: A form of address and its space ("Dr ", "Cllr "): the name after one is a holder, not a post.
_ADDRESSED = HONORIFIC + r"\s+"
#: "A Person, Cabinet Member for Health, chairs …": the post in apposition is the subject.
_APPOSITIVE = re.compile(r"\s*(?P<title>" + _ADDRESSED + r")?(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z]"
                         r"[\w'’.-]*){0,3}),\s+(?:the\s+|our\s+|its\s+)?(?P<post>[A-Z][^,;()]{2,80}?)"
                         r"\s*,\s*(?:the\s+|an?\s+)?" + _PRE_CUE + r"(?:the\s+|an?\s+)?$")
#: "Dr A Person (Head of Widgets) will …": the post in brackets after its holder's name.
_BRACKETED = re.compile(r"\s*(?P<title>" + _ADDRESSED + r")?(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z]"
                        r"[\w'’.-]*){0,3})\s*\((?:the\s+)?(?P<post>[A-Z][^,;()]{2,80}?)\)\s*"
                        + _PRE_CUE + "$")


#: "The Head of Widgets, Jo Example, chairs …": a post, then its holder's name set off by
#: commas, before the verb.
_HOLDER_ASIDE = re.compile(r"\s*(?:(?:the|our|its)\s+)?(?P<post>[A-Z][^,;()]{2,80}?),\s+(?:"
                           + _ADDRESSED + r")?(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),\s*"
                           + _PRE_CUE + "$", re.IGNORECASE)


def _holder_aside(text: str, at: int, cue: int) -> Mention | None:
    """The post before its holder's name in apposition ("The Head of Widgets, Jo Example,
    chairs …"), or None: the aside must name no post, the words before it a post."""
    m = _HOLDER_ASIDE.match(text, at, cue)
    if m is None or looks_like_post(m["who"]) or classify(m["who"])[0] != "?":
        return None
    post = first_name(text, m.start("post"), m.end("post"))
    return post if post and post.end == m.end("post") and looks_like_post(post.name) else None


def _appositive(text: str, at: int, cue: int) -> Mention | None:
    """The post set beside a person's name before the verb ("A Person, Head of X, chairs …"),
    or None: the name is no post (or has a title such as "Dr"), the apposition is one."""
    m = _APPOSITIVE.match(text, at, cue) or _BRACKETED.match(text, at, cue)
    if m is None or (looks_like_post(m["who"]) and not m["title"]):
        return _holder_aside(text, at, cue)
    post = first_name(text, m.start("post"), m.end("post"))
    return post if post and post.end == m.end("post") and looks_like_post(post.name) else None


#: "that person", "such persons", "each individual": someone a clause before defined, not the
#: post the document describes.
_SOMEONE = re.compile(r"\b(?:that|such|each|any|those|these)\s+(?:persons?|individuals?|people)\s+"
                      r"(?:(?:shall|will|must|should|is|are|be|also)\s+)*$", re.IGNORECASE)


#: A team, a service or the whole staff in lower case as a clause's subject ("The team reports
#: to …", "All staff are responsible to …"): a line of a group or of every employee, which the
#: guide leaves unlabelled, not of the post.
_GROUP_SUBJECT = re.compile(r"\s*(?:the|this|our|your|its|their|all|every|each|whole)\s+"
                            r"(?:(?-i:[a-z])[\w-]*\s+){0,3}?(?:team|teams|service|services|staff|"
                            r"department|departments|directorate|unit|employees?|workforce|"
                            r"everyone)\s+" + _PRE_CUE + "$", re.IGNORECASE)


#: An aside naming fellow subjects between a subject and its verb ("The A, together with the
#: B, forms …"): the subject is the name before it (the B is read by ``_alongside``).
_WITH_ASIDE = re.compile(r",\s*(?:together\s+with|along\s+with|alongside)\s+[^,;()]{2,120},\s*"
                         r"(?:(?:will|shall|also|both|jointly|together)\s+)*$", re.IGNORECASE)


def subject_of(text: str, start: int, cue: int) -> tuple[bool, list[Mention | None]]:
    """Who a clause ``text[start:cue]`` is about: (known, mentions); None is the post itself.

    >>> t = "The Matron, who leads the ward, will report to the Director"
    >>> subject_of(t, 0, t.index("report"))
    (True, [Mention(name='Matron', start=4, end=10, qualifier='')])
    >>> t = "The Matron, together with the Ward Clerk, forms the Widget Team"
    >>> subject_of(t, 0, t.index("forms"))
    (True, [Mention(name='Matron', start=4, end=10, qualifier='')])
    """
    aside = _WITH_ASIDE.search(text, max(start, cue - LOOKBACK), cue)
    known, found = _subject_before(text, start, aside.start() if aside and aside.start() > start
                                   else cue)
    return known, [_post_in_organisation(text, start, m) for m in found]


#: A post set off before the organisation it is in, ending where the organisation starts:
#: "the X – Westshire NHS Trust", "the X (Westshire NHS Trust)", "the X at Westshire NHS
#: Trust", "the X, Westshire NHS Trust,".
_SET_OFF_ORGANISATION = re.compile(r"(?:[ \t]+[–-][ \t]+|[ \t]*\([ \t]*|[ \t]+(?:at|in)[ \t]+"
                                   r"(?:the[ \t]+)?|,[ \t]*)$")
#: The kinds of body that are organisations, not bodies a post sits on.
_ORGANISATIONS = frozenset({"trust", "organisation", "icb", "pct", "local-authority", "provider",
                            "council", "sha", "national-body", "university"})


def _post_in_organisation(text: str, start: int, m: Mention | None) -> Mention | None:
    """A clause's subject read as the organisation a post is in ("The Gadget Manager –
    Westshire NHS Trust reports to …", "The Head of Widgets at Westshire Council …"): the
    post; a subject that is no organisation, or has no post set off before it, as it was."""
    label, kind = classify(m.name) if m is not None else ("?", None)
    sep = _SET_OFF_ORGANISATION.search(text, max(start, m.start - 12), m.start) if m else None
    if m is None or sep is None or label != "Body" or (
            kind not in _ORGANISATIONS and not is_organisation_board(m.name) and
            not re.search(r"\s(?:at|in)\s", sep.group())):
        return m  # (a post is "at" or "in" a body of any kind: "… at Westshire Health Board")
    post = _name_ending(text, start, sep.start())
    return post if post is not None and classify(post.name)[0] == "Post" else m


def _name_ending(text: str, start: int, end: int) -> Mention | None:
    """The longest name that ends at ``end`` and starts after ``start``."""
    for at in re.finditer(r"(?<![\w&'’-])[A-Z]", text[start:end]):
        found = first_name(text, start + at.start(), end)
        if found is not None and found.end == end:
            return found
    return None


def _subject_before(text: str, start: int, cue: int) -> tuple[bool, list[Mention | None]]:
    """Who a clause ``text[start:cue]`` is about, the verb right after it."""
    start = max(start, cue - LOOKBACK)
    before = text[start:cue]
    at = start + _MARK.match(before).end()  # type: ignore[union-attr]
    fronted = _FRONTED_PHRASE.match(text, at, cue)
    if fronted:  # "Reporting to the X, the Y chairs …": the subject follows the comma
        at = fronted.end()
    bare = text[at:cue]
    if _RELATIVE.search(bare):  # "Lead the Nurses, who report to …": the Nurses report
        trailing = _trailing(text, at, cue)
        if trailing:
            return True, list(trailing)
    fixed = _fixed_subject(text, at, cue, bare)
    if fixed is not None:
        return True, fixed
    beside = _appositive(text, at, cue)
    if beside:  # "A Person, Head of X, chairs …": the post, not the person
        return True, [beside]
    named = _trailing(text, at, cue)
    if named and _THAT.search(text, at, named[0].start):
        return True, list(named)  # "…, with the change that the X reports to …": the X
    stated = _stated_or_person(text, at, cue, bare)
    if stated:
        return True, stated
    lead = [m for m in _lead_subjects(text, _run_in(text, at, cue), cue) if _named(m)] or \
        _participle_subject(text, at, cue)
    if lead and all(m.name.split()[-1].lower() in _STAFF for m in lead):
        return True, [None]  # "HART staff will work with …": the post's own team, as the post
    if lead:
        return True, list(lead)
    if _CONTINUES.match(bare):
        return False, []  # "and will report to …": the sentence's subject, given earlier
    trailing = _trailing(text, at, cue)
    if trailing:
        return True, list(trailing)
    return True, [None] if _NO_NAME.match(bare) or not re.search(r"[A-Z]", bare[1:]) else []
    # (no name before the cue: the document's post)


def _fixed_subject(text: str, at: int, cue: int, bare: str) -> list[Mention | None] | None:
    """A subject a turn of phrase fixes before names are read, or None: a gerund's person
    ("… supports Jo Example becoming the Chair of the X"); the post and another post joined
    by "and" ("The post holder and the Widget Officer both report to …"); nobody ([]) for
    someone a clause before defined ("that person shall …") or a group ("the team reports
    to …"), which state no line of the post."""
    named = _gerund_subject(text, at, cue) or _post_created(text, at, cue)
    if named:
        return [named]
    beside = _self_and(text, at, cue)
    if beside:
        return [None, beside]
    return [] if _SOMEONE.search(bare) or _GROUP_SUBJECT.match(bare) else None


#: The post itself and another post joined by "and" as a clause's subjects ("The post holder
#: and the Widget Officer (both) report to …", "The Widget Officer and the post holder …").
_SELF_AND = re.compile(rf"\s*(?:(?:{_SELF})\s+and\s+(?:the\s+)?(?P<a>(?-i:[A-Z])[^,;()]{{2,80}}?)|"
                       rf"(?:the\s+)?(?P<b>(?-i:[A-Z])[^,;()]{{2,80}}?)\s+and\s+(?:{_SELF}))\s+"
                       + _PRE_CUE + "$", re.IGNORECASE)


def _self_and(text: str, at: int, cue: int) -> Mention | None:
    """The other post of a subject list "the post holder and the X" (either order), or None."""
    m = _SELF_AND.match(text, at, cue)
    key = ("a" if m["a"] else "b") if m else ""
    found = first_name(text, m.start(key), m.end(key)) if m else None
    if m is None or found is None or found.end != m.end(key) or not looks_like_post(found.name):
        return None
    return found


#: A post a paper creates, then its line after a comma ("… create a new post of X, reporting
#: to Y", "the position of X, which will report to Y"): the line is the new post's.
_POST_CREATED = re.compile(r"\b(?:post|role|position)\s+of\s+(?:an?\s+|the\s+)?(?P<who>(?-i:[A-Z])"
                           r"[^,;()]{2,80}?)(?:\s+(?:will\s+be|is\s+to\s+be|has\s+been|is|was)\s+"
                           r"(?:created|established|introduced|set\s+up))?\s*,\s*(?:(?:which|who)\s+"
                           + _PRE_CUE + r")?$", re.IGNORECASE)


def _post_created(text: str, at: int, cue: int) -> Mention | None:
    """The post named after "post / role / position of" before a comma and the cue, or None."""
    m = _POST_CREATED.search(text, max(at, cue - 200), cue)
    found = first_name(text, m.start("who"), m.end("who")) if m else None
    if m is None or found is None or found.end != m.end("who") or \
            not looks_like_post(found.name):
        return None
    return found


#: A person named right before a gerund or an infinitive ("… supports Jo Example becoming the
#: Chair of …", "… to appoint Jo Example, to become the Chair of …"): its own subject, whatever
#: the sentence's subject is.
_GERUND = re.compile(rf"(?<![\w'’-])(?P<p>{PERSON_NAME})(?:\s*,)?\s+(?:becoming|being|"
                     r"to\s+become|to\s+be)\s*$")
_GERUND_AT = re.compile(r"\s*(?:becoming|being|become|be)\b")


def _gerund_subject(text: str, at: int, cue: int) -> Mention | None:
    """The person a gerund before (or opening) the cue is about, or None."""
    opening = _GERUND_AT.match(text, cue)
    end = opening.end() if opening else cue
    m = _GERUND.search(text, max(at, cue - 80), end)
    if m is None or not is_named_person(m["p"]):
        return None
    return Mention(m["p"], m.start("p"), m.end("p"))


#: A fronted participle's phrase and its comma ("Reporting to the X, "): the clause's subject
#: comes after it.
_FRONTED_PHRASE = re.compile(r"\s*(?:[•·▪*\-–]\s*)?(?:Reporting|Accountable|Responsible|Answerable|"
                             r"(?:Line[\s-])?[Mm]anaged\s+by|"
                             # a working phrase ("Working closely with X, the Y chairs …")
                             r"[A-Z][a-z]+ing\s+(?:[a-z]+\s+){0,2}?(?:with|alongside)|"
                             r"In\s+(?:close\s+)?(?:partnership|collaboration|conjunction)\s+with)"
                             r"\b[^,;.]*,\s*")


#: A post named as the subject of an infinitive: "the Board asked for the Deputy X to act up
#: as …", "the aim of the Deputy X role is to deputise for …".
# (an advert's "looking for / seeking / recruiting a(n experienced) X to join …" names its post so
# too)
_FOR_TO = re.compile(r"\b(?:for|seeking|seeks|recruiting|recruit|appoint|appointing)\s+"
                     r"(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+){0,3}?(?=[A-Z])"
                     r"(?P<who>[^,;:]{3,80}?)\s+to\s+$")
_POST_IS_TO = re.compile(r"\b(?:of|for)\s+(?:the\s+|this\s+)?(?=[A-Z])(?P<who>[^,;:]{3,80}?)\s+"
                         r"(?:post|role|position)\s+(?:is|will\s+be|would\s+be)\s+(?:to\s+)?$")


#: Posts in lower case before a restrictive "who" ("… six widget officers who will report to …").
_WHO = re.compile(r"(?:^|\s)(?P<who>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+who\s+"
                  r"(?:(?:will|shall|would|also|all|each|currently)\s+)*$")


#: Words before a restrictive "who" that are no part of the posts' name.
_NOT_NAME = frozenset({"has", "have", "had", "is", "are", "was", "were", "be", "been", "the",
                       "a", "an", "its", "their", "our", "of", "and", "or", "employs", "new",
                       "around", "about", "some", "several", "approximately", "up", "to",
                       *NUMBERS})


def _restrictive(text: str, at: int, cue: int) -> Mention | None:
    """The lower-case posts a restrictive relative clause is about, or None (a capitalised
    name before "who" is found by the name rules)."""
    m = _WHO.search(text, at, cue)
    if m is None or m["who"].split()[-1].lower() not in POST_WORDS:
        return None
    words = list(re.finditer(r"\S+", m["who"]))
    for i, w in enumerate(words):  # the longest run of the post's own words
        if any(x.group() in _NOT_NAME or x.group().endswith("ing") for x in words[i:]):
            continue  # "(the Trust) has nurses who …", "(is) recruiting staff who …"
        found = plain_name(text, m.start("who") + w.start(), m.end("who"))
        if found and found.end == m.end("who") and looks_like_post(found.name):
            return found
    return None


def _stated_or_person(text: str, at: int, cue: int, bare: str) -> list[Mention | None] | None:
    """The subject a clause's turn of phrase gives (see :func:`_stated_subject`), or the
    people or organisations a list before the verb names, or a person it names: after a
    comma ("I will be away, and my deputy Jo Example will …", "In the
    interim, Jo Example will …") before the turns of phrase, at its start ("Dr Jo Example
    chairs …": the person, seated in a post by resolution) after them."""
    listed = _listed_subjects(text, _run_in(text, at, cue), cue)
    if listed:  # "Jo Example, Sam Sample and Alex Other sit on …": each of them
        return list(listed)
    inner = _inner_person(text, at, cue)
    if inner:
        return inner
    announced = _announced(text, at, cue)  # "We announce that Jo Example will …": not "we"
    if announced:
        return [announced]
    stated = _stated_subject(text, at, cue, bare)
    if stated:
        return stated
    person = _person_subject(text, at, cue) or _appointee(text, at, cue)
    return [person] if person else None


#: "announce that Jo Example …": a clause reported after "that" opens with its own subject.
_THAT_PERSON = re.compile(r"\bthat\s+(?=[A-Z])")


def _announced(text: str, at: int, cue: int) -> Mention | None:
    """The person a reported clause opens with ("We announce that Dr Jo Example, a lay
    member, will chair …"), or None."""
    found = list(_THAT_PERSON.finditer(text, at, cue))  # the last opens the cue's clause
    return _person_subject(text, found[-1].end(), cue) if found else None


#: A person the clause appoints or elects before the role ("Westshire has appointed Jo
#: Example as Chair of …"): the person takes the role.
_APPOINTEE = re.compile(rf"\b(?:appoint(?:s|ed)?|elect(?:s|ed)?|name[sd]?)\s+"
                        rf"(?P<p>{PERSON_NAME})\s*$")


def _appointee(text: str, at: int, cue: int) -> Mention | None:
    """The person a clause appoints right before its cue ("… has appointed Jo Example as
    Chair of the X"), or None."""
    m = _APPOINTEE.search(text, at, cue)
    return Mention(m["p"], m.start("p"), m.end("p")) if m and is_named_person(m["p"]) else None


def _stated_subject(text: str, at: int, cue: int, bare: str) -> list[Mention | None] | None:
    """The subject a clause's turn of phrase gives: a post named for an infinitive ("for the
    X to act up") or before a restrictive "who"; the post itself ("the post holder", or the
    person appointed to it); None when the clause does not say so."""
    named = _infinitive_subject(text, at, cue) or _restrictive(text, at, cue)
    if named:
        return [named]
    if _is_self(bare) or _appointed_holder(text, at, cue) or (
            _RUN_IN_HEADING.search(bare) and not text[cue:cue + 12].isupper()):
        return [None]  # (a heading in capitals before a clause that is not: "JOB SUMMARY Working")
    return None


#: A person's name opening a clause ("Dr Jo Example", "J. Example", "Jo A. Example"), after
#: their post in lower case ("Our medical director Jo Example"), after a joining word ("…, and
#: my deputy Jo Example will …").
_NAMED_PERSON = re.compile(rf"\s*(?:(?:and|but|so|while|whilst)\s+)?"
                           rf"(?:(?i:the|our|my|its|their|your)\s+)?"
                           rf"(?P<post>(?:[a-z][\w-]*\s+){{0,4}}?(?:[a-z][\w-]*,\s+)?)"
                           rf"(?P<p>{PERSON_NAME})(?![\w'’-])(?P<aside>\s*,)?")


#: Where a clause joined inside a sentence may start, or its subject after a fronted phrase:
#: after a comma (and "and" or "but").
_INNER = re.compile(r",\s*(?:(?:and|but)\s+)?")


def _inner_person(text: str, at: int, cue: int) -> list[Mention | None]:
    """The subject of the clause a comma opens before the cue, from the first comma on, when
    it names a person (alone or beside their post), or []."""
    for comma in _INNER.finditer(text, at, cue):
        if not any(is_named_person(p["p"]) for p in PERSON.finditer(text, comma.end(), cue)):
            continue  # (no name of a person after the comma: no need to read the clause)
        known, named = _subject_before(text, comma.end(), cue)
        if known and named and all(m is not None and _person_holds(text, m) for m in named):
            return named
    return []


def _person_holds(text: str, m: Mention) -> bool:
    """Whether a subject names a person: the name itself, or a post with its holder's name
    beside it."""
    return split(text, m)[1] is not None


def _person_subject(text: str, at: int, cue: int) -> Mention | None:
    """A person named as a clause's subject, its verb after what may stand between a subject
    and its verb ("Dr Jo Example will chair …", "J. Example has been appointed Chair of …",
    "our finance director Jo Example will deputise …": the post and its holder), or None."""
    m = _NAMED_PERSON.match(text, at, cue)
    # ("Jo Example, who chairs …": the comma opens a relative clause, not an aside)
    rest = m.end("p") if m and m["aside"] and not m["post"].rstrip().endswith(",") else \
        m.end() if m else cue
    if m is None or not _BETWEEN.match(text[rest:cue]) or not is_named_person(m["p"]) or \
            (rest == m.end() and bool(m["aside"]) != m["post"].rstrip().endswith(",")):
        return None
    post = m["post"].replace(",", " ").split()
    if post and not any(w.lower() in POST_WORDS for w in post):
        return None  # "… and Jo Example": no post before the name
    start = m.start("post") if post else m.start("p")
    return Mention(text[start:m.end("p")], start, m.end("p"))


def _infinitive_subject(text: str, at: int, cue: int) -> Mention | None:
    """The post an infinitive's cue is about when the clause names it ("for the X to …", "of
    the X post is to …", in lower case too: "the main task of the widget lead post is “to
    …"), or None."""
    for pattern in (_FOR_TO, _POST_IS_TO, _LOWER_POST_IS_TO):
        m = pattern.search(text, at, cue)
        name = plain_name if pattern is _LOWER_POST_IS_TO else first_name
        found = name(text, m.start("who"), m.end("who")) if m else None
        if m and found and found.end == m.end("who") and looks_like_post(found.name):
            return found
    return None


#: "the main task of the widget lead post (– an aside –) is “to …": a post in lower case.
_LOWER_POST_IS_TO = re.compile(r"\b(?:of|for)\s+(?:the\s+|this\s+)?(?P<who>[a-z][a-z -]{2,60}?)"
                               r"\s+(?:post|role|position)\s*(?:[-–—][^-–—\n]{1,80}[-–—]\s*)?"
                               r"(?:is|will\s+be|would\s+be)\s+[“\"‘']?(?:to\s+)?$")


#: A person's name as a clause's subject ("Jo Example will report to …"), or a person who
#: joins or is appointed in the clause before a participle ("Jo Example joins Westshire as X,
#: reporting to …").
_PERSON = r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}"
_HOLDER_SUBJECT = re.compile(rf"\s*(?P<who>{_PERSON})\s+(?:(?:will|shall|is|also|then|now|"
                             r"directly)\s+)*$|\s*(?P<joins>" + _PERSON + r")\s+(?:(?:has\s+been|"
                             r"is|was)\s+appointed|joins|will\s+join|has\s+joined)\b[^.;]*,\s*$")
#: What a narrative says of the person appointed to the described post.
_APPOINTED = (r"(?:appointed\s+{who}\s+as|{who}\s+(?:has\s+been\s+|was\s+|is\s+)?"
              r"(?:appointed|joins|joined|will\s+join|takes\s+up|has\s+taken\s+up))\b")


def _appointed_holder(text: str, at: int, cue: int) -> bool:
    """Whether a clause's subject is the person a news item or a letter appoints to the post
    it describes: the line is the post's ("… has appointed Jo Example as its new X. Jo
    Example will report to …")."""
    m = _HOLDER_SUBJECT.match(text, at, cue)
    if m is None:
        return False
    who = m["who"] or m["joins"]
    if classify(who)[0] != "?" or any(w.lower() in POST_WORDS or w.lower() in BODY_WORDS
                                      for w in who.split()):
        return False  # a post or a body, not a person
    return bool(m["joins"]) or re.search(_APPOINTED.format(who=r"\s+".join(map(re.escape,
                                                                              who.split()))),
                                         text[max(0, at - 2000):at]) is not None


#: A subordinate clause whose subject is named right after its conjunction ("…, with the
#: change that the Widget Lead reports to …").
_THAT = re.compile(r"\b(?:that|whereby|so\s+that)\s+(?:the\s+|our\s+|its\s+)?$", re.IGNORECASE)


#: A clause opened by a word that names no subject: "In …", "Working with …", "Reporting …".
_NO_NAME = re.compile(r"\s*(?:In|As|With|Working|When|Where|Through|Within|Reporting|"
                      r"Accountable|Responsible|Answerable|Line\s+managed|Managed)\b")


def _is_self(bare: str) -> bool:
    """Whether what stands before a cue is the post itself: nothing, "the post holder", "you",
    or a duty written as an order ("To …", "Deputise for …")."""
    return not bare.strip() or bool(_SELF_TAIL.search(bare) or _SELF_START.match(bare) or
                                    _DUTY.match(bare) or _RUN_IN_DUTY.search(bare) or
                                    _DUTY_NOUN.match(bare) or
                                    re.fullmatch(r"\s*to\s*", bare, re.IGNORECASE))


#: A duty a page viewer ran into the heading before it ("Purpose of this Job To build …"):
#: a capitalised "To" and a verb inside the clause start the post's own duty.
_RUN_IN_DUTY = re.compile(r"(?<=[a-z])\s+To\s+(?:[a-z]+\b[^.;:]*)?$")


#: A heading in capitals a page viewer ran into the clause after it ("2. JOB SUMMARY Working
#: closely with …"): two capitalised words or more (or a section's number and one), opening
#: the text or after a sentence's end, stand before the post's own clause.
_RUN_IN_HEADING = re.compile(r"(?:^\s*|[.:;]\s+)(?:\d+(?:\.\d+)*\.?\s+(?:[A-Z][A-Z&'’-]+\s+)"
                             r"{1,5}|(?:[A-Z][A-Z&'’-]+\s+){2,5})$")


#: An owner before a lower-case post ("The CCG’s accountable officer"), and what may follow
#: the post before the cue ("is to be", "will also be").
_OWNER = re.compile(r"\s*(?:The|Each|Every|Its|Our|Their)\s+(?:[A-Z][\w&-]*\s+){0,3}?"
                    r"[A-Z][\w&-]*['’]s\s+")
_AUX = re.compile(r"\s*(?:(?:is|are|will|shall|must|should|to|be|also|each|normally)\s+)*$")


def _owned_post(text: str, at: int, cue: int) -> Mention | None:
    """A lower-case post after its organisation's name, as a clause's subject ("The Council's
    duty officer is to be a member of …"), or None."""
    owner = _OWNER.match(text, at, cue)
    found = plain_name(text, owner.end(), cue) if owner else None
    if found is None or not looks_like_post(found.name) or generic(found.name) or \
            not _AUX.match(text, found.end, cue):
        return None
    return found


def _role(cue: Cue, m: re.Match[str], target: Mention | None) -> str | None:
    if "role" in cue.pattern.groupindex and m.group("role"):
        word = m.group("role").strip().lower()
        return "co-chair" if word.startswith("co") else f"{word} member"
    return cue.role or (target.qualifier.lower() if target and target.qualifier else None)


_STRONG = frozenset({"ACCOUNTABLE_TO", "RESPONSIBLE_TO", "REPORTS_TO", "DEPUTISES_FOR"})


#: Bodies a post can be a member of when written in lower case ("a member of the board");
#: "the team" or "the multi-disciplinary team" names no particular team, so is left out.
_STANDING = frozenset({"board", "committee", "sub-committee", "panel", "forum", "council",
                       "executive", "assembly"})


_COUNT = re.compile(r"(?:(?:up\s+to|at\s+least|no\s+more\s+than)\s+)?(?:one|two|three|four|five|"
                    r"six|seven|eight|nine|ten|eleven|twelve|single|sole|\d{1,2})\s+"
                    r"(?:other\s+)?(?=\w)", re.IGNORECASE)


#: Lower-case words before a capitalised post ("independent Lay Members"): not its name.
_LOWER_LEAD = re.compile(r"(?:[a-z][\w-]*\s+){1,2}(?=[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*$)")


def _uncounted(m: Mention) -> Mention:
    """A name without the number before it ("three partner members" -> "partner members";
    "five other directors" -> "directors": the same seat as the directors counted before)
    and without lower-case words before a capitalised post ("independent Lay Members")."""
    count = _COUNT.match(m.name)
    m = Mention(m.name[count.end():], m.start + count.end(), m.end) if count else m
    lead = _LOWER_LEAD.match(m.name)
    if lead and looks_like_post(m.name[lead.end():]):
        return Mention(m.name[lead.end():], m.start + lead.end(), m.end)
    return m


#: The second object of "not only to X, but also to Y".
_BUT_ALSO = re.compile(r",?\s+but\s+also\s+to\s+", re.IGNORECASE)
#: A name's aside in brackets, in lower case, before the next name of the list: "Head of
#: Service (line management) and Clinical Director (professional)".
_ASIDE_JOIN = re.compile(r"\((?-i:[a-z])[^()\n]{0,40}\)(?P<join>\s*(?:,|;|\band\b|\bor\b|&)\s*)",
                         re.IGNORECASE)
#: The second object of one verb, after what the first is for: "accountable to X for A and to
#: Y for B", "report to X on clinical matters and to Y on the rest".
_AND_TO = re.compile(r"(?<=\w)(?:\s+(?:for|on|in)\s+(?-i:[a-z])[\w -]{1,40}?)?,?\s+and\s+(?:" +
                     LINE_ADVERBS +
                     r"\s+)?to\s+"
                     r"(?=(?:the\s+|their\s+|his\s+|her\s+)?[A-Z])", re.IGNORECASE)


#: The next line of a dual accountability, its kind before "to": "professionally to X;
#: managerially to Y", one a line or a bullet.
_THEN_KIND_TO = re.compile(r"(?<=\w)[ \t]*[;,]?\s*(?:[•*-][ \t]*)?(?:and\s+)?" + LINE_ADVERBS +
                           r"\s+to\s+(?=(?:the\s+|their\s+|his\s+|her\s+)?[A-Z])",
                           re.IGNORECASE)


#: A colon that opens a cue's list of objects, with "the following" before it: "liaise with:
#: A; B", "work closely with the following: A; B".
_COLON_LIST = re.compile(r"(?:the\s+following|these|those\s+below)[ \t]*:\s*", re.IGNORECASE)


def _targets(text: str, at: int, end: int, many: bool, rtype: str) -> list[Mention | None]:
    """The names after a cue; [None] when it names the post itself ("… to the post holder")."""
    at = _after_kind(text, at, end)  # "Accountable to:" / "professionally to X": X
    if _SELF_OBJECT.match(text, at, end) and not re.match(r"\s*(?:the\s+)?(?:post|role)\s+of\b",
                                                          text[at:end]):
        return [None]
    if rtype == "WORKS_WITH":  # counterparts too: "with stakeholders and the Board"
        return _works_targets(text, at, end)
    if rtype == "MEMBER_OF<":
        return _members(text, at, end, many)
    if rtype == "MEMBER_OF":  # "As a member of the X, I will …": "I" names no body
        adjectives = _ADJECTIVES.match(text, at, end)  # "join a specialist, Widget Team"
        at = adjectives.end() if adjectives else at
        found = [m for m in _named_targets(text, at, end, many, rtype) if m is None or
                 (m.name != "I" and not _kind_of_team(m.name))]
        return found + _more_teams(text, found, end)
    return _named_targets(text, at, end, many, rtype)


#: "a" and adjectives before a capitalised name ("a specialist, Widget Team"): no part of it.
_ADJECTIVES = re.compile(r"an?\s+(?:(?!(?:team|board|committee|group|within|of|in|with|to|for|"
                         r"at|on)\b)(?-i:[a-z])[\w'’-]*,?\s+){1,5}(?=[A-Z])")


def _named_targets(text: str, at: int, end: int, many: bool, rtype: str
                   ) -> list[Mention | None]:
    """The names after a cue of a post's own relation (not a body's composition)."""
    first = _first_of_two(text, at, end, many, rtype)
    if first:  # "to X for A and to Y for B", "Reports to: the line manager; Widget Matron"
        return first[0] + _targets(text, first[1], end, many, rtype)
    named = [m for m in names_in(text, at, end, many) if m.name != "I"]  # "… and I am …"
    if many and len(named) == 1 and _sentence_case(text, named[0], end) != named[0]:
        named = plain_names(text, at, end)  # "Senior practice nurse, practice manager and …"
    elif many and named:
        named += _lower_case_rest(text, named[-1].end, end, rtype)
    found = _without_held(text, [_with_remit(text, _sentence_case(text, m, end), end)
                                 for m in named if _whole(text, m, end)])
    if rtype in _STRONG:
        found = _with_area(text, found, end)
    if rtype == "MEMBER_OF":
        found = [_body_tail(text, m, end) for m in found]
    return list(found) if found else _plain_targets(text, at, end, rtype)


def _without_held(text: str, found: list[Mention]) -> list[Mention]:
    """A list's entries without a person the entry before or after names as its holder ("the
    Gadget Manager, Jo Example, who …", "the Widget Director," / "Jo Example."): the holder
    is read with the post (:func:`~orggraph.extract.people.split`), not as an end of its own."""
    return [m for n, m in enumerate(found)
            if not _held_by_neighbour(text, m, found[max(0, n - 1):n] + found[n + 1:n + 2])]


def _held_by_neighbour(text: str, m: Mention, beside: list[Mention]) -> bool:
    """Whether ``m`` is a person that a capitalised post ``beside`` it names as its holder."""
    if not is_named_person(" ".join(m.name.split())):
        return False
    return any((held := split(text, o)[1]) is not None and held.start < m.end and
               m.start < held.end for o in beside
               if o.name[:1].isupper() and classify(o.name)[0] == "Post")  # a post's title


def _cut_short(m: Mention | None) -> bool:
    """Whether a name ends with a joining word ("the Director of"): the rest of it was lost
    (to a page's header, a footnote), so it names no particular post."""
    return m is not None and m.name.split()[-1].lower() in _JOINS


#: What joins the entries of a list of posts.
_LIST_JOIN = re.compile(r"\s*(?:[,;/&]|\band\b|\bor\b)\s*(?:and\s+|or\s+)?(?=\S)")


def _first_of_two(text: str, at: int, end: int, many: bool, rtype: str
                  ) -> tuple[list[Mention | None], int] | None:
    """The first object of a line that a second follows, and where the second starts: "not
    only to X, but also to Y", "to X for A and to Y for B", a list led by a post in lower
    case; None when there is one object."""
    if rtype.rstrip("<") not in _STRONG:
        return None
    also = _second_object(text, at, end)
    if also:
        return _targets(text, at, also[0], many, rtype), also[1]
    lower = _lower_first(text, at, end, many and rtype in _STRONG)
    return ([lower[0]], lower[1]) if lower else None


def _whole(text: str, m: Mention, end: int) -> bool:
    """Whether a name is a whole, particular end: not a generic one, nor one cut short by the
    end of its passage ("… report to the Director of" with the rest lost to a page's header)."""
    return not generic(m.name) and not re.fullmatch(r"\s+(?:of|for|and|in|to|the)\s*",
                                                     text[m.end:end])


def _after_kind(text: str, at: int, end: int) -> int:
    """Where a line's object starts after its kind and "to" ("professionally to X")."""
    kind = KIND_TO.match(text, at, end)
    return kind.end() if kind else at


def _lower_first(text: str, at: int, end: int, listed: bool) -> tuple[Mention, int] | None:
    """The first entry of a list of a line's ends (``listed``) that mixes posts in lower case
    and capitalised ones ("the line manager, Head of Widgets", "Head of Widgets, service
    manager"), and where the rest of the list starts; None when the list does not mix them,
    or the rest is a stand-in ("or nominated deputy")."""
    lead = _LEAD_WORDS.match(text, at, end) if listed else None
    first = (plain_name(text, at, end) if text[lead.end():lead.end() + 1].islower() else
             first_name(text, at, end)) if lead else None
    join = _LIST_JOIN.match(text, first.end, end) if first else None
    if first is None or join is None or not looks_like_post(first.name) or \
            generic(first.name) or STAND_IN.match(text, join.end(), end) or \
            text[at:first.start].strip(" \t•-").lower() not in (
                "", "the", "your", "their", "his", "her", "our"):
        return None
    rest = plain_name(text, join.end(), end)
    mixed = first.name.islower() or (rest is not None and rest.name.islower() and
                                         looks_like_post(rest.name) and not _vague(rest.name))
    return (first, join.end()) if mixed and not _held(text, join.end(), end) else None


#: Two capitalised words ending a run of words before punctuation ("… and y for z Jo Example.").
_HOLDER = re.compile(r"[^,.;:()\n]*?[ \t](?P<who>[A-Z][a-z]+[ \t]+[A-Z][a-z'’-]+)"
                     r"(?=[ \t]*(?:[,.;:)\n]|$))")


def _held(text: str, at: int, end: int) -> bool:
    """Whether the titles from ``at`` end with their holder's name ("chief widget officer and
    national director for gadgets Jo Example"): one person's titles, not a list of posts."""
    m = _HOLDER.match(text, at, end)
    return m is not None and classify(m["who"])[0] == "?" and not any(
        w.lower() in POST_WORDS or w.lower() in BODY_WORDS for w in m["who"].split())


def _vague(name: str) -> bool:
    """Whether a lower-case name names no particular post ("other staff", "all managers",
    "colleagues"): no end of a reporting line."""
    words = name.lower().split()
    return generic(name) or words[0] in ("other", "all", "any", "various", "relevant") or \
        words[-1] in _STAFF


#: What may stand before the first entry of a list of ends.
_LEAD_WORDS = re.compile(r"[\s•-]*(?:(?:the|your|their|his|her|our)\s+)?", re.IGNORECASE)


#: An order after a comma ends a fronted working phrase's objects ("Working closely with A and
#: B, lead and manage …"): the described post's duty, no counterpart.
_ORDER_AFTER = re.compile(ORDER_AFTER)


def _works_targets(text: str, at: int, end: int) -> list[Mention | None]:
    """The counterparts after a working-relationship cue (after "the following:" when the
    cue opens a list so), each entry as written when they read as a list."""
    colon = _COLON_LIST.match(text, at, end)  # "with the following: A; B"
    at = colon.end() if colon else at
    counterparts = _counterparts(text, at, end)
    order = _ORDER_AFTER.search(text, at, end)  # "Working with A and B, lead …": no object
    counterparts = [c for c in counterparts if c is None or not order or c.start < order.start()]
    listed = listed_objects(text, at, end)  # a list: each entry as written, when more
    return list(listed) if listed and len(listed) > len(counterparts) else counterparts


#: A body named by capitalised words and then its kind in lower case ("Westshire area
#: meetings", "Widget-led group of Widget Leads"): the lower-case words, and what the body
#: is "of" when that is capitalised.
# (an abbreviation in brackets may come first: "the Widget Services (WS) senior team")
_BODY_TAIL = re.compile(r"(?:[ \t]+\([A-Z][A-Za-z&]{1,8}\))?"
                        r"(?:[ \t]+[a-z][\w-]*){1,2}?[ \t]+(?P<kind>group|groups|meetings?|team|"
                        r"forum|board|committee|network|panel)\b(?P<of>[ \t]+of[ \t]+[A-Z]"
                        r"[\w&'’-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+)?[A-Z][\w&'’-]*){0,5})?"
                        r"|[ \t]+(?P<kind2>group|meetings?|team|forum|network)\b(?P<of2>[ \t]+of"
                        r"[ \t]+[A-Z][\w&'’-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+)?[A-Z][\w&'’-]*)"
                        r"{0,5})?")


#: What a body named in lower case is "of": "group of Widget Leads of Westshire".
_OF_NAMED = re.compile(r"[ \t]+of[ \t]+[A-Z][\w&'’-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+)?"
                       r"[A-Z][\w&'’-]*){0,5}")


def _body_tail(text: str, m: Mention, end: int) -> Mention:
    """A membership's body whose capitalised words are followed by its kind in lower case:
    the whole body ("a member of the Widget-led group of Widget Leads", "attend Westshire
    area meetings"); a name that is already a body stays as it is."""
    if classify(m.name)[0] == "Body":
        of = _OF_NAMED.match(text, m.end, end) if m.name.split()[-1].islower() else None
        return Mention(text[m.start:of.end()], m.start, of.end(), m.qualifier) if of else m
    tail = _BODY_TAIL.match(text, m.end, end)
    if tail is None:
        return m
    return Mention(text[m.start:tail.end()], m.start, tail.end(), m.qualifier)


_REST_JOIN = re.compile(r"(?:\s*\([^()\n]{1,40}\))?(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|"
                        r"\s+or\s+|\s*/\s*)(?=(?:(?:the|your|our|a|an)\s+)?[a-z])")


def _lower_case_rest(text: str, at: int, end: int, rtype: str = "") -> list[Mention]:
    """Lower-case posts a list goes on with after its capitalised names ("Head of Widgets /
    the practice manager"): the posts among them. Among the post's own reports a kind of
    staff is a group of posts ("Widget Officers and gadget support workers"), though "other
    staff" is still none."""
    join = _REST_JOIN.match(text, at, end)
    if join is None:
        return []
    vague = _vague_group if rtype == "REPORTS_TO<" else _vague
    return [m for m in plain_names(text, join.end(), end) if looks_like_post(m.name) and
            m.name.islower() and not vague(m.name)]


def _vague_group(name: str) -> bool:
    """Whether a lower-case group among a post's reports names no particular posts: a bare
    "staff" or "other / all staff", not "support workers" (a kind of staff)."""
    words = name.lower().split()
    return _vague(name) and (len(words) < 2 or words[0] in ("other", "all", "any", "various",
                                                            "relevant", "the"))


def _sentence_case(text: str, m: Mention, end: int) -> Mention:
    """A name written in sentence case ("Senior practice nurse"): its capitalised first word
    alone names nothing, the lower-case words after it up to a post's head word complete it."""
    if " " in m.name or looks_like_post(m.name) or classify(m.name)[0] == "Body":
        return m
    whole = plain_name(text, m.start, end)
    if whole is None or whole.end <= m.end or not looks_like_post(whole.name):
        return m
    return whole


#: How far after a cue the second object of its line may begin (a first object is a name,
#: with what it is for): a bound that keeps a sentence of many cues linear.
_SECOND_REACH = 300


def _second_object(text: str, at: int, end: int) -> tuple[int, int] | None:
    """Where the first object of a line ends and a second begins, or None."""
    end = min(end, at + _SECOND_REACH)
    also = _BUT_ALSO.search(text, at, end) or _AND_TO.search(text, at, end) or \
        _ASIDE_JOIN.search(text, at, end) or _THEN_KIND_TO.search(text, at, end)
    if also is None:
        return None
    return (also.start("join") if "join" in also.re.groupindex else also.start()), also.end()


def _plain_targets(text: str, at: int, end: int, rtype: str) -> list[Mention | None]:
    """The lower-case names after a cue when no capitalised one is there."""
    if rtype == "REPORTS_TO<":  # "a team of 6 nurses and 2 therapists"
        team = _TEAM_OF.match(text, at, end)
        posts = [_to_post(_uncounted(m)) for m in plain_names(text, team.end() if team else at,
                                                              end)]
        return [m for m in posts if looks_like_post(m.name) and not generic(m.name)]
    # (a membership's team in lower case after its plain name: _team_name reads both)
    plain = _team_name(text, at, end) if rtype == "MEMBER_OF" else plain_name(text, at, end)
    if plain is None:
        return []
    if rtype.rstrip("<") in _STRONG:
        # "Accountable to: The Partners" names the practice's partners; "manage a team of
        # staff" names no one
        return [plain] if not (rtype.endswith("<") and generic(plain.name)) else []
    if rtype in ("MEMBER_OF", "CHAIRS"):
        return _plain_bodies(text, plain, end, rtype)
    if rtype == "CHAIRS<":  # "chaired by a lay member": a seat written in lower case
        return [plain] if looks_like_post(plain.name) and not generic(plain.name) else []
    return []


#: Words before "team" that say what kind of team it is, not which ("the multi-disciplinary
#: team", "the wider team", "a friendly team"): the labelling guide leaves such teams out.
KIND_OF_TEAM = frozenset({
    "multi-disciplinary", "multidisciplinary", "multi-professional", "multiprofessional",
    "interdisciplinary", "inter-disciplinary", "multi-agency", "mdt", "wider", "wide", "whole",
    "entire", "same", "immediate", "own", "larger", "broader", "extended", "new", "friendly",
    "dynamic", "supportive", "busy", "great", "small", "large", "successful", "experienced",
    "enthusiastic", "motivated", "established", "growing", "relevant", "appropriate", "other",
    "respective", "overall", "excellent", "fantastic", "innovative", "specialist", "vibrant",
    "committed", "dedicated", "passionate", "forward-thinking", "happy", "welcoming", "skilled",
    "highly", "well", "and", "a", "the", "care", "clinical", "healthcare", "working", "staff"})
#: Where a team named in lower case is said to be ("the widget team at Westshire", "the
#: integrated team for children"): part of its name, up to the clause's end.
_TEAM_PLACE = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)(?:(?:at|in)(?:[ \t]+|[ \t]*\n[ \t]*)"
                         r"[A-Z][\w&'’@-]*"
                         r"(?:[ \t]+[A-Z][\w&'’@-]*){0,3}|"
                         r"for[ \t]+(?!(?:the|a|an)\b)(?-i:[a-z])[\w-]+(?:[ \t]+(?-i:[a-z])"
                         r"[\w-]+(?=[ \t]*(?:[.,;:)\n]|$)))?)")
#: An article or an owner that makes a team a particular one ("the", "our"), before its name.
_DEFINITE = re.compile(r"\b(?:the|our|its|their|your|this)\s+$", re.IGNORECASE)


def _plain_bodies(text: str, plain: Mention, end: int, rtype: str) -> list[Mention | None]:
    """A membership's or a chair's body named in lower case: a standing body ("a member of
    the board", "has agreed to chair the board"), or for a membership a named team ("the
    widget team")."""
    if plain.name.split()[-1].lower() in _STANDING or \
            plain.name.lower().endswith("governing body"):
        return [plain] if rtype == "MEMBER_OF" or plain.name.lower() in _STANDING else []
    return _named_teams(text, plain, end) if rtype == "MEMBER_OF" else []


def _kind_of_team(name: str) -> bool:
    """Whether a name is only a kind of team ("MDT", "the Multi-Disciplinary Team")."""
    words = name.lower().split()
    return words[-1] in ("mdt", "team") and all(w in KIND_OF_TEAM for w in words[:-1])


#: What joins a second team to the first ("the widget team and the gadget team").
_TEAM_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
                        r"(?:the|our|its|their)\s+", re.IGNORECASE)


#: A team named in lower case at the head of a long phrase ("the widget liaison team the post
#: holder will …", where a lower-case name is otherwise cut short at its first words).
_TEAM_PHRASE = re.compile(r"\s*(?:the|our|its|their)\s+(?P<name>(?:(?-i:[a-z])[\w-]*\s+){1,4}"
                          r"team)\b", re.IGNORECASE)


def _team_name(text: str, at: int, end: int) -> Mention | None:
    """The lower-case name of a team at ``at`` (``plain_name`` first), or None."""
    plain = plain_name(text, at, end)
    if plain is not None:
        return plain
    m = _TEAM_PHRASE.match(text, at, end)
    return Mention(" ".join(m["name"].split()), m.start("name"), m.end("name")) if m else None


def _more_teams(text: str, found: list[Mention | None], end: int) -> list[Mention | None]:
    """Teams named in lower case that "and the" joins to a team found by name ("the WGS
    senior team and the widget outreach team")."""
    last = found[-1] if found else None
    join = _TEAM_JOIN.match(text, last.end, end) if last is not None and \
        last.name.split()[-1].lower() == "team" else None
    more = _named_teams(text, _team_name(text, join.end(), end), end) if join else []
    return [m for m in more if m is not None and all(m.start != f.start for f in found if f)]


def _named_teams(text: str, plain: Mention | None, end: int) -> list[Mention | None]:
    """The teams named in lower case from ``plain`` on, while "and the" joins another."""
    found: list[Mention | None] = []
    while plain is not None:
        team = _named_team(text, plain, end)
        if team is None:
            break
        found.append(team)
        join = _TEAM_JOIN.match(text, team.end, end)
        plain = plain_name(text, join.end(), end) if join else None
    return found


def _named_team(text: str, plain: Mention, end: int) -> Mention | None:
    """A team named in lower case by its service, setting or organisation ("the paediatric
    widget team", "the practice multidisciplinary team", "the leadership team at Westshire"),
    with where it is; None for a kind of team ("the team", "the multi-disciplinary team", "a
    friendly team": no particular one)."""
    words = plain.name.split()
    if words[-1].lower() != "team" or not _DEFINITE.search(text, max(0, plain.start - 8),
                                                               plain.start):
        return None
    if _kind_of_team(plain.name):
        return None
    place = _TEAM_PLACE.match(text, plain.end, end)
    return Mention(text[plain.start:place.end()], plain.start, place.end()) if place else plain


#: What a post's name goes on with at the end of a line: its area in brackets, one word ("Team
#: Lead (North)"; two capitalised words may be its holder's name), or its remit ("General
#: Practitioners specialising in Minor Surgery"). Qualifier and acting words are no area.
_AREA = re.compile(r"[ \t]*\((?!(?:Chair|Vice|Interim|Acting|Designate|Clinical|Professional|"
                    r"Managerial|Operational|Strategic)\b)[A-Z][a-z]+\)|"
                    r"[ \t]+(?:specialising|specializing|with[ \t]+(?:a[ \t]+)?(?:special[ \t]+)?"
                    r"(?:interest|responsibility))[ \t]+(?:in|for)[ \t]+[A-Z][\w&'’-]*"
                    r"(?:[ \t]+(?:and[ \t]+|of[ \t]+)?[A-Z][\w&'’-]*){0,4}")


def _with_area(text: str, found: list[Mention], end: int) -> list[Mention]:
    """The names of a line's far end with their area or remit, as the text writes them; a
    name inside a remit is no end of its own."""
    out: list[Mention] = []
    inside = (0, 0)  # the last remit taken: a name starting in it is part of it
    for m in found:
        if inside[0] <= m.start < inside[1]:
            continue
        remit = _AREA.match(text, m.end, end)
        inside = remit.span() if remit else inside
        out.append(Mention(text[m.start:remit.end()], m.start, remit.end(), m.qualifier)
                   if remit else m)
    return out


def _to_post(m: Mention) -> Mention:
    """A lower-case name up to its first post word ("social workers delivering services" ->
    "social workers"): what follows says what the posts do. Post words in a row are one name
    ("nurse consultants"), and so is a team of the posts ("the matron team")."""
    words = m.name.split()
    head = next((n for n, w in enumerate(words) if looks_like_post(w)), None)
    while head is not None and head + 1 < len(words) and \
            (looks_like_post(words[head + 1]) or words[head + 1] in ("team", "teams")):
        head += 1
    if head is None or head == len(words) - 1:
        return m
    name = " ".join(words[:head + 1])
    return Mention(name, m.start, m.start + len(name), m.qualifier) \
        if text_matches(m, name) else m


def text_matches(m: Mention, name: str) -> bool:
    """Whether ``name`` is how the mention's own text begins (one space between words)."""
    return m.name.startswith(name)


#: "a team of 6" before the posts a post manages: the posts are the team's members.
_TEAM_OF = re.compile(r"\s*(?:an?|the)\s+(?:small\s+|large\s+)?team\s+of\s+", re.IGNORECASE)


#: A post's remit written after it: "Lay Member with responsibility for Audit and Governance".
_REMIT = re.compile(r"[ \t]+with\s+(?:lead\s+|special\s+|particular\s+)?responsibility\s+for\s+"
                    r"(?=[A-Z])")


def _with_remit(text: str, m: Mention, end: int) -> Mention:
    """A post named with its remit ("Lay Member with responsibility for Audit") is one post."""
    remit = _REMIT.match(text, m.end, end) if looks_like_post(m.name) else None
    if remit is None:
        return m
    area = first_name(text, remit.end(), end)
    if area is None or area.start != remit.end():
        return m
    return Mention(text[m.start:area.end], m.start, area.end, area.qualifier)


#: "… including", "e.g.", "such as" after a generic counterpart, or a bracket opening on a
#: capital ("other agencies (Westshire Council, …)"): the named examples follow.
#: (not past a phrase of place or time, "… at a range of incidents including": its examples)
_EXAMPLES = re.compile(r"(?:(?!\b(?:at|on|during|across)\s+(?:a|an|the|all|any)\b)[^.;:\n]){0,60}?"
                       r"(?:,\s*|\s+|\(\s*)(?:including|e\.g\.?|for\s+example|"
                       r"such\s+as|notably|in\s+particular|(?:more\s+)?especially|particularly)"
                       r"[\s,:]+|\s*\(\s*(?=(?:the\s+)?[A-Z])")


#: Kinds listed before one plural noun they share: "clinical, operational and corporate teams".
_SHARED_HEAD = re.compile(r"\s*(?P<kinds>(?:[a-z][\w-]+,?\s+){0,5}(?:and\s+|or\s+)?[a-z][\w-]+)\s+"
                          r"(?P<head>[a-z]+s)\b(?:\s*,?\s*(?:and\s+|as\s+well\s+as\s+))?")


#: Two or more kinds joined by commas, "and" or "or" ("clinical, operational and corporate");
#: "communities, local" (a noun among them, ending in s) is not.
_KINDS = re.compile(r"[a-z][\w-]+(?:(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[a-z][\w-]+)+")


def _shared(text: str, m: re.Match[str]) -> list[Mention]:
    """One name per kind of a shared plural noun ("clinical teams", "corporate teams")."""
    kinds = re.findall(r"[\w-]+", m["kinds"])
    if m["head"].lower() not in COUNTERPARTS | POST_WORDS | set(BODY_WORDS) or \
            not _KINDS.fullmatch(m["kinds"]) or any(k.endswith("s") for k in kinds):
        return []
    out = []
    for kind in re.finditer(r"(?<![\w-])(?!and\b|or\b)[a-z][\w-]+", m["kinds"]):
        at = m.start("kinds") + kind.start()
        out.append(Mention(f"{kind.group()} {m['head']}", at, m.end("head")))
    return out


#: An example's marker a list ran into a name ("…, especially the Widget Board").
_MARKED = re.compile(r"(?:including|in\s+particular|(?:more\s+)?especially|particularly|notably)"
                     r"\s+(?:the\s+)?", re.IGNORECASE)


def _unmarked(m: Mention, text: str = "", end: int = 0) -> Mention:
    """A counterpart without the example's marker before it, read again after the marker
    when ``text`` is given (a capitalised name a line break cut: "especially the Head of
    Widget" / "Estates")."""
    mark = _MARKED.match(m.name)
    if mark is None or mark.end() >= len(m.name):
        return m
    again = first_name(text, m.start + mark.end(), end) if text else None
    return again if again is not None and again.end >= m.end else \
        Mention(m.name[mark.end():], m.start + mark.end(), m.end, m.qualifier)


def _counterparts(text: str, at: int, end: int) -> list[Mention | None]:
    """The counterparts a post works with; a generic one that names its examples ("key
    organisations, e.g. Social Services and the Police") gives the examples instead, or
    beside it after "including" or in brackets ("other agencies (Westshire Council)")."""
    shared = _SHARED_HEAD.match(text, at, end)
    kinds = _shared(text, shared) if shared else []
    whole = _one_generic(text, at, shared) if shared and not kinds else None
    if whole is not None:
        found = [whole, *plain_names(text, _after_join(text, whole.end, end), end)]
    else:
        found = kinds + _counterpart_run(text, shared.end(), end) if shared and kinds else \
            _counterpart_run(text, at, end)
    found = _run_on(text, [_scoped(text, _with_other(text, _unmarked(m)), end) for m in found],
                    end)
    last = found[-1] if found else None
    examples = _EXAMPLES.match(text, last.end, end) if last else None
    if last is None or examples is None or (last.name[:1].isupper() and  # a name, but
                                            last.name.split()[-1].lower() not in COUNTERPARTS):
        return list(found)  # a generic one at the start of a line ("External agencies, …")
    named = [m for m in plain_names(text, examples.end(), end) if m.name[:1].isupper()]
    if not named:
        return list(found)
    # after "including" (or "in particular", "especially") or in brackets each example is a
    # counterpart beside the generic (the labelling guide); after "e.g.", "such as" the
    # examples stand for it
    beside = re.search(r"including|particular|especially|notably|\($",
                       examples.group().rstrip(" ,:"))
    return [*found, *named] if beside else [*found[:-1], *named]


#: A counterpart in sentence case after its capitalised first word, to the end of its entry:
#: " management", " and junior widget staff".
_LOWER_RUN = re.compile(r"(?:[ \t]+[a-z][\w/-]*){1,7}(?=[ \t]*(?:[,;.\n]|$))")
#: The last words that make such a run a counterpart.
_RUN_HEADS = COUNTERPARTS | {"staff", "management", "team", "teams", "services", "departments"}


def _run_on(text: str, found: list[Mention], end: int) -> list[Mention]:
    """Counterparts written in sentence case ("Widget management", "Senior and junior
    widget staff"): a lone capitalised word that names nothing runs on through
    the lower-case words of its entry when they end in a counterpart's word; the names read
    inside it go."""
    out: list[Mention] = []
    whole = -1  # the end of the last entry run on
    for m in found:
        if m.start < whole:
            continue  # read inside the entry before, now whole
        run = _LOWER_RUN.match(text, m.end, end) if " " not in m.name and \
            m.name[:1].isupper() and classify(m.name)[0] == "?" and \
            m.name.lower() not in COUNTERPARTS else None  # "Patients and relatives": two
        if run is not None and run.group().split()[-1].lower() in _RUN_HEADS:
            m = Mention(text[m.start:run.end()], m.start, run.end(), m.qualifier)
            whole = m.end
        out.append(m)
    return out


#: What joins the entries of a list of counterparts after a scope: a comma or "and".
_JOIN = re.compile(r"(?:\s*\([A-Z][A-Za-z&]{1,8}\))?\s*(?:,\s*(?:and\s+|or\s+)?"
                   r"(?:as\s+well\s+as\s+)?|;\s*(?:and\s+)?|\s+and\s+|\s+or\s+|"
                   r"\s+as\s+well\s+as\s+)")


#: Words that end a counterpart of their own ("staff" in "clinical staff and colleagues").
_HEADS = COUNTERPARTS | {"staff"}
#: A generic counterpart whose kinds share its noun ("health and social care partners",
#: "other statutory and voluntary agencies"), where no kind ends a counterpart by itself.
_KINDS_GENERIC = re.compile(r"(?:the\s+)?(?P<n>(?:(?!and\b|or\b)[a-z][\w-]*\s+){1,3}(?:and|&|or)\s+"
                            r"(?:[a-z][\w-]*\s+){0,3}(?:" + "|".join(sorted(_HEADS)) + r"))\b")


def _kinds_generic(text: str, at: int, end: int) -> Mention | None:
    """The generic counterpart at ``at`` whose kinds share its noun, or None."""
    m = _KINDS_GENERIC.match(text, at, end)
    kinds = [w for w in text[m.start("n"):m.end("n")].split()[:-1]
             if w not in ("and", "or", "&")] if m else []
    if m is None or any(w.lower() in _HEADS | POST_WORDS or w.endswith("s") for w in kinds):
        return None  # ("systems and providers": two plural nouns, two counterparts)
    return Mention(m["n"], m.start("n"), m.end("n"))


def _counterpart_run(text: str, at: int, end: int) -> list[Mention]:
    """A list of counterparts, on past a generic one's scope ("Head of X, staff across the
    Widget Service, Widget Forum and MPs": the list goes on after the scope) and past a
    generic one whose kinds share its noun ("…, health and social care partners and …")."""
    found: list[Mention] = []
    while at < end:
        marked = _MARKED.match(text, at, end)  # "…, especially the X": the X
        at = marked.end() if marked else at
        kinds = _kinds_generic(text, at, end)
        raw = [kinds] if kinds else [_unmarked(m, text, end) for m in plain_names(text, at, end)]
        got = raw if kinds else [_scoped(text, _with_other(text, m), end) for m in raw]
        found += got
        join = _JOIN.match(text, got[-1].end, end) if got else None
        if join is None or (got[-1].end == raw[-1].end and not kinds and
                            _kinds_generic(text, join.end(), end) is None):
            break  # the list ended by itself, not at a scope the names could not read
        at = join.end()
    return found


def _one_generic(text: str, at: int, shared: re.Match[str]) -> Mention | None:
    """Kinds of one generic counterpart that are not a clean list ("other nursing and medical
    colleagues"): the counterpart as written, through its noun."""
    words = re.findall(r"[\w-]+", shared["kinds"])
    if shared["head"].lower() not in COUNTERPARTS or any(w.endswith("s") for w in words) or \
            not re.search(r"\b(?:and|or)\b", shared["kinds"]) or \
            any(w.lower() in _HEADS for w in words):
        return None  # ("clinical staff and colleagues": two counterparts)
    lead = re.match(r"\s*(?:the\s+)?", text[at:shared.end("head")])
    start = at + (lead.end() if lead else 0)
    return Mention(text[start:shared.end("head")], start, shared.end("head"))


def _after_join(text: str, pos: int, end: int) -> int:
    """Where the next name of a list starts after ``pos`` (``end`` when the list stops)."""
    join = re.match(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", text[pos:end])
    return pos + join.end() if join else end


#: A generic counterpart's scope after it ("colleagues in other directorates", "staff at
#: all levels within the Council"), up to punctuation or the purpose that follows.
_SCOPE = re.compile(r"[ \t]+(?:in(?![ \t]+the[ \t]+\w+[ \t]+of\b)(?![ \t]+order\b)|"
                    r"at(?![ \t]+an?[ \t])|across|"
                    r"within|throughout|from)[ \t]+"
                    r"(?:[\w&'’-]+[ \t]+){0,7}?[\w&'’-]+(?=[ \t]*(?:[,.;:()\n]|$)|[ \t]+(?:for|"
                    r"to|so|who|which|when|where|as|including|on|in[ \t]+order|or|via|through|"
                    # "staff from Hotel Services and other departments": two counterparts
                    r"and[ \t]+(?:other|all|the|their|with))\b)")
# (on one line: a scope does not run on into the next line's words)


def _scoped(text: str, m: Mention, end: int) -> Mention:
    """A generic plural counterpart with its scope, as the text writes it."""
    if m.name.split()[-1].lower() not in COUNTERPARTS | {"staff", "teams"} or \
            m.name[:1].isupper():
        return m  # not "other managers", nor a capitalised name
    scope = _SCOPE.match(text, m.end, end)
    if scope is None:
        return m
    stop = scope.end()
    also = _SCOPE_ALSO.match(text, stop, end) if scope.group().split()[-1][:1].isupper() \
        else None  # "in Westshire and the Widget Agency": a scope of two named places
    named = first_name(text, also.end(), end) if also else None
    stop = named.end if named else stop
    return Mention(text[m.start:stop], m.start, stop, m.qualifier)


#: A second named place or body of a generic counterpart's named scope.
_SCOPE_ALSO = re.compile(r"[ \t]+and[ \t]+the[ \t]+(?=[A-Z])")


def _with_other(text: str, m: Mention) -> Mention:
    """A counterpart "other Matrons" keeps its "other": the text names the post's peers, not
    the post of that name (generic counterparts are written as the text writes them)."""
    before = text[max(0, m.start - 6):m.start]
    if m.name[:1].isupper() and before == "other ":
        return Mention(f"other {m.name}", m.start - 6, m.end, m.qualifier)
    return m


#: "the following members:" (or "… executive director posts:") before a body's list of members:
#: not itself a member.
_FOLLOWING_LEAD = re.compile(r"\s*(?:an?\s+)?membership\s+(?:that|which)\s+includes?\s+|"
                             r"\s*(?:the\s+)?following(?:\s+[\w-]+){0,3}?(?:\s+(?:members|posts|"
                             r"roles|people|persons|officers))?\s*:\s*|\s*(?:the\s+)?following\s+"
                             r"(?:members|posts|roles)\b\s*|"
                             # the seats counted before the list ("13 members — a Chair, …")
                             r"\s*(?:\d{1,2}|[a-z]+teen|one|two|three|four|five|six|seven|eight|"
                             r"nine|ten|eleven|twelve|twenty)\s+(?:voting\s+)?members\s*[—–:-]\s*|"
                             # members given as whom they represent: the entries below
                             r"\s*(?:the\s+)?representatives?\s+(?:of|from)\s+(?:each\s+of\s+)?the\s+"
                             r"following(?:\s+[\w-]+){0,2}?\s*:\s*|"
                             # ("(nominated) representatives of A, B and C": A, B and C)
                             r"\s*(?:(?:nominated|senior)\s+)?representatives\s+(?:of|from)\s+"
                             r"(?=(?:the\s+)?[A-Z])",
                             re.IGNORECASE)
#: Where a list of members pauses and resumes: an aside about a member ("(employed by the
#: Trust)"), an aside naming one of them ("(one of whom is the Chief Executive)", "including
#: the Chair", "including associate directors"), or a relative clause up to ", and".
_MEMBER_BREAK = re.compile(r"\s*\((?!\s*(?:one\s+of\s+whom|including)\b)[^()\n]{0,80}\)|"
                           r"\s*\(\s*(?:one\s+of\s+whom\s+is|including)\s+|\s*\)|,?\s+including\s+"
                           r"(?=(?:the|a|an)\s|(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\s*(?:[,;)]|and\s))|,?\s+who\s+[^;.()]*?(?:,\s*and\s+|;\s*|(?=[.)]|$))|"
                           # "five Widget Leads, one of whom is the Chair, and …" (or between
                           # dashes): an aside, whose chair ``_CHAIR_ASIDE`` reads
                           r"\s*[,–—]\s*(?:one|two|three|\w+)\s+of\s+whom?\s+[^,;.()–—]*?"
                           r"(?:[,–—]|(?=[.;]|$))",
                           re.IGNORECASE)
#: The chair an aside of a composition names: "one of whom is (elected as) the Chair".
_CHAIR_ASIDE = re.compile(r"\bone\s+of\s+whom?\s+(?:is|will\s+be|shall\s+be)\s+(?:elected\s+as\s+|"
                          r"appointed\s+as\s+|to\s+be\s+)?(?:the\s+)?(?P<chair>chair(?:man|person|"
                          r"woman)?)\b", re.IGNORECASE)
#: A seat marked in brackets as the body's chair or vice-chair ("the Widget Lead (Chair)").
_SEAT_MARK = re.compile(r"(?P<remit>\s+with\s+(?:special\s+|lead\s+)?responsibility\s+for\s+"
                        r"[^,;()]{2,60}?)?"
                        r"\s*\(\s*(?:(?P<vice>vice|deputy)[\s-]*)?chair(?:man|person|woman)?"
                        r"\s*\)", re.IGNORECASE)


#: A body named in lower case right before its composition ("In addition, the board
#: comprises …", "The ICB has a board, which consists of …").
_LOWER_BODY = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Oo]ur|[Tt]his|[Ee]ach)\s+"
                         r"(?P<body>(?:[a-z][\w-]*\s+){0,2}?"
                         r"(?:board|committee|panel|forum|group|council|governing\s+body))"
                         r"(?:\s+of\s+directors)?"
                         r"\s*(?:,\s*(?:which|that)\s+)?(?:(?:will|shall|must|also)\s+)*$")


def _body_before(text: str, a: int, cue: int) -> list[Mention | None]:
    """The lower-case body a composition is of, named right before its verb, or []."""
    m = _LOWER_BODY.search(text, max(a, cue - 80), cue)
    if m is None:
        return []
    end = m.end("body") + (len(" of directors") if text[m.end("body"):m.end("body") + 13].lower()
                           == " of directors" else 0)
    return [Mention(text[m.start("body"):end], m.start("body"), end)]


#: A sentence opening with a body, or with "It" (the body of the sentence before).
_OPENING = re.compile(r"\s*(?:The|Our|Its|This|Each)\s+(?:[A-Z][\w&-]*['’]s\s+)?(?=[A-Z])")
# (an owner before the body is no part of its name: "The Trust's Widget Board is …")


#: "It" or "Its members" opening a sentence: the body the sentence before opened with.
_IT = re.compile(r"\s*(?:It\s|Its\s+(?=members|membership))")


def _opening_body(text: str, start: int, a: int, it: Mention | None = None
                  ) -> list[Mention | None]:
    """The body a sentence opens with, when a later clause gives its composition ("The Board
    is led by …, and is made up of …"); "It is made up of …" is the body ``it``."""
    opens = _IT.match(text, start)
    if it is not None and opens and opens.end() <= a + 1:
        return [it]  # "Its members are …" too
    found = opener(text, start, a)
    return [found] if found else []


def opener(text: str, start: int, end: int) -> Mention | None:
    """The body a sentence opens with ("The Governing Body is …"), or None."""
    m = _OPENING.match(text, start, end)
    found = first_name(text, m.end(), end) if m else None
    # a name starting right after "The" ("The Three Rivers Group": "Three" is no count here)
    if m is None or found is None or found.start != m.end():
        return None
    # a plural body ("The Widget Boards comprise …") is a body too
    return found if "Body" in (classify(found.name)[0],
                               classify(found.name.removesuffix("s"))[0]) else None


def _members(text: str, at: int, end: int, many: bool) -> list[Mention | None]:
    """The members a body is made up of, capitalised or not ("a chair, two lay members"),
    through asides and relative clauses ("five Directors (one of whom is the Chief
    Executive) who manage the Trust, and seven Non-Executive Directors")."""
    lead = _FOLLOWING_LEAD.match(text, at, end)
    at = lead.end() if lead else at
    people = people_list(text, at, end) if many else None
    if people:  # "gadget director Jo Example, Sam Sample, director of widgets, and …"
        return list(people)
    out: list[Mention | None] = []
    for a, b in _member_runs(text, at, end) if many else [(at, end)]:
        out += _member_run(text, a, b, many)
    chair = _CHAIR_ASIDE.search(text, at, end) if many else None
    if chair:  # "five Widget Leads, one of whom is the Chair": the body's chair as a seat
        out.append(Mention(chair["chair"], chair.start("chair"), chair.end("chair")))
    # (two people or two organisations that "and" joined into one name are two members)
    out = [part for m in out for part in ([m] if m is None else _people_apart(m))]
    return [_marked(text, m) for m in _without_holders(out)]


#: Where the items of a list part: a comma, a semicolon, "and".
_ITEM = re.compile(r"[ \t]*(?:[,;]|\band\b)[ \t]*(?:and[ \t]+)?")
#: The lower-case words before a person's name that make them the body's chair ("interim
#: chair Jo Example"); a chair of another body ("widget committee chair Jo Example") is a
#: member.
_CHAIR_BEFORE = re.compile(r"(?:(?:the|our|its|acting|interim|new)\s+)*chair(?:man|woman|person)?",
                           re.IGNORECASE)


def people_list(text: str, at: int, end: int) -> list[Mention] | None:
    """The members a list names when it names people, each perhaps with their post in lower
    case beside them ("gadget director Jo Example, Sam Sample, director of widgets, and the
    Widget Lead"): each person (marked "chair" after "interim chair"), and each capitalised
    post of an item naming no person; an item in lower case beside a person is their post.
    None when the list names fewer than two people (other rules read it)."""
    cuts = [at, *(x for m in _ITEM.finditer(text, at, end) for x in (m.start(), m.end())), end]
    out: list[Mention] = []
    persons = 0
    for a, b in zip(cuts[::2], cuts[1::2], strict=True):
        who = next((m for m in PERSON.finditer(text, a, b) if is_named_person(m["p"]) and
                    not re.match(r"[ \t]*[A-Z&]", text[m.end():b])), None)  # (a whole name)
        if who is not None:
            if re.match(r"(?:the\s+)?[A-Z]", text[a:who.start()], re.IGNORECASE) and \
                    re.match(r"(?:the\s+|The\s+)?[A-Z]", text[a:who.start()]):
                return None  # "the Chief Executive Jo Example, …": posts with their holders
            chair = "chair" if _CHAIR_BEFORE.fullmatch(text[a:who.start()].strip()) else ""
            out.append(Mention(who["p"], who.start(), who.end(), chair))
            persons += 1
            continue
        lead = re.match(r"(?:the|a|an)\s+", text[a:b])
        start = a + (lead.end() if lead else 0)
        named = first_name(text, start, b) if text[start:start + 1].isupper() else None
        if named is not None and named.start == start and looks_like_post(named.name):
            out.append(named)
    return out if persons >= 2 else None


def _marked(text: str, m: Mention | None) -> Mention | None:
    """A seat marked "(Chair)" after it, with the qualifier "chair" (it chairs the body) or
    "vice-chair" (a member); other seats as they are."""
    mark = _SEAT_MARK.match(text, m.end) if m is not None else None
    if m is None or mark is None:
        return m
    end = mark.end("remit") if mark["remit"] else m.end  # "a lay member with responsibility
    # for audit (Chair)": the seat is named with its remit
    return Mention(text[m.start:end], m.start, end, "vice-chair" if mark["vice"] else "chair")


def _without_holders(seats: list[Mention | None]) -> list[Mention | None]:
    """A composition that names each seat's holder after it ("the Chief Executive Jo
    Example, the Head of Widgets Sam Sample"): each seat's post. The list is taken to name
    holders only when one seat's title ends in a post word right before two words that are
    a person's name, as no title such as "Director of Widget Quality Control" does by itself."""
    held = [m for m in seats if m is not None and _without_holder(m) != m and
            _HOLDER_AFTER.fullmatch(m.name)["post"].split()[-1].lower() in POST_WORDS]  # type: ignore[index]
    if not held:
        return seats
    return [_without_holder(m) if m is not None else m for m in seats]


def _member_runs(text: str, at: int, end: int) -> list[tuple[int, int]]:
    """The stretches of a members' list between its asides and relative clauses."""
    runs, pos = [], at
    for m in _MEMBER_BREAK.finditer(text, at, end):
        runs.append((pos, m.start()))
        pos = m.end()
        # a list resumed after an aside goes on with its joining word ("…) and two …",
        # "… (Chair), the …")
        join = re.match(r"\s*(?:,\s*)?(?:(?:and|&)\s+)?", text[pos:end])
        pos += join.end() if join else 0
    return [*runs, (pos, end)]


#: Generic plural posts that are seats when a composition lists them beside a named one.
_PLAIN_SEATS = frozenset({"directors", "managers", "leaders", "partners"})
#: Words that bound a count before a seat ("Up to five Lay Members", "at least two GPs").
_BOUND = re.compile(r"\s*(?:up\s+to|at\s+least|no\s+more\s+than)\s+(?=\w)", re.IGNORECASE)
#: "lay and non-lay members", "non-lay and lay members": two kinds of one plural seat, in
#: either order, "non" with or without its hyphen.
_NON_PAIR = re.compile(r"\b(?:(?P<a>[A-Za-z]+)\s+and\s+(?P<b>non[\s-]?(?P=a)\s+"
                       r"(?P<head>[A-Za-z-]+s))|(?P<a2>non[\s-]?(?P<w>[A-Za-z]+))\s+and\s+(?P<b2>(?P=w)\s+"
                       r"(?P<head2>[A-Za-z-]+s)))\b", re.IGNORECASE)
#: Lower-case words after a capitalised name that end in a post word: "Primary Care provider
#: representative", "Local Authority nominated councillor representatives".
_SEAT_TAIL = re.compile(r"(?:[ \t]+[a-z][\w-]*){1,3}\b")


def _seat_tail(text: str, m: Mention, end: int) -> Mention:
    """A capitalised name that is no post, run on through lower-case words ending in a post
    word ("Primary Care provider representative"), or the name as it was."""
    tail = _SEAT_TAIL.match(text, m.end, end)
    if tail is None or looks_like_post(m.name):
        return m
    heads = [w.end() for w in re.finditer(r"[\w-]+", tail.group())
             if w.group() in POST_WORDS or w.group().removesuffix("s") in POST_WORDS]
    if not heads:
        return m
    stop = m.end + heads[-1]
    return Mention(text[m.start:stop], m.start, stop)


#: Whom a representative seat represents: "a representative from the local Healthwatch".
_REPRESENTS = re.compile(r"\s+(?:from|of|nominated\s+by|elected\s+by)\s+[^,;.()]{2,60}?"
                         r"(?=\s*(?:[,;.)]|$)|\s+(?:and|or)\s+(?:the|a|an)\s)")


def _represents(text: str, m: Mention, end: int) -> Mention:
    """A bare "representative" seat named with whom it represents, to the end of its entry."""
    tail = _REPRESENTS.match(text, m.end, end) if re.fullmatch(
        r"representatives?", m.name, re.IGNORECASE) else None
    if tail is None:  # (the tail runs to the entry's end: a comma, "and the …" or the list's end)
        return m
    stop = m.end + len(tail.group().rstrip())
    return Mention(text[m.start:stop], m.start, stop)


def _member_run(text: str, at: int, end: int, many: bool) -> list[Mention | None]:
    """The members one stretch of a list names."""
    bound = _BOUND.match(text, at, end)
    at = bound.end() if bound else at
    pair = _NON_PAIR.search(text, at, end)
    if pair:  # "executive and non-executive directors": "executive directors" too
        a, b = ("a", "b") if pair.group("a") else ("a2", "b2")
        head = pair.group("head") or pair.group("head2")
        before = _member_run(text, at, pair.start(), many) if pair.start() > at else []
        return [*before,
                Mention(f"{pair.group(a)} {head}", pair.start(a), pair.end()),
                Mention(pair.group(b), pair.start(b), pair.end(b)),
                *_member_run(text, pair.end(), end, many)]
    found = [_seat_tail(text, m, end) for n in names_in(text, at, end, many)
             for m in _split_seat(text, n, end) if not generic(m.name) or _counted(text, m)]
    plain = [_uncounted(m) for m in plain_names(text, at, end)]
    posts = _plain_seats(plain, len(found))
    if posts is not None:
        return _represented(text, posts, end, many)
    return [_uncounted(m) for m in found] + _after_whose(text, found, end, many)


#: A lower-case phrase saying whose a seat is, then the list's join ("… Directors of the
#: company and …", "… Governors from the county, …").
_WHOSE = re.compile(r"[ \t]+(?:of|from|in)[ \t]+(?:the[ \t]+)?[a-z][\w’'-]*"
                    r"(?:[ \t]+[a-z][\w’'-]*){0,2}?(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)")


def _after_whose(text: str, found: list[Mention], end: int, many: bool) -> list[Mention | None]:
    """The members a list names after its last seat's lower-case phrase of whose seat it is
    ("the seven Directors of the company and the Widget Lead": the Widget Lead), or []."""
    tail = _WHOSE.match(text, found[-1].end, end) if found and many else None
    return _member_run(text, tail.end(), end, many) if tail else []


#: A count right before a seat ("the seven ", "12 ").
_COUNT_BEFORE = re.compile(r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                           r"twelve)[ \t]+$", re.IGNORECASE)


def _counted(text: str, m: Mention) -> bool:
    """Whether a capitalised seat of a general kind is counted ("the seven Directors"): the
    count makes it a number of seats on the body, not a kind of counterpart."""
    return m.name[:1].isupper() and _COUNT_BEFORE.search(text, max(0, m.start - 12),
                                                         m.start) is not None


#: The join after an entry of a list ("…, ", " and ").
_JOIN_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)")


def _represented(text: str, posts: list[Mention], end: int, many: bool) -> list[Mention | None]:
    """Seats with whom a representative represents ("a representative from the X"); the
    list goes on after the last one's tail ("…, a representative from the X and the Y")."""
    out: list[Mention | None] = [_represents(text, m, end) for m in posts]
    last = out[-1] if out else None
    join = _JOIN_AFTER.match(text, last.end, end) if last and last != posts[-1] else None
    return out + (_member_run(text, join.end(), end, many) if join else [])


#: The lower-case words a seat's name goes on with after its capitalised ones.
_LOWER_RUN = re.compile(r"(?:[ \t]+(?!and\b|or\b)[a-z][\w-]*)+")


def _split_seat(text: str, m: Mention, end: int) -> list[Mention]:
    """A seat joined by "and" to a next one whose name goes on in lower case ("the Widget
    Assessor and Senior NHS representation"): two seats, the second with its lower-case
    words; other names as they are."""
    tail = _LOWER_RUN.match(text, m.end, end)
    cut = m.name.rfind(" and ")
    if tail is None or cut < 0 or not looks_like_post(m.name[:cut]):
        return [m]
    second = m.start + cut + len(" and ")
    return [Mention(m.name[:cut], m.start, m.start + cut), Mention(
        text[second:tail.end()], second, tail.end())]


def _plain_seats(plain: list[Mention], named: int) -> list[Mention] | None:
    """The lower-case seats of a list, when they stand for it rather than its ``named`` names."""
    # lower-case posts count only as a whole list of posts (a board's composition written in
    # lower case), so that a phrase such as "health and care partners" gives nothing; a
    # generic kind among named posts ("GPs, other professionals and Lay members") is skipped
    posts = [m for m in plain if looks_like_post(m.name) and not generic(m.name)]
    if posts:  # "executive directors and directors": beside a named seat, a plain one is a seat
        posts = [m for m in plain if looks_like_post(m.name) and
                 (not generic(m.name) or m.name.lower() in _PLAIN_SEATS)]
    if len(plain) > named and (len(posts) == len(plain) or (
            len(posts) >= 2 and all(looks_like_post(m.name) or m.name.split()[-1].lower() in
                                    COUNTERPARTS for m in plain))):
        return posts
    return None


#: A person specification's criterion before a working-relationship cue ("Ability to liaise
#: with …", "Experience of building relationships with …", "Able to work closely with …"):
#: what a candidate can do, not whom the post works with.
_CRITERION = re.compile(r"\b(?:ability|able|abilities|experience|experienced|skills?|skilled|"
                        r"capacity|capable|evidence|record|knowledge|competen(?:ce|t)|confident|"
                        r"proven|demonstrable|demonstrated)\s+(?:[\w-]+\s+){0,3}?(?:to|of|in|at)"
                        r"\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


#: A cue the clause denies: "will not liaise directly with", "never works with".
_DENIED = re.compile(r"\b(?:not|never|no\s+longer)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


#: The cues a person specification's criterion or a denial cancels ("Ability to deputise for
#: senior managers", "Experience of line managing staff": a requirement, not the post's line).
_CRITERION_CUES = frozenset({"WORKS_WITH", "REPORTS_TO", "REPORTS_TO<", "DEPUTISES_FOR"})


def _continued_from(text: str, a: int) -> int:
    """Where the sentence a passage at ``a`` belongs to starts: the line before when the
    passage opens a line in lower case (a page viewer broke the sentence: "Desirable:
    experience of" / "deputising for a manager"), else ``a``."""
    line = text.rfind("\n", 0, a)
    if a <= 0 or line < 0 or text[line + 1:a].strip() or not text[a:a + 1].islower():
        return a
    return text.rfind("\n", 0, line) + 1


def _criterion(text: str, a: int, m: re.Match[str], cue: Cue) -> bool:
    """Whether a working, reporting, deputising or chair's cue follows a person
    specification's criterion ("Experience of chairing the X"), or the clause denies it; a
    passage opening a line in lower case is read with the line before."""
    a = _continued_from(text, a)
    return (cue.gives in _CRITERION_CUES or cue.name in _CHAIR_CUES) and (
        _CRITERION.search(text, max(a, m.start() - 80), m.start()) is not None or
        _DENIED.search(text, max(a, m.start() - 40), m.start()) is not None)


#: What follows a reporting verb's object when a report is sent, not a line stated: its topic
#: after "on" ("report to the Board on progress", "on the delivery of"; not a place, "on the
#: ward", nor the line's scope, "on clinical matters"), how often ("quarterly", "each month"),
#: or what is reported ("report to the Matron any concerns").
_SENT_AFTER = re.compile(r"\s*,?\s*(?:on\s+(?!(?:[\w-]+[ \t]+){0,3}matters\b)"
                         r"(?:the[ \t]+(?-i:[a-z])[\w-]*(?:[ \t]+[\w-]+)?[ \t]+of\b|"
                         r"(?!(?:the|a|an|all|behalf)\b)(?-i:[a-z]))|(?:quarterly|monthly|"
                         r"annually|weekly|yearly|regularly|fortnightly|biannually)\b|"
                         r"(?:each|every|once|twice)[ \t]+(?:a[ \t]+)?(?:month|quarter|year|week)|"
                         r"(?:any|all)[ \t]+(?-i:[a-z]))",
                         re.IGNORECASE)
#: The noun "report" after its article and adjectives ("the annual widget report to the
#: Board"): a document, not the verb (whose subject is plural, a pronoun or after a modal).
# ("lead the widget budget and report to …": after "and" the verb of a joined clause)
_REPORT_NOUN = re.compile(r"\b(?:a|an|the|its|their|our|his|her|this|that|each|any|every)\s+"
                          r"(?:(?!(?:will|shall|must|may|should|would|can|also|directly|to|not|"
                          r"who|which|that|staff|team|people|personnel|and|or|but)\b)"
                          r"(?-i:[a-z])[\w-]*"
                          r"(?<!s)\s+){1,3}$", re.IGNORECASE)


def _sent(text: str, m: re.Match[str], cue: Cue, target: Mention | None, b: int) -> bool:
    """Whether a "report(s) to" cue sends a report rather than stating a line: a report's
    topic, frequency or contents after its object, or the noun "report" before "to"."""
    if cue.name != "reports to":
        return False
    if re.match(r"report\s", m.group(), re.IGNORECASE) and \
            _REPORT_NOUN.search(text, max(0, m.start() - 60), m.start()):
        return True
    return target is not None and _SENT_AFTER.match(text, target.end, b) is not None


def _reach(text: str, b: int, m: re.Match[str], cue: Cue, quote: tuple[int, int]) -> int:
    """Where a cue's objects may end: the clause's end, or the sentence's for a body's members
    past a semicolon ("…will be: the Chair; the Director") and for counterparts after a colon
    ("liaise with the following: A; B; C")."""
    listed = cue.gives == "WORKS_WITH" and (m.group().rstrip().endswith(":") or
                                            _COLON_LIST.match(text, m.end(), b) is not None)
    return quote[1] if cue.gives == "MEMBER_OF<" or listed else b


#: The most matches of one cue read in one clause: a clause that repeats a cue more often is
#: a page run together without stops, not a sentence, and reading each would take time in
#: proportion to the square of its length.
_MAX_CUES = 64


def _overlaps(taken: set[int], m: re.Match[str]) -> bool:
    """Whether a cue's match shares a character with a cue already read (``taken``: their
    offsets); an empty match at a cue's edge shares none."""
    return any(i in taken for i in range(m.start(), m.end())) or \
        (m.start() == m.end() and m.start() - 1 in taken and m.start() in taken)


#: The seat after "chaired by one of the": a plural noun phrase up to the clause's end ("GP
#: voting members"), which names one seat.
_ONE_OF = re.compile(r"the\s+(?P<seat>(?:[\w'’-]+\s+){0,4}?[\w'’-]+s)\b(?=\s*(?:[.,;:)\n]|$))")


_CHAIRED_BY = next(c.pattern.pattern for c in CUES if c.name == "chaired by")


def _one_of(text: str, m: re.Match[str], b: int) -> list[Mention | None]:
    """The seat "chaired by one of the Xs" names (all its words), or []."""
    if m.re.pattern != _CHAIRED_BY or not m.group().endswith(("of ", "of\n")):
        return []
    seat = _ONE_OF.match(text, m.end(), b)
    return [Mention(seat["seat"], seat.start("seat"), seat.end("seat"))] if seat else []


#: The cues of a chair and of a vice or deputy chair: a chair the text gives as ended
#: ("former chair of", "previously chaired") is not read.
_CHAIR_CUES = frozenset({"chaired by", "vice-chair", "deputy chair", "co-chair",
                         "chair meetings of", "chair", "chairs", "has chaired", "chairing",
                         "chair of"})


#: "we" right before a working cue ("We work closely with …", "how we will work with …"): the
#: employer speaking of itself, not the post's working relationship (the guide names the post
#: by "the post holder", "you", "I", never "we").
_WE = re.compile(r"\b(?-i:[Ww]e)\s+(?:(?:are|will|shall|also|currently|already|have|continue\s+to|"
                 r"very\s+much|look\s+forward\s+to|aim\s+to|plan\s+to|would|can|must|work|"
                 r"working|closely)\s+)*$")


def from_clause(text: str, a: int, b: int, last: list[Mention | None], quote: tuple[int, int],
                it: Mention | None = None) -> tuple[list[Candidate], list[Mention | None]]:
    """The candidates of one clause, and its subjects (for the next clause of the sentence);
    ``it`` is the body the sentence before opened with."""
    out: list[Candidate] = []
    taken: set[int] = set()  # the offsets of the cues read so far
    subjects = last
    if not has_cue_stem(text, a, b):
        return out, subjects
    for cue in tried(text[a:b]):
        for m in islice(cue.pattern.finditer(text, a, b), _MAX_CUES):
            if _overlaps(taken, m) or _criterion(text, a, m, cue) or \
                    (cue.name in _CHAIR_CUES and ended(text, a, m.start(), b)):
                continue
            taken.update(range(*m.span()))
            if cue.gives == "WORKS_WITH" and _WE.search(text, max(a, m.start() - 80), m.start()):
                continue  # "We work closely with X": the employer's work, not the post's
            who = _cue_subjects(text, a, m, cue, quote, it)
            subjects = last if who is None else who
            subjects, targets = _ends(text, a, b, m, subjects, _one_of(text, m, b) or _targets(
                text, m.end(), _reach(text, b, m, cue, quote), cue.many, cue.gives))
            here = _window(quote, m, targets)
            members = _alongside(text, a, m.start()) if cue.gives == "MEMBER_OF" else []
            for target in filter(lambda t: not _cut_short(t) and not _sent(text, m, cue, t, b),
                                 targets):
                out += [c for one in [*subjects, *members] for rtype in cue.gives.split("+")
                        for c in _candidates(rtype, one, target, here, cue, m)]
    return out, subjects


def _chaired_after_comma(text: str, a: int, cue: int, quote: tuple[int, int],
                         it: Mention | None) -> list[Mention | None]:
    """The body ", chaired by X" is said of: the body named right before the comma ("attend
    the Widget Forum, chaired by …"), else the body the sentence opens with, else none."""
    named = _trailing(text, a, cue)
    if named and classify(named[-1].name)[0] == "Body":
        return [named[-1]]
    body = _opening_body(text, quote[0], cue, it)
    return body if body and body[0] is not None and re.search(
        r"\b(?:is|was|are)\b", text[body[0].end:cue]) else []


def _cue_subjects(text: str, a: int, m: re.Match[str], cue: Cue, quote: tuple[int, int],
                  it: Mention | None) -> list[Mention | None] | None:
    """Whom a cue's clause is about, or None when the clause does not say (the sentence's
    subject given earlier goes on)."""
    if cue.gives == "CHAIRS<" and m.group().lstrip().startswith(","):
        return _chaired_after_comma(text, a, m.start(), quote, it)
    if cue.name == "and includes":  # only of the body the sentence opens with
        return _opening_body(text, quote[0], m.start(), it)
    if cue.gives in ("MEMBER_OF<", "CHAIRS<") and \
            _ANY_BODY.search(text, max(a, m.start() - 80), m.start()):
        return []  # "appointed by a committee consisting of …": no particular committee
    known, who = subject_of(text, a, m.start())
    owned = _owned_post(text, a, m.start()) if cue.gives == "MEMBER_OF" and known and \
        not who else None
    who = [owned] if owned else who
    if cue.gives == "CHAIRS<" and who and who[0] is not None:
        who = [_without_meetings(w) for w in who]  # "Meetings of the X are chaired by": the X
    if cue.gives in ("MEMBER_OF<", "CHAIRS<") and who in ([], [None]):
        known, who = _composed_body(text, (a, m.start()), cue, quote, it, (known, who))
    return who if known else None


def _composed_body(text: str, span: tuple[int, int], cue: Cue, quote: tuple[int, int],
                   it: Mention | None, said: tuple[bool, list[Mention | None]]
                   ) -> tuple[bool, list[Mention | None]]:
    """The body a composition or a chair is stated of when the clause (``span``, up to the
    cue) names no subject: the body right before the cue or the one the sentence opens with
    (``said``: what the clause gave)."""
    known, who = said
    body = _body_before(text, *span) or _opening_body(text, quote[0], span[1], it)
    if cue.gives == "CHAIRS<" and body and body[0] is not None and \
            len(body[0].name.split()) == 1 and referent(text, body[0].name, quote[0]) is None:
        body = []  # "It is chaired by …" after "The Committee …": a body named by its kind
        # (unless the text named that body in full before: see referents.py)
    # a body's composition is never the described post's ("The governing body comprises
    # …" with no body read is nobody's)
    return (True, body) if body else (known, [] if who == [None] else who)


#: "Meetings of (the)" before a body's name: whoever chairs its meetings chairs the body.
_MEETINGS_OF = re.compile(r"(?:(?:monthly|regular|all|formal)\s+)?meetings\s+of\s+(?:the\s+)?",
                          re.IGNORECASE)


def _without_meetings(m: Mention | None) -> Mention | None:
    """A body named with "Meetings of" before it, without those words."""
    lead = _MEETINGS_OF.match(m.name) if m is not None else None
    if m is None or lead is None or lead.end() == len(m.name):
        return m
    return Mention(m.name[lead.end():], m.start + lead.end(), m.end)


#: "a committee consisting of …" right before a composition's verb: one committee of many,
#: which the text does not name (an organisation's "a board" is its board, and is read).
_ANY_BODY = re.compile(r"\b(?:a|an|any)\s+(?:[a-z][\w-]*\s+)?(?:committee|panel|group|forum|"
                       r"sub-committee|working\s+group)s?\s*,?\s*(?:(?:which|that)\s+)?"
                       r"(?:(?:will|shall|must|would|is|are)\s+)*$")


def _ends(text: str, a: int, b: int, m: re.Match[str], subjects: list[Mention | None],
          targets: list[Mention | None]) -> tuple[list[Mention | None], list[Mention | None]]:
    """The subjects and targets of a cue after the turns of phrase that swap them."""
    fronted = _fronted(text, a, m, b, targets)
    if fronted:  # "Reporting to the X, the Y is …": the Y reports to the X
        subjects, targets = [fronted], targets[:1]
    works = _fronted_works(text, a, m, b, targets)
    if works:  # "Working with the X, the Y will …": the Y works with the X
        subjects, targets = works
    main = _SELF_CLAUSE.search(text, m.end(), b) if _FRONTED.match(text, a, m.end()) else None
    if main:  # "Reporting to X, the post holder will …": the objects end at the comma
        targets = [t if t is None or t.end <= main.start() else
                   Mention(text[t.start:main.start()], t.start, main.start(), t.qualifier)
                   for t in targets if t is None or t.start < main.start()]
        # (an object read on past the comma, "the X, I will …", ends at it)
    turned = _turned(text, m, b, targets, subjects)
    if turned is not None:
        return turned
    if targets == [None] and subjects == [None]:  # "The Porters report to the post holder"
        subjects = [*_lead_subjects(text, a, m.start())] or subjects
    return subjects, targets


#: "alongside X" (or "together with X") before a membership verb names fellow members.
_ALONGSIDE = re.compile(r"\b(?:alongside|(?:together|along)\s+with)\s+", re.IGNORECASE)


def _alongside(text: str, a: int, cue: int) -> list[Mention | None]:
    """Posts a membership clause names beside its subject ("…, and alongside the A and the B,
    forms part of the X": the A and the B are members of the X too)."""
    m = _ALONGSIDE.search(text, max(a, cue - LOOKBACK), cue)  # a run-on clause: only near
    if m is None:
        return []
    return [n for n in names_in(text, m.end(), cue, True) if looks_like_post(n.name)]


_FRONTED = re.compile(r"\s*(?:[•·▪*\-–]\s*)?(?:Reporting|Accountable|Responsible|Answerable|"
                      r"(?:Line[\s-])?[Mm]anaged\s+by|(?P<absent>In\s+(?:the|their|his|her)\s+"
                      r"absence\s+of))\b")
#: The subject right after a fronted phrase's comma: an article, then the name.
_RIGHT_AFTER = re.compile(r",\s*(?:(?:the|our|its)\s+)?(?=[A-Z])", re.IGNORECASE)
#: The main clause after a fronted participle's object, its subject the post itself
#: ("Reporting to X, the post holder will …"): no object of the participle.
_SELF_CLAUSE = re.compile(r",\s*(?:" + _SELF + r")\b", re.IGNORECASE)


#: Before a fronted working phrase: a bullet or a clause's number at most.
_FRONT_MARK = re.compile(r"\s*(?:[•·▪*\-–]\s*)?(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?")
#: A working cue opening a sentence as a participle or an adverbial ("Working closely with",
#: "Liaising with", "Developing relationships with", "In partnership with").
_FRONT_CUE = re.compile(r"(?:[A-Z][a-z]+ing|In)\s(?:[^,;.]|,[ \t]*(?:in\s+particular|especially|"
                        r"particularly|mainly|notably)\b,?)*?\b(?:with|alongside|link\s+to)\b[\s:]*")
#: The main clause after a fronted working phrase, opened by a named post and its verb
#: (", the Widget Lead will …", ", the Head of X leads …").
_MAIN_SUBJECT = re.compile(r",\s*(?:[Tt]he\s+)?(?P<post>[A-Z][\w&'’-]*(?:\s+(?:of|for|and|in|&|"
                           r"[A-Z][\w&'’-]*))*?)\s+(?:will|shall|must|should|is|are|can|may|"
                           r"has|have|[a-z]+s)\b")


def _fronted_works(text: str, a: int, m: re.Match[str], b: int,
                   targets: list[Mention | None]
                   ) -> tuple[list[Mention | None], list[Mention | None]] | None:
    """The subject and the objects of a working phrase fronted before a main clause about
    another post ("Working closely with A and B, the Y will …": the Y works with A and B;
    the Y is no object), or None."""
    front = _FRONT_MARK.match(text, a, m.start())
    if front is None or not _FRONT_CUE.fullmatch(text, front.end(), m.end()):
        return None
    main = _MAIN_SUBJECT.search(text, m.end(), b)
    if main is None or not looks_like_post(main["post"]):
        return None
    who = Mention(main["post"], main.start("post"), main.end("post"))
    return [who], [t for t in targets if t is not None and t.end <= main.start()]


def _fronted(text: str, a: int, m: re.Match[str], b: int,
             targets: list[Mention | None]) -> Mention | None:
    """The subject after a fronted participle's object ("Reporting to X, the Y …"; "In the
    absence of X, the Y will …": the Y, named right after the comma, stands in)."""
    fronted = _FRONTED.match(text, a, m.end())
    if not fronted or not targets or targets[0] is None or "," in text[a:m.start()]:
        return None  # (a cue after the fronted phrase's comma is the main clause's own)
    post, who = split(text, targets[0])
    after = post.end if who and post and post.start > targets[0].end else targets[0].end
    comma = text.find(",", after, b)  # (past the post set beside a person: "Jo Example, X,")
    if comma >= 0 and _SELF_CLAUSE.match(text, comma, b):
        return None  # "…, I will …", "…, the post holder …": the post itself
    found = first_name(text, comma + 1, b) if comma >= 0 else None
    if found is None or not looks_like_post(found.name):
        return None
    near = _RIGHT_AFTER.match(text, comma, b)
    if fronted["absent"] and (near is None or near.end() != found.start):
        return None  # "…, the post holder will support the X": the X is no subject
    verb = re.search(r"(?:\s+[a-z][\w-]*)+$", found.name)  # "the Director of X leads …"
    return Mention(found.name[:verb.start()], found.start, found.start + verb.start()) \
        if verb and looks_like_post(found.name[:verb.start()]) else found


#: How the cues a body's name comes right before ("… board includes", "… board will have")
#: begin: their match starts after the body.
_BODY_CUE = r"(?=\s)(?:(?<=board)"
#: "the team", "our teams": a team the text does not name (only a named team has members).
_UNNAMED_TEAM = re.compile(r"^(?:(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir|[Tt]his|[Ee]ach|[Aa])\s+)?"
                           r"(?:[a-z][\w-]*\s+)?teams?$")
#: The body before "… includes": its name, capitalised words ("and" or "&" between two of
#: them: "Widget and Gadget Committee") and one lower-case word at most; a sub-body's too.
# (a page viewer's line break inside the name is one of its spaces: "The Widget" / "Board
# includes …")
_BODY_BEFORE = re.compile(r"(?<![\w&'’-])(?P<body>(?:[A-Z][\w&'’-]*(?:[ \t]+|[ \t]*\n[ \t]*)"
                          r"(?:(?:and|&)[ \t]+)?){0,5}"
                          r"(?:[a-z][\w-]*[ \t]+)?(?:[Ss]ub-?)?(?:[Bb]oards?|[Cc]ommittees?|"
                          r"[Pp]anel|[Bb]ody|[Gg]roup|[Tt]eams?|[Ff]orum|[Nn]etwork))\s*$")


def _turned(text: str, m: re.Match[str], b: int, targets: list[Mention | None],
            subjects: list[Mention | None]
            ) -> tuple[list[Mention | None], list[Mention | None]] | None:
    """Subjects and targets of a cue whose subject is not before it: "Posts reporting to
    the X are A and B" (A and B report to the X)."""
    if m.re.pattern.startswith(_BODY_CUE):  # the "body includes" cue
        body = _BODY_BEFORE.search(text[:m.start()], max(0, m.start() - 80))
        if body is None or _UNNAMED_TEAM.search(body.group("body")):
            return [], []  # "the team includes …": a kind of team, not a named one
        found = people_list(text, m.end(), b) or \
            [t for t in map(_uncounted, plain_names(text, m.end(), b))
             if not generic(t.name) and looks_like_post(t.name)]
        # an article and an owner before the body are no part of it ("The Trust's X includes")
        lead = re.match(r"(?:(?:The|A|An|Our|Its|Their|This|Each)\s+)?(?:[A-Z][\w&-]*['’]s\s+)?",
                        body.group("body"))
        start = body.start("body") + (lead.end() if lead else 0)
        listed = [t for t in targets if t is not None]  # (the plain reading when it names more)
        return [Mention(text[start:body.end("body")], start, body.end("body"))], \
            list(found if len(found) > len(listed) else targets)
    if "body" in m.re.groupindex:  # "The membership of the X will be: A, B and C"
        named = first_name(text, m.start("body"), m.end("body"))
        return ([named], targets) if named else ([], [])
    if "their" in m.re.groupindex:  # "… with the X and deputise in their absence": the X
        named = _named_before(text, m.start())
        return (subjects, [named]) if named else ([], [])
    if "end" in m.re.groupindex:  # "X will be your line manager", "in X's absence, you …"
        named = first_name(text, m.start("end"), m.end("end"))
        return (subjects, [named]) if named else ([], [])
    if "manager" in m.re.groupindex:
        return _manager_first(text, m, targets)
    return None


def _manager_first(text: str, m: re.Match[str], targets: list[Mention | None]
                   ) -> tuple[list[Mention | None], list[Mention | None]]:
    """"Posts reporting to X are A and B": A and B report to X (the post itself when X is
    "the post holder")."""
    at, end = m.start("manager"), m.end("manager")
    staff: list[Mention | None] = [t for t in targets if t is not None]
    if _is_self(text[at:end]):  # "Reporting to the post holder are A, B"
        return staff, [None]
    boss = first_name(text, at, end) or plain_name(text, at, end)
    return (staff, [boss]) if boss else ([], [])


def _named_before(text: str, at: int) -> Mention | None:
    """The last post named before ``at`` in its sentence (what "their" refers back to)."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n\n", 0, at), at - LOOKBACK) + 1
    found = [first_name(text, start + c.start(), at)
             for c in re.finditer(r"(?<![\w&'’-])[A-Z]", text[start:at])]
    posts = [m for m in found if m is not None and looks_like_post(m.name)]
    return max(posts, key=lambda m: (m.end, -m.start)) if posts else None


#: The longest quote a candidate keeps: a longer sentence is quoted around the cue only.
MAX_QUOTE = 400


def _window(quote: tuple[int, int], m: re.Match[str], targets: list[Mention | None]
            ) -> tuple[int, int]:
    """The quote, or for a run-on sentence the stretch from before the cue to its targets."""
    if quote[1] - quote[0] <= MAX_QUOTE:
        return quote
    end = max([m.end(), *(t.end for t in targets if t is not None)])
    return max(quote[0], m.start() - MAX_QUOTE // 2), min(quote[1], end + 1)


_CHAIR = re.compile(r"(?<!vice )(?<!vice-)(?<!deputy )\bchair(?:man|person|woman)?(?:$|\s+of\s)",
                    re.IGNORECASE)


#: Kinds of standing body whose chair, listed as a seat of another body, sits on that body
#: (the chair of an organisation listed in its board's composition chairs the board).
_CHAIRED = frozenset({"board", "committee", "panel", "forum", "group", "advisory-group",
                      "working-group", "network", "assembly"})
#: "Chair of the X" as a seat of another body: the seat chairs the X (and sits on the body).
_CHAIR_OF = re.compile(r"\bchair(?:man|person|woman)?\s+of\s+(?:the\s+)?(?=[A-Z])", re.IGNORECASE)


def _candidates(rtype: str, who: Mention | None, target: Mention | None,
                quote: tuple[int, int], cue: Cue, m: re.Match[str]) -> list[Candidate]:
    """The candidate of a cue's subject and target; a member "Chair of the X" of a body's
    composition is a member of the body and chairs the X."""
    chair = _CHAIR_OF.search(target.name) if rtype == "MEMBER_OF<" and target else None
    body = first_name(target.name, chair.end(), len(target.name)) if chair and target else None
    if target is None or body is None or classify(body.name)[1] not in _CHAIRED:
        return [_candidate(rtype, who, target, quote, cue, m)]
    chaired = Mention(body.name, target.start + body.start, target.start + body.end)
    return [Candidate("MEMBER_OF", target, who, quote, cue.name, cue.reason, 0.75),
            Candidate("CHAIRS", target, chaired, quote, cue.name,
                      "the chair of a body, listed as a seat of another", 0.75)]


#: An organisation named by its kind alone, as a text names its own ("the Trust").
_OWN_ORGANISATION = frozenset(normalise(w) for w in (
    "trust", "foundation trust", "icb", "ccg", "pct", "council", "board", "authority",
    "organisation", "partnership", "health board", "company", "practice", "federation"))


def _chairs_this(seat: str, body: Mention | None) -> bool:
    """Whether a seat of a body's composition is that body's chair: "Chair", "Independent
    Chair", or "Chair of" the body itself; "Chairman of the Widget Inspectorate" chairs
    another body and is a member of this one (the guide's open cases)."""
    chair = _CHAIR.search(seat)
    if chair is None:
        return False
    of = normalise(seat[chair.end():])
    # "Chair of the Trust" on the Trust's board: the organisation by its kind alone
    return not of or of in _OWN_ORGANISATION or (body is not None and of == normalise(body.name))


def _candidate(rtype: str, who: Mention | None, target: Mention | None,
               quote: tuple[int, int], cue: Cue, m: re.Match[str]) -> Candidate:
    role = _role(cue, m, target)
    if rtype == "MEMBER_OF" and who is not None and who.qualifier == "chair":
        rtype = "CHAIRS"  # "…, Sam Sample and acting chair Jo Example sit on the X"
    if rtype == "MEMBER_OF<" and target is not None and (
            _chairs_this(target.name, who) or target.qualifier == "chair"):
        rtype, role = "CHAIRS<", None  # the chair a board is made up of chairs it
    if rtype.endswith("<"):  # "line manages the X", "chaired by X": from the X
        return Candidate(rtype[:-1], target, who, quote, cue.name, cue.reason, 0.75, role)
    return Candidate(rtype, who, target, quote, cue.name, cue.reason, 0.8, role)


_MEMBER_NAMED = re.compile(r"\b(?:as\s+)?(?:an?|the)\s+(?P<body>(?:[A-Z][\w&'’-]*\s+){0,4}?"
                           r"(?:Board|Committee|Team|Group|Executive|Forum|Panel|Council))\s+"
                           r"[Mm]ember\b(?!\s+(?:for|of|in|on)\s+(?:a|an|any)\b)")
# (not "a Board member for a business": a member of any such board, not of this one)


#: "the Chair of the X" named as a person of the sentence ("reported by the Chair of the
#: Board"), not as what the subject is ("is the Chair of", read by the "chair of" cue) nor as
#: the end of the subject's own line ("accountable to the Chair of the Board": that post).
_CHAIR_NAMED = re.compile(r"(?<!\bis\s)(?<!\bas\s)(?<!\bbe\s)(?<!\bwas\s)(?<!\bto\s)(?<!\bam\s)"
                          r"(?<!\bare\s)(?<!\bwere\s)(?<!\bbeen\s)\b[Tt]he\s+"
                          r"(?P<chair>Chair(?:man|person|woman)?)\s+of\s+(?:the\s+)?(?=[A-Z])")


#: "the Remuneration Committee Chair": a chair named by the standing body it chairs (a board,
#: committee, panel or forum with a name, or an NHS body by its abbreviation, as the guide
#: reads "the PCT chair": "the Trust Chairman" chairs the trust's board, and a
#: "Group Chair" heads an organisation).
_BODY_CHAIR = re.compile(r"(?<![\w&'’-])(?!(?:The|A|An|Our|Its|This|Interim|Acting)\s)"
                         r"(?P<body>(?:[A-Z][\w&'’-]*\s+(?:(?:and|&)\s+)?){1,5}?"
                         r"(?:Board|Committee|Panel|Forum|Network|(?<=\w\s)Group)|"
                         r"(?:[A-Z][\w&'’-]*\s+){0,3}?(?:ICB|PCT|CCG|ICS))\s+"
                         r"(?P<chair>[Cc]hair(?:man|person|woman)?)\b(?!\s+of\b)")


def _chair_named(text: str, p: Passage) -> list[Candidate]:
    """CHAIRS for each "the Chair of the X" a sentence names, X a standing body, and for
    each "X Chair" ("the Audit Committee Chair")."""
    out: list[Candidate] = []
    if "hair" not in text[p.start:p.end]:  # most sentences name no chair: no search
        return out
    for m in _BODY_CHAIR.finditer(text, p.start, p.end):
        if ended(text, p.start, m.start(), p.end):  # "the former Widget Board Chair"
            continue
        named = Mention(m["body"], m.start("body"), m.end("body"))
        chair = Mention(text[m.start("body"):m.end("chair")], m.start("body"), m.end("chair"))
        out.append(Candidate("CHAIRS", chair, named, (p.start, p.end), "X chair",
                             "'the X Chair' chairs the X", 0.7))
    for m in _CHAIR_NAMED.finditer(text, p.start, p.end):
        body = first_name(text, m.end(), p.end) if not ended(text, p.start, m.start(), p.end) \
            else None
        held = re.search(r"\s" + _ADDRESSED, body.name) if body is not None else None
        if body is not None and held:  # "the Chairman of the Trust Mr A Person": the holder
            body = Mention(body.name[:held.start()], body.start, body.start + held.start())
        bare = not re.search(r"\bthe\s+$", m.group())  # "the Chair of Westshire NHS Trust"
        if body is not None and (classify(body.name)[1] in _CHAIRED or
                                 normalise(body.name) in _OWN_ORGANISATION or
                                 (bare and classify(body.name)[0] == "Body")):
            # ("the Chairman of the Trust": a text's own organisation by its kind, as the
            # guide reads "the PCT chair")
            # a title naming the body it chairs without an article ("the Chair of Widget
            # Committee") is that title; "the Chair of the Widget Board" is the Chair
            chair = Mention(text[m.start("chair"):body.end], m.start("chair"), body.end) \
                if bare \
                else Mention(m["chair"], m.start("chair"), m.end("chair"))
            out.append(Candidate("CHAIRS", chair, body, (p.start, p.end), "the chair of",
                                 "'the Chair of the X' chairs the X", 0.7))
    return out


#: "the Head of Widgets-chaired Widget Board": a body named with the post that chairs it.
_POST_CHAIRED = re.compile(r"(?<![\w&'’-])(?!(?:The|A|An|Our|Its)\s)(?P<post>[A-Z][\w&'’]*(?:[ \t]+"
                           r"(?:(?:of|for|and)[ \t]+)?[A-Z][\w&'’]*){0,5})-chaired\s+")


def _post_chaired(text: str, p: Passage) -> list[Candidate]:
    """CHAIRS for "the X-chaired Y" (the guide reads it as "chaired by X"), X a post and Y a
    standing body."""
    out: list[Candidate] = []
    for m in _POST_CHAIRED.finditer(text, p.start, p.end):
        body = first_name(text, m.end(), p.end)
        if looks_like_post(m["post"]) and body is not None and body.start == m.end() and \
                classify(body.name)[1] in _CHAIRED:
            out.append(Candidate("CHAIRS", Mention(m["post"], m.start("post"), m.end("post")),
                                 body, (p.start, p.end), "X-chaired",
                                 "an 'X-chaired' body is chaired by the X", 0.7))
    return out


#: The other co-chair, named after the body: "co-chair the X with the Head of Widgets".
_CO_CHAIR_WITH = re.compile(r"[ \t\n]+(?:jointly\s+)?with\s+(?:the\s+|our\s+|its\s+)?(?=[A-Z])")


def _co_chairs(text: str, p: Passage, got: list[Candidate]) -> list[Candidate]:
    """CHAIRS for the post a co-chair shares the chair with ("will co-chair the X with the
    Y": the Y co-chairs the X too)."""
    out = []
    for c in got:
        with_ = _CO_CHAIR_WITH.match(text, c.target.end, p.end) \
            if c.rule == "co-chair" and c.target is not None else None
        other = first_name(text, with_.end(), p.end) if with_ else None
        if c.target is not None and other is not None and looks_like_post(other.name):
            out.append(Candidate("CHAIRS", other, c.target, c.quote, c.rule,
                                 "the post a co-chair shares the chair with co-chairs the body",
                                 c.confidence, "co-chair"))
    return out


def from_sentence(text: str, p: Passage, it: Mention | None = None) -> list[Candidate]:
    """The candidates of a sentence or list item, clause by clause (``it``: the body the
    sentence before opened with)."""
    out: list[Candidate] = []
    last: list[Mention | None] = [_opening_post(text, p.start, p.end)]
    for a, b in clauses(text, p.start, p.end):
        found, last = from_clause(text, a, b, last, (p.start, p.end), it)
        out += found
    news = news_chairs(text, p)  # "Jo Example, the Chair of the X,": the person, not "Chair"
    # (nor the chair a clause already seats someone in: "… Jo Example becoming the Chair of X")
    spans = {(c.target.start, c.target.end) for c in news + out
             if c.target is not None and c.type == "CHAIRS"}
    out += news + [c for c in _chair_named(text, p) if c.target is None or
                   (c.target.start, c.target.end) not in spans] + \
        _co_chairs(text, p, out) + _post_chaired(text, p)
    for m in _MEMBER_NAMED.finditer(text, p.start, p.end):  # "as a Board Member"
        known, who = subject_of(text, p.start, m.start())
        body = first_name(text, m.start("body"), m.end("body"))
        if known and body and classify(body.name)[0] == "Body":
            out += [Candidate("MEMBER_OF", one, body, (p.start, p.end), "named member",
                              "a 'Board member' is a member of the Board", 0.7) for one in who]
    return out


#: A sentence opening with a post and its verb ("The Widget Lead of X is appointed by …").
_OPENS_WITH_POST = re.compile(r"\s*The\s+(?=[A-Z])")
_ITS_VERB = re.compile(r"\s+(?:is|are|was|will|shall|has|have)\b")


def _opening_post(text: str, start: int, end: int) -> Mention | None:
    """The post a sentence opens with as its subject, which a later clause's verb left
    without a subject of its own shares ("The Widget Lead is appointed by the Board, and
    reports to …"); None (the described post) otherwise."""
    lead = _OPENS_WITH_POST.match(text, start, end)
    found = first_name(text, lead.end(), end) if lead else None
    if found is None or not looks_like_post(found.name) or not _ITS_VERB.match(text, found.end):
        return None
    return found


_TEMPLATE = re.compile(r"(?:name\s+(?:of\s+)?)?line\s+manager\s*:?\s+(?=\S)", re.IGNORECASE)
_SIDE = re.compile(r"(?:internal|external)\s*:\s*", re.IGNORECASE)
#: A line's kind before its end in a value ("Professionally: X", "Clinically – X"): the
#: qualifier, no part of the name.
_KIND_LEAD = re.compile(LINE_ADVERBS + r"[ \t]*(?::|[–—-](?=[ \t]))[ \t]*(?=\S)", re.IGNORECASE)


#: A seat's label on a body's own page or section ("Chair: A Name, Non-Executive Director",
#: "Members: …" under the heading "Audit Committee").
_SEAT_LABEL = re.compile(r"(?:(?P<vice>vice|deputy)[\s-]+)?chair(?:man|person|woman)?|"
                         r"(?P<members>(?:core\s+)?members(?:hip)?)", re.IGNORECASE)


#: A heading that only says "membership" (numbered or not): the seats under it are of the
#: body the page is about ("Widget Board terms of reference" / "Membership" / "Chair: X").
_MEMBERSHIP_HEADING = re.compile(r"(?:\d+(?:\.\d+)*\.?\s*)?(?:core\s+)?(?:members|membership|"
                                 r"composition)\s*:?", re.IGNORECASE)


#: A document's name after its body's in a heading ("Widget Board – Terms of Reference"):
#: the seats under the heading are the body's.
_PAPER_TAIL = re.compile(r"[ \t]*(?:[–—:-][ \t]*)?(?:terms[ \t]+of[ \t]+reference|constitution)"
                         r"[ \t]*:?[ \t]*$", re.IGNORECASE)


def _seat_body(text: str, p: Passage, page: Mention | None) -> Mention | None:
    """The body a seat field's heading names (before a document's name: "Widget Board – Terms
    of Reference"), or the page's for a bare "Membership" heading, or None (a section title
    that names no body)."""
    heading = p.heading.strip()
    if page is not None and (_MEMBERSHIP_HEADING.fullmatch(heading) or
                             _PAPER_TAIL.fullmatch(heading)):
        return page
    name = _PAPER_TAIL.sub("", heading)
    at = p.heading_start + p.heading.index(heading) if heading else p.heading_start
    body = first_name(text, at, at + len(name))
    if body is None or body.name != name or classify(body.name)[0] != "Body":
        return None
    return body


def _seat_field(text: str, p: Passage, page: Mention | None = None) -> list[Candidate]:
    """The seats a field under a body's heading names: the chair chairs the body, members
    (and a vice-chair) sit on it. Nothing unless the heading itself names a body, or is a
    bare "Membership" on a page about a body (``page``)."""
    seat = _SEAT_LABEL.fullmatch(p.label.strip(" :\t"))
    body = _seat_body(text, p, page) if seat and p.heading_start >= 0 and p.value else None
    if seat is None or body is None:
        return []
    end = p.value_start + len(p.value)
    why = "a seat's label under a body's heading names who holds it"
    if seat.group("members"):  # a member marked "(Chair)" chairs the body
        names = [_marked(text, n) for n in _members(text, p.value_start, end, True)]
        return [Candidate("CHAIRS" if n.qualifier == "chair" else "MEMBER_OF", n, body,
                          (p.start, p.end), f"seat '{p.label}'", why, 0.8,
                          n.qualifier if n.qualifier == "vice-chair" else None)
                for n in names if n is not None and not generic(n.name) and looks_like_post(n.name)]
    first = _seat_holder(text, p.value_start, end)
    if first is None:
        return []
    rtype, role = ("MEMBER_OF", "vice-chair") if seat.group("vice") else ("CHAIRS", None)
    return [Candidate(rtype, first, body, (p.start, p.end), f"seat '{p.label}'", why, 0.8, role)]


def _seat_holder(text: str, at: int, end: int) -> Mention | None:
    """Who a chair's seat field names: a post ("Chair: Lay Member"), or a person ("Chair: Jo
    Example, Lay Member": resolution reads the person and the post after the name apart)."""
    who = _NAMED_PERSON.match(text, at, end)
    first = Mention(who["p"], who.start("p"), who.end("p")) if who and not who["post"] and \
        is_named_person(who["p"]) else first_name(text, at, end)
    if first is None or not (looks_like_post(first.name) or is_named_person(first.name)) or \
            generic(first.name):
        return None
    return first


def _seats_or_broken(text: str, p: Passage, page: Mention | None) -> list[Candidate] | None:
    """A field read otherwise than by its label, or None: a seat's label on a body's page, or
    a verb label in lower case opening a line a page viewer broke from the sentence above
    (the sentence's clause)."""
    seats = _seat_field(text, p, page)
    if seats:
        return seats
    if p.label[:1].islower() and _continued_from(text, p.start) < p.start:
        return from_sentence(text, Passage("sentence", p.text, p.start, p.end))
    return None


def from_field(text: str, p: Passage, page: Mention | None = None) -> list[Candidate]:
    """A relationship field: its label's relation to each name of its value (or what a
    sentence in the value of another label states: "Reporting arrangements: Accountable
    to the Head of Nursing"); ``page`` is the body the page is about."""
    other = _seats_or_broken(text, p, page)
    if other is not None:
        return other
    label = LABELS.get(p.label.lower().rstrip(" :")) or LABELS.get(label_of(p.label) or "")
    if label is None and p.value:
        end = p.value_start + len(p.value)
        if CUE_HINT.search(p.label):  # "Members of the Board are: …": the label is the lead-in
            return from_sentence(text, Passage("sentence", p.text, p.start, p.end))
        return from_sentence(text, Passage("sentence", p.value, p.value_start, end)) + \
            _run_in_lists(text, p.value_start, end)
    if label is None or not p.value or not label.gives.isupper():
        # a duty or a relationships list a page viewer ran into another field's value
        # ("Location: Westshire House Key Relationships A, B", "… Job Purpose To liaise with")
        end = p.value_start + len(p.value)
        return [c for c in from_sentence(text, Passage("sentence", p.value, p.value_start, end))
                if c.type == "WORKS_WITH"] + _run_in_lists(text, p.value_start, end) \
            if p.value else []
    end = p.value_start + len(p.value)
    if re.fullmatch(r"name\s*(?:of\s+)?line\s+manager", p.value.strip(), re.IGNORECASE):
        return []  # a template's caption, not the line manager's name
    skip = _value_lead(text, p.value_start, end)
    if skip:  # a template's "Name Line Manager" or a column's "Internal:" before the value
        p = Passage(p.kind, p.text, p.start, p.end, p.label, text[skip.end():end], skip.end())
    if label.gives == "WORKS_WITH" and _works_cue(text, p.value_start, end):
        # "Key Relationships: The post holder will work closely with A and B": a sentence
        return from_sentence(text, Passage("sentence", text[p.value_start:end], p.value_start,
                                           end))
    later = _later_cue(text, p.value_start, end)
    out = from_sentence(text, Passage("sentence", text[later:end], later, end)) if later else []
    return out + _field_values(text, p, label, later or end)  # the value ends before a cue


def _value_lead(text: str, start: int, end: int) -> re.Match[str] | None:
    """What stands before a field's value and is no part of it: a template's "Name Line
    Manager", a column's "Internal:", a line's kind ("Professionally:")."""
    return _TEMPLATE.match(text, start, end) or _SIDE.match(text, start, end) or \
        _KIND_LEAD.match(text, start, end)


def _works_cue(text: str, start: int, end: int) -> bool:
    """Whether a working-relationship cue stands in ``text[start:end]``."""
    return any(c.pattern.search(text, start, end) for c in tried(text[start:end], "WORKS_WITH"))


def _field_values(text: str, p: Passage, label: Label, end: int) -> list[Candidate]:
    """The label's relation to each name of a field's value (up to ``end``)."""
    gives = "REPORTS_TO<" if label.gives == "MANAGES" else label.gives
    duty = MANAGEMENT_OF.match(text, p.value_start, end) if gives == "REPORTS_TO<" else None
    names: list[Mention | None] = [
        n for a, b in _slash_parts(text, duty.end() if duty else p.value_start, end)
        for n in _targets(text, a, b, label.gives != "DEPUTISES_FOR", gives)] \
        if gives != "WORKS_WITH" else list(value_counterparts(text, p.value_start, end))
    out = []
    for n in names:
        if n is None or (gives == "REPORTS_TO<" and not looks_like_post(n.name)):
            continue
        if gives == "REPORTS_TO<":
            out.append(Candidate("REPORTS_TO", n, None, (p.start, p.end), f"field '{p.label}'",
                                 label.reason, 0.85))
            continue
        adverb = n.qualifier.split()[0].lower() if n.qualifier else ""
        role = label.role or (f"{adverb} {label.gives.split('_')[0].lower()}"
                              if adverb.endswith("ly") else None)
        out.append(Candidate(label.gives, None, n, (p.start, p.end), f"field '{p.label}'",
                             label.reason, 0.95, role))
    return out


#: What may join a field's value to a cue of its own: "X, with a dotted line to Y", "X and
#: works closely with Y", "X (dotted line to Y)".
_VALUE_JOIN = re.compile(r"(?:(?:,|;|\s+and|\s+but)\s+|\s*\(\s*)"
                         r"(?:with\s+|also\s+|(?:has|have)\s+)?$")


def _later_cue(text: str, start: int, end: int) -> int | None:
    """Where a cue of its own starts inside a relationship field's value, after a name and a
    joining comma or "and" (``None`` when the value holds none)."""
    if not has_cue_stem(text, start, end):
        return None
    found = [m.start() for cue in CUES for m in [cue.pattern.search(text, start, end)]
             if m is not None and m.start() > start and
             _VALUE_JOIN.search(text, start, m.start()) and
             re.search(r"[A-Za-z]", text[start:m.start()])]
    return min(found) if found else None


#: A slash between two names with no space around it ("Senior Nurse/Lead Nurse").
_SLASH = re.compile(r"(?<=[\w)])/(?=[A-Z])")


def _slash_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A field's value cut at slashes between names of two words or more ("Senior GPN/Lead
    GPN": two values); kept whole when a side is one word ("HR/OD Lead", "Matron/Sister")."""
    cuts = [m.start() for m in _SLASH.finditer(text, start, end)]
    bounds = [start, *cuts, end]
    parts = [(a + (1 if a in cuts else 0), b) for a, b in pairwise(bounds)]
    if len(parts) < 2 or any(len(text[a:b].split()) < 2 for a, b in parts):
        return [(start, end)]
    return parts


_RELATION_HEADING = re.compile(r"(?:key|main|principal|working|internal|external)?\s*"
                               r"(?:working\s+)?(?:relationships|contacts|stakeholders|liaison)",
                               re.IGNORECASE)


#: A body's name as a heading over its seats, with an optional last word ("Audit Committee",
#: "Board members", "The Executive Committee membership").
_SEATS_OF = re.compile(r"(?:the\s+)?(?P<body>.+?)(?:\s+(?:members|membership|composition))?\s*",
                       re.IGNORECASE)
#: The chair's seat in a seat line: "(Chair)", "– Chairman" after the post.
_CHAIR_SEAT = re.compile(r"\s*\(\s*chair(?:man|person|woman)?\s*\)|\s+[–—-]\s*chair(?:man|person|"
                         r"woman)?\s*$|^[\s•·▪*-]*chair(?:man|person|woman)?\s+[–—-]\s+",
                         re.IGNORECASE)


#: A seat that is the body's chair by its name ("Chair", "Independent Chair", "Trust
#: Chairman"), not a vice or deputy chair, nor the chair of another body ("Chair of the X").
_CHAIR_NAME = re.compile(r"(?!.*\b(?:vice|deputy)[\s-]+chair)(?!.*\b(?:board|committee|panel|forum|"
                         r"group|council|network|partnership)s?\s+chair)(?:[\w'’-]+\s+){0,3}"
                         r"chair(?:man|person|woman)?", re.IGNORECASE)
# (not "Widget Committee Chair": the chair of another body, a member of this one)


#: A seat line with the holder's name first: "Dr A Person – Chief Executive", "A Person, Chair".
_HOLDER_FIRST = re.compile(r"[\s•·▪*-]*(?P<title>" + _ADDRESSED + r")?(?P<who>[A-Z][\w'’.-]*"
                           r"(?:\s+[A-Z][\w'’.-]*){0,3})\s*(?:[–—-]|,)\s+(?=\S)")


def _holder_first(text: str, p: Passage) -> Mention | None:
    """The post of a seat line that names its holder first ("A Person – Chair"), or None:
    the words before the dash or comma are a person's name (no post word, or a title such as
    "Dr" before them), the words after it a post."""
    m = _HOLDER_FIRST.match(text, p.start, p.end)
    if m is None or (looks_like_post(m["who"]) and not m["title"]):
        return None
    post = first_name(text, m.end(), p.end)
    return post if post and looks_like_post(post.name) else None


def _seat_posts(text: str, p: Passage) -> tuple[re.Match[str] | None, list[Mention]]:
    """The chair mark of a seat line (if any) and the post (or holder's seat) it names."""
    holder = _holder_first(text, p)
    chair = _CHAIR_SEAT.search(p.text) if holder is None else None
    spans = [(p.start, p.start + chair.start()), (p.start + chair.end(), p.end)] if chair else \
        [(p.start, p.end)]
    posts = [holder] if holder else \
        [n for a, b in spans for n in names_in(text, a, b, True) if looks_like_post(n.name)]
    if not posts:  # "executive directors", "registered nurse": a seat in lower case
        posts = [n for a, b in spans for n in plain_names(text, a, b)[:1]
                 if looks_like_post(n.name)]
    if chair and not posts:  # "Chair – A Name": the chair's own seat
        posts = [m for m in names_in(text, p.start, p.end, True) if _CHAIR.match(m.name + " of ")]
    if chair and not posts:  # "A Name (Chair)": the seat is the chair's
        word = re.search(r"chair\w*", chair.group(), re.IGNORECASE)
        at = p.start + chair.start() + word.start() if word else -1
        posts = [Mention(word.group(), at, at + len(word.group()))] if word else []
    return chair, posts


#: A line that goes on from its verb in lower case ("Lead and oversee the work of …"), as a
#: duty does; "Chair – A Name" and "Chair of the Board" are seats.
_DUTY_LINE = re.compile(r"\s*(?:to\s+)?[A-Za-z]+\s+(?:and\s+)?(?!of\b|for\b)[a-z]+\s")


def _seat_item(text: str, p: Passage, page: Mention | None = None) -> list[Candidate]:
    """A seat listed under a body's heading, one a line: its post sits on the body, or chairs
    it when the line marks the chair ("Non-Executive Director (Chair)", "Chair – A Name",
    "A Name – Chair"). Under a heading that names no body ("Our members"), the body is the
    one the page is about (``page``). A line ending with a colon is a lead-in ("The core
    members are:"), no seat."""
    chair = _SEAT_LABEL.fullmatch(p.heading.strip(" :\t")) if page is not None else None
    if chair and not chair.group("members"):  # "Chair:" over its holder on the next line
        return _chair_item(text, p, page, chair) if page else []
    m = _SEATS_OF.fullmatch(p.heading)
    if m is None or len(p.text.split()) > 10 or not SEATS_HEADING.search(p.heading) or \
            _section_heading(text, p) or p.text.rstrip().endswith(":") or \
            (_DUTY.match(p.text) and _DUTY_LINE.match(p.text)):  # a duty, no seat
        return []
    body = first_name(text, p.heading_start + m.start("body"), p.heading_start + m.end("body"))
    if body is None or "Body" not in (classify(body.name)[0],  # "Widget Boards" too
                                      classify(body.name.removesuffix("s"))[0]):
        body = page
    if body is None:
        return []
    chair, posts = _seat_posts(text, p)
    return [Candidate("CHAIRS" if chair or _CHAIR_NAME.fullmatch(n.name) else "MEMBER_OF", n,
                      body, (p.start, p.end), f"seat under '{p.heading}'",
                      "a post listed under a body's heading holds a seat on it", 0.75)
            for n in posts[:1] if not generic(n.name)]


def _chair_item(text: str, p: Passage, page: Mention, label: re.Match[str]) -> list[Candidate]:
    """The holder a "Chair:" (or "Vice-Chair:") heading names on the line below it, on a
    body's page: the chair chairs the body, a vice or deputy chair sits on it."""
    who = _seat_holder(text, p.start, p.end) if len(p.text.split()) <= 10 else None
    if who is None:
        return []
    rtype, role = ("MEMBER_OF", "vice-chair" if label["vice"].lower() == "vice" else None) \
        if label["vice"] else ("CHAIRS", None)
    return [Candidate(rtype, who, page, (p.start, p.end), f"seat '{p.heading.strip()}'",
                      "a seat's label over the line naming its holder", 0.75, role)]


#: A numbered section named by a seat ("2. Chair") whose clauses ("2.1 …") follow: a heading.
_NUMBERED = re.compile(r"\s*(?P<n>\d+)[.)]?\s")


def _section_heading(text: str, p: Passage) -> bool:
    """Whether a numbered line is the heading of the numbered clauses that follow it (an
    item's text is without its number)."""
    m = _NUMBERED.match(text, text.rfind("\n", 0, p.start) + 1, p.end)  # the number is no part
    return m is not None and re.match(rf"\s*\n\s*{m['n']}\.\d", text[p.end:p.end + 40]) is not None


def _works_label(words: str) -> bool:
    """Whether words are a label over the post's working relationships."""
    label = label_of(words)
    return label is not None and LABELS[label].gives == "WORKS_WITH"


def _works_heading(heading: str) -> bool:
    """Whether a heading is over the post's working relationships."""
    return bool(heading) and not REPORTING_HEADING.search(heading) and (
        bool(_RELATION_HEADING.search(heading)) or _works_label(heading))


def _labelled_list(text: str, p: Passage) -> list[Candidate]:
    """A relationships label and its list run on as one long line ("Key contacts / liaison:
    A, B, C, …", too long to read as a field), or run into the sentence without a colon as
    a page viewer prints a table ("Key Relationships Ward staff, GPs, …"): each entry, as
    under the label."""
    colon = text.find(":", p.start, p.end)
    label = _run_in_label(text, p) if colon < 0 else (p.start, colon + 1)
    if label is None or not _works_label(text[label[0]:label[1]].rstrip(":")):
        return []
    pieces = _stopped_entries(text, label[1], p.end)
    if not pieces and _a_list(text[label[1]:p.end]):
        pieces = [(label[1], p.end)]
    return [Candidate("WORKS_WITH", None, n, (p.start, b),
                      f"list '{text[label[0]:label[1]].rstrip(':')}'",
                      "the people and bodies the post works with", 0.7)
            for a, b in pieces for n in entry_counterparts(text, a, b)]


#: A table's cells run into one line after a relationships heading, each closed by a full
#: stop ("Key Relationships Head of Widgets. Widget Board. Gadget Leads."): the entries.
_STOPPED_ENTRY = re.compile(r"[ \t]*(?:[A-Z][\w'’&/()-]*[ \t]+(?:(?:of|for|and|&|in|the)[ \t]+)?)"
                            r"{0,7}[A-Z][\w'’&/()-]*\.(?=[ \t]|$)|[ \t]*[A-Z][a-z]+(?:[ \t]+[a-z]+)"
                            r"{0,3}\.(?=[ \t]|$)")


#: A verb in a would-be entry: a sentence, not a name.
_ENTRY_VERB = re.compile(r"\b(?:will|shall|must|should|is|are|be|has|have|was|were)\b",
                         re.IGNORECASE)


def _stopped_entries(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The entries after a relationships heading run into a line when each is a name closed
    by a full stop, two or more of them on the line; [] otherwise."""
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    out, at = [], start
    while (m := _STOPPED_ENTRY.match(text, at, stop)) and not _ENTRY_VERB.search(m.group()):
        out.append((m.start() + len(m.group()) - len(m.group().lstrip()), m.end() - 1))
        at = m.end()
    return out if len(out) >= 2 and out[0][1] <= end and at >= end else []


def _run_in_lists(text: str, start: int, end: int) -> list[Candidate]:
    """The relationships lists run into a long value of another field, as a page viewer
    prints a whole table in one paragraph ("… Job Purpose: … Key Relationships A, B, C.")."""
    if not _RELATION_HEADING.search(text, start, end):
        return []
    out: list[Candidate] = []
    for a, b in sentences(text, start, end):
        got = _labelled_list(text, Passage("sentence", text[a:b], a, b))
        heads = [] if got else [h for m in _RELATION_HEADING.finditer(text, a, b)
                                if (h := _heading_before(text, a, m.end())) is not None]
        out += got or [c for h in heads[:1]
                       for c in _labelled_list(text, Passage("sentence", text[h:b], h, b))]
    return out


def _heading_before(text: str, a: int, end: int) -> int | None:
    """Where a relationships heading a page viewer ran into the middle of a sentence starts
    ("Location: Westshire House Key Relationships A, B"): its first capitalised word."""
    words = [w.start() for w in re.finditer(r"(?<!\S)\S+", text[max(a, end - 60):end])]
    for at in words:
        at += max(a, end - 60)
        head = text[at:end]
        if at > a and all(w[:1].isupper() or w.lower() in ("and", "&", "/") for w in
                          head.split()) and _works_label(head):
            return at
    return None


#: A section's number before a heading run into its list ("5. KEY RELATIONSHIPS A. B.").
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?")


def _run_in_label(text: str, p: Passage) -> tuple[int, int] | None:
    """The relationships heading a sentence opens with, in capitals or title case, with its
    list after it ("Key Relationships General management, …"), or None."""
    words = list(re.finditer(r"\S+", text[p.start:min(p.end, p.start + 80)]))
    for n in range(min(6, len(words) - 1), 0, -1):
        end = p.start + words[n - 1].end()
        head = text[p.start:end]
        if all(w.lstrip("(")[:1].isupper() or w.lower() in ("and", "&", "/", "with") or
               (i == 0 and _SECTION_NUMBER.fullmatch(w)) for i, w in enumerate(head.split())) \
                and _works_label(head):
            return p.start, end
    return None


def from_item(text: str, p: Passage, page: Mention | None = None) -> list[Candidate]:
    """An entry of a list under a "Key relationships" heading: the post works with it; an
    entry under a body's heading: a seat on the body (``page``: the body the page is about)."""
    if p.heading_start >= 0 and not _works_heading(p.heading):
        return _seat_item(text, p, page)
    if not _works_heading(p.heading) or (len(p.heading.split()) > 6 and
                                         not _works_label(p.heading)):
        return []
    return [Candidate("WORKS_WITH", None, n, (p.start, p.end), f"list '{p.heading}'",
                      "the people and bodies the post works with", 0.7)
            for n in entry_counterparts(text, p.start, p.end)]


_FOLLOWING = re.compile(r"\b(?:the\s+)?following\b|\bthese\s+(?:posts|roles|staff)\b",
                        re.IGNORECASE)


#: "a membership for the X which includes:", "membership of X comprises:": the body is X.
_MEMBERSHIP_FOR = re.compile(r"\bmembership\s+(?:for|of)\s+(?:the\s+|all\s+|each\s+)?"
                             r"(?P<body>[A-Z][^,.;:()]{2,80}?)\s*,?\s*(?:which|that|will|shall|"
                             r"must|includes?|comprises?|consists?|is|are)\b")


def _is_body(name: str) -> bool:
    """Whether a name is a body's, in the singular or the plural ("Wellbeing Boards")."""
    return "Body" in (classify(name)[0], classify(re.sub(r"(?<=[a-z])s$", "", name))[0])


#: A lead-in opening with a kind of body before its verb ("Teams were to contain …").
_BODIES_OPEN = re.compile(r"\s*(?:The\s+)?(?P<body>(?:[A-Z][\w-]*\s+){0,3}?(?:[Tt]eams?|[Bb]oards?|"
                          r"[Cc]ommittees?|[Pp]anels?|[Gg]roups?|[Ff]orums?))\s+(?:were|was|are|is|"
                          r"will|shall|must|should)\b(?:\s+(?:to|be|also|each))*\s*$")


def _named_body(text: str, a: int, m: re.Match[str]) -> list[Mention | None]:
    """The body a composition's lead-in names before its verb: after "membership for/of"
    ("a core membership for X Boards which includes:"), or right before "includes"."""
    named = _MEMBERSHIP_FOR.search(text, a, m.end())
    if named:
        found = first_name(text, named.start("body"), named.end("body"))
        return [found] if found and _is_body(found.name) else []
    body = _BODY_BEFORE.search(text[:m.start()], max(a, m.start() - 80))
    if body is not None and m.re.pattern.startswith(_BODY_CUE):
        found = first_name(text, body.start("body"), body.end("body"))
        return [found] if found else []
    plural = _BODIES_OPEN.match(text, a, m.start())
    if plural:  # "Teams were to contain a mix of:": the teams
        return [Mention(plural["body"], plural.start("body"), plural.end("body"))]
    return []


def _heading_body(text: str, outer: tuple[str, int]) -> list[Mention | None]:
    """The body the heading over a lead-in names ("Integrated Care Board" over "Membership
    comprises:"), when the heading is that name alone."""
    heading = first_name(text, outer[1], outer[1] + len(outer[0])) if outer[0] else None
    if heading and heading.name == outer[0].strip() and classify(heading.name)[0] == "Body":
        return [heading]
    return []


def _outer_headings(text: str, found: list[Passage]) -> dict[int, tuple[str, int]]:
    """Each heading's own heading (its text and start), which names the body a composition's
    lead-in under it is about when the lead-in names none. When that heading names no body
    but the one entry under it does, alone on its line, the entry is the section's title:
    a page's title under a line of site furniture ("Home > About us" over "Westshire Widget
    Board" over "Membership comprises:")."""
    entries: dict[int, list[Passage]] = {}
    for p in found:
        if p.kind == "item":
            entries.setdefault(p.heading_start, []).append(p)
    out = {}
    for p in found:
        if p.kind == "heading":
            own = (p.heading, p.heading_start)
            lone = entries.get(p.heading_start, [])
            title = (lone[0].text, lone[0].start) if len(lone) == 1 else ("", -1)
            out[p.start] = title if not _heading_body(text, own) and \
                _heading_body(text, title) else own
    return out


def _lead_in_subject(text: str, a: int, m: re.Match[str], cue: Cue,
                     outer: tuple[str, int] = ("", -1)) -> list[Mention | None]:
    """Whom a list's lead-in is about: "Membership of the X includes:" the X, "The board
    consists of:" the board, "Membership comprises:" under the heading "X Board" the X Board,
    otherwise the subject before the cue (the post itself if none)."""
    if "body" in m.re.groupindex:
        return [first_name(text, m.start("body"), m.end("body"))]
    named = _named_body(text, a, m) if cue.gives == "MEMBER_OF<" else []
    if named:
        return named
    known, who = subject_of(text, a, m.start())
    if cue.gives == "CHAIRS<" and who and who[0] is not None:
        who = [_without_meetings(w) for w in who]  # "Meetings of the X are chaired by": the X
    if cue.gives in ("MEMBER_OF<", "CHAIRS<") and who in ([], [None]):
        # a composition no body is read for is nobody's, never the described post's
        return _body_before(text, a, m.start()) or _heading_body(text, outer) or []
    return who if known else [None]


def _indent(text: str, at: int) -> int:
    """How far the line holding ``at`` is indented (spaces and tabs before its first mark)."""
    line = text.rfind("\n", 0, at) + 1
    return len(text[line:at]) - len(text[line:at].lstrip(" \t"))


#: The first line with text after a lead-in, and its indentation.
_FIRST_LINE = re.compile(r"\n([ \t]*)\S")


def _nested(text: str, p: Passage) -> bool:
    """Whether a list entry is indented deeper than the first entry under its lead-in: a
    sub-list naming where the entry above comes from ("… from each of" / "  • Westshire
    Council"), not entries of the lead-in's own list."""
    first = _FIRST_LINE.search(text, p.heading_start + len(p.heading), p.start + 1)
    return first is not None and _indent(text, p.start) > len(first.group(1))


def _marked_chair(got: list[Candidate]) -> list[Candidate]:
    """A composition's entry marked as the chair ("Non-Executive Director (Chair)"): CHAIRS."""
    return [Candidate("CHAIRS", c.source, c.target, c.quote, c.rule, "the entry marked as the "
                      "chair of a body's composition chairs it", c.confidence)
            if c.type == "MEMBER_OF" else c for c in got]


def from_list(text: str, p: Passage, outer: tuple[str, int] = ("", -1)) -> list[Candidate]:
    """An entry of a list a lead-in states a relation for: "The Board comprises:", "Reports
    to:", "The following posts report to the Matron:". ``outer`` is the heading the lead-in
    itself stands under."""
    if p.heading_start < 0 or _nested(text, p):
        return []
    a, b = p.heading_start, min(p.heading_start + len(p.heading) + 2, p.start)
    for cue in tried(text[a:b]):
        m = cue.pattern.search(text, a, b)
        if m is not None:
            return _entry_of(text, p, cue, m, (a, b), outer)
    return []


def _entry_of(text: str, p: Passage, cue: Cue, m: re.Match[str], lead: tuple[int, int],
              outer: tuple[str, int]) -> list[Candidate]:
    """What a lead-in's cue ``m`` states for one entry of its list."""
    a, b = lead
    quote = (p.start, p.end)
    items = _entry_items(text, p, cue.gives)
    named = _lead_in_names(text, m.end(), b, cue)
    if _FOLLOWING_LEAD.match(text, m.end(), b):  # "comprising representatives of the
        named = []  # following organisations:": the entries are the members
    if not named or "body" in m.re.groupindex:  # the entries are the objects
        who = _lead_in_subject(text, a, m, cue, outer)
        got = [c for item in items for one in who for rtype in cue.gives.split("+")
               for c in _candidates(rtype, one, item, quote, cue, m)]
        return _marked_chair(got) if len(items) == 1 and _CHAIR_SEAT.search(p.text) else got
    if _FOLLOWING.search(text, a, m.start()):  # the entries are the subjects
        return [_candidate(rtype, item, target, quote, cue, m) for item in items
                if looks_like_post(item.name) for target in named
                for rtype in cue.gives.split("+")]
    return []


def _lead_in_names(text: str, at: int, end: int, cue: Cue) -> list[Mention]:
    """The names a lead-in gives after its cue; a team named in lower case too ("As a member
    of the widget team, … which will include:": the lead-in names its body, so the entries
    are not bodies)."""
    named = [n for n in names_in(text, at, end, True) if not generic(n.name)]
    if not named and cue.gives == "MEMBER_OF":
        named = [n for n in _named_teams(text, _team_name(text, at, end), end) if n]
    return named


def _entry_items(text: str, p: Passage, gives: str) -> list[Mention]:
    """The names a list's entry holds, for its lead-in's relation."""
    if gives == "WORKS_WITH":
        return entry_counterparts(text, p.start, p.end)
    return [i for i in _targets(text, p.start, p.end, True, gives) if i is not None and
            _names_an_end(i, gives)]


def _names_an_end(m: Mention, gives: str) -> bool:
    """Whether a list entry under a line's label names a post or a body ("DIMENSIONS OF THE
    JOB", a section's heading the list runs into, names neither); other types' entries
    are not checked here."""
    return gives.rstrip("<") not in _STRONG or classify(m.name)[0] != "?"


#: "Senior social workers will lead …": a plural post opening a sentence, what "They" next means.
_PLURAL_LEAD = re.compile(r"\s*(?:The\s+)?(?P<p>(?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+s)\s+"
                          r"(?:will|shall|would|are|each|also|currently)\b")
#: "They will report to …": a sentence whose subject is the plural post of the one before.
_THEY = re.compile(r"\s*(?:They|He|She)\b")
#: A sentence opening with a capitalised post and its verb ("The Deputy Widget Manager leads
#: …"): "He / She / They …" in the next sentence is that post (English pronoun reference).
_SINGULAR_LEAD = re.compile(r"\s*The\s+(?P<p>(?-i:[A-Z])[\w-]*(?:\s+(?:of\s+|for\s+|and\s+)?"
                            r"(?-i:[A-Z])[\w-]*){0,5})\s+(?:will|shall|would|must|is|has|also|"
                            r"currently|(?-i:[a-z]+s))\b")


def _antecedent(text: str, p: Passage) -> Mention | None:
    """The post a sentence opens with, when it is one ("Team leaders will …", "The Deputy
    Widget Manager leads …")."""
    m = _PLURAL_LEAD.match(text, p.start, p.end) or _SINGULAR_LEAD.match(text, p.start, p.end)
    if m is None or not looks_like_post(m["p"]) or m["p"].split()[-1].lower() in GENERIC or \
            (m.re is _PLURAL_LEAD and m["p"].lower().endswith(("ss", "us", "is"))):
        return None
    return Mention(m["p"], m.start("p"), m.end("p"))


def _as_antecedent(got: list[Candidate], who: list[Mention]) -> list[Candidate]:
    """The candidates of a "They …" sentence with each of ``who`` as their subject."""
    out: list[Candidate] = []
    for c in got:
        if c.source is None and c.target is not None:
            out += [Candidate(c.type, one, c.target, c.quote, c.rule, c.reason, c.confidence,
                              c.role) for one in who]
        else:
            out.append(c)
    return out


#: "Both will …": the posts the sentence before names ("a Manager for A and a Manager for B").
_BOTH = re.compile(r"\s*Both\b(?!\s+(?:the|of)\b)")


def _pair(text: str, p: Passage | None) -> list[Mention]:
    """The posts a sentence names, each name once, when it names one or two."""
    if p is None:
        return []
    found = (first_name(text, p.start + a.end(), p.end)
             for a in re.finditer(r"\b(?:an?|the)\s+(?=[A-Z])", text[p.start:p.end]))
    posts = {normalise(m.name): m for m in found if m and looks_like_post(m.name)}
    return list(posts.values()) if 1 <= len(posts) <= 2 else []


def page_body(text: str, found: list[Passage]) -> Mention | None:
    """The standing body a page is about: the last board or committee its first heading names
    ("Trust Board", "Meet our Board", "About us - The Trust Board"), or None."""
    first = next((p for p in found[:3] if p.kind == "heading"), None)
    if first is None or len(first.text.split()) > 8:
        return None
    starts = (first.start + w.start() for w in re.finditer(r"(?<![\w-])[A-Z]", first.text))
    names = (first_name(text, at, first.end) for at in starts)
    bodies = [m for m in names if m and classify(m.name)[1] in _CHAIRED]
    return max(bodies, key=lambda m: (m.end, -m.start)) if bodies else None


#: The types of a post's own lines, which a field labelled by a kind of line continues.
_LINES = frozenset({"ACCOUNTABLE_TO", "RESPONSIBLE_TO", "REPORTS_TO"})
#: A field labelled only by the kind of line ("Professionally: X" after "Accountable to: Y").
_KIND_LABEL = re.compile(r"(?:professionally|managerially|clinically|operationally|"
                         r"strategically)", re.IGNORECASE)


def _kind_field(text: str, p: Passage, line: str | None) -> list[Candidate]:
    """A field labelled by a kind of line right after a relationship field ("Accountable to:
    Y" / "Professionally: X"): another value of that field, with its kind as qualifier."""
    if line is None or not p.value or not _KIND_LABEL.fullmatch(p.label.strip(" :")):
        return []
    label = LABELS[line]
    kind = Label(label.gives, label.reason,
                 f"{p.label.strip(' :').lower()} {label.gives.split('_')[0].lower()}")
    return _field_values(text, p, kind, p.value_start + len(p.value))


#: The labels of a post's lines (two words or more), as a page viewer runs them into a
#: paragraph of fields without colons ("… Grade 5 Reports to Widget Manager Department …").
_RUN_ON_LINE = re.compile(r"(?<![\w-])(?P<label>" + "|".join(
    as_written(k) for k in sorted(LABELS, key=len, reverse=True)
    if LABELS[k].gives in _STRONG and " " in k) + r")\s+(?=[A-Z])")
#: A title label run in the same way: the paragraph is a table's row of fields.
_RUN_ON_TITLE = re.compile(r"(?<![\w-])(?:" + "|".join(as_written(k) for k in RUN_IN_TITLE_LABELS)
                           + r")\s+[A-Z]")
#: What ends a run-on value: the next field's label, a section's name, a stop or a line end.
_RUN_ON_END = re.compile(r"\s(?:" + "|".join(as_written(k) for k in sorted(LABELS, key=len,
                                                                             reverse=True))
                         + r"|(?:Job\s+)?(?:Purpose|Summary|Overview)|Main\s+Duties|"
                         r"Key\s+(?:Duties|Responsibilities))\b(?![/-])|[.;:\n]")


def _ends_value(text: str, stop: re.Match[str]) -> bool:
    """Whether a label word ends a run-on value: not a post's word ("Manager") nor a word
    before one ("Team" of "Team Manager")."""
    words = stop.group().split()
    after = text[stop.end():stop.end() + 30].split()[:1]
    return len(words) != 1 or not (words[0].lower() in POST_WORDS or
                                   (after and after[0].lower() in POST_WORDS))


def _run_on_lines(text: str, p: Passage) -> list[Candidate]:
    """A post's lines in a paragraph of fields run together without colons (after a title
    label run in the same way): each value ends at the next label, but not at a label word
    of a post's name ("Team" in "Team Manager")."""
    if p.kind != "sentence" or not _RUN_ON_TITLE.search(text, p.start, p.end):
        return []
    out = []
    for m in _RUN_ON_LINE.finditer(text, p.start, p.end):
        stop = next((s.start() for s in _RUN_ON_END.finditer(text, m.end(), p.end)
                     if _ends_value(text, s)), p.end)
        target = first_name(text, m.end(), stop)
        label = LABELS[" ".join(m["label"].lower().split())]
        if target is not None and looks_like_post(target.name):
            out.append(Candidate(label.gives, None, target, (m.start(), target.end),
                                 f"field '{m['label']}'", label.reason, 0.85, label.role))
    return out


#: A short sub-clause numbered under its lead-in ("3.1.1 the Widget Lead;"): an entry of the
#: lead-in's list, as a bullet is.
_NUMBERED_ENTRY = re.compile(r"(?P<mark>\s*\d+(?:\.\d+){1,3}\.?\s+)(?:\S+\s+){0,9}\S+\s*$")


def _from_passage(text: str, p: Passage, outer: dict[int, tuple[str, int]],
                  page: Mention | None, it: Mention | None) -> list[Candidate]:
    """The candidates of one sentence or list item (before any pronoun is resolved)."""
    run_on = _run_on_lines(text, p)
    got = _passage_candidates(text, p, outer, page, it)
    if run_on:  # "… Job Title X Grade 5 Reports to Y Department …": the lines are the fields';
        return run_on + [c for c in got if c.type not in _STRONG]  # the rest stays
    return got


def _passage_candidates(text: str, p: Passage, outer: dict[int, tuple[str, int]],
                        page: Mention | None, it: Mention | None) -> list[Candidate]:
    """The candidates a sentence or list item states by its own words and its list."""
    numbered = _NUMBERED_ENTRY.match(p.text) if p.heading else None
    entry = replace(p, text=p.text[numbered.end("mark"):], start=p.start + numbered.end("mark"),
                    heading_start=text.rfind(p.heading, 0, p.start)) if numbered else p
    listed = from_list(text, entry, outer.get(p.heading_start, ("", -1))) \
        if p.kind == "item" or numbered else []
    # an entry of a body's membership list is a member, whatever its own words say
    # ("The Chair of the ICB" under "The Board consists of:")
    got = listed if any(c.rule == "made up of" for c in listed) else \
        from_sentence(text, p, it)
    if p.kind == "item" and all(c.rule == "X chair" for c in got):
        # "Widget Committee Chair" as a seat: it chairs that body and sits on this one
        return got + (listed or from_item(text, p, page))
    if not got and _works_heading(p.heading) and reads_as_list(text, p.start, p.end):
        return from_item(text, p, page)  # "Main contacts:" / "A; B; C" on one line
    return got or _labelled_list(text, p)


def _a_list(words: str) -> bool:
    """Whether words read as a list of counterparts, "A and B" a list of two."""
    run = re.sub(r"\s(?:and|&|as\s+well\s+as)\s", ", ", words)
    return reads_as_list(run, 0, len(run))


def _continued_list(text: str, p: Passage, field: Passage | None) -> list[Candidate]:
    """A line of counterparts right below a working-relationships field, which a table's
    cell wrapped onto a line of its own ("External contacts: A, B" / "C, in particular D
    and E."): more entries of that field."""
    if field is None or not _works_label(field.label) or text.count("\n", field.end, p.start) != 1:
        return []
    if not _a_list(p.text):
        return []
    return [Candidate("WORKS_WITH", None, n, (p.start, p.end), f"list '{field.label}'",
                      "the people and bodies the post works with", 0.7)
            for n in _works_targets(text, p.start, p.end) if n is not None]


def candidates(text: str, found: list[Passage] | None = None) -> list[Candidate]:
    """Every candidate relation of ``text`` (its passages found when not given)."""
    out: list[Candidate] = []
    found = passages(text) if found is None else found
    before: Mention | None = None
    sentence: Passage | None = None
    outer = _outer_headings(text, found)
    page = page_body(text, found)
    it: Mention | None = None
    line: str | None = None  # the relationship label of the field before
    field: Passage | None = None  # the passage before, when it is a field
    for p in found:
        if p.kind == "field":
            out += from_field(text, p, page) or _kind_field(text, p, line)
            known = LABELS.get(p.label.lower().rstrip(" :"))
            line = p.label.lower().rstrip(" :") if known and known.gives in _LINES else \
                line if _KIND_LABEL.fullmatch(p.label.strip(" :")) else None
        elif p.kind in ("sentence", "item"):
            got = _from_passage(text, p, outer, page, it) or _continued_list(text, p, field)
            if before is not None and _THEY.match(text, p.start, p.end):
                got = _as_antecedent(got, [before])
            elif _BOTH.match(text, p.start, p.end) and _pair(text, sentence):
                got = _as_antecedent(got, _pair(text, sentence))
            out += got
        elif p.kind == "heading":  # a signature's "Jo Example, Chair, NHS Westshire"
            out += news_chairs(text, p)
        field = p if p.kind == "field" else None
        before = _antecedent(text, p) if p.kind == "sentence" else None
        sentence = p if p.kind == "sentence" else None
        it = opener(text, p.start, p.end) if p.kind == "sentence" else it
    return out + from_charts(text, found) + from_counted(text, found) + \
        from_provisions(text, found)
