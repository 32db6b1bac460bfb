"""Scores of the extractor: strict and lenient precision/recall, and the post title's accuracy.

**Strict**: a predicted relationship is right when its type is right and both ends name
the labelled ones after :func:`~orggraph.extract.names.normalise` (case, articles,
punctuation, plurals), through any name, abbreviation or alias. **Lenient**: the type
is right and the quote overlaps the labelled quote (where labels give quotes; else the
target alone must be right). Each labelled fact is matched at most once. A labelled
corpus scores only the types it labels (the headline types and WORKS_WITH).

>>> s = Score(tp=9, fp=1, fn=3)
>>> (s.precision, s.recall, round(s.f1, 3))
(0.9, 0.75, 0.818)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["HEADLINE_TYPES", "LABELLED_TYPES", "Evaluation", "Fact", "Labelled", "Score",
           "lenient", "score", "strict"]

#: The relationship types the headline figures are measured over.
HEADLINE_TYPES = ("ACCOUNTABLE_TO", "RESPONSIBLE_TO", "REPORTS_TO", "DEPUTISES_FOR", "MEMBER_OF",
                  "CHAIRS")
#: The types a hand-labelled corpus labels (docs/extraction-labelling.md).
LABELLED_TYPES = frozenset({*HEADLINE_TYPES, "WORKS_WITH"})


@dataclass(frozen=True)
class Fact:
    """A relationship: each end as the set of its normalised names, and where it is quoted."""

    type: str
    start: frozenset[str]
    end: frozenset[str]
    label: str = ""
    span: tuple[int, int] | None = None  # the quote's offsets in the text, when known
    generic: bool = False


@dataclass
class Score:
    """True positives, false positives and false negatives, and the figures from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn


def strict(p: Fact, g: Fact) -> bool:
    """Type, source and target all right."""
    return g.type == p.type and bool(g.start & p.start) and bool(g.end & p.end)


def lenient(p: Fact, g: Fact) -> bool:
    """Type right and the quotes overlap (or, without quotes, the target right)."""
    if g.type != p.type:
        return False
    if g.span is None or p.span is None:
        return bool(g.end & p.end)
    return p.span[0] < g.span[1] and g.span[0] < p.span[1]


Matcher = Callable[[Fact, Fact], bool]


def _match(predicted: Sequence[Fact], gold: Sequence[Fact], same: Matcher = strict
           ) -> tuple[list[int], set[int]]:
    """Greedy one-to-one matching: the gold index each prediction took (-1: none)."""
    taken: list[int] = []
    used: set[int] = set()
    for p in predicted:
        hit = next((i for i, g in enumerate(gold) if i not in used and same(p, g)), -1)
        taken.append(hit)
        used.add(hit)
    used.discard(-1)
    return taken, used


def score(predicted: Sequence[Fact], gold: Sequence[Fact], same: Matcher = strict
          ) -> dict[str, Score]:
    """Scores per type for one document.

    >>> a = Fact("REPORTS_TO", frozenset({"nurse"}), frozenset({"matron"}))
    >>> b = Fact("REPORTS_TO", frozenset({"nurse"}), frozenset({"sister"}))
    >>> s = score([a, b], [a])["REPORTS_TO"]
    >>> (s.tp, s.fp, s.fn)
    (1, 1, 0)
    """
    out: dict[str, Score] = {}
    taken, used = _match(predicted, gold, same)
    for p, hit in zip(predicted, taken, strict=True):
        s = out.setdefault(p.type, Score())
        if hit < 0:
            s.fp += 1
        else:
            s.tp += 1
    for i, g in enumerate(gold):
        if i not in used:
            out.setdefault(g.type, Score()).fn += 1
    return out


@dataclass
class Labelled:
    """One document and its answer key: the facts and the post title (None: no one post)."""

    name: str
    text: str
    gold: list[Fact]
    post: frozenset[str] | None = None
    types: frozenset[str] | None = None  # the types labelled (None: every type)
    no_post: bool = False  # the labels say the text describes no one post (``post: null``)


@dataclass
class Evaluation:
    """Strict and lenient scores per type, and how often the post title was exactly right."""

    name: str
    documents: int
    by_type: dict[str, Score]
    lenient: dict[str, Score] = field(default_factory=dict)
    titles: tuple[int, int] = (0, 0)  # right, documents with a labelled post
    untitled: tuple[int, int] = (0, 0)  # given no title, documents that describe no post
    misses: list[str] = field(default_factory=list)

    def total(self, types: Iterable[str] | None = None, *, lenient: bool = False) -> Score:
        """The scores summed over ``types`` (default: every type)."""
        table = self.lenient if lenient else self.by_type
        wanted = set(types) if types is not None else set(table)
        total = Score()
        for t, s in table.items():
            if t in wanted:
                total.add(s)
        return total

    def rows(self) -> list[dict[str, Any]]:
        """One row per type, then the headline, WORKS_WITH and overall rows, and titles: right
        for the documents that describe a post, and none given for those that describe none."""
        def row(name: str, types: Iterable[str]) -> dict[str, Any]:
            s, loose = self.total(types), self.total(types, lenient=True)
            return {"set": self.name, "type": name, "tp": s.tp, "fp": s.fp, "fn": s.fn,
                    "precision": round(s.precision, 3), "recall": round(s.recall, 3),
                    "lenient_precision": round(loose.precision, 3),
                    "lenient_recall": round(loose.recall, 3)}

        out = [row(t, [t]) for t in sorted(self.by_type)]
        out.append(row("headline", HEADLINE_TYPES))
        out.append(row("all types", self.by_type))
        right, n = self.titles
        out.append({"set": self.name, "type": "post title", "tp": right, "fp": n - right,
                    "fn": n - right, "precision": round(right / n, 3) if n else 0.0,
                    "recall": round(right / n, 3) if n else 0.0, "lenient_precision": "",
                    "lenient_recall": ""})
        none, n = self.untitled
        if n:  # a title given to a text about no one post is a post nobody described
            out.append({"set": self.name, "type": "no post described", "tp": none,
                        "fp": n - none, "fn": 0, "precision": round(none / n, 3),
                        "recall": "", "lenient_precision": "", "lenient_recall": ""})
        return out


