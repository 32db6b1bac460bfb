"""Span of control and layers, for one post or for every post at once.

Definitions follow org-design practice: a post's **layer** is the length of its
shortest line to a top post plus one (top posts are layer 1); **direct span**
counts direct reports and is empty (``None``), not 0, for a post with none;
**total span** counts every post beneath, each once even when reached by two
lines; **layers beneath** is the longest line down from the post.

All-posts figures are computed in one pass in topological order; the total span
of posts above a dual line is the only part that tracks sets, and only of the
few posts involved, so the cost stays linear in the size of the hierarchy.

>>> from orggraph.graph import load_graph
>>> G = load_graph()
>>> span_of_control(G, "mpct-director-of-operations")["direct_span"] >= 4
True
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any

import networkx as nx
import numpy as np

from ..errors import OrggraphError
from ..model import gc_paused
from ._common import Hierarchy, body_posts, parse_relations, ref, resolve
from ._index import Structure, all_structure, graph_index

__all__ = ["SPAN_BANDS", "PostStructure", "span_of_control", "spans_and_layers", "structure"]

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


def _topological(h: Hierarchy) -> list[str] | None:
    indegree = {p: len(h.down[p]) for p in h.posts}
    order = [p for p in h.posts if not indegree[p]]  # posts nobody answers to first
    for p in order:
        for q in h.up[p]:
            indegree[q] -= 1
            if not indegree[q]:
                order.append(q)
    return order if len(order) == len(h.posts) else None


def _layers(h: Hierarchy) -> dict[str, int | None]:
    layer: dict[str, int | None] = dict.fromkeys(h.posts)
    queue = deque(p for p in h.posts if not h.up[p])
    for p in queue:
        layer[p] = 1
    while queue:
        p = queue.popleft()
        for c in h.down[p]:
            if layer[c] is None:
                layer[c] = layer[p] + 1  # type: ignore[operator]
                queue.append(c)
    return layer


def _totals_acyclic(h: Hierarchy, bottom_up: list[str]) -> tuple[dict[str, int], dict[str, int]]:
    shared = [p for p in h.posts if len(h.up[p]) > 1]
    tracked = set(shared)
    todo = list(shared)
    while todo:  # every post above a dual line
        for q in h.up[todo.pop()]:
            if q not in tracked:
                tracked.add(q)
                todo.append(q)
    total: dict[str, int] = {}
    height: dict[str, int] = {}
    weight: dict[str, int] = {}  # posts beneath through untracked reports only
    below: dict[str, set[str]] = {}  # tracked posts beneath a tracked post
    for p in bottom_up:
        kids = h.down[p]
        height[p] = 1 + max((height[c] for c in kids), default=-1)
        if p not in tracked:
            total[p] = sum(1 + total[c] for c in kids)
            continue
        weight[p] = sum(1 + total[c] for c in kids if c not in tracked)
        seen: set[str] = set()
        for c in kids:
            if c in tracked:
                seen.add(c)
                seen |= below[c]
        below[p] = seen
        total[p] = len(seen) + weight[p] + sum(weight[y] for y in seen)
    return total, height


def _totals_cyclic(h: Hierarchy) -> tuple[dict[str, int], dict[str, int]]:
    D = nx.DiGraph()
    D.add_nodes_from(h.posts)
    D.add_edges_from((p, c) for p in h.posts for c in h.down[p])
    total = {p: len(nx.descendants(D, p)) for p in h.posts}
    C = nx.condensation(D)
    depth: dict[int, int] = {}
    for g in reversed(list(nx.topological_sort(C))):
        depth[g] = 1 + max((depth[s] for s in C.successors(g)), default=-1)
    height = {p: depth[C.graph["mapping"][p]] for p in h.posts}
    return total, height


def structure(h: Hierarchy) -> dict[str, PostStructure]:
    """Direct and total span, layer and layers beneath of every post of a hierarchy."""
    order = _topological(h)
    total, height = _totals_acyclic(h, order) if order is not None else _totals_cyclic(h)
    layer = _layers(h)
    return {
        p: PostStructure(len(h.down[p]), total[p], layer[p], len(h.up[p]), height[p])
        for p in h.posts
    }


def span_of_control(G: nx.MultiDiGraph, post: str, relations: Any = None) -> dict[str, Any]:
    """Direct reports, total reports beneath, layers beneath, and the direct reports.

    >>> from orggraph.graph import load_graph
    >>> r = span_of_control(load_graph(), "nw-icb-executive-medical-director")
    >>> "nw-icb-deputy-medical-director" in [x["id"] for x in r["reports"]]
    True
    """
    pid = resolve(G, post)
    h = Hierarchy(G, parse_relations(relations))
    if pid not in h.down:
        raise OrggraphError(f"{pid!r} is not a post")
    beneath, todo = {pid}, [pid]
    while todo:
        for c in h.down[todo.pop()]:
            if c not in beneath:
                beneath.add(c)
                todo.append(c)
    s = structure(Hierarchy(G, parse_relations(relations), beneath))[pid]
    return {
        **ref(G, pid),
        "direct_span": s.direct or None,
        "total_span": s.total,
        "layers_beneath": s.height,
        "reports": [ref(G, c) for c in h.down[pid]],
    }


def _general_rows(G: nx.MultiDiGraph, relations: tuple[str, ...], scope: set[str] | None
                  ) -> tuple[list[dict[str, Any]], int, int]:
    """Rows, number of posts and deepest layer the general way (any hierarchy, cycles too)."""
    st = structure(Hierarchy(G, relations))
    if scope is not None:
        st = {p: s for p, s in st.items() if p in scope}
    rows = [
        {**ref(G, p), "direct_span": s.direct, "total_span": s.total, "layer": s.layer,
         "lines_up": s.lines_up}
        for p, s in st.items() if s.direct
    ]
    rows.sort(key=lambda r: (r["layer"] is None, r["layer"] or 0, r["id"]))
    layers = [s.layer for s in st.values() if s.layer is not None]
    return rows, len(st), max(layers, default=0)


def _indexed_rows(G: nx.MultiDiGraph, st: Structure, scope: set[str] | None
                  ) -> tuple[list[dict[str, Any]], int, int]:
    """The same as :func:`_general_rows` from the vectorised per-post arrays."""
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


def spans_and_layers(G: nx.MultiDiGraph, body: str | None = None,
                     relations: Any = None) -> dict[str, Any]:
    """Every post with reports: direct and total span and layer; plus the distribution.

    Figures come from the whole hierarchy; ``body`` keeps the posts in that body and
    the bodies within it. Returns ``{"posts": rows, "bands": rows, "summary": {...}}``.
    Rows have ``id``,
    ``name``, ``direct_span``, ``total_span``, ``layer``, ``lines_up`` (a post with
    two lines reports its shortest layer), sorted by layer then id.

    Uses the cached integer index of the graph (:mod:`orggraph.queries._index`): the
    first call on a graph builds it, later calls only run the vectorised passes.

    >>> from orggraph.graph import load_graph
    >>> out = spans_and_layers(load_graph(), body="mpct-operations-directorate")
    >>> out["summary"]["layers"] >= 3
    True
    """
    rels = parse_relations(relations)
    scope = body_posts(G, resolve(G, body)) if body else None
    with gc_paused():
        st = all_structure(G, rels)
        rows, n_posts, deepest = (_general_rows(G, rels, scope) if st is None
                                  else _indexed_rows(G, st, scope))
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
