"""The notebooks: stored without outputs, and each runs top to bottom against the curated
data with its Neo4j cells running against the test server."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK_DIR = Path(__file__).resolve().parent.parent / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))


def test_the_three_notebooks_are_there() -> None:
    assert [p.name for p in NOTEBOOKS] == [
        "01_analyst_tour.ipynb", "02_deputisation_and_cover.ipynb", "03_change_over_time.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_stored_without_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]


def _text(nb: nbformat.NotebookNode) -> str:
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            parts.append(out.get("text", ""))
            parts.extend(str(v) for k, v in out.get("data", {}).items() if k.startswith("text/"))
    return "\n".join(parts)


@pytest.mark.neo4j
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_runs_top_to_bottom_with_neo4j(path: Path, neo4j_auth: dict[str, str]) -> None:
    nb = nbformat.read(path, as_version=4)
    env = {**os.environ, **neo4j_auth}
    env.pop("NEO4J_DATABASE", None)
    env["ORGGRAPH_REPLACE_GRAPH"] = "1"  # the session server holds the other tests' graphs
    client = NotebookClient(nb, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK_DIR)}})
    client.execute(env=env)  # raises CellExecutionError on the first failing cell
    text = _text(nb)
    assert "NEO4J_URI is not set" not in text
    assert "Neo4j: loaded" in text  # the Neo4j cells ran against the server
    assert "same answer" in text
    assert "Traceback" not in text
    images = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    if path.stem != "01_analyst_tour":
        assert images, "the plots were drawn"


@pytest.mark.neo4j
def test_a_graph_already_loaded_is_left_alone(neo4j_auth: dict[str, str]) -> None:
    from orggraph.graph import load_graph
    from orggraph.neo4j import connect, load
    from tests.conftest import TINY

    with connect(neo4j_auth["NEO4J_URI"], neo4j_auth["NEO4J_USER"],
                 neo4j_auth["NEO4J_PASSWORD"]) as conn:
        mine = load(conn, load_graph(TINY))
        path = NOTEBOOK_DIR / "03_change_over_time.ipynb"
        nb = nbformat.read(path, as_version=4)
        env = {k: v for k, v in {**os.environ, **neo4j_auth}.items()
               if k not in ("NEO4J_DATABASE", "ORGGRAPH_REPLACE_GRAPH")}
        NotebookClient(nb, timeout=600, kernel_name="python3",
                       resources={"metadata": {"path": str(NOTEBOOK_DIR)}}).execute(env=env)
        text = _text(nb)
        assert f"the database already holds a graph ({mine.nodes} nodes)" in text
        assert "Neo4j: loaded" not in text
        left = conn.driver.execute_query(
            "MATCH (n) WHERE n:Post OR n:Body OR n:Person RETURN count(n) AS n").records
        assert left[0]["n"] == mine.nodes
