"""The library's own exceptions. The CLI turns each into one ``Error: …`` line."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "AmbiguousNameError",
    "DataError",
    "Neo4jServerError",
    "OrggraphError",
    "Problem",
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
        from .formats import printable  # imported when needed: the CLI's start-up

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
