"""The NetworkX graph: properties, as-of filtering, resolving names."""

from __future__ import annotations

import copy
import datetime as dt
import pickle
from pathlib import Path

import networkx as nx
import pytest

from orggraph.errors import AmbiguousNameError, OrggraphError, UnknownNodeError
from orggraph.graph import build_graph, filter_as_of, load_graph, parse_as_of, resolve_node
from orggraph.load import Dataset, read_data
from orggraph.model import Post, Relationship
from tests.conftest import TINY


def test_every_property_is_on_nodes_and_edges(tiny):
    assert tiny.nodes["example-trust"]["valid_to"] == "2026-03-31"
    assert tiny.nodes["director-of-care"]["aliases"] == ["DoC"]
    (edge,) = [d for _, v, d in tiny.out_edges("director-of-care", data=True)
               if d["type"] == "MEMBER_OF"]
    assert edge["role"] == "voting member" and edge["source"] == "tiny"
    assert edge["evidence"] == "The Director of Care is a voting member of the Trust Board."


@pytest.mark.parametrize(("day", "trusts"), [
    ("2019-12-31", {"new-trust"} - {"new-trust"}),
    ("2020-04-01", {"example-trust"}),
    ("2026-03-31", {"example-trust"}),
    ("2026-04-01", {"new-trust"}),
])
def test_as_of_around_formation_and_merger(tiny, day, trusts):
    H = filter_as_of(tiny, parse_as_of(day))
    assert {n for n, a in H.nodes(data=True) if a.get("kind") == "trust"} == trusts
    assert H.has_edge("example-trust", "new-trust") is False  # never both valid


def test_as_of_drops_edges_whose_end_is_gone(tiny):
    H = load_graph(TINY, as_of="2026-04-01")
    assert not H.has_node("example-trust")
    assert not any(d["type"] == "PART_OF" for _, _, d in H.edges(data=True))
    assert H.graph["as_of"] == "2026-04-01"


def test_partial_as_of_means_first_day():
    assert parse_as_of("2026") == dt.date(2026, 1, 1)
    with pytest.raises(OrggraphError, match="not an ISO date"):
        parse_as_of("next tuesday")


@pytest.mark.parametrize(("text", "expected"), [
    ("director-of-care", "director-of-care"),
    ("DIRECTOR OF CARE", "director-of-care"),
    ("doc", "director-of-care"),
    ("ECT", "example-trust"),
    ("Patient Safety", "patient-safety-team"),
])
def test_resolve_by_id_name_alias_abbreviation(tiny, text, expected):
    assert resolve_node(tiny, text) == expected


def test_ambiguous_and_unknown_names(tiny):
    with pytest.raises(AmbiguousNameError) as info:
        resolve_node(tiny, "director")
    assert {c for c, _ in info.value.candidates} >= {"director-of-care", "care-directorate"}
    with pytest.raises(UnknownNodeError):
        resolve_node(tiny, "Chief Nurse")


def _plain_build(dataset: Dataset) -> nx.MultiDiGraph:
    """The graph of ``dataset`` built with NetworkX's own add_node/add_edge."""
    G = nx.MultiDiGraph()
    for node in dataset.nodes.values():
        G.add_node(node.id, **node.properties())
    for rel in dataset.relationships:
        key, n = rel.type, 1
        while G.has_edge(rel.start, rel.end, key):
            n += 1
            key = f"{rel.type}-{n}"
        G.add_edge(rel.start, rel.end, key, **rel.properties())
    return G


def _twice_linked() -> Dataset:
    """Two posts with two REPORTS_TO lines and an ACCOUNTABLE_TO line between them."""
    posts = [Post(id=i, title=i.upper(), source="s", evidence=f"{i} exists") for i in "ab"]
    rels = [Relationship(type=t, start="a", end="b", source="s", evidence=f"line {n}", role=r)
            for n, (t, r) in enumerate([("REPORTS_TO", None), ("ACCOUNTABLE_TO", "lead"),
                                        ("REPORTS_TO", None)])]
    return Dataset(Path("."), nodes={p.id: p for p in posts}, relationships=rels)


@pytest.mark.parametrize("make", [lambda: read_data(), lambda: read_data(TINY), _twice_linked],
                         ids=["curated", "tiny", "twice-linked"])
@pytest.mark.parametrize("release", [False, True])
def test_build_matches_networkx_add_edge(make, release):
    expected = _plain_build(make())
    dataset = make()
    G = build_graph(dataset, release=release)
    assert list(G.nodes(data=True)) == list(expected.nodes(data=True))
    assert list(G.edges(keys=True, data=True)) == list(expected.edges(keys=True, data=True))
    assert list(G.in_edges(keys=True)) == list(expected.in_edges(keys=True))
    assert (not dataset.nodes and not dataset.relationships) is release


def test_attribute_dicts_are_independent_dicts():
    G = build_graph(_twice_linked())
    G.edges["a", "b", "REPORTS_TO"]["role"] = "changed"
    G.nodes["a"]["title"] = "Changed"
    assert G.edges["a", "b", "REPORTS_TO-2"].get("role") is None
    assert G.edges["a", "b", "ACCOUNTABLE_TO"]["role"] == "lead"
    assert G.nodes["b"]["title"] == "B"
    # dicts (of a subclass that tells the graph's index of a change: see orggraph.index)
    assert all(isinstance(d, dict) for *_, d in G.edges(keys=True, data=True))
    assert all(isinstance(d, dict) for _, d in G.nodes(data=True))
    assert G.succ["a"]["b"] == G.pred["b"]["a"]
    copied = copy.deepcopy(G)
    assert nx.utils.graphs_equal(copied, G) and nx.utils.graphs_equal(G.copy(), G)
    assert nx.utils.graphs_equal(pickle.loads(pickle.dumps(G)), G)  # noqa: S301 (our own)
    G.remove_edge("a", "b", "REPORTS_TO")
    G.add_edge("a", "b", 7, type="SUPPORTS")
    assert sorted(map(str, G.adj["a"]["b"])) == ["7", "ACCOUNTABLE_TO", "REPORTS_TO-2"]
    assert list(G.subgraph(["a", "b"]).edges(keys=True)) == list(G.edges(keys=True))


# --- the one module writing NetworkX's adjacency dicts ------------------------------------


def test_the_installed_networkx_is_one_the_adapter_supports():
    from orggraph._nxadapter import SUPPORTED

    version = tuple(int(x) for x in nx.__version__.split(".")[:2])
    assert SUPPORTED[0] <= version <= SUPPORTED[1], (
        f"networkx {nx.__version__}: check orggraph/_nxadapter.py against its add_node and "
        "add_edge, then widen SUPPORTED")


@pytest.mark.parametrize("watched", [True, False])
def test_the_adapter_builds_what_the_public_api_builds(watched):
    from orggraph._nxadapter import add_edges, add_nodes
    from orggraph.index import watched_graph

    nodes = [("a", {"label": "Post", "title": "A"}), ("b", {"label": "Post", "title": "B"})]
    edges = [("a", "b", "REPORTS_TO", {"type": "REPORTS_TO", "source": "s"}),
             ("a", "b", "REPORTS_TO", {"type": "REPORTS_TO", "role": "r"}),
             ("b", "c", "MEMBER_OF", {"type": "MEMBER_OF"})]
    G = watched_graph() if watched else nx.MultiDiGraph()
    add_nodes(G, nodes)
    starts, ends, attrs = add_edges(G, edges)
    H = nx.MultiDiGraph()
    H.add_nodes_from(nodes)
    H.add_edge("a", "b", "REPORTS_TO", **edges[0][3])
    H.add_edge("a", "b", "REPORTS_TO-2", **edges[1][3])
    H.add_edge("b", "c", "MEMBER_OF", **edges[2][3])
    assert nx.utils.graphs_equal(G, H)
    assert list(G.edges(keys=True, data=True)) == list(H.edges(keys=True, data=True))
    assert list(G.pred["b"]["a"]) == ["REPORTS_TO", "REPORTS_TO-2"]
    assert G.succ["a"]["b"] == G.pred["b"]["a"] and G.in_degree("c") == 1
    assert (starts, ends) == (["a", "a", "b"], ["b", "b", "c"])
    assert all(x is G.edges[e] for x, e in zip(attrs, G.edges(keys=True), strict=True))
    assert all(type(d) is type(G.node_attr_dict_factory()) for _, d in G.nodes(data=True))
    assert attrs[0] is not edges[0][3]  # the graph's own dicts, not the caller's
