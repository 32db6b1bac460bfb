"""An integer-indexed copy of a graph's edges, built once and cached, for all-posts questions.

Walking a ``MultiDiGraph`` edge by edge costs about a microsecond an edge; the
all-posts questions would pay it on every call. :func:`graph_index` numbers the
nodes once (in id order, so sorting by number is sorting by id) and keeps every
edge as three numpy arrays (start, end, type code). :func:`hierarchy_index` derives
the post-to-post lines of one relationship set as compressed sparse rows (CSR),
and :func:`all_structure` computes every post's span, total span, layer and
layers beneath with vectorised passes by level: breadth first from the top posts
for layers, and Kahn's algorithm from the bottom for heights and totals.

The indexes live in ``G.__networkx_cache__``, which NetworkX (3.3 and later)
empties on every structural change (adding or removing nodes or edges). Changing
an attribute in place (``G.edges[u, v, k]["type"] = ...``) is not seen by that
cache, nor is a change to the graph under a view (``G.subgraph(...)``): call
:func:`clear_index` after such a change, or ask the questions of a copy. As a
further guard the index is rebuilt whenever the number of nodes differs.

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

from dataclasses import dataclass
from itertools import repeat
from typing import Any

import networkx as nx
import numpy as np
import numpy.typing as npt

from .._arrays import Ints, sorted_distinct
from ..model import ACCOUNTABILITY_TYPES, VOCABULARY, gc_paused

__all__ = ["GraphIndex", "HierarchyIndex", "all_structure", "clear_index", "graph_index",
           "hierarchy_index", "seed_graph_index", "sorted_distinct"]

Bools = npt.NDArray[np.bool_]

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
    up_ptr: Ints
    up: Ints
    down_ptr: Ints
    down: Ints

    def n_up(self) -> Ints:
        """How many posts each node answers to."""
        return np.diff(self.up_ptr)

    def n_down(self) -> Ints:
        """How many posts answer to each node (its direct span)."""
        return np.diff(self.down_ptr)


def _cache(G: nx.MultiDiGraph) -> dict[Any, Any]:
    cache: dict[Any, Any] | None = getattr(G, "__networkx_cache__", None)
    if cache is None:  # NetworkX before 3.3 has no cache to clear on change
        cache = {}
    entry: dict[Any, Any] = cache.setdefault(_CACHE_KEY, {})
    if entry.get("nodes") != len(G):
        entry.clear()
        entry["nodes"] = len(G)
    return entry


def clear_index(G: nx.MultiDiGraph) -> None:
    """Forget the cached indexes of ``G`` (after changing attributes in place).

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
        with gc_paused():
            entry["graph"] = _build_graph_index(G)
    index: GraphIndex = entry["graph"]
    return index


def seed_graph_index(G: nx.MultiDiGraph, starts: list[str], ends: list[str],
                     types: list[Any]) -> None:
    """Cache the :class:`GraphIndex` of ``G`` from its edges listed while it was built.

    ``starts[i]``, ``ends[i]`` and ``types[i]`` are the ends and ``type`` of one edge,
    every edge of ``G`` once, in any order. Numbering those flat lists costs a small
    part of walking ``G`` edge by edge, so :func:`~orggraph.graph.build_graph` seeds the
    index and the first all-posts question on a freshly built graph starts warm.

    The lines of the default relationship set (the accountability types) are built
    too, so that the first question over them does not pay for them either.

    >>> G = nx.MultiDiGraph([("a", "b", {"type": "REPORTS_TO"})])
    >>> seed_graph_index(G, ["a"], ["b"], ["REPORTS_TO"])
    >>> graph_index(G).ids, graph_index(G).end.tolist()
    (['a', 'b'], [1])
    """
    with gc_paused():
        _cache(G)["graph"] = _index_of(G, starts, ends, types)
    hierarchy_index(G, ACCOUNTABILITY_TYPES)


def _build_graph_index(G: nx.MultiDiGraph) -> GraphIndex:
    starts: list[str] = []
    ends: list[str] = []
    types: list[Any] = []
    for u, nbrs in G.adjacency():
        for v, keyed in nbrs.items():
            for a in keyed.values():
                starts.append(u)
                ends.append(v)
                types.append(a.get("type"))
    return _index_of(G, starts, ends, types)


def _index_of(G: nx.MultiDiGraph, starts: list[str], ends: list[str],
              types: list[Any]) -> GraphIndex:
    attrs = dict(G.nodes(data=True))
    ids = sorted(attrs)
    n, m = len(ids), len(starts)
    number = dict(zip(ids, range(n), strict=True))
    in_order = [attrs[i] for i in ids]
    names = [str(a.get("title") or a.get("name") or i)
             for i, a in zip(ids, in_order, strict=True)]
    is_post = np.fromiter((a.get("label") == "Post" for a in in_order), dtype=np.bool_,
                          count=n)
    start = np.fromiter(map(number.__getitem__, starts), dtype=np.int64, count=m)
    end = np.fromiter(map(number.__getitem__, ends), dtype=np.int64, count=m)
    type_ = np.fromiter(map(TYPE_CODES.get, types, repeat(-1, m)), dtype=np.int64, count=m)
    return GraphIndex(ids, names, is_post, start, end, type_)


def _ptr(rows: Ints, n: int) -> Ints:
    """The CSR row pointers of ``rows`` (sorted) over ``n`` rows."""
    ptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n), out=ptr[1:])
    return ptr


def hierarchy_index(G: nx.MultiDiGraph, relations: tuple[str, ...]) -> HierarchyIndex:
    """The cached :class:`HierarchyIndex` of ``G`` for one relationship set.

    Lines are edges of those types from a post to another post, each pair once.

    >>> from orggraph.graph import load_graph
    >>> G = load_graph()
    >>> h = hierarchy_index(G, ("REPORTS_TO",))
    >>> int(h.n_down()[graph_index(G).ids.index("mpct-director-of-operations")]) >= 4
    True
    """
    entry = _cache(G)
    key = ("hierarchy", tuple(sorted(set(relations))))
    if key not in entry:
        ix = graph_index(G)
        keep = ix.mask(relations) & ix.is_post[ix.start] & ix.is_post[ix.end]
        keep &= ix.start != ix.end
        n = len(ix.ids)
        # sorted by junior then senior: the up lines are in CSR order already
        junior, senior = np.divmod(sorted_distinct(ix.start[keep] * n + ix.end[keep]), n)
        order = np.argsort(senior, kind="stable")  # by senior, juniors still ascending
        entry[key] = HierarchyIndex(ix, _ptr(junior, n), senior, _ptr(senior[order], n),
                                    junior[order])
    index: HierarchyIndex = entry[key]
    return index


def _gather(ptr: Ints, targets: Ints, nodes: Ints) -> tuple[Ints, Ints]:
    """The CSR neighbours of ``nodes``: (the node each came from, the neighbour)."""
    counts = ptr[nodes + 1] - ptr[nodes]
    total = int(counts.sum())
    if not total:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    origin = np.repeat(nodes, counts)
    offsets = np.repeat(ptr[nodes] - np.cumsum(counts) + counts, counts)
    return origin, targets[offsets + np.arange(total, dtype=np.int64)]


@dataclass(frozen=True, eq=False)
class Structure:
    """Per-node arrays of one hierarchy (entries of non-posts are meaningless)."""

    direct: Ints
    total: Ints
    layer: Ints  # 0: no line reaches a top post (a pure cycle)
    lines_up: Ints
    height: Ints


def _layers(h: HierarchyIndex, posts: Ints) -> Ints:
    layer = np.zeros(len(h.graph.ids), dtype=np.int64)
    frontier = posts[h.n_up()[posts] == 0]
    level = 1
    while len(frontier):
        layer[frontier] = level
        _, reached = _gather(h.down_ptr, h.down, frontier)
        reached = sorted_distinct(reached[layer[reached] == 0])
        frontier = reached
        level += 1
    return layer


def _bottom_up(h: HierarchyIndex, posts: Ints) -> tuple[Ints, list[Ints]] | None:
    """Height of every post and the posts of each height, from the bottom up (Kahn's
    algorithm by levels); ``None`` when the hierarchy has a cycle."""
    waiting = h.n_down().copy()
    height = np.zeros(len(h.graph.ids), dtype=np.int64)
    frontier = posts[waiting[posts] == 0]
    order: list[Ints] = []
    level = 0
    while len(frontier):
        height[frontier] = level
        order.append(frontier)
        _, parents = _gather(h.up_ptr, h.up, frontier)
        np.subtract.at(waiting, parents, 1)
        parents = sorted_distinct(parents)
        frontier = parents[waiting[parents] == 0]
        level += 1
    done = sum(len(o) for o in order)
    return (height, order) if done == len(posts) else None


def _totals(h: HierarchyIndex, levels: list[Ints], height: Ints) -> Ints:
    """Total span of every post, each post beneath counted once.

    Posts that are not above a post with two lines head a tree, so their total is
    the sum over their reports of one plus the report's total, summed level by
    level. Only the posts above a two-line post (usually few) keep sets, as in
    :func:`orggraph.queries.structure.structure`.
    """
    n = len(h.graph.ids)
    shared = np.flatnonzero(h.n_up() > 1)
    tracked = np.zeros(n, dtype=np.bool_)
    tracked[shared] = True
    frontier = shared
    while len(frontier):  # every post above a two-line post
        _, above = _gather(h.up_ptr, h.up, frontier)
        above = sorted_distinct(above[~tracked[above]])
        tracked[above] = True
        frontier = above
    weight = np.zeros(n, dtype=np.int64)  # posts beneath through untracked reports
    for children in levels:
        children = children[~tracked[children]]
        child, parent = _gather(h.up_ptr, h.up, children)
        np.add.at(weight, parent, 1 + weight[child])
    total = weight.copy()
    chosen = np.flatnonzero(tracked)
    chosen = chosen[np.argsort(height[chosen], kind="stable")]  # bottom up
    parent, child = _gather(h.down_ptr, h.down, chosen)
    keep = tracked[child]
    kids: dict[int, list[int]] = {}
    for p, c in zip(parent[keep].tolist(), child[keep].tolist(), strict=True):
        kids.setdefault(p, []).append(c)
    weights = dict(zip(chosen.tolist(), weight[chosen].tolist(), strict=True))
    below: dict[int, set[int]] = {}
    extra = []
    for p in chosen.tolist():
        seen: set[int] = set()
        for c in kids.get(p, ()):
            seen.add(c)
            seen |= below[c]
        below[p] = seen
        extra.append(len(seen) + sum(weights[y] for y in seen))
    total[chosen] += np.array(extra, dtype=np.int64)
    return total


def all_structure(G: nx.MultiDiGraph, relations: tuple[str, ...]) -> Structure | None:
    """Direct and total span, layer and layers beneath of every post at once.

    ``None`` when the lines of ``relations`` have a cycle (the caller then takes
    the general, slower way).

    >>> from orggraph.graph import load_graph
    >>> G = load_graph()
    >>> st = all_structure(G, ("ACCOUNTABLE_TO", "REPORTS_TO", "RESPONSIBLE_TO"))
    >>> int(st.total[graph_index(G).ids.index("mpct-director-of-operations")]) >= 4
    True
    """
    h = hierarchy_index(G, relations)
    posts = h.graph.post_numbers()
    walked = _bottom_up(h, posts)
    if walked is None:
        return None
    height, levels = walked
    return Structure(h.n_down(), _totals(h, levels, height), _layers(h, posts), h.n_up(),
                     height)
