"""The counterparts of a working-relationships list's entries (made-up entries)."""

from __future__ import annotations

import pytest

from orggraph.extract.candidates import candidates
from orggraph.extract.contacts import entry_counterparts, reads_as_list, value_counterparts


def _names(text: str) -> list[str]:
    return [m.name for m in entry_counterparts(text, 0, len(text))]


@pytest.mark.parametrize(("entry", "names"), [
    ("• Widget Managers", ["Widget Managers"]),
    ("GPs – regarding referrals", ["GPs"]),
    ("Matron: day-to-day staffing", ["Matron"]),
    ("Pharmacy team for stock queries", ["Pharmacy team"]),
    ("Patients and relatives, Ward staff; the infection control team",
     ["Patients", "relatives", "Ward staff", "infection control team"]),
    ("Director of Widgets and Quality", ["Director of Widgets and Quality"]),
    ("Senior and junior medical and nursing staff", ["Senior and junior medical and nursing staff"]),
    ("patients and their carers", ["patients and their carers"]),
    ("colleagues in other wards and support functions",
     ["colleagues in other wards and support functions"]),
    ("Chief Executive and Chief Officers", ["Chief Executive", "Chief Officers"]),
    ("Finance Lead / HR Lead", ["Finance Lead", "HR Lead"]),
    ("other agencies (Widget Council, Police)", ["other agencies", "Widget Council", "Police"]),
    ("Internal: Matron, Ward Clerk; External: Widget Services",
     ["Matron", "Ward Clerk", "Widget Services"]),
    ("Stakeholders", ["Stakeholders"]),
    ("Internal", []),
    ("To deliver care to patients", []),
    ("The post holder will attend meetings", []),
])
def test_an_entry_names_its_counterparts_as_written(entry, names):
    assert _names(entry) == names


def test_a_value_wrapped_across_lines_is_one_list():
    text = "Patients, Ward staff, widget\n      team, clinical board, Head\n   of Widgets\nGPs"
    got = [" ".join(m.name.split()) for m in value_counterparts(text, 0, len(text))]
    assert got == ["Patients", "Ward staff", "widget team", "clinical board", "Head of Widgets",
                   "GPs"]


def test_a_one_line_list_reads_as_a_list_and_a_sentence_does_not():
    listed = "Widget Manager; Clinical Leads; Head of Widgets"
    prose = "The post holder will liaise with the Widget Manager, Clinical Leads"
    assert reads_as_list(listed, 0, len(listed))
    assert not reads_as_list(prose, 0, len(prose))


def _works_with(text: str) -> set[str]:
    return {c.target.name for c in candidates(text) if c.type == "WORKS_WITH" and c.target}


@pytest.mark.parametrize("heading", [
    "5. KEY WORKING RELATIONSHIPS", "Key relationships / contacts:",
    "Key Working Relationships (Internal and External)", "Communication and relationships",
    "Working Relationships and Communication", "Liaison", "Key Stakeholders"])
def test_headings_in_other_wordings_head_a_list(heading):
    text = f"Job Title: Widget Nurse\n\n{heading}\n• Widget Managers\n• GPs\n"
    assert _works_with(text) == {"Widget Managers", "GPs"}


def test_a_section_heading_ends_the_list():
    text = ("Job Title: Widget Nurse\n\nInternal contacts\n• Widget Managers\nExternal "
            "contacts\n• GPs\nMain duties\nTo deliver care to the patients of the unit.\n")
    assert _works_with(text) == {"Widget Managers", "GPs"}


def test_reporting_headings_are_not_working_relationships():
    text = "Job Title: Widget Nurse\n\nReporting relationships\n• Widget Managers\n"
    assert _works_with(text) == set()


@pytest.mark.parametrize(("sentence", "names"), [
    ("The post holder will work closely with Widget Leads, the Head of Widgets, ward clerks "
     "and other care providers to deliver the service.\n",
     {"Widget Leads", "Head of Widgets", "ward clerks", "other care providers"}),
    ("Liaise with patients, carers, wider Government and Parliament as required.\n",
     {"patients", "carers", "wider Government", "Parliament"}),
    ("To maintain effective working relationships with the Widget Leads, Head of Widgets, and "
     "the Finance and HR Business Partners.\n",
     {"Widget Leads", "Head of Widgets", "Finance Business Partners", "HR Business Partners"}),
    ("To work with staff from Widget Services and other departments to keep the unit safe.\n",
     {"staff from Widget Services", "other departments"}),
])
def test_a_long_list_after_a_cue_gives_each_entry_as_written(sentence, names):
    assert _works_with("Job Title: Widget Nurse\n\n" + sentence) == names


@pytest.mark.parametrize("label", ["Liaison with", "Main contacts are",
                                   "The post holder will liaise with", "Key contacts include"])
def test_a_cue_or_a_heading_with_its_verb_is_a_relationships_label(label):
    text = f"Job Title: Widget Nurse\n\n{label}: Widget Managers, GPs\n"
    assert _works_with(text) == {"Widget Managers", "GPs"}


def test_a_long_one_line_list_after_its_label_is_read():
    text = ("Job Title: Widget Nurse\n\nKey relationships / contacts: Widget Managers, GPs, "
            "Head of Widgets, Clinical Leads, ward clerks, facilities staff, social workers, "
            "volunteers\n")
    assert _works_with(text) == {"Widget Managers", "GPs", "Head of Widgets", "Clinical Leads",
                                 "ward clerks", "facilities staff", "social workers",
                                 "volunteers"}


def test_a_list_goes_on_across_gaps_up_to_a_heading_that_prose_follows():
    text = ("Job Title: Widget Nurse\n\nKey relationships:\n\nWidget Managers\n\nGPs\n\n"
            "Hours of work\n\nThe post is full time, working thirty-seven and a half hours a "
            "week across the service.\n")
    assert _works_with(text) == {"Widget Managers", "GPs"}


def test_form_working_partnerships_is_a_working_relationship():
    text = "Job Title: Widget Nurse\n\nForm working partnerships with the Widget Team.\n"
    assert _works_with(text) == {"Widget Team"}


def test_a_table_under_a_lead_in_gives_the_first_cells_not_their_descriptions():
    text = ("Job Title: Widget Nurse\n\nThe post holder will liaise with:\n"
            "| Widget Managers | regarding referrals |\n| All directors of the Trust | as "
            "required |\n")
    assert _works_with(text) == {"Widget Managers", "All directors of the Trust"}


def test_a_relationships_heading_run_into_a_page_viewers_paragraph():
    text = ("Job Title: Widget Nurse\n\nJob Purpose: To care for patients on the unit. Key "
            "Relationships Widget management, ward clerks and other health care professionals, "
            "volunteers. Risk Assessment: manual handling.\n")
    assert _works_with(text) == {"Widget management", "ward clerks",
                                 "other health care professionals", "volunteers"}


def test_in_order_to_is_no_scope_of_a_counterpart():
    text = ("Job Title: Widget Worker\n\nTo build positive relationships with families in "
            "order to help support children.\n")
    assert _works_with(text) == {"families"}


def test_columns_padded_on_one_line_are_two_counterparts():
    text = ("Job Title: Widget Nurse\n\nKey Working Relationships:\nWidget Managers         GPs\n"
            "Matron                  Widget Services\n")
    assert _works_with(text) == {"Widget Managers", "GPs", "Matron", "Widget Services"}


@pytest.mark.parametrize(("sentence", "found"), [
    ("The post holder will work together with the Widget Team.\n", True),
    ("To work closely and collaboratively with the Widget Team.\n", True),
    ("Work effectively with the Widget Team.\n", True),
    ("Liaising closely and regularly with the Widget Team.\n", True),
    ("Ability to work effectively with the Widget Team.\n", False),  # a criterion
])
def test_working_with_in_several_manners(sentence, found):
    assert (_works_with("Job Title: Widget Nurse\n\n" + sentence) == {"Widget Team"}) is found


def test_a_competency_heading_working_with_others_is_no_list_of_contacts():
    text = ("Job Title: Widget Nurse\n\nWorking with Others\n\nTeam Interaction\n· Involves "
            "others and builds co-operative approaches in which colleagues feel valued\n")
    assert _works_with(text) == set()


def test_a_duty_after_a_fronted_list_is_no_counterpart():
    text = ("Job Title: Widget Director\n\nIn conjunction with the Widget Lead and the Gadget "
            "Lead, lead the development of widget networks.\n")
    assert "lead the development of widget networks" not in _works_with(text)


@pytest.mark.parametrize(("entry", "names"), [
    ("Head of Widgets (Jo Example)", ["Head of Widgets"]),
    ("Widget partners (e.g. Widget Council)", ["Widget partners", "Widget Council"]),
])
def test_brackets_name_examples_only_of_a_generic_counterpart(entry, names):
    assert _names(entry) == names
