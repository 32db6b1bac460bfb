"""YAML data files -> typed records, with validation that names file and line.

A data directory holds one YAML file per source document (see
``docs/data-format.md``) and the source texts under ``sources/``.
:func:`validate` reports *every* problem in one pass; :func:`read_data` returns the
records or raises :class:`~orggraph.errors.DataError` holding all the problems.

>>> dataset = read_data(DEFAULT_DATA_DIR)
>>> len(dataset.sources)
5
>>> dataset.nodes["nw-icb"].kind
'icb'
"""

from __future__ import annotations

import contextlib
import dataclasses
import difflib
import itertools
import multiprocessing
import os
import re
import sys
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

import yaml

from .errors import DataError, Problem
from .model import (
    ACCOUNTABILITY_TYPES,
    BODY_KINDS,
    VOCABULARY,
    WAIVER_FIELDS,
    WAIVER_REASONS,
    Body,
    Label,
    Location,
    Node,
    PartialDate,
    Person,
    Post,
    Relationship,
    Source,
    Waiver,
    gc_paused,
    normalise_space,
)
from .resources import data_dir

__all__ = ["DEFAULT_DATA_DIR", "VALIDATORS", "Dataset", "read_data", "validate"]

DEFAULT_DATA_DIR = data_dir()

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*\Z")  # \Z: "$" would allow a final newline
_SECTIONS: dict[str, type[Node]] = {"bodies": Body, "posts": Post, "people": Person}
_TOP_KEYS = ("source", "bodies", "posts", "people", "relationships", "waivers")
_NOT_IN_YAML = {"source", "location", "label"}
_YAML_NAMES = {"start": "from", "end": "to"}
_FIELD_NAMES = {yaml_name: name for name, yaml_name in _YAML_NAMES.items()}
_LIST_FIELDS = {"aliases"}
_INT_FIELDS = {"headcount"}
_DATE_FIELDS = {"valid_from", "valid_to", "published"}
# Values repeated across records: one shared string each keeps a big graph small
# (an edge's ends become the very strings that key its nodes).
_SHARED_FIELDS = {"id", "from", "to", "type", "kind", "grade", "title", "name", "role"}
# YAML fields whose value is text with no further check -> (field name, shared or not)
_PLAIN_TEXT = {
    yaml_name: (_FIELD_NAMES.get(yaml_name, yaml_name), yaml_name in _SHARED_FIELDS)
    for cls in (*_SECTIONS.values(), Relationship) for f in dataclasses.fields(cls)
    if (yaml_name := _YAML_NAMES.get(f.name, f.name)) not in
    _NOT_IN_YAML | _LIST_FIELDS | _INT_FIELDS | _DATE_FIELDS
}


@dataclass
class Dataset:
    """The records of one data directory, and the warnings found while reading it."""

    directory: Path
    sources: dict[str, Source] = field(default_factory=dict)
    nodes: dict[str, Node] = field(default_factory=dict)
    relationships: list[Relationship] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: the waivers of each source (passages deliberately not recorded), by source id
    waivers: dict[str, list[Waiver]] = field(default_factory=dict)

    @property
    def warnings(self) -> list[Problem]:
        """Problems that do not stop the data from loading."""
        return [p for p in self.problems if not p.is_error]

    @property
    def errors(self) -> list[Problem]:
        """Problems that stop the data from loading."""
        return [p for p in self.problems if p.is_error]


def read_data(directory: str | Path = DEFAULT_DATA_DIR) -> Dataset:
    """Read and validate every YAML file of ``directory``.

    Raises :class:`~orggraph.errors.DataError` (with every problem) when any error is
    found; warnings are kept in ``Dataset.problems``.

    >>> ds = read_data()
    >>> ds.nodes["nw-icb-deputy-medical-director"].title
    'Deputy Medical Director'
    """
    with gc_paused():
        dataset = _Reader(Path(directory)).read()
    if dataset.errors:
        raise DataError(dataset.problems)
    return dataset


#: Checks of a whole dataset that :func:`validate` runs after the loader's own. A module
#: of a higher layer adds its check here when it is imported, so this module imports none
#: of them: :mod:`orggraph.coverage` adds the warning for a waiver that waives nothing.
VALIDATORS: list[Callable[[Dataset], list[Problem]]] = []


def validate(directory: str | Path = DEFAULT_DATA_DIR) -> list[Problem]:
    """Every problem of a data directory, errors and warnings, in file and line order:
    the loader's, then those of each of :data:`VALIDATORS`.

    >>> [p for p in validate() if p.is_error]
    []
    """
    with gc_paused():
        dataset = _Reader(Path(directory)).read()
    problems = dataset.problems
    more = [p for check in VALIDATORS for p in check(dataset)]
    if more:
        problems = sorted([*problems, *more], key=lambda p: (p.path, p.line, not p.is_error))
    return problems


# --- YAML with line numbers -------------------------------------------------------------


class _Sequence(list[Any]):
    """A YAML list that remembers the line of each item."""

    __slots__ = ("lines",)
    lines: list[int]


class _Mapping(dict[str, Any]):
    """A YAML mapping that remembers its line and the line of each key."""

    __slots__ = ("duplicate_keys", "key_lines", "line")  # one object less per record
    line: int
    key_lines: dict[str, int]
    duplicate_keys: list[tuple[str, int]]


_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


#: How deep lists and mappings may nest in a data file (the format uses four levels);
#: far deeper would exhaust Python's stack while the values are built.
_MAX_NESTING = 50


def _too_deep(node: yaml.Node) -> yaml.constructor.ConstructorError:
    return yaml.constructor.ConstructorError(
        None, None, f"values nested more than {_MAX_NESTING} levels deep", node.start_mark)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """A safe loader (libyaml when present): records lines, refuses aliases, dates as text."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        # An alias is the same node reached twice; refusing it also defuses
        # "billion laughs" documents, whose aliases expand exponentially.
        if node in self.constructed_objects or node in self.recursive_objects:
            raise yaml.constructor.ConstructorError(
                None, None, "YAML aliases (*name) are not allowed in data files",
                node.start_mark,
            )
        if len(self.recursive_objects) > _MAX_NESTING:  # the nodes being built, outermost on
            raise _too_deep(node)
        return super().construct_object(node, deep=deep)


def _new_mapping(line: int) -> _Mapping:
    out = _Mapping()
    out.line = line
    out.key_lines = {}
    out.duplicate_keys = []
    return out


def _put(mapping: _Mapping, key: str, value: Any, line: int) -> None:
    if key in mapping:
        mapping.duplicate_keys.append((key, line))
    mapping[key] = value
    mapping.key_lines[key] = line


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> _Mapping:
    loader.flatten_mapping(node)
    out = _new_mapping(node.start_mark.line + 1)
    for key_node, value_node in node.value:
        key = str(loader.construct_object(key_node, deep=True))
        _put(out, key, loader.construct_object(value_node, deep=True),
             key_node.start_mark.line + 1)
    return out


def _construct_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_text)


_STR = yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG
_MAP = yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG
_SEQ = yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG
_MERGE = "tag:yaml.org,2002:merge"


class _FastLoader(_Loader):
    """:class:`_Loader` with the resolver hooks that cost a Python call per node cut short.

    Data files have no path resolvers, so only plain scalars need their type resolved;
    quoted text is text.
    """

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        if kind is yaml.ScalarNode:
            if not implicit[0]:
                return _STR
            # keys and ids recur: resolve each plain text once per file
            memo: dict[str, str] = self.__dict__.setdefault("_plain_tags", {})
            tag = memo.get(value)
            if tag is None:
                tag = memo[value] = str(super().resolve(kind, value, implicit))
            return tag
        return _SEQ if kind is yaml.SequenceNode else _MAP


def _load_yaml(text: str) -> Any:
    r"""Parse one YAML document into plain values, ``_Mapping`` for every mapping.

    Gives what ``yaml.load(text, Loader=_Loader)`` gives, but builds mappings, lists
    and text straight from the node tree instead of through PyYAML's generic
    constructor (three times faster on large files); other tags still go through it.

    >>> doc = _load_yaml("a: 1\nb:\n  - c: 2020-01-01\n")
    >>> doc, doc["b"][0].line, doc.key_lines
    ({'a': 1, 'b': [{'c': '2020-01-01'}]}, 3, {'a': 1, 'b': 2})
    """
    loader = _FastLoader(text)
    try:
        node = loader.get_single_node()
        return None if node is None else _Builder(loader).value(node)
    finally:
        loader.dispose()




class _Builder:
    def __init__(self, loader: _Loader) -> None:
        self.loader = loader
        self.seen: set[int] = set()

    def value(self, node: yaml.Node, depth: int = 0) -> Any:
        if depth > _MAX_NESTING:
            raise _too_deep(node)
        if id(node) in self.seen:
            # An alias is the same node reached twice; refusing it also defuses
            # "billion laughs" documents, whose aliases expand exponentially.
            raise yaml.constructor.ConstructorError(
                None, None, "YAML aliases (*name) are not allowed in data files",
                node.start_mark,
            )
        self.seen.add(id(node))
        tag = node.tag
        if tag == _STR and type(node) is yaml.ScalarNode:
            return node.value
        if tag == _SEQ and type(node) is yaml.SequenceNode:
            items = _Sequence(self.value(item, depth + 1) for item in node.value)
            items.lines = [item.start_mark.line + 1 for item in node.value]
            return items
        if tag == _MAP and type(node) is yaml.MappingNode:
            return self.mapping(node, depth)
        return self.loader.construct_object(node, deep=True)

    def mapping(self, node: yaml.MappingNode, depth: int) -> _Mapping:
        if any(k.tag == _MERGE for k, _ in node.value):
            self.loader.flatten_mapping(node)
        out = _new_mapping(node.start_mark.line + 1)
        for key_node, value_node in node.value:
            key = str(self.value(key_node, depth + 1))
            _put(out, key, self.value(value_node, depth + 1), key_node.start_mark.line + 1)
        return out


# --- the plain layout of generated data, one regular expression per file ---------------

# characters the plain layout leaves to the full reader (controls, breaks, non-characters)
_UNSAFE = r"\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff"
# One line of the plain layout: an optional "- " and a key, then nothing, a one-line
# double-quoted text with no escape but \" and \\, or a plain word sequence that YAML
# cannot read as anything but a scalar (no ": ", " #", quotes, brackets or indicators).
_SIMPLE_LINES = re.compile(
    r'^(?:( *)(- +)?([A-Za-z_][A-Za-z0-9_]*):'
    r'(?: +("[^"\\' + _UNSAFE + r']*(?:\\["\\][^"\\' + _UNSAFE + r']*)*"'
    r'|[A-Za-z0-9][A-Za-z0-9_./+-]*(?: [A-Za-z0-9_./+-]+)*))? *'
    r'| *(?:#[^' + _UNSAFE + r']*)?)$',  # or a blank line, or a whole-line comment
    re.MULTILINE,
)
# breaks YAML knows besides "\n", a byte-order mark, tabs: left to the full reader
_SIMPLE_REFUSED = re.compile("[\r\x85\u2028\u2029\ufeff\t]")
_UNESCAPE = re.compile(r'\\(["\\])')


_UNSET = object()


class _NotSimple(Exception):
    """The text is outside the plain layout: read it with the full YAML reader."""


def _load_simple(text: str) -> _Mapping | None:
    r"""Read a document written in the plain layout of generated data, or ``None``.

    The plain layout is a top-level mapping whose values are one-line scalars, a
    mapping of one-line scalars, or a list of such mappings, in block style. Every
    line either fits that layout or makes this return ``None``, so the caller reads
    the text with :func:`_load_yaml` instead; when it fits, the result is what
    :func:`_load_yaml` gives (values, lines, key lines and duplicate keys), several
    times faster. Plain scalars are typed by PyYAML's own resolver table.

    >>> doc = _load_simple('a: 1\nb:\n  - c: "x"\n    d: yes\n')
    >>> doc, doc["b"][0].line, doc["b"][0].key_lines
    ({'a': 1, 'b': [{'c': 'x', 'd': True}]}, 3, {'c': 3, 'd': 4})
    >>> _load_simple("a: [1, 2]\n") is None
    True
    """
    if _SIMPLE_REFUSED.search(text):
        return None
    try:
        return _SimpleReader().read(text)
    except _NotSimple:
        return None


class _SimpleReader:
    """The line reader of the plain layout (see :func:`_load_simple`).

    Each line is a key with a one-line value, a key opening a block, or a ``- key``
    opening a record of a list. The common line (one more field of the open record)
    is read in :meth:`read`'s loop; :meth:`structure` handles the others. Mappings are
    made and filled by :func:`_new_mapping` and :func:`_put`, as the full reader's.
    """

    def __init__(self) -> None:
        self.plain: dict[str, Any] = {}  # plain scalar text -> its value, per document
        self.doc: _Mapping | None = None
        # the open block under the last top-level key: a mapping at an indent, or a
        # list of records whose "- " sits at one column and whose keys at another
        self.items: list[_Mapping] | None = None
        self.record: _Mapping | None = None
        self.dash_column = self.key_column = -1
        self.top_key = ""
        self.top_line = 0
        self.key_indent: str | None = None  # the indent of the open record's keys, as text

    def scalar(self, plain: str) -> Any:
        try:
            return self.plain[plain]
        except KeyError:
            pass
        value: Any = plain
        for tag, pattern in _Loader.yaml_implicit_resolvers.get(plain[0], ()):
            if pattern.match(plain):
                if tag != _STR:  # a number, boolean, null or date: as the full reader has it
                    value = _load_yaml(plain)
                break
        self.plain[plain] = value
        return value

    def read(self, text: str) -> _Mapping:
        keys: dict[str, str] = {}
        scalar, plain = self.scalar, self.plain
        lines = _SIMPLE_LINES.findall(text)
        if len(lines) != text.count("\n") + 1:  # a line outside the layout
            raise _NotSimple
        record, key_indent = self.record, self.key_indent
        for number, (indent, dash, key, text_value) in enumerate(lines, 1):
            if not key:  # blank or comment
                continue
            name = keys.get(key)
            if name is None:
                name = keys[key] = str(self.scalar(key))
            if not text_value:
                value = None
            elif text_value[0] == '"':
                value = text_value[1:-1]
                if "\\" in value:
                    value = _UNESCAPE.sub(r"\1", value)
            else:
                value = plain.get(text_value, _UNSET)
                if value is _UNSET:
                    value = scalar(text_value)
            if indent == key_indent and not dash and value is not None:
                # the common line: one more field of the open record
                _put(record, name, value, number)  # type: ignore[arg-type]
                continue
            self.structure(number, indent, dash, name, value)
            record, key_indent = self.record, self.key_indent
        return self.end()

    def structure(self, number: int, indent: str, dash: str, name: str, value: Any) -> None:
        """A line that opens or closes a block: a top-level key, a list item, a mapping."""
        column = len(indent)
        if column == self.key_column and not dash and self.record is not None:
            # a field of the open record with nothing after it: a nested block, which
            # the plain layout does not have
            raise _NotSimple
        if column == 0 and not dash:
            self.top_level(number, name, value)
            return
        if value is None or self.doc is None:
            raise _NotSimple
        if dash:
            self.list_item(number, column, len(dash))
        elif self.record is None and self.top_key:  # a mapping under the top-level key
            self.record = _new_mapping(number)
            _put(self.doc, self.top_key, self.record, self.top_line)
            self.key_column, self.top_key, self.key_indent = column, "", indent
        else:
            raise _NotSimple
        _put(self.record, name, value, number)  # type: ignore[arg-type]

    def top_level(self, number: int, name: str, value: Any) -> None:
        if self.doc is None:
            self.doc = _new_mapping(number)
        self.close_top()
        self.items, self.record, self.top_key, self.key_indent = None, None, "", None
        self.dash_column = self.key_column = -1
        if value is None:
            self.top_key, self.top_line = name, number
        else:
            _put(self.doc, name, value, number)

    def list_item(self, number: int, column: int, dash_width: int) -> None:
        if self.items is None:
            if self.record is not None or not self.top_key or self.doc is None:
                raise _NotSimple
            self.items = []
            _put(self.doc, self.top_key, self.items, self.top_line)
            self.dash_column, self.top_key = column, ""
        elif column != self.dash_column:
            raise _NotSimple
        self.record = _new_mapping(number)
        self.items.append(self.record)
        self.key_column = column + dash_width
        self.key_indent = " " * self.key_column

    def close_top(self) -> None:
        """A top-level key with nothing under it holds ``None``."""
        if self.record is None and self.top_key and self.doc is not None:
            _put(self.doc, self.top_key, None, self.top_line)

    def end(self) -> _Mapping:
        if self.doc is None:
            raise _NotSimple
        self.close_top()
        return self.doc


# --- reading and checking ---------------------------------------------------------------


class _Fields(NamedTuple):
    """The required and optional YAML fields of a record, and both together."""

    required: frozenset[str]
    optional: frozenset[str]
    allowed: frozenset[str]


def _fields(required: set[str], optional: set[str]) -> _Fields:
    return _Fields(frozenset(required), frozenset(optional), frozenset(required | optional))


def _record_fields(cls: type[Any]) -> _Fields:
    """The YAML field names of a record class, from the dataclass."""
    required: set[str] = set()
    optional: set[str] = set()
    for f in dataclasses.fields(cls):
        if f.name in _NOT_IN_YAML:
            continue
        name = _YAML_NAMES.get(f.name, f.name)
        has_default = (
            f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
        )
        (optional if has_default else required).add(name)
    return _fields(required, optional)


_FIELDS = {name: _record_fields(cls) for name, cls in _SECTIONS.items()}
_FIELDS["relationships"] = _record_fields(Relationship)
_SOURCE_FIELDS = _fields({"id", "file", "title"}, {"published"})
_TOP_FIELDS = _fields(set(), set(_TOP_KEYS))
_WAIVER_RECORD = _fields({"quote", "reason"}, set(WAIVER_FIELDS) - {"quote", "reason"})


# What a file's reading found, as compact tuples in the order it found them (a worker
# process sends them back pickled, and pickling tuples, dicts and text is cheap where
# pickling the record classes is not). An event is one of:
#   (_BODY | _POST | _PERSON, fields, line, declared)   a node record that passed its checks
#   (_REL, fields, line)                                 a relationship record that passed
#   (_PROBLEM, path, line, message, severity)            a problem
#   (_DECLARE, id, _BODY | _POST | _PERSON)              the id of a node record that failed
#   (_WAIVER, fields, line)                              a waiver that passed, its quote's line
_BODY, _POST, _PERSON, _REL, _PROBLEM, _DECLARE, _WAIVER = range(7)
_NODE_CLASSES: tuple[type[Node], ...] = tuple(_SECTIONS.values())  # indexed by event kind
# Below this many bytes of YAML in all, reading in worker processes costs more than it saves.
_PARALLEL_BYTES = 4_000_000


class _FileReport(NamedTuple):
    """Everything one file gave, for :class:`_Reader` to merge in file order."""

    head: list[tuple[Any, ...]]  # problems found before its source id could be checked
    # the source's id, file, title, published date, line, and whether its text was read
    source: tuple[str, str, str, str | None, int, bool] | None
    events: list[tuple[Any, ...]]  # after the source: problems and records, in order


def _read_one(directory: Path, path: Path) -> _FileReport:
    """Read and check one data file on its own (in a worker process when there are many)."""
    return _FileReader(directory, path).read()


def _reports(directory: Path, files: list[Path], parallel: bool) -> Iterator[_FileReport]:
    """Each file's report, in the order of ``files``: from a pool of worker processes
    when there are many bytes to read and more than one core, else read here."""
    workers = 1
    # (a daemonic process, itself a worker of some pool, may not start processes)
    if parallel and len(files) > 1 and sys.platform == "linux" \
            and {"fork", "forkserver"} <= set(multiprocessing.get_all_start_methods()) \
            and not multiprocessing.current_process().daemon:
        total = 0
        for path in files:
            with contextlib.suppress(OSError):  # reading it reports the error
                total += path.stat().st_size
        if total >= _PARALLEL_BYTES:
            workers = min(len(files), len(os.sched_getaffinity(0)))
    if workers < 2:
        for path in files:
            yield _read_one(directory, path)
        return
    # fork: the workers start at once, sharing the parent's modules, and inherit its
    # paused garbage collector. Forking a process that runs other threads can copy a lock
    # one of them holds (the worker would wait on it for ever), so then a fork server
    # (started single-threaded) makes the workers instead.
    method = "fork" if threading.active_count() == 1 else "forkserver"
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method)) as pool:
        yield from pool.map(_read_one, itertools.repeat(directory), files)


class _FileReader:
    """Reads one data file and checks everything that needs no other file."""

    def __init__(self, directory: Path, path: Path) -> None:
        self.directory = directory
        self.path = path
        self.shown = str(path)
        self.events: list[tuple[Any, ...]] = []
        self.source_file = ""  # the source text's file name, for messages
        self.raw = ""  # the source text, normalised when a quote is not one whole line
        self.normalised = False
        self.lines: set[str] = set()  # the source text's normalised lines (the fast path)

    def problem(self, loc: Location, message: str, severity: str = "error") -> None:
        self.events.append((_PROBLEM, loc.path, loc.line, message, severity))

    def read(self) -> _FileReport:
        doc = self.parse()
        if doc is None:
            return _FileReport(self.events, None, [])
        self.check_keys(doc, self.shown, _TOP_FIELDS, "data file")
        rec = doc.get("source")
        values = self.source_fields(rec, doc)
        if values is None or not isinstance(rec, _Mapping):
            return _FileReport(self.events, None, [])
        head, self.events = self.events, []
        usable = self.read_source(values, rec)
        source = (values["id"], str(values["file"]), str(values["title"]),
                  values.get("published"), rec.line, usable)
        if usable:
            self.read_records(doc, values["id"])
        return _FileReport(head, source, self.events)

    def parse(self) -> _Mapping | None:
        shown, path = self.shown, self.path
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            line = exc.object[: exc.start].count(b"\n") + 1
            self.problem(Location(shown, line), f"cannot read file: {exc}")
            return None
        except OSError as exc:
            self.problem(Location(shown, 1), f"cannot read file: {exc}")
            return None
        try:
            # generated data is in the plain layout; any other text, and any text with a
            # YAML error, goes through the full reader, which names the line of the error
            doc = _load_simple(text)
            if doc is None:
                doc = _load_yaml(text)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else 1
            what = " ".join(str(x) for x in (exc.context, exc.problem) if x)
            kind = "YAML error" if isinstance(exc, yaml.constructor.ConstructorError) else \
                "YAML syntax error"
            self.problem(Location(shown, line), f"{kind}: {what}")
            return None
        except yaml.YAMLError as exc:
            # a ReaderError (a character YAML forbids) knows its position, not its line
            position = getattr(exc, "position", None)
            line = text[:position].count("\n") + 1 if isinstance(position, int) else 1
            self.problem(Location(shown, line), f"YAML error: {normalise_space(str(exc))}")
            return None
        if not isinstance(doc, _Mapping):
            self.problem(Location(shown, 1), "a data file must be a mapping with a 'source' key")
            return None
        return doc

    def read_records(self, doc: _Mapping, sid: str) -> None:
        events = self.events
        for kind, section in enumerate(_SECTIONS):
            for rec, line in self.records(doc, section):
                rid = rec.get("id")
                declared = isinstance(rid, str)
                values = self.build(section, rec, line)
                if values is not None:
                    events.append((kind, values, line, declared))
                elif declared:
                    events.append((_DECLARE, rid, kind))
        for rec, line in self.records(doc, "relationships"):
            values = self.build("relationships", rec, line)
            if values is not None:
                events.append((_REL, values, line))
        for rec, _ in self.records(doc, "waivers"):
            values = self.waiver(rec)
            if values is not None:
                events.append((_WAIVER, values, rec.key_lines["quote"]))

    def waiver(self, rec: _Mapping) -> dict[str, str] | None:
        """The fields of a waiver (quote, reason, note) that passes its checks: known
        fields, each text, a known reason, a quote found in the source text."""
        if not self.check_keys(rec, self.shown, _WAIVER_RECORD, "waiver", " in waiver"):
            return None
        values = {key: self.text_value(rec, key, self.shown) for key in rec}
        if None in values.values():
            return None
        out = {k: v for k, v in values.items() if v is not None}
        ok = self.check_known(out["reason"], WAIVER_REASONS, rec, "reason",
                              "unknown waiver reason", f"; one of {', '.join(WAIVER_REASONS)}")
        quoted = self.check_evidence(out["quote"], rec, "quote",
                                     "waiver quote not found in the source text")
        return out if ok and quoted else None

    def check_keys(self, rec: _Mapping, path: str, fields: _Fields, what: str,
                   where: str = "") -> bool:
        keys = rec.keys()
        if not rec.duplicate_keys and keys <= fields.allowed and fields.required <= keys:
            return True
        required, optional = fields.required, fields.optional
        ok = True
        for key, line in rec.duplicate_keys:
            self.problem(Location(path, line), f"duplicate key {key!r} in {what}")
            ok = False
        meant: set[str] = set()
        for key in rec.keys() - required - optional:
            hint = difflib.get_close_matches(key, sorted(required | optional), n=1)
            meant.update(hint)
            also = f" (did you mean {hint[0]!r}?)" if hint else ""
            self.problem(Location(path, rec.key_lines[key]),
                         f"unknown field {key!r}{where}{also}")
            ok = False
        for key in sorted(required - rec.keys() - meant):
            self.problem(Location(path, rec.line), f"{what} is missing required field {key!r}")
            ok = False
        return ok

    def source_fields(self, rec: Any, doc: _Mapping) -> dict[str, str] | None:
        """The source's fields, if it has the right ones, each text."""
        path = self.shown
        if not isinstance(rec, _Mapping):
            line = doc.key_lines.get("source", 1)
            self.problem(Location(path, line), "'source' must be a mapping with id, file, title")
            return None
        if not self.check_keys(rec, path, _SOURCE_FIELDS, "source"):
            return None
        values = {k: self.text_value(rec, k, path) for k in rec}
        if None in values.values():
            return None
        return {k: v for k, v in values.items() if v is not None}

    def read_source(self, values: dict[str, str], rec: _Mapping) -> bool:
        """Check the source's date and read its text; whether both went well."""
        path = self.shown
        published = values.get("published")
        if published is not None and not self.check_date(published, rec, "published", path):
            return False
        name = Path(str(values["file"]))
        file = self.directory / "sources" / name
        try:
            # only a regular file under sources/: not /dev/zero, ../../etc/passwd or "a\0b"
            if name.is_absolute() or ".." in name.parts or not file.is_file():
                raise OSError("not a regular file under sources/")
            self.raw = raw = file.read_text(encoding="utf-8")
            self.lines = _normalised_lines(raw)
        except (OSError, UnicodeDecodeError) as exc:
            line = rec.key_lines["file"]
            self.problem(Location(path, line), f"cannot read source text {file}: {exc}")
            return False
        self.source_file = str(values["file"])
        return True

    def records(self, doc: _Mapping, section: str) -> Iterator[tuple[_Mapping, int]]:
        items = doc.get(section)
        if items is None:
            return
        path = self.shown
        if not isinstance(items, list):
            line = doc.key_lines[section]
            self.problem(Location(path, line), f"{section!r} must be a list of records")
            return
        for i, item in enumerate(items):
            if isinstance(item, _Mapping):
                yield item, item.line
            else:
                line = items.lines[i] if isinstance(items, _Sequence) else doc.key_lines[section]
                self.problem(Location(path, line), f"an entry of {section!r} is not a mapping")

    def text_value(self, rec: _Mapping, key: str, path: str) -> str | None:
        value = rec[key]
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            line = rec.key_lines[key]
            self.problem(Location(path, line), f"field {key!r} must be text")
            return None
        text = str(value)
        if not text.strip():
            self.problem(Location(path, rec.key_lines[key]), f"field {key!r} is empty")
            return None
        return text

    def check_date(self, text: str, rec: _Mapping, key: str, path: str) -> bool:
        try:
            PartialDate.parse(text)
        except ValueError:
            self.problem(
                Location(path, rec.key_lines[key]),
                f"{key} {text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
            )
            return False
        return True

    def build(self, section: str, rec: _Mapping, line: int) -> dict[str, Any] | None:
        """The fields of a record that passes every check of its own, else ``None``."""
        fields = _FIELDS[section]
        common = not rec.duplicate_keys and rec.keys() <= fields.allowed \
            and fields.required <= rec.keys()  # the common case, which check_keys passes
        if not common and not self.check_keys(rec, self.shown, fields, _singular(section)):
            return None
        values = self.values(rec, fields)
        if values is None or not self.check_record(section, values, rec):
            return None
        return values

    def values(self, rec: _Mapping, fields: _Fields) -> dict[str, Any] | None:
        """The record's values by field name, if every one is of its field's kind."""
        values: dict[str, Any] = {}
        ok = True
        intern = sys.intern
        for key, value in rec.items():
            plain = _PLAIN_TEXT.get(key)
            if plain is not None and type(value) is str and value and not value.isspace():
                # the common case: text that text_value would pass as it is
                values[plain[0]] = intern(value) if plain[1] else value
            elif not self.convert(rec, key, fields, values):
                ok = False
        return values if ok else None

    def convert(self, rec: _Mapping, key: str, fields: _Fields, values: dict[str, Any]) -> bool:
        """Check one value outside the common case and put it in ``values``; whether it
        passed (an optional field left empty passes, and is left out)."""
        value, where = rec[key], Location(self.shown, rec.key_lines[key])
        if value is None:
            if key in fields.required:  # a required field left empty ("kind:")
                self.problem(where, f"field {key!r} is empty")
                return False
            return True
        if key in _LIST_FIELDS:
            if not isinstance(value, list) or not all(isinstance(i, str) and i.strip()
                                                      for i in value):
                self.problem(where, f"{key!r} must be a list of text")
                return False
            values[key] = tuple(value)
        elif key in _INT_FIELDS:
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                self.problem(where, f"{key!r} must be a whole number ≥ 1")
                return False
            values[key] = value
        else:
            text = self.text_value(rec, key, self.shown)
            if text is None or (key in _DATE_FIELDS
                                and not self.check_date(text, rec, key, self.shown)):
                return False
            values[_FIELD_NAMES.get(key, key)] = sys.intern(text) if key in _SHARED_FIELDS \
                else text
        return True

    def check_record(self, section: str, values: dict[str, Any], rec: _Mapping) -> bool:
        """The checks of a record's values together: id, kind or type, dates, evidence."""
        rid = values.get("id")
        if rid is not None and not _ID.match(rid):
            self.problem(
                Location(self.shown, rec.key_lines["id"]),
                f"id {rid!r} must be a lower-case slug (letters, digits, single hyphens)",
            )
            return False
        ok = True
        if section == "bodies":
            ok = self.check_known(values["kind"], BODY_KINDS, rec, "kind", "unknown body kind")
        elif section == "relationships":
            ok = self.check_known(values["type"], VOCABULARY, rec, "type", "relationship type",
                                  " is not in the vocabulary")
        if "valid_from" in values and "valid_to" in values:
            ok = self.check_period(values, rec) and ok
        return self.check_evidence(values["evidence"], rec) and ok

    def check_known(self, value: str, known: Collection[str], rec: _Mapping, key: str,
                    before: str, after: str = "") -> bool:
        """Whether ``value`` is one of ``known``; else a problem with the nearest one."""
        if value in known:
            return True
        wanted = value.upper() if key == "type" else value
        hint = difflib.get_close_matches(wanted, sorted(known), n=1)
        also = f" (did you mean {hint[0]!r}?)" if hint else ""
        self.problem(Location(self.shown, rec.key_lines[key]),
                     f"{before} {value!r}{after}{also}")
        return False

    def check_period(self, values: dict[str, Any], rec: _Mapping) -> bool:
        start = PartialDate.parse(values["valid_from"]).first_day()
        end = PartialDate.parse(values["valid_to"]).last_day()
        if end >= start:
            return True
        self.problem(
            Location(self.shown, rec.key_lines["valid_to"]),
            f"valid_to {values['valid_to']} is before valid_from {values['valid_from']}",
        )
        return False

    def check_evidence(self, quote: str, rec: _Mapping, key: str = "evidence",
                       message: str = "") -> bool:
        """Whether the quote (``rec[key]``) is in the source text (spaces normalised)."""
        # a quote found as it is among the (normalised) lines is normalised already
        if quote in self.lines or (quote := normalise_space(quote)) in self.lines \
                or quote in self.text():
            return True
        self.problem(
            Location(self.shown, rec.key_lines[key]),
            f"{message or f'evidence not found in source {self.source_file}'}: "
            f"{_clip(quote)!r}",
        )
        return False

    def text(self) -> str:
        """The normalised text of the source (normalised once, on first use)."""
        if not self.normalised:
            self.normalised = True
            self.raw = normalise_space(self.raw)
        return self.raw


class _Reader:
    """Reads every file of a directory (see :class:`_FileReader`), then checks across
    files: duplicate ids, then each of :data:`CHECKS` (the ends of every relationship,
    cycles, warnings)."""

    CHECKS: ClassVar[tuple[Callable[[_Reader], None], ...]]

    def __init__(self, directory: Path, parallel: bool = True) -> None:
        self.directory = directory
        self.parallel = parallel
        self.dataset = Dataset(directory=directory)
        self.declared: dict[str, Label] = {}  # ids of every node record, valid or not

    def problem(self, loc: Location, message: str, severity: str = "error") -> None:
        self.dataset.problems.append(Problem(loc.path, loc.line, message, severity))

    def read(self) -> Dataset:
        if not self.directory.is_dir():
            self.problem(Location(str(self.directory), 0), "no such data directory")
            return self.dataset
        files = sorted(
            p for p in self.directory.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file()
        )
        if not files:
            self.problem(Location(str(self.directory), 0), "no .yaml data files in directory")
        try:
            for path, report in zip(files, _reports(self.directory, files, self.parallel),
                                    strict=True):
                self.merge(str(path), report)
        except (OSError, BrokenProcessPool):
            if not self.parallel:
                raise
            # no worker processes to be had (or one was killed): read here, from the start
            return _Reader(self.directory, parallel=False).read()
        for check in self.CHECKS:
            check(self)
        self.dataset.problems.sort(key=lambda p: (p.path, p.line, not p.is_error))
        return self.dataset

    def merge(self, shown: str, report: _FileReport) -> None:
        """Add one file's report: its source, then its problems and records in order."""
        problems = self.dataset.problems
        problems.extend(Problem(*event[1:]) for event in report.head)
        if report.source is None:
            return
        sid, file, title, published, line, usable = report.source
        loc = Location(shown, line)
        if sid in self.dataset.sources:
            first = self.dataset.sources[sid].location
            self.problem(loc, f"duplicate source id {sid!r} (first at {first})")
            return
        if usable:
            self.dataset.sources[sid] = Source(sid, file, title, published, loc)
        declared, relationships = self.declared, self.dataset.relationships
        nodes = self.dataset.nodes
        for event in report.events:
            kind = event[0]
            if kind == _REL:
                relationships.append(
                    Relationship(**event[1], source=sid, location=Location(shown, event[2]))
                )
            elif kind < _REL:
                cls = _NODE_CLASSES[kind]
                node = cls(**event[1], source=sid, location=Location(shown, event[2]))
                if event[3]:
                    declared.setdefault(node.id, cls.label)
                if node.id in nodes:
                    self.add_node(node)  # reports the duplicate
                else:
                    nodes[node.id] = node
            elif kind == _PROBLEM:
                problems.append(Problem(*event[1:]))
            elif kind == _WAIVER:
                self.dataset.waivers.setdefault(sid, []).append(
                    Waiver(**event[1], path=shown, line=event[2]))
            else:
                declared.setdefault(event[1], _NODE_CLASSES[event[2]].label)

    def add_node(self, node: Node) -> None:
        first = self.dataset.nodes.get(node.id)
        if first is not None:
            self.problem(
                _loc(node), f"duplicate id {node.id!r} (first defined at {first.location})"
            )
            return
        self.dataset.nodes[node.id] = node


    # -- across files --

    def check_ends(self) -> None:
        """Keep the relationships whose ends exist and may be joined by their type."""
        nodes, declared = self.dataset.nodes, self.declared
        good: list[Relationship] = []
        for rel in self.dataset.relationships:
            rtype = VOCABULARY[rel.type]
            if declared.get(rel.start) in rtype.starts and declared.get(rel.end) in rtype.ends \
                    and rel.start in nodes and rel.end in nodes \
                    and (rel.start != rel.end or rel.type != "DEPUTISES_FOR"):
                good.append(rel)  # the common case, which the checks below pass
                continue
            ok = True
            for end_name, nid, allowed in (("from", rel.start, rtype.starts),
                                            ("to", rel.end, rtype.ends)):
                label = self.declared.get(nid)
                if label is None:
                    self.problem(_loc(rel), f"{rel.type} {end_name} unknown id {nid!r}"
                                 f"{self.suggest(nid)}")
                    ok = False
                elif label not in allowed:
                    kinds = "/".join(sorted(str(x) for x in allowed))
                    self.problem(
                        _loc(rel),
                        f"{rel.type} cannot go {end_name} a {label} ({nid!r}); "
                        f"it takes {kinds}",
                    )
                    ok = False
                elif nid not in nodes:  # its own record has an error already
                    ok = False
            if ok and rel.type == "DEPUTISES_FOR" and rel.start == rel.end:
                self.problem(_loc(rel), f"post {rel.start!r} deputises for itself")
                ok = False
            if ok:
                good.append(rel)
        self.dataset.relationships = good

    def suggest(self, text: str) -> str:
        wanted = text.casefold()
        for node in self.dataset.nodes.values():
            names = (node.display_name, *node.aliases, getattr(node, "abbreviation", None) or "")
            if any(n.casefold() == wanted or _slug(n) == wanted for n in names if n):
                return f" (did you mean {node.id!r}, {node.display_name!r}?)"
        hint = difflib.get_close_matches(text, list(self.dataset.nodes), n=1, cutoff=0.75)
        return f" (did you mean {hint[0]!r}?)" if hint else ""

    def check_cycles(self) -> None:
        """An error for each cycle of accountability lines (checked on data free of
        other errors)."""
        if any(p.is_error for p in self.dataset.problems):
            return
        rels = self.dataset.relationships
        lines = [(rel.start, rel.end) for rel in rels if rel.type in ACCOUNTABILITY_TYPES]
        if not _has_cycle(lines):
            return  # the usual case, found without building a graph
        import networkx as nx  # only to name the cycles of data that has one

        g = nx.DiGraph()
        first_edge: dict[tuple[str, str], Relationship] = {}
        for rel in rels:
            if rel.type in ACCOUNTABILITY_TYPES:
                g.add_edge(rel.start, rel.end)
                first_edge.setdefault((rel.start, rel.end), rel)
        for component in nx.strongly_connected_components(g):
            if len(component) == 1:
                (only,) = component
                if not g.has_edge(only, only):
                    continue
            cycle = nx.find_cycle(g.subgraph(component))
            path = " -> ".join([cycle[0][0], *(v for _, v in cycle)])
            rel = first_edge[cycle[0][0], cycle[0][1]]
            self.problem(_loc(rel), f"accountability cycle: {path}")

    def warn_nodes(self) -> None:
        """Warnings about nodes: orphan bodies, posts with no stated accountability or
        mentioned only once."""
        rels = self.dataset.relationships
        degree = Counter(rel.start for rel in rels)  # counted in C, not one += per end
        degree.update(rel.end for rel in rels)
        accountable = {rel.start for rel in rels if rel.type in ACCOUNTABILITY_TYPES}
        for node in self.dataset.nodes.values():
            label = node.label
            if label is Label.BODY and degree[node.id] == 0:
                self.problem(_loc(node), f"body {node.id!r} is an orphan: no relationship "
                             "names it", "warning")
            if label is not Label.POST:
                continue
            if node.id not in accountable:
                self.problem(_loc(node), f"post {node.id!r} has no stated accountability",
                             "warning")
            if degree[node.id] <= 1:
                self.problem(_loc(node), f"post {node.id!r} is mentioned only once "
                             f"({degree[node.id]} relationship)", "warning")

    def warn_lines(self) -> None:
        """Warnings about accountability lines to a post outside the bodies the post
        sits in and the bodies those are part of."""
        rels, nodes = self.dataset.relationships, self.dataset.nodes
        post_in: dict[str, set[str]] = defaultdict(set)
        parents: dict[str, set[str]] = defaultdict(set)
        for rel in rels:
            if rel.type == "POST_IN":
                post_in[rel.start].add(rel.end)
            elif rel.type == "PART_OF":
                parents[rel.start].add(rel.end)
        lineage = {b: _ancestors(parents, b)
                   for b in {b for bodies in post_in.values() for b in bodies}}
        for rel in rels:
            if rel.type not in ACCOUNTABILITY_TYPES or nodes[rel.end].label is not Label.POST:
                continue
            mine, theirs = post_in.get(rel.start), post_in.get(rel.end)
            if not mine or not theirs:
                continue
            # the manager sits in the post's own body or one it belongs to
            if len(mine) == 1:
                (only,) = mine
                mine_up = lineage[only]
            else:
                mine_up = set().union(*(lineage[b] for b in mine))
            if not mine_up & theirs:
                self.problem(
                    _loc(rel),
                    f"post {rel.start!r} {rel.type} {rel.end!r}, outside the body it sits in "
                    f"({', '.join(sorted(mine))})",
                    "warning",
                )


#: The checks across files, in order, once every file is read; each adds its problems
#: to the dataset. ``validate`` and ``read_data`` run them all: a new check is a method
#: of :class:`_Reader` added here.
_Reader.CHECKS = (_Reader.check_ends, _Reader.check_cycles, _Reader.warn_nodes,
                  _Reader.warn_lines)


def _ancestors(parents: dict[str, set[str]], body: str) -> set[str]:
    """``body`` and every body it is part of, at any depth."""
    out, todo = {body}, [body]
    while todo:
        for parent in parents.get(todo.pop(), ()):
            if parent not in out:
                out.add(parent)
                todo.append(parent)
    return out


#: From this many edges, :func:`_has_cycle` works on NumPy arrays; below, in Python
#: (quicker for small data, and a command reading it need not import NumPy).
_ARRAY_EDGES = 20_000


def _has_cycle(edges: list[tuple[str, str]]) -> bool:
    """Whether the directed edges have a cycle (a self-loop counts): Kahn's algorithm,
    removing every node with no incoming edge left (:func:`_has_cycle_arrays` for many
    edges).

    >>> _has_cycle([("a", "b"), ("b", "c")]), _has_cycle([("a", "b"), ("b", "a")])
    (False, True)
    """
    if len(edges) >= _ARRAY_EDGES:
        return _has_cycle_arrays(edges)
    targets: dict[str, list[str]] = defaultdict(list)
    waiting: Counter[str] = Counter()
    for start, end in edges:
        targets[start].append(end)
        waiting[end] += 1
    nodes = {x for edge in edges for x in edge}
    frontier = [n for n in nodes if not waiting[n]]
    removed = 0
    while frontier:
        node = frontier.pop()
        removed += 1
        for end in targets.get(node, ()):
            waiting[end] -= 1
            if not waiting[end]:
                frontier.append(end)
    return removed < len(nodes)


def _has_cycle_arrays(edges: list[tuple[str, str]]) -> bool:
    """:func:`_has_cycle` level by level on NumPy arrays, for many edges.

    >>> _has_cycle_arrays([("a", "b"), ("b", "c")]), _has_cycle_arrays([("a", "a")])
    (False, True)
    """
    import numpy as np  # only for large data: small data never waits for its import

    from ._arrays import sorted_distinct

    number: dict[str, int] = {}
    ends = np.fromiter((number.setdefault(x, len(number)) for edge in edges for x in edge),
                       dtype=np.int64, count=2 * len(edges))
    n = len(number)
    start, end = ends[0::2], ends[1::2]
    order = np.argsort(start, kind="stable")
    targets = end[order]
    ptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(start, minlength=n), out=ptr[1:])
    waiting = np.bincount(end, minlength=n)
    frontier = np.flatnonzero(waiting == 0)
    removed = 0
    while len(frontier):
        removed += len(frontier)
        counts = ptr[frontier + 1] - ptr[frontier]
        total = int(counts.sum())
        if not total:
            break
        offsets = np.repeat(ptr[frontier] - np.cumsum(counts) + counts, counts)
        reached = targets[offsets + np.arange(total, dtype=np.int64)]
        np.subtract.at(waiting, reached, 1)
        frontier = sorted_distinct(reached[waiting[reached] == 0])
    return removed < n


def _normalised_lines(text: str) -> set[str]:
    r"""The set of ``text``'s lines, each with its spaces normalised.

    >>> sorted(_normalised_lines("a  b\n c\nd\n"))
    ['a b', 'c', 'd']
    """
    body = text[:-1] if text.endswith("\n") else text
    # Every line already normal (the usual case, as generated): no break but "\n", no
    # other whitespace but single spaces, none at a line's ends; then no line needs
    # normalise_space (see its fast path).
    if body.replace("\n", "").isprintable() and "  " not in body and " \n" not in body \
            and "\n " not in body and body[:1] != " " and body[-1:] != " ":
        return set(body.split("\n")) if text else set()
    return {normalise_space(line) for line in text.splitlines()}


def _singular(section: str) -> str:
    return {"bodies": "body", "posts": "post", "people": "person"}.get(section, "relationship")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def _clip(text: str, n: int = 70) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _loc(record: Node | Relationship) -> Location:
    return record.location or Location("?", 0)
