"""The one place orggraph writes NetworkX's adjacency dicts directly: building a graph
in bulk.

``add_node``/``add_edge`` check and look up per call: building a graph through them
took 1.5 to 1.8 times the CPU time of writing the dicts directly (medians of five
A/B runs over 30,000 generated posts; see ``docs/architecture.md``). This module writes what those
methods write (``G._node``, ``G._succ``, ``G._pred``, every dict made by the graph's own
factories) and nothing else, for the NetworkX versions in :data:`SUPPORTED`;
``tests/test_graph.py`` holds the result equal to the public API's for the installed
version and fails on a version outside the range.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import networkx as nx

__all__ = ["SUPPORTED", "add_edges", "add_nodes"]

#: The NetworkX versions (major, minor) whose adjacency layout this module writes.
SUPPORTED = ((3, 3), (3, 6))

Attrs = dict[str, Any]


def _maker(factory: Callable[[], Attrs]) -> Callable[[Attrs], Attrs]:
    """A function making a graph's attribute dict holding ``attrs``: the factory's own
    ``of`` when it has one (built in C, as orggraph's watched dicts are), else the
    factory's dict updated."""
    of: Callable[[Attrs], Attrs] | None = getattr(factory, "of", None)
    if of is not None:
        return of

    def make(attrs: Attrs) -> Attrs:
        out = factory()
        out.update(attrs)
        return out

    return make


_KEYED: dict[str, type] = {}


def _keyed_dict(key: str) -> dict[str, Any]:
    """An empty dict for the edges between two nodes, first keyed ``key``: the
    ``__dict__`` of an instance of a class per key, which CPython keeps as a
    key-sharing dict (about half the size of a plain one while it holds that one key).
    An ordinary, independent ``dict`` all the same.

    >>> d = _keyed_dict("REPORTS_TO"); d["REPORTS_TO"] = {}; type(d) is dict
    True
    """
    cls = _KEYED.get(key)
    if cls is None:
        cls = _KEYED[key] = type("_Keyed", (), {})
    out: dict[str, Any] = cls().__dict__
    return out


def _forget(G: nx.MultiDiGraph) -> None:
    cache = getattr(G, "__networkx_cache__", None)
    if cache:
        cache.clear()


def add_nodes(G: nx.MultiDiGraph, items: Iterable[tuple[str, Attrs]]) -> None:
    """Add new nodes ``(id, attributes)``, as ``G.add_nodes_from`` does."""
    nodes, succ, pred = G._node, G._succ, G._pred
    inner = G.adjlist_inner_dict_factory
    make = _maker(G.node_attr_dict_factory)
    for n, attrs in items:
        nodes[n] = make(attrs)
        succ[n] = inner()
        pred[n] = inner()
    _forget(G)


def add_edges(G: nx.MultiDiGraph, edges: Iterable[tuple[str, str, str, Attrs]]
              ) -> tuple[list[str], list[str], list[Attrs]]:
    """Add edges ``(start, end, base key, attributes)``, as ``G.add_edge`` does; an edge
    whose key is taken between the same ends is keyed ``KEY-2``, ``KEY-3`` …; a missing
    end becomes a node without attributes. Returns the starts, ends and attribute dicts
    of the edges added, in order."""
    nodes, succ, pred = G._node, G._succ, G._pred
    inner = G.adjlist_inner_dict_factory
    plain_keys = G.edge_key_dict_factory is dict
    make, empty = _maker(G.edge_attr_dict_factory), G.node_attr_dict_factory
    starts: list[str] = []
    ends: list[str] = []
    added: list[Attrs] = []
    for u, v, base, attrs in edges:
        for end in (u, v):
            if end not in nodes:  # as add_edge does; validation reports such edges
                nodes[end] = empty()
                succ[end] = inner()
                pred[end] = inner()
        keyed = succ[u].get(v)
        if keyed is None:
            keyed = _keyed_dict(base) if plain_keys and isinstance(base, str) \
                else G.edge_key_dict_factory()
            succ[u][v] = pred[v][u] = keyed
        key, n = base, 1
        while key in keyed:
            n += 1
            key = f"{base}-{n}"
        keyed[key] = a = make(attrs)
        starts.append(u)
        ends.append(v)
        added.append(a)
    _forget(G)
    return starts, ends, added
