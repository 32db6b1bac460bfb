"""Exports: round trips through the tools that read each format, determinism, hostile
text, and atomic writing."""

from __future__ import annotations

import csv
import itertools
import json
import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
import rdflib
import yaml

from orggraph import export as export_module
from orggraph.cli import main
from orggraph.export import (
    EDGE_KEYS,
    FORMATS,
    NODE_KEYS,
    REGISTRY,
    export,
    neo4j_admin_command,
    select_body,
)
from orggraph.graph import load_graph
from orggraph.model import (
    NODE_COMMON_FIELDS,
    RELATIONSHIP_FIELDS,
    Body,
    PartialDate,
    Person,
    Post,
)
from orggraph.output import OutputExistsError
from orggraph.queries import chain
from tests.conftest import IN_CI

HOSTILE = [
    "Queen Elizabeth Hospital King's Lynn",
    'He said "no" \\ then \\n left',
    "line one\nline two",
    "<b>bold</b> & <script>alert(1)</script>",
    "£300 per session",
    "'}) DETACH DELETE n //",
    "tab\there; semi|pipe",
    "ünïcödé 🏥 ‘curly’",
    "carriage\rreturn, lone",
]

FILE_FORMATS = ["graphml", "gexf", "json", "cypher", "ttl"]
DIR_FORMATS = ["csv", "organogram"]


def _write_hostile_data(root: Path) -> Path:
    """A data directory whose every text field is hostile and whose evidence is real."""
    (root / "sources").mkdir(parents=True)
    (root / "sources" / "hostile.txt").write_text("\n\n".join(HOSTILE) + "\n", encoding="utf-8")
    h = HOSTILE
    doc: dict[str, Any] = {
        "source": {"id": "hostile", "file": "hostile.txt", "title": h[0], "published": "2025-05"},
        "bodies": [
            {"id": "qeh", "name": h[0], "kind": "trust", "abbreviation": "QEH & <KL>",
             "aliases": [h[1], h[6]], "valid_from": "2020-04", "valid_to": "2026-03-31",
             "evidence": h[0], "note": h[5]},
            {"id": "new-trust", "name": h[3], "kind": "trust", "valid_from": "2026-04-01",
             "evidence": h[3]},
            {"id": "ward", "name": h[2], "kind": "team", "evidence": h[2]},
        ],
        "posts": [
            {"id": "boss", "title": h[1], "grade": h[4], "evidence": h[1]},
            {"id": "deputy", "title": h[5], "grade": h[4], "headcount": 3,
             "aliases": [h[7], h[3]], "evidence": h[5], "valid_from": "2025"},
            {"id": "nurse", "title": h[7], "evidence": h[7], "note": h[8]},
        ],
        "people": [{"id": "anne", "name": h[7], "evidence": h[7]}],
        "relationships": [
            {"type": "ACCOUNTABLE_TO", "from": "deputy", "to": "boss", "evidence": h[1],
             "role": h[3], "note": h[2]},
            {"type": "REPORTS_TO", "from": "deputy", "to": "boss", "evidence": h[5]},
            {"type": "REPORTS_TO", "from": "nurse", "to": "deputy", "evidence": h[7],
             "valid_from": "2025-05", "valid_to": "2026"},
            {"type": "DEPUTISES_FOR", "from": "deputy", "to": "boss", "evidence": h[6]},
            {"type": "POST_IN", "from": "boss", "to": "qeh", "evidence": h[0]},
            {"type": "POST_IN", "from": "deputy", "to": "ward", "evidence": h[2]},
            {"type": "POST_IN", "from": "nurse", "to": "ward", "evidence": h[2]},
            {"type": "PART_OF", "from": "ward", "to": "qeh", "evidence": h[2]},
            {"type": "HOLDS", "from": "anne", "to": "nurse", "evidence": h[7]},
            {"type": "ACCOUNTABLE_TO", "from": "boss", "to": "qeh", "evidence": h[0]},
            {"type": "MERGES_INTO", "from": "qeh", "to": "new-trust", "evidence": h[3],
             "valid_from": "2026-04-01"},
            {"type": "WORKS_WITH", "from": "nurse", "to": "new-trust", "evidence": h[4],
             "role": h[0]},
        ],
    }
    (root / "hostile.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False),
                                       encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return load_graph(_write_hostile_data(tmp_path_factory.mktemp("hostile") / "data"))


@pytest.fixture(params=["curated", "hostile"])
def graph(request: pytest.FixtureRequest) -> nx.MultiDiGraph:
    return request.getfixturevalue(request.param)


def _node_map(G: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    return {n: dict(a) for n, a in G.nodes(data=True)}


def _edge_map(G: nx.MultiDiGraph) -> dict[tuple[str, str, str], dict[str, Any]]:
    return {(u, v, k): dict(a) for u, v, k, a in G.edges(keys=True, data=True)}


def test_the_hostile_data_is_valid_and_hostile(hostile: nx.MultiDiGraph) -> None:
    texts = {v for _, a in hostile.nodes(data=True) for v in a.values() if isinstance(v, str)}
    texts |= {x for _, a in hostile.nodes(data=True) for x in a.get("aliases", ())}
    assert set(HOSTILE) <= texts
    assert hostile.number_of_edges() == 12


def test_the_cli_offers_exactly_the_registered_formats() -> None:
    fmt = next(p for p in main.commands["export"].params if p.name == "fmt")
    assert tuple(fmt.type.choices) == tuple(FORMATS)


def test_every_registered_format_has_one_writer() -> None:
    for name, f in REGISTRY.items():
        assert (f.write_file is None) != (f.write_directory is None), name
    assert set(FILE_FORMATS) | set(DIR_FORMATS) == set(FORMATS)
    assert {n for n, f in REGISTRY.items() if f.write_directory} == set(DIR_FORMATS)


def test_edge_and_node_columns_are_the_models_fields() -> None:
    assert ("type", *RELATIONSHIP_FIELDS) == EDGE_KEYS
    model_fields = {"id", "label", *NODE_COMMON_FIELDS}
    for cls in (Body, Post, Person):
        model_fields.update(cls.own_fields)
    assert set(NODE_KEYS) == model_fields


# --- round trips ------------------------------------------------------------------------


def test_graphml_reads_back_equal(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = export(graph, "graphml", tmp_path / "g.graphml")
    H = nx.read_graphml(path, force_multigraph=True)
    for _, a in H.nodes(data=True):
        if "aliases" in a:
            a["aliases"] = json.loads(a["aliases"])
    assert _node_map(H) == _node_map(graph)
    assert _edge_map(H) == _edge_map(graph)
    assert json.loads(H.graph["sources"]) == graph.graph["sources"]
    assert isinstance(H.nodes[next(n for n, a in graph.nodes(data=True)
                                   if "headcount" in a)]["headcount"], int)


def test_json_reads_back_equal(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = export(graph, "json", tmp_path / "g.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    H = nx.node_link_graph(data, edges="edges", source="from", target="to", key="key")
    for n in H:
        H.nodes[n]["id"] = n  # node_link_graph takes "id" as the node itself
    assert _node_map(H) == _node_map(graph)
    assert _edge_map(H) == _edge_map(graph)
    assert H.graph["sources"] == graph.graph["sources"]


def test_gexf_opens_with_its_time_intervals(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = export(graph, "gexf", tmp_path / "g.gexf")
    H = nx.read_gexf(path)
    assert H.graph["mode"] == "dynamic"
    assert set(H) == set(graph)
    dated = 0
    for n, a in graph.nodes(data=True):
        got = H.nodes[n]
        if "valid_from" in a:
            assert got["start"] == PartialDate.parse(a["valid_from"]).first_day().isoformat()
            dated += 1
        else:
            assert "start" not in got
        if "valid_to" in a:
            assert got["end"] == PartialDate.parse(a["valid_to"]).last_day().isoformat()
        for k, v in a.items():
            want = json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v
            assert got["node_label" if k == "label" else k] == want
        assert got["label"] == (a.get("title") or a.get("name"))
    assert dated
    edges = sorted((u, v, a["type"], a.get("start"), a.get("end"), a["evidence"])
                   for u, v, a in H.edges(data=True))
    want_edges = sorted(
        (u, v, a["type"],
         PartialDate.parse(a["valid_from"]).first_day().isoformat() if "valid_from" in a
         else None,
         PartialDate.parse(a["valid_to"]).last_day().isoformat() if "valid_to" in a else None,
         a["evidence"]) for u, v, a in graph.edges(data=True))
    assert edges == want_edges


def test_turtle_parses_and_sparql_gives_the_chain_pairs(graph: nx.MultiDiGraph,
                                                        tmp_path: Path) -> None:
    path = export(graph, "ttl", tmp_path / "g.ttl")
    rdf = rdflib.Graph()
    rdf.parse(path, format="turtle")
    query = """
        PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX og: <https://w3id.org/orggraph/ns#>
        SELECT ?a ?b WHERE {
            ?start og:id ?sid . ?start org:reportsTo* ?x .
            ?x a org:Post ; og:id ?a ; org:reportsTo ?y . ?y og:id ?b .
        }"""
    posts = sorted(n for n, a in graph.nodes(data=True) if a["label"] == "Post")
    assert posts
    nonempty = 0
    for post in posts:
        rows = chain(graph, post)
        want = {(a["id"], b["id"]) for a, b in itertools.pairwise(rows)
                if a["chain"] == b["chain"]}
        got = {(str(a), str(b)) for a, b in rdf.query(
            query, initBindings={"sid": rdflib.Literal(post)})}
        assert got == want, post
        nonempty += bool(want)
    assert nonempty


def test_turtle_keeps_evidence_and_text(hostile: nx.MultiDiGraph, tmp_path: Path) -> None:
    rdf = rdflib.Graph()
    rdf.parse(export(hostile, "ttl", tmp_path / "h.ttl"), format="turtle")
    literals = {str(o) for o in rdf.objects() if isinstance(o, rdflib.Literal)}
    assert set(HOSTILE) <= literals
    og = rdflib.Namespace("https://w3id.org/orggraph/ns#")
    statements = {(str(rdf.value(s, og.type)), str(rdf.value(s, og.evidence)))
                  for s in rdf.subjects(rdflib.RDF.type, rdflib.RDF.Statement)}
    assert statements == {(a["type"], a["evidence"]) for _, _, a in hostile.edges(data=True)}
    events = list(rdf.subjects(rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/org#ChangeEvent")))
    assert len(events) == 1


def _cypher_statements(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").split("\n")
    return [ln.removesuffix(";") for ln in lines if ln and not ln.startswith("//")]


def _snapshot(conn: Any) -> tuple[dict[str, Any], dict[tuple[str, str, str, str], Any]]:
    def strip(props: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in props.items() if k != "_orggraph"}

    nodes, _, _ = conn.driver.execute_query(
        "MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS p")
    rels, _, _ = conn.driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, r.key AS k, b.id AS b, "
        "properties(r) AS p")
    return ({r["id"]: (r["labels"], strip(r["p"])) for r in nodes},
            {(r["a"], r["t"], r["k"], r["b"]): strip(r["p"]) for r in rels})


def test_cypher_script_on_neo4j_equals_the_loader(graph: nx.MultiDiGraph, tmp_path: Path,
                                                  neo4j_conn: Any) -> None:
    from orggraph.neo4j import load

    path = export(graph, "cypher", tmp_path / "g.cypher")
    driver = neo4j_conn.driver
    driver.execute_query("MATCH (n) DETACH DELETE n")
    statements = _cypher_statements(path)
    schema = [st for st in statements if st.startswith("CREATE ")]
    try:
        with driver.session() as session:
            for statement in schema:  # a schema change is a transaction of its own
                session.run(statement).consume()
            # the rest in one transaction, not one commit each: the same end state, as
            # no statement reads another's commit (test_neo4j.py runs the whole script
            # through cypher-shell, a statement at a time)
            with session.begin_transaction() as tx:
                for statement in statements[len(schema):]:
                    assert not statement.startswith("CREATE "), statement
                    tx.run(statement).consume()
                tx.commit()
        scripted = _snapshot(neo4j_conn)
        driver.execute_query("MATCH (n) DETACH DELETE n")
        report = load(neo4j_conn, graph)
        loaded = _snapshot(neo4j_conn)
    finally:
        driver.execute_query("MATCH (n) DETACH DELETE n")
    assert (len(scripted[0]), len(scripted[1])) == (report.nodes, report.relationships)
    assert scripted == loaded
    assert report.nodes == graph.number_of_nodes()


_HEADER = re.compile(
    r"^(?:(?P<name>[a-z_]+)(?::(?P<type>long|int|string\[\]|string|date))?"
    r"|id:ID\((?P<space>Post|Body|Person)\)|:LABEL|:TYPE"
    r"|:(?:START|END)_ID\((?:Post|Body|Person)\))$")


def test_csv_headers_use_the_import_tool_syntax(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    out = export(graph, "csv", tmp_path / "csv")
    files = sorted(out.glob("*.csv"))
    assert {p.name.split("-")[0] for p in files} == {"nodes", "relationships"}
    for path in files:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        header = rows[0]
        assert all(_HEADER.match(h) for h in header), (path.name, header)
        if path.name.startswith("nodes-"):
            label = path.stem.split("-")[1]
            assert header[:2] == [f"id:ID({label})", ":LABEL"]
            delim = (out / "array-delimiter.txt").read_text(encoding="utf-8").strip()
            # a body of an organisation kind also carries the label Organisation
            assert {r[1].split(delim)[0] for r in rows[1:]} == {label}
        else:
            _, rtype, start, end = path.stem.split("-")
            assert header[:3] == [f":START_ID({start})", f":END_ID({end})", ":TYPE"]
            assert {r[2] for r in rows[1:]} == {rtype}
        assert all(len(r) == len(header) for r in rows)
    total = sum(len(list(csv.reader(p.open(encoding="utf-8", newline="")))) - 1 for p in files)
    assert total == graph.number_of_nodes() + graph.number_of_edges()
    command = neo4j_admin_command(out)
    assert command.startswith("neo4j-admin database import full ")
    assert command.count("--nodes=") + command.count("--relationships=") == len(files)
    assert (out / "import.sh").read_text(encoding="utf-8").count("--nodes=") == command.count(
        "--nodes=")


@pytest.mark.neo4j  # runs the neo4j-admin tool of the launcher's Neo4j
@pytest.mark.slow
def test_csv_imports_with_the_real_neo4j_admin_tool(hostile: nx.MultiDiGraph,
                                                    tmp_path: Path) -> None:
    """neo4j-admin's import tool is on the launcher's class path (neo4j-import-tool and
    neo4j-command-line come with org.neo4j:neo4j): import, then start a server on it."""
    from orggraph.neo4j.mapping import extra_labels, neo4j_properties
    from orggraph.neo4j.server import JVM_OPTIONS, _java, build_launcher, start_local_server

    java = _java()
    if java is None or shutil.which("mvn") is None:
        if IN_CI:
            pytest.fail("java and mvn are needed to run neo4j-admin import")
        pytest.skip("java or mvn missing")
    lib = build_launcher().parent / "lib"
    out = export(hostile, "csv", tmp_path / "csv")
    home = tmp_path / "home"
    (home / "conf").mkdir(parents=True)
    args = shlex.split(neo4j_admin_command(out))[1:]
    done = subprocess.run(
        [java, *JVM_OPTIONS, "-Xmx512m", "-cp", f"{lib}/*", "org.neo4j.cli.AdminTool", *args],
        env={**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")},
        capture_output=True, text=True, timeout=300, check=False, cwd=tmp_path)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "IMPORT DONE" in done.stdout
    with start_local_server(data_dir=home) as server:
        from orggraph.neo4j import connect

        with connect(server.uri, server.user, server.password) as conn:
            nodes, rels = _snapshot(conn)
    # as the loader stores them: dates as DATE with their text, organisations labelled
    assert {n: (sorted(labels), props) for n, (labels, props) in nodes.items()} == {
        n: (sorted([a["label"], *extra_labels(a)]), neo4j_properties(a))
        for n, a in hostile.nodes(data=True)}
    assert rels == {(u, a["type"], k, v): {"key": k, **neo4j_properties(a)}
                    for u, v, k, a in hostile.edges(keys=True, data=True)}


def _organogram_rows(out: Path) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The senior and junior rows of an organogram export."""
    rows = []
    for name in ("senior-staff.csv", "junior-staff.csv"):
        with (out / name).open(encoding="utf-8", newline="") as f:
            rows.append(list(csv.DictReader(f)))
    return rows[0], rows[1]


def test_organogram_export_imports_back(curated: nx.MultiDiGraph, tmp_path: Path) -> None:
    from orggraph.load import validate
    from orggraph.organogram import import_organogram

    out = export(curated, "organogram", tmp_path / "org")
    senior, junior = _organogram_rows(out)
    refs = {r["Post Unique Reference"] for r in senior}
    posts = {n for n, a in curated.nodes(data=True) if a["label"] == "Post"}
    assert junior and refs <= posts
    assert {r["Number of Posts in FTE"] for r in junior} >= {"13.00"}
    assert len(refs) + len(junior) == len(posts)
    assert {r["Reports to Senior Post"] for r in senior} <= refs | {"XX"}
    report = import_organogram(out / "senior-staff.csv", out / "junior-staff.csv",
                               org="Curated", output=tmp_path / "data")
    assert report.errors == []
    assert (report.posts, report.junior_posts) == (len(refs), len(junior))
    assert [p for p in validate(tmp_path / "data") if p.is_error] == []


def test_hostile_text_survives_the_organogram(hostile: nx.MultiDiGraph, tmp_path: Path) -> None:
    out = export(hostile, "organogram", tmp_path / "org")
    senior, junior = _organogram_rows(out)
    titles = {r["Job Title"] for r in senior} | {r["Generic Job Title"] for r in junior}
    assert titles == {a["title"] for _, a in hostile.nodes(data=True) if a["label"] == "Post"}
    assert {r["Unit"] for r in senior + junior} == {HOSTILE[0], HOSTILE[2]}
    assert junior == []  # the post with a headcount of 3 has a report, so it is senior
    assert [r["Name"] for r in senior if r["Post Unique Reference"] == "nurse"] == [HOSTILE[7]]


# --- determinism, selection, safety -----------------------------------------------------


def _reordered(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The same graph, built in reverse order with reversed attribute order."""
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    H.add_nodes_from((n, dict(reversed(list(a.items()))))
                     for n, a in reversed(list(G.nodes(data=True))))
    H.add_edges_from((u, v, k, dict(reversed(list(a.items()))))
                     for u, v, k, a in reversed(list(G.edges(keys=True, data=True))))
    return H


def _contents(path: Path) -> dict[str, bytes]:
    if path.is_dir():
        return {p.name: p.read_bytes() for p in sorted(path.iterdir())}
    return {"": path.read_bytes()}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_same_data_same_bytes(fmt: str, hostile: nx.MultiDiGraph, curated: nx.MultiDiGraph,
                              tmp_path: Path) -> None:
    for G in (hostile, curated):
        a = export(G, fmt, tmp_path / f"a.{fmt}", force=True)
        b = export(_reordered(G), fmt, tmp_path / f"b.{fmt}", force=True)
        ca, cb = _contents(a), _contents(b)
        assert ca == cb
        assert all(v for v in ca.values())


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_hostile_text_reaches_every_format(fmt: str, hostile: nx.MultiDiGraph,
                                           tmp_path: Path) -> None:
    """Each hostile string is in the file, as the format writes it (escaped, not dropped)."""
    out = export(hostile, fmt, tmp_path / f"h.{fmt}")
    text = "\n".join(v.decode("utf-8") for v in _contents(out).values())
    for s in [HOSTILE[0], HOSTILE[4], HOSTILE[7]]:
        assert s in text or s.replace("'", "\\'") in text or s.replace(
            "'", "&apos;") in text, (fmt, s)
    if fmt in ("graphml", "gexf"):
        assert "<script>" not in text and "&lt;script&gt;" in text
    if fmt == "cypher":
        assert "\\'}) DETACH DELETE n //" in text
        assert all(ln.endswith(";") or ln.startswith("//") for ln in text.splitlines())


def test_body_selection(curated: nx.MultiDiGraph, tmp_path: Path) -> None:
    from orggraph.queries._common import body_posts

    H = select_body(curated, "nwuhg")
    posts = {n for n, a in H.nodes(data=True) if a["label"] == "Post"}
    assert posts == body_posts(curated, "nwuhg")
    assert all(curated.has_edge(u, v, k) for u, v, k in H.edges(keys=True))
    out = export(curated, "json", tmp_path / "b.json", body="NWUHG")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {n["id"] for n in data["nodes"]} == set(H)
    assert data["graph"]["body"] == "nwuhg"


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_never_over_a_foreign_file_unless_forced(fmt: str, tiny: nx.MultiDiGraph,
                                                 tmp_path: Path) -> None:
    target = tmp_path / "mine"
    if fmt in DIR_FORMATS:
        target.mkdir()
        (target / "notes.txt").write_text("keep", encoding="utf-8")
    else:
        target.write_text("keep", encoding="utf-8")
    with pytest.raises(OutputExistsError):
        export(tiny, fmt, target)
    assert "keep" in (target / "notes.txt" if target.is_dir() else target).read_text(
        encoding="utf-8")
    export(tiny, fmt, target, force=True)
    export(tiny, fmt, target)  # orggraph's own output is replaced without --force
    assert [p.name for p in tmp_path.iterdir()] == ["mine"]


def test_a_failed_export_leaves_the_old_output(tiny: nx.MultiDiGraph, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    good = export(tiny, "csv", tmp_path / "csv")
    before = _contents(good)
    calls = []

    def failing(header: list[str], rows: Any) -> str:
        calls.append(header)
        if len(calls) == 3:
            raise OSError("disk full")
        return "x\n"

    monkeypatch.setattr(export_module, "_csv_text", failing)
    with pytest.raises(OSError, match="disk full"):
        export(tiny, "csv", good)
    assert _contents(good) == before
    assert [p.name for p in tmp_path.iterdir()] == ["csv"]


def test_unknown_format_and_bad_type(tiny: nx.MultiDiGraph, tmp_path: Path) -> None:
    from orggraph.errors import OrggraphError

    with pytest.raises(OrggraphError, match="unknown export format"):
        export(tiny, "xlsx", tmp_path / "x")
    bad = tiny.copy()
    u, v = next(iter(bad.edges()))
    bad.add_edge(u, v, key="X", type="LIKES", source="tiny", evidence="q")
    with pytest.raises(OrggraphError, match="not in the vocabulary"):
        export(bad, "cypher", tmp_path / "x.cypher")
    assert not (tmp_path / "x.cypher").exists()


# --- CLI --------------------------------------------------------------------------------


def test_cli_export_csv_prints_the_import_command(runner: Any, tmp_path: Path) -> None:
    result = runner.invoke(main, ["export", "csv", "-o", str(tmp_path / "c"),
                                  "--as-of", "2026-04-01"])
    assert result.exit_code == 0, result.output
    assert "neo4j-admin database import full" in result.output
    assert "--nodes=" + str((tmp_path / "c" / "nodes-Post.csv").resolve()) in result.output
    assert "nchc" not in (tmp_path / "c" / "nodes-Body.csv").read_text(encoding="utf-8").split()


@pytest.mark.parametrize("args, code, message", [
    (["json", "--body", "no-such-body"], 2, "no node"),
    (["json", "--as-of", "2025-13"], 2, "--as-of"),
    (["xml"], 2, "Invalid value"),
])
def test_cli_export_errors(runner: Any, tmp_path: Path, args: list[str], code: int,
                           message: str) -> None:
    result = runner.invoke(main, ["export", "-o", str(tmp_path / "x"), *args])
    assert result.exit_code == code and message in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "x").exists()


def test_cli_export_refuses_a_foreign_file(runner: Any, tmp_path: Path) -> None:
    target = tmp_path / "g.ttl"
    target.write_text("mine", encoding="utf-8")
    result = runner.invoke(main, ["export", "ttl", "-o", str(target)])
    assert result.exit_code == 1 and "--force" in result.output
    result = runner.invoke(main, ["export", "ttl", "-o", str(target), "--force"])
    assert result.exit_code == 0 and "org:Post" in target.read_text(encoding="utf-8")
