"""orggraph.extract.provisions: a body's members in lettered paragraphs after a dashed lead-in."""

from __future__ import annotations

from orggraph.extract import passages
from orggraph.extract.provisions import from_provisions


def got(text: str) -> set[tuple[str, str, str]]:
    return {(c.type, c.source.name, c.target.name)  # type: ignore[union-attr]
            for c in from_provisions(text, passages(text))}


LETTER_LINES = ("Membership of widget board\n\n1\n\nThe membership of the widget board must "
                "include, at least, one each of the following—\n\na\n\na registered nurse, other "
                "than one who is a member,\n\nb\n\nan individual who is a widget specialist,\n\n"
                "2\n\nEach member is appointed for a term.\n")


def test_paragraphs_on_lines_after_their_letters():
    assert got(LETTER_LINES) == {("MEMBER_OF", "registered nurse", "widget board"),
                                 ("MEMBER_OF", "widget specialist", "widget board")}


def test_offices_held_and_a_chairman_named_by_his_committee():
    text = ("Membership of Widget Trusts\n\n(4) The officer members shall include–\n\n"
            "(a)the persons who for the time being hold the offices of Chief Officer and Widget "
            "Lead;\n\n(b)the person who holds the post of chairman of the Widget Committee; and\n")
    assert got(text) == {("MEMBER_OF", "Chief Officer", "Widget Trusts"),
                         ("MEMBER_OF", "Widget Lead", "Widget Trusts"),
                         ("MEMBER_OF", "chairman of the Widget Committee", "Widget Trusts"),
                         ("CHAIRS", "chairman of the Widget Committee", "Widget Committee")}


def test_a_lead_in_without_a_dash_or_a_body_gives_nothing():
    assert not got("Membership of widget board\n\nThe board will include:\n\na\n\na nurse\n")
    assert not got("Widget paper\n\nThe options include—\n\n(a)a Widget Lead;\n")


def test_the_paragraphs_end_at_the_next_numbered_provision():
    assert ("MEMBER_OF", "Widget Officer", "widget board") not in got(
        LETTER_LINES + "\n3\n\nthe Widget Officer shall attend.\n")
