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
from orggraph.coverage import coverage_data
from orggraph.errors import UnknownNodeError
from orggraph.generate import generate
from orggraph.graph import load_graph
from orggraph.output import MARKER, OutputExistsError
from orggraph.queries import cover_gaps, spans_and_layers
from orggraph.report import MAX_ROWS, render_report, report
from tests.browser_checks import SIZES, axe_violations, screenshot, sideways_scroll

SECTIONS = ("summary", "spans", "chains", "cover", "dual", "membership", "changes", "notes",
            "coverage", "sources")


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
    """The first row whose first cell is ``text`` exactly."""
    return next(r for r in rows if r[1] and r[1][0] == text)


class _Text(HTMLParser):
    """The text a reader sees (no attributes, no style)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skip = tag in ("style", "title")

    def handle_endtag(self, tag: str) -> None:
        self.skip = False

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def visible_text(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    return " ".join(parser.parts)


@pytest.fixture(scope="module")
def page(curated: nx.MultiDiGraph) -> str:
    return render_report(curated, coverage=coverage_data())


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return load_graph(generate(10_000, 7, tmp_path_factory.mktemp("g10k")))


def test_every_section_is_there(page: str) -> None:
    for section in SECTIONS:
        assert f'<section id="{section}" ' in page
    assert f'<meta name="generator" content="{MARKER}">' in page[:4096]


def test_summary_counts_of_the_curated_data(page: str, curated: nx.MultiDiGraph) -> None:
    cards = dict(re.findall(r'<li class="card[^"]*"><b>([^<]*)</b> ([^<]*)</li>', page))
    cards = {v: k for k, v in cards.items()}
    assert cards["posts"] == "81" and cards["bodies"] == "144"
    assert cards["relationships"] == str(curated.number_of_edges())
    assert cards["cover gaps"] == str(len(cover_gaps(curated)))
    assert cards["layers"] == "4"
    assert cards["dual accountability"] == "3"


def test_spans_table_has_the_director_of_operations(page: str) -> None:
    rows = tables(page)["spans"]
    _, cells = row_of(rows, "Director of Operations")
    assert cells[1:5] == ["1", "5", "21", "0"]  # layer, direct, total, lines up
    assert 'title="mpct-director-of-operations">Director of Operations<' in page
    assert "Director of Operations Manchester PCT Operations Directorate" in cells[5]
    _, band = next(r for r in rows if r[1][0] == "4-7")
    assert band == ["4-7", "3", "15%"]
    assert page.count('src="data:image/png;base64,') >= 2


def test_cover_gaps_are_highlighted_with_their_evidence(page: str) -> None:
    rows = tables(page)["cover"]
    spof = [r for r in rows if r[1][0] == "single point of failure"]
    assert {c for c, _ in spof} == {"gap-spof"} and len(spof) == 3
    icb = next(c for _, c in spof if c[1] == "ICB Executive Medical Director")
    assert icb[3] == "its only deputy, Deputy Medical Director, has no deputy"
    assert "Job description: Deputy Medical Director, NHS Norfolk" in icb[4]  # its source
    chair = next(c for c, r in rows if r[0] == "chair without deputy" and "Group Board" in r[1])
    assert chair == "gap-chair"
    # the cover chain of the NCH&C Chief Medical Officer names its deputy, quoted
    _, cells = row_of(rows, "Chief Medical Officer")
    assert cells[2].startswith("Deputy Medical Director") and "Norfolk Community Health" in cells[5]


def test_dual_accountability_and_chains(page: str) -> None:
    t = tables(page)
    cls, cells = row_of(t["dual"], "Head of Service/General Manager Learning and Disability "
                                   "Partnership")
    assert cls == "crosses" and "cross-organisation" in cells[3]
    assert "Manchester City Council" in cells[2]  # organisations, by name
    assert "Assistant Director in Adult Social Care" in cells[1]
    crossing = [c for cl, c in t["chains"] if cl == "crosses"]
    assert any(c[2].startswith("Assistant Director in Adult Social Care") for c in crossing)


def test_memberships_and_changes(page: str) -> None:
    t = tables(page)
    _, cells = row_of(t["membership"], "Group Chief Medical Officer")
    assert "Group Board" in " ".join(cells)
    assert "The Chief Group Medical Officer is a voting member of the Group Board." in " ".join(
        c for _, r in t["membership"] for c in r)
    dates = [r for _, r in t["changes"] if r[0] == "2026-04-01"]
    assert any("MERGES_INTO" in r[3] and "Norfolk Community Health" in r[4] for r in dates)


def test_every_quote_names_a_listed_source(page: str, curated: nx.MultiDiGraph) -> None:
    anchors = set(re.findall(r'href="#(src-[^"]+)"', page))
    ids = set(re.findall(r'<span id="(src-[^"]+)">', page))
    assert anchors and anchors <= ids
    assert len(ids) == len(curated.graph["sources"])
    assert page.count("<q>") >= 50


def test_names_not_ids_and_dates_and_notes_on_the_page(page: str, curated: nx.MultiDiGraph) -> None:
    text = visible_text(page)
    ids = [n for n in curated if "-" in n and n not in curated.graph["sources"]]
    assert [n for n in ids if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)] == []
    assert "Generated" in text and "Data as of" in text
    assert "no as-of date chosen" in text
    notes = [a["note"] for _, a in curated.nodes(data=True) if a.get("note")]
    assert notes and all(n in text for n in notes)
    _, cells = row_of(tables(page)["notes"], "Deputy Medical Director")
    assert cells[1:3] == ["post", "A new post; pay to be confirmed via the ICB remuneration "
                                  "committee in March 2023."]


def test_no_table_header_is_empty(page: str) -> None:
    assert "<th></th>" not in page and not re.search(r"<th[^>]*></th>", page)


@pytest.mark.parametrize("which", ["curated", pytest.param("synthetic", marks=pytest.mark.slow)])
def test_references_nothing_outside_the_file(which: str, request: pytest.FixtureRequest) -> None:
    page = render_report(request.getfixturevalue(which))
    for attr, value in re.findall(r'\b(src|href|action|srcset)\s*=\s*"([^"]*)"', page):
        assert value.startswith("#") or (attr == "src" and value.startswith("data:image/")), value
    images = re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    assert all(b"http" not in base64.b64decode(i) for i in images)  # no metadata links
    for tag in re.findall(r"<[^>]+>", re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", page)):
        assert not re.search(r"https?:", tag, re.I) and "//" not in tag, tag
    for absent in ("<script", "<link", "<iframe", "@import", "url("):
        assert absent not in page.lower()


def test_its_policy_refuses_every_script_and_fetch(curated: nx.MultiDiGraph) -> None:
    # Defence in depth behind the escaping: were document text ever to reach the page as
    # markup, the browser would still run no script and load nothing from anywhere.
    page = render_report(curated)
    policies = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page)
    assert len(policies) == 1 and page.index(policies[0]) < page.index("<style>")
    rules = dict(r.strip().split(" ", 1) for r in policies[0].split(";"))
    assert rules == {"default-src": "'none'", "style-src": "'unsafe-inline'", "img-src": "data:"}


@pytest.mark.slow
def test_synthetic_10k_builds_with_capped_tables(synthetic: nx.MultiDiGraph) -> None:
    page = render_report(synthetic)
    spans = spans_and_layers(synthetic)
    managers = spans["summary"]["managers"]
    assert managers > MAX_ROWS
    assert f"Show the other {managers - MAX_ROWS} managers (of {managers})" in page
    t = tables(page)
    shown = [r for _, r in t["spans"] if len(r) == 6 and r[0] != "post"]
    assert len(shown) == managers  # every one: the first open, the rest collapsible
    widest = max(r["direct_span"] for r in spans["posts"])
    assert shown[0][2] == str(widest)  # widest first
    gaps = cover_gaps(synthetic)
    assert f"Cover gaps: {len(gaps)} (" in page
    assert sum(1 for _, r in t["cover"] if len(r) == 5 and r[0] != "gap") == len(gaps)


def test_text_from_the_data_is_escaped(make_data: Any) -> None:
    data = make_data(replace={"title: Director of Care":
                              'title: "<script>alert(1)</script> & <b>Care</b>"'})
    page = render_report(load_graph(data))
    assert "<script" not in page and "<b>Care" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;Care&lt;/b&gt;" in page
    _, cells = row_of(tables(page)["spans"], "<script>alert(1)</script> & <b>Care</b>")
    assert cells[2] == "1"  # still the manager of the deputy


def test_body_limits_spans_and_unknown_body_fails(curated: nx.MultiDiGraph) -> None:
    page = render_report(curated, body="mpct-operations-directorate")
    spans = [r[0] for _, r in tables(page)["spans"] if len(r) == 6]
    assert "Director of Operations" in spans
    assert not any("ICB" in s for s in spans)
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
    # the same page but for the minute it was made in
    made = re.compile(r"<dt>Generated</dt><dd>[^<]*</dd>")
    assert made.sub("", target.read_text(encoding="utf-8")) == made.sub("", first)
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # no temporary left


def test_coverage_section_counts_every_passage_of_every_source(page: str) -> None:
    section = page[page.index('<section id="coverage" '):]
    section = section[:section.index("</section>")]
    for source in coverage_data():
        assert str(source["title"]) in section
        found = len(source["passages"])
        assert found == source["recorded"] + source["waived"] + source["uncovered"]
    body_rows = section.count("<tr") - section.count("<thead><tr")
    passages = sum(len(s["passages"]) for s in coverage_data())
    assert body_rows == len(coverage_data()) + passages  # the totals, then every passage


def test_the_report_without_coverage_has_no_coverage_section(curated: nx.MultiDiGraph) -> None:
    assert '<section id="coverage" ' not in render_report(curated)


def test_cli_report(tmp_path: Path, runner: Any) -> None:
    out = tmp_path / "r.html"
    result = runner.invoke(main, ["report", "-o", str(out), "--as-of", "2026-04-01"])
    assert result.exit_code == 0, result.output
    assert '<section id="coverage" ' in out.read_text(encoding="utf-8")
    assert "<dt>Data as of</dt><dd>2026-04-01</dd>" in out.read_text(encoding="utf-8")
    foreign = tmp_path / "notes.html"
    foreign.write_text("mine", encoding="utf-8")
    result = runner.invoke(main, ["report", "-o", str(foreign)])
    assert result.exit_code == 1 and result.output.startswith("Error:")
    assert "Traceback" not in result.output and foreign.read_text(encoding="utf-8") == "mine"
    result = runner.invoke(main, ["report", "-o", str(foreign), "--force", "--body", "nwuhg"])
    assert result.exit_code == 0 and MARKER in foreign.read_text(encoding="utf-8")
    result = runner.invoke(main, ["report", "-o", str(out), "--body", "nowhere at all"])
    assert result.exit_code == 2 and result.output.startswith("Error:")


# --- in the browser -----------------------------------------------------------------------


@pytest.fixture
def open_report(browser: Any, tmp_path: Path) -> Any:
    contexts: list[Any] = []

    def open_(G: nx.MultiDiGraph, size: tuple[int, int], name: str = "report.html",
              coverage: Any = None, bypass_csp: bool = False) -> Any:
        path = report(G, tmp_path / name, coverage=coverage)
        context = browser.new_context(viewport={"width": size[0], "height": size[1]},
                                      bypass_csp=bypass_csp)
        contexts.append(context)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.goto(path.resolve().as_uri())
        page.errors = errors
        return page

    yield open_
    for c in contexts:
        c.close()


@pytest.mark.browser
@pytest.mark.parametrize("size", SIZES)
def test_axe_finds_nothing_and_the_page_reflows(open_report, curated, synthetic, size):
    # As a reader opens it, under its Content-Security-Policy: nothing is refused.
    assert open_report(curated, SIZES[size], coverage=coverage_data()).errors == []
    # axe-core is a script, which the report's policy refuses, so it runs with the policy off.
    page = open_report(curated, SIZES[size], coverage=coverage_data(), bypass_csp=True)
    assert axe_violations(page) == []
    assert sideways_scroll(page) == 0  # wide tables scroll in their own box
    screenshot(page, f"report-{size}")
    page.locator("#cover").scroll_into_view_if_needed()
    screenshot(page, f"report-cover-{size}")
    assert page.errors == []
    big = open_report(synthetic, SIZES[size], name="big.html")
    assert sideways_scroll(big) == 0
    big.locator("#spans details summary").first.click()  # the rest of a long list opens
    assert big.locator("#spans details table").first.is_visible()


@pytest.mark.browser
def test_prints_to_a4_without_spilling_sideways(open_report, curated, tmp_path):
    page = open_report(curated, (794, 1123))  # A4 at 96 dpi
    page.emulate_media(media="print")
    assert page.locator("nav").is_hidden()
    wide = page.evaluate("""() => [...document.querySelectorAll('main *')]
        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map(e => e.tagName + '.' + e.className).slice(0, 5)""")
    assert wide == []
    pdf = tmp_path / "report.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.read_bytes().count(b"/Type /Page") > 3
