"""Whole values from the driver, as JSON-ready data, for ``neo4j run``.

A node becomes ``{"labels": [...], "properties": {...}}``; a relationship
``{"type": ..., "properties": {...}, "start": END, "end": END}``, each end named by its
``id`` property (else its element id) and labels; a path
``{"nodes": [...], "relationships": [...]}``; dates, times and durations their ISO 8601
text; points ``{"srid": ..., "coordinates": [...]}``. Lists and maps are converted
throughout, so the table, JSON and CSV renderings lose nothing.

>>> from neo4j.time import Date
>>> plain({"when": Date(2026, 4, 1), "list": [Date(2005, 12, 31)]})
{'when': '2026-04-01', 'list': ['2005-12-31']}
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["plain"]

Ends = Mapping[str, dict[str, Any]]
"""Element id of a node → how a relationship names it (``id`` and ``labels``)."""


def _end(node: Any, ends: Ends) -> dict[str, Any]:
    known = ends.get(node.element_id)
    if known is not None:
        return known
    if node.get("id") is not None:
        return {"id": node.get("id"), "labels": sorted(node.labels)}
    return {"element_id": node.element_id}


def plain(value: Any, ends: Ends | None = None) -> Any:
    """``value`` with every graph and temporal value of the driver made plain data;
    ``ends`` names relationship ends the result itself did not carry (see
    :func:`end_ids`)."""
    from neo4j.graph import Node, Path, Relationship
    from neo4j.spatial import Point

    ends = ends or {}
    if isinstance(value, Node):
        return {"labels": sorted(value.labels), "properties": plain(dict(value), ends)}
    if isinstance(value, Relationship):
        return {"type": value.type, "properties": plain(dict(value), ends),
                "start": _end(value.start_node, ends), "end": _end(value.end_node, ends)}
    if isinstance(value, Path):
        return {"nodes": [plain(n, ends) for n in value.nodes],
                "relationships": [plain(r, ends) for r in value.relationships]}
    if isinstance(value, Point):
        return {"srid": value.srid, "coordinates": list(value)}
    if isinstance(value, list | tuple):
        return [plain(v, ends) for v in value]
    if isinstance(value, dict):
        return {k: plain(v, ends) for k, v in value.items()}
    iso = getattr(value, "iso_format", None)
    if callable(iso):  # neo4j.time Date, Time, DateTime, Duration
        return iso()
    return value


def end_ids(values: list[Any]) -> set[str]:
    """Element ids of relationship ends in ``values`` whose node came without its
    properties (the server sends a relationship's ends as ids only)."""
    from neo4j.graph import Path, Relationship

    found: set[str] = set()
    stack = list(values)
    while stack:
        value = stack.pop()
        if isinstance(value, Relationship):
            found.update(n.element_id for n in (value.start_node, value.end_node)
                         if n is not None and n.get("id") is None)
        elif isinstance(value, Path):
            stack.extend(value.relationships)
        elif isinstance(value, list | tuple):
            stack.extend(value)
        elif isinstance(value, dict):
            stack.extend(value.values())
    return found
