"""orggraph.extract.robustness: the development half's facts written in other layouts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from orggraph.extract.candidates import candidates
from orggraph.extract.evaluation import run
from orggraph.extract.labels import labelled
from orggraph.extract.robustness import LAYOUTS, SHAPES, Given, represent, robustness
from orggraph.extract.scores import HEADLINE_TYPES, Labelled

REAL = Path(__file__).parent / "fixtures" / "extract" / "real"

#: Floors just under the headline figures the development half's facts reach when written
#: in each layout (precision, recall); docs/extraction.md has the figures.
FLOORS = {"inline": (0.97, 0.84), "lines": (0.95, 0.84), "bullets": (0.97, 0.87),
          "table": (0.94, 0.8), "prose": (0.96, 0.89), "composition-sentence": (0.84, 0.51),
          "composition-heading": (0.79, 0.29), "composition-bullets": (0.8, 0.61)}
#: WORKS_WITH recall floors for the layouts of a post's own facts.
WORKS_WITH_FLOORS = {"inline": 0.9, "lines": 0.93, "bullets": 0.91, "table": 0.93,
                     "prose": 0.92}

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


#: Lines a web page or a viewer puts above a document's own first line.
FURNITURE = ("Skip to main content", "Home > About us > Our organisation",
             "https://www.example.org/about/board", "Last updated 3 May 2021")


def _below(doc: Labelled, line: str) -> Labelled:
    k = len(line)
    gold = [replace(g, span=(g.span[0] + k, g.span[1] + k) if g.span else None)
            for g in doc.gold]
    return replace(doc, text=line + doc.text, gold=gold)


@pytest.mark.parametrize("blank", ["\n", "\n\n"])
def test_a_line_of_site_furniture_above_the_text_loses_almost_nothing(blank):
    docs = labelled(REAL, "dev")
    plain = run("plain", docs).total(HEADLINE_TYPES)
    for n, line in enumerate(FURNITURE):
        moved = run(line, [_below(d, FURNITURE[(n + i) % len(FURNITURE)] + blank)
                           for i, d in enumerate(docs)]).total(HEADLINE_TYPES)
        assert moved.tp >= plain.tp - 2 and moved.fp <= plain.fp + 2, (line, plain, moved)


def test_a_composition_under_a_title_under_site_furniture_is_the_titles():
    text = ("Home > About us\nWestshire Widget Board\n\nThe board meets monthly.\n\n"
            "Membership comprises:\n\n  • A Lay Chair\n  • The Director of Widgets\n")
    got = {(c.type, c.source.name, c.target.name) for c in candidates(text)}
    assert got == {("CHAIRS", "Lay Chair", "Westshire Widget Board"),
                   ("MEMBER_OF", "Director of Widgets", "Westshire Widget Board")}


def test_no_break_and_typographic_spaces_read_as_spaces():
    docs = labelled(REAL, "dev")
    plain = run("plain", docs)
    spaced = run("no-break", [replace(d, text=d.text.replace(" ", "\u00a0"))
                              for d in docs])
    for types in (HEADLINE_TYPES, ["WORKS_WITH"]):
        a, b = plain.total(types), spaced.total(types)
        assert (a.tp, a.fp, a.fn) == (b.tp, b.fp, b.fn)
    assert plain.titles == spaced.titles
