"""Measuring the extractor on answer keys: strict and lenient scores, post-title accuracy.

:func:`evaluate_sets` extracts from a data directory's sources (scored against its
curated records) and from a hand-labelled directory (one half of its split, if asked),
with :mod:`orggraph.extract.scores`' matching.

>>> from orggraph.load import DEFAULT_DATA_DIR
>>> ev = evaluate_curated(DEFAULT_DATA_DIR)
>>> ev.documents, ev.total(HEADLINE_TYPES).tp > 0
(5, True)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from .labels import curated, labelled
from .names import normalise
from .pipeline import extract_text
from .records import Draft
from .scores import (
    HEADLINE_TYPES,
    Evaluation,
    Fact,
    Labelled,
    Score,
    _match,
    lenient,
    score,
    strict,
)

__all__ = ["HEADLINE_TYPES", "evaluate_curated", "evaluate_labelled", "evaluate_sets",
           "predicted_facts", "run"]


def predicted_facts(draft: Draft, text: str) -> list[Fact]:
    """A draft's relationships as facts (names normalised, quotes located in ``text``)."""
    by_id = {n.id: frozenset(normalise(x) for x in (n.name, n.abbreviation, *n.aliases) if x)
             for n in draft.nodes.values()}
    out = []
    for r in draft.relationships:
        at = text.find(r.evidence)
        out.append(Fact(r.type, by_id[r.start], by_id[r.end],
                        f"{r.start} -[{r.type}]-> {r.end} (rule {r.rule}: \"{r.evidence[:120]}\")",
                        (at, at + len(r.evidence)) if at >= 0 else None))
    return out


def _subject(draft: Draft) -> frozenset[str]:
    node = next((n for n in draft.nodes.values() if n.id == draft.subject), None)
    return frozenset({normalise(node.name)}) if node else frozenset()


def run(name: str, docs: Sequence[Labelled],
        predict: Callable[[Labelled], tuple[list[Fact], frozenset[str]]] | None = None
        ) -> Evaluation:
    """Score ``predict`` (default: this extractor) on labelled documents."""
    ev = Evaluation(name, len(docs), {})
    right = titled = 0
    for doc in docs:
        facts, subject = (predict or _extract)(doc)
        facts = [f for f in facts if doc.types is None or f.type in doc.types]
        for table, same in ((ev.by_type, strict), (ev.lenient, lenient)):
            for t, s in score(facts, doc.gold, same).items():
                table.setdefault(t, Score()).add(s)
        taken, used = _match(facts, doc.gold)
        ev.misses += [f"{doc.name}: missed {g.label}" for i, g in enumerate(doc.gold)
                      if i not in used]
        ev.misses += [f"{doc.name}: wrong {p.label}" for p, hit in zip(facts, taken, strict=True)
                      if hit < 0]
        if doc.post is not None:
            titled += 1
            right += bool(subject & doc.post)
            if not subject & doc.post:
                ev.misses.append(f"{doc.name}: title {sorted(subject)} for {sorted(doc.post)}")
    ev.titles = (right, titled)
    return ev


def _extract(doc: Labelled) -> tuple[list[Fact], frozenset[str]]:
    draft = extract_text(doc.text, doc.name)
    return predicted_facts(draft, doc.text), _subject(draft)


def evaluate_curated(data_dir: str | Path) -> Evaluation:
    """Extract from every source of a data directory and compare with its curated records."""
    return run(f"{Path(data_dir).name}/sources vs curated", curated(data_dir))


def evaluate_labelled(directory: str | Path, half: str | None = None) -> Evaluation:
    """Extract from every labelled document of ``directory`` (one half of its split, if given)."""
    suffix = f" ({half} half)" if half else ""
    return run(f"{directory}{suffix}", labelled(directory, half))


def evaluate_sets(data_dir: str | Path, labels_dir: str | Path | None = None,
                  half: str | None = None) -> list[Evaluation]:
    """The evaluation on a data directory's sources, and on a labelled directory if given."""
    out = [evaluate_curated(data_dir)]
    if labels_dir is not None:
        out.append(evaluate_labelled(labels_dir, half))
    return out


