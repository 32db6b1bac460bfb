"""The ``orggraph`` command line: thin click wrappers over the library's functions.

Each command calls one public function of the same verb and renders what it
returns; errors the library raises become one ``Error: …`` line (exit 1; an
ambiguous name or bad usage exits 2).
"""

from __future__ import annotations

import contextlib
import os
import shlex
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from .errors import (
    AmbiguousNameError,
    DataError,
    Neo4jServerError,
    OrggraphError,
    ParameterError,
    UnknownNodeError,
)

if TYPE_CHECKING:  # for annotations only: the library is imported in each command
    from .coverage import Coverage

F = TypeVar("F", bound=Callable[..., Any])


def _is_driver_error(exc: BaseException) -> bool:
    """Connection and auth errors of the neo4j driver, without importing it at start-up."""
    return type(exc).__module__.split(".")[0] == "neo4j"


#: Library parameters whose option has another name.
_OPTION_OF = {"pairs": "--param"}


def _flag(parameter: str) -> str:
    """The option a library parameter is given by (``from_date`` -> ``--from``)."""
    if parameter in _OPTION_OF:
        return _OPTION_OF[parameter]
    return "--" + parameter.removesuffix("_date").replace("_", "-")


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
    import logging

    logs = [logging.getLogger(name) for name in _DRIVER_LOGS]
    levels = [log.level for log in logs]
    for log, level in zip(logs, levels, strict=True):
        log.setLevel(max(level, logging.ERROR))
    try:
        yield
    finally:
        for log, level in zip(logs, levels, strict=True):
            log.setLevel(level)


def _stdout_to_devnull() -> None:
    """After a broken pipe: send what Python still flushes at exit nowhere."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    with contextlib.suppress(OSError, ValueError):
        os.dup2(devnull, sys.stdout.fileno())


class _Group(click.Group):
    """A group that turns usage, library and driver errors into one line and an exit
    code: 2 for usage (a bad option or argument, an unknown or ambiguous name), else 1."""

    group_class = type  # its subgroups (neo4j, import) are of this class too

    def invoke(self, ctx: click.Context) -> Any:
        with _driver_logs_quiet():
            return self._invoke(ctx)

    def _invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:  # a command's usage: one line, like every error
            hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
            _error(" ".join(exc.format_message().split()) + hint)
            ctx.exit(2)
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
        except ParameterError as exc:
            _error(exc.naming(_flag))
            ctx.exit(1)
        except OrggraphError as exc:
            _error(exc)
            ctx.exit(1)
        except BrokenPipeError:  # e.g. "orggraph summary | head": stop quietly
            _stdout_to_devnull()
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
    """``--data DIR``: the data directory to read."""
    return click.option(
        "--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
        help="Data directory to read (default: the curated data shipped with orggraph).",
    )(f)


def format_option(*choices: str) -> Callable[[F], F]:
    """``--format``: how results are printed."""
    return click.option(
        "--format", "fmt", type=click.Choice(choices or ("table", "json")), default="table",
        show_default=True, help="How to print the results.",
    )


class _Date(click.ParamType):  # type: ignore[type-arg]  # generic in click 8.5 only
    """A date option's text (``YYYY[-MM[-DD]]``), checked when given, passed on as text."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> Any:
        from .model import PartialDate

        try:
            PartialDate.parse(str(value))
        except ValueError as exc:
            self.fail(f"{value!r}: {exc}", param, ctx)
        return value


DATE = _Date()


def as_of_option(f: F) -> F:
    """``--as-of DATE``: keep only what is valid on that date."""
    return click.option("--as-of", "as_of", type=DATE, default=None,
                        help="Only what is valid on this date (YYYY[-MM[-DD]]).")(f)


_NO_CACHE = "orggraph.no_cache"


def _no_cache(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    ctx.meta[_NO_CACHE] = value


def cache_option(f: F) -> F:
    """``--no-cache``: read the data afresh, not from the data directory's validated cache
    (:mod:`orggraph.cache`)."""
    return click.option("--no-cache", is_flag=True, expose_value=False, callback=_no_cache,
                        help="Read and validate the data afresh (no cache).")(f)


def body_option(f: F) -> F:
    """``--body BODY``: limit the answer to one body."""
    return click.option("--body", metavar="BODY", default=None,
                        help="Only this body: its posts and the bodies within it.")(f)


def output_option(default: str | None = None, *, directory: bool = False,
                  what: str = "File") -> Callable[[F], F]:
    """``-o/--output PATH``: the file or directory written.

    One rule: a default name in the current directory (shown in the help), except
    for a data directory, which must be named (``default=None`` makes it required).
    """
    kind = click.Path(file_okay=not directory, dir_okay=directory, path_type=Path)
    return click.option("-o", "--output", type=kind, required=default is None,
                        default=None if default is None else Path(default),
                        show_default=default is not None, help=f"{what} to write.")


def force_option(f: F) -> F:
    """``--force``: replace an existing output that orggraph did not write."""
    return click.option("--force", is_flag=True,
                        help="Replace an existing output that orggraph did not write.")(f)


class _Choices(click.Choice):  # type: ignore[type-arg]  # generic in click 8.5 only
    """A choice whose values are read from the library when first needed, so the
    library is not imported at start-up (``orggraph --help``)."""

    def __init__(self, load: Callable[[], Any]) -> None:
        super().__init__(())
        self._load = load

    @property
    def choices(self) -> tuple[str, ...]:
        return tuple(self._load())

    @choices.setter
    def choices(self, value: Any) -> None:  # click's __init__ assigns it
        pass


def _graph(data_dir: Path | None, as_of: str | None = None) -> Any:
    from .graph import load_graph
    from .load import DEFAULT_DATA_DIR

    ctx = click.get_current_context(silent=True)
    cache = not (ctx and ctx.meta.get(_NO_CACHE))
    return load_graph(data_dir or DEFAULT_DATA_DIR, as_of, cache=cache)


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
    """Check every data file; print one line per problem; exit 1 on any error.

    Each problem is one 'path:line: error: message' line, all of them in one run.
    Warnings (posts with no stated accountability, orphan bodies, posts mentioned once,
    lines to someone outside the post's body) never fail validation.
    """
    import orggraph.coverage  # noqa: F401  (adds its waiver check to load.VALIDATORS)

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
@cache_option
@as_of_option
@format_option("table", "json", "csv")
def summary(data_dir: Path | None, as_of: str | None, fmt: str) -> None:
    """Counts of nodes by label and kind, relationships by type, per source document."""
    from .browse import summary

    emit(summary(_graph(data_dir, as_of)), fmt)


@main.command()
@click.argument("text")
@data_option
@cache_option
@as_of_option
@format_option("table", "json", "csv")
def find(text: str, data_dir: Path | None, as_of: str | None, fmt: str) -> None:
    """Nodes whose id, title, name, abbreviation or alias contains TEXT."""
    from .browse import find

    emit(find(_graph(data_dir, as_of), text), fmt)


@main.command()
@click.argument("node")
@data_option
@cache_option
@as_of_option
@format_option("table", "json")
def show(node: str, data_dir: Path | None, as_of: str | None, fmt: str) -> None:
    """One node (id or unambiguous name) with its properties and relationships."""
    from .browse import show

    emit(show(_graph(data_dir, as_of), node), fmt)


#: Help for the question options; a parameter without an entry gets a generic line.
_QUESTION_OPTION_HELP = {
    "relations": "Relationship types to follow, TYPE,... (default: ACCOUNTABLE_TO, "
                 "RESPONSIBLE_TO, REPORTS_TO; path: every type).",
    "body": "Only posts in this body and the bodies within it.",
    "from_date": "The earlier date (YYYY[-MM[-DD]]).",
    "to_date": "The later date (YYYY[-MM[-DD]]).",
}


def _question_options() -> list[click.Option]:
    """One option per keyword parameter of the questions, named by :func:`_flag`."""
    from .queries import QUESTIONS

    taken: dict[str, list[str]] = {}
    for key, q in QUESTIONS.items():
        for name in q.options:
            taken.setdefault(name, []).append(key)
    options = []
    for name, keys in sorted(taken.items()):
        text = _QUESTION_OPTION_HELP.get(name, f"The question's {name!r} parameter.")
        options.append(click.Option(
            [_flag(name), name], default=None,
            type=DATE if name.endswith("_date") else None,
            metavar="DATE" if name.endswith("_date") else name.upper().replace("_", "-"),
            help=f"{text} For: {', '.join(keys)}."))
    return options


class _QueryCommand(click.Command):
    """``query``: its options are the questions' own keyword parameters, read from their
    signatures when the command runs or shows its help (not at start-up), so a new
    question option needs no change here."""

    def get_params(self, ctx: click.Context) -> list[click.Parameter]:
        if not getattr(self, "_with_questions", False):
            self.params.extend(_question_options())
            self._with_questions = True
        return super().get_params(ctx)


def _check_question(name: str, args: tuple[str, ...], options: dict[str, Any]) -> None:
    """Usage errors (exit 2) for an unknown question, the wrong number of arguments or
    an option the question does not take, naming the flags as typed."""
    from .queries import QUESTIONS

    q = QUESTIONS.get(name.replace("_", "-"))
    if q is None:
        raise click.BadParameter(f"unknown question {name!r}; choose from "
                                 f"{', '.join(QUESTIONS)}", param_hint="NAME")
    if len(args) != len(q.args):
        wanted = " ".join(a.upper() for a in q.args) or "no arguments"
        raise click.UsageError(f"{name} takes {wanted}, got {len(args)} argument(s)")
    extra = sorted(_flag(k) for k, v in options.items()
                   if v is not None and k not in q.options)
    if extra:
        raise click.UsageError(f"{name} does not take {', '.join(extra)}")


@main.command(cls=_QueryCommand)
@click.argument("name", metavar="NAME")
@click.argument("args", nargs=-1, metavar="ARGS...")
@data_option
@cache_option
@as_of_option
@format_option("table", "json", "csv")
def query(name: str, args: tuple[str, ...], data_dir: Path | None, as_of: str | None,
          fmt: str, **options: Any) -> None:
    """Ask a named question (see 'orggraph questions'), e.g. span-of-control POST.

    The options each question takes are listed by 'orggraph questions'.
    """
    from .queries import query

    _check_question(name, args, options)
    result = query(_graph(data_dir, as_of), name, args, **options)
    rows = fmt == "csv" and isinstance(result, dict) and "posts" in result
    emit(result["posts"] if rows else result, fmt)


@main.command()
@format_option("table", "json")
def questions(fmt: str) -> None:
    """List the named questions with their arguments and options."""
    from .queries import questions

    rows = questions()
    for row in rows:
        row["options"] = " ".join(_flag(o) for o in row["options"].split())
    emit(rows, fmt)


@main.command()
@click.option("--posts", type=click.IntRange(min=1), required=True, help="How many posts.")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed.")
@output_option(None, directory=True, what="Data directory")
@force_option
def generate(posts: int, seed: int, output: Path, force: bool) -> None:
    """Write a synthetic organisation of N posts in the data format.

    Deterministic for a seed: system.yaml and one org-N.yaml of about 5,000 posts per
    organisation, each with its source text. The directory is replaced whole, and only
    when it is empty or orggraph wrote it (or with --force).
    """
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
              help="Run the statements of this file (e.g. an 'orggraph export cypher' script).")
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
               f"in {report.csv_seconds + report.seconds:.1f} s (writing the CSV "
               f"{report.csv_seconds:.1f} s, neo4j-admin {report.seconds:.1f} s)")


@neo4j.command("load")
@data_option
@cache_option
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
    from .errors import QueryParameterError
    from .neo4j import connect, run_query
    from .neo4j.named import parameters

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
        click.echo(f"Warning: stopped after {limit} rows (--limit); there are more: --limit 0 "
                   "reads them all", err=True)


@main.command()
@output_option("chart.html", what="HTML file")
@click.option("--focus", metavar="NODE", help="Draw only the neighbourhood of this node.")
@click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True,
              help="With --focus: how many steps out.")
@body_option
@as_of_option
@click.option("--relations", metavar="TYPE,...", help="Relationship types to draw "
              "(default: the lines and deputies; every type for --layout network).")
@click.option("--layout", type=click.Choice(["hierarchy", "network"]), default="hierarchy",
              show_default=True, help="Accountability top-down, or every relationship.")
@data_option
@cache_option
@force_option
def viz(output: Path, focus: str | None, depth: int, body: str | None, as_of: str | None,
        relations: str | None, layout: str, data_dir: Path | None, force: bool) -> None:
    """Write an interactive, offline HTML chart (open it in a browser).

    Accountability top-down (or every relationship with --layout network), a legend,
    search, a checkbox per relationship type and organisation, click for the chain and
    deputies, hover for the evidence and source, bodies collapsed into boxes on large
    graphs (double-click opens one), and a text view of the same content.
    """
    from .viz import viz as write_chart

    path = write_chart(_graph(data_dir, as_of), output, force=force, focus=focus, depth=depth,
                       body=body, relations=relations, layout=layout)
    click.echo(f"wrote {path}")


def _export_formats() -> list[str]:
    from .export import FORMATS

    return list(FORMATS)


@main.command("export")
@click.argument("fmt", metavar="FORMAT", type=_Choices(_export_formats))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="File to write (a folder for csv and organogram)  "
                   "[default: orggraph.FORMAT, or the folder orggraph-FORMAT].")
@as_of_option
@body_option
@data_option
@cache_option
@force_option
def export(fmt: str, output: Path | None, as_of: str | None, body: str | None,
           data_dir: Path | None, force: bool) -> None:
    """Write the graph for other tools in FORMAT (see docs/exports.md).

    graphml, gexf, json (node-link), cypher (a script) and ttl (W3C ORG Turtle) write
    one file; csv (a neo4j-admin import folder, whose command is also printed) and
    organogram (the data.gov.uk senior and junior CSVs) write a folder.
    """
    from .export import default_output, export, neo4j_admin_command

    path = export(_graph(data_dir, as_of), fmt, output or default_output(fmt), force=force,
                  body=body)
    click.echo(f"wrote {path}")
    if fmt == "csv":
        click.echo(neo4j_admin_command(path))


@main.group("import")
def import_() -> None:
    """Import published formats into the data/ YAML format."""


def _not_empty(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Refuse an option given as empty text (``--org ""``)."""
    if value is not None and not value.strip():
        raise click.BadParameter("must not be empty", ctx=ctx, param=param)
    return value


def _import_summary(report: Any, shown: str) -> str:
    """One line for one imported pair: what it wrote, or that nothing was written."""
    left = f"; {report.left_out} row{'s' * (report.left_out != 1)} left out" \
        if report.left_out else ""
    if report.output is None:
        n = len(report.errors)
        return f"{shown}: nothing written ({n} problem{'s' * (n != 1)}{left})"
    return (f"wrote {report.output}: {report.posts} senior and {report.junior_posts} junior "
            f"posts, {report.people} people, {report.bodies} bodies{left}")


@import_.command("organogram")
@click.argument("paths", nargs=-1, required=True, metavar="SENIOR [JUNIOR] | DIR...",
                type=click.Path(exists=True, path_type=Path))
@click.option("--org", default=None, callback=_not_empty,
              help="The organisation's name (default: the files' Organisation column).")
@click.option("--encoding", default=None, metavar="NAME",
              help="Read files not in UTF-8 in this encoding (e.g. cp1252).")
@output_option(None, directory=True, what="Data directory (for DIR: one per pair in it)")
@force_option
def import_organogram(paths: tuple[Path, ...], org: str | None, encoding: str | None,
                      output: Path, force: bool) -> None:
    """A data.gov.uk organogram (senior CSV, optional junior CSV) as a data directory;
    or every senior/junior pair in DIR, each into OUTPUT/NAME."""
    if any(p.is_dir() for p in paths):
        _import_many(paths, org, encoding, output, force)
        return
    if len(paths) > 2:
        raise click.UsageError("give SENIOR [JUNIOR], or directories of pairs")
    from .organogram import import_organogram

    report = import_organogram(paths[0], paths[1] if len(paths) > 1 else None, org=org,
                               output=output, force=force, encoding=encoding)
    _import_done([report], [str(paths[0])])


def _import_many(dirs: tuple[Path, ...], org: str | None, encoding: str | None,
                 output: Path, force: bool) -> None:
    if org is not None or not all(p.is_dir() for p in dirs):
        raise click.UsageError("with DIR, give only directories: each pair's organisation "
                               "comes from its files")
    from .organogram import find_pairs, import_organograms

    pairs = [pair for d in dirs for pair in find_pairs(d)]
    with _progress(len(pairs), "importing") as progress:
        reports = import_organograms(pairs, output, force=force, encoding=encoding,
                                     progress=progress)
    _import_done(reports, [str(senior) for senior, _ in pairs])


def _import_done(reports: list[Any], shown: list[str]) -> None:
    """Print every problem, one summary line per pair, and exit 1 on any error."""
    for report, name in zip(reports, shown, strict=True):
        for problem in report.problems:
            click.echo(str(problem), err=True)
        if report.output is not None or len(reports) > 1:
            click.echo(_import_summary(report, name))
    errors = [r for r in reports if r.errors]
    if len(reports) == 1 and errors:
        report = reports[0]
        n, s = len(report.errors), "s" * (len(report.errors) != 1)
        left = report.left_out
        click.echo(f"Error: {left} row{'s' * (left != 1)} left out" if report.output
                   else f"Error: nothing written ({n} problem{s})", err=True)
    elif errors:
        click.echo(f"Error: {len(errors)} of {len(reports)} pairs had errors", err=True)
    elif any(r.left_out for r in reports):
        left = sum(r.left_out for r in reports)
        click.echo(f"Warning: {left} row{'s' * (left != 1)} left out (see above)", err=True)
    if errors:
        sys.exit(1)


@main.group()
def extract() -> None:
    """Draft data from job descriptions, review a draft, or evaluate the extractor."""


@extract.command("draft")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the draft here (default: print it).")
@click.option("--source-id", metavar="ID", help="The draft's source id (one FILE only).")
@data_option
@force_option
def extract_draft(files: tuple[Path, ...], output: Path | None, source_id: str | None,
                  data_dir: Path | None, force: bool) -> None:
    """Draft data (YAML, each fact with its quote) from job descriptions FILE...."""
    from .extract import extract as draft
    from .load import DEFAULT_DATA_DIR

    if source_id is not None and len(files) != 1:
        raise click.UsageError("--source-id needs exactly one FILE")
    done = draft(files, output, source_id=source_id, data_dir=data_dir or DEFAULT_DATA_DIR,
                 force=force)
    if done.written:
        click.echo(f"wrote {done.written}")
    elif done.text:
        click.echo(done.text.rstrip("\n"))
    for problem in done.problems:
        click.echo(str(problem), err=True)
    sys.exit(1 if done.problems else 0)


@extract.command("review")
@click.argument("draft", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--accept", is_flag=True, help="Merge the draft into the data.")
@data_option
@force_option
def extract_review(draft: Path, accept: bool, data_dir: Path | None, force: bool) -> None:
    """Show what DRAFT would add to the data (with --accept: merge it)."""
    from .extract import review_draft
    from .load import DEFAULT_DATA_DIR

    done = review_draft(draft, data_dir or DEFAULT_DATA_DIR, accept=accept, force=force)
    for line in [*done.lines, *(f"wrote {p}" for p in done.written)]:
        click.echo(line)


@extract.command("evaluate")
@click.option("--labels", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Also a directory of hand-labelled documents.")
@click.option("--half", type=click.Choice(["dev", "test"]),
              help="With --labels: only this half of its split.yaml.")
@click.option("--verbose", is_flag=True, help="List every missed and wrong fact.")
@data_option
@format_option("table", "json", "csv")
def extract_evaluate(labels: Path | None, half: str | None, verbose: bool,
                     data_dir: Path | None, fmt: str) -> None:
    """Strict and lenient precision/recall per type, and the post title's accuracy."""
    from .extract import evaluate
    from .formats import render
    from .load import DEFAULT_DATA_DIR

    if half is not None and labels is None:
        raise click.UsageError("--half needs --labels")
    evaluations = evaluate(data_dir or DEFAULT_DATA_DIR, labels, half)
    rows = [r for ev in evaluations for r in ev.rows()]
    misses = [f"{ev.name}: {m}" for ev in evaluations for m in ev.misses] if verbose else []
    if fmt == "json" and verbose:
        click.echo(render({"rows": rows, "misses": misses}, fmt))
        return
    click.echo(render(rows, fmt))
    for line in (["", *misses] if misses else []):
        click.echo(line)


@main.command()
@click.argument("sources", nargs=-1, metavar="[SOURCE]...")
@data_option
@format_option("table", "json", "csv")
@click.option("--status", type=click.Choice(("recorded", "waived", "uncovered")), default=None,
              help="List only the passages with this status (totals count all).")
@click.option("--strict", is_flag=True, help="Exit 1 when any passage is uncovered.")
def coverage(sources: tuple[str, ...], data_dir: Path | None, fmt: str, status: str | None,
             strict: bool) -> None:
    """Every passage of each source (id or file name) that states a relationship, and the
    records or waiver that cover it; totals per source."""
    from .coverage import coverage
    from .load import DEFAULT_DATA_DIR

    result = coverage(data_dir or DEFAULT_DATA_DIR, sources)
    click.echo(_coverage_text(result, fmt, status))
    if strict and result.uncovered:
        n = result.uncovered
        _error(f"{n} passage{'s' * (n != 1)} that state{'s' * (n == 1)} a relationship "
               "neither recorded nor waived")
        sys.exit(1)


def _coverage_text(result: Coverage, fmt: str, status: str | None) -> str:
    """The coverage as text: ``table`` (the passages, then the totals), ``json`` (the
    whole of ``as_dict()``) or ``csv`` (one row per passage); ``status`` keeps only the
    passages with that status (the totals always count every passage)."""
    from .coverage import ROW_COLUMNS
    from .formats import render

    if fmt == "json":
        data = result.as_dict()
        for source in data["sources"]:
            source["passages"] = [p for p in source["passages"]
                                  if status in (None, p["status"])]
        return render(data, fmt)
    rows = result.rows(status)
    if fmt == "csv":
        return render(rows, fmt) if rows else ",".join(ROW_COLUMNS)
    return f"{render(rows, fmt)}\n\n{render(result.total_rows(), fmt)}"


@main.command()
@output_option("report.html", what="HTML file")
@body_option
@data_option
@cache_option
@as_of_option
@force_option
def report(output: Path, body: str | None, data_dir: Path | None, as_of: str | None,
           force: bool) -> None:
    """Write the governance report: one self-contained HTML page to read and print.

    Summary counts, spans and layers (table and charts), accountability chains,
    deputisation cover with the gaps highlighted, dual accountability, boards and
    committees, dated changes, notes, the coverage of each source, and every
    finding's evidence quote and source document.
    --body limits spans, chains and cover gaps to one body.
    """
    from .coverage import coverage_data
    from .load import DEFAULT_DATA_DIR
    from .report import report

    G = _graph(data_dir, as_of)
    covered = coverage_data(data_dir or DEFAULT_DATA_DIR)
    click.echo(f"wrote {report(G, output, body=body, force=force, coverage=covered)}")


if __name__ == "__main__":  # pragma: no cover
    main()
