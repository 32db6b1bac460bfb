"""The question library: each named question as one function over the NetworkX graph.

Each question has a twin in ``cypher/<name>.cypher`` that gives the same answer on
Neo4j. Each registers itself where it is defined (``@question``, see
:mod:`orggraph.queries._registry`); :data:`QUESTIONS` maps their names
(``span-of-control`` …) to them, and :func:`query` runs one by name with text
arguments, as the CLI does.

>>> from orggraph.graph import load_graph
>>> query(load_graph(), "deputies", ["nw-icb-executive-medical-director"])[0]["depth"]
1
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import networkx as nx

from ..errors import OrggraphError, ParameterError
from ._registry import QUESTIONS, Question
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
