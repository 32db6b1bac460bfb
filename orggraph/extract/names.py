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

__all__ = ["classify", "clean_name", "normalise", "slug"]

#: Last words that make a name a post.
POST_WORDS = frozenset([
    "director", "directors", "manager", "managers", "officer", "officers", "lead", "leads",
    "head", "heads", "chief", "executive", "executives", "nurse", "nurses", "consultant",
    "consultants", "administrator", "administrators", "assistant", "assistants", "adviser",
    "advisers", "advisor", "advisors", "secretary", "clerk", "clerks", "practitioner",
    "practitioners", "co-ordinator", "co-ordinators", "coordinator", "coordinators", "chair",
    "chairs", "chairman", "chairperson", "analyst", "analysts", "therapist", "therapists",
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
    ("steering group", "working-group"),
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


def clean_name(phrase: str, *, lenient: bool = False) -> str:
    """The name at the start of ``phrase``: capitalised words and the small words joining them.

    ``lenient`` (for a labelled field's value) keeps lower-case words too, up to the
    first comma, full stop or bracket.
    """
    text = phrase.strip().lstrip(_TRAIL)
    text = re.sub(r"^(?:the|a|an|our|their|its|his|her)\s+", "", text, flags=re.IGNORECASE)
    if lenient:
        cut = re.split(r"\s*(?:[,;:.](?:\s|$)|\s\(|\s[-–—]\s|\t|\s{3,})", text, maxsplit=1)[0]
        return cut.strip(_TRAIL.replace(")", "").replace("(", ""))
    words: list[str] = []
    tokens = [t for t in re.split(r"([ \t]+|\n)", text) if t and (t == "\n" or
                                                                    not t.isspace())]
    for n, token in enumerate(tokens):
        if token == "\n":  # noqa: S105 - a line break, not a password
            if words:
                break
            continue
        if token.startswith("("):
            break
        bracket = "(" in token
        token = token.split("(")[0]  # "Director(MD)"
        word = token.rstrip(".,;:!?\"”’)")
        stop = word != token and not re.fullmatch(r"(?:[A-Z]\.)+", token)
        if token.endswith("s’") and n + 1 < len(tokens) and _is_name_word(tokens[n + 1]):
            word, stop = token, False  # "the LDs’ PAs": a plural possessive, not a quote
        lower = word.lower()
        if not word:
            break
        if _is_name_word(word):
            words.append(word)
        elif lower in CONNECTORS and words:
            if lower in _INNER_ONLY and words[-1].lower() not in {"of", "for"}:
                break
            words.append(word)
        elif words and lower in BODY_WORDS and words[-1][:1].isupper() and \
                not (lower.startswith("meeting") and words[-1].lower() in BODY_WORDS) and \
                lower not in {"office", "function", "practice", "meeting", "executive"}:
            words.append(word)  # "the Patient Safety team", "Ward Sisters meetings"
            break
        elif words and word.isalpha() and word == token and n + 1 < len(tokens) and \
                _is_name_word(tokens[n + 1]) and words[-1].isupper() and len(words[-1]) > 1 and \
                (n < 2 or tokens[n - 1] == words[-1]):
            words.append(word)  # "CCG clinical Priorities Panel"
        else:
            break
        if stop or bracket:
            break
    while words and words[-1].lower() in CONNECTORS:
        words.pop()
    return " ".join(words).strip(_TRAIL.replace(")", "").replace("(", ""))


def classify(name: str) -> tuple[str, str | None]:
    """``("Post", None)`` or ``("Body", kind)`` for a name, from its words.

    >>> classify("Remuneration Committee"), classify("Head of Estates")
    (('Body', 'committee'), ('Post', None))
    """
    lower = name.casefold()
    for phrase, kind in _BODY_PHRASES:
        if phrase in lower:
            return "Body", kind
    words = re.findall(r"[\w-]+", lower)
    if not words:
        return "Post", None
    last = words[-1]
    if last in _WEAK_BODY_WORDS and any(w in POST_WORDS for w in words[:-1]):
        return "Post", None  # "Service Manager Community Services"
    if last in BODY_WORDS:
        return "Body", BODY_WORDS[last]
    if any(w in POST_WORDS or w.removesuffix("s") in POST_WORDS for w in words):
        return "Post", None
    return "?", None


def looks_like_post(name: str) -> bool:
    """Whether a name's words include a post word (Director, Manager, Lead …)."""
    label, _ = classify(name)
    return label == "Post" and any(w in POST_WORDS or w.removesuffix("s") in POST_WORDS
                                   for w in re.findall(r"[\w-]+", name.casefold()))


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
