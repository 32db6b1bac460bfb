"""The governance report: one self-contained HTML page a governance lead can read and print.

Every figure comes from the question library (:mod:`orggraph.queries`) and
:func:`orggraph.browse.summary`; this module only chooses what to show and lays it
out. Charts are PNG images embedded as ``data:`` URIs (matplotlib, Agg), tables are
plain HTML, every string from the data is escaped, and the page references nothing
outside itself, so it works offline and prints cleanly. Long tables show the first
:data:`MAX_ROWS` rows and say how many more there are; totals are always stated.

>>> from orggraph.graph import load_graph
>>> page = render_report(load_graph())
>>> "Spans and layers" in page and "Deputisation cover" in page
True
"""

from __future__ import annotations

import base64
import io
from collections import Counter
from collections.abc import Iterable, Sequence
from html import escape
from pathlib import Path
from typing import Any

import networkx as nx

from .browse import summary
from .graph import display_name, resolve_node
from .model import ACCOUNTABILITY_TYPES
from .output import MARKER, write_file
from .queries import (
    chain,
    changes,
    cover_gaps,
    deputies,
    dual_accountability,
    members,
    memberships,
    spans_and_layers,
)

__all__ = ["MAX_ROWS", "render_report", "report"]

#: Rows shown per table before "… and N more".
MAX_ROWS = 50
#: Posts whose accountability chains are shown.
CHAIN_POSTS = 10
#: Bodies whose members are listed, and posts listed by seats held.
MAX_BODIES = 20

_GAP_CLASS = {"no deputy": "gap-none", "single point of failure": "gap-spof",
              "chair without deputy": "gap-chair"}

_CSS = """
:root { --ink:#1d2733; --muted:#5b6673; --line:#d5dbe2; --band:#f3f6f9; --accent:#005eb8; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", Arial, Helvetica, sans-serif; color: var(--ink); margin: 0;
       line-height: 1.45; font-size: 15px; background: #fff; }
header { background: var(--accent); color: #fff; padding: 1.2rem 2rem; }
header h1 { margin: 0 0 .3rem; font-size: 1.7rem; }
header p { margin: 0; opacity: .9; }
nav { padding: .6rem 2rem; border-bottom: 1px solid var(--line); background: var(--band); }
nav a { margin-right: 1rem; color: var(--accent); text-decoration: none; white-space: nowrap; }
main { padding: 0 2rem 2rem; max-width: 1300px; }
section { margin-top: 1.8rem; }
h2 { border-bottom: 2px solid var(--accent); padding-bottom: .2rem; font-size: 1.35rem; }
h3 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
p.note { color: var(--muted); margin: .3rem 0 .6rem; }
.cards { display: flex; flex-wrap: wrap; gap: .6rem; margin: 1rem 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .9rem; min-width: 9rem;
        background: var(--band); }
.card b { display: block; font-size: 1.5rem; color: var(--accent); }
.card.alert b { color: #b3261e; }
table.narrow { width: auto; min-width: 16rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; font-size: .88rem; }
th, td { border: 1px solid var(--line); padding: .25rem .45rem; text-align: left;
         vertical-align: top; }
th { background: var(--band); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.gap-spof td { background: #fde2e0; }
tr.gap-none td { background: #fff4d6; }
tr.gap-chair td { background: #fbe3f1; }
tr.crosses td, td.crosses { background: #e4efff; }
.tag { display: inline-block; padding: 0 .35rem; border-radius: 3px; font-size: .8rem;
       background: #e8ecf0; white-space: nowrap; }
.tag.bad { background: #b3261e; color: #fff; }
.tag.warn { background: #c77700; color: #fff; }
q { color: #333; font-style: italic; }
.src { color: var(--muted); font-size: .8rem; white-space: nowrap; }
.src a { color: var(--muted); }
.charts { display: flex; flex-wrap: wrap; gap: 1rem; }
.charts figure { margin: 0; }
.charts img { max-width: 100%; border: 1px solid var(--line); }
figcaption { font-size: .85rem; color: var(--muted); }
.legend span { margin-right: .8rem; padding: 0 .4rem; }
.chain { margin: .2rem 0 .6rem; }
.more { color: var(--muted); font-style: italic; }
@media print {
  body { font-size: 10pt; }
  header { background: none; color: #000; border-bottom: 2px solid #000; padding: 0 0 .5rem; }
  nav { display: none; }
  main { padding: 0; max-width: none; }
  a { color: inherit; text-decoration: none; }
  section { break-before: auto; }
  h2, h3 { break-after: avoid; }
  tr, figure, .card { break-inside: avoid; }
  thead { display: table-header-group; }
  tr.gap-spof td, tr.gap-none td, tr.gap-chair td, tr.crosses td, .card {
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def _e(value: Any) -> str:
    """Escape any value for HTML; ``None`` is empty, lists are joined."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(escape(str(v)) for v in value)
    return escape(str(value))


def _anchor(source: str) -> str:
    return "src-" + "".join(c if c.isalnum() or c in "-_" else "_" for c in source)


def _src(source: Any) -> str:
    if not source:
        return ""
    return f'<span class="src"><a href="#{_anchor(str(source))}">{_e(source)}</a></span>'


def _quote(evidence: Any, source: Any) -> str:
    """An evidence quote with its source document."""
    if not evidence:
        return _src(source)
    return f"<q>{_e(evidence)}</q> {_src(source)}"


def _edge_evidence(G: nx.MultiDiGraph, u: str, v: str, types: Iterable[str]) -> str:
    """The quotes of every relationship u→v of the given types."""
    wanted = set(types)
    found = sorted({(d["type"], d.get("source"), d.get("evidence"))
                    for d in G.get_edge_data(u, v, default={}).values() if d["type"] in wanted},
                   key=lambda x: tuple(str(p) for p in x))
    return "<br>".join(_quote(ev, src) for _, src, ev in found)


def _node_evidence(G: nx.MultiDiGraph, node: str) -> str:
    a = G.nodes[node]
    return _quote(a.get("evidence"), a.get("source"))


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], *,
           numeric: Iterable[int] = (), classes: Sequence[str] | None = None,
           total: int | None = None, what: str = "rows", narrow: bool = False) -> str:
    """A plain table of already-escaped cells, capped at :data:`MAX_ROWS`."""
    nums = set(numeric)
    head = "".join(f'<th{" class=num" if i in nums else ""}>{_e(h)}</th>'
                   for i, h in enumerate(headers))
    body = []
    for n, row in enumerate(rows[:MAX_ROWS]):
        cls = f' class="{classes[n]}"' if classes and classes[n] else ""
        cells = "".join(f'<td{" class=num" if i in nums else ""}>{c}</td>'
                        for i, c in enumerate(row))
        body.append(f"<tr{cls}>{cells}</tr>")
    count = len(rows) if total is None else total
    more = ""
    if count > min(len(rows), MAX_ROWS):
        more = (f'<p class="more">Showing {min(len(rows), MAX_ROWS)} of {count} {_e(what)}; '
                f"{count - min(len(rows), MAX_ROWS)} more not shown.</p>")
    if not rows:
        return f'<p class="note">None found.</p>{more}'
    cls = " class=narrow" if narrow else ""
    return (f"<table{cls}><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody>"
            f"</table>{more}")


def _png(fig: Any) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight", metadata={"Software": None})
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _bar_chart(labels: Sequence[str], values: Sequence[int], title: str, xlabel: str,
               ylabel: str) -> str:
    """A small bar chart as a PNG ``data:`` URI."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(5.2, 3.0))
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    bars = ax.bar(list(labels), list(values), color="#005eb8")
    ax.bar_label(bars, padding=2, fontsize=8)
    ax.set_title(title, fontsize=10)
    ax.set_xlabel(xlabel, fontsize=9)
    ax.set_ylabel(ylabel, fontsize=9)
    ax.tick_params(labelsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    ax.margins(y=0.15)
    return _png(fig)


def _figure(uri: str, caption: str) -> str:
    return (f'<figure><img src="{uri}" alt="{_e(caption)}">'
            f"<figcaption>{_e(caption)}</figcaption></figure>")


def _name(G: nx.MultiDiGraph, node: str) -> str:
    return f"{_e(display_name(G, node))} <span class=src>({_e(node)})</span>"


# --- sections ---------------------------------------------------------------------------


def _summary_section(rows: list[dict[str, Any]], cards: list[tuple[str, Any, bool]]) -> str:
    card_html = "".join(
        f'<div class="card{" alert" if alert and value else ""}">'
        f"<b>{_e(f'{value:,}' if isinstance(value, int) else value)}</b>{_e(label)}</div>"
        for label, value, alert in cards)
    kinds = [[_e(r["name"]), _e(r["nodes"])] for r in rows if r["category"] == "body kind"]
    types = [[_e(r["name"]), _e(r["relationships"])] for r in rows
             if r["category"] == "relationship type"]
    return (
        '<section id="summary"><h2>Summary</h2>' + f'<div class="cards">{card_html}</div>'
        '<div class="charts"><div><h3>Bodies by kind</h3>'
        + _table(["kind", "bodies"], kinds, numeric=[1], what="kinds", narrow=True)
        + "</div><div><h3>Relationships by type</h3>"
        + _table(["type", "relationships"], types, numeric=[1], what="types", narrow=True)
        + "</div></div></section>"
    )


def _spans_section(G: nx.MultiDiGraph, spans: dict[str, Any]) -> str:
    s, bands, posts = spans["summary"], spans["bands"], spans["posts"]
    by_layer = Counter(r["layer"] for r in posts if r["layer"] is not None)
    layers = sorted(by_layer)
    charts = [
        _figure(_bar_chart([b["band"] for b in bands], [b["managers"] for b in bands],
                           "Span of control distribution", "direct reports",
                           "managers"), "Managers by span band (direct reports)"),
    ]
    if layers:
        charts.append(_figure(_bar_chart([str(x) for x in layers],
                                         [by_layer[x] for x in layers],
                                         "Managers by layer", "layer (1 = top)", "managers"),
                              "Managers by layer (1 is the top)"))
    band_rows = [[_e(b["band"]), _e(b["managers"]),
                  _e(f"{b['share']:.0%}" if b["share"] is not None else "")] for b in bands]
    shown = posts if len(posts) <= MAX_ROWS else sorted(
        posts, key=lambda r: (-r["direct_span"], -r["total_span"], r["id"]))
    rows = [[_name(G, r["id"]), _e(r["layer"]), _e(r["direct_span"]), _e(r["total_span"]),
             _e(r["lines_up"]), _node_evidence(G, r["id"])] for r in shown]
    order = ("in order of layer" if len(posts) <= MAX_ROWS
             else "widest direct span first")
    facts = (
        f"<p>{_e(s['posts'])} posts, {_e(s['managers'])} with reports (managers), "
        f"{_e(s['layers'])} layers; mean direct span {_e(s['mean_span'])}. Widest span "
        f"{_e(s['widest_span'])}: {_e(', '.join(display_name(G, p) for p in s['widest']))}. "
        f"{len(s['span_of_one'])} managers have a span of 1.</p>"
    )
    return (
        '<section id="spans"><h2>Spans and layers</h2>' + facts
        + f'<div class="charts">{"".join(charts)}</div>'
        + "<h3>Span bands</h3>"
        + _table(["band (direct reports)", "managers", "share"], band_rows, numeric=[1, 2],
                 narrow=True)
        + f"<h3>Every manager ({order})</h3>"
        '<p class="note">Direct span counts direct reports; total span counts every post '
        "beneath once; lines up is how many posts the manager answers to. Evidence is where "
        "the source document names the post.</p>"
        + _table(["post", "layer", "direct span", "total span", "lines up", "evidence"],
                 rows, numeric=[1, 2, 3, 4], what="managers")
        + "</section>"
    )


def _chain_posts(spans: dict[str, Any], duals: list[dict[str, Any]],
                 body: str | None) -> list[str]:
    """The posts whose chains are shown: dual lines (cross-organisation first), then the
    managers deepest in the hierarchy with the most beneath them."""
    chosen: list[str] = []
    if body is None:
        chosen += [r["id"] for r in sorted(duals, key=lambda r: (not r["cross_organisation"],
                                                                  r["id"]))]
    deep = sorted((r for r in spans["posts"] if r["layer"] is not None),
                  key=lambda r: (-r["layer"], -r["total_span"], r["id"]))
    chosen += [r["id"] for r in deep if r["id"] not in chosen]
    return chosen[:CHAIN_POSTS]


def _chains_section(G: nx.MultiDiGraph, posts: list[str]) -> str:
    parts = []
    for p in posts:
        rows = chain(G, p)
        chains: dict[int, list[dict[str, Any]]] = {}
        for r in rows:
            chains.setdefault(r["chain"], []).append(r)
        parts.append(f"<h3>{_name(G, p)}</h3>")
        table_rows, classes = [], []
        for number, steps in chains.items():
            for prev, step in zip([None, *steps[:-1]], steps, strict=True):
                via = step["via"] or ""
                evidence = (_edge_evidence(G, prev["id"], step["id"], via.split(","))
                            if prev is not None else _node_evidence(G, step["id"]))
                mark = ' <span class="tag warn">crosses organisation</span>' \
                    if step["crosses"] else ""
                table_rows.append([_e(number), _e(step["step"]), _name(G, step["id"]) + mark,
                                   _e(via.replace(",", ", ")), _e(step["organisation"]),
                                   evidence])
                classes.append("crosses" if step["crosses"] else "")
        parts.append(_table(["chain", "step", "post or body", "via", "organisation",
                             "evidence"], table_rows, numeric=[0, 1], classes=classes,
                            what="steps"))
    note = ("Chains of the posts with dual lines (cross-organisation first), then of the "
            "managers deepest in the hierarchy. Step 0 is the post itself; each step up "
            "shows the relationship and its quote. Shaded steps cross into another "
            "organisation.")
    body = "".join(parts) if parts else '<p class="note">No posts with lines.</p>'
    return (f'<section id="chains"><h2>Accountability chains</h2><p class="note">{note}</p>'
            f"{body}</section>")


def _cover_section(G: nx.MultiDiGraph, gaps: list[dict[str, Any]]) -> str:
    covered = sorted({v for _, v, t in G.edges(data="type") if t == "DEPUTISES_FOR"})
    deputising = {u for u, _, t in G.edges(data="type") if t == "DEPUTISES_FOR"}
    heads = [p for p in covered if p not in deputising] or covered
    spof = {g["post_id"] for g in gaps if g["gap"] == "single point of failure"}
    rows, classes = [], []
    for head in heads[:MAX_BODIES]:
        for r in deputies(G, head):
            has_cover = any(t == "DEPUTISES_FOR" for _, _, t in G.in_edges(r["id"], data="type"))
            flags = []
            if r["cycle"]:
                flags.append('<span class="tag">cycle</span>')
            if not has_cover:
                flags.append('<span class="tag warn">no cover beneath</span>')
            rows.append([_name(G, head), _e(r["depth"]), _name(G, r["id"]),
                         _name(G, r["covers_id"]), " ".join(flags),
                         _edge_evidence(G, r["id"], r["covers_id"], ["DEPUTISES_FOR"])])
            classes.append("gap-spof" if r["covers_id"] in spof else "")
    counts = Counter(g["gap"] for g in gaps)
    rank = {"chair without deputy": 0, "single point of failure": 1}
    gaps = sorted(gaps, key=lambda g: rank.get(g["gap"], 2))  # the worst first; stable
    gap_rows = []
    for g in gaps:
        if g["gap"] == "chair without deputy":
            evidence = _edge_evidence(G, g["post_id"], g["id"], ["CHAIRS"])
        elif g["gap"] == "single point of failure":
            only = next((u for u, _, t in G.in_edges(g["post_id"], data="type")
                         if t == "DEPUTISES_FOR"), None)
            evidence = (_edge_evidence(G, only, g["post_id"], ["DEPUTISES_FOR"]) if only
                        else _node_evidence(G, g["post_id"]))
        else:
            evidence = _node_evidence(G, g["post_id"])
        gap_rows.append([f'<span class="tag {"bad" if g["gap"] != "no deputy" else "warn"}">'
                         f'{_e(g["gap"])}</span>', _name(G, g["id"]),
                         _name(G, g["post_id"]) if g["post_id"] != g["id"] else "",
                         _e(g["reason"]), evidence])
    legend = ('<p class="legend"><span class="gap-spof" style="background:#fde2e0">single '
              'point of failure</span><span style="background:#fff4d6">no deputy</span>'
              '<span style="background:#fbe3f1">chair without deputy</span></p>')
    count_text = ", ".join(f"{n} {_e(k)}" for k, n in sorted(counts.items())) or "none"
    more_heads = (f'<p class="more">Cover chains of {MAX_BODIES} of {len(heads)} covered '
                  "posts shown.</p>" if len(heads) > MAX_BODIES else "")
    return (
        '<section id="cover"><h2>Deputisation cover</h2>'
        f"<p>{len(covered)} posts have a named deputy. Cover gaps: <b>{len(gaps)}</b> "
        f"({count_text}).</p>"
        "<h3>Who covers, and who covers the cover</h3>"
        '<p class="note">Depth 1 deputises for the post itself, depth 2 covers the deputy, '
        "and so on. Shaded rows cover a post whose only deputy has no deputy.</p>"
        + _table(["post", "depth", "deputy", "covers", "flags", "evidence"], rows,
                 numeric=[1], classes=classes, what="cover rows") + more_heads
        + "<h3>Cover gaps</h3>" + legend
        + '<p class="note">For a post with no deputy the quote is where the document names '
          "the post; for a single point of failure, the only deputy's line; for a chair, the "
          "chairing.</p>"
        + _table(["gap", "post or body", "chair", "reason", "evidence"], gap_rows,
                 classes=[_GAP_CLASS.get(g["gap"], "") for g in gaps], what="gaps")
        + "</section>"
    )


def _dual_section(G: nx.MultiDiGraph, duals: list[dict[str, Any]]) -> str:
    rows, classes = [], []
    for r in sorted(duals, key=lambda r: (not r["cross_organisation"], r["id"])):
        lines = "<br>".join(_name(G, x) for x in r["lines"])
        evidence = "<br>".join(_edge_evidence(G, r["id"], x, ACCOUNTABILITY_TYPES)
                               for x in r["lines"])
        flag = ('<span class="tag bad">cross-organisation</span>'
                if r["cross_organisation"] else "")
        rows.append([_name(G, r["id"]), lines, _e(r["organisations"]), flag, evidence])
        classes.append("crosses" if r["cross_organisation"] else "")
    cross = sum(r["cross_organisation"] for r in duals)
    return (
        '<section id="dual"><h2>Dual accountability</h2>'
        f"<p>{len(duals)} posts answer to more than one post or body; {cross} of them into "
        "different organisations.</p>"
        + _table(["post", "answers to", "organisations", "", "evidence"], rows,
                 classes=classes, what="posts")
        + "</section>"
    )


def _membership_section(G: nx.MultiDiGraph) -> str:
    seats = Counter(v for _, v, t in G.edges(data="type") if t in ("MEMBER_OF", "CHAIRS"))
    holders = Counter(u for u, _, t in G.edges(data="type")
                      if t in ("MEMBER_OF", "CHAIRS") and G.nodes[u]["label"] == "Post")
    bodies = sorted(seats, key=lambda b: (-seats[b], b))
    parts = []
    for b in bodies[:MAX_BODIES]:
        kind = G.nodes[b].get("kind", "")
        rows = [[_name(G, r["id"]), _e(r["relation"].replace("CHAIRS", "chair")
                                      .replace("MEMBER_OF", "member")),
                 _e(r["role"]), _quote(r["evidence"], r["source"])] for r in members(G, b)]
        parts.append(f"<h3>{_name(G, b)} <span class=tag>{_e(kind)}</span></h3>"
                     + _table(["member", "relation", "role", "evidence"], rows, what="members"))
    if len(bodies) > MAX_BODIES:
        parts.append(f'<p class="more">Members of {MAX_BODIES} of {len(bodies)} bodies '
                     "shown (most members first).</p>")
    busiest = [p for p, _ in sorted(holders.items(), key=lambda x: (-x[1], x[0]))][:MAX_BODIES]
    seat_rows = []
    for p in busiest:
        rs = memberships(G, p)
        seat_rows.append([_name(G, p), _e(len(rs)), "<br>".join(
            f"{_e(display_name(G, r['id']))}"
            + (f" ({_e(r['role'])})" if r["role"] else "")
            + (" <span class=tag>chair</span>" if r["relation"] == "CHAIRS" else "")
            for r in rs), "<br>".join(_quote(r["evidence"], r["source"]) for r in rs)])
    return (
        '<section id="membership"><h2>Boards and committees</h2>'
        f"<p>{len(bodies)} bodies have members or chairs; {len(holders)} posts hold seats.</p>"
        + "".join(parts)
        + "<h3>Posts holding the most seats</h3>"
        + _table(["post", "seats", "bodies", "evidence"], seat_rows, numeric=[1],
                 total=len(holders), what="posts with seats")
        + "</section>"
    )


def _changes_section(G: nx.MultiDiGraph, events: list[dict[str, Any]]) -> str:
    rows = [[_e(r["date"]), _e(r["event"]), _e(r["kind"]), _e(r["name"]),
             _quote(r["evidence"], r["source"])] for r in events]
    return (
        '<section id="changes"><h2>Dated changes</h2>'
        f"<p>{len(events)} dated events (a start is a <i>valid from</i>, an end a "
        "<i>valid to</i> date in the documents).</p>"
        + _table(["date", "event", "kind", "what", "evidence"], rows, what="events")
        + "</section>"
    )


def _sources_section(G: nx.MultiDiGraph, rows: list[dict[str, Any]]) -> str:
    counts = {r["name"]: r for r in rows if r["category"] == "source"}
    items = []
    for sid, s in sorted(G.graph.get("sources", {}).items()):
        c = counts.get(sid, {})
        items.append(
            f'<tr id="{_anchor(sid)}"><td>{_e(sid)}</td><td>{_e(s.get("title"))}</td>'
            f'<td>{_e(s.get("file"))}</td><td>{_e(s.get("published"))}</td>'
            f'<td class=num>{_e(c.get("nodes"))}</td>'
            f'<td class=num>{_e(c.get("relationships"))}</td></tr>')
    return (
        '<section id="sources"><h2>Source documents</h2>'
        '<p class="note">Every quote in this report links here to the document it comes '
        "from (files in <code>data/sources/</code>).</p>"
        "<table><thead><tr><th>id</th><th>title</th><th>file</th><th>published</th>"
        "<th class=num>nodes</th><th class=num>relationships</th></tr></thead>"
        f"<tbody>{''.join(items)}</tbody></table></section>"
    )


def render_report(G: nx.MultiDiGraph, *, body: str | None = None) -> str:
    """The governance report of a graph as one self-contained HTML page.

    ``body`` (an id or name) limits spans and layers, chains and cover gaps to the
    posts in that body and the bodies within it; the other sections cover the graph.
    A graph loaded ``as_of`` a date says so in the heading.

    >>> from orggraph.graph import load_graph
    >>> page = render_report(load_graph(), body="mpct-operations-directorate")
    >>> page.startswith("<!DOCTYPE html>") and "Director of Operations" in page
    True
    """
    body_id = resolve_node(G, body) if body else None
    spans = spans_and_layers(G, body=body_id)
    gaps = cover_gaps(G, body=body_id)
    duals = dual_accountability(G)
    events = changes(G)
    counts = summary(G)
    labels = {r["name"]: r["nodes"] for r in counts if r["category"] == "label"}
    s = spans["summary"]
    cards: list[tuple[str, Any, bool]] = [
        ("posts", labels.get("Post", 0), False), ("bodies", labels.get("Body", 0), False),
        ("relationships", counts[0]["relationships"], False), ("managers", s["managers"], False),
        ("layers", s["layers"], False), ("mean span", s["mean_span"], False),
        ("cover gaps", len(gaps), True),
        ("single points of failure",
         sum(g["gap"] == "single point of failure" for g in gaps), True),
        ("dual accountability", len(duals), True), ("dated changes", len(events), False),
    ]
    scope = []
    if body_id:
        scope.append(f"Spans, chains and cover gaps for {display_name(G, body_id)}")
    if G.graph.get("as_of"):
        scope.append(f"as of {G.graph['as_of']}")
    n_sources = len(G.graph.get("sources", {}))
    subtitle = "; ".join([*scope, f"from {n_sources} source document{'s' * (n_sources != 1)}"])
    sections = [
        _summary_section(counts, cards),
        _spans_section(G, spans),
        _chains_section(G, _chain_posts(spans, duals, body_id)),
        _cover_section(G, gaps),
        _dual_section(G, duals),
        _membership_section(G),
        _changes_section(G, events),
        _sources_section(G, counts),
    ]
    nav = "".join(f'<a href="#{k}">{_e(v)}</a>' for k, v in (
        ("summary", "Summary"), ("spans", "Spans and layers"), ("chains", "Chains"),
        ("cover", "Deputisation cover"), ("dual", "Dual accountability"),
        ("membership", "Boards and committees"), ("changes", "Changes"),
        ("sources", "Sources")))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="generator" content="{MARKER}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Governance report</title>"
        f"<style>{_CSS}</style></head><body>"
        f"<header><h1>Governance report: accountability, spans and cover</h1>"
        f"<p>{_e(subtitle)}</p></header><nav>{nav}</nav>"
        f"<main>{''.join(sections)}</main></body></html>\n"
    )


def report(G: nx.MultiDiGraph, output: str | Path, *, body: str | None = None,
           force: bool = False) -> Path:
    """Write the governance report (see :func:`render_report`) to ``output``; return it.

    Written atomically; an existing file not written by orggraph is replaced only
    with ``force``.

    >>> import tempfile, pathlib
    >>> from orggraph.graph import load_graph
    >>> out = report(load_graph(), pathlib.Path(tempfile.mkdtemp()) / "report.html")
    >>> "Dual accountability" in out.read_text(encoding="utf-8")
    True
    """
    return write_file(output, render_report(G, body=body), force=force)
