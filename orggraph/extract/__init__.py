"""Extraction: from job descriptions' text to draft graph data, with quotes, and its evaluation.

:func:`extract` reads documents (``.txt`` in UTF-8 or Windows-1252, ``.docx``,
``.pdf``) and returns a draft in the data format; :func:`review_draft` shows or
accepts a draft against a data directory; :func:`evaluate` measures precision and
recall against curated or hand-labelled facts. The rules are general phrasing of
job descriptions (``rules.py``); no name of a post, body or organisation is built in.

>>> import tempfile, pathlib
>>> jd = pathlib.Path(tempfile.mkdtemp()) / "ward-sister.txt"
>>> _ = jd.write_text("Job Title: Ward Sister\\nReports to: Matron\\n", encoding="utf-8")
>>> result = extract([jd])
>>> "type: REPORTS_TO" in result.text, result.problems
(True, [])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import OrggraphError, Problem
from ..output import write_file
from .core import Draft, extract_text
from .draft import Review, render_draft, review_draft
from .evaluate import HEADLINE_TYPES, Evaluation, evaluate_sets
from .names import slug
from .reading import read_document
from .sentences import Passage, passages

__all__ = ["HEADLINE_TYPES", "Evaluation", "ExtractResult", "Passage", "Review", "evaluate",
           "extract", "passages", "review_draft"]


@dataclass
class ExtractResult:
    """What one run gives: the draft text, the report to show, one problem per bad file."""

    text: str
    drafts: list[Draft] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    written: Path | None = None
    report: str = ""  # what the command prints: the draft, "wrote …", a review or figures


def extract(files: Sequence[str | Path] = (), output: str | Path | None = None, *,
            source_id: str | None = None, data_dir: str | Path | None = None,
            force: bool = False, review: str | Path | None = None, accept: bool = False,
            evaluate: bool = False, labels: str | Path | None = None, fmt: str = "table",
            verbose: bool = False) -> ExtractResult:
    """Draft data from ``files`` (written to ``output`` when given), or review or evaluate.

    Drafting: ids of posts and bodies already in ``data_dir`` are reused; a file that is
    empty, binary, in an unknown encoding or has nothing recognisable gives one problem
    and the others are still processed. ``review`` shows (``accept``: merges) a draft
    against ``data_dir``; ``evaluate`` prints precision, recall and F1 on ``data_dir``'s
    sources (and on the hand-labelled ``labels`` directory) in ``fmt``, with every missed
    and wrong fact when ``verbose``.

    >>> from orggraph.load import DEFAULT_DATA_DIR
    >>> "headline" in extract(evaluate=True, data_dir=DEFAULT_DATA_DIR, fmt="csv").report
    True
    """
    if review is not None:
        done = review_draft(review, data_dir or _default_data(), accept=accept, force=force)
        return ExtractResult("", report="\n".join(done.lines + [f"wrote {p}" for p in
                                                                 done.written]))
    if evaluate:
        return ExtractResult("", report=_evaluation_report(
            evaluate_sets(data_dir or _default_data(), labels), fmt, verbose))
    result = _draft(files, source_id, data_dir)
    if output is not None and result.text:
        result.written = write_file(output, result.text, force=force)
    result.report = f"wrote {result.written}" if result.written else result.text.rstrip("\n")
    return result


def _default_data() -> Path:
    from ..load import DEFAULT_DATA_DIR

    return Path(DEFAULT_DATA_DIR)


def _evaluation_report(evaluations: list[Evaluation], fmt: str, verbose: bool) -> str:
    from ..formats import render

    rows = [r for ev in evaluations for r in ev.rows()]
    misses = [f"{ev.name}: {m}" for ev in evaluations for m in ev.misses] if verbose else []
    if fmt == "json" and verbose:
        return render({"rows": rows, "misses": misses}, fmt)
    return "\n".join([render(rows, fmt), *(["", *misses] if misses else [])])


def _draft(files: Sequence[str | Path], source_id: str | None,
           data_dir: str | Path | None) -> ExtractResult:
    if source_id is not None and len(files) != 1:
        raise OrggraphError("--source-id needs exactly one FILE")
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
        draft = extract_text(document.text, sid, graph, taken)
        if not draft.relationships and draft.subject is None:
            result.problems.append(Problem(str(path), 1, "nothing recognisable: no job title, "
                                           "labelled field or relationship found"))
            continue
        result.drafts.append(draft)
        text_file = path.name if path.suffix == ".txt" else f"{path.stem}.txt"
        if document.encoding not in ("utf-8", "docx", "pdf"):
            text_file = f"{path.stem}.utf8.txt"  # the text as UTF-8, as data/sources holds it
        parts.append(render_draft(draft, path.resolve(), text_file,
                                  f"Extracted from {path.name}"))
    result.text = "---\n".join(parts)
    return result


def evaluate(data_dir: str | Path, labels_dir: str | Path | None = None) -> list[Evaluation]:
    """Precision, recall and F1 of the extractor on a data directory's sources (and labels).

    >>> from orggraph.load import DEFAULT_DATA_DIR
    >>> ev = evaluate(DEFAULT_DATA_DIR)[0]
    >>> ev.documents, ev.total(HEADLINE_TYPES).tp > 0
    (5, True)
    """
    return evaluate_sets(data_dir, labels_dir)
