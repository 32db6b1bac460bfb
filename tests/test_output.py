"""Outputs are written whole or not at all, and never over a file orggraph did not write."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from orggraph.output import MARKER, OutputExistsError, write_directory, write_file


def test_write_file_creates_and_replaces_its_own_file(tmp_path: Path) -> None:
    target = tmp_path / "out.html"
    write_file(target, f"<!-- {MARKER} -->one")
    write_file(target, f"<!-- {MARKER} -->two")
    assert target.read_text(encoding="utf-8").endswith("two")
    assert [p.name for p in tmp_path.iterdir()] == ["out.html"]


def test_write_file_refuses_a_foreign_file_unless_forced(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(OutputExistsError, match="force=True"):
        write_file(target, "new")
    assert target.read_text(encoding="utf-8") == "mine"
    write_file(target, "new", force=True)
    assert target.read_text(encoding="utf-8") == "new"


class Boom(Exception):
    pass


def test_an_interrupted_write_leaves_the_old_file_and_no_temporary(tmp_path: Path,
                                                                    monkeypatch) -> None:
    target = tmp_path / "out.json"
    write_file(target, f'{{"_": "{MARKER}", "v": 1}}')
    before = target.read_bytes()

    def fail(*_: object) -> None:
        raise Boom

    monkeypatch.setattr("orggraph.output.os.replace", fail)
    with pytest.raises(Boom):
        write_file(target, f'{{"_": "{MARKER}", "v": 2}}')
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_write_directory_is_all_or_nothing(tmp_path: Path) -> None:
    target = tmp_path / "csv"

    def good(d: Path) -> None:
        (d / "a.csv").write_text("id\n", encoding="utf-8")

    def bad(d: Path) -> None:
        (d / "b.csv").write_text("half", encoding="utf-8")
        raise Boom

    write_directory(target, good)
    with pytest.raises(Boom):
        write_directory(target, bad)
    assert sorted(p.name for p in target.iterdir()) == [".orggraph", "a.csv"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["csv"]
    write_directory(target, lambda d: (d / "c.csv").write_text("x", encoding="utf-8"))
    assert sorted(p.name for p in target.iterdir()) == [".orggraph", "c.csv"]


def test_write_directory_refuses_a_foreign_directory(tmp_path: Path) -> None:
    target = tmp_path / "mine"
    target.mkdir()
    (target / "keep.txt").write_text("k", encoding="utf-8")
    with pytest.raises(OutputExistsError):
        write_directory(target, lambda d: None)
    assert (target / "keep.txt").exists()


def test_an_empty_directory_is_replaced_and_the_result_is_readable_by_others(
        tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.mkdir()
    write_directory(target, lambda d: (d / "a.txt").write_text("a"))
    assert (target / "a.txt").read_text() == "a"
    assert target.stat().st_mode & 0o777 == 0o755


# --- missing parents: created the same way by every command that writes ----------------


def test_missing_parents_are_created(tmp_path: Path) -> None:
    assert write_file(tmp_path / "a" / "b" / "c.html", f"<!-- {MARKER} -->").is_file()
    assert write_directory(tmp_path / "d" / "e", lambda d: None).is_dir()


def test_a_file_in_the_way_is_one_error_naming_the_path_given(tmp_path: Path) -> None:
    from orggraph.output import OutputPathError

    (tmp_path / "file").write_text("x", encoding="utf-8")
    for target, write in ((tmp_path / "file" / "sub" / "c.html",
                           lambda t: write_file(t, "x")),
                          (tmp_path / "file" / "dir", lambda t: write_directory(t, print))):
        with pytest.raises(OutputPathError) as caught:
            write(target)
        assert str(caught.value) == f"cannot write {target}: {tmp_path / 'file'} is not a " \
            "directory"
        assert ".tmp" not in str(caught.value)


@pytest.mark.parametrize("argv", [
    ["export", "json", "-o", "{out}/g.json"],
    ["export", "organogram", "-o", "{out}/organogram"],
    ["viz", "-o", "{out}/chart.html"],
    ["report", "-o", "{out}/report.html"],
    ["generate", "--posts", "5", "-o", "{out}/generated"],
    ["import", "organogram", "{fixtures}/senior.csv", "-o", "{out}/imported"],
])
def test_every_writing_command_treats_a_missing_parent_alike(tmp_path: Path, runner: Any,
                                                             argv: list[str]) -> None:
    from orggraph.cli import main

    fixtures = Path(__file__).parent / "fixtures" / "organogram"
    out = tmp_path / "new" / "deeper"
    args = [a.format(out=out, fixtures=fixtures) for a in argv]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert Path(args[args.index("-o") + 1]).exists()
    (tmp_path / "blocked").write_text("x", encoding="utf-8")
    args = [a.format(out=tmp_path / "blocked" / "x", fixtures=fixtures) for a in argv]
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == (
        f"Error: cannot write {args[args.index('-o') + 1]}: {tmp_path / 'blocked'} is not a "
        "directory")
