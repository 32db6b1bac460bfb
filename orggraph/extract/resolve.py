"""Entity resolution: candidates' names as posts and bodies of one draft, and their ids.

Within a document, names that differ only in case, articles, punctuation or plurals
are one node; an abbreviation defined in the text ("Integrated Care Board (ICB)")
is its full name; a short form of the described post's title ("the Ward Manager" in
the description of a "Ward Manager – Acute Ward") is that post. Against existing data
a post, or a body that is not an organisation, takes an existing id only when it is
in the same organisation as the document; otherwise it is new.

>>> from orggraph.extract.candidates import candidates
>>> from orggraph.extract.sentences import passages
>>> t = "Job Title: Ward Sister\\nReports to: Matron\\n"
>>> d = resolve(t, "jd", passages(t), candidates(t))
>>> d.subject, [(r.type, r.start, r.end, r.evidence) for r in d.relationships]
('ward sister', [('REPORTS_TO', 'ward sister', 'matron', 'Reports to: Matron')])
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from ..model import ORGANISATION_KINDS, VOCABULARY, Label
from .candidates import Candidate
from .cues import LABELS, PAGE_GAP
from .layout import Passage
from .mentions import COUNTERPARTS, Mention, first_name
from .names import classify, is_organisation_board, looks_like_post, normalise
from .people import appointments, split
from .records import Draft, DraftNode, DraftRelationship
from .rosters import ROSTER_RULE
from .titles import clean_title, find_title, has_title_field, sections
from .variants import expand_variants

__all__ = ["abbreviations", "resolve"]

_SMALL = frozenset({"of", "and", "for", "the", "&", "in"})
_ABBR = re.compile(r"\(\s*(?P<abbr>[A-Z][A-Za-z&]{1,9}?)(?:['’]?s)?\s*\)")


def _fits(abbr: str, words: list[str]) -> bool:
    """Whether ``abbr`` reads as the initials (or leading letters) of ``words`` in order."""
    letters = abbr.lower()

    def fit(i: int, j: int) -> bool:
        if i == len(letters):
            return all(w.lower() in _SMALL for w in words[j:])
        if j == len(words):
            return False
        word = re.sub(r"[^a-z]", "", words[j].lower())
        if words[j].lower() in _SMALL and fit(i, j + 1):
            return True
        k = 0
        while k < len(word) and i + k < len(letters) and word[k] == letters[i + k]:
            k += 1
            if fit(i + k, j + 1):
                return True
        return False

    return fit(0, 0)


def abbreviations(text: str) -> dict[str, str]:
    """Abbreviations the text defines, to the names they stand for.

    >>> abbreviations("the Integrated Care Board (ICB) and Health Education Westshire (HEW)")
    {'ICB': 'Integrated Care Board', 'HEW': 'Health Education Westshire'}
    """
    out: dict[str, str] = {}
    for m in _ABBR.finditer(text):
        abbr = m["abbr"]
        if abbr.lower() == abbr or abbr in out:
            continue
        words = re.split(r"[\n.;:,()\t]", text[max(0, m.start() - 160): m.start()])[-1].split()
        run: list[str] = []
        for w in reversed(words):
            if not (w[:1].isupper() or w.lower() in _SMALL):
                break
            run.insert(0, w)
        for n in range(len(run)):
            if run[n].lower() not in _SMALL and _fits(abbr, run[n:]):
                out[abbr] = " ".join(run[n:])
                break
    return out


#: One-word names that mean the body of that kind the document is about ("the Committee").
_GENERIC_BODIES = frozenset({"group", "trust", "board", "council", "partnership", "system",
                             "directorate", "division", "organisation", "committee", "panel",
                             "network", "forum", "team", "service", "department"})
_RANKS = frozenset({"deputy", "assistant", "associate", "vice", "senior", "interim"})
#: Which label an end of each type must have when its name alone does not say.
_WANT = {"MEMBER_OF": "Body", "CHAIRS": "Body", "POST_IN": "Body", "PART_OF": "Body"}


#: A group of posts or a counterpart with its scope, capitalised at the head of a list entry
#: ("All directors of the Trust", "Staff at all levels within the Council"): the scope is
#: part of the counterpart, not an organisation to take off.
_GROUP = re.compile(r"(?:all|other)\s|(?:staff|colleagues|members)\s+(?:at|of|in|from|across|"
                    r"within)\s", re.IGNORECASE)


#: What sets a post apart from the organisation named after it: "of", "at" or "in" ("Head of
#: Widgets at Westshire Council"), a comma, a dash or a bracket ("Head of Widgets, Westshire
#: NHS Trust", "… – Westshire Council", "… (Westshire NHS Trust)").
_ORGANISATION_AFTER = re.compile(r"\s(?:of|at|in)\s(?:the\s)?|,\s+(?:the\s)?|\s[–-]\s|\s\(")


def _without_organisation(name: str) -> str:
    """A post's name without the organisation it ends with ("X of Y City Council" -> "X",
    "X, Y NHS Trust" -> "X"); a counterpart in lower case keeps its scope ("staff at all
    levels within the Trust"). The organisation is the whole rest of the name: a comma inside
    it ("Head of Widgets, Westshire NHS Trust" after "of") makes it no organisation's name."""
    if not name[:1].isupper() or _GROUP.match(name):
        return name
    for m in reversed(list(_ORGANISATION_AFTER.finditer(name))):
        head, tail = name[: m.start()], " ".join(name[m.end():].split())  # a wrapped name
        if m.group().endswith("("):
            tail = tail[:-1] if tail.endswith(")") else ","  # a bracket closed at the end only
        label, kind = classify(tail)
        if label == "Body" and (kind in ORGANISATION_KINDS or is_organisation_board(tail)) and \
                looks_like_post(head) and not re.search(r"[,()]", tail):
            return head
    return name


class _Nodes:
    """The nodes of one draft, keyed by normalised name."""

    def __init__(self, text: str, subject: Mention | None,
                 parts: list[tuple[int, Mention | None]]) -> None:
        self.text = text
        self.nodes: dict[str, DraftNode] = {}
        self.abbr = abbreviations(text)
        self.abbr_of = {normalise(full): a for a, full in reversed(self.abbr.items())}
        self.subject = self.add(subject.name, "Post", subject) if subject else None
        self.parts = [(at, self.add(m.name, "Post", m) if m else None) for at, m in parts]
        #: Posts that entries of one roster name in different roles (see _shared_seats).
        self.shared_seats: set[tuple[str, str]] = set()

    def seed(self, found: list[Passage]) -> None:
        """Bodies the first headings name, and the body a text opens with ("The Widget
        Committee is …", its name cut across a line or not): what "the Committee" later
        refers to."""
        for n, p in enumerate(found[:6]):
            opens = n == 0 and re.match(r"\s*The\s+[A-Z]", p.text)
            if p.kind != "heading" and not opens:
                continue
            # an opening name a line break cut into a heading ("The Widget" / "Board is …")
            end = found[1].end if opens and len(found) > 1 else p.end
            m = first_name(self.text, p.start, end)
            label, kind = classify(m.name) if m else ("?", None)
            if m and label == "Body":
                self.add(" ".join(m.name.split()), "Body", m, kind)

    def post_at(self, offset: int) -> str | None:
        """The post a passage at ``offset`` is about: its section's, else the document's."""
        here = self.subject
        for at, key in self.parts:
            if at > offset:
                break
            here = key
        return here

    def add(self, name: str, label: str, at: Mention, kind: str | None = None) -> str:
        key = normalise(name)
        if key not in self.nodes:
            node = DraftNode(key, label, name, self.text[at.start:at.end], kind=kind)
            node.abbreviation = self.abbr_of.get(key)
            self.nodes[key] = node
        return key

    def add_person(self, at: Mention) -> str:
        """A person named as written (honorific kept), keyed apart from posts and bodies: a
        post or body of the same name is another node."""
        key = f"person: {normalise(at.name)}"
        if key not in self.nodes:
            self.nodes[key] = DraftNode(key, "Person", at.name, self.text[at.start:at.end])
        return key

    def is_subject(self, name: str) -> bool:
        """Whether ``name`` is the described post written short ("the Ward Manager")."""
        if self.subject is None:
            return False
        own = self.nodes[self.subject].name
        key, words = normalise(name), name.lower().split()
        heads = {normalise(re.split(r"\s[–-]\s|,\s|\s\(", own, maxsplit=1)[0])}
        if key == self.subject or key in heads:
            return True
        if len(words) == 1 and words[0] in (own.lower().split()[0], own.lower().split()[-1]):
            return looks_like_post(name)  # "the Director" in a Director of Nursing's profile
        tail = f" {self.subject}".endswith(f" {key}") and len(words) >= 2
        lead = self.subject[: -len(key)].split()[-1:] if tail else []
        # "executive directors" is not short for "non-executive directors": the opposite seat
        return tail and not (lead and (lead[0] in _RANKS or lead[0] == "non"))

    def _generic_body(self, name: str) -> str | None:
        """The body a one-word "the Committee" means: the one of that kind named first."""
        if len(name.split()) != 1 or name.lower() not in _GENERIC_BODIES:
            return None
        return next((k for k, n in self.nodes.items() if n.label == "Body" and
                     k.split()[-1:] == [normalise(name)]), None)

    def key_for(self, m: Mention | None, rtype: str, end: bool,
                other: str | None = None) -> str | None:
        """The node a mention names (``None``: the described post), created if new.

        ``other`` is the relation's other end: when that is the described post, a short
        form of its title ("Committee Managers" under "Responsible for" in a Principal
        Committee Manager's profile) is another post, as no post is related to itself.
        """
        if m is None:
            return self.subject
        if not normalise(m.name):
            return None  # "A" of "A. Person": an article or an initial names nothing
        full = self.abbr.get(m.name, _without_page_break(m.name))
        name = _without_organisation(full)
        if self.is_subject(name) and (other != self.subject or normalise(name) == other):
            return self.subject
        if normalise(name) in self.nodes:
            return self._also(normalise(name), full)
        found = self._generic_body(name)
        if found:
            return found
        label, kind = classify(name)
        if label == "?":  # neither a post nor a body by its words: a counterpart, an acronym
            label, kind = _unknown(name, rtype, end)
            if label == "":
                return None
        if label == "Body":
            kind = kind or "organisation"
        return self._also(self.add(name, label, m if name == m.name else
                                   Mention(name, m.start, m.end), kind), full)

    def _also(self, key: str, full: str) -> str:
        """The node ``key``, with ``full`` as an alias when the text wrote its name with the
        organisation it sits in ("Head of Widgets of the Trust")."""
        node = self.nodes.get(key)
        if node is not None and normalise(full) != key and full not in node.aliases and \
                normalise(full) not in self.abbr_of and full not in self.abbr:
            node.aliases.append(full)
        return key


def _without_page_break(name: str) -> str:
    """A name without the page number a page break left inside it ("Director of" / "2" /
    "Widgets"); a single line break stays, as other rules read it."""
    return PAGE_GAP.sub(lambda g: " " if g.group().count("\n") > 1 or "\f" in g.group() else
                        g.group(), name)


def _unknown(name: str, rtype: str, end: bool) -> tuple[str, str | None]:
    """The label of a name whose words say neither post nor body ("" when it is no node)."""
    head = re.split(r"\s(?:in|at|across|within|throughout|from)\s", name)[0]  # its scope
    counterpart = head.split()[-1].lower() in COUNTERPARTS | {"staff"} or name[:1].isupper()
    if rtype == "WORKS_WITH" and end and counterpart:
        return "Body", "organisation"
    if rtype in ("MEMBER_OF", "CHAIRS") and end and len(name.split()) >= 2 and \
            name[:1].isupper():
        return "Body", "organisation"  # "the Care Group Quadumvirate"
    if end and rtype in _LINES:
        return _line_end(name)
    if not end or not (name.isupper() and len(name) <= 6):
        return "", None
    return _WANT.get(rtype, "Post"), None


def _line_end(name: str) -> tuple[str, str | None]:
    """The label of the far end of a reporting or accountability line whose words say
    neither post nor body."""
    last = name.split()[-1]
    if re.match(r"NHS\s+[A-Z]", name):
        return "Body", "organisation"  # "Accountable to: NHS Westshire": an NHS body by its name
    if len(name.split()) >= 2 and name[:1].isupper() and last.isupper() and len(last) <= 6:
        return "Post", None  # a rank and a profession's abbreviation: "Senior GPN", "Lead AHP"
    if name.isupper() and len(name) <= 6:
        return "Post", None  # an acronym of a post
    return "", None


#: The lines a post answers along: their far end is a post (or a body the post answers to).
_LINES = frozenset({"ACCOUNTABLE_TO", "RESPONSIBLE_TO", "REPORTS_TO", "DEPUTISES_FOR"})


def _roster_member(nodes: _Nodes, c: Candidate) -> str | None:
    """The member a roster's entry names that is no person, kept whatever its words: an
    organisation (a chair's entry whose words say nothing is taken as a post)."""
    if c.source is None or not c.rule.startswith(ROSTER_RULE) or _names_person(c) or \
            classify(c.source.name)[0] != "?":
        return None
    chair = c.type == "CHAIRS"
    return nodes.add(c.source.name, "Post" if chair else "Body", c.source,
                     None if chair else "organisation")


def _names_person(c: Candidate) -> bool:
    """Whether a candidate is a roster's entry naming a person."""
    return c.source is not None and c.rule.startswith(ROSTER_RULE) and c.rule.endswith("person")


#: The seat a person holds when a fact names the person without a post (a roster's entry,
#: "Line Manager: Jo Example", "Jo Example chairs the X"), by the fact's type, the role and
#: the end the person stands at, named for the other end ``{o}``: the seat on a body, the
#: post a line runs to, the post that deputises; "Post of {p}" (the person) otherwise.
_SEATS = {("MEMBER_OF", None, False): "Member of {o}",
          ("MEMBER_OF", "vice-chair", False): "Vice-Chair of {o}",
          ("CHAIRS", None, False): "Chair of {o}", ("CHAIRS", "co-chair", False): "Co-Chair of {o}",
          ("DEPUTISES_FOR", None, False): "Deputy to {o}",
          ("REPORTS_TO", None, True): "Line Manager of {o}",
          ("RESPONSIBLE_TO", None, True): "Line Manager of {o}",
          ("ACCOUNTABLE_TO", None, True): "Line Manager of {o}"}


def _seat_name(nodes: _Nodes, c: Candidate, who: Mention, other: str | None, end: bool
               ) -> str:
    """The name of the seat a person named alone at one end of ``c`` holds (see _SEATS)."""
    form = _SEATS.get((c.type, c.role, end)) or _SEATS.get((c.type, None, end))
    node = nodes.nodes.get(other) if other else None
    if form is None or node is None:
        return f"Post of {who.name}"
    return form.format(o=node.name if node.label == "Person" else f"the {node.name}")


def _person_seat(nodes: _Nodes, c: Candidate, who: Mention, post: str | None,
                 other: str | None, end: bool) -> tuple[str, list[DraftRelationship]]:
    """The post a person named at one end of ``c`` holds, and their HOLDS of it: the post the
    text names with them, else a seat named for the fact (see _SEATS)."""
    quote = nodes.text[c.quote[0]:c.quote[1]].strip()
    person = nodes.add_person(who)
    if post is None or nodes.nodes[post].label != "Post":
        name = _seat_name(nodes, c, who, other, end)
        post = nodes.add(name, "Post", who)
        nodes.nodes[post].note = nodes.nodes[post].note or \
            "a post held by a person the text names in its place"
    return post, [DraftRelationship("HOLDS", person, post, quote, c.confidence, c.rule)]


def _seat_key(c: Candidate) -> tuple[str, str] | None:
    """The post a person's roster entry names and the body it is on, normalised."""
    if c.seat is None or c.target is None:
        return None
    return normalise(c.seat.name), normalise(c.target.name)


def _shared_seats(cands: list[Candidate]) -> set[tuple[str, str]]:
    """Posts that several entries of one roster name with different roles ("Jo Example –
    Non-Executive Director (Chair)" and "Sam Sample – Non-Executive Director"): the post is
    the members' seat, and the chair holds the chair's seat beside it."""
    roles: dict[tuple[str, str], set[tuple[str, str | None]]] = {}
    for c in cands:
        key = _seat_key(c) if _names_person(c) else None
        if key is not None:
            roles.setdefault(key, set()).add((c.type, c.role))
    return {k for k, v in roles.items() if len(v) > 1}


def _seat_holder(nodes: _Nodes, c: Candidate, who: Mention, body: str
                 ) -> tuple[str, list[DraftRelationship]]:
    """The seat post a person ``who`` named in a roster holds on ``body``, and their HOLDS:
    the post the entry names after the person, else (or when other entries name that post
    in another role) the role's seat ("Member of the X", "Chair of the X")."""
    quote = nodes.text[c.quote[0]:c.quote[1]].strip()
    person = nodes.add_person(who)
    named = normalise(c.seat.name) if c.seat else ""
    post = None
    if c.seat and named and nodes.nodes.get(named) is None:
        post = nodes.add(c.seat.name, "Post", c.seat)
    elif c.seat and named and nodes.nodes[named].label == "Post":
        post = named
    if post is not None and not (_seat_key(c) in nodes.shared_seats and
                                 (c.role or c.type == "CHAIRS")):
        seat = post
    else:
        form = _SEATS.get((c.type, c.role, False), "Member of {o}")
        name = form.format(o=f"the {nodes.nodes[body].name}")
        at = nodes.text.find(quote, c.quote[0])
        seat = nodes.add(name, "Post", Mention(name, at, at + len(quote)))
        nodes.nodes[seat].note = nodes.nodes[seat].note or \
            "a seat on the body, held by a person its roster names"
    held = [DraftRelationship("HOLDS", person, k, quote, c.confidence, c.rule)
            for k in dict.fromkeys((seat, post)) if k is not None]
    return seat, held


def _roster_body(nodes: _Nodes, c: Candidate) -> str | None:
    """The body a roster names by a word that says no kind ("the Consortium"): a body."""
    if c.target is None or not c.rule.startswith(ROSTER_RULE) or \
            classify(c.target.name)[0] != "?" or normalise(c.target.name) in nodes.nodes:
        return None
    return nodes.add(c.target.name, "Body", c.target, "organisation")


def _ends(nodes: _Nodes, c: Candidate
          ) -> tuple[str | None, str | None, list[DraftRelationship]]:
    """A candidate's two ends, and for a person named in a roster their HOLDS of the seat
    that is the start (the body is resolved first: a seat may be named for it)."""
    here = nodes.post_at(c.quote[0])
    if c.source is not None and _names_person(c):
        end = _roster_body(nodes, c) or (nodes.key_for(c.target, c.type, True, None)
                                         if c.target else here)
        if end is None:
            return None, None, []
        seat, seated = _seat_holder(nodes, c, c.source, end)
        return seat, end, seated
    roster = c.rule.startswith(ROSTER_RULE)
    source, swho = split(nodes.text, c.source) if c.source and not roster else (c.source, None)
    target, twho = split(nodes.text, c.target) if c.target and not roster and \
        _WANT.get(c.type) != "Body" else (c.target, None)  # a body's member is no person
    start = _roster_member(nodes, c) or (
        nodes.key_for(source, c.type, False, None if c.target else here)
        if source else None if swho else here)
    end = _roster_body(nodes, c) or (nodes.key_for(target, c.type, True, start)
                                     if target else None if twho else here)
    holds: list[DraftRelationship] = []
    if swho is not None:  # a person at the start: the post they hold is the start
        start, held = _person_seat(nodes, c, swho, start, end, False)
        holds += held
    if twho is not None:  # a person at the end ("Line Manager: Jo Example")
        end, held = _person_seat(nodes, c, twho, end, start, True)
        holds += held
    return start, end, holds


#: The kinds of standing body an organisation takes a seat on.
_SEATING = frozenset({"board", "committee", "sub-committee", "panel", "forum", "group",
                      "partnership", "network", "assembly", "alliance", "collaborative",
                      "working-group", "advisory-group", "council"})


def _seated(a: DraftNode, b: DraftNode) -> bool:
    """Whether body ``a`` has a seat on body ``b``: an organisation on a standing body that is
    none (the guide labels an organisation represented on a board or group as its member, as a
    roster's organisation is)."""
    return a.kind in ORGANISATION_KINDS and a.kind != "group" and b.kind in _SEATING


def _fact(nodes: _Nodes, c: Candidate) -> list[DraftRelationship]:
    """The relationships a candidate gives: its own, and for a person named in a roster,
    the person's HOLDS of the seat that is the member."""
    start, end, holds = _ends(nodes, c)
    if start is None or end is None or start == end:
        return []
    a, b = nodes.nodes[start], nodes.nodes[end]
    rtype = c.type
    if rtype == "MEMBER_OF" and a.label == b.label == "Body" and \
            not c.rule.startswith(ROSTER_RULE) and not _seated(a, b):
        rtype = "PART_OF"  # "The Trust comprises the A Division": a body's parts
    elif rtype in ("MEMBER_OF", "CHAIRS") and b.kind in ("directorate", "division",
                                                         "department"):
        rtype = "POST_IN"  # "a member of the Surgery Directorate": the post sits in it
    spec = VOCABULARY[rtype]
    if Label(a.label) not in spec.starts or Label(b.label) not in spec.ends:
        return []
    quote = nodes.text[c.quote[0]:c.quote[1]].strip()
    own = DraftRelationship(rtype, start, end, quote, c.confidence, c.rule, c.role)
    return [own, *holds]


def _appointed(nodes: _Nodes) -> list[DraftRelationship]:
    """The HOLDS of each person the text appoints to a post the draft has ("Jo Example has
    been appointed Chair of the X": the person holds the post, and its facts are theirs)."""
    out = []
    for who, post in appointments(nodes.text):
        key = nodes.subject if nodes.is_subject(post.name) else normalise(post.name)
        node = nodes.nodes.get(key) if key else None
        if node is None or node.label != "Post":
            continue
        end = nodes.text.find(".", post.end)
        quote = nodes.text[min(who.start, post.start):post.end if end < 0 else end + 1].strip()
        out.append(DraftRelationship("HOLDS", nodes.add_person(who), node.key, quote, 0.7,
                                     "appointed"))
    return out


_CHAIN = ("team", "service", "department", "division", "directorate", "organisation")


def _field_body(nodes: _Nodes, text: str, p: Passage, gives: str) -> str | None:
    """The body a field such as "Team: Ward 7" or "Directorate: Surgery" names."""
    name = clean_title(p.value)
    at = text.find(name, p.value_start)
    if not name or at < 0 or len(name.split()) > 10:
        return None
    kind = None if gives == "organisation" else gives
    return nodes.add(name, "Body", Mention(name, at, at + len(name)),
                     kind or classify(name)[1] or "organisation")


def _post_fields(nodes: _Nodes, text: str, found: list[Passage]) -> list[DraftRelationship]:
    """The described post's grade, and the bodies its fields say it sits in (innermost first)."""
    if nodes.subject is None:
        return []
    post = nodes.nodes[nodes.subject]
    chain: dict[str, str] = {}
    for p in found:
        label = LABELS.get(p.label.lower().rstrip(" :")) if p.kind == "field" else None
        if label is None or not p.value:
            continue
        if label.gives == "grade" and post.grade is None:
            grade = p.value.strip(" .")
            post.grade = f"Band {grade}" if grade.isdigit() else grade
        elif label.gives in _CHAIN and label.gives not in chain:
            key = _field_body(nodes, text, p, label.gives)
            if key:
                chain[label.gives] = key
    order = [chain[k] for k in _CHAIN if k in chain]
    out = [DraftRelationship("POST_IN", nodes.subject, order[0], nodes.nodes[order[0]].evidence,
                             0.9, "field")] if order else []
    out += [DraftRelationship("PART_OF", a, b, nodes.nodes[b].evidence, 0.6, "fields")
            for a, b in itertools.pairwise(order)]
    return out


_CHAIR_OF = re.compile(r"^(?P<vice>(?:vice|deputy)[\s-])?chair(?:man|person|woman)?\s+of\s+"
                       r"(?:the\s+)?(?P<body>.+)$", re.IGNORECASE)


#: A title naming its body before the chair ("Widget Board Chair", "Audit Committee Deputy
#: Chair"): the guide's "X Chair" when X names a body.
_BODY_CHAIR = re.compile(r"^(?P<body>.+?)\s+(?:(?P<vice>vice|deputy)[\s-]+)?chair(?:man|person|"
                         r"woman)?$", re.IGNORECASE)
#: Kinds of body whose name before "Chair" makes the title that body's chair (an
#: organisation's "Group Chair" or "Trust Chair" is left to the text).
_CHAIRED_KINDS = frozenset({"board", "committee", "panel", "forum", "sub-committee", "network"})


def _chair_of(nodes: _Nodes) -> DraftRelationship | None:
    """A title "Chair of the X Board" or "X Board Chair": the post chairs X (a vice-chair or a
    deputy chair is a member)."""
    post = nodes.nodes[nodes.subject] if nodes.subject else None
    m = _CHAIR_OF.match(post.name) if post else None
    if post is not None and m is None:
        m = _BODY_CHAIR.match(post.name)
        m = m if m and classify(m["body"])[1] in _CHAIRED_KINDS else None
    if post is None or m is None or classify(m["body"])[0] == "Post":
        return None
    at = nodes.text.find(m["body"])
    body = nodes.add(m["body"], "Body", Mention(m["body"], at, at + len(m["body"])),
                     classify(m["body"])[1] or "organisation")
    return DraftRelationship("MEMBER_OF" if m["vice"] else "CHAIRS", post.key, body,
                             post.evidence, 0.7, "title 'Chair of …'",
                             "vice-chair" if (m["vice"] or "").lower().startswith("vice") else None)


#: Kinds of body that can be a whole organisation when a document opens with one.
_GROUPS = frozenset({"group", "partnership", "network", "organisation"})


def _organisation(nodes: _Nodes, text: str, found: list[Passage]) -> str | None:
    """The organisation the document is from: an organisation named in its first lines."""
    from .mentions import names_in

    for p in found[:12]:
        for m in names_in(text, p.start, p.end, True):
            label, kind = classify(m.name)
            if label == "Body" and (kind in ORGANISATION_KINDS or kind in _GROUPS):
                return nodes.add(m.name, "Body", m, kind)
    return None


#: A text that states this many relationships of other posts and none of the post its
#: first heading or prose names is about those posts (a structure text, a board's page, a
#: news report of several appointments): it describes no one post. A title field ("Job
#: Title: …") always names the post described.
_OTHERS_ONLY = 4


def _describes(subject: str | None, facts: Iterable[DraftRelationship],
               found: list[Passage]) -> bool:
    """Whether the draft's ``subject`` is the post the text describes (see ``_OTHERS_ONLY``)."""
    if subject is None:
        return False
    if has_title_field(found):
        return True
    own = other = 0
    for r in facts:
        if r.type not in ("HOLDS", "PART_OF"):  # (a person's seat, a body's parent)
            own, other = (own + 1, other) if subject in (r.start, r.end) else (own, other + 1)
    return own > 0 or other < _OTHERS_ONLY


def resolve(text: str, source_id: str, found: list[Passage], cands: list[Candidate]) -> Draft:
    """One document's draft: its nodes and relationships, each fact once."""
    nodes = _Nodes(text, find_title(text, found), sections(text, found))
    nodes.seed(found)
    nodes.shared_seats = _shared_seats(cands)
    facts: dict[tuple[str, str, str], DraftRelationship] = {}
    for rel in [*(r for c in cands for r in _fact(nodes, c)),
                *_post_fields(nodes, text, found)]:
        facts.setdefault((rel.type, rel.start, rel.end), rel)
    for rel in _appointed(nodes):
        facts.setdefault((rel.type, rel.start, rel.end), rel)
    chaired = _chair_of(nodes)
    if chaired is not None:
        facts.setdefault((chaired.type, chaired.start, chaired.end), chaired)
    expand_variants(text, nodes.nodes, facts,
                    lambda name, a, b: nodes.add(name, "Post", Mention(name, a, b)))
    org = _organisation(nodes, text, found)
    subject = nodes.subject if _describes(nodes.subject, facts.values(), found) else None
    used = {k for r in facts.values() for k in (r.start, r.end)}
    used |= {k for k in (subject, org) if k}
    kept = {k: n for k, n in nodes.nodes.items() if k in used}
    return Draft(source_id, subject, kept, list(facts.values()), org)
