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
- only a directory whose files hold at least :data:`MIN_BYTES` is cached: below that,
  reading the YAML is quicker than any cache;
- a small *head* the caller computes from the graph (the counts ``orggraph summary``
  prints, :mod:`orggraph.counts`) is kept before the graph, and :func:`cached_head`
  reads it alone: without unpickling the graph, or importing NetworkX.

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
import multiprocessing
import os
import pickle
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from .model import gc_paused
from .output import write_file

__all__ = ["MIN_BYTES", "cache_dir", "cache_path", "cached_graph", "cached_head",
           "directory_key"]

#: A directory whose files hold fewer bytes than this is read afresh every time.
MIN_BYTES = 1_000_000
#: The first bytes of every cache file, with the format's version.
_MAGIC = b"orggraph graph cache 3\n"
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
    from importlib.metadata import PackageNotFoundError, version  # only to key a cache

    try:
        return version(package)
    except PackageNotFoundError:  # pragma: no cover - run from a source tree
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
    this one busy), else hashed here and now."""
    if not background or sys.platform != "linux" or len(os.sched_getaffinity(0)) < 2 \
            or threading.active_count() > 1 or multiprocessing.current_process().daemon:
        key = directory_key(root)
        return lambda: key
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


def _read(path: Path, key: Callable[[], str], *, graph: bool = True) -> Any | None:
    """The cached graph (or only the head before it) when the file's key is ``key()``,
    else None (never trusted otherwise, and a file cut short or unreadable is as good
    as none). The file is read while ``key()`` is computed, and what it holds returned
    only once the two keys are equal."""
    line = b""
    out = None
    try:
        with path.open("rb") as f:
            line = f.readline(len(_MAGIC)) + f.readline(_KEY_BYTES)
            if line.startswith(_MAGIC):
                out = pickle.load(f)  # noqa: S301 - our own file, its key checked below
                if graph:
                    with gc_paused():  # millions of dicts that live on: half the time
                        out = pickle.load(f)  # noqa: S301
                        # out of the collector's sight, or its next collection walks
                        # them all (seconds at a million posts)
                        gc.freeze()
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError,
            ValueError, TypeError):
        out = None
    return out if line == _MAGIC + key().encode() + b"\n" else None


def _cacheable(root: Path, min_bytes: int | None) -> bool:
    return root.is_dir() and _size(root) >= (MIN_BYTES if min_bytes is None else min_bytes)


def cached_head(directory: str | Path, *, min_bytes: int | None = None,
                where: Path | None = None) -> Any | None:
    """The head kept with the cached graph of ``directory`` when the directory is
    unchanged and cached, else None; the graph itself is not read."""
    root = Path(directory)
    if not _cacheable(root, min_bytes):
        return None
    return _read(cache_path(root, where), _key_later(root, background=False), graph=False)


def cached_graph(directory: str | Path, build: Callable[[], Any], *,
                 head: Callable[[Any], Any] | None = None,
                 min_bytes: int | None = None, where: Path | None = None) -> Any:
    """The graph of ``directory``: from its cache when the directory is unchanged, else
    ``build()`` (which reads and validates the data) and the cache written for next time,
    with ``head(graph)`` before the graph for :func:`cached_head` (None without ``head``).

    A cache that cannot be written (no space, a read-only home) costs nothing but the
    time: the graph built is returned all the same.
    """
    root = Path(directory)
    if not _cacheable(root, min_bytes):
        return build()
    path = cache_path(root, where)
    key_of = _key_later(root, background=path.is_file())
    G = _read(path, key_of)
    if G is not None:
        return G
    key = key_of()
    G = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with gc_paused():
            data = b"".join([_MAGIC, key.encode(), b"\n", *(
                pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
                for obj in (head(G) if head else None, G))])
        write_file(path, data, force=True)
    except (OSError, pickle.PicklingError):
        pass
    return G
