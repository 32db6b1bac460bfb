"""A new database from the records of a graph, with the real
``neo4j-admin database import full``, for big initial loads (``orggraph neo4j import``).

The records are those the online loader takes (:func:`orggraph.neo4j.store.load_records`:
the same labels, properties and ``DATE`` values), written as neo4j-admin CSV: typed
columns as in :mod:`orggraph.export`, one file per label and per relationship type with
its end labels, each file's header in a file of its own, written last (a column seen
first on a later row starts a new file). Nodes are numbered in order and the numbers are
the store's own node ids (``--id-type=actual``: the tool maps no ids; ``id`` is a
property like any other). Rows are formatted a column at a time, byte for byte what
:func:`csv.writer` writes (:func:`_fields`, :func:`_lines`). From :data:`_PARALLEL_FROM`
records a forked second process writes the nodes and the first relationships while this
one writes the rest. Only the files with a line break inside a value are read as
multi-line (``--multiline-fields``, which the tool documents as severely slower).

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
import itertools
import multiprocessing
import operator
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
from typing import IO, Any, cast

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

_CHUNK = 1024
"""Rows formatted at once, column by column, and written (and checked for line breaks):
small enough that a chunk's rows stay in the processor's cache across its columns."""

_PARALLEL_FROM = 50_000
"""From this many records a second process writes the nodes and part of the relationships."""

_NODE_COST = 0.75
"""A node row's time to write against a relationship row's (measured at a million posts,
in one process: 3.2 µs a node against 4.2 µs a relationship)."""


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


def _quoted_characters() -> frozenset[str]:
    """The characters that make this Python's :func:`csv.writer` (``QUOTE_MINIMAL``,
    ``\\n`` line ends) quote a field: asked of the writer itself, as it differs between
    versions (3.11 leaves a carriage return unquoted)."""
    quoted = set()
    for character in ',"\n\r':
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerow(["a" + character])
        if out.getvalue().startswith('"'):
            quoted.add(character)
    return frozenset(quoted)


_QUOTED = _quoted_characters()
_NEEDS_QUOTES = re.compile("[" + re.escape("".join(sorted(_QUOTED))) + "]")


def _text(value: Any, delim: str | None) -> str:
    """One value as :func:`csv.writer` writes it in a field, before quoting: ``None`` is
    empty, a float its ``repr``, anything else but a string its ``str``; with ``delim``
    (a list or date column) a list is joined with it and a date is in ISO form first
    (:func:`orggraph.export._cell`)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if delim is not None:
        value = _cell(value, delim)
        if isinstance(value, str):
            return value
    return repr(value) if isinstance(value, float) else str(value)


def _fields(values: Sequence[Any], delim: str | None = None) -> Sequence[str]:
    """A column's values as :func:`csv.writer` writes them as fields (``QUOTE_MINIMAL``,
    ``\\n`` line ends): :func:`_text`, then in double quotes (a double quote doubled) if it
    holds one of :data:`_QUOTED`. A column of strings, or of integers, takes a path with
    no Python code per value; only the values of a column that needs quotes are looked
    at one by one.

    >>> _fields(["a", None, 'say "hi", then go', 3, 1.5])
    ['a', '', '"say ""hi"", then go"', '3', '1.5']
    """
    try:
        joined = "".join(values)
        texts = values
    except TypeError:  # not only strings
        texts = _texts(values, delim)
        joined = "".join(texts)
    if not any(map(joined.__contains__, _QUOTED)):
        return texts
    if _QUOTED.issubset(',"\n') and '"' not in joined and "\n" not in joined:
        return [f'"{text}"' if "," in text else text for text in texts]  # commas only
    return ['"' + text.replace('"', '""') + '"' if _NEEDS_QUOTES.search(text) else text
            for text in texts]


def _texts(values: Sequence[Any], delim: str | None) -> Sequence[str]:
    """:func:`_text` of each value."""
    kinds = set(map(type, values))
    if kinds == {int}:
        return list(map(str, values))
    if kinds <= {str, type(None)}:
        return [value or "" for value in values]
    return [_text(value, delim) for value in values]


def _lines(columns: Sequence[Sequence[str]]) -> str:
    """Rows of fields (given by column) as :func:`csv.writer` writes them, each ended by
    ``\\n`` (a row of one empty field is ``""``, as the writer has it).

    >>> _lines([["1", "2"], ["a", '"b,c"']])
    '1,a\\n2,"b,c"\\n'
    """
    if len(columns) == 1:
        columns = [['""' if text == "" else text for text in columns[0]]]
    rows = "\n".join(map(",".join, zip(*columns, strict=True)))
    return rows + "\n" if rows or (columns and columns[0]) else ""


class _File:
    """The CSV data files of one label, or one relationship type with its end labels:
    a new part (a header file and a data file) starts whenever a row brings a column the
    rows before it lack, so every row has exactly its header's columns. Rows come a
    column at a time and are written :data:`_CHUNK` at a time, formatted column by
    column (:func:`_fields`, byte for byte what :func:`csv.writer` writes); a chunk
    with more line ends than rows (or any carriage return) has a line break inside a
    value."""

    def __init__(self, directory: Path, name: str, fixed: list[str], delim: str,
                 numbered: int = 0) -> None:
        self.directory, self.name, self.fixed, self.delim = directory, name, fixed, delim
        self.numbered = numbered  # the first fixed columns are node numbers (ints)
        self.columns: list[str] = []
        self.known: set[str] = set()
        self.convert: set[int] = set()  # where the list and date columns are in a row
        self.parts: list[tuple[Path, Path]] = []
        self.multiline: list[Path] = []
        self.rows = 0  # in the open part
        self.handle: IO[str] | None = None

    def add(self, fixed: Sequence[Sequence[Any]], props: Sequence[dict[str, Any]]) -> None:
        """Write rows: the fixed columns (given by column, ``fixed[i][row]``), then each
        row's ``props`` by column (a missing or ``None`` value is an empty field)."""
        for start in range(0, len(props), _CHUNK):
            end = start + _CHUNK
            self._take([column[start:end] for column in fixed], props[start:end])

    def _take(self, fixed: list[Sequence[Any]], props: Sequence[dict[str, Any]]) -> None:
        """Write rows: each run of rows with no new column into the open part."""
        values = self._values(props)
        if values is not None:  # every row has the open part's columns and no other
            self._put([*fixed, *values], props)
            return
        done = 0
        while done < len(props):
            if self.handle is None or not self.known.issuperset(props[done]):
                self._grow([key for key in props[done] if key not in self.known])
            upto = self._fitting(props, done + 1)
            run = props[done:upto]
            self._put([*(column[done:upto] for column in fixed), *(
                list(map(dict.get, run, itertools.repeat(key))) for key in self.columns)], run)
            done = upto

    def _values(self, props: Sequence[dict[str, Any]]) -> list[Sequence[Any]] | None:
        """The rows' values by column, if the part is open and every row has exactly its
        columns (else ``None``)."""
        if self.handle is None or len(self.columns) < 2 or \
                sum(map(len, props)) != len(props) * len(self.columns):
            return None
        try:
            rows = list(map(operator.itemgetter(*self.columns), props))
        except KeyError:
            return None
        return list(zip(*rows, strict=True)) if rows else [[] for _ in self.columns]

    def _fitting(self, props: Sequence[dict[str, Any]], start: int) -> int:
        """Where the first row from ``start`` on with a column the open part lacks is
        (``len(props)`` if none)."""
        if self.known.issuperset(itertools.chain.from_iterable(
                itertools.islice(props, start, None))):
            return len(props)
        return next(at for at in range(start, len(props))
                    if not self.known.issuperset(props[at]))

    def _put(self, columns: list[Sequence[Any]], props: Sequence[dict[str, Any]]) -> None:
        """Write rows, given by column, into the open part."""
        text = _lines([list(map(str, values)) if at < self.numbered else
                       _fields(values, self.delim if at in self.convert else None)
                       for at, values in enumerate(columns)])
        if (text.count("\n") != len(props) or "\r" in text) and \
                self.parts[-1][1] not in self.multiline:
            self.multiline.append(self.parts[-1][1])
        assert self.handle is not None  # noqa: S101 - a part is open while rows come
        self.handle.write(text)
        self.rows += len(props)

    def _grow(self, new: list[str]) -> None:
        """Add the ``new`` columns; a part with rows keeps its columns (a new one starts)."""
        if self.handle is None or (new and self.rows):
            self._start()
        for key in new:
            if _typed(key) != key:  # a list or a date: formatted with the array delimiter
                self.convert.add(len(self.fixed) + len(self.columns))
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
        """Close the data file and write its header file."""
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


def _delimiter(props: Sequence[dict[str, Any]]) -> str:
    """The first of the export's array delimiters that no list value contains (lists are
    the values of the list keys, the export's ``string[]`` columns, in the node
    properties ``props``)."""
    lists = itertools.chain.from_iterable(
        filter(None, map(dict.get, props, itertools.repeat(key))) for key in _LIST_KEYS)
    used = "".join(itertools.chain.from_iterable(lists))
    for delim in _ARRAY_DELIMITERS:
        if delim not in used:
            return delim
    raise StoreError("every candidate array delimiter occurs in a list value; tried "
                     + " ".join(_ARRAY_DELIMITERS))


_LABELS = tuple(label.value for label in Label)
"""The node labels; a node's label code is its place here."""


@dataclass(frozen=True)
class _Nodes:
    """The node rows, their properties, and what the writers look up: each node's
    number by its id (its place in the rows, the store's node id) and its label code
    (:data:`_LABELS`) by number."""

    rows: Sequence[NodeRow]
    props: list[dict[str, Any]]
    numbers: dict[Any, int]
    codes: list[int]


def _numbered(rows: Sequence[NodeRow]) -> _Nodes:
    """The nodes numbered in order, as :func:`_write_nodes` writes them."""
    props = list(map(operator.itemgetter(1), rows))
    numbers = dict(zip(map(operator.itemgetter("id"), props), itertools.count()))
    if len(numbers) != len(rows):
        _duplicate(props)
    given = list(map(operator.itemgetter(0), rows))
    codes = {label: _LABELS.index(Label(label).value) for label in set(given)}
    return _Nodes(rows, props, numbers, list(map(codes.__getitem__, given)))


def _duplicate(props: Sequence[dict[str, Any]]) -> None:
    seen: set[Any] = set()
    for one in props:
        if one["id"] in seen:
            raise StoreError(f"node {one['id']!r} occurs twice")
        seen.add(one["id"])


def _places(keys: Sequence[Any]) -> dict[Any, list[int]]:
    """Where each key occurs in ``keys``, the keys in the order they first occur.

    >>> _places(["a", "b", "a"])
    {'a': [0, 2], 'b': [1]}
    """
    places: dict[Any, list[int]] = {key: [] for key in dict.fromkeys(keys)}
    for at, key in enumerate(keys):
        places[key].append(at)
    return places


def _picked(values: Sequence[Any], places: Sequence[int]) -> list[Any]:
    return list(map(values.__getitem__, places))


def _write_nodes(nodes: _Nodes, directory: Path, delim: str,
                 files: dict[Any, _File]) -> None:
    """Write the node rows by label, numbered in order (``:ID``, the store's node id, as
    :func:`_numbered` gives it; the ``id`` is a property like any other)."""
    kinds = map(dict.get, nodes.props, itertools.repeat("kind"))
    pairs = list(zip(nodes.codes, kinds, strict=True))  # (label code, kind): all the node's labels
    every = {(code, kind): delim.join((_LABELS[code], *extra_labels(
        {"label": _LABELS[code], "kind": kind}))) for code, kind in dict.fromkeys(pairs)}
    labels = list(map(every.__getitem__, pairs))
    for code, places in _places(nodes.codes).items():
        name = _LABELS[code]
        out = files[name] = _File(directory, f"nodes-{name}", [":ID", ":LABEL"], delim, 1)
        out.add([places, _picked(labels, places)], _picked(nodes.props, places))


def _write_relationships(rels: Sequence[RelRow], directory: Path, delim: str,
                         nodes: _Nodes, files: dict[Any, _File]) -> int:
    """Write the relationship rows by type and end labels; return how many."""
    types = list(map(operator.itemgetter(0), rels))
    rows = list(map(operator.itemgetter(1), rels))
    starts = list(map(nodes.numbers.get, map(operator.itemgetter("start"), rows)))
    ends = list(map(nodes.numbers.get, map(operator.itemgetter("end"), rows)))
    if None in starts or None in ends:
        _refuse_relationship(types, rows, nodes)
    named, kinds = _kinds(types, cast("list[int]", starts), cast("list[int]", ends),
                          nodes.codes)
    props = list(map(operator.itemgetter("props"), rows))
    width = len(_LABELS)
    for kind, places in _places(kinds).items():
        rtype, start, end = named[kind // width ** 2], kind // width % width, kind % width
        if rtype not in VOCABULARY:
            _refuse_relationship(types, rows, nodes)
        out = files.get((rtype, start, end))
        if out is None:
            name = "-".join(("relationships", VOCABULARY[rtype].name, _LABELS[start],
                             _LABELS[end]))
            out = files[rtype, start, end] = _File(
                directory, name, [":START_ID", ":END_ID", ":TYPE"], delim, 2)
        out.add([_picked(starts, places), _picked(ends, places),
                 [VOCABULARY[rtype].name] * len(places)], _picked(props, places))
    return len(rows)


def _kinds(types: list[str], starts: list[int], ends: list[int],
           codes: list[int]) -> tuple[list[str], list[int]]:
    """Each relationship's type and end labels as one number (computed a whole column
    at a time): ``(t * n + s) * n + e`` for the type's place ``t`` in the distinct types
    (returned first, in order) and the label codes ``s`` and ``e`` of its ends (``n`` labels)."""
    named = _Numbering()
    width = len(_LABELS)
    label = codes.__getitem__
    first = map(operator.mul, map(named.__getitem__, types), itertools.repeat(width * width))
    pair = map(operator.add, map(operator.mul, map(label, starts), itertools.repeat(width)),
               map(label, ends))
    kinds = list(map(operator.add, first, pair))
    return list(named), kinds


class _Numbering(dict[Any, int]):
    """Each key's number, given in the order the keys are first looked up (one pass over
    a column gives the distinct values and each row's number)."""

    def __missing__(self, key: Any) -> int:
        self[key] = number = len(self)
        return number


def _refuse_relationship(types: list[str], rows: list[dict[str, Any]], nodes: _Nodes) -> None:
    """Raise for the first relationship whose type is not in the vocabulary or whose end
    is no node."""
    for rtype, row in zip(types, rows, strict=True):
        for name, known in ((rtype, VOCABULARY), (row["start"], nodes.numbers),
                            (row["end"], nodes.numbers)):
            if name not in known:
                raise StoreError(f"relationship {row['start']!r} -[{rtype}]-> {row['end']!r}: "
                                 f"{name!r} is neither a node nor a relationship type")


def _write_share(nodes: _Nodes, rels: Sequence[RelRow], share: slice, directory: Path,
                 delim: str, with_nodes: bool) -> AdminCsv:
    """Write the nodes (if ``with_nodes``) and the relationships ``rels[share]``."""
    directory.mkdir(parents=True, exist_ok=True)
    node_files: dict[Any, _File] = {}
    rel_files: dict[Any, _File] = {}
    try:
        if with_nodes:
            _write_nodes(nodes, directory, delim, node_files)
        # a slice: the rows before the share are not touched (after a fork, touching
        # them would copy their memory pages into this process)
        count = _write_relationships(rels[share], directory, delim, nodes, rel_files)
    finally:
        for out in (*node_files.values(), *rel_files.values()):
            out.finish()
    return AdminCsv([p for f in node_files.values() for p in f.parts],
                    [p for f in rel_files.values() for p in f.parts],
                    [p for f in (*node_files.values(), *rel_files.values()) for p in f.multiline],
                    delim, len(nodes.rows) if with_nodes else 0, count)


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
    numbered = _numbered(rows)
    delim = _delimiter(numbered.props)
    if workers < 2 or len(rows) + len(links) < _PARALLEL_FROM or \
            "fork" not in multiprocessing.get_all_start_methods():
        return _write_share(numbered, links, slice(0, None), directory, delim, True)
    # the child writes the nodes and the first relationships, this process the rest:
    # a node row takes about _NODE_COST times a relationship row's time
    split = max(0, int(len(links) / 2 - len(rows) * _NODE_COST / 2))
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_in_child, daemon=True, args=(
        send, numbered, links, slice(0, split), directory, delim, True))
    child.start()
    send.close()
    try:
        second = _write_share(numbered, links, slice(split, None), directory / "2", delim,
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
