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
    """Two generated organisations, one merging into the other (dated records)."""
    return generate(7_600, 3, tmp_path_factory.mktemp("gen") / "data")


def _graph_summary(G, day):
    return browse.summary(G if day is None else filter_as_of(G, parse_as_of(day)))


@pytest.mark.parametrize("day", DATES)
def test_summary_of_the_curated_records_is_the_graphs(curated, day):
    assert counts.summary(DEFAULT_DATA_DIR, day) == _graph_summary(curated, day)


@pytest.mark.parametrize("day", [None, "2026-03-31", "2026-04-01"])
def test_summary_of_a_generated_organisation_is_the_graphs(generated, day):
    G = load_graph(generated)
    mine = counts.summary(generated, day)
    assert mine == _graph_summary(G, day)
    assert mine[0]["nodes"] > 7_600  # the posts, bodies and people were all counted


def test_as_of_changes_the_counts(generated):
    before, after = (counts.summary(generated, d)[0] for d in ("2026-03-31", "2026-04-01"))
    assert before != after


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
        generated, cached, monkeypatch):
    G = load_graph(generated, cache=True)  # writes the cache, the counts at its head
    assert list(cached.iterdir())

    def no_reading(directory):
        raise AssertionError("the data was read although the cache is valid")

    with monkeypatch.context() as patched:
        patched.setattr(load, "read_data", no_reading)
        assert counts.summary(generated, cache=True) == browse.summary(G)
    # a date is not in the head: the records are counted
    day = "2026-04-01"
    assert counts.summary(generated, day, cache=True) == _graph_summary(G, day)


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


_IMPORTS = """
import sys
from orggraph.counts import summary
summary(sys.argv[1], cache=True)
print(" ".join(m for m in ("networkx", "numpy", "yaml") if m in sys.modules))
"""


def test_the_head_is_read_without_networkx_numpy_or_yaml(generated, cached):
    load_graph(generated, cache=True)
    done = subprocess.run([sys.executable, "-c", _IMPORTS, str(generated)], check=True,
                          capture_output=True, text=True)
    assert done.stdout.strip() == ""


def test_the_records_are_counted_without_networkx_or_numpy():
    done = subprocess.run([sys.executable, "-c", _IMPORTS, str(DEFAULT_DATA_DIR)],
                          check=True, capture_output=True, text=True)
    assert done.stdout.strip() == "yaml"
