"""The governance report: sections, hand-checked figures, self-containment, escaping, writing."""

from __future__ import annotations

import base64
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from orggraph.cli import main
from orggraph.errors import UnknownNodeError
from orggraph.generate import generate
from orggraph.graph import load_graph
from orggraph.output import MARKER, OutputExistsError
from orggraph.queries import cover_gaps, spans_and_layers
from orggraph.report import MAX_ROWS, render_report, report

SECTIONS = ("summary", "spans", "chains", "cover", "dual", "membership", "changes", "sources")


class _Tables(HTMLParser):
    """Rows of every table per section id: (row class, [cell text, ...])."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: dict[str, list[tuple[str, list[str]]]] = {}
        self.section = ""
        self.row: list[str] | None = None
        self.row_class = ""
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "section":
            self.section = a.get("id") or ""
            self.sections.setdefault(self.section, [])
        elif tag == "tr":
            self.row, self.row_class = [], a.get("class") or ""
        elif tag in ("td", "th"):
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.row is not None and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.sections[self.section].append((self.row_class, self.row))
            self.row = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def tables(page: str) -> dict[str, list[tuple[str, list[str]]]]:
    parser = _Tables()
    parser.feed(page)
    return parser.sections


def row_of(rows: list[tuple[str, list[str]]], text: str) -> tuple[str, list[str]]:
    return next(r for r in rows if text in r[1][0])


@pytest.fixture(scope="module")
def page(curated: nx.MultiDiGraph) -> str:
    return render_report(curated)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return load_graph(generate(10_000, 7, tmp_path_factory.mktemp("g10k")))


def test_every_section_is_there(page: str) -> None:
    for section in SECTIONS:
        assert f'<section id="{section}">' in page
    assert f'<meta name="generator" content="{MARKER}">' in page[:4096]


def test_summary_counts_of_the_curated_data(page: str, curated: nx.MultiDiGraph) -> None:
    cards = dict(re.findall(r'<div class="card[^"]*"><b>([^<]*)</b>([^<]*)</div>', page))
    cards = {v: k for k, v in cards.items()}
    assert cards["posts"] == "81" and cards["bodies"] == "144"
    assert cards["relationships"] == str(curated.number_of_edges())
    assert cards["cover gaps"] == str(len(cover_gaps(curated)))
    assert cards["layers"] == "4"
    assert cards["dual accountability"] == "3"


def test_spans_table_has_the_director_of_operations(page: str) -> None:
    rows = tables(page)["spans"]
    _, cells = row_of(rows, "(mpct-director-of-operations)")
    assert cells[1:5] == ["1", "5", "21", "0"]  # layer, direct, total, lines up
    assert "Director of Operations Manchester PCT Operations Directorate" in cells[5]
    _, band = next(r for r in rows if r[1][0] == "4-7")
    assert band == ["4-7", "3", "15%"]
    assert page.count('src="data:image/png;base64,') >= 2


def test_cover_gaps_are_highlighted_with_their_evidence(page: str) -> None:
    rows = tables(page)["cover"]
    spof = [r for r in rows if r[1][0] == "single point of failure"]
    assert {c for c, _ in spof} == {"gap-spof"} and len(spof) == 3
    icb = next(c for _, c in spof if "(nw-icb-executive-medical-director)" in c[1])
    assert "nw-icb-dmd-2023" in icb[4]  # the only deputy's line, with its source
    chair = next(c for c, r in rows if r[0] == "chair without deputy" and "Group Board" in r[1])
    assert chair == "gap-chair"
    # the cover chain of the NCH&C Chief Medical Officer names its deputy, quoted
    _, cells = row_of([r for r in rows if r[1][0].startswith("Chief Medical Officer")], "")
    assert "nchc-deputy-medical-director" in cells[2] and "nchc-dmd-2025" in cells[5]


def test_dual_accountability_and_chains(page: str) -> None:
    t = tables(page)
    cls, cells = row_of(t["dual"], "(mpct-head-learning-disability-partnership)")
    assert cls == "crosses" and "cross-organisation" in cells[3]
    assert "Manchester City Council" in cells[4]
    crossing = [c for cl, c in t["chains"] if cl == "crosses"]
    assert any("(mcc-assistant-director-adult-social-care)" in c[2] for c in crossing)


def test_memberships_and_changes(page: str) -> None:
    t = tables(page)
    _, cells = row_of(t["membership"], "Group Chief Medical Officer")
    assert "Group Board" in " ".join(cells)
    assert "The Chief Group Medical Officer is a voting member of the Group Board." in " ".join(
        c for _, r in t["membership"] for c in r)
    dates = [r for _, r in t["changes"] if r[0] == "2026-04-01"]
    assert any("MERGES_INTO" in r[3] and "nchc-dmd-2025" in r[4] for r in dates)


def test_every_quote_names_a_listed_source(page: str, curated: nx.MultiDiGraph) -> None:
    anchors = set(re.findall(r'href="#(src-[^"]+)"', page))
    ids = set(re.findall(r'<tr id="(src-[^"]+)">', page))
    assert anchors and anchors <= ids
    assert len(ids) == len(curated.graph["sources"])
    assert page.count("<q>") >= 50


@pytest.mark.parametrize("which", ["curated", pytest.param("synthetic", marks=pytest.mark.slow)])
def test_references_nothing_outside_the_file(which: str, request: pytest.FixtureRequest) -> None:
    page = render_report(request.getfixturevalue(which))
    for attr, value in re.findall(r'\b(src|href|action|srcset)\s*=\s*"([^"]*)"', page):
        assert value.startswith("#") or (attr == "src" and value.startswith("data:image/")), value
    images = re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    assert all(b"http" not in base64.b64decode(i) for i in images)  # no metadata links
    for tag in re.findall(r"<[^>]+>", re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", page)):
        assert "http" not in tag.lower() and "//" not in tag, tag
    for absent in ("<script", "<link", "<iframe", "@import", "url("):
        assert absent not in page.lower()


@pytest.mark.slow
def test_synthetic_10k_builds_with_capped_tables(synthetic: nx.MultiDiGraph) -> None:
    page = render_report(synthetic)
    spans = spans_and_layers(synthetic)
    managers = spans["summary"]["managers"]
    assert managers > MAX_ROWS
    assert f"Showing {MAX_ROWS} of {managers} managers" in page
    t = tables(page)
    shown = [r for _, r in t["spans"] if len(r) == 6 and r[0] != "post"]
    assert len(shown) == MAX_ROWS
    widest = max(r["direct_span"] for r in spans["posts"])
    assert shown[0][2] == str(widest)  # widest first when the table is capped
    gaps = len(cover_gaps(synthetic))
    assert f"Cover gaps: <b>{gaps}</b>" in page


def test_text_from_the_data_is_escaped(make_data: Any) -> None:
    data = make_data(replace={"title: Director of Care":
                              'title: "<script>alert(1)</script> & <b>Care</b>"'})
    page = render_report(load_graph(data))
    assert "<script" not in page and "<b>Care" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;Care&lt;/b&gt;" in page
    _, cells = row_of(tables(page)["spans"], "alert(1)")
    assert cells[2] == "1"  # still the manager of the deputy


def test_body_limits_spans_and_unknown_body_fails(curated: nx.MultiDiGraph) -> None:
    page = render_report(curated, body="mpct-operations-directorate")
    spans = [r[0] for _, r in tables(page)["spans"] if r[0].endswith(")")]
    assert any("(mpct-director-of-operations)" in s for s in spans)
    assert not any("(nw-icb-" in s for s in spans)
    assert "Operations Directorate" in page.split("</header>")[0]
    with pytest.raises(UnknownNodeError):
        render_report(curated, body="no such body anywhere")


def test_written_atomically_and_never_over_a_foreign_file(tmp_path: Path,
                                                          curated: nx.MultiDiGraph) -> None:
    target = tmp_path / "report.html"
    target.write_text("my own notes\n", encoding="utf-8")
    with pytest.raises(OutputExistsError):
        report(curated, target)
    assert target.read_text(encoding="utf-8") == "my own notes\n"
    report(curated, target, force=True)
    first = target.read_text(encoding="utf-8")
    assert report(curated, target) == target  # ours: replaced without force
    assert target.read_text(encoding="utf-8") == first
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # no temporary left


def test_cli_report(tmp_path: Path, runner: Any) -> None:
    out = tmp_path / "r.html"
    result = runner.invoke(main, ["report", "-o", str(out), "--as-of", "2026-04-01"])
    assert result.exit_code == 0, result.output
    assert "as of 2026-04-01" in out.read_text(encoding="utf-8")
    foreign = tmp_path / "notes.html"
    foreign.write_text("mine", encoding="utf-8")
    result = runner.invoke(main, ["report", "-o", str(foreign)])
    assert result.exit_code == 1 and result.output.startswith("Error:")
    assert "Traceback" not in result.output and foreign.read_text(encoding="utf-8") == "mine"
    result = runner.invoke(main, ["report", "-o", str(foreign), "--force", "--body", "nwuhg"])
    assert result.exit_code == 0 and MARKER in foreign.read_text(encoding="utf-8")
    result = runner.invoke(main, ["report", "-o", str(out), "--body", "nowhere at all"])
    assert result.exit_code == 2 and result.output.startswith("Error:")
