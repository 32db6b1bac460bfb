"""orggraph.extract.titles and .resolve: the described post's title, names to nodes."""

from __future__ import annotations

import pytest

from orggraph.extract import passages
from orggraph.extract.candidates import candidates
from orggraph.extract.pipeline import extract_text
from orggraph.extract.resolve import abbreviations, resolve
from orggraph.extract.titles import clean_title, find_title, sections


@pytest.mark.parametrize(("raw", "title"), [
    ("Job Title: Ward Sister", "Ward Sister"),
    ("JOB DESCRIPTION – Senior Staff Nurse (Band 6)", "Senior Staff Nurse"),
    ("Role Profile: Head of Estates, Grade 8b", "Head of Estates"),
    ("Estates Manager 8a", "Estates Manager"),
    ("Ward Manager – Acute Inpatient Ward", "Ward Manager – Acute Inpatient Ward"),
    ("Finance Officer AfC Band 5", "Finance Officer"),
    ("Support Worker Higher Level", "Support Worker Higher Level"),  # a grade needs a value
])
def test_titles_are_cleaned_of_labels_grades_and_document_words(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(("text", "title"), [
    ("Westshire Trust\n\nJob Title: Ward Sister\nReports to: Matron\n", "Ward Sister"),
    ("Ward Sister (Band 6)\nThe post holder reports to the Matron.\n", "Ward Sister"),
    ("The Council will appoint a head of quality. They will report to the Director.\n",
     "head of quality"),
    ("Job Description\nThe Matron will lead the nursing team across the division.\n", "Matron"),
    # a letter quoting a new post's title: the quoted words, lower case included
    ("Dear Editor,\n\nThe trust has created a post with the title of “Head of visitor "
     "services”. It will cost a lot.\n", "Head of visitor services"),
])
def test_the_described_post_is_found_in_each_kind_of_text(text, title):
    found = find_title(text, passages(text))
    assert found is not None and found.name == title
    assert text[found.start:found.end] == title


def _draft(text: str):
    found = passages(text)
    return resolve(text, "t", found, candidates(text, found))


def test_a_short_form_of_the_title_is_the_described_post():
    d = _draft("Job Title: Ward Manager – Acute Ward\nThe Ward Manager reports to the Matron.\n")
    assert [(r.start, r.end) for r in d.relationships] == [("ward manager acute ward", "matron")]


def test_a_short_form_that_would_relate_the_post_to_itself_is_another_post():
    # "the Records Officer" alone is the post written short; the officers it manages are not
    d = _draft("Job Title: Chief Records Officer\nResponsible for: 3 Records Officers\n"
               "The Records Officer attends the Data Forum.\n")
    assert sorted((r.type, r.start, r.end) for r in d.relationships) == [
        ("MEMBER_OF", "chief record officer", "data forum"),
        ("REPORTS_TO", "record officer", "chief record officer")]


def test_a_deputy_of_another_post_is_another_post():
    d = _draft("Job Title: Head of Nursing\nThe Deputy Head of Nursing deputises for the Head "
               "of Nursing.\n")
    assert [(r.type, r.start, r.end) for r in d.relationships] == [
        ("DEPUTISES_FOR", "deputy head nursing", "head nursing")]


def test_graded_headings_start_sections_with_their_own_post():
    text = ("Payroll Manager (Band 7)\nReports to: Head of Finance\n\nPayroll Officer (Band 4)\n"
            "Reports to: Payroll Manager\n")
    assert [m.name for _, m in sections(text, passages(text))] == ["Payroll Manager",
                                                                  "Payroll Officer"]
    d = _draft(text)
    assert {(r.start, r.end) for r in d.relationships} == {
        ("payroll manager", "head finance"), ("payroll officer", "payroll manager")}


def test_abbreviations_and_the_documents_own_body():
    assert abbreviations("the Quality Forum (QF) meets") == {"QF": "Quality Forum"}
    d = _draft("Quality and Safety Committee – Terms of Reference\nThe Committee is accountable "
               "to the Trust Board.\n")
    assert [(r.type, r.start, r.end) for r in d.relationships] == []  # a body is no post
    d = _draft("Quality and Safety Committee\nThe Committee shall consist of the Chief Nurse "
               "and the Finance Director.\n")
    assert {(r.start, r.end) for r in d.relationships} == {
        ("chief nurse", "quality safety committee"),
        ("finance director", "quality safety committee")}


@pytest.mark.parametrize(("raw", "title"), [
    ("Job Title: Staff Nurse/Team Lead (Band 6) Urgent Care", "Staff Nurse/Team Lead Urgent Care"),
    ("Post: Ward Clerk (Grade 3)", "Ward Clerk"),
    # a grade run into the title without brackets: taken out, the service after it stays
    ("Patient Transport Driver Band 3 Day Unit", "Patient Transport Driver Day Unit"),
    ("Staff Nurse Band 5/6 Theatres", "Staff Nurse Theatres"),
    ("Level 2 Apprentice", "Level 2 Apprentice"),  # a title's own level is not a band
])
def test_a_grade_inside_a_title_is_taken_out(raw: str, title: str):
    assert clean_title(raw) == title


def test_a_title_with_a_grade_inside_spans_the_text_it_was_cleaned_from():
    text = "Job Title: Staff Nurse (Band 5) Day Surgery\nReports to: Ward Manager\n"
    found = passages(text)
    m = find_title(text, found)
    assert m is not None and m.name == "Staff Nurse Day Surgery"
    assert text[m.start:m.end] == "Staff Nurse (Band 5) Day Surgery"


def test_variants_are_found_with_and_without_the_scan_being_spared():
    from orggraph.extract.variants import variants

    text = "A Widget Lead for North and a Widget Lead for South.\nThe Widget Lead will report."
    assert [v[0] for v in variants(text, "Widget Lead")] == ["Widget Lead for North",
                                                             "Widget Lead for South"]
    assert variants(text, "Gadget Lead") == []  # "Lead for" is there, but not this name
    assert variants(text, "Widget Officer") == []  # no "Officer for": the scan is spared
    assert variants(text, "Widget Lead (Acting)") == []


@pytest.mark.parametrize(("raw", "title"), [
    ("Band 7 Team Leader", "Team Leader"),
    ("Band 8a - Service Manager", "Service Manager"),
    ("AfC Band 5 Staff Nurse", "Staff Nurse"),
    ("JOB DESCRIPTION: BAND 6 SENIOR NURSE", "SENIOR NURSE"),
    ("Job Title: Matron Band 8a", "Matron"),
])
def test_a_grade_before_a_title_is_taken_out(raw: str, title: str):
    assert clean_title(raw) == title


def test_a_grade_before_a_bracketed_service_is_taken_out():
    assert clean_title("JOB DESCRIPTION: Ward Sister Band 7 (Day Surgery Unit)") == \
        "Ward Sister (Day Surgery Unit)"


@pytest.mark.parametrize(("text", "title"), [
    # a headline reads as a sentence: the post is the one the report says is appointed
    ("New finance director appointed\nA. Person has been appointed Finance Director of "
     "Westshire NHS Trust.\n", "Finance Director"),
    ("Trust begins search for new chair\nWestshire Trust has begun the search for a new Chair "
     "to lead its board.\n", "Chair"),
])
def test_a_headline_is_not_the_title(text, title):
    found = find_title(text, passages(text))
    assert found is not None and found.name == title
    assert text[found.start:found.end] == title


def test_a_headline_naming_no_appointment_gives_no_title():
    text = "Chairman prepares to hand over\nThe chairman is to step down after eight years.\n"
    assert find_title(text, passages(text)) is None


def test_a_new_post_in_a_news_report_is_titled_without_new():
    text = "Westshire Trust has announced the appointment of a new finance director.\n"
    found = find_title(text, passages(text))
    assert found is not None and found.name == "finance director"
    assert text[found.start:found.end] == "finance director"


@pytest.mark.parametrize(("text", "title"), [
    # the employer's name beside the title, a vacancy code, a label naming the position
    ("Westshire NHS Foundation Trust – Staff Nurse\nReports to: Ward Manager\n", "Staff Nurse"),
    ("Job Title: Staff Nurse – Westshire County Council\n", "Staff Nurse"),
    ("Westshire Hospitals\nOutreach Practitioner (CC01)\nThe closing date is 2 July 2025\n",
     "Outreach Practitioner"),
    ("Position Title: Practice Manager\nReporting to: GP Partners\n", "Practice Manager"),
    # an office named by the body it serves
    ("The Leader of the Council\nRole profile\nThe Leader is the political head of the "
     "Council.\n", "Leader of the Council"),
])
def test_titles_without_employer_code_or_article(text, title):
    found = find_title(text, passages(text))
    assert found is not None and found.name == title


def test_a_service_after_the_title_stays():
    assert clean_title("Ward Manager – Acute Inpatient Ward") == "Ward Manager – Acute Inpatient Ward"


def test_a_box_of_a_chart_heads_no_profile():
    text = ("Job title: Ward Manager\nOrganisational chart\nService Manager\n|\nWard Manager "
            "(this post)\n|\nDeputy Ward Managers (Band 6)\n\nKey working relationships\n"
            "Bed Management Team\n")
    assert [m.name for _, m in sections(text, passages(text)) if m] == ["Ward Manager"]


def test_executive_directors_are_not_short_for_the_non_executive_directors():
    from orggraph.extract import extract_text
    draft = extract_text("Job Title: Non-Executive Directors\n\nThe Widget Board is made up "
                         "of executive directors and a Chair.\n", "t")
    names = {n.name for n in draft.nodes.values()}
    assert "executive directors" in names


@pytest.mark.parametrize(("raw", "title"), [
    ("Job Title Widget Nurse", "Widget Nurse"),  # a table exported with single spaces
    ("Post Title Senior Widget Officer", "Senior Widget Officer"),
    ("Grade 2 - Job description for a widget support worker in the community",
     "widget support worker in the community"),
    ("Role profile for the post of Head of Widgets", "Head of Widgets"),
    ("Job Titles Clerk", "Job Titles Clerk"),  # no label: "Job Titles" is not "Job Title"
])
def test_run_in_labels_and_lead_in_words_are_taken_off_a_title(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(("text", "title"), [
    ("Job Description\n\nJob Title Widget Matron\n\nSalary Band Band 7\n\nThe purpose of the "
     "post is to lead widgets.\n", "Widget Matron"),
    ("Level 2 - Job description for a widget assistant in general practice\n\nPurpose: To "
     "assist the widget team\nResponsible to: Widget manager\n",
     "widget assistant in general practice"),
])
def test_a_title_after_a_run_in_label_or_lead_in_words_is_the_described_post(text, title):
    found = find_title(text, passages(text))
    assert found is not None and found.name == title


def test_a_group_of_posts_keeps_its_scope():
    from orggraph.extract import extract_text

    text = ("Job Title: Widget Nurse\n\nKey relationships\n| All directors of the Trust | as "
            "required |\n| Staff at all levels within the Council | daily |\n")
    ends = {r.end for r in extract_text(text, "x").relationships}
    assert ends == {"all-directors-of-the-trust", "staff-at-all-levels-within-the-council"}


_OTHERS = ("The Director of Finance reports to the Chief Operating Officer. The Head of Estates "
           "reports to the Director of Finance. The Medical Director is a member of the Quality "
           "Committee. ")


@pytest.mark.parametrize(("text", "subject"), [
    # four relationships of other posts, none of the heading's: a text about those posts
    (f"Westshire Hospitals\n\nDirector of Widgets\n\n{_OTHERS}The Chief Nurse chairs the "
     "Safety Group.\n", None),
    (f"Westshire Hospitals\n\nDirector of Widgets\n\n{_OTHERS}\n", "director-of-widgets"),
    (f"Job Title: Director of Widgets\nReports to: Chief Executive\n\n{_OTHERS}The Chief Nurse "
     "chairs the Safety Group.\n", "director-of-widgets"),
    # an entry under a roster's heading is a member, not the post the text describes
    ("Westshire Widget Committee\n\nMembership\n\nDr Jo Example Widget Manager (Chair)\n"
     "Sam Sample\n\nQuorum\n", None),
])
def test_a_text_about_other_posts_describes_none(text, subject):
    draft = extract_text(text, "d")
    assert draft.subject == subject
    assert subject is not None or all(n.name != "Director of Widgets" for n in
                                      draft.nodes.values())
