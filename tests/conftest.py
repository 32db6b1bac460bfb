"""Shared fixtures: the curated graph, the tiny fixture dataset, a CLI runner."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner

from orggraph.graph import load_graph
from orggraph.load import DEFAULT_DATA_DIR

FIXTURES = Path(__file__).parent / "fixtures"
TINY = FIXTURES / "tiny"


IN_CI = os.environ.get("CI", "").lower() == "true"


@pytest.fixture(scope="session")
def neo4j_conn(neo4j_auth: dict[str, str]) -> Iterator[Any]:
    from orggraph.neo4j import connect

    conn = connect(neo4j_auth["NEO4J_URI"], neo4j_auth["NEO4J_USER"],
                   neo4j_auth["NEO4J_PASSWORD"])
    yield conn
    conn.close()


@pytest.fixture(scope="session")
def curated() -> nx.MultiDiGraph:
    """The graph of the project's curated data/ (read once per test session)."""
    return load_graph(DEFAULT_DATA_DIR)


@pytest.fixture(scope="session")
def tiny() -> nx.MultiDiGraph:
    """The graph of tests/fixtures/tiny."""
    return load_graph(TINY)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def make_data(tmp_path: Path) -> Callable[..., Path]:
    """A copy of the tiny dataset with edits: ``make_data(replace={old: new}, files={name: text})``.

    ``replace`` edits tiny.yaml (each ``old`` must occur); ``files`` adds more YAML files.
    """

    def make(replace: dict[str, str] | None = None, files: dict[str, str] | None = None) -> Path:
        target = tmp_path / "data"
        shutil.copytree(TINY, target)
        text = (target / "tiny.yaml").read_text(encoding="utf-8")
        for old, new in (replace or {}).items():
            assert old in text, f"fixture edit does not apply: {old!r}"
            text = text.replace(old, new, 1)
        (target / "tiny.yaml").write_text(text, encoding="utf-8")
        for name, body in (files or {}).items():
            (target / name).write_text(body, encoding="utf-8")
        return target

    return make


def line_of(path: Path, marker: str) -> int:
    """The 1-based line of the first line of ``path`` containing ``marker``."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if marker in line:
            return n
    raise AssertionError(f"{marker!r} not in {path}")


def make_graph(edges: list[tuple[str, str, str]], bodies: dict[str, str] | None = None,
               dated: dict[str, dict[str, str]] | None = None) -> nx.MultiDiGraph:
    """A small graph for edge cases: ``edges`` as (start, TYPE, end); nodes are posts unless
    named in ``bodies`` (id -> kind); ``dated`` gives node properties such as valid_to."""
    G = nx.MultiDiGraph()
    bodies = bodies or {}
    for u, _, v in edges:
        for n in (u, v):
            if n not in G:
                attrs = ({"label": "Body", "name": n.upper(), "kind": bodies[n]} if n in bodies
                         else {"label": "Post", "title": n.upper()})
                G.add_node(n, id=n, source="t", evidence="q", **attrs, **(dated or {}).get(n, {}))
    for u, t, v in edges:
        G.add_edge(u, v, type=t, source="t", evidence=f"{u} {t} {v}")
    return G


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's chromium driven by Playwright (never ``playwright install``).

    Skips when the browser or Playwright is missing, except under ``CI=true``, where it fails.
    """
    pw = None
    try:
        from playwright.sync_api import sync_playwright

        if not Path(CHROMIUM).exists():
            raise FileNotFoundError(f"{CHROMIUM} not found (apt-get install chromium)")
        pw = sync_playwright().start()
        launched = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    except Exception as exc:  # any failure to get a browser is reported once
        if pw is not None:
            pw.stop()
        if IN_CI:
            pytest.fail(f"no browser in CI: {exc}")
        pytest.skip(f"no browser: {exc}")
    yield launched
    launched.close()
    pw.stop()
