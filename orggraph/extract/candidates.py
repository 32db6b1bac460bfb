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
from dataclasses import dataclass

from .cues import CUES, LABELS, Cue
from .layout import Passage
from .mentions import Mention, first_name, names_in
from .names import classify, looks_like_post
from .sentences import clauses, passages

__all__ = ["Candidate", "candidates", "subject_of"]


@dataclass(frozen=True)
class Candidate:
    """A relation a passage states: ``None`` for an end means the post described."""

    type: str
    source: Mention | None
    target: Mention | None
    quote: tuple[int, int]
    rule: str
    reason: str
    confidence: float
    role: str | None = None


#: Words that name no particular post or body on their own (plural generics).
GENERIC = frozenset({"managers", "staff", "colleagues", "directors", "leaders", "partners",
                     "members", "stakeholders", "teams", "clinicians", "services", "internal",
                     "external", "other", "others", "all", "various", "key", "including"})
#: The post itself, named as a subject or an object.
_SELF = (r"(?:the\s+|this\s+|your\s+)?(?:post[\s-]?holder|postholder|job[\s-]?holder|incumbent|"
         r"appointee|successful\s+(?:candidate|applicant)|role|post|position)|they|he|she|you|"
         r"s/he|he/she|he\s+or\s+she|we")
_SELF_START = re.compile(rf"^\s*(?:[\w ,]{{0,40}},\s*)?(?:{_SELF})\b", re.IGNORECASE)
_SELF_TAIL = re.compile(rf"\b(?:{_SELF})\s+(?:(?:will|shall|would|must|may|can|is|are|also|be|"
                        r"to|directly|continue|remain|expected|required|normally|usually)\s+)*$",
                        re.IGNORECASE)
_SELF_OBJECT = re.compile(rf"^\s*(?:{_SELF})\b", re.IGNORECASE)
#: A duty written as an order ("Deputise for …", "To attend …") is the post's own.
_DUTY = re.compile(r"^\s*(?:to\s+)?(?:lead|attend|support|provide|work|ensure|be|act|chair|"
                   r"co-chair|deputise|deputize|manage|line\s+manage|develop|represent|"
                   r"participate|contribute|oversee|undertake|deliver|promote|maintain|liaise|"
                   r"advise|champion|report|sit|serve|hold|establish|build|foster|"
                   r"collaborate|engage|as\s+(?:a|an|the)\b)", re.IGNORECASE)
#: What may stand between a named subject and its verb: a relative clause, modal verbs.
_BETWEEN = re.compile(r"^\s*(?:,\s*(?:who|which)\b[^,]*,)?\s*(?:,\s*who\s+)?(?:(?:will|shall|is|"
                      r"are|would|must|also|directly|be|has|have|currently|each|both|jointly|"
                      r"remains?|continues?\s+to\s+be)\s+)*$", re.IGNORECASE)
_CONTINUES = re.compile(r"^\s*(?:and|but|or|also|will|shall|is|are|to|be)\b", re.IGNORECASE)


def subject_of(text: str, start: int, cue: int) -> tuple[bool, Mention | None]:
    """Who a clause ``text[start:cue]`` is about: (known, mention); mention None = the post.

    >>> t = "The Matron, who leads the ward, will report to the Director"
    >>> subject_of(t, 0, t.index("report"))
    (True, Mention(name='Matron', start=4, end=10, qualifier=''))
    """
    before = text[start:cue]
    bare = re.sub(r"^\s*(?:\d+(?:\.\d+)*[.)]?|[a-z]\)|[•·▪*\-–])?\s*", "", before)
    if not bare.strip() or _SELF_TAIL.search(bare):
        return True, None
    at = start + len(before) - len(bare)
    lead = first_name(text, at, cue)
    if lead and _BETWEEN.match(text[lead.end:cue]) and text[at:lead.start].strip().lower() \
            in ("", "the", "this", "our", "each", "every"):
        return True, lead
    if _SELF_START.match(bare) or _DUTY.match(bare):
        return True, None
    if _CONTINUES.match(bare):
        return False, None  # "and will report to …": the sentence's subject, given earlier
    if not re.search(r"[A-Z]", bare[1:]):
        return True, None  # no name before the cue: the document's post
    return True, None if re.match(r"\s*(?:In|As|With|Working|When|Where)\b", bare) else lead


def _role(cue: Cue, m: re.Match[str], target: Mention) -> str | None:
    if "role" in cue.pattern.groupindex and m.group("role"):
        return f"{m.group('role').strip().lower()} member"
    return cue.role or (target.qualifier.lower() or None)


def _targets(text: str, at: int, end: int, many: bool) -> list[Mention | None]:
    """The names after a cue; [None] when it names the post itself ("… to the post holder")."""
    if _SELF_OBJECT.match(text, at, end) and not re.match(r"\s*(?:the\s+)?(?:post|role)\s+of\b",
                                                          text[at:end]):
        return [None]
    found = names_in(text, at, end, many)
    return [m for m in found if m.name.split()[-1].lower() not in GENERIC]


def from_clause(text: str, a: int, b: int, last: Mention | None, quote: tuple[int, int]
                ) -> tuple[list[Candidate], Mention | None]:
    """The candidates of one clause, and its subject (for the next clause of the sentence)."""
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    subject = last
    for cue in CUES:
        for m in cue.pattern.finditer(text, a, b):
            if any(x < m.end() and m.start() < y for x, y in taken):
                continue
            taken.append(m.span())
            known, who = subject_of(text, a, m.start())
            who = who if known else last
            if who is not None and classify(who.name)[0] == "?":
                continue
            subject = who
            for target in _targets(text, m.end(), b, cue.many):
                for rtype in cue.gives.split("+"):
                    out.append(_candidate(rtype, who, target, quote, cue, m))
    return out, subject


def _candidate(rtype: str, who: Mention | None, target: Mention | None,
               quote: tuple[int, int], cue: Cue, m: re.Match[str]) -> Candidate:
    role = _role(cue, m, target) if target is not None else cue.role
    if rtype == "MANAGES":  # "line manages the X": the X reports to the subject
        return Candidate("REPORTS_TO", target, who, quote, cue.name, cue.reason, 0.75)
    return Candidate(rtype, who, target, quote, cue.name, cue.reason, 0.8, role)


_MEMBER_NAMED = re.compile(r"\b(?:as\s+)?(?:an?|the)\s+(?P<body>(?:[A-Z][\w&'’-]*\s+){0,4}?"
                           r"(?:Board|Committee|Team|Group|Executive|Forum|Panel|Council))\s+"
                           r"[Mm]ember\b")


def from_sentence(text: str, p: Passage) -> list[Candidate]:
    """The candidates of a sentence or list item, clause by clause."""
    out: list[Candidate] = []
    last: Mention | None = None
    for a, b in clauses(text, p.start, p.end):
        found, last = from_clause(text, a, b, last, (p.start, p.end))
        out += found
    for m in _MEMBER_NAMED.finditer(text, p.start, p.end):  # "as a Board Member"
        known, who = subject_of(text, p.start, m.start())
        body = first_name(text, m.start("body"), m.end("body"))
        if known and body and classify(body.name)[0] == "Body":
            out.append(Candidate("MEMBER_OF", who, body, (p.start, p.end), "named member",
                                 "a 'Board member' is a member of the Board", 0.7))
    return out


def from_field(text: str, p: Passage) -> list[Candidate]:
    """A relationship field: its label's relation to each name of its value."""
    label = LABELS.get(p.label.lower().rstrip(" :"))
    if label is None or not p.value or not (label.gives.isupper()):
        return []
    end = p.value_start + len(p.value)
    many = label.gives != "DEPUTISES_FOR"
    names = _targets(text, p.value_start, end, many)
    if not names:
        found = re.match(r"\s*(?:the\s+)?([a-z][a-z ]{2,60}?)\s*$", p.value)
        if found and looks_like_post(found.group(1)) and label.gives != "WORKS_WITH":
            at = p.value_start + found.start(1)
            names = [Mention(found.group(1), at, at + len(found.group(1)))]
    out = []
    for n in names:
        if n is None:
            continue
        if label.gives == "MANAGES":
            if looks_like_post(n.name):
                out.append(Candidate("REPORTS_TO", n, None, (p.start, p.end),
                                     f"field '{p.label}'", label.reason, 0.85))
            continue
        role = label.role or (f"{n.qualifier.split()[0].lower()} {label.gives.split('_')[0].lower()}"
                              if n.qualifier.lower().endswith("ly") else None)
        out.append(Candidate(label.gives, None, n, (p.start, p.end), f"field '{p.label}'",
                             label.reason, 0.95, role))
    return out


_RELATION_HEADING = re.compile(r"(?:key|main|principal|working|internal|external)?\s*(?:working\s+)?"
                               r"(?:relationships|contacts|stakeholders|liaison)", re.IGNORECASE)


def from_item(text: str, p: Passage) -> list[Candidate]:
    """An entry of a list under a "Key relationships" heading: the post works with it."""
    if not _RELATION_HEADING.search(p.heading) or len(p.heading.split()) > 6:
        return []
    names = [n for n in names_in(text, p.start, p.end, True) if n is not None]
    return [Candidate("WORKS_WITH", None, n, (p.start, p.end), f"list '{p.heading}'",
                      "the people and bodies the post works with", 0.7)
            for n in names if n.name.split()[-1].lower() not in GENERIC
            and classify(n.name)[0] != "?"]


def candidates(text: str, found: list[Passage] | None = None) -> list[Candidate]:
    """Every candidate relation of ``text`` (its passages found when not given)."""
    out: list[Candidate] = []
    for p in passages(text) if found is None else found:
        if p.kind == "field":
            out += from_field(text, p)
        elif p.kind in ("sentence", "item"):
            got = from_sentence(text, p)
            out += got or (from_item(text, p) if p.kind == "item" else [])
    return out
