"""orggraph.extract.mentions: names in lists, shared heads, qualifiers."""

from __future__ import annotations

import pytest

from orggraph.extract.mentions import names_in, plain_name, plain_names


def names(text: str) -> list[str]:
    return [m.name for m in names_in(text, 0, len(text))]


def test_a_lone_word_before_or_shares_the_posts_last_word():
    assert names("Practice or Assistant Manager") == ["Practice Manager", "Assistant Manager"]
    assert names("Ward / Unit Manager") == ["Ward Manager", "Unit Manager"]


def test_a_place_repeated_after_and_starts_a_second_name():
    assert names("Westshire Community Health and Westshire Commissioners") == [
        "Westshire Community Health", "Westshire Commissioners"]


def test_a_qualifier_word_before_a_capitalised_name_is_that_name():
    found = names_in("Staff Nurses, Clinical Educators and the Ward Clerk", 0, 51)
    assert [m.name for m in found] == ["Staff Nurses", "Clinical Educators", "Ward Clerk"]
    assert found[0].qualifier == ""
    q = names_in("Lead GP, clinically", 0, 19)
    assert [(m.name, m.qualifier) for m in q] == [("Lead GP", "clinically")]


def test_a_lower_case_name_wrapped_onto_the_next_line_is_one_name():
    text = "Patients, Ward staff, site\n        team, estates office, Matron"
    found = plain_names(text, 0, len(text))
    assert [m.name for m in found] == ["Patients", "Ward staff", "site team", "estates office",
                                       "Matron"]
    assert text[found[2].start:found[2].end] == "site\n        team"


def test_a_lower_case_name_ends_at_a_line_starting_with_a_capital():
    text = "the line manager\nThe post holder will lead."
    found = plain_name(text, 0, len(text))
    assert found is not None and found.name == "line manager"


def test_a_lower_case_post_keeps_the_words_after_its_of():
    t = "the local director of widget quality"
    assert plain_name(t, 0, len(t)).name == "local director of widget quality"


def test_a_footnote_number_run_into_a_word_ends_a_lower_case_name():
    t = "its deputy chair13)."
    assert plain_name(t, 0, len(t)).name == "deputy chair"


def test_a_governing_body_in_lower_case_is_a_name():
    t = "a member of its governing body."
    assert plain_name(t, t.index("its"), len(t)).name == "governing body"


@pytest.mark.parametrize(("text", "expected"), [
    ("Senior Widget Nurse and Lead Widget Nurse", ["Senior Widget Nurse", "Lead Widget Nurse"]),
    ("Head of Widgets and Senior Managers", ["Head of Widgets", "Senior Managers"]),
    # one post: the words after "and" end in no post word
    ("Director of Widgets & Corporate Services", ["Director of Widgets & Corporate Services"]),
    ("Director of Nursing and Quality", ["Director of Nursing and Quality"]),
])
def test_and_joins_two_posts_only_when_each_is_whole(text: str, expected: list[str]):
    assert [m.name for m in names_in(text, 0, len(text))] == expected
