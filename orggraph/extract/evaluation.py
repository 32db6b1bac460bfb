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
from .records import Draft, DraftRelationship
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
    """A draft's relationships as facts (names normalised, quotes located in ``text``).

    An end is matched by its node's names and by those of a person the draft says HOLDS
    it: the labelling guide writes the person where a text names one ("Dr Jo Example" for
    the seat they hold on a committee). A relationship of a post that several people hold
    stands for each holder's fact ("Member of the Widget Committee", held by two members,
    gives two memberships).

    >>> from orggraph.extract.pipeline import extract_text
    >>> t = "Widget Committee\\n\\nMembership\\n\\nDr Jo Example\\nSam Sample\\n"
    >>> [(f.type, sorted(f.start)) for f in predicted_facts(extract_text(t, "d"), t)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('MEMBER_OF', ['dr jo example', 'member widget committee']),
     ('MEMBER_OF', ['member widget committee', 'sam sample']),
     ('HOLDS', ['dr jo example']), ('HOLDS', ['sam sample'])]
    """
    by_id = {n.id: frozenset(normalise(x) for x in (n.name, n.abbreviation, *n.aliases) if x)
             for n in draft.nodes.values()}
    holders: dict[str, dict[frozenset[str], str]] = {}  # a post's holders and their quotes
    for r in draft.relationships:
        if r.type == "HOLDS":
            holders.setdefault(r.end, {}).setdefault(by_id[r.start], r.evidence)
    quoted: dict[str, set[str]] = {}  # each node: the quotes of what ends or starts at it
    for r in draft.relationships:
        if r.type != "HOLDS":
            quoted.setdefault(r.end, set()).add(r.evidence)
            quoted.setdefault(r.start, set()).add(r.evidence)
    out = []
    for r in draft.relationships:
        label = f"{r.start} -[{r.type}]-> {r.end} (rule {r.rule}: \"{r.evidence[:120]}\")"
        held = {} if r.type == "HOLDS" else holders
        for start, one in _ways(r, r.start, by_id, held, quoted.get(r.end, set())):
            for end, other in _ways(r, r.end, by_id, held, quoted.get(r.start, set())):
                quote = one if one != r.evidence else other
                at = text.find(quote)
                out.append(Fact(r.type, start, end, label,
                                (at, at + len(quote)) if at >= 0 else None))
    return out


def _ways(r: DraftRelationship, node: str, by_id: dict[str, frozenset[str]],
          holders: dict[str, dict[frozenset[str], str]], beside: set[str]
          ) -> list[tuple[frozenset[str], str]]:
    """The names one end of ``r`` is matched by, once per holder of the node, each with the
    quote that states it. Where ``r`` was quoted from a holder's entry (a roster's seat), a
    holder stands in it by their own entry, unless that entry states another relationship
    with ``r``'s other end (``beside``: the chair of a body whose members hold the same
    post chairs it, and is no member by that post)."""
    held = holders.get(node, {})
    if r.evidence not in held.values():
        return [(by_id[node] | names, r.evidence) for names in held] or [(by_id[node], r.evidence)]
    return [(by_id[node] | names, quote) for names, quote in held.items()
            if quote == r.evidence or quote not in beside] or [(by_id[node], r.evidence)]


def _subject(draft: Draft) -> frozenset[str]:
    node = next((n for n in draft.nodes.values() if n.id == draft.subject), None)
    return frozenset({normalise(node.name)}) if node else frozenset()


def run(name: str, docs: Sequence[Labelled],
        predict: Callable[[Labelled], tuple[list[Fact], frozenset[str]]] | None = None
        ) -> Evaluation:
    """Score ``predict`` (default: this extractor) on labelled documents."""
    ev = Evaluation(name, len(docs), {})
    right = titled = none = postless = 0
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
        if doc.no_post:
            postless += 1
            none += not subject
            if subject:
                ev.misses.append(f"{doc.name}: title {sorted(subject)} for a text about no post")
    ev.titles = (right, titled)
    ev.untitled = (none, postless)
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


