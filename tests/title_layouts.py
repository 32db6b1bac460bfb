"""A seeded generator of job-description openings: real post titles in the layouts of the genre.

``tests/test_extract_titles.py`` drives it. Each case is the top of a job description
(an employer's line, site furniture, a reference, a salary, a directorate) around one
post title in one of the layouts job descriptions use (`LAYOUTS`: the labelling guide's
layout table and the common shapes of NHS, council and GP-practice documents), followed
by a few relationship fields and a paragraph. The titles are the development half's
labelled titles, the curated data's post titles and common titles of the sector
(`COMMON_TITLES`), so a rule that reads only the documents it was written on shows here.

`prose_cases` lays the same titles (and `compound_titles`: a specialty after "in" or a
dash, a setting after a dash, alternatives with "/" or "or") out in texts that name their
post in sentences (`PROSE_LAYOUTS`: news reports, headlines, letters, adverts, prose job
descriptions, numbered sections), written from English grammar with made-up people and
places; `structure_cases` writes texts about no single post, whose right answer is no title.

>>> case = cases(seed=1, per_title=1)[0]
>>> case.title.lower() in case.text.lower()
True
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from orggraph.extract.names import normalise
from orggraph.extract.pipeline import extract_text

ROOT = Path(__file__).parent.parent
REAL = ROOT / "tests" / "fixtures" / "extract" / "real"

#: Titles common in NHS trusts, ICBs, GP practices and councils (general knowledge).
COMMON_TITLES = (
    "Staff Nurse", "Ward Manager", "Consultant in Emergency Medicine", "Head of Finance",
    "Practice Manager", "Director of Public Health", "Chief Operating Officer",
    "Healthcare Assistant", "Deputy Ward Manager", "Clinical Nurse Specialist",
    "Advanced Nurse Practitioner", "Matron", "Senior Staff Nurse", "Charge Nurse",
    "Community Staff Nurse", "District Nurse", "Health Visitor", "School Nurse",
    "Midwife", "Occupational Therapist", "Speech and Language Therapist",
    "Clinical Psychologist", "Pharmacy Technician", "Senior Pharmacist",
    "Radiographer", "Operating Department Practitioner", "Paramedic",
    "Emergency Medical Technician", "Emergency Care Assistant", "Receptionist",
    "Medical Secretary", "Ward Clerk", "Administrative Assistant", "Team Administrator",
    "Finance Manager", "Management Accountant", "Payroll Officer", "HR Business Partner",
    "Head of Human Resources", "Director of Nursing", "Medical Director",
    "Chief Executive", "Director of Finance", "Deputy Director of Finance",
    "Non-Executive Director", "Company Secretary", "Board Secretary",
    "Head of Estates and Facilities", "Estates Officer", "Porter", "Domestic Assistant",
    "Catering Assistant", "Information Analyst", "Senior Information Analyst",
    "IT Service Desk Analyst", "Project Manager", "Programme Manager",
    "Commissioning Manager", "Senior Commissioning Manager", "Business Manager",
    "Service Manager", "General Manager", "Operational Manager",
    "Consultant Psychiatrist", "Specialty Doctor", "Salaried GP", "GP Partner",
    "Practice Nurse", "Nurse Practitioner", "Clinical Pharmacist", "Social Prescribing Link Worker",
    "Care Coordinator", "Dispenser", "Phlebotomist", "Reception Manager",
    "Social Worker", "Senior Social Worker", "Team Manager", "Head of Adult Social Care",
    "Director of Children's Services", "Environmental Health Officer", "Planning Officer",
    "Housing Officer", "Democratic Services Officer", "Committee Clerk", "Chief Executive Officer",
    "Head of Communications", "Communications Officer", "Safeguarding Lead",
    "Named Nurse for Safeguarding Children", "Infection Prevention and Control Nurse",
    "Tissue Viability Nurse", "Diabetes Specialist Nurse", "Lead Nurse for Cancer Services",
    "Clinical Lead", "Clinical Director", "Associate Medical Director",
    "Deputy Chief Nurse", "Chief Nurse", "Director of Operations", "Head of Nursing",
    "Quality Improvement Lead", "Patient Experience Officer", "Complaints Manager",
    "Governance Manager", "Risk Manager", "Health and Safety Advisor", "Estates Manager",
    "Bank Staff Nurse", "Registered Mental Health Nurse", "Support Time and Recovery Worker",
    "Peer Support Worker", "Assistant Psychologist", "Dietitian", "Podiatrist",
    "Physiotherapy Assistant", "Occupational Therapy Technician",
)

#: Curated titles that name no one post (a description of a group of staff): left out.
_NOT_TITLES = {"Specialist advisory role", "Admin Support", "Recruitment office staff"}

ORGANISATIONS = (
    "Westshire Hospitals NHS Foundation Trust", "Northvale Community Healthcare NHS Trust",
    "NHS Eastmoor Integrated Care Board", "Riverside Medical Practice",
    "Southborough City Council", "Lakeland Partnership NHS Foundation Trust",
    "NHS Highfield", "Hillside Surgery", "Westshire County Council",
    "Midlands Ambulance Service NHS Trust",
)
DEPARTMENTS = ("Surgery", "Medicine", "Finance", "Corporate Services", "Adult Social Care",
               "Mental Health Services", "Primary Care", "Estates and Facilities", "Nursing")
#: A grade as a field's value; `_grade_line` writes it as a line of its own.
GRADES = ("Band 5", "Band 6", "Band 7", "Band 8a", "Band 8c", "Band 3", "AfC Band 4",
          "Grade 5", "Grade 8", "8a", "Band 2", "Band 9", "6", "Agenda for Change Band 5")
MANAGERS = ("Head of Service", "Divisional Director", "Lead Nurse", "Practice Partners",
            "Director of Operations", "Service Manager", "Assistant Director")
PADDING = (" ", "\t", "      ")
FURNITURE = ("Print this page", "Back to search results", "Share this job", "Apply now",
             "Save job", "Download job description")


def dev_titles() -> list[str]:
    """The development half's labelled post titles (never the test half's)."""
    split = yaml.safe_load((REAL / "split.yaml").read_text(encoding="utf-8"))["documents"]
    out = []
    for name, entry in sorted(split.items()):
        if entry["half"] != "dev":
            continue
        post = yaml.safe_load((REAL / f"{name}.labels.yaml").read_text(encoding="utf-8"))
        if post.get("post"):
            out.append(post["post"])
    return out


def data_titles() -> list[str]:
    """The curated data's post titles (one name a post)."""
    out = []
    for path in sorted((ROOT / "data").glob("*.yaml")):
        for post in yaml.safe_load(path.read_text(encoding="utf-8")).get("posts", []):
            if post["title"] not in _NOT_TITLES:
                out.append(post["title"])
    return out


def all_titles() -> list[str]:
    """Every title the generator presents, each once, in a fixed order."""
    return list(dict.fromkeys([*dev_titles(), *data_titles(), *COMMON_TITLES]))


@dataclass(frozen=True)
class Case:
    """One generated opening: the text, the title it names, and how it was laid out."""

    title: str
    layout: str
    text: str
    organisation: str


Layout = Callable[[random.Random, str, str], list[str]]


def _label(rng: random.Random) -> str:
    return rng.choice(("Job Title", "JOB TITLE", "Job title", "Post Title", "Title of Post",
                       "Title of post", "Job Role", "Role Title", "Designation", "Position",
                       "Post", "Role", "Job Title ", "Position Title"))


def _grade_label(rng: random.Random) -> str:
    return rng.choice(("Band", "Grade", "Pay Band", "BAND", "Grade/Band"))


def _grade_line(rng: random.Random, g: str) -> str:
    """A grade on a line of its own: "Band 7", "Grade: 8a", "AfC Band 6"."""
    if g[0].isdigit():
        return f"{rng.choice(('Band', 'Grade:', 'Band:', 'AfC Band'))} {g}"
    return g


def _inline(rng: random.Random, t: str, g: str) -> list[str]:
    sep = rng.choice((": ", ":  ", ":\t", " - ", " : ", ":        "))
    return [f"{_label(rng)}{sep}{t}", f"{_grade_label(rng)}: {g}"]


def _tab(rng: random.Random, t: str, g: str) -> list[str]:
    return [f"{_label(rng).upper()}\t{t}", f"{_grade_label(rng).upper()}\t{g}"]


def _next_line(rng: random.Random, t: str, g: str) -> list[str]:
    gap = [""] if rng.random() < 0.5 else []
    return [f"{_label(rng)}{rng.choice(('', ':'))}", *gap, t, *gap, f"{_grade_label(rng)}:", g]


def _heading_then_grade(rng: random.Random, t: str, g: str) -> list[str]:
    return [t, _grade_line(rng, g)]


def _doc_word_then_title(rng: random.Random, t: str, g: str) -> list[str]:
    return [rng.choice(("JOB DESCRIPTION", "Job Description", "ROLE PROFILE",
                        "Job Description and Person Specification")), "", t,
            _grade_line(rng, g)]


def _doc_word_dash(rng: random.Random, t: str, g: str) -> list[str]:
    word = rng.choice(("Role Profile", "Job Description", "JOB DESCRIPTION", "Job Profile"))
    return [f"{word} {rng.choice(('–', '-', ':', '—'))} {t}", _grade_line(rng, g)]


def _doc_word_for(rng: random.Random, t: str, g: str) -> list[str]:
    return [f"{rng.choice(('Job Description for', 'Role profile for the post of'))} {t}",
            _grade_line(rng, g)]


def _bracket_grade(rng: random.Random, t: str, g: str) -> list[str]:
    return [f"{t} ({_grade_line(rng, g)})"]


def _dash_grade(rng: random.Random, t: str, g: str) -> list[str]:
    return [f"{t} {rng.choice(('–', '-'))} {_grade_line(rng, g)}"]


def _comma_grade(rng: random.Random, t: str, g: str) -> list[str]:
    contract = rng.choice(("Permanent", "Fixed Term", "Full Time", "37.5 hours"))
    return [f"{t}, {_grade_line(rng, g)}, {contract}"]


def _flattened(rng: random.Random, t: str, g: str) -> list[str]:
    """A table exported to text: the labels, then the values in the same order (the cell
    after the title may be the manager's post, which is no part of the title)."""
    rest = [("Band:", g), ("Reports to:", rng.choice(MANAGERS))]
    if rng.random() < 0.5:
        rest.append(("Department:", rng.choice(DEPARTMENTS)))
    rng.shuffle(rest)
    return ["Job Title:", *(k for k, _ in rest), "", t, *(v for _, v in rest)]


def _run_together(rng: random.Random, t: str, g: str) -> list[str]:
    return [f"JOB TITLE: {t} {_grade_label(rng).upper()}: {g} LOCATION: {rng.choice(DEPARTMENTS)} Unit "
            f"HOURS: 37.5 per week"]


def _pipe_table(rng: random.Random, t: str, g: str) -> list[str]:
    return [f"| Job Title | {t} |", f"| Band | {g} |"]


def _row_pairs(rng: random.Random, t: str, g: str) -> list[str]:
    return [f"Job Title\t{t}\tBand\t{g}"]


def _run_on(rng: random.Random, t: str, g: str) -> list[str]:
    """A page viewer's run-on paragraph without colons."""
    ref = rng.choice(("Job Reference ", f"Job Reference {rng.randint(100, 999)}-ABC ", ""))
    return [f"{rng.choice(('Job Title', 'JOB TITLE'))} {t} {ref}Grade {g} Department "
            f"{rng.choice(DEPARTMENTS)} Reports to {rng.choice(MANAGERS)} "
            "Purpose of the Job To deliver a high quality service."]


def _header_row(rng: random.Random, t: str, g: str) -> list[str]:
    """A header row of labels over a row of values, padded with spaces or tabs."""
    sep = rng.choice(("\t", "      "))
    return [sep.join(("Job Title", "Band", "Reports to")),
            sep.join((t, g, rng.choice(MANAGERS)))]


def _cover_page(rng: random.Random, t: str, g: str) -> list[str]:
    """A cover page: the document word and a details heading over the fields."""
    return [rng.choice(("JOB DESCRIPTION", "Job Description and Person Specification")), "",
            rng.choice(("1. JOB DETAILS", "Job Details", "JOB IDENTIFICATION")), "",
            f"{_label(rng)}:{rng.choice(PADDING)}{t}", f"{_grade_label(rng)}: {g}",
            f"Reports to: {rng.choice(MANAGERS)}"]


def _title_then_doc_word(rng: random.Random, t: str, g: str) -> list[str]:
    """The title over (or before) its document word: "Staff Nurse" / "Job Description"."""
    word = rng.choice(("Job Description", "JOB DESCRIPTION", "Role Profile",
                       "Person Specification", "Candidate Information Pack"))
    return rng.choice(([t, word, _grade_line(rng, g)], [f"{t} {word}", _grade_line(rng, g)]))


def _pack(rng: random.Random, t: str, g: str) -> list[str]:
    """A recruitment pack's or a person specification's heading naming the post."""
    word = rng.choice(("Person Specification", "Candidate Pack", "Recruitment Pack",
                       "Information for Applicants", "Job Advert"))
    return [f"{word}{rng.choice((': ', ' – ', ' - '))}{t}", _grade_line(rng, g)]


def _reference_bracket(rng: random.Random, t: str, g: str) -> list[str]:
    """The title with its vacancy reference or its contract in brackets."""
    extra = rng.choice((f"(Ref: {rng.randint(100, 999)}-ABC-{rng.randint(1000, 9999)})",
                        "(Fixed Term 12 months)", "(Maternity Cover)", "(Part Time)",
                        f"(Job Ref {rng.choice('ABCDEF')}{rng.randint(100, 999)})"))
    return [f"{_label(rng)}: {t} {extra}", f"{_grade_label(rng)}: {g}"]


def _wrapped(rng: random.Random, t: str, g: str) -> list[str]:
    """A long title a page wrapped onto the next line (titles of three words or more)."""
    words = t.split()
    cut = rng.randint(1, len(words) - 1) if len(words) >= 3 else len(words)
    first, rest = " ".join(words[:cut]), " ".join(words[cut:])
    lines = [f"{_label(rng)}: {first}", rest] if rest else [f"{_label(rng)}: {first}"]
    return [*lines, f"{_grade_label(rng)}: {g}"]


def _run_into(rng: random.Random, t: str, g: str) -> list[str]:
    """A page viewer's table with each label run into its value ("Job titleStaff Nurse")."""
    return [f"{rng.choice(('Job title', 'Post title', 'Job Title'))}{t}", "",
            f"Department{rng.choice(DEPARTMENTS)}", "", f"Band{g}"]


def _shift_pattern(rng: random.Random, t: str, g: str) -> list[str]:
    """A title with its working pattern after it ("Staff Nurse Night Duty")."""
    pattern = rng.choice(("Day Duty", "Night Duty", "Night Duty/Day Duty", "NIGHT DUTY"))
    return [f"{rng.choice(('JOB DESCRIPTION: ', 'Job Title: ', ''))}{t} {pattern}",
            _grade_line(rng, g)]


#: name -> layout; each returns the lines that state the title (and usually its grade).
LAYOUTS: dict[str, Layout] = {
    "label: title wrapped onto the next line": _wrapped,
    "run on, no colons": _run_on, "header row over values": _header_row,
    "cover page": _cover_page, "title, document word": _title_then_doc_word,
    "pack or specification: title": _pack, "label: title (reference)": _reference_bracket,
    "label: title": _inline, "LABEL<tab>title": _tab, "label / title on the next line": _next_line,
    "title heading, grade below": _heading_then_grade,
    "document word, title below": _doc_word_then_title,
    "document word – title": _doc_word_dash, "document word for title": _doc_word_for,
    "title (grade)": _bracket_grade, "title – grade": _dash_grade,
    "title, grade, contract": _comma_grade, "flattened table": _flattened,
    "run together": _run_together, "| label | title |": _pipe_table,
    "label, title, label, grade": _row_pairs, "label run into title": _run_into,
    "title, working pattern": _shift_pattern,
}


def _frame(rng: random.Random, org: str, lines: list[str]) -> list[str]:
    """The furniture, employer, reference, salary and directorate lines around the title."""
    top = [org] if rng.random() < 0.7 else []
    if rng.random() < 0.3:
        top.insert(0, rng.choice(FURNITURE))
    after = []
    if rng.random() < 0.5:
        after.append(f"{rng.choice(('Directorate', 'Department'))}: {rng.choice(DEPARTMENTS)}")
    if rng.random() < 0.4:
        after.append(f"Job Reference: {rng.randint(100, 999)}-{rng.choice(('ABC', 'NUR', 'FIN'))}"
                     f"-{rng.randint(1000, 9999)}")
    if rng.random() < 0.4:
        after.append(f"Salary: £{rng.randint(22, 60)},{rng.randint(100, 999)} - "
                     f"£{rng.randint(61, 90)},{rng.randint(100, 999)} per annum")
    if after and rng.random() < 0.3:  # the directorate line before the title
        return [*top, after[0], *lines, *after[1:]]
    return [*top, *lines, *after]


def _body(rng: random.Random, title: str) -> list[str]:
    boss = rng.choice([m for m in MANAGERS if m != title])
    return ["", f"Accountable to: {boss}", "", "Job Summary", "",
            "The post holder will provide leadership and support to the team, working "
            "closely with colleagues across the organisation.", ""]


def _as_heading(title: str) -> str:
    """A title written in lower case (as a news report runs it into a sentence) in the
    capitals a job description gives it: "chief executive" -> "Chief Executive"."""
    if title != title.lower():
        return title
    return " ".join(w if w in ("of", "and", "in", "for", "the") else w.capitalize()
                    for w in title.split())


def case_for(rng: random.Random, title: str, layout: str) -> Case:
    """One opening laying ``title`` out by ``layout``, in capitals one time in six."""
    org = rng.choice(ORGANISATIONS)
    shown = _as_heading(title)
    shown = shown.upper() if rng.random() < 1 / 6 else shown
    lines = _frame(rng, org, LAYOUTS[layout](rng, shown, rng.choice(GRADES)))
    return Case(title, layout, "\n".join([*lines, *_body(rng, title)]), org)


def cases(seed: int = 20, per_title: int | None = None) -> list[Case]:
    """Every title in every layout (or ``per_title`` layouts each, drawn by the seed)."""
    rng = random.Random(seed)
    out = []
    for title in all_titles():
        names = list(LAYOUTS)
        if per_title is not None:
            names = rng.sample(names, per_title)
        out += [case_for(rng, title, name) for name in names]
    return out


# --- news reports, letters, adverts, prose and numbered sections ------------------------------
# The layouts of texts that name their post in sentences (the labelling guide's "prose",
# "news-or-letter" and "numbered-sections" layouts): written from the grammar of English,
# with made-up people, and a prose paragraph after them in place of the fields.

#: Made-up people a news report or a letter names.
PEOPLE = ("Jo Example", "Sam Sample", "Alex Placeholder", "Kim Testcase", "Chris Dummy",
          "Pat Specimen", "A. Person")
COURTESY = ("", "", "Dr ", "Professor ", "Mrs ", "Mr ", "Ms ")
ADJECTIVES = ("experienced", "enthusiastic", "motivated", "dynamic", "skilled", "registered",
              "highly motivated and enthusiastic", "")
PLACES = ("Westshire General Hospital", "Northvale Health Centre", "Eastmoor House",
          "Riverside Clinic")


def _person(rng: random.Random) -> str:
    return f"{rng.choice(COURTESY)}{rng.choice(PEOPLE)}"


def _article(word: str) -> str:
    """"a" or "an" before ``word`` (by its first letter: "an Estates Officer")."""
    return "an" if word[:1].lower() in "aeio" else "a"


def _running(rng: random.Random, t: str) -> str:
    """The title as a report runs it into a sentence: lower case half the time, unless a word
    is an abbreviation ("IT Service Desk Analyst")."""
    if re.search(r"\b[A-Z]{2,}\b", t) and t != t.upper():
        return t
    return t.lower() if rng.random() < 0.5 else t


def _appointed(rng: random.Random, t: str, g: str) -> list[str]:
    """A news report or an announcement of an appointment, active or passive."""
    p, o, r = _person(rng), rng.choice(ORGANISATIONS), _running(rng, t)
    return [rng.choice((
        f"{p} has been appointed as the new {r} of {o}.",
        f"{p} has been appointed {r} at {o} and will start in the spring.",
        f"{o} has appointed {p} as its new {r}.",
        f"We are delighted to announce the appointment of {p} as our new {r}.",
        f"We are delighted to announce that {p} will join us as our new {r} later this year.",
        f"{o} is pleased to announce that {p} has been appointed to the post of {r}.",
        f"{p}, who has been appointed as {r}, will take up the post next month.",
        f"{p} will take up the role of {r} in June",  # (a page with no full stop)
        f"{p} was appointed {r} after a national search.",
        f"Following a competitive process, {p} has been named as the new {r}.",
        f"It was agreed that {p} be appointed as {r} with effect from 1 April.",
        f"The Board confirmed the appointment of {p} as interim {r}.",
        f"Report of the {rng.choice(MANAGERS)} on the process for the appointment of a new "
        f"{r} and the interim arrangements.",
        f"{o} is seeking {_article(r)} {r} to lead its widget service.",
    ))]


def _headline(rng: random.Random, t: str, g: str) -> list[str]:
    """A news headline naming the post, over a sentence that names it again or not at all."""
    p, o = _person(rng), rng.choice(ORGANISATIONS)
    head = rng.choice((f"{o} appoints new {t}", f"New {t} for {o}", f"Appointment of {t}",
                       f"{p} named as {t}", f"{p} appointed {t}", f"New {t} appointed",
                       f"Appointment of {_article(t)} {t}",
                       f"{rng.randint(2, 20)} Appointment of {t}"))  # (a paper's item)
    then = rng.choice((f"{p} joins from {rng.choice(ORGANISATIONS)}, where they led the "
                       "widget service.", f"{p} will start in the new year."))
    return [head, "", then]


def _letter(rng: random.Random, t: str, g: str) -> list[str]:
    """A letter or a blog post in the first person about the writer's or a colleague's post."""
    p, r = _person(rng), _running(rng, t)
    return ["Dear colleague,", "", rng.choice((
        f"I am writing to let you know that {p} has been appointed as {r}.",
        f"I am delighted to tell you that I have been appointed as the new {r}.",
        f"As the new {r}, I am looking forward to meeting you all.",
        f"I am pleased to confirm that {p} will be joining us as {r} from next month.",
    ))]


def _advert(rng: random.Random, t: str, g: str) -> list[str]:
    """A job advert: the post the employer is looking for, in a question or a sentence."""
    adj = rng.choice(ADJECTIVES)
    a = f"{_article(adj or t)} {adj + ' ' if adj else ''}{t}"
    return [rng.choice((
        f"We are looking for {a} to join our team.",
        f"Are you {a}?",
        f"Are you {a} looking for your next challenge?",
        f"An exciting opportunity has arisen for {a} to join our {rng.choice(DEPARTMENTS)} team.",
        f"We are seeking {a} to join our friendly team",
        f"We are recruiting {a} on a permanent basis.",
        f"{rng.choice(ORGANISATIONS)} is looking for {a} to lead the widget service.",
        f"We have a vacancy for {a} at {rng.choice(PLACES)}.",
        f"We are currently recruiting for {a} to work across Westshire.",
    )), "", "Closing date: 30 June"]


def _advert_run_together(rng: random.Random, t: str, g: str) -> list[str]:
    """An advert's fields run together without colons ("Job Title X Band 6 Location …")."""
    band = _grade_line(rng, g) if not g.startswith(("Band", "Grade")) or rng.random() < 0.5 \
        else g
    return [f"{rng.choice(('Job Title', 'Job title', 'Vacancy'))} {t} {band} Location "
            f"{rng.choice(PLACES)} Hours 37.5 Contract {rng.choice(('Permanent', 'Fixed term'))} "
            "Closing Date 30 June"]


def _prose_post(rng: random.Random, t: str, g: str) -> list[str]:
    """A job description in prose: the post is the subject ("The X will", "As X, you will")."""
    d = rng.choice(DEPARTMENTS)
    return [rng.choice((
        f"The post of {t} is a key role within the {d} team.",
        f"The {t} will lead the {d} team and manage its budget.",
        f"The {t} is responsible for the day to day running of the service.",
        f"As {t}, you will lead a team of widget officers.",
        f"As the {t} you will be a visible leader for the service",
        f"As our new {t}, you will make a difference to local people.",
        f"The role of the {t} is to provide leadership for the {d} service.",
        f"The {t} shall be responsible for the management of the widget budget.",
        f"This post of {t} sits within the {d} directorate.",
        f"The {t} post holder will provide expert advice on widgets.",
    ))]


def _numbered(rng: random.Random, t: str, g: str) -> list[str]:
    """Numbered sections: a numbered details heading, then the title field in one of its forms."""
    head = rng.choice(("1. JOB DETAILS", "1.  JOB IDENTIFICATION", "SECTION 1 – JOB DETAILS",
                       "1 Job Details", "1. Job Details"))
    label = rng.choice(("Job title", "Job Title", "JOB TITLE", "Post Title", "Title of Post"))
    return rng.choice((
        [head, "", f"{label}: {t}", f"Band: {g}"],
        [head, f"{label}:", t, f"{_grade_label(rng)}:", g],
        [head, "", f"1.1  {label}:  {t}", f"1.2  {_grade_label(rng)}:  {g}"],
        [f"1. {label}", t, "", f"2. {_grade_label(rng)}", g, "",
         "3. Reports to", rng.choice(MANAGERS)],
        [f"1.  {label}:  {t}", f"2.  {_grade_label(rng)}:  {g}",
         f"3.  Accountable to:  {rng.choice(MANAGERS)}"],
    ))


def _flattened_caps(rng: random.Random, t: str, g: str) -> list[str]:
    """A flattened table with its labels in capitals, without colons, blank lines between."""
    rest = [("BAND", g), ("LOCATION", rng.choice(PLACES)), ("REPORTS TO", rng.choice(MANAGERS))]
    rng.shuffle(rest)
    gap = [""] if rng.random() < 0.5 else []
    labels = [x for k, _ in [("JOB TITLE", t), *rest] for x in (k, *gap)]
    values = [x for _, v in [("JOB TITLE", t), *rest] for x in (v, *gap)]
    return [*labels, "", *values]


def _split_heading(rng: random.Random, t: str, g: str) -> list[str]:
    """A long title heading a page cut across two lines under its document word."""
    words = t.split()
    if len(words) < 3:
        return [rng.choice(("JOB DESCRIPTION", "Job Description")), "", t, _grade_line(rng, g)]
    cut = rng.randint(1, len(words) - 1)
    return [rng.choice(("JOB DESCRIPTION", "Job Description")), "", " ".join(words[:cut]),
            " ".join(words[cut:]), _grade_line(rng, g)]


#: name -> layout of a text naming its post in sentences or numbered sections.
PROSE_LAYOUTS: dict[str, Layout] = {
    "news: appointed": _appointed, "news: headline": _headline, "letter": _letter,
    "advert": _advert, "advert run together": _advert_run_together,
    "prose: the post as subject": _prose_post, "numbered sections": _numbered,
    "flattened table in capitals": _flattened_caps, "heading cut across lines": _split_heading,
}


def _prose_body(rng: random.Random) -> list[str]:
    """A paragraph after a report or an advert: about the post, or naming another post or a
    person in a relationship (which names no title of the document's own)."""
    boss = rng.choice(MANAGERS)
    return ["", rng.choice((
        "The successful candidate will lead the widget service across the county.",
        "They bring many years of experience in widget services and will work closely with "
        "partners across the area.",
        "For an informal discussion please contact the recruitment team.",
        f"You will report to the {boss} and work closely with the Widget Board.",
        f"The post holder is accountable to the {boss}.",
        f"For further information contact {_person(rng)}, {boss}, on 01234 567890.",
        f"Interviews will be held by a panel chaired by the {boss}",
    )), ""]


def _page_break(rng: random.Random, line: str) -> str:
    """A page viewer's line break inside a sentence, at a space chosen by the seed."""
    spaces = [n for n, c in enumerate(line) if c == " "]
    if not spaces:
        return line
    cut = rng.choice(spaces)
    return f"{line[:cut]}\n{line[cut + 1:]}"


def prose_case_for(rng: random.Random, title: str, layout: str) -> Case:
    """One text laying ``title`` out by a prose ``layout``, with an employer's line above it
    most of the time and a paragraph below."""
    org = rng.choice(ORGANISATIONS)
    shown = _as_heading(title)
    shown = shown.upper() if layout not in _SENTENCES and rng.random() < 1 / 6 else shown
    top = [org, ""] if rng.random() < 0.6 else []
    lines = PROSE_LAYOUTS[layout](rng, shown, rng.choice(GRADES))
    if layout in _SENTENCES and rng.random() < 0.2:
        lines = [_page_break(rng, line) for line in lines]
    lines = [*top, *lines, *_prose_body(rng)]
    return Case(title, layout, "\n".join(lines), org)


#: Layouts whose title runs inside a sentence (never set in capitals there).
_SENTENCES = {"news: appointed", "letter", "advert", "prose: the post as subject"}


def prose_cases(seed: int = 20, per_title: int | None = None) -> list[Case]:
    """Every title (and every compound title) in every prose layout, or ``per_title`` each."""
    rng = random.Random(seed)
    out = []
    for title in [*all_titles(), *compound_titles()]:
        names = list(PROSE_LAYOUTS)
        if per_title is not None:
            names = rng.sample(names, per_title)
        out += [prose_case_for(rng, title, name) for name in names]
    return out


# --- titles with a specialty, a setting or alternatives ---------------------------------------
# The guide keeps a title's own words whole: its specialty after "in" or a dash, and a title
# given as alternatives with "/" or "or".

SPECIALTIES = ("Anaesthesia", "Acute Medicine", "Palliative Care", "Sexual Health",
               "Tissue Viability", "Old Age Psychiatry", "Emergency Medicine", "Paediatrics",
               "Diabetes", "Widget Therapy")
SETTINGS = ("Day Surgery Unit", "Home Treatment Team", "Westshire Ward", "Children's Services",
            "Ward 7", "Community Widget Service", "Acute Medical Unit", "Eastmoor Locality",
            "Widget Outpatients")
IN_HEADS = ("Consultant", "Locum Consultant", "Specialty Doctor", "Clinical Nurse Specialist",
            "Nurse Consultant", "Lead Nurse", "Consultant Physician", "Clinical Fellow",
            "Advanced Practitioner", "Senior Lecturer")
DASH_HEADS = ("Ward Manager", "Team Leader", "Clinical Lead", "Service Manager", "Charge Nurse",
              "Senior Staff Nurse", "Staff Nurse", "Matron", "Occupational Therapist")
ALTERNATIVES = (("Junior Widget Sister", "Charge Nurse"), ("Team Leader", "Senior Practitioner"),
                ("Practice Nurse", "Nurse Practitioner"), ("Receptionist", "Administrator"),
                ("Widget Clinician", "Widget Team Lead"), ("Staff Nurse", "Midwife"),
                ("Estates Officer", "Estates Manager"), ("Clinical Pharmacist", "Pharmacy Technician"))


def compound_titles() -> list[str]:
    """Titles with a specialty ("Consultant in Anaesthesia"), a setting after a dash ("Ward
    Manager – Day Surgery Unit") or alternatives ("Junior Widget Sister/Charge Nurse", "Team Leader
    or Senior Practitioner"), in a fixed order."""
    out = [f"{h} in {SPECIALTIES[n % len(SPECIALTIES)]}" for n, h in enumerate(IN_HEADS)]
    out += [f"{h} {'–' if n % 2 else '-'} {SETTINGS[n % len(SETTINGS)]}"
            for n, h in enumerate(DASH_HEADS)]
    out += [f"{a}{('/', ' / ', ' or ')[n % 3]}{b}" for n, (a, b) in enumerate(ALTERNATIVES)]
    return out


def compound_cases(seed: int = 20) -> list[Case]:
    """Every compound title in every layout of a job description's opening."""
    rng = random.Random(seed)
    return [case_for(rng, title, name) for title in compound_titles() for name in LAYOUTS]


# --- texts about no single post ---------------------------------------------------------------
# A structure text (a body's composition, a re-structure paper, terms of reference, a report
# of several new posts) has no post of its own: the guide labels it `post: null`.

BODIES = ("Widget Committee", "Westshire Partnership Board", "Quality and Safety Committee",
          "Eastmoor Locality Group", "Widget Programme Board")


def _posts(rng: random.Random, n: int) -> list[str]:
    return rng.sample([t for t in COMMON_TITLES if len(t.split()) > 1], n)


def _composition(rng: random.Random) -> str:
    body, posts = rng.choice(BODIES), _posts(rng, 4)
    lead = rng.choice((f"The {body} is made up of:", f"The membership of the {body} is as follows:",
                       f"Members of the {body}:", f"The {body} comprises:"))
    sep = rng.choice(("\n", "\n• ", "\n- "))
    return "\n".join([body, "", "Membership", "", lead + sep + sep.join(posts), "",
                      f"The {body} meets every two months."])


def _restructure(rng: random.Random) -> str:
    a, b, c = _posts(rng, 3)
    d = rng.choice(DEPARTMENTS)
    lead = rng.choice((f"The {a} will lead the directorate.", f"The {c} is accountable to the {a}.",
                       ""))
    return "\n".join([f"Proposed structure of the {d} directorate", "", lead, "1. Introduction", "",
                      f"This paper sets out the proposed structure of the {d} directorate. The "
                      f"directorate will comprise {_article(a)} {a}, two posts of {b} and "
                      f"{_article(c)} {c}.", "", "2. Recommendation", "",
                      "The Board is asked to approve the proposed structure."])


def _terms_of_reference(rng: random.Random) -> str:
    body, posts = rng.choice(BODIES), _posts(rng, 3)
    duty = rng.choice((f"The {posts[0]} will chair the meetings.",
                       f"The {posts[1]} shall act as secretary to the {body.split()[-1]}.", ""))
    return "\n".join([body, "Terms of Reference", "", "1. Membership", "",
                      f"The {body.split()[-1]} shall consist of:",
                      *(f"• {p}" for p in posts), "", "2. Quorum", "",
                      f"The {body.split()[-1]} will be quorate when three members are present.",
                      duty])


def _several_posts(rng: random.Random) -> str:
    a, b, c = _posts(rng, 3)
    o = rng.choice(ORGANISATIONS)
    return "\n".join([o, "", f"{o} is recruiting to three new posts: {a}, {b} and {c}.", "",
                      "The posts will strengthen the widget service across the county."])


STRUCTURE_TEXTS: dict[str, Callable[[random.Random], str]] = {
    "structure: composition": _composition, "structure: re-structure paper": _restructure,
    "structure: terms of reference": _terms_of_reference,
    "structure: report of several posts": _several_posts,
}


def structure_cases(seed: int = 20, each: int = 40) -> list[Case]:
    """``each`` texts of every structure kind; their ``title`` is "" (no post of their own)."""
    rng = random.Random(seed)
    return [Case("", name, make(rng), "") for name, make in STRUCTURE_TEXTS.items()
            for _ in range(each)]


#: What must never be left in a title: a label, a grade, pay, a contract, a reference.
_NOISE = (r"\b(?:job\s+title|title\s+of\s+post|designation|job\s+description|role\s+profile|"
          r"band|grade|salary|afc|agenda\s+for\s+change|permanent|fixed\s+term|full\s+time|"
          r"reference|per\s+annum|location|closing\s+date)\b|£|\b\d{3,}\b|\b\d[a-d]?\b")


def leftovers(case: Case, title: str) -> list[str]:
    """The noise in a read ``title`` that the case's own title does not hold: a label, a
    grade, pay, a contract, a reference number, the employer's name, site furniture, a
    person's name or a place."""
    found = [m.group() for m in re.finditer(_NOISE, title, re.IGNORECASE)
             if not re.search(_NOISE, case.title, re.IGNORECASE)]
    found += [x for x in (case.organisation, *FURNITURE, *DEPARTMENTS, *PEOPLE, *PLACES)
              if x.lower() in title.lower() and x.lower() not in case.title.lower()]
    return found


def described(text: str) -> str | None:
    """The post the extractor says ``text`` describes (its draft's subject), or None."""
    draft = extract_text(text, "generated")
    node = next((n for n in draft.nodes.values() if n.id == draft.subject), None)
    return node.name if node else None


def rates(cases: list[Case]) -> dict[str, tuple[int, float, float]]:
    """Per layout: (cases, exact share, invented share); a case with no title ("") is right
    only when no title is read."""
    out: dict[str, list[int]] = {}
    for case in cases:
        got = described(case.text)
        row = out.setdefault(case.layout, [0, 0, 0])
        row[0] += 1
        exact = got is None if not case.title else (
            got is not None and normalise(got) == normalise(case.title))
        row[1] += exact
        row[2] += got is not None and not exact
    return {k: (n, right / n, wrong / n) for k, (n, right, wrong) in out.items()}



# --- the guide's "post title" families, with made-up posts ------------------------------------
# Written from the labelling guide's "The post title" section and its layout table: the title
# with its band, grade, pay, place, reference, hours or contract around it in any order and
# separator; flattened table cells; a title cell run into the next label; the employer and a
# document word before the title on one heading line; the title in prose only; adverts; a
# "Job Description and Person Specification" heading with the title lines below; a title cut
# across two lines; titles in capitals; two posts joined by "/" or "and"; and texts about no
# single post (news of a board's appointments, a board's composition, terms of reference,
# minutes, a roster under its heading, an agenda), whose right answer is no title.

#: Made-up posts (invented words in the shapes of the sector's titles).
MADE_UP_TITLES = (
    "Widget Lead", "Deputy Gadget Manager", "Head of Widget Services", "Senior Sprocket Officer",
    "Widget Practitioner", "Gadget Services Manager", "Lead Widget Nurse",
    "Clinical Widget Specialist", "Assistant Director of Gadgets", "Widget Team Leader",
    "Sprocket Support Worker", "Principal Widget Analyst", "Widget Coordinator",
    "Director of Widget Care", "Widget Administrator", "Consultant in Widget Medicine",
    "Gadget Officer", "Community Widget Nurse", "Widget Therapist", "Chief Gadget Officer",
)
#: Two posts one document describes as one ("Widget Lead / Deputy Gadget Manager").
JOINED_TITLES = (("Widget Lead", "Deputy Gadget Manager"), ("Gadget Officer", "Widget Administrator"),
                 ("Chief Nurse", "Director of Widget Care"), ("Widget Coordinator", "Team Leader"))
LOCATIONS = ("Westshire", "Eastmoor House", "Northvale", "Riverside Clinic", "Westshire and Eastmoor")


def _details(rng: random.Random, g: str) -> list[str]:
    """Two to four of a post's details as an advert or a heading writes them after its title."""
    grade = _grade_line(rng, g)
    made = [grade, rng.choice(LOCATIONS), f"£{rng.randint(24, 60)},{rng.randint(100, 999)}",
            f"£{rng.randint(24, 40)},000 - £{rng.randint(41, 60)},000 per annum",
            rng.choice(("37.5 hours", "37.5 hours per week", "Full Time", "Part Time",
                        "22.5 hrs")),
            rng.choice(("Permanent", "Fixed Term", "Fixed term 12 months", "Secondment")),
            f"Ref {rng.randint(100, 999)}-{rng.choice(('ABC', 'WID', 'GAD'))}",
            f"Reference: {rng.randint(100, 999)}-ABC-{rng.randint(1000, 9999)}",
            rng.choice(("0.8 WTE", "Salary: £30,000", "Closing date 30 June", "pro rata",
                        "Up to £45,000 per annum", "Bank", "Permanent, Full Time"))]
    picked = rng.sample(made[1:], rng.randint(1, 3))
    if picked[0] in LOCATIONS:  # (a place right after a title may be its own: "– Acute Ward")
        picked = [*picked[1:], picked[0]]
    return [grade, *picked] if rng.random() < 0.6 or not picked[0:1] or picked[0] in LOCATIONS \
        else [*picked[:1], grade, *picked[1:]]


def _same_line(rng: random.Random, t: str, g: str) -> list[str]:
    """The title then its details on its line: "Widget Lead – Band 7 – 37.5 hours"."""
    parts = _details(rng, g)
    sep = rng.choice((" – ", " - ", " | ", ", ", " — "))
    if rng.random() < 0.25:
        return [f"{t} ({parts[0]})" + "".join(f"{sep}{p}" for p in parts[1:])]
    if rng.random() < 0.2 and _GRADE_START.match(parts[0]):  # "Widget Lead Band 7 Westshire"
        return [f"{t} {parts[0]} {' '.join(parts[1:2])}".rstrip()]
    return [sep.join([t, *parts])]


_GRADE_START = re.compile(r"(?:AfC\s+)?(?:Band|Grade)\b")


def _next_lines(rng: random.Random, t: str, g: str) -> list[str]:
    """The title as a heading, its details one a line below it, labelled or not."""
    parts = _details(rng, g)
    if rng.random() < 0.4:
        labels = ("Location", "Salary", "Hours", "Contract", "Reference")
        parts = [parts[0], *(f"{rng.choice(labels)}: {p}" for p in parts[1:])]
    return [rng.choice(("", "JOB DESCRIPTION", "Job Description")), t, *parts]


def _cells(rng: random.Random, t: str, g: str) -> list[str]:
    """A flattened table: the labels on their own lines, then the values in the same order,
    the title's cell anywhere among them."""
    rows = [("Band", g), ("Location", rng.choice(LOCATIONS)),
            ("Hours", "37.5 per week"), ("Reference", f"{rng.randint(100, 999)}-ABC"),
            ("Contract", rng.choice(("Permanent", "Fixed term"))),
            ("Department", rng.choice(DEPARTMENTS))]
    rows = rng.sample(rows, rng.randint(2, 4))
    rows.insert(rng.randint(0, len(rows)), (rng.choice(("Job Title", "Post Title", "Job title")), t))
    colon = rng.choice((":", ""))
    gap = [""] if rng.random() < 0.5 else []
    return [*(f"{k}{colon}" for k, _ in rows), *gap, *(v for _, v in rows)]


def _cell_run_on(rng: random.Random, t: str, g: str) -> list[str]:
    """A title cell run into the next label on one line: "Job Title Widget Lead Department X"."""
    nxt = rng.choice((f"Department {rng.choice(DEPARTMENTS)}", f"Band {g.split()[-1]}",
                      f"Location {rng.choice(LOCATIONS)}", f"Reports to {rng.choice(MANAGERS)}",
                      f"Directorate {rng.choice(DEPARTMENTS)}", f"Grade {g.split()[-1]}",
                      "Hours 37.5", f"Salary £{rng.randint(24, 60)},000"))
    label = rng.choice(("Job Title", "JOB TITLE", "Post Title", "Job title"))
    colon = rng.choice((":", ""))
    return [f"{label}{colon} {t} {nxt.replace(' ', colon + ' ', 1) if colon else nxt}"]


def _org_heading(rng: random.Random, t: str, g: str) -> list[str]:
    """The employer and a document word before the title on one heading line."""
    org = rng.choice(ORGANISATIONS)
    word = rng.choice(("Job Description", "JOB DESCRIPTION", "Job Profile", "Role Profile"))
    sep = rng.choice((" ", " – ", " - ", ": "))
    head = rng.choice((f"{org} {word} {t}", f"{org}{sep}{word}{sep}{t}", f"{org} {word}: {t}"))
    return [head, _grade_line(rng, g)]


def _prose_only(rng: random.Random, t: str, g: str) -> list[str]:
    """A text that names its post only in sentences."""
    d = rng.choice(DEPARTMENTS)
    return [rng.choice((
        f"We are looking for {_article(t)} {t} to join our {d} team.",
        f"The post holder, the {t}, will lead the widget service.",
        f"As {t} you will lead the widget service across the county.",
        f"As {t}, you will be responsible for the widget budget.",
        f"The {t} will provide leadership for the {d} service.",
        f"You will be the {t} for the {d} directorate and will manage a small team.",
        f"The role of the {t} is to lead the widget service.",
        f"This is an exciting opportunity to work as {_article(t)} {t} in our {d} team.",
        f"Join us as our new {t} and help shape the widget service",
        f"We have an exciting opportunity for {_article(t)} {t} to join the {d} team.",
        f"Applications are invited for the post of {t}.",
        f"In this role as {t}, you will lead the widget service.",
        f"{rng.choice(ORGANISATIONS)} is seeking to appoint {_article(t)} {t} to lead its "
        "widget service.",
    )), "", "The post holder will work closely with colleagues across the organisation."]


def _advert_bar(rng: random.Random, t: str, g: str) -> list[str]:
    """An advert's heading: the title, the employer or place and the pay between bars."""
    pay = f"£{rng.randint(24, 60)},{rng.randint(100, 999)}"
    return [rng.choice((f"{t} | {rng.choice(LOCATIONS)} | {pay}",
                        f"{t} | {rng.choice(ORGANISATIONS)}",
                        f"{t} | {pay} a year | {rng.choice(LOCATIONS)}",
                        f"{t} | {_grade_line(rng, g)} | {rng.choice(LOCATIONS)}")),
            "", "Closing date: 30 June"]


def _pack_heading(rng: random.Random, t: str, g: str) -> list[str]:
    """"Job Description and Person Specification" with the title some lines below."""
    lines = [rng.choice(("Job Description and Person Specification", "JOB DESCRIPTION AND PERSON "
                         "SPECIFICATION", "Job Description & Person Specification")), ""]
    if rng.random() < 0.5:
        lines += [rng.choice(ORGANISATIONS), ""]
    return [*lines, t, _grade_line(rng, g)]


def _two_lines(rng: random.Random, t: str, g: str) -> list[str]:
    """A title of three words or more cut across two lines, as a heading or a field's value."""
    words = t.split()
    cut = rng.randint(1, len(words) - 1) if len(words) > 1 else 1
    first, rest = " ".join(words[:cut]), " ".join(words[cut:])
    if rng.random() < 0.5:
        return [rng.choice(("JOB DESCRIPTION", "Job Description")), "", first, rest,
                _grade_line(rng, g)]
    return [f"{rng.choice(('Job Title', 'Post Title'))}: {first}", rest, f"Band: {g}"]


def _news_headline(rng: random.Random, t: str, g: str) -> list[str]:
    """A news headline whose verb says what the employer does about the post, then a sentence
    naming it again."""
    o = rng.choice(("Westshire NHS Trust", "Eastmoor Council", "NHS Northvale", "WHT"))
    head = rng.choice((f"{o} creates new {t} role", f"{o} creates ‘second’ {t} role",
                       f"{o} launches search for new {t}", f"{o} recruits {t}",
                       f"{o} advertises for new {t}"))
    return [head, "", rng.choice((f"The new {t} will lead the widget service.",
                                  f"The {t} will report to the Chief Executive.",
                                  f"{o} is looking for {_article(t)} {t} to lead the service."))]


#: family -> layout of one title, over made-up titles.
FAMILIES: dict[str, Layout] = {
    "details on the title's line": _same_line, "details on the next lines": _next_lines,
    "flattened cells, title anywhere": _cells, "title cell run into the next label": _cell_run_on,
    "employer, document word, title": _org_heading, "title in prose only": _prose_only,
    "advert heading with bars": _advert_bar, "pack heading, title below": _pack_heading,
    "title cut across two lines": _two_lines, "news headline with its verb": _news_headline,
}


def family_titles() -> list[str]:
    """The made-up titles, a sample of common ones, and two posts joined by "/" or "and"."""
    joined = [f"{a}{(' / ', '/', ' and ')[n % 3]}{b}" for n, (a, b) in enumerate(JOINED_TITLES)]
    return [*MADE_UP_TITLES, *COMMON_TITLES[::6], *joined]


def family_cases(seed: int = 20, each: int = 3) -> list[Case]:
    """Every family title in every family ``each`` times, in capitals one time in five, the
    employer's line above it half the time and a few fields and a paragraph below."""
    rng = random.Random(seed)
    out = []
    for title in family_titles() * each:
        for name, layout in FAMILIES.items():
            org = rng.choice(ORGANISATIONS)
            shown = title.upper() if rng.random() < 0.2 else title
            top = [org, ""] if rng.random() < 0.5 and name != "employer, document word, title" \
                else []
            lines = [*top, *layout(rng, shown, rng.choice(GRADES)), *_body(rng, title)]
            out.append(Case(title, name, "\n".join(lines).lstrip("\n"), org))
    return out


# --- texts about no single post, in more kinds ------------------------------------------------

BOARD_POSTS = ("Chair", "Chief Executive", "Director of Widgets", "Non-Executive Director",
               "Director of Gadget Services", "Medical Director", "Director of Finance",
               "Vice Chair", "Chief Widget Officer", "Director of Nursing")


def _board_news(rng: random.Random) -> str:
    o, b = rng.choice(ORGANISATIONS), rng.choice(BODIES)
    p, q = rng.sample(PEOPLE, 2)
    return "\n".join([rng.choice((f"New appointments to the {b}", f"{o} strengthens its board",
                                  f"Two new members join the {b}")), "",
                      f"{o} has appointed {p} and {q} to the {b}. {p} joins as a Non-Executive "
                      f"Director and {q} as Director of Widgets.", "",
                      "The Chair said: \"We are delighted to welcome them both.\""])


def _board_composition(rng: random.Random) -> str:
    b, posts = rng.choice(BODIES), rng.sample(BOARD_POSTS, 4)
    lines = [f"{p} – {rng.choice(PEOPLE)}" if rng.random() < 0.5 else f"{rng.choice(PEOPLE)}, {p}"
             for p in posts]
    return "\n".join([rng.choice((f"Our {b}", f"The {b}", f"{b} members")), "",
                      f"The {b} is responsible for the strategy of the organisation. Its "
                      "members are:", "", *lines])


def _minutes(rng: random.Random) -> str:
    b = rng.choice(BODIES)
    p, q, r = rng.sample(PEOPLE, 3)
    return "\n".join([f"Minutes of the {b} meeting held on 3 May", "",
                      f"Present: {p} (Chair), {q} (Director of Widgets), {r} (Widget Lead)", "",
                      "Apologies: Chief Executive", "", rng.choice((
                          "1. Welcome and introductions", "1. Opening remarks from the Chair",
                          "1. Chair's welcome")), "",
                      "The Chair welcomed members to the meeting.", "",
                      "2. Minutes of the last meeting", "", "The minutes were agreed."])


def _roster(rng: random.Random) -> str:
    b, posts = rng.choice(BODIES), rng.sample(BOARD_POSTS, 4)
    return "\n".join([rng.choice((f"{b} membership", f"Members of the {b}", "Membership")), "",
                      *(f"{rng.choice(PEOPLE)}\t{p}" for p in posts)])


def _agenda(rng: random.Random) -> str:
    b = rng.choice(BODIES)
    return "\n".join(["Agenda", f"{b} meeting", "Thursday 3 May, 10am, Westshire House", "",
                      "1. Apologies for absence", "2. Declarations of interest",
                      "3. Chief Executive's report", f"4. Report of the {rng.choice(MANAGERS)}",
                      "5. Widget performance report", "6. Any other business"])


def _leadership_message(rng: random.Random) -> str:
    p, q = rng.sample(PEOPLE, 2)
    return "\n".join(["Changes to our leadership team", "",
                      f"I am writing to let you know that {p}, Director of Widgets, will retire "
                      f"in June. {q}, Deputy Director of Widgets, will act up as Director of "
                      "Widgets until a permanent appointment is made.", "",
                      "Jo Example", "Chief Executive"])


def _body_page(rng: random.Random) -> str:
    """A body's page: its name as the heading, then sentences about it and its posts (a post
    in the plural, or a post's role on the body)."""
    b = rng.choice(BODIES)
    return "\n".join([rng.choice((b, f"The {b}", f"{b} (the Committee)")), "",
                      f"The {b} is responsible for the widget strategy of the organisation.", "",
                      rng.choice((f"The Chair of the {b} is responsible for leading its work.",
                                  "The Executive Directors will attend each meeting.",
                                  f"The {b} leads and oversees the work of the widget groups.",
                                  "The Widget Lead is accountable to the Board for its work.",
                                  "The Non-Executive Directors are appointed for three years.")),
                      "", f"The {b} meets every two months."])


def _several_news(rng: random.Random) -> str:
    """News of several people appointed at once, the posts in the plural or one each."""
    n = rng.choice(("Two", "Three", "Four"))
    o = rng.choice(ORGANISATIONS)
    head = rng.choice((f"{n} Westshire leaders join {o} as directors",
                       f"{n} new non-executive directors for {o}",
                       f"{o} appoints {n.lower()} widget leads",
                       "Vacancies for Non-Executive Directors",
                       f"{o} welcomes new Board members"))
    return "\n".join([head, "", rng.choice((
        f"{n} widget leads have been appointed as part-time directors at {o}.",
        f"{rng.choice(PEOPLE)} and {rng.choice(PEOPLE)} have been appointed to the board.",
        f"{o} has welcomed {n.lower()} new members to its board.")), "",
        "They will remain in their current roles."])


MORE_STRUCTURE_TEXTS: dict[str, Callable[[random.Random], str]] = {
    "no post: a body's page": _body_page, "no post: news of several appointees": _several_news,
    "no post: news of board appointments": _board_news,
    "no post: a board's composition": _board_composition, "no post: minutes": _minutes,
    "no post: a roster under its heading": _roster, "no post: an agenda": _agenda,
    "no post: a message about leadership changes": _leadership_message,
}


def _postless(texts: dict[str, Callable[[random.Random], str]], seed: int,
              each: int) -> list[Case]:
    """``each`` texts of every kind in ``texts``, about no single post (title "")."""
    rng = random.Random(seed)
    return [Case("", name, make(rng), "") for name, make in texts.items() for _ in range(each)]


def more_structure_cases(seed: int = 20, each: int = 60) -> list[Case]:
    """``each`` texts of every further kind about no single post (title "")."""
    return _postless(MORE_STRUCTURE_TEXTS, seed, each)


def family_rates(seed: int = 20) -> dict[str, tuple[int, float, float]]:
    """Per family: (cases, exact share, invented share), the texts about no post included."""
    return rates([*family_cases(seed), *more_structure_cases(seed)])



# --- how job descriptions and adverts are published: more shapes around one title -------------
# Written from the guide's "The post title" section and the shapes of published pages: a web
# page's navigation above the title, a document word before or after it on its own line, every
# title label with its value on the same line, the next line or after several labels, a title
# with its details on both sides, a title wrapped over two lines, in capitals, an advert's
# sentence, a label without a colon, and a description naming its manager's post first.

#: A web page's furniture above a job's page: navigation, breadcrumbs, dates, share buttons.
NAVIGATION = ("Skip to main content", "Home > Careers > Current vacancies", "Menu", "Search",
              "Home | About us | Jobs | Contact", "Jobs > Nursing > Widget services",
              "Back to search results", "Posted 3 May", "Share: Email Facebook LinkedIn",
              "Accessibility", "Cookie settings", "You are here: Home / Jobs",
              "Vacancy details", "Apply online", "Log in | Register")
#: Every title label of the guide and its common spellings, as written on a page.
TITLE_LABELS = ("Job title", "Job Title", "JOB TITLE", "Post", "POST", "Post title",
                "Title of post", "Title of Post", "TITLE OF POST", "Position", "POSITION",
                "Role", "Role title", "Job role", "Name of post", "Post Title")
#: The other labels of a job's details (a flattened table's other cells).
OTHER_LABELS = (("Band", None), ("Grade", None), ("Reports to", "boss"), ("Responsible to", "boss"),
                ("Accountable to", "boss"), ("Location", "place"), ("Base", "place"),
                ("Hours", "hours"), ("Directorate", "dept"), ("Department", "dept"),
                ("Reference", "ref"), ("Salary", "pay"), ("Contract", "contract"))
DOC_WORDS = ("Job Description", "JOB DESCRIPTION", "Job Profile", "JOB PROFILE", "Role Profile",
             "ROLE PROFILE", "Person Specification", "PERSON SPECIFICATION",
             "Job Description and Person Specification")
BOSSES = ("Head of Widget Services", "Director of Gadgets", "Chief Sprocket Officer",
          "Widget Services Manager", "Associate Director of Widgets", "Lead Gadget Nurse")


def _value(rng: random.Random, kind: str | None, g: str) -> str:
    """A made-up value for one of a job's details."""
    made = {"boss": rng.choice(BOSSES), "place": rng.choice(LOCATIONS),
            "hours": rng.choice(("37.5 hours per week", "22.5 hours per week", "Full time",
                                 "30 hours")),
            "dept": rng.choice(DEPARTMENTS), "ref": f"Ref {rng.randint(100, 999)}-AB-"
                                                   f"{rng.randint(100, 999)}",
            "pay": f"£{rng.randint(24, 60)},{rng.randint(100, 999)} per annum",
            "contract": rng.choice(("Permanent", "Fixed term", "Secondment"))}
    return made.get(kind or "", f"Band {g}" if g[0].isdigit() else g)  # (a cell, no colon)


def _navigation(rng: random.Random, t: str, g: str) -> list[str]:
    """Navigation lines above the title, the title as a heading or a field below them."""
    nav = rng.sample(NAVIGATION, rng.randint(2, 4))
    shown = rng.choice((t, f"{rng.choice(TITLE_LABELS)}: {t}"))
    return [*nav, "", shown, _grade_line(rng, g), rng.choice(("Apply now", "Closing date: 30 June"))]


def _doc_word_lines(rng: random.Random, t: str, g: str) -> list[str]:
    """A document word on its own line before the title, after it, or both."""
    a, b = rng.sample(DOC_WORDS, 2)
    gap = [""] if rng.random() < 0.5 else []
    shapes = ([a, *gap, t], [t, *gap, a], [a, *gap, t, *gap, b], [a, b, *gap, t])
    return [*rng.choice(shapes), _grade_line(rng, g)]


def _field_variants(rng: random.Random, t: str, g: str) -> list[str]:
    """A title label with its value on the same line, after padding, or on the next line."""
    label = rng.choice(TITLE_LABELS)
    other, kind = rng.choice(OTHER_LABELS)
    return rng.choice((
        [f"{label}: {t}", f"{other}: {_value(rng, kind, g)}"],
        [f"{label}:{rng.choice(PADDING)}{t}", f"{other}:{rng.choice(PADDING)}{_value(rng, kind, g)}"],
        [f"{label}:", t, f"{other}:", _value(rng, kind, g)],
        [f"{label}", "", t, "", f"{other}", "", _value(rng, kind, g)],
    ))


def _after_labels(rng: random.Random, t: str, g: str) -> list[str]:
    """A flattened table: two to four labels (the title's first or not), then their values."""
    rows = [(lab, _value(rng, kind, g)) for lab, kind in rng.sample(OTHER_LABELS, rng.randint(1, 3))]
    rows.insert(rng.randint(0, len(rows)), (rng.choice(TITLE_LABELS), t))
    colon = rng.choice((":", ""))
    gap = [""] if rng.random() < 0.4 else []
    return [*(f"{k}{colon}" for k, _ in rows), *gap, *(v for _, v in rows)]


def _details_around(rng: random.Random, t: str, g: str) -> list[str]:
    """The title with its employer, band, reference, hours, place or department before or
    after it on its line, or on the lines around it."""
    org, grade = rng.choice(ORGANISATIONS), _grade_line(rng, g)
    ref = f"Ref {rng.randint(100, 999)}-{rng.choice(('AB', 'WX'))}-{rng.randint(100, 999)}"
    hours = rng.choice(("22.5 hours per week", "37.5 hours per week", "Full time"))
    return rng.choice((
        [f"{org} – {t}", grade],
        [f"{org} {rng.choice(('–', '-', '|'))} {t} {rng.choice(('–', '-', '|'))} {grade}"],
        [f"{t} – {grade} – {ref}"],
        [f"{t}, {grade}, {hours}"],
        [f"{ref}", t, grade, hours],
        [f"{t} ({grade})", f"{rng.choice(LOCATIONS)} – {hours}"],
        [f"{rng.choice(DEPARTMENTS)} Directorate", t, f"{grade}, {hours}"],
        [f"{t} – {rng.choice(DEPARTMENTS)} Directorate", grade],
        [f"{g if g[0].isalpha() else 'Band ' + g} {t}", ref],
    ))


def _two_line_title(rng: random.Random, t: str, g: str) -> list[str]:
    """A title wrapped over two lines, under a label or a document word."""
    words = t.split()
    cut = rng.randint(1, len(words) - 1) if len(words) > 1 else 1
    first, rest = " ".join(words[:cut]), " ".join(words[cut:])
    lines = [first, rest] if rest else [first]
    return rng.choice((
        [f"{rng.choice(TITLE_LABELS)}: {lines[0]}", *lines[1:], f"Band: {g}"],
        [rng.choice(DOC_WORDS), "", *lines, _grade_line(rng, g)],
        [f"{rng.choice(TITLE_LABELS)}:", *lines, "", f"Reports to: {rng.choice(BOSSES)}"],
    ))


def _capitals(rng: random.Random, t: str, g: str) -> list[str]:
    """The title and its labels in capitals."""
    return rng.choice((
        [rng.choice(DOC_WORDS).upper(), "", t.upper(), _grade_line(rng, g).upper()],
        [f"{rng.choice(TITLE_LABELS).upper()}: {t.upper()}", f"BAND: {g.upper()}"],
        [f"{t.upper()} – {_grade_line(rng, g).upper()}"],
    ))


def _advert_sentence(rng: random.Random, t: str, g: str) -> list[str]:
    """An advert naming its post in a sentence, or a label without a colon."""
    a = f"{_article(t)} {t}"
    d = rng.choice(DEPARTMENTS)
    return [rng.choice((
        f"We are looking for {a} to join our {d} team.",
        f"We are looking for {a} to join us on a permanent basis",
        f"We are seeking {a} to join the {d} team at {rng.choice(PLACES)}.",
        f"Job title {t}",
        f"Job Title {t}",
        f"Are you an experienced {t} looking for a new challenge?",
        f"An exciting opportunity has arisen for {a} to join our team.",
        f"We have an exciting opportunity for {a} to join {rng.choice(ORGANISATIONS)}.",
    )), "", f"Reporting to the {rng.choice(BOSSES)}, you will lead the widget service."]


def _manager_first(rng: random.Random, t: str, g: str) -> list[str]:
    """A description naming its manager's post before its own title (no title)."""
    boss = rng.choice(BOSSES)
    return rng.choice((
        [f"Reports to: {boss}", f"Job title: {t}", f"Band: {g}"],
        [f"Accountable to: {boss}", "", f"Post: {t}"],
        ["Line manager:", boss, "", "Job title:", t],
        [rng.choice((f"Directorate of the {boss}", f"Office of the {boss}",
                     f"The {boss}'s Directorate")), "", rng.choice(DOC_WORDS), t,
         _grade_line(rng, g)],
        [f"Working for the {boss}, the {t} will lead the widget service."],
        [f"Reporting to:\t{boss}", f"Job title:\t{t}"],
    ))


def _run_past(rng: random.Random, t: str, g: str) -> list[str]:
    """The title with the employer, a place or a department after it and no separator but a
    word ("at", "in", "within"), as an advert's heading runs them on."""
    org, place = rng.choice(ORGANISATIONS), rng.choice(PLACES)  # (a building: a bare place
    return [rng.choice((f"{t} at {org}", f"{t} at {org} – {_grade_line(rng, g)}",  # after "in"
                        f"{t} in {place}", f"{t} – {place} – {_grade_line(rng, g)}",  # may be a
                        f"{t} at {rng.choice(LOCATIONS)}",  # specialty: "in Tissue Viability")
                        f"{t} based at {rng.choice(PLACES)}",
                        f"{t} within {rng.choice(DEPARTMENTS)} Directorate")),
            "", "Closing date: 30 June"]


def _manager_in_prose(rng: random.Random, t: str, g: str) -> list[str]:
    """An advert or a description that names the manager's post in the sentence before or
    around its own post."""
    boss, a = rng.choice(BOSSES), f"{_article(t)} {t}"
    return [rng.choice((
        f"The {boss} is seeking {a} to join the widget team.",
        f"Reporting to the {boss}, the {t} will lead the widget service.",
        f"We are looking for {a} to support the {boss} in running the service.",
        f"The {t} will report to the {boss} and work with the widget team.",
    ))]


#: Section headings of two capitalised words, in the shape of a person's name.
SECTIONS = ("Job Purpose", "Main Duties", "Key Responsibilities", "Job Summary", "About Us",
            "Main Purpose", "Key Tasks", "Our Values", "Working Hours", "Essential Criteria")


def _sections_around(rng: random.Random, t: str, g: str) -> list[str]:
    """The title as a heading between furniture in title case ("Apply Now") and a section
    heading of two capitalised words ("Job Purpose"), which read like a person's name."""
    above = [rng.choice(("Apply Now", "Save Job", "Print Page"))] if rng.random() < 0.5 else []
    gap = [""] if rng.random() < 0.5 else []
    return [*above, t, *gap, rng.choice(SECTIONS), "",
            "The post holder will lead the widget service."]


#: family -> layout of one title in the shapes of published job descriptions and adverts.
PUBLISHED: dict[str, Layout] = {
    "navigation above the title": _navigation, "document word lines around": _doc_word_lines,
    "title label, value same or next line": _field_variants,
    "flattened: labels, then values": _after_labels, "details around the title": _details_around,
    "title over two lines": _two_line_title, "capitals": _capitals,
    "advert sentence or label without colon": _advert_sentence,
    "manager's post named first": _manager_first,
    "employer or place run on after the title": _run_past,
    "manager's post in the same sentence": _manager_in_prose,
    "section headings like names around the title": _sections_around,
}


def published_cases(seed: int = 20, each: int = 2) -> list[Case]:
    """Every family title in every published shape ``each`` times, a paragraph below."""
    rng = random.Random(seed)
    out = []
    for title in family_titles() * each:
        for name, layout in PUBLISHED.items():
            lines = [*layout(rng, title, rng.choice(GRADES)), *_body(rng, title)]
            out.append(Case(title, name, "\n".join(lines), rng.choice(ORGANISATIONS)))
    return out


# --- more texts about no single post (the guide's `post: null`) --------------------------------

def _tor_fields(rng: random.Random) -> str:
    """Terms of reference whose fields name posts: its chair, its secretary, who it reports to."""
    b, (p, q, r) = rng.choice(BODIES), rng.sample(BOARD_POSTS, 3)
    return "\n".join([rng.choice((f"{b} – Terms of Reference", "TERMS OF REFERENCE", b)),
                      rng.choice(("", "Terms of Reference", "Version 2.1")), "",
                      f"Chair: {p}", f"Vice Chair: {q}", f"Secretary: {r}",
                      f"Reports to: {rng.choice(BODIES)}", "", "1. Purpose", "",
                      f"The {b} will oversee the widget strategy.", "", "2. Membership", "",
                      *(f"• {x}" for x in rng.sample(BOARD_POSTS, 3))])


def _board_page(rng: random.Random) -> str:
    """A board's page: site furniture, then each member's name over their post."""
    people = rng.sample(PEOPLE, 4)
    posts = rng.sample(BOARD_POSTS, 4)
    head = rng.choice(("Our Board", "Meet the Board", "Board of Directors", "Our leadership team",
                       "Executive team", "Governing Body"))
    nav = rng.sample(NAVIGATION, 2) if rng.random() < 0.5 else []
    body = [x for pp, po in zip(people, posts, strict=True)
            for x in rng.choice(([pp, po, ""], [f"{pp} – {po}", ""], [po, pp, ""]))]
    return "\n".join([*nav, head, "", *body])


def _roster_first(rng: random.Random) -> str:
    """A roster whose first line is a person and their post, with no heading."""
    return "\n".join(rng.choice((f"{pp}, {po}", f"{po}: {pp}", f"{pp} ({po})"))
                     for pp, po in zip(rng.sample(PEOPLE, 4), rng.sample(BOARD_POSTS, 4),
                                       strict=True))


def _structure_news(rng: random.Random) -> str:
    """News about a new structure or several appointments."""
    o = rng.choice(ORGANISATIONS)
    p, q = rng.sample(PEOPLE, 2)
    a, b = rng.sample(BOARD_POSTS[1:], 2)
    return "\n".join([rng.choice((f"{o} announces new leadership structure",
                                  "New executive team confirmed", f"Changes to the {o} board",
                                  "Senior appointments")), "",
                      rng.choice((f"{p} will become {a} and {q} will become {b}.",
                                  f"{p} has been appointed {a} and {q} has been appointed {b}.",
                                  f"The new structure creates the posts of {a} and {b}.",
                                  f"Under the new structure, the {a} and the {b} will report to "
                                  "the Chief Executive.")),
                      "", "The changes take effect from 1 April."])


def _letter_heading(rng: random.Random) -> str:
    """A letter: its heading names the writer's post and the readers, its body no post."""
    w = rng.choice(BOARD_POSTS)
    return "\n".join([rng.choice((f"From: {w}", f"Letter from the {w}", f"A message from our {w}",
                                  rng.choice(ORGANISATIONS))),
                      rng.choice(("To: All staff", "To all colleagues", "Date: 3 May")), "",
                      rng.choice(("Dear colleague,", "Dear all,")), "",
                      "I am writing to thank you for your work over the winter. The widget "
                      "service has had its busiest months and you have kept it running.", "",
                      "Yours sincerely,", rng.choice(PEOPLE), w])


def _minutes_fields(rng: random.Random) -> str:
    """Minutes with a fields block naming the chair and those present."""
    b = rng.choice(BODIES)
    p, q = rng.sample(PEOPLE, 2)
    return "\n".join([b, "Minutes of the meeting held on 3 May", "",
                      f"Chair:\t{p}, {rng.choice(BOARD_POSTS)}",
                      f"Present:\t{q}, {rng.choice(BOARD_POSTS)}",
                      f"In attendance:\t{rng.choice(BOSSES)}", "",
                      "1. Apologies", "", "None were received."])


def _agenda_fields(rng: random.Random) -> str:
    """An agenda whose items are papers presented by posts."""
    b = rng.choice(BODIES)
    rows = [f"{n}. {item}\t{rng.choice(BOARD_POSTS)}" for n, item in enumerate(
        ("Widget performance report", "Finance report", "Risk register", "Any other business"), 1)]
    return "\n".join([rng.choice(("AGENDA", "Agenda", f"{b} – Agenda")), f"{b}",
                      "Date: 3 May  Time: 10am  Venue: Westshire House", "",
                      "Item\tPresenter", *rows])


def _contents(rng: random.Random) -> str:
    """A governance paper's contents page: its entries end with page numbers."""
    b = rng.choice(BODIES)
    return "\n".join([f"{rng.choice(ORGANISATIONS)} Governance Framework", "", "Contents:", "",
                       f"Governance framework {rng.randint(2, 4)}", "",
                       f"Groups reporting to the {b} {rng.randint(5, 9)}", "",
                       f"Posts accountable to the {rng.choice(BOARD_POSTS)} {rng.randint(10, 19)}",
                       "", f"{b} terms of reference {rng.randint(20, 29)}"])


def _slides(rng: random.Random) -> str:
    """A presentation's first slide: its subject, then its author and the author's post."""
    return "\n".join([rng.choice(("Proposal for a new widget structure", "Widget services review",
                                   "Our plans for next year")),
                       f"- {rng.choice(PEOPLE)}", f"- {rng.choice(BOARD_POSTS)}", "- May",
                       "Purpose", "- To update colleagues on the widget review"])


def _foreword(rng: random.Random) -> str:
    """A structure paper opening with its foreword by a post."""
    return "\n".join([f"{rng.choice(ORGANISATIONS)} – Our new structure", "",
                       rng.choice(("Foreword by the Chief Executive", "Preface by the Chair",
                                   "Introduction by the Director of Widgets")), "",
                       "This document sets out how our widget services are organised.",
                       rng.choice(PEOPLE)])


def _eligibility(rng: random.Random) -> str:
    """Regulations saying who may be appointed to a body's seats (no one is)."""
    b = rng.choice(BODIES)
    return "\n".join(["Eligibility requirements for members", "",
                       f"A person must meet the requirements in Schedule 2 before that person may "
                       f"be appointed as {rng.choice(('a chair', 'the chair', 'a member'))} of the "
                       f"{b}.", "", f"A member of the {b} {rng.choice(('can', 'may', 'shall'))} be "
                                    f"appointed as vice-chair."])


def _ended(rng: random.Random) -> str:
    """A letter signed by the one who held a post before, staying on in an ended post."""
    p, q = rng.sample(PEOPLE, 2)
    b = rng.choice(BODIES)
    return "\n".join(["Dear colleagues,", "",
                       f"I write to thank {p} and the members of the {b} for their work. I will "
                       "serve in the position of "
                       f"{rng.choice(('Immediate Past Chair', 'Former Chair', 'outgoing chair'))} "
                       "for a year.", "", "Yours sincerely,", "", q,
                       rng.choice(("Immediate past Chair", "Former Chair"))])


def _minutes_appointment(rng: random.Random) -> str:
    """Minutes recording an appointment among their business."""
    b = rng.choice(BODIES)
    return "\n".join([rng.choice(("Agenda, decisions and minutes", "Agenda",
                                   "Minutes of the Widget Board")), "",
                       f"{b} – 3 May", "", "Declarations of interest", "",
                       "There were no declarations of interest.", "",
                       f"Appointment of {rng.choice(('Widget Committee Chairperson', 'Vice Chair'))}",
                       "", f"The {b} resolved to appoint {rng.choice(PEOPLE)} as "
                           f"{rng.choice(BOARD_POSTS)}.", "",
                       f"It was recommended that the post of {rng.choice(BOARD_POSTS)} be "
                       "established."])


def _appointed_members(rng: random.Random) -> str:
    """A body's members, among them "an appointed" post (an adjective, no appointment)."""
    b = rng.choice(BODIES)
    return "\n".join([f"About the {b}", "",
                       f"The {b} has ten members. Other members include an elected Widget "
                       f"Manager, two lay members, and an appointed {rng.choice(BOARD_POSTS)} "
                       f"and a {rng.choice(BOARD_POSTS)}."])


def _two_join(rng: random.Random) -> str:
    """News of two new posts joining a board, each with its indefinite article."""
    a, b = rng.sample(("director of widgets", "director of gadget care", "chief sprocket officer",
                       "medical director", "director of strategy and widgets"), 2)
    o = rng.choice(ORGANISATIONS)
    return "\n".join([f"A {a} and a {b} will join the board at {o}.", "",
                       f"{rng.choice(PEOPLE)} will move from their current role to take up the post "
                       f"of {a}."])


NO_POST_TEXTS: dict[str, Callable[[random.Random], str]] = {
    "no post: a contents page": _contents, "no post: a presentation's author": _slides,
    "no post: a foreword by a post": _foreword, "no post: who may be appointed": _eligibility,
    "no post: a letter about an ended post": _ended,
    "no post: minutes recording an appointment": _minutes_appointment,
    "no post: an appointed member": _appointed_members, "no post: two posts join": _two_join,
    "no post: terms of reference with fields": _tor_fields, "no post: a board's page": _board_page,
    "no post: a roster's first line": _roster_first, "no post: news of a structure": _structure_news,
    "no post: a letter's heading": _letter_heading, "no post: minutes with fields": _minutes_fields,
    "no post: an agenda of papers": _agenda_fields,
}


def no_post_cases(seed: int = 20, each: int = 40) -> list[Case]:
    """``each`` texts of every kind above about no single post (title "")."""
    return _postless(NO_POST_TEXTS, seed, each)


if __name__ == "__main__":  # python tests/title_layouts.py: the rates of every generated set
    for name, made in (("openings", cases), ("prose", prose_cases), ("compound", compound_cases),
                       ("no single post", structure_cases),
                       ("families", family_cases), ("no single post, more", more_structure_cases),
                       ("published shapes", published_cases), ("no post, published", no_post_cases)):
        got = rates(made())
        total = sum(n for n, _, _ in got.values())
        exact = sum(n * e for n, e, _ in got.values()) / total
        invented = sum(n * i for n, _, i in got.values()) / total
        print(f"{name}: {total} cases, exact {exact:.3f}, invented {invented:.3f}")
        for layout, (n, e, i) in got.items():
            print(f"  {layout:45s} {n:5d}  exact {e:.3f}  invented {i:.3f}")
