"""Times every export format at growing sizes, against NetworkX's own writers.

    python -m benchmarks.bench_export                  # 10k and 100k posts
    python -m benchmarks.bench_export --sizes 10000 --repeat 3

For each size: the median of ``--repeat`` exports in each format, with peak Python
memory (tracemalloc) and the output size; for GraphML and JSON, the naive way
(``nx.write_graphml`` of the graph with lists flattened, ``json.dumps`` of
``nx.node_link_data``, neither sorted nor marked) in the same run, and the ratio.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import tracemalloc
from pathlib import Path

import networkx as nx

from benchmarks._common import median_seconds
from orggraph.export import FORMATS, export
from orggraph.generate import generate
from orggraph.graph import load_graph


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.iterdir())
    return path.stat().st_size


def naive_graphml(G: nx.MultiDiGraph, path: Path) -> None:
    H = nx.MultiDiGraph()
    H.add_nodes_from((n, {k: json.dumps(v) if isinstance(v, list) else v for k, v in a.items()})
                     for n, a in G.nodes(data=True))
    H.add_edges_from(G.edges(keys=True, data=True))
    nx.write_graphml(H, path)


def naive_json(G: nx.MultiDiGraph, path: Path) -> None:
    data = nx.node_link_data(G, edges="edges", source="from", target="to")
    data["graph"] = {}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def run(size: int, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        G = load_graph(generate(size, seed=1, directory=Path(tmp) / "data"))
        print(f"\n{size:>9,} posts: {G.number_of_nodes():,} nodes, "
              f"{G.number_of_edges():,} edges")
        naive = {"graphml": naive_graphml, "json": naive_json}
        for fmt in FORMATS:
            target = Path(tmp) / f"out.{fmt}"
            took = median_seconds(lambda fmt=fmt, target=target: export(G, fmt, target), repeat)
            tracemalloc.start()
            export(G, fmt, target)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            line = (f"  {fmt:<10} {took:7.2f} s  peak {peak / 2**20:7.0f} MiB  "
                    f"{_size(target) / 2**20:7.1f} MiB written")
            if fmt in naive:
                other = Path(tmp) / f"naive.{fmt}"
                base = median_seconds(lambda fmt=fmt, other=other: naive[fmt](G, other), repeat)
                line += f"  | naive {base:6.2f} s, ratio {took / base:4.2f}x"
            print(line)
            if target.is_dir():
                shutil.rmtree(target)
            else:
                target.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        run(size, args.repeat)


if __name__ == "__main__":
    main()
