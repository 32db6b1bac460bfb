"""``orggraph neo4j …``: a local server, loading the graph, the named and ad-hoc Cypher."""

from __future__ import annotations

import contextlib
import os
import shlex
import sys
from pathlib import Path
from typing import Any

import click

from ..cli import (
    _error,
    _graph,
    _Group,
    _progress,
    as_of_option,
    cache_option,
    data_option,
    emit,
    format_option,
)
from ..errors import Neo4jServerError


@click.group("neo4j", cls=_Group)
def neo4j_command() -> None:
    """Neo4j: load the graph, run the cypher/ queries (server from NEO4J_URI etc.)."""


def _params(pairs: tuple[str, ...]) -> dict[str, Any]:
    from ..neo4j.params import parse_params

    return parse_params(pairs)


@neo4j_command.command("start")
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True,
              help="Bolt port on 127.0.0.1 (0: a free one).")
@click.option("--http-port", type=click.IntRange(0, 65535), default=0, show_default=True,
              help="HTTP port (Neo4j Browser) on 127.0.0.1 (0: a free one).")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Keep the database here (default: a throwaway directory).")
@click.option("--background", is_flag=True,
              help="Keep running after this command ends (needs --data-dir); "
                   "'orggraph neo4j stop --data-dir DIR' stops it.")
def neo4j_start(port: int, http_port: int, data_dir: Path | None, background: bool) -> None:
    """Start a local Neo4j 5.26 with Neo4j Browser (Java 17+, Maven) and print its
    settings; Ctrl-C (or SIGTERM) stops it."""
    import signal

    from ..neo4j.server import start_local_server

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)  # SIGTERM cleans up as Ctrl-C does
    server = start_local_server(port=port, http_port=http_port, data_dir=data_dir,
                                password=os.environ.get("NEO4J_PASSWORD") or None,
                                background=background,
                                progress=lambda line: click.echo(line, err=True))
    with contextlib.ExitStack() as stack:
        if not background:
            stack.callback(server.stop)
        _print_settings(server)
        if background:
            click.echo(f"# Neo4j runs in the background (pid {server.process.pid}); "
                       f"stop it with: orggraph neo4j stop --data-dir {data_dir}", err=True)
            return
        click.echo(f"# Neo4j is running (data and logs in {server.data_dir}); Ctrl-C stops it",
                   err=True)
        code = server.wait()
        if code is not None:
            raise Neo4jServerError(f"Neo4j exited with code {code}: {server.log_tail()}")


def _print_settings(server: Any) -> None:
    """NEO4J_URI, NEO4J_USER, where the password is, and the Browser's address."""
    from ..neo4j.server import PASSWORD_FILE

    click.echo(f"NEO4J_URI={server.uri}")
    click.echo(f"NEO4J_USER={server.user}")
    if server.auth_origin == "given":
        click.echo("# NEO4J_PASSWORD: the one in your environment")
    elif server.auth_origin == "file":
        click.echo(f"# NEO4J_PASSWORD: in {server.data_dir / PASSWORD_FILE}")
    else:
        click.echo(f"NEO4J_PASSWORD={shlex.quote(server.password)}"
                   + ("" if server.owns_data_dir
                      else f"  # also kept in {server.data_dir / PASSWORD_FILE}"))
    click.echo(f"Browser: {server.browser_url}")


@neo4j_command.command("stop")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="The data directory of a server started with --background.")
def neo4j_stop(data_dir: Path) -> None:
    """Stop a local Neo4j started with --background."""
    from ..neo4j.server import stop_background

    click.echo(f"stopped Neo4j (pid {stop_background(data_dir)})")


@neo4j_command.command("status")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="The data directory of a server started with --background.")
def neo4j_status(data_dir: Path) -> None:
    """Whether a local Neo4j started with --background runs, and where (exit 1 if not)."""
    from ..neo4j.server import background_status

    state = background_status(data_dir)
    if state is None:
        raise Neo4jServerError(f"no Neo4j started in the background runs in {data_dir}")
    click.echo(f"running (pid {state['pid']})")
    click.echo(f"NEO4J_URI={state['uri']}")
    click.echo(f"NEO4J_USER={state['user']}")
    click.echo(f"Browser: {state['http_uri']}/browser/")


@neo4j_command.command("shell")
@click.option("-f", "--file", "script",
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Run the statements of this file (e.g. an 'orggraph export cypher' script).")
def neo4j_shell(script: Path | None) -> None:
    """Run cypher-shell (5.26) against the server of NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD."""
    from ..neo4j import connect
    from ..neo4j.shell import run_shell

    with connect() as conn:  # checks the settings and the login first, in one line if wrong
        uri, database = conn.uri, conn.database
    code = run_shell(uri, os.environ.get("NEO4J_USER", "neo4j"),
                     os.environ.get("NEO4J_PASSWORD", ""), file=script, database=database,
                     progress=lambda line: click.echo(line, err=True))
    if code:
        raise Neo4jServerError(f"cypher-shell exited with code {code}")


@neo4j_command.command("import")
@data_option
@cache_option
@as_of_option
@click.option("--data-dir", "neo4j_dir", type=click.Path(file_okay=False, path_type=Path),
              required=True,
              help="The new database's directory; then 'orggraph neo4j start --data-dir DIR'.")
def neo4j_import(data_dir: Path | None, as_of: str | None, neo4j_dir: Path) -> None:
    """Build a new database with neo4j-admin database import (server stopped), for big
    graphs; then 'orggraph neo4j start --data-dir DIR' serves it."""
    from ..neo4j.bulk import import_graph

    report = import_graph(_graph(data_dir, as_of), neo4j_dir)
    click.echo(f"imported {report.nodes} nodes and {report.relationships} relationships "
               f"in {report.csv_seconds + report.seconds:.1f} s (writing the CSV "
               f"{report.csv_seconds:.1f} s, neo4j-admin {report.seconds:.1f} s)")


@neo4j_command.command("load")
@data_option
@cache_option
@as_of_option
@click.option("--wipe", is_flag=True, help="First remove everything orggraph loaded before.")
def neo4j_load(data_dir: Path | None, as_of: str | None, wipe: bool) -> None:
    """Load the data into Neo4j: staged in batches, swapped in atomically (idempotent)."""
    from ..neo4j import connect, load

    G = _graph(data_dir, as_of)
    total = G.number_of_nodes() + G.number_of_edges()
    with connect() as conn, _progress(total, "loading") as progress:
        report = load(conn, G, wipe_first=wipe, progress=progress)
    click.echo(f"loaded {report.nodes} nodes and {report.relationships} relationships")


@neo4j_command.command("wipe")
def neo4j_wipe() -> None:
    """Remove only what orggraph loaded."""
    from ..neo4j import connect, wipe

    with connect() as conn:
        click.echo(f"removed {wipe(conn)} nodes")


@neo4j_command.command("query")
@click.argument("name")
@click.option("--param", "pairs", multiple=True, metavar="KEY=VALUE",
              help="A parameter; repeat for more. Lists: KEY=a,b. JSON values: KEY:=JSON. "
                   "'orggraph neo4j queries' lists each query's parameters.")
@format_option("table", "json", "csv")
def neo4j_query(name: str, pairs: tuple[str, ...], fmt: str) -> None:
    """Run a named query of cypher/ (e.g. span_of_control) in a read transaction.

    Parameters are checked first (exit 2 when wrong); posts and bodies may be given by
    id, title or name; every query takes as_of=DATE.
    """
    from ..errors import QueryParameterError
    from ..neo4j import connect, run_query
    from ..neo4j.named import parameters

    try:
        parameters(name)
        params = _params(pairs)
        with connect() as conn:
            rows = run_query(conn, name, params)
    except QueryParameterError as exc:
        _error(exc)
        click.get_current_context().exit(2)
    emit(rows, fmt)


@neo4j_command.command("queries")
def neo4j_queries() -> None:
    """List the named queries with their parameters and defaults."""
    from ..neo4j import named_queries
    from ..neo4j.named import describe

    for name in named_queries():
        click.echo(name)
        click.echo("".join(f"  {line}\n" for line in describe(name).splitlines()), nl=False)


@neo4j_command.command("run")
@click.argument("file", required=False, metavar="[FILE|-]")
@click.option("-e", "--execute", "inline", metavar="CYPHER", help="Run this query, not a file.")
@click.option("--param", "pairs", multiple=True, metavar="KEY=VALUE", help="A parameter.")
@click.option("--write", is_flag=True, help="Allow the query to change the graph.")
@click.option("--limit", type=click.IntRange(min=0), default=10_000, show_default=True,
              help="Read at most this many rows, and say so when there were more (0: all).")
@format_option("table", "json", "csv")
def neo4j_run(file: str | None, inline: str | None, pairs: tuple[str, ...], write: bool,
              limit: int, fmt: str) -> None:
    """Run your own Cypher: a .cypher FILE, - for standard input, or -e 'CYPHER'.

    Read-only unless --write. Nodes, relationships, paths and dates come whole.
    EXPLAIN and PROFILE print the plan.
    """
    from ..neo4j import connect, run_cypher

    if (file is None) == (inline is None):
        raise click.UsageError("give one of FILE, - (standard input) or -e CYPHER")
    if inline is not None:
        name, text = "<inline>", inline
    elif file == "-":
        name, text = "<stdin>", sys.stdin.read()
    else:
        name, text = file or "", None
    with connect() as conn:
        rows = run_cypher(conn, name, _params(pairs), write=write, text=text,
                          limit=limit or None)
    if rows.plan:
        click.echo(rows.plan)
    if rows or not rows.plan:
        emit(rows, fmt)
    if rows.truncated:
        click.echo(f"Warning: stopped after {limit} rows (--limit); there are more: "
                   "--limit 0 reads them all", err=True)
