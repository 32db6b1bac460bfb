"""``orggraph extract …``: draft data from job descriptions, review a draft, evaluate."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..cli import _Group, data_option, force_option, format_option


@click.group("extract", cls=_Group)
def extract_command() -> None:
    """Draft data from job descriptions, review a draft, or evaluate the extractor."""


@extract_command.command("draft")
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
    from ..extract import extract as draft
    from ..load import DEFAULT_DATA_DIR

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


@extract_command.command("review")
@click.argument("draft", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--accept", is_flag=True, help="Merge the draft into the data.")
@data_option
@force_option
def extract_review(draft: Path, accept: bool, data_dir: Path | None, force: bool) -> None:
    """Show what DRAFT would add to the data (with --accept: merge it)."""
    from ..extract import review_draft
    from ..load import DEFAULT_DATA_DIR

    done = review_draft(draft, data_dir or DEFAULT_DATA_DIR, accept=accept, force=force)
    for line in [*done.lines, *(f"wrote {p}" for p in done.written)]:
        click.echo(line)


@extract_command.command("evaluate")
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
    from ..extract import evaluate
    from ..formats import render
    from ..load import DEFAULT_DATA_DIR

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
