"""The graph in Neo4j: connecting, the schema, loading (atomic, idempotent), running Cypher.

Everything goes through managed transactions (``execute_read`` / ``execute_write``),
whose functions are safe to retry: a load is one write transaction, so a load that
fails part-way leaves the database as it was. Labels and relationship types in the
generated Cypher come only from :mod:`orggraph.model`; every value is a parameter.
Each node and relationship orggraph writes carries ``_orggraph`` (the load's id), so
a reload removes what the new data no longer has and ``wipe`` removes only ours.
"""

from __future__ import annotations

import os
import re
import urllib.parse
import uuid
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import OrggraphError
from ..model import VOCABULARY, Label

__all__ = [
    "CYPHER_DIR",
    "Connection",
    "LoadReport",
    "apply_schema",
    "connect",
    "load",
    "named_queries",
    "run_cypher",
    "run_query",
    "wipe",
]

CYPHER_DIR = Path(__file__).resolve().parent.parent.parent / "cypher"
BATCH = 10_000


class Neo4jError(OrggraphError):
    """A Cypher file or a load could not be run."""


@dataclass
class Connection:
    """A driver and the database to use. Close it, or use it as a context manager."""

    driver: Any
    database: str | None
    uri: str

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def _check_uri(uri: str) -> None:
    """Refuse a URI the driver would fail on with a traceback or echo with a password in it."""
    try:
        parts = urllib.parse.urlsplit(uri)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        raise OrggraphError("NEO4J_URI is not a valid URI (e.g. bolt://127.0.0.1:7687)") from None
    if parts.username is not None or parts.password is not None:
        raise OrggraphError("NEO4J_URI must not hold a user or password; "
                            "set NEO4J_USER and NEO4J_PASSWORD instead")
    if parts.scheme not in _SCHEMES:
        raise OrggraphError(f"NEO4J_URI scheme {parts.scheme!r} is not supported; "
                            f"use one of {', '.join(_SCHEMES)}")


def connect(uri: str | None = None, user: str | None = None, password: str | None = None,
            database: str | None = None) -> Connection:
    """Connect with arguments or ``NEO4J_URI``, ``NEO4J_USER``, ``NEO4J_PASSWORD`` and
    ``NEO4J_DATABASE`` from the environment, and check the server answers.

    Connection and auth errors name the URI, never the password.
    """
    import neo4j

    uri = uri or os.environ.get("NEO4J_URI")
    if not uri:
        raise OrggraphError("no Neo4j server: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD)")
    _check_uri(uri)
    user = user or os.environ.get("NEO4J_USER", "neo4j")
    password = password if password is not None else os.environ.get("NEO4J_PASSWORD", "")
    database = database or os.environ.get("NEO4J_DATABASE") or None
    driver = neo4j.GraphDatabase.driver(uri, auth=(user, password))
    try:
        driver.verify_connectivity()
    except neo4j.exceptions.AuthError:
        driver.close()
        raise OrggraphError(f"Neo4j at {uri} refused the credentials for user {user!r}") from None
    except neo4j.exceptions.ClientError as exc:
        driver.close()
        if not (exc.code or "").startswith("Neo.ClientError.Security."):
            raise
        # e.g. AuthenticationRateLimit: the user is locked for a while after wrong passwords
        raise OrggraphError(f"Neo4j at {uri} refused the credentials for user {user!r}: "
                            f"{exc.message}") from None
    except (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.DriverError, OSError) as exc:
        driver.close()
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise OrggraphError(f"cannot reach Neo4j at {uri}: {reason}") from None
    return Connection(driver, database, uri)


def _statements(text: str) -> list[str]:
    """Split a Cypher file into statements, dropping ``//`` comment lines."""
    body = "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith("//"))
    return [s.strip() for s in body.split(";") if s.strip()]


def apply_schema(conn: Connection) -> None:
    """Create the constraints and indexes of ``cypher/schema.cypher`` (idempotent)."""
    for statement in _statements((CYPHER_DIR / "schema.cypher").read_text(encoding="utf-8")):
        conn.driver.execute_query(statement, database_=conn.database)


@dataclass(frozen=True)
class LoadReport:
    """What a load left in the database: orggraph's nodes and relationships."""

    nodes: int
    relationships: int


def _chunks(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), BATCH):
        yield rows[i:i + BATCH]


def _plan(G: nx.MultiDiGraph) -> tuple[dict[str, list[dict[str, Any]]],
                                       dict[tuple[str, str, str], list[dict[str, Any]]]]:
    nodes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for n, a in G.nodes(data=True):
        props = {k: v for k, v in a.items() if k != "label"}
        nodes[Label(a["label"]).value].append({"id": n, "props": props})
    rels: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for u, v, k, a in G.edges(keys=True, data=True):
        rtype = VOCABULARY[a["type"]].name
        ends = (Label(G.nodes[u]["label"]).value, Label(G.nodes[v]["label"]).value)
        props = {key: val for key, val in a.items() if key != "type"}
        props["key"] = k
        rels[(rtype, *ends)].append({"start": u, "end": v, "key": k, "props": props})
    return nodes, rels


def load(conn: Connection, G: nx.MultiDiGraph, *, wipe_first: bool = False) -> LoadReport:
    """Load a graph in one write transaction: MERGE on ids, then remove what earlier
    loads left that this graph no longer has. Loading twice gives the same graph."""
    apply_schema(conn)
    nodes, rels = _plan(G)
    load_id = uuid.uuid4().hex

    def work(tx: Any) -> LoadReport:
        if wipe_first:
            tx.run("MATCH (n) WHERE n._orggraph IS NOT NULL DETACH DELETE n")
        for label, rows in sorted(nodes.items()):
            for chunk in _chunks(rows):
                tx.run(f"UNWIND $rows AS r MERGE (n:{label} {{id: r.id}}) "
                       "SET n = r.props, n._orggraph = $load", rows=chunk, load=load_id)
        for (rtype, start, end), rows in sorted(rels.items()):
            for chunk in _chunks(rows):
                tx.run(f"UNWIND $rows AS r MATCH (a:{start} {{id: r.start}}) "
                       f"MATCH (b:{end} {{id: r.end}}) "
                       f"MERGE (a)-[e:{rtype} {{key: r.key}}]->(b) "
                       "SET e = r.props, e._orggraph = $load", rows=chunk, load=load_id)
        tx.run("MATCH ()-[e]->() WHERE e._orggraph IS NOT NULL AND e._orggraph <> $load "
               "DELETE e", load=load_id)
        tx.run("MATCH (n) WHERE n._orggraph IS NOT NULL AND n._orggraph <> $load "
               "DETACH DELETE n", load=load_id)
        n = tx.run("MATCH (n) WHERE n._orggraph = $load RETURN count(n) AS c",
                   load=load_id).single()["c"]
        r = tx.run("MATCH ()-[e]->() WHERE e._orggraph = $load RETURN count(e) AS c",
                   load=load_id).single()["c"]
        return LoadReport(n, r)

    with conn.driver.session(database=conn.database) as session:
        report: LoadReport = session.execute_write(work)
    return report


def wipe(conn: Connection) -> int:
    """Remove only what orggraph loaded; returns how many nodes went."""

    def work(tx: Any) -> int:
        record = tx.run("MATCH (n) WHERE n._orggraph IS NOT NULL DETACH DELETE n "
                        "RETURN count(*) AS c").single()
        return int(record["c"]) if record else 0

    with conn.driver.session(database=conn.database) as session:
        removed: int = session.execute_write(work)
    return removed


_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def named_queries() -> list[str]:
    """Names of the ``cypher/`` query files (not schema or load scripts)."""
    return sorted(p.stem for p in CYPHER_DIR.glob("*.cypher") if p.stem not in {"schema"})


def run_query(conn: Connection, name: str, params: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Run the named query ``cypher/<name>.cypher`` in a read transaction."""
    stem = name.replace("-", "_")
    if not _NAME.match(stem) or stem not in named_queries():
        raise Neo4jError(f"no named query {name!r}; choose from {', '.join(named_queries())}")
    return run_cypher(conn, CYPHER_DIR / f"{stem}.cypher", params)


def run_cypher(conn: Connection, path: str | Path, params: Mapping[str, Any], *,
               write: bool = False) -> list[dict[str, Any]]:
    """Run one Cypher file (one statement) with parameters; read-only unless ``write``.

    Returns the rows as dicts. Missing parameters are reported by name.
    """
    import neo4j

    text = Path(path).read_text(encoding="utf-8")
    statements = _statements(text)
    if len(statements) != 1:
        raise Neo4jError(f"{path}: expected one statement, found {len(statements)}")
    (statement,) = statements
    wanted = set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", statement))
    missing = sorted(wanted - set(params))
    if missing:
        raise Neo4jError(f"{Path(path).name} needs parameter(s): {', '.join(missing)}")

    def work(tx: Any) -> list[dict[str, Any]]:
        return list(tx.run(statement, dict(params)).data())

    try:
        with conn.driver.session(database=conn.database) as session:
            rows: list[dict[str, Any]] = (session.execute_write(work) if write
                                          else session.execute_read(work))
    except neo4j.exceptions.ClientError as exc:
        raise Neo4jError(f"{Path(path).name}: {exc.message or exc}") from None
    return rows
