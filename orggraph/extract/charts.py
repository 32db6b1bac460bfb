"""Organisation charts drawn as text: each box reports to the box on the line above.

A chart is a list of short lines under a chart heading (``cues.CHART_HEADING``), the
most senior first, each box on a line of its own ("A / B" for two side by side). A box
reports to the box above it only when the chart draws the link: a line of connectors
(``|``, ``↓``) between them, or the box indented further than the one above. A list of
titles with neither says nothing of who reports to whom, and gives nothing.

>>> t = "Organisational chart\\nMatron\\n|\\nWard Sister (this post)\\n"
>>> from .sentences import passages
>>> [(c.type, c.source, c.target.name) for c in from_charts(t, passages(t))]
[('REPORTS_TO', None, 'Matron')]
"""

from __future__ import annotations

import re

from .cues import CHART_HEADING, CHART_LINK, THIS_POST
from .layout import Passage
from .mentions import Candidate, Mention
from .names import looks_like_post

__all__ = ["from_charts"]

_GRADE = re.compile(r"\s*\((?:[^)]*\b(?:band|grade)\b[^)]*)\)", re.IGNORECASE)


def _boxes(text: str, p: Passage) -> list[Mention | None] | None:
    """The posts one line of a chart names (None: the post described), or None if not posts."""
    out: list[Mention | None] = []
    for part in re.finditer(r"[^/|\t]+", p.text):
        raw = part.group().strip()
        if not raw:
            continue
        if THIS_POST.search(raw):
            out.append(None)
            continue
        name = _GRADE.sub("", raw).strip()
        if not name or len(name.split()) > 10 or not looks_like_post(name):
            return None
        start = p.start + part.start() + part.group().index(name[:1])
        out.append(Mention(name, start, start + len(name)))
    return out or None


def _indent(text: str, at: int) -> int:
    line = text.rfind("\n", 0, at) + 1
    return len(text[line:at].expandtabs(4)) - len(text[line:at].expandtabs(4).lstrip())


def _linked(text: str, upper: Passage, lower: Passage) -> bool:
    """Whether the chart draws a link from ``lower`` up to ``upper``."""
    between = [x for x in text[upper.end:lower.start].split("\n")[1:] if x.strip()]
    if between and all(CHART_LINK.match(x) for x in between):
        return True
    return not between and _indent(text, lower.start) > _indent(text, upper.start)


def from_charts(text: str, found: list[Passage]) -> list[Candidate]:
    """REPORTS_TO from each box of a text chart to the single box drawn above it."""
    out: list[Candidate] = []
    above: tuple[Passage, list[Mention | None]] | None = None
    inside = False  # under a chart heading, every box so far a post
    for p in found:
        if p.kind == "heading" and CHART_HEADING.match(p.text):
            inside, above = True, None
            continue
        if inside and CHART_LINK.match(p.text):
            continue  # a line of connectors the layout read as an entry: the link, no box
        boxes = _boxes(text, p) if inside and p.kind in ("item", "heading") else None
        if boxes is None:
            inside, above = False, None
            continue
        if above and len(above[1]) == 1 and _linked(text, above[0], p):
            out += [Candidate("REPORTS_TO", box, above[1][0], (above[0].start, p.end),
                              "organisation chart", "a box drawn below another reports to it",
                              0.7) for box in boxes if box is not None or above[1][0] is not None]
        above = (p, boxes)
    return out
