"""The graph model: typed records and the relationship vocabulary, defined once.

Everything else in orggraph (validation, the NetworkX graph, Neo4j, charts and
exports) takes labels, relationship types and body kinds from this module.

>>> VOCABULARY["ACCOUNTABLE_TO"].accountability
True
>>> sorted(ACCOUNTABILITY_TYPES)
['ACCOUNTABLE_TO', 'REPORTS_TO', 'RESPONSIBLE_TO']
>>> PartialDate.parse("2025-05").last_day()
datetime.date(2025, 5, 31)
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import gc
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, ClassVar

__all__ = [
    "ACCOUNTABILITY_TYPES",
    "BODY_KINDS",
    "BODY_KIND_TABLE",
    "MEMBERSHIP_TYPES",
    "ORGANISATION_KINDS",
    "RELATIONSHIP_FIELDS",
    "VOCABULARY",
    "WAIVER_FIELDS",
    "WAIVER_REASONS",
    "WORKING_TYPES",
    "Body",
    "Label",
    "Location",
    "Node",
    "PartialDate",
    "Person",
    "Post",
    "RelType",
    "Relationship",
    "Source",
    "Waiver",
    "gc_paused",
    "normalise_space",
]


class Label(StrEnum):
    """Node labels, as they appear in Neo4j and on NetworkX nodes (``label``)."""

    BODY = "Body"
    POST = "Post"
    PERSON = "Person"


@dataclass(frozen=True)
class RelType:
    """One relationship type of the vocabulary.

    ``starts`` and ``ends`` are the labels allowed at each end; ``accountability``
    marks the edges used by default for span of control, layers and chains;
    ``org_term`` is the W3C Organization Ontology property, where one exists;
    ``group`` sorts the type into the sets the questions share (``"accountability"``,
    ``"working"``, ``"membership"`` or ``""``); ``phrases`` are the words of documents
    it is read from (shown in charts and in ``docs/data-format.md``).
    """

    name: str
    starts: frozenset[Label]
    ends: frozenset[Label]
    org_term: str | None
    phrases: str
    group: str = ""

    @property
    def accountability(self) -> bool:
        """Whether the type is an accountability line (the default for spans and chains)."""
        return self.group == "accountability"


_P, _B, _H = Label.POST, Label.BODY, Label.PERSON


def _rel(
    name: str,
    starts: set[Label],
    ends: set[Label],
    phrases: str,
    *,
    group: str = "",
    org_term: str | None = None,
) -> RelType:
    return RelType(name, frozenset(starts), frozenset(ends), org_term, phrases, group)


VOCABULARY: Mapping[str, RelType] = {
    r.name: r
    for r in (
        _rel("ACCOUNTABLE_TO", {_P}, {_P, _B}, "Accountable to",
             group="accountability", org_term="org:reportsTo"),
        _rel("RESPONSIBLE_TO", {_P}, {_P}, "Responsible to",
             group="accountability", org_term="org:reportsTo"),
        _rel("REPORTS_TO", {_P}, {_P, _B},
             "Reports to; directly responsible to; line managed by ('line manages' reversed)",
             group="accountability", org_term="org:reportsTo"),
        _rel("DEPUTISES_FOR", {_P}, {_P}, "deputise for; deputising at Board"),
        _rel("MEMBER_OF", {_P, _B}, {_B}, "member of; voting member of; sits on",
             group="membership", org_term="org:memberOf"),
        _rel("CHAIRS", {_P}, {_B}, "chair; co-chair (role: co-chair)", group="membership",
             org_term="org:headOf"),
        _rel("WORKS_WITH", {_P}, {_P, _B},
             "work closely with; key relationships; working relationships with",
             group="working"),
        _rel("POST_IN", {_P}, {_B}, "the body a post belongs to", org_term="org:postIn"),
        _rel("PART_OF", {_B}, {_B}, "comprises; brings together; sits within",
             org_term="org:subOrganizationOf"),
        _rel("HOLDS", {_H}, {_P}, "a named holder of a post", org_term="org:holds"),
        _rel("SUPPORTS", {_P, _B}, {_P, _B}, "supports; provides support to",
             group="working"),
        _rel("ADVISES", {_P, _B}, {_P, _B}, "advises; provides advice to", group="working"),
        _rel("PROFESSIONAL_LEAD_FOR", {_P}, {_P, _B}, "professional lead for",
             group="working"),
        _rel("SECONDED_TO", {_P, _H}, {_P, _B}, "seconded to"),
        _rel("REPLACES", {_P, _B}, {_P, _B}, "replaces; succeeds", org_term="prov:wasRevisionOf"),
        _rel("MERGES_INTO", {_B}, {_B}, "merges into; merging into (dated)",
             org_term="org:resultedFrom"),
    )
}


def _group(name: str) -> tuple[str, ...]:
    return tuple(n for n, r in VOCABULARY.items() if r.group == name)


#: Accountability lines: the default relationship set of spans, layers and chains.
ACCOUNTABILITY_TYPES: tuple[str, ...] = _group("accountability")
#: Working relationships (the ``relationships`` question).
WORKING_TYPES: tuple[str, ...] = _group("working")
#: Seats on bodies (the ``members`` and ``memberships`` questions).
MEMBERSHIP_TYPES: tuple[str, ...] = _group("membership")

#: Every body kind, in the order documented, and whether it is an organisation in its
#: own right (where a line "crosses over").
BODY_KIND_TABLE: Mapping[str, bool] = {
    **dict.fromkeys(("national-body", "regulator", "ics", "icb", "icp", "sha", "pct",
                     "trust", "group", "local-authority", "provider", "university"), True),
    **dict.fromkeys(("directorate", "division", "department", "service", "team", "board",
                     "committee", "assembly", "council", "panel", "advisory-group",
                     "working-group", "network", "partnership", "programme", "forum"), False),
    "organisation": True,
}
BODY_KINDS: frozenset[str] = frozenset(BODY_KIND_TABLE)
#: Body kinds that are organisations in their own right.
ORGANISATION_KINDS: frozenset[str] = frozenset(k for k, org in BODY_KIND_TABLE.items() if org)


def normalise_space(text: str) -> str:
    """Collapse every run of whitespace to one space and strip the ends.

    >>> normalise_space("Accountable to\\n\\n\\tICB  Executive Medical Director ")
    'Accountable to ICB Executive Medical Director'
    """
    # isprintable() is False for every whitespace character but the plain space, so
    # text that passes this test is already normal (the common case, checked cheaply)
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    # str.split() splits at exactly the characters re's \s matches (str.isspace), in C
    return " ".join(text.split())


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many containers.

    Bulk loads allocate millions of dicts and lists that live on; the collector's
    repeated scans of them made reading 100,000 posts four times slower.

    >>> with gc_paused():
    ...     rows = [{"id": str(i)} for i in range(1000)]
    >>> import gc; gc.isenabled()
    True
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_DATE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")  # ASCII digits only


@dataclass(frozen=True, order=True)
class PartialDate:
    """An ISO date that may stop at the year or month: ``2025``, ``2025-05``, ``2025-05-14``.

    A partial date covers a range of days: ``valid_from`` uses its first day and
    ``valid_to`` its last (both ends inclusive).

    >>> PartialDate.parse("2026-04-01").first_day()
    datetime.date(2026, 4, 1)
    >>> str(PartialDate.parse("2024"))
    '2024'
    """

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ``ValueError`` otherwise."""
        m = _DATE.match(text.strip())
        if not m:
            raise ValueError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
        month, day = (int(g) if g else None for g in m.groups()[1:])
        if month == 0 or day == 0:  # first_day() would read 0 as "not given"
            raise ValueError(f"not a date (month or day 00): {text!r}")
        date = cls(int(m.group(1)), month, day)
        date.first_day()  # raises ValueError for month 13, day 40 ...
        return date

    def first_day(self) -> dt.date:
        """The first day this date covers."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The last day this date covers."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def __str__(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
        if self.day:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)


@dataclass(frozen=True, slots=True)
class Location:
    """Where a record was written: a file and a 1-based line."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True, slots=True)
class Source:
    """A source document: the text every ``evidence`` quote of its records comes from."""

    id: str
    file: str
    title: str
    published: str | None = None
    location: Location | None = field(default=None, compare=False)


@dataclass(frozen=True, kw_only=True, slots=True)
class Node:
    """Fields every node record shares: provenance, dates, aliases."""

    id: str
    source: str
    evidence: str
    aliases: tuple[str, ...] = ()
    valid_from: str | None = None
    valid_to: str | None = None
    note: str | None = None
    location: Location | None = field(default=None, compare=False)

    label: ClassVar[Label]
    #: The record's own fields, in the order they are shown and exported.
    own_fields: ClassVar[tuple[str, ...]] = ()

    @property
    def display_name(self) -> str:
        """A body's name, a post's title, a person's name."""
        return str(getattr(self, "title", None) or getattr(self, "name", self.id))

    def properties(self) -> dict[str, Any]:
        """Every set property, as stored on graph nodes (no ``None`` or empty values).

        >>> Person(id="p", name="A N Other", source="s", evidence="q").properties()
        {'id': 'p', 'label': 'Person', 'name': 'A N Other', 'source': 's', 'evidence': 'q'}
        """
        out: dict[str, Any] = {"id": self.id, "label": str(self.label)}
        for key in (*self.own_fields, *NODE_COMMON_FIELDS):
            value = getattr(self, key)
            if value is None or value == ():
                continue
            out[key] = list(value) if isinstance(value, tuple) else value
        return out


NODE_COMMON_FIELDS = ("source", "evidence", "aliases", "valid_from", "valid_to", "note")


@dataclass(frozen=True, kw_only=True, slots=True)
class Body(Node):
    """Anything posts sit in or belong to: an organisation, directorate, board, panel ..."""

    name: str
    kind: str
    abbreviation: str | None = None
    label: ClassVar[Label] = Label.BODY
    own_fields: ClassVar[tuple[str, ...]] = ("name", "kind", "abbreviation")


@dataclass(frozen=True, kw_only=True, slots=True)
class Post(Node):
    """A job role, which exists whether or not it is filled."""

    title: str
    grade: str | None = None
    headcount: int | None = None
    label: ClassVar[Label] = Label.POST
    own_fields: ClassVar[tuple[str, ...]] = ("title", "grade", "headcount")


@dataclass(frozen=True, kw_only=True, slots=True)
class Person(Node):
    """A named holder of a post, only where a document names one."""

    name: str
    label: ClassVar[Label] = Label.PERSON
    own_fields: ClassVar[tuple[str, ...]] = ("name",)


@dataclass(frozen=True, kw_only=True, slots=True)
class Relationship:
    """A typed, sourced edge: ``(start)-[:TYPE]->(end)``, read as a sentence."""

    type: str
    start: str
    end: str
    source: str
    evidence: str
    role: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    note: str | None = None
    location: Location | None = field(default=None, compare=False)

    def properties(self) -> dict[str, Any]:
        """Every set property, as stored on graph edges (no ``None`` values)."""
        out: dict[str, Any] = {"type": self.type}
        # written out, not a getattr loop: a large graph calls this per edge
        if self.source is not None:
            out["source"] = self.source
        if self.evidence is not None:
            out["evidence"] = self.evidence
        if self.role is not None:
            out["role"] = self.role
        if self.valid_from is not None:
            out["valid_from"] = self.valid_from
        if self.valid_to is not None:
            out["valid_to"] = self.valid_to
        if self.note is not None:
            out["note"] = self.note
        return out


#: The properties a relationship can carry besides its ``type``, in the order they are
#: shown and exported (the fields of :class:`Relationship` but its ends and location).
RELATIONSHIP_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(Relationship) if f.name not in ("type", "start", "end", "location"))


#: Why a passage that states a relationship is deliberately not recorded (the ``reason``
#: of a waiver in a data file's ``waivers`` section).
WAIVER_REASONS: Mapping[str, str] = {
    "boilerplate": "terms every employee of the organisation shares (policies, duties)",
    "generic-counterpart": "the counterpart is no post or body (\"partners\", \"staff\")",
    "duplicate": "restates a statement recorded elsewhere in the same source",
    "person-specification": "a requirement of the candidate, not a relationship of the post",
    "no-relationship": "the cue word is used in another sense (\"supported to speak up\")",
}


@dataclass(frozen=True)
class Waiver:
    """A passage of a source deliberately not recorded: its quote, reason (one of
    :data:`WAIVER_REASONS`), the data file and line of its quote, and an optional note."""

    quote: str
    reason: str
    path: str
    line: int
    note: str | None = None


#: The YAML fields of a waiver record (its place is where it is read).
WAIVER_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(Waiver) if f.name not in ("path", "line"))
