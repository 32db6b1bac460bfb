"""The neo4j-admin CSV of the bulk import (orggraph.neo4j.bulk), read back without Neo4j;
the import itself, against the real tool and server, is in test_neo4j_server.py."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import math
import random
import zipfile
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from orggraph.errors import StoreError
from orggraph.export import _cell
from orggraph.graph import load_graph
from orggraph.model import Label
from orggraph.neo4j import bulk
from orggraph.neo4j.bulk import write_admin_csv
from orggraph.neo4j.store import _graph_rows
from tests.test_export import HOSTILE, _write_hostile_data


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return load_graph(_write_hostile_data(tmp_path_factory.mktemp("hostile") / "data"))


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


@pytest.mark.parametrize("name", ["curated", "hostile"])
def test_every_row_has_its_headers_columns_and_every_record_is_written(
        name: str, hostile: nx.MultiDiGraph, tmp_path: Path) -> None:
    G = load_graph() if name == "curated" else hostile
    out = write_admin_csv(*_graph_rows(G), tmp_path / "csv")
    assert (out.node_count, out.relationship_count) == (G.number_of_nodes(),
                                                        G.number_of_edges())
    written = {"nodes": 0, "relationships": 0}
    for kind, parts in (("nodes", out.nodes), ("relationships", out.relationships)):
        for header, data in parts:
            (columns,) = _rows(header)
            rows = _rows(data)
            assert rows and all(len(r) == len(columns) for r in rows), data.name
            written[kind] += len(rows)
    assert written == {"nodes": out.node_count, "relationships": out.relationship_count}


def test_only_files_with_a_line_break_in_a_value_are_multiline(hostile: nx.MultiDiGraph,
                                                               tmp_path: Path) -> None:
    out = write_admin_csv(*_graph_rows(hostile), tmp_path / "csv")
    broken = {data for _, data in out.nodes + out.relationships
              if "\n" in "".join(v for r in _rows(data) for v in r)
              or "\r" in "".join(v for r in _rows(data) for v in r)}
    assert broken and set(out.multiline) == broken
    args = out.arguments()
    assert "--multiline-fields-format=v2" in args
    assert f"--multiline-fields={','.join(map(str, out.multiline))}" in args
    clean = write_admin_csv(*_graph_rows(load_graph()), tmp_path / "curated")
    assert clean.multiline == [] and "--multiline-fields=false" in clean.arguments()


def test_the_array_delimiter_is_in_no_list_value(hostile: nx.MultiDiGraph,
                                                 tmp_path: Path) -> None:
    out = write_admin_csv(*_graph_rows(hostile), tmp_path / "csv")
    aliases = [x for _, a in hostile.nodes(data=True) for x in a.get("aliases", ())]
    assert HOSTILE[6] in aliases  # holds ';' and '|'
    assert out.delimiter not in "".join(aliases) and f"--array-delimiter={out.delimiter}" \
        in out.arguments()


def test_a_relationship_to_no_node_is_refused(tmp_path: Path) -> None:
    nodes = [(Label.POST, {"id": "a", "title": "A"})]
    rels = [("REPORTS_TO", {"start": "a", "end": "b", "props": {"key": "REPORTS_TO"}})]
    with pytest.raises(StoreError, match=r"'a' -\[REPORTS_TO\]-> 'b': 'b' is neither"):
        write_admin_csv(nodes, rels, tmp_path / "csv")


def _records(out: bulk.AdminCsv) -> list[list[str]]:
    """Every row written, as its header's column names with the row's values."""
    return [sorted(json.dumps(sorted(zip(_rows(header)[0], row, strict=True)))
                   for header, data in parts for row in _rows(data))
            for parts in (out.nodes, out.relationships)]


def test_nodes_are_numbered_in_order_and_keep_their_id_as_a_property(tmp_path: Path) -> None:
    G = load_graph()
    out = write_admin_csv(*_graph_rows(G), tmp_path / "csv")
    numbers: dict[str, int] = {}
    for header, data in out.nodes:
        (columns,) = _rows(header)
        assert columns[:2] == [":ID", ":LABEL"] and "id" in columns
        numbers |= {row[columns.index("id")]: int(row[0]) for row in _rows(data)}
    assert sorted(numbers, key=numbers.__getitem__) == list(G)  # numbered in the rows' order
    assert sorted(numbers.values()) == list(range(len(G)))
    ends = [(int(r[0]), int(r[1])) for _, data in out.relationships for r in _rows(data)]
    assert sorted(ends) == sorted((numbers[u], numbers[v]) for u, v in G.edges())
    assert "--id-type=actual" in out.arguments()


def test_two_processes_write_the_same_rows_as_one(monkeypatch: pytest.MonkeyPatch,
                                                  hostile: nx.MultiDiGraph,
                                                  tmp_path: Path) -> None:
    monkeypatch.setattr(bulk, "_PARALLEL_FROM", 0)
    one = write_admin_csv(*_graph_rows(hostile), tmp_path / "one", workers=1)
    two = write_admin_csv(*_graph_rows(hostile), tmp_path / "two", workers=2)
    assert any(data.parent.name == "2" for _, data in two.relationships)  # the second process
    assert _records(one) == _records(two)
    assert (two.node_count, two.relationship_count) == (one.node_count, one.relationship_count)
    assert {p.name for p in two.multiline} == {p.name for p in one.multiline} != set()


def _digest(directory: Path) -> str:
    """A digest of every CSV file in ``directory`` (its path inside it and its bytes)."""
    digest = hashlib.sha256()
    for path in sorted(directory.rglob("*.csv")):
        digest.update(f"{path.relative_to(directory).as_posix()}\0".encode())
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


HOSTILE_CSV = "76be273d483a0854f953f18cdb9dfe4fd4514b7b7a62aa543a83fc284b4d5576"
"""The digest of the CSV files one process writes for the hostile text: the bytes are
pinned, so a faster writer must write exactly the same files."""


def test_the_files_written_for_the_hostile_text_are_pinned_byte_for_byte(
        hostile: nx.MultiDiGraph, tmp_path: Path) -> None:
    write_admin_csv(*_graph_rows(hostile), tmp_path / "csv", workers=1)
    assert _digest(tmp_path / "csv") == HOSTILE_CSV


def test_an_error_in_the_second_process_is_raised(monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    monkeypatch.setattr(bulk, "_PARALLEL_FROM", 0)
    nodes = [(Label.POST, {"id": "a", "title": "A"})]
    rels = [("REPORTS_TO", {"start": "a", "end": "a", "props": {"key": "REPORTS_TO"}}),
            ("REPORTS_TO", {"start": "a", "end": "b", "props": {"key": "REPORTS_TO"}})]
    with pytest.raises(StoreError, match=r"'a' -\[REPORTS_TO\]-> 'b': 'b' is neither"):
        write_admin_csv(nodes, rels, tmp_path / "csv", workers=2)


def test_a_node_id_that_occurs_twice_is_refused(tmp_path: Path) -> None:
    nodes = [(Label.POST, {"id": "a", "title": "A"}), (Label.BODY, {"id": "a", "name": "A"})]
    with pytest.raises(StoreError, match="node 'a' occurs twice"):
        write_admin_csv(nodes, [], tmp_path / "csv")


def test_a_signed_jar_is_copied_without_its_signature(tmp_path: Path) -> None:
    signed = tmp_path / "signed.jar"
    with zipfile.ZipFile(signed, "w") as jar:
        for name in ("META-INF/MANIFEST.MF", "META-INF/SIGNER.SF", "META-INF/SIGNER.RSA",
                     "a/B.class"):
            jar.writestr(name, name)
    plain = tmp_path / "plain.jar"
    with zipfile.ZipFile(plain, "w") as jar:
        jar.writestr("a/C.class", "C")
    (tmp_path / "copies").mkdir()
    assert bulk._unsigned(plain, tmp_path / "copies") == plain
    copy = bulk._unsigned(signed, tmp_path / "copies")
    assert copy == tmp_path / "copies" / "signed.jar"
    with zipfile.ZipFile(copy) as jar:
        assert jar.namelist() == ["META-INF/MANIFEST.MF", "a/B.class"]
        assert jar.read("a/B.class") == b"a/B.class"


def test_an_unknown_relationship_type_is_refused(tmp_path: Path) -> None:
    nodes = [(Label.POST, {"id": "a", "title": "A"})]
    rels = [("REPORTS_TO", {"start": "a", "end": "a", "props": {}}),
            ("REPORT_TO", {"start": "a", "end": "a", "props": {}})]
    with pytest.raises(StoreError, match=r"'a' -\[REPORT_TO\]-> 'a': 'REPORT_TO' is neither"):
        write_admin_csv(nodes, rels, tmp_path / "csv")


def test_a_row_with_a_new_column_starts_a_new_part_and_a_missing_one_is_empty(
        tmp_path: Path) -> None:
    nodes = [(Label.POST, {"id": "a", "title": "A", "grade": "7"}),
             (Label.POST, {"id": "b", "title": "B, and C"}),
             (Label.POST, {"id": "c", "title": "C", "headcount": 2}),
             (Label.POST, {"id": "d", "title": None, "grade": "8"})]
    out = write_admin_csv(nodes, [], tmp_path / "csv")
    assert [(h.read_text(encoding="utf-8"), d.read_text(encoding="utf-8"))
            for h, d in out.nodes] == [
        (":ID,:LABEL,id,title,grade\n", '0,Post,a,A,7\n1,Post,b,"B, and C",\n'),
        (":ID,:LABEL,id,title,grade,headcount:long\n", "2,Post,c,C,,2\n3,Post,d,,8,\n")]


# --- the formatter against the csv module ------------------------------------------------

_CHARACTERS = "aZ ,;|\"'\n\r\t\x00é€\u2028\U0001f600¦§¤"


def _text(rnd: random.Random) -> str:
    return "".join(rnd.choice(_CHARACTERS) for _ in range(rnd.randrange(6)))


def _value(rnd: random.Random, kind: str) -> Any:
    """A value of a column of ``kind``: only strings, strings or ``None``, only integers,
    or anything (numbers, booleans, lists of strings, dates)."""
    if kind == "str":
        return _text(rnd)
    if kind == "str?":
        return rnd.choice([None, "", _text(rnd)])
    if kind == "int":
        return rnd.randint(-10**20, 10**20)
    return rnd.choice([
        None, "", _text(rnd), rnd.randint(-9, 10**6), rnd.uniform(-1e9, 1e9), True, False,
        rnd.choice([math.inf, -0.0, 1e300, 5e-324, math.nan]),
        [_text(rnd) for _ in range(rnd.randrange(4))],
        dt.date(rnd.randint(1, 9999), rnd.randint(1, 12), rnd.randint(1, 28))])


@pytest.mark.fuzz
@pytest.mark.parametrize("seed", range(40))
def test_the_formatter_writes_byte_for_byte_what_csv_writer_writes(seed: int) -> None:
    """Random columns (commas, quotes, line feeds, carriage returns, the array delimiters,
    other unicode, empty strings, ``None``, numbers, lists, dates), by a fixed seed:
    :func:`bulk._lines` of :func:`bulk._fields` is what ``csv.writer`` writes of the rows
    (the list and date columns through ``export._cell`` first, as the writer's callers
    did)."""
    rnd = random.Random(seed)
    for _ in range(20):
        kinds = [rnd.choice(["str", "str?", "int", "any"]) for _ in range(rnd.randint(1, 5))]
        convert = {at for at in range(len(kinds)) if rnd.random() < 0.5}
        rows = [[_value(rnd, kind) for kind in kinds] for _ in range(rnd.randrange(30))]
        delim = rnd.choice(bulk._ARRAY_DELIMITERS)
        expected = io.StringIO()
        csv.writer(expected, lineterminator="\n").writerows(
            [_cell(v, delim) if at in convert and v is not None and not isinstance(v, str)
             else v for at, v in enumerate(row)] for row in rows)
        columns = [[row[at] for row in rows] for at in range(len(kinds))]
        assert bulk._lines([bulk._fields(values, delim if at in convert else None)
                            for at, values in enumerate(columns)]) == expected.getvalue()


def test_the_quoted_characters_are_the_csv_writers() -> None:
    for character in ',"\n\r':
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerow([f"a{character}b"])
        assert (out.getvalue()[0] == '"') == (character in bulk._QUOTED)
    assert {",", '"', "\n"} <= bulk._QUOTED
