"""orggraph.counts: the summary counted from the records or the cache's head, equal to
the counts of the built graph (orggraph.browse.summary)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from orggraph import browse, cache, counts, load
from orggraph.generate import generate
from orggraph.graph import filter_as_of, load_graph, parse_as_of
from orggraph.load import DEFAULT_DATA_DIR

#: Dates either side of the curated data's changes (a merger on 2026-04-01, and earlier).
DATES = [None, "2005-03-01", "2005-06-01", "2026-03-31", "2026-04-01"]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two generated organisations, one merging into the other (dated records): the
    fewest posts that make two (about 5,000 each, rounded)."""
    return generate(7_600, 3, tmp_path_factory.mktemp("gen") / "data")


@pytest.fixture(scope="module")
def generated_graph(generated: Path):
    return load_graph(generated)


def _graph_summary(G, day):
    return browse.summary(G if day is None else filter_as_of(G, parse_as_of(day)))


@pytest.mark.parametrize("day", DATES)
def test_summary_of_the_curated_records_is_the_graphs(curated, day):
    assert counts.summary(DEFAULT_DATA_DIR, day) == _graph_summary(curated, day)


@pytest.mark.slow
def test_summary_of_a_generated_organisation_is_the_graphs(generated, generated_graph):
    """One reading of the records, counted as of each date, against the graph's."""
    dataset = load.read_data(generated)
    mine = {day: counts.summary_rows(counts.count_records(
        dataset, None if day is None else parse_as_of(day)))
        for day in (None, "2026-03-31", "2026-04-01")}
    for day, rows in mine.items():
        assert rows == _graph_summary(generated_graph, day), day
    assert mine[None][0]["nodes"] > 7_600  # the posts, bodies and people were all counted
    assert mine["2026-03-31"][0] != mine["2026-04-01"][0]  # the merger changes the counts
    assert counts.summary(generated) == mine[None]


def test_summary_takes_a_date(curated):
    assert counts.summary(as_of=parse_as_of("2026-04-01")) == _graph_summary(curated,
                                                                             "2026-04-01")


def test_summary_reports_data_errors(make_data):
    from orggraph.errors import DataError

    broken = make_data(files={"bad.yaml": "posts:\n  - id: Not An Id\n"})
    with pytest.raises(DataError):
        counts.summary(broken)


def test_count_records_matches_count_graph_field_by_field(curated):
    from_records = counts.count_records(load.read_data(DEFAULT_DATA_DIR))
    from_graph = counts.count_graph(curated)
    assert from_records == from_graph
    assert from_graph.kinds and from_graph.relationship_sources  # not all empty


@pytest.fixture
def cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The generated data's cache written by a graph command, under tmp_path."""
    monkeypatch.setenv("ORGGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "MIN_BYTES", 0)
    return tmp_path / "cache"


def test_summary_comes_from_the_caches_head_without_reading_the_data(
        curated, cached, monkeypatch):
    G = load_graph(DEFAULT_DATA_DIR, cache=True)  # writes the cache, the counts at its head
    assert list(cached.iterdir())

    def no_reading(directory):
        raise AssertionError("the data was read although the cache is valid")

    with monkeypatch.context() as patched:
        patched.setattr(load, "read_data", no_reading)
        assert counts.summary(DEFAULT_DATA_DIR, cache=True) == browse.summary(G)
    # a date is not in the head: the records are counted
    day = "2026-04-01"
    assert counts.summary(DEFAULT_DATA_DIR, day, cache=True) == _graph_summary(curated, day)


def test_a_changed_directory_is_counted_afresh(cached, make_data):
    data = make_data()
    load_graph(data, cache=True)
    before = counts.summary(data, cache=True)
    text = (data / "tiny.yaml").read_text(encoding="utf-8")
    (data / "tiny.yaml").write_text(text.replace("id: director-of-care\n",
                                                 "id: director-of-care\n    note: n\n", 1),
                                    encoding="utf-8")
    assert cache.cached_head(data) is None
    assert counts.summary(data, cache=True) == before  # the same counts, read afresh


def test_summary_keeps_its_counts_for_any_directory(cached, monkeypatch):
    """The curated data is too small for its graph to be cached, but not its counts."""
    assert counts.summary(DEFAULT_DATA_DIR, cache=True) == counts.summary(DEFAULT_DATA_DIR)
    monkeypatch.setattr(cache, "MIN_BYTES", 10**12)
    assert isinstance(cache.cached_head(DEFAULT_DATA_DIR), counts.Counts)
    with monkeypatch.context() as patched:
        patched.setattr(load, "read_data", lambda d: pytest.fail("the data was read"))
        assert counts.summary(DEFAULT_DATA_DIR, cache=True) == counts.summary(
            DEFAULT_DATA_DIR, cache=True)
    # a file of counts alone gives no graph: a graph command builds and keeps it
    G = cache.cached_graph(DEFAULT_DATA_DIR, lambda: load_graph(DEFAULT_DATA_DIR),
                           head=counts.count_graph, min_bytes=0)
    assert browse.summary(G) == counts.summary(DEFAULT_DATA_DIR, cache=True)
    assert cache.cached_graph(DEFAULT_DATA_DIR, lambda: pytest.fail("built again"),
                              min_bytes=0).number_of_nodes() == G.number_of_nodes()


def test_the_cache_key_reads_the_installed_versions():
    from importlib.metadata import version

    assert cache._version("networkx") == version("networkx")
    assert cache._version("orggraph") == version("orggraph")
    assert cache._version("no-such-package-here") == "unknown"


_IMPORTS = """
import sys
from orggraph.counts import summary
summary(sys.argv[1], cache=True)
print(" ".join(m for m in ("networkx", "numpy", "yaml") if m in sys.modules))
"""


def test_the_head_is_read_without_networkx_numpy_or_yaml(cached):
    """From a cache file with the graph after the counts."""
    load_graph(DEFAULT_DATA_DIR, cache=True)
    done = subprocess.run([sys.executable, "-c", _IMPORTS, str(DEFAULT_DATA_DIR)],
                          check=True, capture_output=True, text=True)
    assert done.stdout.strip() == ""


def test_the_records_are_counted_without_networkx_or_numpy(cached):
    """The first run reads the YAML (and keeps the counts), the next only the counts."""
    runs = [subprocess.run([sys.executable, "-c", _IMPORTS, str(DEFAULT_DATA_DIR)],
                           check=True, capture_output=True, text=True).stdout.strip()
            for _ in range(2)]
    assert runs == ["yaml", ""]
