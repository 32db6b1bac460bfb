"""The question library on constructed graphs (edge cases) and on the curated data."""

from __future__ import annotations

import networkx as nx
import pytest

from orggraph.errors import UnknownNodeError
from orggraph.graph import filter_as_of, parse_as_of
from orggraph.index import clear_index, graph_index
from orggraph.queries import (
    QUESTIONS,
    chain,
    changes,
    cover_gaps,
    deputies,
    dual_accountability,
    members,
    memberships,
    path,
    query,
    questions,
    relationships,
    span_of_control,
    spans_and_layers,
)
from orggraph.queries.structure import post_layers, post_structure
from tests.conftest import make_graph
from tests.span_oracle import structure

R = "REPORTS_TO"
# a  <- b, c ; b <- d, e ; c <- e (e has two managers) ; e <- f ; g alone
DIAMOND = make_graph([("b", R, "a"), ("c", R, "a"), ("d", R, "b"), ("e", R, "b"),
                      ("e", R, "c"), ("f", R, "e"), ("g", "WORKS_WITH", "a")])


def test_span_of_control_counts_a_shared_report_once():
    r = span_of_control(DIAMOND, "a")
    assert (r["direct_span"], r["total_span"], r["layers_beneath"]) == (2, 5, 3)
    assert [x["id"] for x in r["reports"]] == ["b", "c"]


def test_span_is_empty_not_zero_for_a_post_without_reports():
    assert span_of_control(DIAMOND, "f")["direct_span"] is None


def test_spans_and_layers_on_two_lines_and_a_disconnected_post():
    out = spans_and_layers(DIAMOND)
    rows = {r["id"]: r for r in out["posts"]}
    assert set(rows) == {"a", "b", "c", "e"}  # managers only
    assert rows["e"]["layer"] == 3 and rows["e"]["lines_up"] == 2
    assert rows["a"]["total_span"] == 5 and rows["b"]["total_span"] == 3
    assert out["summary"]["layers"] == 4  # f is on layer 4; g is a top post on its own
    assert out["summary"]["span_of_one"] == ["c", "e"]
    bands = {b["band"]: b["managers"] for b in out["bands"]}
    assert bands == {"1": 2, "2-3": 2, "4-7": 0, "8-12": 0, "13-16": 0, "17+": 0}
    assert sum(b["share"] for b in out["bands"]) == pytest.approx(1.0)


def test_spans_and_layers_per_relationship_set():
    G = make_graph([("b", R, "a"), ("c", "ACCOUNTABLE_TO", "a")])
    assert spans_and_layers(G, relations="REPORTS_TO")["posts"][0]["direct_span"] == 1
    assert spans_and_layers(G)["posts"][0]["direct_span"] == 2


def test_cycles_do_not_hang_and_are_counted_once():
    G = make_graph([("a", "DEPUTISES_FOR", "b"), ("b", "DEPUTISES_FOR", "c"),
                    ("c", "DEPUTISES_FOR", "a")])
    st = post_structure(G, "DEPUTISES_FOR")
    assert {p: s.total for p, s in st.items()} == {"a": 2, "b": 2, "c": 2}
    assert all(s.layer is None for s in st.values())  # no top post
    rows = deputies(G, "a")
    assert [(r["depth"], r["id"], r["cycle"]) for r in rows] == [
        (1, "c", False), (2, "b", False), (3, "a", True)]


@pytest.mark.parametrize("seed", range(5))
def test_total_span_matches_the_naive_way_on_random_dags(seed):
    import random

    rnd = random.Random(seed)
    edges = [(f"p{i}", R, f"p{j}") for i in range(1, 80)
             for j in rnd.sample(range(i), k=min(i, rnd.choice([1, 1, 1, 2])))]
    G = make_graph(edges)
    st = post_structure(G, R)
    D = nx.DiGraph((v, u) for u, v, _ in G.edges(keys=True))
    assert all(st[p].total == len(nx.descendants(D, p)) for p in st)


def test_chain_follows_both_lines_and_marks_organisation_crossings():
    G = make_graph([("x", R, "m1"), ("x", R, "m2"), ("m1", "POST_IN", "org1"),
                    ("m2", "POST_IN", "org2"), ("x", "POST_IN", "org1"), ("m2", R, "top")],
                   bodies={"org1": "trust", "org2": "local-authority"})
    rows = chain(G, "x")
    chains = {}
    for r in rows:
        chains.setdefault(r["chain"], []).append((r["id"], r["crosses"]))
    assert sorted(chains.values()) == [[("x", False), ("m1", False)],
                                       [("x", False), ("m2", True), ("top", False)]]


def test_dual_accountability_flags_lines_into_two_organisations():
    G = make_graph([("x", R, "m1"), ("x", "ACCOUNTABLE_TO", "m2"), ("y", R, "m1"),
                    ("y", R, "m3"), ("m1", "POST_IN", "org1"), ("m2", "POST_IN", "org2"),
                    ("m3", "POST_IN", "org1")], bodies={"org1": "trust", "org2": "pct"})
    rows = {r["id"]: r for r in dual_accountability(G)}
    assert rows["x"]["cross_organisation"] and rows["x"]["organisations"] == ["org1", "org2"]
    assert not rows["y"]["cross_organisation"]


def test_deputy_absent_as_of_a_date_opens_a_gap():
    G = make_graph([("d", "DEPUTISES_FOR", "boss"), ("r", R, "boss")],
                   dated={"d": {"valid_to": "2025-03-31"}})
    assert [g["gap"] for g in cover_gaps(G) if g["id"] == "boss"] == ["single point of failure"]
    later = filter_as_of(G, parse_as_of("2025-04-01"))
    assert [g["gap"] for g in cover_gaps(later) if g["id"] == "boss"] == ["no deputy"]
    assert deputies(later, "boss") == []


def test_chair_without_deputy():
    G = make_graph([("c", "CHAIRS", "board"), ("m", "MEMBER_OF", "board")],
                   bodies={"board": "board"})
    gaps = {(g["gap"], g["id"]) for g in cover_gaps(G)}
    assert ("chair without deputy", "board") in gaps and ("no deputy", "m") in gaps


def test_members_memberships_relationships():
    G = make_graph([("c", "CHAIRS", "board"), ("m", "MEMBER_OF", "board"),
                    ("m", "WORKS_WITH", "c"), ("c", "ADVISES", "m")], bodies={"board": "board"})
    assert [(r["id"], r["relation"]) for r in members(G, "board")] == [
        ("c", "CHAIRS"), ("m", "MEMBER_OF")]
    assert [r["id"] for r in memberships(G, "m")] == ["board"]
    assert [(r["direction"], r["relation"], r["id"]) for r in relationships(G, "m")] == [
        ("out", "WORKS_WITH", "c"), ("in", "ADVISES", "c")]


def test_path_over_chosen_types_and_no_path():
    rows = path(DIAMOND, "d", "c")  # two shortest paths: through a, and through e
    assert [(r["path"], r["from_id"], r["type"], r["to_id"]) for r in rows] == [
        (1, "d", R, "b"), (1, "b", R, "a"), (1, "c", R, "a"),
        (2, "d", R, "b"), (2, "e", R, "b"), (2, "e", R, "c")]
    with pytest.raises(Exception, match="no path"):
        path(DIAMOND, "g", "f", relations="REPORTS_TO")


def test_changes_between_dates():
    G = make_graph([("old", "MERGES_INTO", "new")], bodies={"old": "trust", "new": "trust"},
                   dated={"old": {"valid_to": "2026-03-31"}, "new": {"valid_from": "2026-04-01"}})
    assert [(r["event"], r["id"], r["date"]) for r in changes(G, "2026-01-01", "2026-06-01")] == [
        ("lost", "old", "2026-03-31"), ("gained", "new", "2026-04-01")]
    assert changes(G, "2026-04-02", "2026-06-01") == []
    assert [(r["date"], r["event"]) for r in changes(G)] == [
        ("2026-03-31", "ends"), ("2026-04-01", "starts")]


def test_unknown_id_raises():
    with pytest.raises(UnknownNodeError):
        query(DIAMOND, "span-of-control", ["zz"])


def _random_hierarchy(seed: int, cycle: bool = False) -> nx.MultiDiGraph:
    import random

    rnd = random.Random(seed)
    edges = [(f"p{i}", rnd.choice([R, "ACCOUNTABLE_TO"]), f"p{j}") for i in range(1, 120)
             for j in rnd.sample(range(i), k=min(i, rnd.choice([0, 1, 1, 1, 1, 2, 3])))]
    if cycle:  # p2 -> p90 -> p5 -> p2
        edges += [("p2", R, "p90"), ("p90", R, "p5"), ("p5", R, "p2")]
    return make_graph(edges)


def _engine_matches_the_oracle(G: nx.MultiDiGraph, rels: tuple[str, ...],
                               within: set[str] | None = None) -> None:
    got = post_structure(G, rels, within)
    expected = structure(G, rels, within)
    assert set(got) == set(expected)
    for p, s in expected.items():
        g = got[p]
        assert (g.direct, g.total, g.layer, g.lines_up, g.height) == (
            s.direct, s.total, s.layer, s.lines_up, s.height), p
    assert post_layers(G, rels, within) == {p: s.layer for p, s in expected.items()}


@pytest.mark.parametrize("seed", range(8))
def test_the_span_engine_matches_the_oracle(seed):
    G = _random_hierarchy(seed)
    _engine_matches_the_oracle(G, ("ACCOUNTABLE_TO", "REPORTS_TO", "RESPONSIBLE_TO"))
    _engine_matches_the_oracle(G, (R,), {f"p{i}" for i in range(0, 120, 3)})


@pytest.mark.parametrize("seed", range(4))
def test_the_span_engine_matches_the_oracle_on_a_cycle(seed):
    G = _random_hierarchy(seed, cycle=True)
    _engine_matches_the_oracle(G, (R,))
    _engine_matches_the_oracle(G, (R,), {f"p{i}" for i in range(0, 120, 2)})
    out = spans_and_layers(G, relations=R)
    rows = {r["id"]: r for r in out["posts"]}
    st = structure(G, (R,))
    assert {p: (r["total_span"], r["layer"]) for p, r in rows.items()} == {
        p: (s.total, s.layer) for p, s in st.items() if s.direct}


def test_the_cached_index_follows_changes_to_the_graph():
    G = make_graph([("b", R, "a")])
    assert spans_and_layers(G)["summary"]["managers"] == 1
    G.add_edge("c", "b", R, type=R)
    G.nodes["c"]["label"] = "Post"
    assert spans_and_layers(G)["posts"][0]["total_span"] == 2  # rebuilt: a node was added
    G.edges["c", "b", R]["type"] = "WORKS_WITH"  # in place: the index sees it too
    assert spans_and_layers(G)["posts"][0]["total_span"] == 1
    assert [g["id"] for g in cover_gaps(G) if g["gap"] == "no deputy"] == ["a"]
    G.nodes["a"]["title"] = "Renamed"  # a name changed in place
    assert spans_and_layers(G)["posts"][0]["name"] == "Renamed"


@pytest.mark.parametrize("made", ["built", "copied", "deep-copied"])
def test_retyping_the_accountability_lines_in_place_is_never_answered_stale(curated, made):
    import copy

    from orggraph.graph import load_graph

    # built: watched attribute dicts; copied: checked before each use
    G = {"built": load_graph, "copied": curated.copy,
         "deep-copied": lambda: copy.deepcopy(load_graph())}[made]()
    assert spans_and_layers(G)["summary"]["managers"] > 0  # the index is cached now
    for _, _, a in G.edges(data=True):
        if a["type"] in ("ACCOUNTABLE_TO", "REPORTS_TO", "RESPONSIBLE_TO"):
            a["type"] = "WORKS_WITH"
    out = spans_and_layers(G)
    assert out == spans_and_layers(G.copy())
    assert out["summary"]["managers"] == 0
    for p, a in G.nodes(data=True):
        if a["label"] == "Post":
            assert span_of_control(G, p)["direct_span"] is None, p


def test_a_view_is_never_answered_from_a_cache():
    G = make_graph([("b", R, "a"), ("c", R, "a")])
    view = G.subgraph(["a", "b", "c"])
    assert spans_and_layers(view)["posts"][0]["direct_span"] == 2
    G.remove_edge("c", "a")  # the graph under the view changes
    assert spans_and_layers(view)["posts"][0]["direct_span"] == 1


def test_the_question_list_gives_each_question_a_one_line_summary():
    rows = questions()
    assert [r["name"] for r in rows] == list(QUESTIONS)
    for row in rows:
        summary = row["answers"]
        assert summary.endswith(".") and "\n" not in summary and "``" not in summary, row
    assert next(r for r in rows if r["name"] == "cover-gaps")["answers"] == \
        "Where cover is missing."


@pytest.mark.parametrize(("data", "as_of"), [("curated", None), ("curated", "2026-04-01"),
                                             ("generated", None), ("generated", "2020")])
def test_the_index_seeded_by_build_graph_is_the_one_built_from_the_graph(data, as_of,
                                                                         tmp_path):
    from orggraph.generate import generate
    from orggraph.graph import load_graph

    directory = None if data == "curated" else generate(400, seed=5, directory=tmp_path)
    G = load_graph(*(() if directory is None else (directory,)), as_of=as_of)
    seeded = graph_index(G)
    clear_index(G)
    built = graph_index(G)
    assert built is not seeded
    assert (seeded.ids, seeded.names) == (built.ids, built.names)
    assert seeded.is_post.tolist() == built.is_post.tolist()
    edges = sorted(zip(seeded.start.tolist(), seeded.end.tolist(), seeded.type.tolist(),
                       strict=True))
    assert edges == sorted(zip(built.start.tolist(), built.end.tolist(),
                               built.type.tolist(), strict=True))
    assert len(edges) == G.number_of_edges()
