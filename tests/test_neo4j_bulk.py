"""The neo4j-admin CSV of the bulk import (orggraph.neo4j.bulk), read back without Neo4j;
the import itself, against the real tool and server, is in test_neo4j_server.py."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pytest

from orggraph.errors import StoreError
from orggraph.graph import load_graph
from orggraph.model import Label
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
