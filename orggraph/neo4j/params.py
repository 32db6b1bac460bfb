"""Query parameters from the command line: ``key=value``, ``key=a,b`` lists, ``key:=JSON``.

>>> parse_params(("post=nw-icb", "relations=ACCOUNTABLE_TO,REPORTS_TO", "body:=null"))
{'post': 'nw-icb', 'relations': ['ACCOUNTABLE_TO', 'REPORTS_TO'], 'body': None}
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ..errors import OrggraphError

__all__ = ["parse_params"]


def parse_params(pairs: Iterable[str]) -> dict[str, Any]:
    """Parse ``--param`` values. ``relations`` is always a list."""
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.rstrip(":"):
            raise OrggraphError(f"--param {pair!r}: expected KEY=VALUE or KEY:=JSON")
        if key.endswith(":"):
            key = key[:-1]
            try:
                out[key] = json.loads(value)
            except json.JSONDecodeError as exc:
                raise OrggraphError(f"--param {key}: not JSON ({exc.msg})") from None
        else:
            out[key] = value.split(",") if key == "relations" or "," in value else value
    return out
