"""As-of dates: reading one from text, and whether a record is valid on one.

Shared by the graph's as-of filter (:func:`orggraph.graph.filter_as_of`), the counts
taken from the records (:mod:`orggraph.counts`) and the questions about change, so a
record is valid on a date in one sense everywhere.

>>> is_valid_on({"valid_from": "2025-04"}, parse_as_of("2025-03-31"))
False
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .errors import ParameterError
from .model import PartialDate

__all__ = ["is_valid_on", "parse_as_of"]


def parse_as_of(text: str, parameter: str = "as_of") -> dt.date:
    """An as-of date from text; a partial date means its first day.

    ``parameter`` names the parameter the text came from, for the
    :class:`~orggraph.errors.ParameterError` a text that is no date raises.

    >>> parse_as_of("2025-05")
    datetime.date(2025, 5, 1)
    """
    try:
        return PartialDate.parse(text).first_day()
    except ValueError as exc:
        raise ParameterError(f"{parameter} {text!r}: {exc}", (parameter,)) from None


def is_valid_on(attrs: dict[str, Any], when: dt.date) -> bool:
    """Whether a node's or edge's ``valid_from``/``valid_to`` include ``when``.

    >>> is_valid_on({"valid_to": "2026-03-31"}, dt.date(2026, 4, 1))
    False
    """
    start, end = attrs.get("valid_from"), attrs.get("valid_to")
    if start and PartialDate.parse(start).first_day() > when:
        return False
    return not (end and PartialDate.parse(end).last_day() < when)
