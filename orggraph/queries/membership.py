"""Boards, committees and working relationships.

>>> from orggraph.graph import load_graph
>>> G = load_graph()
>>> [(r["id"], r["relation"]) for r in members(G, "nwuhg-group-board")][0]
('nwuhg-interim-group-chair', 'CHAIRS')
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from ._common import MEMBERSHIP_TYPES, WORKING_TYPES, ref, resolve
from ._registry import question

__all__ = ["members", "memberships", "relationships"]


def _row(G: nx.MultiDiGraph, other: str, d: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {**ref(G, other), "label": G.nodes[other]["label"], "relation": d["type"],
            **extra, "role": d.get("role"), "source": d["source"], "evidence": d["evidence"]}


@question(args=("body",))
def members(G: nx.MultiDiGraph, body: str) -> list[dict[str, Any]]:
    """A body's members, chairs and co-chairs: ``id``, ``name``, ``label``, ``relation``,
    ``role``, ``source``, ``evidence``; chairs first, then by id.

    >>> from orggraph.graph import load_graph
    >>> len(members(load_graph(), "nwuhg-group-board")) >= 4
    True
    """
    b = resolve(G, body)
    rows = [_row(G, u, d) for u, _, d in G.in_edges(b, data=True) if d["type"] in MEMBERSHIP_TYPES]
    return sorted(rows, key=lambda r: (r["relation"] != "CHAIRS", r["id"], r["evidence"]))


@question(args=("post",))
def memberships(G: nx.MultiDiGraph, post: str) -> list[dict[str, Any]]:
    """Every body a post (or body) sits on or chairs, with its role there.

    >>> from orggraph.graph import load_graph
    >>> rows = memberships(load_graph(), "nwuhg-group-chief-medical-officer")
    >>> any(r["id"] == "nwuhg-group-board" and r["role"] == "voting member" for r in rows)
    True
    """
    p = resolve(G, post)
    rows = [_row(G, v, d) for _, v, d in G.out_edges(p, data=True)
            if d["type"] in MEMBERSHIP_TYPES]
    return sorted(rows, key=lambda r: (r["id"], r["relation"], r["evidence"]))


@question(args=("post",))
def relationships(G: nx.MultiDiGraph, post: str) -> list[dict[str, Any]]:
    """Every working relationship of a post, both directions: works with, supports,
    advises, professional lead for. ``direction`` is ``out`` (the post is the subject
    of the sentence) or ``in``.

    >>> from orggraph.graph import load_graph
    >>> rows = relationships(load_graph(), "dh-ooh-coordinator")
    >>> {r["relation"] for r in rows} >= {"WORKS_WITH"}
    True
    """
    p = resolve(G, post)
    rows = [_row(G, v, d, direction="out") for _, v, d in G.out_edges(p, data=True)
            if d["type"] in WORKING_TYPES]
    rows += [_row(G, u, d, direction="in") for u, _, d in G.in_edges(p, data=True)
             if d["type"] in WORKING_TYPES]
    return sorted(rows, key=lambda r: (r["direction"] != "out", r["relation"], r["id"]))
