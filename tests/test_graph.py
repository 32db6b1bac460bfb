"""The NetworkX graph: properties, as-of filtering, resolving names."""

from __future__ import annotations

import datetime as dt

import pytest

from orggraph.errors import AmbiguousNameError, OrggraphError, UnknownNodeError
from orggraph.graph import filter_as_of, load_graph, parse_as_of, resolve_node
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
