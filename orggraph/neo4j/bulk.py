"""A new database from the records of a graph, with the real
``neo4j-admin database import full``, for big initial loads (``orggraph neo4j import``).

The records are those the online loader takes (:func:`orggraph.neo4j.store.load_records`:
the same labels, properties and ``DATE`` values), written as neo4j-admin CSV: typed
columns as in :mod:`orggraph.export`, one file per label and per relationship type with
its end labels, each file's header in a file of its own, written last (a column seen
first on a later row starts a new file). Nodes are numbered in order and the numbers are
the store's own node ids (``--id-type=actual``: the tool maps no ids; ``id`` is a
property like any other). From :data:`_PARALLEL_FROM` records a forked second process
writes the nodes and the first relationships while this one writes the rest. Only the
files with a line break inside a value are read as multi-line (``--multiline-fields``,
which the tool documents as severely slower).

The import tool is Neo4j's own (``org.neo4j.cli.AdminTool``, on the launcher's class path
from Maven Central), run offline against a data directory that
:func:`orggraph.neo4j.server.start_local_server` then serves. It starts from a class path
without jar signatures and, from the second import on, from a class-data archive the
first import made (:func:`_tool_files`). It builds a *new* database: a data directory
that already holds one, or where a server runs, is refused. The constraints and indexes
of ``cypher/schema.cypher`` are created by the first start (the import leaves
:data:`SCHEMA_PENDING` behind for it).
"""

from __future__ import annotations

import csv
import hashlib
import io
import multiprocessing
import os
import re
import subprocess
import tempfile
import threading
import time
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import networkx as nx

from ..errors import Neo4jServerError, StoreError
from ..export import _ARRAY_DELIMITERS, _LIST_KEYS, _cell, _typed
from ..model import VOCABULARY, Label, gc_paused
from .mapping import extra_labels
from .server import SCHEMA_PENDING, _java, _jvm_options, background_status, build_launcher
from .store import NodeRow, RelRow, _graph_rows

__all__ = ["SCHEMA_PENDING", "AdminCsv", "ImportReport", "import_graph", "import_records",
           "write_admin_csv"]

_ADMIN_MAIN = "org.neo4j.cli.AdminTool"

_CHUNK = 4096
"""Rows formatted into a buffer before they are written (and checked for line breaks)."""

_PARALLEL_FROM = 50_000
"""From this many records a second process writes the nodes and part of the relationships."""

_NODE_COST = 1.1
"""A node row's time to write against a relationship row's (measured at a million posts:
about 1.05, and the second process also takes a moment to end after its last row)."""


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
    rows before it lack, so every row has exactly its header's columns. Rows are
    formatted into a buffer and written :data:`_CHUNK` at a time; a chunk with more line
    ends than rows (or any carriage return) has a line break inside a value."""

    def __init__(self, directory: Path, name: str, fixed: list[str], delim: str,
                 rtype: str = "") -> None:
        self.directory, self.name, self.fixed, self.delim = directory, name, fixed, delim
        self.rtype = rtype  # a relationship file's :TYPE
        self.columns: list[str] = []
        self.known: set[str] = set()
        self.convert: list[int] = []  # where the list and date columns are in a row
        self.parts: list[tuple[Path, Path]] = []
        self.multiline: list[Path] = []
        self.rows = 0
        self.batch: list[list[Any]] = []
        self.handle: IO[str] | None = None
        self.buffer = io.StringIO()
        self.writer = csv.writer(self.buffer, lineterminator="\n")

    def write(self, head: tuple[Any, ...], props: dict[str, Any]) -> None:
        """Write one row: ``head`` (the fixed columns), then ``props`` by column (a
        missing or ``None`` value is an empty field)."""
        if self.handle is None or not props.keys() <= self.known:
            self._grow([key for key in props if key not in self.known])
        row = [*head, *map(props.get, self.columns)]
        for at in self.convert:
            if row[at] is not None and row[at].__class__ is not str:
                row[at] = _cell(row[at], self.delim)
        self.batch.append(row)
        if len(self.batch) == _CHUNK:
            self._flush()

    def _flush(self) -> None:
        self.writer.writerows(self.batch)
        text = self.buffer.getvalue()
        if (text.count("\n") != len(self.batch) or "\r" in text) and \
                self.parts[-1][1] not in self.multiline:
            self.multiline.append(self.parts[-1][1])
        assert self.handle is not None  # noqa: S101 - a part is open while rows come
        self.handle.write(text)
        self.buffer.seek(0)
        self.buffer.truncate()
        self.rows += len(self.batch)
        self.batch = []

    def _grow(self, new: list[str]) -> None:
        """Add the ``new`` columns; a part with rows keeps its columns (a new one starts)."""
        if self.handle is None or (new and self.rows + len(self.batch)):
            self._start()
        for key in new:
            if _typed(key) != key:  # a list or a date: formatted here, not by the csv module
                self.convert.append(len(self.fixed) + len(self.columns))
            self.known.add(key)
            self.columns.append(key)

    def _start(self) -> None:
        self.finish()
        suffix = f"-{len(self.parts) + 1}" if self.parts else ""
        data = self.directory / f"{self.name}{suffix}.csv"
        self.parts.append((data.with_name(data.stem + "-header.csv"), data))
        self.handle = open(data, "w", encoding="utf-8", newline="")  # noqa: SIM115
        self.rows = 0

    def finish(self) -> None:
        """Write the buffered rows, close the data file and write its header file."""
        if self.handle is None:
            return
        self._flush()
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
        """The arguments of ``neo4j-admin database import full`` for these files (node
        ids are the store's own: ``--id-type=actual``)."""
        args = ["database", "import", "full", "--verbose", "--id-type=actual"]
        args += [f"--nodes={h},{d}" for h, d in self.nodes]
        args += [f"--relationships={h},{d}" for h, d in self.relationships]
        multiline = ",".join(str(p) for p in self.multiline) if self.multiline else "false"
        if self.multiline:
            args.append("--multiline-fields-format=v2")
        return [*args, f"--multiline-fields={multiline}", f"--array-delimiter={self.delimiter}",
                "--overwrite-destination=false", database]


def _delimiter(rows: Sequence[NodeRow]) -> str:
    """The first of the export's array delimiters that no list value contains (lists are
    the values of the list keys, the export's ``string[]`` columns)."""
    used = "".join(x for _, props in rows for key in _LIST_KEYS for x in props.get(key) or ())
    for delim in _ARRAY_DELIMITERS:
        if delim not in used:
            return delim
    raise StoreError("every candidate array delimiter occurs in a list value; tried "
                     + " ".join(_ARRAY_DELIMITERS))


_Spaces = dict[Any, tuple[str, int]]
"""Each node's id: its label and its number (its place in the node rows, the store's id)."""


def _numbered(rows: Sequence[NodeRow]) -> _Spaces:
    """Each node's label and number, as :func:`_write_nodes` gives them."""
    names = {label: Label(label).value for label in Label}
    spaces = {props["id"]: (names[label], number) for number, (label, props) in enumerate(rows)}
    if len(spaces) != len(rows):
        _duplicate(rows)
    return spaces


def _duplicate(rows: Sequence[NodeRow]) -> None:
    seen: set[Any] = set()
    for _, props in rows:
        if props["id"] in seen:
            raise StoreError(f"node {props['id']!r} occurs twice")
        seen.add(props["id"])


def _write_nodes(rows: Sequence[NodeRow], directory: Path, delim: str,
                 files: dict[Any, _File]) -> None:
    """Write the node rows by label, numbered in order (``:ID``, the store's node id, as
    :func:`_numbered` gives it; the ``id`` is a property like any other)."""
    labels: dict[tuple[Any, Any], tuple[str, str]] = {}  # (label, kind): (label, all labels)
    for number, (label, props) in enumerate(rows):
        kind = props.get("kind")
        known = labels.get((label, kind))
        if known is None:
            name = Label(label).value
            known = labels[label, kind] = (name, delim.join(
                (name, *extra_labels({"label": name, "kind": kind}))))
        name, both = known
        out = files.get(name)
        if out is None:
            out = files[name] = _File(directory, f"nodes-{name}", [":ID", ":LABEL"], delim)
        out.write((number, both), props)


def _write_relationships(rels: Iterable[RelRow], directory: Path, delim: str,
                         spaces: _Spaces, files: dict[Any, _File]) -> int:
    """Write the relationship rows by type and end labels; return how many."""
    space, find = spaces.get, files.get
    count = 0
    for count, (rtype, row) in enumerate(rels, 1):  # noqa: B007 - the count is returned
        start, end = space(row["start"]), space(row["end"])
        if start is None or end is None or (out := find((rtype, start[0], end[0]))) is None:
            out = _new_relationship_file(rtype, row, spaces, directory, delim, files)
            start, end = spaces[row["start"]], spaces[row["end"]]
        out.write((start[1], end[1], out.rtype), row["props"])
    return count


def _new_relationship_file(rtype: str, row: dict[str, Any], spaces: _Spaces, directory: Path,
                           delim: str, files: dict[Any, _File]) -> _File:
    for name, known in ((rtype, VOCABULARY), (row["start"], spaces), (row["end"], spaces)):
        if name not in known:
            raise StoreError(f"relationship {row['start']!r} -[{rtype}]-> {row['end']!r}: "
                             f"{name!r} is neither a node nor a relationship type")
    kind = (VOCABULARY[rtype].name, spaces[row["start"]][0], spaces[row["end"]][0])
    out = files[rtype, kind[1], kind[2]] = _File(
        directory, "relationships-" + "-".join(kind), [":START_ID", ":END_ID", ":TYPE"], delim,
        kind[0])
    return out


def _write_share(rows: Sequence[NodeRow], rels: Sequence[RelRow], share: slice,
                 spaces: _Spaces, directory: Path, delim: str, with_nodes: bool) -> AdminCsv:
    """Write the nodes (if ``with_nodes``) and the relationships ``rels[share]``."""
    directory.mkdir(parents=True, exist_ok=True)
    node_files: dict[Any, _File] = {}
    rel_files: dict[Any, _File] = {}
    try:
        if with_nodes:
            _write_nodes(rows, directory, delim, node_files)
        # by index: the rows before the share are not touched (after a fork, touching
        # them would copy their memory pages into this process)
        count = _write_relationships(map(rels.__getitem__, range(*share.indices(len(rels)))),
                                     directory, delim, spaces, rel_files)
    finally:
        for out in (*node_files.values(), *rel_files.values()):
            out.finish()
    return AdminCsv([p for f in node_files.values() for p in f.parts],
                    [p for f in rel_files.values() for p in f.parts],
                    [p for f in (*node_files.values(), *rel_files.values()) for p in f.multiline],
                    delim, len(rows) if with_nodes else 0, count)


def _in_child(conn: Any, *args: Any) -> None:
    """Run :func:`_write_share` in a forked process; send back its result or its error."""
    try:
        conn.send(_write_share(*args))
    except Exception as error:  # every failure goes back to the parent
        conn.send(error if isinstance(error, StoreError | OSError)
                  else StoreError(f"writing the neo4j-admin CSV failed: {error}"))
    finally:
        conn.close()


def write_admin_csv(nodes: Iterable[NodeRow], rels: Iterable[RelRow],
                    directory: Path, *, workers: int = 2) -> AdminCsv:
    """Write the loader's records (all nodes, then the relationships, as
    :func:`~orggraph.neo4j.store.load_records` takes them) as neo4j-admin CSV in
    ``directory``. Nodes are numbered in order (the store's node ids, ``:ID``; their
    ``id`` is a property like any other). With ``workers=2`` (and ``fork``), a second
    process writes part of the relationships at the same time, into files of its own
    (``directory/2``). Raises :class:`~orggraph.errors.StoreError` for a node id that
    occurs twice, or a relationship whose end is no node or whose type is not in the
    vocabulary.

    >>> import tempfile, pathlib
    >>> from orggraph.neo4j.store import _graph_rows
    >>> out = write_admin_csv(*_graph_rows(load_graph()), pathlib.Path(tempfile.mkdtemp()))
    >>> out.arguments()[:5], out.arguments()[5].startswith("--nodes=")
    (['database', 'import', 'full', '--verbose', '--id-type=actual'], True)
    """
    rows = nodes if isinstance(nodes, list) else list(nodes)
    links = rels if isinstance(rels, list) else list(rels)
    delim = _delimiter(rows)
    spaces = _numbered(rows)
    if workers < 2 or len(rows) + len(links) < _PARALLEL_FROM or \
            "fork" not in multiprocessing.get_all_start_methods():
        return _write_share(rows, links, slice(0, None), spaces, directory, delim, True)
    # the child writes the nodes and the first relationships, this process the rest:
    # a node row takes about _NODE_COST times a relationship row's time
    split = max(0, int(len(links) / 2 - len(rows) * _NODE_COST / 2))
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_in_child, daemon=True, args=(
        send, rows, links, slice(0, split), spaces, directory, delim, True))
    child.start()
    send.close()
    try:
        second = _write_share(rows, links, slice(split, None), spaces, directory / "2", delim,
                              False)
        first = receive.recv()
    except EOFError:
        child.join()
        raise StoreError("the second process writing the neo4j-admin CSV ended "
                         f"without an answer (exit code {child.exitcode})") from None
    except BaseException:
        child.join()
        raise
    finally:
        receive.close()
    # its files are closed before it answers: it is reaped while it frees its memory
    threading.Thread(target=child.join, daemon=True).start()
    if isinstance(first, Exception):
        raise first
    return AdminCsv(first.nodes, first.relationships + second.relationships,
                    first.multiline + second.multiline, delim, first.node_count,
                    first.relationship_count + second.relationship_count)


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


def _tool_files(lib: Path, java: str) -> Path:
    """The import tool's start-up files for the launcher's ``lib`` and this ``java``, in a
    folder of the launcher's build directory named by both (a rebuilt launcher or another
    JDK gets a new one): ``classpath.args``, the class path as a JVM argument file (every
    jar, by name; a signed jar replaced by a copy without its signature, which the JVM
    would otherwise verify on every start and which class-data sharing skips) and, after
    the first import, ``tool.jsa``, the JVM's class-data archive of the classes the tool
    loads (:func:`_tool_command`)."""
    jars = sorted(lib.glob("*.jar"))
    stamp = hashlib.sha256(repr([(p.name, p.stat().st_size, p.stat().st_mtime_ns)
                                 for p in (*jars, Path(java).resolve())]).encode())
    folder = lib.parent / "admin-tool" / stamp.hexdigest()[:16]
    argfile = folder / "classpath.args"
    if argfile.is_file():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    path = [_unsigned(jar, folder) for jar in jars]
    _replace(argfile, "-cp\n" + _quoted(os.pathsep.join(str(p) for p in path)) + "\n")
    return folder


def _quoted(text: str) -> str:
    """``text`` as one argument of a JVM argument file (in double quotes, ``\\`` and ``"``
    escaped)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _replace(path: Path, text: str) -> None:
    """Write ``path`` whole or not at all."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def _unsigned(jar: Path, folder: Path) -> Path:
    """``jar``, or if it is signed a copy in ``folder`` without the signature files."""
    with zipfile.ZipFile(jar) as source:
        names = source.namelist()
        signature = re.compile(r"META-INF/[^/]+\.(SF|RSA|DSA|EC)", re.IGNORECASE)
        if not any(signature.fullmatch(n) for n in names):
            return jar
        copy = folder / jar.name
        temporary = copy.with_name(f"{copy.name}.{os.getpid()}.tmp")
        with zipfile.ZipFile(temporary, "w") as target:
            for info in source.infolist():
                if not signature.fullmatch(info.filename):
                    target.writestr(info, source.read(info), compress_type=info.compress_type)
    os.replace(temporary, copy)
    return copy


def _tool_command(files: AdminCsv) -> tuple[list[str], Path | None]:
    """The import tool's command line, and where its class-data archive is to go when
    this run makes it (``None`` when it exists: the run uses it)."""
    jar = build_launcher()
    java = _java()
    if java is None:
        raise Neo4jServerError("cannot import: 'java' (17+) is not installed")
    try:
        folder = _tool_files(jar.parent / "lib", java)
    except OSError:  # e.g. a read-only build directory: the jars as they are, no archive
        return [java, *_jvm_options(), "-cp", str(jar.parent / "lib" / "*"), _ADMIN_MAIN,
                *files.arguments()], None
    archive = folder / "tool.jsa"
    making = None if archive.is_file() else archive.with_name(f"tool.{os.getpid()}.jsa")
    sharing = (f"-XX:SharedArchiveFile={archive}" if making is None
               else f"-XX:ArchiveClassesAtExit={making}")
    return [java, *_jvm_options(), sharing, f"@{folder / 'classpath.args'}", _ADMIN_MAIN,
            *files.arguments()], making


def _run_tool(files: AdminCsv, data_dir: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    command, making = _tool_command(files)
    # in the temporary directory, where the tool also writes its import.report
    done = subprocess.run(command, env={**os.environ, "NEO4J_HOME": str(data_dir)},  # noqa: S603
                          capture_output=True, text=True, check=False, cwd=cwd,
                          stdin=subprocess.DEVNULL)
    if making is not None and making.is_file():
        if done.returncode == 0:
            os.replace(making, making.with_name("tool.jsa"))
        else:
            making.unlink()
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
