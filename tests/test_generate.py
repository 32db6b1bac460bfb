"""The synthetic organisation: deterministic, valid, a realistic mix, written safely."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest

from orggraph.errors import OrggraphError
from orggraph.generate import generate
from orggraph.graph import load_graph
from orggraph.load import validate
from orggraph.model import ACCOUNTABILITY_TYPES
from orggraph.output import OutputExistsError


def _files(directory: Path) -> dict[str, bytes]:
    return {str(p.relative_to(directory)): p.read_bytes()
            for p in sorted(directory.rglob("*")) if p.is_file()}


def test_the_same_seed_writes_the_same_bytes_and_another_seed_does_not(tmp_path: Path):
    a, b, c = (generate(700, seed, tmp_path / name)
               for seed, name in ((4, "a"), (4, "b"), (5, "c")))
    assert _files(a) == _files(b)
    assert _files(a) != _files(c)


@pytest.mark.parametrize("posts", [1, 37, 5_001, pytest.param(12_000, marks=pytest.mark.slow)])
def test_it_writes_exactly_the_posts_asked_for_and_validates_cleanly(tmp_path: Path, posts):
    out = generate(posts, 1, tmp_path / "g")
    assert not [p for p in validate(out) if p.is_error]
    G = load_graph(out)
    assert sum(a["label"] == "Post" for _, a in G.nodes(data=True)) == posts
    assert len(list(out.glob("org-*.yaml"))) == max(1, round(posts / 5_000))  # ~5,000 each


def test_the_mix_looks_like_a_real_organisation(tmp_path: Path):
    G = load_graph(generate(10_000, 2, tmp_path / "g"))  # two organisations, merging
    posts = [n for n, a in G.nodes(data=True) if a["label"] == "Post"]
    types = [a["type"] for *_, a in G.edges(data=True)]
    up = {p: [v for _, v, a in G.out_edges(p, data=True) if a["type"] in ACCOUNTABILITY_TYPES]
          for p in posts}
    spans = [sum(1 for _, _, a in G.in_edges(p, data=True) if a["type"] in ACCOUNTABILITY_TYPES)
             for p in posts]
    managers = [s for s in spans if s]
    assert 2 <= statistics.median(managers) <= 8
    assert 0.002 < sum(len(v) > 1 for v in up.values()) / len(posts) < 0.05  # dual lines
    tops = [p for p, v in up.items() if all(G.nodes[u]["label"] == "Body" for u in v)]
    assert sorted(G.nodes[p]["title"] for p in tops) == [
        "Chief Executive, Organisation 0", "Chief Executive, Organisation 1"]
    assert {"DEPUTISES_FOR", "MEMBER_OF", "CHAIRS", "MERGES_INTO"} <= set(types)
    assert 0.15 < types.count("DEPUTISES_FOR") / len(managers) < 0.6
    assert any(a.get("valid_from") for *_, a in G.edges(data=True))


def test_it_never_replaces_a_directory_it_did_not_write(tmp_path: Path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.yaml").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputExistsError, match="force=True"):
        generate(10, 0, mine)
    assert [p.name for p in mine.iterdir()] == ["notes.yaml"]
    generate(10, 0, mine, force=True)
    assert not (mine / "notes.yaml").exists()


def test_regenerating_replaces_the_whole_directory(tmp_path: Path):
    out = generate(12_000, 1, tmp_path / "g")
    generate(300, 1, out)
    assert sorted(p.name for p in out.glob("*.yaml")) == ["org-0.yaml", "system.yaml"]
    assert not list(tmp_path.glob(".g*"))  # no temporary left beside it


def test_fewer_than_one_post_is_an_error(tmp_path: Path):
    with pytest.raises(OrggraphError, match="at least 1"):
        generate(0, 0, tmp_path / "g")
    assert not (tmp_path / "g").exists()
