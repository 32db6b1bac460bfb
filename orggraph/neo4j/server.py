"""A throwaway local Neo4j 5.26 Community server, for machines without Docker.

The server is a small Java program (``neo4j-launcher/``, built with Maven from Maven
Central artifacts) that starts a real Neo4j DBMS: Bolt on 127.0.0.1 only, HTTP off,
auth on, user ``neo4j`` with a password generated here and handed over in the
environment (never on a command line, never printed), and a data directory that is
deleted again on :meth:`LocalServer.stop`. It needs ``java`` 17+ and ``mvn``; the build
is cached and Maven runs again only when the jar is older than ``pom.xml`` or the Java
sources.

Use it as a context manager::

    with start_local_server() as server:
        conn = connect(server.uri, server.user, server.password)

``orggraph neo4j start`` starts one by hand: it prints the ``export NEO4J_URI=…``
line for ``orggraph neo4j …`` and runs until Ctrl-C.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import re
import secrets
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from queue import Empty, Queue
from typing import IO

from ..errors import Neo4jServerError
from ..resources import launcher_dir

#: The marker ``neo4j import`` (:mod:`orggraph.neo4j.bulk`) leaves in a data directory
#: whose new database still needs the schema; the first start creates it.
SCHEMA_PENDING = ".orggraph-schema-pending"

__all__ = [
    "BUILD_COMMAND",
    "DEFAULT_HEAP",
    "DEFAULT_PAGECACHE",
    "HEAP_ENV",
    "JVM_OPTIONS",
    "LAUNCHER_DIR",
    "LAUNCHER_JAR",
    "PAGECACHE_ENV",
    "PASSWORD_ENV",
    "PASSWORD_FILE",
    "STATE_FILE",
    "LocalServer",
    "background_status",
    "build_launcher",
    "start_local_server",
    "stop_background",
]

LAUNCHER_DIR = launcher_dir()
"""The Maven project of the launcher (in a source checkout of orggraph)."""

LAUNCHER_JAR = LAUNCHER_DIR / "target" / "neo4j-launcher-1.0.0.jar"
"""The runnable jar; its manifest puts ``target/lib/*.jar`` on the class path."""

BUILD_COMMAND = ("mvn", "-B", "-q", "-DskipTests", "package")
"""How the launcher is built, in :data:`LAUNCHER_DIR`."""

PASSWORD_ENV = "ORGGRAPH_NEO4J_PASSWORD"  # noqa: S105 - a variable name, not a password
"""The environment variable that hands the password of user ``neo4j`` to the launcher."""

HEAP_ENV = "ORGGRAPH_NEO4J_HEAP"
"""Optional environment variable: the server's heap (``-Xmx``, and ``-Xms`` too), e.g. ``4g``."""

PAGECACHE_ENV = "ORGGRAPH_NEO4J_PAGECACHE"
"""Optional environment variable: Neo4j's page cache (the store's pages in memory, outside
the heap), e.g. ``1g``; :data:`DEFAULT_PAGECACHE` when unset."""

DEFAULT_PAGECACHE = "128m"
"""The default page cache, enough for the tests and the curated data; bigger stores load
faster with more (``benchmarks/bench_neo4j.py`` documents what it ran with)."""

DEFAULT_HEAP = "2g"
"""The default heap. ``1g`` is enough for the tests and the curated data, but with ``2g``
the garbage collector works less during a load: a staged load of 100,000 generated posts
ran 10 % faster (``3g``: 13 %; README, "Benchmarks"). Neo4j caps the memory of
transactions at 70 % of the heap, so big atomic loads need more: loading 100,000
generated posts (~350,000 records) in one transaction needs ``3g``."""

JVM_OPTIONS = (
    # _jvm_options() adds -Xmx and an equal -Xms: a heap that starts small is resized by
    # many more, slower young collections while a load fills it.
    # Throughput over pause times: against G1, the parallel collector took 7 to 14 % less
    # server CPU per record in staged loads of 100,000 generated posts (6 to 11 % faster),
    # and transparent huge pages for the heap 5 to 6 % less again (README, "Benchmarks").
    # Where the kernel has none, the JVM logs one "[warning][pagesize]" line (on stdout,
    # which the launcher's reader skips) and runs without them.
    "-XX:+UseParallelGC",
    "-XX:+UseTransparentHugePages",
    # Neo4j 5.26 on Java 17 (the same opens its own neo4j.conf adds); without them it runs,
    # but degraded, with WARNs in debug.log:
    #   java.nio: the page cache reaches DirectByteBuffer internals ("using fallback mode");
    #   java.io: FileDescriptor.fd, for posix_fadvise on transaction logs ("Incorrect file
    #   descriptor"); sun.nio.ch: NIO channel internals used by Neo4j and Netty.
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
)
"""The JVM options the launcher runs with (besides ``-Xmx``)."""

_PAGECACHE_BYTES_ENV = "ORGGRAPH_NEO4J_PAGECACHE_BYTES"  # what the launcher reads
_BUILD_TIMEOUT = 1800.0
_STOP_TIMEOUT = 30.0
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


_SIZE = re.compile(r"([1-9][0-9]*)([kKmMgG]?)")


def _jvm_options() -> list[str]:
    """:data:`JVM_OPTIONS` plus ``-Xms`` and ``-Xmx`` from :data:`HEAP_ENV` or
    :data:`DEFAULT_HEAP`."""
    heap = os.environ.get(HEAP_ENV, "").strip() or DEFAULT_HEAP
    if not _SIZE.fullmatch(heap):
        raise Neo4jServerError(
            f"{HEAP_ENV} must be a JVM heap size such as 2g or 4096m, not {heap!r}")
    return [*JVM_OPTIONS, f"-Xms{heap}", f"-Xmx{heap}"]


def _pagecache_bytes() -> int:
    """The page cache from :data:`PAGECACHE_ENV` or :data:`DEFAULT_PAGECACHE`, in bytes."""
    text = os.environ.get(PAGECACHE_ENV, "").strip() or DEFAULT_PAGECACHE
    match = _SIZE.fullmatch(text)
    size = 0 if match is None else int(match.group(1)) * 1024 ** " kmg".index(
        (match.group(2) or " ").lower())
    if size < 8 * 1024 ** 2:
        raise Neo4jServerError(
            f"{PAGECACHE_ENV} must be a size of at least 8m, such as 512m or 1g, not {text!r}")
    return size


def _build_hint() -> str:
    return f"cd {LAUNCHER_DIR} && {' '.join(BUILD_COMMAND)}"


def _java() -> str | None:
    """The ``java`` to run: ``$JAVA_HOME/bin/java`` if there is one (as Maven uses), else PATH's."""
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").is_file():
        return str(Path(home) / "bin" / "java")
    return shutil.which("java")


def _is_fresh(jar: Path) -> bool:
    """Whether ``jar`` and its ``lib/`` exist and are newer than the pom and every source."""
    lib = jar.parent / "lib"
    if not jar.is_file() or not lib.is_dir() or not any(lib.glob("*.jar")):
        return False
    sources = [LAUNCHER_DIR / "pom.xml",
               *(p for p in (LAUNCHER_DIR / "src").rglob("*") if p.is_file())]
    return jar.stat().st_mtime >= max(p.stat().st_mtime for p in sources)


@contextlib.contextmanager
def _build_lock() -> Iterator[None]:
    """Serialise builds between processes (e.g. parallel test workers); a no-op without fcntl."""
    target = LAUNCHER_DIR / "target"
    target.mkdir(exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on Linux/macOS
        yield
        return
    with open(target / ".build.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _first_error(output: str) -> str:
    """The most telling line of Maven's output: its first specific ``[ERROR]`` line."""
    lines = [_ANSI.sub("", line).strip() for line in output.splitlines()]
    lines = [line for line in lines if line]
    errors = [line for line in lines if line.startswith("[ERROR]")]
    specific = [line for line in errors
                if line[7:].strip() and not line[7:].strip().startswith(("->", "COMPILATION ERROR",
                                                                           "To see", "Re-run",
                                                                           "For more", "[Help"))]
    chosen = (specific or errors or lines or ["no output"])[0]
    return chosen if len(chosen) <= 400 else chosen[:400] + "…"


def build_launcher(force: bool = False, progress: Callable[[str], None] | None = None) -> Path:
    """Build the launcher with Maven unless an up-to-date jar exists; return the jar's path.

    Runs ``mvn -B -q -DskipTests package`` in :data:`LAUNCHER_DIR` only when the jar
    (or ``target/lib``) is missing or older than ``pom.xml`` or a file under ``src/``,
    or when ``force`` is true. The first build downloads Neo4j from Maven Central
    (about 130 MB). ``progress`` is told, one line each, when a build starts and ends.
    Raises :class:`Neo4jServerError`, with a one-line message naming the command, when
    Java or Maven is missing or the build fails.
    """
    if not (LAUNCHER_DIR / "pom.xml").is_file():
        raise Neo4jServerError(
            f"the Neo4j launcher's Maven project is missing ({LAUNCHER_DIR / 'pom.xml'}); "
            "the local Neo4j needs a source checkout of orggraph")
    if not force and _is_fresh(LAUNCHER_JAR):
        return LAUNCHER_JAR
    if _java() is None:
        raise Neo4jServerError(
            f"cannot build the local Neo4j with '{_build_hint()}': 'java' (17+) is not installed "
            "(Debian: apt-get install openjdk-17-jdk-headless)")
    mvn = shutil.which("mvn")
    if mvn is None:
        raise Neo4jServerError(
            f"cannot build the local Neo4j with '{_build_hint()}': 'mvn' is not installed "
            "(Debian: apt-get install maven)")
    with _build_lock():
        if not force and _is_fresh(LAUNCHER_JAR):  # another process built it meanwhile
            return LAUNCHER_JAR
        began = time.monotonic()
        if progress is not None:
            progress(f"building the Neo4j launcher: {_build_hint()} (the first build downloads "
                     "about 130 MB from Maven Central) …")
        try:
            done = subprocess.run(  # noqa: S603 - fixed command line, no shell
                [mvn, *BUILD_COMMAND[1:]], cwd=LAUNCHER_DIR, capture_output=True, text=True,
                check=False, timeout=_BUILD_TIMEOUT, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise Neo4jServerError(
                f"'{_build_hint()}' did not finish within {_BUILD_TIMEOUT:.0f} s") from None
        if done.returncode != 0 or not LAUNCHER_JAR.is_file():
            raise Neo4jServerError(
                f"'{_build_hint()}' failed (exit code {done.returncode}): "
                f"{_first_error(done.stdout + done.stderr)}")
        # The jar plugin leaves an unchanged jar alone; mark it as built now for the cache check.
        LAUNCHER_JAR.touch()
        if progress is not None:
            progress(f"built the Neo4j launcher in {time.monotonic() - began:.0f} s")
    return LAUNCHER_JAR


@dataclass(eq=False)
class LocalServer:
    """A running local Neo4j. :meth:`stop` ends it and deletes a temporary data directory.

    Also a context manager: ``with start_local_server() as server: …`` stops it on exit.
    """

    uri: str
    """``bolt://127.0.0.1:PORT``."""
    user: str
    """Always ``neo4j``."""
    password: str = field(repr=False)
    """The generated password of :attr:`user`."""
    process: subprocess.Popen[bytes] = field(repr=False)
    """The ``java`` process; it also exits by itself when this Python process ends."""
    data_dir: Path
    """Neo4j's home: ``data/`` holds the store, ``logs/`` its logs and the JVM's stderr."""
    owns_data_dir: bool = True
    """Whether :meth:`stop` deletes :attr:`data_dir` (true when it was a fresh temporary one)."""
    http_uri: str = ""
    """``http://127.0.0.1:PORT``: the HTTP API, and Neo4j Browser at :attr:`browser_url`."""
    auth_origin: str = "generated"
    """Where :attr:`password` came from: ``given`` (the caller), ``generated`` (here, now)
    or ``file`` (:data:`PASSWORD_FILE` of the data directory, from an earlier start)."""
    _cleanups: list[IO[bytes] | threading.Thread] = field(
        default_factory=list, repr=False, compare=False)

    def stop(self, timeout: float = _STOP_TIMEOUT) -> None:
        """Stop the server and wait for it; delete :attr:`data_dir` if it owns it. Idempotent.

        Closes the launcher's standard input (it then shuts Neo4j down cleanly), and
        falls back to SIGTERM, then SIGKILL, each after ``timeout`` seconds.
        """
        atexit.unregister(self.stop)
        if self.process.poll() is None:
            if self.process.stdin is not None:
                with contextlib.suppress(OSError):
                    self.process.stdin.close()
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.terminate()
                try:
                    self.process.wait(timeout=timeout)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()
        for item in self._cleanups:
            if isinstance(item, threading.Thread):
                item.join(timeout=5)
            else:
                with contextlib.suppress(OSError):
                    item.close()
        self._cleanups.clear()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        if self.owns_data_dir:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    @property
    def browser_url(self) -> str:
        """Neo4j Browser: ``http://127.0.0.1:PORT/browser/``."""
        return f"{self.http_uri}/browser/"

    def wait(self) -> int | None:
        """Block until the server exits (its exit code) or Ctrl-C is pressed (``None``)."""
        try:
            return self.process.wait()
        except KeyboardInterrupt:
            return None

    def log_tail(self) -> str:
        """The telling last lines of the server's logs, as one line (empty if none)."""
        return _log_tail(self.data_dir)

    def __enter__(self) -> LocalServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _pump_stdout(stream: IO[bytes], ready: Queue[str]) -> None:
    """Hand the ``READY`` line's URIs over, then keep draining so the pipe never fills up."""
    announced = False
    for raw in stream:
        line = raw.decode("utf-8", "replace").strip()
        if not announced and line.startswith("READY "):
            ready.put(line.split(None, 1)[1])
            announced = True
    if not announced:
        ready.put("")  # end of output without READY


def _lines(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return [line.strip() for line in text.splitlines() if line.strip()]


def _clip(line: str, width: int = 300) -> str:
    return line if len(line) <= width else line[:width] + "…"


def _log_tail(data_dir: Path, count: int = 3) -> str:
    """The telling last lines of the JVM's stderr and of Neo4j's debug.log, as one line.

    From stderr: the launcher's own messages and the last ``Caused by``; from debug.log:
    the last ERROR/WARN lines. Either falls back to its plain last lines.
    """
    logs = data_dir / "logs"
    parts = []
    stderr = _lines(logs / "launcher-stderr.log")
    if stderr:
        own = [line for line in stderr if line.startswith("neo4j-launcher:")][-count:]
        causes = [line for line in stderr if line.startswith("Caused by:")][-1:]
        parts.append("[stderr] " + " | ".join(_clip(x) for x in (own + causes or stderr[-count:])))
    debug = _lines(logs / "debug.log")
    if debug:
        bad = [line for line in debug if " ERROR " in line or " WARN " in line][-count:]
        parts.append("[debug.log] " + " | ".join(_clip(x) for x in bad or debug[-count:]))
    return " ".join(parts)


PASSWORD_FILE = "password"  # noqa: S105 - a file name
"""In a ``--data-dir`` of a server whose password was generated: that password (mode
600), so the next start of the same store uses it again."""

STATE_FILE = "orggraph-neo4j.json"
"""In the data directory of a server started in the background: its pid, URIs and user."""

_DETACHED_ENV = "ORGGRAPH_NEO4J_DETACHED"  # what the launcher reads


def _password(data_dir: Path | None, password: str | None) -> tuple[str, str]:
    """The password and where it came from (see :attr:`LocalServer.auth_origin`)."""
    if password is not None:
        if len(password) < 8:
            raise Neo4jServerError("the password must have 8 characters at least")
        return password, "given"
    stored = None if data_dir is None else data_dir / PASSWORD_FILE
    if stored is not None and stored.is_file():
        return stored.read_text(encoding="utf-8").strip(), "file"
    return secrets.token_urlsafe(16), "generated"


def _keep_password(data_dir: Path, password: str) -> None:
    """Write :data:`PASSWORD_FILE` (mode 600, atomically)."""
    target = data_dir / PASSWORD_FILE
    tmp = target.with_name(f".{PASSWORD_FILE}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(password + "\n")
    os.replace(tmp, target)


def start_local_server(*, port: int = 0, http_port: int = 0, data_dir: Path | None = None,
                       timeout: float = 180, password: str | None = None,
                       background: bool = False,
                       progress: Callable[[str], None] | None = None) -> LocalServer:
    """Build the launcher if needed, start a local Neo4j and wait until Bolt answers.

    Bolt on ``port`` and HTTP (the HTTP API and Neo4j Browser) on ``http_port``, both on
    127.0.0.1 only; 0 picks a free port. ``data_dir`` defaults to a fresh temporary
    directory, which :meth:`LocalServer.stop` deletes (a given one is kept). The password
    is ``password`` (8 characters at least), else the one kept in ``data_dir`` by an
    earlier start, else generated (``secrets.token_urlsafe(16)``; kept in
    ``data_dir/password``, mode 600, when there is a ``data_dir``); it reaches the server
    in its environment. With ``background`` (which needs ``data_dir``) the server keeps
    running after this process ends, until :func:`stop_background`; its pid and URIs
    are in ``data_dir/orggraph-neo4j.json``. ``progress`` hears about a build. Raises
    :class:`Neo4jServerError` if the build fails, the server exits early or is not
    ready within ``timeout`` seconds (with the last lines of its logs), or the official
    driver cannot log in.
    """
    for name, value in (("port", port), ("http_port", http_port)):
        if not 0 <= value <= 65535:
            raise Neo4jServerError(f"{name} must be 0 to 65535, not {value}")
    if background and data_dir is None:
        raise Neo4jServerError("a server in the background needs a data_dir to keep it in")
    if data_dir is not None and background_status(data_dir) is not None:
        raise Neo4jServerError(f"a Neo4j started in the background is running in {data_dir}; "
                               "stop it first")
    password, source = _password(data_dir, password)
    jvm_options = _jvm_options()
    pagecache = _pagecache_bytes()
    jar = build_launcher(progress=progress)
    java = _java()
    if java is None:
        raise Neo4jServerError("cannot start the local Neo4j: 'java' (17+) is not installed")
    owns = data_dir is None
    directory = Path(tempfile.mkdtemp(prefix="orggraph-neo4j-")) if data_dir is None else data_dir
    (directory / "logs").mkdir(parents=True, exist_ok=True)
    env = {**os.environ, PASSWORD_ENV: password, _PAGECACHE_BYTES_ENV: str(pagecache)}
    if background:
        env[_DETACHED_ENV] = "1"
    stderr = open(directory / "logs" / "launcher-stderr.log", "ab")  # noqa: SIM115 - closed by stop()
    try:
        process = subprocess.Popen(  # noqa: S603 - fixed command line, no shell
            [java, *jvm_options, "-jar", str(jar), str(directory), str(port), str(http_port)],
            stdin=subprocess.DEVNULL if background else subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=stderr, env=env,
            cwd=directory, start_new_session=True,  # Ctrl-C goes to Python, which stops it
        )
    except OSError as exc:
        stderr.close()
        if owns:
            shutil.rmtree(directory, ignore_errors=True)
        raise Neo4jServerError(f"cannot run '{java}': {exc}") from None
    server = _await_ready(process, directory, owns, password, stderr, timeout)
    server.auth_origin = source
    if data_dir is not None and source == "generated":
        _keep_password(data_dir, password)
    _apply_pending_schema(server)
    if background:
        atexit.unregister(server.stop)
        _write_state(server)
    return server


def _apply_pending_schema(server: LocalServer) -> None:
    """Create the schema of a database that ``neo4j-admin database import`` built (see
    :mod:`orggraph.neo4j.bulk`), once."""
    from .store import apply_schema, connect

    pending = server.data_dir / SCHEMA_PENDING
    if pending.is_file():
        with connect(server.uri, server.user, server.password) as conn:
            apply_schema(conn)
        pending.unlink()


def _await_ready(process: subprocess.Popen[bytes], directory: Path, owns: bool, password: str,
                 stderr: IO[bytes], timeout: float) -> LocalServer:
    """Wait for the launcher's ``READY`` line; a :class:`LocalServer` that has logged in."""
    ready: Queue[str] = Queue()
    if process.stdout is None:  # pragma: no cover - stdout=PIPE always gives one
        raise Neo4jServerError("no pipe to the launcher's standard output")
    reader = threading.Thread(target=_pump_stdout, args=(process.stdout, ready),
                              name="neo4j-launcher-stdout", daemon=True)
    reader.start()
    server = LocalServer("", "neo4j", password, process, directory, owns,
                         _cleanups=[reader, stderr])
    atexit.register(server.stop)

    deadline = time.monotonic() + timeout
    uris = ""
    while not uris:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        try:
            uris = ready.get(timeout=min(0.2, remaining))
        except Empty:
            continue
        if not uris:  # stdout closed without READY: the launcher is exiting
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=5)
            break
    if not uris:
        code = process.poll()
        why = (f"exited with code {code}" if code is not None
               else f"was not ready within {timeout:g} s")
        log = _stop_keeping_logs(server)
        raise Neo4jServerError(f"the local Neo4j {why}" + (f": {log}" if log else ""))
    server.uri, _, server.http_uri = uris.partition(" ")
    _verify(server)
    return server


def _write_state(server: LocalServer) -> None:
    state = {"pid": server.process.pid, "uri": server.uri, "http_uri": server.http_uri,
             "user": server.user}
    target = server.data_dir / STATE_FILE
    target.write_text(json.dumps(state) + "\n", encoding="utf-8")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def background_status(data_dir: Path) -> dict[str, object] | None:
    """The state of the server started in the background in ``data_dir`` (``pid``,
    ``uri``, ``http_uri``, ``user``), or None when none runs there."""
    try:
        state = json.loads((data_dir / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    pid = state.get("pid") if isinstance(state, dict) else None
    if not isinstance(pid, int) or not _alive(pid):
        return None
    return dict(state)


def stop_background(data_dir: Path, timeout: float = 60) -> int:
    """Stop the server started in the background in ``data_dir`` (SIGTERM, then SIGKILL
    after ``timeout`` seconds) and return its pid. Raises :class:`Neo4jServerError` when
    none runs there."""
    import signal

    state = background_status(data_dir)
    if state is None:
        raise Neo4jServerError(f"no Neo4j started in the background runs in {data_dir}")
    pid = int(str(state["pid"]))
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    if _alive(pid):
        os.kill(pid, signal.SIGKILL)
    (data_dir / STATE_FILE).unlink(missing_ok=True)
    return pid


def _stop_keeping_logs(server: LocalServer) -> str:
    """Stop ``server``, read the tail of its logs, then delete its data directory if owned."""
    owns, server.owns_data_dir = server.owns_data_dir, False
    server.stop(timeout=10)
    log = _log_tail(server.data_dir)
    if owns:
        shutil.rmtree(server.data_dir, ignore_errors=True)
    return log


def _verify(server: LocalServer) -> None:
    """Log in with the official driver; on failure stop the server and raise."""
    try:
        import neo4j
    except ImportError:
        server.stop()
        raise Neo4jServerError(
            "the neo4j Python driver is not installed (pip install neo4j)") from None
    try:
        with neo4j.GraphDatabase.driver(server.uri, auth=(server.user, server.password)) as driver:
            driver.verify_connectivity()
    except Exception as exc:  # the driver has many error types; all mean the same here
        log = _stop_keeping_logs(server)
        raise Neo4jServerError(
            f"the local Neo4j at {server.uri} did not accept a login: {exc}"
            + (f"; logs: {log}" if log else "")) from None
