"""The model: the vocabulary and the record classes agree with each other."""

from __future__ import annotations

import dataclasses

import pytest

from orggraph.model import RELATIONSHIP_FIELDS, VOCABULARY, Relationship


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
