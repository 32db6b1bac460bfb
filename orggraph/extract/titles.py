"""The post a document describes: found in its title field, first heading or prose, and cleaned.

A title is cleaned of what surrounds it in real documents: a label ("Job Title:"),
a band or grade ("Band 8a", "(AfC Band 7)", "Grade 5"), a document word ("Job
Description", "Role Profile"), a reference number. A news report or a letter has
no title field: the post is then the one it says is advertised or appointed.

>>> clean_title("JOB DESCRIPTION – Senior Staff Nurse (Band 6)")
'Senior Staff Nurse'
>>> clean_title("Role Profile: Head of Estates, Grade 8b")
'Head of Estates'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..model import ORGANISATION_KINDS
from .cues import (
    CHART_HEADING,
    CUE_HINT,
    HEADLINE_POST,
    LABELS,
    MONTHS,
    NUMBERS,
    POST_SOUGHT,
    POST_TAKEN,
    RUN_IN_TITLE_LABELS,
    TITLE_LEAD_INS,
    as_written,
    label_of,
)
from .layout import BULLET, SEATS_HEADING, Passage, is_duty_line
from .mentions import Mention, first_name, plain_name
from .names import POST_WORDS, classify, looks_like_post
from .rosters import HONORIFIC, PERSON_NAME, is_person, is_roster_heading

__all__ = ["clean_title", "find_title", "has_title_field", "is_organisation", "sections"]

_DOC_WORDS = (r"(?:job|role|post|person)\s+(?:description|profile|specification|outline|title)s?|"
              r"(?:outline\s+)?job\s+description(?:\s+and\s+person\s+specification)?|"
              r"(?:job\s+)?advert(?:isement)?|(?:candidate|applicant|recruitment)\s+"
              r"(?:information\s+)?pack|information\s+(?:pack|for\s+(?:applicants|candidates))|"
              r"(?:candidate|role|appointment)\s+brief|appointment\s+pack|"
              r"vacanc(?:y|ies)|title|post|role")
#: A document's own name on a heading ("Job Description", "Role Profile", "Job Description and
#: Person Specification"): what a heading line sets before it is the employer's name.
_DOC_NAME = (r"(?:job|role|post)\s+(?:description|profile|outline)(?:\s+(?:and|&)\s+person\s+"
             r"specification)?|person\s+specification")
_AFTER_DOC_NAME = re.compile(rf"^.+?\s*\b(?:{_DOC_NAME})\s*(?:[:|–—-]\s*)?(?=\S)(?!(?:for|of)\b)",
                             re.IGNORECASE)
#: A grade needs its value ("Band 6", "Level 3"), so "Higher Level" in a title stays.
#: The word and its value are apart or the value is a number ("Band 6", "Grade: 8a", "Band6"):
#: "South" is no "SO" grade. "Grade/Band: 6" names the grade twice.
_GRADE = (r"(?:(?:AfC|Agenda\s+for\s+Change|NHS|pay)\s+)?(?:(?:Band|Grade|Scale|Tier|Level|PO|SO)"
          r"(?:\s*/\s*(?:Band|Grade))?(?:\s*[:\-]\s*|\s+|(?=\d))[\w/.+-]{1,6}|"
          r"(?:Band|Grade)\s*/\s*(?:Band|Grade)|VSM|ESM)"
          r"(?:\s*[-–]\s*\d[\w/.+-]{0,4})?")
_LEAD = re.compile(rf"^\s*(?:(?:{_DOC_WORDS})\s*(?:[:\-–—|]|\s{{2,}}|\t)\s*)+", re.IGNORECASE)
#: A title label a page viewer ran into its value ("Job titleWidget Officer"): the value's
#: capital after the label's lower-case last letter shows where the label ends.
_RUN_INTO = re.compile(r"^\s*(?i:" + "|".join(re.escape(k).replace("\\ ", r"\s+")
                                              for k in RUN_IN_TITLE_LABELS)
                       + r")(?<=[a-z])(?=[A-Z])")
#: The working pattern after a title ("Widget Nurse Night Duty"): no part of it.
_SHIFTS = r"(?:day|night)\s+dut(?:y|ies)(?:\s*/\s*(?:day|night)\s+dut(?:y|ies))?"
#: A grade run into the front of a title ("Band 7 Team Leader", "AfC Band 5 – Staff Nurse").
#: Only "Band"/"Grade" with a number, as inside a title: a title's own "Level 2" stays.
_LEAD_GRADE = re.compile(r"^\s*(?:(?:AfC|Agenda\s+for\s+Change|NHS)\s+)?(?:Band|Grade)\s*[:\-]?\s*"
                         r"\d{1,2}[a-d]?(?:\s*[/-]\s*\d{1,2}[a-d]?)?\s*(?:[:\-–|,]\s*|\s+)"
                         r"(?=(?-i:[A-Z]))", re.IGNORECASE)
#: What follows a title on its line and is no part of it: a grade, pay, or the contract
#: ("Staff Nurse, Band 5, Permanent", "Porter – £24,000 – Full Time").
_CONTRACT = (r"(?:permanent|fixed[\s-]term|temporary|full[\s-]time|part[\s-]time|secondment|"
             r"substantive|\d+(?:\.\d+)?\s*(?:hours|hrs|PAs?|sessions?|WTE|FTE)"
             r"(?:\s+(?:per|a)\s+week)?|\d+\s+months?)")
_TRAIL = re.compile(rf"\s*(?:[,:\-–|(]\s*|\s)(?:{_GRADE}|{_DOC_WORDS}|\d[a-d]|{_SHIFTS}|"
                    r"(?:job\s+|vacancy\s+)?ref(?:erence)?\.?\s*"
                    r"(?:no\.?|number)?\s*[:.]?\s*[\w/-]+|"
                    r"(?<!ward\s)(?<!unit\s)(?<!room\s)\d{2,}[\w/-]*|"
                    r"(?-i:[A-Z]{1,5}\d{1,5}[A-Z]?))\)?\s*$", re.IGNORECASE)
# (a vacancy code in brackets, "(XR07)", is a reference too; a ward's number is no reference)
#: The contract or the vacancy's reference in brackets after a title ("(Fixed Term 12 months)",
#: "(Maternity Cover)", "(Job Ref B123)").
_COVER = r"maternity\s+(?:cover|leave)|job\s+share|(?:internal|external)(?:\s+\w+){0,2}\s+only"
_TERMS = rf"(?:{_CONTRACT}|{_COVER}|\d+\s*(?:months?|years?)|contract|basis|post)"
_BRACKETED = re.compile(rf"\s*\(\s*(?:(?:{_CONTRACT}|{_COVER})(?:[\s,/-]+{_TERMS})*|"
                        r"(?:(?:job|vacancy)\s+)?ref(?:erence)?\b[^()]*|closing\s+date[^()]*)\s*\)\s*$",
                        re.IGNORECASE)

#: A title label run into its value without a separator ("Job Title Community Matron").
_RUN_IN = re.compile(r"^\s*(?:" + "|".join(re.escape(k).replace("\\ ", r"\s+")
                                           for k in RUN_IN_TITLE_LABELS)
                     + r")\s+(?=(?-i:[A-Z]))", re.IGNORECASE)
#: "Level 3 - Job description for a Senior Nurse": the title follows the lead-in words.
_LEAD_IN = re.compile(r"^[^\n]{0,40}?\b(?:" + "|".join(w for w, _ in TITLE_LEAD_INS)
                      + r")\s+(?:the\s+(?:post|role|position)\s+of\s+)?(?:an?\s+|the\s+)?",
                      re.IGNORECASE)

#: A grade in brackets inside a title, with words after it ("Staff Nurse (Band 6) Ward 7").
_INNER = re.compile(rf"\s*\(\s*{_GRADE}\s*\)\s*(?=\S)", re.IGNORECASE)
#: A band or grade number run into a title before its service ("Care Assistant Band 3 Day
#: Unit"): only "Band"/"Grade" with a number, so a title's own "Level" or "Tier" stays.
_INNER_BARE = re.compile(r"(?<=\w)\s+(?:[–—-]\s+)?(?:Band|Grade)\s*\d{1,2}[a-d]?"
                         r"(?:\s*[/-]\s*\d{1,2}[a-d]?)?\s+(?=[A-Z(])")
#: Where a grade, pay or the contract set after a title with a comma, a dash or a bar starts
#: ("Staff Nurse, Band 5, Permanent"): the title ends there.
_DETAILS = re.compile(rf"(?:\s*,\s+|\s+[–—/-]\s+|\s*\|\s*)(?=(?:{_GRADE}|{_CONTRACT})\s*(?:$|[,|]|"
                      r"\s[–—-]\s)|£\s*\d|salary\b)", re.IGNORECASE)


#: One of a post's details after its title: a grade, pay ("£24,000 - £30,000 per annum"), hours
#: or the contract ("37.5 hours per week", "Fixed term 12 months"), a reference or a closing date.
_PAY = (r"(?:(?:up\s+to|from|circa|c\.)\s+)?£\s*\d[\d,.]*k?(?:\s*(?:-|–|to)\s*£?\s*\d[\d,.]*k?)?"
        r"(?:\s+(?:per\s+(?:annum|year|hour)|"
        r"p\.?a\.?|a\s+year|an\s+hour|pro\s+rata|plus\s+\w+|inclusive))*")
_DETAIL = (rf"(?:{_GRADE}|{_PAY}|AfC|Agenda\s+for\s+Change|pro\s+rata|bank|"
           rf"{_CONTRACT}(?:\s+{_TERMS})*|"
           r"salary\b[^|,–—]*|"
           r"(?:job\s+|vacancy\s+)?ref(?:erence)?\.?\s*(?:no\.?|number)?\s*[:.]?\s*[\w/-]*\d[\w/-]*|"
           r"closing\s+date\b.*)")
_DETAIL_RUN = re.compile(rf"(?:{_DETAIL})(?:\s*:?\s+(?:{_DETAIL}))*", re.IGNORECASE)
#: Where a run of details may start after a title: a bar, a comma, a dash or a slash between
#: spaces, a bracket, or a plain space before a band, a grade or pay ("Widget Lead Band 7").
_DETAIL_START = re.compile(r"\s*\|\s*|\s*,\s+|\s+[–—/-]\s+|\s+(?=\()|"
                           r"\s+(?=(?:(?:AfC|NHS)\s+)?(?:Band|Grade)\s*\d|£\s*\d|"
                           r"(?i:(?:band|grade)(?:\s*/\s*(?:band|grade))?\s*:))")
#: What parts the chunks of a run of details: a bar, a comma, a dash or a slash between spaces.
_DETAIL_SEP = re.compile(r"\s*\|\s*|,\s+|\s+[–—/-]\s+")
#: A unit's word: a part ending with one names where the post works ("Acute Ward"), no place.
_UNIT_WORDS = frozenset({"ward", "wards", "unit", "units", "team", "teams", "service",
                         "services", "department", "theatre", "theatres", "suite", "medicine",
                         "surgery", "care", "health", "therapy", "therapies", "nursing",
                         "psychiatry", "paediatrics", "anaesthesia", "anaesthetics", "radiology",
                         "oncology", "pharmacy", "practice", "obstetrics", "gynaecology",
                         "cardiology", "dermatology", "rehabilitation", "outpatients"})


def _details_from(title: str) -> int | None:
    """Where a run of details that goes on to the end of ``title`` starts, or None: each
    chunk of it a detail (a grade, pay, hours, the contract, a reference), a detail and the
    place after it ("Band 7 Westshire"), or, after a detail or in a row of cells between
    bars, a place or the employer alone ("Widget Lead – Band 7 – Westshire", "Widget Lead |
    Westshire | £40,000"): the guide strips a post's details from its title, and a place is
    a detail only beside them; a remit after a dash before the grade stays ("Specialty Doctor
    – Haematology – Band 5"), and so does one in brackets ("(Day Surgery)")."""
    for start in _DETAIL_START.finditer(title):
        chunks = [c for part in re.split(r"(\([^()]*\)?)", title[start.end():])
                  for c in ([part] if part.startswith("(") else _DETAIL_SEP.split(part))
                  if c.strip(" (")]
        kinds = [_detail_chunk(c) for c in chunks]
        if chunks and all(kinds) and "detail" in kinds and (
                kinds[0] == "detail" or "|" in start.group() or _site(chunks[0])):
            # (a remit after a dash stays; a building or the employer there is no remit)
            return start.start()
    return None


def _detail_chunk(chunk: str) -> str | None:
    """"detail" for details (a grade or pay with a place after it: "Band 7 Westshire"),
    "place" for a place or an organisation alone, None for anything else."""
    bracketed, chunk = chunk.startswith("("), chunk.strip(" ()")
    run = _DETAIL_RUN.fullmatch(chunk) or _DETAIL_RUN.match(chunk)
    rest = chunk[run.end():].strip() if run else chunk
    if not rest:
        return "detail" if run else None
    if bracketed or (run and not re.search(r"\d", run.group())):
        return None  # "(Day Surgery)", "Permanent Placements": the title's own words
    return ("detail" if run else "place") if _place(rest) else None


def _place(name: str) -> bool:
    """A place's or an employer's name: capitalised words naming no post, no unit, no
    specialty and no body other than an organisation ("Westshire", "Eastmoor House",
    "Westshire NHS Trust"; not "Acute Ward", "Widget Medicine")."""
    words = name.split()
    return all(w[:1].isupper() or w in ("and", "of", "&") for w in words) and \
        not looks_like_post(name) and words[-1].casefold() not in _UNIT_WORDS and \
        (classify(name)[0] != "Body" or is_organisation(name))


def clean_title(text: str) -> str:
    """A post's title without the label, grade and document words around it.

    >>> clean_title("Job Title:  Ward Sister")
    'Ward Sister'
    """
    title = " ".join(text.split())
    for _ in range(4):
        before = title
        title = _RUN_INTO.sub("", _LEAD.sub("", _after_doc_name(title)))
        title = _LEAD_IN.sub("", title)
        title = _RUN_IN.sub("", title)
        title = _LEAD_GRADE.sub("", title)
        cut = _details_from(title)  # "Widget Lead – Band 7 – Westshire", "… Band 6 Part Time"
        title = title[:cut] if cut else title
        title = title[:m.start()] if (m := _DETAILS.search(title)) else title
        title = _TRAIL.sub("", _BRACKETED.sub("", title))
        title = _INNER.sub(" ", title)  # "Staff Nurse (Band 6) Urgent Care": the grade only
        title = _INNER_BARE.sub(" ", title)  # "… Assistant Band 3 Day Unit": the grade only
        title = _without_employer(title.strip(" ,.;:|–-*†"))  # (and a footnote's mark)
        title = _without_site(title)  # "Widget Lead at Westshire NHS Trust"
        if title == before:
            break
    return title


def _after_doc_name(title: str) -> str:
    """The title after a document's name that the employer's name opens ("Westshire NHS Trust
    Job Description: Widget Lead", "NHS Westshire – Job Description – Widget Lead"): a heading
    names the employer, then the document, then its post."""
    m = _AFTER_DOC_NAME.match(title)
    rest = title[m.end():] if m else ""
    return rest if rest and _is_title(clean_title(rest)) else title


def _without_employer(title: str) -> str:
    """A title without the employer's name set before or after it with a dash or a bar
    ("Westshire NHS Trust – Staff Nurse", "Widget Lead | Westshire NHS Trust"); a service
    there stays ("Ward Manager – Acute Ward")."""
    parts = re.split(r"(\s+[–—-]\s+|\s*\|\s*)", title)  # the names, with the dashes or bars
    if len(parts) < 3:
        return title
    if _employer_name(parts[0]) and looks_like_post(rest := "".join(parts[2:])):
        return rest
    if (_employer_name(parts[-1]) or _DEPARTMENT.search(parts[-1])) and \
            looks_like_post(rest := "".join(parts[:-2])):
        return rest  # (a document word left between goes on the next round)
    return title


#: Where a title says where the post is held with a word: "at", "based at / in", "within", "in".
_SITE_WORD = re.compile(r"\s+(?P<w>(?:based\s+)?at|based\s+in|within|in)\s+(?:the\s+)?(?=[A-Z])")
#: The last word of a building's or a site's name ("Eastmoor House", "Westshire Hospital").
_SITE_ENDS = frozenset({"house", "hospital", "centre", "center", "clinic", "site", "campus",
                        "building", "court", "lodge", "park", "infirmary", "hq", "offices"})


def _site(name: str) -> bool:
    """Whether ``name`` is the employer or a building ("Westshire NHS Trust", "Eastmoor House")."""
    name = name.strip(" ()")
    return _employer_name(name) or _building(name)


def _building(name: str) -> bool:
    """A building's or a site's name: capitalised words ending with a site's word ("Eastmoor
    House", "Northvale Health Centre")."""
    words = name.split()
    return bool(words) and words[-1].casefold() in _SITE_ENDS and not looks_like_post(name) and \
        all(w[:1].isupper() or w in ("and", "of", "&") for w in words)


def _without_site(title: str) -> str:
    """A title without the employer, the place or the department it is held at, named after
    "at", "based at", "within" or "in" ("Widget Lead at Westshire NHS Trust", "Widget Nurse in
    Eastmoor House", "Widget Officer within Widget Directorate"): the guide strips where a post
    is held; after "in" only a building is a place, so a specialty or a setting stays ("Nurse
    in Tissue Viability", "Assistant in General Practice")."""
    for m in _SITE_WORD.finditer(title):
        head, rest, word = title[:m.start()], title[m.end():], m["w"]
        where = _building(rest) if word == "in" \
            else _site(rest) or _DEPARTMENT.search(rest) is not None or _place(rest)
        if where and looks_like_post(head):
            return head
    return title


#: A department named as one after a title ("Widget Lead – Widget Directorate"): the guide
#: strips the department, as it does in its own field; a ward, a team or a service stays.
_DEPARTMENT = re.compile(r"\b(?:directorate|division|department|care\s+group)$", re.IGNORECASE)


def _employer_name(name: str) -> bool:
    """An employer's name: an organisation, an NHS body named by its place ("NHS Westshire") or
    a general practice named by its place ("Hillside Surgery")."""
    return is_organisation(name) or _NHS_BODY.fullmatch(name) is not None or \
        _PRACTICE.fullmatch(name) is not None


#: Where a title says where the post sits: after a dash or a comma, or "to / of the" a body.
_WHERE = re.compile(r"\s+[–—-]\s+|,\s+|\s+(?:to|of|for|on)\s+(?:the\s+)?(?=[A-Z])")


def _is_title(name: str) -> bool:
    """Whether a cleaned name is a post's title: it names a post, or its first part does and
    the rest names where the post sits ("Team Leader – Crisis Team", "Secretary to the
    Board"), though the name's last word makes it a body's."""
    if looks_like_post(name):
        return True
    head = _WHERE.split(name, maxsplit=1)[0]
    return head != name and looks_like_post(head)


def _title_mention(text: str, start: int, end: int) -> Mention | None:
    """The cleaned title inside ``text[start:end]`` as a mention (its offsets in the text)."""
    title = clean_title(text[start:end])
    if not title or len(title.split()) > 14:
        return None
    at = text.find(title, start, end)
    if at >= 0:
        return Mention(title, at, at + len(title))
    # the cleaning joined words across a line break or took a grade out of the middle: the
    # mention spans the slice from the title's first word to its last
    words = title.split()
    a = text.find(words[0], start, end)
    b = text.rfind(words[-1], max(a, start), end)
    return Mention(title, a, b + len(words[-1])) if 0 <= a <= b else None


#: "the appointment of A Person as X", "appointed Dr A Person as its new X": the post after
#: the holder's name (one to three capitalised words, a courtesy title before them).
_HOLDER_AS = (r"[Aa]ppoint(?:ed|ment|s)?\s+(?:of\s+)?"
              rf"(?:{HONORIFIC}\s+)?"
              r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+as\s+(?:the\s+|its\s+|our\s+|their\s+)?"
              r"(?:new\s+|permanent\s+|interim\s+)?")
#: A news report's other ways of naming the post a person takes: "will join Westshire NHS
#: Trust as its new X", "is to take over as X", "succeeds A Person as X", "becomes the new X".
_TAKES_UP = (r"(?<![\w-])I\s+(?:am|was|have\s+been)\s+(?:the|a|an)\s+(?:(?:new|first|founding|"
             r"inaugural|"
             r"current|interim|acting)\s+)?|join(?:s|ed|ing)?\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){0,6}as\s+|"
             r"take[sn]?\s+(?:over|up)\s+(?:as\s+|the\s+(?:role|post|position)\s+of\s+)|"
             r"succeed(?:s|ed|ing)?\s+(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][\w'’.-]*"
             r"(?:\s+[A-Z][\w'’.-]*){0,2}\s+as\s+|becom(?:e|es|ing)\s+(?:the\s+|its\s+)?(?=new\s)")
_ADVERTISED = re.compile(
    rf"\b(?:(?:{_TAKES_UP})(?:the\s+|its\s+|our\s+|their\s+)?(?:new\s+|next\s+|permanent\s+|"
    rf"interim\s+)?|{_HOLDER_AS}|"
    r"(?:(?<!\ban\s)(?<!\bthe\s)(?<!\ba\s)[Aa]ppointed|[Aa]ppoint(?:ment|s)?)"  # ("an appointed X":
    r"\s+(?:of\s+)?(?:a\s+|an\s+|the\s+|as\s+|to\s+the\s+(?:post|role)\s+of\s+)?"
    r"(?:new\s+|interim\s+|permanent\s+)?|"
    r"(?:post|role|position|vacancy)\s+of\s+(?:the\s+)?|recruit(?:ing)?\s+(?:a|an|the)\s+(?:new\s+)?|"
    r"(?:looking|seeking)\s+(?:for\s+)?(?:a|an)\s+(?:new\s+|experienced\s+)?|"
    r"(?:search|hunt)\s+(?:is\s+on\s+)?for\s+(?:(?:a|an|the|its)\s+)?(?:new\s+)?|"
    r"(?:vacancy|applications)\s+for\s+(?:a|an|the)\s+(?:new\s+)?|"
    r"(?:has\s+been|was|is)\s+(?:named|appointed)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?)"
    r"(?=[A-Z])")


def find_title(text: str, found: list[Passage]) -> Mention | None:
    """The described post: a title field, else an early heading naming a post, else prose."""
    for p in found:
        if p.kind == "field" and LABELS.get(p.label.lower().rstrip(" :"), None) is not None \
                and LABELS[p.label.lower().rstrip(" :")].gives == "title" and p.value:
            end = p.value_start + len(p.value)
            flat = p.start == p.value_start  # a cell of a flattened table: its label is afar
            m = _under_header(text, p) or _wrapped(text, p.value_start, end, table=flat) or \
                _title_mention(text, p.value_start, end) or \
                _run_on(text, p.value_start, end)  # "Job Title X Grade 5 Department Y …"
            weak = p.label.lower().startswith(("job description", "role profile", "job profile",
                                               "role", "post", "position", "title"))
            if m and (_is_title(m.name) or (classify(m.name)[0] != "Body" and not weak)):
                return m
    lead_in = _lead_in_title(text, found) or _run_in_title(text, found)
    if lead_in:
        return lead_in
    return _heading_title(text, found) or _in_prose(text, found)


#: A title cut before its end: the line stops at a joining word ("Specialist in").
_CUT_SHORT = re.compile(r"(?:\b(?:of|in|and|for|to|the|with)|[&,/(–-])\s*$", re.IGNORECASE)
#: The rest of a title on the next line: a joining word, a lower-case word or a bracket first.
_GOES_ON = re.compile(r"^(?:(?:of|in|and|for|to|the|with)\b|[a-z(&/–-])")
#: Words that open a title and never end one ("Deputy" / "Widget Manager").
_OPENERS = frozenset({"deputy", "chief", "senior", "associate", "principal", "head", "interim",
                      "acting"})
#: A known label with its separator at the start of a line ("Reports to – GP Partners").
_LABEL_FIRST = re.compile(r"^(?:" + "|".join(re.escape(k) for k in sorted(LABELS, key=len,
                                                                           reverse=True))
                          + r")\s*(?:[:|–—-]|\t)", re.IGNORECASE)


def _wrapped(text: str, start: int, end: int, alone: bool = True,
             table: bool = False) -> Mention | None:
    """A title a page wrapped onto the next line ("Chief Operating" / "Officer", "Deputy" /
    "Widget Manager"): the next line goes on with it when the first stops at a joining
    word or an opening word ("Deputy", "Senior"), or names no post alone, when the next
    starts with a joining word, in lower case or with a bracket, or, the first ending with
    no post's word, is that word alone ("Deputy Ward" / "Manager"). A label or a grade on
    the next line ends the title, and so does a post's name after a whole title: in a
    flattened table the next line is the next cell ("Head of Finance" / "Finance Director").
    Without ``alone``, a first line naming no post is not enough (a heading's employer); in
    a flattened ``table`` each line is a cell, so only the first line's own cues join."""
    nl = text.find("\n", end)
    if nl < 0 or text[end:nl].strip():
        return None
    stop = text.find("\n", nl + 1)
    stop = len(text) if stop < 0 else stop
    line = text[nl + 1:stop].strip()
    cut_short = _CUT_SHORT.search(text[start:end]) is not None  # "… Lead for Out of" / "Hours"
    if _no_title_line(line, cut_short) or not (
            cut_short or _GOES_ON.match(line) or
            _title_goes_on(text[start:end], line, alone and not table)
            or (not table and _rest_before_grade(text, stop, line, text[start:end]))):
        return None
    m = _title_mention(text, start, nl + 1 + len(text[nl + 1:stop].rstrip()))
    return m if m and looks_like_post(m.name) else None


def _rest_before_grade(text: str, stop: int, line: str, first: str) -> bool:
    """The next line is the rest of the title when the grade (or its field) follows it and it
    names no post itself ("Head of Widget" / "Services" / "Band 7"), or the first line ends
    with a post's word and the next goes on with another ("Senior Widget Staff" / "Nurse",
    "Widget Executive" / "Director"): the title's block ends at its grade; another field after
    it may follow a department's or employer's line, and a post's name there is the next cell
    of a flattened table."""
    after = text[stop + 1:].split("\n", 1)[0] if stop < len(text) else ""
    last = re.findall(r"[\w-]+", first.casefold())[-1:]
    head = re.findall(r"[\w-]+", line.casefold())[:1]
    compound = bool(last and head and last[0] in POST_WORDS and head[0] in POST_WORDS)
    return len(line.split()) <= 4 and (compound or not looks_like_post(line)) and \
        not is_organisation(line) and _TITLE_CASE_LINE.fullmatch(line) is not None and \
        bool(_GRADE_LINE.match(after) or _gives(after.split(":")[0].strip()) == "grade")


def _no_title_line(line: str, cut_short: bool) -> bool:
    """The next line is no part of a title: empty, a field, a sentence, a headline, a grade,
    pay, hours or the contract ("Full Time", "Secondment"), or a label (unless the title was
    cut short or the line names a post)."""
    return not line or ":" in line or len(line.split()) > 8 or bool(_LABEL_FIRST.match(line)) \
        or _DETAIL_RUN.fullmatch(line) is not None \
        or line.endswith((".", "!", "?", ";")) or bool(_HEADLINE.search(line)) or \
        bool(_GRADE_LINE.match(line)) or bool(label_of(line) and not cut_short and
                                              not looks_like_post(line))


def _title_goes_on(title: str, line: str, alone: bool = True) -> bool:
    """The first line stops at an opening word, or (``alone``: in a title field) names no
    post alone or ends with no post's word while the next is that word alone ("Deputy Ward" /
    "Manager"); over a heading those two are an employer's line ("Westshire Surgery" /
    "Porter")."""
    first = re.findall(r"[\w-]+", title.casefold())
    words = re.findall(r"[\w-]+", line.casefold())
    return bool(first and first[-1] in _OPENERS) or (alone and (
        not looks_like_post(clean_title(title)) or bool(
            first and len(words) == 1 and words[0] in POST_WORDS and (
                first[-1] not in POST_WORDS or len(first) >= 2)) or  # "Senior Staff" / "Nurse"
        (len(first) == 1 and len(words) <= 3 and looks_like_post(line) and
         label_of(re.split(r"\s*[/:|–—]\s*", line)[0]) is None) or  # "Lead" / "Widget Nurse"
        _remit_goes_on(title, line)))  # ("Porter" / "MANAGER / X": a label's line)


#: A title's remit after "of", "for" or "in" ("Director of Widget"): the next line may end it.
_REMIT_OPEN = re.compile(r"\s(?:of|for|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$")


def _remit_goes_on(title: str, line: str) -> bool:
    """Whether ``line`` ends a remit the title's line began ("Director of Widget" / "Care"): one
    or two capitalised words naming no post, no place and no employer."""
    return _REMIT_OPEN.search(title) is not None and 1 <= len(line.split()) <= 2 and \
        _TITLE_CASE_LINE.fullmatch(line) is not None and not looks_like_post(line) and \
        not _place(line) and not _employer_name(line)


_GRADE_LINE = re.compile(rf"\s*{_GRADE}\s*$", re.IGNORECASE)


_CELL_GAP = re.compile(r"\t+|[ \t]{2,}")


def _under_header(text: str, p: Passage) -> Mention | None:
    """The title under a header row of labels padded into columns ("Job Title      Band"
    over "Staff Nurse      Band 6"): the first cell of the next line, as the title label
    heads the first column. ``None`` when the field's value is no row of labels."""
    cells = [c for c in _CELL_GAP.split(p.value.strip()) if c]
    if not cells or not all(label_of(c) for c in cells):
        return None
    start = text.find("\n", p.value_start) + 1
    while 0 < start < len(text) and text[start] in " \t\r\n":
        start += 1
    end = text.find("\n", start)
    gap = _CELL_GAP.search(text, start, len(text) if end < 0 else end)
    if start <= 0 or gap is None:
        return None
    return _title_mention(text, start, gap.start())


#: A sentence this long is prose: the headings after it are no title.
_PROSE_WORDS = 15


def _heading_title(text: str, found: list[Passage]) -> Mention | None:
    """An early heading naming a post (or an office by its body), cleaned of its grade; a
    heading a page cut across two lines is joined ("Widget Group" / "Director")."""
    listed: set[str] = set()  # entries of a list of other posts, read as headings
    found = [p for p in found if not _navigation(text, p)]  # (a menu's links count for none)
    seats = sum(_holders_seat(text, q) for q in found[:16])  # (two or more: a board's page)
    for n, p in enumerate(found[:8]):
        if n + 1 < len(found) and _runs_on(text, p, found[n + 1]) and \
                found[n + 1].text[:1].islower() and \
                not _DETAIL_RUN.fullmatch(found[n + 1].text.strip()):  # ("pro rata")
            continue  # "As the Widget Lead you" / "will …": a sentence a line break cut
        end = p.end if p.kind in ("heading", "item") or _unknown_field(p) else \
            _title_line_end(text, p)
        if (end is None and p.kind == "sentence" and len(p.text.split()) >= _PROSE_WORDS) or \
                _SIGN_OFF.match(p.text.strip().split("\n")[0]):
            return None  # a title heads a text: a line after its prose or a sign-off signs it
        if end is None or _an_entry(text, found, n, listed):
            listed.add(p.text.strip().rstrip(" :"))  # (the entries after it come under it)
            continue
        m = None if _not_own_heading(text, p, seats) else _heading_post(text, p, end)
        if m is not None:
            return m
    return None


#: A letter's or a message's sign-off: the name and post after it are its writer's.
_SIGN_OFF = re.compile(r"(?:yours\s+(?:sincerely|faithfully|truly|ever)|"
                       r"(?:kind|best|warm|warmest)\s+(?:regards|wishes)|with\s+(?:thanks|best\s+wishes|kind\s+regards)|"
                       r"many\s+thanks|regards)\s*,?$", re.IGNORECASE)


#: Where a person's name and a post beside it on one line part: a comma, a dash, a colon, a
#: bar or a tab, or a bracket round either ("Jo Example, Chair", "Chair: Jo Example").
_HOLDER_SEP = re.compile(r"\s*[,:|\t]\s*|\s+[–—-]\s+|\s*\(|\)\s*$")


def _line_at(text: str, at: int) -> tuple[int, int]:
    """The start and end of the line holding offset ``at``."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _near_line(text: str, at: int, step: int) -> str:
    """The nearest line with words before (``step`` -1) or after (1) the line at ``at``."""
    start, end = _line_at(text, at)
    while True:
        at = start - 2 if step < 0 else end + 1
        if at < 0 or at >= len(text):
            return ""
        start, end = _line_at(text, at)
        if text[start:end].strip():
            return BULLET.sub("", text[start:end]).strip()  # ("- Jo Example": a slide's author)


def _not_own_heading(text: str, p: Passage, seats: int) -> bool:
    """Whether the heading ``p`` names another's post: a seat's holder ("Jo Example – Chair",
    "Chair" / "Jo Example"; a name alone trusted when ``seats`` pairs two or more) or a later
    cell of a numbered row."""
    return _holders_seat(text, p, _a_person if seats >= 2 else _titled_person) or \
        _row_cell(text, p)


def _holders_seat(text: str, p: Passage,
                  person: Callable[[str], bool] | None = None) -> bool:
    """Whether the heading ``p`` captions a seat's holder, not the document's own post: its
    line pairs a post with a person's name ("Jo Example, Chief Executive", "Chair: A. Person",
    "Jo Example (Chair)"), or a person's name alone stands on the line next to it, as a board's
    page sets each member's name over or under their post. A job description names its post,
    not who holds it. ``person`` tells a person's name (by default :func:`_a_person`): a
    heading such as "Job Purpose" reads as a name too, so the caller trusts a name alone only
    when the text pairs two or more posts with names, and otherwise asks for a courtesy
    title or an initial (:func:`_titled_person`)."""
    person = person or _a_person
    line = p.text.strip().split("\n")[0]
    if p.kind not in ("heading", "item", "field", "sentence") or len(line.split()) > 8:
        return False  # (a sentence too: "A. Person – X" has a full stop)
    if _name_beside_post(line):
        return True
    heading = p.kind in ("heading", "item") or (  # (a title-case line the layout read as a
        "\n" not in p.text.strip() and _TITLE_CASE_LINE.fullmatch(line) is not None)  # sentence)
    if p.kind == "field" or not heading or not looks_like_post(p.text):
        return False
    start, end = _line_at(text, p.start)
    if BULLET.match(text[start:end]):
        person = _a_person  # a bulleted post beside a bulleted name: a slide's byline
    return any(person(line) for line in (_near_line(text, p.start, -1),
                                         _near_line(text, p.start, 1)))


def _name_beside_post(line: str) -> bool:
    """Whether a line pairs a person's name with a post ("Jo Example, Chair", "Chair: A.
    Person"), not a field whose label gives a relationship or the title ("Accountable to: X")."""
    parts = [x for x in _HOLDER_SEP.split(line) if x.strip()]
    return len(parts) == 2 and any(_a_person(x) for x in parts) and any(
        looks_like_post(x) and (_gives(x) or "").lower() == (_gives(x) or "") != "title"
        for x in parts)


_PERSON_ALONE = re.compile(PERSON_NAME)
#: What marks words as a person's name beyond doubt: a courtesy title or an initial.
_NAME_MARK = re.compile(rf"^{HONORIFIC}\s|(?<![\w.])[A-Z]\.?\s")


def _titled_person(words: str) -> bool:
    """A person's name with a courtesy title or an initial ("Dr Jo Example", "A. Person")."""
    return _a_person(words) and _NAME_MARK.search(words.strip()) is not None


def _a_person(words: str) -> bool:
    """Whether ``words`` are a person's name alone ("Jo Example", "Dr A. Person"), no label,
    document word or heading of two capitalised words ("Job Details")."""
    words = words.strip()
    return "\t" not in words and _PERSON_ALONE.fullmatch(words) is not None and \
        is_person(words) and \
        label_of(words) is None and _DOC_LABEL.search(words) is None and \
        words.split()[-1].casefold() not in _UNIT_WORDS | _SITE_ENDS  # ("Hillside Surgery")


#: A numbered row of a table ("1. Widget report<tab>Chief Widget Officer"): its cells follow.
_NUMBERED_ROW = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[a-z][.)])\s+\S")


def _row_cell(text: str, p: Passage) -> bool:
    """Whether ``p`` is a later cell of a numbered row (an agenda's presenter, a list's post):
    a cell of a table's row, not a heading."""
    start, _ = _line_at(text, p.start)
    return bool(text[start:p.start].strip()) and _NUMBERED_ROW.match(text, start) is not None


#: A web page's menu or breadcrumb line: links parted by bars or arrows ("Home | Jobs",
#: "Home > Careers > Vacancies").
_MENU_SEP = re.compile(r"\s[|>»›/]\s")


def _navigation(text: str, p: Passage) -> bool:
    """Whether ``p`` is one link of a menu line the layout cut into items, none naming a post:
    site furniture."""
    start, end = _line_at(text, p.start)
    line = text[start:end].strip()
    return p.kind == "item" and p.text.strip() != line and _MENU_SEP.search(line) is not None \
        and not any(looks_like_post(x) for x in _MENU_SEP.split(line))  # (a title's own bar)


def _an_entry(text: str, found: list[Passage], n: int, listed: set[str]) -> bool:
    """Whether ``found[n]`` is an entry of a list of other posts: under a seats heading or a
    lead-in, or under an entry already found ("Its members are:" over "A Person, Widget Lead")."""
    p = found[n]
    lead = found[n - 1].text.rstrip() if n else ""
    return _lists_other_posts(text, p) or (
        p.kind in ("item", "sentence") and p.heading.rstrip(" :") in listed) or (
        lead.endswith(":") and CUE_HINT.search(lead) is not None)


def _heading_post(text: str, p: Passage, end: int) -> Mention | None:
    """The post the heading ``text[p.start:end]`` names, joined across lines, or its office."""
    if not _may_name_post(text[p.start:end]):
        return None
    m = _joined_heading(text, p, end) or _title_mention(text, p.start, end)
    if m and _is_title(m.name) and not m.name.lower().startswith(("the ", "our ")):
        return m
    return _office(m)


#: An advert's heading before the post it is for ("Vacancies for Widget Leads").
_VACANCIES_FOR = re.compile(r"^\s*(?:vacanc(?:y|ies)|opportunit(?:y|ies))\s+for\s+", re.IGNORECASE)
#: A heading naming a body's members ("Widget Board members", "Board membership").
_BODY_LIST = re.compile(r"\b(?:members|membership|composition)\s*:?\s*$", re.IGNORECASE)
#: A heading naming a paper or an agenda's item by its author ("Chief Executive's report",
#: "Chair's update"): the paper, not a post.
_PAPER_NAME = re.compile(r"\b(?:report|update|briefing|paper|statement|remarks?|welcome|"
                         r"introduction|message|letter|blog|column)s?\s*$", re.IGNORECASE)


#: A unit named by the post that leads it ("Office of the Chief Executive", "Directorate of the
#: Medical Director", "The Chief Executive's Office"): where the post sits, not the post.
_UNIT_OF_POST = re.compile(r"\s*(?:the\s+)?(?:(?:office|directorate|department|division|portfolio|"
                           r"secretariat)\s+of\b|.*['’]s\s+(?:office|directorate|department|"
                           r"division|portfolio|team)\s*$)", re.IGNORECASE)


#: A relationship's cue inside a heading ("Groups reporting to the Widget Board 4"): the heading
#: names a relationship or a contents entry, never a title.
_HEADING_CUE = re.compile(r"\b(?:reporting|reports?|accountable|responsible|answerable)\s+to\b",
                          re.IGNORECASE)


def _may_name_post(line: str) -> bool:
    """Whether a heading's line may be a title: not a sentence, a headline, a paper's author
    line, a question or a lead-in ending with a colon."""
    line = line[:_details_from(line) or len(line)]  # ("Widget Lead – £40,000 – 37.5 hours")
    if _BODY_LIST.search(line) or _PAPER_NAME.search(line) or _AUTHOR.match(line) or \
            _UNIT_OF_POST.match(line) or _HEADING_CUE.search(line) or \
            _plural_post(clean_title(_VACANCIES_FOR.sub("", line))):
        return False  # "Widget Board members", "Chief Executive's report", "Two new directors"
    return len(line.split()) <= 16 and not _HEADLINE.search(line) \
        and not line.rstrip().endswith(("?", ":")) and not HEADLINE_POST.search(line) \
        and not re.search(r"\b(?:you|we|us|our|your)\b", line)  # a sentence's, not a title


def _joined_heading(text: str, p: Passage, end: int) -> Mention | None:
    """A heading's title a page cut across lines, joined as a title field's is (not an
    employer's name over the title, a body's name over its seats, nor a list's lead-in:
    "Widget Board membership" / "chair", "Widget Leads for:-")."""
    line = text[p.start:end].strip()
    under_doc = _DOC_LINE.fullmatch(_near_line(text, p.start, -1)) is not None
    if p.kind not in ("heading", "sentence") or (classify(line)[0] == "Body" and not (
            under_doc and len(line.split()) == 1)) or _DOC_LINE.fullmatch(line) or \
            re.search(r":\s*[-–]?$|(?i:members|membership|composition)$", line):
        return None  # (under a document word, "Service" / "Manager" is one title cut)
    m = _wrapped(text, p.start, end, alone=under_doc)  # (no employer's line comes between)
    return m if m and _is_title(m.name) else None


#: A line holding only a document's name ("Job Description", "PERSON SPECIFICATION").
_DOC_LINE = re.compile(rf"\s*(?:{_DOC_NAME})\s*:?\s*", re.IGNORECASE)


#: A line set in title case or capitals: each word capitalised, a number, a bracket or a
#: joining word ("Chief Nurse and Director of Infection Prevention and Control (Band 8c)").
_TITLE_WORD = r"(?:[A-Z(“\"‘£\d]\S*|of|and|for|in|the|to|at|on|with|[–—/|&-]+)"
_TITLE_CASE_LINE = re.compile(rf"{_TITLE_WORD}(?:\s+{_TITLE_WORD})*")


def _title_line_end(text: str, p: Passage) -> int | None:
    """Where the first line of a sentence ends when the line reads as a heading in title case
    (the layout takes a long title line, with its grade or contract, for a sentence)."""
    if p.kind not in ("sentence", "paragraph") or (p.start and text[p.start - 1] != "\n"):
        return None
    end = text.find("\n", p.start, p.end)
    line = text[p.start:p.end if end < 0 else end].rstrip()
    head = line[:_details_from(line) or len(line)]  # (its details may be in lower case)
    if line.endswith((".", "!", "?", ";", ":")) or not _TITLE_CASE_LINE.fullmatch(head):
        return None
    return p.start + len(line)


_DOC_LABEL = re.compile(rf"(?:{_DOC_WORDS})", re.IGNORECASE)
_OPENS_DOC_NAME = re.compile(rf"\s*(?:{_DOC_NAME})\s*[:|–—-]", re.IGNORECASE)
_ENDS_DOC_NAME = re.compile(rf"\b(?:{_DOC_NAME})$", re.IGNORECASE)
_GRADE_WORD = re.compile(r"\s[–—-]?\s*(?:Band|Grade|Level|Scale)$", re.IGNORECASE)


def _unknown_field(p: Passage) -> bool:
    """A heading the layout read as a field at a colon, its label no known one: a document
    word ("Person Specification: Staff Nurse"), a cut bracket ("Porter (Band: 2)") or a
    grade ("Community Matron - Grade: 7"). Any other unknown label is a field of its own
    ("Chair: Lay Member" under a committee's name is a seat, not the title)."""
    if p.kind != "field" or "\n" in p.text.strip():
        return False
    label = p.label.strip(" :")
    return LABELS.get(label.lower()) is None and (
        "(" in label or _DOC_LABEL.fullmatch(label) is not None or
        _ENDS_DOC_NAME.search(label) is not None or  # "Westshire NHS Trust Job Description: X"
        _OPENS_DOC_NAME.match(p.value) is not None  # "Westshire Surgery: Job Description: X"
        or _GRADE_WORD.search(label) is not None)


def _lead_in_title(text: str, found: list[Passage]) -> Mention | None:
    """A first line naming its post after lead-in words ("Job description for a Nurse")."""
    for p in found[:5]:
        # the line alone: a grade or a reference on the next line may have joined it
        end = p.start + len(p.text.strip().split("\n")[0]) + len(p.text) - len(p.text.lstrip())
        if p.kind == "field" or not _LEAD_IN.search(text[p.start:end]):
            continue
        m = _title_mention(text, p.start, end)
        if m and _is_title(m.name) and not _plural_post(m.name):  # ("… for Directors")
            return m
    return None


#: A title label inside a page viewer's run-on paragraph, with or without a colon ("… Job
#: Title Social Worker Job Reference Department …"), and the next label, which ends its value.
_RUN_ON_TITLE = re.compile(r"(?<![\w-])(?:" + "|".join(as_written(k) for k in RUN_IN_TITLE_LABELS)
                           + r")(?:\s*:)?\s+(?=[A-Z])")
#: A label word after "of", "for" or "and", or before a slash, is the title's own ("Head of
#: Service", "Lead for Out of Hours", "Dental Service/General Manager").
_FIELD_LABELS = "|".join(as_written(k) for k in sorted(LABELS, key=len, reverse=True)
                         if LABELS[k].gives != "title")
_RUN_ON_NEXT = re.compile(r"(?<!\b(?i:of))(?<!\b(?i:for))(?<!\b(?i:and))(?<!\b(?i:the))"
                          rf"\s(?:{_FIELD_LABELS})\b(?![/-])|[.;:\n]")


def _run_on(text: str, start: int, end: int) -> Mention | None:
    """The title from ``start`` to the next known label before ``end`` (a run-on paragraph
    of fields: "Social Worker Job Reference Department …")."""
    stop = next((s.start() for s in _RUN_ON_NEXT.finditer(text, start, end)
                 if _ends_title(text, s) and _is_title(text[start:s.start()])), end)
    m = _title_mention(text, start, stop)
    return m if m and _is_title(m.name) else None


def _ends_title(text: str, stop: re.Match[str]) -> bool:
    """Whether a label word in a run-on paragraph starts the next field: a label of two words
    or more does; a one-word label does unless it is a post's word or a post's word follows
    ("Department Nursing" does, "Team Leader", "Manager" and "Service Manager" do not), or
    a label of two words follows it: a field has a value ("Crisis Team Job Reference 123"),
    though a grade's value may be written as a grade's label ("Grade AfC Band 4")."""
    words = stop.group().split()
    if len(words) != 1:
        return True
    after = re.match(r"\s*([\w-]+)", text[stop.end():stop.end() + 40])
    label_next = _RUN_ON_NEXT.match(text, stop.end())  # "Team Job Reference": no value
    return not (looks_like_post(words[0]) or (after and looks_like_post(after[1])) or
                (label_next is not None and len(label_next.group().split()) > 1 and
                 _gives(label_next.group()) != "grade"))


def _gives(label: str) -> str | None:
    """What a known label as written gives ("AfC Band" a grade), or None."""
    known = LABELS.get(" ".join(label.split()).lower())
    return known.gives if known else None


def _run_in_title(text: str, found: list[Passage]) -> Mention | None:
    """A title label run into a paragraph with the fields after it, as a page viewer prints
    a table: the value ends at the next known label ("Job Title Social Worker Grade 5")."""
    for p in found[:5]:
        if p.kind == "field":
            continue
        for label in _RUN_ON_TITLE.finditer(text, p.start, p.end):
            m = _run_on(text, label.end(), p.end)
            if m:
                return m
    return None


#: An office named by the body it serves: "The Leader of the Council", "Clerk to the Board".
_OFFICE = re.compile(r"(?:The\s+)?(?P<post>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+(?:of|to)\s+"
                     r"(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}")


def _office(m: Mention | None) -> Mention | None:
    """A heading naming an office by its body ("The Leader of the Council"), without "The":
    the words before "of" name a post, though the last word names a body."""
    found = _OFFICE.fullmatch(m.name) if m else None
    if m is None or found is None or not looks_like_post(found["post"]):
        return None
    lead = found.start("post")
    return Mention(m.name[lead:], m.start + lead, m.end)


#: A heading that reads as a sentence, a news headline ("Trust begins search for new chair",
#: "Chairman prepares to hand over"): it states something about a post, it does not name one.
_HEADLINE = re.compile(r"\b(?:is|are|was|were|will|has|have|had|been|begins?|began|prepares?|"
                       r"seeks?|sought|looks?|announces?|appointed|appoints|named|names|launche[sd]|"
                       r"welcomes?|says?|said|steps?\s+down|hands?\s+over|joins?|leaves?|"
                       r"creates?|created|recruits|advertises|unveils?|"
                       r"to\s+(?:lead|step|hand|join|leave|recruit|take|become|be))\b")


#: A paper's author line ("Report of the Chief Operating Officer", "Paper by the Director of
#: Finance", "Letter from the Chief Executive"): the post that writes, not the one described.
_AUTHOR = re.compile(r"\s*(?:\d+[.)]?\s+)?(?:[\w-]+\s+){0,2}?(?:report|paper|briefing|letter|"
                     r"memo(?:randum)?|note|presentation|update|statement|remarks|message|"
                     r"address|welcome|introduction|foreword|preface)s?\s+(?:of|by|from)\s",
                     re.IGNORECASE)


def _lists_other_posts(text: str, p: Passage) -> bool:
    """Whether ``p`` is an entry of a list of other posts, not the document's own title."""
    if p.kind == "heading" and SEATS_HEADING.match(p.text.strip()):
        return True  # "Non-executive directors" over a board's seats: a kind of seat
    if p.kind not in ("item", "heading", "sentence"):
        return False  # (an entry with a full stop in it, "Chair – A. Person", reads as a sentence)
    if p.heading and is_roster_heading(p.heading):
        return True  # "Membership" over "Dr Jo Example Widget Manager": a member, not the title
    after = text[p.heading_start + len(p.heading):].lstrip(" \t")[:1] if p.heading else ""
    if after in ("—", "–"):
        after = ":"  # "The members of the Board consist of—": a lead-in as a colon ends one
    if after == ":" and CUE_HINT.search(p.heading):
        return True  # "The following posts report to the Head:" lists posts, not the title
    if after == ":" and len(p.heading.split()) >= 4 and label_of(p.heading) is None:
        return True  # "The jobs advertised include:" lists posts; a title is no entry of it
    if p.kind != "item":
        return False
    if _employer(p.heading):
        return False  # "Westshire County Council" over "Head of Finance": the employer's name
    return SEATS_HEADING.search(p.heading) is not None  # a body's seats, one a line


def _employer(heading: str) -> bool:
    """Whether a heading is an organisation's name ("Westshire County Council", "NHS
    Eastshire Integrated Care Board"): a letterhead over the title, not a body's seat list,
    though its last word ("Council", "Board") names a standing body too."""
    return is_organisation(heading.strip(" \t:")) and not SEATS_HEADING.match(
        heading.strip()) and not re.search(r"(?i:members|membership|composition)\s*$", heading)


#: A health board is the organisation itself ("Westshire NHS Board", "Eastshire University
#: Health Board"), though its last word names a board.
_HEALTH_BOARD = re.compile(r"\b(?:NHS|Health)\s+Board$")


def is_organisation(name: str) -> bool:
    """Whether ``name`` is an organisation's (an employer's) name.

    >>> is_organisation("Westshire NHS Board"), is_organisation("Audit Committee")
    (True, False)
    """
    label, kind = classify(name)
    return label == "Body" and (kind in ORGANISATION_KINDS or bool(_HEALTH_BOARD.search(name)))


_ADVERTISED_LOWER = re.compile(_ADVERTISED.pattern.replace("(?=[A-Z])", "(?=[a-z])"))
#: "The Chair will …": the post a text without a title is about, as its first subject.
#: The title's words may join with "of", "and", "for", "in", "to", "the", "or" or a dash and
#: hold a bracket ("The Director of Widgets shall"); "post holder" may follow ("The X post
#: holder will").
_THE_POST_WILL = re.compile(r"\b[Tt]he\s+(?=[A-Z][\w/-]*(?:\s+(?:[A-Z(][\w&'’/()-]*|of|and|for|"
                            r"in|to|the|or|[–—&/-])){0,8}?\s+(?:\([A-Z]{2,8}\)\s+)?(?:post\s*holder\s+)?"
                            r"(?:will|shall|is|must|would|provides|leads|has|works|reports|"
                            r"manages|oversees)\b)")
#: The same in a news report's lower case: "The deputy widget director will chair …".
_THE_POST_WILL_LOWER = re.compile(r"\b[Tt]he\s+(?=(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*\s+"
                                  r"(?:will|shall|must|would|leads|reports|manages|oversees)\b)")


#: "the title of “Director of patient engagement”": a quoted title is the title as written,
#: lower-case words included (the quotes mark where it ends).
_QUOTED_TITLE = re.compile(r"\b(?:title|post|role|position|job)\s+of\s+(?:an?\s+|the\s+)?"
                           r"[“\"‘](?=[A-Z])")
_CLOSE_QUOTE = re.compile(r"[^“”\"‘’\n]{3,80}?(?=[”\"’])")


def _quoted(text: str, pos: int, end: int) -> Mention | None:
    """The quoted title starting at ``pos`` (up to its closing quote), or None."""
    m = _CLOSE_QUOTE.match(text, pos, end)
    if m is None or len(m.group().split()) > 10:
        return None
    name = m.group().rstrip(" .,")
    return Mention(name, pos, pos + len(name))


_PERSON_NAME = (rf"(?:{HONORIFIC}\s+)?[A-Z][\w'’.-]*"
                r"(?:\s+[A-Z][\w'’.-]*){0,2}")
#: What a person is made: "has been appointed", "was named", "will become", "becomes".
_NAMED = (r"(?:(?:has\s+been|have\s+been|was|were|will\s+be|is\s+to\s+be)\s+(?:appointed|named)|"
          r"(?:will\s+)?becomes?|is\s+to\s+become|became|takes\s+up)\b")
#: News of several people appointed at once ("has appointed A and B", "A and B have been
#: appointed", "two new non-executive directors", "New appointments"): no single post.
_SEVERAL_APPOINTED = re.compile(
    rf"\b(?:appoint(?:ed|s)?|welcome[sd]?)\s+{_PERSON_NAME}(?:,\s+{_PERSON_NAME})*\s+and\s+"
    rf"{_PERSON_NAME}\s+(?:to|as|on)\b|"
    rf"\b{_PERSON_NAME}(?:,\s+{_PERSON_NAME})*\s+and\s+{_PERSON_NAME}\s+(?:have\s+been|are|were|"
    r"will\s+be)\s+appointed\b|"
    r"\b(?:two|three|four|five|six|several|[2-9])\s+new\s+(?:[a-z-]+\s+){0,2}"
    r"(?:members|directors|appointments|trustees|governors)\b|"
    r"\b[Nn]ew\s+appointments\b|"
    # "A has been appointed X and B Y", "A will become X and B will become Y": two people
    rf"{_PERSON_NAME}\s+{_NAMED}[^.\n]{{1,80}}?\band\s+{_PERSON_NAME}\s+(?:{_NAMED}|as\b)|"
    r"\b(?:posts|roles|positions)\s+of\s+(?:an?\s+|the\s+)?[A-Z][^.\n]{1,60}\sand\s|"
    # "A X and a Y will join the board": two new posts as one subject
    r"(?:^|(?<=[.\n]\s)|(?<=\n))[Aa]n?\s+[^.\n]{3,60}?\sand\s+an?\s+[^.\n]{3,60}?\s+"
    r"(?:will|have|are|were)\s+(?:join|been\s+appointed|be\s+appointed|appointed)\b|"
    r"(?:\b[a-z]\w*[^s\W]s|\band(?:\s+[\w'’-]+){1,4})\s+have\s+been\s+(?:appointed|named)\b")


def _body_page(found: list[Passage]) -> bool:
    """Whether the text opens with a heading naming a body that is no employer ("The Widget
    Board", "Widget Committee"): a body's page, whose sentences name its many posts. Lines
    above it that name nothing (site furniture, a date) or the employer do not count."""
    for p in found[:4]:
        if p.kind not in ("heading", "item"):  # (a title under furniture reads as its entry)
            return False
        name = re.sub(r"\s*\([^()]*\)\s*$", "", p.text.strip())  # ("… Board (The Board)")
        label, kind = classify(name)  # (a "group" may be a standing body, not only an employer)
        if label == "?" or _NO_NAME.search(name) or (is_organisation(name) and kind != "group"):
            continue
        return label == "Body" and not _is_title(name)
    return False


#: A line of a web page's furniture: an address or a breadcrumb trail.
_NO_NAME = re.compile(r"://|www\.|\s>\s")


#: Where a post's name ends and what it is of begins ("Clerk to the Governors").
_HEAD_END = re.compile(r"\s(?:of|to|for|in|at)\s", re.IGNORECASE)


def _plural_post(name: str) -> bool:
    """Whether ``name`` names several posts: its head word is a post word in the plural
    ("Executive Directors", "Clinical Board leads"), not one post ("Clerk to the Governors")."""
    head = _HEAD_END.split(name, maxsplit=1)[0].split()
    last = head[-1].casefold() if head else ""
    return last.endswith("s") and not last.endswith("ss") and last[:-1] in POST_WORDS


def _in_prose(text: str, found: list[Passage]) -> Mention | None:
    """The post a news report, a letter or an advert is about: the one advertised, sought or
    appointed, a headline's, a quoted title, the post the reader or writer holds ("As the X,
    you will"), or the first "The X will"."""
    paper = any(p.kind in ("heading", "item") and (
        _RESET.match(p.text.strip()) or _BODY_PAPER.match(p.text.strip())) for p in found) \
        or _body_page(found)
    several = _SEVERAL_APPOINTED.search(text) is not None
    if any(p.kind in ("heading", "item", "field") and _MEETING.match(p.text.strip())
           for p in found[:6]):
        return None  # an agenda's or minutes' business names many posts, describing none
    found = _rejoined(text, found)
    for pattern, read, kinds in _PROSE_RULES:
        if paper and pattern in (_THE_POST_WILL, _THE_POST_WILL_LOWER):
            continue  # a paper's sections ("Background", "Proposed structure") name many posts
        if several and pattern in _APPOINTMENT_RULES:
            continue  # news of several people appointed is about several posts
        for p in found:
            if p.kind in kinds or ("headline" in kinds and _headline_line(p)):
                m = _prose_post(text, p, pattern, read)
                if m is not None:
                    return m
    return None


def _prose_post(text: str, p: Passage, pattern: re.Pattern[str],
                read: Callable[[str, int, int], Mention | None]) -> Mention | None:
    """The first post ``pattern`` and ``read`` find in the passage ``p``, or None."""
    for a in pattern.finditer(p.text):
        m = _post_of(read(text, p.start + a.end(), p.end))
        if m is None or not _named_post(m.name) or _PERSON.fullmatch(m.name) or (
                _plural_post(m.name) and pattern not in (_THE_POST_WILL, _THE_POST_WILL_LOWER)):
            continue  # (a person; posts appointed in the plural: "… appointed as directors")
        if pattern in (_TAKEN, _TAKEN_LOWER) and a.group("as") and \
                not _HOLDER_NEXT.match(text, m.end):
            continue  # "As X, you will": a pronoun follows the post
        if _ENDED.match(m.name) or _HYPOTHETICAL.search(
                text, max(0, p.start + a.start() - 30), p.start + a.end()) or \
                _CREATED.match(text, m.end):
            continue  # "the position of Former Chair", "may be appointed as a chair": no post held
        if _JOINT_SUBJECT.match(text, m.end) or _JOINED_BEFORE.search(
                text, max(0, p.start + a.start() - 40), p.start + a.start()):
            continue  # "the X and the Y will": two posts are the subject, not one
        return Mention(" ".join(m.name.split()), m.start, m.end)  # (one line)
    return None


#: A post given as ended ("Former Chair", "Immediate-past Chair", "outgoing chair"): the
#: guide labels no relationship of an ended post, and a text is not about it.
_ENDED = re.compile(r"(?i:former|past|immediate[\s-]+past|outgoing|retiring|previous)\b")
#: A post a structure paper proposes ("the post of X should be established"): a change to the
#: structure, not the post the text describes (a report of a post created, centred on it, is).
_CREATED = re.compile(r"\s+(?:should|shall|will|would|to|is\s+to|be|is|was|has\s+been)\s+(?:be\s+)?"
                      r"(?:established|created|introduced|deleted|disestablished)\b")
#: An appointment said as possible, not made ("may be appointed as", "can be appointed").
_HYPOTHETICAL = re.compile(r"\b(?:may|might|can|could|must|shall|should|would)\s+(?:not\s+)?"
                           r"(?:be\s+)?appoint", re.IGNORECASE)
#: Another post joined to a post with its own article ("the X and the Y", "the X, the Y").
_JOINT_SUBJECT = re.compile(r"\s+(?:and|or)\s+(?:the|our|its|their)\s+[A-Z]")
_JOINED_BEFORE = re.compile(r"[A-Z][\w-]*\s+(?:and|or)\s*$")


#: A heading of a whole meeting's record ("Agenda", "Agenda, decisions and minutes", "Minutes
#: of the Widget Board"): its items name many posts. (One item's page, "Agenda item", may
#: centre on one post.)
_MEETING = re.compile(r"(?:agenda|agenda,?\s+(?:decisions\s+)?and\s+minutes|"
                      r"(?:draft\s+|confirmed\s+)?minutes\s+of\s+(?:the\s+)?[^\n]{3,80})$",
                      re.IGNORECASE)


#: A heading of a body's paper (terms of reference, a constitution, a committee report):
#: the paper is about the body and its many posts, not one post.
_BODY_PAPER = re.compile(r"^(?:\d+[.)]?\s*)?(?:terms\s+of\s+reference|membership|quorum|"
                         r"constitution|standing\s+orders|recommendations?)\s*:?$", re.IGNORECASE)


def _named_post(name: str) -> bool:
    """A name read in prose names a post, or a post and where it sits after a dash ("Team
    Leader – Widget Team"); a body's name with a bracket after it does not."""
    return looks_like_post(name) or (re.search(r"\s[–—-]\s", name) is not None and
                                     _is_title(name))


def _runs_on(text: str, p: Passage, q: Passage) -> bool:
    """Whether the sentence ``q`` goes on from the line ``p`` (a page viewer's line break
    inside a sentence, which the layout read as a heading over a sentence)."""
    return p.kind == "heading" and (q.kind == "sentence" or (
        q.kind == "item" and not BULLET.match(text, text.rfind("\n", 0, q.start) + 1))) and \
        text[p.end:q.start].strip(" \t") == "\n" and not p.text.rstrip().endswith(
            (".", ":", "?", "!", ";"))


def _rejoined(text: str, found: list[Passage]) -> list[Passage]:
    """The passages with each sentence a line break cut into a heading and a sentence whole."""
    out: list[Passage] = []
    for q in found:
        if out and _runs_on(text, out[-1], q):
            q = replace(q, text=text[out[-1].start:q.end], start=out[-1].start)
            out.pop()
        out.append(q)
    return out


def _headline_line(p: Passage) -> bool:
    """A headline the layout took for a sentence: one line without a full stop."""
    return p.kind == "sentence" and "\n" not in p.text.strip() and \
        not p.text.rstrip().endswith((".", "!", "?", ":", ";"))


def _with_alternatives(text: str, pos: int, end: int) -> Mention | None:
    """A capitalised post's name, with the alternatives a slash or "or" joins to it
    ("Junior Widget Sister/Charge Nurse", "Team Leader or Senior Practitioner") and the specialty or
    service after a dash: the guide keeps a title's own words and its alternatives whole."""
    m = first_name(text, pos, end)
    while m is not None:
        more = _ALTERNATIVE.match(text, m.end, end)
        other = _post_of(first_name(text, more.end(), end)) if more else None
        if other is None or is_organisation(other.name) or not (
                looks_like_post(other.name) or (more and more.group("dash"))):
            break  # (a specialty after a dash stays: "Specialty Doctor – Widget Medicine")
        m = Mention(text[m.start:other.end], m.start, other.end)
    return _with_remit(text, _with_lower_tail(text, m, end), end)


#: A capitalised title's lower-case remit after "for", "of" or "in" ("General Manager for
#: widget services"), up to four words, before a clause's word, a time or a determiner.
_TAIL = re.compile(r"\s+(?:for|of|in)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*")
_NOT_TAIL = frozenset({"our", "your", "their", "its", "this", "that", "these", "those", "all",
                       "each", "every", "any", "some", "across", "within", "throughout", "into",
                       "based", "looking", "people", "patients", "staff", "years", "us"})


def _with_lower_tail(text: str, m: Mention | None, end: int) -> Mention | None:
    """``m`` with its lower-case remit after "for", "of" or "in" (a title in sentence case)."""
    tail = _TAIL.match(text, m.end, end) if m else None
    if m is None or tail is None:
        return m
    words = list(re.finditer(r"\S+", tail.group()))
    keep = next((k for k, w in enumerate(words[1:], 1)
                 if w.group() in _ENDS_LOWER_TITLE | _NOT_TAIL), len(words))
    while keep > 1 and words[keep - 1].group() in _JOINS:
        keep -= 1
    if keep < 2:
        return m
    stop = m.end + words[keep - 1].end()
    return Mention(text[m.start:stop], m.start, stop)


#: A bracket after a post: its service or remit ("Widget Manager (Adult Services)").
_REMIT = re.compile(r"[ \t]*\((?!(?:the|a|an)\s)(?=[^()\n]*[a-z])[^()\n]{2,40}\)")


def _with_remit(text: str, m: Mention | None, end: int) -> Mention | None:
    """``m`` with the bracket after it when the bracket names its service or remit, not a
    grade, a contract, a reference or an abbreviation (the guide keeps a title's own words)."""
    more = _REMIT.match(text, m.end, end) if m else None
    if m is None or more is None:
        return m
    whole = text[m.start:more.end()]
    return Mention(whole, m.start, more.end()) if clean_title(whole) == " ".join(
        whole.split()) else m


#: What joins alternatives or a joint post in a title: a slash, or "or" or "and" between
#: capitalised names ("Chief Nurse and Director of Widget Care" is one post).
_ALTERNATIVE = re.compile(r"\s*/\s*|\s+(?:or|and|AND)\s+(?=[A-Z])|(?P<dash>\s+[–—-]\s+)(?=[A-Z])")
#: After "As the X": a pronoun, with or without a comma ("As our new X, you will").
_HOLDER_NEXT = re.compile(r"\s*,?\s*(?:you|I|we|he|she|they)\b")


def _sought(cues: tuple[tuple[str, str], ...]) -> str:
    return "|".join(f"(?:{c})" for c, _ in cues)


#: An advert's or a report's post after what the employer seeks, its article and adjectives.
_SOUGHT = re.compile(rf"(?:{_sought(POST_SOUGHT)})\s+(?:a|an|the|our|its|their|one)\s+"
                     r"(?:[a-z][\w-]*,?\s+(?:and\s+)?){0,5}?(?=[A-Z])")
#: The post a person takes ("will join us as our new X", "As the X, you will").
_TAKEN = re.compile(rf"(?:(?P<as>\b[Aa]s)|{_sought(POST_TAKEN)})\s+(?(as)|(?:as\s+)?)"
                    r"(?:the\s+|its\s+|our\s+|their\s+|your\s+|a\s+|an\s+)?"
                    r"(?:new\s+|next\s+|interim\s+|incoming\s+)?(?=[A-Z])")
_SOUGHT_LOWER = re.compile(rf"(?:{_sought(POST_SOUGHT)})\s+(?:a|an|the|our|its|their|one)\s+"
                           r"(?:new\s+|experienced\s+)?(?=[a-z])")
_TAKEN_LOWER = re.compile(_TAKEN.pattern.replace("(?=[A-Z])", "(?=[a-z])"))
_HEADLINE_LOWER = re.compile(HEADLINE_POST.pattern.replace("(?=[A-Z])", "(?=[a-z])"))


#: The employer named by its kind after a post in lower case: "chief executive of the trust".
_OF_THE_EMPLOYER = re.compile(r"\s(?:of|at|for)\s(?:(?:the|this|our)\s(?:trust|council|"
                              r"organisation|authority|icb|ccg|practice|health\s+board)\b|"
                              r"one\s+of\s|an?\s).*$")


#: Words that end a lower-case title in prose: verbs, pronouns and the words of a clause.
_CLAUSE_WORDS = frozenset({"will", "shall", "is", "was", "has", "have", "would", "must", "also",
                           "and", "or", "who", "which", "whose", "to", "in", "at", "for", "on",
                           "with", "post", "role", "one", "a", "an", "the", "from", "by", "as"})


def _lower_title(text: str, pos: int, end: int) -> Mention | None:
    """A post named in lower case in prose, up to its last post word before a clause's word,
    and up to three words after its "of", "in", "for" or a dash ("deputy widget director will
    …", "director of widget services will …", "consultant in widget medicine from May",
    "matron – widget ward", "chair of one of the largest widget trusts" → "chair"); "and",
    "or" and a slash join words of one title ("speech and language therapist", "widget
    clinician or widget lead", "receptionist/administrator")."""
    stop = re.search(r"[^\w\s’'/–—-]|\n\s*\n", text[pos:min(end, pos + 100)])
    words = list(re.finditer(r"[^\s/]+|/", text[pos:pos + (stop.start() if stop else 100)]))
    cut = next((n for n, w in enumerate(words) if w.group() in _ENDS_LOWER_TITLE), len(words))
    words = words[:min(cut, 9)]
    heads = [n for n, w in enumerate(words) if w.group() in POST_WORDS or
             w.group().removesuffix("s") in POST_WORDS or (  # "director general"
                 w.group() == "general" and n and words[n - 1].group() in POST_WORDS)]
    if not heads or any(w.group()[:1].isupper() for w in words[:heads[-1] + 1]):
        return None
    n = heads[-1] + 1
    if n + 1 < len(words) and words[n].group() in ("of", "in", "for", "-", "–", "—"):
        n = min(len(words), n + 4)  # "director of widget services"
        n = next((k for k in range(heads[-1] + 1, n) if words[k].group()[:1].isupper()), n)
    while words[n - 1].group() in _JOINS:
        n -= 1  # "line manager in" (the absence): a joining word ends no title
    return Mention(text[pos:pos + words[n - 1].end()], pos, pos + words[n - 1].end())


#: Words that join the words of one lower-case title, never ending it.
_JOINS = frozenset({"and", "or", "in", "for", "of", "/", "-", "–", "—"})
#: Words after a lower-case title: a clause's words and a time ("from next month").
_ENDS_LOWER_TITLE = (_CLAUSE_WORDS - _JOINS) | frozenset(
    {"after", "before", "from", "later", "next", "this", "since", "following", "until", "when",
     "where", "while", "because", "having", "month", "months", "year", "years", "week",
     "weeks", "day", "days", *NUMBERS})  # ("for three weeks": a time, not the title)


#: An article and "new" before a lower-case title ("the new widget lead"): no part of it.
_ARTICLE_NEW = re.compile(r"(?:(?:the|a|an|its|our|their|your)\s+)?(?:(?:new|next|interim|"
                          r"incoming)\s+)?")


def _plain_title(text: str, pos: int, end: int) -> Mention | None:
    """A lower-case post's name as the mentions stage reads it, or as a title is written."""
    lead = _ARTICLE_NEW.match(text, pos, end)
    plain, lower = plain_name(text, pos, end), _lower_title(text, lead.end() if lead else pos, end)
    if plain is None or (lower is not None and lower.end > plain.end):
        plain = lower  # "locum consultant in widget medicine": the title's own words after "in"
    return _with_remit(text, plain, end)


_WHEN = re.compile(r"\s+(?:in|from|on|by|until|during|later|next|this)\s+(?:(?:"
                   + "|".join(MONTHS) + r")\b|the\s+(?:spring|summer|autumn|winter|new\s+year)\b|"
                   r"(?:year|month|week)\b).*$")


#: A headline's verb after the post ("New WIDGET LEAD appointed"): no part of its title.
_REPORTED = re.compile(r"\s+(?:appointed|named|announced|confirmed|joins|starts|arrives|"
                       r"role|post|position|vacancy)$")  # ("creates new X role": the role's)


def _post_of(m: Mention | None) -> Mention | None:
    """A post named with its organisation ("Chief Executive of Westshire NHS Trust") or after
    "new": the post alone, as neither is part of its title."""
    if m is not None and re.match(r"(?i:new|incoming|permanent|substantive)\s", m.name):
        word = m.name.split()[0]  # "the appointment of a new chief executive": no part of it
        m = Mention(m.name[len(word) + 1:], m.start + len(word) + 1, m.end, m.qualifier)
    if m is None:
        return m
    when = _WHEN.search(m.name) or _REPORTED.search(m.name)  # "X in June", "X appointed"
    if when:
        m = Mention(m.name[:when.start()], m.start, m.start + when.start())
    own = _OF_THE_EMPLOYER.search(m.name)  # "chair of the trust": the trust is the employer
    if own:
        return Mention(m.name[:own.start()], m.start, m.start + own.start())
    cuts = list(enumerate(re.finditer(r"\s(?:of|at|for)\s(?:the\s)?(?=[A-Z])", m.name)))
    for n, cut in reversed(cuts):  # the last: "Head of Widgets for Westshire NHS Trust"
        rest, head = m.name[cut.end():], m.name[:cut.start()]
        label = classify(rest)[0]
        if (_employer_after(cut.group().strip(), rest) or head == head.lower() or (
                label == "Body" and n == 0 and not looks_like_post(m.name))) and _is_title(head):
            return Mention(m.name[:cut.start()], m.start, m.start + cut.start())
    return m  # "Head of Estates", "Chair of the Audit Committee" stay whole; "at" a place ends it


def _employer_after(word: str, rest: str) -> bool:
    """Whether ``rest``, after ``word`` ("of", "at", "for", "for the") a post's name, is where
    the post is held, not part of its title: an organisation, a place after "at", a body after
    "for the" ("X for the Widget directorate"), an NHS body after "for", a general practice."""
    label, kind = classify(rest)
    return kind in ORGANISATION_KINDS or word == "at" or (
        word == "for the" and label == "Body") or (
        word == "for" and _NHS_BODY.fullmatch(rest) is not None) or (
        _PRACTICE.fullmatch(rest) is not None and (
            word != "of" or rest.split()[0].lower() not in _SPECIALTIES))


#: An NHS body named by its place ("NHS Westshire") after "for" a post: the employer ("Chair
#: of NHS Widgets" names the body the post chairs, so "of" keeps it).
_NHS_BODY = re.compile(r"NHS(?:\s+[A-Z][\w'’-]*){1,4}")
#: A general practice named by its place ("Westshire Surgery", "Eastmoor Medical Centre"):
#: the employer after "for", "at" or "of" a post, unless a kind of surgery names a specialty
#: ("Practice Manager of Westshire Surgery"; "Head of General Surgery" stays whole).
_SPECIALTIES = frozenset({
    "general", "cardiac", "cardiothoracic", "thoracic", "vascular", "plastic", "orthopaedic",
    "paediatric", "oral", "day", "colorectal", "breast", "neuro", "upper", "lower", "minor",
    "maxillofacial", "trauma", "emergency", "elective", "hand", "spinal", "dental", "urgent",
    "ambulatory", "acute", "hepatobiliary", "endocrine", "transplant", "bariatric"})
_PRACTICE = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}(?:Surgery|Medical\s+(?:Practice|Centre)|"
                       r"Health\s+Centre|Group\s+Practice)")
#: A person named with a courtesy title ("Professor A Person"): no post's title.
_PERSON = re.compile(rf"{HONORIFIC}\s+[A-Z][\w'’.-]*"
                     r"(?:\s+[A-Z][\w'’.-]*){0,2}")


def _relation_field(p: Passage) -> bool:
    """Whether ``p`` is a field whose label gives a relationship ("Reports to: …")."""
    label = LABELS.get(p.label.lower().rstrip(" :")) if p.kind == "field" else None
    return label is not None and label.gives.isupper()


_GRADED = re.compile(r"\(\s*(?:AfC\s+)?(?:Band|Grade)\s*\w+\s*\)\s*$|\s(?:Band|Grade)\s+\w+\s*$")


def _title_field(p: Passage) -> bool:
    """Whether ``p`` is a title field with a value ("Job Title: Porter")."""
    label = LABELS.get(p.label.lower().rstrip(" :")) if p.kind == "field" else None
    return label is not None and label.gives == "title" and bool(p.value)


def has_title_field(found: list[Passage]) -> bool:
    """Whether the text names its post in a title field ("Job Title: Porter")."""
    return any(_title_field(p) for p in found)


def _grade_or_kind(p: Passage) -> bool:
    """A line saying what the passage before it is: a grade, or "Job Description"."""
    label = LABELS.get(p.label.lower().rstrip(" :")) if p.kind == "field" else None
    if label is not None:
        return label.gives == "grade"
    return p.kind == "heading" and len(p.text.split()) <= 6 and bool(_KIND_LINE.search(p.text))


#: A short line that is a grade ("Band B/C") or ends with a document word ("… Job Description").
_KIND_LINE = re.compile(rf"^\s*{_GRADE}\s*$|\b(?:job|role)\s+(?:description|profile|outline)\s*$",
                        re.IGNORECASE)


def _starts_section(found: list[Passage], n: int) -> bool:
    """Whether the post heading ``found[n]`` heads a profile of its own.

    It does when relationship fields follow it before the next heading, or when its
    grade or a document word ("Bullet Point Job Description", "Band 6") follows it.
    """
    if _GRADED.search(found[n].text):  # "Payroll Officer (Band 4)": a post of the structure
        return True
    for k, q in enumerate(found[n + 1: n + 7]):
        if _relation_field(q) or (k < 3 and _grade_or_kind(q)):
            return True
        if q.kind == "heading":
            return False
    return False


#: A heading opening a new part of a structure paper, about no one post yet.
_RESET = re.compile(r"^(?:\d+[.)]?\s*)?(?:introduction|background|context|rationale|overview|"
                    r"current\s+(?:position|structure)|proposed\s+[\w ’']+)\s*:?$", re.IGNORECASE)


def sections(text: str, found: list[Passage]) -> list[tuple[int, Mention | None]]:
    """Posts heading sections of their own (a structure paper's profiles), with offsets.

    A heading naming a post starts a section when relationship fields, its grade or a
    document word follow it ("General Manager (Band 8a)" then "Reports to: …"); so does
    every title field ("Job Title: Porter") of a paper holding several profiles.
    In a paper of two or more profiles, a heading such as "Proposed Structure" or
    "Background" ends the profile before it (``None``: about no one post).
    """
    out: list[tuple[int, Mention | None]] = []
    for n, p in enumerate(found):
        if p.kind == "heading" and _RESET.match(p.text.strip()) and \
                sum(m is not None for _, m in out) >= 2:
            out.append((p.start, None))
            continue
        if _title_field(p):
            m = _title_mention(text, p.value_start, p.value_start + len(p.value))
            if m and looks_like_post(m.name):
                out.append((p.start, m))
            continue
        if p.kind not in ("heading", "item") or len(p.text.split()) > 14 or \
                not looks_like_post(p.text) or CHART_HEADING.match(p.heading) or \
                is_duty_line(p.text):
            continue  # (a box of a chart drawn as text, a duty, heads no profile of its own)
        m = _title_mention(text, p.start, p.end)
        if m is not None and looks_like_post(m.name) and _starts_section(found, n):
            out.append((p.start, m))
    return out


_SENTENCE = ("sentence", "item")
#: (where the post's name starts, how it is read, the passages read): tried in this order.
_PROSE_RULES = (
    (_SOUGHT, _with_alternatives, (*_SENTENCE, "heading")),  # "We seek an experienced X"
    (HEADLINE_POST, _with_alternatives, ("heading", "headline")),  # "Westshire appoints new X"
    (_ADVERTISED, _with_alternatives, _SENTENCE),  # "the appointment of A Person as X"
    (_TAKEN, _with_alternatives, _SENTENCE),  # "will join us as our new X", "As the X, you"
    (_QUOTED_TITLE, _quoted, _SENTENCE),  # "the title of “X”"
    (_HEADLINE_LOWER, _plain_title, ("heading", "headline")),
    (_SOUGHT_LOWER, _plain_title, _SENTENCE),  # "is seeking a widget director to …"
    (_ADVERTISED_LOWER, _plain_title, _SENTENCE),
    (_TAKEN_LOWER, _plain_title, _SENTENCE),
    (_THE_POST_WILL, _with_alternatives, _SENTENCE),  # "The X will …"
    (_THE_POST_WILL_LOWER, _lower_title, _SENTENCE),
)
#: The rules naming the post a person is appointed to or takes (not an advert's post).
_APPOINTMENT_RULES = (HEADLINE_POST, _ADVERTISED, _TAKEN, _HEADLINE_LOWER, _ADVERTISED_LOWER,
                      _TAKEN_LOWER)
