"""Times the all-posts questions and graph building at growing sizes.

    python -m benchmarks.bench_queries                 # 10k and 100k posts
    python -m benchmarks.bench_queries --sizes 10000,100000,1000000
    python -m benchmarks.bench_queries --sizes 1000000 --data DIR --naive-limit 0 --no-cached

For each size, with the machine's load average: time to generate, to read and
validate the YAML, and to build the graph (which also caches the integer index
the all-posts questions share); the COLD time of spans-and-layers (its first call
on the freshly built graph, as a user running one query sees it) and the median
of ``--repeat`` further calls of spans-and-layers, cover-gaps and
dual-accountability (wall clock and CPU time of this process and of its worker
processes: the machine is shared, and CPU time is what other processes do not
inflate); the time to build
the index from the graph itself, as happens for a graph not built by
``build_graph`` or ``filter_as_of`` (a copy); the resident memory of the process
holding the graph, index and answer; and, up to ``--naive-limit`` posts, the
naive per-post NetworkX way (``len(nx.descendants(...))`` for each post) with the
ratio against it. ``--full-reader`` also times reading with the plain-layout line
reader switched off (every file through the full YAML reader).

Then, unless ``--no-cached``, a command's time to its answer in a fresh process, cold
(``--no-cache``) and from the data directory's validated cache (:func:`cold_and_cached`);
``--cache-only`` times only that. ``--data DIR`` reads a directory generated beforehand
(``orggraph generate --posts N --seed 0 -o DIR``) instead of generating one, so that a
million posts can be generated outside a timed run; ``--cache-dir DIR`` keeps the cache
there (written by an earlier run, or by any command on the directory, outside a timed
run) and ``--no-cold`` skips the cold command.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import gc
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import networkx as nx

from benchmarks._common import load_average, rss_mib
from orggraph import load
from orggraph.generate import generate
from orggraph.graph import build_graph
from orggraph.index import clear_index, graph_index, hierarchy_index
from orggraph.load import read_data
from orggraph.model import ACCOUNTABILITY_TYPES
from orggraph.queries import cover_gaps, dual_accountability, spans_and_layers


def _cpu() -> float:
    """CPU time of this process and its ended child processes (reading's worker pool)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    wall, cpu = time.perf_counter(), _cpu()
    out = fn()
    return time.perf_counter() - wall, _cpu() - cpu, out


def _median(fn: Callable[[], Any], repeat: int) -> tuple[float, float]:
    runs = [_timed(fn)[:2] for _ in range(repeat)]
    return statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)


def _release() -> None:
    """Collect garbage and give freed heap back to the system, so RSS shows what lives."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):  # glibc only
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def naive_spans(G: nx.MultiDiGraph) -> dict[str, int]:
    """The naive way: a reversed accountability DiGraph, then descendants per post."""
    D = nx.DiGraph()
    D.add_edges_from((v, u) for u, v, t in G.edges(data="type") if t in ACCOUNTABILITY_TYPES)
    return {p: len(nx.descendants(D, p)) for p, a in G.nodes(data=True)
            if a["label"] == "Post" and p in D}


def _full_reader_only(directory: str) -> tuple[float, float]:
    """Reading and validating with the plain-layout line reader switched off, so every
    file goes through the full YAML reader (the line reader is its fast front end)."""
    saved = load._load_simple
    load._load_simple = lambda text: None
    try:
        wall, cpu, _ = _timed(lambda: read_data(directory))
    finally:
        load._load_simple = saved
    return wall, cpu


def run(size: int, repeat: int, naive_limit: int, full_reader: bool = False,
        data: Path | None = None) -> None:
    base = rss_mib()
    with tempfile.TemporaryDirectory() as tmp:
        where = str(data or tmp)
        gen = 0.0 if data else _timed(lambda: generate(size, seed=1, directory=tmp))[0]
        read, read_cpu, dataset = _timed(lambda: read_data(where))
        full = _full_reader_only(where) if full_reader else None
    # release: the records are dropped as they go in, as load_graph does
    build, build_cpu, G = _timed(partial(build_graph, dataset, release=True))
    del dataset
    _release()
    graph_rss = rss_mib()
    print(f"\n{size:>9,} posts: {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges"
          f"  ({load_average()})")
    print(f"  generate            {gen:8.2f} s")
    print(f"  read+validate YAML  {read:8.2f} s   cpu {read_cpu:.2f} s")
    if full is not None:
        print(f"  ... full reader only{full[0]:8.2f} s   cpu {full[1]:.2f} s   (the line reader "
              f"takes {read_cpu / full[1]:.2f}x its cpu time)")
    print(f"  build graph         {build:8.2f} s   cpu {build_cpu:.2f} s   (YAML to graph "
          f"{read + build:.2f} s, cpu {read_cpu + build_cpu:.2f} s; includes the index)")
    cold, cold_cpu, _ = _timed(lambda: spans_and_layers(G))
    print(f"  spans-and-layers    {cold:8.3f} s   cpu {cold_cpu:.3f} s   COLD: first call on "
          f"the freshly built graph")
    fast, fast_cpu = _median(lambda: spans_and_layers(G), repeat)
    print(f"  spans-and-layers    {fast:8.3f} s   cpu {fast_cpu:.3f} s   warm (median of "
          f"{repeat})")
    for name, fn in (("cover-gaps", cover_gaps), ("dual-accountability", dual_accountability)):
        wall, cpu = _median(lambda fn=fn: fn(G), repeat)
        print(f"  {name:<19} {wall:8.3f} s   cpu {cpu:.3f} s   warm")
    rels = tuple(sorted(ACCOUNTABILITY_TYPES))
    clear_index(G)
    index, index_cpu, _ = _timed(lambda: (graph_index(G), hierarchy_index(G, rels)))
    print(f"  index from the graph{index:7.3f} s   cpu {index_cpu:.3f} s   (for a graph not "
          f"built by build_graph or filter_as_of, e.g. a copy)")
    answer = spans_and_layers(G)
    _release()
    print(f"  memory (RSS): {base:,.0f} MiB before; graph + index {graph_rss:,.0f} MiB; "
          f"graph + index + answer ({len(answer['posts']):,} manager rows) {rss_mib():,.0f} "
          f"MiB; peak so far {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**10:,.0f}"
          f" MiB")
    del answer
    if size <= naive_limit:
        naive, naive_cpu = _median(lambda: naive_spans(G), 1)
        print(f"  naive per-post      {naive:8.3f} s   cpu {naive_cpu:.3f} s  -> "
              f"{naive / fast:.1f}x the warm wall time, {naive_cpu / fast_cpu:.1f}x the cpu "
              f"time; {naive / cold:.1f}x the cold wall time")
    else:
        print(f"  naive per-post      skipped above {naive_limit:,} posts")


def _command(argv: list[str], env: dict[str, str], *, module: bool = True
             ) -> tuple[float, float]:
    """Wall clock of ``orggraph ARGV`` in a fresh process to its first byte of output
    (its answer), and the CPU time of the process and its children to its end (without
    ``module``: ``python ARGV``)."""
    import subprocess
    import sys

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    command = [sys.executable, *(["-m", "orggraph"] if module else []), *argv]
    with subprocess.Popen(command,  # noqa: S603
                          stdout=subprocess.PIPE, env=env) as child:
        out: Any = child.stdout  # a pipe, as asked
        out.read(1)
        answered = time.perf_counter() - wall
        out.read()
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, argv)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return answered, cpu


#: The previous way to a question's answer from the cache, as the CLI took it before a
#: question could answer from the index kept before the graph: the graph read whole.
_WHOLE_GRAPH = """
import sys
from orggraph.formats import render
from orggraph.graph import load_graph
from orggraph.queries import query
data, name, *args = sys.argv[1:]
print(render(query(load_graph(data, cache=True), name, args), "table"))
"""


def _whole_graph(data: Path, env: dict[str, str], *question: str) -> tuple[float, float]:
    """:func:`_command`, the question asked with the graph read whole from the cache."""

    return _command(["-c", _WHOLE_GRAPH, str(data), *question], env, module=False)


def cold_and_cached(size: int, repeat: int, data: Path | None = None, *, cold: bool = True,
                    cache_dir: Path | None = None) -> None:
    """A command's time to its first answer on ``size`` posts, cold and cached.

    Each command is run as a user runs it, in a fresh process each time: COLD
    ``orggraph query span-of-control POST --no-cache`` (read and validate the YAML,
    build the graph, answer; skipped without ``cold``); the same once writing the data
    directory's validated cache (:mod:`orggraph.cache`) when it is not written yet;
    then CACHED (the directory unchanged: its content hashed meanwhile) ``summary``
    (the counts at the head of the cache), ``query span-of-control POST`` (answered
    from the index kept before the graph, which is not read), the same question the
    previous way (the graph read whole from the cache, then asked), and ``query chain
    POST`` (a question that needs the graph). Medians of ``repeat`` runs of each, wall
    clock to the first output and the CPU time of the child. ``data``: a
    directory generated beforehand (``orggraph generate``), else one of ``size`` posts
    is generated here; ``cache_dir``: where the cache is kept (else a temporary one).
    """
    import os

    from orggraph.cache import cache_path

    def median(fn: Callable[[], tuple[float, float]]) -> tuple[float, float]:
        runs = [fn() for _ in range(repeat)]
        return statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)

    def command(*argv: str) -> tuple[float, float]:
        return median(lambda: _command([*argv, "--data", str(data)], env))

    with tempfile.TemporaryDirectory() as tmp:
        if data is None:
            data = generate(size, 0, f"{tmp}/data")
        where = cache_dir or Path(f"{tmp}/cache")
        env = {**os.environ, "ORGGRAPH_CACHE_DIR": str(where)}
        post = ["o0-p1"]
        times = {"cold": command("query", "span-of-control", *post, "--no-cache")
                 if cold else None}
        written = cache_path(data, where).is_file()
        times["writing"] = None if written else _command(
            ["query", "span-of-control", *post, "--data", str(data)], env)
        times["summary"] = command("summary")
        times["span"] = command("query", "span-of-control", *post)
        times["whole"] = median(lambda: _whole_graph(data, env, "span-of-control", *post))
        times["chain"] = command("query", "chain", *post)
        stored = cache_path(data, where).stat().st_size / 2**20
    _print_cached(size, repeat, times, stored)


def _print_cached(size: int, repeat: int, times: dict[str, tuple[float, float] | None],
                  stored: float) -> None:
    print(f"\n{size:>9,} posts: wall clock to the command's first output, a fresh process each "
          f"(median of {repeat}; {load_average()})")
    lines = (("cold", "query span-of-control --no-cache"),
             ("writing", "writing the cache"),
             ("summary", "summary, cached"),
             ("span", "query span-of-control, cached"),
             ("whole", "  the previous way: the graph read whole first"),
             ("chain", "query chain (needs the graph), cached"))
    for key, label in lines:
        got = times[key]
        if got is None:
            continue
        note = f"   ({stored:,.0f} MiB)" if key == "writing" else ""
        print(f"  {label:<48} {got[0]:7.2f} s   cpu {got[1]:6.2f} s{note}")
    span, whole, cold = times["span"], times["whole"], times["cold"]
    if span and whole:
        print(f"  span-of-control from the index: {whole[0] / span[0]:.1f}x faster to the "
              f"answer than the previous way (cpu {whole[1] / span[1]:.1f}x)")
    if span and cold:
        print(f"  ... and {cold[0] / span[0]:.1f}x faster than cold (cpu "
              f"{cold[1] / span[1]:.1f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--naive-limit", type=int, default=1_000_000)
    parser.add_argument("--full-reader", action="store_true",
                        help="also read with the full YAML reader only (no line reader)")
    parser.add_argument("--cache-only", action="store_true",
                        help="Only the cold and cached command times.")
    parser.add_argument("--data", type=Path,
                        help="With one size: a directory of that many posts generated "
                             "beforehand (orggraph generate --seed 0), read instead of "
                             "generating one.")
    parser.add_argument("--no-cached", action="store_true",
                        help="Skip the cold and cached command times.")
    parser.add_argument("--no-cold", action="store_true",
                        help="Skip the cold command (--no-cache) of the cached times.")
    parser.add_argument("--cache-dir", type=Path,
                        help="Keep the cache here (one written beforehand is used as it "
                             "is), not in a temporary directory.")
    args = parser.parse_args()
    for size in (int(n) for n in args.sizes.split(",")):
        if not args.cache_only:
            run(size, args.repeat, args.naive_limit, args.full_reader, args.data)
        if not args.no_cached:
            cold_and_cached(size, args.repeat, args.data, cold=not args.no_cold,
                            cache_dir=args.cache_dir)


if __name__ == "__main__":
    main()
