"""The governance report: one self-contained HTML page a governance lead can read and print.

Every figure comes from the question library (:mod:`orggraph.queries`) and
:func:`orggraph.browse.summary`; this module only chooses what to show. The page is
rendered by the Jinja template ``orggraph/templates/report.html`` with autoescape on,
so every string from the data is escaped there and nowhere else. Charts are PNG images
embedded as ``data:`` URIs (matplotlib, Agg); the page references nothing outside
itself, so it works offline and prints on A4.

Posts and bodies are named by title or name; an id appears only as a tooltip
(``title``) of the name. Every list is given in full: a table longer than
:data:`MAX_ROWS` shows its first rows and keeps the rest in a collapsible part below,
saying how many there are. The report is a list of sections (:func:`sections`), each a
list of blocks (paragraphs, tables, figures); another module can add a section by
appending one.

>>> from orggraph.graph import load_graph
>>> page = render_report(load_graph())
>>> "Spans and layers" in page and "Deputisation cover" in page
True
"""

from __future__ import annotations

import base64
import datetime as dt
import io
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from .browse import summary
from .graph import display_name, resolve_node
from .model import ACCOUNTABILITY_TYPES
from .output import MARKER, html_templates, write_file
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

__all__ = ["MAX_ROWS", "Section", "render_report", "report", "sections"]

#: Rows shown open per table; the rest are in a collapsible part below it.
MAX_ROWS = 50
#: Posts whose accountability chains are shown.
CHAIN_POSTS = 10

_GAP_CLASS = {"no deputy": "gap-none", "single point of failure": "gap-spof",
              "chair without deputy": "gap-chair"}
_RELATION = {"CHAIRS": "chair", "MEMBER_OF": "member"}

Cell = dict[str, Any]


@dataclass
class Section:
    """One section of the report: an anchor id, a heading and its blocks in order.

    A block is a dict with ``type`` one of ``p``, ``note``, ``cards``, ``table``,
    ``figures``, ``h3`` and ``legend`` (see ``templates/report.html``).
    """

    id: str
    title: str
    blocks: list[dict[str, Any]] = field(default_factory=list)


# --- cells: plain data the template renders -------------------------------------------


def _text(value: Any) -> Cell:
    return {"text": "" if value is None else str(value)}


def _named(G: nx.MultiDiGraph, node: str | None) -> Cell:
    """A post or body by name, its id as the tooltip."""
    if node is None:
        return _text("")
    return {"names": [{"name": display_name(G, node), "id": node}]}


def _names(G: nx.MultiDiGraph, nodes: Iterable[str]) -> Cell:
    return {"names": [{"name": display_name(G, n), "id": n} for n in nodes]}


def _quote(evidence: Any, source: Any) -> dict[str, Any]:
    return {"evidence": str(evidence) if evidence else "", "source": str(source or "")}


def _quotes(items: Iterable[dict[str, Any]]) -> Cell:
    return {"quotes": list(items)}


def _edge_quotes(G: nx.MultiDiGraph, u: str, v: str, types: Iterable[str]) -> list[dict[str, Any]]:
    """The quotes of every relationship u→v of the given types."""
    wanted = set(types)
    found = sorted({(d["type"], str(d.get("source") or ""), str(d.get("evidence") or ""))
                    for d in G.get_edge_data(u, v, default={}).values() if d["type"] in wanted})
    return [_quote(ev, src) for _, src, ev in found]


def _node_quote(G: nx.MultiDiGraph, node: str) -> Cell:
    a = G.nodes[node]
    return _quotes([_quote(a.get("evidence"), a.get("source"))])


def _table(headers: Sequence[str], rows: list[list[Cell]], *, what: str,
           numeric: Iterable[int] = (), classes: Sequence[str] | None = None,
           narrow: bool = False) -> dict[str, Any]:
    """A table block: the first :data:`MAX_ROWS` rows open, the rest collapsible."""
    body = [{"cls": classes[i] if classes else "", "cells": r} for i, r in enumerate(rows)]
    return {"type": "table", "headers": list(headers), "numeric": sorted(numeric),
            "rows": body[:MAX_ROWS], "more": body[MAX_ROWS:], "what": what,
            "narrow": narrow}


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


# --- sections ---------------------------------------------------------------------------


def _summary_section(rows: list[dict[str, Any]], cards: list[tuple[str, Any, bool]]) -> Section:
    kinds = [[_text(r["name"]), _text(r["nodes"])] for r in rows if r["category"] == "body kind"]
    types = [[_text(r["name"]), _text(r["relationships"])] for r in rows
             if r["category"] == "relationship type"]
    return Section("summary", "Summary", [
        {"type": "cards", "cards": [{"label": label, "alert": bool(alert and value),
                                     "value": f"{value:,}" if isinstance(value, int) else value}
                                    for label, value, alert in cards]},
        {"type": "h3", "text": "Bodies by kind"},
        _table(["kind", "bodies"], kinds, numeric=[1], what="kinds", narrow=True),
        {"type": "h3", "text": "Relationships by type"},
        _table(["type", "relationships"], types, numeric=[1], what="types", narrow=True),
    ])


def _spans_section(G: nx.MultiDiGraph, spans: dict[str, Any]) -> Section:
    s, bands, posts = spans["summary"], spans["bands"], spans["posts"]
    by_layer = Counter(r["layer"] for r in posts if r["layer"] is not None)
    figures = [{"src": _bar_chart([b["band"] for b in bands], [b["managers"] for b in bands],
                                  "Span of control distribution", "direct reports", "managers"),
                "caption": "Managers by span band (direct reports)"}]
    if by_layer:
        layers = sorted(by_layer)
        figures.append({"src": _bar_chart([str(x) for x in layers], [by_layer[x] for x in layers],
                                          "Managers by layer", "layer (1 = top)", "managers"),
                        "caption": "Managers by layer (1 is the top)"})
    band_rows = [[_text(b["band"]), _text(b["managers"]),
                  _text(f"{b['share']:.0%}" if b["share"] is not None else "")] for b in bands]
    shown = sorted(posts, key=lambda r: (-r["direct_span"], -r["total_span"], r["id"]))
    rows = [[_named(G, r["id"]), _text(r["layer"]), _text(r["direct_span"]),
             _text(r["total_span"]), _text(r["lines_up"]), _node_quote(G, r["id"])]
            for r in shown]
    widest = ", ".join(f"“{display_name(G, p)}”" for p in s["widest"])
    return Section("spans", "Spans and layers", [
        {"type": "p", "text": f"{s['posts']} posts, {s['managers']} with reports (managers), "
                              f"{s['layers']} layers; mean direct span {s['mean_span']}. Widest "
                              f"span {s['widest_span']}: {widest}. {len(s['span_of_one'])} "
                              "managers have a span of 1."},
        {"type": "figures", "figures": figures},
        {"type": "h3", "text": "Span bands"},
        _table(["band (direct reports)", "managers", "share"], band_rows, numeric=[1, 2],
               what="bands", narrow=True),
        {"type": "h3", "text": "Every manager (widest direct span first)"},
        {"type": "note", "text": "Direct span counts direct reports; total span counts every "
                                 "post beneath once; lines up is how many posts the manager "
                                 "answers to. Evidence is where the source document names the "
                                 "post."},
        _table(["post", "layer", "direct span", "total span", "lines up", "evidence"], rows,
               numeric=[1, 2, 3, 4], what="managers"),
    ])


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


def _chain_table(G: nx.MultiDiGraph, post: str) -> dict[str, Any]:
    steps_by_chain: dict[int, list[dict[str, Any]]] = {}
    for r in chain(G, post):
        steps_by_chain.setdefault(r["chain"], []).append(r)
    rows, classes = [], []
    for number, steps in steps_by_chain.items():
        for prev, step in zip([None, *steps[:-1]], steps, strict=True):
            via = [v for v in (step["via"] or "").split(",") if v]
            quotes = (_quotes(_edge_quotes(G, prev["id"], step["id"], via)) if prev is not None
                      else _node_quote(G, step["id"]))
            place = _named(G, step["id"])
            if step["crosses"]:
                place["tag"] = {"text": "crosses organisation", "cls": "warn"}
            org = step["organisation"]
            rows.append([_text(number), _text(step["step"]), place, _text(", ".join(via)),
                         _named(G, org) if org in G else _text(org), quotes])
            classes.append("crosses" if step["crosses"] else "")
    return _table(["chain", "step", "post or body", "via", "organisation", "evidence"], rows,
                  numeric=[0, 1], classes=classes, what="steps")


def _chains_section(G: nx.MultiDiGraph, posts: list[str]) -> Section:
    blocks: list[dict[str, Any]] = [{"type": "note", "text": (
        "Chains of the posts with dual lines (cross-organisation first), then of the managers "
        "deepest in the hierarchy. Step 0 is the post itself; each step up shows the "
        "relationship and its quote. Shaded steps cross into another organisation.")}]
    for p in posts:
        blocks += [{"type": "h3", "text": display_name(G, p), "id": p}, _chain_table(G, p)]
    if not posts:
        blocks.append({"type": "note", "text": "No posts with lines."})
    return Section("chains", "Accountability chains", blocks)


def _cover_rows(G: nx.MultiDiGraph, gaps: list[dict[str, Any]]
                ) -> tuple[list[list[Cell]], list[str], int]:
    covered = sorted({v for _, v, t in G.edges(data="type") if t == "DEPUTISES_FOR"})
    deputising = {u for u, _, t in G.edges(data="type") if t == "DEPUTISES_FOR"}
    heads = [p for p in covered if p not in deputising] or covered
    spof = {g["post_id"] for g in gaps if g["gap"] == "single point of failure"}
    rows, classes = [], []
    for head in heads:
        for r in deputies(G, head):
            has_cover = any(t == "DEPUTISES_FOR" for _, _, t in G.in_edges(r["id"], data="type"))
            flags = [{"text": "cycle", "cls": ""}] if r["cycle"] else []
            if not has_cover:
                flags.append({"text": "no cover beneath", "cls": "warn"})
            rows.append([_named(G, head), _text(r["depth"]), _named(G, r["id"]),
                         _named(G, r["covers_id"]), {"tags": flags},
                         _quotes(_edge_quotes(G, r["id"], r["covers_id"], ["DEPUTISES_FOR"]))])
            classes.append("gap-spof" if r["covers_id"] in spof else "")
    return rows, classes, len(covered)


def _only_deputy(G: nx.MultiDiGraph, post: str) -> str | None:
    return next((u for u, _, t in G.in_edges(post, data="type") if t == "DEPUTISES_FOR"), None)


def _gap_row(G: nx.MultiDiGraph, g: dict[str, Any]) -> list[Cell]:
    reason = g["reason"]
    if g["gap"] == "chair without deputy":
        quotes = _quotes(_edge_quotes(G, g["post_id"], g["id"], ["CHAIRS"]))
    elif g["gap"] == "single point of failure":
        only = _only_deputy(G, g["post_id"])
        quotes = (_quotes(_edge_quotes(G, only, g["post_id"], ["DEPUTISES_FOR"])) if only
                  else _node_quote(G, g["post_id"]))
        if only:
            reason = f"its only deputy, {display_name(G, only)}, has no deputy"
    else:
        quotes = _node_quote(G, g["post_id"])
    tag = {"text": g["gap"], "cls": "bad" if g["gap"] != "no deputy" else "warn"}
    chair = _named(G, g["post_id"]) if g["post_id"] != g["id"] else _text("")
    return [{"tags": [tag]}, _named(G, g["id"]), chair, _text(reason), quotes]


def _cover_section(G: nx.MultiDiGraph, gaps: list[dict[str, Any]]) -> Section:
    rows, classes, covered = _cover_rows(G, gaps)
    counts = Counter(g["gap"] for g in gaps)
    rank = {"chair without deputy": 0, "single point of failure": 1}
    gaps = sorted(gaps, key=lambda g: rank.get(g["gap"], 2))  # the worst first; stable
    count_text = ", ".join(f"{n} {k}" for k, n in sorted(counts.items())) or "none"
    return Section("cover", "Deputisation cover", [
        {"type": "p", "text": f"{covered} posts have a named deputy. Cover gaps: {len(gaps)} "
                              f"({count_text})."},
        {"type": "h3", "text": "Who covers, and who covers the cover"},
        {"type": "note", "text": "Depth 1 deputises for the post itself, depth 2 covers the "
                                 "deputy, and so on. Shaded rows cover a post whose only deputy "
                                 "has no deputy."},
        _table(["post", "depth", "deputy", "covers", "flags", "evidence"], rows, numeric=[1],
               classes=classes, what="cover rows"),
        {"type": "h3", "text": "Cover gaps"},
        {"type": "legend", "entries": [("gap-spof", "single point of failure"),
                                     ("gap-none", "no deputy"),
                                     ("gap-chair", "chair without deputy")]},
        {"type": "note", "text": "For a post with no deputy the quote is where the document "
                                 "names the post; for a single point of failure, the only "
                                 "deputy's line; for a chair, the chairing."},
        _table(["gap", "post or body", "chair", "reason", "evidence"],
               [_gap_row(G, g) for g in gaps],
               classes=[_GAP_CLASS.get(g["gap"], "") for g in gaps], what="gaps"),
    ])


def _dual_section(G: nx.MultiDiGraph, duals: list[dict[str, Any]]) -> Section:
    rows, classes = [], []
    for r in sorted(duals, key=lambda r: (not r["cross_organisation"], r["id"])):
        quotes = [q for x in r["lines"] for q in _edge_quotes(G, r["id"], x, ACCOUNTABILITY_TYPES)]
        flag = [{"text": "cross-organisation", "cls": "bad"}] if r["cross_organisation"] else []
        rows.append([_named(G, r["id"]), _names(G, r["lines"]),
                     _names(G, [o for o in r["organisations"] if o in G]), {"tags": flag},
                     _quotes(quotes)])
        classes.append("crosses" if r["cross_organisation"] else "")
    cross = sum(r["cross_organisation"] for r in duals)
    return Section("dual", "Dual accountability", [
        {"type": "p", "text": f"{len(duals)} posts answer to more than one post or body; "
                              f"{cross} of them into different organisations."},
        _table(["post", "answers to", "organisations", "flag", "evidence"], rows,
               classes=classes, what="posts"),
    ])


def _membership_section(G: nx.MultiDiGraph) -> Section:
    seats = Counter(v for _, v, t in G.edges(data="type") if t in ("MEMBER_OF", "CHAIRS"))
    holders = Counter(u for u, _, t in G.edges(data="type")
                      if t in ("MEMBER_OF", "CHAIRS") and G.nodes[u]["label"] == "Post")
    bodies = sorted(seats, key=lambda b: (-seats[b], b))
    blocks: list[dict[str, Any]] = [{"type": "p", "text": (
        f"{len(bodies)} bodies have members or chairs; {len(holders)} posts hold seats.")}]
    for b in bodies:
        rows = [[_named(G, r["id"]), _text(_RELATION.get(r["relation"], r["relation"])),
                 _text(r["role"]), _quotes([_quote(r["evidence"], r["source"])])]
                for r in members(G, b)]
        kind = G.nodes[b].get("kind") or ""
        blocks += [{"type": "h3", "text": display_name(G, b) + (f" ({kind})" if kind else ""),
                    "id": b},
                   _table(["member", "relation", "role", "evidence"], rows, what="members")]
    seat_rows = []
    for p in [p for p, _ in sorted(holders.items(), key=lambda x: (-x[1], x[0]))]:
        rs = memberships(G, p)
        seats_cell = {"names": [{"name": display_name(G, r["id"]) + (f" ({r['role']})" if r["role"]
                                                                     else "")
                                 + (" (chair)" if r["relation"] == "CHAIRS" else ""),
                                 "id": r["id"]} for r in rs]}
        seat_rows.append([_named(G, p), _text(len(rs)), seats_cell,
                          _quotes([_quote(r["evidence"], r["source"]) for r in rs])])
    blocks += [{"type": "h3", "text": "Posts by seats held (most first)"},
               _table(["post", "seats", "bodies", "evidence"], seat_rows, numeric=[1],
                      what="posts with seats")]
    return Section("membership", "Boards and committees", blocks)


def _changes_section(events: list[dict[str, Any]]) -> Section:
    rows = [[_text(r["date"]), _text(r["event"]), _text(r["kind"]), _text(r["name"]),
             _quotes([_quote(r["evidence"], r["source"])])] for r in events]
    return Section("changes", "Dated changes", [
        {"type": "p", "text": f"{len(events)} dated events (a start is a valid-from, an end a "
                              "valid-to date in the documents)."},
        _table(["date", "event", "kind", "what", "evidence"], rows, what="events"),
    ])


def _notes_section(G: nx.MultiDiGraph) -> Section:
    rows = [[_named(G, n), _text(a.get("kind") or str(a["label"]).lower()), _text(a["note"]),
             _quotes([_quote(a.get("evidence"), a.get("source"))])]
            for n, a in sorted(G.nodes(data=True)) if a.get("note")]
    rows += [[{"names": [{"name": f"{display_name(G, u)} {a['type']} {display_name(G, v)}",
                          "id": f"{u} {a['type']} {v}"}]}, _text("relationship"),
              _text(a["note"]), _quotes([_quote(a.get("evidence"), a.get("source"))])]
             for u, v, a in G.edges(data=True) if a.get("note")]
    return Section("notes", "Notes in the sources", [
        {"type": "note", "text": "What the data's authors noted beside a post, body or "
                                 "relationship: a caveat, a count, an open question."},
        _table(["post, body or relationship", "kind", "note", "evidence"], rows, what="notes"),
    ])


def _sources_section(G: nx.MultiDiGraph, rows: list[dict[str, Any]]) -> Section:
    counts = {r["name"]: r for r in rows if r["category"] == "source"}
    table = []
    for sid, s in sorted(G.graph.get("sources", {}).items()):
        c = counts.get(sid, {})
        table.append([{"text": str(s.get("title") or sid), "anchor": sid}, _text(s.get("file")),
                      _text(s.get("published")), _text(c.get("nodes")),
                      _text(c.get("relationships")), _text(sid)])
    return Section("sources", "Source documents", [
        {"type": "note", "text": "Every quote in this report links here to the document it "
                                 "comes from (files in data/sources/)."},
        _table(["title", "file", "published", "nodes", "relationships", "id"], table,
               numeric=[3, 4], what="sources"),
    ])


def _coverage_rows(G: nx.MultiDiGraph, passages: list[dict[str, Any]]) -> list[list[Cell]]:
    """One row per relation-bearing passage: where, what, and what covers it."""
    rows = []
    for p in passages:
        recorded = [f"{display_name(G, r['from']) if r['from'] in G else r['from']} "
                    f"{r['type']} {display_name(G, r['to']) if r['to'] in G else r['to']}"
                    for r in p["records"]]
        waiver = p["waiver"]["reason"] if p["waiver"] else ""
        rows.append([_text(p["line"]), _text(p["kind"]), _text(p["status"]), _text(p["text"]),
                     {"names": [{"name": r, "id": ""} for r in recorded]} if recorded
                     else _text(waiver)])
    return rows


def _coverage_section(G: nx.MultiDiGraph, coverage: Sequence[Mapping[str, Any]]) -> Section:
    """Per source: how many of its passages that state a relationship the data records,
    waives with a reason, or leaves uncovered (``orggraph coverage``), then each passage."""
    blocks: list[dict[str, Any]] = [
        {"type": "note", "text": "Every sentence, list item and labelled field of a source "
                                 "that states a relationship is recorded (a relationship "
                                 "quotes it), waived (the data says why it is not recorded) "
                                 "or uncovered."},
        _table(["source", "passages", "recorded", "waived", "uncovered"],
               [[{"text": str(c["title"] or c["source"]), "anchor": str(c["source"])},
                 _text(c["found"]), _text(c["recorded"]), _text(c["waived"]),
                 _text(c["uncovered"])] for c in coverage],
               numeric=[1, 2, 3, 4], what="totals per source",
               classes=["gap" if c["uncovered"] else "" for c in coverage])]
    for c in coverage:
        blocks.append({"type": "h3", "text": str(c["title"] or c["source"])})
        blocks.append(_table(["line", "kind", "status", "passage", "recorded as, or waived as"],
                             _coverage_rows(G, c["passages"]), numeric=[0],
                             what="passages"))
    return Section("coverage", "Coverage of the sources", blocks)


def _cards(G: nx.MultiDiGraph, counts: list[dict[str, Any]], spans: dict[str, Any],
           gaps: list[dict[str, Any]], duals: list[Any], events: list[Any]
           ) -> list[tuple[str, Any, bool]]:
    labels = {r["name"]: r["nodes"] for r in counts if r["category"] == "label"}
    s = spans["summary"]
    return [
        ("posts", labels.get("Post", 0), False), ("bodies", labels.get("Body", 0), False),
        ("relationships", counts[0]["relationships"], False), ("managers", s["managers"], False),
        ("layers", s["layers"], False), ("mean span", s["mean_span"], False),
        ("cover gaps", len(gaps), True),
        ("single points of failure",
         sum(g["gap"] == "single point of failure" for g in gaps), True),
        ("dual accountability", len(duals), True), ("dated changes", len(events), False),
    ]


def sections(G: nx.MultiDiGraph, *, body: str | None = None,
             coverage: Sequence[Mapping[str, Any]] | None = None) -> list[Section]:
    """The report's sections in order (``body``: an id, as :func:`render_report` takes;
    ``coverage``: :func:`orggraph.coverage.coverage_data` of the graph's data, which
    adds its section)."""
    spans = spans_and_layers(G, body=body)
    gaps = cover_gaps(G, body=body)
    duals = dual_accountability(G)
    events = changes(G)
    counts = summary(G)
    return _label_tables([
        _summary_section(counts, _cards(G, counts, spans, gaps, duals, events)),
        _spans_section(G, spans),
        _chains_section(G, _chain_posts(spans, duals, body)),
        _cover_section(G, gaps),
        _dual_section(G, duals),
        _membership_section(G),
        _changes_section(events),
        _notes_section(G),
        *([_coverage_section(G, coverage)] if coverage else []),
        _sources_section(G, counts),
    ])


def _label_tables(report: list[Section]) -> list[Section]:
    """Give every table a name of its own (the heading above it), as screen readers list them."""
    seen: Counter[str] = Counter()
    for s in report:
        heading = s.title
        for b in s.blocks:
            if b["type"] == "h3":
                heading = b["text"]
            elif b["type"] == "table":
                label = f"{heading}: {b['what']}"
                seen[label] += 1
                b["label"] = label if seen[label] == 1 else f"{label} ({seen[label]})"
    return report


def render_report(G: nx.MultiDiGraph, *, body: str | None = None,
                  generated: dt.datetime | None = None,
                  coverage: Sequence[Mapping[str, Any]] | None = None) -> str:
    """The governance report of a graph as one self-contained HTML page.

    ``body`` (an id or name) limits spans and layers, chains and cover gaps to the
    posts in that body and the bodies within it; the other sections cover the graph.
    The page states when it was made (``generated``, default now) and the as-of date
    the graph was loaded for. ``coverage`` (what :func:`orggraph.coverage.coverage_data`
    returns for the graph's data) adds a section on what the sources state and the
    data records.

    >>> from orggraph.graph import load_graph
    >>> page = render_report(load_graph(), body="mpct-operations-directorate")
    >>> page.startswith("<!DOCTYPE html>") and "Director of Operations" in page
    True
    """
    body_id = resolve_node(G, body) if body else None
    n_sources = len(G.graph.get("sources", {}))
    when = (generated or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%d %H:%M UTC")
    template = html_templates().get_template("report.html")
    return str(template.render(
        marker=MARKER, sections=sections(G, body=body_id, coverage=coverage),
        generated=when,
        as_of=G.graph.get("as_of"), body_name=display_name(G, body_id) if body_id else None,
        n_sources=n_sources, source_titles={s: str(d.get("title") or s) for s, d in
                                            G.graph.get("sources", {}).items()})) + "\n"


def report(G: nx.MultiDiGraph, output: str | Path, *, body: str | None = None,
           force: bool = False, coverage: Sequence[Mapping[str, Any]] | None = None) -> Path:
    """Write the governance report (see :func:`render_report`) to ``output``; return it.

    Written atomically; an existing file not written by orggraph is replaced only
    with ``force``.

    >>> import tempfile, pathlib
    >>> from orggraph.graph import load_graph
    >>> out = report(load_graph(), pathlib.Path(tempfile.mkdtemp()) / "report.html")
    >>> "Dual accountability" in out.read_text(encoding="utf-8")
    True
    """
    return write_file(output, render_report(G, body=body, coverage=coverage), force=force)
