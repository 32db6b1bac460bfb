"""The named queries' parameters: what each takes, its defaults, and checking them first.

Each named query of ``cypher/`` is the twin of a question of :mod:`orggraph.queries`
and takes the same parameters, derived here from :data:`orggraph.queries.QUESTIONS`:
the question's arguments (a post, a body, the two ends of a path: required), its
options (``relations``, ``body``, ``from``/``to``) and ``as_of``, which every query takes.
:func:`check_params` turns text into what the Cypher expects, as the embedded CLI does:
a post or body given by title or name is resolved to its id (several matches: an
:class:`~orggraph.errors.AmbiguousNameError` listing them; none: an
:class:`~orggraph.errors.UnknownNodeError`), ``relations`` is checked against the
vocabulary, dates become ``DATE`` values (a partial one its first day), and a missing
required value or an unknown parameter is a :class:`QueryParameterError`.

>>> [(p.name, p.required) for p in parameters("deputies")]
[('post', True), ('as_of', False)]
>>> parameters("path")[2].default == tuple(sorted(VOCABULARY))
True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import OrggraphError, QueryParameterError
from ..graph import parse_as_of
from ..model import ACCOUNTABILITY_TYPES, VOCABULARY
from ..queries import QUESTIONS
from ..queries._common import parse_relations

__all__ = ["Parameter", "QueryParameterError", "check_params", "describe", "parameters"]


@dataclass(frozen=True)
class Parameter:
    """One parameter of a named query."""

    name: str
    """Its name in the Cypher (``$post``)."""
    kind: str
    """``node`` (an id, title or name), ``relations`` (a list of types), ``date``."""
    required: bool = False
    default: Any = None
    """The value when not given (``None`` means Cypher null: no filter)."""


_RELATION_DEFAULTS = {"path": tuple(sorted(VOCABULARY))}
"""As :func:`orggraph.queries.path`: every type. Other questions: the accountability lines."""

_OPTION_NAMES = {"from_date": "from", "to_date": "to"}


def parameters(name: str) -> tuple[Parameter, ...]:
    """The parameters of the named query ``name`` (``span_of_control`` or
    ``span-of-control``), in the order :func:`describe` lists them."""
    question = QUESTIONS.get(name.replace("_", "-"))
    if question is None:
        raise QueryParameterError(f"no named query {name!r}; choose from "
                                  f"{', '.join(q.replace('-', '_') for q in QUESTIONS)}")
    out = [Parameter(arg, "node", required=True) for arg in question.args]
    for option in question.options:
        if option == "relations":
            default = _RELATION_DEFAULTS.get(question.name, tuple(sorted(ACCOUNTABILITY_TYPES)))
            out.append(Parameter("relations", "relations", default=default))
        elif option == "body":
            out.append(Parameter("body", "node"))
        else:
            out.append(Parameter(_OPTION_NAMES.get(option, option), "date"))
    out.append(Parameter("as_of", "date"))
    return tuple(out)


def describe(name: str) -> str:
    """One line per parameter: name, required or its default, and kind.

    >>> print(describe("members"))
    body      required  a node id, title or name
    as_of     optional  a date (YYYY, YYYY-MM or YYYY-MM-DD); default: null (no filter)
    """
    kinds = {"node": "a node id, title or name",
             "relations": "relationship types, comma-separated",
             "date": "a date (YYYY, YYYY-MM or YYYY-MM-DD)"}
    lines = []
    for p in parameters(name):
        default = ("" if p.required else "; default: " + (
            "null (no filter)" if p.default is None else ",".join(p.default)))
        lines.append(f"{p.name:<9} {'required' if p.required else 'optional':<9} "
                     f"{kinds[p.kind]}{default}")
    return "\n".join(lines)


def _date(key: str, value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise QueryParameterError(f"{key} must be a date such as 2026-04-01, not {value!r}")
    try:
        return parse_as_of(value, key)
    except OrggraphError as exc:
        raise QueryParameterError(str(exc)) from None


def _relations(value: Any) -> list[str]:
    if isinstance(value, str) or (isinstance(value, list | tuple)
                                  and all(isinstance(v, str) for v in value)):
        try:
            return list(parse_relations(value))
        except OrggraphError as exc:
            raise QueryParameterError(f"relations: {exc}") from None
    raise QueryParameterError(f"relations must be a list of relationship types, not {value!r}")


def check_params(name: str, given: Mapping[str, Any],
                 resolve: Any = None) -> dict[str, Any]:
    """The Cypher parameters of the named query ``name`` from ``given``: every parameter
    there, defaults filled in, dates as ``DATE``, nodes resolved with ``resolve(text,
    as_of)`` (which returns the id or raises). Raises :class:`QueryParameterError` for an
    unknown parameter, a missing required one or a value of the wrong kind.

    >>> check_params("members", {"body": "x", "as_of": "2026-04"}, lambda t, d: t.upper())
    {'body': 'X', 'as_of': datetime.date(2026, 4, 1)}
    >>> check_params("members", {"bdoy": "x"})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    orggraph.errors.QueryParameterError: members takes no parameter 'bdoy'; its ...
    """
    spec = parameters(name)
    names = [p.name for p in spec]
    stem = name.replace("-", "_")
    unknown = sorted(set(given) - set(names))
    if unknown:
        raise QueryParameterError(
            f"{stem} takes no parameter {', '.join(map(repr, unknown))}; "
            f"its parameters: {', '.join(names)}")
    missing = [p.name for p in spec if p.required and given.get(p.name) in (None, "")]
    if missing:
        raise QueryParameterError(f"{stem} needs parameter(s): {', '.join(missing)}")
    out: dict[str, Any] = {}
    for p in spec:
        value = given.get(p.name, p.default)
        if p.kind == "date":
            out[p.name] = _date(p.name, value)
        elif p.kind == "relations":
            out[p.name] = _relations(value)
        else:
            out[p.name] = value
    if out.get("from") and out.get("to") and out["from"] > out["to"]:
        raise QueryParameterError(f"from {out['from']} is after to {out['to']}")
    for p in spec:
        if p.kind == "node" and out[p.name] is not None:
            if not isinstance(out[p.name], str):
                raise QueryParameterError(f"{p.name} must be an id or name, not {out[p.name]!r}")
            if resolve is not None:
                out[p.name] = resolve(out[p.name], out["as_of"])
    return out

