"""Soak: many mixed named queries, embedded and on Neo4j, watching latency, memory, failures.

    python -m benchmarks.bench_soak          # 10,000 embedded + 1,000 Neo4j (8 clients)
    python -m benchmarks.bench_soak --posts 5000 --queries 20000 --neo4j-queries 2000
    python -m benchmarks.bench_soak --no-neo4j          # or --queries 0: Neo4j only

The graph is a synthetic organisation of ``--posts`` posts (``orggraph.generate``).
Embedded: ``--queries`` named questions drawn at random (every question, with real
arguments) run one after another on the NetworkX graph. Neo4j: the same graph is loaded
with ``orggraph.neo4j.load`` into the server of ``NEO4J_URI`` (or a local one started
for the run and stopped after it), then ``--neo4j-queries`` named ``cypher/`` queries run
from ``--clients`` threads at once, each query in its own read transaction; a
single-client run of the same queries, in the same run, gives the concurrency ratio.

Printed: throughput, p50/p99 latency, resident memory after the first and the last tenth
of the queries (memory must not grow without bound: the growth over the last nine tenths
is reported and the run exits 1 if it exceeds ``--max-growth-mb``), and failures, which
must be 0 (the run exits 1 otherwise).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from benchmarks._common import rss_mib
from orggraph.generate import generate
from orggraph.graph import load_graph
from orggraph.model import ACCOUNTABILITY_TYPES
from orggraph.queries import query


@dataclass
class Soak:
    """Latencies, failures and memory samples of one soak run."""

    latencies: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    rss: list[float] = field(default_factory=list)
    seconds: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def report(self, title: str, max_growth_mb: float) -> bool:
        n = len(self.latencies) + len(self.failures)
        lat = sorted(self.latencies)
        p50 = statistics.median(lat) * 1000 if lat else float("nan")
        p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000 if lat else float("nan")
        tenth = max(1, len(self.rss) // 10)
        first, last = statistics.mean(self.rss[:tenth]), statistics.mean(self.rss[-tenth:])
        growth = last - first
        print(f"\n{title}")
        print(f"  queries      {n:>10,}   in {self.seconds:.1f} s")
        print(f"  throughput   {n / self.seconds:>10,.1f} queries/s")
        print(f"  latency p50  {p50:>10.2f} ms")
        print(f"  latency p99  {p99:>10.2f} ms")
        print(f"  RSS          {first:>10.1f} MiB after the first tenth, {last:.1f} MiB after "
              f"the last tenth: growth {growth:+.1f} MiB (limit {max_growth_mb:g})")
        print(f"  failures     {len(self.failures):>10,}")
        for failure in self.failures[:5]:
            print(f"    {failure}")
        return not self.failures and growth <= max_growth_mb


def _pick(rng: random.Random, G: nx.MultiDiGraph) -> Callable[[], tuple[str, list[str],
                                                                         dict[str, Any]]]:
    """A sampler of (question, args, options) with arguments that exist in ``G``."""
    posts = [n for n, a in G.nodes(data=True) if a["label"] == "Post"]
    bodies = [n for n, a in G.nodes(data=True) if a["label"] == "Body"]
    with_members = sorted({v for _, v, t in G.edges(data="type") if t in ("MEMBER_OF", "CHAIRS")})
    lines = [(u, v) for u, v, t in G.edges(data="type") if t in ACCOUNTABILITY_TYPES]

    def one() -> tuple[str, list[str], dict[str, Any]]:
        name = rng.choice(["span-of-control", "spans-and-layers", "chain", "deputies",
                           "cover-gaps", "dual-accountability", "members", "memberships",
                           "relationships", "path", "changes"])
        post = rng.choice(posts)
        if name in ("span-of-control", "chain", "deputies", "memberships", "relationships"):
            return name, [post], {}
        if name in ("spans-and-layers", "cover-gaps"):
            return name, [], {"body": rng.choice(bodies)}
        if name == "members":
            return name, [rng.choice(with_members or bodies)], {}
        if name == "path":
            return name, list(rng.choice(lines)), {}
        if name == "changes":
            return name, [], {"from_date": "2020", "to_date": "2030"}
        return name, [], {}

    return one


def soak_embedded(G: nx.MultiDiGraph, n: int, seed: int) -> Soak:
    pick, soak = _pick(random.Random(seed), G), Soak()
    every = max(1, n // 100)
    start = time.perf_counter()
    for i in range(n):
        name, args, options = pick()
        t = time.perf_counter()
        try:
            query(G, name, args, **options)
            soak.latencies.append(time.perf_counter() - t)
        except Exception as exc:  # every failure is counted and shown, none stops the soak
            soak.failures.append(f"{name} {args} {options}: {type(exc).__name__}: {exc}")
        if i % every == 0:
            soak.rss.append(rss_mib())
    soak.seconds = time.perf_counter() - start
    return soak


_CYPHER_ARGS = {"post": "post", "body": "body"}


def _cypher_jobs(G: nx.MultiDiGraph, n: int, seed: int) -> list[tuple[str, dict[str, Any]]]:
    pick, jobs = _pick(random.Random(seed), G), []
    rel = list(ACCOUNTABILITY_TYPES)
    while len(jobs) < n:
        name, args, options = pick()
        stem = name.replace("-", "_")
        params: dict[str, Any] = {"relations": rel}
        if stem in ("span_of_control", "chain", "deputies", "memberships", "relationships"):
            params["post"] = args[0]
        elif stem == "members":
            params["body"] = args[0]
        elif stem in ("spans_and_layers", "cover_gaps"):
            params["body"] = options["body"]
        elif stem == "path":
            params.update(a=args[0], b=args[1])
        elif stem == "changes":
            params.update({"from": options["from_date"], "to": options["to_date"]})
        jobs.append((stem, params))
    return jobs


def soak_neo4j(conn: Any, jobs: list[tuple[str, dict[str, Any]]], clients: int) -> Soak:
    from orggraph.neo4j import run_query

    soak = Soak()
    every = max(1, len(jobs) // 100)
    counter = iter(range(len(jobs)))

    def work(job: tuple[str, dict[str, Any]]) -> None:
        name, params = job
        t = time.perf_counter()
        try:
            run_query(conn, name, params)
            elapsed, failure = time.perf_counter() - t, None
        except Exception as exc:  # counted and shown
            elapsed, failure = 0.0, f"{name} {params}: {type(exc).__name__}: {exc}"
        with soak.lock:
            if failure:
                soak.failures.append(failure)
            else:
                soak.latencies.append(elapsed)
            if next(counter) % every == 0:
                soak.rss.append(rss_mib())

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(work, jobs))
    soak.seconds = time.perf_counter() - start
    return soak


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=1000, help="size of the synthetic graph")
    ap.add_argument("--queries", type=int, default=10_000, help="embedded queries")
    ap.add_argument("--neo4j-queries", type=int, default=1_000, help="Neo4j queries")
    ap.add_argument("--clients", type=int, default=8, help="concurrent Neo4j clients")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-growth-mb", type=float, default=50.0,
                    help="fail if RSS grows more than this over the last nine tenths")
    ap.add_argument("--no-neo4j", action="store_true", help="embedded soak only")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        generate(args.posts, seed=args.seed, directory=tmp)
        G = load_graph(tmp)
    print(f"graph: {args.posts:,} posts, {G.number_of_nodes():,} nodes, "
          f"{G.number_of_edges():,} edges")
    ok = args.queries == 0 or soak_embedded(G, args.queries, args.seed).report(
        f"embedded (NetworkX): {args.queries:,} mixed named queries, one client",
        args.max_growth_mb)
    if args.no_neo4j:
        return 0 if ok else 1

    import logging

    from orggraph.neo4j import connect, load, wipe

    # the server's notes on absent property keys/types are not failures; keep them quiet
    logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)

    server = None
    if not os.environ.get("NEO4J_URI"):
        from orggraph.neo4j.server import start_local_server

        server = start_local_server()
        os.environ.update(NEO4J_URI=server.uri, NEO4J_USER=server.user,
                          NEO4J_PASSWORD=server.password)
    try:
        with connect() as conn:
            t = time.perf_counter()
            loaded = load(conn, G, wipe_first=True)
            print(f"\nNeo4j: loaded {loaded.nodes:,} nodes and {loaded.relationships:,} "
                  f"relationships in {time.perf_counter() - t:.1f} s")
            jobs = _cypher_jobs(G, args.neo4j_queries, args.seed)
            soak_neo4j(conn, jobs[:50], args.clients)  # warm-up: plans cached, pool filled
            many = soak_neo4j(conn, jobs, args.clients)
            ok = many.report(f"Neo4j: {len(jobs):,} mixed named queries, {args.clients} "
                             "concurrent clients on loopback", args.max_growth_mb) and ok
            sample = jobs[: max(1, len(jobs) // 5)]
            one = soak_neo4j(conn, sample, 1)
            rate_many = len(jobs) / many.seconds
            rate_one = len(sample) / one.seconds
            print(f"\n  the naive way, one client, {len(sample):,} of the same queries: "
                  f"{rate_one:,.1f} queries/s, p50 {statistics.median(one.latencies) * 1000:.2f}"
                  f" ms; {args.clients} clients give x{rate_many / rate_one:.2f} the throughput")
            ok = ok and not one.failures
            if server is not None:
                wipe(conn)
    finally:
        if server is not None:
            server.stop()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
