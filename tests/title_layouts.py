"""A seeded generator of job-description openings: real post titles in the layouts of the genre.

``tests/test_extract_titles.py`` drives it. Each case is the top of a job description
(an employer's line, site furniture, a reference, a salary, a directorate) around one
post title in one of the layouts job descriptions use (`LAYOUTS`: the labelling guide's
layout table and the common shapes of NHS, council and GP-practice documents), followed
by a few relationship fields and a paragraph. The titles are the development half's
labelled titles, the curated data's post titles and common titles of the sector
(`COMMON_TITLES`), so a rule that reads only the documents it was written on shows here.

>>> case = cases(seed=1, per_title=1)[0]
>>> case.title.lower() in case.text.lower()
True
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

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
    "label, title, label, grade": _row_pairs,
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


#: What must never be left in a title: a label, a grade, pay, a contract, a reference.
_NOISE = (r"\b(?:job\s+title|title\s+of\s+post|designation|job\s+description|role\s+profile|"
          r"band|grade|salary|afc|agenda\s+for\s+change|permanent|fixed\s+term|full\s+time|"
          r"reference|per\s+annum)\b|£|\b\d{3,}\b|\b\d[a-d]?\b")


def leftovers(case: Case, title: str) -> list[str]:
    """The noise in a read ``title`` that the case's own title does not hold: a label, a
    grade, pay, a contract, a reference number, the employer's name or site furniture."""
    import re

    found = [m.group() for m in re.finditer(_NOISE, title, re.IGNORECASE)
             if not re.search(_NOISE, case.title, re.IGNORECASE)]
    found += [x for x in (case.organisation, *FURNITURE, *DEPARTMENTS)
              if x.lower() in title.lower() and x.lower() not in case.title.lower()]
    return found
