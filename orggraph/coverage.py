"""Coverage: which passages of a source state a relationship, and what records each one.

A passage is a sentence, a list item or a labelled field, as the extraction
pipeline's reading and sentence stages cut a text (:func:`orggraph.extract.sentences.passages`).
It *states a relationship* when it holds a cue of the vocabulary (the words in
:data:`orggraph.extract.cues.RELATION_CUES`: accountable, reports to, member, works
with, supports, part of, within, replaces …), when it is the value of a field whose
label names a relationship, or when it is an entry of a list whose heading or lead-in
holds a cue. Each such passage is *recorded* (a relationship's evidence lies in it),
*waived* (a waiver of the data file quotes it, with a reason) or *uncovered*.

Waivers sit in the data file of their source, read (and their quotes checked against
the source text) by the loader, :mod:`orggraph.load`, into ``Dataset.waivers``::

    waivers:
      - quote: "All employees have a responsibility to support the organisation"
        reason: boilerplate
        note: optional free text

>>> result = coverage()
>>> [s.source for s in result.sources][:2]
['nw-icb-dmd-2023', 'nchc-dmd-2025']
>>> result.totals()["uncovered"]
0
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import OrggraphError, Problem
from .extract.cues import LABELS, RELATION_CUES
from .extract.sentences import Passage, passages, sentences
from .load import DEFAULT_DATA_DIR, VALIDATORS, Dataset, read_data
from .model import WAIVER_REASONS, Relationship, Waiver

__all__ = ["ROW_COLUMNS", "STATUSES", "WAIVER_REASONS", "Coverage", "Found", "SourceCoverage",
           "Waiver", "check_waivers", "coverage", "coverage_data", "read_waivers",
           "waivers_that_waive_nothing"]

#: The columns of :meth:`Coverage.rows`, one row per passage.
ROW_COLUMNS = ("source", "line", "kind", "status", "cues", "records", "waiver", "text")
#: The statuses of a passage, as ``--status`` takes them.
STATUSES = ("recorded", "waived", "uncovered")
_CUES = tuple((name, re.compile(pattern, re.IGNORECASE))
              for name, pattern in RELATION_CUES.items())
_LIST_KINDS = ("item",)


@dataclass
class Found:
    """One relation-bearing passage: where it is, its cues, and what covers it."""

    kind: str
    text: str
    start: int
    end: int
    line: int
    cues: tuple[str, ...]
    records: list[Relationship] = field(default_factory=list)
    waivers: list[Waiver] = field(default_factory=list)

    @property
    def status(self) -> str:
        """``recorded``, ``waived`` or ``uncovered`` (a record wins over a waiver)."""
        return "recorded" if self.records else "waived" if self.waivers else "uncovered"

    def as_dict(self) -> dict[str, Any]:
        """Plain data: what the report and ``--format json`` show for the passage."""
        return {
            "line": self.line, "kind": self.kind, "status": self.status,
            "cues": list(self.cues), "text": " ".join(self.text.split()),
            "records": [{"type": r.type, "from": r.start, "to": r.end,
                         "at": str(r.location) if r.location else None}
                        for r in self.records],
            "waiver": ({"reason": self.waivers[0].reason,
                        "at": f"{self.waivers[0].path}:{self.waivers[0].line}"}
                       if self.waivers else None),
        }


@dataclass
class SourceCoverage:
    """The relation-bearing passages of one source text and how each is covered."""

    source: str
    file: str
    title: str
    found: list[Found] = field(default_factory=list)

    def totals(self) -> dict[str, int]:
        """Passages found, recorded, waived and uncovered."""
        statuses = [f.status for f in self.found]
        return {"found": len(statuses), "recorded": statuses.count("recorded"),
                "waived": statuses.count("waived"), "uncovered": statuses.count("uncovered")}

    def as_dict(self) -> dict[str, Any]:
        """Plain data for one source: its id, file, title, totals and passages."""
        return {"source": self.source, "file": self.file, "title": self.title,
                **self.totals(), "passages": [f.as_dict() for f in self.found]}


@dataclass
class Coverage:
    """Every source's coverage, in the order of the data files."""

    sources: list[SourceCoverage]

    def totals(self) -> dict[str, int]:
        """The totals over every source."""
        out = {"found": 0, "recorded": 0, "waived": 0, "uncovered": 0}
        for source in self.sources:
            for key, n in source.totals().items():
                out[key] += n
        return out

    @property
    def uncovered(self) -> int:
        """How many relation-bearing passages nothing records or waives."""
        return self.totals()["uncovered"]

    def rows(self, status: str | None = None) -> list[dict[str, Any]]:
        """One flat row per passage (``status`` keeps only passages with that status)."""
        return [{"source": s.source, "line": f.line, "kind": f.kind, "status": f.status,
                 "cues": ", ".join(f.cues),
                 "records": "; ".join(f"{r.type} {r.start} -> {r.end}" for r in f.records),
                 "waiver": f.waivers[0].reason if f.waivers else "",
                 "text": " ".join(f.text.split())}
                for s in self.sources for f in s.found if status in (None, f.status)]

    def total_rows(self) -> list[dict[str, Any]]:
        """One row of totals per source, then the overall totals."""
        return [*({"source": s.source, **s.totals()} for s in self.sources),
                {"source": "(all)", **self.totals()}]

    def as_dict(self) -> dict[str, Any]:
        """Plain data: every source (with its passages) and the overall totals."""
        return {"sources": [s.as_dict() for s in self.sources], "totals": self.totals()}


def coverage(data_dir: str | Path = DEFAULT_DATA_DIR, sources: Sequence[str] = ()) -> Coverage:
    """The coverage of every source of ``data_dir`` (or of ``sources``: ids or file names).

    Raises :class:`~orggraph.errors.DataError` when the data has errors and
    :class:`~orggraph.errors.OrggraphError` for a source that is not in the data.

    >>> one = coverage(sources=["dh-ooh-coordinator-2004"]).sources[0]
    >>> one.totals()["found"] > 0, one.totals()["uncovered"]
    (True, 0)
    """
    dataset = read_data(data_dir)
    wanted = _wanted(dataset, sources)
    waivers = dataset.waivers
    names = _names(dataset)
    by_source: dict[str, list[Relationship]] = {}
    for rel in dataset.relationships:
        by_source.setdefault(rel.source, []).append(rel)
    out = []
    for sid in wanted:
        src = dataset.sources[sid]
        text = (Path(data_dir) / "sources" / src.file).read_text(encoding="utf-8")
        found = relation_passages(text, names)
        _cover(text, found, by_source.get(sid, []), waivers.get(sid, []))
        out.append(SourceCoverage(sid, src.file, src.title, found))
    return Coverage(out)


def coverage_data(data_dir: str | Path = DEFAULT_DATA_DIR) -> list[dict[str, Any]]:
    """Plain data per source (totals, and each passage with its status, records and
    waiver): what a report renders.

    >>> first = coverage_data()[0]
    >>> sorted(first["passages"][0])
    ['cues', 'kind', 'line', 'records', 'status', 'text', 'waiver']
    """
    return [s.as_dict() for s in coverage(data_dir).sources]


def _wanted(dataset: Dataset, sources: Sequence[str]) -> list[str]:
    if not sources:
        return list(dataset.sources)
    by_name = {s.file: s.id for s in dataset.sources.values()}
    out = []
    for name in sources:
        sid = name if name in dataset.sources else by_name.get(Path(name).name)
        if sid is None:
            known = ", ".join(dataset.sources)
            raise OrggraphError(f"no source {name!r} in the data (sources: {known})")
        out.append(sid)
    return out


# --- finding the passages that state a relationship ----------------------------------


def _names(dataset: Dataset) -> list[re.Pattern[str]]:
    """The names of posts and bodies that hold a cue word ("Workforce Advisory Group"):
    a cue inside a name is part of the name, not a statement."""
    found: set[str] = set()
    for node in dataset.nodes.values():
        for name in (node.display_name, *node.aliases):
            if len(name.split()) > 1 and any(p.search(name) for _, p in _CUES):
                found.add(name)
    return [re.compile(r"\b" + r"\s+".join(map(re.escape, n.split())) + r"\b", re.IGNORECASE)
            for n in sorted(found, key=len, reverse=True)]


def cues_in(text: str, names: Iterable[re.Pattern[str]] = ()) -> tuple[str, ...]:
    """The cues of the vocabulary that ``text`` holds, names of the data masked out.

    >>> cues_in("The post holder will deputise for the Matron and sit on the Forum.")
    ('deputises', 'sits on')
    >>> cues_in("She is supported to speak up.")
    ('supports',)
    """
    for pattern in names:
        text = pattern.sub(lambda m: "#" * len(m.group()), text)
    return tuple(name for name, pattern in _CUES if pattern.search(text))


def relation_passages(text: str, names: Sequence[re.Pattern[str]] = ()) -> list[Found]:
    """The sentences, list items and labelled fields of ``text`` that state a relationship.

    A list item counts when it holds a cue itself or when the heading or lead-in line
    (ending in ":") it follows holds one; headings are not listed themselves.

    >>> text = "Key Relationships\\n· Matron\\n· Ward Team\\n\\nShe leads the ward. It is busy.\\n"
    >>> for f in relation_passages(text):
    ...     print(f.kind, repr(f.text), f.cues)
    field 'Key Relationships\\n· Matron' ('works with',)
    field 'Ward Team' ('works with',)
    >>> text = "Our partners include:\\n· Matron\\n\\nThe nurse works with:\\n· Ward Team\\n"
    >>> [(f.kind, f.text, f.cues) for f in relation_passages(text)]
    [('field', 'The nurse works with:\\n· Ward Team', ('works with',))]
    """
    out: list[Found] = []
    lead: tuple[str, ...] = ()  # the cues of the heading or lead-in the list items follow
    for p in passages(text):
        if p.kind == "heading":
            lead = cues_in(p.text, names)
            continue
        for start, end in _pieces(text, p):
            own = cues_in(text[start:end], names) or _label_cues(p, names)
            if p.kind in _LIST_KINDS and not own:
                own = lead
            if own:
                out.append(Found(p.kind, text[start:end], start, end,
                                 text.count("\n", 0, start) + 1, own))
        if p.kind not in _LIST_KINDS:
            ends_lead_in = p.text.rstrip().endswith(":")
            lead = cues_in(p.text, names) if ends_lead_in else () if p.kind != "field" else lead
    return out


def _pieces(text: str, p: Passage) -> list[tuple[int, int]]:
    """A list item of several sentences as its sentences; any other passage whole."""
    if p.kind in _LIST_KINDS:
        return sentences(text, p.start, p.end) or [(p.start, p.end)]
    return [(p.start, p.end)]


def _label_cues(p: Passage, names: Sequence[re.Pattern[str]]) -> tuple[str, ...]:
    """The cues of a field's label ("Key relationships"); a label the extractor reads as
    naming a relationship counts as a cue of its own."""
    if p.kind != "field" or not p.label:
        return ()
    label = LABELS.get(p.label.strip(" :").lower())
    return cues_in(p.label, names) or (
        (p.label.strip(" :").lower(),) if label is not None and label.gives.isupper() else ())


# --- what covers each passage ----------------------------------------------------------


class _Located:
    """A text with its whitespace collapsed, and the way back to the original offsets."""

    def __init__(self, text: str) -> None:
        parts: list[str] = []
        self.offsets: list[int] = []
        space = True  # drop leading whitespace
        for i, ch in enumerate(text):
            if ch.isspace():
                if not space:
                    parts.append(" ")
                    self.offsets.append(i)
                space = True
                continue
            parts.append(ch)
            self.offsets.append(i)
            space = False
        self.text = "".join(parts)

    def spans(self, quote: str) -> Iterator[tuple[int, int]]:
        """Every place ``quote`` (whitespace collapsed) occurs, as original offsets."""
        wanted = " ".join(quote.split())
        if not wanted:
            return
        at = self.text.find(wanted)
        while at >= 0:
            yield self.offsets[at], self.offsets[at + len(wanted) - 1] + 1
            at = self.text.find(wanted, at + 1)


def _cover(text: str, found: list[Found], records: list[Relationship],
           waivers: list[Waiver]) -> None:
    """Attach to each passage the records and waivers whose quote overlaps it."""
    located = _Located(text)
    starts = [f.start for f in found]

    def overlapping(a: int, b: int) -> Iterator[Found]:
        i = max(bisect.bisect_right(starts, a) - 1, 0)
        while i < len(found) and found[i].start < b:
            if found[i].end > a:
                yield found[i]
            i += 1

    for rel in records:
        for a, b in located.spans(rel.evidence):
            for f in overlapping(a, b):
                if rel not in f.records:
                    f.records.append(rel)
    for waiver in waivers:
        for a, b in located.spans(waiver.quote):
            for f in overlapping(a, b):
                f.waivers.append(waiver)


# --- waivers ---------------------------------------------------------------------------


def read_waivers(data_dir: str | Path = DEFAULT_DATA_DIR) -> dict[str, list[Waiver]]:
    """The waivers of every data file, by source id (as the loader reads them).

    >>> len(read_waivers()["manchester-pct-ops-2006"]) > 0
    True
    """
    return read_data(data_dir).waivers


def check_waivers(data_dir: str | Path = DEFAULT_DATA_DIR) -> list[Problem]:
    """A warning for each waiver of ``data_dir`` that waives nothing.

    The loader checks each waiver's fields, reason and quote; a data directory with
    errors raises :class:`~orggraph.errors.DataError` (``validate`` lists them all).

    >>> check_waivers()
    []
    """
    return waivers_that_waive_nothing(read_data(data_dir))


def waivers_that_waive_nothing(dataset: Dataset) -> list[Problem]:
    """A warning for each waiver whose quote lies in no passage that states a
    relationship (one of :data:`orggraph.load.VALIDATORS`, so ``validate`` reports it).

    >>> waivers_that_waive_nothing(read_data())
    []
    """
    out: list[Problem] = []
    for sid, waivers in dataset.waivers.items():
        source = dataset.sources.get(sid)
        if source is None:
            continue
        try:
            text = (dataset.directory / "sources" / source.file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError, ValueError):
            continue  # the loader reports an unreadable source text
        out.extend(_waiving_nothing(text, waivers))
    return out


def _waiving_nothing(text: str, waivers: list[Waiver]) -> list[Problem]:
    located = _Located(text)
    found = relation_passages(text)
    starts = [f.start for f in found]
    return [Problem(w.path, w.line, "waiver quote lies in no passage that states a "
                    "relationship (nothing to waive)", "warning")
            for w in waivers
            if not any(f.end > a and f.start < b for a, b in located.spans(w.quote)
                       for f in found[max(bisect.bisect_right(starts, a) - 1, 0):]
                       if f.start < b)]


VALIDATORS.append(waivers_that_waive_nothing)
