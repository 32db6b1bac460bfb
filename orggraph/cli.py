"""The ``orggraph`` command line: thin click wrappers over the library's functions.

Each command calls one public function of the same verb and renders what it
returns; errors the library raises become one ``Error: …`` line (exit 1; an
ambiguous name or bad usage exits 2).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shlex
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

from .errors import (
    AmbiguousNameError,
    DataError,
    Neo4jServerError,
    OrggraphError,
    UnknownNodeError,
)

F = TypeVar("F", bound=Callable[..., Any])


def _is_driver_error(exc: BaseException) -> bool:
    """Connection and auth errors of the neo4j driver, without importing it at start-up."""
    return type(exc).__module__.split(".")[0] == "neo4j"


def _error(message: object) -> None:
    """Print one ``Error: …`` line to stderr, control characters escaped."""
    from .formats import printable

    click.echo(printable(f"Error: {message}"), err=True)


_DRIVER_LOGS = ("neo4j.session", "neo4j.notifications")


@contextlib.contextmanager
def _driver_logs_quiet() -> Iterator[None]:
    """Keep the driver's logged warnings off the terminal; the commands say it in one line.

    A managed transaction that meets a transient error (such as a deadlock between the
    loader's writers) is run again, and the driver logs a warning of several lines each
    time; a failure that lasts still ends the command with one ``Error: …`` line. The
    server's warnings about a query, which the driver logs as a dump, are printed by
    ``neo4j query`` and ``neo4j run`` as ``Warning: FILE:LINE:COLUMN: …`` lines.
    """
    logs = [logging.getLogger(name) for name in _DRIVER_LOGS]
    levels = [log.level for log in logs]
    for log, level in zip(logs, levels, strict=True):
        log.setLevel(max(level, logging.ERROR))
    try:
        yield
    finally:
        for log, level in zip(logs, levels, strict=True):
            log.setLevel(level)


class _Group(click.Group):
    """A group that turns library and driver errors into one line and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        with _driver_logs_quiet():
            return self._invoke(ctx)

    def _invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (AmbiguousNameError, UnknownNodeError) as exc:
            _error(exc)
            ctx.exit(2)
        except DataError as exc:
            for problem in exc.problems:
                if problem.is_error:
                    click.echo(str(problem), err=True)
            n = sum(p.is_error for p in exc.problems)
            click.echo(f"Error: the data has {n} error{'s' * (n != 1)}; "
                       "run 'orggraph validate' for details", err=True)
            ctx.exit(1)
        except OrggraphError as exc:
            _error(exc)
            ctx.exit(1)
        except OSError as exc:
            _error(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
            ctx.exit(1)
        except Exception as exc:
            if not _is_driver_error(exc):
                raise
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            _error(f"Neo4j: {message}")
            ctx.exit(1)


def data_option(f: F) -> F:
    """``--data DIR``: the data directory (default: the project's ``data/``)."""
    return click.option(
        "--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
        help="Data directory (default: the project's data/).",
    )(f)


def format_option(*choices: str) -> Callable[[F], F]:
    """``--format``: how results are printed."""
    return click.option(
        "--format", "fmt", type=click.Choice(choices or ("table", "json")), default="table",
        show_default=True, help="Output format.",
    )


def as_of_option(f: F) -> F:
    """``--as-of DATE``: keep only what is valid on that date."""
    return click.option("--as-of", "as_of", metavar="DATE", default=None,
                        help="Only what is valid on this date (YYYY[-MM[-DD]]).")(f)


def _graph(data_dir: Path | None, as_of: str | None = None) -> Any:
    from .graph import load_graph
    from .load import DEFAULT_DATA_DIR

    return load_graph(data_dir or DEFAULT_DATA_DIR, as_of)


@contextlib.contextmanager
def _progress(total: int, label: str) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr, when it is a terminal, fed with the count done so far."""
    if not sys.stderr.isatty():
        yield None
        return
    with click.progressbar(length=total, label=label, file=sys.stderr) as bar:
        shown = 0

        def update(done: int) -> None:
            nonlocal shown
            bar.update(done - shown)
            shown = done

        yield update


def emit(data: Any, fmt: str) -> None:
    """Print rows or one record in the chosen format, and to stderr, one ``Warning: …``
    line for each of its ``notices`` (the server's warnings about a Cypher query)."""
    from .formats import printable, render

    click.echo(render(data, fmt))
    for notice in getattr(data, "notices", ()):
        click.echo(printable(f"Warning: {notice}"), err=True)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="orggraph")
def main() -> None:
    """orggraph: NHS accountability documents as a sourced graph."""


@main.command()
@data_option
@format_option("table", "json")
@click.option("--warnings/--no-warnings", default=True, show_default=True,
              help="Also print warnings (they never fail validation).")
def validate(data_dir: Path | None, fmt: str, warnings: bool) -> None:
    """Check every data file; print one line per problem; exit 1 on any error."""
    from .load import DEFAULT_DATA_DIR, validate

    problems = [p for p in validate(data_dir or DEFAULT_DATA_DIR) if warnings or p.is_error]
    errors = sum(p.is_error for p in problems)
    if fmt == "json":
        emit([{"path": p.path, "line": p.line, "severity": p.severity, "message": p.message}
              for p in problems], fmt)
    else:
        for p in problems:
            click.echo(str(p))
        click.echo(f"{errors} error(s), {len(problems) - errors} warning(s)")
    sys.exit(1 if errors else 0)


@main.command()
@data_option
@as_of_option
@format_option("table", "json", "csv")
def summary(data_dir: Path | None, as_of: str | None, fmt: str) -> None:
    """Counts of nodes by label and kind, relationships by type, per source document."""
    from .browse import summary

    emit(summary(_graph(data_dir, as_of)), fmt)


@main.command()
@click.argument("text")
@data_option
@as_of_option
@format_option("table", "json", "csv")
def find(text: str, data_dir: Path | None, as_of: str | None, fmt: str) -> None:
    """Nodes whose id, title, name, abbreviation or alias contains TEXT."""
    from .browse import find

    emit(find(_graph(data_dir, as_of), text), fmt)


@main.command()
@click.argument("node")
@data_option
@as_of_option
@format_option("table", "json")
def show(node: str, data_dir: Path | None, as_of: str | None, fmt: str) -> None:
    """One node (id or unambiguous name) with its properties and relationships."""
    from .browse import show

    emit(show(_graph(data_dir, as_of), node), fmt)


@main.command()
@click.argument("name", metavar="NAME")
@click.argument("args", nargs=-1, metavar="ARGS...")
@data_option
@as_of_option
@click.option("--relations", metavar="TYPE,...", help="Relationship types to follow "
              "(default: ACCOUNTABLE_TO,RESPONSIBLE_TO,REPORTS_TO).")
@click.option("--body", metavar="BODY", help="Only posts in this body (and bodies within it).")
@click.option("--from", "from_date", metavar="DATE", help="changes: the earlier date.")
@click.option("--to", "to_date", metavar="DATE", help="changes: the later date.")
@format_option("table", "json", "csv")
def query(name: str, args: tuple[str, ...], data_dir: Path | None, as_of: str | None,
          relations: str | None, body: str | None, from_date: str | None,
          to_date: str | None, fmt: str) -> None:
    """Ask a named question (see 'orggraph questions'): e.g. span-of-control POST."""
    from .queries import query

    result = query(_graph(data_dir, as_of), name, args, relations=relations, body=body,
                   from_date=from_date, to_date=to_date)
    rows = fmt == "csv" and isinstance(result, dict) and "posts" in result
    emit(result["posts"] if rows else result, fmt)


@main.command()
@format_option("table", "json")
def questions(fmt: str) -> None:
    """List the named questions with their arguments and options."""
    from .queries import questions

    emit(questions(), fmt)


@main.command()
@click.option("--posts", type=click.IntRange(min=1), required=True, help="How many posts.")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed.")
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
              required=True, help="Directory to write (a data directory).")
@click.option("--force", is_flag=True, help="Replace a directory orggraph did not write.")
def generate(posts: int, seed: int, output: Path, force: bool) -> None:
    """Write a synthetic organisation of N posts in the data format."""
    from .generate import generate

    click.echo(f"wrote {generate(posts, seed, output, force=force)}")


@main.group()
def neo4j() -> None:
    """Neo4j: load the graph, run the cypher/ queries (server from NEO4J_URI etc.)."""


def _params(pairs: tuple[str, ...]) -> dict[str, Any]:
    from .neo4j.params import parse_params

    return parse_params(pairs)


@neo4j.command("start")
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

    from .neo4j.server import start_local_server

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
    from .neo4j.server import PASSWORD_FILE

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


@neo4j.command("stop")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="The data directory of a server started with --background.")
def neo4j_stop(data_dir: Path) -> None:
    """Stop a local Neo4j started with --background."""
    from .neo4j.server import stop_background

    click.echo(f"stopped Neo4j (pid {stop_background(data_dir)})")


@neo4j.command("status")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="The data directory of a server started with --background.")
def neo4j_status(data_dir: Path) -> None:
    """Whether a local Neo4j started with --background runs, and where (exit 1 if not)."""
    from .neo4j.server import background_status

    state = background_status(data_dir)
    if state is None:
        raise Neo4jServerError(f"no Neo4j started in the background runs in {data_dir}")
    click.echo(f"running (pid {state['pid']})")
    click.echo(f"NEO4J_URI={state['uri']}")
    click.echo(f"NEO4J_USER={state['user']}")
    click.echo(f"Browser: {state['http_uri']}/browser/")


@neo4j.command("shell")
@click.option("-f", "--file", "script",
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Run the statements of this file (e.g. an 'export --format cypher' script).")
def neo4j_shell(script: Path | None) -> None:
    """Run cypher-shell (5.26) against the server of NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD."""
    from .neo4j import connect
    from .neo4j.shell import run_shell

    with connect() as conn:  # checks the settings and the login first, in one line if wrong
        uri, database = conn.uri, conn.database
    code = run_shell(uri, os.environ.get("NEO4J_USER", "neo4j"),
                     os.environ.get("NEO4J_PASSWORD", ""), file=script, database=database,
                     progress=lambda line: click.echo(line, err=True))
    if code:
        raise Neo4jServerError(f"cypher-shell exited with code {code}")


@neo4j.command("import")
@data_option
@as_of_option
@click.option("--data-dir", "neo4j_dir", type=click.Path(file_okay=False, path_type=Path),
              required=True,
              help="The new database's directory; then 'orggraph neo4j start --data-dir DIR'.")
def neo4j_import(data_dir: Path | None, as_of: str | None, neo4j_dir: Path) -> None:
    """Build a new database with neo4j-admin database import (server stopped), for big
    graphs; then 'orggraph neo4j start --data-dir DIR' serves it."""
    from .neo4j.bulk import import_graph

    report = import_graph(_graph(data_dir, as_of), neo4j_dir)
    click.echo(f"imported {report.nodes} nodes and {report.relationships} relationships "
               f"in {report.seconds:.1f} s")


@neo4j.command("load")
@data_option
@as_of_option
@click.option("--wipe", is_flag=True, help="First remove everything orggraph loaded before.")
def neo4j_load(data_dir: Path | None, as_of: str | None, wipe: bool) -> None:
    """Load the data into Neo4j: staged in batches, swapped in atomically (idempotent)."""
    from .neo4j import connect, load

    G = _graph(data_dir, as_of)
    total = G.number_of_nodes() + G.number_of_edges()
    with connect() as conn, _progress(total, "loading") as progress:
        report = load(conn, G, wipe_first=wipe, progress=progress)
    click.echo(f"loaded {report.nodes} nodes and {report.relationships} relationships")


@neo4j.command("wipe")
def neo4j_wipe() -> None:
    """Remove only what orggraph loaded."""
    from .neo4j import connect, wipe

    with connect() as conn:
        click.echo(f"removed {wipe(conn)} nodes")


@neo4j.command("query")
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
    from .neo4j import connect, run_query
    from .neo4j.named import QueryParameterError, parameters

    try:
        parameters(name)
        params = _params(pairs)
        with connect() as conn:
            rows = run_query(conn, name, params)
    except QueryParameterError as exc:
        _error(exc)
        click.get_current_context().exit(2)
    emit(rows, fmt)


@neo4j.command("queries")
def neo4j_queries() -> None:
    """List the named queries with their parameters and defaults."""
    from .neo4j import named_queries
    from .neo4j.named import describe

    for name in named_queries():
        click.echo(name)
        click.echo("".join(f"  {line}\n" for line in describe(name).splitlines()), nl=False)


@neo4j.command("run")
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
    from .neo4j import connect, run_cypher

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
        click.echo(f"Warning: stopped after {limit} rows (--limit); there are more", err=True)


@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("chart.html"), show_default=True, help="The HTML file to write.")
@click.option("--focus", metavar="NODE", help="Draw only the neighbourhood of this node.")
@click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True,
              help="With --focus: how many steps out.")
@click.option("--body", metavar="BODY", help="Only the posts and bodies of this body.")
@as_of_option
@click.option("--relations", metavar="TYPE,...", help="Relationship types to draw "
              "(default: the lines and deputies; every type for --layout network).")
@click.option("--layout", type=click.Choice(["hierarchy", "network"]), default="hierarchy",
              show_default=True, help="Accountability top-down, or every relationship.")
@data_option
@click.option("--force", is_flag=True, help="Replace an existing file orggraph did not write.")
def viz(output: Path, focus: str | None, depth: int, body: str | None, as_of: str | None,
        relations: str | None, layout: str, data_dir: Path | None, force: bool) -> None:
    """Write an interactive, offline HTML chart (open it in a browser)."""
    from .viz import viz as write_chart

    path = write_chart(_graph(data_dir, as_of), output, force=force, focus=focus, depth=depth,
                       body=body, relations=relations, layout=layout)
    click.echo(f"wrote {path}")


EXPORT_FORMATS = ("graphml", "gexf", "json", "csv", "cypher", "ttl", "organogram")


@main.command("export")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True,
              help="graphml, gexf, json, csv (neo4j-admin), cypher, ttl (W3C ORG), organogram.")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="File to write (a folder for csv and organogram).")
@as_of_option
@click.option("--body", metavar="BODY", help="Only this body, its posts and their holders.")
@data_option
@click.option("--force", is_flag=True, help="Replace PATH even if orggraph did not write it.")
def export(fmt: str, output: Path, as_of: str | None, body: str | None,
           data_dir: Path | None, force: bool) -> None:
    """Write the graph for other tools; csv also prints the neo4j-admin import command."""
    from .export import export, neo4j_admin_command

    path = export(_graph(data_dir, as_of), fmt, output, force=force, body=body)
    click.echo(f"wrote {path}")
    if fmt == "csv":
        click.echo(neo4j_admin_command(path))


@main.group("import")
def import_() -> None:
    """Import published formats into the data/ YAML format."""


@import_.command("organogram")
@click.argument("senior", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("junior", required=False,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--org", required=True, help="The organisation's name.")
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
              required=True, help="Data directory to write.")
@click.option("--force", is_flag=True, help="Replace DIR even if orggraph did not write it.")
def import_organogram(senior: Path, junior: Path | None, org: str, output: Path,
                      force: bool) -> None:
    """A data.gov.uk organogram (senior CSV, optional junior CSV) as a data directory."""
    from .organogram import import_organogram

    report = import_organogram(senior, junior, org=org, output=output, force=force)
    for problem in report.problems:
        click.echo(str(problem), err=True)
    if report.output is not None:
        click.echo(f"wrote {report.output}: {report.posts} senior and {report.junior_posts} "
                   f"junior posts, {report.people} people, {report.bodies} bodies")
    if report.errors:
        n, s = len(report.errors), "s" * (len(report.errors) != 1)
        click.echo(f"Error: {n} row{s} left out" if report.output is not None
                   else f"Error: nothing written ({n} problem{s})", err=True)
        sys.exit(1)


@main.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the draft here (default: print it).")
@click.option("--source-id", metavar="ID", help="The draft's source id (one FILE only).")
@data_option
@click.option("--force", is_flag=True, help="Replace files orggraph did not write.")
@click.option("--review", "review", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Show what a draft would add or change in the data.")
@click.option("--accept", is_flag=True, help="With --review: merge the draft into the data.")
@click.option("--evaluate", is_flag=True, help="Precision/recall on the data's sources.")
@click.option("--labels", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="With --evaluate: also a directory of hand-labelled documents.")
@click.option("--verbose", is_flag=True, help="With --evaluate: list every missed/wrong fact.")
@format_option("table", "json", "csv")
def extract(files: tuple[Path, ...], output: Path | None, source_id: str | None,
            data_dir: Path | None, force: bool, review: Path | None, accept: bool,
            evaluate: bool, labels: Path | None, verbose: bool, fmt: str) -> None:
    """Draft data from job descriptions (FILE...), --review/--accept a draft, or --evaluate."""
    from .extract import extract
    from .load import DEFAULT_DATA_DIR

    if sum((bool(files), review is not None, evaluate)) != 1 or (accept and review is None):
        raise click.UsageError("give FILE..., --review DRAFT [--accept] or --evaluate")
    done = extract(files, output, source_id=source_id, data_dir=data_dir or DEFAULT_DATA_DIR,
                   force=force, review=review, accept=accept, evaluate=evaluate, labels=labels,
                   fmt=fmt, verbose=verbose)
    if done.report:
        click.echo(done.report)
    for problem in done.problems:
        click.echo(str(problem), err=True)
    sys.exit(1 if done.problems else 0)


@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("report.html"), show_default=True, help="HTML file to write.")
@click.option("--body", metavar="BODY", help="Spans, chains and cover gaps for this body only.")
@data_option
@as_of_option
@click.option("--force", is_flag=True, help="Replace an existing file orggraph did not write.")
def report(output: Path, body: str | None, data_dir: Path | None, as_of: str | None,
           force: bool) -> None:
    """Write the governance report: one self-contained HTML page to read and print."""
    from .report import report

    click.echo(f"wrote {report(_graph(data_dir, as_of), output, body=body, force=force)}")


if __name__ == "__main__":  # pragma: no cover
    main()
