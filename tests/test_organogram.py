"""Importing UK organograms built in the published data.gov.uk layout."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

from orggraph.cli import main
from orggraph.organogram import JUNIOR_COLUMNS, SENIOR_COLUMNS
from orggraph.graph import load_graph
from orggraph.load import validate
from orggraph.model import normalise_space
from orggraph.organogram import OrganogramError, import_organogram
from orggraph.queries import span_of_control

ORG = "Example Hospitals NHS Trust"
P = "example-hospitals-nhs-trust"


def senior_row(ref: str, name: str, title: str, reports_to: str, *, grade: str = "VSM",
               unit: str = "Board", phone: str = "01234 567890", notes: str = "",
               fte: str = "1.00") -> list[str]:
    return [ref, name, grade, title, "Leads the function", "Department of Health and Social Care",
            ORG, unit, phone, "post@example.nhs.uk", reports_to, "0", fte, "100000", "104999",
            "Medicine", notes, ""]


def junior_row(reports_to: str, grade: str, title: str, fte: str, unit: str = "Nursing") -> list[str]:
    return ["Department of Health and Social Care", ORG, unit, reports_to, grade, "30000",
            "40000", title, fte, "Other"]


def to_csv(header: tuple[str, ...] | list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


# Row numbers are the file's lines: the header is line 1. Row 9 has a quoted newline in
# its Notes, so it spans lines 9-10 and the next row starts on line 11.
SENIOR = [
    senior_row("CEO", "Ann Bee", "Chief Executive", "XX"),                           # 2
    senior_row("MD", "Vacant", "Medical Director", "CEO", unit="Medical"),          # 3
    senior_row("DN", "Cy Dee", "Director of Nursing", "CEO", unit="Nursing",
               phone="01"),                                                         # 4
    senior_row("DN", "Di Eff", "Director of Nursing", "CEO", unit="Nursing",
               phone="02", notes="job share"),                                      # 5 job share
    senior_row("FD", "Eliminated", "Finance Director", "CEO", unit="Finance"),      # 6
    senior_row("QEH", "N/D", "Director for Queen Elizabeth Hospital King's Lynn",
               "MD", unit="Queen Elizabeth Hospital King's Lynn", grade="£5 \"A\""),  # 7
    senior_row("0", "Gus Aitch", "Not in Post", "CEO"),                             # 8 not a post
    senior_row("DMD", "N/D", "Deputy Medical Director", "MD", unit="Medical",
               notes="two\nlines"),                                                 # 9-10
    senior_row("", "Ivy Jay", "No Reference", "CEO"),                               # 11 malformed
    senior_row("GHOST", "N/D", "Reports to nobody", "NOPE"),                        # 12 malformed
    senior_row("MD", "Kay Ell", "Medical Director", "CEO", unit="Finance"),         # 13 dup, not a share
    senior_row("OLD", "N/D", "Finance Manager", "FD", unit="Finance"),              # 14 to eliminated
    senior_row("SUB", "N/D", "Assistant to the ghost", "GHOST"),                    # 15 cascades
    ["SHORT", "N/D", "VSM"],                                                        # 16 too few fields
]
SENIOR_PROBLEMS = [
    (11, "empty 'Post Unique Reference'"),
    (12, "'NOPE' names no post"),
    (13, "duplicate Post Unique Reference 'MD' (first on row 3)"),
    (14, "'FD' names an eliminated post"),
    (15, "'GHOST' was left out"),
    (16, "3 fields, the header has 18"),
]
JUNIOR = [
    junior_row("DN", "Band 5", "Staff Nurse", "12.50"),                  # 2
    junior_row("DN", "Band 6", "Ward Sister", "3"),                      # 3
    junior_row("QEH", "Band 7", "Matron", "1"),                          # 4
    junior_row("MD", "Band 8a", "Unfilled grade", "0"),                  # 5 no staff: skipped
    junior_row("NOPE", "Band 5", "Lost Nurse", "2"),                     # 6 malformed
    junior_row("DN", "Band 3", "Healthcare Assistant", "lots"),          # 7 malformed
    junior_row("FD", "Band 4", "Finance Officer", "2"),                  # 8 eliminated senior
]
JUNIOR_PROBLEMS = [
    (6, "'NOPE' names no imported senior post"),
    (7, "'lots' is not a number"),
    (8, "'FD' names no imported senior post"),
]


@pytest.fixture
def organogram(tmp_path: Path) -> tuple[Path, Path]:
    senior = tmp_path / "senior.csv"
    junior = tmp_path / "junior.csv"
    senior.write_text(to_csv(SENIOR_COLUMNS, SENIOR), encoding="utf-8")
    junior.write_text(to_csv(JUNIOR_COLUMNS, JUNIOR), encoding="utf-8")
    return senior, junior


def test_rows_are_where_the_test_says(organogram: tuple[Path, Path]) -> None:
    lines = organogram[0].read_text(encoding="utf-8").splitlines()
    assert lines[10].startswith(",Ivy Jay") and lines[15].startswith("SHORT")


def test_every_malformed_row_is_reported_and_the_rest_imports(
        organogram: tuple[Path, Path], tmp_path: Path) -> None:
    senior, junior = organogram
    report = import_organogram(senior, junior, org=ORG, output=tmp_path / "data")
    got = [(p.path, p.line, p.message) for p in report.problems]
    want = [(str(senior), n, m) for n, m in SENIOR_PROBLEMS] + \
           [(str(junior), n, m) for n, m in JUNIOR_PROBLEMS]
    assert [(p, n) for p, n, _ in got] == [(p, n) for p, n, _ in want]
    for (_, _, message), (_, _, part) in zip(got, want, strict=True):
        assert part in message
    assert all(p.is_error for p in report.problems)
    assert (report.posts, report.junior_posts, report.people) == (5, 3, 3)
    assert [p for p in validate(tmp_path / "data") if p.is_error] == []


def test_the_imported_organisation_answers_questions(organogram: tuple[Path, Path],
                                                     tmp_path: Path) -> None:
    import_organogram(*organogram, org=ORG, output=tmp_path / "data")
    G = load_graph(tmp_path / "data")
    top = span_of_control(G, f"{P}-post-ceo")
    assert top["direct_span"] == 2  # MD and DN; FD eliminated, "0" not a post
    assert top["total_span"] == 4 + 3  # MD, DN, QEH, DMD and three junior groups
    nursing = span_of_control(G, "Director of Nursing")
    assert sorted(r["name"] for r in nursing["reports"]) == ["Staff Nurse", "Ward Sister"]
    headcounts = {a["title"]: a.get("headcount") for _, a in G.nodes(data=True)
                  if a["label"] == "Post"}
    assert headcounts["Staff Nurse"] == 13 and headcounts["Ward Sister"] == 3
    assert "Unfilled grade" not in headcounts and "Finance Director" not in headcounts
    # the job share is one post with two holders; Vacant and N/D posts have none
    holders = {v: sorted(G.nodes[u]["name"] for u, _, t in G.in_edges(v, data="type")
                         if t == "HOLDS") for v in G if G.nodes[v]["label"] == "Post"}
    assert holders[f"{P}-post-dn"] == ["Cy Dee", "Di Eff"]
    assert holders[f"{P}-post-md"] == [] and holders[f"{P}-post-qeh"] == []
    assert "vacant" in G.nodes[f"{P}-post-md"]["note"]
    assert G.nodes[f"{P}-post-qeh"]["grade"] == '£5 "A"'
    units = {a["name"] for _, a in G.nodes(data=True) if a.get("kind") == "department"}
    assert units == {"Board", "Medical", "Nursing", "Queen Elizabeth Hospital King's Lynn"}
    assert G.nodes[P]["name"] == ORG


def test_each_record_quotes_its_row(organogram: tuple[Path, Path], tmp_path: Path) -> None:
    import_organogram(*organogram, org=ORG, output=tmp_path / "data")
    G = load_graph(tmp_path / "data")
    sources = {sid: normalise_space((tmp_path / "data" / "sources" / s["file"]).read_text(
        encoding="utf-8")) for sid, s in G.graph["sources"].items()}
    assert sorted(G.graph["sources"]) == [f"{P}-junior-staff", f"{P}-senior-staff"]
    records = [a for _, a in G.nodes(data=True)] + [a for *_, a in G.edges(data=True)]
    for a in records:
        assert normalise_space(a["evidence"]) in sources[a["source"]]
        assert "," in a["evidence"]  # a whole row, not a fragment
    dmd = G.nodes[f"{P}-post-dmd"]["evidence"]
    assert dmd.startswith("DMD,") and "two\nlines" in dmd


def test_the_source_files_are_kept_byte_for_byte(organogram: tuple[Path, Path],
                                                 tmp_path: Path) -> None:
    import_organogram(*organogram, org=ORG, output=tmp_path / "data")
    kept = tmp_path / "data" / "sources"
    assert (kept / f"{P}-senior-staff.csv").read_bytes() == organogram[0].read_bytes()
    assert (kept / f"{P}-junior-staff.csv").read_bytes() == organogram[1].read_bytes()


def test_missing_columns_stop_the_file_and_nothing_is_written(tmp_path: Path) -> None:
    bad = tmp_path / "senior.csv"
    bad.write_text("Post Unique Reference,Name,Grade\nA,B,C\n", encoding="utf-8")
    report = import_organogram(bad, org=ORG, output=tmp_path / "data")
    assert report.output is None and not (tmp_path / "data").exists()
    assert [(p.line, p.message) for p in report.problems] == [
        (1, "missing column(s): 'Job Title', 'Reports to Senior Post'")]


def test_a_reporting_cycle_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "senior.csv"
    path.write_text(to_csv(SENIOR_COLUMNS, [
        senior_row("A", "N/D", "Top", "XX"), senior_row("B", "N/D", "Bee", "C"),
        senior_row("C", "N/D", "Cee", "B")]), encoding="utf-8")
    report = import_organogram(path, org=ORG, output=tmp_path / "data")
    assert [(p.line, "reporting cycle" in p.message) for p in report.problems] == [
        (3, True), (4, True)]
    assert report.posts == 1


@pytest.mark.parametrize(("data", "line"), [
    (b"\xff\xfe\x00bad", 1),  # UTF-16
    ("Post Unique Reference,Name,Job Title,Reports to Senior Post\nA,Zoë,Top,XX\n"
     .encode("latin-1"), 2)])
def test_a_file_not_in_utf8_is_one_error_naming_its_line(tmp_path: Path, data: bytes,
                                                        line: int) -> None:
    path = tmp_path / "senior.csv"
    path.write_bytes(data)
    report = import_organogram(path, org=ORG, output=tmp_path / "data")
    assert report.output is None
    assert [(p.path, p.line, p.message.startswith("not UTF-8: byte 0x"))
            for p in report.problems] == [(str(path), line, True)]


def test_a_missing_file_is_one_error(tmp_path: Path) -> None:
    with pytest.raises(OrganogramError, match="cannot read"):
        import_organogram(tmp_path / "nope.csv", org=ORG, output=tmp_path / "data")


def test_never_over_a_foreign_directory(organogram: tuple[Path, Path], tmp_path: Path) -> None:
    from orggraph.output import OutputExistsError

    target = tmp_path / "data"
    target.mkdir()
    (target / "mine.yaml").write_text("keep", encoding="utf-8")
    with pytest.raises(OutputExistsError):
        import_organogram(*organogram, org=ORG, output=target)
    import_organogram(*organogram, org=ORG, output=target, force=True)
    assert not (target / "mine.yaml").exists()
    import_organogram(*organogram, org=ORG, output=target)  # its own output: no --force


def test_cli_prints_file_row_lines_and_exits_1(organogram: tuple[Path, Path], tmp_path: Path,
                                               runner: Any) -> None:
    senior, junior = organogram
    out = tmp_path / "data"
    result = runner.invoke(main, ["import", "organogram", str(senior), str(junior),
                                  "--org", ORG, "-o", str(out)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    for n, _ in SENIOR_PROBLEMS:
        assert any(line.startswith(f"{senior}:{n}: error: ") for line in lines)
    for n, _ in JUNIOR_PROBLEMS:
        assert any(line.startswith(f"{junior}:{n}: error: ") for line in lines)
    assert "Error: 9 rows left out" in lines
    assert f"wrote {out}: 5 senior and 3 junior posts, 3 people, 5 bodies" in lines
    again = runner.invoke(main, ["summary", "--data", str(out)])
    assert again.exit_code == 0 and "Traceback" not in again.output


def test_cli_a_file_wide_problem_says_nothing_was_written(tmp_path: Path,
                                                          runner: Any) -> None:
    bad = tmp_path / "senior.csv"
    bad.write_text("Post Unique Reference,Name,Grade\nA,B,C\n", encoding="utf-8")
    result = runner.invoke(main, ["import", "organogram", str(bad), "--org", ORG,
                                  "-o", str(tmp_path / "data")])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"{bad}:1: error: missing column(s): 'Job Title', 'Reports to Senior Post'",
        "Error: nothing written (1 problem)"]


def test_cli_clean_import_exits_0(tmp_path: Path, runner: Any) -> None:
    path = tmp_path / "senior.csv"
    path.write_text(to_csv(SENIOR_COLUMNS, SENIOR[:4]), encoding="utf-8")
    result = runner.invoke(main, ["import", "organogram", str(path), "--org", ORG,
                                  "-o", str(tmp_path / "data")])
    assert result.exit_code == 0, result.output
    assert [p for p in validate(tmp_path / "data") if p.is_error] == []


# --- regressions found by the fuzzing of tests/test_hardening.py ----------------------------


HEAD = "Post Unique Reference,Name,Job Title,Reports to Senior Post\n"


def _import(tmp_path: Path, text: str) -> Any:
    path = tmp_path / "senior.csv"
    path.write_text(text, encoding="utf-8", newline="")
    return import_organogram(path, org=ORG, output=tmp_path / "data", force=True)


def test_a_column_named_twice_is_an_error_not_a_silent_choice(tmp_path: Path) -> None:
    report = _import(tmp_path, HEAD.replace("Job Title", "Name") + "A,Ann,Bob,XX\n")
    assert report.output is None
    assert [(p.line, p.message) for p in report.problems] == [
        (1, "column(s) named twice: 'Name'")]


def test_a_header_with_no_rows_is_an_error_not_a_silent_success(tmp_path: Path) -> None:
    report = _import(tmp_path, HEAD)
    assert report.output is None
    assert [(p.line, p.is_error) for p in report.problems] == [(1, True)]


def test_blank_lines_before_the_header_are_passed_over(tmp_path: Path) -> None:
    """Spreadsheets sometimes save empty rows above the table: the header is the first
    line with a cell, and every line number stays the file's own."""
    report = _import(tmp_path, "\n,,,\n" + HEAD + "A,Ann,Top,XX\nB,Bob,Bee,Q\n")
    assert report.posts == 1
    assert [p.line for p in report.problems] == [5]
    report = _import(tmp_path, "\n\n" + HEAD.replace("Job Title", "Name"))
    assert [(p.line, p.message) for p in report.problems] == [
        (3, "column(s) named twice: 'Name'")]


def test_rows_after_an_oversized_field_still_import(tmp_path: Path) -> None:
    report = _import(tmp_path, HEAD + "A,Ann,Top,XX\nB," + "x" * 200_000 + ",Big,A\n"
                     "C,Cat,Sea,A\n")
    assert [(p.line, "field larger" in p.message) for p in report.problems] == [(3, True)]
    assert report.posts == 2


def test_an_unclosed_quote_names_the_lines_it_swallows(tmp_path: Path) -> None:
    report = _import(tmp_path, HEAD + 'A,Ann,Top,XX\nB,"Bob,Bee,A\nC,Cat,Sea,A\n')
    assert [(p.line, p.message) for p in report.problems] == [
        (3, "2 fields, the header has 4; a quote opened on line 3 is not closed until "
            "line 4")]
    assert report.posts == 1


def test_formula_cells_are_text_and_survive_an_export_round_trip(tmp_path: Path) -> None:
    """A cell a spreadsheet would run is imported as text; the organogram export marks
    it with the spreadsheet's ``'`` text marker, and importing that gives it back."""
    from orggraph.export import export

    formula = "=cmd|' /C calc'!A0"
    report = _import(tmp_path, HEAD + f'A,"{formula}",@SUM(1+1),XX\n')
    G = load_graph(tmp_path / "data")
    assert {a.get("name") for _, a in G.nodes(data=True)} >= {formula}
    assert report.posts == 1
    out = export(G, "organogram", tmp_path / "org")
    with (out / "senior-staff.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows[0]["Name"] == "'" + formula and rows[0]["Job Title"] == "'@SUM(1+1)"
    again = import_organogram(out / "senior-staff.csv", org=ORG, output=tmp_path / "again")
    titles = {a.get("title") for _, a in load_graph(tmp_path / "again").nodes(data=True)}
    names = {a.get("name") for _, a in load_graph(tmp_path / "again").nodes(data=True)}
    assert again.errors == [] and "@SUM(1+1)" in titles and formula in names


def test_a_junior_file_not_in_utf8_is_left_out_and_the_rest_validates(tmp_path: Path) -> None:
    senior, junior = tmp_path / "senior.csv", tmp_path / "junior.csv"
    senior.write_text(HEAD + "A,Ann,Top,XX\n", encoding="utf-8")
    junior.write_bytes("Reporting Senior Post,Generic Job Title,Number of Posts in FTE\n"
                       "A,Nurse,2\n".encode("utf-16"))
    report = import_organogram(senior, junior, org=ORG, output=tmp_path / "data")
    assert [(p.path, p.line) for p in report.problems] == [(str(junior), 1)]
    assert report.posts == 1 and report.junior_posts == 0
    assert [p for p in validate(tmp_path / "data") if p.is_error] == []
