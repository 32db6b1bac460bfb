"""Interactive charts: one self-contained, offline HTML page per graph.

The page opens on an **org chart**: one tidy tree of accountability per
organisation, each post a card (title, holder, body, grade, span and layer), subtrees
that open and close with their counts, wide levels wrapped into compact columns,
deputies attached to the card of the post they cover, a second line up named with
its organisation, and the posts with no stated line listed in their own panel. A
**network** view draws every relationship type on a grid whose lines run only in
the gutters between rows and columns, so no line crosses a node it does not join;
each type has its own colour and dash pattern. Both views, the search, the details
panel and the text view are plain JavaScript and SVG written into the page
(``orggraph/templates/chart.html``): nothing is fetched, so the page opens from disk.

This module decides *what* is drawn (nodes, relationships, each post's place in its
organisation's tree, from the question library's spans and layers); the page lays
it out. Every string from the data reaches the page as JSON inside a
``<script type="application/json">`` block (``<``, ``>`` and ``&`` escaped) and is
put on the page with ``textContent``, so a title such as
``<img src=x onerror=alert(1)>`` shows as text and runs nothing.

>>> from orggraph.graph import load_graph
>>> html = chart(load_graph(), focus="ICB Executive Medical Director", depth=1)
>>> html.startswith("<!DOCTYPE html>") and MARKER in html[:4096]
True
>>> "<script src=" in html or "<link" in html
False
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from .errors import OrggraphError
from .graph import display_name, resolve_node
from .model import ACCOUNTABILITY_TYPES, ORGANISATION_KINDS, VOCABULARY, Label
from .output import MARKER, html_templates, write_file
from .queries._common import body_posts, organisation_of, parse_relations
from .queries.structure import PostStructure, post_structure

__all__ = ["DETAIL_BLOCK", "EDGE_STYLES", "LAYOUTS", "chart", "chart_data", "contrast_ratio",
           "packed", "viz"]

#: The views :func:`chart` opens on: the org chart, or the network of every type.
LAYOUTS = ("hierarchy", "network")

_ORG_COLOURS = ("#1b5e94", "#a8322a", "#22704a", "#6f3a91", "#9c4a00", "#0f6e66",
                "#7a6400", "#2c3e50", "#a0154f", "#4a5866", "#6d4c41", "#006d7a")
_NO_ORG_COLOUR = "#5f6b76"
_LINE_COLOURS = ("#111827", "#4b5563", "#1d4ed8", "#b45309", "#047857", "#7c3aed",
                 "#be185d", "#0e7490", "#b91c1c", "#4d7c0f", "#6b21a8", "#9a3412",
                 "#1e40af", "#a21caf", "#166534", "#92400e")
_DASHES = ("", "10 4", "3 3", "12 4 3 4", "7 7", "1.5 4", "16 5", "5 2", "12 3 3 3 3 3",
           "2 7", "20 4 4 4", "8 3 1.5 3", "4 8", "14 3 1.5 3 1.5 3", "6 3 6 8", "1 2")

_GOVERNANCE_KINDS = frozenset({"board", "committee", "assembly", "council", "panel",
                               "advisory-group", "working-group", "forum", "network",
                               "partnership", "programme"})


def contrast_ratio(colour: str, background: str = "#ffffff") -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colours.

    >>> round(contrast_ratio("#000000"), 1)
    21.0
    """
    def luminance(c: str) -> float:
        rgb = [int(c[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [x / 12.92 if x <= 0.04045 else ((x + 0.055) / 1.055) ** 2.4 for x in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((luminance(colour), luminance(background)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _edge_styles() -> dict[str, dict[str, Any]]:
    """Colour, dash pattern and width of every relationship type, in vocabulary order."""
    return {name: {"colour": _LINE_COLOURS[i], "dash": _DASHES[i], "phrases": rel.phrases,
                   "width": 2.5 if rel.accountability else 1.75}
            for i, (name, rel) in enumerate(VOCABULARY.items())}


#: Each relationship type's colour (at least 3:1 on white), SVG dash pattern and width.
EDGE_STYLES = _edge_styles()


def _kind_group(attrs: dict[str, Any]) -> str:
    if attrs["label"] == Label.POST:
        return "post"
    if attrs["label"] == Label.PERSON:
        return "person"
    kind = attrs.get("kind")
    if kind in ORGANISATION_KINDS:
        return "organisation"
    return "governance" if kind in _GOVERNANCE_KINDS else "unit"


def _natural(text: str) -> tuple[Any, ...]:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text))


# --- what to draw ---------------------------------------------------------------------


def _neighbours(G: nx.MultiDiGraph, n: str) -> Iterable[tuple[str, str]]:
    for _, v, t in G.out_edges(n, data="type"):
        yield v, t
    for u, _, t in G.in_edges(n, data="type"):
        yield u, t


def _body_scope(G: nx.MultiDiGraph, body: str) -> set[str]:
    b = resolve_node(G, body)
    if G.nodes[b]["label"] != Label.BODY:
        raise OrggraphError(f"body {body!r} is not a body")
    bodies, todo = {b}, [b]
    while todo:
        for u, _, t in G.in_edges(todo.pop(), data="type"):
            if t == "PART_OF" and u not in bodies:
                bodies.add(u)
                todo.append(u)
    scope = bodies | body_posts(G, b)
    return scope | {u for p in list(scope) for u, _, t in G.in_edges(p, data="type")
                    if t == "HOLDS"}


def _scope(G: nx.MultiDiGraph, focus: str | None, depth: int, body: str | None,
           types: tuple[str, ...]) -> set[str]:
    scope = set(G) if body is None else _body_scope(G, body)
    if focus is None:
        return scope
    if depth < 0:
        raise OrggraphError(f"depth must be 0 or more, not {depth}")
    f = resolve_node(G, focus)
    wanted = set(types)
    seen, frontier = {f}, [f]
    for _ in range(depth):
        nxt = []
        for n in frontier:
            for m, t in _neighbours(G, n):
                if t in wanted and m not in seen and m in scope:
                    seen.add(m)
                    nxt.append(m)
        frontier = nxt
    return seen


def _drawn(G: nx.MultiDiGraph, scope: set[str], types: tuple[str, ...],
           focus: str | None) -> tuple[list[str], list[tuple[str, str, dict[str, Any]]]]:
    wanted = set(types)
    edges = [(u, v, a) for u, v, a in G.edges(data=True)
             if a["type"] in wanted and u in scope and v in scope]
    nodes = {n for n in scope if G.nodes[n]["label"] == Label.POST}
    nodes |= {n for u, v, _ in edges for n in (u, v)}
    if focus is not None:
        nodes.add(resolve_node(G, focus))
    edges = [(u, v, a) for u, v, a in edges if u in nodes and v in nodes]
    return sorted(nodes, key=_natural), edges


def _when(attrs: dict[str, Any]) -> str | None:
    start, end = attrs.get("valid_from"), attrs.get("valid_to")
    if start and end:
        return f"{start} to {end}"
    if start:
        return f"from {start}"
    return f"until {end}" if end else None


def _organisations(G: nx.MultiDiGraph, nodes: list[str]
                   ) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The organisations drawn (by name; "no organisation" last) and each node's index."""
    org: dict[str, str | None] = {}
    for n in nodes:
        if G.nodes[n]["label"] == Label.PERSON:
            held = sorted(v for _, v, t in G.out_edges(n, data="type") if t == "HOLDS")
            org[n] = organisation_of(G, held[0]) if held else None
        else:
            org[n] = organisation_of(G, n)
    names = sorted({o for o in org.values() if o is not None},
                   key=lambda o: display_name(G, o).casefold())
    order: list[str | None] = [*names, None] if None in org.values() else list(names)
    index = {o: i for i, o in enumerate(order)}
    rows = [{"id": o, "name": display_name(G, o) if o else "no organisation stated",
             "colour": _ORG_COLOURS[i % len(_ORG_COLOURS)] if o else _NO_ORG_COLOUR}
            for i, o in enumerate(order)]
    return rows, {n: index[o] for n, o in org.items()}


def _first_by(G: nx.MultiDiGraph, nodes: Iterable[str], rel_type: str) -> dict[str, str]:
    """For each node, the smallest id it points to by ``rel_type`` (its body, its parent)."""
    out: dict[str, str] = {}
    for n in nodes:
        for _, v, t in G.out_edges(n, data="type"):
            if t == rel_type and (n not in out or v < out[n]):
                out[n] = v
    return out


def _node_rows(G: nx.MultiDiGraph, nodes: list[str], org_of: dict[str, int],
               sources: dict[str, int], spans: dict[str, PostStructure]
               ) -> list[dict[str, Any]]:
    """One row per drawn node. A post's ``sp`` is the span engine's figures for it
    (:func:`orggraph.queries.structure.post_structure`, as ``span_of_control`` and
    ``spans_and_layers`` report them): direct span, total span, layer (0: no line
    reaches a top post) and layers beneath."""
    index = {n: i for i, n in enumerate(nodes)}
    body_of = _first_by(G, nodes, "POST_IN")
    holders: dict[str, list[str]] = defaultdict(list)
    for u, v, t in G.edges(data="type"):
        if t == "HOLDS" and v in index:
            holders[v].append(display_name(G, u))
    rows = []
    for n in nodes:
        a = G.nodes[n]
        row: dict[str, Any] = {"id": n, "n": display_name(G, n), "k": _kind_group(a),
                               "o": org_of[n], "ev": str(a.get("evidence") or ""),
                               "s": sources.get(str(a.get("source")), -1)}
        if n in body_of:
            row["b"] = display_name(G, body_of[n])
        names = [str(a[k]) for k in ("abbreviation",) if a.get(k)]
        names += [str(x) for x in a.get("aliases", ())]
        optional = {"a": names, "h": sorted(holders.get(n, ())), "g": a.get("grade"),
                    "kd": a.get("kind"), "hc": a.get("headcount"), "v": _when(a),
                    "no": a.get("note")}
        row.update({k: v for k, v in optional.items() if v})
        if n in spans:
            s = spans[n]
            row["sp"] = [s.direct, s.total, s.layer or 0, s.height]
        rows.append(row)
    return rows


def _edge_rows(edges: list[tuple[str, str, dict[str, Any]]], index: dict[str, int],
               types: list[str], sources: dict[str, int]) -> list[dict[str, Any]]:
    type_index = {t: i for i, t in enumerate(types)}
    rows = []
    for u, v, a in edges:
        row: dict[str, Any] = {"f": index[u], "t": index[v], "y": type_index[a["type"]],
                               "ev": str(a.get("evidence") or ""),
                               "s": sources.get(str(a.get("source")), -1)}
        optional = {"r": a.get("role"), "no": a.get("note"), "v": _when(a)}
        row.update({k: str(x) for k, x in optional.items() if x})
        rows.append(row)
    return rows


def _lines_up(G: nx.MultiDiGraph, n: str, index: dict[str, int]) -> list[str]:
    """The drawn posts and bodies ``n`` answers to, in natural order."""
    return sorted({v for _, v, t in G.out_edges(n, data="type")
                   if t in ACCOUNTABILITY_TYPES and v in index and v != n}, key=_natural)


def _hangs_under(G: nx.MultiDiGraph, n: str, lines: list[str], org_of: dict[str, int],
                 layer: dict[str, int]) -> str | None:
    """The post ``n`` hangs under in its tree: a line up to a post of its own
    organisation (the nearest layer, then natural order), if any. The layer may be
    n's own when n's shortest line to the top runs through another organisation;
    lines of accountability have no cycle (validation refuses one), so the tree has none.
    """
    mine = layer.get(n)
    if mine is None:
        return None
    parents = [v for v in lines if G.nodes[v]["label"] == Label.POST
               and org_of[v] == org_of[n] and v in layer and layer[v] <= mine]
    return min(parents, key=lambda v: (layer[v], _natural(v))) if parents else None


def _tree(G: nx.MultiDiGraph, nodes: list[str], org_of: dict[str, int],
          layer: dict[str, int]) -> dict[str, dict[int, Any]]:
    """Each post's place in its organisation's tree, by node index.

    ``up``: the post it hangs under (see :func:`_hangs_under`); ``also``: its other
    lines up (posts and bodies, any organisation); ``dep``: the posts it deputises for.
    """
    index = {n: i for i, n in enumerate(nodes)}
    up: dict[int, int] = {}
    also: dict[int, list[int]] = {}
    dep: dict[int, list[int]] = {}
    for n in (n for n in nodes if G.nodes[n]["label"] == Label.POST):
        i, lines = index[n], _lines_up(G, n, index)
        parent = _hangs_under(G, n, lines, org_of, layer)
        if parent is not None:
            up[i] = index[parent]
        others = [index[v] for v in lines if v != parent]
        covers = sorted({index[v] for _, v, t in G.out_edges(n, data="type")
                         if t == "DEPUTISES_FOR" and v in index and v != n
                         and G.nodes[v]["label"] == Label.POST})
        if others:
            also[i] = others
        if covers:
            dep[i] = covers
    return {"up": up, "also": also, "dep": dep}


def chart_data(G: nx.MultiDiGraph, *, focus: str | None = None, depth: int = 1,
               body: str | None = None, relations: str | Iterable[str] | None = None,
               layout: str = "hierarchy", title: str | None = None) -> dict[str, Any]:
    """What :func:`chart` puts on the page, as plain data (see the module's docstring).

    >>> from orggraph.graph import load_graph
    >>> d = chart_data(load_graph("tests/fixtures/tiny"))
    >>> [n["n"] for n in d["nodes"] if n["k"] == "post"][:2]
    ['Chief Executive', 'Deputy Director of Care']
    """
    if layout not in LAYOUTS:
        raise OrggraphError(f"unknown layout {layout!r}; choose from {', '.join(LAYOUTS)}")
    types = parse_relations(relations, tuple(VOCABULARY))
    types = tuple(t for t in VOCABULARY if t in types)  # vocabulary order
    scope = _scope(G, focus, depth, body, types)
    nodes, edges = _drawn(G, scope, types, focus)
    orgs, org_of = _organisations(G, nodes)
    source_ids = sorted(G.graph.get("sources", {}))
    sources = {s: i for i, s in enumerate(source_ids)}
    structure = post_structure(G)  # the span engine: every post's span and layers
    spans = {n: structure[n] for n in nodes if n in structure}
    layer = {n: s.layer for n, s in spans.items() if s.layer is not None}
    index = {n: i for i, n in enumerate(nodes)}
    return {
        "title": title or _default_title(G, focus, depth, body, layout),
        "layout": layout,
        "asOf": G.graph.get("as_of"),
        "generated": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nodes": _node_rows(G, nodes, org_of, sources, spans),
        "edges": _edge_rows(edges, index, list(types), sources),
        "orgs": orgs,
        "sources": [_source_text(G, s) for s in source_ids],
        "types": [{"type": t, **EDGE_STYLES[t],
                   "accountability": VOCABULARY[t].accountability} for t in types],
        "tree": _tree(G, nodes, org_of, layer),
    }


def _source_text(G: nx.MultiDiGraph, source: str) -> str:
    d = G.graph["sources"][source]
    return f"{d.get('title', source)} ({d.get('file', source)})"


def _default_title(G: nx.MultiDiGraph, focus: str | None, depth: int, body: str | None,
                   layout: str) -> str:
    parts = ["Accountability chart" if layout == "hierarchy" else "Relationship network"]
    if body is not None:
        parts.append(f"of {display_name(G, resolve_node(G, body))}")
    if focus is not None:
        parts.append(f"around {display_name(G, resolve_node(G, focus))} (depth {depth})")
    return " ".join(parts)


# --- the page's data, compact -----------------------------------------------------------

#: Nodes (and relationships) per block of details the page decodes when first asked.
DETAIL_BLOCK = 2048
_KINDS = ("post", "organisation", "governance", "unit", "person")
_STRING_KEYS = ("n", "b", "g", "kd")  # one string each, through the page's string table


class _Strings:
    """A table of the distinct strings of the page; each value is stored once."""

    def __init__(self) -> None:
        self.table: list[str] = []
        self.index: dict[str, int] = {}

    def __call__(self, text: str | None) -> int:
        if text is None:
            return -1
        i = self.index.get(text)
        if i is None:
            i = self.index[text] = len(self.table)
            self.table.append(text)
        return i


def _packed_nodes(rows: list[dict[str, Any]], strings: _Strings) -> dict[str, Any]:
    """Nodes as columns; lists (aliases, holders) only for the nodes that have them;
    ``sp`` four numbers a node (the engine's direct, total, layer, layers beneath;
    -1 for a node that is not a post)."""
    cols: dict[str, Any] = {"id": [r["id"] for r in rows],
                            "k": [_KINDS.index(r["k"]) for r in rows],
                            "o": [r["o"] for r in rows]}
    for key in _STRING_KEYS:
        cols[key] = [strings(r.get(key)) for r in rows]
    for key in ("a", "h"):
        cols[key] = {i: [strings(x) for x in r[key]] for i, r in enumerate(rows) if key in r}
    cols["sp"] = [x for r in rows for x in r.get("sp", (-1, -1, -1, -1))]
    return cols


def _details(rows: list[dict[str, Any]], keys: tuple[str, ...]) -> list[list[Any]]:
    """What only the details panel and tooltips show (evidence, source, note, dates…),
    one short list a row, decoded by the page when first asked."""
    out = []
    for r in rows:
        row = [r.get(k) for k in keys]
        while row and row[-1] is None:
            row.pop()
        out.append(row)
    return out


def packed(data: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """:func:`chart_data` as the page holds it: columns, a shared string table, and the
    details in blocks of :data:`DETAIL_BLOCK` rows (``{"n": nodes, "e": relationships}``).

    >>> from orggraph.graph import load_graph
    >>> main, blocks = packed(chart_data(load_graph("tests/fixtures/tiny")))
    >>> "Chief Executive" in main["str"] and len(blocks[0]["n"]) == len(main["nodes"]["id"])
    True
    """
    strings = _Strings()
    nodes, edges = data["nodes"], data["edges"]
    main = {k: v for k, v in data.items() if k not in ("nodes", "edges")}
    main["nodes"] = _packed_nodes(nodes, strings)
    main["edges"] = {k: [e[k] for e in edges] for k in ("f", "t", "y")}
    main["edges"]["r"] = {i: strings(e["r"]) for i, e in enumerate(edges) if "r" in e}
    main["str"], main["kinds"], main["block"] = strings.table, _KINDS, DETAIL_BLOCK
    up = [-1] * len(nodes)  # the post each node hangs under, as a dense list
    for child, parent in data["tree"]["up"].items():
        up[child] = parent
    main["tree"] = {**data["tree"], "up": up}
    node_detail = _details(nodes, ("ev", "s", "no", "v", "hc"))
    edge_detail = _details(edges, ("ev", "s", "no", "v"))
    count = max(len(node_detail), len(edge_detail)) // DETAIL_BLOCK + 1
    blocks = [{"n": node_detail[b * DETAIL_BLOCK:(b + 1) * DETAIL_BLOCK],
               "e": edge_detail[b * DETAIL_BLOCK:(b + 1) * DETAIL_BLOCK]} for b in range(count)]
    main["blocks"] = len(blocks)
    return main, blocks


# --- the page -------------------------------------------------------------------------


def _json_for_script(data: Any) -> str:
    """JSON safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` survives.

    >>> _json_for_script({"t": "</script><b>&"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                       ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, code)
    return text


def _gzip_base64(data: Any) -> str:
    """JSON, gzip'd (no timestamp: the same data makes the same page) and in base64,
    which has no character HTML could read as markup; the page inflates it with the
    browser's own ``DecompressionStream``.

    >>> _gzip_base64([1])[:8]
    'H4sIAAAA'
    """
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    return base64.b64encode(gzip.compress(raw, mtime=0)).decode("ascii")


def chart(G: nx.MultiDiGraph, *, focus: str | None = None, depth: int = 1,
          body: str | None = None, relations: str | Iterable[str] | None = None,
          layout: str = "hierarchy", title: str | None = None) -> str:
    """The complete, self-contained HTML page charting ``G``.

    ``focus`` and ``depth`` draw the neighbourhood of one node (over the chosen
    relationship types), ``body`` the posts and bodies of one body; ``relations``
    chooses the relationship types drawn (default: every type; the org chart uses the
    lines and deputies among them); ``layout`` the view the page opens on
    (``hierarchy``: the org chart; ``network``); ``title`` heads the page.

    >>> from orggraph.graph import load_graph
    >>> page = chart(load_graph("tests/fixtures/tiny"), title="<Tiny & co>")
    >>> "<h1 id=\\"chart-title\\">&lt;Tiny &amp; co&gt;</h1>" in page
    True
    """
    import markupsafe

    data = chart_data(G, focus=focus, depth=depth, body=body, relations=relations,
                      layout=layout, title=title)
    template = html_templates().get_template("chart.html")
    main, blocks = packed(data)
    data_json = markupsafe.Markup(_json_for_script(main))  # noqa: S704 - escaped above
    details = [_gzip_base64(b) for b in blocks]
    return str(template.render(marker=MARKER, title=data["title"], data_json=data_json,
                               details=details, as_of=data["asOf"],
                               generated=data["generated"]))


def viz(G: nx.MultiDiGraph, output: str | Path, *, force: bool = False,
        **chart_options: Any) -> Path:
    """Write :func:`chart` of ``G`` to ``output`` (atomically); return the path.

    >>> import tempfile, pathlib
    >>> from orggraph.graph import load_graph
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "chart.html"
    >>> viz(load_graph("tests/fixtures/tiny"), out).stat().st_size > 10_000
    True
    """
    return write_file(output, chart(G, **chart_options), force=force)
