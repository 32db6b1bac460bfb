"""Times the coverage check and what the waiver check adds to ``validate``.

    python -m benchmarks.bench_coverage                  # 100k generated posts
    python -m benchmarks.bench_coverage --sizes 10000,100000

On the curated data: the median of ``--repeat`` coverage runs (every source cut into
passages, each passage matched with records and waivers), and the passages found.
For each size of generated data (files with no waivers): the median of the loader's
own checks and of the waiver check that ``validate`` adds, and their ratio (the
waiver check skips a file without a top-level ``waivers`` key by a byte search).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from benchmarks._common import median_seconds
from orggraph.coverage import coverage, waivers_that_waive_nothing
from orggraph.generate import generate
from orggraph.load import DEFAULT_DATA_DIR, _Reader, read_data
from orggraph.model import gc_paused


def curated(repeat: int) -> None:
    result = coverage(DEFAULT_DATA_DIR)
    seconds = median_seconds(lambda: coverage(DEFAULT_DATA_DIR), repeat)
    found = result.totals()["found"]
    print(f"curated data: {found} relation-bearing passages in {len(result.sources)} sources, "
          f"coverage {seconds:.2f} s (median of {repeat})")


def generated(size: int, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        generate(size, seed=1, directory=tmp)

        def loader() -> None:
            with gc_paused():
                _Reader(Path(tmp)).read()

        load = median_seconds(loader, repeat)
        dataset = read_data(tmp)
        waivers = median_seconds(lambda: waivers_that_waive_nothing(dataset), repeat)
    print(f"{size:>9,} posts: loader checks {load:8.2f} s, waiver check {waivers:7.3f} s "
          f"-> waivers/loader {waivers / load:.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000", help="comma-separated post counts")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing (median)")
    args = parser.parse_args()
    curated(args.repeat)
    for size in (int(s) for s in args.sizes.split(",")):
        generated(size, args.repeat)


if __name__ == "__main__":
    main()
