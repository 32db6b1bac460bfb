"""CHAIRS in many wordings, and what only seems to be a chair: tests/chairs_cases.py.

Each family of made-up texts (the verb, "the Chair of", a chair's title, the passive, a title
naming its body in passing, a body's composition, terms of reference, co-chairs, vice and
deputy chairs, people in news, other posts) is held above a floor just under the share of
its facts the extractor states exactly, on two seeds; the CHAIRS / MEMBER_OF facts no case
states under a ceiling; and the negatives (chairing as a skill, one meeting's chair, past
chairs, "led by the chairman", a "Chair" of no named body) give none.
"""

from __future__ import annotations

import pytest

from orggraph.extract.chairs import ended
from orggraph.extract.evaluation import predicted_facts
from orggraph.extract.names import normalise
from orggraph.extract.pipeline import extract_text
from tests.chairs_cases import NEGATIVES, TEMPLATES, Tally, cases, score

#: Floors just under the exact share each family reaches on seeds 20 and 7 (docs/extraction.md
#: has the figures before and after the rules these families were written for).
FLOORS = {"all": 0.94, "verb": 0.98, "predicate": 0.94, "title": 0.9, "passive": 0.94,
          "named": 0.8, "composition": 0.92, "terms": 0.98, "co-chair": 0.93, "vice": 0.95,
          "person": 0.94, "other": 0.98}
#: Ceiling just over the share of stated CHAIRS / MEMBER_OF facts no case wants.
INVENTED = 0.006


@pytest.fixture(scope="module", params=[20, 7])
def tallies(request) -> dict[str, Tally]:
    return score(request.param)[0]


def test_the_seed_fixes_the_cases():
    assert [c.text for c in cases(5, 30)] == [c.text for c in cases(5, 30)]
    assert len({c.text for c in cases(5, 30)}) > 25


def test_every_family_and_shape_is_generated():
    made = list(cases())
    assert {c.family for c in made} == set(FLOORS) - {"all"} | {"negative"}
    assert {c.shape for c in made} == {"", " no-stop", " wrapped"}
    assert all(c.want for c in made if c.family != "negative")
    assert len(TEMPLATES) > 100 and len(NEGATIVES) >= 30


@pytest.mark.parametrize("family", list(FLOORS))
def test_each_family_keeps_its_floor(tallies, family):
    assert tallies[family].exact >= FLOORS[family], tallies[family]


def test_few_facts_are_invented(tallies):
    assert tallies["all"].invented_rate <= INVENTED, tallies["all"]


def test_the_negatives_state_nothing(tallies):
    neg = tallies["negative"]
    assert neg.cases > 100 and neg.invented == 0, neg


#: One made-up text per rule, and the CHAIRS / MEMBER_OF facts it states (source, type, target,
#: qualifier).
EXAMPLES = [
    ("Job Title: Widget Lead\n\nI currently chair the Gadget Committee\nMain duties\n",
     {("widget lead", "CHAIRS", "gadget committee", None)}),
    ("Job Title: Widget Lead\n\nThe post holder is responsible for chairing the Widget and "
     "Gadget Committee.", {("widget lead", "CHAIRS", "widget and gadget committee", None)}),
    ("Job Title: Widget Lead\n\nMain duties\n• Chair the Widget Board\n• Keep the register\n",
     {("widget lead", "CHAIRS", "widget board", None)}),
    ("Job Title: Widget Lead\n\nThe Widget Lead will serve as Chair of the Gadget Forum.",
     {("widget lead", "CHAIRS", "gadget forum", None)}),
    ("Job Title: Gadget Audit Committee Chair\n\nThe post holder leads the audit programme.",
     {("gadget audit committee chair", "CHAIRS", "gadget audit committee", None)}),
    ("Job Title: Widget Lead\n\nThe Gadget Forum (chaired by the Head of Widgets) meets monthly.",
     {("head of widgets", "CHAIRS", "gadget forum", None)}),
    ("Job Title: Widget Lead\n\nThe Gadget Forum is chaired by one of the GP voting members.",
     {("gp voting members", "CHAIRS", "gadget forum", None)}),
    ("Job Title: Widget Lead\n\nMeetings of the Gadget Forum are chaired by the Head of Widgets.",
     {("head of widgets", "CHAIRS", "gadget forum", None)}),
    ("Gadget Forum – Terms of Reference\n\nChair: Head of Widgets\nMembers: Widget Lead",
     {("head of widgets", "CHAIRS", "gadget forum", None),
      ("widget lead", "MEMBER_OF", "gadget forum", None)}),
    ("Gadget Forum\nTerms of Reference\n\nChair:\nHead of Widgets\n\nVice-Chair:\nWidget Lead\n",
     {("head of widgets", "CHAIRS", "gadget forum", None),
      ("widget lead", "MEMBER_OF", "gadget forum", "vice-chair")}),
    ("Job Title: Widget Lead\n\nThe post holder is the Deputy Chair of the Gadget Forum.",
     {("widget lead", "MEMBER_OF", "gadget forum", None)}),
    ("Job Title: Widget Lead\n\nJo Example, chair of the Gadget Forum, said the plan was sound.",
     {("jo example", "CHAIRS", "gadget forum", None)}),
    ("Job Title: Widget Lead\n\nWestshire Widgets NHS Trust chair Jo Example said the plan was "
     "sound.", {("jo example", "CHAIRS", "westshire widgets nhs trust", None)}),
    ("Job Title: Widget Lead\n\nEastshire Widgets has appointed Dr Sam Sample as Chair of the "
     "Gadget Forum.", {("dr sam sample", "CHAIRS", "gadget forum", None)}),
    ("Job Title: Widget Lead\n\nWe announce that Dr Sam Sample, a lay member, will chair the "
     "Gadget Forum.", {("dr sam sample", "CHAIRS", "gadget forum", None)}),
    ("Job Title: Widget Lead\n\nThe Board is led by the Chairman of the Trust Dr Sam Sample.",
     {("chairman", "CHAIRS", "trust", None)}),
    ("Job Title: Widget Lead\n\nReporting to the Head of Widgets, the Gadget Lead chairs the "
     "Sprocket Panel.", {("gadget lead", "CHAIRS", "sprocket panel", None)}),
    ("The Widget and Gadget Committee includes an Independent Chair and the Head of Widgets.",
     {("independent chair", "CHAIRS", "widget and gadget committee", None),
      ("head of widgets", "MEMBER_OF", "widget and gadget committee", None)}),
    # the negatives: ended chairs, a criterion, one meeting, a chair of no named body
    ("Job Title: Widget Lead\n\nJo Example, former chair of the Gadget Forum, said the plan "
     "was sound.", set()),
    ("Job Title: Widget Lead\n\nJo Example was Chair of the Gadget Forum until 2019.", set()),
    ("Job Title: Widget Lead\n\nJo Example stepped down as Chair of the Gadget Forum in May.",
     set()),
    ("Job Title: Widget Lead\n\nPerson specification\n• Experience of chairing the Gadget Forum",
     set()),
    ("Job Title: Widget Lead\n\nThe meeting was chaired by Jo Example.", set()),
    ("Job Title: Chair\n\nThe Chair provides leadership to the organisation.", set()),
]


@pytest.mark.parametrize(("text", "want"), EXAMPLES, ids=[t[:48] for t, _ in EXAMPLES])
def test_each_rule_states_exactly_its_facts(text, want):
    draft = extract_text(text, "example")
    facts = [f for f in predicted_facts(draft, text) if f.type in ("CHAIRS", "MEMBER_OF")]
    wanted = {(normalise(s), t, normalise(e)) for s, t, e, _ in want}
    got = {(s, f.type, e) for f in facts for s in f.start for e in f.end}
    assert wanted <= got
    invented = [f.label for f in facts
                if not any((s, f.type, e) in wanted for s in f.start for e in f.end)]
    assert invented == []
    roles = {(r.type, r.role) for r in draft.relationships if r.type in ("CHAIRS", "MEMBER_OF")}
    assert {(t, q) for _, t, _, q in want} <= roles


def test_a_chair_given_as_ended_is_told_from_a_current_one():
    said = "Jo Example has chaired the Widget Board since 2019."
    assert not ended(said, 0, said.index("chaired"), len(said))
    for past in ("the outgoing Chair of the Widget Board", "previously chaired the Widget Board",
                 "served as Chair of the Widget Board from 2012 to 2018"):
        at = past.lower().index("chair")
        assert ended(past, 0, at, len(past)), past
