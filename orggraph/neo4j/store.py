"""The graph in Neo4j: connecting, the schema, loading (atomic, idempotent), running Cypher.

Everything goes through managed transactions (``execute_read`` / ``execute_write`` /
``driver.execute_query``), whose functions are safe to retry. A small load (at most
:data:`SINGLE_LOAD` records) replaces the previous generation in one write transaction;
a bigger one writes the new generation in batched transactions as hidden staged nodes
(labels ``OrggraphStaged…``, never ``Post``/``Body``/``Person``), then swaps it in for
the previous one in a single transaction: until then a load that fails part-way,
however it fails, leaves what every query sees as it was. Labels and relationship types
in the generated Cypher come only from :mod:`orggraph.model` (plus the loader's own
``Orggraph…`` labels); every value is a parameter. Each node and relationship orggraph
writes carries ``_orggraph`` (its load's id, a random 63-bit integer), so ``wipe``
removes only ours.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import secrets
import threading
import urllib.parse
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import AmbiguousNameError, OrggraphError, StoreError, UnknownNodeError
from ..model import ORGANISATION_KINDS, RELATIONSHIP_FIELDS, VOCABULARY, Label, gc_paused
from ..resources import cypher_dir
from .mapping import ORGANISATION_LABEL, date_keys, neo4j_properties
from .named import check_params
from .values import end_ids, plain

__all__ = [
    "CYPHER_DIR",
    "Connection",
    "LoadReport",
    "Rows",
    "apply_schema",
    "connect",
    "load",
    "named_queries",
    "resolve_node",
    "run_cypher",
    "run_query",
    "schema_statements",
    "wipe",
]

CYPHER_DIR = cypher_dir()


#: The former name of :class:`~orggraph.errors.StoreError`, which shadowed the driver's
#: ``neo4j.exceptions.Neo4jError``: kept while tests/test_neo4j.py still uses it.
Neo4jError = StoreError


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

    >>> with connect() as conn:
    ...     records = conn.driver.execute_query("RETURN 1 AS one").records
    >>> records[0]["one"]
    1
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
    return [statement for statement, _, _ in _located_statements(text)]


def _located_statements(text: str) -> list[tuple[str, int, int]]:
    """The statements of a Cypher file, each with the file's line number of its first line
    and the column it starts at there, less one.

    >>> _located_statements("// a comment\\n\\n  MATCH (n)\\nRETURN n;\\nRETURN 1")
    [('MATCH (n)\\nRETURN n', 3, 2), ('RETURN 1', 5, 0)]
    """
    # Comment lines become empty lines, so a statement's lines keep their numbers.
    body = "\n".join("" if ln.lstrip().startswith("//") else ln for ln in text.splitlines())
    located, line = [], 1
    for part in body.split(";"):
        stripped = part.strip()
        if stripped:
            lead = part[:part.index(stripped)]
            located.append((stripped, line + lead.count("\n"), len(lead) - lead.rfind("\n") - 1))
        line += part.count("\n")
    return located


def schema_statements() -> list[str]:
    """The statements of ``cypher/schema.cypher``: the constraints and indexes.

    >>> all(s.startswith("CREATE ") and "IF NOT EXISTS" in s for s in schema_statements())
    True
    """
    return _statements((CYPHER_DIR / "schema.cypher").read_text(encoding="utf-8"))


def apply_schema(conn: Connection) -> None:
    """Create the constraints and indexes of ``cypher/schema.cypher`` (idempotent).

    Does nothing when every one of them is already online (one query instead of one per
    statement, as every load applies the schema).
    """
    statements = schema_statements()
    names = {m.group(1) for m in map(_SCHEMA_NAME.search, statements) if m}
    records, _, _ = conn.driver.execute_query(
        "SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN collect(name) AS names",
        database_=conn.database)
    if len(names) == len(statements) and names <= set(records[0]["names"]):
        return
    for statement in statements:
        conn.driver.execute_query(statement, database_=conn.database)
    # A new index fills in the background; staging needs its index ready.
    conn.driver.execute_query("CALL db.awaitIndexes(300)", database_=conn.database)


_SCHEMA_NAME = re.compile(r"^CREATE (?:CONSTRAINT|INDEX|FULLTEXT INDEX) (\w+) IF NOT EXISTS")


# --- loading: a staged generation, swapped in by one transaction -------------------------

STAGED = "OrggraphStaged"
"""Label of every node of a load in progress; each also has ``OrggraphStaged<Label>``."""

RETIRED = "OrggraphRetired"
"""Label of the replaced generation, deleted in batches after the swap."""

LOAD_NODE = "OrggraphLoad"
"""Label of the one bookkeeping node per load: its id and state (staging, live)."""

BATCH_NODE = "OrggraphBatch"
"""Label of the node each committed staging batch writes (its load and number), so a
batch retried after its commit went through is not applied twice."""

_HIDDEN = (STAGED, RETIRED, LOAD_NODE, BATCH_NODE)
NODE_BATCH = 5_000
REL_BATCH = 5_000
"""Rows per staging transaction (nodes, relationships)."""
WRITERS = 2
"""Staging transactions in flight at once, each on its own session: one transaction
leaves a core idle while the server commits it. On a 2-core machine two writers in
batches of 5,000 staged 100,000 generated posts 42 to 52 % faster than one (README,
"Benchmarks"); three, or batches of 2,500, were slower."""
STATEMENT_ROWS = 20_000
"""Rows per statement in the one-transaction load (5,000 was 9 % slower there)."""
GC_BATCH = 2_500
"""Hidden nodes deleted per transaction: deleting a retired generation of 100,000 posts
took about 16 % less time than in batches of 10,000 (README, "Benchmarks")."""
SINGLE_LOAD = 50_000
"""Loads of at most this many nodes plus relationships run as ONE write transaction
(:func:`_load_at_once`): no staging, no swap, far fewer round trips and label writes."""

NodeRow = tuple[Label, dict[str, Any]]
"""A node to load: its label and its properties (``id`` among them)."""

RelRow = tuple[str, dict[str, Any]]
"""A relationship to load: its type and ``{"start": id, "end": id, "props": {...}}``."""


Progress = Callable[[int], None]
"""Called with the number of records (nodes plus relationships) written so far: after
each staging batch commits, or once at the end of a one-transaction load."""


def _staged(label: Label) -> str:
    return f"{STAGED}{Label(label).value}"


@dataclass(frozen=True)
class LoadReport:
    """What a load left in the database: orggraph's nodes and relationships."""

    nodes: int
    relationships: int


def _graph_rows(G: nx.MultiDiGraph) -> tuple[Iterator[NodeRow], Iterator[RelRow]]:
    def nodes() -> Iterator[NodeRow]:
        for n, a in G.nodes(data=True):
            props = neo4j_properties(a)
            props["id"] = n
            yield Label(a["label"]), props

    def rels() -> Iterator[RelRow]:
        for u, v, k, a in G.edges(keys=True, data=True):
            props = neo4j_properties(a)
            props["key"] = k
            yield a["type"], {"start": u, "end": v, "props": props}

    return nodes(), rels()


def load(conn: Connection, G: nx.MultiDiGraph, *, wipe_first: bool = False,
         progress: Progress | None = None) -> LoadReport:
    """Load a graph so that it replaces, atomically, everything orggraph loaded before.

    The new generation is written in batched transactions as hidden staged nodes, then
    one transaction swaps it in for the old one, which is deleted afterwards in batches
    (see :func:`load_records`). Loading twice gives the same graph. ``wipe_first``
    first removes everything orggraph loaded (:func:`wipe`, also the remains of an
    interrupted load), so queries see an empty graph until the load is in; without it
    the new graph replaces the old one in one step.
    ``progress`` is called with the records written so far (of ``G``'s nodes plus edges).

    >>> G = load_graph()
    >>> with connect() as conn:
    ...     first, again = load(conn, G), load(conn, G)
    >>> first == again == LoadReport(G.number_of_nodes(), G.number_of_edges())
    True
    """
    if wipe_first:
        wipe(conn)
    nodes, rels = _graph_rows(G)
    return load_records(conn, nodes, rels, progress=progress)


def load_records(conn: Connection, nodes: Iterable[NodeRow], rels: Iterable[RelRow], *,
                 progress: Progress | None = None) -> LoadReport:
    """Load records (all nodes, then all relationships) as a new generation, atomically.

    At most :data:`SINGLE_LOAD` nodes plus relationships (over a live generation of at
    most a third of that many nodes) run as ONE write transaction (:func:`_load_at_once`),
    which replaces the live generation in place. A bigger load:

    1. Clear what an interrupted load or wipe left (hidden nodes), in batches.
    2. Stage: ``CREATE`` the nodes in ``UNWIND`` batches of :data:`NODE_BATCH` rows a
       transaction (one statement per label; short ones share a transaction), labelled
       only :data:`STAGED` and ``OrggraphStaged<Label>`` (so no named query, which all
       start from ``:Post``, ``:Body`` or ``:Person``, sees them), then the relationships
       (``MATCH`` both ends on the staged id index, ``CREATE``), once every node batch
       has committed. Each batch is its own write transaction, :data:`WRITERS` of them
       at once, and writes a :data:`BATCH_NODE` with its number, so a retried batch
       whose commit went through is not applied twice.
    3. Swap, in ONE transaction: the old generation's nodes lose their model labels (and
       become :data:`RETIRED`), the staged ones gain theirs. Until this commits, a failure
       of any kind (bad record, dropped connection, server stopped) leaves the database as
       it was before the load; the staged rest is cleared by the next load or wipe.
    4. Delete the retired generation in batches (invisible already; if interrupted, the
       next load or wipe finishes it).

    Python's cyclic garbage collector is paused meanwhile (:func:`~orggraph.model.gc_paused`):
    the rows are short-lived dicts and lists without cycles, and its scans of the graph
    they come from took a quarter of the client's CPU (README, "Benchmarks").
    """
    with gc_paused():
        return _load_records(conn, nodes, rels, progress or _no_progress)


def _no_progress(done: int) -> None:
    del done


def _load_records(conn: Connection, nodes: Iterable[NodeRow], rels: Iterable[RelRow],
                  progress: Progress) -> LoadReport:
    import neo4j

    apply_schema(conn)
    _collect_garbage(conn)
    # An integer (random, 63 bits) takes 2 of a property record's 4 blocks; a 32-digit
    # hex string took all 4, so a whole property record more per node and relationship.
    load_id = secrets.randbits(63)
    nodes, rels = iter(nodes), iter(rels)
    first_nodes = list(itertools.islice(nodes, SINGLE_LOAD + 1))
    first_rels = list(itertools.islice(rels, max(0, SINGLE_LOAD + 1 - len(first_nodes))))
    if len(first_nodes) + len(first_rels) <= SINGLE_LOAD:
        report = _load_at_once(conn, first_nodes, first_rels, load_id)
        if report is not None:
            progress(report.nodes + report.relationships)
            return report
    nodes = itertools.chain(first_nodes, nodes)
    rels = itertools.chain(first_rels, rels)
    with _session(conn) as session:
        session.execute_write(_begin, load_id)
    try:
        node_work = ((f"UNWIND $rows AS r CREATE (n:{STAGED}:{_staged(label)}) SET n = r",
                      [{**row, "_orggraph": load_id} for row in chunk])
                     for label, chunk in _node_chunks(nodes, NODE_BATCH))
        batches, _, staged = _stage(conn, _transactions(node_work, NODE_BATCH), load_id, 0,
                                    progress, 0)
        # Every node is committed before the first relationship batch looks for its ends.
        rel_work = ((_rel_statement(rtype, known), chunk)
                    for (rtype, known), chunk in _rel_chunks(rels, REL_BATCH))
        _, created, expected = _stage(conn, _transactions(rel_work, REL_BATCH), load_id,
                                      batches, progress, staged)
        if created != expected:
            raise Neo4jError(f"{expected - created} relationship(s) have an end that is not "
                             "a node of the load")
        with _session(conn) as session:
            nodes_live: int = session.execute_write(_swap, load_id)
    except neo4j.exceptions.ClientError as exc:
        _clear_after_failure(conn)
        raise Neo4jError(f"the load failed and was rolled back: {exc.message or exc}") from None
    except BaseException:
        _clear_after_failure(conn)
        raise
    _collect_garbage(conn)
    return LoadReport(nodes_live, created)


class _TooBig(Exception):
    """The live generation is too big to replace in one transaction."""


def _load_at_once(conn: Connection, nodes: list[NodeRow], rels: list[RelRow],
                  load_id: int) -> LoadReport | None:
    """A small load in ONE write transaction, so a failure of any kind leaves the
    database as it was and there is nothing to stage, swap or clear. Safe to retry.

    The live generation's relationships are deleted, the nodes are ``MERGE``d on their
    ids (so no uniqueness check or id lookup meets index entries this transaction
    removed: deleting the old nodes first made every later lookup of a ``Post`` id ~5x
    slower), the relationships created between the nodes' element ids (which the node
    statements return), and nodes not in the load deleted last. Returns
    None, changing nothing, when the live generation is too big for one transaction.
    """
    import neo4j

    node_work, labels = _at_once_nodes(nodes, load_id)
    rel_work = _at_once_rels(rels, labels)
    ids_by_label: dict[Label, list[Any]] = defaultdict(list)
    for node_id, label in labels.items():
        ids_by_label[label].append(node_id)
    try:
        with _session(conn) as session:
            created = session.execute_write(_replace_at_once, node_work, rel_work,
                                            ids_by_label, load_id)
    except _TooBig:
        return None
    except neo4j.exceptions.ClientError as exc:
        raise Neo4jError(f"the load failed and was rolled back: {exc.message or exc}") from None
    return LoadReport(len(labels), created)


def _at_once_nodes(nodes: list[NodeRow], load_id: int) -> tuple[Work, dict[Any, Label]]:
    """The node statements of a one-transaction load (each returns its nodes' element
    ids) and the label of each node id; an id given twice is refused."""
    labels: dict[Any, Label] = {}
    twice: list[Any] = []
    node_work: Work = []
    for label, chunk in _node_chunks(nodes, STATEMENT_ROWS):
        node_work.append((f"UNWIND $rows AS r MERGE (n:{label.value} {{id: r.id}}) SET n = r "
                          "RETURN collect([r.id, elementId(n)]) AS ids",
                          [{**row, "_orggraph": load_id} for row in chunk]))
        for row in chunk:
            if row["id"] in labels:
                twice.append(row["id"])
            labels[row["id"]] = label
    if twice:  # MERGE would make them one node silently; staged, the swap refuses them
        shown = ", ".join(map(str, list(dict.fromkeys(twice))[:3]))
        raise Neo4jError(f"{len(set(twice))} node id(s) appear more than once in the load: "
                         f"{shown}")
    return node_work, labels


def _at_once_rels(rels: list[RelRow], labels: dict[Any, Label]) -> Work:
    """The relationship statements of a one-transaction load, one per type and end
    labels; a relationship with an end that is not a node of the load is refused."""
    groups: dict[tuple[str, bool, Label, Label], list[list[Any]]] = defaultdict(list)
    missing = 0
    for (rtype, known), batch in _rel_chunks(rels, STATEMENT_ROWS):
        for rel in batch:
            start, end = labels.get(rel[0]), labels.get(rel[1])
            if start is None or end is None:
                missing += 1
            else:
                groups[(rtype, known, start, end)].append(rel)
    if missing:
        raise Neo4jError(f"{missing} relationship(s) have an end that is not a node of the load")
    return [(_rel_statement(rtype, known, start.value, end.value, by_element_id=True), rows)
            for (rtype, known, start, end), rows in sorted(groups.items())]


def _replace_at_once(tx: Any, node_work: Work, rel_work: Work,
                     ids_by_label: dict[Label, list[Any]], load_id: int) -> int:
    """The one transaction: the live relationships deleted, the nodes merged, the
    relationships created, the nodes not in the load deleted. Returns how many
    relationships it created."""
    _refuse_at_once(tx, ids_by_label)
    for label in Label:
        tx.run(f"MATCH (:{label.value})-[e]->() WHERE e._orggraph IS NOT NULL "
               "DELETE e").consume()
    # Relationship ends are found by the element ids the node statements return: a
    # seek by id costs about half the server CPU of a seek in the id index, which here
    # also merges this transaction's own index changes. The ids are stable: the nodes
    # are this transaction's, locked by their SET, and none is deleted before the end.
    element_ids: dict[Any, str] = {}
    for statement, rows in node_work:
        element_ids.update(tx.run(statement, rows=rows).single()["ids"])
    _label_organisations(tx, load_id)
    created = 0
    for statement, rows in rel_work:
        ends = [[element_ids[row[0]], element_ids[row[1]], *row[2:]] for row in rows]
        summary = tx.run(statement, rows=ends, load=load_id).consume()
        created += int(summary.counters.relationships_created)
    expected = sum(len(rows) for _, rows in rel_work)
    if created != expected:  # cannot happen: every end was checked above
        raise Neo4jError(f"{expected - created} relationship(s) were not created")
    for label in Label:
        tx.run(f"MATCH (n:{label.value}) WHERE n._orggraph <> $load DETACH DELETE n",
               load=load_id).consume()
    return created


def _refuse_at_once(tx: Any, ids_by_label: dict[Label, list[Any]]) -> None:
    """Raise :class:`_TooBig` when the live generation is too big for one transaction,
    and refuse ids that nodes not loaded by orggraph already have."""
    live = sum(int(tx.run(f"MATCH (n:{label.value}) RETURN count(n) AS c").single()["c"])
               for label in Label)
    if live > SINGLE_LOAD // 3:
        raise _TooBig
    for label, ids in sorted(ids_by_label.items()):
        theirs = tx.run(f"UNWIND $ids AS id MATCH (n:{label.value} {{id: id}}) "
                        "WHERE n._orggraph IS NULL RETURN collect(id)[..3] AS ids",
                        ids=ids).single()["ids"]
        if theirs:  # as the staged path's swap fails on the uniqueness constraint
            raise Neo4jError(f"{label.value} node(s) not loaded by orggraph already have "
                             f"the id(s) {', '.join(map(str, theirs))}")


def _session(conn: Connection) -> Any:
    """A session for orggraph's own queries (the loader's, the named ones). Neo4j warns
    when their labels, types and properties (``OrggraphBatch``, ``_orggraph``, ``CHAIRS``,
    …) do not exist yet in the database, which the driver would log to the user's
    terminal; those warnings are expected (nothing loaded yet, no chairs in the data), so
    they are off."""
    import neo4j

    quiet = [neo4j.NotificationDisabledClassification.UNRECOGNIZED]
    return conn.driver.session(database=conn.database,
                               notifications_disabled_classifications=quiet)


def _begin(tx: Any, load_id: int) -> None:
    """Write the load's :data:`LOAD_NODE`, in state ``staging`` (safe to retry)."""
    tx.run(f"MERGE (l:{LOAD_NODE} {{id: $load}}) ON CREATE SET "
           "l.state = 'staging', l._orggraph = $load", load=load_id).consume()


def _clear_after_failure(conn: Connection) -> None:
    """Best effort: clear the staged data of a failed load (the next load does it too)."""
    with contextlib.suppress(Exception):
        _collect_garbage(conn)


def _node_chunks(rows: Iterable[NodeRow],
                 size: int) -> Iterator[tuple[Label, list[dict[str, Any]]]]:
    buffers: dict[Label, list[dict[str, Any]]] = defaultdict(list)
    for label, props in rows:
        buffer = buffers[Label(label)]
        buffer.append(props)
        if len(buffer) >= size:
            yield Label(label), buffer
            buffers[Label(label)] = []
    for label, buffer in sorted(buffers.items()):
        if buffer:
            yield label, buffer


_REL_KEYS = (*RELATIONSHIP_FIELDS, *(k for k in date_keys() if k not in RELATIONSHIP_FIELDS),
             "key")
"""The relationship properties the loader names in its Cypher (from :mod:`orggraph.model`
and :mod:`orggraph.neo4j.mapping`)."""

_ORGANISATIONS = (f"MATCH (n:{Label.BODY.value}) WHERE n._orggraph = $load AND n.kind IN $kinds "
                  f"SET n:{ORGANISATION_LABEL}")
"""Gives the bodies of an organisation kind that a load made live their extra label."""

_NOT_ORGANISATIONS = (f"MATCH (n:{ORGANISATION_LABEL}) WHERE n._orggraph = $load "
                      f"AND NOT (n:{Label.BODY.value} AND n.kind IN $kinds) "
                      f"REMOVE n:{ORGANISATION_LABEL}")


def _label_organisations(tx: Any, load_id: int) -> None:
    """Set (and, where a kind changed, remove) :data:`ORGANISATION_LABEL` on the load's
    live bodies."""
    kinds = sorted(ORGANISATION_KINDS)
    for statement in (_ORGANISATIONS, _NOT_ORGANISATIONS):
        tx.run(statement, load=load_id, kinds=kinds).consume()


def _rel_statement(rtype: str, known: bool, start: str = STAGED, end: str = STAGED, *,
                   by_element_id: bool = False) -> str:
    """The statement creating relationships of type ``rtype`` (a vocabulary name) between
    nodes labelled ``start`` and ``end`` (default: staged nodes), found by their ``id``
    property, or with ``by_element_id`` by their element ids. Each row is a list (see
    :func:`_rel_chunks`): ``[start, end, *values]`` with ``known``, one value per key of
    :data:`_REL_KEYS`, else ``[start, end, properties]``.

    With ``known`` (every row's properties are among :data:`_REL_KEYS`) the properties are
    named in the ``CREATE`` pattern (a null one is not set); other rows ``SET e = r[2]``.
    Neither plan has an ``Eager`` (Cypher buffering the whole batch first, which made
    relationships ~3x slower): with rows as maps, ``SET e = r.props`` had one.
    """
    if known:
        keys = ", ".join(f"{key}: r[{i}]" for i, key in enumerate(_REL_KEYS, 2))
        create = f"CREATE (a)-[e:{rtype} {{{keys}, _orggraph: $load}}]->(b)"
    else:
        create = f"CREATE (a)-[e:{rtype}]->(b) SET e = r[2], e._orggraph = $load"
    if by_element_id:
        return (f"UNWIND $rows AS r MATCH (a:{start}) WHERE elementId(a) = r[0] "
                f"MATCH (b:{end}) WHERE elementId(b) = r[1] {create}")
    return (f"UNWIND $rows AS r MATCH (a:{start} {{id: r[0]}}) "
            f"MATCH (b:{end} {{id: r[1]}}) {create}")


def _rel_chunks(rows: Iterable[RelRow],
                size: int) -> Iterator[tuple[tuple[str, bool], list[list[Any]]]]:
    """Batches of at most ``size`` relationship rows by type, and by whether
    :func:`_rel_statement` can name their properties; each row as a list, ``[start, end,
    *values]`` (one value per key of :data:`_REL_KEYS`, None where absent) or ``[start,
    end, properties]``: the driver packs a list in about half the time of the nested maps
    (and the server reads it back faster).

    >>> [(group, rows) for group, rows in _rel_chunks(
    ...     [("CHAIRS", {"start": "a", "end": "b", "props": {"source": "s", "key": "CHAIRS"}}),
    ...      ("CHAIRS", {"start": "b", "end": "c", "props": {"weight": 2}})], 10)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [(('CHAIRS', False), [['b', 'c', {'weight': 2}]]),
     (('CHAIRS', True), [['a', 'b', 's', None, None, None, None, None, None, None, None,
                          None, 'CHAIRS']])]
    """
    known_keys = frozenset(_REL_KEYS)
    buffers: dict[tuple[str, bool], list[list[Any]]] = defaultdict(list)
    for rtype, row in rows:
        name = VOCABULARY[rtype].name  # only vocabulary types reach the Cypher text
        props = row["props"]
        known = known_keys.issuperset(props)
        group = (name, known)
        buffer = buffers[group]
        if known:
            buffer.append([row["start"], row["end"], *map(props.get, _REL_KEYS)])
        else:
            buffer.append([row["start"], row["end"], props])
        if len(buffer) >= size:
            yield group, buffer
            buffers[group] = []
    for group, buffer in sorted(buffers.items()):
        if buffer:
            yield group, buffer


Work = list[tuple[str, list[Any]]]
"""One staging transaction: statements, each with its rows."""


def _transactions(chunks: Iterable[tuple[str, list[Any]]], size: int) -> Iterator[Work]:
    """Pack consecutive ``(statement, rows)`` chunks into transactions of at most ``size``
    rows (or one bigger chunk), so the short last chunks of the labels or types share a
    commit: a small load commits a few times, not once per relationship type.

    >>> [[len(rows) for _, rows in work]
    ...  for work in _transactions([("a", [{}] * 5), ("b", [{}] * 2), ("c", [{}] * 4)], 6)]
    [[5], [2, 4]]
    """
    work: Work = []
    rows = 0
    for statement, chunk in chunks:
        if work and rows + len(chunk) > size:
            yield work
            work, rows = [], 0
        work.append((statement, chunk))
        rows += len(chunk)
    if work:
        yield work


def _stage(conn: Connection, works: Iterable[Work], load_id: int, first: int,
           progress: Progress, before: int) -> tuple[int, int, int]:
    """Run staging transactions numbered from ``first``, :data:`WRITERS` at once (each
    thread its own session; the driver is thread-safe, a session is not); returns the
    next number, the relationships created and the rows sent. At most two transactions
    per writer are built ahead, so the records stream; the first failure cancels the
    batches not yet started and is raised once the running ones have ended. After each
    commit, ``progress`` gets ``before`` plus the rows committed so far (in this thread)."""
    local = threading.local()
    sessions: list[Any] = []

    def run(work: Work, number: int) -> tuple[int, int]:
        session = getattr(local, "session", None)
        if session is None:
            session = local.session = _session(conn)
            sessions.append(session)  # list.append is atomic
        created: int = session.execute_write(_batch, work, load_id, number)
        return created, sum(len(rows) for _, rows in work)

    number, created, sent, written = first, 0, 0, 0

    def finished(done: set[Future[tuple[int, int]]]) -> None:
        nonlocal created, written
        for future in done:
            made, rows = future.result()
            created, written = created + made, written + rows
        progress(before + written)

    pool = ThreadPoolExecutor(WRITERS, thread_name_prefix="orggraph-load")
    try:
        running: set[Future[tuple[int, int]]] = set()
        for work in works:
            while len(running) >= 2 * WRITERS:
                done, running = wait(running, return_when=FIRST_COMPLETED)
                finished(done)
            running.add(pool.submit(run, work, number))
            number += 1
            sent += sum(len(rows) for _, rows in work)
        while running:
            done, running = wait(running, return_when=FIRST_COMPLETED)
            finished(done)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        for session in sessions:
            session.close()
    return number, created, sent


def _batch(tx: Any, work: Work, load_id: int, number: int) -> int:
    """One staging transaction; returns the relationships it created. A retry that finds
    the batch already committed does nothing (and counts all of its rows)."""
    # Grouped by the load node, so no row (not a count of 0) when it is gone.
    done = tx.run(f"MATCH (l:{LOAD_NODE} {{id: $load}}) "
                  f"OPTIONAL MATCH (b:{BATCH_NODE} {{load: $load, number: $number}}) "
                  "RETURN l.id AS load, count(b) AS done", load=load_id, number=number).single()
    if done is None:
        raise Neo4jError("the load's staged data was removed by another load or wipe")
    if done["done"]:
        return sum(len(rows) for _, rows in work)
    created = 0
    for statement, rows in work:
        summary = tx.run(statement, rows=rows, load=load_id).consume()
        created += int(summary.counters.relationships_created)
    tx.run(f"CREATE (:{BATCH_NODE} {{load: $load, number: $number, _orggraph: $load}})",
           load=load_id, number=number).consume()
    return created


def _swap(tx: Any, load_id: int) -> int:
    """Retire the live generation and make the staged one live; returns the nodes made live.
    A retry after the commit went through only counts them."""
    state = tx.run(f"MATCH (l:{LOAD_NODE} {{id: $load}}) RETURN l.state AS s",
                   load=load_id).single()
    if state is None:
        raise Neo4jError("the load's staged data was removed by another load or wipe")
    if state["s"] != "staging":
        return sum(int(tx.run(f"MATCH (n:{label.value}) WHERE n._orggraph = $load "
                              "RETURN count(n) AS c", load=load_id).single()["c"])
                   for label in Label)
    _retire(tx)
    live = 0
    for label in Label:
        summary = tx.run(f"MATCH (n:{_staged(label)}) SET n:{label.value} "
                         f"REMOVE n:{STAGED}:{_staged(label)}").consume()
        live += int(summary.counters.labels_added)
    _label_organisations(tx, load_id)
    tx.run(f"MATCH (l:{LOAD_NODE} {{id: $load}}) SET l.state = 'live'", load=load_id).consume()
    return live


def _retire(tx: Any) -> int:
    """Hide every live node orggraph loaded (model labels off, :data:`RETIRED` on)."""
    retired = 0
    for label in Label:
        extra = f":{ORGANISATION_LABEL}" if label is Label.BODY else ""
        record = tx.run(f"MATCH (n:{label.value}) WHERE n._orggraph IS NOT NULL "
                        f"SET n:{RETIRED} REMOVE n:{label.value}{extra} "
                        "RETURN count(n) AS c").single()
        retired += int(record["c"])
    return retired


def _collect_garbage(conn: Connection) -> None:
    """Delete every hidden node orggraph left (staged, retired, old load records), with
    their relationships, :data:`GC_BATCH` nodes per transaction; each batch is naturally
    safe to retry."""
    hidden = "|".join(_HIDDEN)

    def delete(tx: Any) -> int:
        return int(tx.run(f"MATCH (n:{hidden}) WITH n LIMIT $n DETACH DELETE n "
                          "RETURN count(*) AS c", n=GC_BATCH).single()["c"])

    with _session(conn) as session:
        while session.execute_write(delete) == GC_BATCH:
            pass


def wipe(conn: Connection) -> int:
    """Remove only what orggraph loaded; returns how many live nodes went.

    One transaction hides them all (so the wipe is atomic for every query), then they,
    and anything an interrupted load left, are deleted in batches.

    >>> with connect() as conn:
    ...     loaded = load(conn, load_graph())
    ...     removed = wipe(conn)
    ...     try:
    ...         run_query(conn, "members", {"body": "nwuhg-group-board"})
    ...     except UnknownNodeError as exc:
    ...         left = str(exc)
    >>> removed == loaded.nodes, left
    (True, "no node has the id or name 'nwuhg-group-board'")
    """
    with _session(conn) as session:
        removed: int = session.execute_write(_retire)
    _collect_garbage(conn)
    return removed


_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def named_queries() -> list[str]:
    """Names of the ``cypher/`` query files (not schema or load scripts).

    >>> "cover_gaps" in named_queries() and "schema" not in named_queries()
    True
    """
    return sorted(p.stem for p in CYPHER_DIR.glob("*.cypher") if p.stem not in {"schema"})


class Rows(list[dict[str, Any]]):
    """The rows a query returned, and ``notices``: the server's warnings about the query
    (a label or relationship type that does not exist, a deprecated feature, …), one line
    each, naming the file, line and column, e.g. ``mine.cypher:3:10: The label `Psot`
    does not exist. Verify that the spelling is correct.``"""

    notices: list[str]
    plan: str | None
    """The plan of an ``EXPLAIN`` or ``PROFILE`` query, as :func:`plan_text` gives it."""
    truncated: bool
    """Whether the query had more rows than the ``limit`` it was run with."""

    def __init__(self, rows: Iterable[dict[str, Any]] = (), notices: Iterable[str] = ()) -> None:
        super().__init__(rows)
        self.notices = list(notices)
        self.plan = None
        self.truncated = False


def run_query(conn: Connection, name: str, params: Mapping[str, Any]) -> Rows:
    """Run the named query ``cypher/<name>.cypher`` in a read transaction.

    The parameters are checked first (:func:`orggraph.neo4j.named.check_params`): a post
    or body may be given by id, title or name, as in the embedded CLI; defaults are the
    embedded ones; ``as_of`` (any named query) keeps only what is valid on that date.
    A label or relationship type that the loaded data lacks (no ``CHAIRS`` anywhere, say)
    only means fewer rows, so Neo4j's warnings about those are not asked for.

    >>> with connect() as conn:
    ...     _ = load(conn, load_graph())
    ...     rows = run_query(conn, "deputies", {"post": "nchc-chief-medical-officer"})
    >>> [(r["depth"], r["id"]) for r in rows]
    [(1, 'nchc-deputy-medical-director')]
    """
    stem = name.replace("-", "_")
    if not _NAME.match(stem) or stem not in named_queries():
        raise Neo4jError(f"no named query {name!r}; choose from {', '.join(named_queries())}")
    checked = check_params(stem, params, lambda text, as_of: resolve_node(conn, text, as_of))
    rows = _run_file(conn, CYPHER_DIR / f"{stem}.cypher", checked, write=False, named=True)
    if stem == "path" and not rows and checked["a"] != checked["b"]:  # as the embedded path
        raise Neo4jError(f"no path between {checked['a']!r} and {checked['b']!r} over "
                         f"{', '.join(sorted(checked['relations']))}")
    return rows


_VALID = ("coalesce(n.valid_from <= $as_of, true) AND coalesce(n.valid_to >= $as_of, true)")

_RESOLVE = f"""
MATCH (n) WHERE (n:Post OR n:Body OR n:Person) AND {_VALID}
WITH n, [x IN [n.id, n.title, n.name, n.abbreviation] + coalesce(n.aliases, [])
         WHERE x IS NOT NULL | toLower(x)] AS names
WHERE any(x IN names WHERE x CONTAINS $wanted)
RETURN n.id AS id, coalesce(n.title, n.name, n.id) AS name, $wanted IN names AS exact
ORDER BY id
"""


def resolve_node(conn: Connection, text: str, as_of: Any = None) -> str:
    """The id of the one node named by ``text`` (valid on ``as_of``, if given), as
    :func:`orggraph.graph.resolve_node` finds it in the embedded graph: an id, else the
    one node whose title, name, abbreviation or alias is ``text`` (any case), else the
    one whose names contain it. Raises :class:`~orggraph.errors.UnknownNodeError` or
    :class:`~orggraph.errors.AmbiguousNameError` (with the candidates).

    >>> with connect() as conn:
    ...     _ = load(conn, load_graph())
    ...     resolve_node(conn, "NWUHG")
    'nwuhg'
    """
    with _session(conn) as session:
        exact = session.execute_read(lambda tx: tx.run(
            f"MATCH (n) WHERE (n:Post OR n:Body OR n:Person) AND n.id = $text AND {_VALID} "
            "RETURN count(n) AS c", text=text, as_of=as_of).single()["c"])
        if exact:
            return text
        found = session.execute_read(lambda tx: tx.run(
            _RESOLVE, wanted=text.casefold().strip(), as_of=as_of).data())
    for rows in ([r for r in found if r["exact"]], found):
        if len(rows) == 1:
            return str(rows[0]["id"])
        if rows:
            raise AmbiguousNameError(text, [(r["id"], r["name"]) for r in rows])
    raise UnknownNodeError(f"no node has the id or name {text!r}")


def run_cypher(conn: Connection, path: str | Path, params: Mapping[str, Any], *,
               write: bool = False, text: str | None = None,
               limit: int | None = None) -> Rows:
    """Run one Cypher statement with parameters; read-only unless ``write``.

    The statement is the file ``path``, or ``text`` if given (``path`` then only names it
    in messages, e.g. ``<stdin>``). Values come whole (:func:`orggraph.neo4j.values.plain`):
    nodes with labels and properties, relationships with type, properties and ends,
    paths, dates as ISO text. With ``limit``, at most that many rows are read and
    ``Rows.truncated`` says whether there were more. ``EXPLAIN`` and ``PROFILE`` give the
    plan as text in ``Rows.plan``. Missing parameters are reported by name; the
    server's warnings about the query are in ``Rows.notices``.

    >>> import tempfile
    >>> mine = Path(tempfile.mkdtemp()) / "boards.cypher"
    >>> _ = mine.write_text("MATCH (b:Body {kind: $kind}) RETURN count(b) AS boards")
    >>> with connect() as conn:
    ...     _ = load(conn, load_graph())
    ...     rows = run_cypher(conn, mine, {"kind": "board"})
    >>> rows[0]["boards"] > 0
    True
    >>> _ = mine.write_text("// boards\\nMATCH (b:Bdoy) RETURN count(b) AS boards")
    >>> with connect() as conn:
    ...     rows = run_cypher(conn, mine, {})
    >>> rows, [notice.split(": ", 1)[0] for notice in rows.notices]
    ([{'boards': 0}], ['boards.cypher:2:10'])
    """
    path = Path(path)
    source = path.read_text(encoding="utf-8") if text is None else text
    return _run_text(conn, path.name, source, params, write=write, named=False, limit=limit)


def _run_file(conn: Connection, path: Path, params: Mapping[str, Any], *, write: bool,
              named: bool) -> Rows:
    return _run_text(conn, path.name, path.read_text(encoding="utf-8"), params, write=write,
                     named=named)


def _notices(summary: Any, name: str, first_line: int, indent: int) -> list[str]:
    """The server's warnings about a statement, each as ``NAME:LINE:COLUMN: text``."""
    import neo4j

    notices = []
    for status in summary.gql_status_objects:
        if not status.is_notification or status.severity != neo4j.NotificationSeverity.WARNING:
            continue
        where = status.position
        line = first_line + (where.line - 1 if where else 0)
        column = where.column + (indent if where.line == 1 else 0) if where else None
        at = f"{line}:{column}" if where else f"{line}"
        description = re.sub(r"^\w+: [^.]*\. ", "", status.status_description)
        notices.append(f"{name}:{at}: {description}")
    return notices


def plan_text(plan: Mapping[str, Any], depth: int = 0) -> str:
    """A query plan (``EXPLAIN``) or profile (``PROFILE``) as an indented tree, one
    operator a line, with its details, and for a profile its rows and database hits.

    >>> print(plan_text({"operatorType": "ProduceResults@neo4j", "rows": 1, "dbHits": 0,
    ...                  "children": [{"operatorType": "AllNodesScan@neo4j",
    ...                                "args": {"Details": "n"}, "children": []}]}))
    ProduceResults  rows=1 db_hits=0
      AllNodesScan  n
    """
    args = plan.get("args") or plan.get("arguments") or {}
    parts = [str(plan.get("operatorType", "?")).split("@")[0]]
    if args.get("Details"):
        parts.append(str(args["Details"]))
    if "rows" in plan:
        parts.append(f"rows={plan['rows']} db_hits={plan.get('dbHits', 0)}")
    lines = ["  " * depth + "  ".join(parts)]
    lines += [plan_text(child, depth + 1) for child in plan.get("children", [])]
    return "\n".join(lines)


def _run_text(conn: Connection, name: str, text: str, params: Mapping[str, Any], *,
              write: bool, named: bool, limit: int | None = None) -> Rows:
    import neo4j

    statements = _located_statements(text)
    if len(statements) != 1:
        raise Neo4jError(f"{name}: expected one statement, found {len(statements)}")
    ((statement, first_line, indent),) = statements
    wanted = set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", statement))
    missing = sorted(wanted - set(params))
    if missing:
        raise Neo4jError(f"{name} needs parameter(s): {', '.join(missing)}")

    def work(tx: Any) -> Rows:
        result = tx.run(statement, dict(params))
        rows = Rows(result.data()) if named else _whole_rows(tx, result, limit)
        summary = result.consume()
        rows.notices = _notices(summary, name, first_line, indent)
        plan = summary.profile or summary.plan
        rows.plan = plan_text(plan) if plan else None
        return rows

    session = _session(conn) if named else conn.driver.session(database=conn.database)
    try:
        with session:
            rows: Rows = session.execute_write(work) if write else session.execute_read(work)
    except neo4j.exceptions.ClientError as exc:
        raise Neo4jError(f"{name}: {exc.message or exc}") from None
    return rows


def _whole_rows(tx: Any, result: Any, limit: int | None) -> Rows:
    """Up to ``limit`` records of ``result`` with whole values; relationship ends the
    result did not carry are named by one more query in the same transaction."""
    records: list[Any] = []
    truncated = False
    for record in result:
        if limit is not None and len(records) >= limit:
            truncated = True
            break
        records.append(record)
    missing = end_ids([list(r.values()) for r in records])
    ends = {}
    if missing:
        ends = {r["e"]: {"id": r["id"], "labels": r["labels"]} if r["id"] is not None
                else {"element_id": r["e"], "labels": r["labels"]}
                for r in tx.run("MATCH (n) WHERE elementId(n) IN $ids RETURN elementId(n) AS e, "
                                "n.id AS id, labels(n) AS labels", ids=sorted(missing))}
    rows = Rows({key: plain(value, ends) for key, value in record.items()}
                for record in records)
    rows.truncated = truncated
    return rows
