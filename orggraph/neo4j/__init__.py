"""orggraph on Neo4j: loading the graph, the ``cypher/`` query library, a local server.

See :mod:`orggraph.neo4j.store` (connecting, loading, running queries) and
:mod:`orggraph.neo4j.server` (a throwaway local Neo4j for machines without Docker).
"""

from .store import (
    CYPHER_DIR,
    Connection,
    LoadReport,
    Rows,
    apply_schema,
    connect,
    load,
    named_queries,
    run_cypher,
    run_query,
    schema_statements,
    wipe,
)

__all__ = [
    "CYPHER_DIR",
    "Connection",
    "LoadReport",
    "Rows",
    "apply_schema",
    "connect",
    "load",
    "named_queries",
    "run_cypher",
    "run_query",
    "schema_statements",
    "wipe",
]
