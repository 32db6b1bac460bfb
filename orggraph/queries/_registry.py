"""The register of named questions: each question function registers itself where it
is defined, with the positional arguments and the options it takes.

A question's name is its function's, with hyphens (``span_of_control`` is
``span-of-control``); its Neo4j twin is ``cypher/<function name>.cypher`` and its parity
case is in ``tests/test_neo4j.py`` (``tests/test_architecture.py`` fails when either is
missing).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

__all__ = ["QUESTIONS", "TOPICS", "Question", "question"]

F = TypeVar("F", bound=Callable[..., Any])


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


#: The modules of questions, by topic, in the order questions are listed.
TOPICS = ("structure", "chains", "cover", "membership", "change")

#: Every named question by its name: by topic, then in the order its module defines them.
QUESTIONS: dict[str, Question] = {}


def question(args: tuple[str, ...] = (), options: tuple[str, ...] = ()) -> Callable[[F], F]:
    """Register the decorated function as a named question; it is returned unchanged."""
    def register(function: F) -> F:
        QUESTIONS[function.__name__.replace("_", "-")] = Question(function, args, options)
        ordered = sorted(QUESTIONS.items(), key=lambda kv: _topic(kv[1]))  # stable
        QUESTIONS.clear()
        QUESTIONS.update(ordered)
        return function

    return register


def _topic(q: Question) -> int:
    module = q.function.__module__.rsplit(".", 1)[-1]
    return TOPICS.index(module) if module in TOPICS else len(TOPICS)
