"""Names in running text, with their offsets: the posts and bodies a phrase mentions.

A name is a run of capitalised words and the small words that join them ("Director
*of* Nursing *and* Quality"), after an article or an owner ("the Trust's"). A list
("the Matron, the Ward Clerk and the Head of Nursing") gives one :class:`Mention`
each; "and" joins two names when the words before it end a post or a body ("Matron
and Theatre Manager"), and is part of one name otherwise ("Director of
Finance and Estates").

>>> t = "the Chief Nurse and Medical Director, and the Board's Quality Committee."
>>> [m.name for m in names_in(t, 0, len(t))]
['Chief Nurse', 'Medical Director', 'Quality Committee']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import PAGE_GAP
from .names import BODY_WORDS, POST_WORDS, classify, looks_like_post

__all__ = ["COUNTERPARTS", "GRADE", "Candidate", "Mention", "first_name", "names_in",
           "plain_name", "plain_names", "trim"]


@dataclass(frozen=True)
class Mention:
    """A name as the text writes it (``text[start:end] == name``) and a qualifier after it."""

    name: str
    start: int
    end: int
    qualifier: str = ""


_NUMBER = (r"one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|each|every|several|"
           r"some|most|many|various")
_LEAD = re.compile(r"(?:\s|\b(?:the|your|our|their)(?=[A-Z])|"  # "theDirector": a page viewer's
                   r"\b(?:[A-Z]\.[ \t]*)+[A-Z][a-z'’-]+,[ \t]+(?=[A-Za-z])|"  # "A. Person, Head"
                   r"\b(?i:the|a|an|our|their|its|his|her|your|this|these|those|both|"
                   r"either|each\s+of|his\s+or\s+her|his/her|" + _NUMBER + r")\s+|"
                   # a bound before a count ("and up to six Widget Officers")
                   r"\b(?i:up\s+to|at\s+least|no\s+more\s+than)\s+(?=(?:" + _NUMBER + r")\s)|"
                   r"\b(?:all|any|other|new|existing|current|relevant|appropriate|monthly|weekly|"
                   r"regular|[a-z]{3,}ed)\s+(?=[A-Z])|"
                   r"(?:[A-Z][\w&-]*\s+){0,3}?(?:Trust|Council|Board|ICB|Organisation|Group)['’]s\b"
                   r"|[a-z]+['’]s\b)+")
_WORD = re.compile(r"[A-Z0-9][\w&@'’./-]*|&")
_JOIN = frozenset({"of", "for", "and", "&", "in", "the", "to", "with", "at", "on"})
_AFTER_OF_ONLY = frozenset({"the", "to", "with", "at", "on"})
_QUALIFIER = re.compile(r"\s*(?:[-–—]\s+|\(|,\s*)(?P<q>(?:strategically|operationally|"
                        r"professionally|managerially|clinically|strategic|operational|"
                        r"professional|managerial|clinical|day[\s-]to[\s-]day|dotted\s+line|"
                        r"(?-i:for\s+[a-z][\w ]{2,40})|in\s+(?:their|his|her)\s+absence)\b"
                        r"(?!\s+(?-i:[A-Z]))"  # ", Clinical Leads": a name, not a qualifier
                        r"[^)\n;,]*)\)?", re.IGNORECASE)
#: Last words of generic counterparts a post works with ("service users", "local communities",
#: "portfolio holders", "other departments").
COUNTERPARTS = frozenset({"stakeholders", "communities", "public", "users", "patients", "carers",
                          "relatives", "providers", "agencies", "colleagues", "organisations",
                          "bodies", "government", "sector", "families", "groups", "clients",
                          "professionals", "partners", "departments", "volunteers",
                          "councillors", "residents", "holders", "systems", "charities",
                          "practices", "authorities", "trusts", "schools"})
_LOWER_BODY = frozenset(w for w in BODY_WORDS if w not in {"office", "function", "practice",
                                                           "meeting", "meetings"})


_PERSON_NEXT = re.compile(r"[ \t]+(?:[A-Z]\.[ \t]*)+[A-Z][a-z'’-]+,")
_FOOTNOTE = re.compile(r"(.*[a-z]|[A-Z]{5,})\d{1,2}")
#: Lower-case words up to a body's word, none of them a word no name has ("the", "will").
_ACRONYM_BODY = re.compile(r"(?:(?!(?:the|a|an|will|shall|to|be|is|are|was|has|have|with|who|"
                           r"which|that|its|their|our|all|each|other|or)\b)[a-z][\w-]*[ \t]+){0,3}"
                           r"(?:" + "|".join(sorted(_LOWER_BODY)) + r")(?=\d{0,2}\b)")
#: A lower-case kind of meeting or team after a place ("the Westshire locality meetings").
_PLACE_BODY = re.compile(r"(?:(?!(?:the|a|an|will|and|or|to|with)\b)[a-z][\w-]*[ \t]+)?"
                         r"(?:meetings?|teams?|forum|group|network|board|committee)\b")
_GAP = re.compile(r"[ \t]*(?:\n[ \t]*)?")
#: (an "&" a page viewer ran into the word before it, "Chair& Director", is a join of its own;
#: inside a word it is the word's, "A&E")
_TOKEN = re.compile(r"(?:[\w@'’./-]|&(?=[\w@'’./-]))+|&")


def _owner_step(spans: list[tuple[int, int]], word: str, previous: str) -> str:
    """A capitalised possessive: "the Confederation’s Clinical Board" starts again after
    the owner; "Head of Westshire's Services" keeps the word after "of"; "the Associate
    Director's PA" (a post owning a post) keeps it as part of the name."""
    own = re.sub(r"['’]s$", "", word).lower()
    return "take" if previous.lower() in ("of", "for") or (spans and own in POST_WORDS) \
        else "owner"


#: "I" after a joining word is the first person starting a clause, not a name's word.
_FIRST_PERSON = {("I", "and"): True, ("I", "but"): True, ("I", "or"): True}


def _step(text: str, spans: list[tuple[int, int]], w: re.Match[str], word: str) -> str:
    """What a name does with its next word: "take", "last" (take, then stop), "owner"
    (start again after it) or "stop"."""
    lower = word.lower()
    previous = text[spans[-1][0]:spans[-1][1]] if spans else ""
    capital = bool(_WORD.fullmatch(word)) and (word[0].isupper() or word[0].isdigit()
                                               or word == "&")
    if capital and word.endswith(("'s", "’s")):
        return _owner_step(spans, word, previous)
    if _FIRST_PERSON.get((word, previous.lower())):
        return "stop"  # "… the Widget Board and I report to …": the first person, no name
    joins = bool(spans) and lower in _JOIN and not (
        lower in _AFTER_OF_ONLY and previous.lower() not in ("of", "for")) and \
        not _PERSON_NEXT.match(text, w.end())  # "X and A. Person, Y": a list, not one name
    if capital or joins:
        return "take"
    if (spans and _ACRONYM_BODY.match(text, w.start()) and _after_acronym(text, spans)) or \
            (_PLACE_BODY.match(text, w.start()) and _after_place(text, spans)):
        return "take"  # "the CCG widget group", "the ICB widget panel"
    return _lower_step(text, w, word, previous) if spans else "stop"


def _after_place(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the name so far is a place's (capitalised words that name no post or body)."""
    words = [text[a:b] for a, b in spans]
    if len(words) > 1 and words[-1][:1].islower():
        words = words[:-1]  # "Westshire locality" before "meetings"
    return bool(words) and all(w[:1].isupper() for w in words) and \
        classify(" ".join(words))[0] == "?" and not any(w.isupper() for w in words)


def _after_acronym(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the name so far is an acronym and at most three lower-case words after it."""
    words = [text[a:b] for a, b in spans]
    k = len(words)
    while k and not words[k - 1][:1].isupper():
        k -= 1
    return k > 0 and len(words) - k <= 3 and len(words[k - 1]) > 1 and \
        words[k - 1].isupper() and words[k - 1].isalpha()


def _lower_step(text: str, w: re.Match[str], word: str, previous: str) -> str:
    """A lower-case word inside a name: "the ICB individual Funding Panel", "the X team"."""
    lower = word.lower()
    if word.isalpha() and (previous.isupper() or lower in POST_WORDS) and \
            re.match(r"\s+(?:[A-Z]|(?:of|for)\s+[A-Z])", text[w.end():w.end() + 6]):
        return "take"  # "the ICB individual Funding Panel"
    if (lower in _LOWER_BODY or lower in POST_WORDS or lower in COUNTERPARTS) and \
            previous[:1].isupper():
        return "last"  # "the Patient Safety team"
    return "stop"


#: Initials with their stops ("A.B."), which do not end a name.
_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def _words(text: str, pos: int, end: int) -> list[tuple[int, int]]:
    """The spans of a name's words from ``pos`` (capitals, digits and joining words)."""
    spans: list[tuple[int, int]] = []
    i = pos
    while i < end:
        m = _GAP.match(text, i, end)
        w = _TOKEN.match(text, m.end() if m else i, end)
        if w is None and spans and text[spans[-1][0]:spans[-1][1]].lower() in _JOIN:
            turn = PAGE_GAP.match(text, i, end)  # "Director of" / "Page 2 of 5" / "Widgets"
            w = _TOKEN.match(text, turn.end(), end) if turn else None
        if w is None:
            break
        word = w.group().rstrip(".'’")
        mark = _FOOTNOTE.fullmatch(word)
        word = mark[1] if mark else word  # "Director of Nursing12": a footnote's mark ends it
        step = _step(text, spans, w, word)
        if step == "owner":
            spans, i = [], w.end()
            continue
        if step == "stop":
            break
        spans.append((w.start(), w.start() + len(word)))
        initials = _INITIALS.fullmatch(w.group())
        if step == "last" or mark or (len(word) < len(w.group()) and not initials):
            break  # "Matron." ends the name
        i = w.end() if initials else w.start() + len(word)
    while spans and text[spans[-1][0]:spans[-1][1]].lower() in _JOIN:
        spans.pop()
    return spans


def _ends_name(words: list[str]) -> bool:
    """Whether words end a post or body ("Matron", "Audit Board"), so "and" splits."""
    last = words[-1].lower().rstrip("s") if words else ""
    return bool(words) and (words[-1].lower() in POST_WORDS or last in POST_WORDS or
                            words[-1].lower() in BODY_WORDS) and len(words) >= 1


def _two_names(left: list[str], right: list[str]) -> bool:
    """Whether "and" between ``left`` and ``right`` joins two whole names."""
    return right[0] == "The" or (_ends_name(left) and classify(" ".join(right))[0] != "?") or \
        (right[0] == left[0] and len(left) > 1) or \
        (len(left) > 1 and len(right) > 1 and left[-1] == right[-1] and left[-1].isupper() and
         len(left[-1]) <= 5) or (len(right) == 1 and right[0].lower() in POST_WORDS) or \
        (_post_of(left) and len(right) > 1 and (
            right[-1].lower().removesuffix("s") in POST_WORDS or _post_of(right)))
    # "Leeds X and Leeds Y", "Senior GPN and Lead GPN" (one abbreviated head, two posts), "Head of
    # Widgets and Senior Managers", "Head of Widgets and Director of Gadgets" (a post "of"
    # something, then a post of its own), "Head of Widgets and Matron" (a post word alone after
    # "and" is a post)


def _post_of(words: list[str]) -> bool:
    """Whether words are a post "of", "for" or "in" something ("Head of Widgets", "Lead Nurse
    for Widgets", "Consultant in Widget Medicine"): a post word, then "of"/"for"/"in" within
    its first three words."""
    at = next((n for n, w in enumerate(words[:3]) if w.lower() in ("of", "for", "in")), 0)
    # (a hyphened post word counts: "Director-General of Widgets")
    return at > 0 and any(w.lower() in POST_WORDS or ("-" in w and classify(w)[0] == "Post")
                          for w in words[:at]) and \
        classify(" ".join(words))[0] == "Post"


def _split_and(text: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """One name's word spans, or two where "and" joins two whole names."""
    words = [text[a:b] for a, b in spans]
    for n, w in enumerate(words):
        if w.lower() in ("and", "&") and 0 < n < len(words) - 1 and \
                _two_names(words[:n], words[n + 1:]) and _starts_whole(words[n + 1:], words[:n]):
            return [spans[:n], *_split_and(text, spans[n + 1:])]
    return [spans]


def _starts_whole(words: list[str], left: list[str] | None = None) -> bool:
    """Whether the words after an "and" start with a whole name: up to their own "and", they
    name a post or a body ("Director of Widgets and Gadgets and Gadget Officer" splits at the
    second "and", as "Gadgets" names nothing), or, after a whole body's or post's name
    (``left``), all of them name one with an "and" of its own ("the Widget Board and Finance
    and Performance Committee": two bodies)."""
    k = next((i for i, w in enumerate(words) if w.lower() in ("and", "&")), len(words))
    if k == len(words) or classify(" ".join(words[:k]))[0] != "?":
        return True
    return left is not None and _ends_name(left) and _ends_name(words) and \
        classify(" ".join(words))[0] == classify(" ".join(left))[0] != "?"


def first_name(text: str, pos: int, end: int) -> Mention | None:
    """The name that starts at ``pos`` (after articles and owners), or ``None``.

    >>> t = "to the Trust's Director of Nursing – professionally"
    >>> first_name(t, 3, len(t))
    Mention(name='Director of Nursing', start=15, end=34, qualifier='professionally')
    """
    lead = _LEAD.match(text, pos, end)
    start = lead.end() if lead else pos
    spans = _words(text, start, end)
    if not spans:
        return None
    parts = _split_and(text, spans)
    a, b = parts[0][0][0], parts[0][-1][1]
    q = _QUALIFIER.match(text, b, end) if len(parts) == 1 else None
    return Mention(text[a:b], a, b, q.group("q").strip() if q else "")


#: (an adverb set off by commas after "and" stays out of the names: "A and, ultimately, B")
_LIST_JOIN = re.compile(r"(?:\s*\([A-Z][A-Za-z&]{1,8}\))?"  # a name's abbreviation: "X (WCB), Y"
                        r"\s*(?:,\s*(?:and\s+|or\s+)?(?:as\s+well\s+as\s+)?|;\s*(?:and\s+)?|"
                        r"\s+and\s+|\s+or\s+|\s*/\s*|\s+as\s+well\s+as\s+|"
                        r"\s+and\s*,\s*[a-z]+ly\s*,\s*)")


#: A post "of" a series of things whose last two "and" joins ("Director of Widgets, Gadgets
#: and Sprockets"): one post, none of the series' words naming a post or body of its own.
_SERIES_END = re.compile(r"\b(?:of|for)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s+[A-Z][\w'’-]*"
                         r"(?:\s+[A-Z][\w'’-]*)?\s+(?:and|&)\s+[A-Z][\w'’-]*$")


def names_in(text: str, pos: int, end: int, many: bool = True) -> list[Mention]:
    """The name at ``pos`` and, when ``many``, the others a list joins to it."""
    out: list[Mention] = []
    while pos < end:
        lead = _LEAD.match(text, pos, end)
        start = lead.end() if lead else pos
        spans = _words(text, start, end)
        if not spans:
            break
        parts = _split_and(text, spans)
        for part in parts:
            a, b = part[0][0], part[-1][1]
            if GRADE.fullmatch(text[a:b]):
                continue  # "the Widget Director, Band 7": a grade, no name
            if out and text[out[-1].end:a] == ", " and classify(text[a:b])[0] != "Post" \
                    and not GRADE.fullmatch(text[a:b]) \
                    and classify(out[-1].name)[0] == "Post" and (not _LIST_JOIN.match(
                        text, b, end) or _SERIES_END.search(out[-1].name + ", " + text[a:b])) \
                    and len(text[a:b].split()) <= 4:
                a = out.pop().start  # "Service Manager, Children in Care": one post
            out.append(Mention(text[a:b], a, b))
        stop = parts[-1][-1][1]
        q = _QUALIFIER.match(text, stop, end)
        if q:
            out[-1] = Mention(out[-1].name, out[-1].start, out[-1].end, q.group("q").strip())
            stop = q.end()
        count = _COUNT.match(text, stop, end)
        stop = count.end() if count else stop  # "Staff Nurses (4)"
        join = _LIST_JOIN.match(text, stop, end)
        if not many or join is None:
            break
        pos = join.end()
        side = _SIDE.match(text, pos, end)
        pos = side.end() if side else pos  # "…; External: Social Services"
    return _merge_places(text, _share_heads(text, out)) if many else out[:1]


def _share_heads(text: str, found: list[Mention]) -> list[Mention]:
    """A lone word before "or"/"/" and a post shares the post's last word: "Practice or
    Assistant Manager" is a Practice Manager and an Assistant Manager."""
    out = list(found)
    for n in range(len(out) - 1):
        one, two = out[n], out[n + 1]
        head = two.name.split()[-1]
        if len(one.name.split()) == 1 and len(two.name.split()) >= 2 and \
                head.lower() in POST_WORDS and one.name.lower() not in POST_WORDS and \
                re.fullmatch(r"\s+or\s+|\s*/\s*", text[one.end:two.start]):
            out[n] = Mention(f"{one.name} {head}", one.start, two.end, two.qualifier)
    return out


def _merge_places(text: str, found: list[Mention]) -> list[Mention]:
    """Names that are neither posts nor bodies, listed before one that is, are all one name:
    "NHS Heywood, Middleton and Rochdale CCG Chair"."""
    out: list[Mention] = []
    run: list[Mention] = []
    for m in found:
        if classify(m.name)[0] == "?" and not m.qualifier:
            run.append(m)
            continue
        places = len(run) >= 2 or " and " in m.name or \
            (bool(run) and run[0].name.startswith("NHS "))
        if run and places and all(re.fullmatch(r",\s*|\s+and\s+|,\s+and\s+", text[a.end:b.start])
                       for a, b in zip(run, [*run[1:], m], strict=True)):
            m = Mention(text[run[0].start:m.end], run[0].start, m.end, m.qualifier)
            run = []
        out += [*run, m]
        run = []
    return out + run


#: A grade after a post's name ("Ward Manager, Band 7"): no part of it.
GRADE = re.compile(r"(?:Band|Grade|Level|AfC(?:\s+Band)?)\s+\d[\w/.-]*", re.IGNORECASE)
_COUNT = re.compile(r"\s*\(\s*\d+(?:\.\d+)?\s*(?:wte|posts?)?\s*\)", re.IGNORECASE)
_SIDE = re.compile(r"(?:internal|external)\s*:\s*", re.IGNORECASE)


#: Before a lower-case name only articles and owners are dropped ("other care providers"
#: keeps its "other", as the text writes it).
#: Words before a lower-case name that are not part of it ("both" pairs two names).
#: A quantity before a counterpart says how many, as an article does, and is no part of its
#: name ("a wide range of stakeholders", "various external agencies" → "stakeholders").
QUANTITY = (r"(?:a\s+(?:(?:wide|wider|broad|large|diverse|great)\s+)?(?:range|variety|number|"
            r"mix|host|multitude)\s+of|various|numerous|many)\s+")
_ARTICLE = re.compile(r"(?:\s|" + QUANTITY + r"|\b(?:the|a|an|our|their|its|his|her|your|this|"
                      r"these|those|both|relevant|appropriate)\s+|"
                      r"(?-i:(?:[A-Z]\.[ \t]*)+[A-Z][a-z'’-]+,[ \t]+)|"
                      r"[a-z]+['’]s\s+)+", re.IGNORECASE)
#: A line break ends a lower-case name unless the next line goes on in lower case: a value
#: wrapped onto the next line ("…, directorate" / "team, …") is one name across the break.
# (a template's placeholder in angle or square brackets, "<specify>", and a closing quotation
# mark end it too)
_PLAIN_STOP = re.compile(r"[,;:.()–—<\[”\"]|\n(?![ \t]*[a-z])|\s[-/]\s|"
                         r"\b(?:for|on|in|with|to|and|or|who|which|as|at|via|"
                         r"within|across|through|by|when|where|regarding|about|including|after|before|during|each|"
                         r"every|if|unless|from|that|who|which)\b")


def plain_name(text: str, pos: int, end: int) -> Mention | None:
    """A lower-case name of a post or body right at ``pos`` ("the line manager"), or None.

    >>> t = "to your line manager for advice"
    >>> plain_name(t, 3, len(t)).name
    'line manager'
    """
    lead = _ARTICLE.match(text, pos, end)
    start = lead.end() if lead else pos
    stop = _PLAIN_STOP.search(text, start, end)
    phrase = text[start:stop.start() if stop else end].rstrip()
    # a footnote's number run into a word ends the name ("deputy chair13")
    phrase = re.split(r"(?<=[a-z])\d{1,3}(?=\W|$)", phrase, maxsplit=1)[0]
    words = phrase.split()
    if _no_plain_name(words):
        return None
    long = len(words) > 6  # a name is short: "ward manager ensure standards …" ends at its head
    words = words[:6]
    n = _name_length(words, long)
    if n is None:
        return None
    ends = [w.end() for w in re.finditer(r"\S+", phrase)]
    stop_at = start + ends[min(n, len(words)) - 1]  # "ward manager ensure …": up to the head
    # a name wrapped across lines is named with one space; its offsets keep the text's break
    return _of_name(text, _lead_for(text, Mention(" ".join(words[:n]), start, stop_at), end),
                    end)


#: A lower-case lead or nurse "for" its specialty ("clinical lead for widgets", "lead nurse for
#: older people"): one or two lower-case words, none a determiner, a qualifier's noun or a verb.
_LEAD_FOR = re.compile(r"[ \t]+for[ \t]+(?P<what>(?!(?:the|a|an|all|any|each|their|its|our|your|"
                       r"advice|support|guidance|supervision|appraisal|matters|purposes|issues|"
                       r"day|operational|clinical|professional|managerial)\b)[a-z][\w-]*"
                       r"(?:[ \t]+(?!(?:and|or|to|in|on|at|with|by|as|when|where|who|matters|"
                       r"purposes|issues)\b)[a-z][\w-]*)?)(?=[ \t]*(?:[,;.:)\n]|$|[ \t]+(?:and|"
                       r"or|who|as|when|in|on|at|via|through|to)\b))")


def _lead_for(text: str, m: Mention, end: int) -> Mention:
    """A lower-case lead or nurse named with its specialty after "for" runs to its end;
    another post, or a lead "for" a matter ("for clinical matters"), as it was."""
    if m.name.split()[-1] not in ("lead", "nurse"):
        return m
    more = _LEAD_FOR.match(text, m.end, end)
    if more is None:
        return m
    return Mention(f"{m.name} for {' '.join(more['what'].split())}", m.start, more.end())


_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")
_FOR_NAME = re.compile(r"[ \t]+for[ \t]+(?:the[ \t]+)?(?=[A-Z])")


def _of_name(text: str, m: Mention, end: int) -> Mention:
    """A lower-case name "of" or "for" a capitalised one runs to that name's end ("board
    members of NHS Widgetshire and Westshire", "a widget lead for Westshire and Eastshire"):
    the "and" inside the capitalised name does not end it."""
    of = _OF_NAME.search(text, m.start, m.end) or _FOR_NAME.match(text, m.end, end)
    named = first_name(text, of.end(), end) if of else None
    if of is None or named is None or named.end <= m.end or "\n" in text[m.start:named.end]:
        return m
    if of.re is _FOR_NAME and (named.name.isupper() or classify(named.name)[0] != "?"):
        return m  # "chairman for the WHT": a post for an organisation, named without it
    words = " ".join(text[of.start():named.end].split())
    return Mention(f"{m.name[:of.start() - m.start].rstrip()} {words}", m.start, named.end)


def _no_plain_name(words: list[str]) -> bool:
    """Whether a phrase opens with a pronoun ("it", "one of"), a verb or a character no name
    has."""
    if words and words[0].lower() in ("it", "them", "this", "that", "which", "whom", "him",
                                      "her", "us", "me", "any", "such", "will", "shall", "must",
                                      "should", "would", "can", "may", "is", "are"):
        return True  # (a modal or "is" opens a clause: "…, will lead the service")
    if words and words[0].lower() == "one" and words[1:2] in ([], ["of"]):
        return True  # "one" alone or "one of" is a pronoun; "one chair" counts a post
    return not words or not all(re.fullmatch(r"[\w&'’-]+", w) for w in words[:6])


def _is_head(words: list[str], n: int) -> bool:
    """Whether the ``n``-th word can end a lower-case name (a post, body or counterpart)."""
    w = words[n].lower()
    return w in POST_WORDS or w.rstrip("s") in POST_WORDS or w in BODY_WORDS or \
        w in COUNTERPARTS or " ".join(words[n - 1:n + 1]).lower() == "governing body"


def _name_length(words: list[str], long: bool) -> int | None:
    """How many of a phrase's first words make its name (up to its head word), or None."""
    heads = [n for n in range(len(words)) if _is_head(words, n)]
    if not heads:
        return None
    if heads[0] == 0 and words[1:2] and words[1].lower() in ("the", "a", "an", "our", "their"):
        return None  # "lead the development …", "chair the meeting": a verb, not a name
    head = heads[0] if long else heads[-1]
    if long and (not 1 <= head <= 2 or words[head + 1: head + 2] == ["of"] or any(
            w.lower() in _NOT_IN_NAME for w in words[:head])):
        return None  # "lead the …", "you will lead …", "a member of the …": no name cut short
    n = head + (3 if words[head + 1: head + 2] == ["of"] else 1)
    of = [h for h in heads if words[h].lower() in POST_WORDS and words[h + 1:h + 2] == ["of"]]
    if of and not long:  # "head of widget quality": a post and up to three words after its "of"
        n = max(n, _participle_cut(words, of[0], min(len(words), of[0] + 4)))
    return n


def _participle_cut(words: list[str], post: int, n: int) -> int:
    """Where a lower-case post's words after its "of" stop before a participle that follows a
    plural ("director of widgets providing leadership": "director of widgets"; "director of
    nursing services" keeps its words)."""
    for i in range(post + 3, n):
        before = words[i - 1].lower()
        if words[i].lower().endswith("ing") and before.endswith("s") and \
                not before.endswith("ss"):
            return i
    return n


#: Words that are no part of a name cut short before a duty: pronouns and verbs.
_NOT_IN_NAME = frozenset({"you", "we", "they", "he", "she", "will", "shall", "can", "may", "must",
                          "should", "would", "to", "be", "is", "are", "and", "or"})


_PLAIN_LEADS = frozenset({"", "the", "other", "all", "a", "an", "our", "their", "local", "wider",
                          "key"})


#: Noise before a name written as a list's entry: an article (run into the name too), a
#: determiner, a person before their post, an organisation as owner.
_TRIM_LEAD = re.compile(r"(?:the|your|our|their)(?=[A-Z])|(?:[A-Z]\.[ \t]*)+[A-Z][a-z'’-]+,[ \t]+|"
                        r"(?i:the|your|our|their|its|his|her|relevant|appropriate)[ \t]+|"
                        r"(?P<owner>[A-Z][\w-]*)['’]s[ \t]+")
#: Noise after it: a stand-in, a grade after a comma; then a footnote's number run into it.
_TRIM_TAIL = re.compile(r"[ \t]+(?:or[ \t]+(?:their[ \t]+|a[ \t]+)?nominated|and[ \t]+(?:their|"
                        r"his|her))[ \t]+deput(?:y|ies)\b|,[ \t]*(?:Band|Grade)[ \t]+\d")
_FOOTNOTE_END = re.compile(r"(?<=[a-z])\d{1,2}[ \t]*$")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a list entry's name without the noise around it.

    >>> t = "the Trust’s Widget Manager1 or nominated deputy"
    >>> a, b = trim(t, 0, len(t)); t[a:b]
    'Widget Manager'
    """
    while (lead := _TRIM_LEAD.match(text, start, end)) and lead.end() < end:
        if lead["owner"] and lead["owner"].lower() in POST_WORDS:
            break  # "Director's PA": a post's own post
        start = lead.end()
    tail = _TRIM_TAIL.search(text, start, end)
    end = tail.start() if tail else end
    mark = _FOOTNOTE_END.search(text, start, end)
    return start, mark.start() if mark else end


#: "or nominated deputy", "and their deputy", "or their nominated deputy": whoever stands in,
#: not a post of its own (an owner, then "nominated", each optional).
STAND_IN = re.compile(r"(?:(?:their|his|her|a|the)\s+)?(?:nominated\s+)?deput(?:y|ies)",
                      re.IGNORECASE)


def plain_names(text: str, pos: int, end: int) -> list[Mention]:
    """A list of names, capitalised or not ("stakeholders, service users and the Board")."""
    out: list[Mention] = []
    while pos < end:
        m = _fuller(first_name(text, pos, end), plain_name(text, pos, end))
        if m is not None and (STAND_IN.fullmatch(m.name) or GRADE.fullmatch(m.name)):
            break  # "… or nominated deputy", "… and their deputy", "…, Band 7"
        lead = text[pos:m.start].strip(" ,").lower() if m else ""
        led = _LEAD.match(text, pos, end) if m else None
        if m is None or (lead not in _PLAIN_LEADS and (led is None or led.end() > m.start)):
            break
        out.append(m)
        join = _LIST_JOIN.match(text, m.end, end)
        if join is None:
            break
        pos = join.end()
        side = _SIDE.match(text, pos, end)
        pos = side.end() if side else pos
    return out


def _fuller(named: Mention | None, plain: Mention | None) -> Mention | None:
    """The capitalised name, or the sentence-case one it begins ("Senior practice nurse")
    when the capitalised word alone names no post."""
    if named is None or plain is None:
        return named or plain
    if plain.start == named.start and plain.end > named.end and " " not in named.name \
            and not looks_like_post(named.name) and looks_like_post(plain.name):
        return plain
    return named


@dataclass(frozen=True)
class Candidate:
    """A relation a passage states: ``None`` for an end means the post described."""

    type: str
    source: Mention | None
    target: Mention | None
    quote: tuple[int, int]
    rule: str
    reason: str
    confidence: float
    role: str | None = None
    #: A roster entry naming a person: the post the entry names after them (the seat the
    #: person holds), if any.
    seat: Mention | None = None
