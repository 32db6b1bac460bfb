"""An integer-indexed copy of a graph's nodes and edges, built once and cached.

Walking a ``MultiDiGraph`` edge by edge costs about a microsecond an edge; the
all-posts questions would pay it on every call. :func:`graph_index` numbers the
nodes once (in id order, so sorting by number is sorting by id) and keeps every
edge as three numpy arrays (start, end, type code). :func:`hierarchy_index` derives
the post-to-post lines of one relationship set as compressed sparse rows (CSR).
The span engine (:mod:`orggraph.queries.structure`) and the cover questions work
on these arrays.

The indexes live in ``G.__networkx_cache__``, which NetworkX (3.3 and later)
empties on every structural change and on ``nx.set_node_attributes`` /
``nx.set_edge_attributes``. An index never answers for a changed graph, changed in
place (``G.edges[u, v, k]["type"] = ...``) included:

- a graph made by :func:`watched_graph` (as :func:`~orggraph.graph.build_graph` and
  :func:`~orggraph.graph.filter_as_of` make theirs) keeps its node and edge attributes
  in dicts that empty the index entry on any change, through NetworkX's documented
  attribute-dict factories; nothing is checked per question;
- any other graph (a copy, a graph made by hand) is checked before each use: the index
  keeps the attribute dicts it was built from and the values it read (``label``,
  ``title``, ``name`` of each node, ``type`` of each edge) and compares them, a pass
  over lists in C, cheaper than rebuilding but linear in the size of the graph.

Views (``G.subgraph``) are not cached: the graph under them may change unseen.

The index can stand for its graph: :func:`index_section` is what the validated cache
(:mod:`orggraph.cache`) keeps before a graph, and a :class:`LazyGraph` made from it
answers the all-posts questions without the graph, reading it only when asked for
more.

>>> from orggraph.graph import load_graph
>>> G = load_graph()
>>> ix = graph_index(G)
>>> ix.ids[ix.post_numbers()[0]]
'dh-national-policy-lead-ooh'
>>> graph_index(G) is ix  # cached
True
>>> G.add_node("new-post", label="Post"); graph_index(G) is ix  # rebuilt after a change
False
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

import networkx as nx
import numpy as np
import numpy.typing as npt

from ._arrays import Ints, sorted_distinct
from .model import ACCOUNTABILITY_TYPES, VOCABULARY

__all__ = ["TYPE_CODES", "GraphIndex", "HierarchyIndex", "LazyGraph", "clear_index",
           "gather", "graph_index", "hierarchy_index", "index_section", "seed_graph_index",
           "watched_graph"]

Bools = npt.NDArray[np.bool_]
Attrs = dict[str, Any]

_CACHE_KEY = "orggraph.index"
#: Type codes: the position in the vocabulary; -1 for a type outside it.
TYPE_CODES: dict[str, int] = {name: i for i, name in enumerate(VOCABULARY)}


@dataclass(frozen=True, eq=False)
class GraphIndex:
    """Every node numbered in id order and every edge as ``(start, end, type)`` arrays."""

    ids: list[str]  # node number -> id, sorted
    names: list[str]  # node number -> display name
    is_post: Bools
    start: Ints  # one entry per edge
    end: Ints
    type: Ints  # TYPE_CODES value of the edge's ``type``

    def post_numbers(self) -> Ints:
        """The numbers of the posts, ascending (so in id order)."""
        return np.flatnonzero(self.is_post)

    def mask(self, types: tuple[str, ...] | frozenset[str] | set[str]) -> Bools:
        """Which edges have one of ``types``."""
        codes = [TYPE_CODES[t] for t in types if t in TYPE_CODES]
        return np.isin(self.type, np.array(codes, dtype=np.int64))

    def numbers(self, ids: set[str]) -> Bools:
        """A node mask of ``ids`` (unknown ids are ignored)."""
        return np.fromiter((i in ids for i in self.ids), dtype=np.bool_, count=len(self.ids))


@dataclass(frozen=True, eq=False)
class HierarchyIndex:
    """The distinct post-to-post lines of one relationship set, both ways, as CSR.

    ``down_ptr[p]:down_ptr[p+1]`` slices ``down`` to the posts answering to ``p``,
    ascending; likewise ``up_ptr``/``up`` for the posts ``p`` answers to. Node numbers
    are those of the :class:`GraphIndex`; only posts have lines.
    """

    graph: GraphIndex
    posts: Ints  # the numbers of its posts, ascending
    up_ptr: Ints
    up: Ints
    down_ptr: Ints
    down: Ints
    #: What the span engine derived from these lines, kept as long as they are.
    derived: dict[str, Any] = field(default_factory=dict)

    def n_up(self) -> Ints:
        """How many posts each node answers to."""
        return np.diff(self.up_ptr)

    def n_down(self) -> Ints:
        """How many posts answer to each node (its direct span)."""
        return np.diff(self.down_ptr)


_NODE_KEYS = ("label", "title", "name")


@dataclass(frozen=True, eq=False)
class _Witness:
    """The attribute dicts an index was built from, and the values it read of them."""

    nodes: list[Attrs]  # in id order
    node_values: tuple[list[Any], ...]  # one list per key of _NODE_KEYS
    edges: list[Attrs]  # in index order
    types: list[Any]

    @classmethod
    def of(cls, nodes: list[Attrs], edges: list[Attrs]) -> _Witness:
        return cls(nodes, tuple(_values(nodes, k) for k in _NODE_KEYS), edges,
                   _values(edges, "type"))

    def holds(self) -> bool:
        """Whether every value read is still the one in its dict."""
        return self.types == _values(self.edges, "type") and all(
            seen == _values(self.nodes, k)
            for k, seen in zip(_NODE_KEYS, self.node_values, strict=True))


def _values(dicts: list[Attrs], key: str) -> list[Any]:
    return list(map(dict.get, dicts, repeat(key)))


class _WatchedAttrs(dict[str, Any]):
    """An attribute dict that forgets its graph's index when it changes."""

    __slots__ = ("_cache",)
    _cache: dict[Any, Any]

    def _changed(self) -> None:
        cache = getattr(self, "_cache", None)  # unset unless a factory made it
        if cache is not None:
            cache.pop(_CACHE_KEY, None)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as a plain dict and its graph's cache, restored by
        :func:`_restore_watched`: unpickling then fills the dict in C instead of
        calling :meth:`__setitem__` per key (about six times faster to load)."""
        return _restore_watched, (dict(self), getattr(self, "_cache", None))

    def __setitem__(self, key: str, value: Any) -> None:
        self._changed()
        super().__setitem__(key, value)

    def __delitem__(self, key: str) -> None:
        self._changed()
        super().__delitem__(key)

    def __ior__(self, other: Any) -> _WatchedAttrs:  # type: ignore[override, misc]
        self._changed()
        return super().__ior__(other)

    def update(self, *args: Any, **kwargs: Any) -> None:
        self._changed()
        super().update(*args, **kwargs)

    def pop(self, *args: Any) -> Any:
        self._changed()
        return super().pop(*args)

    def popitem(self) -> tuple[str, Any]:
        self._changed()
        return super().popitem()

    def setdefault(self, key: str, default: Any = None) -> Any:
        self._changed()
        return super().setdefault(key, default)

    def clear(self) -> None:
        self._changed()
        super().clear()


def _restore_watched(values: Attrs, cache: dict[Any, Any] | None) -> _WatchedAttrs:
    """A watched dict holding ``values`` and bound to ``cache`` (unpickling)."""
    attrs = _WatchedAttrs(values)
    if cache is not None:
        attrs._cache = cache
    return attrs


class _WatchedFactory:
    """Makes the attribute dicts of one graph, each bound to that graph's cache."""

    __slots__ = ("cache",)

    def __init__(self, cache: dict[Any, Any]) -> None:
        self.cache = cache

    def __call__(self) -> _WatchedAttrs:
        attrs = _WatchedAttrs()
        attrs._cache = self.cache
        return attrs

    def of(self, values: Attrs) -> _WatchedAttrs:
        """A watched dict holding ``values`` (built in C, not key by key)."""
        attrs = _WatchedAttrs(values)
        attrs._cache = self.cache
        return attrs


def watched_graph() -> nx.MultiDiGraph:
    """An empty ``MultiDiGraph`` whose node and edge attribute dicts, changed in any
    way, make its cached index be rebuilt on next use (see the module's docstring).

    >>> G = watched_graph(); G.add_edge("a", "b", type="REPORTS_TO")
    0
    >>> ix = graph_index(G); G.edges["a", "b", 0]["type"] = "WORKS_WITH"
    >>> graph_index(G) is ix
    False
    """
    G = nx.MultiDiGraph()
    factory = _WatchedFactory(G.__networkx_cache__)
    G.node_attr_dict_factory = G.edge_attr_dict_factory = factory
    return G


def _is_watched(G: nx.MultiDiGraph, cache: dict[Any, Any]) -> bool:
    """Whether every attribute dict of ``G`` reports its changes to ``cache``."""
    return all(isinstance(f, _WatchedFactory) and f.cache is cache
               for f in (G.node_attr_dict_factory, G.edge_attr_dict_factory))


def _cache(G: nx.MultiDiGraph) -> dict[Any, Any]:
    """The index entry of ``G``'s cache, emptied when ``G`` changed since it was filled."""
    cache: dict[Any, Any] | None = getattr(G, "__networkx_cache__", None)
    if cache is None or nx.is_frozen(G):  # a view: its graph may change unseen
        cache = {}
    entry: dict[Any, Any] = cache.setdefault(_CACHE_KEY, {})
    witness: _Witness | None = entry.get("witness")
    if entry.get("nodes") != len(G) or (witness is not None and not witness.holds()):
        entry.clear()
        entry["nodes"] = len(G)
        entry["watched"] = _is_watched(G, cache)
    return entry


def clear_index(G: nx.MultiDiGraph) -> None:
    """Forget the cached indexes of ``G`` (they are rebuilt on next use).

    >>> from orggraph.graph import load_graph
    >>> G = load_graph(); ix = graph_index(G); clear_index(G)
    >>> graph_index(G) is ix
    False
    """
    cache = getattr(G, "__networkx_cache__", None)
    if cache is not None:
        cache.pop(_CACHE_KEY, None)


def graph_index(G: nx.MultiDiGraph) -> GraphIndex:
    """The cached :class:`GraphIndex` of ``G``, built on first use (linear in its size).

    >>> from orggraph.graph import load_graph
    >>> ix = graph_index(load_graph())
    >>> len(ix.start) == len(ix.end) == len(ix.type)
    True
    """
    entry = _cache(G)
    if "graph" not in entry:
        _store(entry, G, *_edges_of(G))
    index: GraphIndex = entry["graph"]
    return index


def seed_graph_index(G: nx.MultiDiGraph, starts: list[str], ends: list[str],
                     attrs: list[Attrs]) -> None:
    """Cache the :class:`GraphIndex` of ``G`` from its edges listed while it was built.

    ``starts[i]``, ``ends[i]`` and ``attrs[i]`` are the ends and the attribute dict
    (as stored in ``G``) of one edge, every edge of ``G`` once, in any order. Numbering
    those flat lists costs a small part of walking ``G`` edge by edge, so
    :func:`~orggraph.graph.build_graph` seeds the index and the first all-posts
    question on a freshly built graph starts warm.

    The lines of the default relationship set (the accountability types) are built
    too, so that the first question over them does not pay for them either.

    >>> G = nx.MultiDiGraph([("a", "b", {"type": "REPORTS_TO"})])
    >>> seed_graph_index(G, ["a"], ["b"], [G.edges["a", "b", 0]])
    >>> graph_index(G).ids, graph_index(G).end.tolist()
    (['a', 'b'], [1])
    """
    entry = _cache(G)
    entry.clear()
    entry["nodes"] = len(G)
    entry["watched"] = _is_watched(G, G.__networkx_cache__)
    _store(entry, G, starts, ends, attrs)
    hierarchy_index(G, ACCOUNTABILITY_TYPES)


def _edges_of(G: nx.MultiDiGraph) -> tuple[list[str], list[str], list[Attrs]]:
    starts: list[str] = []
    ends: list[str] = []
    attrs: list[Attrs] = []
    for u, nbrs in G.adjacency():
        for v, keyed in nbrs.items():
            for a in keyed.values():
                starts.append(u)
                ends.append(v)
                attrs.append(a)
    return starts, ends, attrs


def _store(entry: dict[Any, Any], G: nx.MultiDiGraph, starts: list[str], ends: list[str],
           attrs: list[Attrs]) -> None:
    nodes = dict(G.nodes(data=True))
    ids = sorted(nodes)
    in_order = [nodes[i] for i in ids]
    witness = _Witness.of(in_order, attrs)
    entry["graph"] = _index_of(ids, witness, starts, ends)
    if not entry["watched"]:  # changes in place are found by comparing what was read
        entry["witness"] = witness


def _index_of(ids: list[str], witness: _Witness, starts: list[str], ends: list[str]
              ) -> GraphIndex:
    n, m = len(ids), len(starts)
    number = dict(zip(ids, range(n), strict=True))
    labels, titles, names = witness.node_values
    shown = [str(t or x or i) for i, t, x in zip(ids, titles, names, strict=True)]
    is_post = np.fromiter((label == "Post" for label in labels), dtype=np.bool_, count=n)
    start = np.fromiter(map(number.__getitem__, starts), dtype=np.int64, count=m)
    end = np.fromiter(map(number.__getitem__, ends), dtype=np.int64, count=m)
    type_ = np.fromiter(map(TYPE_CODES.get, witness.types, repeat(-1, m)), dtype=np.int64,
                        count=m)
    return GraphIndex(ids, shown, is_post, start, end, type_)


def _ptr(rows: Ints, n: int) -> Ints:
    """The CSR row pointers of ``rows`` (sorted) over ``n`` rows."""
    ptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n), out=ptr[1:])
    return ptr


def hierarchy_index(G: nx.MultiDiGraph, relations: tuple[str, ...],
                    within: set[str] | None = None) -> HierarchyIndex:
    """The :class:`HierarchyIndex` of ``G`` for one relationship set.

    Lines are edges of those types from a post to another post, each pair once;
    ``within`` keeps only the posts of that set (``None``: every post, and the index
    is cached).

    >>> from orggraph.graph import load_graph
    >>> G = load_graph()
    >>> h = hierarchy_index(G, ("REPORTS_TO",))
    >>> int(h.n_down()[graph_index(G).ids.index("mpct-director-of-operations")]) >= 4
    True
    """
    ix = graph_index(G)
    if within is not None:
        return _lines(ix, relations, ix.is_post & ix.numbers(within))
    entry = _cache(G)
    key = ("hierarchy", tuple(sorted(set(relations))))
    if key not in entry:
        entry[key] = _lines(ix, relations, ix.is_post)
    index: HierarchyIndex = entry[key]
    return index


def _lines(ix: GraphIndex, relations: tuple[str, ...], members: Bools) -> HierarchyIndex:
    keep = ix.mask(relations) & members[ix.start] & members[ix.end] & (ix.start != ix.end)
    n = len(ix.ids)
    # sorted by junior then senior: the up lines are in CSR order already
    junior, senior = np.divmod(sorted_distinct(ix.start[keep] * n + ix.end[keep]), n)
    order = np.argsort(senior, kind="stable")  # by senior, juniors still ascending
    return HierarchyIndex(ix, np.flatnonzero(members), _ptr(junior, n), senior,
                          _ptr(senior[order], n), junior[order])


def gather(ptr: Ints, targets: Ints, nodes: Ints) -> tuple[Ints, Ints]:
    """The CSR neighbours of ``nodes``: (the node each came from, the neighbour)."""
    counts = ptr[nodes + 1] - ptr[nodes]
    total = int(counts.sum())
    if not total:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    origin = np.repeat(nodes, counts)
    offsets = np.repeat(ptr[nodes] - np.cumsum(counts) + counts, counts)
    return origin, targets[offsets + np.arange(total, dtype=np.int64)]


def index_section(G: nx.MultiDiGraph) -> dict[Any, Any]:
    """The cached index of ``G`` as :class:`LazyGraph` needs it: its
    :class:`GraphIndex` and the lines of the default relationship set (the
    accountability types), built when missing, with what the span engine derived from
    them so far. The validated cache keeps it before the graph.

    >>> from orggraph.graph import load_graph
    >>> G = load_graph()
    >>> index_section(G)["graph"] is graph_index(G)
    True
    """
    hierarchy_index(G, ACCOUNTABILITY_TYPES)
    return _cache(G)


class LazyGraph:
    """A ``MultiDiGraph`` known by its index (an :func:`index_section`) until more is
    asked of it; ``load()`` gives the graph itself, read on first need.

    ``len(G)``, ``node in G`` (for a string) and the cached index (:func:`graph_index`,
    :func:`hierarchy_index` and the span engine's figures, through
    ``__networkx_cache__``) are answered from the section alone; every other attribute
    or method of the graph, iterating over it and ``G[node]`` read the graph (once) and
    are answered by it, its cache then holding the same index. A question that needs
    only the index so never waits for the graph.

    >>> from orggraph.graph import load_graph
    >>> G = load_graph()
    >>> lazy = LazyGraph(index_section(G), lambda: G)
    >>> len(lazy) == len(G), "nw-icb" in lazy, "nowhere" in lazy, lazy.is_loaded()
    (True, True, False, False)
    >>> graph_index(lazy) is graph_index(G), lazy.is_loaded()
    (True, False)
    >>> lazy.nodes["nw-icb"]["label"], lazy.is_loaded()
    ('Body', True)
    """

    frozen = False  # not a view (networkx.is_frozen)
    __networkx_backend__ = "networkx"  # as a MultiDiGraph's, for NetworkX's dispatch

    def __init__(self, section: dict[Any, Any], load: Callable[[], nx.MultiDiGraph]) -> None:
        self._section = section
        self._ids: list[str] = section["graph"].ids
        self._load = load
        self._graph: nx.MultiDiGraph | None = None
        self._own: dict[Any, Any] = {_CACHE_KEY: section}

    @property
    def __networkx_cache__(self) -> dict[Any, Any]:
        """The index's cache: its own until the graph is read, then the graph's."""
        return self._own if self._graph is None else self._graph.__networkx_cache__

    def is_loaded(self) -> bool:
        """Whether the graph itself has been read."""
        return self._graph is not None

    def loaded(self) -> nx.MultiDiGraph:
        """The graph itself, read on the first call (its cache given the index, unless
        it holds one already)."""
        if self._graph is None:
            G = self._load()
            G.__networkx_cache__.setdefault(_CACHE_KEY, self._section)
            self._graph = G
        return self._graph

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("_section", "_ids", "_load", "_graph", "_own"):
            raise AttributeError(name)  # a protocol probed (copy, pickle), or not yet set
        return getattr(self.loaded(), name)

    def __len__(self) -> int:
        return len(self._ids) if self._graph is None else len(self._graph)

    def __contains__(self, node: object) -> bool:
        if self._graph is not None or not isinstance(node, str):
            return node in self.loaded()
        i = bisect.bisect_left(self._ids, node)  # ids are sorted
        return i < len(self._ids) and self._ids[i] == node

    def __iter__(self) -> Iterator[Any]:
        return iter(self.loaded())

    def __getitem__(self, node: Any) -> Any:
        return self.loaded()[node]

    def __str__(self) -> str:
        return str(self.loaded())
