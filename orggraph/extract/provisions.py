"""Provisions: a body's membership set out in lettered paragraphs, as regulations write it.

Regulations and constitutions list a body's members after a lead-in that ends with a dash
("The membership of the board must include, at least, one each of the following—"), one
lettered paragraph each ("(a) the persons who hold the offices of Chief Executive and
Director of Finance;", or a line "b" and then "a registered nurse, …"). Each paragraph's
post is a member of the body the lead-in names ("membership of the X"), or of the body a
heading "Membership of X" names when the lead-in names none ("The officer members shall
include–"). A member "chairman of the X", X a standing body, chairs the X too.

>>> t = ("Membership of Widget Boards\\n\\n(4) The officer members shall include–\\n\\n"
...      "(a)the persons who hold the offices of Chief Officer and Widget Lead;\\n\\n"
...      "(b)the chairman of the Widget Committee.\\n")
>>> from .sentences import passages
>>> sorted((c.type, c.source.name, c.target.name) for c in from_provisions(t, passages(t)))
... # doctest: +NORMALIZE_WHITESPACE
[('CHAIRS', 'chairman of the Widget Committee', 'Widget Committee'),
 ('MEMBER_OF', 'Chief Officer', 'Widget Boards'),
 ('MEMBER_OF', 'Widget Lead', 'Widget Boards'),
 ('MEMBER_OF', 'chairman of the Widget Committee', 'Widget Boards')]
"""

from __future__ import annotations

import re

from .layout import Passage
from .mentions import Candidate, Mention, first_name, names_in, plain_name
from .names import classify, looks_like_post

__all__ = ["from_provisions"]

#: A lead-in that lists a body's members in the paragraphs after it, ending with a dash.
LEAD_IN = re.compile(r"\b(?:include|includes|comprise|comprises|consist\s+of|following)"
                     r"\s*[–—-]\s*$", re.IGNORECASE)
#: "membership of the X" in the lead-in: the body, in any case ("the governing body").
MEMBERSHIP_OF = re.compile(r"\bmembership\s+of\s+(?:the\s+|its\s+|each\s+)?"
                           r"(?P<body>[\w’'& -]{3,60}?)\s+(?:must|shall|will|should|is|"
                           r"includes?)\b", re.IGNORECASE)
#: A heading "Membership of X" over the provisions.
HEADING_OF = re.compile(r"^\s*membership\s+of\s+(?:the\s+)?(?P<body>.+?)\s*$", re.IGNORECASE)
#: A paragraph's letter: "(a)" before its text, or a line holding only "a" / "(b)".
LETTER = re.compile(r"\s*\(?[a-z]{1,3}\)\s*")
LONE_LETTER = re.compile(r"\s*\(?[a-z]{1,3}\)?\s*$")
#: The post of a paragraph: after "hold(s) the office(s) / post of", or after "an individual
#: who is"; otherwise the paragraph's first name.
HOLDS = re.compile(r"\bhold(?:s|ing)?\s+the\s+(?:offices?|posts?)\s+of\s+|\bindividual\s+who\s+"
                   r"is\s+(?:an?\s+)?", re.IGNORECASE)
#: A chairman named by the body he chairs: "chairman of the Widget Committee".
CHAIR_OF = re.compile(r"(?:chair|chairman|chairperson)\s+of\s+(?:the\s+)?(?P<body>[A-Z].*)$",
                      re.IGNORECASE)
_STANDING = frozenset({"board", "committee", "panel", "forum", "group", "advisory-group",
                       "working-group", "network", "assembly"})


def _body(text: str, p: Passage) -> Mention | None:
    """The body a lead-in's provisions are members of, or None."""
    m = MEMBERSHIP_OF.search(text, p.start, p.end)
    if m is None and p.heading_start >= 0:
        m = HEADING_OF.match(p.heading)
        if m is None:
            return None
        at = p.heading_start + m.start("body")
        return Mention(m["body"], at, at + len(m["body"]))
    if m is None:
        return None
    found = first_name(text, m.start("body"), m.end("body")) or \
        plain_name(text, m.start("body"), m.end("body"))
    return found if found and classify(found.name)[0] == "Body" else None


def _posts(text: str, q: Passage) -> list[Mention]:
    """The posts one lettered paragraph names."""
    letter = LETTER.match(q.text)
    at = q.start + (letter.end() if letter else 0)
    holds = HOLDS.search(text, at, q.end)
    at = holds.end() if holds else at
    phrase = re.split(r"[,;]|\s+(?:who|which|appointed|other\s+than)\b", text[at:q.end])[0]
    lead = re.match(r"\s*(?:the\s+|an?\s+)?", phrase)
    start = at + (lead.end() if lead else 0)
    name = text[start:at + len(phrase)].rstrip(" .")
    if CHAIR_OF.match(name):  # "chairman of the Executive Committee", as written
        return [Mention(name, start, start + len(name))]
    found = names_in(text, at, at + len(phrase), True) or \
        [m for m in [plain_name(text, at, at + len(phrase))] if m]
    return [m for m in found if looks_like_post(m.name)]


def _paragraphs(found: list[Passage], n: int) -> list[Passage]:
    """The lettered paragraphs right after the lead-in ``found[n]``."""
    out: list[Passage] = []
    for q in found[n + 1:]:
        if q.kind == "heading" and LONE_LETTER.fullmatch(q.text):
            continue  # a line holding only the next paragraph's letter
        if q.kind in ("sentence", "item") and (LETTER.match(q.text) or q.text[:1].islower()):
            out.append(q)
            continue
        break
    return out


def from_provisions(text: str, found: list[Passage]) -> list[Candidate]:
    """MEMBER_OF the body from each post of the lettered paragraphs after a dashed lead-in."""
    out: list[Candidate] = []
    for n, p in enumerate(found):
        if p.kind not in ("sentence", "item") or p.text.rstrip()[-1:] not in "–—-" or \
                not LEAD_IN.search(p.text):
            continue
        body = _body(text, p)
        for q in _paragraphs(found, n) if body else []:
            for post in _posts(text, q):
                out.append(Candidate("MEMBER_OF", post, body, (q.start, q.end), "provisions",
                                     "a lettered paragraph after a body's membership lead-in "
                                     "names a member", 0.7))
                chaired = CHAIR_OF.match(post.name)
                if chaired and classify(chaired["body"])[1] in _STANDING:
                    at = post.start + chaired.start("body")
                    out.append(Candidate("CHAIRS", post, Mention(chaired["body"], at,
                                                                  at + len(chaired["body"])),
                                         (q.start, q.end), "provisions",
                                         "the chairman of a body, named as a member", 0.7))
    return out
