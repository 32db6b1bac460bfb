"""Outputs are written whole or not at all, and never over a file orggraph did not write."""

from __future__ import annotations

from pathlib import Path

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
    with pytest.raises(OutputExistsError, match="--force"):
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
