"""Looking around the graph: counts, finding nodes by name, one node in full.

>>> G = load_graph()
>>> [r["id"] for r in find(G, "group chief medical")]
['nwuhg-group-chief-medical-officer']
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from .counts import count_graph, summary_rows
from .graph import display_name, match_nodes, resolve_node
from .model import RELATIONSHIP_FIELDS

__all__ = ["find", "show", "summary"]


def summary(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Counts of nodes by label and body kind, relationships by type, and per source.

    Rows have ``category``, ``name``, ``nodes`` and ``relationships``
    (:func:`orggraph.counts.summary_rows`); :func:`orggraph.counts.summary` gives the
    same rows for a data directory without building its graph.

    >>> rows = summary(load_graph())
    >>> [r["name"] for r in rows if r["category"] == "label"]
    ['Body', 'Person', 'Post']
    """
    return summary_rows(count_graph(G))


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
