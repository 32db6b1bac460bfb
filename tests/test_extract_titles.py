"""orggraph.extract.titles: the described post's title in the layouts of real job descriptions.

The unit tests use made-up openings of the shapes the rules read; the generated test
(`title_layouts.py`) presents real and common titles in every layout of the genre.
"""

from __future__ import annotations

import pytest
import title_layouts

from orggraph.extract import passages
from orggraph.extract.names import normalise
from orggraph.extract.pipeline import extract_text
from orggraph.extract.titles import clean_title, find_title


def _title(text: str) -> str | None:
    found = find_title(text, passages(text))
    return found.name if found else None


@pytest.mark.parametrize(("text", "title"), [
    ("Westshire County Council\nHead of Finance (Band 8c)\nDepartment: Finance\n",
     "Head of Finance"),
    ("NHS Eastshire Integrated Care Board\nDirector of Nursing\nBand 9\n", "Director of Nursing"),
])
def test_an_employer_over_the_title_is_a_letterhead_not_a_seat_list(text, title):
    assert _title(text) == title


def test_a_body_heading_over_its_seats_still_lists_seats():
    text = "Audit Committee\nLay Member (Chair)\nHead of Audit\nDirector of Finance\n"
    assert _title(text) is None


@pytest.mark.parametrize(("raw", "title"), [
    ("Staff Nurse, Band 5, Permanent", "Staff Nurse"),
    ("Porter – £24,000 – Full Time", "Porter"),
    ("Ward Manager – Acute Ward – Band 7", "Ward Manager – Acute Ward"),
    ("Estates Officer | Grade 5 | Estates", "Estates Officer"),
    ("Healthcare Assistant, 37.5 hours", "Healthcare Assistant"),
    ("Staff Nurse - Band 6 (Day Surgery)", "Staff Nurse (Day Surgery)"),
    ("Role Profile — Head of Finance", "Head of Finance"),
    # a part that only starts like a grade or a contract stays
    ("Service Lead - Permanent Placements", "Service Lead - Permanent Placements"),
    ("General Manager, Community Services", "General Manager, Community Services"),
])
def test_a_grade_pay_or_contract_after_the_title_ends_it(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(("raw", "title"), [
    ("General Manager North, Central and South", "General Manager North, Central and South"),
    ("Head of Scheduling Band 7", "Head of Scheduling"),
    ("Staff Nurse Band6", "Staff Nurse"),
    ("Information Analyst GRADE/BAND", "Information Analyst"),
    ("Information Analyst Grade/Band: 6", "Information Analyst"),
])
def test_a_grade_needs_its_value_set_apart_or_a_number(raw, title):
    # "South" is no grade "SO" with the value "uth"
    assert clean_title(raw) == title


@pytest.mark.parametrize(("text", "title"), [
    # the grade on the next line joins the line into one paragraph: the title ends with its line
    ("Role profile for the post of Head of Learning and Development\nBand 7\n",
     "Head of Learning and Development"),
    # lower-case words of the title stay, to the end of the line
    ("Westshire NHS Trust\nRole profile for the post of General Manager for community services\n"
     "Band 7\nDepartment: Primary Care\n", "General Manager for community services"),
    ("Print this page\nWestshire County Council\nJob Reference: 123-ABC-4567\n"
     "Job Description for Senior Estates Officer\nGrade 5\n", "Senior Estates Officer"),
])
def test_a_title_after_lead_in_words_ends_with_its_line(text, title):
    assert _title(text) == title


@pytest.mark.parametrize(("text", "title"), [
    ("Information for Applicants\n\nWestshire NHS Board – Non Executive Member\n\n"
     "Our members work with the Chair.\n", "Non Executive Member"),
    ("Eastshire University Health Board\nSenior Staff Nurse (Band 6)\n", "Senior Staff Nurse"),
])
def test_a_health_board_is_the_employer(text, title):
    assert _title(text) == title


@pytest.mark.parametrize(("text", "title"), [
    # a paper's author line is not the post it is about
    ("Widget Committee\n\nReport of the Chief Operating Officer\n\n"
     "Appointment of Director of Widgets and associated interim arrangements.\n\n"
     "1   This report seeks approval to recruit to the post of Director of Widgets.\n",
     "Director of Widgets"),
    ("Letter from the Chief Executive\n\nWe seek to appoint a Head of Estates. They will lead "
     "the team.\n", "Head of Estates"),
    # the post after the holder's name in a news report, lower case included
    ("The trust has confirmed the appointment of Jo Example as deputy director of finance.\n",
     "deputy director of finance"),
    ("The board appointed Dr A Person as its new Medical Director last week.\n",
     "Medical Director"),
])
def test_the_post_a_paper_or_a_report_is_about(text, title):
    assert _title(text) == title


@pytest.mark.parametrize(("text", "title"), [
    # a label of two capitalised words ends the title before it on a run-together line
    ("1. Job description Job Title: Non-Executive Director Business Unit: Corporate "
     "Location: Westshire\n", "Non-Executive Director"),
    ("Job Title: Estates Officer Cost Centre: 1234 Department/Ward: Estates\n", "Estates Officer"),
    # a title label without a colon in a page viewer's run-on paragraph
    ("www.example.gov.uk Job Title Social Worker Job Reference Department Children's Services "
     "Grade 5 Reports to Team Manager Purpose of this Job To support families.\n",
     "Social Worker"),
    ("Careers Job Title Senior Staff Nurse Band 6 Location Westshire Hospital.\n",
     "Senior Staff Nurse"),
])
def test_a_run_together_title_ends_at_the_next_label(text, title):
    assert _title(text) == title


@pytest.mark.parametrize(("text", "title"), [
    ("Westshire NHS Trust\nPerson Specification: Ward Manager\nBand 7\n", "Ward Manager"),
    ("Candidate Pack – Director of Estates\nVSM\n", "Director of Estates"),
    ("Information for Applicants - Chief Executive\n", "Chief Executive"),
    ("Head of Estates Candidate Information Pack\nBand 8c\n", "Head of Estates"),
    ("Job Advert: Senior Staff Nurse\n", "Senior Staff Nurse"),
    # a heading the layout cut at a colon inside its grade
    ("Porter (Band: 2)\nDepartment: Estates\n", "Porter"),
    ("Community Matron - Grade: 7\nDepartment: Nursing\n", "Community Matron"),
])
def test_a_pack_or_specification_heading_names_its_post(text, title):
    assert _title(text) == title


@pytest.mark.parametrize(("raw", "title"), [
    ("Chief Operating Officer (Fixed Term 12 months)", "Chief Operating Officer"),
    ("Community Matron (Job Ref D700)", "Community Matron"),
    ("Staff Nurse (Ref: 123-ABC-4567)", "Staff Nurse"),
    ("Ward Clerk (part-time, 22.5 hours)", "Ward Clerk"),
    ("Matron (Maternity Cover)", "Matron"),
    # a service or a remit in brackets stays
    ("Service Manager (Adult Services)", "Service Manager (Adult Services)"),
    ("Service Lead (Permanent Placements)", "Service Lead (Permanent Placements)"),
])
def test_the_contract_or_reference_in_brackets_is_no_part_of_a_title(raw, title):
    assert clean_title(raw) == title


def test_designation_is_a_title_label():
    assert _title("Westshire NHS Trust\nDesignation:  Estates Officer\nGrade: 5\n") == \
        "Estates Officer"


@pytest.mark.parametrize(("text", "title"), [
    ("Westshire NHS Trust\nJob Title      Band      Reports to\n"
     "Staff Nurse      Band 6      Ward Manager\n", "Staff Nurse"),
    ("JOB TITLE    GRADE\n\nHead of Estates and Facilities    8c\n",
     "Head of Estates and Facilities"),
])
def test_a_title_under_a_header_row_of_labels_is_the_first_cell_below(text, title):
    assert _title(text) == title


@pytest.mark.parametrize(("text", "title"), [
    ("Westshire NHS Trust\nJob Title HART Team Leader Grade Band 7 Department Resilience "
     "Reports to Head of Service Purpose of the Job To lead the team.\n", "HART Team Leader"),
    ("JOB TITLE PRACTICE BUSINESS MANAGER Job Reference Grade 6 Department Admin\n",
     "PRACTICE BUSINESS MANAGER"),
    ("Job Title Head of Service Improvement Grade 8a Location Westshire\n",
     "Head of Service Improvement"),
    ("Job Title National Lead for Out of Hours Job Reference 123-ABC Grade 7\n",
     "National Lead for Out of Hours"),
    # a label word followed by another label has no value: it is the title's own
    ("JOB TITLE Team Leader – Crisis Team Job Reference 123-ABC Grade Band 7\n",
     "Team Leader – Crisis Team"),
])
def test_a_label_word_inside_a_run_on_title_is_the_titles_own(text, title):
    assert _title(text) == title


# --- the generated openings (tests/title_layouts.py) ----------------------------------------

#: Just under the exact-title rate the generator's openings reach (seed 20, every layout).
GENERATED_FLOOR = 0.995


def _described(text: str) -> str | None:
    draft = extract_text(text, "generated")
    node = next((n for n in draft.nodes.values() if n.id == draft.subject), None)
    return node.name if node else None


@pytest.mark.fuzz
def test_real_and_common_titles_are_read_in_every_layout():
    cases = title_layouts.cases(seed=20)
    read = [(case, _described(case.text)) for case in cases]
    right = [c for c, got in read if got is not None and normalise(got) == normalise(c.title)]
    noisy = [(c.title, got) for c, got in read if got and title_layouts.leftovers(c, got)]
    assert len({c.layout for c in cases}) == len(title_layouts.LAYOUTS)
    assert len(right) / len(cases) >= GENERATED_FLOOR, (len(right), len(cases))
    assert noisy == []  # no title keeps a label, a grade, pay, a reference or the employer


@pytest.mark.parametrize("title", ["Health Visitor", "Dispenser", "Phlebotomist",
                                   "Consultant Anaesthetist", "Clinical Perfusionist"])
def test_occupations_named_by_their_own_word_are_posts(title):
    assert _title(f"Westshire NHS Trust\n{title}\nBand 6\n") == title


@pytest.mark.parametrize(("text", "title"), [
    ("Job Title IT Service Desk Analyst Grade 4 Department IT\n", "IT Service Desk Analyst"),
    ("JOB TITLE DIRECTOR OF SERVICE FOR ADULTS Grade 9 Department Adults\n",
     "DIRECTOR OF SERVICE FOR ADULTS"),
])
def test_a_run_on_title_ends_only_once_it_names_a_post(text, title):
    assert _title(text) == title


def test_a_seats_label_is_no_heading():
    # "Chair: Lay Member" under a committee is a seat, not the document's title
    assert _title("Widget Committee\n\nChair: Lay Member\nMembers: Head of Audit\n") is None


@pytest.mark.parametrize(("text", "title"), [
    # a long title line, with its grade or contract, that the layout reads as a sentence
    ("Westshire NHS Trust\nChief Nurse and Director of Infection Prevention and Control "
     "(Band 9)\nDepartment: Nursing\n", "Chief Nurse and Director of Infection Prevention and "
     "Control"),
    ("General Manager, Community Hospital and Sexual Health Services, Band 8a, Permanent\n"
     "Salary: £50,000\n", "General Manager, Community Hospital and Sexual Health Services"),
])
def test_a_long_title_line_is_a_heading(text, title):
    assert _title(text) == title


def test_a_first_line_of_prose_is_no_heading():
    text = "The Director of Nursing and Quality will lead the nursing teams across the Trust\n" \
           "and will chair the Quality Committee.\n"
    # the line is no heading ("… will lead the nursing teams across the Trust"): the post is
    # the sentence's subject, "The X will", whole with its "of" and "and"
    assert _title(text) == "Director of Nursing and Quality"


@pytest.mark.parametrize(("raw", "title"), [
    ("Consultant Physician in Acute Medicine (10 PAs)", "Consultant Physician in Acute Medicine"),
    ("Administrator (0.6 WTE)", "Administrator"),
    ("GP Partner (8 sessions)", "GP Partner"),
    ("Salaried GP – 6 sessions per week", "Salaried GP"),
    ("Staff Nurse *", "Staff Nurse"),
])
def test_sessions_and_whole_time_equivalents_are_the_contract(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(("text", "title"), [
    ("Job Title: Senior Community Mental\nHealth Nurse\nBand: 6\n",
     "Senior Community Mental Health Nurse"),
    ("Job Title:\nDeputy\nMedical Director\nBand: VSM\n", "Deputy Medical Director"),
    ("Job Title:    Clinical Nurse Specialist in\n              Tissue Viability\nBand: 7\n",
     "Clinical Nurse Specialist in Tissue Viability"),
    ("Job Title: Service Manager\n(Adult Services)\nBand: 8a\n",
     "Service Manager (Adult Services)"),
    ("Job Title: Deputy Ward\nManager\nBand: 6\n", "Deputy Ward Manager"),
    # a whole title, then the next cell of a flattened table or a field: no part of it
    ("Job Title:\nReports to:\nBand:\n\nHead of Finance\nFinance Director\nBand 8c\n",
     "Head of Finance"),
    ("Job Title – Practice Manager\nReports to – GP Partners\n", "Practice Manager"),
    ("Job Title: Staff Nurse\nBand 5\n", "Staff Nurse"),
])
def test_a_title_wrapped_onto_the_next_line_is_joined(text, title):
    assert _title(text) == title


@pytest.mark.parametrize(("text", "title"), [
    ("Jo Example will join Westshire NHS Trust as its new chief executive in May.\n",
     "chief executive"),
    ("Jo Example is to take over as chair of the trust next month.\n", "chair"),
    ("Dr Jo Example succeeds A Person as Widget Director.\n", "Widget Director"),
    ("Jo Example has taken up the role of Director of Widgets at the council.\n",
     "Director of Widgets"),
    ("Next month Jo Example becomes the new Widget Lead for the region.\n", "Widget Lead"),
])
def test_the_post_a_news_report_says_a_person_takes(text, title):
    assert _title(text) == title


@pytest.mark.parametrize(("text", "title"), [
    ("Westshire NHS Trust – Job Description – Staff Nurse\nBand 5\n", "Staff Nurse"),
    ("Staff Nurse – Job Description – Westshire NHS Trust\n", "Staff Nurse"),
    ("Name of Post: Staff Nurse\nGrade: 5\n", "Staff Nurse"),
    ("Title of Role: Practice Manager\n", "Practice Manager"),
    ("Job Title/Band: Staff Nurse / Band 5\n", "Staff Nurse"),
    ("Post Title and Grade: Staff Nurse, Band 5\n", "Staff Nurse"),
    ("Job Title: Staff Nurse (Job Share)\n", "Staff Nurse"),
    ("Job Title: Staff Nurse (Internal Applicants Only)\n", "Staff Nurse"),
    ("Staff Nurse Vacancies\nWestshire NHS Trust\n", "Staff Nurse"),
    ("Chair – Candidate Brief\n", "Chair"),
])
def test_more_labels_document_words_and_employers_around_a_title(text, title):
    assert _title(text) == title


@pytest.mark.parametrize(("text", "title"), [
    ("Job Title: Team Leader – Community Mental Health Team\nBand: 7\n",
     "Team Leader – Community Mental Health Team"),
    ("Job Title: Clinical Lead - Home Treatment Team\n", "Clinical Lead - Home Treatment Team"),
    ("Job Title: Secretary to the Board\n", "Secretary to the Board"),
    ("Team Leader – Crisis Team\nBand 7\n", "Team Leader – Crisis Team"),
    ("Job Title: Ward Sister – Ward 12\n", "Ward Sister – Ward 12"),
])
def test_a_title_naming_where_the_post_sits_is_a_title(text, title):
    # the last word names a body ("Team", "Board"), the first part a post
    assert _title(text) == title


@pytest.mark.parametrize(("text", "title"), [
    # a letter in the first person names its writer's post
    ("Widgets have kept me busy. I am the first chair of one of the larger widget trusts, "
     "Westshire Widgets.\n", "chair"),
    # a news report's lower-case subject, after a list of other posts it quotes
    ("Westshire Widgets wants several directors. The posts on offer are:\n\n"
     "  • Director of widgets - £100,000\n  • Deputy widget director - £90,000\n\n"
     "The deputy widget director will chair the widget forum.\n", "deputy widget director"),
])
def test_the_post_a_letter_or_a_report_centres_on(text, title):
    assert _title(text) == title


# --- reports, letters, adverts, prose and texts about no single post --------------------------

#: Just under what the rules reach on the prose layouts (seed 20, every title and layout).
PROSE_FLOOR = 0.965
#: Just above the share of prose texts given a wrong title.
PROSE_INVENTED = 0.03
#: Just under what every prose layout reaches on its own.
PROSE_LAYOUT_FLOOR = 0.93
#: Just under what titles with a specialty, a setting or alternatives reach in every layout.
COMPOUND_FLOOR = 0.99


def _read(cases: list[title_layouts.Case]) -> tuple[list, list, list]:
    """(right, invented, noisy): cases read exactly, read as another title, read with noise."""
    read = [(case, _described(case.text)) for case in cases]
    right = [c for c, got in read if got is not None and normalise(got) == normalise(c.title)]
    wrong = [(c.title, got) for c, got in read
             if got is not None and normalise(got) != normalise(c.title)]
    noisy = [(c.title, got) for c, got in read if got and title_layouts.leftovers(c, got)]
    return right, wrong, noisy


@pytest.mark.fuzz
def test_reports_letters_adverts_and_prose_name_their_post():
    cases = title_layouts.prose_cases(seed=20)
    right, wrong, noisy = _read(cases)
    assert len(right) / len(cases) >= PROSE_FLOOR, (len(right), len(cases))
    assert len(wrong) / len(cases) <= PROSE_INVENTED, wrong[:20]
    assert noisy == []  # no person, place, employer, grade or label left in a title
    for layout in title_layouts.PROSE_LAYOUTS:
        mine = [c for c in cases if c.layout == layout]
        got = [c for c in right if c.layout == layout]
        assert len(got) / len(mine) >= PROSE_LAYOUT_FLOOR, layout


@pytest.mark.fuzz
def test_titles_with_a_specialty_a_setting_or_alternatives_stay_whole():
    cases = title_layouts.compound_cases(seed=20)
    right, _, noisy = _read(cases)
    assert len(right) / len(cases) >= COMPOUND_FLOOR, (len(right), len(cases))
    assert noisy == []


@pytest.mark.fuzz
def test_a_text_about_no_single_post_has_no_title():
    cases = title_layouts.structure_cases(seed=20)
    invented = [(c.layout, got) for c in cases if (got := _described(c.text)) is not None]
    assert invented == []


@pytest.mark.parametrize(("text", "title"), [
    # adverts: the post after what the employer seeks, its article and adjectives
    ("We are looking for an experienced Widget Officer to join our team.\n", "Widget Officer"),
    ("Are you a highly motivated and enthusiastic Staff Nurse?\n\nClosing date: 1 May\n",
     "Staff Nurse"),
    ("An exciting opportunity has arisen for a Widget Lead to join our widget team.\n",
     "Widget Lead"),
    ("We are currently recruiting for a Senior Widget Technician to work across Westshire.\n",
     "Senior Widget Technician"),
    ("Vacancy Widget Manager Band 7 Location Westshire House Hours 37.5\n", "Widget Manager"),
    # reports and letters: the post a person takes
    ("We are delighted to announce that Jo Example will join us as our new Widget Director "
     "later this year.\n", "Widget Director"),
    ("Jo Example will take up the role of Widget Director in June\n", "Widget Director"),
    ("The Board confirmed the appointment of Professor Jo Example as interim widget lead.\n",
     "widget lead"),
    ("Dear colleague,\n\nAs the new Widget Director, I am looking forward to meeting you.\n",
     "Widget Director"),
    ("I am pleased to confirm that Dr Jo Example will be joining us as locum consultant in "
     "widget medicine from next month.\n", "locum consultant in widget medicine"),
    ("Westshire Widgets intends to appoint a widget officer for three months.\n",
     "widget officer"),
    ("It was agreed that Jo Example be appointed as widget officer with effect from 1 April.\n",
     "widget officer"),
    # headlines
    ("Westshire NHS Trust appoints new Widget Director\n\nJo Example starts in May.\n",
     "Widget Director"),
    ("New WIDGET LEAD appointed\n\nJo Example starts in May.\n", "WIDGET LEAD"),
    ("New Head of Widgets for Westshire NHS Trust\n\nJo Example starts in May.\n",
     "Head of Widgets"),
    ("Westshire NHS Trust\n\nSam Sample named as Widget Service Manager\n\nSam Sample joins "
     "from Eastmoor.\n", "Widget Service Manager"),
    ("Appointment of a Widget Officer\n\nSam Sample joins from Eastmoor.\n", "Widget Officer"),
    # prose job descriptions: the post as the subject
    ("As the Director of Widget Services you will be a visible leader\n",
     "Director of Widget Services"),
    ("The Widget Clinician or Widget Team Lead shall be responsible for the budget.\n",
     "Widget Clinician or Widget Team Lead"),
    ("The post of Specialty Doctor – Widget Medicine is a key role within the team.\n",
     "Specialty Doctor – Widget Medicine"),
    ("Westshire Widgets Trust is recruiting a Junior Widget Sister/Charge Nurse on a permanent "
     "basis.\n", "Junior Widget Sister/Charge Nurse"),
])
def test_the_post_an_advert_a_report_or_prose_names(text, title):
    assert _title(text) == title


@pytest.mark.parametrize(("text", "title"), [
    # a heading or a title field cut before its grade
    ("JOB DESCRIPTION\n\nHead of Widget\nServices\nBand 7\n", "Head of Widget Services"),
    ("Job Title: Director of Widget\nTherapy\nGrade: 8a\n", "Director of Widget Therapy"),
    # a department's line before the next field, or a flattened table's next cell, is apart
    ("Job Title:\nWidget Assistant\nWestshire Widgets\nAccountable to: Widget Manager\n",
     "Widget Assistant"),
    ("Job Title:\nDepartment:\nBand:\n\nWidget Officer\nFinance\nBand 5\n", "Widget Officer"),
    # an employer's line over a heading is not joined to it
    ("Westshire Surgery\nPorter\nBand 2\n", "Porter"),
])
def test_a_title_cut_before_its_grade_is_joined(text, title):
    assert _title(text) == title


@pytest.mark.parametrize("text", [
    "Widget Committee\n\nMembership\n\nThe Widget Committee is made up of:\nWidget Officer\n"
    "Head of Widgets\nWidget Lead\n\nThe Widget Committee meets monthly.\n",
    "Widget Board\n\nMembers of the Widget Board:\n- Widget Officer\n- Head of Widgets\n",
    "Westshire Widgets is recruiting to three new posts: Widget Officer, Head of Widgets and "
    "Widget Lead.\n",
])
def test_a_list_of_other_posts_is_no_title(text):
    assert _title(text) is None


@pytest.mark.parametrize(("text", "title"), [
    # the service or remit in brackets after a post in prose stays; an abbreviation does not
    ("We have a vacancy for an enthusiastic Widget Manager (Adult Services) at Westshire "
     "House.\n", "Widget Manager (Adult Services)"),
    ("We are looking for a Widget Director (WD) to join our team.\n", "Widget Director"),
    # lower-case titles with a dash, a slash or alternatives, before the employer
    ("Jo Example will take up the role of matron – widget ward in June\n",
     "matron – widget ward"),
    ("Westshire NHS Trust has appointed Jo Example as its new receptionist/administrator.\n",
     "receptionist/administrator"),
    ("Jo Example has been appointed as the new widget director of NHS Westshire.\n",
     "widget director"),
    # a page viewer's line break inside a sentence
    ("Are you an experienced Widget\nOfficer?\n\nClosing date: 1 May\n", "Widget Officer"),
    ("As the Widget Lead you\nwill be a visible leader for the service\n", "Widget Lead"),
    # a label run into its value, a working pattern after a title
    ("Job titleWidget Sister (Widget Ward)\n\nDepartmentWidget Unit\n",
     "Widget Sister (Widget Ward)"),
    ("JOB DESCRIPTION: WIDGET NURSE WIDGET WARD NIGHT DUTY\n", "WIDGET NURSE WIDGET WARD"),
    # a paper's numbered item names the post it appoints
    ("Widget Board papers\n\n7 Appointment of a Widget Director\n\nThe Board is asked to "
     "agree the process.\n", "Widget Director"),
    # a title in sentence case keeps its lower-case remit; a body's word may end a title
    ("We have a vacancy for a dynamic General Manager for widget services at Westshire "
     "House.\n", "General Manager for widget services"),
    ("We are looking for a Widget Manager for our widget service to join the team.\n",
     "Widget Manager"),
    ("As the Team Leader – Widget Team you will be a visible leader\n",
     "Team Leader – Widget Team"),
    ("The Widget Manager (Adult Services) shall be responsible for the budget.\n",
     "Widget Manager (Adult Services)"),
    # "general" after a post's word is part of the title
    ("Westshire Widgets is seeking a director general to lead its widget agency.\n",
     "director general"),
])
def test_more_ways_prose_and_page_viewers_name_a_post(text, title):
    assert _title(text) == title


def test_a_body_with_an_apposition_in_brackets_is_no_post():
    text = ("Westshire Widgets\n\nThis page sets out the role of the Widget Board (the Board of "
            "Directors) as the governing body.\n")
    assert _title(text) is None


# --- the guide's post-title families with made-up posts (title_layouts.FAMILIES) --------------

#: Just under what the rules reach on each family and on all of them (seeds 20 and 7).
FAMILY_FLOOR = 0.94
FAMILIES_FLOOR = 0.985
#: Just above the share of family texts given a wrong title.
FAMILY_INVENTED = 0.01
#: Just under the share of the further texts about no post given no title.
NO_POST_FLOOR = 0.98


@pytest.mark.fuzz
@pytest.mark.parametrize("seed", [20, 7])
def test_the_guides_title_families_are_read(seed):
    cases = title_layouts.family_cases(seed)
    right, wrong, noisy = _read(cases)
    assert len(right) / len(cases) >= FAMILIES_FLOOR, (len(right), len(cases))
    assert len(wrong) / len(cases) <= FAMILY_INVENTED, wrong[:20]
    assert noisy == []  # no grade, pay, place, reference, label or employer left in a title
    for family in title_layouts.FAMILIES:
        mine = [c for c in cases if c.layout == family]
        got = [c for c in right if c.layout == family]
        assert len(got) / len(mine) >= FAMILY_FLOOR, family


@pytest.mark.fuzz
@pytest.mark.parametrize("seed", [20, 7])
def test_news_minutes_agendas_rosters_and_body_pages_have_no_title(seed):
    cases = title_layouts.more_structure_cases(seed)
    for kind in title_layouts.MORE_STRUCTURE_TEXTS:
        mine = [c for c in cases if c.layout == kind]
        titled = [(c.text[:80], got) for c in mine if (got := _described(c.text)) is not None]
        assert 1 - len(titled) / len(mine) >= NO_POST_FLOOR, (kind, titled[:5])


@pytest.mark.parametrize(("raw", "title"), [
    # a run of details after the title, in any order and separator, ends it
    ("Widget Lead Band 7 Westshire", "Widget Lead"),
    ("Widget Lead – Band 7 – 37.5 hours", "Widget Lead"),
    ("Widget Lead (Ref 123-ABC)", "Widget Lead"),
    ("Widget Lead | Westshire NHS Trust", "Widget Lead"),
    ("Widget Lead | Westshire | £40,000", "Widget Lead"),
    ("Widget Lead Band 6 Part Time", "Widget Lead"),
    ("Gadget Officer – £40,000 - £60,000 per annum – Band 2 – Full Time", "Gadget Officer"),
    ("Widget Lead – Band 7 – Westshire", "Widget Lead"),
    ("Widget Lead GRADE/BAND: Agenda for Change Band 5", "Widget Lead"),
    # a remit before the grade, or in brackets, stays; so does a contract word in a remit
    ("Specialty Doctor – Widget Medicine – Band 5", "Specialty Doctor – Widget Medicine"),
    ("Ward Manager – Widget Ward – Band 7", "Ward Manager – Widget Ward"),
    ("Staff Nurse - Band 6 (Widget Unit)", "Staff Nurse (Widget Unit)"),
    ("Service Lead - Permanent Placements", "Service Lead - Permanent Placements"),
    # the employer and the document's name before the title on one heading line
    ("Westshire NHS Trust Job Description Widget Lead", "Widget Lead"),
    ("NHS Westshire – Job Description – Widget Lead", "Widget Lead"),
    ("Westshire County Council Role Profile: Widget Lead", "Widget Lead"),
])
def test_a_titles_details_and_the_employer_around_it_are_cut(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(("text", "title"), [
    # a long title line with its details in lower case is still a heading
    ("Head of Widget Services — Band 8a — £34,000 - £58,000 per annum — 37.5 hours per week\n\n"
     "Accountable to: Head of Gadgets\n", "Head of Widget Services"),
    # a line of details under a heading is no rest of the title
    ("Job Description\nWidget Analyst\nFull Time\nBand 4\n", "Widget Analyst"),
    # a heading read as a field at the employer's colon
    ("Westshire Surgery: Job Profile: Widget Practitioner\nBand: 6\n", "Widget Practitioner"),
    # the post only in prose
    ("Westshire NHS Trust\n\nYou will be the Widget Lead for the Widget directorate and will "
     "manage a small team.\n", "Widget Lead"),
    ("This is an exciting opportunity to work as a Deputy Gadget Manager in our team.\n",
     "Deputy Gadget Manager"),
    ("The post holder, the Clinical Widget Specialist, will lead the widget service.\n",
     "Clinical Widget Specialist"),
    ("As Chief Nurse and Director of Widget Care, you will be responsible for the budget.\n",
     "Chief Nurse and Director of Widget Care"),
])
def test_more_places_a_title_stands(text, title):
    assert _title(text) == title


@pytest.mark.parametrize(("text", "title"), [
    # a news headline whose verb says what the employer does about the post
    ("Westshire NHS Trust creates ‘second’ widget director role\n\nThe post was advertised "
     "today.\n", "widget director"),
    ("NHS Northvale launches search for new Widget Coordinator\n\nThe search starts today.\n",
     "Widget Coordinator"),
    ("Eastmoor Council creates new WIDGET LEAD role\n\nThe post was advertised today.\n",
     "WIDGET LEAD"),
    ("Join us as our new Gadget Officer and help shape the widget service\n", "Gadget Officer"),
    ("Widget Therapist — AfC Band 4 — pro rata — up to £26,000 per annum\n\nReports to: Head of "
     "Widgets\n", "Widget Therapist"),
])
def test_headlines_and_adverts_name_their_post(text, title):
    assert _title(text) == title


def test_you_will_be_a_quality_names_no_post():
    # "you will be a visible leader": a quality, not the post held
    assert _title("As the Widget Lead, Operations you will be a visible leader\n") != \
        "visible leader"


@pytest.mark.parametrize("text", [
    # news of several people appointed at once
    "Westshire NHS Trust has appointed Jo Example and Sam Sample to the Widget Board. Jo Example "
    "joins as a Non-Executive Director and Sam Sample as Director of Widgets.\n",
    "Three Westshire leaders join Eastmoor as directors\n\nThree widget leads have been "
    "appointed as part-time directors at Eastmoor.\n",
    # a body's page: its sentences name its posts, one of them in the plural
    "Widget Committee\n\nThe Widget Committee oversees the widget strategy.\n\nThe Chair of the "
    "Widget Committee is responsible for leading its work.\n",
    "Westshire Partnership Board\n\nThe Executive Directors will attend each meeting.\n",
    # the entries under a members lead-in, one with a full stop in a person's initial
    "Widget Board members\n\nIts members are:\n\nJo Example, Director of Widgets\n"
    "Chief Widget Officer – A. Person\n",
    # an agenda item and a minute's heading named by their author
    "Agenda\nWidget Board meeting\n\n1. Apologies\n2. Chief Executive's report\n",
    "Minutes of the Widget Board\n\n1. Opening remarks from the Chair\n\nThe Chair welcomed "
    "members.\n",
    # a letter's signature after its prose
    "Changes to our team\n\nI am writing to let you know that Jo Example will retire in June and "
    "that the post will be filled soon.\n\nSam Sample\nChief Executive\n",
    # an advert's heading for several posts
    "Vacancies for Non-Executive Directors\n\nWestshire NHS Trust has welcomed three new "
    "members to its board.\n",
    # a lead-in ending with a dash over a body's seats
    "Membership\n\nThe members of the Widget Board consist of—\n\n(a)a chair;\n\n(b)a "
    "vice-chair;\n",
])
def test_texts_about_no_single_post_have_no_title(text):
    assert _described(text) is None


# --- the shapes job pages are published in, and more texts about no post ----------------------
# (title_layouts.PUBLISHED and title_layouts.NO_POST_TEXTS; before the rules they test, the
# published shapes were read exactly at 0.899 with 0.061 invented (seed 20), and the texts about
# no post were given a title 78 % of the time; the rules read 0.997 / 0.996 and title none.)

#: Just under what the rules reach on all the published shapes and on each (seeds 20 and 7).
PUBLISHED_FLOOR = 0.99
PUBLISHED_SHAPE_FLOOR = 0.96
#: Just above the share of published shapes given a wrong title.
PUBLISHED_INVENTED = 0.005


@pytest.mark.fuzz
@pytest.mark.parametrize("seed", [20, 7])
def test_the_shapes_job_pages_are_published_in_are_read(seed):
    cases = title_layouts.published_cases(seed)
    right, wrong, noisy = _read(cases)
    assert len(right) / len(cases) >= PUBLISHED_FLOOR, (len(right), len(cases))
    assert len(wrong) / len(cases) <= PUBLISHED_INVENTED, wrong[:20]
    assert noisy == []
    for shape in title_layouts.PUBLISHED:
        mine = [c for c in cases if c.layout == shape]
        got = [c for c in right if c.layout == shape]
        assert len(got) / len(mine) >= PUBLISHED_SHAPE_FLOOR, shape


@pytest.mark.fuzz
@pytest.mark.parametrize("seed", [20, 7])
def test_rosters_board_pages_agendas_letters_and_structure_news_have_no_title(seed):
    cases = title_layouts.no_post_cases(seed)
    for kind in title_layouts.NO_POST_TEXTS:
        mine = [c for c in cases if c.layout == kind]
        titled = [(c.text[:80], got) for c in mine if (got := _described(c.text)) is not None]
        assert 1 - len(titled) / len(mine) >= NO_POST_FLOOR, (kind, titled[:5])


@pytest.mark.parametrize("text", [
    # a post beside its holder's name, on one line or on the next
    "Jo Example, Chief Widget Officer\nSam Sample, Director of Gadgets\n",
    "Our Board\n\nJo Example\nDirector of Widgets\n\nSam Sample\nChair\n",
    "Board of Directors\n\nDirector of Widgets – Jo Example\n\nChair – Sam Sample\n",
    "Alex Placeholder (Non-Executive Director)\nChair: Kim Testcase\n",
    # an agenda's presenters: later cells of numbered rows
    "AGENDA\nWidget Committee\n\nItem\tPresenter\n1. Widget report\tChief Widget Officer\n"
    "2. Finance report\tDirector of Finance\n",
    # minutes naming who was present
    "Widget Board\nMinutes of the meeting held on 3 May\n\nChair:\tJo Example, Chair\n"
    "Present:\tSam Sample, Director of Widgets\n\n1. Apologies\n",
    # two people appointed in one sentence, two posts as one subject
    "Senior appointments\n\nJo Example has been appointed Director of Widgets and Sam Sample has "
    "been appointed Chief Gadget Officer.\n",
    "New structure\n\nUnder the new structure, the Director of Widgets and the Chief Gadget "
    "Officer will report to the Chief Executive.\n",
])
def test_a_holders_seat_a_row_cell_and_news_of_several_posts_are_no_title(text):
    assert _described(text) is None


@pytest.mark.parametrize(("text", "title"), [
    # a post held by nobody named, with a line of a page's furniture around it
    ("Home | Jobs | Contact\nLog in | Register\nSearch\nBack to results\nShare\n\nWidget Lead\n"
     "Band 6\n", "Widget Lead"),
    # a unit named by its leading post is where the post sits
    ("Office of the Chief Executive\n\nJob Description\nWidget Coordinator\nBand 5\n",
     "Widget Coordinator"),
    # the employer named by its place before a dash, the directorate after one
    ("NHS Westshire – Widget Lead\nBand 7\n", "Widget Lead"),
    ("Hillside Surgery – Widget Practitioner\nBand 5\n", "Widget Practitioner"),
    ("Widget Lead – Gadget Directorate\nBand 7\n", "Widget Lead"),
    # a title cut across two lines under a document word or a label
    ("Role Profile\n\nLead\nWidget Nurse\nBand 6\n", "Lead Widget Nurse"),
    ("Job Description\n\nMedical\nSecretary\nBand 4\n", "Medical Secretary"),
    ("Post title:\nSenior Staff\nNurse\n\nReports to: Ward Manager\n", "Senior Staff Nurse"),
    ("Post:\nDirector of Widget\nCare\n\nReports to: Chief Executive\n",
     "Director of Widget Care"),
    # a post named beside another post as the sentence's fronted phrase stays one subject
    ("Working for the Lead Gadget Nurse, the Widget Specialist will lead the widget service.\n",
     "Widget Specialist"),
])
def test_more_shapes_around_a_title(text, title):
    assert _title(text) == title


@pytest.mark.parametrize("text", [
    # a contents entry holding a relationship's cue, with its page number
    "Westshire Governance Framework\n\nContents:\n\nFramework 3\n\nGroups reporting to the "
    "Widget Board 4\n",
    # a slide's author and the author's post, given as bullets
    "Proposal for a new widget structure\n- Jo Example\n- Chief Executive\n- May\n",
    # a foreword by a post
    "Our new structure\n\nForeword by the Chief Executive\n\nThis document sets out how we "
    "work.\n",
    # who may be appointed: no appointment made
    "Eligibility\n\nA person must meet these requirements before that person may be appointed "
    "as a chair of the Widget Board.\n",
    # an ended post
    "Dear colleagues,\n\nI will serve in the position of Immediate Past Chair for a year.\n",
    # a whole meeting's record
    "Agenda, decisions and minutes\n\nWidget Board – 3 May\n\nThe Board resolved to appoint Jo "
    "Example as Vice Chair.\n",
    # "an appointed" post is an adjective; a post a paper creates
    "About the Widget Board\n\nOther members include an appointed Chief Widget Officer.\n",
    "Widget structure\n\nIt was recommended that the post of Deputy Director of Widgets should be "
    "established.\n",
    # two new posts as one subject
    "A director of widgets and a director of gadget care will join the board at Westshire NHS "
    "Trust.\n",
])
def test_contents_slides_forewords_and_posts_not_held_are_no_title(text):
    assert _described(text) is None


@pytest.mark.parametrize(("text", "title"), [
    # one item's page may centre on one appointment
    ("Agenda item\n\nReport of the Chief Executive on the process for the appointment of a new "
     "Director of Widgets.\n", "Director of Widgets"),
    ("Westshire NHS Trust has announced the appointment of a new chief executive.\n",
     "chief executive"),
])
def test_one_appointment_in_a_report_is_still_read(text, title):
    assert _title(text) == title


@pytest.mark.parametrize(("raw", "title"), [
    # where the post is held, after "at", "based at", "within", or "in" a building
    ("Widget Lead at Westshire NHS Trust", "Widget Lead"),
    ("Widget Lead at Westshire NHS Trust – Band 7", "Widget Lead"),
    ("Widget Officer based at Eastmoor House", "Widget Officer"),
    ("Widget Officer within Gadget Directorate", "Widget Officer"),
    ("Widget Nurse in Northvale Health Centre", "Widget Nurse"),
    ("Widget Lead – Eastmoor House – Band 7", "Widget Lead"),
    # a specialty or a setting after "in" stays, and so does a remit between dashes
    ("Clinical Nurse Specialist in Tissue Viability", "Clinical Nurse Specialist in Tissue Viability"),
    ("Health Care Assistant in General Practice", "Health Care Assistant in General Practice"),
    ("Specialty Doctor – Haematology – Band 5", "Specialty Doctor – Haematology"),
])
def test_where_a_post_is_held_is_cut_from_its_title(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(("text", "title"), [
    # a section heading of two capitalised words reads like a person's name: one beside the
    # title is trusted only with a courtesy title or an initial, or when the text pairs two
    # or more posts with names
    ("Widget Lead\n\nJob Purpose\n\nThe post holder will lead the widget service.\n",
     "Widget Lead"),
    ("Apply Now\nHead of Widget Services\nKey Tasks\n\nTo lead the service.\n",
     "Head of Widget Services"),
])
def test_a_section_heading_beside_the_title_is_no_holder(text, title):
    assert _title(text) == title


@pytest.mark.parametrize("text", [
    # a letter's signature after its sign-off
    "Westshire Surgery\nTo: All staff\n\nDear colleague,\n\nThank you for your work.\n\n"
    "Yours sincerely,\nJo Example\nDirector of Widgets\n",
    # a courtesy title or an initial marks a name alone
    "Dr Jo Example\nDirector of Widgets\n",
])
def test_a_signature_or_a_titled_name_beside_a_post_is_no_title(text):
    assert _described(text) is None
