"""The CLI: thin wrappers, formats, exit codes, no tracebacks."""

from __future__ import annotations

import json

import pytest

from orggraph.cli import main
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
    (["query", "no-such-question"], 1, "unknown question 'no-such-question'"),
    (["query", "chain"], 1, "chain takes POST, got 0 argument(s)"),
    (["query", "deputies", "director-of-care", "--relations", "ACCOUNTABLE_TO"], 1,
     "deputies does not take --relations"),
    (["query", "chain", "director-of-care", "--relations", "BOSSES"], 1,
     "unknown relationship type(s): BOSSES"),
    (["summary", "--as-of", "soon"], 1, "--as-of 'soon'"),
    (["query", "changes", "--from", "2026-13-01"], 1, "--from '2026-13-01'"),
    (["query", "changes", "--to", "later"], 1, "--to 'later'"),
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
