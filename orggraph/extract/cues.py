"""The words the extractor recognises, as data: field labels and sentence cues, each with why.

Only general phrasing of job descriptions lives here ("Accountable to", "deputise
for", "a member of" …), never the name of a post, body or organisation. Each entry
carries a one-line reason, shown in ``docs/extraction.md`` and in a draft's notes.

>>> LABELS["line manager"].gives, LABELS["professionally accountable to"].role
('REPORTS_TO', 'professionally accountable')
>>> label_of("Reports To:")
'reports to'
>>> label_of("Reporting arrangements") is None
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .names import POST_WORDS

__all__ = ["CUES", "CUE_HINT", "KIND_TO", "LABELS", "LINE_ADVERBS", "MANAGEMENT_OF",
           "PAGE_FURNITURE", "PAGE_GAP", "RELATION_CUES", "Cue", "Label", "as_written",
           "has_cue_stem", "label_of"]


@dataclass(frozen=True)
class Label:
    """A field label: what its value gives (a relationship type or a fact of the post)."""

    gives: str  # a relationship type, MANAGES (the value reports to the post) or a fact
    reason: str
    role: str | None = None


def _l(gives: str, reason: str, role: str | None = None) -> Label:
    return Label(gives, reason, role)


#: label (lower case, as written before its value) -> what the value gives, and why.
LABELS: dict[str, Label] = {
    "professionally accountable to": _l("ACCOUNTABLE_TO", "professional line of accountability",
                                        "professionally accountable"),
    "managerially accountable to": _l("ACCOUNTABLE_TO", "managerial line of accountability",
                                      "managerially accountable"),
    "operationally accountable to": _l("ACCOUNTABLE_TO", "operational line of accountability",
                                       "operationally accountable"),
    "accountable to": _l("ACCOUNTABLE_TO", "the post answers to the value"),
    "professional accountability": _l("ACCOUNTABLE_TO", "a heading naming the professional "
                                      "line", "professionally accountable"),
    "managerial accountability": _l("ACCOUNTABLE_TO", "a heading naming the managerial line",
                                    "managerially accountable"),
    "accountability": _l("ACCOUNTABLE_TO", "a heading naming whom the post answers to"),
    "deputises for": _l("DEPUTISES_FOR", "the post stands in for the value"),
    "deputy for": _l("DEPUTISES_FOR", "the post stands in for the value"),
    "deputising for": _l("DEPUTISES_FOR", "the post stands in for the value"),
    "directly responsible to": _l("REPORTS_TO", "'directly responsible' is the line manager"),
    "professionally responsible to": _l("RESPONSIBLE_TO", "professional responsibility line",
                                        "professionally responsible"),
    "responsible to": _l("RESPONSIBLE_TO", "the post is responsible to the value"),
    "reports to": _l("REPORTS_TO", "the line manager"),
    "reporting to": _l("REPORTS_TO", "the line manager"),
    "report to": _l("REPORTS_TO", "the line manager"),
    "reporting line": _l("REPORTS_TO", "the line manager"),
    "line manager": _l("REPORTS_TO", "the line manager, named as a field"),
    "manager": _l("REPORTS_TO", "a job-details table's 'Manager' field names the line manager"),
    "line managed by": _l("REPORTS_TO", "the line manager"),
    "managed by": _l("REPORTS_TO", "the line manager"),
    "membership of": _l("MEMBER_OF", "a body the post sits on"),
    "member of": _l("MEMBER_OF", "a body the post sits on"),
    "committee membership": _l("MEMBER_OF", "the committees the post sits on"),
    "committee memberships": _l("MEMBER_OF", "the committees the post sits on"),
    "chair of": _l("CHAIRS", "a body the post chairs"),
    "deputy to": _l("DEPUTISES_FOR", "the post stands in for the value"),
    "reports directly to": _l("REPORTS_TO", "the line manager"),
    "directly reports to": _l("REPORTS_TO", "the line manager"),
    "directly accountable to": _l("ACCOUNTABLE_TO", "the post answers to the value"),
    "professional accountability to": _l("ACCOUNTABLE_TO", "the professional line",
                                         "professionally accountable"),
    "managerial accountability to": _l("ACCOUNTABLE_TO", "the managerial line",
                                       "managerially accountable"),
    "line manager's title": _l("REPORTS_TO", "the line manager, named by title"),
    "line manager title": _l("REPORTS_TO", "the line manager, named by title"),
    "immediate line manager": _l("REPORTS_TO", "the line manager"),
    "key relationships": _l("WORKS_WITH", "the people and bodies the post works with"),
    "key working relationships": _l("WORKS_WITH", "the people and bodies the post works with"),
    "working relationships": _l("WORKS_WITH", "the people and bodies the post works with"),
    "functional contacts": _l("WORKS_WITH", "the people and bodies the post works with"),
    "internal contacts": _l("WORKS_WITH", "the people and bodies the post works with"),
    "external contacts": _l("WORKS_WITH", "the people and bodies the post works with"),
    "directly responsible for": _l("MANAGES", "staff the post is responsible for report to it"),
    "indirectly responsible for": _l("other", "staff further down the line"),
    "dept": _l("department", "the body the post sits in"),
    "key contacts": _l("WORKS_WITH", "the people and bodies the post works with"),
    "main contacts": _l("WORKS_WITH", "the people and bodies the post works with"),
    "key stakeholders": _l("WORKS_WITH", "the people and bodies the post works with"),
    "immediate supervisor": _l("REPORTS_TO", "the line manager"),
    "answerable to": _l("ACCOUNTABLE_TO", "the post answers to the value"),
    "accountable professionally to": _l("ACCOUNTABLE_TO", "professional line of "
                                        "accountability", "professionally accountable"),
    "accountable managerially to": _l("ACCOUNTABLE_TO", "managerial line of accountability",
                                      "managerially accountable"),
    "accountable operationally to": _l("ACCOUNTABLE_TO", "operational line of accountability",
                                       "operationally accountable"),
    "accountable clinically to": _l("ACCOUNTABLE_TO", "clinical line of accountability",
                                    "clinically accountable"),
    "responsible professionally to": _l("RESPONSIBLE_TO", "professional responsibility line",
                                        "professionally responsible"),
    "responsible managerially to": _l("RESPONSIBLE_TO", "managerial responsibility line",
                                      "managerially responsible"),
    "clinically accountable to": _l("ACCOUNTABLE_TO", "clinical line of accountability",
                                    "clinically accountable"),
    "managerially responsible to": _l("RESPONSIBLE_TO", "managerial responsibility line",
                                      "managerially responsible"),
    "communications and working relationships": _l("WORKS_WITH", "the people and bodies the "
                                                   "post works with"),
    "responsible for": _l("MANAGES", "staff the post is responsible for report to it"),
    "line management of": _l("MANAGES", "staff the post manages report to it"),
    "line manages": _l("MANAGES", "staff the post manages report to it"),
    "line management responsibility": _l("MANAGES", "staff the post manages report to it"),
    "direct reports": _l("MANAGES", "staff the post manages report to it"),
    "staff reporting to this post": _l("MANAGES", "the staff listed report to the post"),
    "posts reporting to this post": _l("MANAGES", "the posts listed report to the post"),
    "reporting to this post": _l("MANAGES", "the posts listed report to the post"),
    "reports to this post": _l("MANAGES", "the posts listed report to the post"),
    "manages": _l("MANAGES", "staff the post manages report to it"),
    "job title": _l("title", "the post described"),
    "vacancy": _l("title", "the post advertised"),
    "role profile": _l("title", "the post described"),
    "job profile": _l("title", "the post described"),
    "job description": _l("title", "the post described"),
    "post title": _l("title", "the post described"),
    "position title": _l("title", "the post described"),
    "designation": _l("title", "the post described"),
    "name of post": _l("title", "the post described"),
    "title of role": _l("title", "the post described"),
    "job profile title": _l("title", "the post described"),
    "job title/band": _l("title", "the post described, with its grade"),
    "job title and band": _l("title", "the post described, with its grade"),
    "post title and grade": _l("title", "the post described, with its grade"),
    "post title and band": _l("title", "the post described, with its grade"),
    "title of post": _l("title", "the post described"),
    "job role": _l("title", "the post described"),
    "role title": _l("title", "the post described"),
    "title": _l("title", "the post described"),
    "role": _l("title", "the post described"),
    "post": _l("title", "the post described"),
    "position": _l("title", "the post described"),
    "pay band": _l("grade", "the post's grade"),
    "agenda for change band": _l("grade", "the post's grade"),
    "afc band": _l("grade", "the post's grade"),
    "band": _l("grade", "the post's grade"),
    "grade": _l("grade", "the post's grade"),
    "salary": _l("pay", "the post's pay"),
    "pay scheme": _l("pay", "the post's pay"),
    "directorate": _l("directorate", "the body the post sits in"),
    "division": _l("division", "the body the post sits in"),
    "care group": _l("division", "the body the post sits in"),
    "department": _l("department", "the body the post sits in"),
    "service": _l("service", "the body the post sits in"),
    "service area": _l("service", "the body the post sits in"),
    "team": _l("team", "the body the post sits in"),
    "organisation": _l("organisation", "the employer"),
    "employer": _l("organisation", "the employer"),
    "base": _l("base", "where the post works"),
    "work base": _l("base", "where the post works"),
    "location": _l("base", "where the post works"),
    "hours": _l("other", "hours of work"),
    "hours per week": _l("other", "hours of work"),
    "banding status": _l("other", "whether the band is confirmed"),
    "contract duration": _l("other", "the kind of contract"),
    "contract type": _l("other", "the kind of contract"),
    "reference number": _l("other", "an advert's reference"),
    "salary scale": _l("pay", "the post's pay"),
    "staff group": _l("other", "the post's staff group"),
    "main site of activity": _l("base", "where the post works"),
    "sponsor department": _l("other", "a public appointment's sponsor"),
    "contract": _l("other", "the kind of contract"),
    "reference": _l("other", "an advert's reference"),
    "job reference": _l("other", "an advert's reference"),
    "business unit": _l("division", "the body the post sits in"),
    "cost centre": _l("other", "the budget the post is paid from"),
    "department/ward": _l("department", "the body the post sits in"),
    "ward/department": _l("department", "the body the post sits in"),
    "closing date": _l("other", "an advert's closing date"),
}

def as_written(key: str) -> str:
    """A pattern of a known label as a page prints it, its first letter a capital ("Job
    Reference", "Reports to").

    >>> re.fullmatch(as_written("reports to"), "Reports  TO") is not None
    True
    """
    return f"[{key[0].upper()}](?i:{re.escape(key[1:])})".replace("\\ ", r"\s+")


_LABEL_RE = re.compile(r"^(?:" + "|".join(re.escape(k) for k in sorted(LABELS, key=len,
                                                                        reverse=True)) + r")\b",
                       re.IGNORECASE)
#: A template's hint after a label: "Responsible to (insert job title)", "Department(s)",
#: "Reports to (line manager)".
HINT = r"(?:\s*\((?:s|insert[^)]{0,40}|job\s+title|line\s+manager|post\s+title|title)\))?"


#: A section's number before a label on its own line ("5. REPORTS TO", "2.1 Accountable to").
_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?=[A-Za-z])")
#: A heading's word that is also a generic counterpart ("Stakeholders"), as a list's entry:
#: after a bullet, or (``GENERIC_ENTRY``) after a number or alone under a relationships label.
GENERIC_ENTRY = re.compile(r"(?:\d{1,2}[.)]\s+)?(?:key\s+)?stakeholders", re.IGNORECASE)
_BULLETED_GENERIC = re.compile(r"[•·▪*\-–]\s*(?:key\s+)?stakeholders", re.IGNORECASE)


#: A label's hint and separator at the end of its line ("Reports to (line manager):").
_HINT_END = re.compile(HINT + r"\s*[:\-–|]?\s*$", re.IGNORECASE)


@functools.lru_cache(maxsize=65536)
def label_of(text: str) -> str | None:
    """The known label ``text`` consists of (lower case), or ``None``. (The layout and the
    candidates ask of the same lines: the answers are kept.)

    >>> label_of("Accountable to (insert job title):")
    'accountable to'
    """
    if _BULLETED_GENERIC.fullmatch(text.strip()):
        return None  # "• Stakeholders": an entry of a list, not a heading
    stripped = text.strip(" \t|*•·▪")
    unnumbered = _NUMBERED.sub("", stripped)
    bare = _HINT_END.sub("", unnumbered)
    m = _LABEL_RE.match(bare)
    if m is None or m.end() != len(bare):
        return "key working relationships" if _works_with_label(bare) else None
    # a numbered label on its own line ("5. REPORTS TO", "1. JOB TITLE") stays a section's
    # heading: the lists a numbered section holds run on past its values
    if unnumbered != stripped and not _numbered_line(m.group(0)):
        return "key working relationships" if _works_with_label(bare) else None
    return m.group(0).lower()


#: A numbered label of a line that wants its object ("5. RESPONSIBLE TO", "3 Line Manager",
#: "2.1 Deputises for", "6.3 Immediate supervisor"): a field whose value follows, not a
#: section's heading ("5. ACCOUNTABILITY" over prose, "4. RESPONSIBLE FOR" over duties stay
#: headings).
_NUMBERED_LINE = re.compile(r"(?:\b(?:to|by|of)|deputi[sz]es for|deputising for|deputy for|"
                            r"line manager|immediate supervisor|line manager's title|"
                            r"direct reports)$", re.IGNORECASE)


def _numbered_line(label: str) -> bool:
    """Whether a numbered label is a line's or a membership's that wants its object."""
    found = LABELS.get(label.lower())
    return found is not None and found.gives in ("ACCOUNTABLE_TO", "RESPONSIBLE_TO", "REPORTS_TO",
                                                 "DEPUTISES_FOR", "MEMBER_OF") and \
        _NUMBERED_LINE.search(label) is not None


def _works_with_label(bare: str) -> bool:
    """Whether a label heads the post's working relationships: a heading of the genre's
    wordings ("Main contacts are"), or a cue with nothing after it ("Liaison with", "The
    post holder will work closely with")."""
    if REPORTING_HEADING.search(bare):
        return False
    if WORKS_WITH_HEADING.fullmatch(bare):
        return True
    if len(bare.split()) > 8:
        return False  # a sentence, not a cue standing alone
    return any((m := c.pattern.search(bare + " ")) is not None and m.end() == len(bare) + 1
               for c in tried(bare, "WORKS_WITH"))


#: A heading over the post's working relationships in the genre's other wordings: numbered,
#: with an aside or a second topic ("5. KEY WORKING RELATIONSHIPS", "Key relationships /
#: contacts", "Key Working Relationships (Internal and External)", "Working Relationships and
#: Communication", "Liaison", "Stakeholders", "The main contacts of the post are", "The post
#: holder's key relationships are with", the two columns' heading "Internal / External"); read
#: as "Key working relationships" ("Working with others" is a competency's heading in a person
#: specification, not a list of contacts).
WORKS_WITH_HEADING = re.compile(
    r"(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?(?:the\s+)?(?:(?:post[\s-]?holder|postholder|job[\s-]?holder|"
    r"role|post)['’]s\s+)?(?:(?:key|main|principal|internal|external|working|"
    r"communications?|and|&|/|organisational|other|important|regular)\s+){0,5}"
    r"(?:(?:working\s+)?relationships?|contacts|liaison|stakeholders|"
    r"internal\s*(?:/|and|&)\s*external)"
    r"(?:\s+(?:and|&|/)\s+(?:(?:key|main|working|communications?|contacts|relationships|"
    r"liaison|networks?|stakeholders|partnerships?)\s*){1,3})?(?:\s+with\s+others)?"
    r"(?:\s*\((?:internal|external|and|&|/|\s)+\))?"
    r"(?:\s+(?:of|for)\s+(?:the|this)\s+(?:post|role|post[\s-]?holder|postholder|job))?"
    r"(?:\s+(?:are|include|includes|will\s+(?:be|include)))?", re.IGNORECASE)
#: Headings over reporting lines, not working relationships ("Reporting relationships",
#: "Organisational relationships", "Line management relationships").
REPORTING_HEADING = re.compile(r"report|line\s+manag|organi[sz]ational|accountab", re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    """A sentence cue: the words that introduce a relationship's target, and why."""

    name: str
    pattern: re.Pattern[str]
    gives: str  # types joined by "+"; "<" after one: from the target to the subject
    reason: str
    role: str | None = None
    many: bool = True  # the target may be a list of names
    hint: str = ""  # lower-case stems, "|" between them, one of which every match contains:
    # the cue is tried only then



#: Post words in the plural ("members", "directors", "practitioners"): the seats a counted
#: membership names ("one of two non-executive directors on the X").
_SEATS = "|".join(sorted({w if w.endswith("s") else f"{w}s" for w in POST_WORDS
                          if w.isalpha()}, key=len, reverse=True))


def _c(name: str, pattern: str, gives: str, reason: str, role: str | None = None,
       many: bool = True) -> Cue:
    return Cue(name, re.compile(pattern, re.IGNORECASE), gives, reason, role, many)


#: Words between "accountable" / "responsible" and "to" that leave the object the line's end:
#: "not only" (a second object follows), or the route "(,) through the X(,)" the line passes.
_ROUTE = (r"(?:\s+not\s+only|\s+both|,?\s+(?:directly\s+)?through\s+(?:the\s+|our\s+|its\s+|"
          r"their\s+)?[^,.;:\n]{2,60}?,?)?\s+")


#: A focusing word between a working cue and its "with" ("liaise in particular with", "work
#: closely, especially, with", "develop partnerships, mainly with"): the cue is the same.
_FOCUS = (r"(?:,?[ \t]*(?:in\s+particular|particularly|especially|mainly|mostly|primarily|"
          r"principally|chiefly|notably),?\s+)?")


#: A person specification's criterion before a cue ("Experience of reporting to …", "Ability
#: to report to …"): a requirement of the candidate, not the post's line.
_NOT_CRITERION = (r"(?<!experience\sof\s)(?<!experience\sin\s)(?<!ability\sto\s)"
                  r"(?<!able\sto\s)(?<!skills\sin\s)(?<!knowledge\sof\s)")
#: The noun "report" before "to" ("a monthly report to the Board", "produce reports to the
#: Director"): a document sent, not a line.
_NOT_NOUN = (r"(?<!\ba\s)(?<!\bthe\s)(?<!annual\s)(?<!monthly\s)(?<!weekly\s)(?<!regular\s)"
             r"(?<!written\s)(?<!quarterly\s)(?<!prepare\s)(?<!produce\s)(?<!provide\s)"
             r"(?<!submit\s)(?<!present\s)(?<!write\s)(?<!progress\s)(?<!timely\s)")
#: Words that say which kind of line a second object of a reporting or accountability verb
#: is, its verb left out ("accountable to X and managerially to Y").
LINE_ADVERBS = (r"(?:also|professionally|managerially|clinically|operationally|strategically|"
                r"directly)")
#: What a post's own reports are named after under "Responsible for" ("the line management
#: of the Widget Officers"): the duty's words, no part of the posts' name.
MANAGEMENT_OF = re.compile(r"\s*(?:the\s+)?(?:day[\s-]to[\s-]day\s+|direct\s+|overall\s+)?"
                           r"(?:line\s+)?(?:management|supervision|leadership)\s+of\s+",
                           re.IGNORECASE)
#: A line's kind and "to" before its object, in a list under a lead-in or a label
#: ("Accountable to:" / "professionally to X"): no part of the object's name.
KIND_TO = re.compile(r"\s*" + LINE_ADVERBS + r"\s+to\s+", re.IGNORECASE)


#: Sentence cues, most specific first: a match's span blocks later cues that overlap it.
CUES: tuple[Cue, ...] = (
    # (an adverb may stand before "chaired" ("is currently chaired by"), a bracket may open
    # it ("the X (chaired by the Y) meets …"), and "one of the Ys" names the seat Y)
    _c("chaired by", r"(?:\b(?:is|are|(?:will|shall)\s+(?:(?:initially|normally|usually|also|"
       r"then|now|always)\s+)?be|to\s+be)\s+(?:(?:currently|normally|"
       r"usually|also|now|always|then)\s+)?|,\s*(?:and\s+)?|\(\s*)"
       r"(?:both\s+|each\s+|jointly\s+)?"
       r"(?P<role>co-?)?chaired\s+"
       r"(?:jointly\s+)?by\s+(?:one\s+of\s+(?=the\s))?", "CHAIRS<",
       "the body's chair is named after 'by' (', chaired by' and '(chaired by' too: the body "
       "named before)"),
    _c("made up of", r"\b(?:membership\s+(?:will\s+)?(?:includes?|comprises?|consists?\s+of|is)|"
       r"members\s+(?:are|include|will\s+be)|comprises?|consists?\s+of|"
       # "is (also) required (by statute) to have / consist of": the composition a rule sets
       r"(?:is|are|was|were)\s+(?:also\s+)?required\s+(?:by\s+[a-z]+\s+)?to\s+(?:have"
       r"(?=\s+(?:at\s+least\s+)?(?:an?|the|one|two|three|four|five|\d+)\s)|"
       r"comprise|consist\s+of|include)|(?:is|are|will\s+be|shall\s+be)\s+"
       r"(?:made\s+(?:up\s+)?|composed\s+|constituted\s+)of|comprising|consisting\s+of|"
       r"(?<=board\s)made\s+up\s+of|(?<=directors\s)made\s+up\s+of)\s*[:—]?\s+(?:of\s+)?",
       "MEMBER_OF<", "the posts a body is made up of (\"a board comprising …\") are its members"),
    _c("posts reporting to X are", r"\b(?:other\s+|the\s+)?(?:posts|roles|staff|positions|jobs)\s+"
       r"(?:that\s+|which\s+|who\s+)?(?:directly\s+)?report(?:ing)?\s+(?:directly\s+)?to\s+"
       r"(?P<manager>(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w&'’-]*){0,5})"
       r"\s+(?:are|include|will\s+be)\s*:?\s+", "REPORTS_TO",
       "the posts listed after 'are' report to the post named before it"),
    # ("Reporting to the post holder are A and B": the items are the subjects, as the guide's
    # "Working with X are: A, B" makes them)
    _c("reporting to X are", r"\breporting\s+(?:directly\s+)?to\s+(?P<manager>(?:the\s+|this\s+)?"
       r"(?:post[\s-]?holder|postholder|jobholder|post|role|(?-i:[A-Z])[\w&'’-]*(?:\s+(?:of\s+|"
       r"and\s+|for\s+)?(?-i:[A-Z])[\w&'’-]*){0,5}))\s+(?:are|include|will\s+be)\s*:?\s+",
       "REPORTS_TO", "the posts listed after 'are' report to the post named before it"),
    _c("body includes", r"(?=\s)(?:(?<=board)|(?<=boards)|(?<=committee)|(?<=committees)|"
       r"(?<=panel)|(?<=forum)|(?<=network)|"
       r"(?<=body)|(?<=group)|(?<=team))\s+"
       r"(?:that\s+|which\s+)?(?:also\s+)?(?:must\s+|will\s+|shall\s+|should\s+)?(?:also\s+)?"
       r"includes?(?:\s*:\s*|\s+)(?:at\s+least\s+)?", "MEMBER_OF<",
       "the posts a board includes (\"also includes\", \"which includes:\") are its members"),
    _c("and includes", r"\band\s+(?:(?:will|shall|also|must)\s+)*includes?\s+"
       r"(?=(?:the|an?|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s)", "MEMBER_OF<",
       "a later clause of a sentence that opens with a body lists its members (\"The X is "
       "chaired by A and includes B\")"),
    _c("contain a mix of", r"\bcontain(?:s|ed)?\s+(?:a\s+(?:mix|range|combination)\s+of|the\s+"
       r"following)\s*:?\s*", "MEMBER_OF<", "the posts a team or body contains are its members"),
    _c("membership with", r"\bmembership\b[^.;:()]{0,40}?,?\s+with\s+(?=(?:an?|the|one|two|three|"
       r"four|five|six|seven|eight|nine|ten|\d{1,2})\s)", "MEMBER_OF<",
       "a body's membership described 'with' a list of seats: the seats are its members"),
    _c("body will have", r"(?=\s)(?:(?<=board)|(?<=boards)|(?<=committee)|(?<=committees)|"
       r"(?<=panel)|(?<=partnership)|(?<=forum)|(?<=network)|"
       r"(?<=body)|(?<=group))\s+(?:(?:will|shall|must|should)\s+(?:have|comprise|consist\s+of)|"
       r"has|have)\s+(?:(?:at\s+least|up\s+to|no\s+more\s+than)\s+)?(?=(?:an?|the|one|two|three|four|five|six|seven|eight|"
       r"nine|ten|\d{1,2})\s)", "MEMBER_OF<",
       "the posts a board will have, listed right after the verb, are its members"),
    _c("membership of X will be", r"\b(?:membership|(?:voting\s+|non-voting\s+)?members)\s+of\s+"
       r"(?:the\s+)?(?P<body>[A-Z][\w&'’-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w&'’-]*){0,5})\s+"
       r"(?:(?:will|shall)\s+(?:be|include|comprise|consist\s+of)|are|is|includes?)"
       r"(?:\s+(?:as\s+follows|drawn\s+from))?\s*:?\s*", "MEMBER_OF<",
       "the posts a body's membership is listed as (or drawn from) are its members"),
    _c("make up", r"\b(?:(?:make|makes|made)\s+up|(?:together\s+)?forms?)\s+"
       r"(?=(?:the|our|its|their|[A-Z][\w&'’-]*['’]s)\s+(?:[A-Z][\w&'’-]*\s+){0,5}(?:Team|Board|Committee|Group|"
       r"Executive|Panel|Forum)\b)", "MEMBER_OF",
       "the posts that make up (or form) a named team or board are its members"),
    _c("brings together", r"\bbrings?\s+together\s+", "MEMBER_OF<",
       "the bodies (or posts) a partnership brings together are its parts (members)"),
    _c("replaces", r"\b(?:replaces|will\s+replace|succeeds|supersedes)\s+(?:the\s+)?(?:former\s+|"
       r"previous\s+|existing\s+)?", "REPLACES", "a new post or body in place of an old one",
       many=False),
    _c("merges into", r"\b(?:will\s+)?merg(?:e|es|ing)\s+(?:into|with)\s+", "MERGES_INTO",
       "bodies joining into one"),
    _c("in the absence of", r"\bin\s+(?:the|their|his|her)\s+absence\s+of\s+", "DEPUTISES_FOR",
       "standing in while the object is absent", "absence", many=False),
    _c("cover for", r"\b(?:provide|providing|provides)?\s*cover(?:s|ing)?\s+for\s+",
       "DEPUTISES_FOR",
       "standing in for the object", "absence", many=False),
    _c("vice-chair", r"\bvice[\s-]chair(?:man|person)?\s+(?:of\s+)?(?=(?:the|our|its|their)\s)",
       "MEMBER_OF",
       "a vice-chair is a member, not the chair", "vice-chair"),
    _c("deputy chair", r"\bdeputy[\s-]chair(?:man|person)?\s+(?:of\s+)?(?=(?:the|our|its|their)\s)",
       "MEMBER_OF", "a deputy chair is read as a vice-chair: a member, not the chair"),
    _c("directly responsible to", r"\bdirectly\s+responsible\s+to\s+", "REPORTS_TO",
       "'directly responsible to' names the line manager"),
    _c("professionally accountable to", r"\bprofessionally\s+accountable\s+to\s+",
       "ACCOUNTABLE_TO", "the professional line", "professionally accountable"),
    _c("managerially accountable to", r"\b(?:managerially|operationally|clinically)\s+"
       r"accountable\s+to\s+", "ACCOUNTABLE_TO", "the managerial line", "managerially accountable"),
    _c("report to and be accountable to", r"\breports?\s+(?:directly\s+)?to\s+and\s+"
       r"(?:be\s+|is\s+)?accountable\s+to\s+", "REPORTS_TO+ACCOUNTABLE_TO",
       "one object for two verbs: both facts"),
    _c("answerable to", r"\banswerable\s+to\s+", "ACCOUNTABLE_TO",
       "answerable is accountable"),
    _c("accountable:", r"\b(?:(?:dually|jointly|directly)\s+)?(?:accountable|answerable)\s*:\s*|"
       r"\b(?:dual|joint|split)\s+accountabilit(?:y|ies)\s*:\s*",
       "ACCOUNTABLE_TO", "a lead-in whose lines follow ('will be dually accountable:' / "
       "'professionally to X' / 'managerially to Y')"),
    _c("accountable to", r"\b(?:accountable(?:\s+" + LINE_ADVERBS + r")?|(?:(?:has|have|having|"
       r"with|holds?)\s+)?(?:(?:direct|overall|professional|managerial|clinical|operational|"
       r"ultimate|line|an?|the)\s+)*accountability)" + _ROUTE + r"to\s+",
       "ACCOUNTABLE_TO",
       "the post answers to the object (a route 'through the X' or 'not only' before 'to' "
       "leaves the object the end; 'has accountability to' is the noun of the same line)"),
    _c("professionally responsible to", r"\bprofessionally\s+responsible\s+to\s+",
       "RESPONSIBLE_TO", "the professional line", "professionally responsible"),
    _c("responsible to", r"\bresponsible" + _ROUTE + r"to\s+(?!(?:ensure|deliver|provide|"
       r"support)\b)",
       "RESPONSIBLE_TO", "the post is responsible to the object"),
    _c("dotted line to", r"\b(?:a\s+)?dotted[\s-]+line\s+(?:reporting\s+)?(?:relationship\s+)?"
       r"(?:to|into|with)\s+", "REPORTS_TO", "a secondary reporting line", "dotted line"),
    _c("reports to", _NOT_CRITERION + _NOT_NOUN + r"\breport(?:s|ing)?\s+(?:directly\s+|jointly\s+|"
       r"operationally\s+|professionally\s+|managerially\s+|back\s+)?(?:in)?to\s+"
       r"(?!(?:ensure|deliver|provide)\b)",
       "REPORTS_TO", "the line manager"),
    _c("is your line manager", r"(?P<end>(?:[Tt]he\s+)?(?-i:[A-Z])[\w&'’-]*(?:\s+(?:of\s+|and\s+|"
       r"for\s+|in\s+)?(?-i:[A-Z])[\w&'’-]*){0,6})\s+(?:will\s+be|is|shall\s+be)\s+(?:your|the\s+"
       r"post\s*holder['’]s|the\s+postholder['’]s)\s+(?:line\s+|immediate\s+)?manager\b",
       "REPORTS_TO", "the post named before 'will be your line manager' is the line manager"),
    _c("in X's absence", r"\bin\s+(?P<end>(?:the\s+)?(?-i:[A-Z])[\w&-]*(?:\s+(?:of\s+|and\s+|"
       r"for\s+|in\s+)?(?-i:[A-Z])[\w&-]*){0,6})['’]s?\s+absence\b\s*,?\s*(?=(?:the\s+post\s*holder|the\s+"
       r"postholder|you|they)\b)", "DEPUTISES_FOR",
       "standing in while the post named before 'absence' is away", "absence", many=False),
    # ("my line manager is" in a first-person narrative: the writer holds the post)
    _c("line manager will be", r"\b(?:your|their|his|her|(?-i:[Mm]y)|the\s+post\s*holder['’]s|"
       r"the\s+postholder['’]s|the\s+job\s*holder['’]s)\s+(?:line\s+|immediate\s+)?manager\s+"
       r"(?:will\s+be|is|shall\s+be)\s+", "REPORTS_TO",
       "the post's line manager named in a sentence"),
    # ("the line manager for this post is X": the manager named by the post it manages)
    _c("line manager for this post", r"\b(?:the\s+)?(?:line\s+|immediate\s+)?manager\s+"
       r"(?:for|of|to)\s+(?:this|the)\s+(?:post|role|position|post\s*holder|postholder|"
       r"job\s*holder)\s+(?:will\s+be|is|shall\s+be)\s+", "REPORTS_TO",
       "the post's line manager named in a sentence"),
    _c("direct reports of", r"\b(?:are|is|will\s+be)\s+(?:a\s+|the\s+)?direct\s+reports?\s+"
       r"(?:of|to)\s+", "REPORTS_TO", "direct reports of a post report to it"),
    # the noun of "line managed by": "line management (for this post) will be provided by X",
    # "receives line management from X", "comes under the line management of X"
    _c("line management provided by", r"\bline\s+management\s+(?:(?:for|of)\s+(?:this|the)\s+"
       r"(?:post|role)\s+)?(?:(?:will|shall|would)\s+be\s+|is\s+|to\s+be\s+)?(?:provided|given|"
       r"undertaken)\s+by\s+|\b(?:receiv(?:e|es|ing)|get(?:s|ting)?|ha(?:ve|s))\s+(?:(?:direct|"
       r"day[\s-]to[\s-]day)\s+)?line\s+management\s+(?:from|by)\s+|\b(?:come|comes|coming|fall|"
       r"falls|sit|sits|is|are)\s+(?:within|under)\s+the\s+(?:direct\s+)?line\s+management\s+of\s+",
       "REPORTS_TO", "the post's line management is given by the object: its line manager"),
    # ("comes within X's line of management": the owner before "'s" is the manager)
    _c("within X's line of management", r"\b(?:come|comes|coming|fall|falls|sit|sits|is|are)\s+"
       r"(?:within|under)\s+(?P<end>(?:the\s+)?(?-i:[A-Z])[\w&-]*(?:\s+(?:of\s+|and\s+|for\s+|"
       r"in\s+)?(?-i:[A-Z])[\w&-]*){0,6})['’]s?\s+line\s+(?:of\s+)?management\b", "REPORTS_TO",
       "the post within another's line of management reports to that post"),
    _c("line managed by", r"\b(?:line[\s-])?managed\s+(?:day[\s-]to[\s-]day\s+|directly\s+|"
       r"operationally\s+)?by\s+", "REPORTS_TO", "the manager is named after 'by'"),
    _c("deputise for", r"\bdeputi[sz](?:e|es|ing)\s+(?:as\s+(?:and\s+when\s+)?required\s+|"
       r"when\s+required\s+|where\s+required\s+|as\s+necessary\s+|as\s+appropriate\s+)?for\s+",
       "DEPUTISES_FOR", "stands in for the object (each of a list: 'deputise for A and B')"),
    # the guide's open case: a member "substituting for X" stands in for X in their absence
    _c("substitute for", r"\bsubstitut(?:e|es|ing)\s+for\s+(?=(?:the|our|"
       r"its|their|[A-Z]))", "DEPUTISES_FOR", "a member substituting for another stands in for "
       "them", "absence", many=False),
    _c("become acting", r"\b(?:step(?:s|ping)?\s+up\s+to\s+)?becom(?:e|es|ing)\s+(?:the\s+)?"
       r"(?-i:Acting|acting)\s+(?=[A-Z])", "DEPUTISES_FOR",
       "the guide's '(step up to) become Acting X': standing in for the post X", many=False),
    _c("act up for", r"\bact(?:s|ing)?\s+up\s+(?:for|as|(?:in|into)\s+the\s+(?:role|post|"
       r"position)\s+of)\s+(?!(?:and|when|where|required|necessary)\b)",
       "DEPUTISES_FOR", "acting up for (as, in the role of) a post is standing in for it",
       many=False),
    _c("deputy to", r"\b(?:act(?:s|ing)?\s+as\s+)?(?:the\s+|a\s+)?deputy\s+(?:to|for)\s+",
       "DEPUTISES_FOR", "stands in for the object", many=False),
    _c("member of", r"\b(?<!each\s)(?<!every\s)(?<!any\s)(?<!\bno\s)(?:an?\s+|the\s+)?"
       r"(?P<role>(?:voting|non-voting|full|core|senior|integral|key|standing|ex[\s-]officio|"
       r"active|permanent|nominated|executive|board)\s+)?"
       r"(?:member|(?:(?<=\bare\s)|(?<=\bbe\s)|(?<=\bas\s)|(?<=\belected\s)|(?<=\bvoting\s))"
       r"members)\s+of\s+(?!an?\s+(?-i:[a-z]))", "MEMBER_OF",
       "membership of a body (\"are members of\" too, but not \"services to Members of\"; not "
       "\"each member of\": any member; not \"a member of a committee\": no particular body)"),
    # a counted seat: "(will be) one of the lay members of the X", "one of two non-executive
    # directors on the X" (a post's word in the plural: never "one of the priorities of")
    _c("one of the members", r"\bone\s+of\s+(?:the\s+|(?:two|three|four|five|six|seven|eight|"
       r"nine|ten|\d{1,2})\s+)(?:(?!of\b|on\b)[\w-]+\s+){0,3}?(?:" + _SEATS + r")\s+(?:of|on)\s+"
       r"(?=(?:the|our|its|their)\s|[A-Z])", "MEMBER_OF",
       "one of a body's counted seats is a member of it", many=False),
    _c("part of", r"\b(?:as\s+|forms?\s+|work\s+as\s+|is\s+|are\s+|be\s+|becom(?:e|es|ing)\s+)"
       r"(?:an?\s+(?:integral\s+|key\s+)?)?part\s+of\s+(?=(?:the\s+|our\s+|its\s+)?(?:[\w&'’-]+\s+){0,5}?(?:[A-Z][\w&-]*\s+)?"
       r"(?:team|board|committee|group|forum|network|panel|executive)\b)",
       "MEMBER_OF", "a post that is part of a team or board is a member of it"),
    _c("represent on", r"\brepresent(?:s|ing)?\s+(?:the|their|its|our)\s+[\w-]+(?:\s+[\w-]+)?\s+"
       r"(?:on|at)\s+", "MEMBER_OF", "representing the service on a body is a seat on it",
       "represents"),
    _c("representative on", r"\brepresentative\s+(?:on|at|to)\s+", "MEMBER_OF",
       "a representative on a body is a member of it", "representative"),
    _c("forms part of", r"\bforms?\s+(?:an?\s+(?:integral\s+|key\s+)?)?part\s+of\s+(?=(?:the\s+)?"
       r"[A-Z][\w&-]*\s+[A-Z])", "MEMBER_OF", "a post forming part of a named body is a member"),
    _c("sits on", r"\b(?:sit|serve)(?:s|ting|ing)?\s+(?:as\s+an?\s+[\w -]{0,30}?member\s+)?on\s+"
       r"(?=(?:the|our|its|their)\s|[A-Z])", "MEMBER_OF",
       "a seat on a body ('serves on the X' too; not 'serves on behalf of')"),
    _c("attend meetings of", r"\b(?:regularly\s+)?attend(?:s|ing)?\s+(?:all\s+)?(?:the\s+)?"
       r"(?:(?:monthly|regular|quarterly|weekly|annual|formal|bi-?monthly)\s+)?meetings\s+of\s+"
       r"(?=(?:the|our|its|their)\s+|[A-Z])", "MEMBER_OF",
       "attending a named body's meetings is attending the body (a regular participant)"),
    _c("attends", r"\b(?:regularly\s+)?attend(?:s|ing)?\s+(?=(?:(?:the|our|its)\s+)?"
       r"(?:[A-Z][\w&'’-]*,?\s+|(?:&|and)\s+){0,6}"  # ("the Quality & Safety Committee")
       r"(?:Board|Committee|Group|Forum|Meeting|Panel|Council|Network|Huddle|Executive)s?\b)",
       "MEMBER_OF", "a post that attends a named standing body is one of its members"),
    # (a sub-body too: "appointed to the X Sub-Committee")
    _c("appointed to", r"\bappointed\s+to\s+(?=(?:the|our|its)\s+(?:[A-Z][\w&'’-]*\s+){0,5}"
       r"(?:Sub-?)?(?:Board|Committee|Panel|Forum|Group|Council|Executive)\b)", "MEMBER_OF",
       "a post appointed to a named board or committee takes a seat on it"),
    # (after "a", adjectives may come before the team's name: "join a specialist, Widget Team";
    # "has joined the X Board": a member now)
    _c("join", r"\bjoin(?:s|ed|ing)?\s+(?=(?:(?:the|our)\s+(?:[A-Z][\w&'’@-]*\s+){0,5}|an?\s+"
       r"(?:[\w'’@-]+,?\s+){0,8})(?:Sub-?)?(?:Team|Board|Committee|Group|Forum|Network|Panel)\b)",
       "MEMBER_OF", "joining a named team or board is becoming one of its members"),
    # ("a role within the X team" is working within it)
    _c("works within", r"\b(?:work(?:s|ing)?|(?:(?:this|it)\s+is\s+)?(?:an?\s+)?role)\s+within\s+"
       r"(?=(?:the\s+)?"
       r"(?:[A-Z][\w&'’-]*\s+){1,5}[Tt]eam\b)", "MEMBER_OF",
       "a post working within a team is a member of it"),
    # (news names a person by a board seat in apposition: "Jo Example, a non-executive
    # director of the X Board, said …")
    _c("director of the board", r"(?:,[ \t]+|\b(?:is|as|be|become|becomes)\s+)(?:an?\s+|the\s+)?"
       r"(?:non-executive|executive|independent|lay|associate)\s+(?:director|member)\s+"
       r"(?:of|on)\s+(?=(?:the|our|its)\s+(?:[A-Z][\w&'’-]*\s+){0,5}Board\b)", "MEMBER_OF",
       "a director or lay member of a named board is one of its members"),
    _c("seat on", r"\b(?:holds?|has|have|with)\s+an?\s+(?P<role>(?:voting|non-voting)\s+)?seat\s+"
       r"on\s+", "MEMBER_OF", "a seat on a body"),
    _c("co-chair", r"\bco-?chair(?:s|ing)?\s+(?:of\s+)?(?=(?:the|our|its)\s+)", "CHAIRS",
       "chairs with another", "co-chair"),
    _c("chair meetings of", r"\bchair(?:s|ing)?\s+(?:all\s+)?(?:the\s+)?(?:(?:monthly|regular|"
       r"quarterly|weekly|annual|formal|bi-?monthly)\s+)?meetings\s+of\s+"
       r"(?=(?:the|our|its)\s+)", "CHAIRS", "chairing a body's meetings is chairing the body"),
    # after a modal or a subject pronoun ("shall chair", "I chair"): the verb, not the noun
    # (and after "and" in lower case, a second verb of the clause: "succeed X and chair the Y");
    # an adverb may follow the modal ("I currently chair"), "both" the verb; a duty on its own
    # line ("• Chair the X") is the verb when an article or owner follows
    _c("chair", r"(?:\b(?:will|shall|must|should|may|can|would|to|also|(?-i:I)|you|we|they|"
       r"(?-i:and))\s+(?:(?:also|currently|jointly|normally|usually|now|then)\s+)*|"
       r"(?:(?<![^\n])|(?<=[·•▪*\-–][ \t]))[ \t]*(?:[·•▪*\-–][ \t]*|\d+(?:\.\d+)*[.)]?[ \t]+)?"
       r"(?=chair\s+(?:the|our|its|their|both)\s))chair\s+(?:both\s+)?(?=(?:the|our|its|their|"
       r"this|[a-z]+['’]s)\s+|(?-i:(?:the)?[A-Z]))", "CHAIRS",
       "chairs the body"),
    _c("chairs", r"\bchairs\s+(?:both\s+)?(?=(?:the|our|its|their)\s+(?:[A-Z]|(?:[a-z-]+\s+){0,2}"
       r"(?:board|committee|panel|forum|group)\b))", "CHAIRS",
       "chairs the body (a body named after it)"),
    # (the present perfect "has chaired X (since …)" still chairs it; "had chaired" is past)
    _c("has chaired", r"\b(?:has|have)\s+(?:also\s+)?chaired\s+(?=(?:the|our|its|their)\s+[A-Z])",
       "CHAIRS", "a post or person who has chaired a body (and still does) chairs it"),
    # (a duty or a remit as a gerund: "responsible for chairing the X", "• chairing the X")
    _c("chairing", r"\bchairing\s+(?:both\s+)?(?=(?:the|our|its|their)\s+(?:[A-Z]|(?:[a-z-]+\s+)"
       r"{0,2}(?:board|committee|panel|forum|group)\b))", "CHAIRS",
       "chairing a named body is chairing it (not a criterion: 'experience of chairing')"),
    # only as a predicate ("is / as / become the Chair of"): "accountable to the Chair of the
    # Board" names the Board's chair as the target, it does not make the post its chair
    # ("was / were Chair of" is a past chair, not labelled; "appointed / elected Chair of" and
    # "the role of Chair of" name the chair taken)
    _c("chair of", r"(?:\b(?:is|am|are|as|be|been|become|becomes|becoming|appointed|elected|named|"
       r"role\s+of)\s+(?:also\s+|now\s+|"
       r"currently\s+)?|^[\s·•▪*\-–]*)(?:the\s+(?P<the>))?(?:(?:new|first|inaugural|interim|acting|current|founding|"
       r"independent)\s+)?chair(?:man|person)?\s+of\s+(?=(?:the|our|its)\s+[A-Z]|"
       r"(?(the)(?-i:[A-Z])|(?!)))", "CHAIRS",
       "chairs the body (\"is the new Chair of X\" too: after \"the Chair of\" the body may lack "
       "its article; not \"as chair of X\", a role named in passing)"),
    _c("professional lead for", r"\bprofessional\s+lead\s+for\s+", "PROFESSIONAL_LEAD_FOR",
       "professional lead of the object"),
    _c("seconded to", r"\bseconded\s+to\s+", "SECONDED_TO", "a secondment"),
    # (several manners: "work closely and collaboratively with", "work effectively together
    # with"; not a person specification's "ability to work effectively with"). Every
    # working-relationship cue may end with a colon before its list ("liaise with: A; B").
    _c("work closely with", r"(?<!ability\sto\s)(?<!able\sto\s)(?<!experience\sof\s)"
       r"\bwork(?:s|ing)?\s+(?:very\s+|in\s+)?(?:(?:closely|collaboratively|jointly|together|"
       r"effectively|constructively|co-?operatively|flexibly|positively|productively|"
       r"directly|alongside|and|very),?\s+){1,4}(?<!and\s)" + _FOCUS + r"with(?:[ \t]*:)?\s+",
       "WORKS_WITH",
       "a working relationship"),
    _c("work hand in hand with", r"(?<!ability\sto\s)(?<!able\sto\s)(?<!experience\sof\s)"
       r"\bwork(?:s|ing)?\s+(?:closely\s+)?(?:hand\s+in\s+hand|side\s+by\s+side|in\s+(?:close\s+)?"
       r"co-?operation|in\s+an?\s+[a-z]+\s+capacity)\s+with(?:[ \t]*:)?\s+", "WORKS_WITH",
       "a working relationship whose manner is a phrase ('hand in hand', 'in close co-operation', "
       "'in an advisory capacity')"),
    _c("A and B work together", r"\band\s+(?=(?:the\s+|our\s+)?[A-Z][\w'’&-]*(?:\s+(?:of|for|"
       r"and|in|&|[A-Z][\w'’&-]*)){0,6}\s+(?:will\s+|shall\s+|must\s+|should\s+|also\s+)?"
       r"work\s+(?:closely\s+|jointly\s+|collaboratively\s+)?together\b)", "WORKS_WITH",
       "'A and B work together': A works with B (the name after 'and')", many=False),
    _c("work with and through", r"\bwork(?:s|ing)?\s+with\s+and\s+through\s+", "WORKS_WITH",
       "a working relationship"),
    # ("the (joint) working with X" is an activity named as a noun, not whom the post works
    # with; "joint working with X" as what a role involves is)
    _c("work with", r"(?<!ability\sto\s)(?<!able\sto\s)(?<!experience\sof\s)(?<!the\s)"
       r"(?<!the\sjoint\s)\bwork(?:s|ing)?\s+" + _FOCUS + r"with(?:[ \t]*:)?\s+"
       r"(?!(?:minimal|little|limited|no|the\s+aim|a\s+view|support|guidance|supervision)\b)",
       "WORKS_WITH", "a working relationship"),
    _c("work alongside", r"\bwork(?:s|ing)?\s+(?:closely\s+)?alongside\s+", "WORKS_WITH",
       "a working relationship"),
    _c("key link with", r"\b(?:a\s+)?key\s+link\s+(?:with|to|between)(?:[ \t]*:)?\s+", "WORKS_WITH",
       "a working relationship"),
    _c("act as a link with", r"\b(?:act(?:s|ing)?\s+as|serv(?:e|es|ing)\s+as|provid(?:e|es|ing))\s+"
       r"(?:a|an|the)\s+(?:(?:key|main|professional|working|close|direct|principal|formal|"
       r"important|vital)\s+)*link\s+(?:with|to)(?:[ \t]*:)?\s+", "WORKS_WITH",
       "the guide's '(professional / working) link with X', as a role the post acts in ('act as "
       "a link to X', 'provide a professional link with X')"),
    _c("build relationships with", r"\b(?:build|develop|maintain|establish|foster|form|forge|"
       r"nurture|sustain|strengthen|cultivate)(?:s|ing)?\s+"
       r"(?:\w+,?\s+(?:and\s+)?){0,4}?(?:relationships?|links?|partnerships?)(?:\s+and\s+(?:\w+\s+){0,3}?"
       r"communications?)?(?:\s+|,\s*)" + _FOCUS + r"with(?:[ \t]*:)?\s+", "WORKS_WITH",
       "a working relationship (and 'relationships and effective communication with' shares "
       "its object; 'good, open and effective relationships with' too)"),
    _c("liaise with", r"\bliais(?:e|es|ing|on)\s+(?:(?:closely|regularly|and|effectively|"
       r"directly|frequently|as|appropriate|necessary|required|where|when|on|a|regular|basis|"
       r"routinely|fully)\s+){0,4}(?<!and\s)" + _FOCUS + r"with(?:[ \t]*:)?\s+",
       "WORKS_WITH", "a working relationship ('liaison with' too; 'liaise as appropriate / on a "
       "regular basis with')"),
    _c("liaison is required with", r"\b(?:liaison|partnership\s+working|joint\s+working|"
       r"collaboration|working\s+relationships?)\s+(?:is|are|will\s+be|shall\s+be)\s+"
       r"(?:\w+\s+)?(?:required|needed|expected|essential|necessary|important|maintained|"
       r"developed)\s+with(?:[ \t]*:)?\s+", "WORKS_WITH",
       "a working relationship named by its noun, the verb between it and 'with' ('Close "
       "liaison is required with X')"),
    _c("in partnership with", r"\b(?:in\s+(?:close\s+)?)?partnership(?:\s+building|\s+working)?,?"
       r"\s+with(?:[ \t]*:)?\s+", "WORKS_WITH", "a working relationship"),
    _c("in collaboration with", r"\b(?:in\s+(?:close\s+)?conjunction\s+(?:and\s+collaboration\s+)?|"
       r"(?:in\s+)?(?:close\s+|strong\s+)?collaboration\s+)with(?:[ \t]*:)?\s+", "WORKS_WITH",
       "a working relationship ('in close conjunction with', 'in close collaboration with' too)"),
    _c("collaborate with", r"\bcollaborat(?:e|es|ing)\s+(?:closely\s+|effectively\s+|fully\s+)?"
       r"with(?:[ \t]*:)?\s+", "WORKS_WITH",
       "the verb of 'collaboration with': a working relationship"),
    _c("working relationships with", r"\b(?:key\s+|close\s+|effective\s+)?working\s+"
       r"relationships?\s+(?:(?:with)?in\s+(?:the\s+|our\s+|its\s+)?[\w&'’ -]{2,40}?\s+)?"
       r"(?:(?:will|shall|would)\s+be\s+|are\s+|is\s+|include\s+)?with(?:[ \t]*:)?\s+",
       "WORKS_WITH",
       "a working relationship, also where the relationships' setting comes before 'with' "
       "('working relationships within the Directorate will be with X')"),
    # ("provides line management (support) to X": the noun of "line manages X")
    _c("provides line management to", r"\b(?:provid(?:e|es|ing)|giv(?:e|es|ing))\s+(?:direct\s+)?"
       r"line\s+management(?:\s+(?:support|and\s+supervision))?\s+(?:to|for)\s+", "REPORTS_TO<",
       "the staff a post gives line management to report to it"),
    _c("line manages", r"\b(?:direct\s+)?line\s+manag(?:es|e|ing|ement)(?:\s+"
       r"responsibilit(?:y|ies))?(?:\s+and\s+[\w ]{3,40}?)?\s+(?:for|of)\s+|"
       r"\bline\s+manag(?:es|e)\s+(?=the\s|[A-Z])",
       "REPORTS_TO<", "the object reports to the subject"),
    _c("manages a team of", r"\bmanag(?:e|es|ing)\s+(?:a|the|their|his/her)\s+(?:small\s+|"
       r"large\s+)?team\s+of\s+(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
       r"\s+)?", "REPORTS_TO<", "the members of the team a post manages report to it"),
    _c("manages", r"\bmanages\s+(?=(?:the\s+|(?:one|two|three|four|five|six|\d{1,2})\s+)?[A-Z])",
       "REPORTS_TO<", "the object reports to the subject"),
    # after the working-relationship cues, whose spans it must not block
    _c("deputise in their absence", r"\bdeputi[sz]e\s+(?:for\s+(?:them|him|her)\s+)?(?:as\s+"
       r"required\s+)?in\s+(?P<their>their|his|her)\s+absence\b", "DEPUTISES_FOR",
       "'… the X and deputise in their absence': the absent one is the post named before",
       "absence", many=False),
)

#: A word stem every cue above contains: a clause without one states no relation, so the
#: cues are not tried on it (most clauses of a job description are duties).
CUE_HINT = re.compile(r"accountab|answerab|responsib|report|manag|deputi|deputy|member|\bsit|"
                      r"\bone\s+of\s|"
                      r"\bserv(?:es|e|ing)\s+on|\bact(?:s|ing)?\s+up|"
                      r"collaborat|conjunction|join|"
                      r"seat|attend|chair|lead|second|work|role\s+within|liais|partnership|relationship|link|"
                      r"represent|compris|consist|made|\bmakes?\s+up|\bforms?\s|compos|constitut|contain|"
                      r"appointed|bring|replac|supersed|succeed|merg|\band\s+(?:\w+\s+){0,2}includ|"
                      r"required\s+(?:by\s+[a-z]+\s+)?to\s+(?:have|include)|"
                      r"absence|cover|substitut|\bacting\s|direct|part\s+of|dotted|(?:board|committee|panel|body|group|team|"
                      r"forum|network)s?\s+"
                      r"(?:that\s+|which\s+)?(?:also\s+)?(?:must\s+|will\s+|shall\s+|should\s+)?"
                      r"(?:also\s+)?(?:include|have|has|comprise|consist)", re.IGNORECASE)

#: :data:`CUE_HINT` without IGNORECASE, for text already in lower case (three times faster).
_CUE_HINT_LOWER = re.compile(CUE_HINT.pattern)
#: The characters a case-blind match reads as an ASCII letter that ``str.lower`` does not
#: make one ("ſ" matches "s"): a text holding one is searched case-blind.
_ODD_CASE = frozenset("\u0130\u0131\u017f")


def has_cue_stem(text: str, a: int = 0, b: int | None = None) -> bool:
    """``CUE_HINT.search(text, a, b) is not None``, faster: the text is put in lower case and
    searched case-sensitively (with the character before ``a``, which ``\\b`` looks at).

    >>> has_cue_stem("Reports to the Head of Widgets"), has_cue_stem("Orders the widgets")
    (True, False)
    >>> has_cue_stem("Westshire", 3)  # "\\bsit" needs a word's start, as with ``search``
    False
    """
    b = len(text) if b is None else b
    before = 1 if a > 0 else 0
    part = text[a - before:b]
    if _ODD_CASE.isdisjoint(part):
        return _CUE_HINT_LOWER.search(part.lower(), before) is not None
    return CUE_HINT.search(text, a, b) is not None


#: The stem each cue's matches contain (lower case), so a clause is searched only by the
#: cues whose stem it has; a cue not listed is always tried.
_HINTS = {
    "chaired by": "chaired", "in the absence of": "absence", "cover for": "cover",
    "vice-chair": "chair", "brings together": "bring", "merges into": "merg", "work with": "with",
    "membership of X will be": "member", "body will have": "ha", "membership with": "member",
    "contain a mix of": "contain", "appointed to": "appointed", "make up": "make|made|form",
    "directly responsible to": "responsible", "professionally accountable to": "accountable",
    "managerially accountable to": "accountable", "report to and be accountable to":
    "accountable", "answerable to": "answerable", "accountable to": "accountab",
    "accountable:": ":",
    "professionally responsible to": "responsible", "responsible to": "responsible",
    "dotted line to": "dotted", "reports to": "report", "direct reports of": "direct",
    "line managed by": "managed", "deputise for": "deputi",
    "line manager will be": "manager", "is your line manager": "manager",
    "line manager for this post": "manager",
    "in X's absence": "absence", "deputise in their absence": "absence",
 "become acting": "acting",
    "deputy to": "deputy", "act up for": "up",
    "member of": "member", "one of the members": "one", "part of": "part",
    "represent on": "represent",
    "representative on": "representative", "sits on": "on", "attends": "attend",
    "attend meetings of": "attend",
    "works within": "within", "join": "join", "seat on": "seat", "co-chair": "chair",
    "chair": "chair", "chairs": "chairs", "chair meetings of": "meetings", "forms part of": "part",
    "chair of": "chair", "chairing": "chairing", "deputy chair": "chair", "has chaired": "chaired",
    "professional lead for": "professional", "seconded to": "seconded",
    "work closely with": "work", "work with and through": "through",
    "work hand in hand with": "work", "A and B work together": "and",
    "act as a link with": "link",
    "work alongside": "alongside", "key link with": "link", "build relationships with": "with",
    "liaise with": "liais", "in partnership with": "partnership",
    "in collaboration with": "conjunction|collaboration",
    "collaborate with": "collaborat",
    "working relationships with": "relationship", "line manages": "manag",
    "manages": "manages", "manages a team of": "team", "posts reporting to X are": "report",
    "body includes": "include", "and includes": "include",
    "reporting to X are": "reporting", "line management provided by": "management",
    "within X's line of management": "management", "provides line management to": "management",
    "substitute for": "substitut", "made up of": "member|compris|consist|required|made|compos|"
    "constitut", "replaces": "replac|succeed|supersed", "liaison is required with":
    "liaison|working|collaboration",
}
CUES = tuple(Cue(c.name, c.pattern, c.gives, c.reason, c.role, c.many, _HINTS.get(c.name, ""))
             for c in CUES)

def _stems(hint: str) -> tuple[str, tuple[str, ...]]:
    """A cue's first stem and its others."""
    first, *more = hint.split("|")
    return first, tuple(more)


def tried(text: str, gives: str | None = None) -> Iterator[Cue]:
    """The cues that may match in ``text`` (it holds their stem, :attr:`Cue.hint`), of one type
    if ``gives`` is given: the only cues worth searching for.

    >>> names = [c.name for c in tried("Liaise with the Widget Lead", "WORKS_WITH")]
    >>> "liaise with" in names, "in partnership with" in names
    (True, False)
    """
    lower = text.lower()
    return iter([c for c, first, more in _BY_TYPE.get(gives, ())
                 if first in lower or (more and any(stem in lower for stem in more))])


#: The cues of each type (and under ``None`` all of them), in their order, with their stems.
_BY_TYPE: dict[str | None, tuple[tuple[Cue, str, tuple[str, ...]], ...]] = {
    t: tuple((c, *_stems(c.hint)) for c in CUES if t is None or c.gives == t)
    for t in [None, *sorted({c.gives for c in CUES})]}


#: The cues of the coverage check (``orggraph coverage``): a passage holding one of these
#: states, or may state, a relationship of the vocabulary. Broader than :data:`CUES` (which
#: must find a target): "within" or "supported" may be a relationship or not, and the
#: curated data records the passage or waives it with a reason. Name -> pattern (any case).
RELATION_CUES: dict[str, str] = {
    "accountable": r"\baccountable\b",
    "responsible": r"\bresponsible\b",
    "reports": r"\breport(?:s|ing|ed)?\s+(?:\w+\s+)?(?:in)?to\b|\breporting\s+(?:line|arrangement)",
    "line manages": r"\bline[\s-]+manag\w*",
    "deputises": r"\bdeputi[sz]\w*|\bdeputy\s+(?:to|for)\b",
    "member": r"\bmember(?:s|ship)?\b",
    "sits on": r"\bsit(?:s|ting)?\s+on\b",
    "chairs": r"\b(?:co-?)?chair(?:s|ed|ing)?\s+(?:of|by|the|a|an)\b|\bco-?chairs?\b",
    "works with": r"\bwork(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?(?:with|alongside)\b"
                  r"|\b(?:key|working|close)\s+relationships?\b|\brelationships?\s+with\b"
                  r"|\bcollaborat\w*\s+with\b|\bin\s+partnership\s+with\b",
    "liaises": r"\bliais(?:e|es|ed|ing)\b",
    "supports": r"\bsupport(?:s|ed|ing)?\b",
    "advises": r"\badvi(?:se|ses|sed|sing|ce)\b",
    "professional lead": r"\bprofessional(?:ly)?\s+(?:lead|accountab\w+)\b",
    "comprises": r"\bcompris\w*|\bconsists?\s+of\b|\bmade\s+up\s+of\b"
                 r"|\bbring(?:s|ing)?\s+together\b",
    "part of": r"\bpart\s+of\b",
    "within": r"\bwithin\b",
    "replaces": r"\breplac(?:e|es|ed|ing)\b|\bsucceed(?:s|ed)?\b",
    "merges": r"\bmerg(?:e|es|ed|er|ing)\b",
    "seconded": r"\bsecond(?:ed|ment)\b",
}

#: A line a page break leaves inside a sentence: nothing, a page number ("2", "Page 2 of 5",
#: "3/7") or a form feed.
PAGE_FURNITURE = re.compile(r"[ \t\f]*(?:(?:page\s+)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?)?[ \t\f]*",
                            re.IGNORECASE)
#: The gap a page break leaves between two words of one name ("Director of" / "Page 2 of 5" /
#: "Widgets"): line breaks with only page furniture between them.
PAGE_GAP = re.compile(r"(?:[ \t\f]*\n(?:[ \t\f]*(?:page\s+)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?"
                      r"(?=[ \t\f]*\n))?)+[ \t\f]*", re.IGNORECASE)

#: The heading of an organisation chart drawn as text (one box a line, the most senior
#: first): "Organisational chart", "Structure chart", "Reporting line(s)", "Organogram".
CHART_HEADING = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.)]?\s*)?(?:(?:organi[sz]ation(?:al)?|structure|"
                           r"reporting|team)\s+(?:chart|position|structure|diagram|line)s?|"
                           r"organogram)\s*:?\s*$", re.IGNORECASE)
#: A line of a text chart that only joins boxes ("|", arrows): it says the box below
#: reports to the box above.
CHART_LINK = re.compile(r"^[ \t|│┃↓⇩▼v\-–—]*[|│┃↓⇩▼v][ \t|│┃↓⇩▼v\-–—]*$")
#: "Ward Sister (this post)", "THIS POST": the post the document describes, in a chart.
THIS_POST = re.compile(r"\(?\s*\b(?:this|the)\s+(?:post|role|job)\b\s*\)?", re.IGNORECASE)

#: "The structure has three posts at tier 4 reporting directly to the X": the posts are
#: the ones the headings below are each led by.
COUNTED_POSTS = re.compile(r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d)\s+"
                           r"(?:new\s+)?(?:posts|roles|positions)\b[^.;:]{0,40}?\breporting\s+"
                           r"(?:directly\s+)?to\s+(?:the\s+)?", re.IGNORECASE)
#: The post a section of a structure paper is about: "This function will be led by a X",
#: "The post of X will …", "The role of X …", or a first sentence "The X will …".
LED_BY = re.compile(r"\b(?:led|headed|managed)\s+by\s+(?:an?|the|one)\s+(?:new\s+)?|"
                    r"\b[Tt]he\s+(?:new\s+)?(?:post|role)\s+of\s+(?:the\s+)?|(?P<opening>\b[Tt]he\s+)(?=[A-Z])")
#: Number words, for counted posts.
NUMBERS = {w: n for n, w in enumerate(["one", "two", "three", "four", "five", "six", "seven",
                                       "eight", "nine", "ten"], start=1)} | {
    str(n): n for n in range(1, 10)}

#: Title labels that a table exported with single spaces runs into its value ("Job Title
#: Staff Nurse"): only labels of two words or more, as no post's title starts with them.
#: "Vacancy" is one word but opens no post's title, so it is run in like them.
RUN_IN_TITLE_LABELS: tuple[str, ...] = tuple(
    k for k, v in LABELS.items() if v.gives == "title" and (" " in k or k == "vacancy"))

#: Words of an advert or a report before the post it seeks, each with its reason; an article
#: and any adjectives ("an experienced", "a highly motivated and enthusiastic") come between.
POST_SOUGHT: tuple[tuple[str, str], ...] = (
    (r"looking\s+for", "the employer is looking for the post"),
    (r"seeking", "the employer is seeking the post"),
    (r"recruiting(?:\s+for)?", "the employer is recruiting (for) the post"),
    (r"(?:vacancy|opportunity|opening)(?:\s+(?:has\s+(?:arisen|become\s+available)|exists|"
     r"is\s+available))?\s+for", "a vacancy or an opportunity for the post"),
    (r"\b[Aa]re\s+you", "an advert asks the reader whether they are the post"),
    (r"(?:wish|want|like|intend)s?\s+to\s+(?:appoint|recruit)",
     "the employer means to fill the post"),
)

#: Words before the post a person takes, to the end of "as": the post follows, after "our new".
POST_TAKEN: tuple[tuple[str, str], ...] = (
    (r"[Jj]oin(?:s|ed|ing)?\s+(?:us|them|the\s+(?:[a-z]+\s+)?team)\s+as",
     "a person joins the employer as the post"),
    (r"(?:has|have)\s+been\s+(?:appointed|named|confirmed)(?:\s+as)?",
     "a person has been appointed the post (a letter's \"I have been\" too)"),
    (r"\bbe\s+appointed(?:\s+as)?", "a minute's resolution that a person be appointed the post"),
    (r"\b(?:[Yy]ou|[Tt]hey)\s+will\s+(?:be|become)(?=\s+(?:the|our)\s)",
     "a job description tells the reader the post they will hold"),
    (r"\b(?:to|will|you\s+would)\s+work\s+as(?=\s+(?:the|our|a|an)\s)",
     "an advert's opportunity to work as the post"),
    (r"\b[Pp]ost\s*holder\s*,(?=\s+(?:the|our)\s)",
     "the post named in apposition to the post holder (\"the post holder, the X, will\")"),
)

#: A headline naming the post it reports ("New X for Y", "Y appoints new X", "A Person named
#: as X", "Appointment of a X"): read on a heading, where a title rule sees only a headline.
HEADLINE_POST = re.compile(
    r"^\s*New\s+(?=[A-Z])|"  # (an "Interim X" heading is a title)
    r"\b(?:appoints?|names?|welcomes?|creates?|(?:advertises|search(?:es)?)\s+for)\s+"
    r"(?:a\s+|its\s+|their\s+)?"
    r"(?:new|interim|permanent|[‘'“\"][\w-]+[’'”\"])\s+(?=[A-Z])|"
    r"\brecruits?\s+(?:an?\s+|its\s+|their\s+)?(?:new\s+)?(?=[A-Z])|"
    r"(?<=[a-z.])\s(?:named|appointed)\s+(?:as\s+)?(?:the\s+|its\s+)?"
    r"(?:new\s+|interim\s+)?(?=[A-Z])|"
    r"^\s*(?:\d+(?:\.\d+)*[.)]?\s+)?Appointment\s+of\s+(?:an?\s+|the\s+)?(?:new\s+|interim\s+)?"
    r"(?=[A-Z])")  # (a paper's item "7 Appointment of X" too)

#: A time after a post in a report ("in June", "from the spring"): no part of its title.
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

#: Words that introduce the post's title on a heading line (the guide's "Job Description
#: for"): what follows them, to the end of the line, is the title.
TITLE_LEAD_INS: tuple[tuple[str, str], ...] = (
    (r"(?:job|role)\s+(?:description|profile|outline)\s+for", "a document word naming its post"),
    (r"person\s+specification\s+for", "a person specification names the post it is for"),
)

#: A section heading of a job description ("Main duties", "Job purpose", "Person
#: specification", "Key result areas"): it ends the list above it, never an entry of it.
SECTION_HEADING = re.compile(r"^[\s\d.)]*(?:[A-Za-z&,/-]+\s+){0,5}?(?:duties|responsibilities|"
                             r"purpose|summary|specification|description|tasks|qualifications|"
                             r"requirements|objectives|scope|dimensions|criteria|overview|"
                             r"accountabilities|result\s+areas|conditions|outline)\s*:?\s*$",
                             re.IGNORECASE)
