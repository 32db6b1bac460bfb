"""A throwaway local Neo4j 5.26 Community server, for machines without Docker.

The server is a small Java program (``neo4j-launcher/``, built with Maven from
Maven Central artifacts) that starts a real Neo4j DBMS with Bolt on 127.0.0.1, auth
on, a generated password and a temporary data directory. It needs only ``java``
(17+) and ``mvn``. The build is cached: Maven runs again only when the jar is older
than ``pom.xml`` or the Java sources.

Run ``python -m orggraph.neo4j.server`` to start one by hand; it prints the
``export NEO4J_URI=…`` lines to use with ``orggraph neo4j …``.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..errors import Neo4jServerError

__all__ = ["LAUNCHER_DIR", "LocalServer", "build_launcher", "start_local_server"]

LAUNCHER_DIR = Path(__file__).resolve().parent.parent.parent / "neo4j-launcher"
_JAR = LAUNCHER_DIR / "target" / "neo4j-launcher-1.0.0.jar"
_BUILD = ["mvn", "-B", "-q", "-DskipTests", "package"]
_JVM = ["-Xms256m", "-Xmx1g", "-XX:+UseG1GC"]


def _newest_source() -> float:
    files = [LAUNCHER_DIR / "pom.xml", *LAUNCHER_DIR.glob("src/**/*.java")]
    return max(p.stat().st_mtime for p in files)


def build_launcher(force: bool = False) -> Path:
    """Build the launcher jar with Maven unless an up-to-date one exists; return its path."""
    if not force and _JAR.exists() and _JAR.stat().st_mtime >= _newest_source():
        return _JAR
    for tool in ("java", "mvn"):
        if shutil.which(tool) is None:
            raise Neo4jServerError(
                f"'{tool}' is not installed: the local Neo4j needs Java 17+ and Maven "
                "(on Debian: apt-get install openjdk-17-jdk-headless maven)")
    done = subprocess.run(_BUILD, cwd=LAUNCHER_DIR, capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode != 0 or not _JAR.exists():
        tail = " | ".join((done.stdout + done.stderr).strip().splitlines()[-3:])
        raise Neo4jServerError(f"'{' '.join(_BUILD)}' in {LAUNCHER_DIR} failed: {tail}")
    return _JAR


@dataclass
class LocalServer:
    """A running local server. ``stop()`` ends it and deletes its data directory."""

    uri: str
    user: str
    password: str = field(repr=False)
    process: subprocess.Popen[str] = field(repr=False)
    data_dir: Path
    owns_data_dir: bool = True

    def stop(self, timeout: float = 30) -> None:
        """Stop the server (closing its stdin, then SIGTERM, then SIGKILL)."""
        if self.process.poll() is None:
            with contextlib.suppress(OSError):
                if self.process.stdin:
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
        if self.owns_data_dir:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    def __enter__(self) -> LocalServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _read_ready(stream: IO[str], found: list[str]) -> None:
    for line in stream:
        if line.startswith("READY "):
            found.append(line.split(None, 1)[1].strip())
            return


def _log_tail(data_dir: Path) -> str:
    logs = sorted(data_dir.glob("logs/*.log"))
    if not logs:
        return ""
    lines = logs[-1].read_text(encoding="utf-8", errors="replace").strip().splitlines()
    return " | ".join(lines[-3:])


def start_local_server(*, port: int = 0, data_dir: Path | None = None,
                       timeout: float = 180) -> LocalServer:
    """Build (if needed) and start a local Neo4j; wait until Bolt answers.

    ``port=0`` picks a free port. The password is generated and given to the
    server through its environment; it is never printed.
    """
    jar = build_launcher()
    owns = data_dir is None
    directory = Path(tempfile.mkdtemp(prefix="orggraph-neo4j-")) if data_dir is None else data_dir
    password = secrets.token_urlsafe(16)
    env = {**os.environ, "ORGGRAPH_NEO4J_PASSWORD": password}
    process = subprocess.Popen(  # noqa: S603 - fixed command line, no shell
        ["java", *_JVM, "-jar", str(jar), str(directory), str(port)],  # noqa: S607
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True, env=env,
    )
    found: list[str] = []
    stdout: Any = process.stdout
    reader = threading.Thread(target=_read_ready, args=(stdout, found), daemon=True)
    reader.start()
    deadline = time.monotonic() + timeout
    while not found and process.poll() is None and time.monotonic() < deadline:
        reader.join(0.2)
    server = LocalServer(found[0] if found else "", "neo4j", password, process, directory, owns)
    if not found:
        why = ("exited with code " + str(process.returncode) if process.poll() is not None
               else f"was not ready after {timeout:.0f} s")
        log = _log_tail(directory)
        server.stop()
        raise Neo4jServerError(f"the local Neo4j {why}{': ' + log if log else ''}")
    try:
        import neo4j

        with neo4j.GraphDatabase.driver(server.uri, auth=(server.user, password)) as driver:
            driver.verify_connectivity()
    except Exception as exc:
        server.stop()
        raise Neo4jServerError(f"the local Neo4j at {server.uri} did not answer: {exc}") from None
    return server


if __name__ == "__main__":  # pragma: no cover - run by hand
    with start_local_server() as srv:
        print(f"export NEO4J_URI={srv.uri}")  # noqa: T201
        print(f"export NEO4J_USER={srv.user}")  # noqa: T201
        print(f"export NEO4J_PASSWORD={srv.password}")  # noqa: T201
        print("# Neo4j is running; press Ctrl-C to stop it.", flush=True)  # noqa: T201
        with contextlib.suppress(KeyboardInterrupt):
            srv.process.wait()
