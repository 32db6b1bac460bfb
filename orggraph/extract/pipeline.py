"""The extraction pipeline: text → passages → candidates → resolved draft → ids.

Stages: :mod:`~orggraph.extract.reading` (files to text), :mod:`~orggraph.extract.layout`
and :mod:`~orggraph.extract.sentences` (passages with offsets),
:mod:`~orggraph.extract.candidates` (cues, as data in :mod:`~orggraph.extract.cues`),
:mod:`~orggraph.extract.resolve` (names to nodes), and here the ids against a data
directory's graph.

>>> d = extract_text("Job Title: Ward Manager\\nAccountable to: Head of Nursing\\n"
...                  "The post holder will deputise for the Matron.\\n", "jd-1")
>>> [(r.type, r.start, r.end) for r in d.relationships]
[('ACCOUNTABLE_TO', 'ward-manager', 'head-of-nursing'), ('DEPUTISES_FOR', 'ward-manager', 'matron')]
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

from ..model import ORGANISATION_KINDS
from .candidates import candidates
from .forms import read_form, text_of
from .names import normalise, slug
from .records import Draft, DraftNode, DraftRelationship
from .referents import with_referents
from .resolve import resolve
from .rosters import with_rosters
from .sentences import passages

if TYPE_CHECKING:  # annotations only: validate and coverage import this package
    import networkx as nx

__all__ = ["assign_ids", "extract_text"]


def extract_text(text: str, source_id: str, graph: nx.MultiDiGraph | None = None,
                 taken: set[str] | None = None) -> Draft:
    """Draft records from a document's text, reusing ``graph``'s ids where they are the same.

    ``taken`` holds ids that new records must not use (those of other drafts of the same
    run); the new ids are added to it.
    """
    plain, at = read_form(text)
    found = passages(plain)
    read = with_referents(plain, with_rosters(plain, candidates(plain, found)))
    draft = resolve(plain, source_id, found, read)
    if plain != text:
        _quote_from(draft, plain, text, at)
    assign_ids(draft, graph, taken if taken is not None else set())
    return draft


def _quote_from(draft: Draft, plain: str, text: str, at: list[int] | None) -> None:
    """Each quote as written in ``text`` (its spaces, line breaks, hyphens and page furniture
    as they were), from where it stands in ``plain``, the same text in the plain form read
    with the offsets ``at`` (:func:`.forms.read_form`).

    >>> d = extract_text("Job Title: Ward Sister\\nReports to:\\u00a0the Matron\\n", "d")
    >>> [(r.end, r.evidence) for r in d.relationships]
    [('matron', 'Reports to:\\xa0the Matron')]
    >>> d = extract_text("Job Title: Ward Sister\\nReports to: the Direc-\\ntor of Nursing\\n", "d")
    >>> [(r.end, r.evidence) for r in d.relationships]
    [('director-of-nursing', 'Reports to: the Direc-\\ntor of Nursing')]
    """
    records: list[DraftNode | DraftRelationship] = [*draft.nodes.values(), *draft.relationships]
    written: dict[str, str] = {}  # each quote searched for once (many records share one)
    for record in records:
        quote = record.evidence
        if quote not in written:
            start = plain.find(quote) if at is not None or quote not in text else -1
            written[quote] = text_of(text, at, start, start + len(quote)) if start >= 0 else quote
        record.evidence = written[quote]


def _organisation_of(graph: nx.MultiDiGraph, node: str) -> str | None:
    """The organisation a node sits in (through POST_IN and PART_OF), or itself if one."""
    seen, todo = {node}, deque([node])
    while todo:
        here = todo.popleft()
        if graph.nodes[here].get("kind") in ORGANISATION_KINDS:
            return here
        for _, there, rtype in graph.out_edges(here, keys=True):
            if rtype in ("POST_IN", "PART_OF") and there not in seen:
                seen.add(there)
                todo.append(there)
    return None


def _held_in(graph: nx.MultiDiGraph, person: str) -> set[str | None]:
    """The organisations of the posts a person HOLDS: two people of one name in different
    organisations are two people."""
    return {_organisation_of(graph, post) for _, post, rtype in graph.out_edges(person, keys=True)
            if rtype == "HOLDS"}


def _by_name(graph: nx.MultiDiGraph) -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    for node, attrs in graph.nodes(data=True):
        for name in (attrs.get("title"), attrs.get("name"), attrs.get("abbreviation"),
                     *attrs.get("aliases", ())):
            if name:
                names.setdefault(normalise(name), set()).add(node)
    return names


def _existing(node: DraftNode, graph: nx.MultiDiGraph, names: dict[str, set[str]],
              orgs: set[str]) -> str | None:
    """The one existing record ``node`` is: same name and label, in the same organisation (a
    person: holding a post in it)."""
    organisation = node.label == "Body" and node.kind in ORGANISATION_KINDS
    if node.label == "Body" and node.name == node.name.lower():
        return None  # "the police", "the widget team": a kind of body, no particular one
    for name in (node.name, node.abbreviation, *node.aliases):
        hits = {h for h in names.get(normalise(name or ""), ())
                if graph.nodes[h].get("label") == node.label}
        if node.label == "Post":  # a post: only one of the document's organisation
            hits = {h for h in hits if _organisation_of(graph, h) in orgs}
        elif node.label == "Person":  # a person: only one holding a post of it
            hits = {h for h in hits if _held_in(graph, h) & orgs}
        elif not organisation:  # a team or board: of that organisation, or of none known
            hits = {h for h in hits if _organisation_of(graph, h) in orgs | {None}}
        if len(hits) == 1:
            return hits.pop()
    return None


def _new_id(node: DraftNode, source_id: str, taken: set[str], used: set[str]) -> str:
    """A slug of the node's name not yet taken (prefixed by the source, then numbered)."""
    base = slug(node.name)
    if base in taken or base in used:
        base = f"{source_id}-{base}"
    candidate, n = base, 1
    while candidate in taken or candidate in used:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _documents_organisations(draft: Draft, names: dict[str, set[str]]) -> set[str]:
    """The existing records of the organisation the document is from."""
    if not draft.organisation:
        return set()
    org = draft.nodes[draft.organisation]
    return {h for n in (org.name, org.abbreviation) if n for h in names.get(normalise(n), ())}


def _renumber(draft: Draft) -> None:
    """The relationships with their nodes' ids, each (type, start, end) once."""
    ids = {k: n.id for k, n in draft.nodes.items()}
    seen: set[tuple[str, str, str]] = set()
    unique = []
    for rel in draft.relationships:
        rel.start, rel.end = ids[rel.start], ids[rel.end]
        k = (rel.type, rel.start, rel.end)
        if k not in seen and rel.start != rel.end:  # two nodes may be one existing record
            seen.add(k)
            unique.append(rel)
    draft.relationships = unique
    draft.subject = ids[draft.subject] if draft.subject else None
    draft.organisation = ids[draft.organisation] if draft.organisation else None


def assign_ids(draft: Draft, graph: nx.MultiDiGraph | None, used: set[str]) -> None:
    """Give every draft node an id: an existing one (see :func:`_existing`), else a new slug."""
    taken: set[str] = set(graph.nodes) if graph is not None else set()
    names = _by_name(graph) if graph is not None else {}
    orgs = _documents_organisations(draft, names)
    for node in draft.nodes.values():
        found = _existing(node, graph, names, orgs) if graph is not None else None
        if found:
            node.id, node.existing = found, True
        else:
            node.id = _new_id(node, draft.source_id, taken, used)
        used.add(node.id)
    _renumber(draft)
