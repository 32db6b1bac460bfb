"""The integer index standing for its graph (orggraph/index.py: LazyGraph)."""

from __future__ import annotations

import networkx as nx
import pytest

from orggraph.graph import load_graph
from orggraph.index import LazyGraph, graph_index, hierarchy_index, index_section
from orggraph.model import ACCOUNTABILITY_TYPES
from orggraph.queries import query


class Loads:
    """A graph's loader that counts its calls."""

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self.G, self.calls = G, 0

    def __call__(self) -> nx.MultiDiGraph:
        self.calls += 1
        return self.G


@pytest.fixture
def lazy() -> tuple[LazyGraph, Loads]:
    G = load_graph()
    load = Loads(G)
    return LazyGraph(index_section(G), load), load


def test_the_index_answers_without_the_graph(lazy: tuple[LazyGraph, Loads]) -> None:
    G, load = lazy
    rels = tuple(sorted(ACCOUNTABILITY_TYPES))
    assert len(G) == len(load.G) and "nw-icb" in G and "nw-ic" not in G
    assert graph_index(G) is graph_index(load.G)
    assert hierarchy_index(G, rels) is hierarchy_index(load.G, rels)
    assert not nx.is_frozen(G)
    assert query(G, "span-of-control", ["nw-icb-executive-medical-director"])["reports"]
    assert load.calls == 0 and not G.is_loaded()
    assert 3 not in G and load.calls == 1  # not an id of the index: the graph's answer


def test_anything_else_reads_the_graph_once(lazy: tuple[LazyGraph, Loads]) -> None:
    G, load = lazy
    assert G.nodes["nw-icb"]["label"] == "Body" and G.is_loaded()
    assert list(G) == list(load.G) and G["nw-icb"] == load.G["nw-icb"]
    assert str(G) == str(load.G) and G.number_of_edges() == load.G.number_of_edges()
    assert query(G, "span-of-control", ["Executive Medical Director"]) == query(
        load.G, "span-of-control", ["Executive Medical Director"])  # a name: the graph's
    assert load.calls == 1


def test_a_change_through_it_forgets_the_index(lazy: tuple[LazyGraph, Loads]) -> None:
    G, _ = lazy
    ix = graph_index(G)
    G.nodes["nw-icb-executive-medical-director"]["label"] = "Body"  # in place, watched
    assert graph_index(G) is not ix
    assert not graph_index(G).is_post[graph_index(G).ids.index(
        "nw-icb-executive-medical-director")]
    G.add_node("a-new-post", label="Post")
    assert "a-new-post" in G and len(G) == len(ix.ids) + 1
