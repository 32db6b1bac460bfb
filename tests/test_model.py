"""The model: the vocabulary and the record classes agree with each other."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from orggraph.model import (
    ACCOUNTABILITY_TYPES,
    BODY_KIND_TABLE,
    BODY_KINDS,
    MEMBERSHIP_TYPES,
    ORGANISATION_KINDS,
    RELATIONSHIP_FIELDS,
    VOCABULARY,
    WORKING_TYPES,
    Label,
    Relationship,
)


def test_relationship_fields_name_every_property_a_relationship_can_carry():
    fields = [f.name for f in dataclasses.fields(Relationship)]
    assert list(RELATIONSHIP_FIELDS) == [f for f in fields
                                         if f not in ("type", "start", "end", "location")]


@pytest.mark.parametrize("optional", [{}, {"role": "chair"}, {"valid_from": "2025-05",
                                                              "valid_to": "2026-03-31",
                                                              "note": "n", "role": "r"}])
def test_properties_hold_the_type_and_every_set_field_and_nothing_else(optional):
    rtype = next(iter(VOCABULARY))
    rel = Relationship(type=rtype, start="a", end="b", source="s", evidence="e", **optional)
    assert rel.properties() == {"type": rtype, "source": "s", "evidence": "e", **optional}


# --- the documentation's tables are the model's ------------------------------------------

DATA_FORMAT = Path(__file__).resolve().parent.parent / "docs" / "data-format.md"
_LABEL_ORDER = (Label.POST, Label.BODY, Label.PERSON)


def _labels(labels: frozenset[Label]) -> str:
    return "/".join(str(x) for x in _LABEL_ORDER if x in labels)


def vocabulary_table() -> str:
    """The vocabulary table of ``docs/data-format.md``, rendered from the model."""
    rows = ["| type | from | to | phrases |", "|---|---|---|---|"]
    rows += [f"| {r.name} | {_labels(r.starts)} | {_labels(r.ends)} | {r.phrases} |"
             for r in VOCABULARY.values()]
    return "\n".join(rows)


def body_kinds_text() -> str:
    """The list of body kinds of ``docs/data-format.md``, rendered from the model."""
    return ", ".join(f"`{k}`" for k in BODY_KIND_TABLE) + "."


def test_the_documented_vocabulary_is_the_models():
    text = DATA_FORMAT.read_text(encoding="utf-8")
    assert vocabulary_table() in text, f"paste into docs/data-format.md:\n{vocabulary_table()}"
    accountability = ", ".join(ACCOUNTABILITY_TYPES[:-1]) + f" and {ACCOUNTABILITY_TYPES[-1]}"
    assert f"are\n{accountability}." in text or f"are {accountability}." in text


def test_the_documented_body_kinds_are_the_models():
    text = " ".join(DATA_FORMAT.read_text(encoding="utf-8").split())
    assert body_kinds_text() in text, f"paste into docs/data-format.md:\n{body_kinds_text()}"


def test_the_question_sets_come_from_the_vocabulary():
    assert set(WORKING_TYPES) | set(MEMBERSHIP_TYPES) | set(ACCOUNTABILITY_TYPES) <= set(
        VOCABULARY)
    assert ORGANISATION_KINDS <= BODY_KINDS
