"""Names: cleaning a phrase into a post or body name, classifying it, normalising it.

The word lists here are general vocabulary of NHS and council documents (post words
such as *Director* or *Co-ordinator*, body words such as *Committee* or *Trust*);
no name of any particular post, body or organisation is written here.

>>> normalise("The Associate Directors' PAs")
'associate director pa'
>>> normalise("Associate Director for Adult Services") == normalise("Associate Director, Adult")
False
>>> classify("Quality and Safety Committee")
('Body', 'committee')
>>> classify("Head of Nursing")
('Post', None)
>>> classify("Westshire")
('?', None)
>>> clean_name("the Director of Nursing for the leadership of the service.")
'Director of Nursing'
"""

from __future__ import annotations

import functools
import re

__all__ = ["classify", "clean_name", "is_organisation_board", "normalise", "slug"]

#: Last words that make a name a post.
POST_WORDS = frozenset([
    "director", "directors", "manager", "managers", "officer", "officers", "lead", "leads",
    "head", "heads", "chief", "executive", "executives", "nurse", "nurses", "consultant",
    "consultants", "administrator", "administrators", "assistant", "assistants", "adviser",
    "advisers", "advisor", "advisors", "secretary", "clerk", "clerks", "practitioner",
    "practitioners", "co-ordinator", "co-ordinators", "coordinator", "coordinators", "chair",
    "chairs", "chairman", "chairmen", "chairperson", "vice-chair", "vice-chairman", "analyst",
    "analysts", "therapist", "therapists",
    "pharmacist", "pharmacists", "specialist", "specialists", "worker", "workers", "engineer",
    "engineers", "accountant", "accountants", "controller", "supervisor", "supervisors",
    "matron", "matrons", "registrar", "pa", "pas", "deputy", "ceo", "cfo", "coo", "cmo", "cno",
    "gp", "gps", "doctor", "doctors", "physician", "physicians", "surgeon", "midwife",
    "midwives", "governor", "auditor", "champion", "partner", "partners", "staff", "principal",
    "dean", "professor", "commissioner", "officer-in-charge", "leader", "leaders", "member",
    "members", "trustee", "trustees", "advocate", "coach", "psychologist", "psychologists",
    "dietitian", "paramedic", "technician", "technicians", "receptionist", "sister", "sisters",
    "charge", "navigator", "navigators", "facilitator", "facilitators", "representative",
    "representatives", "educator", "educators", "assessor", "assessors", "inspector",
    "inspectors", "handler", "handlers", "dispatcher", "dispatchers", "physiotherapist",
    "physiotherapists", "radiographer", "radiographers", "optometrist", "dentist", "dentists",
    "podiatrist", "podiatrists", "clinician", "clinicians", "scientist", "scientists",
    "sonographer", "counsellor", "counsellors", "porter", "porters", "chaplain", "planner",
    "planners", "caseworker", "caseworkers", "operative", "operatives", "hygienist",
    "orthoptist", "audiologist", "housekeeper", "minister", "ministers", "apprentice",
    "driver", "drivers", "cleaner", "cleaners", "caretaker", "caretakers", "instructor",
    "instructors", "trainer", "trainers", "councillor", "councillors", "tutor", "tutors",
    "lecturer", "lecturers",
    # occupations of the health and care professions, by their own names
    "visitor", "visitors", "dispenser", "dispensers", "phlebotomist", "phlebotomists",
    "anaesthetist", "anaesthetists", "psychiatrist", "psychiatrists", "radiologist",
    "pathologist", "paediatrician", "obstetrician", "orthotist", "prosthetist", "optician",
    "perfusionist", "physicist", "biochemist", "embryologist", "epidemiologist", "statistician",
    "economist", "librarian", "solicitor", "surveyor", "interpreter", "chef", "cook",
    "guardian", "guardians", "fellow", "fellows",
])

#: Words (a name's last or a distinctive one) that make it a body, with its kind.
BODY_WORDS: dict[str, str] = {
    "board": "board", "committee": "committee", "sub-committee": "committee",
    "subcommittee": "committee", "panel": "panel", "council": "council",
    "assembly": "assembly", "team": "team", "teams": "team", "directorate": "directorate",
    "division": "division", "department": "department", "service": "service",
    "services": "service", "unit": "service", "trust": "trust", "trusts": "trust",
    "icb": "icb", "ics": "ics", "icp": "icp", "ccg": "organisation", "pct": "pct",
    "sha": "sha", "university": "university", "universities": "university",
    "network": "network", "partnership": "partnership", "programme": "programme",
    "forum": "forum", "group": "group", "hub": "team", "faculty": "team",
    "office": "team", "federation": "organisation", "practice": "provider",
    "practices": "provider", "hospital": "provider", "hospitals": "provider",
    "authority": "local-authority", "authorities": "sha", "organisation": "organisation",
    "organisations": "organisation", "function": "team", "meetings": "committee",
    "meeting": "committee", "agency": "national-body",
    "commission": "regulator", "centre": "service", "centres": "service",
    "cabinet": "committee",
}
_WEAK_BODY_WORDS = frozenset({"service", "services", "unit", "practice", "care",
                              "partnership", "development", "facilities"})
_BODY_PHRASES: tuple[tuple[str, str], ...] = (
    ("integrated care board", "icb"), ("integrated care system", "ics"),
    ("integrated care partnership", "icp"), ("clinical commissioning group", "organisation"),
    ("primary care trust", "pct"), ("strategic health authority", "sha"),
    ("city council", "local-authority"), ("county council", "local-authority"),
    ("borough council", "local-authority"), ("district council", "local-authority"),
    ("advisory group", "advisory-group"), ("working group", "working-group"),
    ("steering group", "working-group"), ("governing body", "board"),
    ("leadership team", "team"), ("executive team", "team"), ("management team", "team"),
)
#: Words that join the words of a name ("Director *of* Nursing *and* Quality").
CONNECTORS = frozenset({"of", "for", "and", "&", "in", "the", "to", "with", "at", "on", "from"})
_INNER_ONLY = frozenset({"the", "to", "with", "at", "on"})  # only right after of/for/and
_TRAIL = " \t,.;:·•-–—()'\"“”‘’"


def _is_name_word(word: str) -> bool:
    core = word.strip("()'’\"“”")
    if not core:
        return False
    return core[0].isupper() or core[0].isdigit() or core.lower() in {"&"}


_ARTICLE = re.compile(r"^(?:the|a|an|our|their|its|his|her)\s+", re.IGNORECASE)
_LENIENT_END = re.compile(r"\s*(?:[,;:.](?:\s|$)|\s\(|\s[-–—]\s|\t|\s{3,})")
_KEEP_BRACKETS = _TRAIL.replace(")", "").replace("(", "")


def clean_name(phrase: str, *, lenient: bool = False) -> str:
    """The name at the start of ``phrase``: capitalised words and the small words joining them.

    ``lenient`` (for a labelled field's value) keeps lower-case words too, up to the
    first comma, full stop or bracket.

    >>> clean_name("the Patient Safety team will meet")
    'Patient Safety team'
    >>> clean_name("Director (MD) of Finance"), clean_name("our lead nurse, Ward 3", lenient=True)
    ('Director', 'lead nurse')
    """
    text = _ARTICLE.sub("", phrase.strip().lstrip(_TRAIL))
    if lenient:
        return _LENIENT_END.split(text, maxsplit=1)[0].strip(_KEEP_BRACKETS)
    tokens = [t for t in re.split(r"([ \t]+|\n)", text)
              if t and (t == "\n" or not t.isspace())]
    words = _name_words(tokens)
    while words and words[-1].lower() in CONNECTORS:
        words.pop()
    return " ".join(words).strip(_KEEP_BRACKETS)


def _name_words(tokens: list[str]) -> list[str]:
    """The words of the name the tokens (words, and line breaks as ``"\\n"``) start with."""
    words: list[str] = []
    for n, whole in enumerate(tokens):
        if whole == "\n":  # a line break ends a name, or is skipped before one
            if words:
                break
            continue
        if whole.startswith("("):
            break
        word, token, last = _word_at(tokens, n)
        taken = _taken(word, token, words, tokens, n) if word else None
        if taken is None:
            break
        words.append(word)
        if taken == "last" or last:
            break
    return words


def _word_at(tokens: list[str], n: int) -> tuple[str, str, bool]:
    """The word of ``tokens[n]``, the token before any bracket, and whether the name
    ends with it (a bracket or closing punctuation follows it)."""
    bracket = "(" in tokens[n]
    token = tokens[n].split("(")[0]  # "Director(MD)"
    word = token.rstrip(".,;:!?\"”’)")
    stop = word != token and not re.fullmatch(r"(?:[A-Z]\.)+", token)
    if token.endswith("s’") and n + 1 < len(tokens) and _is_name_word(tokens[n + 1]):
        word, stop = token, False  # "the LDs’ PAs": a plural possessive, not a quote
    return word, token, stop or bracket


def _taken(word: str, token: str, words: list[str], tokens: list[str],
           n: int) -> str | None:
    """Whether ``word`` continues the name ``words``: ``"word"``, ``"last"`` (it ends
    the name) or None (the name ended before it)."""
    lower = word.lower()
    if _is_name_word(word):
        return "word"
    if lower in CONNECTORS and words:
        if lower in _INNER_ONLY and words[-1].lower() not in {"of", "for"}:
            return None
        return "word"
    if _ends_with_body_word(lower, words):
        return "last"  # "the Patient Safety team", "Ward Sisters meetings"
    if _joins_acronym(word, token, words, tokens, n):
        return "word"  # "CCG clinical Priorities Panel"
    return None


def _ends_with_body_word(lower: str, words: list[str]) -> bool:
    """Whether a lower-case body word (``lower``) ends the capitalised name ``words``."""
    return bool(words) and lower in BODY_WORDS and words[-1][:1].isupper() and \
        not (lower.startswith("meeting") and words[-1].lower() in BODY_WORDS) and \
        lower not in {"office", "function", "practice", "meeting", "executive"}


def _joins_acronym(word: str, token: str, words: list[str], tokens: list[str],
                   n: int) -> bool:
    """Whether a lower-case ``word`` right after an acronym leads to a capitalised word."""
    return bool(words) and word.isalpha() and word == token and n + 1 < len(tokens) and \
        _is_name_word(tokens[n + 1]) and words[-1].isupper() and len(words[-1]) > 1 and \
        (n < 2 or tokens[n - 1] == words[-1])


#: A post word, then whose or what post it is: "Chair of the X Board", "representative from
#: the X Group", "Lead for the X Network" name a post, whatever body ends the name ("Member
#: of the X Board" is not: as a field's value it states a membership).
_POST_OF = re.compile(r"(?:[\w-]+\s+)?(?:chair|chairman|chairperson|vice[\s-]chair|lead|head|"
                      r"director|representatives?|secretary|officer|manager|leader)\s+"
                      r"(?:of|from|for|nominated\s+by|elected\s+by)\s+")


#: A body's word and "of" early in a name: the body of those posts ("Group of Directors").
_BODY_OF = re.compile(r"((?:[\w-]+\s+){0,3}?)(board|committee|council|group|forum|network|panel|"
                      r"team)\s+of\s+")


#: A body's name with what it is for or where it is after it ("integrated team for
#: children", "leadership team at Westshire"): the words before the body word, the body word.
_BODY_PLACED = re.compile(r"((?:[\w&'’@-]+\s+){0,4}?)([\w-]+)\s+(?:for|at|in)\s+\S")


def _placed_body(lower: str) -> str | None:
    """The kind of a body named with what it is for or where it is ("team for children"),
    or None; a post's words before it make it a post's name."""
    placed = _BODY_PLACED.match(lower)
    if placed and placed[2] in BODY_WORDS and not any(w in POST_WORDS for w in placed[1].split()):
        return BODY_WORDS[placed[2]]
    return None


#: A name's words, hyphenated words whole.
_WORDS = re.compile(r"[\w-]+")
#: "Board of Directors": a body word, "of", then a plural.
_BODY_OF_PLURAL = re.compile(r"([\w-]+)\s+of\s+(?:the\s+)?[\w-]+s$")


@functools.lru_cache(maxsize=65536)
def classify(name: str) -> tuple[str, str | None]:
    """``("Post", None)`` or ``("Body", kind)`` for a name, from its words.

    >>> classify("Remuneration Committee"), classify("Head of Estates")
    (('Body', 'committee'), ('Post', None))
    >>> classify("Chair of the Audit Committee"), classify("Member of the Widget Board")
    (('Post', None), ('Body', 'board'))
    >>> classify("Widget-led group of Medical Directors of Westshire")
    ('Body', 'group')
    """
    lower = name.casefold()
    if _POST_OF.match(lower):
        return "Post", None  # "Chair of the Audit Committee", "representative from each group"
    for phrase, kind in _BODY_PHRASES:
        if phrase in lower:
            return "Body", kind
    words = _WORDS.findall(lower)
    if not words:
        return "Post", None
    lead = _BODY_OF.match(lower)
    if lead and not any(w in POST_WORDS for w in lead[1].split()):
        return "Body", BODY_WORDS[lead[2]]  # "the X-led group of Widget Leads of Y"
    placed = _placed_body(lower)
    if placed:
        return "Body", placed  # "widget team for children", "team at Westshire"
    last = words[-1]
    body_of = _BODY_OF_PLURAL.match(lower)
    if body_of and body_of[1] in BODY_WORDS and last.removesuffix("s") in POST_WORDS:
        return "Body", BODY_WORDS[body_of[1]]  # "Board of Directors", "Council of Governors"
    if last in _WEAK_BODY_WORDS and any(w in POST_WORDS for w in words[:-1]):
        return "Post", None  # "Service Manager Community Services"
    if last in BODY_WORDS:
        return "Body", BODY_WORDS[last]
    if any(map(_post_word, words)):
        return "Post", None
    return "?", None


def _post_word(word: str) -> bool:
    """Whether a word (in lower case) is a post's word, in the plural or hyphened too."""
    return word in POST_WORDS or word.removesuffix("s") in POST_WORDS or \
        ("-" in word and _hyphened_post(word))


#: The last parts of a hyphened adjective ("nurse-led", "ward-based"): no post's name.
_ADJECTIVE_ENDS = frozenset({"based", "wide", "run", "facing", "specific", "time", "level",
                             "friendly", "focused", "centred"})


def _hyphened_post(word: str) -> bool:
    """Whether a hyphened word names a post by a post word among its parts ("director-general",
    "nurse-consultant"), not an adjective made of one ("nurse-led", "ward-based").

    >>> _hyphened_post("director-general"), _hyphened_post("nurse-led")
    (True, False)
    """
    parts = word.split("-")
    return parts[-1] not in _ADJECTIVE_ENDS and not parts[-1].endswith("ed") and \
        any(p in POST_WORDS for p in parts)


@functools.lru_cache(maxsize=65536)
def looks_like_post(name: str) -> bool:
    """Whether a name's words include a post word (Director, Manager, Lead …)."""
    label, _ = classify(name)
    return label == "Post" and any(map(_post_word, _WORDS.findall(name.casefold())))


#: A board that is an organisation, not a body a post sits on: a health board, an integrated
#: care board, named with its place ("Westshire Health Board", "NHS Westshire Integrated Care
#: Board"), a line break inside allowed.
_ORGANISATION_BOARD = re.compile(r"(?:NHS\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:(?:University|Teaching)"
                                 r"\s+)?(?:Health|Integrated\s+Care|Health\s+and\s+Care)\s+Board")


def is_organisation_board(name: str) -> bool:
    """Whether a name is a board that is an organisation.

    >>> is_organisation_board("Westshire Health Board"), is_organisation_board("Widget Board")
    (True, False)
    """
    return _ORGANISATION_BOARD.fullmatch(name.strip()) is not None


@functools.lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """A name reduced for matching: case, articles, punctuation, '&' and plurals ignored.

    >>> normalise("The Directors of Nursing & Quality")
    'director nursing quality'
    """
    text = name.casefold().replace("&", " and ").replace("’", "'")
    text = re.sub(r"'s\b|s'", "", text)
    text = re.sub(r"[^\w\s/-]", " ", text)
    text = re.sub(r"[-/]", " ", text)
    words = [w for w in text.split() if w not in {"the", "a", "an", "of", "for", "and", "in"}]
    words = [w[:-1] if len(w) >= 3 and w.endswith("s") and not w.endswith("ss") else w
             for w in words]
    return " ".join(words)


def slug(text: str) -> str:
    """A lower-case id slug.

    >>> slug("Head of Nursing & Quality (Children’s)")
    'head-of-nursing-quality-childrens'
    """
    text = text.casefold().replace("’", "").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "unnamed"
