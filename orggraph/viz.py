"""Interactive charts: one self-contained, offline HTML page per graph (vis-network from pyvis).

The page carries vis-network's script and style inlined from the copies pyvis ships,
so it opens from disk with no server and makes no network request. Positions are
computed here (a layered layout of the accountability lines, apex at the top,
deputies beside the post they cover) and drawn with physics off and straight
edges, which keeps a 20,000-node page responsive. Bodies open collapsed into
boxes when the graph is large; a double-click opens one.

Every string from the data reaches the page as JSON inside a
``<script type="application/json">`` block (``<``, ``>`` and ``&`` escaped) and is
put on the page with ``textContent`` or drawn on the canvas, so a title such as
``<img src=x onerror=alert(1)>`` shows as text and runs nothing.

>>> from orggraph.graph import load_graph
>>> html = chart(load_graph(), focus="ICB Executive Medical Director", depth=1)
>>> html.startswith("<!DOCTYPE html>") and MARKER in html[:4096]
True
>>> "<script src=" in html or "<link" in html
False
"""

from __future__ import annotations

import importlib.resources
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from .errors import OrggraphError
from .graph import display_name, resolve_node
from .model import ACCOUNTABILITY_TYPES, ORGANISATION_KINDS, VOCABULARY, Label
from .output import MARKER, write_file
from .queries._common import Hierarchy, body_posts, organisation_of, parse_relations
from .queries.structure import post_layers, post_structure

__all__ = ["LAYOUTS", "chart", "layered_positions", "pyvis_default_html", "viz"]

#: The layouts :func:`chart` draws.
LAYOUTS = ("hierarchy", "network")

#: Above this many drawn nodes the page opens with bodies collapsed into boxes.
COLLAPSE_ABOVE = 250

#: Horizontal distance between neighbouring posts and vertical distance between layers (px).
DX, DY = 200.0, 150.0
_SIDE = 0.75  # a deputy beside its post, in slots
_MIN_GAP = 0.7 * DX

_VIS_DIR = ("lib", "vis-9.1.2")

_ORG_COLOURS = ("#1b6ca8", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#16a085",
                "#b7950b", "#2c3e50", "#c2185b", "#5d6d7e", "#6d4c41", "#0097a7")
_NO_ORG_COLOUR = "#7f8c8d"
_EDGE_COLOURS = ("#111827", "#374151", "#1d4ed8", "#d97706", "#059669", "#047857",
                 "#7c3aed", "#9ca3af", "#6b7280", "#db2777", "#0891b2", "#0e7490",
                 "#9333ea", "#b91c1c", "#92400e", "#dc2626")
_DASHES: tuple[list[int] | bool, ...] = (
    [8, 4], [2, 4], [10, 3, 2, 3], [6, 6], [2, 2], [12, 4], [4, 4], [4, 2], [10, 4],
    [3, 3], [14, 4], [14, 4, 2, 4])

_GOVERNANCE_KINDS = frozenset({"board", "committee", "assembly", "council", "panel",
                               "advisory-group", "working-group", "forum", "network",
                               "partnership", "programme"})
#: Node kind -> (vis-network shape, legend symbol, legend text).
_SHAPES: dict[str, tuple[str, str, str]] = {
    "post": ("dot", "●", "post (size: total span of control)"),
    "organisation": ("hexagon", "⬢", "organisation (trust, ICB, PCT …)"),
    "governance": ("diamond", "◆", "board, committee, panel …"),
    "unit": ("square", "■", "directorate, division, team …"),
    "person": ("star", "★", "person (named holder)"),
    "cluster": ("box", "▭", "collapsed body: double-click to open"),
}


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


def _edge_styles() -> dict[str, dict[str, Any]]:
    """Colour and dash of every relationship type, in vocabulary order."""
    styles: dict[str, dict[str, Any]] = {}
    dashes = iter(_DASHES)
    for i, (name, rel) in enumerate(VOCABULARY.items()):
        styles[name] = {
            "colour": _EDGE_COLOURS[i % len(_EDGE_COLOURS)],
            "dashes": False if rel.accountability or name == "HOLDS" else next(dashes, [5, 5]),
            "phrases": rel.phrases,
            "width": 2 if rel.accountability else 1.5,
        }
    return styles


# --- layout ---------------------------------------------------------------------------


def _tree_positions(h: Hierarchy, layer: dict[str, int | None],
                    deputies: dict[str, list[str]]) -> dict[str, tuple[float, float]]:
    """x (in slots) and row of every post: a tidy tree over each post's first line up
    (``layer``: each post's layer, from the span engine)."""
    children: dict[str, list[str]] = {p: [] for p in h.posts}
    roots: list[str] = []
    for p in h.posts:
        lp = layer[p]
        if lp == 1:
            roots.append(p)
        elif lp is not None:
            parent = min((q for q in h.up[p] if layer[q] == lp - 1), key=_natural)
            children[parent].append(p)
    side = {p: [d for d in deputies.get(p, ()) if d in children[p]] for p in h.posts}
    for p, kids in children.items():
        kids.sort(key=lambda c: (c not in side[p], _natural(c)))
    width: dict[str, float] = {}
    for p in sorted(h.posts, key=lambda q: -(layer[q] or 0)):  # deepest first
        if layer[p] is None:
            continue
        base = 1 + 2 * _SIDE * len(side[p])
        width[p] = max(base, sum(width[c] for c in children[p]))
    trees = sorted(roots, key=lambda r: (-width[r], _natural(r)))
    depth: dict[str, int] = {}
    for r in trees:
        todo, deepest = [r], 1
        while todo:
            p = todo.pop()
            deepest = max(deepest, layer[p] or 1)
            todo.extend(children[p])
        depth[r] = deepest
    # Trees side by side on shelves about as wide as a screen is to its height,
    # each shelf with a free row on top for the bodies the posts answer to.
    area = sum(width[r] * (depth[r] + 1) for r in trees) * DY / DX
    shelf_width = max([math.sqrt(area * 16 / 9), 12.0] + [width[r] for r in trees])
    pos: dict[str, tuple[float, float]] = {}
    cursor, top, shelf_depth = 0.0, 1.0, 0
    for root in trees:
        if cursor and cursor + width[root] > shelf_width:
            cursor, top, shelf_depth = 0.0, top + shelf_depth + 1, 0
        shelf_depth = max(shelf_depth, depth[root])
        place: list[tuple[str, float]] = [(root, cursor)]
        while place:
            p, left = place.pop()
            centre = left + width[p] / 2
            pos[p] = (centre, top + (layer[p] or 1) - 1)
            kids_width = sum(width[c] for c in children[p])
            x = left + (width[p] - kids_width) / 2
            for c in children[p]:
                place.append((c, x))
                x += width[c]
        cursor += width[root] + 0.5
    for p, ds in side.items():  # deputies beside the post they cover
        for i, d in enumerate(ds):
            pos[d] = (pos[p][0] + _SIDE * (i + 1), pos[p][1])
    stray = [p for p in h.posts if p not in pos]  # only on a cycle of lines
    bottom = max((y for _, y in pos.values()), default=0) + 2
    for i, p in enumerate(sorted(stray, key=_natural)):
        pos[p] = (float(i), bottom)
    return pos


def layered_positions(G: nx.MultiDiGraph, nodes: Iterable[str] | None = None
                      ) -> dict[str, tuple[float, float]]:
    """Pixel positions of ``nodes`` (default: all): layers of the accountability lines.

    Posts are placed by layer (the apex at the top, each layer :data:`DY` lower),
    each under the post it first answers to, a deputy who answers to the post it
    covers beside that post; separate trees stand side by side on shelves, the
    widest first. A body that posts answer
    to sits a layer above them; other bodies sit half a layer above their posts,
    a person just below the post held; no two nodes of a row are closer than
    ``0.7 * DX``.

    >>> from orggraph.graph import load_graph
    >>> pos = layered_positions(load_graph("tests/fixtures/tiny"))
    >>> pos["chief-executive"][1] < pos["director-of-care"][1]
    True
    >>> pos["deputy-director-of-care"][1] == pos["director-of-care"][1]  # beside it
    True
    """
    keep = set(G) if nodes is None else set(nodes)
    posts = {n for n in keep if G.nodes[n]["label"] == Label.POST}
    h = Hierarchy(G, ACCOUNTABILITY_TYPES, posts)
    deputies: dict[str, list[str]] = defaultdict(list)
    for u, v, t in G.edges(data="type"):
        if t == "DEPUTISES_FOR" and u in posts and v in posts and u != v:
            deputies[v].append(u)
    slots = _tree_positions(h, post_layers(G, ACCOUNTABILITY_TYPES, posts), deputies)
    pos = {p: (x * DX, y * DY) for p, (x, y) in slots.items()}
    rest = sorted((n for n in keep if n not in pos), key=_natural)
    for _ in range(3):  # bodies near what they hold, bodies near bodies
        for n in rest:
            if n in pos:
                continue
            placed = [(m, t) for m, t in _neighbours(G, n) if m in keep and m in pos]
            if not placed:
                continue
            xs = [pos[m][0] for m, _ in placed]
            ys = [pos[m][1] for m, _ in placed]
            label = G.nodes[n]["label"]
            if label == Label.PERSON:
                y = min(ys) + 0.4 * DY
            elif any(t in ACCOUNTABILITY_TYPES for _, t in placed):
                y = min(pos[m][1] for m, t in placed if t in ACCOUNTABILITY_TYPES) - DY
            elif G.nodes[n].get("kind") in ORGANISATION_KINDS:
                y = min(ys) - DY
            else:
                y = min(ys) - 0.5 * DY
            pos[n] = (sum(xs) / len(xs), y)
    leftover = [n for n in rest if n not in pos]
    bottom = max((y for _, y in pos.values()), default=0.0) + DY
    for i, n in enumerate(leftover):
        pos[n] = (i * DX, bottom)
    return _spread_rows(pos)


def _neighbours(G: nx.MultiDiGraph, n: str) -> Iterable[tuple[str, str]]:
    for _, v, t in G.out_edges(n, data="type"):
        yield v, t
    for u, _, t in G.in_edges(n, data="type"):
        yield u, t


def _spread_rows(pos: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    rows: dict[float, list[str]] = defaultdict(list)
    for n, (_, y) in pos.items():
        rows[round(y, 1)].append(n)
    out = dict(pos)
    for members in rows.values():
        members.sort(key=lambda n: (pos[n][0], _natural(n)))
        last = -math.inf
        for n in members:
            x = max(pos[n][0], last + _MIN_GAP)
            out[n] = (round(x, 1), round(pos[n][1], 1))
            last = x
    return out


# --- what to draw ---------------------------------------------------------------------


def _scope(G: nx.MultiDiGraph, focus: str | None, depth: int, body: str | None,
           types: tuple[str, ...]) -> set[str]:
    scope = set(G)
    if body is not None:
        b = resolve_node(G, body)
        if G.nodes[b]["label"] != Label.BODY:
            raise OrggraphError(f"--body {body!r} is not a body")
        bodies, todo = {b}, [b]
        while todo:
            for u, _, t in G.in_edges(todo.pop(), data="type"):
                if t == "PART_OF" and u not in bodies:
                    bodies.add(u)
                    todo.append(u)
        scope = bodies | body_posts(G, b)
        scope |= {u for p in list(scope) for u, _, t in G.in_edges(p, data="type")
                  if t == "HOLDS"}
    if focus is not None:
        if depth < 0:
            raise OrggraphError(f"--depth must be 0 or more, not {depth}")
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
        scope = seen
    return scope


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


def _first_targets(G: nx.MultiDiGraph, rel_type: str) -> dict[str, str]:
    """For each node, the smallest id it points to by ``rel_type`` (its body, its parent)."""
    out: dict[str, str] = {}
    for u, v, t in G.edges(data="type"):
        if t == rel_type and (u not in out or v < out[u]):
            out[u] = v
    return out


def _clusters(G: nx.MultiDiGraph, nodes: list[str], pos: dict[str, tuple[float, float]],
              org_index: dict[str, int]) -> tuple[dict[str, list[str]], list[dict[str, Any]]]:
    """Each drawn node's chain of collapsible bodies (outermost first), and those bodies.

    A body collapses when it is not an organisation or a governance body and holds at
    least two drawn posts (in it or in bodies within it, through PART_OF).
    """
    def ancestry(b: str | None) -> list[str]:
        if b is None:
            return []
        if b not in known:
            chain: list[str] = []
            n: str | None = b
            while n is not None and n not in chain:
                chain.append(n)
                n = parent.get(n)
            known[b] = chain[::-1]
        return known[b]

    drawn = set(nodes)
    post_body, parent = _first_targets(G, "POST_IN"), _first_targets(G, "PART_OF")
    known: dict[str, list[str]] = {}
    chains: dict[str, list[str]] = {}
    members: dict[str, list[str]] = defaultdict(list)
    for n in nodes:
        label = G.nodes[n]["label"]
        if label == Label.POST:
            chain = ancestry(post_body.get(n))
        elif label == Label.BODY:
            chain = ancestry(n)
        else:
            chain = []
        chains[n] = chain
        if label == Label.POST:
            for b in chain:
                members[b].append(n)
    collapsible = {b for b, ms in members.items() if len(ms) >= 2
                   and _kind_group(G.nodes[b]) == "unit"}
    for n, chain in chains.items():
        chains[n] = [b for b in chain if b in collapsible]
    clusters = []
    for b in sorted(collapsible, key=_natural):
        ms = members[b]
        head = min(ms, key=lambda m: (pos[m][1], pos[m][0]))
        clusters.append({
            "id": f"cluster:{b}", "body": b, "name": display_name(G, b),
            "posts": len(ms), "org": org_index[b] if b in drawn else
            org_index.get(ms[0], 0),
            "x": pos[head][0], "y": pos[head][1],
            "outer": next(a for a in ancestry(b) if a in collapsible),
        })
    return {n: c for n, c in chains.items() if c}, clusters


def _compact_layout(G: nx.MultiDiGraph, nodes: list[str], chains: dict[str, list[str]],
                    clusters: list[dict[str, Any]]
                    ) -> tuple[dict[str, tuple[float, float]], dict[str, tuple[float, float]]]:
    """Positions for the page as it opens, every body closed: the closed bodies laid out
    as posts in their head's place; and how far each body's contents move with it.
    """
    def rep(n: str) -> str:
        return f"cluster:{chains[n][0]}" if n in chains else n

    C = nx.MultiDiGraph()
    drawn = set(nodes)
    for n in nodes:
        r = rep(n)
        if r not in C:
            C.add_node(r, **(G.nodes[n] if r == n else {"label": str(Label.POST)}))
    for u, v, t in G.edges(data="type"):
        if u in drawn and v in drawn and rep(u) != rep(v):
            C.add_edge(rep(u), rep(v), type=t)
    compact = layered_positions(C)
    shift = {}
    for c in clusters:
        if c["id"] in compact:
            x, y = compact[c["id"]]
            shift[c["body"]] = (round(x - c["x"], 1), round(y - c["y"], 1))
    return compact, shift


def _chart_data(G: nx.MultiDiGraph, focus: str | None, depth: int, body: str | None,
                relations: str | Iterable[str] | None, layout: str,
                title: str | None) -> dict[str, Any]:
    if layout not in LAYOUTS:
        raise OrggraphError(f"unknown layout {layout!r}; choose from {', '.join(LAYOUTS)}")
    default = (*ACCOUNTABILITY_TYPES, "DEPUTISES_FOR") if layout == "hierarchy" \
        else tuple(VOCABULARY)
    types = parse_relations(relations, default)
    types = tuple(t for t in VOCABULARY if t in types)  # vocabulary order
    scope = _scope(G, focus, depth, body, types)
    nodes, edges = _drawn(G, scope, types, focus)
    pos = layered_positions(G, nodes)
    spans = post_structure(G, ACCOUNTABILITY_TYPES)

    orgs: dict[str | None, int] = {}
    org_of: dict[str, int] = {}
    for n in nodes:
        o = organisation_of(G, n) if G.nodes[n]["label"] != Label.PERSON else None
        if G.nodes[n]["label"] == Label.PERSON:
            held = [v for _, v, t in G.out_edges(n, data="type") if t == "HOLDS"]
            o = organisation_of(G, held[0]) if held else None
        org_of[n] = orgs.setdefault(o, len(orgs))
    order = sorted(orgs, key=lambda o: (o is None, display_name(G, o).casefold() if o else ""))
    remap = {orgs[o]: i for i, o in enumerate(order)}
    org_of = {n: remap[i] for n, i in org_of.items()}
    org_rows = [{"id": o, "name": display_name(G, o) if o else "(no organisation)",
                 "colour": _ORG_COLOURS[i % len(_ORG_COLOURS)] if o else _NO_ORG_COLOUR}
                for i, o in enumerate(order)]
    org_index = dict(org_of)
    for n in G:  # bodies outside the drawing still need a colour for their box
        if n not in org_index and G.nodes[n]["label"] == Label.BODY:
            o = organisation_of(G, n)
            org_index[n] = next((i for i, r in enumerate(org_rows) if r["id"] == o),
                                len(org_rows) - 1)

    sources = {s: f"{d.get('title', s)} ({d.get('file', s)})"
               for s, d in G.graph.get("sources", {}).items()}
    post_body = _first_targets(G, "POST_IN")
    holders: dict[str, list[str]] = defaultdict(list)
    for u, v, t in G.edges(data="type"):
        if t == "HOLDS":
            holders[v].append(display_name(G, u))
    node_rows = []
    for n in nodes:
        a = G.nodes[n]
        group = _kind_group(a)
        info: list[list[str]] = [["Kind", a.get("kind") or str(a["label"]).lower()]]
        if a["label"] == Label.POST:
            b = post_body.get(n)
            if b:
                info.append(["Body", display_name(G, b)])
        info.append(["Organisation", str(org_rows[org_of[n]]["name"])])
        for key, name in (("abbreviation", "Abbreviation"), ("grade", "Grade"),
                          ("headcount", "Headcount")):
            if a.get(key) is not None:
                info.append([name, str(a[key])])
        if holders.get(n):
            info.append(["Holder", ", ".join(sorted(holders[n]))])
        when = _when(a)
        if when:
            info.append(["Valid", when])
        if a["label"] == Label.POST and n in spans:
            s = spans[n]
            info.append(["Span", f"{s.direct} direct, {s.total} in total"])
        info.append(["Evidence", str(a.get("evidence", ""))])
        info.append(["Source", sources.get(a.get("source", ""), str(a.get("source", "")))])
        total = spans[n].total if n in spans else 0
        size = 12 + 4 * math.sqrt(total) if group == "post" else (16 if group != "person" else 12)
        x, y = pos[n]
        node_rows.append({
            "id": n, "label": display_name(G, n), "kind": group, "org": org_of[n],
            "x": x, "y": y, "size": round(min(size, 60), 1),
            "names": [str(a[k]) for k in ("abbreviation",) if a.get(k)]
            + [str(x) for x in a.get("aliases", ())],
            "info": info,
        })
    edge_rows = []
    for i, (u, v, a) in enumerate(edges):
        row = {"id": f"e{i}", "from": u, "to": v, "type": a["type"],
               "evidence": str(a.get("evidence", "")),
               "source": sources.get(a.get("source", ""), str(a.get("source", "")))}
        for key in ("role", "note"):
            if a.get(key):
                row[key] = str(a[key])
        when = _when(a)
        if when:
            row["valid"] = when
        edge_rows.append(row)

    drawn = set(nodes)
    up: dict[str, list[str]] = defaultdict(list)
    deputies: dict[str, list[str]] = defaultdict(list)
    for u, v, t in G.edges(data="type"):
        if u in drawn and v in drawn and u != v:
            if t in ACCOUNTABILITY_TYPES:
                up[u].append(v)
            elif t == "DEPUTISES_FOR":
                deputies[v].append(u)
    chains, clusters = _clusters(G, nodes, pos, org_index)
    collapsed = len(nodes) > COLLAPSE_ABOVE
    compact, shift = _compact_layout(G, nodes, chains, clusters) if collapsed else ({}, {})
    styles = _edge_styles()
    if title is None:
        title = _default_title(G, focus, depth, body, layout)
    return {
        "title": title,
        "layout": layout,
        "collapsed": collapsed,
        "compact": compact,
        "shift": shift,
        "apex": min(nodes, key=lambda n: (pos[n][1], pos[n][0])) if nodes else None,
        "nodes": node_rows,
        "edges": edge_rows,
        "orgs": org_rows,
        "types": [{"type": t, **styles[t]} for t in types],
        "shapes": [{"kind": k, "shape": s, "symbol": sym, "text": text}
                   for k, (s, sym, text) in _SHAPES.items()],
        "chains": chains,
        "clusters": clusters,
        "up": up,
        "deputies": deputies,
        "accountability": list(ACCOUNTABILITY_TYPES),
    }


def _default_title(G: nx.MultiDiGraph, focus: str | None, depth: int, body: str | None,
                   layout: str) -> str:
    parts = ["Accountability chart" if layout == "hierarchy" else "Relationship network"]
    if body is not None:
        parts.append(f"of {display_name(G, resolve_node(G, body))}")
    if focus is not None:
        parts.append(f"around {display_name(G, resolve_node(G, focus))} (depth {depth})")
    if G.graph.get("as_of"):
        parts.append(f"as of {G.graph['as_of']}")
    return " ".join(parts)


# --- the page -------------------------------------------------------------------------


def _json_for_script(data: Any) -> str:
    """JSON safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` survives.

    >>> _json_for_script({"t": "</script><b>&"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(", ", ": "))
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                       ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, code)
    return text


def _vis_assets() -> tuple[str, str]:
    """vis-network's script and style, as pyvis ships them."""
    base = importlib.resources.files("pyvis").joinpath(*_VIS_DIR)
    js = base.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    css = base.joinpath("vis-network.css").read_text(encoding="utf-8")
    if "</script" in js.lower() or "</style" in css.lower():
        raise OrggraphError("pyvis's vis-network cannot be inlined safely (it holds '</')")
    return js, css


def chart(G: nx.MultiDiGraph, *, focus: str | None = None, depth: int = 1,
          body: str | None = None, relations: str | Iterable[str] | None = None,
          layout: str = "hierarchy", title: str | None = None) -> str:
    """The complete, self-contained HTML page charting ``G``.

    ``focus`` and ``depth`` draw the neighbourhood of one node (over the chosen
    relationship types), ``body`` the posts and bodies of one body; ``relations``
    chooses the relationship types drawn (default: the accountability lines and
    deputies for ``hierarchy``, every type for ``network``); ``title`` heads the page.

    >>> from orggraph.graph import load_graph
    >>> page = chart(load_graph("tests/fixtures/tiny"), title="<Tiny & co>")
    >>> "<h1 id=\\"chart-title\\">&lt;Tiny &amp; co&gt;</h1>" in page
    True
    """
    import jinja2

    data = _chart_data(G, focus, depth, body, relations, layout, title)
    js, css = _vis_assets()
    template = importlib.resources.files("orggraph").joinpath("templates", "chart.html")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    page = env.from_string(template.read_text(encoding="utf-8"))
    return page.render(marker=MARKER, title=data["title"], vis_js=_markup(js),
                       vis_css=_markup(css), data_json=_markup(_json_for_script(data)))


def _markup(text: str) -> Any:
    import markupsafe

    return markupsafe.Markup(text)  # noqa: S704 - checked by _vis_assets / _json_for_script


def viz(G: nx.MultiDiGraph, output: str | Path, *, force: bool = False,
        **chart_options: Any) -> Path:
    """Write :func:`chart` of ``G`` to ``output`` (atomically); return the path.

    >>> import tempfile, pathlib
    >>> from orggraph.graph import load_graph
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "chart.html"
    >>> viz(load_graph("tests/fixtures/tiny"), out).stat().st_size > 100_000
    True
    """
    return write_file(output, chart(G, **chart_options), force=force)


def pyvis_default_html(G: nx.MultiDiGraph) -> str:
    """The naive chart, for comparison in benchmarks: pyvis's defaults, ``Network.from_nx``
    with physics, vis-network inlined (its template still links Bootstrap from a CDN).

    Not safe for untrusted text and slow to settle beyond a few hundred nodes.
    """
    from pyvis.network import Network

    H = nx.DiGraph()
    for n, a in G.nodes(data=True):
        H.add_node(n, label=display_name(G, n), title=str(a["label"]))
    for u, v, t in G.edges(data="type"):
        H.add_edge(u, v, title=t)
    net = Network(directed=True, cdn_resources="in_line")
    net.from_nx(H)
    return str(net.generate_html())
