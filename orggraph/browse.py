"""Looking around the graph: counts, finding nodes by name, one node in full.

>>> G = load_graph()
>>> [r["id"] for r in find(G, "group chief medical")]
['nwuhg-group-chief-medical-officer']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from itertools import chain, repeat
from operator import itemgetter
from typing import Any

import networkx as nx

from .graph import display_name, match_nodes, resolve_node
from .model import RELATIONSHIP_FIELDS

__all__ = ["find", "show", "summary"]


def summary(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Counts of nodes by label and body kind, relationships by type, and per source.

    Rows have ``category``, ``name``, ``nodes`` and ``relationships``.

    >>> rows = summary(load_graph())
    >>> [r["name"] for r in rows if r["category"] == "label"]
    ['Body', 'Person', 'Post']
    """
    rows: list[dict[str, Any]] = [
        {"category": "total", "name": "all", "nodes": G.number_of_nodes(),
         "relationships": G.number_of_edges()}
    ]
    nodes = [a for _, a in G.nodes(data=True)]
    labels = Counter(map(itemgetter("label"), nodes))  # counted in C, not per item in Python
    kinds = Counter(a["kind"] for a in nodes if a["label"] == "Body")
    node_src = Counter(map(itemgetter("source"), nodes))
    types: Counter[Any] = Counter(map(dict.get, _edge_attrs(G), repeat("type")))
    edge_src: Counter[Any] = Counter(map(dict.get, _edge_attrs(G), repeat("source")))
    rows += [{"category": "label", "name": k, "nodes": labels[k], "relationships": None}
             for k in sorted(labels)]
    rows += [{"category": "body kind", "name": k, "nodes": kinds[k], "relationships": None}
             for k in sorted(kinds)]
    rows += [{"category": "relationship type", "name": k, "nodes": None, "relationships": types[k]}
             for k in sorted(types)]
    rows += [{"category": "source", "name": k, "nodes": node_src[k],
              "relationships": edge_src[k]} for k in sorted(G.graph.get("sources", {}))]
    return rows


def _edge_attrs(G: nx.MultiDiGraph) -> Iterator[dict[str, Any]]:
    """Every edge's attribute dict, iterated in C (a million edges in well under a
    second, against several through ``G.edges(data=...)``)."""
    per_pair = chain.from_iterable(map(dict.values, map(itemgetter(1), G.adjacency())))
    return chain.from_iterable(map(dict.values, per_pair))


def _bodies_of(G: nx.MultiDiGraph, node: str) -> list[str]:
    want = "POST_IN" if G.nodes[node]["label"] == "Post" else "PART_OF"
    return sorted({display_name(G, v) for _, v, t in G.out_edges(node, data="type") if t == want})


def find(G: nx.MultiDiGraph, text: str) -> list[dict[str, Any]]:
    """Nodes whose id, title, name, abbreviation or alias contains ``text`` (any case).

    Rows have ``id``, ``label``, ``name``, ``body`` (the body a post sits in, or the
    body a body is part of) and ``source``.

    >>> find(load_graph(), "QEH")[0]["label"]
    'Body'
    """
    return [
        {"id": n, "label": G.nodes[n]["label"], "name": display_name(G, n),
         "body": "; ".join(_bodies_of(G, n)), "source": G.nodes[n]["source"]}
        for n in match_nodes(G, text)
    ]


#: A relationship's provenance, shown after its other properties.
_PROVENANCE = ("source", "evidence")
_DETAILS = tuple(k for k in RELATIONSHIP_FIELDS if k not in _PROVENANCE)


def _edge_row(G: nx.MultiDiGraph, other: str, attrs: dict[str, Any]) -> dict[str, Any]:
    row = {"type": attrs["type"], "id": other, "name": display_name(G, other)}
    row.update({k: attrs[k] for k in _DETAILS if k in attrs})
    row.update({k: attrs[k] for k in _PROVENANCE})
    return row


def show(G: nx.MultiDiGraph, node: str) -> dict[str, Any]:
    """One node with every property, and its relationships out and in with their evidence.

    ``node`` is an id or an unambiguous name.

    >>> rec = show(load_graph(), "nw-icb-deputy-medical-director")
    >>> sorted({r["type"] for r in rec["out"]}) >= ["ACCOUNTABLE_TO", "DEPUTISES_FOR"]
    True
    """
    nid = resolve_node(G, node)
    out = dict(G.nodes[nid])
    out["out"] = sorted((_edge_row(G, v, a) for _, v, a in G.out_edges(nid, data=True)),
                        key=lambda r: (r["type"], r["id"]))
    out["in"] = sorted((_edge_row(G, u, a) for u, _, a in G.in_edges(nid, data=True)),
                       key=lambda r: (r["type"], r["id"]))
    return out
