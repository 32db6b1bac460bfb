"""Write docs/cli.md, the CLI reference, from the click commands themselves.

    .venv/bin/python scripts/gen_cli_docs.py           # rewrite docs/cli.md
    .venv/bin/python scripts/gen_cli_docs.py --check   # exit 1 if docs/cli.md is stale

Every command's usage, help text and options come from click; the named questions
from ``orggraph.queries.questions()``; the Cypher library from the files shipped with
the package. ``tests/test_docs.py`` fails when docs/cli.md differs from this output.
"""

from __future__ import annotations

import argparse
import inspect
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from orggraph.cli import main
from orggraph.queries import questions
from orggraph.resources import cypher_dir

TARGET = Path(__file__).resolve().parent.parent / "docs" / "cli.md"

INTRO = """\
# CLI reference

Generated from the commands by `scripts/gen_cli_docs.py` (do not edit by hand;
`tests/test_docs.py` fails when this page is stale). `orggraph COMMAND --help` prints
the same.

One meaning per option name across commands:

- `--data DIR`: the data directory to read (default: the curated data shipped with
  orggraph).
- `-o, --output PATH`: the file or directory written. Every command that writes takes it,
  with the default shown below (a name in the current directory), except where the output
  is a data directory (`generate`, `import organogram`), which must be named.
- `--force`: replace an existing output that orggraph did not write (orggraph always
  replaces its own outputs).
- `--format`: how results are printed (`table`, `json`, `csv` where the result is rows).
- `--as-of DATE`: only what is valid on that date (`YYYY[-MM[-DD]]`).
- `--body BODY`: limit the answer to one body: its posts and the bodies within it.

Wherever a node is named, its id or an unambiguous, case-insensitive title, name,
abbreviation or alias works. Usage errors (a wrong option or argument, an ambiguous or
unknown name) exit 2; errors in the data or at run time exit 1. Either is one
`Error: …` line on stderr, never a traceback.
"""


def _cell(text: str) -> str:
    """Text for a Markdown table cell (a ``|`` would end the cell)."""
    return text.replace("|", "\\|")


def _commands(group: click.Group, prefix: str) -> Iterator[tuple[str, click.Command]]:
    for name in sorted(group.commands):
        command = group.commands[name]
        if command.hidden:
            continue
        yield f"{prefix} {name}", command
        if isinstance(command, click.Group):
            yield from _commands(command, f"{prefix} {name}")


def _option_rows(command: click.Command, ctx: click.Context) -> list[str]:
    rows = []
    for param in command.get_params(ctx):
        record = param.get_help_record(ctx)
        if record is None or not isinstance(param, click.Option) or "--help" in param.opts:
            continue
        flags, text = record
        rows.append(f"| `{_cell(flags)}` | {_cell(text)} |")
    return rows


def _command_section(path: str, command: click.Command) -> list[str]:
    ctx = click.Context(command, info_name=path)
    usage = " ".join(command.collect_usage_pieces(ctx))
    lines = [f"## `{path}`", "", "```", f"{path} {usage}".rstrip(), "```", ""]
    text = inspect.cleandoc(command.help or "")
    if text:
        lines += [click.unstyle(text).replace("\b\n", ""), ""]
    rows = _option_rows(command, ctx)
    if rows:
        lines += ["| option | meaning |", "|---|---|", *rows, ""]
    return lines


def _questions() -> list[str]:
    lines = ["## Named questions (`orggraph query NAME …`)", "",
             "| name | arguments | options | answers |", "|---|---|---|---|"]
    for q in questions():
        lines.append(f"| `{q['name']}` | {q['arguments']} | {q['options']} | {q['answers']} |")
    return [*lines, ""]


def _cypher() -> list[str]:
    lines = ["## The Cypher library (`orggraph neo4j query NAME`)", "",
             "One file per named question, with a header giving what it answers, its "
             "parameters and its columns:", "", "| file | what it answers |", "|---|---|"]
    for path in sorted(cypher_dir().glob("*.cypher")):
        first = path.read_text(encoding="utf-8").splitlines()[0].lstrip("/ ").strip()
        lines.append(f"| `{path.name}` | {_cell(first)} |")
    return [*lines, ""]


def render() -> str:
    """The whole of docs/cli.md."""
    lines = [INTRO]
    ctx = click.Context(main, info_name="orggraph")
    lines += ["## `orggraph`", "", "```", "orggraph " + " ".join(main.collect_usage_pieces(ctx)),
              "```", "", (main.help or "").strip(), "",
              "| option | meaning |", "|---|---|", *_option_rows(main, ctx), ""]
    for path, command in _commands(main, "orggraph"):
        lines += _command_section(path, command)
    lines += _questions() + _cypher()
    return "\n".join(lines).rstrip() + "\n"


def main_() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if docs/cli.md is stale")
    args = parser.parse_args()
    text = render()
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is stale: run python scripts/gen_cli_docs.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main_())
