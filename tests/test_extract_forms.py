"""orggraph.extract.forms and robustness.in_form: the same documents in other forms.

The development half's documents are written again as a PDF's hard-wrapped text, with
hyphens for dashes (and the reverse), tabs for padding, labels and headings in capitals,
Windows line ends, other bullet glyphs, a blank line after every line or none; each form
is scored against the documents as written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from orggraph.extract.evaluation import run
from orggraph.extract.forms import plain_form, read_form, unwrapped
from orggraph.extract.labels import labelled
from orggraph.extract.layout import BULLET
from orggraph.extract.pipeline import extract_text
from orggraph.extract.robustness import FOOTERS, FORMS, HEADERS, Given, forms, in_form, represent
from orggraph.extract.scores import HEADLINE_TYPES, LABELLED_TYPES, Labelled

REAL = Path(__file__).parent / "fixtures" / "extract" / "real"

#: Per form, (the share of the plain text's right headline facts a form keeps at least,
#: the wrong facts it may add at most); docs/extraction.md has the figures.
FLOORS = {"wrap-60": (0.97, 4), "wrap-80": (0.97, 1), "wrap-60-90": (0.95, 2),
          "hyphens": (0.99, 1), "en-dashes": (0.99, 1), "tabs": (0.98, 1),
          "capitals": (0.98, 1), "crlf": (0.99, 1), "bullets": (0.99, 1),
          "blank-between": (0.99, 8), "no-blank-lines": (0.97, 5)}


#: A page's furniture line as the pdf forms write it (a header or a footer).
_FURNITURE = re.compile("|".join([*(re.escape(h) for h in HEADERS),
                                  *(re.escape(f).replace(r"\{n\}", r"\d+").replace(r"\{m\}", r"\d+")
                                    for f in FOOTERS)]))


def _words(text: str) -> str:
    """A passage's words: its letters and digits, a ligature as its letters, a page's
    furniture and the lists' markers left out."""
    text = "\n".join(BULLET.sub("", x) for x in text.split("\n")
                     if not _FURNITURE.fullmatch(x.strip("\f \r\u200b\ufeff")))
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text)).lower()


@pytest.fixture(scope="module")
def dev():
    return labelled(REAL, "dev")


@pytest.mark.parametrize("form", list(FORMS))
def test_every_form_keeps_each_quotes_words_where_the_quote_moved(dev, form):
    changed = 0
    for doc in dev:
        moved = in_form(doc, form)
        changed += moved.text != doc.text
        for old, new in zip(doc.gold, moved.gold, strict=True):
            if old.span and new.span:
                a, b = old.span
                assert _words(moved.text[new.span[0]:new.span[1]]) == _words(doc.text[a:b])
    assert changed >= 0.1 * len(dev)  # the form is one the half's documents can take


def test_the_seed_fixes_the_form(dev):
    doc = next(d for d in dev if "•" in d.text)
    assert in_form(doc, "bullets", 3).text == in_form(doc, "bullets", 3).text
    assert len({in_form(doc, "bullets", s).text for s in range(12)}) > 1
    assert len({in_form(doc, "wrap-60-90", s).text for s in range(12)}) > 1


def test_a_hard_wrap_breaks_no_line_past_its_width(dev):
    for doc in dev:
        for line in in_form(doc, "wrap-60").text.split("\n"):
            assert len(line) <= 60 or " " not in line.strip()


@pytest.mark.parametrize("form", list(FORMS))
def test_the_plain_form_knows_where_each_character_was_and_quotes_the_text_as_written(dev, form):
    for doc in dev[::7]:
        text = in_form(doc, form).text
        plain, at = read_form(text)
        assert plain == plain_form(text)
        if at is None:
            assert len(plain) == len(text)
        else:
            assert len(at) == len(plain) + 1 and at[-1] == len(text)
            assert all(a <= b for a, b in zip(at, at[1:]))  # (in order: nothing moved back)
        for rel in extract_text(text, doc.name).relationships:
            assert rel.evidence in text


#: Made-up documents in the guide's layouts (organisations, posts and bodies invented).
WESTSHIRE = [
    Given("Widget Practitioner", [
        ("REPORTS_TO", "Widget Practitioner", "Head of Widget Services"),
        ("ACCOUNTABLE_TO", "Widget Practitioner", "Director of Gadgets and Widgets"),
        ("WORKS_WITH", "Widget Practitioner", "Westshire Community Gadget Team"),
        ("WORKS_WITH", "Widget Practitioner", "Sprocket Liaison Officer"),
        ("MEMBER_OF", "Widget Practitioner", "Westshire Widget Forum")]),
    Given("Gadget Team Leader", [
        ("RESPONSIBLE_TO", "Gadget Team Leader", "Associate Director of Sprockets"),
        ("DEPUTISES_FOR", "Gadget Team Leader", "Gadget Services Manager"),
        ("WORKS_WITH", "Gadget Team Leader", "Eastshire Widget Partnership")]),
]
_PREAMBLE = ("The Westshire widget service is open every day of the year and gives gadgets "
             "and sprockets to the people of the county, at three sites and in their homes. ")


def _made_up(layout: str, seed: int) -> list[Labelled]:
    """The made-up documents in ``layout``, a paragraph of prose after their facts."""
    return [replace(d, text=f"{d.text}\n{_PREAMBLE * 2}\n") for d in represent(WESTSHIRE, layout, seed)]


#: Each made-up layout in each form.
PAIRS = [(layout, form) for layout in ("inline", "lines", "bullets", "prose") for form in FORMS]


@pytest.mark.parametrize(("layout", "form"), PAIRS)
def test_made_up_documents_lose_nothing_in_another_form(layout, form):
    docs = [d for seed in range(6) for d in _made_up(layout, seed)]
    plain = run("plain", docs).total(LABELLED_TYPES)
    assert plain.recall >= 0.95 and plain.precision >= 0.97, plain
    moved = run(form, [in_form(d, form, n) for n, d in enumerate(docs)]).total(LABELLED_TYPES)
    assert moved.tp >= plain.tp and moved.fp <= plain.fp, (plain, moved)


def test_a_hard_wrapped_paragraph_is_read_as_one():
    text = ("Job Title: Widget Officer\n\n" + _PREAMBLE +
            "The post holder will work closely with the Head of Widget Services and\n"
            "the Westshire Gadget Board, and will report to the Director of Widgets.\n")
    joined = unwrapped(text)
    assert "Services and the Westshire" in joined and "Widgets. The post" not in joined
    assert "Job Title: Widget Officer\n" in joined  # a field is never run into


def test_a_label_alone_ending_in_to_stays_a_label():
    text = ("Job title\nReports to\nPay band\nWidget Officer\nHead of Widgets\nBand 6\n" +
            _PREAMBLE * 3)
    assert "Reports to\nPay band" in unwrapped(text)


@pytest.fixture(scope="module")
def scored():
    return forms(REAL, "dev")


@pytest.mark.parametrize("form", list(FLOORS))
def test_each_form_keeps_its_floor_against_the_plain_text(scored, form):
    plain, moved = scored["plain"].total(HEADLINE_TYPES), scored[form].total(HEADLINE_TYPES)
    kept, added = FLOORS[form]
    assert moved.tp >= kept * plain.tp and moved.fp <= plain.fp + added, (plain, moved)
