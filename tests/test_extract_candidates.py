"""orggraph.extract.candidates (with resolve): what each layout and phrasing gives, and what not."""

from __future__ import annotations

import pytest

from orggraph.extract import extract_text, passages
from orggraph.extract.candidates import candidates, subject_of


def facts(text: str) -> set[tuple[str, str, str]]:
    draft = extract_text(text, "t")
    names = {n.id: n.name for n in draft.nodes.values()}
    return {(r.type, names[r.start], names[r.end]) for r in draft.relationships}


def held_facts(text: str) -> set[tuple[str, str, str]]:
    """The draft's facts, and each fact of a seat post as read from each person who HOLDS
    it (the labelling guide writes the person where a text names one)."""
    draft = extract_text(text, "t")
    names = {n.id: n.name for n in draft.nodes.values()}
    holders: dict[str, set[str]] = {}
    for r in draft.relationships:
        if r.type == "HOLDS":
            holders.setdefault(r.end, set()).add(names[r.start])
    return {(r.type, who, names[r.end]) for r in draft.relationships
            for who in {names[r.start], *(holders.get(r.start, ()) if r.type != "HOLDS" else ())}}


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
    (HEAD + "The post holder is a voting member of the Quality Committee.\n",
     ("MEMBER_OF", "Ward Sister", "Quality Committee")),
    (HEAD + "The Ward Sister sits on the Nursing Council.\n",
     ("MEMBER_OF", "Ward Sister", "Nursing Council")),
    (HEAD + "The post holder will co-chair the Safeguarding Group.\n",
     ("CHAIRS", "Ward Sister", "Safeguarding Group")),
    ("From 1 April 2025 the Quality Group replaces the former Audit Group.\n",
     ("REPLACES", "Quality Group", "Audit Group")),
    (HEAD + "They will work closely with the Patient Safety Team and the Head of Governance.\n",
     ("WORKS_WITH", "Ward Sister", "Head of Governance")),
    (HEAD + "- Working with and through the Divisional Directors to deliver the plan\n",
     ("WORKS_WITH", "Ward Sister", "Divisional Directors")),
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
    ("Northfield Trust and Southfield Trust are merging into the Westfield Health Trust on "
     "1st April 2026.\n", ("MERGES_INTO", "Southfield Trust", "Westfield Health Trust")),
    ("The Surgery Division comprises the Theatres Directorate and the Wards Directorate.\n",
     ("PART_OF", "Wards Directorate", "Surgery Division")),
    ("The Quality Forum replaces the Clinical Standards Group.\n",
     ("REPLACES", "Quality Forum", "Clinical Standards Group")),
    (HEAD + "3.2 Represent the ward and attend the Nursing Forum monthly.\n",
     ("MEMBER_OF", "Ward Sister", "Nursing Forum")),
    ("POST: Ward Sister\nREPORTS TO: Matron\n", ("REPORTS_TO", "Ward Sister", "Matron")),
    ("Job title          Ward Sister\nAccountable to     Matron\n",
     ("ACCOUNTABLE_TO", "Ward Sister", "Matron")),
    (HEAD + "• Be a member of the Quality Committee and the Nursing Council.\n",
     ("MEMBER_OF", "Ward Sister", "Nursing Council")),
    (HEAD + "Responsible to (insert job title): Head of Nursing\n",
     ("RESPONSIBLE_TO", "Ward Sister", "Head of Nursing")),
    (HEAD + "Reports to: Name Line Manager  Matron\n", ("REPORTS_TO", "Ward Sister", "Matron")),
    (HEAD + "Professional accountability:   Chief Nurse\n",
     ("ACCOUNTABLE_TO", "Ward Sister", "Chief Nurse")),
    (HEAD + "Deputises for:      Matron\n", ("DEPUTISES_FOR", "Ward Sister", "Matron")),
    (HEAD + "Direct reports:     Staff Nurses; Ward Clerks\n",
     ("REPORTS_TO", "Ward Clerks", "Ward Sister")),
    (HEAD + "In the absence of the Matron the post holder will deputise as required.\n",
     ("DEPUTISES_FOR", "Ward Sister", "Matron")),
    (HEAD + "The Ward Sister is supported by two Deputy Sisters, who deputise for the Ward "
     "Sister.\n", ("DEPUTISES_FOR", "Deputy Sisters", "Ward Sister")),
    (HEAD + "The Night Sister, the Ward Clerk and the Staff Nurses report to the Ward Sister.\n",
     ("REPORTS_TO", "Ward Clerk", "Ward Sister")),
    ("The Nursing Board is co-chaired by the Chief Nurse and the Lay Member.\n",
     ("CHAIRS", "Lay Member", "Nursing Board")),
    ("The Nursing Board comprises the Chief Nurse, the Matrons and the Lay Member.\n",
     ("MEMBER_OF", "Matrons", "Nursing Board")),
    ("The Hub Manager is professionally accountable to the Chief Nurse and managerially "
     "accountable to the Head of Operations.\n",
     ("ACCOUNTABLE_TO", "Hub Manager", "Head of Operations")),
    ("Three Duty Managers will report to the Head of Operations.\n",
     ("REPORTS_TO", "Duty Managers", "Head of Operations")),
    (HEAD + "The post holder is also a member of the Trust's Falls Prevention Group.\n",
     ("MEMBER_OF", "Ward Sister", "Falls Prevention Group")),
    (HEAD + "To represent the ward on the Health Board's Nutrition Steering Group.\n",
     ("MEMBER_OF", "Ward Sister", "Nutrition Steering Group")),
    (HEAD + "Professionally, they are accountable to the Chief Nurse.\n",
     ("ACCOUNTABLE_TO", "Ward Sister", "Chief Nurse")),
    ("The following posts report to the Head of Nursing:\na) Matron, Surgery\nb) Matron, "
     "Medicine\n", ("REPORTS_TO", "Matron, Medicine", "Head of Nursing")),
    ("Each Matron manages three Ward Sisters.\n", ("REPORTS_TO", "Ward Sisters", "Matron")),
    (HEAD + "Key working relationships\n\n| Internal | External |\n| Matron | Social Services |\n",
     ("WORKS_WITH", "Ward Sister", "Social Services")),
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
    (HEAD + "Reporting line: Matron\n", ("REPORTS_TO", "Ward Sister", "Matron")),
    (HEAD + "Accountability: Chief Nurse\n", ("ACCOUNTABLE_TO", "Ward Sister", "Chief Nurse")),
    ("Head of Commissioning (Mental Health and Learning Disabilities)\nThe postholder is jointly "
     "accountable to the Director of Place and the Council's Director of Public Health.\n",
     ("ACCOUNTABLE_TO", "Head of Commissioning (Mental Health and Learning Disabilities)",
      "Director of Public Health")),
    (HEAD + "The post holder is line-managed day to day by the Matron.\n",
     ("REPORTS_TO", "Ward Sister", "Matron")),
    (HEAD + "The post holder is a member of both the Falls Group and the Nursing Board.\n",
     ("MEMBER_OF", "Ward Sister", "Falls Group")),
    # the kinds of miss real documents showed, in made-up text of the same shapes
    ("JOB TITLE:\nREPORTS TO:\nLOCATION:\nFinance Officer\nDirector of Finance\nTown Hall\n",
     ("REPORTS_TO", "Finance Officer", "Director of Finance")),
    ("Job title | Reports to | Band\nFinance Officer | Head of Finance | 5\n",
     ("REPORTS_TO", "Finance Officer", "Head of Finance")),
    (HEAD + "Accountable to\nThe Board – strategically\nFinance Director – operationally\n",
     ("ACCOUNTABLE_TO", "Ward Sister", "Finance Director")),
    (HEAD + "Accountable to\nThe Board – strategically\nFinance Director – operationally\n",
     ("ACCOUNTABLE_TO", "Ward Sister", "Board")),
    (HEAD + "You will work as part of the Rapid Response Team.\n",
     ("MEMBER_OF", "Ward Sister", "Rapid Response Team")),
    (HEAD + "As a Board Member you will set the strategy.\n",
     ("MEMBER_OF", "Ward Sister", "Board")),
    (HEAD + "The post holder will report to and be accountable to the Matron.\n",
     ("ACCOUNTABLE_TO", "Ward Sister", "Matron")),
    (HEAD + "The post holder will report to and be accountable to the Matron.\n",
     ("REPORTS_TO", "Ward Sister", "Matron")),
    (HEAD + "They will also have a dotted line to the Chief Nurse.\n",
     ("REPORTS_TO", "Ward Sister", "Chief Nurse")),
    (HEAD + "The post holder reports to the Matron\nThey chair the Falls Group and work with many "
     "other colleagues across the whole of the organisation every day.\n",
     ("REPORTS_TO", "Ward Sister", "Matron")),
    (HEAD + "Title of Post: Ward Sister Main site: Town Hospital Responsible to: Matron\n",
     ("RESPONSIBLE_TO", "Ward Sister", "Matron")),
    ("The Council has agreed to appoint a head of quality for a year. The successful candidate "
     "will report to the Director of Care.\n", ("REPORTS_TO", "head of quality", "Director of Care")),
    ("Chair of the Westshire Partnership\nThe Chair will be accountable to the Minister.\n",
     ("CHAIRS", "Chair of the Westshire Partnership", "Westshire Partnership")),
    ("The Board is made up of:\n• the Chair\n• the Chief Executive\n• two Non-Executive "
     "Directors\n", ("MEMBER_OF", "Chief Executive", "Board")),
    ("The following posts report to the Head of Nursing:\n• Matron, Surgery\n• Matron, Medicine\n",
     ("REPORTS_TO", "Matron, Medicine", "Head of Nursing")),
    (HEAD + "The post holder will work closely with stakeholders, service users and the Board.\n",
     ("WORKS_WITH", "Ward Sister", "service users")),
    (HEAD + "The Director, who reports to the Chief Executive, will chair the Quality Group.\n",
     ("REPORTS_TO", "Director", "Chief Executive")),
    ("The Audit Committee and the Quality Committee which are both chaired by the Lay Member.\n",
     ("CHAIRS", "Lay Member", "Quality Committee")),
    ("The Westshire Partnership’s Clinical Board is made up of an elected Practice Manager and "
     "two Lay Members.\n", ("MEMBER_OF", "Practice Manager", "Clinical Board")),
    (HEAD + "In the absence of the ward manager ensure standards are kept.\n",
     ("DEPUTISES_FOR", "Ward Sister", "ward manager")),
    (HEAD + "You will work in close collaboration with local communities and other care "
     "providers.\n", ("WORKS_WITH", "Ward Sister", "other care providers")),
    (HEAD + "The Ward Sister is a Senior Nurse member of the Nursing Board.\n",
     ("MEMBER_OF", "Ward Sister", "Nursing Board")),
    # a generic post stands for each of its named variants, and so does their area profile
    (GENERIC_PAPER, ("REPORTS_TO", "Duty Manager for nights", "Head of Estates")),
    # "They …" after a sentence opened by a plural post; "Both …" after one naming two posts
    (HEAD + "Porters will cover the wards. They will report to the Facilities Manager.\n",
     ("REPORTS_TO", "Porters", "Facilities Manager")),
    ("There will be a Site Lead for north and a Site Lead for south. Both will be line "
     "managed by the Head of Sites.\n", ("REPORTS_TO", "Site Lead for south", "Head of Sites")),
    # a possessive after "of" is part of the name
    (HEAD + "Reports to: Head of Children's Services\n",
     ("REPORTS_TO", "Ward Sister", "Head of Children's Services")),
    # profiles of a structure paper: each title field starts one
    ("Job Title: Porter\nGrade: Band 2\nReports to: Porter Supervisor\n\nJob Title: "
     "Catering Manager\nGrade: Band 2\nReports to: Domestic Supervisor\n",
     ("REPORTS_TO", "Catering Manager", "Domestic Supervisor")),
    # a board's composition: the chair a board is made up of chairs it
    ("The Joint Board comprises a Chair, a Chief Officer and two Lay Members.\n",
     ("CHAIRS", "Chair", "Joint Board")),
    ("The Joint Board comprises a Chair, a Chief Officer and two Lay Members.\n",
     ("MEMBER_OF", "Lay Members", "Joint Board")),
    # an organisation chart drawn as text: connectors or indentation link each box upwards
    (HEAD + "Organisational chart\nMatron\n|\nWard Sister (this post)\n|\nStaff Nurses / "
     "Health Care Assistants\n", ("REPORTS_TO", "Health Care Assistants", "Ward Sister")),
    (HEAD + "Organisation Chart\n\nHead of Nursing\n   Matron\n      Ward Sister (this post)\n",
     ("REPORTS_TO", "Matron", "Head of Nursing")),
    # "N posts reporting to X", then a section for each, led by its post
    ("Three posts at tier 4 will be reporting directly to the Director of Finance.\n\n"
     "Capital\nCapital work stays apart. It will be led by a Capital Accounts Manager.\n\n"
     "Payroll\nThe post of Payroll Manager covers all sites.\n\n"
     "Treasury Manager   Grade 7\nThe post holder runs the bank accounts.\n",
     ("REPORTS_TO", "Treasury Manager", "Director of Finance")),
    ("Two posts at tier 4 will be reporting directly to the Director of Finance.\n\n"
     "Capital\nCapital work stays apart. It will be led by a Capital Accounts Manager.\n",
     ("REPORTS_TO", "Capital Accounts Manager", "Director of Finance")),
    # the posts a board includes are its members, lower-case titles and counts included
    ("The rules require that Area Boards include at least two lay members, a finance director "
     "and a medical director.\n", ("MEMBER_OF", "finance director", "Area Boards")),
    ("The Quality Committee includes the Medical Director and two Lay Members.\n",
     ("MEMBER_OF", "Lay Members", "Quality Committee")),
    # "X line manage Y" with the reports named without an article
    ("The Deputy Directors line manage Operations Managers in each region.\n",
     ("REPORTS_TO", "Operations Managers", "Deputy Directors")),
    # the reports listed after the verb report to the post named before it
    (HEAD + "Other posts reporting to the Service Manager are Team Leaders, Drivers and the "
     "Office Manager.\n", ("REPORTS_TO", "Office Manager", "Service Manager")),
    (HEAD + "The posts which report to the Head of Service will be: the Team Manager and the "
     "Office Manager.\n", ("REPORTS_TO", "Team Manager", "Head of Service")),
])
def test_layouts_and_phrases(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize(("text", "fact"), [
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
    ("Estates Manager (Band 8a)\nReports to the Director of Estates.\n",
     ("REPORTS_TO", "Estates Manager (Band 8a)", "Director of Estates")),
    ("JOB PROFILE\nThese posts are across the directorate.\n",
     ("POST_IN", "These posts are across the directorate", "directorate")),
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
    ("Practice Managers for the localities:\n• Practice Manager for Northgate\n• Practice "
     "Manager for Southgate\nThe Practice Manager will report to the Head of Practice.\n",
     ("REPORTS_TO", "Practice Manager for localities", "Head of Practice")),
    (GENERIC_PAPER.replace("Duty Manager Estates", "Duty Manager Catering"),
     ("DEPUTISES_FOR", "Duty Manager for days", "Head of Estates")),
    ("There will be a Place Manager for housing and a Place Manager for transport. Both of "
     "the teams will be line managed by the Director of Place.\n",
     ("REPORTS_TO", "Place Manager for transport", "Director of Place")),
    # a title beginning "Deputy" is not a fact by itself
    ("Job Title: Deputy Head of Estates\nReports to: Director of Estates\n",
     ("DEPUTISES_FOR", "Deputy Head of Estates", "Head of Estates")),
    # a clause about someone else does not make the post's manager its subject
    (HEAD + "Reports to: Matron\nThe Matron, who leads the ward, is a member of the Board.\n",
     ("MEMBER_OF", "Ward Sister", "Board")),
    # a sentence without a full stop does not run its target into the next line
    (HEAD + "The post holder reports to the Matron\nTheatre Team Leaders attend weekly.\n",
     ("REPORTS_TO", "Ward Sister", "Matron Theatre Team Leaders")),
    # a chart with no connectors and no indentation says nothing of who reports to whom
    (HEAD + "Organisation Chart\nHead of Nursing\nMatron\nWard Sister (this post)\n",
     ("REPORTS_TO", "Matron", "Head of Nursing")),
    # a board on the line before is not the subject of the next line's "includes"
    (HEAD + "Quality Committee\nThe agenda includes the Medical Director's report.\n",
     ("MEMBER_OF", "Medical Director", "Quality Committee")),
    # only as many sections as the posts counted
    ("Two posts at tier 4 will be reporting directly to the Director of Finance.\n\n"
     "Capital\nIt will be led by a Capital Accounts Manager.\n\n"
     "Payroll\nIt will be led by a Payroll Manager.\n\n"
     "Stores\nIt will be led by a Stores Manager.\n",
     ("REPORTS_TO", "Stores Manager", "Director of Finance")),
    # a composition names the board's members, not the post's own manager or a count
    (HEAD + "Other posts reporting to the Service Manager are Team Leaders and Drivers.\n",
     ("REPORTS_TO", "Ward Sister", "Service Manager")),
    ("The Joint Board comprises a Chair, a Vice Chair and two Lay Members.\n",
     ("MEMBER_OF", "Chair", "Joint Board")),
    ("The Directorate will comprise the clinical services of the area.\n",
     ("PART_OF", "clinical services", "Directorate")),
])
def test_near_misses_give_no_fact(text, fact):
    got = facts(text)
    assert fact not in got
    assert not any(a == b for _, a, b in got)


def test_the_same_sentence_never_gives_two_accountability_types():
    got = facts(HEAD + "The Ward Sister is directly responsible to the Matron.\n")
    assert ("REPORTS_TO", "Ward Sister", "Matron") in got
    assert ("RESPONSIBLE_TO", "Ward Sister", "Matron") not in got


def test_each_candidate_has_a_quote_and_a_reason():
    text = HEAD + "Accountable to: Matron\nShe will deputise for the Matron.\n"
    found = candidates(text)
    assert [c.type for c in found] == ["ACCOUNTABLE_TO", "DEPUTISES_FOR"]
    for c in found:
        assert c.reason and text[c.quote[0]:c.quote[1]].strip()


@pytest.mark.parametrize(("clause", "who"), [
    ("The post holder will report to X", [None]),
    ("You will report to X", [None]),
    ("To report to X", [None]),
    ("The Matron will report to X", ["Matron"]),
    ("The Matron and the Lead Nurse will report to X", ["Matron", "Lead Nurse"]),
    ("Working with the Board, the post holder will report to X", [None]),
])
def test_the_subject_of_a_clause(clause, who):
    known, found = subject_of(clause, 0, clause.index("report"))
    assert known and [m.name if m else None for m in found] == who


@pytest.mark.parametrize(("text", "expected"), [
    # a board's composition in lower case, right after "will have"
    ("The panel will have a chair, a vice chair, two lay members and a clinical adviser.\n",
     {("CHAIRS", "chair", "panel"), ("MEMBER_OF", "vice chair", "panel"),
      ("MEMBER_OF", "lay members", "panel"), ("MEMBER_OF", "clinical adviser", "panel")}),
    # "The membership of the X will be:" with entries split by semicolons
    ("The membership of the Audit Group will be: the Deputy Chair; the Finance Lead; "
     "the Head of Risk.\n",
     {("MEMBER_OF", "Deputy Chair", "Audit Group"), ("MEMBER_OF", "Finance Lead", "Audit Group"),
      ("MEMBER_OF", "Head of Risk", "Audit Group")}),
    # "Members of the X are:" written as a field
    ("Members of the Forum are: the Chair and the Secretary.\n",
     {("CHAIRS", "Chair", "Forum"), ("MEMBER_OF", "Secretary", "Forum")}),
    # "made up of the following members": the lead-in is not a member
    ("The Governing Body is made up of the following members: a Chair and two lay members.\n",
     {("CHAIRS", "Chair", "Governing Body"), ("MEMBER_OF", "lay members", "Governing Body")}),
    # an entry "The Chair of the X" under a composition lead-in chairs the body
    ("The Quality Board consists of:\n• The Chair of the Trust\n• The Safety Lead\n",
     {("CHAIRS", "Chair", "Quality Board"), ("MEMBER_OF", "Safety Lead", "Quality Board")}),
    # a lower-case body right before its composition; an aside and a relative clause inside
    ("In addition, the panel comprises a Chair and two Lay Members.\n",
     {("CHAIRS", "Chair", "panel"), ("MEMBER_OF", "Lay Members", "panel")}),
    ("The Forum comprises four Clinical Leads (one of whom is the Deputy Chair) who meet "
     "monthly, and two Patient Representatives including the Forum Chair who attend.\n",
     {("MEMBER_OF", "Clinical Leads", "Forum"), ("MEMBER_OF", "Deputy Chair", "Forum"),
      ("MEMBER_OF", "Patient Representatives", "Forum"), ("CHAIRS", "Forum Chair", "Forum")}),
    # a lead-in naming the body after "Membership of", then one entry a line
    ("Membership of the Quality Panel includes:\n- Independent Chair – A. Person\n"
     "- Two clinical advisers\n",
     {("CHAIRS", "Independent Chair", "Quality Panel"),
      ("MEMBER_OF", "clinical advisers", "Quality Panel")}),
    # "Board of Directors" is a body, and "the following … posts:" is no member
    ("The Board of Directors consists of the following executive posts:\n• Chief Nurse\n",
     {("MEMBER_OF", "Chief Nurse", "Board of Directors")}),
    # a member of a standing body written in lower case
    (HEAD + "The post holder is a member of the board.\n",
     {("MEMBER_OF", "Ward Sister", "board")}),
    # plain "work with", and the named examples after a generic counterpart
    (HEAD + "The post holder will work with colleagues across the hospital, including the "
     "Bed Manager and the Discharge Team.\n",
     {("WORKS_WITH", "Ward Sister", "Bed Manager"),
      ("WORKS_WITH", "Ward Sister", "Discharge Team")}),
    # kinds that share one plural noun
    (HEAD + "Working jointly with surgical and medical teams.\n",
     {("WORKS_WITH", "Ward Sister", "surgical teams"),
      ("WORKS_WITH", "Ward Sister", "medical teams")}),
    # posts that report to "the post holder"
    (HEAD + "The Staff Nurses and the Ward Clerk will report to the post holder.\n",
     {("REPORTS_TO", "Staff Nurses", "Ward Sister"), ("REPORTS_TO", "Ward Clerk", "Ward Sister")}),
    # a qualifier word before a capitalised name is the next name of the list
    (HEAD + "Responsible for: Staff Nurses, Clinical Educators and the Ward Clerk\n",
     {("REPORTS_TO", "Staff Nurses", "Ward Sister"),
      ("REPORTS_TO", "Clinical Educators", "Ward Sister"),
      ("REPORTS_TO", "Ward Clerk", "Ward Sister")}),
    # several qualified values of one field, one per line
    (HEAD + "Responsible to: Senior Sister – clinically\nUnit Manager – managerially\n",
     {("RESPONSIBLE_TO", "Ward Sister", "Senior Sister"),
      ("RESPONSIBLE_TO", "Ward Sister", "Unit Manager")}),
])
def test_compositions_counterparts_and_lists(text: str, expected: set[tuple[str, str, str]]):
    assert expected <= facts(text)


@pytest.mark.parametrize(("text", "wrong"), [
    # lower-case words that are not all posts are no composition
    ("The board will have a duty to consult local people and partners.\n",
     ("MEMBER_OF", "local people", "board")),
    # nouns listed before a noun are not kinds sharing it
    (HEAD + "Working jointly with communities, local authorities and charities.\n",
     ("WORKS_WITH", "Ward Sister", "communities authorities")),
    # two words without a comma or "and" are one name, not two kinds
    (HEAD + "Working jointly with key senior managers.\n",
     ("WORKS_WITH", "Ward Sister", "key managers")),
    # a criterion of the person specification
    (HEAD + "Ability to work with the Matron on audits.\n", ("WORKS_WITH", "Ward Sister", "Matron")),
    # the organisation's own joint working
    ("The Trust will progress the joint working with Westshire Council.\n",
     ("WORKS_WITH", "Trust", "Westshire Council")),
    # a team named only by its kind
    (HEAD + "The post holder is a member of the multi-disciplinary team.\n",
     ("MEMBER_OF", "Ward Sister", "multi-disciplinary team")),
])
def test_what_those_rules_leave_alone(text: str, wrong: tuple[str, str, str]):
    found = facts(text)
    assert wrong not in found, found
    assert not any(f[0] in ("MEMBER_OF", "CHAIRS") for f in found) or "Working" in text


def test_a_following_lead_in_is_no_member_and_a_board_of_directors_is_a_body():
    found = facts("The Board of Directors consists of the following executive director posts:\n"
                  "• Chief Nurse\n• Chief Finance Officer\n")
    assert found == {("MEMBER_OF", "Chief Nurse", "Board of Directors"),
                     ("MEMBER_OF", "Chief Finance Officer", "Board of Directors")}


def test_a_duty_written_as_an_order_is_the_posts_even_with_names_in_it():
    text = (HEAD + "Main duties\n- Lead the roll-out of the Shared Care Record (SCR), including "
            "direct line management of the Records Officers.\n")
    assert ("REPORTS_TO", "Records Officers", "Ward Sister") in facts(text)
    # a capitalised word after the verb is a post's own title, not an order
    assert subject_of("Lead Nurse will report to the Matron", 0, 16)[1][0] is not None


def test_posts_named_alongside_a_member_are_members_too():
    text = (HEAD + "The post holder reports to the Matron, and alongside the Lead Therapist and "
            "the Clinical Director, forms part of the Site Leadership Team.\n")
    found = facts(text)
    assert {("MEMBER_OF", who, "Site Leadership Team")
            for who in ("Ward Sister", "Lead Therapist", "Clinical Director")} <= found
    # "alongside" before another kind of cue names no member
    assert not any(t == "MEMBER_OF" for t, _, _ in facts(
        HEAD + "Working alongside the Lead Therapist, the post holder reports to the Matron.\n"))


def test_a_relative_clause_inside_a_duty_has_its_own_subject():
    text = HEAD + "• Give clinical leadership to Staff Nurses, who report to the Ward Sister.\n"
    assert ("REPORTS_TO", "Staff Nurses", "Ward Sister") in facts(text)


def test_other_before_a_counterpart_stays_in_its_name():
    found = facts(HEAD + "Key working relationships: Patients, Ward Clerk, other Ward Sisters.\n")
    assert ("WORKS_WITH", "Ward Sister", "other Ward Sisters") in found
    assert ("WORKS_WITH", "Ward Sister", "Ward Clerk") in found


# --- compositions without a lead-in verb, and lines through another post ---------------------

@pytest.mark.parametrize(("text", "expected"), [
    # a line "through" another post ends at the post after "to"
    ("The Ward Sister is accountable through the Matron to the Head of Nursing.\n",
     {("ACCOUNTABLE_TO", "Ward Sister", "Head of Nursing")}),
    ("The Site Lead is accountable, through the Head of Estates, to the Chief Operating Officer.\n",
     {("ACCOUNTABLE_TO", "Site Lead", "Chief Operating Officer")}),
    # "not only to X, but also to Y": two ends of one line
    ("The Clinic Manager is accountable not only to the Head of Clinics, but also to the "
     "Director of Estates for the buildings.\n",
     {("ACCOUNTABLE_TO", "Clinic Manager", "Head of Clinics"),
      ("ACCOUNTABLE_TO", "Clinic Manager", "Director of Estates")}),
    # the seats counted before a composition are no member; the chair chairs
    ("Our Widget Board is made up of 9 members — our Chair, four lay members, three "
     "executive directors (including our Chief Officer) and one associate member.\n",
     {("CHAIRS", "Chair", "Widget Board"), ("MEMBER_OF", "lay members", "Widget Board"),
      ("MEMBER_OF", "executive directors", "Widget Board"),
      ("MEMBER_OF", "Chief Officer", "Widget Board"),
      ("MEMBER_OF", "associate member", "Widget Board")}),
    # "one chair" counts a post; "both" pairs two names; an aside is skipped
    ("The Widget Board comprises one chair, four lay directors and two officers.\n",
     {("CHAIRS", "chair", "Widget Board"), ("MEMBER_OF", "lay directors", "Widget Board"),
      ("MEMBER_OF", "officers", "Widget Board")}),
    ("The Widget Board consists of both executive directors (paid by the body) and lay "
     "directors (named by the council).\n",
     {("MEMBER_OF", "executive directors", "Widget Board"),
      ("MEMBER_OF", "lay directors", "Widget Board")}),
    # a heading naming a body, then one seat a line ("Role – Name", "Post (Chair)", "Post")
    ("Widget Committee membership\n\nLay Member (Chair)\nHead of Audit\nDirector of Estates\n",
     {("CHAIRS", "Lay Member", "Widget Committee"),
      ("MEMBER_OF", "Head of Audit", "Widget Committee"),
      ("MEMBER_OF", "Director of Estates", "Widget Committee")}),
    ("Widget Board members\n\nChair – Jo Example\nChief Officer – Sam Example\n"
     "Head of Audit – Al Example\n",
     {("CHAIRS", "Chair", "Widget Board"), ("MEMBER_OF", "Chief Officer", "Widget Board"),
      ("MEMBER_OF", "Head of Audit", "Widget Board")}),
    # a seat's label under a body's heading
    ("Widget Committee\n\nChair: Lay Member\nMembers: Head of Audit, Director of Estates\n",
     {("CHAIRS", "Lay Member", "Widget Committee"),
      ("MEMBER_OF", "Head of Audit", "Widget Committee"),
      ("MEMBER_OF", "Director of Estates", "Widget Committee")}),
])
def test_compositions_without_a_verb_and_lines_through_a_post(text, expected):
    assert expected <= facts(text), facts(text)


@pytest.mark.parametrize(("text", "wrong"), [
    # a list under a heading that names no body is no composition
    ("Our services\n\nHead of Audit\nDirector of Estates\n", "MEMBER_OF"),
    # an organisation's name over a title is no body's seat list
    ("Westshire Widget NHS Trust\n\nClinical Lead – Widgets\nHead of Audit – Widgets\n",
     "MEMBER_OF"),
    # "one of" is a pronoun, not a counted post
    ("One of the lay members will chair the Widget Panel.\n", "MEMBER_OF"),
])
def test_what_the_composition_rules_leave_alone(text, wrong):
    found = facts(text)
    assert not any(f[0] == wrong for f in found), found


@pytest.mark.parametrize(("text", "fact"), [
    # the verb of "collaboration with", and "in close conjunction with"
    (HEAD + "Collaborate with the Bed Manager to plan discharges.\n",
     ("WORKS_WITH", "Ward Sister", "Bed Manager")),
    (HEAD + "The Ward Sister is a member of the Surgical Team, working in close conjunction "
     "with the Consultant Surgeons.\n", ("WORKS_WITH", "Ward Sister", "Consultant Surgeons")),
    # the relationships' setting before "with", and a second object sharing "with"
    (HEAD + "Key working relationships within the Division will be with the Matrons and the "
     "Head of Therapies.\n", ("WORKS_WITH", "Ward Sister", "Head of Therapies")),
    (HEAD + "To build strong relationships and maintain clear communication with other "
     "nursing and therapy colleagues.\n",
     ("WORKS_WITH", "Ward Sister", "other nursing and therapy colleagues")),
    # a generic counterpart keeps its scope
    (HEAD + "Work closely with colleagues in other wards and support services for the good of "
     "patients.\n", ("WORKS_WITH", "Ward Sister", "colleagues in other wards and support services")),
    (HEAD + "She will work with staff at all levels within the Hospital.\n",
     ("WORKS_WITH", "Ward Sister", "staff at all levels within the Hospital")),
    # a named post that "will be required to" or "may also need to" do what the verb says
    ("Job Title: Porter\nThe Porter will be required to work closely with the Switchboard.\n",
     ("WORKS_WITH", "Porter", "Switchboard")),
    # a heading run into the sentence: the sentence's own subject
    ("Job Title: Clinical Director\nCover arrangements The Clinical Director may also need to "
     "deputise for the Medical Director as required.\n",
     ("DEPUTISES_FOR", "Clinical Director", "Medical Director")),
    # two names either side of a slash in a relationship field: one fact each
    ("Job Title: Staff Nurse\nAccountable to: Senior Ward Nurse/Lead Ward Nurse\n",
     ("ACCOUNTABLE_TO", "Staff Nurse", "Lead Ward Nurse")),
    ("Job Title: Staff Nurse\nAccountable to: Senior Ward Nurse/Lead Ward Nurse\n",
     ("ACCOUNTABLE_TO", "Staff Nurse", "Senior Ward Nurse")),
    # a rank and a profession's abbreviation is a post at the end of a line
    ("Job Title: Nurse\nResponsible to: Senior ANP\n", ("RESPONSIBLE_TO", "Nurse", "Senior ANP")),
    # a job-details table's "Manager" field
    ("JOB TITLE / Porter\nMANAGER / Facilities Supervisor\n",
     ("REPORTS_TO", "Porter", "Facilities Supervisor")),
])
def test_working_and_reporting_lines_in_more_shapes(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize(("text", "fact"), [
    # a one-word side of a slash stays in the name
    ("Job Title: Staff Nurse\nAccountable to: HR/OD Manager\n",
     ("ACCOUNTABLE_TO", "Staff Nurse", "OD Manager")),
    # a run-in "The" that opens no subject leaves the clause as it was
    (HEAD + "Working with The Board, the post holder will report to the Matron.\n",
     ("REPORTS_TO", "Board", "Matron")),
    # a participle phrase after another post's sentence is not the described post's
    (HEAD + "The Matron is based on site, working closely with the Bed Manager.\n",
     ("WORKS_WITH", "Ward Sister", "Bed Manager")),
])
def test_near_misses_of_the_new_shapes(text, fact):
    assert fact not in facts(text)


@pytest.mark.parametrize(("text", "fact"), [
    # a cue of its own inside a relationship field's value
    ("Job Title: Team Leader\nReporting to: the Service Manager, with a dotted line to the "
     "Head of Quality\n", ("REPORTS_TO", "Team Leader", "Head of Quality")),
    ("Job Title: Team Leader\nReporting to: the Service Manager, with a dotted line to the "
     "Head of Quality\n", ("REPORTS_TO", "Team Leader", "Service Manager")),
    ("Job Title: Team Leader\nReports to: Service Manager and works closely with the Audit "
     "Lead\n", ("WORKS_WITH", "Team Leader", "Audit Lead")),
    # a generic counterpart with its scope is a counterpart, not a post
    ("Job Title: Team Leader\nThe post holder will liaise closely with colleagues in primary "
     "care.\n", ("WORKS_WITH", "Team Leader", "colleagues in primary care")),
])
def test_more_lines_inside_a_field_and_scoped_counterparts(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize(("text", "fact"), [
    # an NHS body named by its place is the far end of an accountability line
    ("Job Title: Lay Member\nAccountable to: NHS Westshire\n",
     ("ACCOUNTABLE_TO", "Lay Member", "NHS Westshire")),
    # a lower-case post before a duty without a comma ends at its head word
    ("Job Title: Staff Nurse\nIn the absence of the ward sister ensure the rota is covered.\n",
     ("DEPUTISES_FOR", "Staff Nurse", "ward sister")),
])
def test_ends_named_by_an_nhs_body_or_cut_short(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize(("text", "fact"), [
    # a line's far end keeps its area in brackets and its remit
    ("Job Title: Nurse\nThe post holder will report to the Community Team Lead (North)on the "
     "island.\n", ("REPORTS_TO", "Nurse", "Community Team Lead (North)")),
    ("Job Title: Nurse\nResponsible to: Consultants specialising in Day Surgery (for clinical "
     "matters)\n", ("RESPONSIBLE_TO", "Nurse", "Consultants specialising in Day Surgery")),
    # a qualifier or an acting word in brackets is no area
    ("Job Title: Nurse\nReports to: Lead Nurse (Clinical)\n", ("REPORTS_TO", "Nurse", "Lead Nurse")),
    ("Job Title: Nurse\nReports to: Matron (Interim)\n", ("REPORTS_TO", "Nurse", "Matron")),
    # a scope stays on its line ("teams at a range of" / "incidents including: …")
    ("Job Title: Nurse\nStaff will work closely with other rescue teams at a range of\nevents "
     "including: Floods and Fires.\n", ("WORKS_WITH", "Nurse", "other rescue teams")),
])
def test_line_ends_with_their_area_or_remit(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize(("text", "fact"), [
    # the post's own reports, in prose, in a field and in a chart with arrows
    ("Job Title: Team Leader\nThe post holder will manage a team of Support Workers and an "
     "Administrator.\n", ("REPORTS_TO", "Administrator", "Team Leader")),
    ("Job Title: Team Leader\nManages a team of 6 nurses and 2 therapists.\n",
     ("REPORTS_TO", "therapists", "Team Leader")),
    ("Job Title: Team Leader\nStaff reporting to this post: Support Workers, Administrator\n",
     ("REPORTS_TO", "Support Workers", "Team Leader")),
    ("Job Title: Team Leader\nThe Support Workers report to the post holder.\n",
     ("REPORTS_TO", "Support Workers", "Team Leader")),
    ("Job Title: Team Leader\nOrganisational position:\nService Manager\n↓\nTeam Leader (this "
     "post)\n↓\nSupport Workers\n", ("REPORTS_TO", "Support Workers", "Team Leader")),
    ("Job Title: Team Leader\nOrganisational position:\nService Manager\n↓\nTeam Leader (this "
     "post)\n↓\nSupport Workers\n", ("REPORTS_TO", "Team Leader", "Service Manager")),
])
def test_the_posts_own_reports_in_more_shapes(text, fact):
    assert fact in facts(text)


def test_a_team_of_staff_names_no_report():
    assert not facts("Job Title: Team Leader\nTo manage a team of staff across two sites.\n")


@pytest.mark.parametrize(("text", "fact"), [
    # one verb, two objects: "to X for A and to Y for B"
    ("Job Title: Medical Director\nThe Medical Director is accountable to the Chief Executive "
     "for clinical quality and to the Board for safety.\n",
     ("ACCOUNTABLE_TO", "Medical Director", "Board")),
    ("Job Title: Nurse\nThe post holder will report to the Matron and to the Head of Nursing.\n",
     ("REPORTS_TO", "Nurse", "Head of Nursing")),
    # a fronted participle: the subject after the comma, without the verb that follows it
    ("Our structure\nReporting to the Chief Executive, the Director of Strategy leads "
     "planning.\n", ("REPORTS_TO", "Director of Strategy", "Chief Executive")),
])
def test_lines_with_two_objects_or_a_fronted_participle(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize(("text", "fact"), [
    # values padded to a column, each with its qualifier in brackets
    ("Job Title: Team Leader\nAccountable to: The Trust Board (strategic)\n                "
     "Chief Executive (operational)\n", ("ACCOUNTABLE_TO", "Team Leader", "Chief Executive")),
    # a lower-case aside in brackets before the next name of the list
    ("Job Title: Team Leader\nReports to: Head of Service (line management) and Clinical "
     "Director (professional)\n", ("REPORTS_TO", "Team Leader", "Clinical Director")),
    # two sentences opened by verb labels on one line
    ("Job Title: Team Leader\nManagerially accountable to the Service Manager. Professionally "
     "accountable to the Lead Nurse.\n", ("ACCOUNTABLE_TO", "Team Leader", "Lead Nurse")),
])
def test_qualified_values_and_asides(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize(("text", "fact"), [
    # "Internal" and "External" columns padded with spaces, under a heading or naming contacts
    ("Job Title: Team Leader\nKey Working Relationships\nInternal          External\nWard "
     "Managers     GPs\nMatrons           Social Services\n",
     ("WORKS_WITH", "Team Leader", "Social Services")),
    ("Job Title: Team Leader\nInternal Contacts      External Contacts\nFinance Team           "
     "Auditors\n", ("WORKS_WITH", "Team Leader", "Auditors")),
    # a generic counterpart listed on its own line under a relationships heading
    ("Job Title: Team Leader\nKey Relationships:\nService users and carers\nLocal authorities\n",
     ("WORKS_WITH", "Team Leader", "Local authorities")),
])
def test_relationship_columns_and_generic_entries(text, fact):
    assert fact in facts(text)


def test_a_padded_header_of_sides_is_not_a_field():
    text = "Internal Contacts      External Contacts\nFinance Team           Auditors\n"
    assert not [p for p in passages(text) if p.kind == "field"]


def test_a_plural_post_keeps_no_scope():
    got = facts("Job Title: Team Manager\nTo work with other team managers across the locality.\n")
    assert ("WORKS_WITH", "Team Manager", "other team managers") in got


@pytest.mark.parametrize(("text", "fact"), [
    # a verb after a list of names is no name ("…, lead the development of …")
    ("Job Title: Medical Director\n- In conjunction with the Chief Nurse and the Finance "
     "Director, lead the development of clinical networks across all the sites\n",
     ("WORKS_WITH", "Medical Director", "lead")),
    ("Job Title: Finance Director\nWorking with the Chief Executive and executive team, you will "
     "lead the financial strategy of the organisation.\n",
     ("WORKS_WITH", "Finance Director", "you will lead")),
    # a capitalised counterpart keeps no scope
    ("Job Title: Medical Director\nTo work with System Partners in the creation of plans.\n",
     ("WORKS_WITH", "Medical Director", "System Partners in the creation of plans")),
])
def test_no_name_cut_from_a_duty(text, fact):
    assert fact not in facts(text)


def test_the_members_of_a_managed_team_up_to_their_post_word():
    got = facts("Job Title: Team Manager\nTo manage a team of social workers delivering "
                "services to families.\n")
    assert ("REPORTS_TO", "social workers", "Team Manager") in got


#: Compositions whose body is not the subject of their verb, seats named in mixed case or
#: with a bound on their count, sub-lists, and chairs of other bodies (made-up texts).
@pytest.mark.parametrize(("text", "expected"), [
    # "Membership comprises:" under a heading that names the body
    ("Westshire Care Board\n\nMembership comprises:\n\n  • An Independent Chair\n"
     "  • Up to three Lay Members\n  • A Community provider representative\n",
     {("CHAIRS", "Independent Chair", "Westshire Care Board"),
      ("MEMBER_OF", "Lay Members", "Westshire Care Board"),
      ("MEMBER_OF", "Community provider representative", "Westshire Care Board")}),
    # the body after "membership for", lower-case seats, a representative with whom it represents
    ("The Act sets a minimum membership for Widget Boards which includes:\n\n"
     "  • the local director of widget quality\n  • a representative from the local Forum\n",
     {("MEMBER_OF", "local director of widget quality", "Widget Boards"),
      ("MEMBER_OF", "representative from the local Forum", "Widget Boards")}),
    # the body the sentence opened with, in a later clause; "A and non-A heads"
    ("The Board of Governors is led by the Chair, and is made up of elected and non-elected "
     "governors.\n",
     {("MEMBER_OF", "elected governors", "Board of Governors"),
      ("MEMBER_OF", "non-elected governors", "Board of Governors")}),
    # "It" after a sentence opening with a body; a generic kind among the posts is skipped
    ("The Joint Panel meets monthly. It is made up of a membership that includes GPs, other "
     "professionals, Widget Leads and Lay members.\n",
     {("MEMBER_OF", "GPs", "Joint Panel"), ("MEMBER_OF", "Widget Leads", "Joint Panel"),
      ("MEMBER_OF", "Lay members", "Joint Panel")}),
    # "also includes", a lower-case word before a capitalised post, "five other X"
    ("The Widget Committee also includes two independent Lay Advisers.\n"
     "The Widget Board consists of a Chair and five other lay directors.\n",
     {("MEMBER_OF", "Lay Advisers", "Widget Committee"),
      ("MEMBER_OF", "lay directors", "Widget Board")}),
    # the chair of another standing body, listed as a seat: a member here, and it chairs that body
    ("The Area Board consists of:\n• Chair of the Widget Forum\n• Head of Widgets\n",
     {("MEMBER_OF", "Chair of the Widget Forum", "Area Board"),
      ("CHAIRS", "Chair of the Widget Forum", "Widget Forum"),
      ("MEMBER_OF", "Head of Widgets", "Area Board")}),
    # a lower-case post after its organisation's name is a membership clause's subject; a
    # footnote number run into a word ends the name
    ("The Council’s duty officer is to be a member of its governing body.\n"
     "A Widget Board must have at least six members (including its chair and deputy chair13).\n",
     {("MEMBER_OF", "duty officer", "governing body"),
      ("CHAIRS", "chair", "Widget Board"), ("MEMBER_OF", "deputy chair", "Widget Board")}),
])
def test_compositions_named_around_their_verb(text: str, expected: set[tuple[str, str, str]]):
    assert expected <= facts(text)


@pytest.mark.parametrize(("text", "wrong"), [
    # a sub-list under a seat names where the seat comes from, not seats
    ("Widget Board\n\nMembership comprises:\n\n  • Councillor representatives from each of\n"
     "    • Westshire Council\n    • Eastshire Council\n  • Head of Widgets\n",
     ("MEMBER_OF", "Westshire Council", "Widget Board")),
    # "each member of the X" and "that person" are not the post the document describes
    (HEAD + "Each member of the Widget Board is appointed for three years.\n",
     ("MEMBER_OF", "Ward Sister", "Widget Board")),
    (HEAD + "Where one person is appointed, that person shall be a member of the Widget Board.\n",
     ("MEMBER_OF", "Ward Sister", "Widget Board")),
    # the chair of an organisation listed in its board's composition chairs the board
    ("The Quality Board consists of:\n• The Chair of the Trust\n• The Safety Lead\n",
     ("MEMBER_OF", "Chair of the Trust", "Quality Board")),
])
def test_what_the_named_composition_rules_leave_alone(text, wrong):
    assert wrong not in facts(text)


#: A board's page listing its seats with the holder's name first, under a heading that names
#: no body (made-up names).
NAME_FIRST = ("Widget Board\n\nThe Board meets monthly in public.\n\nOur members\n\n"
              "Jane Smith – Chair\nDr John Brown – Chief Executive\n"
              "Ann Green, Non-Executive Director\nProfessor Sam White – Medical Director\n")


def test_holders_named_before_their_seats_sit_on_the_body_the_page_is_about():
    # the labelling guide: a person named where a post belongs is the end (rosters.py); the
    # draft has the person hold the seat that sits on the body
    assert held_facts(NAME_FIRST) >= {("CHAIRS", "Jane Smith", "Widget Board"),
                                 ("MEMBER_OF", "Dr John Brown", "Widget Board"),
                                 ("MEMBER_OF", "Ann Green", "Widget Board"),
                                 ("MEMBER_OF", "Professor Sam White", "Widget Board")}


def test_a_holders_seat_is_the_member_the_holder_holds():
    draft = extract_text(NAME_FIRST, "t")
    found = facts(NAME_FIRST)
    assert {("HOLDS", "Jane Smith", "Chair of the Widget Board"),
            ("CHAIRS", "Chair of the Widget Board", "Widget Board"),
            ("HOLDS", "Dr John Brown", "Chief Executive"),
            ("MEMBER_OF", "Chief Executive", "Widget Board"),
            ("HOLDS", "Ann Green", "Non-Executive Director"),
            ("MEMBER_OF", "Non-Executive Director", "Widget Board"),
            ("HOLDS", "Professor Sam White", "Medical Director"),
            ("MEMBER_OF", "Medical Director", "Widget Board")} <= found
    # every seat on the body has its holder, and no seat is a bare role ("Chair")
    seats = {r.start for r in draft.relationships if r.type in ("MEMBER_OF", "CHAIRS")}
    assert seats <= {r.end for r in draft.relationships if r.type == "HOLDS"}
    assert not {f for f in found if f[0] in ("MEMBER_OF", "CHAIRS") and f[1] == "Chair"}
    assert draft.subject is None


def test_a_seat_list_without_a_body_on_a_page_about_no_body_gives_nothing():
    text = "Job Title: Ward Sister\n\nOur members\n\nJane Smith – Chair\nJohn Brown – Chief Executive\n"
    assert not {f for f in facts(text) if f[0] in ("MEMBER_OF", "CHAIRS")}


@pytest.mark.parametrize(("text", "expected"), [
    # a membership described "with" its seats
    ("The Widget Panel has a broad membership, with a Lay Chair, two Widget Leads and a "
     "Finance Officer.\n",
     {("CHAIRS", "Lay Chair", "Widget Panel"), ("MEMBER_OF", "Widget Leads", "Widget Panel"),
      ("MEMBER_OF", "Finance Officer", "Widget Panel")}),
    # "including" a lower-case kind of seat inside a composition
    ("The Widget Board comprises lay directors, including associate lay directors, and "
     "executive directors.\n",
     {("MEMBER_OF", "associate lay directors", "Widget Board"),
      ("MEMBER_OF", "executive directors", "Widget Board")}),
    # "the Chair of the X" named in a sentence chairs the X
    ("Changes will be reported to the Cabinet by the Chair of the Widget Board.\n",
     {("CHAIRS", "Chair", "Widget Board")}),
])
def test_memberships_with_their_seats_and_chairs_named_in_passing(text, expected):
    assert expected <= facts(text)


@pytest.mark.parametrize(("text", "wrong"), [
    # an aside qualifying a kind of seat ("officers from X who …") is not a seat of its own
    ("The Widget Board comprises lay directors, including officers from the Agency who sit "
     "on the Executive, and executive directors.\n",
     ("MEMBER_OF", "officers", "Widget Board")),
    # the end of the subject's own line: no CHAIRS of its own
    (HEAD + "Accountable to the Chairman of the Widget Board.\n",
     ("CHAIRS", "Chairman", "Widget Board")),
    # the chair of an organisation is no standing body's chair
    ("Questions go to the Chair of the Westshire Trust.\n", ("CHAIRS", "Chair", "Westshire Trust")),
])
def test_what_the_with_and_chair_rules_leave_alone(text, wrong):
    assert wrong not in facts(text)


@pytest.mark.parametrize(("text", "expected"), [
    # the entry of a composition marked as the chair chairs the body
    ("Widget Committee\n\n2. Membership\nThe membership of the Committee will comprise:\n"
     "• Lay Member (Chair)\n• Head of Widgets\n",
     {("CHAIRS", "Lay Member", "Widget Committee"),
      ("MEMBER_OF", "Head of Widgets", "Widget Committee")}),
    # "chairs the X" in a second clause keeps the sentence's subject
    ("The Widget Lead sits on the Audit Committee and chairs the Widget Panel.\n",
     {("MEMBER_OF", "Widget Lead", "Audit Committee"), ("CHAIRS", "Widget Lead", "Widget Panel")}),
    # "the Committee" is the committee the text opens with, its name cut across two lines
    ("The Widget Scrutiny\nCommittee is set up by the Council. The Committee is made up of 8 "
     "non-executive\ncouncillors.\n",
     {("MEMBER_OF", "non-executive councillors", "Widget Scrutiny Committee")}),
    # the body a page's first heading names, for holders under "Our members" (the person
    # named where a post belongs is the end, by the labelling guide)
    ("About us - The Widget Board\n\nOur members\n\nJo Example – Chair\n"
     "Sam Example – Chief Officer\n",
     {("CHAIRS", "Jo Example", "Widget Board"), ("MEMBER_OF", "Sam Example", "Widget Board")}),
])
def test_chairs_marked_in_lists_and_bodies_named_once(text, expected):
    assert expected <= held_facts(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a post set beside a person's name before the verb is the clause's subject
    ("Councillor Jo Example, Cabinet Member for Widgets, chairs the Widget Board.\n",
     {("CHAIRS", "Cabinet Member for Widgets", "Widget Board")}),
    ("Dr Sam Example, Head of Widgets, is the vice-chair of the Widget Panel.\n",
     {("MEMBER_OF", "Head of Widgets", "Widget Panel")}),
    # "A Person (Chair)" under a heading of members on a board's page
    ("Our Board\n\nNon-executive members\n• Jo Example (Chair)\n• Sam Example, Lay Director\n",
     {("CHAIRS", "Chair", "Board"), ("MEMBER_OF", "Lay Director", "Board")}),
])
def test_people_named_beside_their_posts(text, expected):
    assert expected <= facts(text)


def test_a_persons_name_is_never_the_subject_in_apposition():
    assert not {f for f in facts("Jo Example, Sam Example, chairs the Widget Board.\n")
                if f[0] == "CHAIRS"}


@pytest.mark.parametrize(("text", "fact"), [
    (HEAD + "The post holder will be part of the Senior Widget Team.\n",
     ("MEMBER_OF", "Ward Sister", "Senior Widget Team")),
    ("Councillors are members of the Full Council.\n", ("MEMBER_OF", "Councillors", "Full Council")),
    (HEAD + "The Ward Sister is one of five elected members of the Widget Board.\n",
     ("MEMBER_OF", "Ward Sister", "Widget Board")),
])
def test_membership_in_running_text(text, fact):
    assert fact in facts(text)


def test_services_to_members_of_a_body_are_no_membership():
    text = HEAD + "Manage the services provided to Members of the Widget Council.\n"
    assert ("MEMBER_OF", "Ward Sister", "Widget Council") not in facts(text)


def test_a_post_named_with_its_remit_is_one_post():
    text = ("The Widget Committee is chaired by the Lay Member with responsibility for Audit and "
            "Risk.\n")
    assert ("CHAIRS", "Lay Member with responsibility for Audit and Risk", "Widget Committee") \
        in facts(text)


def test_the_posts_a_kind_of_team_contains_are_its_members():
    text = ("Widget Teams will contain a mix of:\n\n  • widget assessors (off-site)\n"
            "  • widget inspectors\n")
    assert facts(text) >= {("MEMBER_OF", "widget assessors", "Widget Teams"),
                           ("MEMBER_OF", "widget inspectors", "Widget Teams")}


@pytest.mark.parametrize(("text", "expected"), [
    ("We are run by a board of directors comprising a chair, lay directors and widget "
     "directors.\n",
     {("CHAIRS", "chair", "board of directors"),
      ("MEMBER_OF", "lay directors", "board of directors"),
      ("MEMBER_OF", "widget directors", "board of directors")}),
    ("The Trust has a Widget Board consisting of a Lay Chair and two Widget Leads.\n",
     {("CHAIRS", "Lay Chair", "Widget Board"), ("MEMBER_OF", "Widget Leads", "Widget Board")}),
])
def test_a_composition_as_a_participle(text, expected):
    assert expected <= facts(text)


@pytest.mark.parametrize(("text", "fact"), [
    (HEAD + "The post holder will be appointed to the Widget Board.\n",
     ("MEMBER_OF", "Ward Sister", "Widget Board")),
    ("The Remuneration Committee Chair will lead the review.\n",
     ("CHAIRS", "Remuneration Committee Chair", "Remuneration Committee")),
    ("The Widget Team includes a Matron, two Ward Sisters and a Ward Clerk.\n",
     ("MEMBER_OF", "Ward Sisters", "Widget Team")),
])
def test_appointments_chairs_named_by_their_body_and_a_named_teams_members(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize(("text", "wrong"), [
    (HEAD + "The team includes Staff Nurses.\n", ("MEMBER_OF", "Staff Nurses", "team")),
    ("The Board comprises seven Lay Directors including the Trust Chairman.\n",
     ("CHAIRS", "Trust Chairman", "Trust")),
    ("We have a Group Board with a single Interim Group Chair.\n",
     ("CHAIRS", "Interim Group Chair", "Interim Group")),
])
def test_what_the_chair_and_team_rules_leave_alone(text, wrong):
    assert wrong not in facts(text)


def test_a_plain_seat_beside_a_named_one_is_a_member():
    assert facts("The Widget Committee consists of nine lay directors and directors.\n") >= {
        ("MEMBER_OF", "lay directors", "Widget Committee"),
        ("MEMBER_OF", "directors", "Widget Committee")}
    assert not facts("The Widget Board is made up of staff and colleagues.\n")


@pytest.mark.parametrize(("text", "fact"), [
    ("Role: Widget Committee Chair\n\nTo chair meetings of the Widget Committee.\n",
     ("CHAIRS", "Widget Committee Chair", "Widget Committee")),
    ("Role: Leader of the Widget Council\n\nThe Leader chairs meetings of the Cabinet.\n",
     ("CHAIRS", "Leader of the Widget Council", "Cabinet")),
    ("Role: Cabinet Member\n\nAs a member of the Cabinet, you will take decisions on widgets.\n",
     ("MEMBER_OF", "Cabinet Member", "Cabinet")),
])
def test_councillors_and_committee_chairs_in_prose(text, fact):
    assert fact in facts(text)


def test_a_holders_name_in_brackets_is_no_area():
    got = facts("Job Title: Nurse\nLine Manager: Head of Nursing (Jo Example)\n")
    assert ("REPORTS_TO", "Nurse", "Head of Nursing") in got


@pytest.mark.parametrize("value", [
    "Senior widget nurse, widget manager and, ultimately, the Widget Partners",
    "Senior widget nurse, widget manager and the Widget Partners",
])
def test_a_list_of_names_in_sentence_case_gives_each_name(value):
    got = facts(f"Job Title: Widget Assistant\nResponsible to: {value}\n")
    for target in ("Senior widget nurse", "widget manager", "Widget Partners"):
        assert ("RESPONSIBLE_TO", "Widget Assistant", target) in got


def test_a_capitalised_first_word_that_names_a_post_stays_alone():
    got = facts("Job Title: Widget Assistant\nReports to: Matron and ward staff\n")
    assert ("REPORTS_TO", "Widget Assistant", "Matron") in got


def test_stepping_up_to_become_acting_deputises_for_the_post():
    got = facts("Dear colleagues,\n\nThe Board will recruit a new Widget Officer. Deputy Gadget "
                "Director Sam Sample will also step up to become Acting Gadget Director during "
                "this period.\n")
    assert ("DEPUTISES_FOR", "Deputy Gadget Director", "Gadget Director") in got


def test_a_post_with_its_holders_name_after_it_is_the_post():
    got = facts("Job Title: Widget Lead\n\nHead of Widgets Jo Example will become Acting Widget "
                "Director.\n")
    assert ("DEPUTISES_FOR", "Head of Widgets", "Widget Director") in got
    # the person holds the post; no fact of another type starts at the name
    assert ("HOLDS", "Jo Example", "Head of Widgets") in got
    assert not any(source.endswith("Jo Example") for t, source, _ in got if t != "HOLDS")


def test_elected_as_the_chair_of_a_body_chairs_it():
    got = facts("Job Title: Employee Director\n\nThe Employee Director is elected as the Chair of the "
                "Gadget Side.\n")
    assert ("CHAIRS", "Employee Director", "Gadget Side") in got


def test_the_chair_of_a_body_as_an_object_is_no_chairing():
    got = facts("Job Title: Widget Lead\n\nThe post holder is accountable to the Chair of the "
                "Widget Board.\n")
    assert ("ACCOUNTABLE_TO", "Widget Lead", "Chair of the Widget Board") in got
    assert not any(t == "CHAIRS" for t, _, _ in got)


def test_the_last_counterpart_of_a_list_before_a_purpose_is_kept():
    got = facts("Job Title: Widget Nurse\n\nWork collaboratively with all professionals, carers "
                "and relatives to gain an understanding of the widget.\n")
    assert ("WORKS_WITH", "Widget Nurse", "relatives") in got


#: A body's membership heading after another heading, seats in lower case, chairs named by
#: their head word (made-up texts).
@pytest.mark.parametrize(("text", "expected"), [
    # "X membership" after a heading starts a new list: its seats sit on X
    ("Governance\n\nWidget Board membership\nIndependent Chair\nChief Executive\n"
     "executive directors\nNon-Executive Directors\n",
     {("CHAIRS", "Independent Chair", "Widget Board"),
      ("MEMBER_OF", "Chief Executive", "Widget Board"),
      ("MEMBER_OF", "executive directors", "Widget Board"),
      ("MEMBER_OF", "Non-Executive Directors", "Widget Board")}),
    # a plural body, a "Governing Body"; "Trust Chairman" chairs, "Deputy Chair" sits
    ("Our committees\nWidget Boards membership\nTrust Chairman\nDeputy Chair\n\n"
     "Governing Body membership\nLay Member\nSecretary\n",
     {("CHAIRS", "Trust Chairman", "Widget Boards"),
      ("MEMBER_OF", "Deputy Chair", "Widget Boards"),
      ("MEMBER_OF", "Lay Member", "Governing Body"),
      ("MEMBER_OF", "Secretary", "Governing Body")}),
])
def test_membership_headings_and_their_seats(text: str, expected: set[tuple[str, str, str]]):
    assert expected <= facts(text)


def test_a_list_of_bodies_under_a_heading_stays_a_list():
    got = facts("Job Title: Widget Lead\nKey working relationships\nWidget Board\n"
                "Chief Executive\nHead of Widgets\n")
    assert ("WORKS_WITH", "Widget Lead", "Chief Executive") in got
    assert not {f for f in got if f[0] == "MEMBER_OF"}


#: Field labels and sentence cues in other words for the same lines (made-up texts).
@pytest.mark.parametrize(("text", "expected"), [
    ("Reports directly to: Ward Manager\n", ("REPORTS_TO", "Widget Nurse", "Ward Manager")),
    ("Responsible to (line manager): Ward Manager\n",
     ("RESPONSIBLE_TO", "Widget Nurse", "Ward Manager")),
    ("Line Manager's title: Ward Manager\n", ("REPORTS_TO", "Widget Nurse", "Ward Manager")),
    ("Directly accountable to: Head of Widgets\n",
     ("ACCOUNTABLE_TO", "Widget Nurse", "Head of Widgets")),
    ("Chair of: Widget Safety Group\n", ("CHAIRS", "Widget Nurse", "Widget Safety Group")),
    ("Member of: Widget Board, Widget Forum\n", ("MEMBER_OF", "Widget Nurse", "Widget Forum")),
    ("Committee membership: Widget Forum\n", ("MEMBER_OF", "Widget Nurse", "Widget Forum")),
    ("Deputy to: Head of Widgets\n", ("DEPUTISES_FOR", "Widget Nurse", "Head of Widgets")),
    ("The post holder serves on the Widget Forum.\n",
     ("MEMBER_OF", "Widget Nurse", "Widget Forum")),
    ("The post holder will act up for the Head of Widgets when required.\n",
     ("DEPUTISES_FOR", "Widget Nurse", "Head of Widgets")),
])
def test_other_words_for_the_same_lines(text: str, expected: tuple[str, str, str]):
    assert expected in facts("Job Title: Widget Nurse\n" + text)


@pytest.mark.parametrize("text", [
    # a chair named in a list of contacts
    "Key relationships\n• Chair of the Widget Board\n• Head of Widgets\n",
    # a line naming another person's role on a page of people: not the post's own chairing
    "Our people\nJane Smith\nChair of the Widget Forum\nJohn Brown\nHead of Widgets\n",
])
def test_a_chair_named_on_a_line_of_its_own_is_no_chairing_by_the_post(text: str):
    got = facts("Job Title: Widget Nurse\n" + text)
    assert not {f for f in got if f[0] == "CHAIRS" and f[1] == "Widget Nurse"}


#: Compositions written with the posts first, holders' names after their posts, and two kinds
#: of one plural seat in either order (made-up texts).
@pytest.mark.parametrize(("text", "expected"), [
    ("The Chief Executive, the Head of Widgets and Senior Managers make up the Widget "
     "Management Team.\n",
     {("MEMBER_OF", "Chief Executive", "Widget Management Team"),
      ("MEMBER_OF", "Head of Widgets", "Widget Management Team"),
      ("MEMBER_OF", "Senior Managers", "Widget Management Team")}),
    ("The Chief Executive and the Widget Director together form the Widget Board.\n",
     {("MEMBER_OF", "Chief Executive", "Widget Board"),
      ("MEMBER_OF", "Widget Director", "Widget Board")}),
    # holders' names after their posts: the posts ("Head of Widgets" too, in such a list)
    ("The Widget Team comprises the Chief Executive Jo Example, the Deputy Chief Executive "
     "Sam Sample and the Head of Widgets Al O'Brien.\n",
     {("MEMBER_OF", "Chief Executive", "Widget Team"),
      ("MEMBER_OF", "Deputy Chief Executive", "Widget Team"),
      ("MEMBER_OF", "Head of Widgets", "Widget Team")}),
    ("The Widget Board is made up of elected non lay and lay members.\n",
     {("MEMBER_OF", "non lay members", "Widget Board"),
      ("MEMBER_OF", "lay members", "Widget Board")}),
])
def test_compositions_with_the_posts_first(text: str, expected: set[tuple[str, str, str]]):
    assert expected <= facts(text)


@pytest.mark.parametrize(("text", "wrong"), [
    # "form part of" and "forms the basis" are no composition
    ("The Widget Director forms the basis of the Widget Board's plans.\n",
     ("MEMBER_OF", "Widget Director", "Widget Board")),
    # a title whose last words are no person's name keeps them
    ("The Widget Team comprises the Director of Widget Policy and the Head of Widget Care.\n",
     ("MEMBER_OF", "Head of Widget", "Widget Team")),
])
def test_what_the_posts_first_rules_leave_alone(text, wrong):
    assert wrong not in facts(text)


def test_a_body_with_its_abbreviation_before_which_comprises():
    got = facts("The service is led by the Widget Management Team (WMT) which comprises the "
                "Chief Executive and the Head of Widgets.\n")
    assert {("MEMBER_OF", "Chief Executive", "Widget Management Team"),
            ("MEMBER_OF", "Head of Widgets", "Widget Management Team")} <= got


def test_a_clause_that_names_its_own_subject_after_and():
    got = facts("Job Title: Widget Director\nThe post is recruited on the same grade, role "
                "and scope, with the change that the Widget Lead reports to the Widget Director "
                "rather than the Head of Widgets.\n")
    assert ("REPORTS_TO", "Widget Lead", "Widget Director") in got
    assert ("REPORTS_TO", "Widget Director", "Widget Director") not in got


def test_a_board_member_of_any_board_is_no_seat():
    got = facts("Job Title: Widget Adviser\nUnlike serving as a Board member for a charity, "
                "the role advises the minister.\n")
    assert not {f for f in got if f[0] == "MEMBER_OF"}


#: Lines stated in a participle after a comma, and a kind of line as its own label (made up).
@pytest.mark.parametrize(("text", "expected"), [
    ("Job Title: Head of Widgets\nThe Head of Widgets is responsible for the Widget Service, "
     "reporting to the Director of Widgets.\n",
     ("REPORTS_TO", "Head of Widgets", "Director of Widgets")),
    ("The Widget Committee is the group that agrees the widget plan, chaired by the Widget "
     "Director.\n",
     ("CHAIRS", "Widget Director", "Widget Committee")),
    ("Job Title: Widget Therapist\nAccountable to:        Widget Manager\n\n"
     "Professionally:            Head of Widget Therapy and Gadget Therapy\n",
     ("ACCOUNTABLE_TO", "Widget Therapist", "Head of Widget Therapy and Gadget Therapy")),
])
def test_participles_and_kinds_of_line(text: str, expected: tuple[str, str, str]):
    assert expected in facts(text)


def test_a_kind_of_line_alone_is_no_field_of_a_line():
    got = facts("Job Title: Widget Therapist\nLocation: Westshire\nProfessionally: Head of "
                "Widget Therapy\n")
    assert not {f for f in got if f[0] == "ACCOUNTABLE_TO"}


def test_chaired_after_a_comma_is_said_of_the_body_before_it():
    got = facts("Job Title: Widget Nurse\nThe post holder will attend the Widget Forum, chaired "
                "by the Medical Director.\nThe post holder will attend meetings, chaired by the "
                "Head of Widgets.\n")
    assert ("CHAIRS", "Medical Director", "Widget Forum") in got
    assert not {f for f in got if f[0] == "CHAIRS" and f[2] == "Widget Nurse"}
    assert not {f for f in got if f[1] == "Head of Widgets"}


@pytest.mark.parametrize(("text", "expected"), [
    ("The post holder will work in close collaboration with the Head of Widgets.\n",
     ("WORKS_WITH", "Widget Director", "Head of Widgets")),
    ("To build good, open, and effective relationships with carers.\n",
     ("WORKS_WITH", "Widget Director", "carers")),
    ("Ensure liaison with the Widget Forum.\n", ("WORKS_WITH", "Widget Director", "Widget Forum")),
])
def test_working_relationships_in_other_words(text: str, expected: tuple[str, str, str]):
    assert expected in facts("Job Title: Widget Director\n" + text)


def test_a_composition_in_the_layout_of_legislation():
    got = facts("Membership of Widget Boards\n\n3.—(1) The members of the Widget Board consist "
                "of—\n\n(a)a chair;\n\n(b)a vice-chair;\n\n(c)a widget officer; and\n\n"
                "(d)non-officer members.\n")
    assert {("CHAIRS", "chair", "Widget Board"), ("MEMBER_OF", "vice-chair", "Widget Board"),
            ("MEMBER_OF", "widget officer", "Widget Board"),
            ("MEMBER_OF", "non-officer members", "Widget Board")} <= got


def test_a_letter_and_a_full_stop_is_no_bullet():
    assert [p.kind for p in passages("e.g. the Widget Board meets monthly in public.\n")] == \
        ["sentence"]


@pytest.mark.parametrize(("text", "expected"), [
    # a seat titled by the body it chairs sits on this body, it does not chair it
    ("Widget Board membership\nIndependent Chair\nAudit Committee Chair\nChief Executive\n",
     {("CHAIRS", "Independent Chair", "Widget Board"),
      ("MEMBER_OF", "Audit Committee Chair", "Widget Board")}),
    # "the ICB Chair" chairs the ICB, as "the PCT chair" does
    ("The Widget Committee will be chaired by a Lay Member other than the ICB Chair.\n",
     {("CHAIRS", "ICB Chair", "ICB")}),
    # "X will be the Y accountable to Z": X, not the predicate noun Y
    ("The Chief Widget Officer will be the Widget Lead answerable to the Widget Board.\n",
     {("ACCOUNTABLE_TO", "Chief Widget Officer", "Widget Board")}),
])
def test_chairs_by_title_and_predicate_nouns(text: str, expected: set[tuple[str, str, str]]):
    got = facts(text)
    assert expected <= got
    assert ("CHAIRS", "Audit Committee Chair", "Widget Board") not in got


def test_a_list_of_counterparts_goes_on_past_a_generic_ones_scope():
    got = facts("Job Title: Widget Officer\nKey relationships: Head of Widgets, staff at all "
                "levels within the Trust, Widget Forum, MPs, Gadget Leads\n")
    assert {("WORKS_WITH", "Widget Officer", n) for n in (
        "Head of Widgets", "staff at all levels within the Trust", "Widget Forum", "MPs",
        "Gadget Leads")} <= got


def test_counterparts_in_sentence_case_are_whole():
    got = facts("Job Title: Widget Nurse\nWorking relationships\nWidget management\n"
                "Senior and junior widget staff\nPatients and relatives\n")
    assert {("WORKS_WITH", "Widget Nurse", "Widget management"),
            ("WORKS_WITH", "Widget Nurse", "Senior and junior widget staff"),
            ("WORKS_WITH", "Widget Nurse", "Patients")} <= got
    assert ("WORKS_WITH", "Widget Nurse", "Widget") not in got


def test_the_chair_of_a_named_body_is_named_by_its_title():
    got = facts("The Widget Committee will be chaired by a Lay Member other than the Chair of "
                "Gadget Committee.\nThe plan was agreed by the Chair of the Gadget Board.\n")
    assert ("CHAIRS", "Chair of Gadget Committee", "Gadget Committee") in got
    assert ("CHAIRS", "Chair", "Gadget Board") in got


def test_a_body_named_with_its_kind_in_lower_case_is_whole():
    got = facts("Job Title: Widget Manager\nThe post holder will attend monthly Westshire "
                "area meetings.\n")
    assert ("MEMBER_OF", "Widget Manager", "Westshire area meetings") in got
    assert ("MEMBER_OF", "Widget Manager", "Westshire") not in got
