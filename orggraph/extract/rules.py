"""The patterns the extractor recognises: field labels, sentence forms, organisational statements.

Only general phrasing of job descriptions lives here ("Accountable to", "deputise
for", "a voting member of", "brings together" …), never the name of a post, body or
organisation.

>>> field_match("Line manager:\\tHead of Nursing").group("value")
'Head of Nursing'
>>> FIELDS[field_match("Professionally accountable to the Chief Nurse").group("label").lower()]
('ACCOUNTABLE_TO', 'professionally accountable')
"""

from __future__ import annotations

import re

__all__ = ["FIELDS", "SUBJECT_PRONOUN", "field_match"]

#: field label (lower case) -> (what it gives, role). What it gives is a relationship
#: type of the vocabulary, or one of the post's own facts: title, grade, pay, a body
#: kind (team, directorate …), base.
FIELDS: dict[str, tuple[str, str | None]] = {
    "professionally accountable to": ("ACCOUNTABLE_TO", "professionally accountable"),
    "managerially accountable to": ("ACCOUNTABLE_TO", "managerially accountable"),
    "operationally accountable to": ("ACCOUNTABLE_TO", "operationally accountable"),
    "accountable to": ("ACCOUNTABLE_TO", None),
    "professional accountability": ("ACCOUNTABLE_TO", "professionally accountable"),
    "managerial accountability": ("ACCOUNTABLE_TO", "managerially accountable"),
    "deputises for": ("DEPUTISES_FOR", None),
    "deputy for": ("DEPUTISES_FOR", None),
    "deputising for": ("DEPUTISES_FOR", None),
    "directly responsible to": ("REPORTS_TO", None),
    "professionally responsible to": ("RESPONSIBLE_TO", "professionally responsible"),
    "responsible to": ("RESPONSIBLE_TO", None),
    "reports to": ("REPORTS_TO", None),
    "reporting to": ("REPORTS_TO", None),
    "reporting line": ("REPORTS_TO", None),
    "accountability": ("ACCOUNTABLE_TO", None),
    "report to": ("REPORTS_TO", None),
    "line manager": ("REPORTS_TO", None),
    "line managed by": ("REPORTS_TO", None),
    "managed by": ("REPORTS_TO", None),
    "job title": ("title", None),
    "post title": ("title", None),
    "title of post": ("title", None),
    "job role": ("title", None),
    "role title": ("title", None),
    "role profile": ("title", None),
    "job profile": ("title", None),
    "role": ("title", None),
    "post": ("title", None),
    "responsible for": ("MANAGES", None),
    "line management of": ("MANAGES", None),
    "line manages": ("MANAGES", None),
    "direct reports": ("MANAGES", None),
    "manages": ("MANAGES", None),
    "position": ("title", None),
    "pay band": ("grade", None),
    "agenda for change band": ("grade", None),
    "afc band": ("grade", None),
    "band": ("grade", None),
    "grade": ("grade", None),
    "pay scheme": ("pay", None),
    "pay rate": ("pay", None),
    "salary": ("pay", None),
    "directorate": ("directorate", None),
    "division": ("division", None),
    "operating division": ("division", None),
    "division/directorate": ("directorate", None),
    "service area": ("service", None),
    "department": ("department", None),
    "service": ("service", None),
    "team": ("team", None),
    "care group": ("division", None),
    "organisation": ("organisation", None),
    "employer": ("organisation", None),
    "work base": ("base", None),
    "base": ("base", None),
    "location": ("base", None),
}
#: Labels that are plain nouns: a field only with a separator (":", tab, "|", two
#: spaces) or alone on their line, never at the start of a prose sentence.
_NOUN_LABELS = {k for k, (what, _) in FIELDS.items() if not what.isupper()} | {
    "line manager", "responsible for", "direct reports", "professional accountability", "manages",
    "managerial accountability", "deputy for", "reporting line", "accountability"}

_LABELS = "|".join(re.escape(k) for k in sorted(FIELDS, key=len, reverse=True))
#: a template's hint after the label ("Responsible to (insert job title):", "Department(s):")
_HINT = r"(?:\s*\((?:s|insert[^)]{0,40}|job\s+title)\))?"
_FIELD_BODY = (rf"(?P<label>{_LABELS})\b{_HINT}(?P<sep>\s*[:|\-–]\s*|\t+\s*|\s{{2,}}|\s*$|\s+)"
               r"(?P<value>.*)$")
_FIELD = re.compile(r"^[\s|·•▪*\-–]*(?:\d+[.)]\s+)?(?P<pre>)" + _FIELD_BODY, re.IGNORECASE)
#: "Reporting Arrangements: Accountable to …": a relationship label after a heading
_FIELD_AFTER = re.compile(r"^[\s|·•▪*\-–]*(?P<pre>[A-Z][A-Za-z ]{2,30}):\s*" + _FIELD_BODY,
                          re.IGNORECASE)


def field_match(line: str) -> re.Match[str] | None:
    """A labelled field at the start of a line (any layout), or ``None``.

    >>> m = field_match("Accountable to:  Head of Estates")
    >>> m["label"], m["value"]
    ('Accountable to', 'Head of Estates')
    """
    for pattern in (_FIELD, _FIELD_AFTER):
        m = pattern.match(line)
        if m is None:
            continue
        label = m.group("label").lower()
        sep = m.group("sep")
        if label in _NOUN_LABELS and not sep.strip() and "\t" not in sep and len(sep) < 2 \
                and m.group("value"):
            continue
        if m.group("pre") and not FIELDS[label][0].isupper():
            continue
        return m
    return None


#: Who "the post" is in a sentence about the post the document describes.
SUBJECT_PRONOUN = re.compile(
    r"(?:^|\b)(?:the\s+|this\s+)?(?:post[\s-]?holder|postholder|job[\s-]?holder|incumbent|"
    r"appointee|successful\s+candidate|role|post|position)\s*(?:will|shall|is|must|would|"
    r"reports|,)?|(?:^|\b)(?:they|he\s*/\s*she|he\s+or\s+she|s/he|you)\b|^\s*to\b|^\s*$",
    re.IGNORECASE,
)

_ADV = r"(?:(?:also|directly|professionally|managerially|operationally|ultimately|jointly|" \
    r"be|will|shall|is|are|remain|remains)\s+)*"

#: Sentence forms: (rule name, pattern, what it gives, role, confidence). The pattern
#: ends where the object's name starts; the text before it names the subject.
SENTENCE_RULES: tuple[tuple[str, re.Pattern[str], str, str | None, float], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE), what, role, conf)
    for name, pattern, what, role, conf in (
        ("directly responsible to", rf"\b{_ADV}directly\s+responsible\s+to\s+",
         "REPORTS_TO", None, 0.85),
        ("professionally accountable to", rf"\b{_ADV}professionally\s+accountable\s+to\s+",
         "ACCOUNTABLE_TO", "professionally accountable", 0.85),
        ("accountable to", rf"\b(?:is|are|be|remains?)\s+{_ADV}accountable\s+to\s+",
         "ACCOUNTABLE_TO", None, 0.85),
        ("responsible to", rf"\b(?:is|are|be|remains?)\s+{_ADV}responsible\s+to\s+",
         "RESPONSIBLE_TO", None, 0.85),
        ("reports to", r"\b(?:will\s+)?(?:also\s+)?(?:directly\s+)?reports?\s+"
         r"(?:directly\s+)?to\s+", "REPORTS_TO", None, 0.8),
        ("line managed by", r"\b(?:is\s+|will\s+be\s+)?line[\s-]managed\s+(?:day[\s-]to[\s-]day\s+|"
         r"directly\s+|operationally\s+)?by\s+",
         "REPORTS_TO", None, 0.8),
        ("deputise for", r"\bdeputi[sz](?:e|es|ing)\s+(?:as\s+required\s+|when\s+required\s+|"
         r"where\s+required\s+|as\s+necessary\s+)?for\s+", "DEPUTISES_FOR", None, 0.85),
        ("deputy to", r"\bact(?:s|ing)?\s+as\s+(?:the\s+)?deputy\s+(?:to|for)\s+",
         "DEPUTISES_FOR", None, 0.8),
        ("member of", r"\b(?:an?\s+)?(?P<role>(?:voting|non-voting|full|core|senior|integral|"
         r"key|standing|ex[\s-]officio|active|permanent|nominated)\s+)?member\s+of\s+",
         "MEMBER_OF*", None, 0.8),
        ("sits on", r"\bsit(?:s|ting)?\s+on\s+", "MEMBER_OF", None, 0.75),
        ("seat on", r"\b(?:holds?|has|have|with)\s+an?\s+(?P<role>(?:voting|non-voting)\s+)?seat\s+"
         r"on\s+", "MEMBER_OF", None, 0.75),
        ("representative on", r"\b(?:the\s+|a\s+|an\s+)?(?:[\w’']+\s+)?representative\s+"
         r"(?:on|at)\s+", "MEMBER_OF", "representative", 0.65),
        ("direct reports of", r"\b(?:are|is|will\s+be)\s+(?:a\s+)?direct\s+reports?\s+"
         r"(?:of|to)\s+", "REPORTS_TO", None, 0.8),
        ("part of", r"\bwork\s+as\s+(?:an?\s+(?:integral\s+)?)?part\s+of\s+(?:the\s+)?"
         r"(?:extended\s+|wider\s+)?", "MEMBER_OF", None, 0.7),
        ("attends", r"\b(?:regularly\s+)?attend(?:s|ing)?\s+(?:the\s+)?(?=[A-Z])",
         "MEMBER_OF", "attends", 0.6),
        ("co-chair", r"\bco-?chair(?:s|ing)?\s+(?:of\s+)?(?=the\s+)", "CHAIRS", "co-chair",
         0.8),
        ("chair", r"(?:\b(?:will|to)\s+|^[\s·•▪*\-–]*)chair\s+(?=the\s+)", "CHAIRS", None, 0.8),
        ("represent on", r"\brepresent(?:s|ing)?\s+(?:the|their|its|our)\s+[\w-]+(?:\s+[\w-]+)?\s+"
         r"(?:on|at)\s+(?:the\s+)?(?=[A-Z])", "MEMBER_OF", "represents", 0.6),
        ("accountable to (manager)", r"\b(?:and|but|or)\s+(?:managerially|operationally)\s+"
         r"accountable\s+to\s+", "ACCOUNTABLE_TO", "managerially accountable", 0.8),
        ("professional lead for", r"\bprofessional\s+lead\s+for\s+",
         "PROFESSIONAL_LEAD_FOR", None, 0.8),
        ("seconded to", r"\bseconded\s+to\s+", "SECONDED_TO", None, 0.75),
        ("lead and support", r"\blead\s+and\s+support\s+", "SUPPORTS", None, 0.7),
        ("support", r"\bsupport(?:s|ing)?\s+(?=the\s+[A-Z])", "SUPPORTS*", None, 0.65),
        ("advise", r"\badvis(?:e|es|ing)\s+(?=the\s+[A-Z])", "ADVISES", None, 0.65),
        ("work closely with", r"\bwork(?:s|ing)?\s+(?:very\s+)?closely\s+with\s+",
         "WORKS_WITH*", None, 0.7),
        ("working with and through", r"\bwork(?:s|ing)?\s+with\s+and\s+through\s+",
         "WORKS_WITH*", None, 0.7),
        ("work alongside", r"\bwork(?:s|ing)?\s+(?:closely\s+)?alongside\s+", "WORKS_WITH*", None,
         0.7),
        ("in partnership with", r"\bin\s+(?:close\s+)?partnership\s+with\s+",
         "WORKS_WITH*", None, 0.65),
        ("working relationships with", r"\b(?:key\s+|close\s+)?working\s+relationships?\s+"
         r"with\s+", "WORKS_WITH*", None, 0.7),
        ("key relationships", r"\bkey\s+relationships\s+(?:will\s+be\s+)?with\s+"
         r"(?:all\s+members\s+of\s+)?", "WORKS_WITH*", None, 0.7),
        ("manages", r"\bmanages\s+(?=(?:the\s+|(?:one|two|three|four|five|six|seven|eight|"
         r"nine|ten|\d{1,2})\s+)?[A-Z])", "MANAGES", None, 0.7),
        ("manage (duty)", r"^[\s·•▪*\-–]*(?:to\s+)?manage\s+(?=the\s+[A-Z])", "MANAGES",
         None, 0.7),
        ("line manages", r"\b(?:direct\s+)?line\s+manag(?:es|e|ing|ement)(?:\s+"
         r"responsibilit(?:y|ies))?(?:\s+(?:for|of)\s+|\s+(?=the\s)|\s+and\s+[\w ]{3,40}?\s+"
         r"of\s+)", "MANAGES", None, 0.7),
    )
)

#: "The Alliance was formed in May 2024 and brings together A, B and C".
FORMED = re.compile(
    r"\b(?:was|were|is)\s+(?:formed|established|created|set\s+up)\s+(?:in|on)\s+"
    r"(?P<date>(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]+\s+\d{4}|\d{4})", re.IGNORECASE)
BRINGS_TOGETHER = re.compile(r"\bbrings?\s+together\s+", re.IGNORECASE)
#: "Its members are …", "its membership comprises …", "Membership of the Board includes …".
MEMBERSHIP = re.compile(
    r"\b(?:(?P<its>its|their)\s+)?(?:core\s+|voting\s+)?(?:membership|members)\s+(?:will\s+)?"
    r"(?:comprises?|includes?|consists?\s+of|are|is|will\s+be)\s+(?:of\s+)?", re.IGNORECASE)
COMPRISES = re.compile(r"\b(?:will\s+)?compris(?:es|e|ing)\s+(?:of\s+)?", re.IGNORECASE)
MERGING = re.compile(
    r"\b(?:are|is|will\s+be)\s+merging(?:\s+(?:into|to\s+form)\s+(?P<into>[^.]*?))?\s+"
    r"(?:on|from)\s+(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})",
    re.IGNORECASE)
#: "A and B will merge on 1 April 2026 to form the C".
MERGE_TO_FORM = re.compile(
    r"\b(?:will\s+|are\s+to\s+)?merge\s+(?:on|from)\s+(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Z][a-z]+\s+\d{4})\s+to\s+form\s+(?P<into>[^.;]+)", re.IGNORECASE)
MERGES_INTO = re.compile(r"\bwill\s+merge\s+(?:into|with)\s+|\bmerg(?:es|ing)\s+into\s+",
                         re.IGNORECASE)
REPLACES = re.compile(r"\b(?:replaces|will\s+replace|succeeds|supersedes)\s+", re.IGNORECASE)
KEY_RELATIONSHIPS_HEADING = re.compile(
    r"^[\s|·•*\-]*(?:key|main|principal|working|internal|external)?\s*(?:working\s+)?"
    r"(?:relationships|contacts|stakeholders)(?:\s+with)?\s*(?:include)?\s*[:\-]?\s*(?P<rest>.*)$",
    re.IGNORECASE)
#: The heading of an organisational chart drawn as text: one post (or "A / B") a line, the
#: most senior first, joined by lines of "|", arrows or nothing.
ORG_CHART_HEADING = re.compile(
    r"^(?:\d+(?:\.\d+)*[.)]?\s*)?(?:organi[sz]ation(?:al)?|structure|reporting)\s+(?:chart|position|"
    r"structure|diagram|line)s?\s*:?$", re.IGNORECASE)
ORG_CHART_LINK = re.compile(r"^[\s|│┃↓↑⇩⇧▼▲v^\-–—]*$")
#: "Ward Manager (this post)", "THIS POST": the post the document describes, in a chart.
THIS_POST = re.compile(r"\(?\s*\b(?:this|the)\s+(?:post|role|job)\b\s*\)?", re.IGNORECASE)

#: A post heading in a structure paper: "Payroll Manager (Band 6)", "X Grade 8b".
POST_HEADING = re.compile(
    r"^[\s·•]*(?P<name>[A-Z][^()\t]{2,90}?)\s*(?:\((?P<g1>(?:AfC\s+)?(?:Band|Grade)\s*[\w/ .-]+)\)"
    r"|\s(?P<g2>(?:Band|Grade)\s+[\w/.-]+))\s*$")
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
