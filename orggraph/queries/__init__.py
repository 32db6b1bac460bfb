"""The question library: each named question as one function over the NetworkX graph.

Each question has a twin in ``cypher/<name>.cypher`` that gives the same answer on
Neo4j. :data:`QUESTIONS` maps the CLI names (``span-of-control`` …) to the
functions; :func:`query` runs one by name with text arguments, as the CLI does.

>>> from orggraph.graph import load_graph
>>> query(load_graph(), "deputies", ["nw-icb-executive-medical-director"])[0]["depth"]
1
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx

from ..errors import OrggraphError
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
    """A named question: its function, whose signature gives its arguments (the
    parameters after the graph without a default) and its options (those with one).

    >>> Question(span_of_control).args, Question(span_of_control).options
    (('post',), ('relations',))
    """

    function: Callable[..., Any]

    @property
    def name(self) -> str:
        return self.function.__name__

    def _parameters(self) -> list[inspect.Parameter]:
        return list(inspect.signature(self.function).parameters.values())[1:]

    @property
    def args(self) -> tuple[str, ...]:
        """The positional arguments after the graph, in order."""
        return tuple(p.name for p in self._parameters() if p.default is p.empty)

    @property
    def options(self) -> tuple[str, ...]:
        """The keyword options (parameters with a default)."""
        return tuple(p.name for p in self._parameters() if p.default is not p.empty)

    @staticmethod
    def flag(option: str) -> str:
        """The command-line flag of an option: ``relations`` -> ``--relations``; a
        ``_date`` suffix is dropped (``from_date`` -> ``--from``: ``from`` is a keyword).

        >>> Question.flag("from_date"), Question.flag("relations")
        ('--from', '--relations')
        """
        return "--" + option.removesuffix("_date").replace("_", "-")

    @property
    def summary(self) -> str:
        """The docstring's first sentence, on one line, without reST markup."""
        paragraph = " ".join((self.function.__doc__ or "").strip().split("\n\n")[0].split())
        sentence = re.split(r"(?<=\.)\s", paragraph)[0].replace("``", "")
        return sentence if sentence.endswith(".") else sentence + "."


#: The named questions by their CLI name (the function's name with hyphens), in the
#: order ``orggraph questions`` lists them.
QUESTIONS: dict[str, Question] = {
    f.__name__.replace("_", "-"): Question(f) for f in (
        span_of_control, spans_and_layers, chain, deputies, cover_gaps, dual_accountability,
        members, memberships, relationships, path, changes)}


def questions() -> list[dict[str, str]]:
    """The named questions: ``name``, ``arguments``, ``options``, ``answers``.

    >>> questions()[0]["name"]
    'span-of-control'
    """
    return [{"name": k, "arguments": " ".join(a.upper() for a in q.args),
             "options": " ".join(Question.flag(o) for o in q.options), "answers": q.summary}
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
        raise OrggraphError(f"{name} does not take the option(s) {', '.join(extra)}")
    return q.function(G, *args, **{k: v for k, v in options.items() if k in q.options})
