"""Structure papers: "N posts reporting to X", then a heading for each, led by its post.

A re-structure paper often counts the posts under a manager in one sentence ("three
posts at tier 4 reporting directly to the Director of Finance") and then gives each a
heading whose text names the post leading it ("This function will be led by a Capital
Accounts Manager", "The post of General Manager will …"). The first post so named in
each of the next N sections reports to X
(``cues.COUNTED_POSTS``, ``cues.LED_BY``).

>>> t = ("Two posts at tier 4 will be reporting to the Head of Finance.\\n\\nPayroll\\n"
...      "Payroll will be led by a Payroll Manager.\\n")
>>> from .sentences import passages
>>> [(c.type, c.source.name, c.target.name) for c in from_counted(t, passages(t))]
[('REPORTS_TO', 'Payroll Manager', 'Head of Finance')]
"""

from __future__ import annotations

import re

from .cues import COUNTED_POSTS, LED_BY, NUMBERS
from .layout import Passage
from .mentions import Candidate, Mention, first_name
from .names import looks_like_post
from .titles import clean_title

__all__ = ["from_counted"]

_VERB = re.compile(r"\s+(?:leads|heads|manages|will|is)$")

#: How far after the counting sentence its posts' headings are looked for.
REACH = 6000


def _counted(text: str, p: Passage) -> tuple[int, Mention] | None:
    """(N, X) of a sentence counting N posts reporting to X, or None."""
    words = text[p.start:p.end]
    if words.isascii() and "reporting" not in words.lower():
        return None  # (the cue's one fixed word: most sentences are spared the search)
    m = COUNTED_POSTS.search(text, p.start, p.end)
    boss = first_name(text, m.end(), p.end) if m else None
    if m is None or boss is None or boss.start != m.end() or not looks_like_post(boss.name):
        return None
    return NUMBERS[m.group("n").lower()], boss


def _leader(text: str, p: Passage) -> Mention | None:
    """The post a section's first sentence says leads it ("… led by a Payroll Manager")."""
    for m in LED_BY.finditer(text[:p.end], p.start):
        if m.group("opening") and text[p.start:m.start()].strip():
            continue  # "The X will …" only as the sentence's subject
        lead = first_name(text, m.end(), p.end)
        verb = _VERB.search(lead.name) if lead else None
        if lead and verb:  # "The Head of Service leads …": the verb is not in the name
            lead = Mention(lead.name[:verb.start()], lead.start, lead.start + verb.start())
        if lead and lead.start == m.end() and looks_like_post(lead.name):
            return lead
    return None


def _graded(text: str, p: Passage) -> Mention | None:
    """The post a graded heading names ("Head of Housing   Grade M2"), or None."""
    title = clean_title(p.text)
    if title == " ".join(p.text.split()) or not looks_like_post(title):
        return None
    at = text.find(title, p.start, p.end)
    return Mention(title, at, at + len(title)) if at >= 0 else None


def from_counted(text: str, found: list[Passage]) -> list[Candidate]:
    """REPORTS_TO X from each post leading a heading after "N posts reporting to X"."""
    out: list[Candidate] = []
    left, boss, since, after_heading = 0, None, 0, False
    for p in found:
        if p.kind == "sentence" and left == 0:
            counted = _counted(text, p)
            if counted:
                (left, boss), since = counted, p.start
            continue
        if left == 0 or boss is None or p.start - since > REACH:
            left = 0
            continue
        graded = _graded(text, p) if p.kind == "heading" else None
        if p.kind == "heading" and graded is None:
            after_heading = True
            continue
        lead = graded or (_leader(text, p) if after_heading and p.kind == "sentence" else None)
        if lead:  # the first post a section names leads it; the rest of it is its work
            after_heading = False
            out.append(Candidate("REPORTS_TO", lead, boss, (since, p.end), "N posts reporting to",
                                 "each of the N posts counted under X leads a section below",
                                 0.7))
            left -= 1
    return out
