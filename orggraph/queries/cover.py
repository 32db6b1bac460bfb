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

from ._common import MEMBERSHIP_TYPES, body_posts, organisation_of, parse_relations, ref, resolve

__all__ = ["cover_gaps", "deputies", "dual_accountability"]


def _deputies_of(G: nx.MultiDiGraph, node: str) -> list[str]:
    return sorted({u for u, _, t in G.in_edges(node, data="type") if t == "DEPUTISES_FOR"})


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


def cover_gaps(G: nx.MultiDiGraph, body: str | None = None,
               relations: Any = None) -> list[dict[str, Any]]:
    """Where cover is missing. One row per finding, with ``gap`` one of:

    - ``no deputy``: a post with reports or a board seat and nobody deputising;
    - ``single point of failure``: a post whose only deputy has no deputy;
    - ``chair without deputy``: a body whose chair has no deputy (``id`` is the body,
      ``post_id`` the chair).

    Rows have ``gap``, ``id``, ``name``, ``post_id``, ``post_name``, ``reason``.

    >>> from orggraph.graph import load_graph
    >>> gaps = cover_gaps(load_graph())
    >>> {"no deputy", "single point of failure"} <= {g["gap"] for g in gaps}
    True
    """
    wanted = set(parse_relations(relations))
    scope = body_posts(G, resolve(G, body)) if body else None
    rows = []
    posts = sorted(n for n, a in G.nodes(data=True) if a["label"] == "Post"
                   and (scope is None or n in scope))
    for p in posts:
        reports = any(t in wanted and G.nodes[u]["label"] == "Post"
                      for u, _, t in G.in_edges(p, data="type"))
        seats = any(t in MEMBERSHIP_TYPES for _, _, t in G.out_edges(p, data="type"))
        deps = _deputies_of(G, p)
        if not deps and (reports or seats):
            why = " and ".join(w for w, ok in (("has reports", reports), ("has a seat", seats))
                               if ok)
            rows.append({"gap": "no deputy", **ref(G, p), **ref(G, p, "post_"), "reason": why})
        elif len(deps) == 1 and not _deputies_of(G, deps[0]):
            rows.append({"gap": "single point of failure", **ref(G, p), **ref(G, p, "post_"),
                         "reason": f"only deputy {deps[0]} has no deputy"})
    chairs = sorted({(v, u) for u, v, t in G.edges(data="type") if t == "CHAIRS"
                     and G.nodes[u]["label"] == "Post" and (scope is None or u in scope)})
    for b, u in chairs:
        if not _deputies_of(G, u):
            rows.append({"gap": "chair without deputy", **ref(G, b), **ref(G, u, "post_"),
                         "reason": "the chair has no deputy"})
    return rows


def dual_accountability(G: nx.MultiDiGraph, relations: Any = None) -> list[dict[str, Any]]:
    """Posts answering to more than one post or body.

    Rows have ``id``, ``name``, ``lines`` (ids answered to), ``line_names``,
    ``organisations`` (of the posts or bodies answered to), and ``cross_organisation``:
    true when the lines go into different organisations.

    >>> from orggraph.graph import load_graph
    >>> any(r["cross_organisation"] for r in dual_accountability(load_graph()))
    True
    """
    wanted = set(parse_relations(relations))
    rows = []
    for p, a in sorted(G.nodes(data=True)):
        if a["label"] != "Post":
            continue
        lines = sorted({v for _, v, t in G.out_edges(p, data="type") if t in wanted and v != p})
        if len(lines) < 2:
            continue
        orgs = sorted({o for line in lines if (o := organisation_of(G, line)) is not None})
        rows.append({**ref(G, p), "lines": lines,
                     "line_names": [ref(G, x)["name"] for x in lines],
                     "organisations": orgs, "cross_organisation": len(orgs) > 1})
    return rows
