"""The CLI: thin wrappers, formats, exit codes, no tracebacks."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import click
import pytest

from orggraph.cli import COMMANDS, main
from tests.conftest import TINY

D = ["--data", str(TINY)]


@pytest.mark.parametrize("args", [
    ["summary"], ["find", "care"], ["show", "director-of-care"],
    ["query", "chain", "deputy-director-of-care"], ["query", "cover-gaps"],
    ["query", "spans-and-layers"], ["query", "members", "trust-board"],
])
@pytest.mark.parametrize("fmt", ["table", "json"])
def test_commands_print_in_each_format(runner, args, fmt):
    result = runner.invoke(main, [*args, *D, "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        assert isinstance(json.loads(result.output), list | dict)


def test_csv_rows(runner):
    result = runner.invoke(main, ["query", "spans-and-layers", *D, "--format", "csv"])
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == "id,name,direct_span,total_span,layer,lines_up"


def test_ambiguous_name_exits_2_listing_candidates(runner):
    result = runner.invoke(main, ["show", "director", *D])
    assert result.exit_code == 2
    assert result.output.startswith("Error: 'director' is ambiguous:")
    assert "director-of-care (Director of Care)" in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize(("args", "code", "message"), [
    (["show", "nobody-at-all"], 2, "no node has the id or name 'nobody-at-all'"),
    (["query", "chain", "ghost-post"], 2, "no node has the id or name"),
    (["query", "no-such-question"], 2, "unknown question 'no-such-question'"),
    (["query", "chain"], 2, "chain takes POST, got 0 argument(s)"),
    (["query", "deputies", "director-of-care", "--relations", "ACCOUNTABLE_TO"], 2,
     "deputies does not take --relations"),
    (["query", "chain", "director-of-care", "--relations", "BOSSES"], 1,
     "unknown relationship type(s): BOSSES"),
    (["summary", "--as-of", "soon"], 2, "'--as-of': 'soon'"),
    (["query", "changes", "--from", "2026-13-01"], 2, "'--from': '2026-13-01'"),
    (["query", "changes", "--to", "later"], 2, "'--to': 'later'"),
    (["query", "changes", "--from", "2026-06-01", "--to", "2025-01-01"], 1,
     "--from 2026-06-01 is after --to 2025-01-01"),
    (["summary", "--format", "xml"], 2, "Invalid value for '--format'"),
])
def test_errors_are_one_line(runner, args, code, message):
    result = runner.invoke(main, [*args, *D])
    assert result.exit_code == code, result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_bad_data_gives_every_error_and_exit_1(runner, make_data):
    data = make_data(replace={"    kind: team\n": "    kind: squad\n",
                              "  - type: WORKS_WITH\n": "  - type: WORKS_ALONGSIDE\n"})
    result = runner.invoke(main, ["summary", "--data", str(data)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 3 and lines[-1].startswith("Error: the data has 2 errors")


def test_as_of_changes_the_answer(runner):
    before = runner.invoke(main, ["find", "trust", *D, "--as-of", "2026-03-31", "--format", "json"])
    after = runner.invoke(main, ["find", "trust", *D, "--as-of", "2026-04-01", "--format", "json"])
    ids = lambda r: {x["id"] for x in json.loads(r.output)}
    assert "example-trust" in ids(before) and "example-trust" not in ids(after)
    assert "new-trust" in ids(after)


def test_generate_then_validate(runner, tmp_path):
    out = tmp_path / "gen"
    assert runner.invoke(main, ["generate", "--posts", "300", "--seed", "2", "-o", str(out)]
                         ).exit_code == 0
    result = runner.invoke(main, ["validate", "--data", str(out), "--no-warnings"])
    assert result.exit_code == 0, result.output


def test_viz_writes_a_chart_and_refuses_a_foreign_file(runner, tmp_path):
    out = tmp_path / "chart.html"
    result = runner.invoke(main, ["viz", *D, "-o", str(out), "--focus", "DoC", "--depth", "1",
                                  "--as-of", "2026-03-31", "--layout", "network"])
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {out}\n"
    assert "Director of Care" in out.read_text(encoding="utf-8")
    mine = tmp_path / "mine.html"
    mine.write_text("<p>mine</p>", encoding="utf-8")
    result = runner.invoke(main, ["viz", *D, "-o", str(mine)])
    assert result.exit_code == 1 and result.output.startswith("Error: ")
    assert "--force" in result.output and mine.read_text(encoding="utf-8") == "<p>mine</p>"
    assert runner.invoke(main, ["viz", *D, "-o", str(mine), "--force"]).exit_code == 0
    result = runner.invoke(main, ["viz", *D, "-o", str(out), "--relations", "BOSS_OF"])
    assert result.exit_code == 1 and "unknown relationship" in result.output


@pytest.mark.parametrize("terminal", [True, False])
def test_progress_is_drawn_only_on_a_terminal(monkeypatch, terminal):
    import io
    import sys

    from orggraph.cli import _progress

    class Stream(io.StringIO):
        def isatty(self) -> bool:
            return terminal

    stream = Stream()
    monkeypatch.setattr(sys, "stderr", stream)
    with _progress(10, "loading") as update:
        assert (update is not None) == terminal
        if update is not None:
            update(4)
            update(10)
    drawn = stream.getvalue()
    assert ("loading" in drawn and "100%" in drawn) if terminal else drawn == ""


def _all_commands(group=None, path=()):
    """(path, command) for every command and group of the CLI."""
    import click

    group = group or main
    for name, cmd in sorted(group.commands.items()):
        yield (*path, name), cmd
        if isinstance(cmd, click.Group):
            yield from _all_commands(cmd, (*path, name))


def _question_cases():
    from orggraph.queries import QUESTIONS

    everything = {o for q in QUESTIONS.values() for o in q.options}
    return [(name, option) for name, q in QUESTIONS.items()
            for option in sorted(everything - set(q.options))]


@pytest.mark.parametrize(("name", "option"), _question_cases())
def test_an_option_a_question_does_not_take_is_named_as_a_real_flag(runner, name, option):
    import click

    from orggraph.cli import _flag
    from orggraph.queries import QUESTIONS

    flag = _flag(option)
    query = main.commands["query"]
    flags = {o for p in query.get_params(click.Context(query)) for o in p.opts}
    assert flag in flags
    args = ["director-of-care"] * len(QUESTIONS[name].args)
    result = runner.invoke(main, ["query", name, *args, flag, "2025", *D])
    assert result.exit_code == 2, result.output
    assert f"{name} does not take {flag}" in result.output
    assert "Traceback" not in result.output


def test_every_question_option_is_a_flag_of_query(runner):
    from orggraph.cli import _flag
    from orggraph.queries import QUESTIONS

    text = runner.invoke(main, ["query", "--help"]).output
    for q in QUESTIONS.values():
        for option in q.options:
            assert _flag(option) in text


@pytest.mark.parametrize("name", ["span-of-control", "spans-and-layers", "chain", "deputies",
                                  "cover-gaps", "dual-accountability", "members", "memberships",
                                  "relationships", "path", "changes"])
def test_a_questions_arguments_and_options_are_its_signatures(name):
    """The register's arguments and options are the function's own parameters (after the
    graph: without a default, then with one), so the CLI's flags follow the function."""
    import inspect

    from orggraph.queries import QUESTIONS

    q = QUESTIONS[name]
    params = list(inspect.signature(q.function).parameters.values())[1:]
    assert q.args == tuple(p.name for p in params if p.default is p.empty)
    assert q.options == tuple(p.name for p in params if p.default is not p.empty)


@pytest.mark.parametrize(("path", "command"), list(_all_commands()),
                         ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_every_usage_error_exits_2_with_one_error_line(runner, path, command):
    result = runner.invoke(main, [*path, "--no-such-option"])
    assert result.exit_code == 2, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "--no-such-option" in errors[0], result.output
    assert "Traceback" not in result.output


def _required(command):
    return [p for p in command.params if p.required]


@pytest.mark.parametrize(("path", "command"), [(p, c) for p, c in _all_commands()
                                                if _required(c)],
                         ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_a_missing_argument_exits_2_with_one_error_line(runner, path, command):
    result = runner.invoke(main, list(path))
    assert result.exit_code == 2, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "Missing" in errors[0], result.output
    assert len(result.output.strip().splitlines()) == 1, result.output


#: Arguments that make each command that reads --data run up to reading it.
DATA_ARGS = {
    ("validate",): [], ("summary",): [], ("find",): ["care"], ("show",): ["director-of-care"],
    ("query",): ["cover-gaps"], ("viz",): ["-o", "{tmp}/c.html"],
    ("report",): ["-o", "{tmp}/r.html"], ("export",): ["json", "-o", "{tmp}/g.json"],
    ("extract", "draft"): ["{jd}", "-o", "{tmp}/d.yaml"], ("extract", "review"): ["{jd}"],
    ("extract", "evaluate"): [], ("coverage",): [], ("neo4j", "load"): [],
    ("neo4j", "import"): ["--data-dir", "{tmp}/db"],
}


@pytest.mark.parametrize("path", sorted(DATA_ARGS), ids=" ".join)
def test_every_data_error_exits_1_with_an_error_line(runner, tmp_path, path):
    jd = tmp_path / "jd.txt"
    jd.write_text("Job Title: Nurse\nReports to: Ward Manager\n", encoding="utf-8")
    args = [a.format(tmp=tmp_path, jd=jd) for a in DATA_ARGS[path]]
    result = runner.invoke(main, [*path, *args, "--data", str(tmp_path / "missing")])
    assert result.exit_code == 1, result.output
    assert any(line.startswith("Error:") or ": error: " in line
               for line in result.output.splitlines()), result.output
    assert "Traceback" not in result.output


def test_every_command_that_reads_data_is_checked():
    takes_data = {path for path, cmd in _all_commands()
                  if any("--data" in p.opts for p in cmd.params)}
    assert takes_data == set(DATA_ARGS)


_IMPORTS_AFTER = """
import sys
from orggraph.cli import main
sys.argv = ["orggraph", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print(" ".join(sorted(m for m in ("networkx", "numpy", "yaml", "jinja2", "neo4j")
                      if m in sys.modules)), file=sys.stderr)
"""


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["summary", "--help"]])
def test_help_imports_no_networkx_numpy_or_yaml(argv):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _IMPORTS_AFTER, *argv], capture_output=True,
                          text=True, check=True)
    heavy = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
    assert heavy == "", f"orggraph {' '.join(argv)} imported {heavy}"


def test_summary_imports_no_networkx_or_numpy():
    """``summary`` counts the records (the curated data is read, so PyYAML is imported)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _IMPORTS_AFTER, "summary"],
                          capture_output=True, text=True, check=True)
    assert done.stderr.strip().splitlines()[-1] == "yaml"
    assert "total" in done.stdout


def test_help_lists_commands_without_importing_them():
    import subprocess
    import sys

    code = ("import sys\nfrom orggraph.cli import main\ntry:\n    main(['--help'])\n"
            "except SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith('orggraph.commands.')),"
            " file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stderr.strip() == "[]"
    loaded = click.Group("orggraph", commands=main.commands)  # every command imported
    with click.Context(loaded, info_name="orggraph") as ctx:
        formatter = ctx.make_formatter()
        loaded.format_commands(ctx, formatter)
    assert formatter.getvalue() in done.stdout


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_commands_listed_help_is_its_first_paragraph(name):
    command = main.get_command(click.Context(main), name)
    assert command is not None and command.name == name
    first = inspect.cleandoc(command.help or "").split("\n\n")[0]
    assert COMMANDS[name][1] == " ".join(first.split())


def test_every_command_module_is_listed():
    package = Path(__file__).resolve().parent.parent / "orggraph" / "commands"
    modules = {p.stem for p in package.glob("*.py")} - {"__init__"}
    assert modules == {module for module, _ in COMMANDS.values()}


def test_the_package_names_load_on_first_use():
    import subprocess
    import sys

    import orggraph

    code = "import sys, orggraph; print('networkx' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"
    assert set(orggraph.__all__) == set(orggraph._LAZY)
    for name in orggraph.__all__:
        assert getattr(orggraph, name) is not None
    with pytest.raises(AttributeError):
        orggraph.no_such_name  # noqa: B018


def test_library_parameters_are_shown_as_the_flags_that_give_them(runner, tmp_path):
    mine = tmp_path / "force" / "mine.html"  # a path word equal to a parameter stays
    mine.parent.mkdir()
    mine.write_text("<p>mine</p>", encoding="utf-8")
    result = runner.invoke(main, ["viz", *D, "-o", str(mine)])
    assert result.output == (f"Error: {mine} exists and was not written by orggraph; "
                             "use --force to replace it\n")
    result = runner.invoke(main, ["neo4j", "query", "span_of_control", "--param", "post"])
    assert result.exit_code == 1
    assert result.output == "Error: --param 'post': expected KEY=VALUE or KEY:=JSON\n"
