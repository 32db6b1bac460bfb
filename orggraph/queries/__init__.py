"""The question library: each named question as one function over the NetworkX graph.

Each question has a twin in ``cypher/<name>.cypher`` that gives the same answer on
Neo4j. :data:`QUESTIONS` maps the CLI names (``span-of-control`` …) to the
functions; :func:`query` runs one by name with text arguments, as the CLI does.

>>> from orggraph.graph import load_graph
>>> query(load_graph(), "deputies", ["nw-icb-executive-medical-director"])[0]["depth"]
1
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx

from ..errors import OrggraphError, ParameterError
from .chains import chain, path
from .change import changes
from .cover import cover_gaps, deputies, dual_accountability
from .membership import members, memberships, relationships
from .structure import span_of_control, spans_and_layers

__all__ = [
    "QUESTIONS",
    "Question",
    "chain",
    "changes",
    "cover_gaps",
    "deputies",
    "dual_accountability",
    "members",
    "memberships",
    "path",
    "query",
    "questions",
    "relationships",
    "span_of_control",
    "spans_and_layers",
]


@dataclass(frozen=True)
class Question:
    """A named question: its function, positional arguments and options it accepts."""

    function: Callable[..., Any]
    args: tuple[str, ...] = ()
    options: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.function.__name__

    @property
    def summary(self) -> str:
        """The docstring's first sentence, on one line, without reST markup."""
        paragraph = " ".join((self.function.__doc__ or "").strip().split("\n\n")[0].split())
        sentence = re.split(r"(?<=\.)\s", paragraph)[0].replace("``", "")
        return sentence if sentence.endswith(".") else sentence + "."


QUESTIONS: dict[str, Question] = {
    "span-of-control": Question(span_of_control, ("post",), ("relations",)),
    "spans-and-layers": Question(spans_and_layers, (), ("body", "relations")),
    "chain": Question(chain, ("post",), ("relations",)),
    "deputies": Question(deputies, ("post",)),
    "cover-gaps": Question(cover_gaps, (), ("body", "relations")),
    "dual-accountability": Question(dual_accountability, (), ("relations",)),
    "members": Question(members, ("body",)),
    "memberships": Question(memberships, ("post",)),
    "relationships": Question(relationships, ("post",)),
    "path": Question(path, ("a", "b"), ("relations",)),
    "changes": Question(changes, (), ("from_date", "to_date")),
}


def questions() -> list[dict[str, str]]:
    """The named questions: ``name``, ``arguments``, ``options`` (the keyword
    parameters it takes, space-separated), ``answers``.

    >>> questions()[1]["options"]
    'body relations'
    """
    return [{"name": k, "arguments": " ".join(a.upper() for a in q.args),
             "options": " ".join(q.options), "answers": q.summary}
            for k, q in QUESTIONS.items()]


def query(G: nx.MultiDiGraph, name: str, args: Sequence[str] = (), **options: Any) -> Any:
    """Run a named question with positional text arguments and keyword options.

    Options the question does not take must be ``None``; a wrong number of
    arguments or an unknown name raises :class:`~orggraph.errors.OrggraphError`.

    >>> from orggraph.graph import load_graph
    >>> rows = query(load_graph(), "deputies", ["nchc-chief-medical-officer"])
    >>> [(r["depth"], r["id"]) for r in rows][:1]
    [(1, 'nchc-deputy-medical-director')]
    """
    q = QUESTIONS.get(name.replace("_", "-"))
    if q is None:
        raise OrggraphError(f"unknown question {name!r}; choose from {', '.join(QUESTIONS)}")
    if len(args) != len(q.args):
        wanted = " ".join(a.upper() for a in q.args) or "no arguments"
        raise OrggraphError(f"{name} takes {wanted}, got {len(args)} argument(s)")
    extra = sorted(k for k, v in options.items() if v is not None and k not in q.options)
    if extra:
        raise ParameterError(f"{name} does not take {', '.join(extra)}", extra)
    return q.function(G, *args, **{k: v for k, v in options.items() if k in q.options})
