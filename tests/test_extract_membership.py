"""MEMBER_OF and CHAIRS in many wordings: the seeded generator of tests/membership_cases.py.

Each family of made-up texts (a post's memberships and chairs in prose and labels, named
teams, other posts as subjects, a body's composition in a sentence, one member a line and
as terms of reference) is held above a floor just under the share of its facts the
extractor states exactly; the invented facts (MEMBER_OF or CHAIRS that no case states)
under a ceiling, and the negatives (wordings the labelling guide leaves unlabelled) give
none beyond a ceiling.
"""

from __future__ import annotations

import pytest

from tests.membership_cases import Tally, cases, score

#: Floors just under the exact share each family reaches (docs/extraction.md).
FLOORS = {"all": 0.76, "member": 0.95, "team": 0.78, "label": 0.69, "chair": 0.68,
          "other": 0.53, "composition": 0.74, "composition list": 0.98,
          "terms of reference": 0.65}
#: Ceilings just over the share of stated MEMBER_OF / CHAIRS facts no case wants.
INVENTED = 0.05
#: Ceiling just over the share of negative cases that give a MEMBER_OF or CHAIRS fact.
NEGATIVE = 0.12


@pytest.fixture(scope="module")
def tallies() -> dict[str, Tally]:
    return score()[0]


def test_the_seed_fixes_the_cases():
    assert [c.text for c in cases(5, 30)] == [c.text for c in cases(5, 30)]
    assert len({c.text for c in cases(5, 30)}) > 25


def test_every_family_and_shape_is_generated():
    made = list(cases())
    assert {c.family for c in made} >= set(FLOORS) - {"all"} | {"negative"}
    assert {c.shape for c in made} == {"", " no-stop", " wrapped"}
    assert all(c.want for c in made if c.family != "negative")


@pytest.mark.parametrize("family", list(FLOORS))
def test_each_family_keeps_its_floor(tallies, family):
    assert tallies[family].exact >= FLOORS[family], tallies[family]


def test_few_facts_are_invented(tallies):
    assert tallies["all"].invented_rate <= INVENTED, tallies["all"]


def test_the_negatives_state_almost_nothing(tallies):
    neg = tallies["negative"]
    assert neg.noisy / neg.cases <= NEGATIVE, neg
