"""The sentence stage: paragraphs cut into sentences, sentences into clauses; every passage.

:func:`passages` is the public entry: every heading, labelled field, list item and
sentence of a text, with exact offsets. A sentence ends at ".", "!" or "?" before a
capital (not after "e.g.", "Dr." and the like), and at a line break when the line
is short and the next begins with a capital (a heading or a sentence without a full
stop, as PDF text often has).

>>> [s.text for s in passages("The Matron leads. She reports to the Director.\\n")]
['The Matron leads.', 'She reports to the Director.']
"""

from __future__ import annotations

import itertools
import re

from .cues import LINE_ADVERBS, PAGE_FURNITURE
from .layout import Passage, blocks, breaks_in_name, broken_name, lines_of
from .mentions import COUNTERPARTS

__all__ = ["Passage", "clauses", "passages", "sentences"]

#: (a dash after the full stop opens the next sentence as a list's item: ". – The Board")
_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=(?:[-–—]\s+)?[\"“(]?[A-Z0-9•·])")
#: Words after whose full stop a sentence goes on ("e.g. the Board", "Dr. Smith").
_NO_END = re.compile(r"(?:\b(?:e\.g|i\.e|etc|Dr|Mr|Mrs|Ms|St|No|Nos|vs|cf|approx|incl|Prof|"
                     r"Cllr|Rev|Co|Ltd|inc|viz)|\b[A-Z])\.$")
#: A clause boundary inside a sentence: a semicolon, or ", and" / "and will" before a verb.
#: Plural counterparts that end a list ("patients, carers and relatives to …"), never a verb
#: in "-s" starting a clause ("and reports to …"); "partners" and "groups" can be verbs.
_NOT_VERBS = "|".join(sorted(COUNTERPARTS - {"partners", "groups"}))
_CLAUSE = re.compile(r";\s+|,?\s+(?:and|but|whilst|while)\s+(?=(?:will|is|are|shall|also|to|"
                     r"be|has|have|they|he|she|it|managerially|professionally|operationally|"
                     r"clinically|directly|co-?chair|vice[\s-]chair)\b|(?:also\s+)?(?!(?:this|was|has|its|his|plus|across|"
                     + _NOT_VERBS + r")\b)(?-i:[a-z]{2,}[^s\W]s)\s+"
                     r"(?:on|to|for|with|as|the|a|an|closely|alongside)\b|"
                     # a membership verb after a modal's first verb ("will chair X and sit on Y")
                     r"(?:sit|serve|attend|chair|join|act)\s+(?:on|as|the|our|its)\b|"
                     # a line's verb after a modal's first verb ("will report to X and deputise
                     # for Y"): its own clause, about the same post
                     r"(?:deputi[sz]e|cover|substitute|report)\s+(?:directly\s+)?(?:for|to)\b|"
                     r"line[\s-]manage\s+(?:the|our|its)\b|"
                     # a post that goes on holding a seat ("… and continue to be a member of X")
                     r"(?:continue|remain)\s+(?:to\s+be|as|an?|the)\b)",
                     re.IGNORECASE)


#: A line's last word that wants the next line's words: a form of address before a name
#: ("Reporting to Dr" / "Jo Example, …") or a count before its noun ("includes two" / "GP
#: Members").
_WANTS_NAME = re.compile(r"(?:^|\s)(?:Dr|Mr|Mrs|Ms|Miss|Prof|Cllr|Sir|Dame|two|three|four|five|six|"
                         r"seven|eight|nine|ten)$")


def _line_breaks(text: str, start: int, end: int) -> list[int]:
    """Offsets where a paragraph breaks at a line end: a short line before a capital."""
    lines = [ln for ln in lines_of(text[start:end]) if not PAGE_FURNITURE.fullmatch(ln.text)]
    if len(lines) < 2:
        return []
    width = max(len(ln.text.rstrip()) for ln in lines)
    out = []
    for a, b in itertools.pairwise(lines):
        tail = a.text.rstrip()
        if tail.endswith((".", "!", "?", ",", ";", ":", "-", "–", " and", " or", " the", " of",
                          " to", " in", " for", " with", " by", " a", " an")) or \
                _WANTS_NAME.search(tail):
            continue
        if b.text.strip()[:1].isupper() and len(tail) < 0.6 * width and \
                not broken_name(tail, b.text) and \
                not breaks_in_name(tail, b.text):  # "The Widget" / "Board is …": one name
            out.append(start + b.start)
    return out



def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` as offset pairs (surrounding space excluded).

    >>> t = "See e.g. the Board. It meets."
    >>> [t[a:b] for a, b in sentences(t, 0, len(t))]
    ['See e.g. the Board.', 'It meets.']
    """
    cuts = [start]
    for m in _END.finditer(text, start, end):
        if not _NO_END.search(text[max(start, m.start() - 8): m.start()].rstrip("\"”’)")):
            cuts.append(m.end())
    cuts = sorted(set(cuts + _line_breaks(text, start, end)))
    out = []
    for a, b in zip(cuts, [*cuts[1:], end], strict=True):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


#: A verb of a reporting or accountability line, whose "… and to Y" is a second object.
_LINE_VERB = re.compile(r"\b(?:accountable|responsible|answerable|report(?:s|ing)?)\s+"
                        r"(?:\w+\s+)?to\b", re.IGNORECASE)
_AND_TO = re.compile(r",?\s*and\s+(?:" + LINE_ADVERBS + r"\s+)?to\s", re.IGNORECASE)
#: A line's next object after a semicolon, its kind before "to" ("; managerially to Y").
_KIND_NEXT = re.compile(r"[;,]\s*(?:and\s+)?" + LINE_ADVERBS + r"\s+to\s", re.IGNORECASE)
#: A word of a reporting or accountability line ("dually accountable:").
_LINE_WORD = re.compile(r"\b(?:accountable|responsible|answerable|report(?:s|ing)?)\b",
                        re.IGNORECASE)


def clauses(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The clauses of a sentence: cut at ";" and at "and" before a new verb phrase.

    >>> s = "She chairs the Forum; and will report to the Matron and the Director"
    >>> [s[a:b] for a, b in clauses(s)]
    ['She chairs the Forum', 'and will report to the Matron and the Director']
    """
    end = len(text) if end is None else end
    out, a = [], start
    for m in _CLAUSE.finditer(text, start, end):
        if re.search(r"\b(?:to|for|of|with|by)$", text[a:m.start()], re.IGNORECASE):
            continue  # "report to and be accountable to X": one object for both
        if re.match(r",?\s*but\s+also\s+to\b", text[m.start():m.end() + 8], re.IGNORECASE) and \
                re.search(r"\bnot\s+only\b", text[a:m.start()], re.IGNORECASE):
            continue  # "not only to X, but also to Y": two objects of one verb
        if _AND_TO.match(text[m.start():m.end() + 24]) and _LINE_VERB.search(text, a, m.start()):
            continue  # "accountable to X for A and to Y for B": two objects of one verb
        if _KIND_NEXT.match(text, m.start(), end) and _LINE_WORD.search(text, a, m.start()):
            continue  # "dually accountable: professionally to X; managerially to Y": one verb
        if m.start() > a:
            out.append((a, m.start()))
        a = m.end() if text[m.start()] == ";" else m.start() + len(m.group()) - len(
            m.group().lstrip(",; "))
    if a < end:
        out.append((a, end))
    return [(x, y) for x, y in out if text[x:y].strip()]


def passages(text: str) -> list[Passage]:
    """Every heading, labelled field, list item and sentence of ``text``, with offsets.

    Each passage's ``text`` is ``text[start:end]`` exactly; a field has its ``label``
    and ``value`` (``value_start`` its offset); ``heading`` is the heading or label
    the passage comes under. Paragraphs are given as their sentences.

    >>> text = ("Job Title: Ward Sister\\nAccountable to\\n• Matron – managerially\\n"
    ...         "• Head Nurse – professionally\\n\\nOUR TEAMS\\nPharmacy Team\\n\\n"
    ...         "The post holder will deputise for the Matron. She sits on the Forum.\\n")
    >>> for p in passages(text):
    ...     print(p.kind, p.start, p.end, repr(p.label), repr(p.text))
    field 0 22 'Job Title' 'Job Title: Ward Sister'
    field 23 61 'Accountable to' 'Accountable to\\n• Matron – managerially'
    field 64 91 'Accountable to' 'Head Nurse – professionally'
    heading 93 102 '' 'OUR TEAMS'
    item 103 116 '' 'Pharmacy Team'
    sentence 118 163 '' 'The post holder will deputise for the Matron.'
    sentence 164 186 '' 'She sits on the Forum.'
    >>> all(text[p.start:p.end] == p.text for p in passages(text))
    True
    """
    out: list[Passage] = []
    for block in blocks(text):
        if block.kind != "paragraph":
            out.append(block)
            continue
        for a, b in sentences(text, block.start, block.end):
            out.append(Passage("sentence", text[a:b], a, b, heading=block.heading))
    return out
