"""``orggraph import …``: published formats into the data format."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from ..cli import _Group, _progress, force_option, output_option


@click.group("import", cls=_Group)
def import_command() -> None:
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


@import_command.command("organogram")
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
    from ..organogram import import_organogram

    report = import_organogram(paths[0], paths[1] if len(paths) > 1 else None, org=org,
                               output=output, force=force, encoding=encoding)
    _import_done([report], [str(paths[0])])


def _import_many(dirs: tuple[Path, ...], org: str | None, encoding: str | None,
                 output: Path, force: bool) -> None:
    if org is not None or not all(p.is_dir() for p in dirs):
        raise click.UsageError("with DIR, give only directories: each pair's organisation "
                               "comes from its files")
    from ..organogram import find_pairs, import_organograms

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
