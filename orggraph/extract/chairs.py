"""Who chairs a body, as news and letters name it, and chairs the text gives as ended.

The labelling guide writes the person where a text names one: "Jo Example, chair of the
Widget Board, said …" and "Jo Example (Chair of the Widget Board)" state that Jo Example
chairs the Widget Board. A chair the text gives as ended ("former chair", "previously
chaired", "stepped down as chair", "outgoing", "was Chair of X until 2019") is not labelled.
Cue words are data (:data:`ENDED`, :data:`_CURRENT`); each rule has its reason beside it.

>>> from orggraph.extract.layout import Passage
>>> t = "Jo Example, chair of the Widget Board, said the plan was sound."
>>> [(c.source.name, c.target.name) for c in news_chairs(t, Passage("sentence", t, 0, len(t)))]
[('Jo Example', 'Widget Board')]
>>> t = "Jo Example, former chair of the Widget Board, said the plan was sound."
>>> news_chairs(t, Passage("sentence", t, 0, len(t)))
[]
>>> t = "Jo Example stepped down as Chair of the Widget Board in May."
>>> ended(t, 0, t.index("Chair"), len(t))
True
"""

from __future__ import annotations

import re

from .layout import Passage
from .mentions import Candidate, Mention, first_name
from .names import classify
from .people import is_named_person
from .rosters import PERSON_NAME

__all__ = ["ENDED", "ended", "news_chairs"]

#: Words before a chair's cue that say the chair has ended ("former chair of", "previously
#: chaired", "stepped down as Chair of", "the outgoing Chair", "had chaired", "ex-chair").
ENDED = re.compile(r"\b(?:former(?:ly)?|previous(?:ly)?|(?:immediate\s+)?past|outgoing|"
                   r"retir(?:ing|ed)|late|ex-|stepp(?:ed|ing)\s+down|steps?\s+down|resign(?:ed|ing|s)?|had|"
                   r"left|until\s+recently|once)\b", re.IGNORECASE)
#: Words after a chair's body that date its end ("… until 2019", "from 2012 to 2018",
#: "between 2010 and 2016"): the chair has ended.
_ENDED_AFTER = re.compile(r"\b(?:until|till|to|and)\s+(?:(?:January|February|March|April|May|June|"
                          r"July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b")
#: The past of the verb or of "be" right before a chair's cue ("chaired the X between …",
#: "was Chair of"): read with a date that ends it.
_PAST = re.compile(r"\b(?:was|were|chaired|served)\b", re.IGNORECASE)


def ended(text: str, start: int, cue: int, end: int) -> bool:
    """Whether a chair stated by the cue at ``cue`` (its clause ``text[start:end]``) is one the
    text gives as ended: an ending word in the clause before the cue (up to 60 characters), or
    a past verb with a date after it that ends it."""
    before = text[max(start, cue - 60):cue + 12]
    if ENDED.search(before) and not re.search(r"\bhas\s+(?:also\s+)?chaired\b", before):
        return True
    return _PAST.search(text, max(start, cue - 40), cue + 12) is not None and \
        _ENDED_AFTER.search(text, cue, end) is not None


_CHAIR = r"[Cc]hair(?:man|person|woman)?"
#: Words before "chair" that keep it a current one ("the new chair", "interim chair").
_CURRENT = r"(?:(?:new|current|interim|acting|independent|incoming)[ \t]+)?"
#: "Jo Example, (the) chair of the X," and "Jo Example (Chair of the X)": a person in
#: apposition with the chair of a body.
_APPOSED = re.compile(rf"(?P<who>{PERSON_NAME})(?:[ \t]*,[ \t]*|[ \t]*\([ \t]*)(?:the[ \t\n]+)?"
                      rf"{_CURRENT}{_CHAIR}[ \t\n]+of[ \t\n]+(?:(?:the|our|its)[ \t\n]+)?(?=[A-Z])")


#: A capitalised name (with "and", "of", "&" inside) right before "chair" or after "Chair,".
_NAME = r"[A-Z][\w&'’-]*(?:[ \t]+(?:(?:and|of|&|for)[ \t]+)?[A-Z][\w&'’-]*){0,6}"
#: "Westshire NHS Trust chair Jo Example said": an organisation's chair named before them.
_BODY_THEN = re.compile(rf"(?<![\w'’-])(?P<body>{_NAME})[ \t\n]+{_CHAIR}[ \t\n]+"
                        rf"(?P<who>{PERSON_NAME})(?![\w'’-])")
#: "Jo Example, Westshire NHS Trust chair," and a signature's "Jo Example, Chair, Westshire
#: NHS Trust": the person, then the organisation they chair.
_WHO_THEN = re.compile(rf"(?P<who>{PERSON_NAME}),[ \t\n]+(?:(?P<body>{_NAME})[ \t\n]+{_CHAIR}"
                       rf"(?=[ \t]*(?:[,.;)\n]|$))|{_CHAIR},[ \t]*(?P<org>{_NAME})[ \t]*(?=\n|$))")


def _body(text: str, at: int, end: int) -> Mention | None:
    """The body or organisation named at ``at`` (a post, a person or one word is none)."""
    body = first_name(text, at, end)
    return body if body is not None and _organisation(body.name) else None


def _organisation(name: str) -> bool:
    """Whether a name is a body's or an organisation's: its words say so, or it is two or more
    capitalised words that name no post and no person ("NHS Westshire")."""
    kind = classify(name)[0]
    return kind == "Body" or (kind == "?" and len(name.split()) >= 2 and
                              not is_named_person(name))


def news_chairs(text: str, p: Passage) -> list[Candidate]:
    """CHAIRS for each person a sentence sets beside the chair of a body ("Jo Example, chair
    of NHS Westshire, said …", "Jo Example (Chair of the Widget Board)"), the person as the
    end, as the guide writes them; an ended chair ("former chair of") is not matched."""
    out: list[Candidate] = []
    if "hair" not in text[p.start:p.end]:  # most sentences name no chair: no search
        return out
    for m in _APPOSED.finditer(text, p.start, p.end):
        body = _body(text, m.end(), p.end)
        if body is not None and is_named_person(m["who"]):
            out.append(_chairs(m, body, p, "a person set beside 'chair of the X' chairs the X"))
    return out + _organisation_chairs(text, p)


def _chairs(m: re.Match[str], body: Mention, p: Passage, why: str) -> Candidate:
    who = Mention(m["who"], m.start("who"), m.end("who"))
    return Candidate("CHAIRS", who, body, (p.start, p.end), "person, chair of", why, 0.7)


def _organisation_chairs(text: str, p: Passage) -> list[Candidate]:
    """CHAIRS for a person named with "X chair" before or after them, X an organisation ("NHS
    Westshire chair Jo Example", "Jo Example, NHS Westshire chair,", a signature's "Jo Example,
    Chair, NHS Westshire"); a standing body's "X Chair" is read as a title elsewhere."""
    out = []
    for m in [*_BODY_THEN.finditer(text, p.start, p.end), *_WHO_THEN.finditer(text, p.start,
                                                                              p.end)]:
        key = "org" if m.groupdict().get("org") else "body"
        name = m[key]
        if not is_named_person(m["who"]) or not _organisation(name) or \
                classify(name)[1] in _STANDING or ended(text, p.start, m.start(key), p.end):
            continue
        body = Mention(name, m.start(key), m.end(key))
        out.append(_chairs(m, body, p, "a person named with an organisation's chair chairs it"))
    return out


#: Standing bodies, whose "X Chair" is a title of its own ("the Widget Board Chair").
_STANDING = frozenset({"board", "committee", "panel", "forum", "network", "working-group",
                       "group", "sub-committee"})
