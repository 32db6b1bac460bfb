"""Span of control and layers: the one span engine, for one post or every post at once.

Definitions follow org-design practice: a post's **layer** is the length of its
shortest line to a top post plus one (top posts are layer 1); **direct span**
counts direct reports and is empty (``None``), not 0, for a post with none;
**total span** counts every post beneath, each once even when reached by two
lines; **layers beneath** is the longest line down from the post.

Every caller (the questions here, ``cover``, the chart and the report) takes these
figures from :func:`all_structure`, computed over the cached integer index of the
graph (:mod:`orggraph.index`) with vectorised passes by level: breadth first from
the top posts for layers, and Kahn's algorithm from the bottom for heights and
totals. The total span of posts above a dual line is the only part that tracks
sets, and only of the few posts involved, so the cost stays linear in the size of
the hierarchy. A hierarchy with a cycle (which validation refuses for the
accountability types, but another relationship set may have) takes the general
way for totals and heights: descendants per post and the condensation's depths.
The Cypher twins (``cypher/span_of_control.cypher``, ``spans_and_layers.cypher``)
give the same answers on Neo4j.

>>> from orggraph.graph import load_graph
>>> G = load_graph()
>>> span_of_control(G, "mpct-director-of-operations")["direct_span"] >= 4
True
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

import networkx as nx
import numpy as np
import numpy.typing as npt

from .._arrays import Ints, sorted_distinct
from ..errors import OrggraphError
from ..index import HierarchyIndex, gather, graph_index, hierarchy_index
from ._common import body_posts, parse_relations, resolve
from ._registry import question

__all__ = ["SPAN_BANDS", "PostStructure", "Structure", "all_structure", "post_layers",
           "post_structure", "span_of_control", "spans_and_layers"]

#: The span bands org-design tools report (inclusive bounds; ``None`` = no upper bound).
SPAN_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("1", 1, 1), ("2-3", 2, 3), ("4-7", 4, 7), ("8-12", 8, 12), ("13-16", 13, 16),
    ("17+", 17, None),
)


@dataclass(frozen=True, slots=True)
class PostStructure:
    """One post's place in a hierarchy."""

    direct: int
    total: int
    layer: int | None  # None: no line reaches a top post (a pure cycle)
    lines_up: int  # how many posts it answers to directly
    height: int  # layers beneath: the longest line down


@dataclass(frozen=True, eq=False)
class Structure:
    """Per-node arrays of one hierarchy, by node number (entries of non-posts are 0)."""

    direct: Ints
    total: Ints
    layer: Ints  # 0: no line reaches a top post (a pure cycle)
    lines_up: Ints
    height: Ints


def _layers(h: HierarchyIndex, posts: Ints) -> Ints:
    """Each post's layer: breadth first from the posts that answer to no post."""
    layer = np.zeros(len(h.graph.ids), dtype=np.int64)
    frontier = posts[h.n_up()[posts] == 0]
    level = 1
    while len(frontier):
        layer[frontier] = level
        _, reached = gather(h.down_ptr, h.down, frontier)
        frontier = sorted_distinct(reached[layer[reached] == 0])
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
        _, parents = gather(h.up_ptr, h.up, frontier)
        np.subtract.at(waiting, parents, 1)
        parents = sorted_distinct(parents)
        frontier = parents[waiting[parents] == 0]
        level += 1
    done = sum(len(o) for o in order)
    return (height, order) if done == len(posts) else None


def _tracked(h: HierarchyIndex) -> npt.NDArray[np.bool_]:
    """A mask of every post at or above a post with two lines up."""
    tracked = np.zeros(len(h.graph.ids), dtype=np.bool_)
    frontier = np.flatnonzero(h.n_up() > 1)
    tracked[frontier] = True
    while len(frontier):
        _, above = gather(h.up_ptr, h.up, frontier)
        above = sorted_distinct(above[~tracked[above]])
        tracked[above] = True
        frontier = above
    return tracked


def _totals(h: HierarchyIndex, levels: list[Ints], height: Ints) -> Ints:
    """Total span of every post of an acyclic hierarchy, each post beneath counted once.

    Posts that are not above a post with two lines head a tree, so their total is
    the sum over their reports of one plus the report's total, summed level by
    level. Only the posts above a two-line post (usually few) keep sets.
    """
    tracked = _tracked(h)
    weight = np.zeros(len(h.graph.ids), dtype=np.int64)  # beneath through untracked reports
    for children in levels:
        children = children[~tracked[children]]
        child, parent = gather(h.up_ptr, h.up, children)
        np.add.at(weight, parent, 1 + weight[child])
    total = weight.copy()
    chosen = np.flatnonzero(tracked)
    chosen = chosen[np.argsort(height[chosen], kind="stable")]  # bottom up
    parent, child = gather(h.down_ptr, h.down, chosen)
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


def _cyclic(h: HierarchyIndex, posts: Ints) -> tuple[Ints, Ints]:
    """Total span and height of every post of a hierarchy with a cycle (the general way:
    descendants of each post, and depths over the condensation)."""
    D = nx.DiGraph()
    D.add_nodes_from(posts.tolist())
    senior, junior = gather(h.down_ptr, h.down, posts)
    D.add_edges_from(zip(senior.tolist(), junior.tolist(), strict=True))
    total = np.zeros(len(h.graph.ids), dtype=np.int64)
    height = np.zeros(len(h.graph.ids), dtype=np.int64)
    for p in D:
        total[p] = len(nx.descendants(D, p))
    C = nx.condensation(D)
    depth: dict[int, int] = {}
    for g in reversed(list(nx.topological_sort(C))):
        depth[g] = 1 + max((depth[s] for s in C.successors(g)), default=-1)
    for p, g in C.graph["mapping"].items():
        height[p] = depth[g]
    return total, height


def all_structure(G: nx.MultiDiGraph, relations: tuple[str, ...],
                  within: set[str] | None = None) -> Structure:
    """Direct and total span, layer, lines up and layers beneath of every post at once.

    ``within`` makes the hierarchy of those posts only (``None``: every post); the
    figures of every post are cached with the graph's index, so later calls for the
    same relationship set cost nothing.

    >>> from orggraph.graph import load_graph
    >>> from orggraph.index import graph_index
    >>> G = load_graph()
    >>> st = all_structure(G, ("ACCOUNTABLE_TO", "REPORTS_TO", "RESPONSIBLE_TO"))
    >>> int(st.total[graph_index(G).ids.index("mpct-director-of-operations")]) >= 4
    True
    """
    return _structure_of(hierarchy_index(G, relations, within))


def _structure_of(h: HierarchyIndex) -> Structure:
    cached: Structure | None = h.derived.get("structure")
    if cached is not None:
        return cached
    walked = _bottom_up(h, h.posts)
    if walked is None:
        total, height = _cyclic(h, h.posts)
    else:
        height, levels = walked
        total = _totals(h, levels, height)
    st = h.derived["structure"] = Structure(h.n_down(), total, _layers(h, h.posts), h.n_up(),
                                            height)
    return st


def post_layers(G: nx.MultiDiGraph, relations: tuple[str, ...],
                within: set[str] | None = None) -> dict[str, int | None]:
    """Each post's layer alone (``None``: no line reaches a top post), as in
    :func:`all_structure`, without the cost of total spans.

    >>> from orggraph.graph import load_graph
    >>> post_layers(load_graph(), ("REPORTS_TO",), {"mpct-director-of-operations"})
    {'mpct-director-of-operations': 1}
    """
    h = hierarchy_index(G, relations, within)
    layer = _layers(h, h.posts)
    ids = h.graph.ids
    return {ids[p]: lay or None for p, lay in zip(h.posts.tolist(), layer[h.posts].tolist(),
                                                  strict=True)}


def post_structure(G: nx.MultiDiGraph, relations: Any = None,
                   within: set[str] | None = None) -> dict[str, PostStructure]:
    """:func:`all_structure` by post id.

    >>> from orggraph.graph import load_graph
    >>> post_structure(load_graph())["mpct-director-of-operations"].direct >= 4
    True
    """
    h = hierarchy_index(G, parse_relations(relations), within)
    st = _structure_of(h)
    numbers = h.posts
    columns = (st.direct[numbers].tolist(), st.total[numbers].tolist(),
               st.layer[numbers].tolist(), st.lines_up[numbers].tolist(),
               st.height[numbers].tolist())
    ids = h.graph.ids
    return {ids[p]: PostStructure(d, t, lay or None, u, hgt)
            for p, d, t, lay, u, hgt in zip(numbers.tolist(), *columns, strict=True)}


@question(args=("post",), options=("relations",))
def span_of_control(G: nx.MultiDiGraph, post: str, relations: Any = None) -> dict[str, Any]:
    """Direct reports, total reports beneath, layers beneath, and the direct reports.

    >>> from orggraph.graph import load_graph
    >>> r = span_of_control(load_graph(), "nw-icb-executive-medical-director")
    >>> "nw-icb-deputy-medical-director" in [x["id"] for x in r["reports"]]
    True
    """
    pid = resolve(G, post)
    rels = parse_relations(relations)
    ix = graph_index(G)
    p = bisect.bisect_left(ix.ids, pid)  # ids are sorted
    if not ix.is_post[p]:
        raise OrggraphError(f"{pid!r} is not a post")
    st = all_structure(G, rels)
    h = hierarchy_index(G, rels)
    reports = h.down[h.down_ptr[p]:h.down_ptr[p + 1]].tolist()
    return {
        "id": pid,
        "name": ix.names[p],  # display_name's, from the index: the graph is not needed
        "direct_span": int(st.direct[p]) or None,
        "total_span": int(st.total[p]),
        "layers_beneath": int(st.height[p]),
        "reports": [{"id": ix.ids[c], "name": ix.names[c]} for c in reports],
    }


def _rows(G: nx.MultiDiGraph, st: Structure, scope: set[str] | None
          ) -> tuple[list[dict[str, Any]], int, int]:
    """Rows of the posts with reports (in scope), number of posts and deepest layer."""
    ix = graph_index(G)
    posts = ix.post_numbers()
    if scope is not None:
        posts = posts[ix.numbers(scope)[posts]]
    managers = posts[st.direct[posts] > 0]
    layer = st.layer[managers]
    unplaced = np.iinfo(np.int64).max  # posts no line reaches from the top sort last
    managers = managers[np.lexsort((managers, np.where(layer == 0, unplaced, layer)))]
    ids, names = ix.ids, ix.names
    rows = [
        {"id": ids[p], "name": names[p], "direct_span": d, "total_span": t,
         "layer": lay or None, "lines_up": u}
        for p, d, t, lay, u in zip(managers.tolist(), st.direct[managers].tolist(),
                                   st.total[managers].tolist(), st.layer[managers].tolist(),
                                   st.lines_up[managers].tolist(), strict=True)
    ]
    return rows, len(posts), int(st.layer[posts].max(initial=0))


@question(options=("body", "relations"))
def spans_and_layers(G: nx.MultiDiGraph, body: str | None = None,
                     relations: Any = None) -> dict[str, Any]:
    """Every post with reports: direct and total span and layer; plus the distribution.

    Figures come from the whole hierarchy; ``body`` keeps the posts in that body and
    the bodies within it. Returns ``{"posts": rows, "bands": rows, "summary": {...}}``.
    Rows have ``id``,
    ``name``, ``direct_span``, ``total_span``, ``layer``, ``lines_up`` (a post with
    two lines reports its shortest layer), sorted by layer then id.

    Uses the cached integer index of the graph (:mod:`orggraph.index`): the
    first call on a graph builds it, later calls only run the vectorised passes.

    >>> from orggraph.graph import load_graph
    >>> out = spans_and_layers(load_graph(), body="mpct-operations-directorate")
    >>> out["summary"]["layers"] >= 3
    True
    """
    rels = parse_relations(relations)
    scope = body_posts(G, resolve(G, body)) if body else None
    rows, n_posts, deepest = _rows(G, all_structure(G, rels), scope)
    spans = [r["direct_span"] for r in rows]
    managers = len(rows)
    counts = np.histogram(spans, bins=[lo for _, lo, _ in SPAN_BANDS] + [2**62])[0].tolist()
    bands = [{"band": name, "managers": v, "share": round(v / managers, 3) if managers else None}
             for (name, _, _), v in zip(SPAN_BANDS, counts, strict=True)]
    widest, narrowest = max(spans, default=None), min(spans, default=None)
    summary = {
        "posts": n_posts,
        "managers": managers,
        "layers": deepest,
        "mean_span": round(sum(spans) / managers, 2) if managers else None,
        "widest": [r["id"] for r in rows if r["direct_span"] == widest],
        "widest_span": widest,
        "narrowest": [r["id"] for r in rows if r["direct_span"] == narrowest],
        "narrowest_span": narrowest,
        "span_of_one": [r["id"] for r in rows if r["direct_span"] == 1],
    }
    return {"summary": summary, "bands": bands, "posts": rows}
