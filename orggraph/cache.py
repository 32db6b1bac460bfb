"""The validated cache of a data directory: its graph, kept between commands.

Reading and validating the YAML of a large directory is most of what a command costs
before its first answer (at a million posts, tens of seconds). :func:`cached_graph`
keeps the built graph (with the index the all-posts questions share) in one file per
data directory, under :func:`cache_dir`, and gives it back only when the directory is
exactly as it was:

- the key is a SHA-256 over every file of the directory (its path and the SHA-256 of
  its content; hidden files and directories aside) and the versions of orggraph,
  Python and NetworkX, so any change to any data or source file, or an upgrade,
  invalidates it;
- the key is written at the head of the cache file; the graph stored after it is read
  while the directory is hashed (in a second process when there is a second core),
  kept out of the collector's sight (``gc.freeze``: it lives as long as the command)
  and used only when the two keys are equal; a file that does not match, is cut short
  or cannot be read is never used: the graph is built from the data and the cache
  written again;
- the file is written atomically (a temporary file moved into place), so a run
  interrupted while writing leaves the old cache or none;
- only a directory whose files hold at least :data:`MIN_BYTES` has its graph cached:
  below that, reading the YAML is quicker than unpickling a graph;
- a small *head* computed from the graph (the counts ``orggraph summary`` prints,
  :mod:`orggraph.counts`) is kept before the graph, and :func:`cached_head` reads it
  alone: without unpickling the graph, or importing NetworkX. A head is quicker to
  read than any YAML, so :func:`write_head` keeps it for a directory of any size, in a
  file with no graph;
- between the head and the graph, a *section*: a part of the graph's own objects (the
  integer index the all-posts questions answer from, :mod:`orggraph.index`), written
  by the same pickler as the graph, so that what they share is stored once. With
  ``lazy``, :func:`cached_graph` reads the section alone and gives the graph itself
  only when asked for it, from the file opened (and validated) at first: a question
  answered from the index never unpickles the graph.

Validation happens when the cache is written: a directory with errors raises
:class:`~orggraph.errors.DataError` as ever and nothing is cached. The CLI uses the
cache for every command that reads data; ``--no-cache`` reads the data afresh.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.yaml").write_text("x: 1\\n")
>>> key = directory_key(d)
>>> _ = (d / "a.yaml").write_text("x: 2\\n")
>>> directory_key(d) == key
False
"""

from __future__ import annotations

import gc
import hashlib
import io
import os
import pickle
import sys
import threading
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .model import gc_paused
from .output import write_file

__all__ = ["MIN_BYTES", "cache_dir", "cache_path", "cached_graph", "cached_head",
           "directory_key", "write_head"]

#: A directory whose files hold fewer bytes than this is read afresh every time.
MIN_BYTES = 1_000_000
#: The first bytes of every cache file, with the format's version.
_MAGIC = b"orggraph graph cache 4\n"
_ENV = "ORGGRAPH_CACHE_DIR"
#: The length of a key's line at the head of a cache file (64 hex digits and a newline).
_KEY_BYTES = 65


def cache_dir() -> Path:
    """Where cache files live: ``$ORGGRAPH_CACHE_DIR``, else ``$XDG_CACHE_HOME/orggraph``,
    else ``~/.cache/orggraph``."""
    if os.environ.get(_ENV):
        return Path(os.environ[_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "orggraph"


def cache_path(directory: str | Path, where: Path | None = None) -> Path:
    """The cache file of a data directory (one per directory, by its absolute path)."""
    name = hashlib.sha256(str(Path(directory).resolve()).encode("utf-8",
                                                                 "surrogateescape"))
    return (where or cache_dir()) / f"{name.hexdigest()[:32]}.pickle"


def _files(directory: Path) -> list[Path]:
    out: list[Path] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        out += [Path(root) / f for f in sorted(files) if not f.startswith(".")]
    return out


def _version(package: str) -> str:
    """The installed version of ``package``, from the name of its ``.dist-info``
    directory on ``sys.path`` (as :func:`importlib.metadata.version` finds it, without
    the import of :mod:`importlib.metadata`, which would cost a command reading only a
    cache's head more than the rest of it)."""
    prefix = package.lower().replace("-", "_") + "-"
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as names:
                for name in names:
                    lowered = name.name.lower()
                    if lowered.startswith(prefix) and lowered.endswith(".dist-info"):
                        return name.name[len(prefix):-len(".dist-info")]
        except OSError:
            continue
    return "unknown"


def _versions() -> str:
    """The versions the cache depends on, read from the installed metadata (without
    importing NetworkX, which a command reading only the head never needs)."""
    return (f"orggraph {_version('orggraph')}; python {sys.version}; "
            f"networkx {_version('networkx')}")


def directory_key(directory: str | Path) -> str:
    """The SHA-256 key of a data directory's content (every file's path and content)."""
    root = Path(directory)
    key = hashlib.sha256(_MAGIC + _versions().encode())
    for path in _files(root):
        with path.open("rb") as f:
            digest = hashlib.file_digest(f, "sha256").hexdigest()
        rel = path.relative_to(root).as_posix().encode("utf-8", "surrogateescape")
        key.update(b"%d:%s:%s\n" % (len(rel), rel, digest.encode()))
    return key.hexdigest()


def _size(directory: Path) -> int:
    return sum(p.stat().st_size for p in _files(directory))


def _key_later(root: Path, background: bool) -> Callable[[], str]:
    """A function giving :func:`directory_key` of ``root``: with ``background``, hashed
    meanwhile in a forked process when there is a second core (reading the cache keeps
    this one busy), else hashed here and now. :mod:`multiprocessing` is imported only
    then: a command reading a cache's head alone never waits for it."""
    if background and sys.platform == "linux" and len(os.sched_getaffinity(0)) >= 2 \
            and threading.active_count() == 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        if not multiprocessing.current_process().daemon:
            pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
            future = pool.submit(directory_key, root)

            def result() -> str:
                try:
                    return future.result()
                except BrokenProcessPool:  # pragma: no cover - the child was killed
                    return directory_key(root)
                finally:
                    pool.shutdown()

            return result
    key = directory_key(root)
    return lambda: key


#: What a cache file that is cut short or not a cache file raises while it is read.
_BROKEN = (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError,
           ValueError, TypeError, KeyError, IndexError)


class _Stored:
    """What follows the head in an open cache file: the section, read at once, and the
    graph after it, read by :meth:`graph` (through the same unpickler, which knows the
    section's objects the graph shares)."""

    def __init__(self, file: io.BufferedReader) -> None:
        self._file = file
        weakref.finalize(self, file.close)  # a graph never asked for: closed when dropped
        self._unpickler = pickle.Unpickler(file)  # noqa: S301 - our own file, key checked
        self.section = self._unpickler.load()

    def graph(self) -> Any:
        """The graph (read once: the file is closed after), kept out of the collector's
        sight (``gc.freeze``: it lives as long as the command)."""
        try:
            with gc_paused():  # millions of dicts that live on: half the time
                graph = self._unpickler.load()
                gc.freeze()  # else the collector's next pass walks them all (seconds)
        finally:
            self.close()
        return graph

    def close(self) -> None:
        self._file.close()


def _read(path: Path, key: Callable[[], str], *, graph: bool = True) -> Any | None:
    """The head of a cache file (``graph`` false) or its :class:`_Stored` rest, when the
    file's key is ``key()``, else None (never trusted otherwise, and a file cut short or
    unreadable is as good as none). The file is read while ``key()`` is computed, and
    what it holds returned only once the two keys are equal."""
    line = b""
    out = None
    file = None
    try:
        file = path.open("rb")
        line = file.readline(len(_MAGIC)) + file.readline(_KEY_BYTES)
        if line.startswith(_MAGIC):
            out = pickle.load(file)  # noqa: S301 - our own file, its key checked below
            if graph:
                out = _Stored(file)
    except _BROKEN:
        out = None
    if line != _MAGIC + key().encode() + b"\n":
        out = None
    if file is not None and not isinstance(out, _Stored):
        file.close()
    return out


def _cacheable(root: Path, min_bytes: int | None) -> bool:
    return root.is_dir() and _size(root) >= (MIN_BYTES if min_bytes is None else min_bytes)


def cached_head(directory: str | Path, *, where: Path | None = None) -> Any | None:
    """The head kept in the cache file of ``directory`` (with its graph, or alone) when
    the directory is unchanged, else None; a graph is not read."""
    root = Path(directory)
    if not root.is_dir():
        return None
    return _read(cache_path(root, where), _key_later(root, background=False), graph=False)


def _write(root: Path, key: str, head: Any, parts: tuple[Any, ...],
           where: Path | None) -> None:
    """The cache file of ``root``: its key, ``head``, then ``parts`` (the section and the
    graph, or nothing) through one pickler, so that an object in both is stored once."""
    path = cache_path(root, where)
    buffer = io.BytesIO()
    buffer.write(_MAGIC + key.encode() + b"\n")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with gc_paused():
            pickle.dump(head, buffer, protocol=pickle.HIGHEST_PROTOCOL)
            pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
            for part in parts:
                pickler.dump(part)
        write_file(path, buffer.getvalue(), force=True)
    except (OSError, pickle.PicklingError):
        pass


def write_head(directory: str | Path, head: Any, *, where: Path | None = None) -> None:
    """Keep ``head`` (computed from the validated data of ``directory``, as it is now)
    for :func:`cached_head`, in a cache file with no graph; a file that cannot be
    written costs nothing but the time, as in :func:`cached_graph`."""
    root = Path(directory)
    if root.is_dir():
        _write(root, directory_key(root), head, (), where)


def cached_graph(directory: str | Path, build: Callable[[], Any], *,
                 head: Callable[[Any], Any] | None = None,
                 section: Callable[[Any], Any] | None = None,
                 lazy: Callable[[Any, Callable[[], Any]], Any] | None = None,
                 min_bytes: int | None = None, where: Path | None = None) -> Any:
    """The graph of ``directory``: from its cache when the directory is unchanged, else
    ``build()`` (which reads and validates the data) and the cache written for next time,
    with ``head(graph)`` before the graph for :func:`cached_head` and ``section(graph)``
    between them (None without them).

    With ``lazy``, an unchanged directory gives ``lazy(section, load)`` instead of the
    graph: ``section`` as read from the cache, and ``load()``, which reads the graph
    from the cache file opened and validated now (or, should that part of the file not
    read, builds it as when nothing is cached). A directory read afresh gives its graph.

    A cache that cannot be written (no space, a read-only home) costs nothing but the
    time: the graph built is returned all the same.
    """
    root = Path(directory)
    if not _cacheable(root, min_bytes):
        return build()
    path = cache_path(root, where)
    key_of = _key_later(root, background=path.is_file())
    stored = _read(path, key_of)

    def rebuild() -> Any:
        G = build()
        _write(root, key_of(), head(G) if head else None,
               (section(G) if section else None, G), where)
        return G

    if stored is None:
        return rebuild()
    if lazy is not None:
        return lazy(stored.section, lambda: _graph_or(stored, rebuild))
    return _graph_or(stored, rebuild)


def _graph_or(stored: _Stored, rebuild: Callable[[], Any]) -> Any:
    """The graph ``stored`` holds, else (the file broken after its section) ``rebuild()``."""
    try:
        return stored.graph()
    except _BROKEN:
        return rebuild()
