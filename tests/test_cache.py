"""The validated cache of a data directory (orggraph/cache.py)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from orggraph import cache
from orggraph.cli import main
from orggraph.errors import DataError, OrggraphError
from orggraph.generate import generate
from orggraph.graph import build_graph, load_graph, open_graph
from orggraph.index import LazyGraph, graph_index, hierarchy_index, index_section
from orggraph.load import DEFAULT_DATA_DIR, read_data
from orggraph.model import ACCOUNTABILITY_TYPES
from orggraph.queries import query, span_of_control, spans_and_layers


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the curated data, every size cached, the cache under tmp_path."""
    shutil.copytree(DEFAULT_DATA_DIR, tmp_path / "data")
    monkeypatch.setenv("ORGGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "MIN_BYTES", 0)
    return tmp_path / "data"


class Builds:
    """A build function that counts its calls."""

    def __init__(self, directory: Path) -> None:
        self.directory, self.calls = directory, 0

    def __call__(self) -> nx.MultiDiGraph:
        self.calls += 1
        return build_graph(read_data(self.directory), release=True)


def _same(G: nx.MultiDiGraph, H: nx.MultiDiGraph) -> None:
    assert dict(G.nodes(data=True)) == dict(H.nodes(data=True))
    assert sorted(G.edges(keys=True, data="type")) == sorted(H.edges(keys=True, data="type"))
    assert list(G.edges(keys=True, data=True)) == list(H.edges(keys=True, data=True))
    assert G.graph["sources"] == H.graph["sources"]


def test_an_unchanged_directory_comes_from_the_cache(data: Path) -> None:
    build = Builds(data)
    first = cache.cached_graph(data, build)
    second = cache.cached_graph(data, build)
    assert build.calls == 1 and cache.cache_path(data).is_file()
    _same(first, second)
    _same(second, load_graph(data))
    assert spans_and_layers(second) == spans_and_layers(load_graph(data))


@pytest.mark.parametrize("change", ["edit", "source", "add", "remove", "rename"])
def test_any_change_to_any_file_is_a_new_key(data: Path, change: str) -> None:
    build = Builds(data)
    cache.cached_graph(data, build)
    yaml_file = sorted(data.glob("*.yaml"))[0]
    source = sorted((data / "sources").iterdir())[0]
    if change == "edit":
        yaml_file.write_text(yaml_file.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    elif change == "source":
        source.write_bytes(source.read_bytes() + b" ")
    elif change == "add":
        (data / "sources" / "new.txt").write_text("new", encoding="utf-8")
    elif change == "remove":
        (data / "sources" / "unused.txt").write_text("x", encoding="utf-8")
        cache.cached_graph(data, build)
        (data / "sources" / "unused.txt").unlink()
    else:
        yaml_file.rename(yaml_file.with_name("zz-" + yaml_file.name))
    calls = build.calls
    cache.cached_graph(data, build)
    assert build.calls == calls + 1


def test_a_cache_file_that_does_not_match_is_never_trusted(data: Path) -> None:
    build = Builds(data)
    G = cache.cached_graph(data, build)
    path = cache.cache_path(data)
    good = path.read_bytes()
    key = cache.directory_key(data).encode()
    assert good.startswith(cache._MAGIC + key + b"\n")
    for bad in (good.replace(key, b"0" * len(key)),  # another directory state
                good[: len(good) // 2],  # cut short
                good[: len(cache._MAGIC) + len(key) + 1] + b"not a pickle",
                b""):
        path.write_bytes(bad)
        before = build.calls
        _same(cache.cached_graph(data, build), G)
        assert build.calls == before + 1
        assert path.read_bytes() == good  # written again, whole


def test_writing_the_cache_is_atomic(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("orggraph.output.os.replace", fail)
    G = cache.cached_graph(data, Builds(data))  # the command still gets its graph
    assert G.number_of_nodes() > 0
    assert not cache.cache_path(data).exists()
    assert list(cache.cache_path(data).parent.iterdir()) == []  # no temporary file left


def test_a_small_directory_and_a_directory_with_errors_are_not_cached(
        data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "MIN_BYTES", 10**12)
    load_graph(data, cache=True)
    assert not cache.cache_path(data).exists()
    monkeypatch.setattr(cache, "MIN_BYTES", 0)
    (data / "broken.yaml").write_text("source: {id: x}\nposts: [1]\n", encoding="utf-8")
    with pytest.raises(DataError):
        load_graph(data, cache=True)
    assert not cache.cache_path(data).exists()


def test_as_of_on_a_cached_graph_is_as_without(data: Path) -> None:
    load_graph(data, cache=True)
    for when in ("2026-03-31", "2026-04-01"):
        _same(load_graph(data, when, cache=True), load_graph(data, when))


def test_the_cli_uses_the_cache_unless_no_cache(data: Path, runner: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = cache.cache_path(data)
    fresh = runner.invoke(main, ["find", "Medical", "--data", str(data), "--no-cache"])
    counted = runner.invoke(main, ["summary", "--data", str(data), "--no-cache"])
    assert fresh.exit_code == counted.exit_code == 0 and not path.exists()
    summary = runner.invoke(main, ["summary", "--data", str(data)])  # its counts, no graph
    assert summary.exit_code == 0 and summary.output == counted.output and path.is_file()
    assert cache.cached_head(data) is not None
    first = runner.invoke(main, ["find", "Medical", "--data", str(data)])  # adds the graph
    assert first.exit_code == 0 and path.is_file()
    stamp = path.stat().st_mtime_ns

    def no_reading(*_: Any) -> None:
        raise AssertionError("the data was read again")

    monkeypatch.setattr("orggraph.graph.read_data", no_reading)
    monkeypatch.setattr("orggraph.load.read_data", no_reading)
    again = runner.invoke(main, ["find", "Medical", "--data", str(data)])
    assert again.exit_code == 0 and again.output == first.output == fresh.output
    assert path.stat().st_mtime_ns == stamp
    cached = runner.invoke(main, ["summary", "--data", str(data)])  # the cache's head
    assert cached.exit_code == 0 and cached.output == summary.output
    for argv in (["summary"], ["query", "spans-and-layers"],
                 ["export", "json", "-o", str(data.parent / "g.json")]):
        assert runner.invoke(main, [*argv, "--data", str(data)]).exit_code == 0, argv
    assert runner.invoke(main, ["summary", "--data", str(data), "--no-cache"]).exit_code == 1


def test_the_cache_lives_where_the_environment_says(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    monkeypatch.delenv("ORGGRAPH_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "orggraph"
    monkeypatch.setenv("ORGGRAPH_CACHE_DIR", str(tmp_path / "c"))
    assert cache.cache_path("data").parent == tmp_path / "c"
    assert cache.cache_path("data") == cache.cache_path(os.path.abspath("data"))


def _exactly(G: nx.MultiDiGraph, H: nx.MultiDiGraph) -> None:
    """Equal in every node, edge, key and attribute, in the same order, with attribute
    dicts of the same types, and the same index."""
    assert list(G.nodes(data=True)) == list(H.nodes(data=True))
    assert list(G.edges(keys=True, data=True)) == list(H.edges(keys=True, data=True))
    assert list(G.in_edges(keys=True)) == list(H.in_edges(keys=True))
    assert [type(a) for _, a in G.nodes(data=True)] == [type(a) for _, a in H.nodes(data=True)]
    assert {type(a) for *_, a in G.edges(data=True)} == {type(a) for *_, a in H.edges(data=True)}
    assert G.graph == H.graph
    ix, jx = graph_index(G), graph_index(H)
    assert ix.ids == jx.ids and ix.names == jx.names
    for name in ("is_post", "start", "end", "type"):
        assert getattr(ix, name).tolist() == getattr(jx, name).tolist(), name
    rels = tuple(sorted(ACCOUNTABILITY_TYPES))
    for name in ("posts", "up_ptr", "up", "down_ptr", "down"):
        assert getattr(hierarchy_index(G, rels), name).tolist() == \
            getattr(hierarchy_index(H, rels), name).tolist(), name


def test_a_cached_generated_graph_is_exactly_the_cold_one(tmp_path: Path) -> None:
    data = generate(3000, 5, tmp_path / "data")
    cold = load_graph(data)
    build = Builds(data)
    cache.cached_graph(data, build, min_bytes=0, where=tmp_path / "cache")
    cached = cache.cached_graph(data, build, min_bytes=0, where=tmp_path / "cache")
    assert build.calls == 1
    _exactly(cached, cold)
    assert spans_and_layers(cached) == spans_and_layers(cold)
    post = graph_index(cold).ids[int(graph_index(cold).post_numbers()[0])]
    assert span_of_control(cached, post) == span_of_control(cold, post)


def test_a_cached_graph_forgets_its_index_when_changed_in_place(data: Path) -> None:
    load_graph(data, cache=True)
    G = load_graph(data, cache=True)  # from the cache
    ix = graph_index(G)
    u, v, k = next((u, v, k) for u, v, k, t in G.edges(keys=True, data="type")
                   if t == "REPORTS_TO")
    G.edges[u, v, k]["type"] = "WORKS_WITH"
    assert graph_index(G) is not ix
    G.nodes[u]["label"] = "Body"
    assert not graph_index(G).is_post[graph_index(G).ids.index(u)]


#: The questions the index answers alone (no body, no as-of), with their arguments.
_FROM_THE_INDEX = (("spans-and-layers", ()), ("cover-gaps", ()),
                   ("spans-and-layers", (), {"relations": "REPORTS_TO"}))


def _lazily(data: Path) -> LazyGraph:
    """The graph of ``data`` as a question gets it from the cache, whose graph is not
    read unless asked for (it was written before)."""
    G = open_graph(data)
    assert isinstance(G, LazyGraph) and not G.is_loaded()
    return G


def _answers_as_the_graph(data: Path, posts: list[str]) -> None:
    """Every question the index answers alone, on the cache's section, equals the same
    question on the graph read afresh, and the graph is not read for it."""
    cold = load_graph(data)
    G = _lazily(data)
    for post in posts:
        assert query(G, "span-of-control", [post]) == query(cold, "span-of-control", [post])
    for name, args, *options in _FROM_THE_INDEX:
        kw = options[0] if options else {}
        assert query(G, name, args, **kw) == query(cold, name, args, **kw), name
    assert not G.is_loaded()
    body = next(n for n, a in cold.nodes(data=True) if a["label"] == "Body")
    assert query(G, "spans-and-layers", body=body) == query(cold, "spans-and-layers", body=body)
    assert G.is_loaded()  # a body's posts need the graph: read, and the same answer
    assert query(G, "chain", [posts[0]]) == query(cold, "chain", [posts[0]])
    assert nx.descendants(G, posts[0]) == nx.descendants(cold, posts[0])  # NetworkX's own
    assert list(G) == list(cold) and G.number_of_edges() == cold.number_of_edges()


def test_questions_answered_from_the_cached_index_equal_the_graphs(data: Path) -> None:
    load_graph(data, cache=True)  # writes the cache
    cold = load_graph(data)
    posts = [n for n, a in cold.nodes(data=True) if a["label"] == "Post"]
    _answers_as_the_graph(data, posts)
    with pytest.raises(OrggraphError, match="is not a post"):
        query(_lazily(data), "span-of-control", ["nw-icb"])
    for when in ("2026-03-31", "2026-04-01"):  # as of a date: the graph, filtered
        G = open_graph(data, when)
        assert not isinstance(G, LazyGraph)
        assert query(G, "spans-and-layers") == query(load_graph(data, when),
                                                     "spans-and-layers")


def test_questions_answered_from_a_generated_organisations_cache_equal_the_graphs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORGGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "MIN_BYTES", 0)
    data = generate(3000, 5, tmp_path / "data")
    open_graph(data)  # writes the cache
    ix = graph_index(load_graph(data))
    posts = [ix.ids[p] for p in ix.post_numbers().tolist()]
    _answers_as_the_graph(data, posts[::7])
    G = _lazily(data)
    _exactly(G.loaded(), load_graph(data))
    assert graph_index(G) is graph_index(G.loaded())  # the section's index, kept


def test_a_question_on_a_changed_directory_never_answers_from_the_cache(data: Path) -> None:
    open_graph(data)
    post = "nw-icb-executive-medical-director"
    before = query(_lazily(data), "span-of-control", [post])
    name = before["reports"][0]["name"]
    yaml_file = next(p for p in sorted(data.glob("*.yaml"))
                     if f"title: {name}\n" in p.read_text(encoding="utf-8"))
    text = yaml_file.read_text(encoding="utf-8")
    yaml_file.write_text(text.replace(f"title: {name}\n", "title: Renamed post\n", 1),
                         encoding="utf-8")
    G = open_graph(data)  # a new key: built afresh, never the stale section
    assert not isinstance(G, LazyGraph)
    after = query(G, "span-of-control", [post])
    assert after["reports"][0]["name"] == "Renamed post" and after != before
    assert query(_lazily(data), "span-of-control", [post]) == after
    assert isinstance(open_graph(data), LazyGraph)  # and cached again


def test_a_cache_file_broken_after_its_section_gives_the_graph_built_afresh(
        data: Path) -> None:
    build = Builds(data)
    G = cache.cached_graph(data, build, section=index_section)
    path = cache.cache_path(data)
    good = path.read_bytes()
    path.write_bytes(good[: len(good) - len(good) // 4])  # the graph cut short
    lazy = cache.cached_graph(data, build, section=index_section, lazy=LazyGraph)
    assert isinstance(lazy, LazyGraph) and build.calls == 1
    _same(lazy.loaded(), G)  # the graph does not read: built again
    assert build.calls == 2 and path.read_bytes() == good


def test_the_cli_answers_a_question_from_the_cached_index(
        data: Path, runner: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    post = "nw-icb-executive-medical-director"
    argv = ["query", "span-of-control", post, "--data", str(data), "--format", "json"]
    fresh = runner.invoke(main, [*argv, "--no-cache"])
    first = runner.invoke(main, argv)  # writes the cache
    assert fresh.exit_code == first.exit_code == 0 and fresh.output == first.output

    def no_graph(*_: Any) -> None:
        raise AssertionError("the graph was read")

    monkeypatch.setattr(cache._Stored, "graph", no_graph)
    monkeypatch.setattr("orggraph.graph.read_data", no_graph)
    again = runner.invoke(main, argv)
    assert again.exit_code == 0 and again.output == fresh.output
    chain = runner.invoke(main, ["query", "chain", post, "--data", str(data)])
    assert isinstance(chain.exception, AssertionError)  # a chain needs the graph
