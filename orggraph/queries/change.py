"""Change over time: dated events, and what the graph gains and loses between dates.

>>> from orggraph.graph import load_graph
>>> rows = changes(load_graph(), "2026-03-01", "2026-05-01")
>>> {r["event"] for r in rows} == {"gained", "lost"}
True
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import networkx as nx

from ..errors import ParameterError
from ..graph import display_name, is_valid_on, parse_as_of
from ..model import PartialDate
from ._registry import question

__all__ = ["changes"]


def _items(G: nx.MultiDiGraph) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(kind, id, description, attrs) for every node and edge."""
    out = [("node", n, display_name(G, n), a) for n, a in G.nodes(data=True)]
    out += [("relationship", f"{u} {a['type']} {v}",
             f"{display_name(G, u)} {a['type']} {display_name(G, v)}", a)
            for u, v, a in G.edges(data=True)]
    return out


def _day(value: str | dt.date | None, parameter: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return parse_as_of(value, parameter)


@question(options=("from_date", "to_date"))
def changes(G: nx.MultiDiGraph, from_date: str | dt.date | None = None,
            to_date: str | dt.date | None = None) -> list[dict[str, Any]]:
    """Dated events, or what the graph gains and loses between two dates.

    Rows have ``date``, ``event``, ``kind`` (node/relationship), ``id``, ``name``,
    ``source`` and ``evidence``, in date order. Without both dates, ``event`` is
    ``starts`` (a ``valid_from``) or ``ends`` (a ``valid_to``), within the dates given.
    With both, one row per node or relationship valid on one date and not the other:
    ``gained`` (dated by its ``valid_from``) or ``lost`` (dated by its ``valid_to``).
    A ``from_date`` after ``to_date`` is an error.
    """
    start, end = _day(from_date, "from_date"), _day(to_date, "to_date")
    if start is not None and end is not None and start > end:
        raise ParameterError(f"from_date {start} is after to_date {end}",
                             ("from_date", "to_date"))
    rows = []
    for kind, key, name, a in _items(G):
        if start is not None and end is not None:
            before, after = is_valid_on(a, start), is_valid_on(a, end)
            if before == after:
                continue
            event, field = ("gained", "valid_from") if after else ("lost", "valid_to")
            found = [(event, a[field])]
        else:
            found = [(event, a[field]) for field, event in
                     (("valid_from", "starts"), ("valid_to", "ends"))
                     if a.get(field) and _within(a[field], start, end)]
        rows += [{"date": date, "event": event, "kind": kind, "id": key, "name": name,
                  "source": a["source"], "evidence": a["evidence"]} for event, date in found]
    return sorted(rows, key=lambda r: (r["date"], r["event"], r["kind"], r["id"]))


def _within(text: str, start: dt.date | None, end: dt.date | None) -> bool:
    d = PartialDate.parse(text)
    return (start is None or d.last_day() >= start) and (end is None or d.first_day() <= end)
