"""The draft records the extractor gives: posts and bodies, relationships, one draft a document.

>>> DraftRelationship("REPORTS_TO", "a", "b", "Reports to: B", 0.95, "field 'Reports to'").type
'REPORTS_TO'
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Draft", "DraftNode", "DraftRelationship"]


@dataclass
class DraftNode:
    """A post or body the text names (``evidence``: a quote of the text naming it)."""

    key: str
    label: str
    name: str
    evidence: str
    kind: str | None = None
    abbreviation: str | None = None
    aliases: list[str] = field(default_factory=list)
    grade: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    note: str | None = None
    id: str = ""
    existing: bool = False  # the id was found in the data directory


@dataclass
class DraftRelationship:
    """A relationship the text states: its quote (a slice of the text), rule and confidence."""

    type: str
    start: str
    end: str
    evidence: str
    confidence: float
    rule: str
    role: str | None = None
    valid_from: str | None = None


@dataclass
class Draft:
    """What one document yields: the post it describes, the nodes and the relationships."""

    source_id: str
    subject: str | None
    nodes: dict[str, DraftNode]
    relationships: list[DraftRelationship]
    organisation: str | None = None  # the key of the organisation the document is from
