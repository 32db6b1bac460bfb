"""The commands that read a data directory and print what is in it: ``validate``,
``summary``, ``find``, ``show`` and ``coverage``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..cli import (
    _NO_CACHE,
    _error,
    _graph,
    as_of_option,
    cache_option,
    data_option,
    emit,
    format_option,
)

if TYPE_CHECKING:  # for annotations only: the library is imported in each command
    from ..coverage import Coverage


@click.command("validate")
@data_option
@format_option("table", "json")
@click.option("--warnings/--no-warnings", default=True, show_default=True,
              help="Also print warnings (they never fail validation).")
def validate_command(data_dir: Path | None, fmt: str, warnings: bool) -> None:
    """Check every data file; print one line per problem; exit 1 on any error.

    Each problem is one 'path:line: error: message' line, all of them in one run.
    Warnings (posts with no stated accountability, orphan bodies, posts mentioned once,
    lines to someone outside the post's body) never fail validation.
    """
    import orggraph.coverage  # noqa: F401  (adds its waiver check to load.VALIDATORS)

    from ..load import DEFAULT_DATA_DIR, validate

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


@click.command("summary")
@data_option
@cache_option
@as_of_option
@format_option("table", "json", "csv")
def summary_command(data_dir: Path | None, as_of: str | None, fmt: str) -> None:
    """Counts of nodes by label and kind, relationships by type, per source document."""
    from ..counts import summary

    ctx = click.get_current_context()
    emit(summary(data_dir, as_of, cache=not ctx.meta.get(_NO_CACHE)), fmt)


@click.command("find")
@click.argument("text")
@data_option
@cache_option
@as_of_option
@format_option("table", "json", "csv")
def find_command(text: str, data_dir: Path | None, as_of: str | None, fmt: str) -> None:
    """Nodes whose id, title, name, abbreviation or alias contains TEXT."""
    from ..browse import find

    emit(find(_graph(data_dir, as_of), text), fmt)


@click.command("show")
@click.argument("node")
@data_option
@cache_option
@as_of_option
@format_option("table", "json")
def show_command(node: str, data_dir: Path | None, as_of: str | None, fmt: str) -> None:
    """One node (id or unambiguous name) with its properties and relationships."""
    from ..browse import show

    emit(show(_graph(data_dir, as_of), node), fmt)


@click.command("coverage")
@click.argument("sources", nargs=-1, metavar="[SOURCE]...")
@data_option
@format_option("table", "json", "csv")
@click.option("--status", type=click.Choice(("recorded", "waived", "uncovered")), default=None,
              help="List only the passages with this status (totals count all).")
@click.option("--strict", is_flag=True, help="Exit 1 when any passage is uncovered.")
def coverage_command(sources: tuple[str, ...], data_dir: Path | None, fmt: str, status: str | None,
             strict: bool) -> None:
    """Every passage of each source (id or file name) that states a relationship, and the
    records or waiver that cover it; totals per source."""
    from ..coverage import coverage
    from ..load import DEFAULT_DATA_DIR

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
    from ..coverage import ROW_COLUMNS
    from ..formats import render

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
