"""The real cypher-shell (``org.neo4j:cypher-shell``, the server's patch version) against a
Neo4j server, for ``orggraph neo4j shell``.

Maven builds it once (cached) in ``neo4j-launcher/cypher-shell/`` onto a class path of its
own. The password reaches it in its environment (``NEO4J_PASSWORD``, which cypher-shell
reads), never on its command line.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from ..errors import Neo4jServerError
from .server import LAUNCHER_DIR, _java

__all__ = ["SHELL_DIR", "build_cypher_shell", "run_shell"]

SHELL_DIR = LAUNCHER_DIR / "cypher-shell"
"""The Maven project that fetches cypher-shell and its libraries into ``target/lib``."""

_MAIN = "org.neo4j.shell.Main"
_STAMP = ".orggraph-built"


def _has_jars(lib: Path) -> bool:
    return lib.is_dir() and any(lib.glob("cypher-shell-*.jar"))


def _is_fresh(lib: Path) -> bool:
    """Built since the pom last changed: the stamp written after a build is newer than the
    pom (the jars keep the times they have in Maven's local repository, so they cannot say)."""
    stamp = lib / _STAMP
    return _has_jars(lib) and stamp.is_file() \
        and stamp.stat().st_mtime >= (SHELL_DIR / "pom.xml").stat().st_mtime


def build_cypher_shell(progress: Callable[[str], None] | None = None) -> Path:
    """Fetch cypher-shell with Maven unless done already; return its ``lib`` directory."""
    lib = SHELL_DIR / "target" / "lib"
    if _is_fresh(lib):
        return lib
    mvn = shutil.which("mvn")
    if mvn is None:
        raise Neo4jServerError(f"cannot fetch cypher-shell with 'cd {SHELL_DIR} && mvn -B -q "
                               "package': 'mvn' is not installed (Debian: apt-get install maven)")
    if progress is not None:
        progress(f"fetching cypher-shell: cd {SHELL_DIR} && mvn -B -q package …")
    done = subprocess.run([mvn, "-B", "-q", "package"], cwd=SHELL_DIR,  # noqa: S603
                          capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL)
    if done.returncode == 0 and _has_jars(lib):
        (lib / _STAMP).touch()
    if done.returncode != 0 or not _is_fresh(lib):
        last = (done.stdout + done.stderr).strip().splitlines()[-1:] or ["no output"]
        raise Neo4jServerError(f"'cd {SHELL_DIR} && mvn -B -q package' failed "
                               f"(exit code {done.returncode}): {last[0][:300]}")
    return lib


def run_shell(uri: str, user: str, password: str, *, file: Path | None = None,
              database: str | None = None,
              progress: Callable[[str], None] | None = None) -> int:
    """Run cypher-shell against ``uri`` (interactive, or the statements of ``file``) and
    return its exit code."""
    lib = build_cypher_shell(progress)
    java = _java()
    if java is None:
        raise Neo4jServerError("cannot run cypher-shell: 'java' (17+) is not installed")
    command = [java, "-cp", str(lib / "*"), _MAIN, "-a", uri, "-u", user]
    if database:
        command += ["-d", database]
    if file is not None:
        command += ["-f", str(file)]
    env = {**os.environ, "NEO4J_PASSWORD": password}
    return subprocess.run(command, env=env, check=False).returncode  # noqa: S603
