"""Fixtures for every test and doctest, the markers derived from them, Hypothesis profiles.

Doctests that call ``connect()`` run against the session's Neo4j server,
whose settings they read from the environment as a user's code would.

Markers (registered in pyproject.toml) are applied here from what a test uses, so a
new test is marked without anyone remembering to: ``neo4j`` for a test that needs the
Neo4j server (the ``neo4j_auth``/``neo4j_conn`` fixtures, or a doctest that connects),
``browser`` for one that needs Chromium (the ``browser`` fixture), ``fuzz`` for a
Hypothesis test. ``slow`` is set by hand on tests that take more than a few seconds.
The fast loop: ``pytest -m "not slow and not fuzz and not neo4j and not browser"``.

Hypothesis profiles, chosen by ``HYPOTHESIS_PROFILE`` (``scripts/test.sh`` and
``CI=true`` choose ``ci`` unless it is set):

- ``ci``: derandomised (the same examples on every run, so a CI failure reproduces
  anywhere) and few examples, reported as found (no shrinking);
- ``dev``: random examples, more of them (the default of a plain ``pytest``);
- ``thorough``: many random examples, for exploring.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings

from orggraph.graph import load_graph

IN_CI = os.environ.get("CI", "").lower() == "true"

_FUZZ: dict[str, Any] = {"deadline": None, "suppress_health_check": [
    HealthCheck.too_slow, HealthCheck.data_too_large]}
settings.register_profile("ci", max_examples=10, derandomize=True, database=None,
                          phases=[Phase.explicit, Phase.generate], **_FUZZ)
settings.register_profile("dev", max_examples=40, **_FUZZ)
settings.register_profile("thorough", max_examples=500, **_FUZZ)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if IN_CI else "dev"))



def pytest_configure(config: pytest.Config) -> None:
    """The validated cache (``orggraph.cache``) of every command the tests run, in this
    process or a child, goes to a directory of the session's, not the user's cache;
    a test that wants its own sets ``ORGGRAPH_CACHE_DIR`` itself."""
    if "ORGGRAPH_CACHE_DIR" not in os.environ:
        import tempfile

        os.environ["ORGGRAPH_CACHE_DIR"] = _SESSION_CACHE[0] = tempfile.mkdtemp(
            prefix="orggraph-test-cache-")


def pytest_unconfigure(config: pytest.Config) -> None:
    if _SESSION_CACHE[0]:
        import shutil

        shutil.rmtree(_SESSION_CACHE[0], ignore_errors=True)
        os.environ.pop("ORGGRAPH_CACHE_DIR", None)


#: The cache directory this session made (emptied and removed at its end).
_SESSION_CACHE: list[str] = [""]


#: Fixtures that mean a test needs a server or a browser.
_NEEDS = {"neo4j_auth": "neo4j", "neo4j_conn": "neo4j", "browser": "browser"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test by what it uses (see the module's docstring)."""
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        for fixture, marker in _NEEDS.items():
            if fixture in names:
                item.add_marker(marker)
        function = getattr(item, "function", None)
        if getattr(function, "is_hypothesis_test", False):
            item.add_marker("fuzz")
        test = getattr(item, "dtest", None)
        if test is not None and any("connect(" in ex.source for ex in test.examples):
            item.add_marker("neo4j")


@pytest.fixture(scope="session")
def neo4j_auth() -> Iterator[dict[str, str]]:
    """URI, user and password of NEO4J_URI, or of a local server started for the session."""
    server = None
    try:
        if os.environ.get("NEO4J_URI"):
            auth = {"NEO4J_URI": os.environ["NEO4J_URI"],
                    "NEO4J_USER": os.environ.get("NEO4J_USER", "neo4j"),
                    "NEO4J_PASSWORD": os.environ.get("NEO4J_PASSWORD", "")}
        else:
            from orggraph.neo4j.server import start_local_server

            server = start_local_server()
            auth = {"NEO4J_URI": server.uri, "NEO4J_USER": server.user,
                    "NEO4J_PASSWORD": server.password}
    except Exception as exc:  # any failure to get a server is reported once
        if IN_CI:
            pytest.fail(f"no Neo4j server in CI: {exc}")
        pytest.skip(f"no Neo4j server: {exc}")
    yield auth
    if server is not None:
        server.stop()


@pytest.fixture(autouse=True)
def _doctest_names(request: pytest.FixtureRequest, doctest_namespace: dict,
                   monkeypatch: pytest.MonkeyPatch) -> None:
    doctest_namespace["load_graph"] = load_graph
    test = getattr(request.node, "dtest", None)  # a doctest's examples
    if test is not None and any("connect(" in example.source for example in test.examples):
        for key, value in request.getfixturevalue("neo4j_auth").items():
            monkeypatch.setenv(key, value)
