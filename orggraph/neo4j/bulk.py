"""A new database from the records of a graph, with the real
``neo4j-admin database import full``, for big initial loads (``orggraph neo4j import``).

The records are those the online loader takes (:func:`orggraph.neo4j.store.load_records`:
the same labels, properties and ``DATE`` values), written in one pass as the project's
neo4j-admin CSV (the headers of :mod:`orggraph.export`: ``id:ID(Post)`` id spaces, typed
columns, one file per label and per relationship type with its ends), each file's header
in a file of its own, written last (a column seen first on a later row is added then;
earlier rows simply end before it, which the import tool reads as no value). Only the
files with a line break inside a value are read as multi-line (``--multiline-fields``,
which the tool documents as severely slower).

The import tool is Neo4j's own (``org.neo4j.cli.AdminTool``, on the launcher's class path
from Maven Central), run offline against a data directory that
:func:`orggraph.neo4j.server.start_local_server` then serves. It builds a *new* database:
a data directory that already holds one, or where a server runs, is refused. The
constraints and indexes of ``cypher/schema.cypher`` are created by the first start
(the import leaves :data:`SCHEMA_PENDING` behind for it).
"""

from __future__ import annotations

import csv
import os
import re
import subprocess
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import networkx as nx

from ..errors import Neo4jServerError, StoreError
from ..export import _ARRAY_DELIMITERS, _cell, _typed
from ..model import VOCABULARY, gc_paused
from .mapping import extra_labels
from .server import SCHEMA_PENDING, _java, _jvm_options, background_status, build_launcher
from .store import NodeRow, RelRow, _graph_rows

__all__ = ["SCHEMA_PENDING", "AdminCsv", "ImportReport", "import_graph", "import_records",
           "write_admin_csv"]

_ADMIN_MAIN = "org.neo4j.cli.AdminTool"


@dataclass(frozen=True)
class ImportReport:
    """What an import wrote and how long it took, in seconds: writing the CSV
    (``csv_seconds``), the import tool from its start to its exit (``seconds``, JVM
    start included) and the tool's own figure for the import (``tool_seconds``, from
    its ``IMPORT DONE in …`` line; ``None`` if it printed none)."""

    nodes: int
    relationships: int
    seconds: float
    csv_seconds: float = 0.0
    tool_seconds: float | None = None


class _File:
    """The CSV data files of one label, or one relationship type with its end labels:
    a new part (a header file and a data file) starts whenever a row brings a column the
    rows before it lack, so every row has exactly its header's columns."""

    def __init__(self, directory: Path, name: str, fixed: list[str]) -> None:
        self.directory, self.name, self.fixed = directory, name, fixed
        self.columns: list[str] = []
        self.where: dict[str, int] = {}
        self.parts: list[tuple[Path, Path]] = []
        self.multiline: list[Path] = []
        self.rows = 0
        self.handle: IO[str] | None = None
        self.writer: Any = None

    def _start(self) -> None:
        self.finish()
        suffix = f"-{len(self.parts) + 1}" if self.parts else ""
        data = self.directory / f"{self.name}{suffix}.csv"
        self.parts.append((data.with_name(data.stem + "-header.csv"), data))
        self.handle = open(data, "w", encoding="utf-8", newline="")  # noqa: SIM115
        self.writer, self.rows = csv.writer(self.handle, lineterminator="\n"), 0

    def write(self, head: list[Any], props: dict[str, Any], delim: str) -> None:
        """Write one row: ``head`` (the fixed columns), then ``props`` by column."""
        where = self.where
        if self.handle is None or not props.keys() <= where.keys():
            self._grow([key for key in props if key not in where])
        row = head + [""] * len(self.columns)
        at = len(head)
        for key, value in props.items():
            if value.__class__ is str:
                if "\n" in value or "\r" in value:
                    self._multiline()
                row[at + where[key]] = value
            else:
                row[at + where[key]] = _cell(value, delim)
        self.writer.writerow(row)
        self.rows += 1

    def _grow(self, new: list[str]) -> None:
        """Add the ``new`` columns; a part with rows keeps its columns (a new one starts)."""
        if self.handle is None or (new and self.rows):
            self._start()
        for key in new:
            self.where[key] = len(self.columns)
            self.columns.append(key)

    def _multiline(self) -> None:
        data = self.parts[-1][1]
        if data not in self.multiline:
            self.multiline.append(data)

    def finish(self) -> None:
        """Close the data file being written and write its header file."""
        if self.handle is None:
            return
        self.handle.close()
        self.handle = None
        with open(self.parts[-1][0], "w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerow(
                self.fixed + [_typed(k) for k in self.columns])


@dataclass(frozen=True)
class AdminCsv:
    """The files :func:`write_admin_csv` wrote: ``(header, data)`` per ``--nodes`` and
    ``--relationships`` source, the data files with a line break inside a value, the
    array delimiter, and the counts."""

    nodes: list[tuple[Path, Path]]
    relationships: list[tuple[Path, Path]]
    multiline: list[Path]
    delimiter: str
    node_count: int
    relationship_count: int

    def arguments(self, database: str = "neo4j") -> list[str]:
        """The arguments of ``neo4j-admin database import full`` for these files."""
        args = ["database", "import", "full", "--verbose"]
        args += [f"--nodes={h},{d}" for h, d in self.nodes]
        args += [f"--relationships={h},{d}" for h, d in self.relationships]
        multiline = ",".join(str(p) for p in self.multiline) if self.multiline else "false"
        if self.multiline:
            args.append("--multiline-fields-format=v2")
        return [*args, f"--multiline-fields={multiline}", f"--array-delimiter={self.delimiter}",
                "--overwrite-destination=false", database]


def _delimiter(rows: list[NodeRow]) -> str:
    """The first of the export's array delimiters that no list value contains."""
    used = "".join(x for _, props in rows for value in props.values()
                   if isinstance(value, list) for x in value)
    for delim in _ARRAY_DELIMITERS:
        if delim not in used:
            return delim
    raise StoreError("every candidate array delimiter occurs in a list value; tried "
                     + " ".join(_ARRAY_DELIMITERS))


def _write_nodes(rows: list[NodeRow], directory: Path, delim: str,
                 files: dict[Any, _File]) -> dict[Any, str]:
    """Write the node rows by label; return each node's id space (its label)."""
    spaces: dict[Any, str] = {}
    for label, props in rows:
        name = label.value
        out = files.get(name)
        if out is None:
            out = files[name] = _File(directory, f"nodes-{name}", [f"id:ID({name})", ":LABEL"])
        node = props["id"]
        spaces[node] = name
        labels = delim.join((name, *extra_labels({"label": name, "kind": props.get("kind")})))
        out.write([node, labels], {k: v for k, v in props.items() if k != "id"}, delim)
    return spaces


def _write_relationships(rels: Iterable[RelRow], directory: Path, delim: str,
                         spaces: dict[Any, str], files: dict[Any, _File]) -> int:
    """Write the relationship rows by type and end labels; return how many."""
    count = 0
    for rtype, row in rels:
        start, end = row["start"], row["end"]
        try:
            kind = (VOCABULARY[rtype].name, spaces[start], spaces[end])
        except KeyError as missing:
            raise StoreError(f"relationship {start!r} -[{rtype}]-> {end!r}: "
                             f"{missing.args[0]!r} is neither a node nor a relationship "
                             "type") from None
        out = files.get(kind)
        if out is None:
            out = files[kind] = _File(directory, "relationships-" + "-".join(kind), [
                f":START_ID({kind[1]})", f":END_ID({kind[2]})", ":TYPE"])
        out.write([start, end, kind[0]], row["props"], delim)
        count += 1
    return count


def write_admin_csv(nodes: Iterable[NodeRow], rels: Iterable[RelRow],
                    directory: Path) -> AdminCsv:
    """Write the loader's records (all nodes, then the relationships, as
    :func:`~orggraph.neo4j.store.load_records` takes them) as neo4j-admin CSV in
    ``directory``, in one pass (the node rows are held to choose the array delimiter).
    Raises :class:`~orggraph.errors.StoreError` for a relationship whose end is no node
    or whose type is not in the vocabulary.

    >>> import tempfile, pathlib
    >>> from orggraph.neo4j.store import _graph_rows
    >>> out = write_admin_csv(*_graph_rows(load_graph()), pathlib.Path(tempfile.mkdtemp()))
    >>> out.arguments()[3].startswith("--nodes=")
    True
    """
    directory.mkdir(parents=True, exist_ok=True)
    rows = list(nodes)
    delim = _delimiter(rows)
    node_files: dict[Any, _File] = {}
    rel_files: dict[Any, _File] = {}
    try:
        spaces = _write_nodes(rows, directory, delim, node_files)
        count = _write_relationships(rels, directory, delim, spaces, rel_files)
    finally:
        for out in (*node_files.values(), *rel_files.values()):
            out.finish()
    return AdminCsv([p for f in node_files.values() for p in f.parts],
                    [p for f in rel_files.values() for p in f.parts],
                    [p for f in (*node_files.values(), *rel_files.values()) for p in f.multiline],
                    delim, len(rows), count)


def _store_locked(data_dir: Path) -> bool:
    """Whether a running Neo4j holds the store lock of ``data_dir`` (any server, in the
    background or not)."""
    lock = data_dir / "data" / "databases" / "store_lock"
    if not lock.is_file():
        return False
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on Linux/macOS
        return False
    with open(lock, "a") as handle:
        try:
            fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.lockf(handle, fcntl.LOCK_UN)
    return False


def _refuse_if_in_use(data_dir: Path) -> None:
    if background_status(data_dir) is not None or _store_locked(data_dir):
        raise Neo4jServerError(f"a Neo4j server runs in {data_dir}; stop it first")
    if (data_dir / "data" / "databases" / "neo4j").exists():
        raise Neo4jServerError(f"{data_dir} already holds a database; the import builds a "
                               "new one: choose an empty data directory")


def _tool_seconds(output: str) -> float | None:
    """The import tool's own time, from its ``IMPORT DONE in 1m 2s 345ms.`` line."""
    done = re.search(r"IMPORT DONE in ([^.]*)", output)
    if done is None:
        return None
    unit = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}
    return sum(int(n) * unit[u] for n, u in re.findall(r"(\d+)(ms|h|m|s)\b", done.group(1)))


def _run_tool(files: AdminCsv, data_dir: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    jar = build_launcher()
    java = _java()
    if java is None:
        raise Neo4jServerError("cannot import: 'java' (17+) is not installed")
    command = [java, *_jvm_options(), "-cp", str(jar.parent / "lib" / "*"), _ADMIN_MAIN,
               *files.arguments()]
    # in the temporary directory, where the tool also writes its import.report
    done = subprocess.run(command, env={**os.environ, "NEO4J_HOME": str(data_dir)},  # noqa: S603
                          capture_output=True, text=True, check=False, cwd=cwd,
                          stdin=subprocess.DEVNULL)
    if done.returncode != 0:
        raise Neo4jServerError(f"neo4j-admin database import failed (exit code "
                               f"{done.returncode}): {_failure(done.stdout + done.stderr)}")
    return done


def _failure(output: str) -> str:
    """The telling part of the import tool's ``--verbose`` output: where the input is
    wrong and why, else its last line."""
    lines = [ln.strip() for ln in output.splitlines()
             if ln.strip() and not ln.strip().startswith("at ")]
    told: dict[str, str] = {}
    for line in lines:
        name, _, rest = line.partition(": ")
        if name in ("data source", "in field", "raw field value", "original error"):
            told.setdefault(name, f"{name}: {rest}")
    return ("; ".join(told.values()) or (lines or ["no output"])[-1])[:400]


def import_records(nodes: Iterable[NodeRow], rels: Iterable[RelRow],
                   data_dir: Path) -> ImportReport:
    """Import the loader's records (:func:`write_admin_csv`) into a new database ``neo4j``
    in ``data_dir`` with ``neo4j-admin database import full``.

    Raises :class:`~orggraph.errors.Neo4jServerError` when a server runs there, a
    database exists there already, or the import tool fails (its telling last line).
    """
    _refuse_if_in_use(data_dir)
    build_launcher()  # before the clock starts: a first build downloads Neo4j
    data_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="orggraph-import-") as tmp:
        began = time.monotonic()
        with gc_paused():
            files = write_admin_csv(nodes, rels, Path(tmp) / "csv")
        written = time.monotonic()
        done = _run_tool(files, data_dir, Path(tmp))
        ended = time.monotonic()
    (data_dir / SCHEMA_PENDING).write_text("cypher/schema.cypher\n", encoding="utf-8")
    return ImportReport(files.node_count, files.relationship_count, ended - written,
                        written - began, _tool_seconds(done.stdout))


def import_graph(G: nx.MultiDiGraph, data_dir: Path) -> ImportReport:
    """Import ``G`` into a new database in ``data_dir``: :func:`import_records` of the
    records the online loader takes from it (:func:`orggraph.neo4j.load`), so both give
    the same graph."""
    return import_records(*_graph_rows(G), data_dir)
