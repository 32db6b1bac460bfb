"""The documentation names only what exists, and misses nothing that does.

Every ``orggraph …`` invocation in README.md and docs/*.md (in code spans and code
blocks) must be a real command with real options, questions, named queries and formats;
docs/cli.md must be what ``scripts/gen_cli_docs.py`` generates from the commands, so
every command, option, question, Cypher query and export format is documented.
"""

from __future__ import annotations

import importlib.util
import re
import shlex
from pathlib import Path
from types import ModuleType

import click
import pytest

from orggraph.cli import main
from orggraph.neo4j.store import named_queries
from orggraph.queries import QUESTIONS
from orggraph.resources import cypher_dir

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = {p.relative_to(ROOT).as_posix(): p.read_text(encoding="utf-8")
        for p in [ROOT / "README.md", ROOT / "CHANGELOG.md", *sorted((ROOT / "docs").glob("*.md"))]}
CLI_MD = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
EXPORTS_MD = (ROOT / "docs" / "exports.md").read_text(encoding="utf-8")

_CODE = re.compile(r"```[^\n]*\n(.*?)```|`([^`\n]+)`", re.S)
_CALL = re.compile(r"(?:^|[\s/$(;&|])orggraph ([-a-zA-Z][^\n`#]*)")


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_cli_docs",
                                                  ROOT / "scripts" / "gen_cli_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _commands(group: click.Group, prefix: str = "orggraph") -> list[str]:
    out = []
    for name, cmd in group.commands.items():
        out.append(f"{prefix} {name}")
        if isinstance(cmd, click.Group):
            out += _commands(cmd, f"{prefix} {name}")
    return out


def _invocations() -> list[tuple[str, str]]:
    """(document, the words after ``orggraph``) for each invocation in code."""
    found = []
    for name, text in DOCS.items():
        for match in _CODE.finditer(text):
            code = match.group(1) or match.group(2)
            for line in code.splitlines():
                found += [(name, m.group(1).strip()) for m in _CALL.finditer(line)]
    return found


def _words(text: str) -> list[str]:
    """The invocation's words, up to a pipe or redirection, placeholders dropped."""
    try:
        words = shlex.split(text.replace("[", " ").replace("]", " "))
    except ValueError:
        words = text.split()
    out = []
    for word in words:
        if word in {"|", ">", "2>", "&&", ";"} or word.startswith((">", "|")):
            break
        out.append(word)
    return out


def _resolve(words: list[str]) -> tuple[click.Command, list[str], list[str]]:
    """The command the words name, the words naming it, and the rest."""
    command: click.Command = main
    path: list[str] = []
    rest = list(words)
    while isinstance(command, click.Group) and rest and not rest[0].startswith("-"):
        if rest[0].isupper() or rest[0] in {"COMMAND", "NAME", "..."}:
            break  # a placeholder, as in "orggraph COMMAND --help"
        sub = command.commands.get(rest[0])
        assert sub is not None, f"'{' '.join(['orggraph', *path, rest[0]])}' is not a command"
        command, path, rest = sub, [*path, rest.pop(0)], rest
    return command, path, rest


def _options(command: click.Command) -> dict[str, click.Parameter]:
    ctx = click.Context(command)
    return {opt: p for p in command.get_params(ctx) for opt in (*p.opts, *p.secondary_opts)}


INVOCATIONS = _invocations()


def test_the_docs_have_invocations_to_check() -> None:
    assert len(INVOCATIONS) > 40
    assert {doc for doc, _ in INVOCATIONS} >= {"README.md", "docs/cli.md"}


@pytest.mark.parametrize(("doc", "text"), INVOCATIONS, ids=lambda v: str(v)[:60])
def test_every_invocation_in_the_docs_exists(doc: str, text: str) -> None:
    words = _words(text)
    command, path, rest = _resolve(words)
    options = _options(command)
    where = f"{doc}: orggraph {text}"
    for word in rest:
        flag = word.split("=")[0]
        if flag.startswith("--") and flag != "--":
            assert flag in options or flag in {"--help", "--version"}, \
                f"{where}: {' '.join(path)} has no option {flag}"
    values = iter(rest)
    for word in values:
        param = options.get(word)
        if param is not None and isinstance(param.type, click.Choice) and not param.is_flag:
            value = next(values, None)
            if value is not None and value.islower():  # "a|b" in a synopsis: each of them
                for choice in value.split("|"):
                    assert choice in param.type.choices, f"{where}: {word} {choice} is no choice"
    positional = [w for w in rest if not w.startswith("-")]
    if path == ["query"] and positional and positional[0].islower():
        assert positional[0] in QUESTIONS, f"{where}: no question {positional[0]!r}"
    if path == ["neo4j", "query"] and positional and positional[0].islower():
        assert positional[0] in named_queries(), f"{where}: no named query {positional[0]!r}"
    if path == ["export"] and positional and positional[0].islower():
        assert isinstance(command.params[0].type, click.Choice)
        assert positional[0] in command.params[0].type.choices, f"{where}: no format"


def test_cli_md_is_generated_from_the_commands() -> None:
    assert _generator().render() == CLI_MD, "docs/cli.md is stale: python scripts/gen_cli_docs.py"


@pytest.mark.parametrize("command", _commands(main))
def test_every_cli_command_is_documented(command: str) -> None:
    assert f"## `{command}`" in CLI_MD


@pytest.mark.parametrize("command", _commands(main))
def test_every_option_is_documented(command: str) -> None:
    cmd, _, _ = _resolve(command.split()[1:])
    section = CLI_MD.split(f"## `{command}`\n", 1)[1].split("\n## ", 1)[0]
    for param in cmd.get_params(click.Context(cmd)):
        if isinstance(param, click.Option) and "--help" not in param.opts:
            assert param.opts[-1] in section, f"{command} {param.opts[-1]} is not in docs/cli.md"


@pytest.mark.parametrize("name", list(QUESTIONS))
def test_every_question_is_documented(name: str) -> None:
    assert f"| `{name}` |" in CLI_MD


@pytest.mark.parametrize("path", sorted(cypher_dir().glob("*.cypher")), ids=lambda p: p.name)
def test_every_cypher_file_is_documented(path: Path) -> None:
    assert f"`{path.name}`" in CLI_MD, f"{path.name} is not documented in docs/cli.md"
    header = path.read_text(encoding="utf-8").split("\n\n")[0]
    for part in ("//", "Parameters", "Columns"):
        assert part in header, f"{path.name} header lacks {part!r}"


def test_every_cypher_file_the_docs_name_exists() -> None:
    shipped = {p.name for p in cypher_dir().glob("*.cypher")}
    for doc, text in DOCS.items():
        for name in re.findall(r"`(?:cypher/)?([a-z_]+\.cypher)`", text):
            assert name in shipped or name in {"mine.cypher"}, f"{doc} names {name}"


def test_every_export_format_is_documented() -> None:
    export = main.commands["export"]
    formats = next(p.type.choices for p in export.params if isinstance(p.type, click.Choice))
    for fmt in formats:
        assert f"`{fmt}`" in EXPORTS_MD, f"docs/exports.md does not describe {fmt}"
        assert fmt in CLI_MD


def test_readme_gives_the_two_commands_and_ci_runs_the_test_one() -> None:
    assert "bash scripts/main.sh" in README and "bash scripts/test.sh" in README
    assert "bash scripts/test.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_is_a_guide_not_a_diary() -> None:
    assert len(README.splitlines()) <= 300
    # the phrases of a measurement diary, split so that this file is not one of its hits
    diary = re.compile("|".join([
        r"\bs1?[0-9]\b (command|figures|run)", r"\bs1[0-9]\b",
        r"[0-9]{2}:[0-9]{2}( to [0-9]{2}:[0-9]{2})? " + "UTC", "NOT" + " met", "target" + " met",
        "lack" + " of time", "load" + " average"]))
    for doc, text in DOCS.items():
        assert not diary.search(text), f"{doc}: {diary.search(text)}"


def test_every_docs_page_is_listed_in_the_index() -> None:
    index = DOCS["docs/index.md"]
    for name in DOCS:
        if name.startswith("docs/") and name != "docs/index.md":
            assert f"]({name.removeprefix('docs/')})" in index, f"{name} is not in docs/index.md"
