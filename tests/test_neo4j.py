"""Neo4j: loading is atomic and idempotent, values stay values, and every named question
gives the same rows on Neo4j as on NetworkX (curated data and a synthetic graph)."""

from __future__ import annotations

import contextlib
import json
import logging
import os
from functools import partial
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from orggraph.errors import OrggraphError
from orggraph.generate import generate
from orggraph.graph import filter_as_of, load_graph, parse_as_of, resolve_node
from orggraph.model import ACCOUNTABILITY_TYPES, VOCABULARY
from orggraph.neo4j.mapping import extra_labels, neo4j_properties
from orggraph.queries import QUESTIONS, query
from tests.conftest import TINY as TINY_DIR

pytestmark = pytest.mark.neo4j


def _ordered(rows: Any) -> list[str]:
    """The rows in their order (a question answering one dict gives one row)."""
    if isinstance(rows, dict):
        rows = rows.get("posts", [rows])
    return [json.dumps(r, sort_keys=True, default=str) for r in rows]


def _cases(G: nx.MultiDiGraph) -> list[tuple[str, list[str], dict[str, Any], dict[str, Any]]]:
    """(question, args, python options, cypher params) over the busiest nodes of G. Some
    leave out relations, so the Cypher default is held to the embedded one."""
    def busiest(label: str, n: int) -> list[str]:
        nodes = [v for v, a in G.nodes(data=True) if a["label"] == label]
        return sorted(nodes, key=lambda v: (-G.degree(v), v))[:n]

    acc = list(ACCOUNTABILITY_TYPES)
    posts, bodies = busiest("Post", 6), busiest("Body", 4)
    cases: list[tuple[str, list[str], dict[str, Any], dict[str, Any]]] = []
    for i, p in enumerate(posts):
        cases += [
            ("span-of-control", [p], {}, {"post": p, "relations": acc}),
            ("chain", [p], {}, {"post": p} if i % 2 else {"post": p, "relations": acc}),
            ("deputies", [p], {}, {"post": p}),
            ("memberships", [p], {}, {"post": p}),
            ("relationships", [p], {}, {"post": p}),
            ("path", [p, posts[0]], {}, {"a": p, "b": posts[0]}),
            ("path", [p, posts[-1]], {"relations": "REPORTS_TO"},
             {"a": p, "b": posts[-1], "relations": ["REPORTS_TO"]}),
        ]
    for b in bodies:
        cases += [("members", [b], {}, {"body": b}),
                  ("spans-and-layers", [], {"body": b}, {"body": b, "relations": acc}),
                  ("cover-gaps", [], {"body": b}, {"body": b})]
    cases += [
        ("spans-and-layers", [], {}, {"body": None, "relations": acc}),
        ("spans-and-layers", [], {}, {}),
        ("cover-gaps", [], {}, {"body": None, "relations": acc}),
        ("dual-accountability", [], {}, {"relations": acc}),
        ("dual-accountability", [], {}, {}),
        ("changes", [], {}, {"from": None, "to": None}),
        ("changes", [], {"from_date": "2025-01-01", "to_date": "2026-06-01"},
         {"from": "2025-01-01", "to": "2026-06-01"}),
        ("changes", [], {"from_date": "2025-05"}, {"from": "2025-05"}),
        ("changes", [], {"to_date": "2026"}, {"to": "2026"}),
        ("changes", [], {"from_date": "2026-03", "to_date": "2026-04"},
         {"from": "2026-03", "to": "2026-04"}),
    ]
    return cases


AS_OF = (None, "2005", "2025-05-31", "2026-03-31", "2026-04")
"""The dates every question is asked at (None: no filter), partial ones among them."""


def _outcome(run: Any) -> list[str]:
    """The rows in order, or the kind of error and its message."""
    try:
        return _ordered(run())
    except OrggraphError as exc:
        return [f"error: {exc}"]


def _parity(conn: Any, G: nx.MultiDiGraph, dates: tuple[str | None, ...] = AS_OF) -> list[str]:
    from orggraph.neo4j import load, run_query

    load(conn, G)
    failures = []
    for as_of in dates:
        H = G if as_of is None else filter_as_of(G, parse_as_of(as_of))
        for name, args, options, params in _cases(G):
            if name == "path" and args[0] == args[1]:
                continue
            expected = _outcome(partial(query, H, name, args, **options))
            got = _outcome(partial(run_query, conn, name, {**params, "as_of": as_of}))
            if expected != got:
                failures.append(f"{name} {args} {options} as of {as_of}:\n"
                                f"  networkx {expected[:3]}\n  neo4j    {got[:3]}")
    return failures


def test_every_question_has_a_cypher_twin():
    from orggraph.neo4j import named_queries

    assert {q.replace("-", "_") for q in QUESTIONS} == set(named_queries())


def test_parity_on_curated_data(neo4j_conn, curated):
    assert _parity(neo4j_conn, curated) == []


def test_parity_on_a_synthetic_graph(neo4j_conn, tmp_path):
    G = load_graph(generate(400, seed=5, directory=tmp_path / "g"))
    assert _parity(neo4j_conn, G, (None, "2026-03-31", "2026-04")) == []


def _counts(conn: Any) -> tuple[int, int]:
    rows = conn.driver.execute_query(
        "MATCH (n) WHERE n._orggraph IS NOT NULL "
        "OPTIONAL MATCH (n)-[e]->() RETURN count(DISTINCT n) AS n, count(e) AS e").records
    return rows[0]["n"], rows[0]["e"]


@pytest.fixture(params=["one transaction", "staged"])
def load_path(request, monkeypatch):
    """Both ways a load runs: small ones in one transaction, big ones staged and swapped."""
    from orggraph.neo4j import store

    if request.param == "staged":
        monkeypatch.setattr(store, "SINGLE_LOAD", 0)
    return request.param


def test_loading_twice_gives_the_same_counts(neo4j_conn, tiny, load_path):
    from orggraph.neo4j import load

    first = load(neo4j_conn, tiny)
    second = load(neo4j_conn, tiny)
    assert first == second
    assert (first.nodes, first.relationships) == (tiny.number_of_nodes(), tiny.number_of_edges())
    assert _counts(neo4j_conn) == (first.nodes, first.relationships)


def test_a_load_reports_its_progress_up_to_every_record(neo4j_conn, load_path, monkeypatch,
                                                       tmp_path):
    from orggraph.neo4j import load

    if load_path == "staged":
        _small_batches(monkeypatch, rows=200)
    G = load_graph(generate(300, seed=5, directory=tmp_path / "g"))
    total = G.number_of_nodes() + G.number_of_edges()
    seen: list[int] = []
    report = load(neo4j_conn, G, progress=seen.append)
    assert report.nodes + report.relationships == total
    if load_path == "staged":  # after each batch's commit: at least one per 200 rows
        assert len(seen) >= total // 200 and seen == sorted(seen) and seen[0] > 0
        assert seen[-1] == total
    else:
        assert seen == [total]


def test_a_failed_load_leaves_the_previous_graph(neo4j_conn, tiny, load_path):
    from orggraph.neo4j import load

    load(neo4j_conn, tiny)
    before = _counts(neo4j_conn)
    bad = tiny.copy()
    bad.add_node("bad", label="Post", title="Bad", source="t", evidence="q",
                 nested={"maps": "are not property values"})
    with pytest.raises(Exception):  # noqa: B017 - the driver's own error type
        load(neo4j_conn, bad)
    assert _counts(neo4j_conn) == before


def test_a_relationship_to_no_node_fails_the_load(neo4j_conn, tiny, load_path):
    from orggraph.neo4j import load
    from orggraph.neo4j.store import Neo4jError, _graph_rows, load_records

    load(neo4j_conn, tiny)
    before = _counts(neo4j_conn)
    nodes, rels = _graph_rows(tiny)
    ghost = ("ACCOUNTABLE_TO", {"start": "director-of-care", "end": "nobody", "props": {}})
    with pytest.raises(Neo4jError, match="1 relationship"):
        load_records(neo4j_conn, nodes, [*rels, ghost])
    assert _counts(neo4j_conn) == before
    assert _hidden(neo4j_conn) == 0


def test_a_graph_loaded_with_text_load_ids_is_replaced(neo4j_conn, tiny, load_path):
    # older loads marked their records with 32 hex digits, not an integer
    from orggraph.neo4j import load

    load(neo4j_conn, tiny)
    neo4j_conn.driver.execute_query(
        "MATCH (n) WHERE n._orggraph IS NOT NULL SET n._orggraph = 'aa' + elementId(n)")
    neo4j_conn.driver.execute_query(
        "MATCH ()-[e]->() WHERE e._orggraph IS NOT NULL SET e._orggraph = 'aa'")
    neo4j_conn.driver.execute_query(
        "CREATE (:Post {id: 'gone-since', title: 'Old', _orggraph: 'aa'})")
    report = load(neo4j_conn, tiny)
    assert (report.nodes, report.relationships) == (tiny.number_of_nodes(),
                                                    tiny.number_of_edges())
    assert _counts(neo4j_conn) == (report.nodes, report.relationships)
    marks = neo4j_conn.driver.execute_query(
        "MATCH (n) WHERE n._orggraph IS NOT NULL RETURN collect(DISTINCT n._orggraph) AS m"
    ).records[0]["m"]
    assert len(marks) == 1 and isinstance(marks[0], int)


@pytest.mark.parametrize("linked", [False, True], ids=["alone", "with a relationship"])
def test_an_id_twice_in_the_records_fails_the_load(neo4j_conn, tiny, load_path, linked):
    # a NetworkX graph cannot hold an id twice, but streamed records can
    from orggraph.neo4j import load
    from orggraph.neo4j.store import Neo4jError, _graph_rows, load_records

    load(neo4j_conn, tiny)
    before = _counts(neo4j_conn)
    nodes, rels = _graph_rows(tiny)
    again = ("Post", {"id": "director-of-care", "title": "Another", "source": "t"})
    extra = [("ACCOUNTABLE_TO", {"start": "director-of-care", "end": "director-of-care",
                                 "props": {}})] if linked else []
    with pytest.raises(Neo4jError):
        load_records(neo4j_conn, [*nodes, again], [*rels, *extra])
    assert _counts(neo4j_conn) == before
    assert _hidden(neo4j_conn) == 0


def test_a_node_orggraph_did_not_load_is_never_taken_over(neo4j_conn, tiny, load_path):
    from orggraph.neo4j import load
    from orggraph.neo4j.store import Neo4jError

    load(neo4j_conn, tiny)
    before = _counts(neo4j_conn)
    G = tiny.copy()
    G.add_node("analysts-own", label="Post", title="New", source="t", evidence="q")
    neo4j_conn.driver.execute_query("CREATE (:Post {id: 'analysts-own', title: 'mine'})")
    try:
        with pytest.raises(Neo4jError):
            load(neo4j_conn, G)
        assert _counts(neo4j_conn) == before
        mine = neo4j_conn.driver.execute_query(
            "MATCH (n:Post {id: 'analysts-own'}) RETURN properties(n) AS p").records
        assert [r["p"] for r in mine] == [{"id": "analysts-own", "title": "mine"}]
    finally:
        neo4j_conn.driver.execute_query("MATCH (n:Post {id: 'analysts-own'}) DETACH DELETE n")


def test_injection_text_loads_as_text(neo4j_conn, tiny, load_path):
    from orggraph.neo4j import load, run_query

    payload = "x'}) DETACH DELETE n //"
    G = tiny.copy()
    G.nodes["director-of-care"]["title"] = payload
    load(neo4j_conn, G)
    rows = run_query(neo4j_conn, "members", {"body": "trust-board"})
    assert rows[0]["name"] == payload
    assert _counts(neo4j_conn)[0] == G.number_of_nodes()


@pytest.mark.parametrize("rtype", sorted(VOCABULARY))
def test_staging_relationships_needs_no_eager(neo4j_conn, rtype):
    # Eager (Cypher buffering the whole batch) made staging relationships ~3x slower. With
    # rows as maps, ``SET e = r.props`` planned one; rows are lists now, and neither the
    # statement naming the model's properties nor ``SET e = r[2]`` (other keys) has one.
    from orggraph.neo4j import apply_schema
    from orggraph.neo4j.store import _rel_statement

    apply_schema(neo4j_conn)

    def operators(plan: dict[str, Any]) -> list[str]:
        return [plan["operatorType"].split("@")[0],
                *(op for child in plan.get("children", []) for op in operators(child))]

    def plan(known: bool, by_element_id: bool) -> list[str]:
        statement = _rel_statement(VOCABULARY[rtype].name, known, by_element_id=by_element_id)
        return operators(neo4j_conn.driver.execute_query(
            "EXPLAIN " + statement, rows=[], load=1).summary.plan)

    for by_element_id in (False, True):
        for known in (True, False):
            operations = plan(known, by_element_id)
            assert "Eager" not in operations and "Create" in operations
    # the one-transaction load seeks each end by its element id, not through an index
    assert "NodeByElementIdSeek" in plan(True, True)
    assert "NodeByElementIdSeek" not in plan(True, False)


def test_a_reload_of_a_changed_graph_gives_exactly_the_new_graph(neo4j_conn, tiny, load_path):
    # Relationship ends are found by element ids the node statements return (one
    # transaction) or by id (staged): either way every edge must join the right nodes,
    # also when the reload keeps some nodes, drops some and adds some.
    from orggraph.neo4j import load

    load(neo4j_conn, tiny)
    G = tiny.copy()
    gone = sorted(G.nodes)[0]
    G.remove_node(gone)
    G.add_node("new-post", label="Post", title="New", source="t", evidence="q")
    posts = sorted(v for v, a in G.nodes(data=True) if a["label"] == "Post")
    bodies = sorted(v for v, a in G.nodes(data=True) if a["label"] == "Body")
    G.add_edge("new-post", posts[0], key="REPORTS_TO", type="REPORTS_TO", source="t",
               evidence="q")
    G.add_edge(posts[-1], "new-post", key="DEPUTISES_FOR", type="DEPUTISES_FOR", source="t",
               evidence="q")
    G.add_edge("new-post", bodies[0], key="POST_IN", type="POST_IN", source="t", evidence="q")
    load(neo4j_conn, G)
    nodes, rels = _snapshot(neo4j_conn)
    got_nodes = {json.loads(n)["p"]["id"]: sorted(json.loads(n)["l"]) for n in nodes}
    assert got_nodes == {v: sorted([a["label"], *extra_labels(a)])
                         for v, a in G.nodes(data=True)}
    got = sorted((r["a"], r["t"], r["b"], r["p"]["key"]) for r in map(json.loads, rels))
    assert got == sorted((u, d["type"], v, k) for u, v, k, d in G.edges(keys=True, data=True))
    assert len({json.loads(n)["p"]["_orggraph"] for n in nodes}) == 1


def test_relationship_properties_load_as_given(neo4j_conn, tiny, load_path):
    # Model properties go through the named-property statement (an absent one stays
    # absent, not null); a relationship with another property through SET e = r.props.
    from orggraph.neo4j import load

    G = tiny.copy()
    u, v, _, attrs = next(iter(G.edges(keys=True, data=True)))
    G.add_edge(v, u, key="extra", **{**attrs, "weight": 3, "role": "chair"})
    load(neo4j_conn, G)
    rows = neo4j_conn.driver.execute_query(
        "MATCH (a)-[e]->(b) RETURN a.id AS a, b.id AS b, properties(e) AS p").records
    got = {(r["a"], r["b"], r["p"]["key"]): {n: getattr(x, "to_native", lambda x=x: x)()
                                             for n, x in r["p"].items()} for r in rows}
    expected = {(a, b, key): {**neo4j_properties(d), "key": key}
                for a, b, key, d in G.edges(keys=True, data=True)}
    assert {edge: {n: x for n, x in p.items() if n != "_orggraph"}
            for edge, p in got.items()} == expected
    assert len({p["_orggraph"] for p in got.values()}) == 1
    assert got[(v, u, "extra")]["weight"] == 3


def _content(conn: Any) -> tuple[list[str], list[str]]:
    """:func:`_snapshot` without the load ids, which differ from load to load."""
    def strip(rows: list[str]) -> list[str]:
        out = []
        for row in map(json.loads, rows):
            row["p"].pop("_orggraph", None)
            out.append(json.dumps(row, sort_keys=True, default=str))
        return sorted(out)

    nodes, rels = _snapshot(conn)
    return strip(nodes), strip(rels)


@pytest.mark.parametrize("writers", [1, 2, 3])
def test_staging_in_parallel_gives_the_graph_one_transaction_gives(neo4j_conn, tmp_path,
                                                                    monkeypatch, writers):
    from orggraph.neo4j import load, store

    G = load_graph(generate(200, seed=5, directory=tmp_path / "g"))
    load(neo4j_conn, G)  # one transaction
    expected = _content(neo4j_conn)
    monkeypatch.setattr(store, "WRITERS", writers)
    _small_batches(monkeypatch, rows=40)  # many batches, so several are in flight
    report = load(neo4j_conn, G)
    assert (report.nodes, report.relationships) == (G.number_of_nodes(), G.number_of_edges())
    assert _content(neo4j_conn) == expected
    assert _hidden(neo4j_conn) == 0


def test_a_failing_batch_among_parallel_ones_leaves_the_previous_graph(neo4j_conn, tiny,
                                                                        tmp_path, monkeypatch):
    from orggraph.neo4j import load, store

    load(neo4j_conn, tiny)
    before = _content(neo4j_conn)
    bad = load_graph(generate(200, seed=6, directory=tmp_path / "g"))
    posts = sorted(n for n, a in bad.nodes(data=True) if a["label"] == "Post")
    bad.nodes[posts[len(posts) // 2]]["nested"] = {"maps": "are not property values"}
    _small_batches(monkeypatch, rows=40)
    with pytest.raises(store.Neo4jError, match="rolled back"):
        load(neo4j_conn, bad)
    assert _content(neo4j_conn) == before
    assert _hidden(neo4j_conn) == 0


def test_a_staging_batch_retried_after_its_commit_is_not_applied_twice(neo4j_conn):
    from orggraph.neo4j import store

    load_id = 4242
    neo4j_conn.driver.execute_query(
        "CREATE (:OrggraphLoad {id: $load, state: 'staging', _orggraph: $load})", load=load_id)
    work = [(f"UNWIND $rows AS r CREATE (n:{store.STAGED}) SET n = r",
             [{"id": f"retry-{i}", "_orggraph": load_id} for i in range(5)])]
    with neo4j_conn.driver.session() as session:
        for _ in range(2):  # the second run is a retry whose first commit went through
            session.execute_write(store._batch, work, load_id, 7)
        session.execute_write(store._batch, work[:0], load_id, 8)  # another number runs
    counts = neo4j_conn.driver.execute_query(
        f"MATCH (n:{store.STAGED}) WITH count(n) AS staged "
        f"MATCH (b:{store.BATCH_NODE} {{load: $load}}) RETURN staged, collect(b.number) AS b",
        load=load_id).records[0]
    assert counts["staged"] == 5 and sorted(counts["b"]) == [7, 8]
    store._collect_garbage(neo4j_conn)  # as another load or a wipe would
    assert _hidden(neo4j_conn) == 0
    with neo4j_conn.driver.session() as session, pytest.raises(store.Neo4jError,
                                                                match="removed by another"):
        session.execute_write(store._batch, work, load_id, 9)
    assert _hidden(neo4j_conn) == 0


def test_wipe_removes_only_what_orggraph_loaded(neo4j_conn, tiny):
    from orggraph.neo4j import load, wipe

    neo4j_conn.driver.execute_query("CREATE (:Note {text: 'analyst scratch'})")
    load(neo4j_conn, tiny)
    assert wipe(neo4j_conn) == tiny.number_of_nodes()
    left = neo4j_conn.driver.execute_query("MATCH (n:Note) RETURN count(n) AS c").records
    assert left[0]["c"] == 1
    neo4j_conn.driver.execute_query("MATCH (n:Note) DELETE n")


def test_run_is_read_only_unless_write(neo4j_conn, tmp_path: Path):
    from orggraph.neo4j import run_cypher

    script = tmp_path / "mine.cypher"
    script.write_text("// my query\nCREATE (:Scratch {v: $v}) RETURN 1 AS one", encoding="utf-8")
    with pytest.raises(Exception, match=r"mine\.cypher"):
        run_cypher(neo4j_conn, script, {"v": 1})
    assert run_cypher(neo4j_conn, script, {"v": 1}, write=True) == [{"one": 1}]
    neo4j_conn.driver.execute_query("MATCH (n:Scratch) DELETE n")


@pytest.mark.parametrize(("env", "message"), [
    ({"NEO4J_URI": "bolt://127.0.0.1:1"}, "cannot reach Neo4j at bolt://127.0.0.1:1"),
    ({}, "no Neo4j server: set NEO4J_URI"),
])
def test_cli_connection_errors_are_one_line(runner, monkeypatch, env, message):
    from orggraph.cli import main

    monkeypatch.delenv("NEO4J_URI", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("NEO4J_PASSWORD", "s3cret-never-shown")
    result = runner.invoke(main, ["neo4j", "query", "members", "--param", "body=x"])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {message}")
    assert len(result.output.strip().splitlines()) == 1
    assert "s3cret-never-shown" not in result.output


def test_cli_wrong_password_is_one_line(runner, monkeypatch, neo4j_conn):
    from orggraph.cli import main

    monkeypatch.setenv("NEO4J_URI", neo4j_conn.uri)
    monkeypatch.setenv("NEO4J_PASSWORD", "definitely-wrong-pw")
    result = runner.invoke(main, ["neo4j", "wipe"])
    assert result.exit_code == 1
    assert "refused the credentials" in result.output
    assert "definitely-wrong-pw" not in result.output


def test_cli_load_and_query(runner, monkeypatch, neo4j_auth):
    from orggraph.cli import main

    for key, value in neo4j_auth.items():
        monkeypatch.setenv(key, value)
    loaded = runner.invoke(main, ["neo4j", "load", "--data", str(TINY_DIR)])
    assert loaded.exit_code == 0, loaded.output
    assert loaded.output.strip() == "loaded 8 nodes and 8 relationships"
    rows = runner.invoke(main, ["neo4j", "query", "members", "--param", "body=trust-board",
                                "--format", "json"])
    assert json.loads(rows.output)[0]["id"] == "director-of-care"
    assert neo4j_auth["NEO4J_PASSWORD"] not in loaded.output + rows.output


def test_cli_keeps_the_drivers_retry_warnings_off_the_terminal(runner, monkeypatch, neo4j_auth,
                                                               caplog):
    """A managed transaction that meets a transient error (as the loader's writers do when
    they deadlock) is run again; the driver's warning about it stays off the terminal."""
    import neo4j

    import orggraph.neo4j
    from orggraph.cli import main

    for key, value in neo4j_auth.items():
        monkeypatch.setenv(key, value)

    def flaky_query(conn: Any, name: str, params: Any) -> list[dict[str, Any]]:
        attempts: list[int] = []

        def work(tx: Any) -> list[dict[str, Any]]:
            attempts.append(1)
            if len(attempts) == 1:
                raise neo4j.exceptions.TransientError("DeadlockDetected (raised by the test)")
            return [{"attempts": len(attempts)}]

        with conn.driver.session(database=conn.database) as session:
            rows: list[dict[str, Any]] = session.execute_read(work)
        return rows

    with orggraph.neo4j.connect() as conn:  # outside the CLI the driver does warn
        assert flaky_query(conn, "", {}) == [{"attempts": 2}]
    assert "will be retried" in caplog.text
    caplog.clear()
    monkeypatch.setattr(orggraph.neo4j, "run_query", flaky_query)
    result = runner.invoke(main, ["neo4j", "query", "members", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"attempts": 2}]  # the retry happened, silently
    assert "retried" not in result.output + caplog.text
    assert logging.getLogger("neo4j.session").level == logging.NOTSET  # restored after


def test_cli_prints_the_servers_warnings_about_a_query_as_one_line_each(runner, monkeypatch,
                                                                        neo4j_auth, tmp_path):
    from orggraph.cli import main

    for key, value in neo4j_auth.items():
        monkeypatch.setenv(key, value)
    mine = tmp_path / "mine.cypher"
    mine.write_text("// posts, misspelt\n// on purpose\n  MATCH (p:Psot)\n  RETURN count(p) AS n\n")
    result = runner.invoke(main, ["neo4j", "run", str(mine), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"n": 0}]
    assert result.stderr.splitlines() == [
        "Warning: mine.cypher:3:12: The label `Psot` does not exist. Verify that the spelling "
        "is correct."]


def _compose() -> dict[str, Any]:
    import yaml

    root = Path(__file__).resolve().parent.parent
    service: dict[str, Any] = yaml.safe_load(
        (root / "docker-compose.yml").read_text())["services"]["neo4j"]
    return service


def test_compose_file_publishes_on_loopback_with_auth_from_the_environment():
    root = Path(__file__).resolve().parent.parent
    service = _compose()
    assert all(p.startswith("127.0.0.1:") for p in service["ports"])
    assert "${NEO4J_PASSWORD" in service["environment"]["NEO4J_AUTH"]
    assert not (root / ".env").exists() or ".env" in (root / ".gitignore").read_text()
    example = dict(line.split("=", 1) for line in (root / ".env.example").read_text().splitlines()
                   if line and not line.startswith("#"))
    assert example["NEO4J_PASSWORD"] == ""  # no password committed, not even a placeholder


def test_compose_runs_the_launchers_neo4j_with_its_memory_mounts_and_a_quiet_healthcheck():
    import re

    from orggraph.neo4j.server import DEFAULT_HEAP, DEFAULT_PAGECACHE, LAUNCHER_DIR

    service = _compose()
    version = re.search(r"<neo4j.version>([^<]+)</neo4j.version>",
                        (LAUNCHER_DIR / "pom.xml").read_text()).group(1)
    assert service["image"] == f"neo4j:{version}-community"
    env = service["environment"]
    assert env["NEO4J_server_memory_heap_max__size"] == DEFAULT_HEAP
    assert env["NEO4J_server_memory_heap_initial__size"] == DEFAULT_HEAP
    assert env["NEO4J_server_memory_pagecache_size"] == DEFAULT_PAGECACHE
    assert env["NEO4J_server_directories_import"] == "/import"
    mounts = {volume.split(":")[1] for volume in service["volumes"]}
    assert {"/data", "/import", "/logs"} <= mounts
    check = " ".join(service["healthcheck"]["test"])
    command = check.split("cypher-shell", 1)[1]
    assert "cypher-shell" in check and " -p" not in command and "--password" not in command
    assert "NEO4J_AUTH" not in command  # the password reaches it in its environment only


# --- faults: a server stopped mid-load, a connection reset mid-load --------------------------

def _snapshot(conn: Any) -> tuple[list[str], list[str]]:
    """Everything a query can see: orggraph's labelled nodes and their relationships."""
    nodes = conn.driver.execute_query(
        "MATCH (n) WHERE n:Post OR n:Body OR n:Person RETURN labels(n) AS l, properties(n) AS p"
    ).records
    rels = conn.driver.execute_query(
        "MATCH (a:Post|Body|Person)-[e]->(b) RETURN a.id AS a, type(e) AS t, b.id AS b, "
        "properties(e) AS p").records
    return (sorted(json.dumps(r.data(), sort_keys=True, default=str) for r in nodes),
            sorted(json.dumps(r.data(), sort_keys=True, default=str) for r in rels))


def _hidden(conn: Any) -> int:
    return int(conn.driver.execute_query(
        "MATCH (n) WHERE n:OrggraphStaged OR n:OrggraphRetired OR n:OrggraphLoad "
        "OR n:OrggraphBatch RETURN count(n) AS c").records[0]["c"])


def _small_batches(monkeypatch: pytest.MonkeyPatch, rows: int = 300) -> None:
    from orggraph.neo4j import store

    monkeypatch.setattr(store, "NODE_BATCH", rows)
    monkeypatch.setattr(store, "REL_BATCH", rows)
    monkeypatch.setattr(store, "SINGLE_LOAD", 0)  # staged, in many batches


def test_a_server_stopped_mid_load_leaves_the_graph_as_before(neo4j_auth, tiny, tmp_path,
                                                              monkeypatch, caplog):
    import threading
    import time

    from orggraph.neo4j import connect, load
    from orggraph.neo4j.server import start_local_server

    _small_batches(monkeypatch)
    big = load_graph(generate(1500, seed=3, directory=tmp_path / "g"))
    home = tmp_path / "neo4j-home"
    server = start_local_server(data_dir=home, timeout=600)  # a busy machine starts slowly
    try:
        with connect(server.uri, server.user, server.password) as conn:
            load(conn, tiny)
            before = _snapshot(conn)
            outcome: list[BaseException | None] = []

            def run() -> None:
                try:
                    load(conn, big)
                    outcome.append(None)
                except BaseException as exc:  # handed over to the test's thread
                    outcome.append(exc)

            loader = threading.Thread(target=run)
            loader.start()
            with connect(server.uri, server.user, server.password) as watch:
                deadline = time.monotonic() + 120
                while time.monotonic() < deadline and not outcome:
                    staged = watch.driver.execute_query(
                        "MATCH (b:OrggraphBatch) RETURN count(b) AS b").records[0]["b"]
                    if staged >= 3:  # part-way through staging
                        break
                    time.sleep(0.05)
            server.process.kill()  # the hardest stop: no shutdown, no rollback by the server
            loader.join(timeout=180)
            assert not loader.is_alive()
        assert outcome and outcome[0] is not None, "the load finished before the server stopped"
        server.stop()

        server = start_local_server(data_dir=home, timeout=600)  # the same store, recovered
        with connect(server.uri, server.user, server.password) as conn:
            assert _snapshot(conn) == before
            assert _members_rows(conn) == _members_expected(tiny)
            report = load(conn, big)  # a re-run completes and clears what was left
            assert (report.nodes, report.relationships) == (big.number_of_nodes(),
                                                            big.number_of_edges())
            assert _hidden(conn) == 0
            assert len(_snapshot(conn)[0]) == big.number_of_nodes()
        # The first loads into this new database, one transaction and staged, met labels
        # and properties that did not exist yet, and so did the named query (no CHAIRS in
        # either graph); Neo4j's warnings about them are not asked for, so none is logged
        # (the test's own queries draw some: its watch, about OrggraphBatch, and _snapshot).
        own = ("RETURN count(b) AS b", "properties(n) AS p", "properties(e) AS p")
        notes = [r.getMessage() for r in caplog.records if r.name == "neo4j.notifications"]
        assert [n for n in notes if not any(query in n for query in own)] == []
    finally:
        server.stop()


def _members_rows(conn: Any) -> list[str]:
    from orggraph.neo4j import run_query

    return _ordered(run_query(conn, "members", {"body": "trust-board"}))


def _members_expected(G: nx.MultiDiGraph) -> list[str]:
    return _ordered(query(G, "members", ["trust-board"]))


class _DroppingProxy:
    """A TCP proxy to the server that resets the connection once, part-way through the
    traffic (after ``after`` bytes from the client): a real network fault for the driver."""

    def __init__(self, target_port: int, after: int) -> None:
        import socket
        import threading

        self.target_port, self.after, self.dropped, self.sent = target_port, after, 0, 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        import socket
        import threading

        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            for a, b, count in ((client, upstream, True), (upstream, client, False)):
                threading.Thread(target=self._pipe, args=(a, b, count), daemon=True).start()

    def _pipe(self, src: Any, dst: Any, count: bool) -> None:
        import socket
        import struct

        try:
            while data := src.recv(65536):
                if count:
                    with self.lock:
                        self.sent += len(data)
                        drop = not self.dropped and self.sent > self.after
                        self.dropped += drop
                    if drop:  # RST both ways, as a failing network does
                        for s in (src, dst):
                            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                         struct.pack("ii", 1, 0))
                            s.close()
                        return
                dst.sendall(data)
        except OSError:
            pass
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self.listener.close()


def test_a_connection_reset_mid_load_is_retried(neo4j_conn, neo4j_auth, tmp_path, monkeypatch):
    from orggraph.neo4j import connect, load, wipe

    _small_batches(monkeypatch)
    G = load_graph(generate(1000, seed=4, directory=tmp_path / "g"))
    port = int(neo4j_auth["NEO4J_URI"].rsplit(":", 1)[1])
    proxy = _DroppingProxy(port, after=300_000)
    try:
        with connect(f"bolt://127.0.0.1:{proxy.port}", neo4j_auth["NEO4J_USER"],
                     neo4j_auth["NEO4J_PASSWORD"]) as conn:
            report = load(conn, G)
    finally:
        proxy.close()
    assert proxy.dropped == 1 and proxy.sent > 300_000
    assert (report.nodes, report.relationships) == (G.number_of_nodes(), G.number_of_edges())
    assert _counts(neo4j_conn) == (G.number_of_nodes(), G.number_of_edges())
    assert _hidden(neo4j_conn) == 0
    wipe(neo4j_conn)


def test_a_real_deadlock_is_retried_by_the_managed_transaction(neo4j_conn, tmp_path, caplog):
    """Two writes lock the same two nodes in opposite orders at once: Neo4j ends one with
    DeadlockDetected (a transient error) and ``run_cypher`` runs it again, so both land."""
    import logging
    import threading

    from orggraph.neo4j import run_cypher

    neo4j_conn.driver.execute_query("CREATE (:DeadlockProbe {n: 1}), (:DeadlockProbe {n: 2})")
    # Lock one node, spend a while, then lock the other: the order comes from $first.
    work = tmp_path / "lock_both.cypher"
    work.write_text(
        "MATCH (a:DeadlockProbe {n: $first}) SET a.by = $first "
        "WITH a CALL { UNWIND range(1, 10000000) AS i RETURN sum(i) AS busy } "
        "MATCH (b:DeadlockProbe {n: 3 - $first}) SET b.by = $first "
        "RETURN a.n AS locked_first, busy")
    start, done, errors = threading.Barrier(2), [], []

    def write(first: int) -> None:
        start.wait()
        try:
            done.append(run_cypher(neo4j_conn, work, {"first": first}, write=True))
        except Exception as exc:  # reported below
            errors.append(exc)

    caplog.set_level(logging.WARNING, logger="neo4j")
    threads = [threading.Thread(target=write, args=(n,)) for n in (1, 2)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=300)
    finally:
        neo4j_conn.driver.execute_query("MATCH (p:DeadlockProbe) DELETE p")
    assert errors == [] and len(done) == 2
    assert "DeadlockDetected" in caplog.text  # the failure happened, and was retried


# --- the analyst's schema: dates, Organisation, indexes, full text, a locked-down server -----

def _cli(runner: Any, monkeypatch: pytest.MonkeyPatch, auth: dict[str, str], *args: str) -> Any:
    from orggraph.cli import main

    for key, value in auth.items():
        monkeypatch.setenv(key, value)
    return runner.invoke(main, list(args))


def test_load_csv_outside_the_import_directory_is_refused(runner, monkeypatch, neo4j_auth,
                                                          tmp_path):
    hostname = Path("/etc/hostname").read_text(encoding="utf-8").strip()
    mine = tmp_path / "peek.cypher"
    mine.write_text("LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row", encoding="utf-8")
    for extra in ([], ["--write"]):
        result = _cli(runner, monkeypatch, neo4j_auth, "neo4j", "run", str(mine), *extra)
        assert result.exit_code == 1, result.output
        assert result.output.startswith("Error: ") and len(result.output.splitlines()) == 1
        assert hostname not in result.output
    # through a named query the text is only ever a parameter value, never Cypher
    result = _cli(runner, monkeypatch, neo4j_auth, "neo4j", "query", "members", "--param",
                  "body=x' LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row //")
    assert result.exit_code == 2 and result.output.startswith("Error: no node has the id")
    assert hostname not in result.output


def test_dates_are_neo4j_dates_with_their_text_and_precision(neo4j_conn, curated):
    import neo4j.time

    from orggraph.neo4j import load

    load(neo4j_conn, curated)
    rows = neo4j_conn.driver.execute_query(
        "MATCH (n:Body {id: $id}) RETURN n.valid_to AS day, n.valid_to_text AS text, "
        "n.valid_to_precision AS precision",
        id=next(n for n, a in curated.nodes(data=True) if a.get("valid_to") == "2006")).records
    assert rows[0]["day"] == neo4j.time.Date(2006, 12, 31)
    assert (rows[0]["text"], rows[0]["precision"]) == ("2006", "year")
    for day in ("2005-06-01", "2024-01-01", "2026-03-31", "2026-04-01"):
        valid = neo4j_conn.driver.execute_query(
            "MATCH (b:Body) WHERE coalesce(b.valid_from <= date($day), true) "
            "AND coalesce(b.valid_to >= date($day), true) RETURN count(b) AS c", day=day)
        H = filter_as_of(curated, parse_as_of(day))
        assert valid.records[0]["c"] == sum(a["label"] == "Body" for _, a in H.nodes(data=True))


def test_organisations_carry_their_own_label(neo4j_conn, curated):
    from orggraph.model import ORGANISATION_KINDS
    from orggraph.neo4j import load, wipe

    load(neo4j_conn, curated)
    got = neo4j_conn.driver.execute_query(
        "MATCH (o:Organisation) RETURN collect(o.id) AS ids").records[0]["ids"]
    assert sorted(got) == sorted(n for n, a in curated.nodes(data=True)
                                 if a["label"] == "Body" and a.get("kind") in ORGANISATION_KINDS)
    wipe(neo4j_conn)
    assert neo4j_conn.driver.execute_query(
        "MATCH (o:Organisation) RETURN count(o) AS c").records[0]["c"] == 0


def test_name_indexes_and_the_full_text_example(neo4j_conn, curated):
    import re

    from orggraph.neo4j import load

    load(neo4j_conn, curated)
    indexes = {r["name"]: r for r in neo4j_conn.driver.execute_query(
        "SHOW INDEXES YIELD name, labelsOrTypes, properties, type").records}
    for name, label, prop in (("body_name", "Body", "name"), ("post_title", "Post", "title"),
                              ("person_name", "Person", "name")):
        assert (indexes[name]["labelsOrTypes"], indexes[name]["properties"]) == ([label], [prop])
    assert indexes["relationship_evidence"]["type"] == "FULLTEXT"
    assert sorted(indexes["relationship_evidence"]["labelsOrTypes"]) == sorted(VOCABULARY)
    # the example of cypher/schema.cypher: every fact whose quote mentions deputise
    found = neo4j_conn.driver.execute_query(
        "CALL db.index.fulltext.queryRelationships('relationship_evidence', 'deputis*') "
        "YIELD relationship AS r RETURN startNode(r).id AS a, type(r) AS t, endNode(r).id AS b"
    ).records
    expected = {(u, a["type"], v) for u, v, a in curated.edges(data=True)
                if re.search(r"\bdeputis", a.get("evidence", ""), re.IGNORECASE)}
    assert expected and {(r["a"], r["t"], r["b"]) for r in found} == expected


def test_named_queries_never_return_bookkeeping(neo4j_conn, curated):
    from orggraph.neo4j import load, run_query

    load(neo4j_conn, curated)
    for name, args, _, params in _cases(curated):
        if name == "path" and args[0] == args[1]:
            continue
        with contextlib.suppress(OrggraphError):
            text = json.dumps(run_query(neo4j_conn, name, params), default=str)
            assert "_orggraph" not in text and "Orggraph" not in text


# --- strict named queries ---------------------------------------------------------------------

@pytest.mark.parametrize(("args", "message"), [
    (["chain", "--param", "post=nw-icb-deputy-medical-director", "--param",
      "relations=REPORT_TO"], "Error: relations: unknown relationship type(s): REPORT_TO"),
    (["chain", "--param", "relations=REPORTS_TO"], "Error: chain needs parameter(s): post"),
    (["members", "--param", "bdoy=nw-icb"], "Error: members takes no parameter 'bdoy'"),
    (["members", "--param", "body=no-such-body"], "Error: no node has the id or name"),
    (["members", "--param", "body=Deputy Medical Director"],
     "Error: 'Deputy Medical Director' is ambiguous: nchc-deputy-medical-director ("),
    (["changes", "--param", "as_of=2026-13"], "Error: as_of '2026-13'"),
    (["no_such_query"], "Error: no named query 'no_such_query'"),
])
def test_bad_parameters_are_one_error_line_and_exit_2(runner, monkeypatch, neo4j_auth, curated,
                                                      args, message):
    from orggraph.neo4j import connect, load

    with connect(**{k.split("_")[1].lower(): v for k, v in neo4j_auth.items()}) as conn:
        load(conn, curated)
    result = _cli(runner, monkeypatch, neo4j_auth, "neo4j", "query", *args)
    assert result.exit_code == 2, result.output
    assert result.output.startswith(message) and len(result.output.splitlines()) == 1


def test_a_title_gives_the_rows_of_its_id_and_no_path_is_an_error(runner, monkeypatch,
                                                                   neo4j_auth, curated):
    from orggraph.neo4j import connect, load

    with connect(**{k.split("_")[1].lower(): v for k, v in neo4j_auth.items()}) as conn:
        load(conn, curated)
    post = "nw-icb-executive-medical-director"
    assert resolve_node(curated, curated.nodes[post]["title"]) == post
    by_id, by_title = (_cli(runner, monkeypatch, neo4j_auth, "neo4j", "query", "chain",
                            "--param", f"post={p}", "--format", "json")
                       for p in (post, curated.nodes[post]["title"]))
    assert by_id.exit_code == by_title.exit_code == 0
    assert json.loads(by_id.output) == json.loads(by_title.output) != []
    lonely = next(n for n in sorted(curated) if curated.degree(n) == 0) if any(
        curated.degree(n) == 0 for n in curated) else None
    params = (["--param", f"a={post}", "--param", "b=nw-icb", "--param", "relations=CHAIRS"]
              if lonely is None else ["--param", f"a={post}", "--param", f"b={lonely}"])
    result = _cli(runner, monkeypatch, neo4j_auth, "neo4j", "query", "path", *params)
    assert result.exit_code == 1 and result.output.startswith("Error: no path between")


def test_queries_lists_each_query_with_its_parameters(runner):
    from orggraph.cli import main
    from orggraph.neo4j import named_queries

    result = runner.invoke(main, ["neo4j", "queries"])
    assert result.exit_code == 0
    assert [line for line in result.output.splitlines() if not line.startswith(" ")] == \
        named_queries()
    assert "  relations optional  relationship types, comma-separated; default: " \
           "ACCOUNTABLE_TO,REPORTS_TO,RESPONSIBLE_TO" in result.output
    assert "  post      required  a node id, title or name" in result.output


def test_load_wipe_first_removes_what_orggraph_loaded(runner, monkeypatch, neo4j_auth, tiny):
    result = _cli(runner, monkeypatch, neo4j_auth, "neo4j", "load", "--wipe", "--data",
                  str(TINY_DIR))
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "loaded 8 nodes and 8 relationships"


# --- neo4j run: whole values, stdin and inline queries, a limit, plans ------------------------

def test_run_returns_whole_relationships_nodes_paths_and_dates(runner, monkeypatch, neo4j_auth,
                                                               curated):
    from orggraph.neo4j import connect, load

    with connect(**{k.split("_")[1].lower(): v for k, v in neo4j_auth.items()}) as conn:
        load(conn, curated)
    u, v, a = next((u, v, a) for u, v, a in sorted(curated.edges(data=True), key=str)
                   if a["type"] == "REPORTS_TO" and curated.nodes[v]["label"] == "Post")
    query = ("MATCH (a:Post {id: $u})-[r:REPORTS_TO]->(b:Post {id: $v}) "
             "RETURN r, a, [p = (a)-[:REPORTS_TO]->(b) | p] AS paths LIMIT 1")
    result = _cli(runner, monkeypatch, neo4j_auth, "neo4j", "run", "-e", query, "--param",
                  f"u={u}", "--param", f"v={v}", "--format", "json")
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.output)
    assert row["r"]["type"] == "REPORTS_TO"
    assert row["r"]["properties"]["evidence"] == a["evidence"]
    assert row["r"]["properties"]["source"] == a["source"]
    assert (row["r"]["start"]["id"], row["r"]["end"]["id"]) == (u, v)
    assert row["r"]["end"]["labels"] == ["Post"]
    assert row["a"]["labels"] == ["Post"] and row["a"]["properties"]["id"] == u
    assert [n["properties"]["id"] for n in row["paths"][0]["nodes"]] == [u, v]
    dated = _cli(runner, monkeypatch, neo4j_auth, "neo4j", "run", "-e",
                 "MATCH (b:Body) WHERE b.valid_to_text = '2006' RETURN b.valid_to AS d",
                 "--format", "csv")
    assert dated.output.splitlines() == ["d", "2006-12-31"]


def test_run_reads_stdin_and_stops_at_the_limit(runner, monkeypatch, neo4j_auth):
    from orggraph.cli import main

    for key, value in neo4j_auth.items():
        monkeypatch.setenv(key, value)
    result = runner.invoke(main, ["neo4j", "run", "-", "--limit", "3", "--format", "csv"],
                           input="UNWIND range(1, 1000000) AS n RETURN n")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["n", "1", "2", "3"]
    assert result.stderr == ("Warning: stopped after 3 rows (--limit); there are more: "
                             "--limit 0 reads them all\n")
    neither = runner.invoke(main, ["neo4j", "run"])
    assert neither.exit_code == 2 and "give one of FILE" in neither.output


@pytest.mark.parametrize("keyword", ["EXPLAIN", "PROFILE"])
def test_run_prints_the_plan(runner, monkeypatch, neo4j_auth, keyword):
    result = _cli(runner, monkeypatch, neo4j_auth, "neo4j", "run", "-e",
                  f"{keyword} MATCH (p:Post) WHERE p.title = 'x' RETURN p")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("ProduceResults")
    assert "NodeIndexSeek" in result.output  # the post_title index
    assert ("db_hits=" in result.output) is (keyword == "PROFILE")


# --- cypher-shell ----------------------------------------------------------------------------

def test_the_cypher_export_through_cypher_shell_gives_the_loaded_graph(neo4j_auth, neo4j_conn,
                                                                       curated, tmp_path):
    import subprocess
    import sys

    from orggraph.export import export
    from orggraph.neo4j import load

    script = export(curated, "cypher", tmp_path / "graph.cypher")
    neo4j_conn.driver.execute_query("MATCH (n) DETACH DELETE n")
    env = {**os.environ, **neo4j_auth}
    env.pop("NEO4J_DATABASE", None)
    shell = subprocess.run([sys.executable, "-m", "orggraph", "neo4j", "shell", "-f", str(script)],
                           env=env, capture_output=True, text=True, timeout=900, check=False)
    assert shell.returncode == 0, shell.stderr[-2000:]
    assert neo4j_auth["NEO4J_PASSWORD"] not in shell.stdout + shell.stderr
    scripted = _without_marker(_snapshot(neo4j_conn))
    neo4j_conn.driver.execute_query("MATCH (n) DETACH DELETE n")
    load(neo4j_conn, curated)
    assert scripted == _without_marker(_snapshot(neo4j_conn))


def _without_marker(snapshot: tuple[list[str], list[str]]) -> tuple[list[str], list[str]]:
    """The snapshot without the loader's ``_orggraph`` marker (the script sets none)."""
    def strip(rows: list[str]) -> list[str]:
        out = []
        for row in map(json.loads, rows):
            row["p"].pop("_orggraph", None)
            row["l"] = sorted(row["l"]) if "l" in row else None
            out.append(json.dumps(row, sort_keys=True))
        return sorted(out)

    return strip(snapshot[0]), strip(snapshot[1])
