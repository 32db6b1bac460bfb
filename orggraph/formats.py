"""Rendering result rows as a text table, JSON or CSV (returns text; never prints).

>>> print(render([{"id": "a", "span": 2}, {"id": "b", "span": None}], "table"))
id  span
--  ----
a   2
b
>>> render([{"id": "a"}], "json")
'[\\n  {\\n    "id": "a"\\n  }\\n]'
>>> print(render([{"title": "\\x1b[2Jboo"}], "csv"))
title
\\x1b[2Jboo
>>> print(render({"name": "abc\\u202edef"}, "json"))
{
  "name": "abc\\u202edef"
}
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["FORMATS", "printable", "render"]

FORMATS = ("table", "json", "csv")
_MAX_CELL = 80
#: How many items of a list a table shows before "… (+N more)"; JSON and CSV show all.
_MAX_ITEMS = 12

# Control characters (terminal escape sequences, NUL, line breaks) and the bidi overrides
# that reorder what a reader sees ("Trojan source"): shown as escapes, never sent raw.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")

_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    r"""``text`` with control and bidi-override characters written as escapes (one line).

    >>> printable("a\x1b[31mb\nc\u202e")
    'a\\x1b[31mb\\nc\\u202e'
    """
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _cell(value: Any, limit: int | None = _MAX_CELL, items: int | None = _MAX_ITEMS) -> str:
    """One value as one line: lists joined by "; " (only the first ``items`` of a longer
    list, then how many more), mappings as ``key=value``, cut to ``limit`` characters.

    >>> _cell(["a", "b", "c"], items=2)
    'a; b; … (+1 more)'
    >>> _cell({"widest": ["x", "y"], "span": 3}, None, None)
    'widest=x; y, span=3'
    """
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        shown = value if items is None or len(value) <= items else value[:items]
        text = "; ".join(_cell(v, None, items) for v in shown)
        if len(shown) < len(value):
            text += f"; … (+{len(value) - len(shown):,} more)"
    elif isinstance(value, Mapping):
        text = ", ".join(f"{k}={_cell(v, None, items)}" for k, v in value.items())
    else:
        text = str(value)
    text = printable(" ".join(text.split()))
    if limit and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def _columns(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    cols: dict[str, None] = {}
    for row in rows:
        cols.update(dict.fromkeys(row))
    return list(cols)


def _table(rows: Sequence[Mapping[str, Any]]) -> str:
    if not rows:
        return "(no rows)"
    cols = _columns(rows)
    cells = [[_cell(r.get(c)) for c in cols] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip()
              for row in cells]
    return "\n".join(lines)


def _record(obj: Mapping[str, Any]) -> str:
    scalars = {k: v for k, v in obj.items() if not _is_rows(v)}
    width = max((len(k) for k in scalars), default=0)
    parts = ["\n".join(f"{k.ljust(width)}  {_cell(v, None)}" for k, v in scalars.items())]
    for k, v in obj.items():
        if _is_rows(v):
            parts.append(f"{k}:\n{_table(v)}")
    return "\n\n".join(p for p in parts if p)


def _is_rows(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, Mapping) for v in value)


def render(data: Sequence[Mapping[str, Any]] | Mapping[str, Any], fmt: str) -> str:
    """Render a list of row objects (or one object) as ``table``, ``json`` or ``csv``.

    >>> print(render([{"id": "cmo", "span": 3}, {"id": "dir-ops", "span": None}], "csv"))
    id,span
    cmo,3
    dir-ops,
    <BLANKLINE>
    """
    if fmt == "json":
        text = json.dumps(data, indent=2, ensure_ascii=False, default=str)
        # json escapes C0 controls itself; these (only ever inside strings) as \uXXXX too
        return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    if isinstance(data, Mapping):
        if fmt == "csv":
            nested = [k for k, v in data.items() if _is_rows(v)]
            flat = {k: v for k, v in data.items() if k not in nested}
            rows: Sequence[Mapping[str, Any]] = [flat]
        else:
            return _record(data)
    else:
        rows = data
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=_columns(rows), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v, None, None) for k, v in row.items()})
        return buf.getvalue().rstrip("\n")
    if fmt == "table":
        return _table(rows)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
