"""Counting a data directory's nodes and relationships, without building its graph.

:func:`summary` answers ``orggraph summary``: the counts of nodes by label and body
kind, of relationships by type, and of both per source document. It counts the
records as read and validated (:func:`orggraph.load.read_data`), or takes the counts
kept at the head of the directory's validated cache (:mod:`orggraph.cache`), so it
imports neither NetworkX nor NumPy, nor the YAML reader when the cache answers.
:func:`count_graph` takes the same counts from a built graph (as
:func:`orggraph.browse.summary` does), and :func:`summary_rows` turns either into rows.

>>> rows = summary()
>>> [(r["name"], r["nodes"]) for r in rows if r["category"] == "label"]
[('Body', 144), ('Person', 4), ('Post', 81)]
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cache import cached_head
from .dates import is_valid_on, parse_as_of
from .resources import data_dir

__all__ = ["Counts", "count_graph", "count_records", "summary", "summary_rows"]


@dataclass
class Counts:
    """What :func:`summary_rows` reports: totals, and counters by category."""

    nodes: int = 0
    relationships: int = 0
    labels: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)
    node_sources: Counter[str] = field(default_factory=Counter)
    relationship_sources: Counter[str] = field(default_factory=Counter)
    #: the ids of the source documents, each reported even when nothing cites it
    sources: list[str] = field(default_factory=list)


def summary_rows(counts: Counts) -> list[dict[str, Any]]:
    """Rows with ``category``, ``name``, ``nodes`` and ``relationships``: the total,
    then each label, body kind, relationship type and source, sorted by name."""
    rows: list[dict[str, Any]] = [
        {"category": "total", "name": "all", "nodes": counts.nodes,
         "relationships": counts.relationships}
    ]
    rows += [{"category": "label", "name": k, "nodes": counts.labels[k],
              "relationships": None} for k in sorted(counts.labels)]
    rows += [{"category": "body kind", "name": k, "nodes": counts.kinds[k],
              "relationships": None} for k in sorted(counts.kinds)]
    rows += [{"category": "relationship type", "name": k, "nodes": None,
              "relationships": counts.types[k]} for k in sorted(counts.types)]
    rows += [{"category": "source", "name": k, "nodes": counts.node_sources[k],
              "relationships": counts.relationship_sources[k]} for k in sorted(counts.sources)]
    return rows


def count_graph(G: Any) -> Counts:
    """The counts of a graph built by :func:`orggraph.graph.build_graph`.

    >>> count_graph(load_graph()).labels["Post"]
    81
    """
    nodes = [a for _, a in G.nodes(data=True)]
    edges = [a for _, _, a in G.edges(data=True)]
    return Counts(
        nodes=len(nodes), relationships=len(edges),
        labels=Counter(a["label"] for a in nodes),
        kinds=Counter(a["kind"] for a in nodes if a["label"] == "Body"),
        types=Counter(a["type"] for a in edges),
        node_sources=Counter(a["source"] for a in nodes),
        relationship_sources=Counter(a["source"] for a in edges),
        sources=list(G.graph.get("sources", {})),
    )


def _valid(record: Any, when: dt.date) -> bool:
    return is_valid_on({"valid_from": record.valid_from, "valid_to": record.valid_to}, when)


def count_records(dataset: Any, when: dt.date | None = None) -> Counts:
    """The counts of the graph a :class:`~orggraph.load.Dataset` builds, as of ``when``
    if given (a relationship counts when it and both its ends are valid then, as
    :func:`orggraph.graph.filter_as_of` keeps it), without building it."""
    nodes = [n for n in dataset.nodes.values() if when is None or _valid(n, when)]
    rels = dataset.relationships
    if when is not None:
        kept = {n.id for n in nodes}
        rels = [r for r in rels if r.start in kept and r.end in kept and _valid(r, when)]
    labels = [str(n.label) for n in nodes]
    return Counts(
        nodes=len(nodes), relationships=len(rels),
        labels=Counter(labels),
        kinds=Counter(n.kind for n, label in zip(nodes, labels, strict=True)
                      if label == "Body"),
        types=Counter(r.type for r in rels),
        node_sources=Counter(n.source for n in nodes),
        relationship_sources=Counter(r.source for r in rels),
        sources=list(dataset.sources),
    )


def summary(directory: str | Path | None = None, as_of: dt.date | str | None = None, *,
            cache: bool = False) -> list[dict[str, Any]]:
    """The summary rows (:func:`summary_rows`) of a data directory (default: the
    curated data), as of a date if given, counted without building the graph.

    With ``cache``, an unchanged directory's counts come from its validated cache when
    it has one (:func:`orggraph.cache.cached_head`; the whole graph's, so not with
    ``as_of``); else the data is read and validated as :func:`orggraph.load.read_data`
    does, raising :class:`~orggraph.errors.DataError` for data with errors.

    >>> [summary(as_of=day)[0]["nodes"] for day in ("2026-03-31", "2026-04-01")]
    [226, 225]
    """
    directory = data_dir() if directory is None else directory
    when = parse_as_of(as_of) if isinstance(as_of, str) else as_of
    if cache and when is None:
        head = cached_head(directory)
        if head is not None:
            return summary_rows(head)
    from .load import read_data  # the YAML reader, only when the cache cannot answer

    return summary_rows(count_records(read_data(directory), when))
