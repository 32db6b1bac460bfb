"""Fixtures for every test and doctest: the names doctests use, the Neo4j server.

Doctests that call ``connect()`` run against the session's Neo4j server,
whose settings they read from the environment as a user's code would.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from orggraph.graph import load_graph

IN_CI = os.environ.get("CI", "").lower() == "true"


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
