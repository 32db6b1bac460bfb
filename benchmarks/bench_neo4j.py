"""Loading into Neo4j, and the named queries on Neo4j next to the embedded ones.

    python -m benchmarks.bench_neo4j                                  # 10k posts, naive at 2k
    python -m benchmarks.bench_neo4j --sizes 10000,100000 --naive-sizes 2000,10000
    ORGGRAPH_NEO4J_HEAP=4g ORGGRAPH_NEO4J_PAGECACHE=1g \\
        python -m benchmarks.bench_neo4j --sizes 1000000 --naive-sizes '' --load-repeat 1
    python -m benchmarks.bench_neo4j --import-only --sizes 100000,1000000 --inputs gen/
    python -m benchmarks.bench_neo4j --csv-only --sizes 1000000 --inputs gen/ --load-repeat 3

Uses NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD when set, otherwise starts the local launcher
(its memory from ORGGRAPH_NEO4J_HEAP / ORGGRAPH_NEO4J_PAGECACHE). Each size is a
synthetic organisation from ``orggraph generate``. For each naive size: the loader
(median of ``--load-repeat`` loads into an empty database) and the naive way (one
auto-commit ``CREATE`` statement per node and per relationship) on the same graph, their
rates in nodes plus relationships per second and the ratio; with a local server, also its
CPU time per record (steadier than wall time on a shared machine). ``--warmup N`` first
runs N untimed loads, so the figures are those of a server whose JIT is warm. For each
size: the loader's rate into an empty database and for a reload over the same data
(which replaces the whole generation), each run and their medians, the bulk import's
rates (``orggraph neo4j import`` into a new data directory: writing the neo4j-admin CSV,
``neo4j-admin database import full`` from its start to its exit and by its own
``IMPORT DONE`` figure, and both together, after an untimed import of the curated data,
so that the tool's class-data archive exists as after any first import; ``--no-import``
skips it) beside the
loader's, then the median time of the named questions on Neo4j and on NetworkX, and the
ratio (``--repeat 0`` skips them). ``--import-only`` times the bulk import alone, with no
server. ``--csv-only`` times writing the neo4j-admin CSV alone, beside the previous writer
(``bulk.py`` as it last was when its rows went through ``csv.writer``, taken from git),
alternating, ``--load-repeat`` runs each: wall and CPU seconds (of both writing
processes), the medians, their ratio, and whether both wrote the same bytes. A rate is
nodes plus relationships per second. ``--inputs DIR`` reads ``DIR/SIZE`` (written
beforehand by ``orggraph generate --posts SIZE --seed 1 -o DIR/SIZE``) instead of
generating each size. Every figure is printed with the machine's load average.

Reading a million posts through ``orggraph.graph.load_graph`` (full validation with
line numbers) takes about 60 s and 1.9 GB per 100,000 posts, so the benchmark builds the
NetworkX graph straight from the generated files (:func:`read_generated`); above
``--stream-above`` posts it holds no graph at all and streams the rows from the files
into ``load_records`` (:func:`stream_generated`). At 2,000 posts it checks both against
``load_graph``'s graph.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from benchmarks._common import load_average
from orggraph.generate import generate
from orggraph.graph import load_graph
from orggraph.model import ACCOUNTABILITY_TYPES, VOCABULARY, Label
from orggraph.neo4j import Connection, connect, load, run_query, wipe
from orggraph.neo4j.store import NodeRow, RelRow, _graph_rows, load_records
from orggraph.queries import query


def _records(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """The records of one generated data file: ``(section, fields)`` with ``source`` set."""
    section, source = "", ""
    item: dict[str, Any] | None = None
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith(" "):
                if item is not None:
                    yield section, item
                item, section = None, line.strip().rstrip(":")
                continue
            key, _, raw = line.strip().removeprefix("- ").partition(": ")
            value: Any = json.loads(raw) if raw.startswith('"') else raw
            if section == "source":
                source = value if key == "id" else source
                continue
            if line.startswith("  - ") or item is None:
                if item is not None:
                    yield section, item
                item = {"source": source}
            item[key] = int(value) if key == "headcount" else value
    if item is not None:
        yield section, item


def _data_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.yaml"), key=lambda p: (p.stem != "system", p.stem))


def read_generated(directory: Path) -> nx.MultiDiGraph:
    """The graph of ``orggraph generate``'s data files (``system.yaml`` and every
    ``org-N.yaml``), read line by line.

    Only for those files' fixed layout (``key: value`` lines, strings in double quotes
    with ``\\`` escapes, as JSON); no validation. All nodes first, then the
    relationships, as ``load_graph`` adds them.
    """
    G = nx.MultiDiGraph()
    edges = []
    for path in _data_files(directory):
        for section, item in _records(path):
            if section == "relationships":
                edges.append(item)
            else:
                G.add_node(item["id"], label="Body" if section == "bodies" else "Post", **item)
    for item in edges:
        start, end = item.pop("from"), item.pop("to")
        G.add_edge(start, end, key=item["type"], **item)
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


def _key(row: tuple[Any, ...]) -> str:
    return json.dumps(row, sort_keys=True, default=str)


def _graph(size: int, inputs: Path | None = None) -> nx.MultiDiGraph:
    tmp = tempfile.TemporaryDirectory()
    with tmp:
        out = _sized(size, inputs, tmp)
        G = read_generated(out)
        if size <= 2000:
            H = load_graph(out)
            same = (dict(G.nodes(data=True)) == dict(H.nodes(data=True))
                    and sorted(G.edges(keys=True, data=True), key=str)
                    == sorted(H.edges(keys=True, data=True), key=str))
            if not same:
                raise SystemExit("read_generated disagrees with load_graph")
            streamed = [sorted(map(_key, rows)) for rows in stream_generated(out)]
            if streamed != [sorted(map(_key, rows)) for rows in _graph_rows(G)]:
                raise SystemExit("stream_generated disagrees with the rows of load's graph")
        return G


def _timed(fn: Callable[..., Any], *args: Any) -> float:
    t = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t


_SERVER_PID: int | None = None  # the local server's JVM, whose CPU time is read per load


def _server_cpu() -> float:
    """CPU seconds the local server's JVM has used so far (0 for a remote server)."""
    if _SERVER_PID is None:
        return 0.0
    with open(f"/proc/{_SERVER_PID}/stat", encoding="ascii") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _cpu_note(seconds: float, records: int) -> str:
    """The server CPU of a load per record: steadier than wall time on a shared machine."""
    return f", server CPU {seconds * 1e6 / records:,.0f} us/record" if _SERVER_PID else ""


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stream_generated(directory: Path) -> tuple[Iterator[NodeRow], Iterator[RelRow]]:
    """The loader's rows straight from the generated files, as ``load`` makes them from
    :func:`read_generated`'s graph, without holding a graph in memory."""
    def nodes() -> Iterator[NodeRow]:
        for path in _data_files(directory):
            for section, item in _records(path):
                if section != "relationships":
                    yield (Label.BODY if section == "bodies" else Label.POST), item

    def rels() -> Iterator[RelRow]:
        for path in _data_files(directory):
            for section, item in _records(path):
                if section == "relationships":
                    start, end = item.pop("from"), item.pop("to")
                    rtype = item.pop("type")
                    yield rtype, {"start": start, "end": end, "props": {**item, "key": rtype}}

    return nodes(), rels()


def _load_from(conn: Connection, G: nx.MultiDiGraph | None, directory: Path | None) -> None:
    """Load ``G``, or else the generated files in ``directory``, streamed."""
    if G is not None:
        load(conn, G)
    elif directory is not None:
        load_records(conn, *stream_generated(directory))


QUESTIONS = ("spans_and_layers", "cover_gaps", "dual_accountability")


def _bulk_import(G: nx.MultiDiGraph | None, directory: Path | None,
                 online: float | None) -> None:
    """Time ``orggraph neo4j import`` into a new data directory (of ``G``, else of the
    generated files in ``directory``, streamed as the loader takes them): writing the
    CSV, the import tool (``neo4j-admin database import full``, JVM start included, and
    its own ``IMPORT DONE`` time) and both together; print the rates beside the online
    loader's (``online``: its median seconds into an empty database, if measured)."""
    from orggraph.neo4j.bulk import import_graph, import_records

    with tempfile.TemporaryDirectory(prefix="orggraph-bench-import-") as target:
        began = time.perf_counter()  # the first import also makes the tool's class-data archive
        import_graph(load_graph(), Path(target) / "db")
        print(f"  bulk, warm-up:   {time.perf_counter() - began:7.1f} s importing the curated "
              "data first (not counted: the first import on a machine makes the tool's "
              "class-data archive)", flush=True)
    rows: tuple[list[NodeRow], list[RelRow]] | None = None
    if G is None and directory is not None:  # read first: the files' parser is no part of it
        began = time.perf_counter()
        nodes, rels = stream_generated(directory)
        rows = list(nodes), list(rels)
        print(f"  bulk, rows:      {time.perf_counter() - began:7.1f} s reading the generated "
              "files into the loader's rows (not counted below)", flush=True)
    with tempfile.TemporaryDirectory(prefix="orggraph-bench-import-") as target:
        began = time.perf_counter()
        if G is not None:
            report = import_graph(G, Path(target) / "db")
        elif rows is not None:
            report = import_records(*rows, Path(target) / "db")
        else:
            return
        total = time.perf_counter() - began
    records = report.nodes + report.relationships
    tool = report.tool_seconds or report.seconds
    print(f"  bulk, CSV:       {report.csv_seconds:7.1f} s = "
          f"{records / report.csv_seconds:>8,.0f} nodes+rels/s (writing the neo4j-admin CSV)",
          flush=True)
    print(f"  bulk, import:    {report.seconds:7.1f} s = {records / report.seconds:>8,.0f} "
          f"nodes+rels/s (neo4j-admin database import full, JVM start included; its own "
          f"IMPORT DONE {tool:.1f} s = {records / tool:,.0f}/s)", flush=True)
    beside = f"  -> {online / total:.1f}x the loader into empty" if online else ""
    print(f"  bulk: {report.nodes:,} nodes + {report.relationships:,} relationships = "
          f"{records:,} records", flush=True)
    print(f"  bulk, total:     {total:7.1f} s = {records / total:>8,.0f} nodes+rels/s "
          f"(CSV and import){beside}   ({load_average()})", flush=True)


def _sized(size: int, inputs: Path | None, tmp: tempfile.TemporaryDirectory[str]) -> Path:
    """The generated files of ``size`` posts: ``inputs/SIZE`` when it exists (written
    beforehand by ``orggraph generate --posts SIZE --seed 1``), else generated into ``tmp``."""
    given = inputs / str(size) if inputs is not None else None
    if given is not None and given.is_dir():
        return given
    return generate(size, seed=1, directory=tmp.name)


def _import_only(size: int, inputs: Path | None, stream: bool) -> None:
    """The bulk import of ``size`` posts alone, streamed from the files if ``stream``."""
    tmp = tempfile.TemporaryDirectory()
    try:
        directory = _sized(size, inputs, tmp)
        G = None if stream else read_generated(directory)
        print(f"{size:>9,} posts ({'streamed from the files' if stream else 'graph read'})",
              flush=True)
        _bulk_import(G, directory, None)
    finally:
        tmp.cleanup()


ROOT = Path(__file__).resolve().parent.parent

_PREVIOUS_MARK = "self.writer.writerows(self.batch)"
"""A line of the previous CSV writer (rows through ``csv.writer``), by which
:func:`_previous_writer` finds its last version in git."""


def _previous_writer() -> Callable[..., Any] | None:
    """``write_admin_csv`` of the last ``orggraph/neo4j/bulk.py`` in git that wrote its
    rows through ``csv.writer`` (the previous way), imported against today's library;
    ``None`` (and why, printed) if it cannot be had."""
    import importlib.util
    import subprocess
    import sys

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, check=True,  # noqa: S603, S607
                              capture_output=True, text=True).stdout

    try:
        for commit in git("log", "--format=%H", "--", "orggraph/neo4j/bulk.py").split():
            source = git("show", f"{commit}:orggraph/neo4j/bulk.py")
            if _PREVIOUS_MARK in source:
                break
        else:
            print("  (no previous CSV writer in git history)", flush=True)
            return None
        path = Path(tempfile.mkdtemp(prefix="orggraph-bench-")) / "bulk_previous.py"
        path.write_text(source.replace("from ..", "from orggraph.")
                        .replace("from .", "from orggraph.neo4j."), encoding="utf-8")
        spec = importlib.util.spec_from_file_location("orggraph_bulk_previous", path)
        assert spec is not None and spec.loader is not None  # noqa: S101
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up
        spec.loader.exec_module(module)
        print(f"  previous writer: orggraph/neo4j/bulk.py at {commit[:10]}", flush=True)
        return module.write_admin_csv  # type: ignore[no-any-return]
    except (OSError, subprocess.CalledProcessError, ImportError, AttributeError) as error:
        print(f"  (the previous CSV writer cannot be had: {error})", flush=True)
        return None


def _digest(directory: Path) -> str:
    """A digest of the CSV files under ``directory``: by file name, the bytes the first
    process wrote and then those the second wrote (in ``2/``), so two writers that split
    the rows between their processes differently give the same digest for the same rows."""
    import hashlib

    digest = hashlib.sha256()
    for name in sorted({path.name for path in directory.rglob("*.csv")}):
        digest.update(f"{name}\0".encode())
        for path in (directory / name, directory / "2" / name):
            if path.is_file():
                digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def _timed_csv(write: Callable[..., Any], rows: tuple[list[NodeRow], list[RelRow]],
               target: Path) -> tuple[float, float]:
    """Wall seconds of ``write`` into ``target``, and the CPU seconds of this process and
    of the second process it forks (reaped before the figure is read)."""
    import multiprocessing

    def cpu(who: int) -> float:
        use = resource.getrusage(who)
        return use.ru_utime + use.ru_stime

    before = cpu(resource.RUSAGE_SELF) + cpu(resource.RUSAGE_CHILDREN)
    gc.disable()
    try:
        began = time.perf_counter()
        write(*rows, target)
        wall = time.perf_counter() - began
    finally:
        gc.enable()
    while multiprocessing.active_children():  # reaps the second process once it has ended
        time.sleep(0.05)
    return wall, cpu(resource.RUSAGE_SELF) + cpu(resource.RUSAGE_CHILDREN) - before


def _csv_only(size: int, inputs: Path | None, stream: bool, repeat: int) -> None:
    """Writing the neo4j-admin CSV of ``size`` posts alone (no import tool), this writer
    and the previous one alternating ``repeat`` times each in this run: each run's wall
    and CPU seconds, the medians and their ratio, and whether both wrote the same bytes."""
    from orggraph.neo4j.bulk import write_admin_csv

    tmp = tempfile.TemporaryDirectory()
    try:
        directory = _sized(size, inputs, tmp)
        if stream:
            nodes, rels = stream_generated(directory)
        else:
            nodes, rels = _graph_rows(read_generated(directory))
        rows = list(nodes), list(rels)
        records = len(rows[0]) + len(rows[1])
        print(f"{size:>9,} posts: {records:,} records read (not counted)", flush=True)
        ways = {"this writer": write_admin_csv, "previous": _previous_writer()}
        figures: dict[str, list[tuple[float, float]]] = {name: [] for name in ways}
        digests: dict[str, str] = {}
        for run in range(repeat):
            for name, write in ways.items():
                if write is None:
                    continue
                target = Path(tmp.name) / f"csv-{run}-{len(figures[name])}-{name[0]}"
                figures[name].append(_timed_csv(write, rows, target))
                if name not in digests:
                    digests[name] = _digest(target)
                shutil.rmtree(target)
                wall, cpu = figures[name][-1]
                print(f"  {name:<12} {wall:6.1f} s = {records / wall:>9,.0f} records/s, "
                      f"CPU {cpu:6.1f} s   ({load_average()})", flush=True)
        _print_ratio(figures, digests, records)
    finally:
        tmp.cleanup()


def _print_ratio(figures: dict[str, list[tuple[float, float]]], digests: dict[str, str],
                 records: int) -> None:
    medians = {name: (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs))
               for name, runs in figures.items() if runs}
    for name, (wall, cpu) in medians.items():
        print(f"  median {name:<12} {wall:6.1f} s = {records / wall:>9,.0f} records/s, "
              f"CPU {cpu:6.1f} s", flush=True)
    if len(medians) == 2:
        (new_wall, new_cpu), (old_wall, old_cpu) = medians.values()
        print(f"  previous / this writer: {old_wall / new_wall:.2f}x wall, "
              f"{old_cpu / new_cpu:.2f}x CPU; same bytes: "
              f"{len(set(digests.values())) == 1}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000")
    parser.add_argument("--naive-sizes", default="2000")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each named question (0: no questions)")
    parser.add_argument("--load-repeat", type=int, default=3,
                        help="loads (into empty, then reload) per size; medians are printed")
    parser.add_argument("--stream-above", type=int, default=200_000,
                        help="sizes above this are streamed from the files into the loader, "
                             "with no NetworkX graph (so no embedded questions)")
    parser.add_argument("--no-reload", action="store_true",
                        help="time loads into an empty database only")
    parser.add_argument("--no-embedded", action="store_true",
                        help="time the questions on Neo4j only")
    parser.add_argument("--warmup", type=int, default=0,
                        help="untimed loads of the first naive size before anything is timed, "
                             "so the server's JIT is warm (0: time a fresh server)")
    parser.add_argument("--no-import", action="store_true",
                        help="skip the bulk import (neo4j-admin database import full)")
    parser.add_argument("--import-only", action="store_true",
                        help="time the bulk import alone: no server, loader or questions")
    parser.add_argument("--csv-only", action="store_true",
                        help="time writing the neo4j-admin CSV alone, against the previous "
                             "writer (from git) in the same run, --load-repeat times each")
    parser.add_argument("--inputs", type=Path,
                        help="a folder whose subfolder SIZE (from 'orggraph generate --posts SIZE "
                             "--seed 1') is read instead of generating SIZE posts")
    args = parser.parse_args()
    if args.csv_only:
        for size in (int(s) for s in args.sizes.split(",")):
            _csv_only(size, args.inputs, size > args.stream_above, args.load_repeat)
        return
    if args.import_only:
        for size in (int(s) for s in args.sizes.split(",")):
            _import_only(size, args.inputs, size > args.stream_above)
        return
    global _SERVER_PID
    server = None
    if os.environ.get("NEO4J_URI"):
        conn = connect()
    else:
        from orggraph.neo4j.server import start_local_server

        server = start_local_server()
        conn = connect(server.uri, server.user, server.password)
        _SERVER_PID = server.process.pid if os.path.exists("/proc/self/stat") else None
    from orggraph.neo4j.server import HEAP_ENV, PAGECACHE_ENV

    print(f"Neo4j {conn.uri}; {HEAP_ENV}={os.environ.get(HEAP_ENV, '(default)')}, "
          f"{PAGECACHE_ENV}={os.environ.get(PAGECACHE_ENV, '(default)')}", flush=True)
    acc = list(ACCOUNTABILITY_TYPES)
    try:
        naive_sizes = [int(s) for s in args.naive_sizes.split(",") if s]
        if args.warmup and naive_sizes:
            G = _graph(naive_sizes[0])
            for _ in range(args.warmup):
                load(conn, G)
            wipe(conn)
            print(f"  (server warmed up by {args.warmup} untimed loads of "
                  f"{naive_sizes[0]:,} posts)", flush=True)
        for size in naive_sizes:
            G = _graph(size)
            records = G.number_of_nodes() + G.number_of_edges()
            runs, cpu = [], []
            for _ in range(args.load_repeat):
                wipe(conn)
                before = _server_cpu()
                runs.append(_timed(load, conn, G))
                cpu.append(_server_cpu() - before)
            fast = statistics.median(runs)
            wipe(conn)
            conn.driver.execute_query("MATCH (n) WHERE n._orggraph = 'naive' DETACH DELETE n")
            before = _server_cpu()
            naive = _timed(naive_load, conn, G)
            naive_cpu = _server_cpu() - before
            conn.driver.execute_query("MATCH (n) WHERE n._orggraph = 'naive' DETACH DELETE n")
            print(f"{size:>9,} posts, {records:>9,} records: loader {records / fast:>8,.0f}/s "
                  f"(median of {len(runs)}{_cpu_note(statistics.median(cpu), records)}), "
                  f"naive {records / naive:>6,.0f}/s{_cpu_note(naive_cpu, records)}  -> loader "
                  f"{naive / fast:.1f}x faster   ({load_average()})", flush=True)
        for size in (int(s) for s in args.sizes.split(",")):
            t = time.perf_counter()
            stream = size > args.stream_above
            tmp = tempfile.TemporaryDirectory() if stream else None
            G, directory = None, None
            if tmp is not None:
                directory = _sized(size, args.inputs, tmp)
                nodes, rels = stream_generated(directory)
                counts = (sum(1 for _ in nodes), sum(1 for _ in rels))
                print(f"{size:>9,} posts: {counts[0]:,} nodes, {counts[1]:,} relationships "
                      f"(generated in {time.perf_counter() - t:.0f} s; streamed from the files)",
                      flush=True)
            else:
                G = _graph(size, args.inputs)
                counts = (G.number_of_nodes(), G.number_of_edges())
                print(f"{size:>9,} posts: {counts[0]:,} nodes, {counts[1]:,} relationships "
                      f"(graph read in {time.perf_counter() - t:.0f} s, "
                      f"python max RSS {_rss_mb():,.0f} MB)", flush=True)
            records = sum(counts)

            empty, again = [], []
            for _ in range(args.load_repeat):
                wipe(conn)
                before = _server_cpu()
                empty.append(_timed(_load_from, conn, G, directory))
                print(f"  load into empty: {empty[-1]:7.1f} s = {records / empty[-1]:>8,.0f} "
                      f"nodes+rels/s{_cpu_note(_server_cpu() - before, records)}   "
                      f"({load_average()})", flush=True)
                if args.no_reload:
                    continue
                before = _server_cpu()
                again.append(_timed(_load_from, conn, G, directory))
                print(f"  reload:          {again[-1]:7.1f} s = {records / again[-1]:>8,.0f} "
                      f"nodes+rels/s{_cpu_note(_server_cpu() - before, records)}   "
                      f"({load_average()})", flush=True)
            if len(empty) > 1:
                print(f"  median: into empty {records / statistics.median(empty):,.0f}/s"
                      + (f", reload {records / statistics.median(again):,.0f}/s" if again else ""),
                      flush=True)
            if not args.no_import and empty:
                _bulk_import(G, directory, statistics.median(empty))
            for name in QUESTIONS if args.repeat else ():
                params: dict[str, Any] = {"relations": acc}
                if name != "dual_accountability":
                    params["body"] = None
                neo = statistics.median(_timed(run_query, conn, name, params)
                                        for _ in range(args.repeat))
                line = f"  {name:<20} neo4j {neo:8.3f} s"
                if G is not None and not args.no_embedded:
                    emb = statistics.median(_timed(query, G, name.replace("_", "-"))
                                            for _ in range(args.repeat))
                    line += f"   networkx {emb:8.3f} s   neo4j/networkx {neo / emb:6.1f}"
                print(line + f"   ({load_average()})", flush=True)
            del G
            if tmp is not None:
                tmp.cleanup()
            gc.collect()
        wipe(conn)
    finally:
        conn.close()
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
