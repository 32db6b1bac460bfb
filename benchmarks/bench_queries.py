"""Times the all-posts questions and graph building at growing sizes.

    python -m benchmarks.bench_queries                 # 10k and 100k posts
    python -m benchmarks.bench_queries --sizes 10000,100000,1000000

For each size: time to generate, read+validate, build the graph; the median of
``--repeat`` runs of spans-and-layers, cover-gaps and dual-accountability; peak
memory of the graph plus the spans-and-layers answer; and, where it finishes
within ``--naive-limit`` posts, the naive per-post NetworkX way
(``len(nx.descendants(...))`` for each post) with the ratio against it.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import networkx as nx

from orggraph.generate import generate
from orggraph.graph import load_graph
from orggraph.model import ACCOUNTABILITY_TYPES
from orggraph.queries import cover_gaps, dual_accountability, spans_and_layers


def _median(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def naive_spans(G: nx.MultiDiGraph) -> dict[str, int]:
    """The naive way: a reversed accountability DiGraph, then descendants per post."""
    D = nx.DiGraph()
    D.add_edges_from((v, u) for u, v, t in G.edges(data="type") if t in ACCOUNTABILITY_TYPES)
    return {p: len(nx.descendants(D, p)) for p, a in G.nodes(data=True)
            if a["label"] == "Post" and p in D}


def run(size: int, repeat: int, naive_limit: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        generate(size, seed=1, directory=tmp)
        gen = time.perf_counter() - t
        t = time.perf_counter()
        G = load_graph(tmp)
        build = time.perf_counter() - t
    print(f"\n{size:>9,} posts: {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges")
    print(f"  generate            {gen:8.2f} s")
    print(f"  read+validate+build {build:8.2f} s")
    fast = _median(lambda: spans_and_layers(G), repeat)
    print(f"  spans-and-layers    {fast:8.3f} s  (median of {repeat})")
    for name, fn in (("cover-gaps", cover_gaps), ("dual-accountability", dual_accountability)):
        print(f"  {name:<19} {_median(lambda fn=fn: fn(G), repeat):8.3f} s")
    tracemalloc.start()
    answer = spans_and_layers(G)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"  spans-and-layers answer: {len(answer['posts']):,} managers, "
          f"peak {peak / 2**20:,.0f} MiB while answering")
    if size <= naive_limit:
        naive = _median(lambda: naive_spans(G), 1)
        print(f"  naive per-post      {naive:8.3f} s  -> {naive / fast:6.1f}x slower")
    else:
        print(f"  naive per-post      skipped above {naive_limit:,} posts")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--naive-limit", type=int, default=100_000)
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        run(size, args.repeat, args.naive_limit)


if __name__ == "__main__":
    main()
