"""orggraph: NHS accountability documents as a sourced, queryable property graph.

>>> import orggraph
>>> G = orggraph.load_graph()
>>> G.nodes["nw-icb"]["kind"]
'icb'
"""

from .errors import AmbiguousNameError, DataError, OrggraphError, UnknownNodeError
from .graph import build_graph, filter_as_of, load_graph, resolve_node
from .load import read_data, validate
from .model import ACCOUNTABILITY_TYPES, VOCABULARY

__all__ = [
    "ACCOUNTABILITY_TYPES",
    "VOCABULARY",
    "AmbiguousNameError",
    "DataError",
    "OrggraphError",
    "UnknownNodeError",
    "build_graph",
    "filter_as_of",
    "load_graph",
    "read_data",
    "resolve_node",
    "validate",
]
