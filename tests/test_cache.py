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
from orggraph.errors import DataError
from orggraph.generate import generate
from orggraph.graph import build_graph, load_graph
from orggraph.index import graph_index, hierarchy_index
from orggraph.load import DEFAULT_DATA_DIR, read_data
from orggraph.model import ACCOUNTABILITY_TYPES
from orggraph.queries import span_of_control, spans_and_layers


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
    summary = runner.invoke(main, ["summary", "--data", str(data)])  # counts, no graph
    assert fresh.exit_code == summary.exit_code == 0 and not path.exists()
    first = runner.invoke(main, ["find", "Medical", "--data", str(data)])
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
