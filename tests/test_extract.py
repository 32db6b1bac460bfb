"""orggraph.extract: layouts and phrases, bad files, ids, review/accept, evaluation figures."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
import yaml

from orggraph.cli import main
from orggraph.extract import HEADLINE_TYPES, evaluate, extract, review_draft
from orggraph.extract.core import extract_text
from orggraph.extract.evaluate import Fact, Score, evaluate_labelled, score
from orggraph.extract.reading import read_document
from orggraph.graph import load_graph
from orggraph.load import DEFAULT_DATA_DIR, validate
from orggraph.model import normalise_space

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
TINY = Path(__file__).parent / "fixtures" / "tiny"

#: Floors of the figures reported in README ("Extraction quality"); a regression fails.
FIXTURE_FLOOR = {"precision": 0.95, "recall": 0.9}  # measured: 0.99 / 0.95 (239/2/12)
CURATED_FLOOR = {"precision": 0.9, "recall": 0.8}  # measured: 0.98 / 0.81 (55/1/13)
#: Excerpts 11-20 were held out: measured untouched, 11-16 scored headline precision
#: 0.50, recall 0.23 (13/13/43); 17-18 (written after the fixes for 11-16) 1.00 / 0.60
#: (9/0/6); 19-20 (written after the fixes for 17-18) 1.00 / 0.23 (3/0/10); 21-22
#: (written after the fixes for 19-20) 0.75 / 0.21 (3/1/11). After the general fixes
#: they prompted, 1.00 / 1.00 (98/0/0), held here. 25-29 (s13) untouched 0.88 / 0.48
#: (14/2/15), 30-31 (written after the fixes for 25-29) 1.00 / 0.38 (3/0/5); after the
#: fixes, 1.00 / 1.00 (37/0/0), held here too. 32-34 (s14) untouched 0.50 / 0.31
#: (13/13/29), 35 (written after the s14 rules) 0.50 / 0.33 (3/3/6); after, 0.96 / 1.00
#: (51/2/0).
HELD_OUT = [f"{n}-" for n in (*range(11, 23), *range(25, 36))]
HELD_OUT_FLOOR = {"precision": 0.95, "recall": 0.95}
#: The last held-out excerpts, deliberately left unfixed as the reference for a new
#: layout: untouched they scored 1.00 / 0.15 (2/0/11), and 24 yields nothing at all.
UNFIXED = ("23-", "24-")


def facts(text: str) -> set[tuple[str, str, str]]:
    draft = extract_text(text, "t")
    names = {n.id: n.name for n in draft.nodes.values()}
    return {(r.type, names[r.start], names[r.end]) for r in draft.relationships}


HEAD = "Job Title: Ward Sister\n"
#: A structure paper: two named Duty Managers, the generic one, and a profile headed with
#: the area of the post they answer to (the Head of Estates, written three ways).
GENERIC_PAPER = (
    "Each site will have a Duty Manager for days and a Duty Manager for nights. The Duty "
    "Manager will report to the Head of Estates for the safety of the site.\n\n"
    "Duty Manager Estates\nOutline job description\nBand 6\n"
    "· Directly responsible to the Head, Estates\n· Deputise as required for the Head of "
    "Estates\n· A member of the Estates Safety Group\n")


@pytest.mark.parametrize(("text", "fact"), [
    (HEAD + "Accountable to: Matron\n", ("ACCOUNTABLE_TO", "Ward Sister", "Matron")),
    ("Job Title\nWard Sister\n\nAccountable to\n\nMatron\n",
     ("ACCOUNTABLE_TO", "Ward Sister", "Matron")),
    ("\tJob Title\tWard Sister\n\tResponsible to\tHead of Nursing\n",
     ("RESPONSIBLE_TO", "Ward Sister", "Head of Nursing")),
    ("| Job Title | Ward Sister |\n| Reports to | Head of Nursing |\n",
     ("REPORTS_TO", "Ward Sister", "Head of Nursing")),
    (HEAD + "Directly responsible to: Head of Nursing\n",
     ("REPORTS_TO", "Ward Sister", "Head of Nursing")),
    (HEAD + "Line manager:\tHead of Nursing\n", ("REPORTS_TO", "Ward Sister", "Head of Nursing")),
    (HEAD + "Professionally accountable to: Chief Nurse\n",
     ("ACCOUNTABLE_TO", "Ward Sister", "Chief Nurse")),
    (HEAD + "Reporting arrangements: Accountable to the Head of Nursing.\n",
     ("ACCOUNTABLE_TO", "Ward Sister", "Head of Nursing")),
    ("Role: Ward Sister\nLine managed by: Matron\n", ("REPORTS_TO", "Ward Sister", "Matron")),
    (HEAD + "Responsible for:\tStaff Nurses and Healthcare Assistants\n",
     ("REPORTS_TO", "Healthcare Assistants", "Ward Sister")),
    (HEAD + "The post holder will deputise for the Matron.\n",
     ("DEPUTISES_FOR", "Ward Sister", "Matron")),
    (HEAD + "Accountable to: Matron\nThey will be responsible for deputising at Board meetings.\n",
     ("DEPUTISES_FOR", "Ward Sister", "Matron")),
    (HEAD + "The post holder is a voting member of the Quality Committee.\n",
     ("MEMBER_OF", "Ward Sister", "Quality Committee")),
    (HEAD + "The Ward Sister sits on the Nursing Council.\n",
     ("MEMBER_OF", "Ward Sister", "Nursing Council")),
    (HEAD + "The post holder will co-chair the Safeguarding Group.\n",
     ("CHAIRS", "Ward Sister", "Safeguarding Group")),
    (HEAD + "The post holder will co-chair the Safeguarding Group with the trust's Chief Nurse.\n",
     ("CHAIRS", "Chief Nurse", "Safeguarding Group")),
    ("From 1 April 2025 the Quality Group replaces the former Audit Group.\n",
     ("REPLACES", "Quality Group", "Audit Group")),
    (HEAD + "They will work closely with the Patient Safety Team and the Head of Governance.\n",
     ("WORKS_WITH", "Ward Sister", "Head of Governance")),
    (HEAD + "- Working with and through the Divisional Directors to deliver the plan\n",
     ("WORKS_WITH", "Ward Sister", "Divisional Directors")),
    (HEAD + "To lead and support the Ward Managers in their roles.\n",
     ("SUPPORTS", "Ward Sister", "Ward Managers")),
    (HEAD + "The post holder will report to the Head of Nursing on clinical matters.\n",
     ("REPORTS_TO", "Ward Sister", "Head of Nursing")),
    (HEAD + "\nKey Relationships\n· Head of Nursing\n· Patient Safety Team\n",
     ("WORKS_WITH", "Ward Sister", "Patient Safety Team")),
    (HEAD + "Key relationships:\tInternal: Matron, Ward Clerk; External: Social Services\n",
     ("WORKS_WITH", "Ward Sister", "Social Services")),
    (HEAD + "Line management of the Staff Nurses and the Ward Clerk.\n",
     ("REPORTS_TO", "Ward Clerk", "Ward Sister")),
    ("Ward Sister\nThe Ward Sister is accountable to the Assistant Director of Care of Eastshire "
     "County Council.\n", ("ACCOUNTABLE_TO", "Ward Sister", "Assistant Director of Care")),
    ("The Alliance was formed in May 2024 and brings together the Northfield Hospital Trust, "
     "the Southfield Community Trust and the Eastfield Mental Health Trust.\n",
     ("PART_OF", "Southfield Community Trust", "Alliance")),
    ("Northfield Trust and Southfield Trust are merging into the Westfield Health Trust on "
     "1st April 2026.\n", ("MERGES_INTO", "Southfield Trust", "Westfield Health Trust")),
    ("The Northfield EOC and the Southfield EOC will merge on 1 April 2026 to form the Control "
     "Centre.\n", ("MERGES_INTO", "Southfield EOC", "Control Centre")),
    ("The Surgery Division comprises the Theatres Directorate and the Wards Directorate.\n",
     ("PART_OF", "Wards Directorate", "Surgery Division")),
    ("The Quality Forum replaces the Clinical Standards Group.\n",
     ("REPLACES", "Quality Forum", "Clinical Standards Group")),
    (HEAD + "Team: Surgical Wards\nDirectorate: Surgery\n",
     ("POST_IN", "Ward Sister", "Surgical Wards team")),
    (HEAD + "3.2 Represent the ward and attend the Nursing Forum monthly.\n",
     ("MEMBER_OF", "Ward Sister", "Nursing Forum")),
    (HEAD + "She will join with the Matron and the Lead Nurse to form the Ward Council.\n",
     ("MEMBER_OF", "Lead Nurse", "Ward Council")),
    ("POST: Ward Sister\nREPORTS TO: Matron\n", ("REPORTS_TO", "Ward Sister", "Matron")),
    ("Job title          Ward Sister\nAccountable to     Matron\n",
     ("ACCOUNTABLE_TO", "Ward Sister", "Matron")),
    (HEAD + "• Be a member of the Quality Committee and the Nursing Council.\n",
     ("MEMBER_OF", "Ward Sister", "Nursing Council")),
    # added with the held-out excerpts 11-18
    (HEAD + "Responsible to (insert job title): Head of Nursing\n",
     ("RESPONSIBLE_TO", "Ward Sister", "Head of Nursing")),
    (HEAD + "Reports to: Name Line Manager  Matron\n", ("REPORTS_TO", "Ward Sister", "Matron")),
    (HEAD + "Professional accountability:   Chief Nurse\n",
     ("ACCOUNTABLE_TO", "Ward Sister", "Chief Nurse")),
    (HEAD + "Deputises for:      Matron\n", ("DEPUTISES_FOR", "Ward Sister", "Matron")),
    (HEAD + "Direct reports:     Staff Nurses; Ward Clerks\n",
     ("REPORTS_TO", "Ward Clerks", "Ward Sister")),
    (HEAD + "Organisational chart\nHead of Nursing\n   |\nMatron\n   |\nWard Sister (this post)\n"
     "   |\nStaff Nurses / Healthcare Assistants (Band 5)\n",
     ("REPORTS_TO", "Matron", "Head of Nursing")),
    (HEAD + "4. ORGANISATIONAL POSITION\nMatron\n↓\nWard Sister (this post)\n↓\nStaff Nurses\n",
     ("REPORTS_TO", "Staff Nurses", "Ward Sister")),
    (HEAD + "Organisational Chart:\nMatron\nTHIS POST\n", ("REPORTS_TO", "Ward Sister", "Matron")),
    (HEAD + "In the absence of the Matron the post holder will deputise as required.\n",
     ("DEPUTISES_FOR", "Ward Sister", "Matron")),
    (HEAD + "When the Matron is on leave, the Ward Sister acts up into the role.\n",
     ("DEPUTISES_FOR", "Ward Sister", "Matron")),
    (HEAD + "The Ward Sister is supported by two Deputy Sisters, who deputise for the Ward "
     "Sister.\n", ("DEPUTISES_FOR", "Deputy Sisters", "Ward Sister")),
    (HEAD + "The Night Sister, the Ward Clerk and the Staff Nurses report to the Ward Sister.\n",
     ("REPORTS_TO", "Ward Clerk", "Ward Sister")),
    (HEAD + "To supervise the Staff Nurses, who report directly to the post holder.\n",
     ("REPORTS_TO", "Staff Nurses", "Ward Sister")),
    ("The Nursing Board is co-chaired by the Chief Nurse and the Lay Member.\n",
     ("CHAIRS", "Lay Member", "Nursing Board")),
    ("The Nursing Board comprises the Chief Nurse, the Matrons and the Lay Member.\n",
     ("MEMBER_OF", "Matrons", "Nursing Board")),
    ("The Quality Group replaces the Audit Group. It will be chaired by the Matron and its "
     "membership comprises the Ward Sisters and a Pharmacist.\n",
     ("MEMBER_OF", "Pharmacist", "Quality Group")),
    ("The Quality Group is chaired by the Matron. Its members are the Ward Sisters and the "
     "Pharmacist.\n", ("MEMBER_OF", "Ward Sisters", "Quality Group")),
    ("The Hub Manager is professionally accountable to the Chief Nurse and managerially "
     "accountable to the Head of Operations.\n",
     ("ACCOUNTABLE_TO", "Hub Manager", "Head of Operations")),
    ("Three Duty Managers will report to the Head of Operations.\n",
     ("REPORTS_TO", "Duty Managers", "Head of Operations")),
    (HEAD + "The post holder is also a member of the Trust's Falls Prevention Group.\n",
     ("MEMBER_OF", "Ward Sister", "Falls Prevention Group")),
    (HEAD + "• Chair the ward's monthly Safety Huddle.\n",
     ("CHAIRS", "Ward Sister", "Safety Huddle")),
    (HEAD + "To represent the ward on the Health Board's Nutrition Steering Group.\n",
     ("MEMBER_OF", "Ward Sister", "Nutrition Steering Group")),
    (HEAD + "Professionally, they are accountable to the Chief Nurse.\n",
     ("ACCOUNTABLE_TO", "Ward Sister", "Chief Nurse")),
    ("The following posts report to the Head of Nursing:\na) Matron, Surgery\nb) Matron, "
     "Medicine\n", ("REPORTS_TO", "Matron, Medicine", "Head of Nursing")),
    ("Each Matron manages three Ward Sisters.\n", ("REPORTS_TO", "Ward Sisters", "Matron")),
    ("The new Urgent Care Centre (UCC), which replaces the Walk-in Service and the Minor "
     "Injuries Unit from 1 April 2026, opens in May.\n",
     ("REPLACES", "Urgent Care Centre", "Minor Injuries Unit")),
    (HEAD + "Key working relationships\n\n| Internal | External |\n| Matron | Social Services |\n",
     ("WORKS_WITH", "Ward Sister", "Social Services")),
    # added with the held-out excerpts 19-20
    ("Role profile: Director of Nursing (Executive Director)\nReports to: Chief Executive\n",
     ("REPORTS_TO", "Director of Nursing", "Chief Executive")),
    ("Job Title: Director of Nursing\nReporting directly to the Chief Executive, the Director of "
     "Nursing is the lead for quality.\n", ("REPORTS_TO", "Director of Nursing", "Chief Executive")),
    ("Job Title: Director of Nursing\nThe Director holds a voting seat on the Trust Board.\n",
     ("MEMBER_OF", "Director of Nursing", "Trust Board")),
    ("Job Title: Director of Nursing\nThe Director will chair the Quality Group and sits on the "
     "Audit Committee.\n", ("MEMBER_OF", "Director of Nursing", "Audit Committee")),
    ("Job Title: Director of Nursing\nThe Head of Safeguarding and the Lead Nurse are direct "
     "reports of the Director.\n", ("REPORTS_TO", "Lead Nurse", "Director of Nursing")),
    (HEAD + "    Manages:      Staff Nurses (4); Ward Clerk\n",
     ("REPORTS_TO", "Ward Clerk", "Ward Sister")),
    (HEAD + "They will be the Trust's representative on the Council's Falls Sub-Committee.\n",
     ("MEMBER_OF", "Ward Sister", "Falls Sub-Committee")),
    (HEAD + "The Ward Sister works alongside the Matron.\n",
     ("WORKS_WITH", "Ward Sister", "Matron")),
    # added with the held-out excerpts 21-22
    (HEAD + "Reporting line: Matron\n", ("REPORTS_TO", "Ward Sister", "Matron")),
    (HEAD + "Accountability: Chief Nurse\n", ("ACCOUNTABLE_TO", "Ward Sister", "Chief Nurse")),
    ("Post: Matron\nThe Ward Managers for the Acute Unit, the Short Stay Ward and the Day Unit "
     "are line managed by the Matron.\n", ("REPORTS_TO", "Ward Managers", "Matron")),
    ("Head of Commissioning (Mental Health and Learning Disabilities)\nThe postholder is jointly "
     "accountable to the Director of Place and the Council's Director of Public Health.\n",
     ("ACCOUNTABLE_TO", "Head of Commissioning (Mental Health and Learning Disabilities)",
      "Director of Public Health")),
    (HEAD + "The post holder is line-managed day to day by the Matron.\n",
     ("REPORTS_TO", "Ward Sister", "Matron")),
    (HEAD + "The post holder is a member of both the Falls Group and the Nursing Board.\n",
     ("MEMBER_OF", "Ward Sister", "Falls Group")),
    # added with the held-out excerpts 25-31 (s13)
    ("Structure\n\nDeputy Head of Estates (Band 8b)\n· Leads planned maintenance\n",
     ("DEPUTISES_FOR", "Deputy Head of Estates", "Head of Estates")),
    ("Job Title: Head of Finance\n· Line management of the Finance Officers within the "
     "Planning directorate\n",
     ("REPORTS_TO", "Finance Officers (Planning)", "Head of Finance")),
    ("The structure has two posts at tier 3 reporting directly to the Director of Place.\n\n"
     "Head of Parks   Grade M2\nThe Head of Parks leads the parks service.\n\n"
     "Head of Leisure   Grade M3\nThe Head of Leisure leads the leisure service.\n",
     ("REPORTS_TO", "Head of Leisure", "Director of Place")),
    ("Each area has a Service Lead for adults and a Service Lead for children. The Service "
     "Lead will be responsible to the Head of Service for quality.\n",
     ("RESPONSIBLE_TO", "Service Lead for children", "Head of Service")),
    ("Each area has a Service Lead for adults and a Service Lead for children.\nIt is "
     "expected that team leaders will run each shift. They will be responsible to the Service "
     "Lead for day to day management.\n",
     ("RESPONSIBLE_TO", "Team Leaders", "Service Lead for adults")),
    ("The Alliance was formed in May 2024 and brings together the Northfield Trust and the "
     "Southfield Trust.\nEach Trust keeps its own Site Director, who will be a member of the "
     "Alliance Board.\n", ("MEMBER_OF", "Southfield Trust Site Director", "Alliance Board")),
    ("The Alliance is run by a Joint Board with a single Joint Chair, a Chief Officer, and "
     "Clinical and Lay Members.\n", ("MEMBER_OF", "Lay Members", "Joint Board")),
    ("The Alliance is run by a Joint Board with a single Joint Chair, a Chief Officer, and "
     "Clinical and Lay Members.\n", ("CHAIRS", "Joint Chair", "Joint Board")),
    ("Locality Directors (LDs) lead the localities.\nJob Title: Office Manager\n"
     "· Manage the LDs' PAs and the office team\n",
     ("REPORTS_TO", "Locality Directors’ PAs", "Office Manager")),
    ("Payroll\n\nPayroll Manager (Band 7)\n· Line management of staff within the payroll "
     "team\n\nPayroll Officer (Band 4)\n· Starters and leavers\n",
     ("REPORTS_TO", "Payroll Officer", "Payroll Manager")),
    ("Working with the executive team, you will lead the plan. You will work with our Chief "
     "Nurse and other executive colleagues.\nJob Title: Director of Finance\n",
     ("MEMBER_OF", "Chief Nurse", "executive team")),
    # s14: the generic's verb taken by the rule; "Both" after two posts; a profile headed
    # "Role Area" is each "Role for …" post answering to that area's post; a numbered heading
    (GENERIC_PAPER, ("REPORTS_TO", "Duty Manager for days", "Head of Estates")),
    (GENERIC_PAPER, ("DEPUTISES_FOR", "Duty Manager for nights", "Head of Estates")),
    (GENERIC_PAPER, ("MEMBER_OF", "Duty Manager for days", "Estates Safety Group")),
    ("There will be a Place Manager for housing and a Place Manager for transport. Both will "
     "be line managed by the Director of Place.\n",
     ("REPORTS_TO", "Place Manager for transport", "Director of Place")),
    ("4. Payroll\n\nPayroll Manager (Band 7)\n· Line management of staff within the payroll "
     "team\n\nPayroll Officer (Band 4)\n· Starters and leavers\n",
     ("REPORTS_TO", "Payroll Officer", "Payroll Manager")),
])
def test_layouts_and_phrases(text, fact):
    assert fact in facts(text)


def test_fields_of_the_post_and_dates():
    draft = extract_text("Pay scheme\nAgenda for change\nJob Title\nSister\nBand\nBand 7\n"
                         "Base: Ward 3\n", "t")
    post = next(n for n in draft.nodes.values() if n.name == "Sister")
    assert (post.grade, post.note) == ("Band 7", "Base: Ward 3")
    for field, grade in (("Band: 7", "Band 7"), ("Pay Band: Band 8c (£66,000)", "Band 8c"),
                         ("Grade\tPO4", "Grade PO4"), ("Salary: £30,000", "£30,000")):
        draft = extract_text(f"Job Title: Sister\n{field}\n", "t")
        assert next(iter(draft.nodes.values())).grade == grade
    draft = extract_text("The Alliance was formed in May 2024 and brings together the "
                         "Northfield Hospital Trust and the Southfield Trust. Northfield Trust "
                         "and Southfield Trust are merging into the Alliance on 1st April 2026."
                         , "t")
    by_name = {n.name: n for n in draft.nodes.values()}
    assert by_name["Alliance"].valid_from == "2024-05"
    assert by_name["Southfield Trust"].valid_to == "2026-03-31"
    merge = [r for r in draft.relationships if r.type == "MERGES_INTO"]
    assert merge and all(r.valid_from == "2026-04-01" for r in merge)


@pytest.mark.parametrize(("text", "fact"), [
    # a chart's title line, the table header and a plural are not the post or a contact
    (HEAD + "Organisational chart\nMatron\n|\nWard Sister (this post)\n",
     ("REPORTS_TO", "Ward Sister", "Ward Sister")),
    (HEAD + "Key working relationships\n| Internal | External |\n| Matron | Social Services |\n",
     ("WORKS_WITH", "Ward Sister", "Internal")),
    ("Job Title: Senior Charge Nurse\nOrganisational position\nSenior Charge Nurse (this post)\n"
     "↓\nCharge Nurses\n", ("REPORTS_TO", "Senior Charge Nurse", "Senior Charge Nurse")),
    ("Job Title: Matron\nBudget holder. Manages 38 WTE staff.\n",
     ("REPORTS_TO", "38 WTE staff", "Matron")),
    ("The Quality Forum replaces the Audit Group from 1 April 2026.\n",
     ("REPLACES", "Quality Forum", "Audit Group from 1 April 2026")),
    (HEAD + "Team\nThe Lead Nurse and the Matron are direct reports of the Head of Nursing.\n",
     ("POST_IN", "Ward Sister", "Lead Nurse and the Matron are direct reports of the Head of "
      "Nursing team")),
    (HEAD + "Key contacts\nMatron\nWard Clerk\n\nOther\nThe post holder drives.\n",
     ("WORKS_WITH", "Ward Sister", "Other")),
    (HEAD + "· Work alongside Managers to reduce sickness.\n",
     ("WORKS_WITH", "Ward Sister", "Managers")),
    ("Estates Manager (Band 8a)\nReports to the Director of Estates.\n",
     ("REPORTS_TO", "Estates Manager (Band 8a)", "Director of Estates")),
    ("JOB PROFILE\nThese posts are across the directorate.\n",
     ("POST_IN", "These posts are across the directorate", "directorate")),
    # s13: a purpose after "for" is no variant; one variant is no generic; a Deputy that
    # deputises for someone named is not also its title's deputy
    ("Each area has a Service Lead for adults and a Service Lead for children. Staff are "
     "responsible to the Service Lead for safety.\n",
     ("RESPONSIBLE_TO", "Staff", "Service Lead for safety")),
    ("Each area has a Service Lead for adults. The Service Lead will be responsible to the Head "
     "of Service for quality.\n",
     ("RESPONSIBLE_TO", "Service Lead for adults", "Head of Service")),
    ("Job Title: Deputy Chief Nurse\nThe post holder will deputise for the Director of "
     "Nursing.\n", ("DEPUTISES_FOR", "Deputy Chief Nurse", "Chief Nurse")),
    ("Payroll\n\nPayroll Officer (Band 4)\n· Starters and leavers\n\nHR\n\nHead of HR (Band 8b)\n"
     "· Line management of staff within the payroll team\n",
     ("REPORTS_TO", "Payroll Officer", "Head of HR")),
    # s14: "for the localities" is all of them, not a third variant; a profile headed with
    # another area than the posts' manager's is a post of its own; "Both of" is no pair
    ("Practice Managers for the localities:\n• Practice Manager for Northgate\n• Practice "
     "Manager for Southgate\nThe Practice Manager will report to the Head of Practice.\n",
     ("REPORTS_TO", "Practice Manager for localities", "Head of Practice")),
    (GENERIC_PAPER.replace("Duty Manager Estates", "Duty Manager Catering"),
     ("DEPUTISES_FOR", "Duty Manager for days", "Head of Estates")),
    (GENERIC_PAPER, ("REPORTS_TO", "Duty Manager Estates", "Head of Estates")),
    ("There will be a Place Manager for housing and a Place Manager for transport. Both of "
     "the teams will be line managed by the Director of Place.\n",
     ("REPORTS_TO", "Place Manager for transport", "Director of Place")),
])
def test_near_misses_give_no_fact(text, fact):
    got = facts(text)
    assert fact not in got
    assert not any(a == b for _, a, b in got)


def test_the_same_sentence_never_gives_two_accountability_types():
    got = facts(HEAD + "The Ward Sister is directly responsible to the Matron.\n")
    assert ("REPORTS_TO", "Ward Sister", "Matron") in got
    assert ("RESPONSIBLE_TO", "Ward Sister", "Matron") not in got


def test_abbreviations_resolve_later_mentions():
    text = (HEAD + "The Ward Sister will support the Chief Nursing Officer (CNO). "
            "She will deputise for the CNO at the Nursing Forum.\n")
    draft = extract_text(text, "t")
    cno = next(n for n in draft.nodes.values() if n.abbreviation == "CNO")
    assert cno.name == "Chief Nursing Officer"
    assert any(r.type == "DEPUTISES_FOR" and r.end == cno.id for r in draft.relationships)
    assert not any(n.name == "CNO" for n in draft.nodes.values())


def test_a_section_printed_twice_gives_each_fact_once():
    once = (FIXTURES / "05-mental-health-advert.txt").read_text(encoding="utf-8")
    draft = extract_text(once, "t")
    keys = [(r.type, r.start, r.end) for r in draft.relationships]
    assert len(keys) == len(set(keys))
    assert ("REPORTS_TO" in {k[0] for k in keys}) and len(extract_text(once + once, "t")
                                                           .relationships) == len(keys)


def _all_texts() -> list[Path]:
    return sorted(FIXTURES.glob("*.txt")) + sorted((DEFAULT_DATA_DIR / "sources").glob("*.txt"))


@pytest.mark.parametrize("path", _all_texts(), ids=lambda p: p.name)
def test_every_evidence_is_an_exact_quote(path):
    text = read_document(path).text
    flat = normalise_space(text)
    draft = extract_text(text, "t")
    assert draft.relationships or path.name.startswith(UNFIXED)
    for record in [*draft.nodes.values(), *draft.relationships]:
        assert record.evidence == normalise_space(record.evidence)
        assert record.evidence in flat, record


def test_ids_of_existing_records_are_reused_and_new_slugs_are_stable():
    G = load_graph()
    text = ("Job Title: Group Chief Medical Officer\nAccountable to: Group Chief Executive\n"
            "They will deputise for the ICB Executive Medical Director and will be a member of "
            "the Nursing Forum.\n")
    draft = extract_text(text, "x", G)
    ends = {r.type: (r.start, r.end) for r in draft.relationships}
    assert ends["ACCOUNTABLE_TO"] == ("nwuhg-group-chief-medical-officer",
                                     "nwuhg-group-chief-executive")
    assert ends["DEPUTISES_FOR"][1] == "nw-icb-executive-medical-director"
    assert ends["MEMBER_OF"][1] == "nursing-forum"
    # a title two records share ("Deputy Medical Director") is ambiguous: a new id
    dmd = extract_text("Job Title: Deputy Medical Director\nReports to: Medical Director\n",
                       "x", G)
    assert dmd.subject == "deputy-medical-director" and dmd.subject not in G
    again = extract_text(text, "x", G)
    assert [n.id for n in draft.nodes.values()] == [n.id for n in again.nodes.values()]
    new = [n for n in draft.nodes.values() if not n.existing]
    assert all(n.id not in G for n in new)


@pytest.fixture
def bad_files(tmp_path):
    files = {
        "empty.txt": b"",
        "blank.txt": b"  \n\n",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "unknown.txt": b"Job Title: Nurse\n" + b"\x81\x8d\x9d\n",
        "nothing.txt": b"Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n",
        "broken.docx": b"PK not really a zip",
        "broken.pdf": b"%PDF-1.4 not really a pdf",  # pypdf would log to stderr too
        "good.txt": b"Job Title: Ward Sister\nAccountable to: Matron\n",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path, files


def test_bad_files_give_one_line_each_and_the_others_are_processed(runner, bad_files):
    root, files = bad_files
    out = root / "draft.yaml"
    result = runner.invoke(main, ["extract", *(str(root / n) for n in files), "-o", str(out)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == len(files) - 1
    for name in files:
        if name != "good.txt":
            assert sum(name in line for line in lines) == 1, (name, lines)
    assert "Traceback" not in result.output
    assert "ward-sister" in out.read_text(encoding="utf-8")
    messages = "\n".join(lines)
    for what in ("empty file", "binary", "unknown encoding", "nothing recognisable", ".docx",
                 ".pdf"):
        assert what in messages


def test_windows_1252_is_decoded(tmp_path):
    doc = read_document(FIXTURES / "04-icb-cp1252.txt")
    assert doc.encoding == "windows-1252" and "£66,000 – £78,000" in doc.text
    assert "“Urgent Care Hub”" in doc.text and "trust’s" in doc.text


def test_docx_and_pdf_are_read(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Job Description")
    table = d.add_table(rows=2, cols=2)
    for row, (label, value) in zip(table.rows, [("Job Title", "Ward Sister"),
                                               ("Accountable to", "Matron")], strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    d.save(tmp_path / "jd.docx")
    (tmp_path / "jd.pdf").write_bytes(_pdf(["Job Title: Ward Sister", "Reports to: Matron"]))
    for name, rtype in (("jd.docx", "ACCOUNTABLE_TO"), ("jd.pdf", "REPORTS_TO")):
        doc = read_document(tmp_path / name)
        assert doc.problem is None
        assert (rtype, "Ward Sister", "Matron") in facts(doc.text), name


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF showing ``lines`` in Helvetica (written by hand, no PDF library)."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "72 720 Td"]
    ops += [f"({line}) Tj T*" for line in lines]
    stream = "\n".join([*ops, "ET"]).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1,
                                                                              xref)
    return bytes(out)


def _digest(directory: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.glob("*.yaml"))}


@pytest.mark.parametrize("fixture", ["04-icb-cp1252.txt", "06-community-trust-prose.txt"])
def test_review_then_accept_merges_and_passes_validate(runner, tmp_path, fixture):
    data = tmp_path / "data"
    shutil.copytree(TINY, data)
    before = _digest(data)
    draft = tmp_path / "draft.yaml"
    r = runner.invoke(main, ["extract", str(FIXTURES / fixture), "-o", str(draft),
                             "--data", str(data)])
    assert r.exit_code == 0, r.output
    review = runner.invoke(main, ["extract", "--review", str(draft), "--data", str(data)])
    assert review.exit_code == 0, review.output
    assert "ACCOUNTABLE_TO" in review.output and '"' in review.output
    assert _digest(data) == before  # reviewing changes nothing
    accepted = runner.invoke(main, ["extract", "--review", str(draft), "--data", str(data),
                                    "--accept"])
    assert accepted.exit_code == 0, accepted.output
    assert [p for p in validate(data) if p.is_error] == []
    after = _digest(data)
    assert {k: v for k, v in after.items() if k in before} == before  # hand-written untouched
    (new_file,) = set(after) - set(before)
    sources = yaml.safe_load((data / new_file).read_text(encoding="utf-8"))["source"]
    assert (data / "sources" / sources["file"]).read_text(encoding="utf-8")
    again = runner.invoke(main, ["extract", "--review", str(draft), "--data", str(data),
                                 "--accept"])
    assert again.exit_code == 0 and _digest(data) == after  # accepting twice is idempotent


def test_accept_reuses_existing_ids_and_skips_known_facts(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(TINY, data)
    (tmp_path / "jd.txt").write_text(
        "Job Title: Care Manager\nAccountable to: Director of Care\n"
        "The post holder is a voting member of the Trust Board.\n", encoding="utf-8")
    result = extract([tmp_path / "jd.txt"], tmp_path / "d.yaml", data_dir=data)
    assert result.written
    assert "to: trust-board" in result.text
    review = review_draft(tmp_path / "d.yaml", data, accept=True)
    assert any("= body trust-board (Trust Board): already in data" in line
               for line in review.lines)
    assert review.written and [p for p in validate(data) if p.is_error] == []
    accepted = (data / "jd.yaml").read_text(encoding="utf-8")
    assert "to: trust-board" in accepted and "id: trust-board" not in accepted


def test_accept_never_replaces_a_hand_written_file(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(TINY, data)
    (tmp_path / "jd.txt").write_text(HEAD + "Accountable to: Matron\n", encoding="utf-8")
    extract([tmp_path / "jd.txt"], tmp_path / "d.yaml", source_id="mine", data_dir=data)
    hand = "source:\n  id: other\n  file: tiny.txt\n  title: by hand\n"
    (data / "mine.yaml").write_text(hand, encoding="utf-8")
    from orggraph.errors import OrggraphError

    with pytest.raises(OrggraphError, match="not written by orggraph"):
        review_draft(tmp_path / "d.yaml", data, accept=True)
    assert (data / "mine.yaml").read_text(encoding="utf-8") == hand


def test_source_id_needs_one_file(runner, tmp_path):
    (tmp_path / "a.txt").write_text(HEAD, encoding="utf-8")
    r = runner.invoke(main, ["extract", str(tmp_path / "a.txt"), str(tmp_path / "a.txt"),
                             "--source-id", "x"])
    assert r.exit_code == 1 and r.output.startswith("Error:")
    r = runner.invoke(main, ["extract"])
    assert r.exit_code == 2


def test_scores_are_computed_correctly():
    def fact(t: str, a: str, b: str) -> Fact:
        return Fact(t, frozenset({a}), frozenset({b}))

    gold = [fact("REPORTS_TO", "a", "b"), fact("REPORTS_TO", "c", "b"),
            fact("MEMBER_OF", "a", "x")]
    predicted = [fact("REPORTS_TO", "a", "b"), fact("REPORTS_TO", "a", "b"),
                 fact("MEMBER_OF", "a", "y")]
    s = score(predicted, gold)
    assert (s["REPORTS_TO"].tp, s["REPORTS_TO"].fp, s["REPORTS_TO"].fn) == (1, 1, 1)
    assert (s["MEMBER_OF"].tp, s["MEMBER_OF"].fp, s["MEMBER_OF"].fn) == (0, 1, 1)
    total = Score(tp=1, fp=2, fn=2)
    assert (total.precision, total.recall, total.f1) == (1 / 3, 1 / 3, pytest.approx(1 / 3))


def test_evaluation_on_a_tiny_labelled_set(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Job Title: Ward Sister\nAccountable to: Matron\nReports to: Head of Nursing\n"
        "The post holder is a member of the Nursing Forum.\n", encoding="utf-8")
    (tmp_path / "a.labels.yaml").write_text(yaml.safe_dump({
        "aliases": {"Head of Nursing": ["HoN"]},
        "relationships": ["ACCOUNTABLE_TO: Ward Sister -> Matron",
                          "REPORTS_TO: Ward Sister -> HoN",
                          "DEPUTISES_FOR: Ward Sister -> Matron"]}), encoding="utf-8")
    ev = evaluate_labelled(tmp_path)
    head = ev.total(HEADLINE_TYPES)
    # 3 predicted (ACCOUNTABLE_TO, REPORTS_TO via the alias, MEMBER_OF unlabelled), 3 gold
    assert (head.tp, head.fp, head.fn) == (2, 1, 1)
    assert (ev.by_type["DEPUTISES_FOR"].fn, ev.by_type["MEMBER_OF"].fp) == (1, 1)
    rows = {r["type"]: r for r in ev.rows()}
    assert rows["ACCOUNTABLE_TO"]["f1"] == 1.0
    assert rows["headline (" + ", ".join(HEADLINE_TYPES) + ")"]["precision"] == 0.667


def test_headline_figures_meet_the_reported_floor():
    curated, fixtures = evaluate(DEFAULT_DATA_DIR, FIXTURES)
    assert fixtures.documents >= 18
    for ev, floor in ((fixtures, FIXTURE_FLOOR), (curated, CURATED_FLOOR)):
        head = ev.total(HEADLINE_TYPES)
        assert head.precision >= floor["precision"], (ev.name, head)
        assert head.recall >= floor["recall"], (ev.name, head)


def test_a_curated_fact_quoted_twice_is_one_fact():
    from orggraph.load import read_data

    relationships = read_data(DEFAULT_DATA_DIR).relationships
    distinct = {(r.source, r.type, r.start, r.end) for r in relationships}
    assert len(distinct) < len(relationships)  # the curated data has such a fact
    total = evaluate(DEFAULT_DATA_DIR)[0].total()
    assert total.tp + total.fn == len(distinct)


def test_the_held_out_excerpts_meet_their_floor(tmp_path):
    for path in FIXTURES.iterdir():
        if path.name.startswith(tuple(HELD_OUT)):
            shutil.copy(path, tmp_path / path.name)
    ev = evaluate_labelled(tmp_path)
    head = ev.total(HEADLINE_TYPES)
    assert ev.documents == len(HELD_OUT)
    assert head.precision >= HELD_OUT_FLOOR["precision"], ev.misses
    assert head.recall >= HELD_OUT_FLOOR["recall"], ev.misses


def test_evaluate_command_prints_rows(runner):
    r = runner.invoke(main, ["extract", "--evaluate", "--labels", str(FIXTURES),
                             "--format", "json"])
    assert r.exit_code == 0, r.output
    assert "headline" in r.output and "precision" in r.output
    assert "missed" not in r.output


def test_evaluate_verbose_lists_each_missed_and_wrong_fact(runner, tmp_path):
    (tmp_path / "a.txt").write_text("Job Title: Ward Sister\nAccountable to: Matron\n"
                                    "Reports to: Head of Nursing\n", encoding="utf-8")
    (tmp_path / "a.labels.yaml").write_text(yaml.safe_dump({"relationships": [
        "ACCOUNTABLE_TO: Ward Sister -> Matron", "DEPUTISES_FOR: Ward Sister -> Matron"]}),
        encoding="utf-8")
    r = runner.invoke(main, ["extract", "--evaluate", "--labels", str(tmp_path), "--verbose"])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert sum("a: missed DEPUTISES_FOR: Ward Sister -> Matron" in x for x in lines) == 1
    wrong = [x for x in lines if "a: wrong ward-sister -[REPORTS_TO]-> head-of-nursing" in x]
    assert len(wrong) == 1 and "Reports to: Head of Nursing" in wrong[0]
    assert not any("a: missed ACCOUNTABLE_TO" in x for x in lines)
    r = runner.invoke(main, ["extract", "--evaluate", "--labels", str(tmp_path), "--verbose",
                             "--format", "json"])
    doc = json.loads(r.output)
    assert doc["rows"] and any("missed DEPUTISES_FOR" in m for m in doc["misses"])


@pytest.mark.slow
def test_every_fixture_and_source_merges_into_the_curated_data(runner, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data)
    inputs = [str(p) for p in sorted(FIXTURES.glob("*.txt")) if not p.name.startswith(UNFIXED)]
    inputs += [str(p) for p in sorted((DEFAULT_DATA_DIR / "sources").glob("*.txt"))]
    draft = tmp_path / "all.yaml"
    r = runner.invoke(main, ["extract", *inputs, "-o", str(draft), "--data", str(data)])
    assert r.exit_code == 0, r.output
    before = _digest(data)
    r = runner.invoke(main, ["extract", "--review", str(draft), "--data", str(data), "--accept"])
    assert r.exit_code == 0, r.output
    assert [str(p) for p in validate(data) if p.is_error] == []
    after = _digest(data)
    assert len(after) == len(before) + len(inputs)
    assert {k: v for k, v in after.items() if k in before} == before


def test_no_name_from_the_curated_documents_is_written_into_the_rules(curated):
    code = "\n".join(
        line for p in sorted((Path(__file__).parent.parent / "orggraph" / "extract").glob("*.py"))
        for line in p.read_text(encoding="utf-8").lower().splitlines()
        if ">>>" not in line and not line.lstrip().startswith(("#", "+", "'", "[")))
    from orggraph.extract.names import _BODY_PHRASES

    generic = {phrase for phrase, _ in _BODY_PHRASES}  # kinds of body, e.g. "integrated care board"
    for node, attrs in curated.nodes(data=True):
        for name in [attrs.get("title") or attrs.get("name"), *attrs.get("aliases", [])]:
            if name and len(name.split()) >= 2 and name.lower() not in generic:
                assert name.lower() not in code, (node, name)


# --- regressions found by the fuzzing of tests/test_hardening.py ----------------------------


def _docx_bomb(unpacked: int) -> bytes:
    """A .docx-shaped zip whose document.xml unpacks to ``unpacked`` bytes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            chunk = b"A" * (1 << 20)
            for _ in range(unpacked >> 20):
                f.write(chunk)
    return buf.getvalue()


def test_a_docx_zip_bomb_is_one_line_not_a_memory_error(tmp_path):
    from orggraph.extract.reading import MAX_UNPACKED_BYTES

    path = tmp_path / "bomb.docx"
    path.write_bytes(_docx_bomb(MAX_UNPACKED_BYTES + (1 << 20)))
    assert path.stat().st_size < 1_000_000
    doc = read_document(path)
    assert doc.problem is not None and "zip bomb" in doc.problem.message


def test_a_damaged_pdf_gives_one_line_and_nothing_on_stderr(tmp_path, runner):
    path = tmp_path / "jd.pdf"
    path.write_bytes(b"Job Title: Ward Sister\n")  # text under a .pdf name
    result = runner.invoke(main, ["extract", str(path)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{path}:1: error: not a readable .pdf file: Stream has ended unexpectedly"]


@pytest.mark.parametrize("what", ["file", "text", "device"])
def test_too_large_inputs_are_one_line(tmp_path, what):
    from orggraph.extract import reading

    if what == "device":
        path = Path("/dev/zero")  # endless: read up to the limit, never to the end
    else:
        path = tmp_path / "big.txt"
        size = reading.MAX_FILE_BYTES + 1 if what == "file" else reading.MAX_TEXT_CHARS + 1
        path.write_bytes(b"Job Title: Ward Sister\n" + b"x" * size)
    doc = read_document(path)
    assert doc.problem is not None and doc.problem.message.startswith("too "), doc.problem


def test_a_run_on_sentence_is_read_in_pieces_that_are_exact_quotes():
    from orggraph.extract.core import MAX_SENTENCE

    text = "Job Title: Ward Sister\n" + "The Ward Sister is a member of the Nursing Board and " \
        * 300 + "reports to the Matron.\n"
    draft = extract_text(text, "run-on")
    assert ("MEMBER_OF", "ward-sister", "nursing-board") in {
        (r.type, r.start, r.end) for r in draft.relationships}
    assert all(r.evidence in text and len(r.evidence) <= MAX_SENTENCE
               for r in draft.relationships)
