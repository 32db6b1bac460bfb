"""Records -> ``networkx.MultiDiGraph``, the as-of filter and resolving names to ids.

Nodes are keyed by id and carry every property of their record (``label``,
``title``/``name``, ``source``, ``evidence`` …); edges carry ``type`` and every
property of their relationship, and are keyed by type.

>>> G = load_graph()
>>> G.nodes["nw-icb"]["label"]
'Body'
>>> resolve_node(G, "ICB Executive Medical Director")
'nw-icb-executive-medical-director'
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from ._nxadapter import add_edges, add_nodes
from .cache import cached_graph
from .counts import count_graph
from .dates import is_valid_on, parse_as_of
from .errors import AmbiguousNameError, UnknownNodeError
from .index import LazyGraph, index_section, seed_graph_index, watched_graph
from .load import DEFAULT_DATA_DIR, Dataset, read_data
from .model import gc_paused

__all__ = [
    "build_graph",
    "display_name",
    "filter_as_of",
    "is_valid_on",
    "load_graph",
    "match_nodes",
    "open_graph",
    "parse_as_of",
    "resolve_node",
]


def build_graph(dataset: Dataset, as_of: dt.date | None = None, *,
                release: bool = False) -> nx.MultiDiGraph:
    """Build the graph of a :class:`~orggraph.load.Dataset`, optionally as of a date.

    The integer index the all-posts questions share is cached with the graph
    (:func:`~orggraph.index.seed_graph_index`), from the edges listed here.

    ``release`` empties ``dataset`` while building, dropping each record once it is
    in the graph: for a caller that has no further use for it (as :func:`load_graph`),
    this frees the records' memory as the graph grows.

    >>> G = build_graph(read_data())
    >>> G.graph["sources"]["nchc-dmd-2025"]["file"]
    '001_a62bc91d2fbb3e5c.txt'
    """
    with gc_paused():
        G, edges = _build(dataset, release)
        if as_of:
            return filter_as_of(G, as_of)
        seed_graph_index(G, *edges)
    return G


_Edges = tuple[list[str], list[str], list[dict[str, Any]]]


def _build(dataset: Dataset, release: bool = False) -> tuple[nx.MultiDiGraph, _Edges]:
    """The graph of ``dataset`` (written in bulk by :mod:`orggraph._nxadapter`), and its
    edges listed (ends and attribute dicts) for the index. Edges are keyed by type
    (``TYPE-2`` … for a repeat between the same ends)."""
    G = watched_graph()
    G.graph["sources"] = {
        s.id: {"id": s.id, "file": s.file, "title": s.title,
               **({"published": s.published} if s.published else {})}
        for s in dataset.sources.values()
    }
    records: list[Any] = list(dataset.nodes.values())
    rels: list[Any] = dataset.relationships
    if release:
        dataset.nodes, dataset.relationships = {}, []
    add_nodes(G, _node_items(records, release))
    return G, add_edges(G, _edge_items(rels, release))


def _node_items(records: list[Any], release: bool) -> Iterator[tuple[str, dict[str, Any]]]:
    intern = sys.intern
    for i, node in enumerate(records):
        if release:
            records[i] = None  # the record goes as its node comes
        attrs = node.properties()
        attrs["label"] = intern(attrs["label"])  # one string, not one per node
        yield node.id, attrs


def _edge_items(rels: list[Any], release: bool
                ) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    for i, rel in enumerate(rels):
        if release:
            rels[i] = None
        yield rel.start, rel.end, rel.type, rel.properties()


def load_graph(
    directory: str | Path = DEFAULT_DATA_DIR, as_of: dt.date | str | None = None, *,
    cache: bool = False,
) -> nx.MultiDiGraph:
    """Read, validate and build the graph of a data directory in one step.

    With ``cache``, an unchanged directory's graph comes from its validated cache
    (:func:`orggraph.cache.cached_graph`), as the CLI does unless ``--no-cache``; the
    cache keeps the graph's counts (:func:`orggraph.counts.count_graph`) and its index
    (:func:`orggraph.index.index_section`) before it.

    >>> load_graph(as_of="2026-04-01").has_node("nchc")
    False
    """
    when = parse_as_of(as_of) if isinstance(as_of, str) else as_of
    if cache:
        G = _cached(directory, lazy=False)
        return filter_as_of(G, when) if when else G
    return build_graph(read_data(directory), when, release=True)


def open_graph(directory: str | Path = DEFAULT_DATA_DIR, as_of: dt.date | str | None = None
               ) -> nx.MultiDiGraph | LazyGraph:
    """The graph of a data directory for a question: as :func:`load_graph` with
    ``cache``, except that a graph read from the cache is a
    :class:`~orggraph.index.LazyGraph`, its index read at once and the graph itself
    only when the question needs more than the index (``as_of`` does: the filtered
    graph is built from the whole graph).

    >>> open_graph().has_node("nchc")
    True
    """
    when = parse_as_of(as_of) if isinstance(as_of, str) else as_of
    G = _cached(directory, lazy=True)
    if when:
        return filter_as_of(G.loaded() if isinstance(G, LazyGraph) else G, when)
    return G


def _cached(directory: str | Path, lazy: bool) -> Any:
    return cached_graph(directory, lambda: build_graph(read_data(directory), release=True),
                        head=count_graph, section=index_section,
                        lazy=LazyGraph if lazy else None)


def filter_as_of(G: nx.MultiDiGraph, when: dt.date) -> nx.MultiDiGraph:
    """A copy of ``G`` with only the nodes and edges valid on ``when``.

    An edge is kept only when it and both its ends are valid on that date.

    >>> G = load_graph()
    >>> "nchc-ccs-merged-organisation" in filter_as_of(G, dt.date(2026, 3, 31))
    False
    >>> "nchc-ccs-merged-organisation" in filter_as_of(G, dt.date(2026, 4, 1))
    True
    """
    H = watched_graph()
    H.graph.update(G.graph)
    H.graph["as_of"] = when.isoformat()
    add_nodes(H, ((n, a) for n, a in G.nodes(data=True) if is_valid_on(a, when)))
    kept = [(u, v, k, a) for u, v, k, a in G.edges(keys=True, data=True)
            if u in H and v in H and is_valid_on(a, when)]
    seed_graph_index(H, *add_edges(H, kept))
    return H


def display_name(G: nx.MultiDiGraph, node: str) -> str:
    """A node's title or name.

    >>> display_name(load_graph(), "nw-icb")
    'NHS Norfolk and Waveney Integrated Care Board'
    """
    attrs = G.nodes[node]
    return str(attrs.get("title") or attrs.get("name") or node)


def _names(attrs: dict[str, Any]) -> Iterable[str]:
    for key in ("title", "name", "abbreviation"):
        if attrs.get(key):
            yield attrs[key]
    yield from attrs.get("aliases", ())


def match_nodes(G: nx.MultiDiGraph, text: str, *, exact: bool = False) -> list[str]:
    """Ids of nodes whose id, title, name, abbreviation or alias matches ``text``.

    Case-insensitive; a substring match unless ``exact``. Sorted by id.

    >>> match_nodes(G := load_graph(), "group board", exact=True)
    ['nwuhg-group-board']
    """
    wanted = text.casefold().strip()
    found = []
    for node, attrs in G.nodes(data=True):
        names = [node, *_names(attrs)]
        if exact:
            hit = any(n.casefold() == wanted for n in names)
        else:
            hit = any(wanted in n.casefold() for n in names)
        if hit:
            found.append(node)
    return sorted(found)


def resolve_node(G: nx.MultiDiGraph, text: str) -> str:
    """The id of the one node named by ``text``: an id, or an unambiguous name.

    Raises :class:`~orggraph.errors.UnknownNodeError` when nothing matches and
    :class:`~orggraph.errors.AmbiguousNameError` when several nodes do.

    >>> resolve_node(load_graph(), "NWUHG")
    'nwuhg'
    """
    if text in G:
        return text
    candidates = match_nodes(G, text, exact=True)
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        raise AmbiguousNameError(text, [(c, display_name(G, c)) for c in candidates])
    near = match_nodes(G, text)
    if len(near) == 1:
        return near[0]
    if near:
        raise AmbiguousNameError(text, [(c, display_name(G, c)) for c in near])
    raise UnknownNodeError(f"no node has the id or name {text!r}")
