"""Deputisation and cover: who covers the cover, where cover is missing, dual lines.

>>> from orggraph.graph import load_graph
>>> G = load_graph()
>>> deputies(G, "nw-icb-executive-medical-director")[0]["id"]
'nw-icb-deputy-medical-director'
"""

from __future__ import annotations

from collections import deque
from typing import Any

import networkx as nx
import numpy as np

from .._arrays import sorted_distinct
from ..index import graph_index, hierarchy_index
from ._common import MEMBERSHIP_TYPES, body_posts, organisation_of, parse_relations, ref, resolve
from ._registry import question

__all__ = ["cover_gaps", "deputies", "dual_accountability"]


def _deputies_of(G: nx.MultiDiGraph, node: str) -> list[str]:
    return sorted({u for u, _, t in G.in_edges(node, data="type") if t == "DEPUTISES_FOR"})


@question(args=("post",))
def deputies(G: nx.MultiDiGraph, post: str) -> list[dict[str, Any]]:
    """Who deputises for a post, and who covers them in turn, breadth first.

    One row per (deputy, post covered): ``depth`` (1 = deputises for the post
    itself), ``id``, ``name``, ``covers_id``, ``covers_name``, and ``cycle``: true
    where the deputy is already at or above the post it covers (the chain loops back,
    and the walk does not go round again). Ordered by depth, post covered, deputy.

    >>> from orggraph.graph import load_graph
    >>> deputies(load_graph(), "nw-icb-deputy-medical-director")
    []
    """
    start = resolve(G, post)
    dist = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for d in _deputies_of(G, node):
            if d not in dist:
                dist[d] = dist[node] + 1
                queue.append(d)
    return [
        {"depth": dist[n] + 1, **ref(G, d), **ref(G, n, "covers_"), "cycle": dist[d] <= dist[n]}
        for n in sorted(dist, key=lambda x: (dist[x], x))
        for d in _deputies_of(G, n)
    ]


def _distinct(rows: np.ndarray[Any, Any], cols: np.ndarray[Any, Any], n: int
              ) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """The distinct ``(row, col)`` pairs, sorted by row then col."""
    pairs = sorted_distinct(rows * n + cols)
    return pairs // n, pairs % n


@question(options=("body", "relations"))
def cover_gaps(G: nx.MultiDiGraph, body: str | None = None,
               relations: Any = None) -> list[dict[str, Any]]:
    """Where cover is missing. One row per finding, with ``gap`` one of:

    - ``no deputy``: a post with reports or a board seat and nobody deputising;
    - ``single point of failure``: a post whose only deputy has no deputy;
    - ``chair without deputy``: a body whose chair has no deputy (``id`` is the body,
      ``post_id`` the chair).

    Rows have ``gap``, ``id``, ``name``, ``post_id``, ``post_name``, ``reason``.
    Computed over the cached integer index of the graph, never post by post.

    >>> from orggraph.graph import load_graph
    >>> gaps = cover_gaps(load_graph())
    >>> {"no deputy", "single point of failure"} <= {g["gap"] for g in gaps}
    True
    """
    rels = parse_relations(relations)
    scope = body_posts(G, resolve(G, body)) if body else None
    ix = graph_index(G)
    n = len(ix.ids)
    start, end = ix.start, ix.end
    has_reports = hierarchy_index(G, rels).n_down() > 0  # a direct span, as the span engine's
    has_seat = np.zeros(n, dtype=np.bool_)
    has_seat[start[ix.mask(MEMBERSHIP_TYPES)]] = True
    dep = ix.mask(("DEPUTISES_FOR",))
    covered, deputy = _distinct(end[dep], start[dep], n)
    n_deputies = np.bincount(covered, minlength=n)
    only = np.full(n, -1, dtype=np.int64)  # the deputy of posts with exactly one
    single = n_deputies[covered] == 1
    only[covered[single]] = deputy[single]
    in_scope = ix.is_post if scope is None else ix.is_post & ix.numbers(scope)
    no_deputy = in_scope & (n_deputies == 0) & (has_reports | has_seat)
    weak = in_scope & (only >= 0)
    weak[weak] = n_deputies[only[weak]] == 0
    ids, names = ix.ids, ix.names
    rows = []
    for p in np.flatnonzero(no_deputy | weak).tolist():
        me = {"id": ids[p], "name": names[p], "post_id": ids[p], "post_name": names[p]}
        if no_deputy[p]:
            why = " and ".join(w for w, ok in (("has reports", has_reports[p]),
                                               ("has a seat", has_seat[p])) if ok)
            rows.append({"gap": "no deputy", **me, "reason": why})
        else:
            rows.append({"gap": "single point of failure", **me,
                         "reason": f"only deputy {ids[only[p]]} has no deputy"})
    chairs = ix.mask(("CHAIRS",)) & in_scope[start]
    boards, chair = _distinct(end[chairs], start[chairs], n)
    for b, u in zip(boards.tolist(), chair.tolist(), strict=True):
        if not n_deputies[u]:
            rows.append({"gap": "chair without deputy", "id": ids[b], "name": names[b],
                         "post_id": ids[u], "post_name": names[u],
                         "reason": "the chair has no deputy"})
    return rows


@question(options=("relations",))
def dual_accountability(G: nx.MultiDiGraph, relations: Any = None) -> list[dict[str, Any]]:
    """Posts answering to more than one post or body.

    Rows have ``id``, ``name``, ``lines`` (ids answered to), ``line_names``,
    ``organisations`` (of the posts or bodies answered to), and ``cross_organisation``:
    true when the lines go into different organisations. The posts are found over the
    cached integer index of the graph; only their lines are then followed.

    >>> from orggraph.graph import load_graph
    >>> any(r["cross_organisation"] for r in dual_accountability(load_graph()))
    True
    """
    ix = graph_index(G)
    start, end = ix.start, ix.end
    lines = ix.mask(parse_relations(relations)) & ix.is_post[start] & (start != end)
    post, line = _distinct(start[lines], end[lines], len(ix.ids))
    first = np.flatnonzero(np.r_[True, post[1:] != post[:-1]])
    counts = np.diff(np.r_[first, len(post)])
    ids, names = ix.ids, ix.names
    org: dict[int, str | None] = {}
    rows = []
    for at, count in zip(first[counts > 1].tolist(), counts[counts > 1].tolist(),
                         strict=True):
        mine = line[at:at + count].tolist()
        for x in mine:
            if x not in org:
                org[x] = organisation_of(G, ids[x])
        orgs = sorted({o for x in mine if (o := org[x]) is not None})
        p = int(post[at])
        rows.append({"id": ids[p], "name": names[p], "lines": [ids[x] for x in mine],
                     "line_names": [names[x] for x in mine],
                     "organisations": orgs, "cross_organisation": len(orgs) > 1})
    return rows
