"""A new database from the project's neo4j-admin CSV, with the real
``neo4j-admin database import full``, for big initial loads (``orggraph neo4j import``).

The import tool is Neo4j's own (``org.neo4j.cli.AdminTool``, on the launcher's class path
from Maven Central), run offline against a data directory that
:func:`orggraph.neo4j.server.start_local_server` then serves. It builds a *new* database:
a data directory that already holds one, or where a server runs, is refused. The
constraints and indexes of ``cypher/schema.cypher`` are created by the first start
(the import leaves :data:`SCHEMA_PENDING` behind for it).
"""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from ..errors import Neo4jServerError
from ..export import export, neo4j_admin_command

__all__ = ["SCHEMA_PENDING", "ImportReport", "import_graph"]

from .server import SCHEMA_PENDING, _java, _jvm_options, background_status, build_launcher

"""In a data directory: the imported database still needs ``cypher/schema.cypher``."""

_ADMIN_MAIN = "org.neo4j.cli.AdminTool"


@dataclass(frozen=True)
class ImportReport:
    """What an import wrote, and how long the import tool took (seconds)."""

    nodes: int
    relationships: int
    seconds: float


def _refuse_if_in_use(data_dir: Path) -> None:
    if background_status(data_dir) is not None:
        raise Neo4jServerError(f"a Neo4j server runs in {data_dir}; stop it first")
    if (data_dir / "data" / "databases" / "neo4j").exists():
        raise Neo4jServerError(f"{data_dir} already holds a database; the import builds a "
                               "new one: choose an empty data directory")


def import_graph(G: nx.MultiDiGraph, data_dir: Path) -> ImportReport:
    """Write ``G`` as neo4j-admin CSV (:mod:`orggraph.export`) and import it into a new
    database ``neo4j`` in ``data_dir`` with ``neo4j-admin database import full``.

    Raises :class:`~orggraph.errors.Neo4jServerError` when a server runs there, a
    database exists there already, or the import tool fails (its telling last line).
    """
    _refuse_if_in_use(data_dir)
    jar = build_launcher()
    java = _java()
    if java is None:
        raise Neo4jServerError("cannot import: 'java' (17+) is not installed")
    data_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="orggraph-import-") as tmp:
        csv_dir = export(G, "csv", Path(tmp) / "csv")
        args = shlex.split(neo4j_admin_command(csv_dir))[1:]
        command = [java, *_jvm_options(), "-cp", str(jar.parent / "lib" / "*"), _ADMIN_MAIN,
                   *args]
        began = time.monotonic()
        # in the temporary directory, where the tool also writes its import.report
        done = subprocess.run(command, env={**os.environ, "NEO4J_HOME": str(data_dir)},  # noqa: S603
                              capture_output=True, text=True, check=False, cwd=tmp,
                              stdin=subprocess.DEVNULL)
        seconds = time.monotonic() - began
    if done.returncode != 0:
        lines = [ln.strip() for ln in (done.stdout + done.stderr).splitlines()
                 if ln.strip() and not ln.strip().startswith("at ")]
        raise Neo4jServerError(f"neo4j-admin database import failed (exit code "
                               f"{done.returncode}): {(lines or ['no output'])[-1][:300]}")
    (data_dir / SCHEMA_PENDING).write_text("cypher/schema.cypher\n", encoding="utf-8")
    return ImportReport(G.number_of_nodes(), G.number_of_edges(), seconds)
