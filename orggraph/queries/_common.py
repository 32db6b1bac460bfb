"""What the questions share: relationship sets, the accountability projection, names."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from ..errors import OrggraphError
from ..graph import display_name, resolve_node
from ..model import (
    ACCOUNTABILITY_TYPES,
    MEMBERSHIP_TYPES,
    ORGANISATION_KINDS,
    VOCABULARY,
    WORKING_TYPES,
)

__all__ = ["MEMBERSHIP_TYPES", "WORKING_TYPES", "body_posts", "organisation_of",
           "parse_relations", "ref", "resolve"]


def parse_relations(relations: str | Iterable[str] | None,
                    default: tuple[str, ...] = ACCOUNTABILITY_TYPES) -> tuple[str, ...]:
    """Relationship types from ``"A,B"`` or a list; ``None`` gives ``default``.

    >>> parse_relations("reports_to, ACCOUNTABLE_TO")
    ('ACCOUNTABLE_TO', 'REPORTS_TO')
    """
    if relations is None:
        return default
    items = relations.split(",") if isinstance(relations, str) else list(relations)
    chosen = sorted({i.strip().upper() for i in items if i.strip()})
    unknown = [t for t in chosen if t not in VOCABULARY]
    if unknown or not chosen:
        raise OrggraphError(
            f"unknown relationship type(s): {', '.join(unknown) or '(none given)'}; "
            f"choose from {', '.join(VOCABULARY)}"
        )
    return tuple(chosen)


class Hierarchy:
    """Posts and the lines between them for one relationship set.

    ``up[p]`` lists whom post ``p`` answers to, ``down[p]`` who answers to ``p``
    (each once, sorted). Only Post-to-Post edges make the hierarchy; a post that
    answers only to a body is a top post.
    """

    def __init__(self, G: nx.MultiDiGraph, relations: tuple[str, ...],
                 posts: set[str] | None = None) -> None:
        wanted = set(relations)
        label = G.nodes
        self.posts = sorted(posts if posts is not None
                            else (n for n, a in G.nodes(data=True) if a["label"] == "Post"))
        keep = set(self.posts)
        up: dict[str, set[str]] = {p: set() for p in self.posts}
        down: dict[str, set[str]] = {p: set() for p in self.posts}
        for u, v, t in G.edges(data="type"):
            if t in wanted and u in keep and v in keep and label[v]["label"] == "Post" and u != v:
                up[u].add(v)
                down[v].add(u)
        self.up = {p: sorted(s) for p, s in up.items()}
        self.down = {p: sorted(s) for p, s in down.items()}


def body_posts(G: nx.MultiDiGraph, body: str) -> set[str]:
    """Posts in a body or in any body that is part of it (PART_OF, any depth)."""
    bodies, todo = {body}, [body]
    while todo:
        b = todo.pop()
        for u, _, t in G.in_edges(b, data="type"):
            if t == "PART_OF" and u not in bodies:
                bodies.add(u)
                todo.append(u)
    return {u for b in bodies for u, _, t in G.in_edges(b, data="type") if t == "POST_IN"}


def organisation_of(G: nx.MultiDiGraph, node: str) -> str | None:
    """The organisation a post or body belongs to: the nearest organisation-kind body
    through POST_IN and PART_OF (the node itself counts; ties go to the smallest id).

    >>> from orggraph.graph import load_graph
    >>> organisation_of(load_graph(), "nwuhg-group-chief-medical-officer")
    'nwuhg'
    """
    seen, frontier = {node}, [node]
    while frontier:
        hits = [n for n in frontier if G.nodes[n]["label"] == "Body"
                and G.nodes[n].get("kind") in ORGANISATION_KINDS]
        if hits:
            return min(hits)
        nxt = []
        for n in frontier:
            for _, v, t in G.out_edges(n, data="type"):
                if t in ("POST_IN", "PART_OF") and v not in seen:
                    seen.add(v)
                    nxt.append(v)
        frontier = nxt
    return None


def ref(G: nx.MultiDiGraph, node: str | None, prefix: str = "") -> dict[str, Any]:
    """``{prefix}id`` and ``{prefix}name`` of a node, for result rows."""
    return {f"{prefix}id": node, f"{prefix}name": display_name(G, node) if node else None}


def resolve(G: nx.MultiDiGraph, text: str) -> str:
    """Resolve an id or name (see :func:`orggraph.graph.resolve_node`)."""
    return resolve_node(G, text)
