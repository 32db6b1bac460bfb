"""Loading into Neo4j, and the named queries on Neo4j next to the embedded ones.

    python -m benchmarks.bench_neo4j                                  # 10k posts, naive at 2k
    python -m benchmarks.bench_neo4j --sizes 10000,100000,1000000 --naive-sizes 2000,10000

Uses NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD when set, otherwise starts the local launcher
with its default memory. Each size is a synthetic organisation from ``orggraph generate``.
For each naive size: the loader and the naive way (one auto-commit ``CREATE`` statement
per node and per relationship) on the same graph, their rates in nodes plus
relationships per second and the ratio. For each size: the loader's rate into an empty
database and for a reload over the same data (which replaces the whole generation),
then the median time of the named questions on Neo4j and on NetworkX, and the ratio.

Reading a million posts through ``orggraph.graph.load_graph`` (full validation with
line numbers) takes about 60 s and 1.9 GB per 100,000 posts, so the benchmark builds the
NetworkX graph straight from the generated file (:func:`read_generated`); at 2,000 posts
it checks that graph equals ``load_graph``'s, node for node and edge for edge.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

from orggraph.generate import generate
from orggraph.graph import load_graph
from orggraph.model import ACCOUNTABILITY_TYPES, VOCABULARY, Label
from orggraph.neo4j import Connection, connect, load, run_query, wipe
from orggraph.queries import query


def read_generated(directory: Path) -> nx.MultiDiGraph:
    """The graph of ``orggraph generate``'s data files (``system.yaml`` and every
    ``org-N.yaml``), read line by line.

    Only for those files' fixed layout (``key: value`` lines, strings in double quotes
    with ``\\`` escapes, as JSON); no validation. Nodes first, from every file, then
    relationships, as ``load_graph`` adds them.
    """
    G = nx.MultiDiGraph()
    edges: list[tuple[str, str, str, dict[str, Any]]] = []
    files = sorted(directory.glob("*.yaml"), key=lambda p: (p.stem != "system", p.stem))
    for path in files:
        section, source, item = "", "", None

        def flush() -> None:
            if item is None:
                return
            if section == "relationships":
                start, end, rtype = item.pop("from"), item.pop("to"), item["type"]
                edges.append((start, end, rtype, {**item, "source": source}))
            else:
                G.add_node(item["id"], label="Body" if section == "bodies" else "Post",
                           **item, source=source)

        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if not line.startswith(" "):
                    flush()
                    item, section = None, line.strip().rstrip(":")
                    continue
                key, _, raw = line.strip().removeprefix("- ").partition(": ")
                value: Any = json.loads(raw) if raw.startswith('"') else raw
                if section == "source":
                    source = value if key == "id" else source
                    continue
                if line.startswith("  - ") or item is None:
                    flush()
                    item = {}
                item[key] = int(value) if key == "headcount" else value
            flush()
    for start, end, rtype, attrs in edges:
        G.add_edge(start, end, key=rtype, **attrs)
    return G


def naive_load(conn: Connection, G: nx.MultiDiGraph) -> None:
    """The naive way: one CREATE statement per node and per relationship, each its own
    auto-commit transaction (relationship ends found through the id constraints)."""
    for _, a in G.nodes(data=True):
        props = {k: v for k, v in a.items() if k != "label"} | {"_orggraph": "naive"}
        conn.driver.execute_query(f"CREATE (n:{Label(a['label']).value}) SET n = $p", p=props)
    for u, v, a in G.edges(data=True):
        props = {k: val for k, val in a.items() if k != "type"} | {"_orggraph": "naive"}
        start, end = Label(G.nodes[u]["label"]).value, Label(G.nodes[v]["label"]).value
        conn.driver.execute_query(
            f"MATCH (a:{start} {{id: $u}}), (b:{end} {{id: $v}}) "
            f"CREATE (a)-[e:{VOCABULARY[a['type']].name}]->(b) SET e = $p", u=u, v=v, p=props)


def _graph(size: int) -> nx.MultiDiGraph:
    with tempfile.TemporaryDirectory() as tmp:
        out = generate(size, seed=1, directory=tmp)
        G = read_generated(out)
        if size <= 2000:
            H = load_graph(out)
            same = (dict(G.nodes(data=True)) == dict(H.nodes(data=True))
                    and sorted(G.edges(keys=True, data=True), key=str)
                    == sorted(H.edges(keys=True, data=True), key=str))
            if not same:
                raise SystemExit("read_generated disagrees with load_graph")
        return G


def _timed(fn: Callable[..., Any], *args: Any) -> float:
    t = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


QUESTIONS = ("spans_and_layers", "cover_gaps", "dual_accountability")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000")
    parser.add_argument("--naive-sizes", default="2000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-embedded", action="store_true",
                        help="time the questions on Neo4j only")
    args = parser.parse_args()
    server = None
    if os.environ.get("NEO4J_URI"):
        conn = connect()
    else:
        from orggraph.neo4j.server import start_local_server

        server = start_local_server()
        conn = connect(server.uri, server.user, server.password)
    acc = list(ACCOUNTABILITY_TYPES)
    try:
        for size in (int(s) for s in args.naive_sizes.split(",") if s):
            G = _graph(size)
            records = G.number_of_nodes() + G.number_of_edges()
            wipe(conn)
            fast = _timed(load, conn, G)
            wipe(conn)
            conn.driver.execute_query("MATCH (n) WHERE n._orggraph = 'naive' DETACH DELETE n")
            naive = _timed(naive_load, conn, G)
            conn.driver.execute_query("MATCH (n) WHERE n._orggraph = 'naive' DETACH DELETE n")
            print(f"{size:>9,} posts, {records:>9,} records: loader {records / fast:>8,.0f}/s, "
                  f"naive {records / naive:>6,.0f}/s  -> loader {naive / fast:.1f}x faster",
                  flush=True)
        for size in (int(s) for s in args.sizes.split(",")):
            t = time.perf_counter()
            G = _graph(size)
            records = G.number_of_nodes() + G.number_of_edges()
            print(f"{size:>9,} posts: {G.number_of_nodes():,} nodes, {G.number_of_edges():,} "
                  f"relationships (graph read in {time.perf_counter() - t:.0f} s, "
                  f"python max RSS {_rss_mb():,.0f} MB)", flush=True)
            wipe(conn)
            took = _timed(load, conn, G)
            print(f"  load into empty: {took:7.1f} s = {records / took:>8,.0f} nodes+rels/s"
                  f"   (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)",
                  flush=True)
            again = _timed(load, conn, G)
            print(f"  reload (swap):   {again:7.1f} s = {records / again:>8,.0f} nodes+rels/s",
                  flush=True)
            for name in QUESTIONS:
                params: dict[str, Any] = {"relations": acc}
                if name != "dual_accountability":
                    params["body"] = None
                neo = statistics.median(_timed(run_query, conn, name, params)
                                        for _ in range(args.repeat))
                line = f"  {name:<20} neo4j {neo:8.3f} s"
                if not args.no_embedded:
                    emb = statistics.median(_timed(query, G, name.replace("_", "-"))
                                            for _ in range(args.repeat))
                    line += f"   networkx {emb:8.3f} s   neo4j/networkx {neo / emb:6.1f}"
                print(line, flush=True)
            del G
            gc.collect()
        wipe(conn)
    finally:
        conn.close()
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
