"""The span definitions written the plain way, post by post: the oracle the span
engine (:mod:`orggraph.queries.structure`) is tested against, and nothing else uses.

Definitions: a post's layer is the length of its shortest line to a top post plus one
(``None`` when no line reaches a top post); direct span counts direct reports; total
span counts every post beneath once; height (layers beneath) is the longest line down,
counted over strongly connected components when lines form a cycle.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import networkx as nx

from orggraph.queries._common import Hierarchy


@dataclass(frozen=True, slots=True)
class Expected:
    """One post's figures, as the engine's ``PostStructure`` has them."""

    direct: int
    total: int
    layer: int | None
    lines_up: int
    height: int


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


def structure(G: nx.MultiDiGraph, relations: tuple[str, ...],
              within: set[str] | None = None) -> dict[str, Expected]:
    """Every post's figures over the hierarchy of ``relations`` (``within``: those posts)."""
    if within is not None:  # the posts of the graph among them
        within = {p for p in within if p in G and G.nodes[p]["label"] == "Post"}
    h = Hierarchy(G, relations, within)
    D = nx.DiGraph()
    D.add_nodes_from(h.posts)
    D.add_edges_from((p, c) for p in h.posts for c in h.down[p])
    C = nx.condensation(D)
    depth: dict[int, int] = {}
    for g in reversed(list(nx.topological_sort(C))):
        depth[g] = 1 + max((depth[s] for s in C.successors(g)), default=-1)
    layer = _layers(h)
    return {p: Expected(len(h.down[p]), len(nx.descendants(D, p)), layer[p], len(h.up[p]),
                        depth[C.graph["mapping"][p]])
            for p in h.posts}
