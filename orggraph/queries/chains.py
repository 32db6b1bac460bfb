"""Accountability chains to the top, and the shortest path between two nodes.

>>> from orggraph.graph import load_graph
>>> rows = chain(load_graph(), "dh-ooh-coordinator")
>>> rows[1]["id"]
'dh-national-policy-lead-ooh'
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import networkx as nx

from ..errors import OrggraphError
from ..model import VOCABULARY
from ._common import organisation_of, parse_relations, ref, resolve
from ._registry import question

__all__ = ["chain", "path"]

_MAX_CHAINS = 1000


@question(args=("post",), options=("relations",))
def chain(G: nx.MultiDiGraph, post: str, relations: Any = None) -> list[dict[str, Any]]:
    """Every accountability chain from a post up to the top, one row per step.

    A post with two lines gets one chain per path. Rows have ``chain`` (numbered
    from 1), ``step`` (0 is the post itself), ``id``, ``name``, ``via`` (the
    relationship types that lead to this step), ``organisation`` and ``crosses``
    (true where the step is in another organisation than the step before).
    Chains stop at the top, at a body, or where a cycle would repeat a node.

    >>> from orggraph.graph import load_graph
    >>> [r["id"] for r in chain(load_graph(), "nw-icb-deputy-medical-director")][:2]
    ['nw-icb-deputy-medical-director', 'nw-icb-executive-medical-director']
    """
    start = resolve(G, post)
    wanted = set(parse_relations(relations))
    paths: list[list[tuple[str, str | None]]] = []
    stack: list[list[tuple[str, str | None]]] = [[(start, None)]]
    while stack and len(paths) < _MAX_CHAINS:
        walk = stack.pop()
        node = walk[-1][0]
        on_path = {n for n, _ in walk}
        ups: dict[str, set[str]] = {}
        for _, v, t in G.out_edges(node, data="type"):
            if t in wanted and v not in on_path:
                ups.setdefault(v, set()).add(t)
        if not ups or G.nodes[node]["label"] != "Post":
            paths.append(walk)
            continue
        for v in sorted(ups, reverse=True):
            stack.append([*walk, (v, ",".join(sorted(ups[v])))])
    paths.sort(key=lambda w: [n for n, _ in w])
    rows = []
    for number, walk in enumerate(paths, 1):
        previous = None
        for step, (node, via) in enumerate(walk):
            org = organisation_of(G, node)
            rows.append({"chain": number, "step": step, **ref(G, node), "via": via,
                         "organisation": org,
                         "crosses": step > 0 and org is not None and previous is not None
                         and org != previous})
            previous = org if org is not None else previous
    return rows


@question(args=("a", "b"), options=("relations",))
def path(G: nx.MultiDiGraph, a: str, b: str, relations: Any = None) -> list[dict[str, Any]]:
    """Every shortest path between two nodes over the chosen types, either direction.

    Defaults to every relationship type. One row per hop: ``path``, ``step``,
    ``from_id``, ``type``, ``to_id`` (as the relationship reads, which may be against
    the direction of travel), names, ``source`` and ``evidence``. Where two nodes are
    joined by several relationships, the hop shows the first by type, start id, source
    and evidence.

    >>> from orggraph.graph import load_graph
    >>> hops = path(load_graph(), "nw-icb-deputy-medical-director", "nw-icb")
    >>> hops[-1]["step"] <= 3
    True
    """
    start, end = resolve(G, a), resolve(G, b)
    wanted = set(parse_relations(relations, tuple(VOCABULARY)))
    U = nx.Graph()
    U.add_nodes_from(G)
    for u, v, t in G.edges(data="type"):
        if t in wanted and u != v:
            U.add_edge(u, v)
    try:
        walks = sorted(nx.all_shortest_paths(U, start, end))
    except nx.NetworkXNoPath:
        raise OrggraphError(f"no path between {start!r} and {end!r} over "
                            f"{', '.join(sorted(wanted))}") from None
    rows = []
    for number, walk in enumerate(walks, 1):
        for step, (x, y) in enumerate(pairwise(walk), 1):
            edges = [(x, y, d) for d in G.get_edge_data(x, y, default={}).values()
                     if d["type"] in wanted]
            edges += [(y, x, d) for d in G.get_edge_data(y, x, default={}).values()
                      if d["type"] in wanted]
            u, v, d = min(edges, key=lambda e: (e[2]["type"], e[0], e[2]["source"],
                                                e[2]["evidence"]))
            rows.append({"path": number, "step": step, **ref(G, u, "from_"), "type": d["type"],
                         **ref(G, v, "to_"), "source": d["source"], "evidence": d["evidence"]})
    return rows
