"""orggraph.extract.robustness: the development half's facts written in other layouts."""

from __future__ import annotations

from pathlib import Path

import pytest

from orggraph.extract.robustness import LAYOUTS, SHAPES, Given, represent, robustness
from orggraph.extract.scores import HEADLINE_TYPES

REAL = Path(__file__).parent / "fixtures" / "extract" / "real"

#: Floors just under the headline figures the development half's facts reach when written
#: in each layout (precision, recall); docs/extraction.md has the figures.
FLOORS = {"inline": (0.98, 0.83), "lines": (0.98, 0.86), "bullets": (0.97, 0.85),
          "table": (0.95, 0.79), "prose": (0.97, 0.84), "composition-sentence": (0.8, 0.38),
          "composition-heading": (0.83, 0.32), "composition-bullets": (0.8, 0.47)}
#: WORKS_WITH recall floors for the layouts of a post's own facts.
WORKS_WITH_FLOORS = {"inline": 0.9, "lines": 0.91, "bullets": 0.89, "table": 0.91,
                     "prose": 0.91}

WIDGET = Given("Widget Nurse", [("REPORTS_TO", "Widget Nurse", "Ward Manager"),
                                ("WORKS_WITH", "Widget Nurse", "Pharmacy"),
                                ("WORKS_WITH", "Widget Nurse", "Matron"),
                                ("MEMBER_OF", "Head of Widgets", "Widget Board"),
                                ("CHAIRS", "Independent Chair", "Widget Board")])


def test_every_layout_writes_every_fact_it_scores():
    for layout in (*LAYOUTS, *SHAPES):
        (doc,) = represent([WIDGET], layout, seed=3)
        for fact in doc.gold:
            assert next(iter(fact.end)) in doc.text.lower().replace("the ", "")
        own = layout in LAYOUTS
        assert (doc.post is not None) == own
        assert {f.type for f in doc.gold} == ({"REPORTS_TO", "WORKS_WITH"} if own
                                              else {"MEMBER_OF", "CHAIRS"})


def test_the_seed_fixes_the_words_chosen():
    assert represent([WIDGET], "prose", seed=7)[0].text == \
        represent([WIDGET], "prose", seed=7)[0].text
    texts = {represent([WIDGET], "inline", seed=s)[0].text for s in range(12)}
    assert len(texts) > 1  # the cue words vary with the seed


def test_a_flattened_table_puts_its_values_after_its_labels():
    (doc,) = represent([WIDGET], "table", seed=1)
    lines = doc.text.splitlines()
    assert lines[1] == "Band:" and "Band 6" in lines
    assert lines.index("Band 6") > max(i for i, x in enumerate(lines) if x.endswith(":")
                                       and not x.startswith("Job"))


@pytest.fixture(scope="module")
def scored():
    return robustness(REAL, "dev")


@pytest.mark.parametrize("layout", list(FLOORS))
def test_the_development_facts_in_each_layout_keep_their_floor(scored, layout):
    head = scored[layout].total(HEADLINE_TYPES)
    precision, recall = FLOORS[layout]
    assert head.precision >= precision and head.recall >= recall, head
    if layout in WORKS_WITH_FLOORS:
        assert scored[layout].total(["WORKS_WITH"]).recall >= WORKS_WITH_FLOORS[layout]
