"""orggraph: NHS accountability documents as a sourced, queryable property graph.

>>> import orggraph
>>> G = orggraph.load_graph()
>>> G.nodes["nw-icb"]["kind"]
'icb'
>>> orggraph.query(G, "deputies", ["nw-icb-executive-medical-director"])[0]["depth"]
1

The public names are imported on first use, so ``import orggraph`` (and the
``orggraph`` command's start-up) pays only for what it touches.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what the lazy names are, for type checkers and readers
    from .errors import AmbiguousNameError, DataError, OrggraphError, UnknownNodeError
    from .graph import build_graph, filter_as_of, load_graph, resolve_node
    from .load import read_data, validate
    from .model import ACCOUNTABILITY_TYPES, VOCABULARY
    from .queries import QUESTIONS, query, questions

#: Each public name and the module that defines it.
_LAZY = {
    "ACCOUNTABILITY_TYPES": "model",
    "VOCABULARY": "model",
    "AmbiguousNameError": "errors",
    "DataError": "errors",
    "OrggraphError": "errors",
    "UnknownNodeError": "errors",
    "build_graph": "graph",
    "filter_as_of": "graph",
    "load_graph": "graph",
    "resolve_node": "graph",
    "read_data": "load",
    "validate": "load",
    "QUESTIONS": "queries",
    "query": "queries",
    "questions": "queries",
}

__all__ = [
    "ACCOUNTABILITY_TYPES",
    "QUESTIONS",
    "VOCABULARY",
    "AmbiguousNameError",
    "DataError",
    "OrggraphError",
    "UnknownNodeError",
    "build_graph",
    "filter_as_of",
    "load_graph",
    "query",
    "questions",
    "read_data",
    "resolve_node",
    "validate",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'orggraph' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
