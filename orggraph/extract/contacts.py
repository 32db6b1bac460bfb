"""The counterparts an entry of a working-relationships list names, as the text writes them.

Under a heading such as "Key working relationships", "Main contacts" or "Internal /
External", each line or bullet names one or more counterparts: "Ward Managers",
"GPs – regarding referrals", "Patients, relatives and carers", "HR / Finance Business
Partner", "Voluntary agencies (e.g. Age Widget, Widget Mind)". The heading is the cue for
every entry, so an entry's counterparts are taken whole, up to what it says about the
contact (after a dash or a colon, or "regarding", "for", "to discuss" …).

>>> text = "• GPs – regarding referrals\\n"
>>> [m.name for m in entry_counterparts(text, 0, len(text) - 1)]
['GPs']
>>> text = "Patients and relatives, Ward staff; the infection control team"
>>> [m.name for m in entry_counterparts(text, 0, len(text))]
['Patients', 'relatives', 'Ward staff', 'infection control team']
>>> text = "Senior and junior medical and nursing staff"
>>> [m.name for m in entry_counterparts(text, 0, len(text))]
['Senior and junior medical and nursing staff']
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..model import ORGANISATION_KINDS
from .layout import MARKER, hangs_under
from .mentions import COUNTERPARTS, GRADE, QUANTITY, Mention, trim
from .names import BODY_WORDS, POST_WORDS, classify, is_organisation_board, looks_like_post

__all__ = ["ORDER_AFTER", "entry_counterparts", "listed_objects", "reads_as_list",
           "value_counterparts"]

#: A list marker before an entry: a bullet, a number, a letter.
_MARK = re.compile(rf"[ \t]*(?:{MARKER})?[ \t]*")
#: Where what an entry says about the contact begins: a spaced dash, a colon, a purpose or a
#: frequency ("GPs – regarding referrals", "Matron: day to day", "Pharmacy for stock").
_ABOUT = re.compile(r"[ \t]+[-–—][ \t]*\n?[ \t]+|[ \t]*:[ \t]+|"
                    r"[ \t]*(?<!\be\.g)(?<!\bi\.e)(?<!\b[A-Z])\.(?:[ \t]|$)|"  # not "A. Person"
                    r"[ \t]+(?:regarding|concerning|re:|re[ \t]+(?-i:[a-z])|in\s+relation\s+to|"
                    r"in\s+respect\s+of|"
                    r"about|on\s+(?:all\s+)?(?:matters|issues)|on\s+a\s+day[\s-]to[\s-]day|"
                    # "for referrals", but not "Lead Nurse for Safeguarding"
                    r"for\s+(?!the\s+[A-Z])(?-i:[a-z])|"
                    r"to\s+(?:discuss|agree|ensure|support|provide|deliver|share|plan|"
                    r"co-?ordinate|develop|improve|manage|review|raise|report)|when\s|where\s|"
                    r"as\s+(?:and\s+when\s+)?(?:required|appropriate|necessary|needed)|"
                    r"via\s|through\s|with\s+regard|etc\b)", re.IGNORECASE)
#: Between two counterparts of one entry: a comma, a semicolon, a spaced slash, "and other",
#: or a gap of padding between two columns on one line ("Ward Managers        GPs").
_BETWEEN = re.compile(r"[ \t]*[,;][ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+/[ \t]+|[ \t]+(?:and|or)/?"
                      r"(?:or)?[ \t]+(?=(?:other|all)[ \t])|(?<=\S)(?:[ ]{3,}|\t)[ \t]*(?=\S)")
#: Words that open no counterpart: a leading article, a quantity or a possessive.
_LEAD = re.compile(r"(?:" + QUANTITY + r"|(?:the|your|our|their|its|his|her|with|including|"
                   r"in\s+particular|especially|notably|e\.g\.?|such\s+as)[ \t]+)+", re.IGNORECASE)
#: A clause, not a counterpart: a verb of a duty or a statement.
#: Verbs a duty written as an order opens with ("lead the development of …").
ORDERS = (r"lead|develop|deliver|support|manage|oversee|undertake|promote|maintain|contribute|"
           r"drive|agree|review|monitor|plan|implement|identify|establish|build|take|set|act")
#: An order after a comma and its object ("…, provide an effective service", "…, lead and
#: manage the team"), not a plural noun spelt like a verb ("…, lead professionals").
ORDER_AFTER = (rf",[ \t]+(?-i:{ORDERS}|provide|ensure)(?:[ \t]+and[ \t]+[a-z]+)?[ \t]+"
               r"(?-i:the|a|an|all|our|its|their|effective)\b")
_CLAUSE = re.compile(r"\b(?:will|shall|must|should|is|are|be|has|have|provide|provides|"
                     r"ensure|ensures|attend|attends)\b|^(?i:to)\s+[a-z]|"
                     rf"^(?-i:{ORDERS})\s", re.IGNORECASE)
# ("To deliver care", "…, lead the development of …": a duty written as an order)
#: Examples in brackets after a counterpart ("other agencies (PCT, Social Services)").
_EXAMPLES = re.compile(r"[ \t]*\((?:e\.g\.?|eg|for\s+example|including|such\s+as)?[ \t]*"
                       r"(?P<inside>[^()]{2,80})\)", re.IGNORECASE)
#: Plural and collective nouns that end a counterpart's name ("corporate functions").
_ENDS = {*COUNTERPARTS, "staff", "team", "teams", "colleagues", "clinicians", "services",
         "departments", "directorates", "functions", "members", "management", "authorities",
         "networks", "unions", "representatives", "volunteers", "leads", "practices",
         "councils", "partnerships", "charities", "schools", "commissioners", "institutions"}
#: Side labels of an Internal / External list, which name no one.
_SIDE = re.compile(r"(?:internal|external|internally|externally|other|others|all|various)$",
                   re.IGNORECASE)


def _complete(name: str) -> bool:
    """Whether words name a counterpart on their own ("Chief Executive", "patients"), not
    the first half of one name ("Director of Nursing" in "Director of Nursing and Quality")."""
    last = re.findall(r"[\w'’-]+", name.lower())[-1:]
    if not last:
        return False
    if last[0] in _ENDS or last[0] in POST_WORDS or last[0] in BODY_WORDS or \
            last[0].removesuffix("s") in POST_WORDS:
        return True
    return classify(name)[0] != "?" and name[:1].isupper() and last[0] not in ("and", "of")


#: "patients and their relatives": the second side belongs to the first, one counterpart.
_OWNED = re.compile(r"(?:their|its|his|her|his/her)\s", re.IGNORECASE)


#: A counterpart's scope ("colleagues in other care groups and corporate functions"): an
#: "and" after it joins the scope's places, not two counterparts.
_SCOPED = re.compile(r"\S\s+(?:in|at|across|within|throughout|from)\s", re.IGNORECASE)


def _split_and(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """One span per counterpart of "A and B" when each side is a counterpart of its own
    ("Patients and relatives", "Chief Executive and Chief Officers"); one otherwise
    ("Director of Nursing and Quality", "Senior and junior medical staff")."""
    for m in re.finditer(r"[ \t]+(?:and|&)[ \t]*\n?[ \t]+", text[start:end]):
        left, right = text[start:start + m.start()], text[start + m.end():end]
        if _complete(left) and _complete(right) and not _OWNED.match(right) and \
                not _SCOPED.search(left):
            return [(start, start + m.start()),
                    *_split_and(text, start + m.end(), end)]
    return [(start, end)]


#: What an entry of its own says about the contact on the line before (a table's second
#: cell, "regarding referrals", "as required"): no counterpart.
_ABOUT_START = re.compile(r"(?:regarding|concerning|re|about|on|for|to|as|when|where|in|via|"
                          r"through|with|daily|weekly|monthly|ad\s+hoc)\b")


#: A line opening with a verb in the third person and its object ("Communicates complex
#: information", "Uses tact"): a duty under a heading that names relationships, not a
#: counterpart; a plural noun before a joining word, a participle or a name's head is a name
#: ("Doctors in training", "Clinicians working in …", "Facilities staff").
_THIRD_PERSON = re.compile(r"(?-i:[A-Z][a-z]+s)[ \t]+(?P<next>(?-i:[a-z][a-z-]*))\b")
_NOT_OBJECT = frozenset({"and", "or", "of", "in", "at", "across", "within", "from", "for", "to",
                         "with", "who", "on", "by", "throughout", "outside", "inside", "as"})


def _duty_line(name: str) -> bool:
    """Whether an entry is a duty written with its verb first ("Communicates complex
    information about widgets"), not a counterpart ("Patients and carers")."""
    m = _THIRD_PERSON.match(name)
    if m is None or m["next"] in _NOT_OBJECT or m["next"].endswith(("ing", "ed")) or \
            m["next"] in _ENDS or m["next"] in BODY_WORDS or \
            m["next"].removesuffix("s") in POST_WORDS:
        return False  # "Facilities staff", "Estates team": a name's head follows
    first = name.split()[0].lower()
    return first not in _ENDS and first.removesuffix("s") not in POST_WORDS and \
        first.removesuffix("es") not in POST_WORDS and first not in BODY_WORDS


#: The head word of a skill or a topic ("Negotiation and influencing skills", "Presentation of
#: complex data"): what the post needs or handles, not whom it works with.
_TOPIC_HEADS = frozenset({"skills", "skill", "data", "information", "knowledge", "abilities",
                          "ability", "techniques", "awareness", "understanding", "experience",
                          "policies", "procedures", "guidance", "documentation", "records"})


#: An abstract noun's ending ("budget setting", "confidentiality", "information governance",
#: "risk management"): a topic or a duty under a relationships heading, not whom one works with.
_ABSTRACT = re.compile(r"[a-z]+(?:ing|ity|ance|ence|ment|tion|sion)")


def _topic(name: str) -> bool:
    """Whether an entry names a topic: two words or more, in lower case after the first, the
    last an abstract noun, no word of it a post's, a body's or a counterpart's ("Widget
    governance manager" and "Finance department" are counterparts)."""
    if len(name.split()) < 2 or any(w[:1].isupper() for w in name.split()[1:]):
        return False  # a proper name ("the Gadget Alliance"), or a word alone ("Parliament")
    words = re.findall(r"[\w'’-]+", name.lower())
    return bool(words) and _ABSTRACT.fullmatch(words[-1]) is not None and not any(
        w in _ENDS or w in BODY_WORDS or w in POST_WORDS or w.removesuffix("s") in POST_WORDS
        for w in words)


def _mention(text: str, start: int, end: int) -> Mention | None:
    """The counterpart of a span, without a leading article, or None when the span is no
    counterpart (a clause, a side label, too long)."""
    lead = _LEAD.match(text, start, end)
    start = lead.end() if lead else start
    while end > start and text[end - 1] in " \t,;.:":
        end -= 1
    start, end = trim(text, start, end)  # "the Trust's", "A. Person, ", "or nominated deputy"
    name = text[start:end]
    words = name.split()
    if not words or len(words) > 8 or _SIDE.fullmatch(name) or _CLAUSE.search(name) or \
            GRADE.fullmatch(name) or _duty_line(name) or words[-1].lower() in _TOPIC_HEADS or \
            _topic(name) or \
            not name[:1].isalpha() or _ABOUT_START.match(name):
        return None
    return Mention(name, start, end)


#: A side's label inside an entry ("Internal: Matron, Ward Clerk; External: Social Services").
_SIDE_LABEL = re.compile(r"(?:^|(?<=[;,.\s]))(?:internal|external)(?:[ \t]+(?:contacts|"
                         r"relationships|stakeholders))?[ \t]*:[ \t]*|(?:^|(?<=[;,.\s]))"
                         r"(?:internal|external)[ \t]+[–—-][ \t]*", re.IGNORECASE)
# ("Internal: A, B; External: C" and "Internal – A, B; External – C", but "External
# stakeholders – as required" is an entry with what it is about)


def entry_counterparts(text: str, start: int, end: int) -> list[Mention]:
    """The counterparts the list entry ``text[start:end]`` names, each as the text writes it."""
    mark = _MARK.match(text, start, end)
    at = mark.end() if mark else start
    sides = list(_SIDE_LABEL.finditer(text, at, end))
    if sides:  # each side's names, up to the next side's label
        bounds = [(m.end(), n.start() if n else end) for m, n in
                  zip(sides, [*sides[1:], None], strict=True)]
        return [c for a, b in [(at, sides[0].start()), *bounds] if a < b
                for c in entry_counterparts(text, a, b)]
    about = _ABOUT.search(text, at, end)
    stop = about.start() if about and about.start() > at else end
    stop, out = _named_examples(text, at, stop)
    spans, pos = [], at
    for sep in _BETWEEN.finditer(text, at, stop):
        spans.append((pos, sep.start()))
        pos = sep.end()
    spans.append((pos, stop))
    if len(spans) >= 3 and not _SHARED_HEAD.fullmatch(text, *spans[-1]):
        spans[-1:] = _last_and(text, *spans[-1])  # "A, B and C": the list's own "and"
    spans = _without_organisations(text, spans)
    found = [m for a, b in spans for m in _shared_head(text, a, b) or _split(text, a, b)]
    return found + out


#: A local authority named by its place ("Westshire Council", "Eastborough City Council").
_PLACE_COUNCIL = re.compile(r"(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:County|City|Borough|District|"
                            r"Metropolitan))*\s+Council")


def _organisation(name: str) -> bool:
    """Whether a name is an organisation's, not a counterpart's: a trust, a health board, a
    place's council."""
    name = name.strip(" \t.")
    if any(w[:1].islower() for w in name.split() if w not in ("of", "and", "for", "the")):
        return False  # a proper name: "staff at all levels within the Authority" is none
    kind = classify(name)
    return (kind[0] == "Body" and kind[1] in ORGANISATION_KINDS) or \
        is_organisation_board(name) or _PLACE_COUNCIL.fullmatch(name) is not None


def _without_organisations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of an entry without an organisation set after a post by a comma ("Head of
    Widgets, Westshire Council"): where the post is, not a second counterpart."""
    out = spans[:1]
    for (a, b), (c, d) in pairwise(spans):
        if not (text[b:c].strip() == "," and _organisation(text[c:d]) and
                looks_like_post(text[a:b].strip())):
            out.append((c, d))
    return out


#: Examples named after a generic counterpart without brackets: "including", "in particular"
#: (each a counterpart beside it, as the guide's open cases say), "such as", "e.g." (the
#: guide leaves those open; the generic alone is taken).
_INCLUDING = re.compile(r"[ \t]*,?[ \t]+(?:including|in\s+particular|especially|notably|"
                        r"(?P<open>such\s+as|e\.g\.?|for\s+example))[ \t]+", re.IGNORECASE)


def _named_examples(text: str, at: int, stop: int) -> tuple[int, list[Mention]]:
    """Where an entry's own counterparts stop before the examples it names, and the examples:
    in brackets ("other agencies (A, B)"), or after "including" (but not "such as")."""
    out: list[Mention] = []
    examples = _EXAMPLES.search(text, at, stop)
    if examples:  # the counterpart, then each example named in its brackets
        if _names_examples(text, at, examples):
            out += _examples(text, examples.start("inside"), examples.end("inside"))
        stop = examples.start()
    named = _INCLUDING.search(text, at, stop)
    if named and _generic_before(text, at, named.start()):
        if not named["open"]:  # "including" names examples beside; "such as" stands for it
            out += _examples(text, named.end(), stop)
        stop = named.start()
    return stop, out


def _generic_before(text: str, at: int, end: int) -> bool:
    """Whether the words before examples end with a generic counterpart in lower case
    ("external bodies", "other agencies")."""
    before = re.findall(r"[\w'’-]+", text[at:end])
    return bool(before) and before[-1].islower() and (before[-1] in _ENDS or
                                                      before[-1].endswith("s"))


def _examples(text: str, start: int, end: int) -> list[Mention]:
    """The examples a generic counterpart names, a list whose last "and" parts two names
    ("Westshire Council and the Gadget Alliance")."""
    spans, pos = [], start
    for sep in _BETWEEN.finditer(text, start, end):
        spans.append((pos, sep.start()))
        pos = sep.end()
    spans[len(spans):] = _last_and(text, pos, end)
    return [m for a, b in spans for m in _split(text, a, b)]


def _names_examples(text: str, at: int, examples: re.Match[str]) -> bool:
    """Whether brackets name examples of a generic counterpart ("other agencies (Widget
    Council, Police)", "(e.g. …)"), not a post's holder or area ("Head of Widgets (Jo
    Example)", "Team Lead (North)")."""
    if re.match(r"\(\s*(?:e\.g|eg\b|for\s+example|including|such\s+as)", examples.group().strip(),
                re.IGNORECASE):
        return True
    before = re.findall(r"[\w'’-]+", text[at:examples.start()])
    return bool(before) and before[-1].islower() and (before[-1] in _ENDS or
                                                      before[-1].endswith("s"))


def _split(text: str, start: int, end: int) -> list[Mention]:
    """The counterparts of one part of an entry, cut at an "and" between two of them and at a
    slash between two titles."""
    return [m for x, y in _split_and(text, start, end) for a, b in _split_slash(text, x, y)
            if (m := _mention(text, a, b))]


#: A slash with no space round it between two names ("Ward Managers/Matrons").
_SLASH = re.compile(r"(?<=[\w)])/(?=[A-Za-z])")


def _split_slash(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """One span per title of "A/B" when every side names a counterpart of its own (the guide:
    a slash between titles gives one fact per title); whole when a side does not ("HR/OD
    Lead", "his/her manager")."""
    cuts = [m.start() for m in _SLASH.finditer(text, start, end)]
    if not cuts:
        return [(start, end)]
    parts = list(zip([start, *(c + 1 for c in cuts)], [*cuts, end], strict=True))
    if all(_complete(text[a:b].strip()) for a, b in parts):
        return parts
    return [(start, end)]


#: Two kinds of one post before the words they share: "Finance and HR Business Partners",
#: "Medical and Nursing Directors".
_SHARED_HEAD = re.compile(r"(?:the[ \t]+)?(?P<one>[A-Z][\w-]*)[ \t]+(?:and|&)[ \t]+"
                          r"(?P<two>[A-Z][\w-]*)(?P<head>(?:[ \t]+[A-Z][\w-]*){1,3})[ \t]*")


def _shared_head(text: str, start: int, end: int) -> list[Mention]:
    """One counterpart per kind of a shared post ("Finance Business Partners", "HR Business
    Partners"), when the first kind names nothing alone; [] otherwise."""
    m = _SHARED_HEAD.fullmatch(text, start, end)
    if m is None or _complete(m["one"]):
        return []
    last = m["head"].split()[-1].lower()
    if last not in POST_WORDS and last.removesuffix("s") not in POST_WORDS:
        return []
    return [Mention(m["one"] + m["head"], m.start("one"), m.end("head")),
            Mention(text[m.start("two"):m.end("head")], m.start("two"), m.end("head"))]


def _last_and(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The last entry of a list of three or more cut at its last "and" when a capitalised
    name follows it ("…, wider Government and Parliament"), not in "…, operational and
    corporate teams" (kinds of one noun)."""
    joins = list(re.finditer(r"[ \t]+(?:and|&)[ \t]*\n?[ \t]+(?=(?:the[ \t]+)?[A-Z])",
                             text[start:end]))
    if not joins or joins[-1].start() == 0:
        return [(start, end)]
    cut = joins[-1]
    left, right = text[start:start + cut.start()], text[start + cut.end():end].strip(" \t.")
    if _OF_SOMETHING.search(left) and len(right.split()) == 1 and classify(right)[0] == "?":
        return [(start, end)]  # "Director of Widgets and Quality": one post of two things
    return [(start, start + cut.start()), (start + cut.end(), end)]


#: A post "of" or "for" something ("Director of Widgets", "Lead for Gadgets"): a lone word after
#: its "and" that names nothing alone is a second thing it is of, not a counterpart.
_OF_SOMETHING = re.compile(r"\b(?:of|for)[ \t]+[A-Z]")


#: The end of a line that runs on into the next: a joining mark or word ("…, Ward staff," /
#: "… Head of").
_JOINS_ON = re.compile(r"(?:[,;&/]|\b(?:and|or|of|for|the|in))[ \t]*$", re.IGNORECASE)


def _runs_on(text: str, at: int, cut: int) -> bool:
    """Whether the line ``text[at:cut]`` runs on into the next: it ends with a joining mark
    or word, or the next line starts in lower case ("…, directorate" / "  team, …")."""
    nxt = re.match(r"[ \t]*(\S?)", text[cut + 1:cut + 80])
    line_start = text.rfind("\n", 0, at) + 1
    after = text.find("\n", cut + 1)
    return bool(_JOINS_ON.search(text, at, cut)) or bool(nxt and nxt[1].islower()) or \
        hangs_under(text[line_start:cut], text[cut + 1:after if after >= 0 else len(text)])


#: The rest of a compound label that an inline field's label stopped short of ("Key
#: relationships / contacts: …" read as the label "Key relationships").
_LABEL_REST = re.compile(r"[ \t]*(?:(?:/|&|and)[ \t]*)?(?:[\w-]+[ \t]+){0,2}(?:contacts|"
                         r"relationships|liaison|stakeholders|communications?|networks?)"
                         r"[ \t]*:[ \t]*", re.IGNORECASE)


def value_counterparts(text: str, start: int, end: int) -> list[Mention]:
    """The counterparts of a relationships field's value: each line an entry, unless it
    runs on into the next."""
    out: list[Mention] = []
    rest = _LABEL_REST.match(text, start, end)
    at = start = rest.end() if rest else start
    for line in re.finditer(r"\n", text[start:end]):
        cut = start + line.start()
        if not _runs_on(text, at, cut):
            out += entry_counterparts(text, at, cut)
            at = cut + 1
    return out + entry_counterparts(text, at, end)


#: A word of running text, which a list of counterparts does not have: a preposition of a
#: duty, a verb's ending.
_PROSE_WORD = re.compile(r"\b(?:with|to|by|on|as|that|which|who|when|if|this)\b|"
                         r"\b[a-z]+ed\b")


def reads_as_list(text: str, start: int, end: int) -> bool:
    """Whether a sentence under a relationships heading is a list of counterparts ("General
    Manager; Clinical Leads; Head of Nursing") rather than running text."""
    body = text[start:end].rstrip(" \t.")
    parts = [x for x in re.split(r"[,;]|\s/\s|(?<=[\w)])/(?=[A-Z])", body) if x.strip()]
    return len(parts) >= 2 and all(len(x.split()) <= 10 for x in parts) and \
        not _CLAUSE.search(body) and not _PROSE_WORD.search(body)


#: Where the object of "work closely with …" ends: the purpose or manner that follows ("…
#: to deliver", "… in order to", "… so that", "…, ensuring"), a relative clause, a full stop.
_OBJECT_END = re.compile(r"[ \t]+(?:(?:in\s+order\s+)?to\s+(?!the\b|all\b|other\b)[a-z]|so\s+"
                         r"(?:that|as)\b|on\s|regarding\b|about\b|when\b|where\b|which\b|"
                         r"who\b|whilst\b|while\b|across\s|as\s+(?:and\s+when\s+)?(?:required|"
                         r"appropriate|necessary)\b|at\s+all\s+times\b)|,?[ \t]+(?:ensuring|"
                         r"providing|supporting|promoting|developing)\b|[.:](?:\s|$)|\n\s*\n|"
                         # "Working closely with A and B, provide …": the order after the comma
                         rf"{ORDER_AFTER}")


def object_end(text: str, at: int, end: int) -> int:
    """Where the object of a working-relationship cue ends: before its purpose, its manner, a
    relative clause, a full stop or an order after a comma."""
    stop = _OBJECT_END.search(text, at, end)
    return stop.start() if stop else end


def listed_objects(text: str, at: int, end: int) -> list[Mention] | None:
    """The counterparts after a working-relationship cue when they are a list ("work closely
    with A, B, other C and D"), each as written; None when the object is no such list."""
    last = object_end(text, at, end)
    run = re.sub(r"\s(?:and|&)\s", ", ", text[at:last])  # "A and B" is a list of two here
    if not reads_as_list(run, 0, len(run)):
        return None
    found = entry_counterparts(text, at, last)
    if len(found) < 2 or _CLIENTS.match(found[0].name):
        return None
    return found


#: Those a post's care or service is for, at the head of a list after "work with" ("work with
#: people, their families and carers to …"): the clients of a duty, not working relationships.
_CLIENTS = re.compile(r"(?:people|individuals|patients|service\s+users|clients|residents|"
                      r"children|young\s+people|families|pupils|learners)\b", re.IGNORECASE)
