"""Extraction: from job descriptions' text to draft graph data, with quotes, and its evaluation.

A pipeline of small stages: :mod:`.reading` (``.txt`` in UTF-8, UTF-16 or
Windows-1252, ``.docx``, ``.pdf``) → :mod:`.layout` (headings, labelled fields,
flattened tables, lists) → :mod:`.sentences` (sentences, clauses; :func:`passages`) →
:mod:`.candidates` (cue words as data in :mod:`.cues`) → :mod:`.resolve` (names to
posts and bodies) → :mod:`.pipeline` (ids) → :mod:`.draft` (YAML to review). No name
of a post, body or organisation is built in. See ``docs/extraction.md``.

:func:`extract` drafts from files and returns the drafts (and the YAML text);
:func:`review_draft` shows or accepts a draft; :func:`evaluate` scores the extractor.

>>> import tempfile, pathlib
>>> jd = pathlib.Path(tempfile.mkdtemp()) / "ward-sister.txt"
>>> _ = jd.write_text("Job Title: Ward Sister\\nReports to: Matron\\n", encoding="utf-8")
>>> result = extract([jd])
>>> [(r.type, r.start, r.end) for r in result.drafts[0].relationships], result.problems
([('REPORTS_TO', 'ward-sister', 'matron')], [])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import OrggraphError, Problem
from ..output import write_file
from .draft import Review, render_draft, replaces, review_draft
from .names import slug
from .pipeline import extract_text
from .reading import read_document
from .records import Draft
from .scores import HEADLINE_TYPES, Evaluation
from .sentences import Passage, passages

__all__ = ["HEADLINE_TYPES", "Evaluation", "ExtractResult", "Passage", "Review", "evaluate",
           "extract", "extract_text", "passages", "review_draft"]


@dataclass
class ExtractResult:
    """What one run gives: the drafts, their YAML text, one problem per bad file."""

    text: str
    drafts: list[Draft] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    written: Path | None = None


def extract(files: Sequence[str | Path], output: str | Path | None = None, *,
            source_id: str | None = None, data_dir: str | Path | None = None,
            force: bool = False) -> ExtractResult:
    """Draft data from ``files`` (the YAML written to ``output`` when given).

    Ids of ``data_dir``'s records are reused for the same post or body in the same
    organisation. A source accepted before is drafted against the data without it
    (:func:`~.draft.replaces`): extracting it again gives the same ids and records. A
    file that is empty, binary, in an unknown encoding or names no post and states no
    relationship gives one problem; the others are still processed.
    """
    if source_id is not None and len(files) != 1:
        raise OrggraphError("source_id needs exactly one file")
    graph = None
    if data_dir is not None:
        from ..graph import load_graph

        graph = load_graph(data_dir)
    result = ExtractResult("")
    parts = []
    taken: set[str] = set()  # ids new records of this run use: unique across its drafts
    for file in files:
        document = read_document(file)
        if document.problem:
            result.problems.append(document.problem)
            continue
        path = document.path
        sid = source_id or slug(path.stem)
        known = graph
        if graph is not None and data_dir is not None and replaces(data_dir, sid):
            known = graph.subgraph(n for n, a in graph.nodes(data=True) if a.get("source") != sid)
        draft = extract_text(document.text, sid, known, taken)
        if not draft.relationships and draft.subject is None:
            result.problems.append(Problem(str(path), 1, "nothing recognisable: no post named "
                                           "and no relationship stated"))
            continue
        result.drafts.append(draft)
        text_file = path.name if path.suffix == ".txt" else f"{path.stem}.txt"
        if document.encoding not in ("utf-8", "docx", "pdf"):
            text_file = f"{path.stem}.utf8.txt"  # the text as UTF-8, as data/sources holds it
        parts.append(render_draft(draft, path.resolve(), text_file,
                                  f"Extracted from {path.name}"))
    result.text = "---\n".join(parts)
    if output is not None and result.text:
        result.written = write_file(output, result.text, force=force)
    return result


def evaluate(data_dir: str | Path, labels_dir: str | Path | None = None,
             half: str | None = None) -> list[Evaluation]:
    """Strict and lenient scores on ``data_dir``'s sources (and on ``labels_dir``'s documents).

    >>> from orggraph.load import DEFAULT_DATA_DIR
    >>> ev = evaluate(DEFAULT_DATA_DIR)[0]
    >>> ev.documents, ev.total(HEADLINE_TYPES).tp > 0
    (5, True)
    """
    from .evaluation import evaluate_sets

    return evaluate_sets(data_dir, labels_dir, half)
