"""How a node or relationship of the graph becomes Neo4j labels and properties.

The one place the online loader (:mod:`orggraph.neo4j.store`), the Cypher script and
the neo4j-admin CSV (:mod:`orggraph.export`) take their Neo4j shape from, so the three
give the same graph:

- ``valid_from`` / ``valid_to`` become Neo4j ``DATE`` values: the first day of a partial
  ``valid_from`` (``2025`` → 2025-01-01) and the last day of a partial ``valid_to``
  (``2025-05`` → 2025-05-31), as the embedded ``--as-of`` reads them
  (:func:`orggraph.graph.is_valid_on`). Beside each: ``valid_from_text`` (the date as
  written) and ``valid_from_precision`` (``year``, ``month`` or ``day``).
- A body of an organisation kind (:data:`orggraph.model.ORGANISATION_KINDS`) carries the
  label ``Organisation`` besides ``Body``.

>>> neo4j_properties({"valid_from": "2025", "valid_to": "2025-05", "title": "X"})
... # doctest: +NORMALIZE_WHITESPACE
{'valid_from': datetime.date(2025, 1, 1), 'valid_to': datetime.date(2025, 5, 31),
 'title': 'X', 'valid_from_text': '2025', 'valid_from_precision': 'year',
 'valid_to_text': '2025-05', 'valid_to_precision': 'month'}
>>> extra_labels({"label": "Body", "kind": "trust"}), extra_labels({"label": "Post"})
(('Organisation',), ())
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from ..model import ORGANISATION_KINDS, PartialDate

__all__ = [
    "DATE_KEYS",
    "ORGANISATION_LABEL",
    "date_keys",
    "extra_labels",
    "neo4j_properties",
]

ORGANISATION_LABEL = "Organisation"
"""The extra label of a body whose kind is an organisation kind."""

DATE_KEYS = ("valid_from", "valid_to")
"""The properties stored as Neo4j ``DATE``."""

_PRECISION = ("year", "month", "day")


def date_keys() -> tuple[str, ...]:
    """Every property a date adds: ``valid_from``, ``valid_from_text``,
    ``valid_from_precision``, then the same for ``valid_to``.

    >>> date_keys()[:3]
    ('valid_from', 'valid_from_text', 'valid_from_precision')
    """
    return tuple(f"{key}{suffix}" for key in DATE_KEYS
                 for suffix in ("", "_text", "_precision"))


def stored_date(key: str, text: str) -> tuple[dt.date, str, str]:
    """The ``DATE`` value, the text and the precision of ``key``'s date ``text``.

    >>> stored_date("valid_to", "2024-02")
    (datetime.date(2024, 2, 29), '2024-02', 'month')
    """
    date = PartialDate.parse(text)
    precision = _PRECISION[(date.month is not None) + (date.day is not None)]
    day = date.first_day() if key == "valid_from" else date.last_day()
    return day, str(date), precision


def neo4j_properties(attrs: Mapping[str, Any]) -> dict[str, Any]:
    """``attrs`` (without ``label`` and ``type``) with the dates as :func:`stored_date`
    gives them; the text and precision keys follow the other properties."""
    out = {k: v for k, v in attrs.items() if k not in ("label", "type")}
    for key in DATE_KEYS:
        text = out.get(key)
        if isinstance(text, str) and text:
            out[key], out[f"{key}_text"], out[f"{key}_precision"] = stored_date(key, text)
    return out


def extra_labels(attrs: Mapping[str, Any]) -> tuple[str, ...]:
    """The labels a node carries besides its model label: ``Organisation`` for a body of
    an organisation kind."""
    if attrs.get("label") == "Body" and attrs.get("kind") in ORGANISATION_KINDS:
        return (ORGANISATION_LABEL,)
    return ()
