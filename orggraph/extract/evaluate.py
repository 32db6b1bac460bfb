"""Measuring the extractor: precision, recall and F1 against hand-curated or hand-labelled facts.

A predicted relationship matches a labelled one when the types are equal and both
ends name the same thing after :func:`~orggraph.extract.names.normalise` (case,
articles, punctuation, plurals), through any name, abbreviation or alias. Each
labelled fact is matched at most once.

>>> s = Score(tp=9, fp=1, fn=3)
>>> (s.precision, s.recall, round(s.f1, 3))
(0.9, 0.75, 0.818)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import OrggraphError
from ..load import read_data
from ..model import VOCABULARY
from .pipeline import extract_text
from .records import Draft
from .names import normalise
from .reading import read_document

__all__ = ["HEADLINE_TYPES", "Evaluation", "Fact", "Score", "evaluate_sets", "score"]

#: The relationship types the headline figure is measured over.
HEADLINE_TYPES = ("ACCOUNTABLE_TO", "RESPONSIBLE_TO", "REPORTS_TO", "DEPUTISES_FOR", "MEMBER_OF")


@dataclass(frozen=True)
class Fact:
    """A relationship with each end given as the set of its normalised names."""

    type: str
    start: frozenset[str]
    end: frozenset[str]
    label: str = ""


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


def _match(predicted: Sequence[Fact], gold: Sequence[Fact]) -> tuple[list[int], set[int]]:
    """Greedy one-to-one matching: the gold index each prediction took (-1: none)."""
    taken: list[int] = []
    used: set[int] = set()
    for p in predicted:
        hit = next((i for i, g in enumerate(gold) if i not in used and g.type == p.type
                    and g.start & p.start and g.end & p.end), -1)
        taken.append(hit)
        used.add(hit)
    used.discard(-1)
    return taken, used


def score(predicted: Sequence[Fact], gold: Sequence[Fact]) -> dict[str, Score]:
    """Scores per type for one document (greedy one-to-one matching).

    >>> a = Fact("REPORTS_TO", frozenset({"nurse"}), frozenset({"matron"}))
    >>> b = Fact("REPORTS_TO", frozenset({"nurse"}), frozenset({"sister"}))
    >>> s = score([a, b], [a])["REPORTS_TO"]
    >>> (s.tp, s.fp, s.fn)
    (1, 1, 0)
    """
    out: dict[str, Score] = {}
    taken, used = _match(predicted, gold)
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
class Evaluation:
    """Scores per relationship type, over the headline types and over every type."""

    name: str
    documents: int
    by_type: dict[str, Score]
    misses: list[str]  # "doc: missed <label>" and "doc: wrong <prediction> (rule: quote)"

    def total(self, types: Iterable[str] | None = None) -> Score:
        """The scores summed over ``types`` (default: every type)."""
        wanted = set(types) if types is not None else set(self.by_type)
        total = Score()
        for t, s in self.by_type.items():
            if t in wanted:
                total.add(s)
        return total

    def rows(self) -> list[dict[str, Any]]:
        """One row per type, then the headline and overall rows."""
        def row(name: str, s: Score) -> dict[str, Any]:
            return {"set": self.name, "type": name, "tp": s.tp, "fp": s.fp, "fn": s.fn,
                    "precision": round(s.precision, 3), "recall": round(s.recall, 3),
                    "f1": round(s.f1, 3)}

        out = [row(t, self.by_type[t]) for t in VOCABULARY if t in self.by_type]
        out.append(row("headline (" + ", ".join(HEADLINE_TYPES) + ")",
                       self.total(HEADLINE_TYPES)))
        out.append(row("all types", self.total()))
        return out


def _names(record: Any) -> frozenset[str]:
    names = [getattr(record, k, None) for k in ("title", "name", "abbreviation")]
    names += list(getattr(record, "aliases", ()))
    return frozenset(normalise(n) for n in names if n)


def _predicted(draft: Draft) -> list[Fact]:
    by_id = {n.id: frozenset(normalise(x) for x in (n.name, n.abbreviation, *n.aliases) if x)
             for n in draft.nodes.values()}
    return [Fact(r.type, by_id[r.start], by_id[r.end],
                 f"{r.start} -[{r.type}]-> {r.end} (rule {r.rule}: \"{r.evidence[:120]}\")")
            for r in draft.relationships]


def _run(name: str, docs: list[tuple[str, str, list[Fact]]]) -> Evaluation:
    by_type: dict[str, Score] = {}
    misses: list[str] = []
    for sid, text, gold in docs:
        predicted = _predicted(extract_text(text, sid))
        for t, s in score(predicted, gold).items():
            by_type.setdefault(t, Score()).add(s)
        taken, used = _match(predicted, gold)  # the same matching as the figures
        misses += [f"{sid}: missed {g.label}" for i, g in enumerate(gold) if i not in used]
        misses += [f"{sid}: wrong {p.label}" for p, hit in zip(predicted, taken, strict=True)
                   if hit < 0]  # every type, headline or not
    return Evaluation(name, len(docs), by_type, misses)


def evaluate_curated(data_dir: str | Path) -> Evaluation:
    """Extract from every source of a data directory and compare with its curated records."""
    dataset = read_data(data_dir)
    docs = []
    for sid, source in sorted(dataset.sources.items()):
        document = read_document(Path(data_dir) / "sources" / source.file)
        if document.problem:
            raise OrggraphError(str(document.problem))
        # one fact per (type, from, to): a fact the curator quoted twice (two evidence
        # passages) is still one fact, as the extractor's draft holds it once
        facts = {(r.type, r.start, r.end): r for r in dataset.relationships if r.source == sid}
        gold = [Fact(t, _names(dataset.nodes[a]), _names(dataset.nodes[b]), f"{a} -[{t}]-> {b}")
                for t, a, b in facts]
        docs.append((sid, document.text, gold))
    return _run(f"{Path(data_dir).name}/sources vs curated", docs)


def evaluate_labelled(directory: str | Path) -> Evaluation:
    """Extract from every ``*.txt`` of ``directory`` and compare with its ``.labels.yaml``.

    A labels file lists ``relationships`` as ``"TYPE: from name -> to name"`` and may
    give ``aliases`` (name -> other names the text uses for it).
    """
    root = Path(directory)
    docs = []
    for labels_path in sorted(root.glob("*.labels.yaml")):
        try:
            labels = yaml.safe_load(labels_path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise OrggraphError(f"{labels_path}: {exc}") from None
        stem = labels_path.name.removesuffix(".labels.yaml")
        files = [p for p in root.glob(f"{stem}.*") if p != labels_path]
        if len(files) != 1:
            raise OrggraphError(f"{labels_path}: expected one document named {stem}.*")
        document = read_document(files[0])
        if document.problem:
            raise OrggraphError(str(document.problem))
        groups: dict[str, frozenset[str]] = {}
        for key, others in (labels.get("aliases") or {}).items():
            group = frozenset(normalise(n) for n in [key, *others])
            groups.update({n: group for n in group})

        def names(name: str, groups: dict[str, frozenset[str]] = groups) -> frozenset[str]:
            return groups.get(normalise(name), frozenset({normalise(name)}))

        gold = []
        for line in labels.get("relationships") or []:
            rtype, _, rest = str(line).partition(":")
            start, _, end = rest.partition("->")
            if rtype.strip() not in VOCABULARY or not start.strip() or not end.strip():
                raise OrggraphError(f"{labels_path}: bad label {line!r}")
            gold.append(Fact(rtype.strip(), names(start.strip()), names(end.strip()),
                             str(line)))
        docs.append((stem, document.text, gold))
    if not docs:
        raise OrggraphError(f"no *.labels.yaml files in {root}")
    return _run(str(directory), docs)


def evaluate_sets(data_dir: str | Path, labels_dir: str | Path | None = None
                  ) -> list[Evaluation]:
    """The evaluation on a data directory's sources, and on a labelled directory if given."""
    out = [evaluate_curated(data_dir)]
    if labels_dir is not None:
        out.append(evaluate_labelled(labels_dir))
    return out
