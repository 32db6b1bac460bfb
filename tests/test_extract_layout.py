"""orggraph.extract.layout and .sentences: passages with exact offsets in every layout."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from orggraph.extract import passages
from orggraph.extract.reading import read_document

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


def fields(text: str) -> list[tuple[str, str]]:
    return [(p.label, p.value) for p in passages(text) if p.kind == "field"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Reports to: Matron\n", [("Reports to", "Matron")]),
    ("| Reports to | Matron |\n", [("Reports to", "Matron")]),
    ("\tReports to\tMatron\n", [("Reports to", "Matron")]),
    ("Reports to        Matron\n", [("Reports to", "Matron")]),
    ("Reports to\n\nMatron\n", [("Reports to", "Matron")]),
    # a flattened table: the labels, then the values in the same order
    ("REPORTS TO:\nGRADE:\nLOCATION:\nDirector of Finance\nBand 8a\nTown Hall\n",
     [("REPORTS TO", "Director of Finance"), ("GRADE", "Band 8a"), ("LOCATION", "Town Hall")]),
    # a header row over a row of values
    ("Job Title | Band | Reports to\nWard Sister | 7 | Matron\n",
     [("Job Title", "Ward Sister"), ("Band", "7"), ("Reports to", "Matron")]),
    # a label with several values, each with a qualifier
    ("Accountable to\nThe Board – strategically\nFinance Director – operationally\n",
     [("Accountable to", "The Board – strategically"),
      ("Accountable to", "Finance Director – operationally")]),
    ("Accountable to:\n• Chief Nurse\n• Medical Director\n\nOther text follows here.\n",
     [("Accountable to", "Chief Nurse"), ("Accountable to", "Medical Director")]),
    ("Accountable to: Chief Nurse\n• Medical Director\n",
     [("Accountable to", "Chief Nurse"), ("Accountable to", "Medical Director")]),
])
def test_fields_in_every_layout(text, expected):
    assert fields(text) == expected


def test_a_label_over_a_paragraph_is_a_heading_not_a_field():
    got = passages("Team\nThe Lead Nurse and the Matron are direct reports of the Head of "
                   "Nursing, who leads the service.\n")
    assert [p.kind for p in got] == ["heading", "sentence"]


def test_sentences_lists_and_headings():
    text = ("JOB SUMMARY\nThe post holder leads the ward. She reports to the\nMatron.\n\n"
            "Main duties\n• Chair the Ward Forum\n• Attend the Nursing Board and\n  the Quality"
            " Committee\n")
    got = [(p.kind, p.text) for p in passages(text)]
    assert got == [("heading", "JOB SUMMARY"), ("sentence", "The post holder leads the ward."),
                   ("sentence", "She reports to the\nMatron."), ("heading", "Main duties"),
                   ("item", "Chair the Ward Forum"),
                   ("item", "Attend the Nursing Board and\n  the Quality Committee")]


def test_a_line_without_a_full_stop_ends_its_sentence():
    text = ("The post holder reports to the Matron\nThey chair the Forum and work with a "
            "wide range of colleagues across the organisation.\n")
    assert passages(text)[0].text == "The post holder reports to the Matron"


def test_abbreviations_do_not_end_sentences():
    assert len(passages("Work with partners, e.g. the Council. Chair the Board.\n")) == 2


def _texts() -> list[Path]:
    return sorted(FIXTURES.glob("*.txt"))


@pytest.mark.parametrize("path", _texts(), ids=lambda p: p.name)
def test_every_passage_is_an_exact_slice_in_order(path):
    text = read_document(path).text
    got = passages(text)
    assert got
    for p in got:
        assert text[p.start:p.end] == p.text and p.text == p.text.strip()
        if p.kind == "field" and p.value:
            assert text[p.value_start:p.value_start + len(p.value)] == p.value
    starts = [p.start for p in got]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in itertools.pairwise(got))


def test_qualified_lines_under_a_field_are_more_values():
    text = ("Reports to: Head of Service – operationally\nClinical Lead – professionally\n"
            "The post holder leads the team.\n")
    fields = [(p.label, p.value) for p in passages(text) if p.kind == "field"]
    assert fields == [("Reports to", "Head of Service – operationally"),
                      ("Reports to", "Clinical Lead – professionally")]


def test_a_padded_value_goes_on_at_its_own_column():
    pad = " " * 20
    text = (f"Job Title:{pad}Lead Nurse (“Site Lead”)\n{' ' * 30}Deputy Head of Care\n\n"
            f"Area:{' ' * 25}Clinics\n")
    assert fields(text) == [("Job Title", f"Lead Nurse (“Site Lead”)\n{' ' * 30}Deputy Head of Care"),
                            ("Area", "Clinics")]


def test_a_line_at_another_column_is_not_the_value_going_on():
    text = f"Job Title:{' ' * 20}Lead Nurse\n    Deputy Head of Care\n"
    assert fields(text) == [("Job Title", "Lead Nurse")]


def test_seats_one_a_line_under_a_body_heading_are_items():
    text = "Widget Board members\n\nChair – Jo Example\nChief Officer – Sam Example\n"
    got = [(p.kind, p.text, p.heading) for p in passages(text)][1:]
    assert got == [("item", "Chair – Jo Example", "Widget Board members"),
                   ("item", "Chief Officer – Sam Example", "Widget Board members")]


@pytest.mark.parametrize("heading", ["Our members", "Non-executive directors",
                                     "Current membership"])
def test_seats_under_a_heading_naming_a_kind_of_member_are_items(heading):
    text = f"{heading}\n\nJo Example – Chair\nSam Example – Chief Officer\n"
    assert [p.kind for p in passages(text)][1:] == ["item", "item"]


def test_a_short_line_under_a_heading_naming_no_body_stays_a_heading():
    text = "Our services\n\nHead of Audit\nDirector of Estates\n"
    assert [p.kind for p in passages(text)][:2] == ["heading", "heading"]


@pytest.mark.parametrize(("text", "expected"), [
    # a job-details table exported with " / " between cells and no colon after the label
    ("JOB TITLE / Staff Nurse\nBAND / Band 5\nMANAGER / Ward Sister\n",
     [("JOB TITLE", "Staff Nurse"), ("BAND", "Band 5"), ("MANAGER", "Ward Sister")]),
    # a flattened table with an empty cell: the label the values fit worst stays empty
    ("Title:\n\nPay band:\n\nHours of work:\n\nAccountable to:\n\nPorter\n\n3\n\nHead of "
     "Facilities\n\nDuties\n\nThe post holder will move patients safely around the site.\n",
     [("Title", "Porter"), ("Pay band", "3"), ("Hours of work", ""),
      ("Accountable to", "Head of Facilities")]),
    # labels, then values that each carry a qualifier: the lines of the last label
    ("Line manager\n\n\nAccountable to\n\nThe Directors – Strategically\n\nSite Lead – "
     "Operationally\n\nHours\n",
     [("Line manager", ""), ("Accountable to", "The Directors – Strategically"),
      ("Accountable to", "Site Lead – Operationally")]),
])
def test_tables_with_empty_cells_and_slashed_rows(text, expected):
    assert sorted(fields(text)) == sorted(expected)


def test_a_heading_after_a_flattened_table_is_not_its_last_value():
    text = ("Title:\nReports to:\nPorter\nKey tasks\n\nThe post holder moves patients and "
            "equipment safely between the wards and departments of the hospital.\n")
    got = [(p.kind, p.text) for p in passages(text)]
    assert ("heading", "Key tasks") in got
    assert ("Reports to", "Key tasks") not in fields(text)


def test_a_verb_label_line_with_a_clause_after_its_object_is_a_sentence():
    text = "Reporting to the Director, the Head of Estates leads the team.\n"
    assert fields(text) == []
    assert fields("Reports to the Head of Nursing, Midwifery and Therapies\n") == [
        ("Reports to", "the Head of Nursing, Midwifery and Therapies")]


def test_a_plural_counterpart_ending_a_list_starts_no_clause():
    from orggraph.extract.sentences import clauses

    s = "Work with widget makers, carers and relatives to gain an understanding of widgets."
    assert [s[a:b] for a, b in clauses(s)] == [s]
    s = "She chairs the Widget Forum and reports to the Matron."
    assert [s[a:b] for a, b in clauses(s)] == ["She chairs the Widget Forum",
                                              "and reports to the Matron."]
