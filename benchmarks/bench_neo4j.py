"""Loading into Neo4j, and the named queries on Neo4j next to the embedded ones.

    python -m benchmarks.bench_neo4j                       # 10k posts (naive way at 2k)
    python -m benchmarks.bench_neo4j --sizes 10000,100000 --naive-sizes 2000,10000

Uses NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD when set, otherwise starts the local
launcher. For each size: the loader's rate in nodes plus relationships per second;
for the naive sizes, one auto-commit CREATE statement per record and the ratio;
then the median time of each all-posts question on Neo4j and on NetworkX.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from typing import Any

import networkx as nx

from orggraph.generate import generate
from orggraph.graph import load_graph
from orggraph.model import ACCOUNTABILITY_TYPES, Label
from orggraph.neo4j import connect, load, run_query, wipe
from orggraph.queries import query


def naive_load(conn: Any, G: nx.MultiDiGraph) -> None:
    """The naive way: one CREATE per node and per relationship, each its own transaction."""
    wipe(conn)
    for _, a in G.nodes(data=True):
        props = {k: v for k, v in a.items() if k != "label"} | {"_orggraph": "naive"}
        conn.driver.execute_query(f"CREATE (n:{Label(a['label']).value}) SET n = $p", p=props)
    for u, v, a in G.edges(data=True):
        props = {k: val for k, val in a.items() if k != "type"} | {"_orggraph": "naive"}
        conn.driver.execute_query(
            f"MATCH (a {{id: $u}}), (b {{id: $v}}) CREATE (a)-[e:{a['type']}]->(b) SET e = $p",
            u=u, v=v, p=props)


def _graph(size: int) -> nx.MultiDiGraph:
    with tempfile.TemporaryDirectory() as tmp:
        return load_graph(generate(size, seed=1, directory=tmp))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000")
    parser.add_argument("--naive-sizes", default="2000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    server = None
    if os.environ.get("NEO4J_URI"):
        conn = connect()
    else:
        from orggraph.neo4j.server import start_local_server

        server = start_local_server()
        conn = connect(server.uri, server.user, server.password)
    try:
        for size in (int(s) for s in args.naive_sizes.split(",") if s):
            G = _graph(size)
            records = G.number_of_nodes() + G.number_of_edges()
            t = time.perf_counter()
            load(conn, G, wipe_first=True)
            fast = time.perf_counter() - t
            t = time.perf_counter()
            naive_load(conn, G)
            naive = time.perf_counter() - t
            wipe(conn)
            print(f"{size:>9,} posts, {records:,} records: loader {records / fast:,.0f}/s, "
                  f"naive {records / naive:,.0f}/s -> loader {naive / fast:.1f}x faster")
        for size in (int(s) for s in args.sizes.split(",")):
            G = _graph(size)
            records = G.number_of_nodes() + G.number_of_edges()
            t = time.perf_counter()
            load(conn, G, wipe_first=True)
            took = time.perf_counter() - t
            print(f"{size:>9,} posts, {records:,} records: loaded in {took:.1f} s "
                  f"= {records / took:,.0f} nodes+relationships per second")
            acc = list(ACCOUNTABILITY_TYPES)
            for name, params in (("spans_and_layers", {"body": None, "relations": acc}),
                                 ("cover_gaps", {"body": None, "relations": acc}),
                                 ("dual_accountability", {"relations": acc})):
                neo = statistics.median(_time(run_query, conn, name, params)
                                        for _ in range(args.repeat))
                emb = statistics.median(_time(query, G, name) for _ in range(args.repeat))
                print(f"  {name:<20} neo4j {neo:7.3f} s   networkx {emb:7.3f} s")
    finally:
        conn.close()
        if server is not None:
            server.stop()


def _time(fn: Any, *args: Any) -> float:
    t = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t


if __name__ == "__main__":
    main()
