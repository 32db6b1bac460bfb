"""Times the governance report at growing sizes.

    python -m benchmarks.bench_report                  # 10k posts
    python -m benchmarks.bench_report --sizes 10000,100000

For each size: time to read and build the graph; the median of ``--repeat`` renders
of the report; the median of answering the questions it shows on their own
(spans-and-layers, cover-gaps, dual-accountability, changes, summary), with the
ratio of the two (what charts, chains, evidence and HTML add); the page's size; and
peak memory of one render.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import tracemalloc

from benchmarks._common import median_seconds
from orggraph.browse import summary
from orggraph.generate import generate
from orggraph.graph import load_graph
from orggraph.queries import changes, cover_gaps, dual_accountability, spans_and_layers
from orggraph.report import render_report


def run(size: int, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        generate(size, seed=1, directory=tmp)
        t = time.perf_counter()
        G = load_graph(tmp)
        build = time.perf_counter() - t
    print(f"\n{size:>9,} posts: {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges")
    print(f"  read+validate+build   {build:8.2f} s")
    page = render_report(G)  # warm-up (imports matplotlib)
    report = median_seconds(lambda: render_report(G), repeat)
    print(f"  report                {report:8.2f} s  (median of {repeat}; "
          f"{len(page.encode()) / 1e6:.2f} MB page)")

    def questions_alone() -> None:
        spans_and_layers(G)
        cover_gaps(G)
        dual_accountability(G)
        changes(G)
        summary(G)

    alone = median_seconds(questions_alone, repeat)
    print(f"  its questions alone   {alone:8.2f} s  -> report/questions {report / alone:.2f}x")
    tracemalloc.start()
    render_report(G)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"  peak memory, render   {peak / 2**20:8.1f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000", help="comma-separated post counts")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing (median)")
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        run(size, args.repeat)


if __name__ == "__main__":
    main()
