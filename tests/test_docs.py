"""Every CLI command, named question and .cypher file is documented in README.md."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from orggraph.cli import main
from orggraph.queries import QUESTIONS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "orggraph") -> list[str]:
    out = []
    for name, cmd in group.commands.items():
        out.append(f"{prefix} {name}")
        if isinstance(cmd, click.Group):
            out += _commands(cmd, f"{prefix} {name}")
    return out


@pytest.mark.parametrize("command", _commands(main))
def test_every_cli_command_is_in_readme(command):
    assert f"`{command}" in README, f"{command} is not documented in README.md"


@pytest.mark.parametrize("name", list(QUESTIONS))
def test_every_question_is_in_readme(name):
    assert f"`{name}" in README


@pytest.mark.parametrize("path", sorted((ROOT / "cypher").glob("*.cypher")),
                         ids=lambda p: p.name)
def test_every_cypher_file_is_documented(path):
    assert path.name in README, f"{path.name} is not documented in README.md"
    header = path.read_text(encoding="utf-8").split("\n\n")[0]
    for part in ("//", "Parameters", "Columns"):
        assert part in header, f"{path.name} header lacks {part!r}"


def test_readme_gives_the_two_commands_and_ci_runs_the_test_one():
    assert "bash scripts/main.sh" in README and "bash scripts/test.sh" in README
    assert "bash scripts/test.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
