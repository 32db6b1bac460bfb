"""The library's own exceptions. The CLI turns each into one ``Error: …`` line."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .formats import printable

__all__ = [
    "AmbiguousNameError",
    "DataError",
    "ExportError",
    "Neo4jServerError",
    "OrganogramError",
    "OrggraphError",
    "OutputExistsError",
    "OutputPathError",
    "ParameterError",
    "Problem",
    "QueryParameterError",
    "StoreError",
    "UnknownNodeError",
]


class OrggraphError(Exception):
    """Base class of every error orggraph raises on purpose."""


class Problem:
    """One finding of validation, printed as ``path:line: severity: message``.

    >>> str(Problem("data/a.yaml", 3, "unknown field 'titel'"))
    "data/a.yaml:3: error: unknown field 'titel'"
    >>> print(Problem("data/a\\nb.yaml", 1, "cannot read"))
    data/a\\nb.yaml:1: error: cannot read
    """

    __slots__ = ("line", "message", "path", "severity")

    def __init__(self, path: str, line: int, message: str, severity: str = "error") -> None:
        self.path, self.line, self.message, self.severity = path, line, message, severity

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        return printable(f"{self.path}:{self.line}: {self.severity}: {self.message}")

    def __repr__(self) -> str:
        return f"Problem({self.path!r}, {self.line}, {self.message!r}, {self.severity!r})"


class DataError(OrggraphError):
    """The data directory has errors; ``problems`` holds all of them (and any warnings)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        errors = [p for p in self.problems if p.is_error]
        first = str(errors[0]) if errors else "no errors"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(f"{first}{more}")


class ParameterError(OrggraphError):
    """A function was given a value it cannot take; the message names the parameters.

    ``parameters`` lists the parameter names the message uses, so a caller with its
    own names for them (the CLI's options) can say the same in its words.

    >>> exc = ParameterError("from_date 2026-06-01 is after to_date 2025-01-01",
    ...                      ("from_date", "to_date"))
    >>> exc.naming({"from_date": "--from", "to_date": "--to"}.__getitem__)
    '--from 2026-06-01 is after --to 2025-01-01'

    A switch written ``name=True`` is its option alone; a word inside a path is left:

    >>> ParameterError("/tmp/force exists; use force=True", ("force",)).naming(
    ...     lambda p: "--" + p)
    '/tmp/force exists; use --force'
    """

    def __init__(self, message: str, parameters: Sequence[str]) -> None:
        super().__init__(message)
        self.parameters = tuple(parameters)

    def naming(self, name: Callable[[str], str]) -> str:
        """The message with each parameter called ``name(parameter)``."""
        if not self.parameters:
            return str(self)
        words = re.compile(r"(?<![\w/.-])(" + "|".join(map(re.escape, self.parameters))
                           + r")(?:=True)?(?![\w/-]|\.\w)")
        return words.sub(lambda m: name(m.group(1)), str(self))


class UnknownNodeError(OrggraphError):
    """No node has the id or name given."""


class AmbiguousNameError(OrggraphError):
    """A name matches more than one node; ``candidates`` lists them as (id, display name)."""

    def __init__(self, text: str, candidates: Sequence[tuple[str, str]]) -> None:
        self.text = text
        self.candidates = list(candidates)
        listed = "; ".join(f"{i} ({n})" for i, n in self.candidates[:10])
        more = f"; … {len(self.candidates) - 10} more" if len(self.candidates) > 10 else ""
        super().__init__(f"{text!r} is ambiguous: {listed}{more}")


class Neo4jServerError(OrggraphError):
    """The local Neo4j server could not be built, started or reached."""


class StoreError(OrggraphError):
    """A Cypher file or a load could not be run on Neo4j (the driver's own errors are
    ``neo4j.exceptions.Neo4jError``; this is orggraph's)."""


class ExportError(OrggraphError):
    """The graph cannot be written in the chosen format."""


class OutputExistsError(ParameterError):
    """The output path exists and was not written by orggraph (use ``force``); the
    message names ``force`` when it says so."""

    def __init__(self, message: str, parameters: Sequence[str] = ()) -> None:
        super().__init__(message, parameters)


class OutputPathError(OrggraphError):
    """The output path cannot be written: a parent is a file, or it is not writable."""


class OrganogramError(OrggraphError):
    """The organogram cannot be imported at all (e.g. unreadable, or no usable row)."""


class QueryParameterError(OrggraphError):
    """A named query's parameters are wrong: unknown, missing or of the wrong kind."""
