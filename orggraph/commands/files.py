"""The commands that write files: ``generate``, ``viz``, ``export`` and ``report``."""

from __future__ import annotations

from pathlib import Path

import click

from ..cli import (
    _Choices,
    _graph,
    as_of_option,
    body_option,
    cache_option,
    data_option,
    force_option,
    output_option,
)


@click.command("generate")
@click.option("--posts", type=click.IntRange(min=1), required=True, help="How many posts.")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed.")
@output_option(None, directory=True, what="Data directory")
@force_option
def generate_command(posts: int, seed: int, output: Path, force: bool) -> None:
    """Write a synthetic organisation of N posts in the data format.

    Deterministic for a seed: system.yaml and one org-N.yaml of about 5,000 posts per
    organisation, each with its source text. The directory is replaced whole, and only
    when it is empty or orggraph wrote it (or with --force).
    """
    from ..generate import generate

    click.echo(f"wrote {generate(posts, seed, output, force=force)}")


@click.command("viz")
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
def viz_command(output: Path, focus: str | None, depth: int, body: str | None, as_of: str | None,
        relations: str | None, layout: str, data_dir: Path | None, force: bool) -> None:
    """Write an interactive, offline HTML chart (open it in a browser).

    Accountability top-down (or every relationship with --layout network), a legend,
    search, a checkbox per relationship type and organisation, click for the chain and
    deputies, hover for the evidence and source, bodies collapsed into boxes on large
    graphs (double-click opens one), and a text view of the same content.
    """
    from ..viz import viz as write_chart

    path = write_chart(_graph(data_dir, as_of), output, force=force, focus=focus, depth=depth,
                       body=body, relations=relations, layout=layout)
    click.echo(f"wrote {path}")


def _export_formats() -> list[str]:
    from ..export import FORMATS

    return list(FORMATS)


@click.command("export")
@click.argument("fmt", metavar="FORMAT", type=_Choices(_export_formats))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="File to write (a folder for csv and organogram)  "
                   "[default: orggraph.FORMAT, or the folder orggraph-FORMAT].")
@as_of_option
@body_option
@data_option
@cache_option
@force_option
def export_command(fmt: str, output: Path | None, as_of: str | None, body: str | None,
           data_dir: Path | None, force: bool) -> None:
    """Write the graph for other tools in FORMAT (see docs/exports.md).

    graphml, gexf, json (node-link), cypher (a script) and ttl (W3C ORG Turtle) write
    one file; csv (a neo4j-admin import folder, whose command is also printed) and
    organogram (the data.gov.uk senior and junior CSVs) write a folder.
    """
    from ..export import default_output, export, neo4j_admin_command

    path = export(_graph(data_dir, as_of), fmt, output or default_output(fmt), force=force,
                  body=body)
    click.echo(f"wrote {path}")
    if fmt == "csv":
        click.echo(neo4j_admin_command(path))


@click.command("report")
@output_option("report.html", what="HTML file")
@body_option
@data_option
@cache_option
@as_of_option
@force_option
def report_command(output: Path, body: str | None, data_dir: Path | None, as_of: str | None,
           force: bool) -> None:
    """Write the governance report: one self-contained HTML page to read and print.

    Summary counts, spans and layers (table and charts), accountability chains,
    deputisation cover with the gaps highlighted, dual accountability, boards and
    committees, dated changes, notes, the coverage of each source, and every
    finding's evidence quote and source document.
    --body limits spans, chains and cover gaps to one body.
    """
    from ..coverage import coverage_data
    from ..load import DEFAULT_DATA_DIR
    from ..report import report

    G = _graph(data_dir, as_of)
    covered = coverage_data(data_dir or DEFAULT_DATA_DIR)
    click.echo(f"wrote {report(G, output, body=body, force=force, coverage=covered)}")
