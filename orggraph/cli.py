"""The ``orggraph`` command line: thin click wrappers over the library's functions.

Each command calls one public function of the same verb and renders what it
returns; errors the library raises become one ``Error: …`` line (exit 1; an
ambiguous name or bad usage exits 2).

This module holds the ``main`` group, the options the commands share and the error
handling; the commands are defined in :mod:`orggraph.commands`, one module per area,
and :data:`COMMANDS` lists them with their one-line help, so that ``orggraph --help``
imports none of them and running a command imports only its module (start-up time).
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:  # pathlib is imported by the options that need it (start-up time)
    from pathlib import Path

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
        except Exception as exc:
            code = _reported(exc)
            if code is None:
                raise
            ctx.exit(code)


def _reported(exc: Exception) -> int | None:
    """Print a library, OS or driver error as one ``Error: …`` line (every error of a
    :class:`~orggraph.errors.DataError`) and return the exit code; None for any other
    error. The library's errors are imported only when one is raised (start-up time)."""
    from .errors import (
        AmbiguousNameError,
        DataError,
        OrggraphError,
        ParameterError,
        UnknownNodeError,
    )

    if isinstance(exc, (AmbiguousNameError, UnknownNodeError)):
        _error(exc)
        return 2
    if isinstance(exc, DataError):
        for problem in exc.problems:
            if problem.is_error:
                click.echo(str(problem), err=True)
        n = sum(p.is_error for p in exc.problems)
        click.echo(f"Error: the data has {n} error{'s' * (n != 1)}; "
                   "run 'orggraph validate' for details", err=True)
    elif isinstance(exc, ParameterError):
        _error(exc.naming(_flag))
    elif isinstance(exc, OrggraphError):
        _error(exc)
    elif isinstance(exc, BrokenPipeError):  # e.g. "orggraph summary | head": stop quietly
        _stdout_to_devnull()
    elif isinstance(exc, OSError):
        _error(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
    elif _is_driver_error(exc):
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        _error(f"Neo4j: {message}")
    else:
        return None
    return 1


def _path() -> type[Path]:
    """:class:`pathlib.Path`, imported when a command's options are made, not for
    ``orggraph --help``."""
    from pathlib import Path

    return Path


def data_option(f: F) -> F:
    """``--data DIR``: the data directory to read."""
    return click.option(
        "--data", "data_dir", type=click.Path(file_okay=False, path_type=_path()), default=None,
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
    path = _path()
    kind = click.Path(file_okay=not directory, dir_okay=directory, path_type=path)
    return click.option("-o", "--output", type=kind, required=default is None,
                        default=None if default is None else path(default),
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


def _graph(data_dir: Path | None, as_of: str | None = None, *, lazy: bool = False) -> Any:
    """The graph of ``--data`` (through its validated cache unless ``--no-cache``); with
    ``lazy``, read as a question needs it (:func:`orggraph.graph.open_graph`)."""
    from .graph import load_graph, open_graph
    from .load import DEFAULT_DATA_DIR

    ctx = click.get_current_context(silent=True)
    cache = not (ctx and ctx.meta.get(_NO_CACHE))
    directory = data_dir or DEFAULT_DATA_DIR
    if lazy and cache:
        return open_graph(directory, as_of)
    return load_graph(directory, as_of, cache=cache)


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


#: Every command of ``main``: its module in :mod:`orggraph.commands` and its help's
#: first paragraph, which ``orggraph --help`` lists without importing the module
#: (``tests/test_cli.py`` holds each equal to the command's own).
COMMANDS: dict[str, tuple[str, str]] = {
    "coverage": ("data", "Every passage of each source (id or file name) that states a "
                         "relationship, and the records or waiver that cover it; totals "
                         "per source."),
    "export": ("files", "Write the graph for other tools in FORMAT (see docs/exports.md)."),
    "extract": ("extract", "Draft data from job descriptions, review a draft, or evaluate "
                           "the extractor."),
    "find": ("data", "Nodes whose id, title, name, abbreviation or alias contains TEXT."),
    "generate": ("files", "Write a synthetic organisation of N posts in the data format."),
    "import": ("imports", "Import published formats into the data/ YAML format."),
    "neo4j": ("neo4j", "Neo4j: load the graph, run the cypher/ queries (server from "
                       "NEO4J_URI etc.)."),
    "query": ("questions", "Ask a named question (see 'orggraph questions'), e.g. "
                           "span-of-control POST."),
    "questions": ("questions", "List the named questions with their arguments and options."),
    "report": ("files", "Write the governance report: one self-contained HTML page to read "
                        "and print."),
    "show": ("data", "One node (id or unambiguous name) with its properties and "
                     "relationships."),
    "summary": ("data", "Counts of nodes by label and kind, relationships by type, per "
                        "source document."),
    "validate": ("data", "Check every data file; print one line per problem; exit 1 on "
                         "any error."),
    "viz": ("files", "Write an interactive, offline HTML chart (open it in a browser)."),
}


class _LazyGroup(_Group):
    """The ``main`` group: its commands (:data:`COMMANDS`) are imported when one is run
    or asked for, and listed in its help from their first paragraphs alone."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._loaded: dict[str, click.Command] = {}

    @property  # type: ignore[override]
    def commands(self) -> dict[str, click.Command]:
        """Every command, imported (for tools that walk the whole command tree)."""
        return {name: self._load(name) for name in COMMANDS}

    @commands.setter
    def commands(self, value: Any) -> None:  # click's __init__ assigns it
        pass

    def _load(self, name: str) -> click.Command:
        if name not in self._loaded:
            module = importlib.import_module(f"orggraph.commands.{COMMANDS[name][0]}")
            self._loaded[name] = getattr(module, f"{name}_command")
        return self._loaded[name]

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return self._load(cmd_name) if cmd_name in COMMANDS else None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        listed = {name: click.Command(name, help=text) for name, (_, text) in COMMANDS.items()}
        click.Group(self.name, commands=listed).format_commands(ctx, formatter)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="orggraph")
def main() -> None:
    """orggraph: NHS accountability documents as a sourced graph."""


if __name__ == "__main__":  # pragma: no cover
    main()
