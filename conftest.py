"""Names every doctest in the library may use without importing them."""

import pytest

from orggraph.graph import load_graph


@pytest.fixture(autouse=True)
def _doctest_names(doctest_namespace: dict) -> None:
    doctest_namespace["load_graph"] = load_graph
