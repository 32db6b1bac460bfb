"""The graph for other tools: GraphML, GEXF, JSON, neo4j-admin CSV, Cypher, Turtle, organogram.

:func:`export` writes the graph (already filtered as of a date by the caller, and
optionally only the part of it in one body) in one of :data:`FORMATS`, atomically
through :mod:`orggraph.output`. Output is deterministic: nodes and edges are sorted,
keys come in a fixed order, and nothing depends on the clock, so the same data gives
the same bytes. Labels and relationship types come only from :mod:`orggraph.model`.

How each format keeps what it cannot hold natively is in ``docs/exports.md``: lists
(``aliases``) are JSON text in GraphML and GEXF; GEXF carries ``valid_from``/``valid_to``
as time intervals; the Turtle keeps each relationship's evidence on a reified statement.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "graph.json"
>>> export(load_graph(), "json", out).name
'graph.json'
>>> sorted(FORMATS)[:3]
['csv', 'cypher', 'gexf']
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import re
import shlex
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import quote
from xml.etree.ElementTree import Element, SubElement, indent, tostring

import networkx as nx

from .errors import ExportError
from .graph import resolve_node
from .model import (
    ORGANISATION_KINDS,
    RELATIONSHIP_FIELDS,
    VOCABULARY,
    Label,
    PartialDate,
)
from .neo4j.mapping import DATE_KEYS, extra_labels, neo4j_properties
from .organogram import organogram_csv, organogram_tables
from .output import MARKER, write_directory, write_file
from .queries._common import body_posts

__all__ = ["FORMATS", "REGISTRY", "Format", "default_output", "export", "neo4j_admin_command"]

#: Node properties in the order every format writes them (then any others, sorted).
NODE_KEYS = ("id", "label", "name", "title", "kind", "abbreviation", "grade", "headcount",
             "aliases", "source", "evidence", "valid_from", "valid_to", "note")
#: Edge properties in the order every format writes them.
EDGE_KEYS = ("type", *RELATIONSHIP_FIELDS)
_LIST_KEYS = {"aliases"}
_INT_KEYS = {"headcount"}


# --- selection and ordering -------------------------------------------------------------


def select_body(G: nx.MultiDiGraph, body: str) -> nx.MultiDiGraph:
    """The part of ``G`` in a body: the body, its posts (see ``body_posts``), the bodies
    within it those posts sit in, and the people holding them, with the edges among them.

    >>> H = select_body(load_graph(), "nwuhg")
    >>> "nwuhg-group-chief-medical-officer" in H and "nw-icb" not in H
    True
    """
    top = resolve_node(G, body)
    posts = body_posts(G, top)
    keep = {top, *posts}
    for p in posts:
        for u, _, t in G.in_edges(p, data="type"):
            if t == "HOLDS":
                keep.add(u)
        for _, v, t in G.out_edges(p, data="type"):
            if t == "POST_IN" and _within(G, v, top):
                keep.add(v)
    H = G.subgraph(keep).copy()
    H.graph["body"] = top
    return H


def _within(G: nx.MultiDiGraph, body: str, top: str) -> bool:
    """Whether ``body`` is ``top`` or part of it (PART_OF upwards, any depth)."""
    seen, todo = {body}, [body]
    while todo:
        b = todo.pop()
        if b == top:
            return True
        for _, v, t in G.out_edges(b, data="type"):
            if t == "PART_OF" and v not in seen:
                seen.add(v)
                todo.append(v)
    return False


def _ordered(attrs: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    """``attrs`` with known keys first, in ``keys`` order, then the rest sorted."""
    out = {k: attrs[k] for k in keys if k in attrs}
    out.update((k, attrs[k]) for k in sorted(attrs) if k not in out)
    return out


def _nodes(G: nx.MultiDiGraph) -> list[tuple[str, dict[str, Any]]]:
    return [(n, _ordered(G.nodes[n], NODE_KEYS)) for n in sorted(G.nodes)]


def _edges(G: nx.MultiDiGraph) -> list[tuple[str, str, str, dict[str, Any]]]:
    return sorted(((u, v, k, _ordered(a, EDGE_KEYS)) for u, v, k, a in
                   G.edges(keys=True, data=True)), key=lambda e: (e[0], e[1], e[2]))


def _sources(G: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    sources = G.graph.get("sources", {})
    return {s: dict(sorted(sources[s].items())) for s in sorted(sources)}


def _flat(value: Any) -> Any:
    """Lists as JSON text, for formats whose attributes hold only scalars."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value


def _label(attrs: dict[str, Any]) -> str:
    return Label(attrs["label"]).value


def _rtype(attrs: dict[str, Any]) -> str:
    try:
        return VOCABULARY[attrs["type"]].name
    except KeyError:
        raise ExportError(f"relationship type {attrs.get('type')!r} is not in the "
                          "vocabulary") from None


def _slot(text: str) -> tuple[str, str]:
    """A partial date as (first day, last day) in ISO form."""
    d = PartialDate.parse(text)
    return d.first_day().isoformat(), d.last_day().isoformat()


# --- GraphML ----------------------------------------------------------------------------


def _graphml(G: nx.MultiDiGraph) -> str:
    H = nx.MultiDiGraph()
    H.graph.update({"generator": MARKER, "sources": json.dumps(_sources(G), ensure_ascii=False)})
    for key in ("as_of", "body"):
        if key in G.graph:
            H.graph[key] = G.graph[key]
    for n, a in _nodes(G):
        H.add_node(n, **{k: _flat(v) for k, v in a.items()})
    for u, v, k, a in _edges(G):
        H.add_edge(u, v, key=k, **a)
    buffer = io.BytesIO()
    nx.write_graphml_xml(H, buffer, encoding="utf-8", prettyprint=True)
    # A raw carriage return in element text is read back as a line feed (XML normalises
    # line ends); as a character reference it survives.
    head, _, rest = buffer.getvalue().decode("utf-8").replace("\r", "&#13;").partition("\n")
    return f"{head}\n<!-- {MARKER}; lists (aliases) are JSON text -->\n{rest}"


# --- GEXF -------------------------------------------------------------------------------

_GEXF_NS = "http://www.gexf.net/1.2draft"
#: GEXF's own ``label`` attribute is the display name, so the node label is ``node_label``.
_GEXF_TITLES = {"label": "node_label"}


def _gexf(G: nx.MultiDiGraph) -> str:
    """GEXF 1.2 written directly (NetworkX's writer stamps today's date and would take
    the ``label`` and ``type`` properties for GEXF's own attributes)."""
    root = Element("gexf", {"xmlns": _GEXF_NS, "version": "1.2"})
    meta = SubElement(root, "meta")
    SubElement(meta, "creator").text = MARKER
    SubElement(meta, "description").text = (
        "orggraph export; valid_from/valid_to as closed time intervals; lists are JSON text")
    graph = SubElement(root, "graph", {"defaultedgetype": "directed", "mode": "dynamic",
                                       "timeformat": "date"})
    nodes, edges = _nodes(G), _edges(G)
    columns: dict[str, dict[str, str]] = {}
    for cls, rows in (("node", [a for _, a in nodes]), ("edge", [a for *_, a in edges])):
        order = _column_order(rows, NODE_KEYS if cls == "node" else EDGE_KEYS)
        seen = {k: "integer" if k in _INT_KEYS else "string" for k in order}
        attrs = SubElement(graph, "attributes", {"class": cls, "mode": "static"})
        for i, (k, typ) in enumerate(seen.items()):
            SubElement(attrs, "attribute", {"id": f"{cls[0]}{i}", "title": _GEXF_TITLES.get(k, k),
                                            "type": typ})
        columns[cls] = {k: f"{cls[0]}{i}" for i, k in enumerate(seen)}

    def element(parent: Element, tag: str, attrs: dict[str, Any], cls: str,
                xml: dict[str, str]) -> None:
        for key, bound in (("valid_from", "start"), ("valid_to", "end")):
            if key in attrs:
                xml[bound] = _slot(attrs[key])[0 if bound == "start" else 1]
        el = SubElement(parent, tag, xml)
        values = SubElement(el, "attvalues")
        for k, v in attrs.items():
            SubElement(values, "attvalue", {"for": columns[cls][k], "value": str(_flat(v))})

    node_el = SubElement(graph, "nodes")
    for n, a in nodes:
        element(node_el, "node", a, "node", {"id": n, "label": str(a.get("title")
                                                                      or a.get("name") or n)})
    edge_el = SubElement(graph, "edges")
    for i, (u, v, k, a) in enumerate(edges):
        element(edge_el, "edge", a, "edge", {"id": str(i), "source": u, "target": v,
                                            "label": k, "type": "directed"})
    indent(root)
    body = tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<!-- {MARKER} -->\n{body}\n'


# --- JSON -------------------------------------------------------------------------------


def _json(G: nx.MultiDiGraph) -> str:
    """Node-link JSON: ``nodes`` (each with ``id``) and ``edges`` (``from``, ``to``,
    ``key``; ``source`` stays the provenance document). Read it back with
    ``nx.node_link_graph(data, edges="edges", source="from", target="to")``."""
    graph: dict[str, Any] = {"sources": _sources(G)}
    graph.update((k, G.graph[k]) for k in ("as_of", "body") if k in G.graph)
    doc = {
        "generator": MARKER,
        "directed": True,
        "multigraph": True,
        "graph": graph,
        "nodes": [a | {"id": n} for n, a in _nodes(G)],
        "edges": [{"from": u, "to": v, "key": k, **a} for u, v, k, a in _edges(G)],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# --- neo4j-admin CSV --------------------------------------------------------------------

_ARRAY_DELIMITERS = (";", "|", "¦", "§", "¤")


def _array_delimiter(G: nx.MultiDiGraph) -> str:
    used = "".join(x for _, a in G.nodes(data=True) for k in _LIST_KEYS for x in a.get(k, ()))
    for d in _ARRAY_DELIMITERS:
        if d not in used:
            return d
    raise ExportError("every candidate array delimiter occurs in the aliases; "
                      f"tried {' '.join(_ARRAY_DELIMITERS)}")


def _csv_text(header: list[str], rows: Iterable[list[Any]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def _neo4j_csv(G: nx.MultiDiGraph, target: Path) -> Callable[[Path], None]:
    delim = _array_delimiter(G)
    by_label: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}
    for n, a in _nodes(G):
        labels = delim.join((_label(a), *extra_labels(a)))
        by_label.setdefault(_label(a), []).append((n, labels, neo4j_properties(a)))
    by_type: dict[tuple[str, str, str], list[tuple[str, str, str, dict[str, Any]]]] = {}
    for u, v, k, a in _edges(G):
        ends = (_rtype(a), _label(G.nodes[u]), _label(G.nodes[v]))
        by_type.setdefault(ends, []).append((u, v, k, neo4j_properties(a)))

    def fill(tmp: Path) -> None:
        for label, rows in sorted(by_label.items()):
            keys = [k for k in _column_order((a for *_, a in rows), NODE_KEYS)
                    if k not in ("id", "label")]
            header = [f"id:ID({label})", ":LABEL", *(_typed(k) for k in keys)]
            body = ([n, labels, *(_cell(a.get(k), delim) for k in keys)]
                    for n, labels, a in rows)
            (tmp / f"nodes-{label}.csv").write_text(_csv_text(header, body), encoding="utf-8")
        for (rtype, start, end), rels in sorted(by_type.items()):
            keys = [k for k in _column_order((a for *_, a in rels), EDGE_KEYS) if k != "type"]
            header = [f":START_ID({start})", f":END_ID({end})", ":TYPE", "key",
                      *(_typed(k) for k in keys)]
            body = ([u, v, rtype, k, *(_cell(a.get(c), delim) for c in keys)]
                    for u, v, k, a in rels)
            name = f"relationships-{rtype}-{start}-{end}.csv"
            (tmp / name).write_text(_csv_text(header, body), encoding="utf-8")
        command = neo4j_admin_command(tmp, files_in=Path("."), delimiter=delim)
        script = (f"#!/bin/sh\n# {MARKER}: import with neo4j-admin (Neo4j 5), into an empty "
                  f"database 'neo4j' of a stopped DBMS\ncd \"$(dirname \"$0\")\" && {command}\n")
        (tmp / "import.sh").write_text(script, encoding="utf-8")
        (tmp / "import.sh").chmod(0o755)
        (tmp / "array-delimiter.txt").write_text(delim + "\n", encoding="utf-8")

    return fill


def _column_order(rows: Iterable[dict[str, Any]], keys: tuple[str, ...]) -> list[str]:
    present: set[str] = set()
    for a in rows:
        present.update(a)
    return [k for k in keys if k in present] + sorted(present - set(keys))


def _typed(key: str) -> str:
    if key in DATE_KEYS:  # Neo4j DATE
        return f"{key}:date"
    if key in _INT_KEYS:
        return f"{key}:long"
    if key in _LIST_KEYS:
        return f"{key}:string[]"
    return key


def _cell(value: Any, delim: str) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return delim.join(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def neo4j_admin_command(directory: str | Path, *, database: str = "neo4j",
                        files_in: Path | None = None, delimiter: str | None = None) -> str:
    """The ``neo4j-admin database import full`` command for a CSV export folder.

    File paths are absolute (or under ``files_in`` when given); the array delimiter is
    the one the export chose (read from its ``array-delimiter.txt``).

    >>> import tempfile, pathlib
    >>> out = export(load_graph(), "csv", pathlib.Path(tempfile.mkdtemp()) / "csv")
    >>> neo4j_admin_command(out).startswith("neo4j-admin database import full")
    True
    """
    folder = Path(directory)
    base = files_in if files_in is not None else folder.resolve()
    if delimiter is None:
        try:
            delimiter = (folder / "array-delimiter.txt").read_text(encoding="utf-8").strip()
        except OSError:
            raise ExportError(f"{folder} is not an orggraph CSV export "
                              "(no array-delimiter.txt)") from None
    parts = ["neo4j-admin", "database", "import", "full"]
    parts += [f"--nodes={base / p.name}" for p in sorted(folder.glob("nodes-*.csv"))]
    parts += [f"--relationships={base / p.name}"
              for p in sorted(folder.glob("relationships-*.csv"))]
    parts += [f"--array-delimiter={delimiter}", "--multiline-fields=true",
              "--overwrite-destination=false", database]
    return " ".join(shlex.quote(p) for p in parts)


# --- Cypher -----------------------------------------------------------------------------

_CYPHER_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t",
                   "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r"[\\'\x00-\x1f\x7f\u2028\u2029]")
_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def cypher_string(text: str) -> str:
    """A Cypher string literal: backslash, quote and every control character escaped.

    >>> print(cypher_string("King's Lynn\\n£5 \\\\ 'x'"))
    'King\\'s Lynn\\n£5 \\\\ \\'x\\''
    """
    return "'" + _NEEDS_ESCAPE.sub(
        lambda m: _CYPHER_ESCAPES.get(m.group(), f"\\u{ord(m.group()):04x}"), text) + "'"


def _cypher_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return repr(value)
    if isinstance(value, str):
        return cypher_string(value)
    if isinstance(value, dt.date):
        return f"date('{value.isoformat()}')"
    if isinstance(value, list):
        return "[" + ", ".join(_cypher_value(v) for v in value) + "]"
    raise ExportError(f"cannot write {type(value).__name__} value {value!r} as Cypher")


def _cypher_map(attrs: dict[str, Any]) -> str:
    items = []
    for k, v in attrs.items():
        key = k if _KEY.match(k) else "`" + k.replace("`", "``") + "`"
        items.append(f"{key}: {_cypher_value(v)}")
    return "{" + ", ".join(items) + "}"


def _cypher(G: nx.MultiDiGraph) -> str:
    """One statement per line, each ending in ``;``: constraints, then MERGE on ids (so
    running the script twice gives the same graph). Every value is a literal, escaped."""
    from .neo4j.store import schema_statements

    lines = [f"// {MARKER}: recreates the graph; run with orggraph neo4j shell -f FILE "
             "(cypher-shell)",
             "// One statement per line; string literals are escaped, no parameters needed."]
    lines += [" ".join(s.split()) + ";" for s in schema_statements()]
    for n, a in _nodes(G):
        label = _label(a)
        extra = "".join(f", n:{x}" for x in extra_labels(a))
        lines.append(f"MERGE (n:{label} {{id: {cypher_string(n)}}}) "
                     f"SET n = {_cypher_map(neo4j_properties(a))}{extra};")
    for u, v, k, a in _edges(G):
        rtype = _rtype(a)
        start, end = _label(G.nodes[u]), _label(G.nodes[v])
        props = neo4j_properties(a) | {"key": k}
        lines.append(f"MATCH (a:{start} {{id: {cypher_string(u)}}}) "
                     f"MATCH (b:{end} {{id: {cypher_string(v)}}}) "
                     f"MERGE (a)-[r:{rtype} {{key: {cypher_string(k)}}}]->(b) "
                     f"SET r = {_cypher_map(props)};")
    return "\n".join(lines) + "\n"


# --- Turtle (W3C ORG) -------------------------------------------------------------------

NS = "https://w3id.org/orggraph/ns#"
ID_NS = "https://w3id.org/orggraph/id/"
_PREFIXES = {
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "og": NS,
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
_TTL_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t",
                "\b": "\\b", "\f": "\\f"}
_TTL_NEEDS = re.compile(r'[\\"\x00-\x1f\x7f]')


def _lit(text: str, datatype: str | None = None) -> str:
    body = _TTL_NEEDS.sub(lambda m: _TTL_ESCAPES.get(m.group(), f"\\u{ord(m.group()):04X}"),
                          text)
    return f'"{body}"' + (f"^^{datatype}" if datatype else "")


def _iri(kind: str, *parts: str) -> str:
    return "<" + ID_NS + kind + "/" + "/".join(quote(p, safe="") for p in parts) + ">"


def _date_lit(text: str) -> str:
    d = PartialDate.parse(text)
    kind = "xsd:date" if d.day else "xsd:gYearMonth" if d.month else "xsd:gYear"
    return _lit(str(d), kind)


def _camel(name: str) -> str:
    head, *rest = name.lower().split("_")
    return head + "".join(w.title() for w in rest)


def _ttl_node(n: str, a: dict[str, Any]) -> list[str]:
    label = _label(a)
    if label == Label.POST:
        types = ["org:Post"]
    elif label == Label.PERSON:
        types = ["foaf:Person"]
    else:
        types = ["org:Organization" if a.get("kind") in ORGANISATION_KINDS
                 else "org:OrganizationalUnit"]
    props: list[tuple[str, str]] = [("a", ", ".join(types)), ("og:id", _lit(n)),
                                    ("og:label", _lit(label))]
    for k, v in a.items():
        if k in ("id", "label"):
            continue
        if k in ("title", "name"):
            props.append(("skos:prefLabel", _lit(v)))
            props.append((f"og:{k}", _lit(v)))
        elif k == "aliases":
            props += [("skos:altLabel", _lit(x)) for x in v]
        elif k == "headcount":
            props.append(("og:headcount", _lit(str(v), "xsd:integer")))
        elif k == "source":
            props.append(("dcterms:source", _iri("source", v)))
        elif k in ("valid_from", "valid_to"):
            props.append((f"og:{_camel(k)}", _date_lit(v)))
        else:
            props.append((f"og:{_camel(k)}", _lit(str(v))))
    return _block(_iri("node", n), props)


def _block(subject: str, props: list[tuple[str, str]]) -> list[str]:
    lines = [subject]
    for i, (p, o) in enumerate(props):
        lines.append(f"    {p} {o}" + (" ." if i == len(props) - 1 else " ;"))
    return [*lines, ""]


def _ttl(G: nx.MultiDiGraph) -> str:
    """W3C ORG terms; each relationship is asserted as a triple and described by its own
    reified ``rdf:Statement`` carrying type, key, source, evidence, role and dates."""
    out = [f"# {MARKER}: W3C Organization Ontology terms; evidence on reified statements",
           *(f"@prefix {p}: <{iri}> ." for p, iri in sorted(_PREFIXES.items())), ""]
    terms = {"title": "dcterms:title", "file": "dcterms:identifier", "published": "dcterms:date"}
    for sid, doc in _sources(G).items():
        props = [("a", "og:SourceDocument"), ("og:id", _lit(sid))]
        props += [(terms[k], _lit(str(v))) for k, v in doc.items() if k in terms]
        out += _block(_iri("source", sid), props)
    for n, a in _nodes(G):
        out += _ttl_node(n, a)
    asserted: set[tuple[str, str, str]] = set()
    for u, v, k, a in _edges(G):
        rtype = _rtype(a)
        term = VOCABULARY[rtype].org_term or f"og:{_camel(rtype)}"
        s, o = _iri("node", u), _iri("node", v)
        if term == "org:resultedFrom":  # a merger is an org:ChangeEvent between the two
            event = _iri("event", u, k, v)
            props = [("a", "org:ChangeEvent"), ("org:originalOrganization", s),
                     ("og:mergesInto", o)]
            props += [(f"og:{_camel(x)}", _date_lit(a[x])) for x in ("valid_from", "valid_to")
                      if x in a]
            out += _block(event, props)
            out += _block(o, [("org:resultedFrom", event)])
            out += _block(s, [("org:changedBy", event)])
            triple = (s, "og:mergesInto", o)
        else:
            triple = (s, term, o)
        if triple not in asserted:
            asserted.add(triple)
            out += [f"{triple[0]} {triple[1]} {triple[2]} .", ""]
        props = [("a", "rdf:Statement"), ("rdf:subject", triple[0]),
                 ("rdf:predicate", triple[1]), ("rdf:object", triple[2]),
                 ("og:type", _lit(rtype)), ("og:key", _lit(k))]
        for key, val in a.items():
            if key == "type":
                continue
            if key == "source":
                props.append(("dcterms:source", _iri("source", val)))
            elif key in ("valid_from", "valid_to"):
                props.append((f"og:{_camel(key)}", _date_lit(val)))
            else:
                props.append((f"og:{_camel(key)}", _lit(str(val))))
        out += _block(_iri("relationship", u, k, v), props)
    return "\n".join(out)


# --- UK organogram ----------------------------------------------------------------------


def _organogram(G: nx.MultiDiGraph) -> Callable[[Path], None]:
    """The data.gov.uk CSV pair (:func:`orggraph.organogram.organogram_tables`): posts an
    organogram gave, row for row as their file had them; other posts in the schema's
    columns. CRLF line ends, formula cells after the spreadsheet's ``'`` text marker."""
    s_head, s_rows, j_head, j_rows = organogram_tables(G)

    def fill(tmp: Path) -> None:
        (tmp / "senior-staff.csv").write_bytes(organogram_csv(s_head, s_rows).encode("utf-8"))
        (tmp / "junior-staff.csv").write_bytes(organogram_csv(j_head, j_rows).encode("utf-8"))

    return fill


# --- the public function ----------------------------------------------------------------

class Format(NamedTuple):
    """One export format: what it is for, and the function writing it.

    ``write_file`` gives the text of one file; ``write_directory`` gives a function
    filling a fresh folder (exactly one of the two is set).
    """

    description: str
    write_file: Callable[[nx.MultiDiGraph], str] | None = None
    write_directory: Callable[[nx.MultiDiGraph, Path], Callable[[Path], None]] | None = None


#: Every export format, defined once: the CLI's choices and the docs derive from it.
REGISTRY: dict[str, Format] = {
    "graphml": Format("GraphML for yEd, Gephi, Cytoscape, NetworkX (one file)", _graphml),
    "gexf": Format("GEXF 1.2 for Gephi, with valid_from/valid_to as time intervals (one file)",
                   _gexf),
    "json": Format("node-link JSON for web tools and d3 (one file)", _json),
    "csv": Format("a folder of neo4j-admin import CSV files and import.sh",
                  write_directory=_neo4j_csv),
    "cypher": Format("a Cypher script of parameter-free statements (one file)", _cypher),
    "ttl": Format("RDF Turtle in W3C Organization Ontology terms (one file)", _ttl),
    "organogram": Format("a folder with the data.gov.uk senior-staff.csv and junior-staff.csv",
                         write_directory=lambda G, _: _organogram(G)),
}

#: The export formats and what each is for.
FORMATS: dict[str, str] = {name: f.description for name, f in REGISTRY.items()}


def default_output(fmt: str) -> Path:
    """Where an export is written when no path is given: ``orggraph.FORMAT`` in the
    current directory, or the folder ``orggraph-FORMAT`` for csv and organogram.

    >>> default_output("ttl"), default_output("csv")
    (PosixPath('orggraph.ttl'), PosixPath('orggraph-csv'))
    """
    folder = REGISTRY[fmt].write_directory is not None
    return Path(f"orggraph-{fmt}" if folder else f"orggraph.{fmt}")


def export(G: nx.MultiDiGraph, fmt: str, output: str | Path, *, force: bool = False,
           body: str | None = None) -> Path:
    """Write ``G`` (or the part of it in ``body``) in format ``fmt`` to ``output``.

    ``csv`` and ``organogram`` write a folder, the others one file. Writing is atomic
    and refuses to replace a path orggraph did not write unless ``force``.

    >>> import tempfile, pathlib
    >>> out = export(load_graph(), "ttl", pathlib.Path(tempfile.mkdtemp()) / "g.ttl")
    >>> "org:Post" in out.read_text(encoding="utf-8")
    True
    """
    if fmt not in REGISTRY:
        raise ExportError(f"unknown export format {fmt!r}; choose from {', '.join(REGISTRY)}")
    graph = select_body(G, body) if body else G
    target = Path(output)
    chosen = REGISTRY[fmt]
    if chosen.write_file is not None:
        return write_file(target, chosen.write_file(graph), force=force)
    if chosen.write_directory is None:
        raise ExportError(f"export format {fmt!r} has no writer")
    return write_directory(target, chosen.write_directory(graph, target), force=force)

