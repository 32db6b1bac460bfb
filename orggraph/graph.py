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
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from .errors import AmbiguousNameError, OrggraphError, UnknownNodeError
from .load import DEFAULT_DATA_DIR, Dataset, read_data
from .model import PartialDate, gc_paused

__all__ = [
    "build_graph",
    "display_name",
    "filter_as_of",
    "is_valid_on",
    "load_graph",
    "match_nodes",
    "parse_as_of",
    "resolve_node",
]


def build_graph(dataset: Dataset, as_of: dt.date | None = None, *,
                release: bool = False) -> nx.MultiDiGraph:
    """Build the graph of a :class:`~orggraph.load.Dataset`, optionally as of a date.

    The integer index the all-posts questions share is cached with the graph
    (:func:`~orggraph.queries._index.seed_graph_index`), from the edges listed here.

    ``release`` empties ``dataset`` while building, dropping each record once it is
    in the graph: for a caller that has no further use for it (as :func:`load_graph`),
    this lets the graph reuse the records' memory rather than leave it as holes
    Python cannot give back (a third less resident memory at 100,000 posts).

    >>> G = build_graph(read_data())
    >>> G.graph["sources"]["nchc-dmd-2025"]["file"]
    '001_a62bc91d2fbb3e5c.txt'
    """
    from .queries._index import seed_graph_index  # the queries package imports this module

    with gc_paused():
        G, edges = _build(dataset, release)
    if as_of:
        return filter_as_of(G, as_of)
    seed_graph_index(G, *edges)
    return G


_Edges = tuple[list[str], list[str], list[str]]


def _build(dataset: Dataset, release: bool = False) -> tuple[nx.MultiDiGraph, _Edges]:
    """The graph of ``dataset``, written straight into NetworkX's adjacency dicts.

    This is what ``add_node``/``add_edge`` do, less their per-call checks, with one
    difference: every attribute dict is the ``__dict__`` of a fresh instance of a
    class per kind of record (:func:`_attr_dict`), which CPython stores as a
    key-sharing dict, about 40 % smaller than a plain one. They are ordinary,
    independent, mutable ``dict`` objects all the same.
    """
    G = nx.MultiDiGraph()
    G.graph["sources"] = {
        s.id: {"id": s.id, "file": s.file, "title": s.title,
               **({"published": s.published} if s.published else {})}
        for s in dataset.sources.values()
    }
    nodes, succ, pred = G._node, G._succ, G._pred
    inner = G.adjlist_inner_dict_factory
    records: list[Any] = list(dataset.nodes.values())
    rels: list[Any] = dataset.relationships
    if release:
        dataset.nodes, dataset.relationships = {}, []
    for i, node in enumerate(records):
        if release:
            records[i] = None
        attrs = node.properties()
        attrs["label"] = sys.intern(attrs["label"])  # one string, not one per node
        nodes[node.id] = _attr_dict(_NODE_CLASSES[attrs["label"]], attrs)
        succ[node.id] = inner()
        pred[node.id] = inner()
    starts: list[str] = []
    ends: list[str] = []
    types: list[str] = []
    for i, rel in enumerate(rels):
        if release:
            rels[i] = None
        u, v = rel.start, rel.end
        for end in (u, v):
            if end not in nodes:  # as add_edge does; validation reports such edges
                nodes[end] = G.node_attr_dict_factory()
                succ[end] = inner()
                pred[end] = inner()
        keyed = succ[u].get(v)
        if keyed is None:  # the dict of the edges from u to v, keyed by type
            keyed = succ[u][v] = pred[v][u] = _keyed_class(rel.type)().__dict__
        key = rel.type
        n = 1
        while key in keyed:
            n += 1
            key = f"{rel.type}-{n}"
        keyed[key] = _attr_dict(_EdgeAttrs, rel.properties())
        starts.append(u)
        ends.append(v)
        types.append(rel.type)
    return G, (starts, ends, types)


class _EdgeAttrs:
    """Lends its instances' ``__dict__`` as edge attribute dicts (see :func:`_attr_dict`)."""


class _PostAttrs:
    """Lends its instances' ``__dict__`` as post attribute dicts."""


class _BodyAttrs:
    """Lends its instances' ``__dict__`` as body attribute dicts."""


class _PersonAttrs:
    """Lends its instances' ``__dict__`` as person attribute dicts."""


class _OtherAttrs:
    """Lends its instances' ``__dict__`` as attribute dicts of any other label."""


_KEYED_CLASSES: dict[str, type] = {}


def _keyed_class(rel_type: str) -> type:
    """A class whose instances lend their ``__dict__`` as key dicts of edges of one type.

    Most pairs of nodes have one edge, keyed by its type: sharing that key makes the
    dict about half the size of a plain one.
    """
    cls = _KEYED_CLASSES.get(rel_type)
    if cls is None:
        cls = _KEYED_CLASSES[rel_type] = type("_Keyed", (), {})
    return cls


_NODE_CLASSES: dict[str, type] = defaultdict(
    lambda: _OtherAttrs, {"Post": _PostAttrs, "Body": _BodyAttrs, "Person": _PersonAttrs})


def _attr_dict(cls: type, attrs: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``attrs`` that CPython keeps as a key-sharing ("split") dict.

    An instance's ``__dict__`` shares its keys with every other instance of the class
    and stores only the values, so a dict of six keys takes about 160 bytes, not 272.
    Keys must be set one by one: ``update`` would turn it into a plain dict. The
    instance itself is dropped; its dict lives on as an ordinary ``dict``.

    >>> d = _attr_dict(_EdgeAttrs, {"type": "REPORTS_TO", "source": "s"})
    >>> d == {"type": "REPORTS_TO", "source": "s"}, type(d) is dict
    (True, True)
    """
    out: dict[str, Any] = cls().__dict__
    for key, value in attrs.items():
        out[key] = value
    return out


def load_graph(
    directory: str | Path = DEFAULT_DATA_DIR, as_of: dt.date | str | None = None, *,
    cache: bool = False,
) -> nx.MultiDiGraph:
    """Read, validate and build the graph of a data directory in one step.

    With ``cache``, an unchanged directory's graph comes from its validated cache
    (:func:`orggraph.cache.cached_graph`), as the CLI does unless ``--no-cache``.

    >>> load_graph(as_of="2026-04-01").has_node("nchc")
    False
    """
    when = parse_as_of(as_of) if isinstance(as_of, str) else as_of
    if cache:
        from .cache import cached_graph

        G = cached_graph(directory, lambda: build_graph(read_data(directory), release=True))
        return filter_as_of(G, when) if when else G
    return build_graph(read_data(directory), when, release=True)


def parse_as_of(text: str, option: str = "--as-of") -> dt.date:
    """An as-of date from text; a partial date means its first day.

    ``option`` names the option the text came from, for the error message.

    >>> parse_as_of("2025-05")
    datetime.date(2025, 5, 1)
    """
    try:
        return PartialDate.parse(text).first_day()
    except ValueError as exc:
        raise OrggraphError(f"{option} {text!r}: {exc}") from None


def is_valid_on(attrs: dict[str, Any], when: dt.date) -> bool:
    """Whether a node's or edge's ``valid_from``/``valid_to`` include ``when``.

    >>> is_valid_on({"valid_to": "2026-03-31"}, dt.date(2026, 4, 1))
    False
    """
    start, end = attrs.get("valid_from"), attrs.get("valid_to")
    if start and PartialDate.parse(start).first_day() > when:
        return False
    return not (end and PartialDate.parse(end).last_day() < when)


def filter_as_of(G: nx.MultiDiGraph, when: dt.date) -> nx.MultiDiGraph:
    """A copy of ``G`` with only the nodes and edges valid on ``when``.

    An edge is kept only when it and both its ends are valid on that date.

    >>> G = load_graph()
    >>> "nchc-ccs-merged-organisation" in filter_as_of(G, dt.date(2026, 3, 31))
    False
    >>> "nchc-ccs-merged-organisation" in filter_as_of(G, dt.date(2026, 4, 1))
    True
    """
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    H.graph["as_of"] = when.isoformat()
    from .queries._index import seed_graph_index  # the queries package imports this module

    H.add_nodes_from((n, a) for n, a in G.nodes(data=True) if is_valid_on(a, when))
    kept = [(u, v, k, a) for u, v, k, a in G.edges(keys=True, data=True)
            if u in H and v in H and is_valid_on(a, when)]
    H.add_edges_from(kept)
    seed_graph_index(H, [e[0] for e in kept], [e[1] for e in kept],
                     [e[3].get("type") for e in kept])
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
