"""Query parameters from the command line: ``key=value``, ``key=a,b`` lists, ``key:=JSON``.

>>> parse_params(("post=nw-icb", "relations=ACCOUNTABLE_TO,REPORTS_TO", "body:=null"))
{'post': 'nw-icb', 'relations': ['ACCOUNTABLE_TO', 'REPORTS_TO'], 'body': None}
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ..errors import ParameterError

__all__ = ["parse_params"]


def parse_params(pairs: Iterable[str]) -> dict[str, Any]:
    """Parse ``KEY=VALUE`` texts (the CLI's ``--param``). ``relations`` is always a list.

    >>> parse_params(("post",))
    Traceback (most recent call last):
    ...
    orggraph.errors.ParameterError: pairs 'post': expected KEY=VALUE or KEY:=JSON
    """
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.rstrip(":"):
            raise ParameterError(f"pairs {pair!r}: expected KEY=VALUE or KEY:=JSON",
                                 ("pairs",))
        if key.endswith(":"):
            key = key[:-1]
            try:
                out[key] = json.loads(value)
            except json.JSONDecodeError as exc:
                raise ParameterError(f"pairs {key}: not JSON ({exc.msg})",
                                     ("pairs",)) from None
        else:
            out[key] = value.split(",") if key == "relations" or "," in value else value
    return out
