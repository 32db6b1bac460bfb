"""The checks a seeded generator of made-up texts is held to, written once for the
generators that share them (own-post facts, reporting lines, ends, bodies, subjects and
working relationships' counterparts): the seed fixes the cases; every family and every shape
is made; each family keeps its floor on one seed and the whole on another; few facts are
invented; the negatives state nothing. :func:`stated` gives the facts of some types a text
gives, for the one-example tests beside them.

A test module takes them with ``globals().update(family_checks(...))``; pytest then finds
the fixture and the tests in that module as if written there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import pytest

from orggraph.extract.evaluation import predicted_facts
from orggraph.extract.pipeline import extract_text


def family_checks(cases: Callable[..., Iterable[Any]], score: Callable[..., tuple[Any, ...]],
                  families: Iterable[str], floors: dict[str, float],
                  other_seed: tuple[int, float], invented: float) -> dict[str, Any]:
    """The fixture ``tallies`` and the tests of a generator whose ``cases(seed, n)`` make
    cases (``text``, ``family``, ``shape``, ``want``) and whose ``score(seed)`` tallies them
    per family, with ``floors`` per family, ``other_seed`` (seed, floor of the whole) and the
    ceiling ``invented`` on the share of facts no case states."""

    @pytest.fixture(scope="module")
    def tallies() -> dict[str, Any]:
        return dict(score()[0])

    def test_the_seed_fixes_the_cases() -> None:
        assert [c.text for c in cases(5, 30)] == [c.text for c in cases(5, 30)]
        assert len({c.text for c in cases(5, 30)}) > 25

    def test_every_family_and_shape_is_generated() -> None:
        made = list(cases())
        assert {c.family for c in made} == set(families) | {"negative"}
        assert {c.shape for c in made} == {"", " no-stop", " wrapped"}
        assert all(c.want for c in made if c.family != "negative")

    @pytest.mark.parametrize("family", list(floors))
    def test_each_family_keeps_its_floor(tallies: dict[str, Any], family: str) -> None:
        assert tallies[family].exact >= floors[family], tallies[family]

    def test_another_seed_keeps_the_floor() -> None:
        seed, floor = other_seed
        assert score(seed)[0]["all"].exact >= floor

    def test_few_facts_are_invented(tallies: dict[str, Any]) -> None:
        assert tallies["all"].invented_rate <= invented, tallies["all"]

    def test_the_negatives_state_nothing(tallies: dict[str, Any]) -> None:
        assert tallies["negative"].invented == 0, tallies["negative"]

    return {f.__name__: f for f in (
        tallies, test_the_seed_fixes_the_cases, test_every_family_and_shape_is_generated,
        test_each_family_keeps_its_floor, test_another_seed_keeps_the_floor,
        test_few_facts_are_invented, test_the_negatives_state_nothing)}


def stated(text: str, scored: Iterable[str]) -> set[tuple[str, str, str]]:
    """The facts of the ``scored`` types a text gives, each end by its first name."""
    return {(f.type, min(f.start), min(f.end))
            for f in predicted_facts(extract_text(text, "t"), text) if f.type in scored}
