"""Charts: what the page is given, in Python; and the page itself in Debian's chromium."""

from __future__ import annotations

import base64
import gzip
import itertools
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from orggraph.errors import OrggraphError
from orggraph.generate import generate
from orggraph.graph import load_graph
from orggraph.model import ACCOUNTABILITY_TYPES, VOCABULARY
from orggraph.output import MARKER, OutputExistsError
from orggraph.queries import span_of_control, spans_and_layers
from orggraph.viz import EDGE_STYLES, chart, chart_data, contrast_ratio, viz
from tests.browser_checks import SIZES, axe_violations, screenshot, sideways_scroll

XSS = "<img src=x onerror=alert(1)>"
XSS_ATTR = '"><img src=x onerror=alert(2)>'
XSS_SCRIPT = "</script><script>alert(3)</script>"


def _script(html: str, element_id: str) -> Any:
    raw = html.split(f'<script type="application/json" id="{element_id}">')[1]
    return json.loads(raw.split("</script>")[0])


def page_data(html: str) -> dict[str, Any]:
    """The page's data as :func:`chart_data` gives it: its columns, string table and
    blocks of details decoded the way the page decodes them."""
    data = _script(html, "orggraph-data")
    strings, cols, ecols = data.pop("str"), data.pop("nodes"), data.pop("edges")
    block, kinds = data.pop("block"), data.pop("kinds")
    data.pop("blocks")
    details = [json.loads(gzip.decompress(base64.b64decode(
        html.split(f'<script type="text/plain" id="orggraph-detail-{b}">')[1].split("<")[0])))
        for b in range(len(re.findall(r'id="orggraph-detail-', html)))]
    nodes: list[dict[str, Any]] = []
    for i, node_id in enumerate(cols["id"]):
        row = {"id": node_id, "k": kinds[cols["k"][i]], "o": cols["o"][i]}
        row.update({k: strings[cols[k][i]] for k in ("n", "b", "g", "kd") if cols[k][i] >= 0})
        row.update({k: [strings[j] for j in cols[k][str(i)]] for k in ("a", "h")
                    if str(i) in cols[k]})
        if cols["sp"][4 * i] >= 0:
            row["sp"] = cols["sp"][4 * i:4 * i + 4]
        more = details[i // block]["n"][i % block]
        row.update({k: v for k, v in zip(("ev", "s", "no", "v", "hc"), more, strict=False) if v is not None})
        nodes.append(row)
    edges: list[dict[str, Any]] = []
    for k, (f, t, y) in enumerate(zip(ecols["f"], ecols["t"], ecols["y"], strict=True)):
        row = {"f": f, "t": t, "y": y}
        if str(k) in ecols["r"]:
            row["r"] = strings[ecols["r"][str(k)]]
        more = details[k // block]["e"][k % block]
        row.update({key: v for key, v in zip(("ev", "s", "no", "v"), more, strict=False) if v is not None})
        edges.append(row)
    data["tree"]["up"] = {str(i): p for i, p in enumerate(data["tree"]["up"]) if p >= 0}
    return {**data, "nodes": nodes, "edges": edges}


def edges_of(data: dict[str, Any]) -> Counter[Any]:
    ids = [n["id"] for n in data["nodes"]]
    return Counter((ids[e["f"]], ids[e["t"]], data["types"][e["y"]]["type"]) for e in data["edges"])


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return load_graph(generate(600, seed=3, directory=tmp_path_factory.mktemp("gen")))


@pytest.fixture
def xss_graph(tiny: nx.MultiDiGraph) -> nx.MultiDiGraph:
    G = tiny.copy()
    G.nodes["director-of-care"]["title"] = XSS
    G.nodes["deputy-director-of-care"]["title"] = XSS_ATTR
    G.nodes["chief-executive"]["title"] = XSS_SCRIPT
    G.nodes["example-trust"]["name"] = f"{XSS} Trust"
    key = next(k for u, v, k in G.edges(keys=True)
               if (u, v) == ("deputy-director-of-care", "director-of-care")
               and G.edges[u, v, k]["type"] == "ACCOUNTABLE_TO")
    G.edges["deputy-director-of-care", "director-of-care", key]["evidence"] = (
        f'see <a href="https://example.org/">href</a> {XSS_SCRIPT}')
    return G


# --- pure Python ------------------------------------------------------------------------


def test_every_node_and_relationship_is_given_to_the_page(curated):
    data = chart_data(curated)
    ends = {n for u, v in curated.edges() for n in (u, v)}
    posts = {n for n, a in curated.nodes(data=True) if a["label"] == "Post"}
    assert {n["id"] for n in data["nodes"]} == ends | posts  # a body with no relationship is not
    assert edges_of(data) == Counter((u, v, t) for u, v, t in curated.edges(data="type"))
    assert [t["type"] for t in data["types"]] == list(VOCABULARY)


def test_the_tree_hangs_each_post_under_a_line_of_its_own_organisation(curated):
    data = chart_data(curated)
    ids = [n["id"] for n in data["nodes"]]
    up = {ids[int(k)]: ids[v] for k, v in data["tree"]["up"].items()}
    assert up["nw-icb-deputy-medical-director"] == "nw-icb-executive-medical-director"
    for child, parent in up.items():
        assert any(t in ACCOUNTABILITY_TYPES for t in
                   (d["type"] for d in curated.get_edge_data(child, parent).values()))
        i, j = ids.index(child), ids.index(parent)
        assert data["nodes"][i]["o"] == data["nodes"][j]["o"]
        assert data["nodes"][j]["sp"][2] <= data["nodes"][i]["sp"][2]  # never a layer below
    # a line into another organisation is a second line, named on the card
    also = {ids[int(k)]: [ids[v] for v in vs] for k, vs in data["tree"]["also"].items()}
    assert "mcc-assistant-director-adult-social-care" in also[
        "mpct-head-learning-disability-partnership"]
    deps = {ids[int(k)]: [ids[v] for v in vs] for k, vs in data["tree"]["dep"].items()}
    assert deps["nw-icb-deputy-medical-director"] == ["nw-icb-executive-medical-director"]


def test_spans_and_notes_reach_the_cards(curated):
    nodes = {n["id"]: n for n in chart_data(curated)["nodes"]}
    assert nodes["mpct-director-of-operations"]["sp"] == [5, 21, 1, 3]
    assert nodes["mpct-director-of-operations"]["h"] == ["John Harrop"]
    assert any("pay to be confirmed" in n.get("no", "") for n in nodes.values())


@pytest.mark.parametrize("graph", ["curated", "synthetic"])
def test_spans_and_levels_beneath_on_the_page_are_the_span_engines(graph, request):
    """Every post's direct and total span, layer and layers beneath, as the page holds
    them, are what span_of_control and spans_and_layers answer for it."""
    G = request.getfixturevalue(graph)
    data = page_data(chart(G))
    assert data["nodes"] == chart_data(G)["nodes"]  # the packing loses nothing
    layers = {r["id"]: r["layer"] for r in spans_and_layers(G)["posts"]}
    posts = [n for n in data["nodes"] if n["k"] == "post"]
    assert len(posts) == sum(1 for _, a in G.nodes(data=True) if a["label"] == "Post")
    for n in posts:
        engine = span_of_control(G, n["id"])
        assert n["sp"][0] == (engine["direct_span"] or 0), n["id"]
        assert n["sp"][1] == engine["total_span"], n["id"]
        assert n["sp"][3] == engine["layers_beneath"], n["id"]
        if n["id"] in layers:  # the posts with reports
            assert n["sp"][2] == (layers[n["id"]] or 0), n["id"]
    assert any(n["sp"][3] >= 3 for n in posts)


def test_each_type_has_its_own_dash_and_a_colour_of_3_to_1():
    dashes = [s["dash"] for s in EDGE_STYLES.values()]
    assert len(set(dashes)) == len(dashes) == len(VOCABULARY)
    assert all(contrast_ratio(s["colour"]) >= 3 for s in EDGE_STYLES.values())


def test_page_is_self_contained_and_marked(tiny):
    html = chart(tiny)
    assert MARKER in html[:4096]
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=", html, re.I)
    assert "https://" not in html and "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    # the data, its blocks of details and the page's own script
    blocks = len(re.findall(r'<script type="text/plain" id="orggraph-detail-', html))
    assert blocks >= 1 and len(re.findall(r"<script\b", html)) == 2 + blocks


@pytest.mark.parametrize("text", [XSS, XSS_ATTR, XSS_SCRIPT])
def test_every_string_from_the_data_is_escaped_in_the_html(xss_graph, text):
    html = chart(xss_graph, title=text)
    assert text not in html
    assert "<img" not in html and "alert(3)</script>" not in html
    data = page_data(html)
    assert data["title"] == text
    assert XSS in {n["n"] for n in data["nodes"]}


def test_scope_focus_depth_and_body(tiny, curated):
    d1 = page_data(chart(tiny, focus="Director of Care", depth=1))
    assert {"director-of-care", "deputy-director-of-care", "chief-executive"} <= {
        n["id"] for n in d1["nodes"]}
    d0 = page_data(chart(tiny, focus="DoC", depth=0))
    assert [n["id"] for n in d0["nodes"]] == ["director-of-care"]
    body = page_data(chart(curated, body="mpct-operations-directorate"))
    from orggraph.queries._common import body_posts

    assert {n["id"] for n in body["nodes"]} >= body_posts(curated, "mpct-operations-directorate")


def test_relations_choose_the_edges(curated):
    data = page_data(chart(curated, relations="member_of,chairs"))
    assert {t["type"] for t in data["types"]} == {"MEMBER_OF", "CHAIRS"}
    assert set(edges_of(data)) == {(u, v, t) for u, v, t in curated.edges(data="type")
                                   if t in ("MEMBER_OF", "CHAIRS")}


@pytest.mark.parametrize("options, message", [
    ({"layout": "radial"}, "unknown layout"),
    ({"focus": "chief-executive", "depth": -1}, "depth"),
    ({"relations": "BOSS_OF"}, "unknown relationship"),
    ({"body": "chief-executive"}, "not a body"),
])
def test_bad_options_raise_the_librarys_error(tiny, options, message):
    with pytest.raises(OrggraphError, match=message):
        chart(tiny, **options)


def test_viz_writes_atomically_and_respects_other_files(tiny, tmp_path):
    out = viz(tiny, tmp_path / "chart.html")
    assert MARKER in out.read_text(encoding="utf-8")[:4096]
    viz(tiny, out)  # ours: replaced without force
    foreign = tmp_path / "mine.html"
    foreign.write_text("<p>mine</p>", encoding="utf-8")
    with pytest.raises(OutputExistsError):
        viz(tiny, foreign)
    assert viz(tiny, foreign, force=True) == foreign


# --- in the browser -----------------------------------------------------------------------


class Page:
    """One chart opened in chromium, with everything it logs and requests recorded."""

    def __init__(self, browser: Any, path: Path, size: tuple[int, int] = (1440, 900)) -> None:
        self.context = browser.new_context(viewport={"width": size[0], "height": size[1]})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)
        self.page.wait_for_function("window.orggraphReady === true", timeout=60_000)
        # the text view fills just after the chart is drawn
        self.page.wait_for_function("document.getElementById('text-count').textContent !== ''")
        # and the details (evidence, notes) are decoded when the page is idle
        self.page.wait_for_function("() => window.orggraphDetailsReady === true")

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def index(self, node: str) -> int:
        return int(self.js("id => orggraph.data.nodes.findIndex(n => n.id === id)", node))

    def boxes(self, selector: str) -> list[dict[str, Any]]:
        return list(self.js("""s => [...document.querySelectorAll(s)].map(e => {
            const r = e.getBoundingClientRect();
            return {i: +e.dataset.i, x: r.x, y: r.y, w: r.width, h: r.height}; })""", selector))

    def assert_clean(self) -> None:
        assert self.errors == []
        assert self.requests == [self.url]
        assert self.dialogs == []


@pytest.fixture
def open_chart(browser: Any, tmp_path: Path) -> Iterator[Any]:
    opened: list[Page] = []

    def open_(G: nx.MultiDiGraph, name: str = "chart.html", size: tuple[int, int] = (1440, 900),
              **options: Any) -> Page:
        page = Page(browser, viz(G, tmp_path / name, **options), size)
        opened.append(page)
        return page

    yield open_
    for p in opened:
        p.context.close()


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return (a["x"] < b["x"] + b["w"] - 0.5 and b["x"] < a["x"] + a["w"] - 0.5
            and a["y"] < b["y"] + b["h"] - 0.5 and b["y"] < a["y"] + a["h"] - 0.5)


def _crosses(p: tuple[float, float], q: tuple[float, float], box: dict[str, Any]) -> bool:
    """Whether the axis-parallel segment p-q passes through the inside of box."""
    x0, x1 = sorted((p[0], q[0]))
    y0, y1 = sorted((p[1], q[1]))
    return (x0 < box["x"] + box["w"] - 0.5 and x1 > box["x"] + 0.5
            and y0 < box["y"] + box["h"] - 0.5 and y1 > box["y"] + 0.5)


@pytest.mark.browser
@pytest.mark.parametrize("size", SIZES)
def test_axe_finds_nothing_in_either_view_at_either_size(open_chart, curated, size):
    page = open_chart(curated, size=SIZES[size])
    assert axe_violations(page.page) == []
    screenshot(page.page, f"chart-org-{size}")
    assert sideways_scroll(page.page) == 0
    page.js("orggraph.setView('net')")
    assert axe_violations(page.page) == []
    screenshot(page.page, f"chart-network-{size}")
    assert sideways_scroll(page.page) == 0
    page.assert_clean()


@pytest.mark.browser
def test_no_two_cards_overlap_in_any_organisations_tree(open_chart, curated, synthetic):
    page = open_chart(curated)
    orgs = page.js("orggraph.data.orgs.map((o, i) => i)"
                   ".filter(i => orggraph.data.nodes.some(n => n.o === i && n.k === 'post'))")
    assert len(orgs) >= 5
    for org in orgs:
        page.js("o => orggraph.setOrg(o)", org)
        page.js("document.getElementById('expand-all').click()")
        # drawn, in or out of view, and the panel of posts with no line (world coordinates)
        cards = page.js("[...orggraph.layout().cards, orggraph.layout().panel].filter(Boolean)")
        assert cards
        assert not [(a, b) for n, a in enumerate(cards) for b in cards[n + 1:] if _overlap(a, b)]
    big = open_chart(synthetic, name="big.html")
    big.js("orggraph.openAll()")
    cards = big.js("orggraph.layout().cards")
    assert len(cards) > 400
    cards.sort(key=lambda c: c["x"])
    for n, a in enumerate(cards):  # sweep: only neighbours in x can overlap
        for b in cards[n + 1:]:
            if b["x"] >= a["x"] + a["w"]:
                break
            assert not _overlap(a, b), (a, b)
    page.assert_clean()
    big.assert_clean()


@pytest.mark.browser
def test_no_network_line_passes_through_a_node_it_does_not_join(open_chart, curated):
    page = open_chart(curated, layout="network")
    unticked = page.page.locator("#legend-types input:not(:checked)").evaluate_all(
        "bs => bs.map(b => b.dataset.type)")
    assert "MEMBER_OF" in unticked  # off when the network opens
    for relation in unticked:
        page.page.check(f'#legend-types input[data-type="{relation}"]')
    page.js("orggraph.setOrg(-1)")  # every organisation, every relationship
    routes = page.js("orggraph.routes()")
    boxes = {b["i"]: b for b in page.js("""[...orggraph.layout().net.boxes.entries()]
        .map(([i, b]) => ({i: i, x: b.x, y: b.y, w: b.w, h: b.h}))""")}
    data = page.js("orggraph.data")
    assert len(routes) == sum(1 for e in data["edges"] if e["f"] != e["t"])
    assert len(boxes) == len(data["nodes"])
    for r in routes:
        e = data["edges"][r["e"]]
        pts = [tuple(p) for p in r["pts"]]
        for p, q in itertools.pairwise(pts):
            assert p[0] == q[0] or p[1] == q[1]  # axis-parallel segments
            for i, box in boxes.items():
                if i not in (e["f"], e["t"]):
                    assert not _crosses(p, q, box), (r, i)
    # parallel relationships between two posts are each drawn, apart
    pair = [r for r in routes if (data["nodes"][data["edges"][r["e"]]["f"]]["id"],
                                  data["nodes"][data["edges"][r["e"]]["t"]]["id"]) == (
        "nw-icb-deputy-medical-director", "nw-icb-executive-medical-director")]
    between = curated.number_of_edges("nw-icb-deputy-medical-director",
                                      "nw-icb-executive-medical-director")
    assert between >= 4 and len(pair) == between
    assert len({tuple(map(tuple, r["pts"])) for r in pair}) == between
    dashes = page.js("[...document.querySelectorAll('#links path[data-e]')]"
                     ".map(p => p.getAttribute('stroke-dasharray') || '')")
    assert len(set(dashes)) > 5
    page.assert_clean()


DRAWN_LINES = """() => [...document.querySelectorAll('#links path[data-e]')].map(p => ({
    e: +p.dataset.e, opacity: +getComputedStyle(p).opacity, shown: getComputedStyle(p).display,
    width: parseFloat(getComputedStyle(p).strokeWidth)}))"""
LABELS = "[...document.querySelectorAll('#links text.lit-label')].map(t => t.textContent)"


def _busiest_post(page: Page) -> int:
    """The post of the opening organisation with the most lines drawn in the network."""
    return int(page.js("""() => { const D = orggraph.data, n = {};
        orggraph.routes().forEach(r => { const e = D.edges[r.e];
            [e.f, e.t].forEach(i => { if (D.nodes[i].o === orggraph.state.org
                && D.nodes[i].k === 'post') { n[i] = (n[i] || 0) + 1; } }); });
        return +Object.keys(n).sort((a, b) => n[b] - n[a])[0]; }"""))


def _assert_focused_on(page: Page, i: int, edges: list[dict[str, Any]]) -> None:
    """From the drawn lines: exactly i's relationships at full strength, on top and named."""
    drawn = page.js(DRAWN_LINES)
    mine = [d for d in drawn if i in (edges[d["e"]]["f"], edges[d["e"]]["t"])]
    rest = [d for d in drawn if d not in mine]
    assert len(mine) >= 3 and rest
    assert all(d["opacity"] == 1 and d["width"] >= 3 for d in mine)
    assert all(d["opacity"] <= 0.2 or d["shown"] == "none" for d in rest)
    assert drawn[-len(mine):] == mine  # drawn last: on top of every faded line
    types = page.js("orggraph.data.types.map(t => t.type)")
    assert sorted(page.js(LABELS)) == sorted(types[edges[d["e"]]["y"]] for d in mine)


@pytest.mark.browser
@pytest.mark.parametrize("size", SIZES)
def test_a_selected_post_brings_its_own_lines_forward_and_the_rest_fade(open_chart, curated, size):
    page = open_chart(curated, layout="network", size=SIZES[size])
    p = page.page
    ticked = p.locator("#legend-types input:checked").evaluate_all("bs => bs.map(b => b.dataset.type)")
    assert set(ticked) == {"ACCOUNTABLE_TO", "RESPONSIBLE_TO", "REPORTS_TO", "DEPUTISES_FOR"}
    edges = page.js("orggraph.data.edges")
    screenshot(p, f"chart-network-opening-{size}")
    i = _busiest_post(page)
    page.js("i => orggraph.land(i, true)", i)  # centred on screen, then chosen by keyboard
    p.keyboard.press("Enter")
    assert page.js("orggraph.state.lit") == i
    _assert_focused_on(page, i, edges)
    assert axe_violations(p) == []
    p.keyboard.press("Escape")  # closes the details, back on the post
    p.keyboard.press("Escape")  # and clears the focus
    assert page.js("orggraph.state.lit") is None
    assert all(d["opacity"] == 1 and d["shown"] != "none" for d in page.js(DRAWN_LINES))
    assert page.js(LABELS) == []
    page.js("i => orggraph.land(i, true)", i)
    p.locator(f"#n{i}").click(position={"x": 20, "y": 8})
    _assert_focused_on(page, i, edges)
    p.keyboard.press("Escape")
    if size == "1440":  # the details beside the chart; on a phone they cover it
        screenshot(p, "chart-network-selected-1440")
        p.check("#only-lit")
        drawn = page.js(DRAWN_LINES)
        assert {d["shown"] == "none" for d in drawn if i not in (edges[d["e"]]["f"], edges[d["e"]]["t"])} == {True}
        screenshot(p, "chart-network-selected-only-1440")
        p.uncheck("#only-lit")
    else:
        p.keyboard.press("Escape")
        p.mouse.move(1, 1)  # off the chart: no hover preview
        p.fill("#search", page.js("i => orggraph.data.nodes[i].n", i))
        p.press("#search", "Enter")  # a search hit is a selection too
        assert page.js("orggraph.state.lit") == i
        _assert_focused_on(page, i, edges)
        p.evaluate("document.getElementById('stage').scrollIntoView()")
        screenshot(p, "chart-network-selected-390")
        p.check("#only-lit")
        p.evaluate("document.getElementById('stage').scrollIntoView()")
        screenshot(p, "chart-network-selected-only-390")
    p.click("#reset")
    assert page.js("orggraph.state.lit") is None and page.js(LABELS) == []
    page.assert_clean()


@pytest.mark.browser
def test_hovering_a_node_previews_its_lines_and_leaving_restores(open_chart, curated):
    page = open_chart(curated, layout="network")
    p = page.page
    edges = page.js("orggraph.data.edges")
    i = _busiest_post(page)
    page.js("i => orggraph.land(i, false)", i)  # in view, then nothing selected
    page.js("orggraph.state.lit = null; orggraph.render()")
    p.locator(f"#n{i}").hover(position={"x": 20, "y": 8})
    _assert_focused_on(page, i, edges)
    p.mouse.move(2, 2)
    assert all(d["opacity"] == 1 for d in page.js(DRAWN_LINES)) and page.js(LABELS) == []
    page.assert_clean()


@pytest.mark.browser
def test_search_lands_on_the_exact_title_first_and_counts_truly(open_chart, curated, synthetic):
    page = open_chart(curated)
    p = page.page
    p.fill("#search", "Deputy Medical Director")
    p.press("#search", "Enter")
    exact = page.index("nw-icb-deputy-medical-director")
    assert page.js("orggraph.state.hits[0]") == exact
    # a deputy with no reports is shown, marked, on the card of the post it covers
    principal = page.index("nw-icb-executive-medical-director")
    assert page.js("orggraph.state.focus") == principal
    assert p.locator(f'#n{principal} .dep.hit[data-i="{exact}"]').count() == 1
    items = p.locator("#matches li").all_text_contents()
    assert items[0].startswith("Deputy Medical Director — ")
    assert "NHS Norfolk and Waveney Integrated Care Board" in items[0]
    assert len(items) == page.js("orggraph.state.hits.length") >= 2
    p.click("#next")
    assert page.js("orggraph.state.hit") == 1
    p.click("#prev")
    assert page.js("orggraph.state.hit") == 0
    p.click("#reset")
    assert p.locator(".hit").count() == 0 and page.js("orggraph.state.hits.length") == 0
    p.fill("#search", "Deputy Medical Director")
    p.press("#search", "Enter")
    p.click("#home")
    assert p.locator(".hit").count() == 0
    big = open_chart(synthetic, name="big.html")
    title = next(a["title"] for _, a in synthetic.nodes(data=True)
                 if a["label"] == "Post" and sum(b.get("title") == a["title"]
                                                 for _, b in synthetic.nodes(data=True)) > 2)
    count = sum(1 for _, a in synthetic.nodes(data=True) if a.get("title") == title)
    big.page.fill("#search", title)
    big.page.press("#search", "Enter")
    assert f"{count} matches" in big.page.text_content("#search-status")
    assert big.js(f"orggraph.state.hits.slice(0, {count})"
                  f".every(i => orggraph.data.nodes[i].n === {json.dumps(title)})")
    page.assert_clean()
    big.assert_clean()


@pytest.mark.browser
def test_keyboard_only_search_details_evidence(open_chart, curated):
    page = open_chart(curated)
    p = page.page
    p.keyboard.press("Tab")
    assert page.js("document.activeElement.textContent") == "Skip to the text view"
    p.keyboard.press("Tab")
    p.keyboard.press("Enter")  # skip to search
    p.keyboard.type("ICB Executive Medical Director")
    p.keyboard.press("Enter")
    for _ in range(8):  # on to the first match in the list
        p.keyboard.press("Tab")
        if page.js("document.activeElement.closest('#matches') !== null"):
            break
    p.keyboard.press("Enter")
    target = page.index("nw-icb-executive-medical-director")
    assert page.js("document.activeElement.id") == f"n{target}"
    assert page.js("document.activeElement.getAttribute('role')") == "treeitem"
    p.keyboard.press("Enter")
    assert page.js("document.activeElement.id") == "details-title"
    text = p.text_content("#details")
    assert "ICB Executive Medical Director" in text
    assert "Accountable to ICB Executive Medical Director" in text  # its evidence
    assert "Job description: Deputy Medical Director" in text  # and the source
    p.keyboard.press("Tab")
    assert page.js("document.activeElement.closest('#details') !== null")
    p.keyboard.press("Escape")
    assert p.locator("#details").is_hidden()
    page.assert_clean()


@pytest.mark.browser
def test_details_show_notes_and_the_text_view_names_body_and_organisation(open_chart, curated):
    page = open_chart(curated)
    p = page.page
    p.fill("#text-filter", "Clinical Director")
    p.locator("#text-rows button.name").first.click()
    assert p.locator("#details").is_visible()
    note = next(n for n, a in curated.nodes(data=True) if a.get("note") and a["label"] == "Post")
    page.js("i => orggraph.land(i, true)", page.index(note))
    p.locator(f'[data-i="{page.index(note)}"]').first.click()
    assert curated.nodes[note]["note"] in p.text_content("#details")
    headers = p.locator("#text-view th").all_text_contents()
    assert headers[:4] == ["Name", "Kind", "Body", "Organisation"]
    squeezed = page.js("""[...document.querySelectorAll('#text-view td, #text-view th')]
        .filter(c => c.scrollWidth > c.clientWidth + 1).length""")
    assert squeezed == 0
    heights = page.js("[...document.querySelectorAll('#text-view th')].map(h => h.clientHeight)")
    assert max(heights) < 40  # every header on one line
    page.assert_clean()


@pytest.mark.browser
def test_tooltip_never_sticks(open_chart, curated):
    page = open_chart(curated, layout="network")
    p = page.page
    path = p.locator("#links path[data-e]").first
    box = path.bounding_box()
    pts = page.js("orggraph.routes()[0].pts")
    k, x, y = page.js("[orggraph.state.k, orggraph.state.x, orggraph.state.y]")
    stage = p.locator("#stage").bounding_box()
    mid = ((pts[1][0] + pts[2][0]) / 2 if len(pts) > 2 else pts[0][0], pts[1][1])
    p.mouse.move(stage["x"] + x + mid[0] * k, stage["y"] + y + mid[1] * k)
    assert box is not None
    if p.locator("#tooltip").is_visible():
        assert "“" in p.text_content("#tooltip")
    p.mouse.move(5, 5)  # one jump, out of the chart
    assert p.locator("#tooltip").is_hidden()
    page.assert_clean()


@pytest.mark.browser
def test_opening_view_of_the_curated_chart_is_readable_and_not_cropped(open_chart, curated):
    page = open_chart(curated)
    stage = page.page.locator("#stage").bounding_box()
    k = page.js("orggraph.state.k")
    assert k * 11 / 13 >= 0.85 * 11 / 13 - 1e-9  # card text of 13 px at >= 0.85: >= 11 px
    for card in page.boxes("#cards .card") + page.boxes(".panel"):
        assert stage["x"] <= card["x"] and card["x"] + card["w"] <= stage["x"] + stage["width"]
        assert stage["y"] <= card["y"] and card["y"] + card["h"] <= stage["y"] + stage["height"]
    page.assert_clean()


def _wide_level(directory: Path, reports: int) -> nx.MultiDiGraph:
    """An organisation whose director has ``reports`` direct reports, each a leaf."""
    sources = directory / "sources"
    sources.mkdir(parents=True)
    lines = [f"Head of Service {n} is accountable to the Director of Care." for n in
             range(1, reports + 1)]
    (sources / "wide.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    posts = ["  - id: director\n    title: Director of Care\n"
             "    evidence: \"the Director of Care\"\n"]
    rels = []
    for n in range(1, reports + 1):
        posts.append(f"  - id: head-{n}\n    title: Head of Service {n}\n"
                     f"    evidence: \"Head of Service {n}\"\n")
        rels.append(f"  - type: ACCOUNTABLE_TO\n    from: head-{n}\n    to: director\n"
                    f"    evidence: \"{lines[n - 1]}\"\n")
    (directory / "wide.yaml").write_text(
        "source:\n  id: wide\n  file: wide.txt\n  title: A wide level\n\n"
        "bodies:\n  - id: wide-trust\n    name: Wide Trust\n    kind: trust\n"
        "    evidence: \"the Director of Care\"\n\nposts:\n" + "".join(posts)
        + "\nrelationships:\n" + "".join(rels)
        + "".join(f"  - type: POST_IN\n    from: {p}\n    to: wide-trust\n"
                  f"    evidence: \"the Director of Care\"\n"
                  for p in ["director", *(f"head-{n}" for n in range(1, reports + 1))]),
        encoding="utf-8")
    return load_graph(directory)


@pytest.mark.browser
def test_twenty_direct_reports_fit_a_1440_screen_readably(open_chart, tmp_path):
    """A level of twenty is wrapped compactly: opened and fitted to the screen, every card
    of the director and the twenty is on screen, none overlapping, text at 11 px or more."""
    page = open_chart(_wide_level(tmp_path / "wide", 20), name="wide.html")
    page.js("document.getElementById('expand-all').click()")
    page.js("document.getElementById('fit').click()")
    stage = page.page.locator("#stage").bounding_box()
    assert page.js("orggraph.state.k") * 13 >= 11  # card text is 13 px at zoom 1
    cards = page.boxes("#cards .card")
    assert len(cards) == 21
    for card in cards:
        assert stage["x"] <= card["x"] and card["x"] + card["w"] <= stage["x"] + stage["width"]
        assert stage["y"] <= card["y"] and card["y"] + card["h"] <= stage["y"] + stage["height"]
    assert not [(a, b) for n, a in enumerate(cards) for b in cards[n + 1:] if _overlap(a, b)]
    screenshot(page.page, "chart-wide-level-1440")
    page.assert_clean()


@pytest.mark.browser
def test_phone_gives_the_chart_the_screen_and_the_legend_a_drawer(open_chart, curated):
    page = open_chart(curated, size=SIZES["390"])
    p = page.page
    stage = p.locator("#stage").bounding_box()
    assert stage["width"] >= 380
    assert not p.locator("#legend-types").is_visible()
    p.click("#drawer-open")
    assert p.locator("#legend-types").is_visible()
    screenshot(p, "chart-drawer-390")
    p.click("#drawer-close")
    assert sideways_scroll(p) == 0
    page.assert_clean()


@pytest.mark.browser
def test_hostile_text_shows_as_text_everywhere(open_chart, xss_graph):
    page = open_chart(xss_graph, title=XSS)
    p = page.page
    assert p.text_content("#chart-title") == XSS and p.title() == XSS
    names = set(p.locator("#text-rows button.name").all_text_contents())
    assert {XSS, XSS_ATTR, XSS_SCRIPT} <= names
    page.js("orggraph.setView('net')")
    labels = set(page.js("[...document.querySelectorAll('.node .t')].map(e => e.textContent)"))
    assert any(XSS in label for label in labels)
    page.js("i => orggraph.land(i, true)", page.index("deputy-director-of-care"))
    p.keyboard.press("Enter")
    assert '<a href="https://example.org/">' in p.text_content("#details")
    assert page.js("document.querySelectorAll('img, iframe, script[src], #details a').length") == 0
    page.assert_clean()
