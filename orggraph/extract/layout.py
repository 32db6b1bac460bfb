"""The layout stage: a text's lines as headings, labelled fields, list items and paragraphs.

Every :class:`Passage` keeps exact offsets into the text (``text[start:end] ==
passage.text``). Fields are recognised whether the value follows its label on the
same line (``Reports to: Matron``, a table row ``| Reports to | Matron |``), on the
next lines (one value, or several, each its own field passage with the same label),
or in a flattened table: labels on their own lines, then the values in the same
order. Paragraphs are cut into sentences by :mod:`orggraph.extract.sentences`.

>>> text = "Job Title\\nReports to\\nWard Sister\\nMatron\\n"
>>> [(p.label, p.value) for p in blocks(text) if p.kind == "field"]
[('Job Title', 'Ward Sister'), ('Reports to', 'Matron')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

from .cues import (
    CUES,
    GENERIC_ENTRY,
    HINT,
    LABELS,
    PAGE_FURNITURE,
    SECTION_HEADING,
    label_of,
    tried,
)
from .mentions import COUNTERPARTS
from .names import BODY_WORDS, POST_WORDS, classify, looks_like_post

__all__ = ["SEATS_HEADING", "Passage", "blocks", "broken_name", "lines_of"]


@dataclass(frozen=True)
class Passage:
    """A heading, field, list item, paragraph or sentence, with its offsets in the text.

    ``label`` is a field's label as written (or the label a list of values follows);
    ``value``/``value_start`` the field's value and where it starts; ``heading`` the
    heading, label or lead-in sentence ("The Board comprises:") the passage comes under
    (the list an item belongs to), and ``heading_start`` where that starts.
    """

    kind: str  # "heading", "field", "item", "sentence" ("paragraph" inside the stages)
    text: str
    start: int
    end: int
    label: str = ""
    value: str = ""
    value_start: int = -1
    heading: str = ""
    heading_start: int = -1


@dataclass(frozen=True)
class Line:
    """One line of the text: its content (without the newline) and where it starts."""

    text: str
    start: int

    @property
    def bare(self) -> str:
        return self.text.strip()

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def lines_of(text: str) -> list[Line]:
    """The text's lines with their offsets (a ``\\r`` before a newline is not content)."""
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append(Line(raw.rstrip("\r"), pos))
        pos += len(raw) + 1
    return out


def span(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` moved inwards past whitespace and table rules ("|")."""
    while start < end and text[start] in " \t\r\n|":
        start += 1
    while end > start and text[end - 1] in " \t\r\n|":
        end -= 1
    return start, end


_LABEL_ALT = "|".join(re.escape(k) for k in sorted(LABELS, key=len, reverse=True))
#: A label then its value on the same line (a separator is needed after a noun label).
_INLINE = re.compile(rf"^[\s|·•▪*\-–]*(?:\d+[.)]\s+)?(?P<label>{_LABEL_ALT}){HINT}"
                     r"(?P<sep>\s*[:|]\s*|\s+[-–]\s+|\t+\s*|\s{2,}|\s+|(?<=(?-i:[a-z]))(?=(?-i:[A-Z]))|"
                     r"(?<=(?-i:[A-Z]))(?=(?-i:[A-Z][a-z])))"
                     r"(?P<value>\S.*?)\s*\|?\s*$", re.IGNORECASE)
# (a page viewer may run a label of two words or more into its value: "Reports toWidget
# Manager", "Job TitleWidget Officer", in capitals "JOB TITLEWidget Officer")
#: Any short label with a colon: "Reporting arrangements: …", "Hours: 37.5".
_GENERIC = re.compile(r"^[\s|·•▪*\-–]*(?P<label>[A-Z][A-Za-z/&'’() -]{1,40}?)\s*:\s+"
                      r"(?P<value>\S.*?)\s*$")
MARKER = (r"[•·▪◦●○■□➢►✓\-–*\uf0b7\uf0a7\uf076\uf0d8\uf0fc]|o(?=\s)|\d{1,2}(?:\.\d{1,2})*[.)]|"
          r"[a-z][.)]|[ivx]{2,5}[.)]|\([a-z0-9]{1,3}\)|\([ivx]{4,5}\)")
"""A list item's marker: a bullet (also the Symbol and Wingdings glyphs a word processor's
bullets become in exported text, in Unicode's private use area), a number, a letter, a
small roman numeral (a word processor's numbering: "ii.", "(viii)")."""
#: (a bracketed letter may run into its item, as legislation prints it: "(a)a chair;")
BULLET = re.compile(rf"^\s*(?:(?:{MARKER})\s+|\([a-z]{{1,3}}\)(?=[a-z]))")
#: A line that is one name and a qualifier ("Business Manager – administratively", "Lead GP
#: (for clinical matters)"): under a relationship field, another of its values.
#: A line that opens with a verb in lower case and its object ("lead the widget service", "sit
#: on the Board", "be a member of …"): a duty, neither a post's name nor another value of a label.
DUTY_LINE = re.compile(r"^\s*(?-i:[a-z])[\w-]*\s+(?:(?:on|in|to|as|with|up|out)\s+)?"
                       r"(?:the|a|an|all|our|their|its|any|and)\s|^\s*(?-i:(?:to\s+)?be)\s|"
                       # a lead-in over its duties ("The X will:", "… be expected to:")
                       r"\b(?:will|shall|must|should|to)\s*:\s*$", re.IGNORECASE)
#: A lower-case word before "for the" ("deputise for the X"): a duty's verb unless it is a
#: post's word ("lead for the widget team").
_VERB_FOR = re.compile(r"^\s*(?P<w>(?-i:[a-z])[\w-]*)\s+for\s+(?:the|a|an|all|any)\s")


def is_duty_line(text: str) -> bool:
    """Whether a line states a duty (:data:`DUTY_LINE`, or a verb before "for the").

    >>> is_duty_line("deputise for the Widget Manager"), is_duty_line("lead for the widget team")
    (True, False)
    """
    m = _VERB_FOR.match(text)
    return bool(DUTY_LINE.search(text)) or (m is not None and m["w"].lower() not in POST_WORDS)


_QUALIFIED = re.compile(r"^\s*[A-Z][\w&'’/-]*(?:\s+[\w&'’/-]+){0,6}?\s*(?:[-–—]\s*[A-Za-z][a-z]+ly|"
                        r"\(\s*(?:for|in)\s[^)]{2,40}\)|[-–—]\s*for\s[\w -]{2,40}|"
                        r"\(\s*(?:strategic|operational|clinical|professional|managerial|line\s+"
                        r"management|day[\s-]to[\s-]day)[a-z ]{0,20}\))\s*\.?\s*$")
_CELLS = re.compile(r"\s*\|\s*|\t+")
_VERB_LABEL = re.compile(r"(?:to|by|for|manages)$")


#: A later label with a colon on the same line: a known one, or a capitalised (or capitals)
#: phrase of up to five words ("Main site of activity:", "CLOSING DATE:").
_LATER = (rf"(?P<label>(?i:{_LABEL_ALT})|[A-Z][a-z]+(?:\s+[a-z]+){{0,4}}|"
          r"[A-Z]{2,}(?:\s+[A-Z]{2,}){0,3})\s*:(?:\s+|$)")
_NEXT_LABEL = re.compile(r"\s" + _LATER)


def _cut(text: str, start: int, end: int) -> int | None:
    """Where the next label of a run-together line starts (a known label preferred)."""
    found = _NEXT_LABEL.search(text, start, end)
    if found is None:
        return None
    known = _KNOWN_COLON.search(text, found.start(), found.end())
    if known and known.end("label") == found.end("label"):
        return known.start("label")
    return found.start("label")
_KNOWN_COLON = re.compile(rf"(?:^|\s)(?P<label>(?i:{_LABEL_ALT}))\s*:(?:\s|$)")
_AT_LABEL = re.compile(_LATER)


#: A clause or a sentence after the object, in a line opened by a verb label without a
#: separator: sentences, not a field ("Reporting to the Director, the Head of Estates leads
#: …", "Managerially accountable to X. Professionally accountable to Y.").
_CLAUSE_AFTER = re.compile(r",\s+(?:the|a|an|he|she|they|you|we|who|which|this|our|my|his|her|"
                           r"their|(?-i:I))\s|"
                           r"[.;]\s+(?-i:[A-Z])|"
                           # "Reporting to X are A and B": the object is the list's, a sentence
                           r"\s(?-i:are|include)\s", re.IGNORECASE)


def _bare_separator(m: re.Match[str]) -> bool:
    """Whether a label runs into its value with one space (a verb label: "Reports to X")."""
    return not m["sep"].strip() and "\t" not in m["sep"] and len(m["sep"]) < 2


def inline_field(line: str) -> re.Match[str] | None:
    """A known label and its value on one line, or ``None``.

    >>> inline_field("Accountable to:  Head of Estates")["value"]
    'Head of Estates'
    >>> inline_field("Team working is key") is None
    True
    """
    m = _INLINE.match(line)
    if m is None or (not m["sep"] and " " not in m["label"].strip()):
        return None
    bare_sep = _bare_separator(m) and bool(m["sep"])  # (run in without a space: any label)
    # no separator: only a verb label ("Reports to the Matron"), with a short value
    if bare_sep and (not _VERB_LABEL.search(m["label"].lower()) or
                     len(m["value"].split()) > 12 or _CLAUSE_AFTER.search(m["value"]) or
                     m["value"].split()[-1].lower() in _OPEN_ENDS or m["value"].endswith(",")):
        return None  # (a value ending "… Director of" or "…," is a sentence going on)
    return m


def cells(line: str) -> list[str]:
    """A table row's cells (split on "|", tabs, or " / " after a label), or [] if no row."""
    bare = line.strip()
    if "|" not in bare and "\t" not in bare and not _slashed(bare):
        return []
    splitter = _CELLS if ("|" in bare or "\t" in bare) else _SLASH
    parts = [c for c in splitter.split(bare.strip("|")) if c.strip()]
    return parts if len(parts) >= 2 else []


#: A table exported with " / " between cells: "JOB TITLE: / Ward Sister / GRADE: / 7".
_SLASHED = re.compile(r"^[A-Z][A-Za-z ]{1,40}:\s+/\s+")
_SLASH = re.compile(r"\s+/\s+")
#: The same without the colon, when the first cell is a known label: "JOB TITLE / Porter".
_SLASHED_BARE = re.compile(r"^(?P<cell>[A-Za-z][A-Za-z ]{1,40}?)\s+/\s+\S")


def _slashed(bare: str) -> bool:
    """Whether a line is a row exported with " / " between its cells."""
    if _SLASHED.match(bare):
        return True
    m = _SLASHED_BARE.match(bare)
    return m is not None and label_of(m["cell"]) is not None


#: A section's number before its heading or label ("5. REPORTS TO", "6 JOB PURPOSE").
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*[.)]?[ \t]+[A-Z]")


#: A line opening with an aside in lower case in brackets ("(professionally) and …"): the
#: rest of a value a page viewer wrapped.
_LOWER_ASIDE = re.compile(r"\((?-i:[a-z])[^()]*\)")


def _next_section(label: Line, line: Line) -> bool:
    """Whether a line under a label's values starts the next section: "Main duties", or a
    numbered line after a numbered label ("6. JOB PURPOSE" after "5. REPORTS TO")."""
    return SECTION_HEADING.match(line.bare) is not None or (
        _SECTION_NUMBER.match(label.bare) is not None and
        _SECTION_NUMBER.match(line.bare) is not None)


def kind_of(line: str) -> str:
    """How a line reads: blank, row, label (alone), field, bullet, or text."""
    bare = line.strip()
    if not bare:
        return "blank"
    if _SIDES.fullmatch(bare):
        return "sides"
    if label_of(bare) and not (bare.lstrip("|*•·▪-– \t")[:1].islower() and
                               not bare.endswith(":")):
        return "label"  # (a label's words in lower case, no colon, are a value: "line manager")
    if cells(line):
        return "row"
    if inline_field(line):
        return "field"
    if BULLET.match(line):
        return "bullet"
    return "text"


#: A membership or chairing verb in the present after its subject, with its object ("The
#: Head of Widgets chairs the Widget Board"): a sentence, though short and without its stop.
# (an adverb may come first, "I currently chair the X"; "chair" after a pronoun or a modal)
_MEMBERSHIP_VERB = re.compile(r"\w\s+(?:(?:also|currently|jointly|now)\s+)?(?:chairs|sits\s+on|"
                              r"attends|attend\s+(?:all\s+)?meetings\s+of|joins|comprises|consists\s+of|has\s+chaired|"
                              r"forms\s+part\s+of|works\s+within|as\s+(?:an?\s+)?member\s+of|"
                              r"as\s+part\s+of|role\s+within|chair)\s+(?:the|our|its|their)\s")


#: The last word of a standing body's or a team's name.
_BODY_END = re.compile(r"\b(?:Board|Committee|Group|Forum|Panel|Team|Council|Network|Executive)s?$")


#: A sentence's opening words ("The …", "Membership of the …", "4.2 I …").
_OPENS_SENTENCE = re.compile(r"(?:\d+(?:\.\d+)*\.?\s+)?(?:The|Our|As|Membership|Members|I|You|We)"
                             r"\s+\S")
#: A line that opens with the head word of a name, then goes on ("Group is chaired by …").
_HEAD_FIRST = re.compile(r"(?P<head>[A-Z][a-z-]+)(?=[ \t]*[,;(]|[ \t]+[a-z])")
_HEADS = frozenset({"board", "committee", "group", "forum", "panel", "team", "council",
                    "network", "executive", "partnership"}) | POST_WORDS


def breaks_in_name(line: str, nxt: str) -> bool:
    """Whether a page viewer broke a sentence inside a name: the line opens a sentence and
    ends with a capitalised word, and the next line opens with the name's head word ("The
    Widget Executive" / "Group is chaired by …", "The Widget Safety" / "Officer sits on …")."""
    bare, after = line.strip(), nxt.strip()
    head = _HEAD_FIRST.match(after)
    last = bare.rsplit(None, 1)[-1] if bare else ""
    return head is not None and head["head"].lower() in _HEADS and last[:1].isupper() and \
        _OPENS_SENTENCE.match(bare) is not None and not bare.endswith((":", "—"))


def _name_goes_on(before: str, nxt: str) -> bool:
    """Whether a field's value a page viewer broke goes on on the next line: the line ends
    with an article or a joining word ("Member of: the" / "Widget Board"), or the next line
    is the rest of a body's name ("Membership of: Widget" / "Safety Forum")."""
    last = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
    if re.search(r" {2,}|\t", before[before.rfind("\n") + 1:] + "\n" + nxt):
        return False  # cells padded into columns: a table's rows, not a wrapped value
    if last.lower() in _OPEN_ENDS and last[:1].islower():
        return True
    first = re.split(r"[;,]", nxt)[0].strip()  # "Safety Forum; the Widget Board"
    return bool(_BODY_END.search(first)) and len(first.split()) <= 4 and nxt[:1].isupper() and \
        not _BODY_END.search(before.rstrip()) and last[:1].isupper() and ":" not in nxt


#: A label whose value is a list of seats, however long ("Membership: A (Chair), B, C …").
_SEAT_LIST = re.compile(r"(?:core\s+)?(?:members|membership)", re.IGNORECASE)


#: A verb followed by a lower-case word: a sentence, not a heading.
_VERB_NEXT = re.compile(r"\b(?:will|shall|must|reports?|is|are|has|have|includes|comprises)"
                        r"\s+[a-z]")
#: Counts a line ends with when its noun is on the next line ("… includes two" / "GP Members").
_COUNT_END = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
#: A stop then a capital: two sentences on one line.
_TWO_SENTENCES = re.compile(r"[.!?]\s+[A-Z]")


def is_short(text: str) -> bool:
    """A line that can be a heading or a list entry: few words, no final full stop."""
    bare = text.strip()
    if len(bare) > 90 or len(bare.split()) > 10:
        return False  # (looked at first: the searches below cost most on a long line)
    word = bare.rsplit(None, 1)[-1] if bare else ""
    last = word.lower()
    if _VERB_NEXT.search(bare) or \
            _LINE_DUTY.search(bare) or \
            (_MEMBERSHIP_VERB.search(bare) and not bare.endswith((":", "—", "–"))):
        return False  # a sentence without its full stop, not a heading (nor a lead-in)
    if _works_sentence(bare):
        return False  # "Liaise with the Widget Lead": a duty without its full stop
    return not bare.endswith((".", ";", ",")) and not _TWO_SENTENCES.search(bare) and \
        last not in _OPEN_ENDS and word not in _COUNT_END


#: The capitalised words a line ends with, and those the next line starts with.
_NAME_END = re.compile(r"(?:[A-Z][\w'’&-]*\s+(?:(?:of|for|and|in)\s+)?){0,4}[A-Z][\w'’&-]*$")
_NAME_START = re.compile(r"[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and|in)\s+)?[A-Z][\w'’&-]*){0,4}")


#: The characters a match of :data:`_NAME_END` is made of.
_NAME_CHARS = re.compile(r"[\w'’&\s-]*")


def _name_end(tail: str) -> re.Match[str] | None:
    """:data:`_NAME_END`'s match at the end of ``tail``, the same as ``_NAME_END.search(tail)``
    but looked for in the last 400 characters first: a search from the start of a long text
    tries every position. A match starting earlier would span every character between the
    window's start and the match found there, so the whole text is searched only when those
    are all characters of a name."""
    start = max(0, len(tail) - 400)
    m = _NAME_END.search(tail, start)
    if start == 0 or _NAME_CHARS.fullmatch(tail, start, m.start() if m else len(tail)) is None:
        return m
    return _NAME_END.search(tail)


def broken_name(tail: str, nxt: str, value: bool = False) -> bool:
    """Whether a page viewer broke a line inside a name: the line ends with capitalised words
    whose last is no post's or body's word ("… the Head of Widget") and, with the next line's
    capitalised words, they name one ("Head of Widget" / "Services is …"). In a field's
    ``value`` the name may end the next line ("Line Manager: Head of Widget" / "Services")."""
    left = _name_end(tail)
    lead = re.match(r"(?:(?:The|A|An|This|Our|Your|Their|Its)\s+)*", left.group()) if left else None
    left = _NAME_END.search(tail, left.start() + lead.end()) if left and lead else left
    right = _NAME_START.match(nxt.strip())
    if left is None or right is None or right.group().split()[0] in _OPENERS or \
            not re.search(r"[a-z]", tail[:left.start()]) or ":" in nxt.split(".")[0]:
        return False
    rest = nxt.strip()[right.end():]
    if not value and not (re.match(r"\s+[a-z]|\s*,|\s*\((?-i:[a-z])", rest) or
            (re.match(r"\s*(?:[.;]|$)|\s+[–—-]\s", rest) and _SENTENCE_WORD.search(tail))):
        return False  # (after the name: the sentence going on, or its end after a verb)
    last, first = left.group().split()[-1].lower(), right.group().split()[0].lower()
    open_end = (last not in POST_WORDS and last not in BODY_WORDS) or \
        (last in _RANKS and first in POST_WORDS) or \
        last in _OPEN_RANKS  # "the Assistant" / "Director of X", "the Chief" / "Widget Officer"
    return open_end and classify(f"{left.group()} {right.group()}")[0] != "?"


#: Words of a post's rank that another post word may follow ("Assistant Director").
_RANKS = frozenset({"assistant", "deputy", "associate", "chief", "senior", "principal", "lead",
                    "head", "executive"})


#: Words that join a name's parts (a value broken before or after one goes on).
_NAME_JOINS = frozenset({"of", "for", "and", "in"})


def value_goes_on(tail: str, nxt: str) -> bool:
    """Whether a relationship field's value a page viewer broke inside a name goes on on the
    next line: after a joining word ("Managed by: Head of" / "Widget Services"), before one
    in capitals ("REPORTS TO: DIRECTOR" / "OF WIDGETS"), or inside the name as
    :func:`broken_name` reads it ("Line Manager: Chief" / "Widget Officer")."""
    if ":" in nxt.split(".")[0]:
        return False  # the next line is a field of its own
    line = tail[tail.rfind("\n") + 1:].rstrip()
    last = line.rsplit(None, 1)[-1] if line else ""
    first = nxt.strip().split(None, 1)[0] if nxt.strip() else ""
    if last.lower() in _NAME_JOINS and first[:1].isupper():
        return True
    if first.lower() in _NAME_JOINS and first.isupper() and last.isupper():
        return True
    if _OPEN_VALUE.search(line) or _ASIDE_LINE.fullmatch(nxt.strip()):
        return True  # "Jo Example," / "Head of Widgets"; "Dr" / "Jo Example"; "Jo Example" /
        # "(Head of Widgets)": a holder and their post, or a list, go on
    return broken_name(tail, nxt, value=True) or _head_goes_on(line, nxt.strip())


#: An organisation's word a standing body's name goes on after ("Trust" / "Board").
_ORGANISATION_WORDS = frozenset({"trust", "council", "icb", "ccg", "authority", "practice"})
#: A standing body's head word.
_STANDING = frozenset({"board", "committee", "group", "panel", "forum", "executive", "team"})


def _head_goes_on(line: str, nxt: str) -> bool:
    """Whether a value broken before its last words goes on: an organisation's word before a
    standing body's head ("Member of: the Trust" / "Board"), or a value in capitals before
    the capitalised head word that ends it ("REPORTS TO: WIDGET SERVICES" / "MANAGER")."""
    words = nxt.split()
    last = line.split()[-1].lower() if line.split() else ""
    if not words or label_of(nxt) is not None:
        return False
    if last in _ORGANISATION_WORDS and words[0].lower() in _STANDING and words[0][:1].isupper():
        return True
    return line.isupper() and nxt.isupper() and len(words) <= 3 and \
        (words[-1].lower() in POST_WORDS or words[-1].lower() in _STANDING)


#: A value's line that cannot end it: a comma, a bracket left open, a form of address.
_OPEN_VALUE = re.compile(r"(?:,|\([^)]*|(?<![\w.])(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Cllr|"
                         r"Councillor|Sir|Dame)\.?)$")
#: A line that is only a capitalised aside in brackets ("(Head of Widgets)").
_ASIDE_LINE = re.compile(r"\([A-Z][^()\n]{1,60}\)")


#: Ranks that never end a title: a name broken after one goes on whatever word follows.
_OPEN_RANKS = frozenset({"assistant", "deputy", "associate", "chief", "senior", "principal"})


#: A word that makes a line a sentence, not an entry of a list of names.
_SENTENCE_WORD = re.compile(r"\b(?:will|is|are|shall|must|has|have|reports?|deputi[sz]es?|acts?|"
                            r"covers?|accountable|responsible|managed)\b", re.IGNORECASE)
#: Capitalised words that open a sentence rather than go on with a name.
_OPENERS = frozenset({"The", "A", "An", "This", "These", "That", "You", "We", "It", "They",
                      "He", "She", "In", "As", "Our", "Each", "All", "To", "For", "When", "If",
                      "Where", "Please", "Main", "Key", "Job", "Duties", "Responsible",
                      "Accountable", "Reports", "Reporting"})


#: A duty that states a line, written as an order without its full stop ("Deputise for the
#: Ward Manager in their absence", "Act up for the Matron when required"): not a heading.
_LINE_DUTY = re.compile(r"(?:^|\s)(?:to\s+)?(?:deputi[sz]es?|acts?\s+up|acts?\s+as\s+deputy|"
                        r"covers?|substitutes?)\s+(?:for|to|as)\s+\S|"
                        # "The X line manages the Y": a reporting verb and its object
                        r"\w\s+(?:line[\s-]manag(?:es?|ing)|manages)\s+(?:the|our|its|(?-i:[A-Z]))|"
                        # "… comes within the X's line of management", "… provided by X"
                        r"\bline\s+of\s+management\b|\bline\s+management\s+(?:\w+\s+){0,4}?"
                        r"(?:provided|given)\s+by\s",
                        re.IGNORECASE)
#: A line opening as a clause does ("In the absence of the relevant line" / "manager, …"):
#: a following line in lower case goes on with it.
_CLAUSE_OPEN = re.compile(r"(?:In|As|With|For|To|Under|During|When|If|Reporting|Accountable|"
                          r"Responsible|Working)\s")
#: Words in lower case a line starts with when it goes on with the sentence of the line before.
_GOES_ON = re.compile(r"(?:of|to|for|and|or|in|into|with|by|on|at|as|from|is|are|will|shall|"
                      r"was|were|has|have|who|which|directly|also|jointly|reports?|"
                      r"deputi[sz]es?)\s")


#: A table column that says what a contact is about, not who: "Frequency", "Purpose",
#: "Nature of contact", "How often", "Reason for contact".
_ABOUT = re.compile(r"(?:frequency|purpose|reason|nature|method|means|how\s+often|topics?|issues|"
                    r"subject|type|mode|level)(?:\s+(?:of|for)\s+(?:the\s+)?(?:contact|"
                    r"communication|relationship|liaison)s?)?\s*:?", re.IGNORECASE)


#: A table column that names the contact ("Contact", "Name", "Post", "Organisation", "Who").
_COLUMN = re.compile(r"(?:(?:key\s+|main\s+)?contacts?|(?:job\s+)?title|name|post|role|who|"
                     r"with\s+whom|organi[sz]ation)\s*:?", re.IGNORECASE)


def _hangs_under(item: Line, line: Line) -> bool:
    """Whether ``line`` is the rest of the one-line bullet ``item``: see :func:`hangs_under`."""
    return "\n" not in item.text and hangs_under(item.text, line.text)


def hangs_under(item: str, line: str) -> bool:
    """Whether the line ``line`` is the rest of the bullet line ``item`` a page viewer
    wrapped: no bullet of its own, indented to where the bullet's words start ("• Widget
    Leads / Gadget" / "  Officers"), the shape a bullet's wrapped words take in a list.

    >>> hangs_under("• Widget Leads / Gadget", "  Officers"), hangs_under("• A", "• B")
    (True, False)
    """
    m = BULLET.match(item)
    if m is None or kind_of(line) == "bullet":
        return False
    indent = len(line) - len(line.lstrip(" \t"))
    return indent > 0 and indent == m.end() and bool(line.strip())


def _mid_phrase(so_far: str) -> bool:
    """Whether a working-relationships value stops mid-phrase: an open bracket, an open word,
    a sentence not yet at its full stop."""
    last = so_far.rsplit(None, 1)[-1].lower() if so_far.split() else ""
    return so_far.count("(") > so_far.count(")") or last in _OPEN_ENDS or \
        _unended_sentence(so_far)


def _unended_sentence(value: str) -> bool:
    """Whether a value is a sentence stating a working relationship that has not yet reached
    its full stop ("The post holder will liaise with the Widget" / "Board.")."""
    return not value.rstrip().endswith((".", ";", ":", "!", "?")) and any(
        c.pattern.search(value) for c in tried(value, "WORKS_WITH")) and \
        bool(re.search(r"\b(?:will|shall|is|are|to)\s+[a-z]", value))


def _works_heading_words(bare: str) -> bool:
    """Whether a line is a relationships heading by its own words ("Key contacts"), not by a
    cue at its end."""
    return label_of(bare.rstrip(" :")) is not None and not any(
        c.pattern.search(bare + " ") for c in tried(bare, "WORKS_WITH"))


#: Small words a heading in title case leaves in lower case ("Working with the Board").
_SMALL = frozenset({"a", "an", "the", "and", "or", "of", "for", "with", "in", "on", "to", "at",
                    "by", "&", "/", "-", "–"})


def _works_sentence(bare: str) -> bool:
    """Whether a short line states a working relationship in words, not as a heading: a
    working-relationship cue with its object after it, and lower-case words other than a
    title's small ones ("Develop strong relationships with the Widget Lead", "works closely
    with the Board"; not "Working with Partners" nor "Liaison with:")."""
    cue = next((m for c in tried(bare, "WORKS_WITH") for m in [c.pattern.search(bare)]
                if m is not None), None)
    if cue is None or not bare[cue.end():].strip(" :"):
        return False
    words = re.findall(r"[\w&/–-]+", bare)
    return any(w[:1].islower() and w not in _SMALL for w in words)


#: Words a line ends with when its sentence goes on, on the next line.
_OPEN_ENDS = frozenset({"the", "a", "an", "to", "of", "and", "or", "for", "with", "in", "by",
                        "on", "at", "be", "will", "is", "are", "as", "from", "their", "its",
                        "our"})



def _counterpart(bare: str) -> bool:
    """Whether a line names a post, a body or a generic counterpart ("Widget Directorate",
    "Patients"): an entry of a working-relationships list, never a section's heading."""
    last = bare.split()[-1].lower() if bare.split() else ""
    return looks_like_post(bare) or classify(bare)[0] == "Body" or last in COUNTERPARTS


def _generic_entry(label: Line, line: Line) -> bool:
    """Whether ``line`` is the first entry of the working-relationships list ``label`` heads,
    though it reads as a heading of its own ("Key contacts" / "1. Stakeholders")."""
    name = label_of(label.bare)
    return name is not None and LABELS[name].gives == "WORKS_WITH" and \
        GENERIC_ENTRY.fullmatch(line.bare) is not None


#: A side's label on a line of its own ("Internal:", "External").
_SIDE_LINE = re.compile(r"(?:internal|external)[ \t]*:?", re.IGNORECASE)


def _side_under(label: Line, line: Line) -> bool:
    """Whether ``line`` is a side's label ("Internal:") under a relationships label: a sub-heading
    of its list, whose entries follow, not a second label of a flattened table."""
    found = LABELS.get(label_of(label.bare) or "")
    return found is not None and found.gives == "WORKS_WITH" and \
        _SIDE_LINE.fullmatch(line.bare) is not None


def _ends_values(label: Line, line: Line, kind: str, many: bool) -> bool:
    """Whether ``line`` ends the values below ``label``: another label, field or row (not a
    generic entry or a side's label under a relationships label), prose, the next section."""
    if kind in ("label", "field", "row") and not _generic_entry(label, line) and \
            not _side_under(label, line):
        return True
    return _prose(line.bare, many) or _next_section(label, line)


def _relation_label(label: str) -> bool:
    """Whether a label's value names other posts or bodies (so may list several)."""
    gives = LABELS[label].gives if label in LABELS else ""
    return gives.isupper()


#: A short label of a flattened table that is not a known one ("Hours of duty:",
#: "Agenda for Change (AfC) banding:"): capitalised, ending with a colon.
_COLON_LABEL = re.compile(r"[A-Z][A-Za-z()/&'’ -]{1,50}:")
#: A value that is a grade or a number ("Band 6", "8a", "5", "37.5").
_GRADE_VALUE = re.compile(r"(?:(?:AfC\s+)?(?:band|grade|level|scale)\s*)?\d[\w./+-]{0,5}",
                          re.IGNORECASE)


def _fit(label: str, value: str) -> int:
    """How well a value fits a label of a flattened table: a title or a relationship wants a
    post's name, a grade wants a grade (2 when it does); any other fact takes what is no
    post's name (1); 0 does not fit."""
    name = label_of(label)
    gives = LABELS[name].gives if name else ("grade" if re.search(r"band|grade|scale", label,
                                                                  re.IGNORECASE) else "other")
    if gives == "title" or gives.isupper():
        return 2 * looks_like_post(value)
    if gives == "grade":
        return 2 * bool(_GRADE_VALUE.fullmatch(value.strip()))
    return int(not looks_like_post(value))  # any other fact: a weak fit


def _aligned(labels: list[Line], values: list[Line]) -> list[Line | None]:
    """Each label's value in a flattened table with fewer values than labels: the labels left
    empty are those the values fit worst (on a tie, the first: headings over the table)."""
    empty = len(labels) - len(values)
    if empty <= 0:
        return list(values[:len(labels)])
    best: tuple[int, list[Line | None]] = (-1, [])
    for skip in combinations(range(len(labels)), min(empty, 3)) if empty <= 3 else [
            tuple(range(empty))]:
        order: list[Line | None] = []
        it = iter(values)
        order = [None if n in skip else next(it) for n in range(len(labels))]
        score = sum(_fit(label.bare, value.bare) for label, value in zip(labels, order,
                                                                         strict=True) if value)
        if score > best[0]:
            best = (score, order)
    return best[1]


def _prose(text: str, relation: bool = False) -> bool:
    """A line of running text, not a value: long, or a full sentence. Under a relationship's
    label a line ending with a full stop is a sentence only with a verb ("the Trust's Widget
    Director via the Divisional Office." is a value with its route)."""
    words = text.split()
    sentence = text.rstrip().endswith(".") and len(words) > 8
    if relation and sentence and not _VERB.search(text):
        return False
    return len(words) > 16 or sentence or _SELF_OPENS.match(text) is not None


#: A line opening with the post itself as a subject ("The post holder is accountable to …"):
#: a sentence, never a field's value.
_SELF_OPENS = re.compile(r"\s*(?:the\s+)?(?:post\s*holder|postholder|job\s*holder|you|they)\s+"
                         r"(?-i:[a-z])", re.IGNORECASE)


_VERB = re.compile(r"\b(?:will|is|are|shall|must|be|has|have|can|may|should|would|was|were)\b",
                   re.IGNORECASE)


#: A heading a board's or committee's seats are listed under ("Board members", "Audit
#: Committee", "Membership", "Our members", "Non-executive directors").
SEATS_HEADING = re.compile(r"(?:\b(?:board|committee|sub-committee|panel|forum|council|executive|"
                           r"group|body)s?(?:\s+of\s+directors)?|^(?:the\s+|our\s+)?(?:core\s+|current\s+)?"
                           r"(?:board\s+)?(?:members|membership|composition)(?:\s+of\s+the\s+"
                           r"[\w\s&-]{2,40})?|^(?:our\s+)?(?:associate\s+)?(?:non-)?executive\s+"
                           r"(?:directors|members))"
                           r"(?:\s+(?:members|membership|composition))?\s*$", re.IGNORECASE)


#: "Non-Executive Directors", "Executive members": a seat of a board's composition, or the
#: heading of a list of the holders' names.
_DIRECTORS = re.compile(r"(?:associate\s+)?(?:non-)?executive\s+(?:directors|members)\s*$",
                        re.IGNORECASE)

#: The word that makes a body's name a heading of its seats ("Audit Committee membership").
_MEMBERSHIP_WORD = re.compile(r"\b(?:members|membership|composition)\b", re.IGNORECASE)

#: A header of two columns padded with spaces: "Internal          External".
_SIDES = re.compile(r"(?i:internal|external)(?:\s+(?i:contacts|relationships|stakeholders))?"
                    r"[ \t]{3,}(?i:internal|external)(?:\s+(?i:contacts|relationships|"
                    r"stakeholders))?")


def _seat(line: str, under_body: bool = False) -> bool:
    """A seat's line: a post, alone or with its holder's name ("Chair – A Name", "A Name,
    Chief Executive") or its role in brackets ("Non-Executive Director (Chair)"). Under a
    body's own heading (``under_body``), "Executive Directors" is a seat, not a heading."""
    if SEATS_HEADING.match(line.strip(" \t•·▪*")) and not (
            under_body and _DIRECTORS.match(line.strip(" \t•·▪*"))):
        return False  # "Our members", "Non-executive directors": the heading of a seat list
    parts = re.split(r"\s+[–—-]\s+|,\s+|\s*\(", line.strip(" \t•·▪*"))
    return len(parts) <= 3 and any(looks_like_post(part.strip(" )")) for part in parts[:2])


class _Scan:
    """The layout scanner: one pass over the lines, emitting passages in order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = lines_of(text)
        self.i = 0
        self.out: list[Passage] = []
        self.heading = ""
        self.heading_at = -1
        self.para: tuple[int, int] | None = None  # the open paragraph's start and end
        self.prev = "blank"  # what the previous line was
        self.about: tuple[int, frozenset[int]] = (0, frozenset())  # a table's width, and its
        # columns that say what a contact is about (its frequency, its purpose)

    def emit(self, kind: str, start: int, end: int, *, label: str = "",
             value: tuple[int, int] | None = None) -> None:
        start, end = span(self.text, start, end)
        if start >= end:
            return
        vs, ve = span(self.text, *value) if value else (-1, -1)
        self.out.append(Passage(kind, self.text[start:end], start, end, label,
                                self.text[vs:ve] if value else "", vs, self.heading,
                                self.heading_at))
        self.prev = kind

    def under(self, start: int, end: int) -> None:
        """What the next passages come under: ``text[start:end]`` without a final colon."""
        start, end = span(self.text, start, end)
        self.heading = self.text[start:end].rstrip(" :—")
        self.heading_at = start

    def close(self) -> None:
        if self.para:
            self.emit("paragraph", *self.para)
            start, end = self.para
            if self.text[start:end].rstrip().endswith((":", "—")):  # a lead-in to a list
                lead = max(self.text.rfind(". ", start, end) + 1, start)
                self.under(lead, end)
                self.prev = "heading"  # its short lines after it are the list's entries
            self.para = None

    def run(self) -> list[Passage]:
        while self.i < len(self.lines):
            line = self.lines[self.i]
            kind = kind_of(line.text)
            self.about = self.about if kind == "row" else (0, frozenset())
            if self.continues(line, kind):
                self.para = (self.para[0] if self.para else line.start, line.end)
                self.i += 1
                continue
            if kind == "blank" and self.page_turn():
                continue
            self.close()
            if kind == "blank":
                self.prev = "blank"
                self.i += 1
            elif kind == "label" and self.wrapped_cue(line):
                self.para = (line.start, line.end)  # a sentence a page viewer wrapped
                self.prev = "paragraph"
                self.i += 1
            elif kind == "label":
                self.labels_alone()
            elif kind == "row":
                self.row()
            elif kind == "field":
                self.field_line(line)
            elif kind == "bullet":
                self.bullet()
            elif kind == "sides":
                self.sides(line)
            else:
                self.text_line(line)
        self.close()
        self.out.sort(key=lambda p: p.start)  # a flattened table's values come after its labels
        return self.out

    def page_turn(self) -> bool:
        """Whether the open paragraph goes on after a page break: it ends mid-sentence ("… the
        Director of") and, after a page number among blank lines, a line of text follows; the
        paragraph then runs to that line (a blank line alone ends a paragraph)."""
        if self.para is None or self.text[self.para[0]:self.para[1]].split()[-1].lower() \
                not in _OPEN_ENDS:
            return False
        j = self.i
        while j < len(self.lines) and j - self.i < 6 and \
                PAGE_FURNITURE.fullmatch(self.lines[j].text):
            j += 1
        numbered = any(ln.text.strip() for ln in self.lines[self.i:j])  # a page number: a turn
        if j >= len(self.lines) or kind_of(self.lines[j].text) != "text" or not numbered:
            return False
        self.para = (self.para[0], self.lines[j].end)
        self.i = j + 1
        return True

    def continues(self, line: Line, kind: str) -> bool:
        """A wrapped line of the open paragraph (its line before ends mid-sentence)."""
        if self.para is None or kind in ("blank", "bullet", "row") or \
                SECTION_HEADING.match(line.bare):  # "Main duties" opens the next section
            return False
        before = self.text[self.para[0]:self.para[1]].rstrip()
        starts_low = line.bare[:1].islower()
        if kind in ("label", "field") and not starts_low:
            return broken_name(before, line.bare)  # "… the Widget" / "Manager": a name's end
        return starts_low or not before.endswith((".", "!", "?", ":", ";"))

    def field_line(self, line: Line) -> None:
        m = inline_field(line.text)
        self.i += 1
        if m is None:
            return
        label = m["label"]
        start, end = line.start + m.start("value"), line.start + m.end("value")
        cut = _cut(self.text, start, end)
        if cut is None:
            verb = _bare_separator(m)
            # (a line's value a page viewer broke inside a name goes on: "Accountable to: Head
            # of Widget" / "Services (professionally) and …")
            end = self.wrapped(end, m.start("value"), (label_of(label) or "") in LABELS and
                               LABELS[label_of(label) or ""].gives == "WORKS_WITH",
                               verb or _relation_label(label.lower()))
            if verb and _CLAUSE_AFTER.search(self.text, start, end):
                self.para = (line.start, end)  # "Accountable to the Head" / "of X, the post
                self.prev = "paragraph"        # holder will …": a sentence, not a field
                return
            self.emit("field", line.start + m.start("label"), end, label=label,
                      value=(start, end))
            if _relation_label(label.lower()) and self.text[start:end].rstrip().endswith(":"):
                self.under(start, end)  # "Accountable to: The post holder will be dually
                self.prev = "heading"   # accountable:" heads the lines below it
        else:  # fields run together on one line: "Grade: 5 Location: Leeds Reports to: …"
            self.emit("field", line.start + m.start("label"), cut, label=label,
                      value=(start, cut))
            self.run_together(cut, line.end)
        if _relation_label(label.lower()):
            self.more_values(label)

    def wrapped(self, end: int, column: int = 0, works: bool = False,
                verb: bool = False) -> int:
        """The end of a value that wraps onto lines starting in lower case ("…, Ward staff,
        directorate" / "team, clinical board"), or, after a label padded to a column, onto
        lines indented to that column ("Job Title:    Senior Nurse" / "    Deputy Head"), or
        a body's name a page viewer broke (``_name_goes_on``), or, after a
        working-relationships label (``works``), that stops mid-phrase (an open bracket, an
        open word: "… other agencies (the Widget" / "Board, …") or is a sentence not yet at
        its full stop, or, after a ``verb`` label ("Line managed by the Widget" / "Manager,
        …"), onto the rest of a name."""
        start_of_value = self.text.rfind("\n", 0, end) + 1 + column
        while self.i < len(self.lines):
            nxt = self.lines[self.i]
            hanging = column >= 8 and len(nxt.text) - len(nxt.text.lstrip(" ")) == column \
                and not _prose(nxt.bare)  # the value's own column: it goes on
            mid = works and _mid_phrase(self.text[start_of_value:end])
            goes_on = nxt.bare[:1].islower() or hanging or mid or \
                _LOWER_ASIDE.match(nxt.bare) is not None or \
                _name_goes_on(self.text[:end], nxt.bare) or \
                (verb and value_goes_on(self.text[:end], nxt.bare))
            if not goes_on or kind_of(nxt.text) != "text" or \
                    self.text[:end].rstrip().endswith((".", ":", ";")) or \
                    (_QUALIFIED.match(nxt.text) and _QUALIFIED.match(self.text[
                        self.text.rfind("\n", 0, end) + 1:end][column:])):
                break  # "X (strategic)" / "    Y (operational)": two values, one a line
            end = nxt.end
            self.i += 1
        return end

    def run_together(self, start: int, end: int) -> None:
        """The fields of a line after its first: each label with a colon ends the value before."""
        while start < end:
            here = _AT_LABEL.match(self.text, start, end)
            if here is None:
                self.emit("paragraph", start, end)
                return
            vs = here.end()
            cut = _cut(self.text, vs, end)
            ve = cut if cut is not None else end
            self.emit("field", start, ve, label=here["label"].strip(), value=(vs, ve))
            start = ve

    def more_values(self, label: str) -> None:
        """Bullets right under a field with a value, or lines each a name with its qualifier
        ("Finance Director – operationally"): more values of the same label."""
        while self.i < len(self.lines) and (kind_of(self.lines[self.i].text) == "bullet" or (
                kind_of(self.lines[self.i].text) == "text" and
                _QUALIFIED.match(self.lines[self.i].text))) and \
                not is_duty_line(BULLET.sub("", self.lines[self.i].text, 1)):
            # (a duty in the next bullet, "• sit on the Board", is no value of the label)
            self.value(self.lines[self.i], label)
            self.i += 1

    def value(self, line: Line, label: str) -> None:
        """One value of ``label`` on a line of its own (without a bullet mark)."""
        m = BULLET.match(line.text)
        start = line.start + (m.end() if m else 0)
        self.emit("field", start, line.end, label=label, value=(start, line.end))

    def next_nonblank(self, j: int, limit: int = 3) -> int:
        """The index of the first non-blank line from ``j`` (within ``limit`` blanks)."""
        while j < len(self.lines) and not self.lines[j].bare and limit > 0:
            j, limit = j + 1, limit - 1
        return j

    def labels_alone(self) -> None:
        """Labels on lines of their own, then their values (one label, or a flattened table)."""
        labels: list[Line] = []
        j = self.i
        while j < len(self.lines) and self.more_labels(labels, self.lines[j]):
            if self.lines[j].bare and not self.lines[j].bare.startswith("("):
                labels.append(self.lines[j])
            j += 1
        if len(labels) == 1:
            self.i = j if j > self.i + 1 else self.i + 1
            self.values_after(labels[0], self.i)
            return
        values, j = self.table_values(labels, j)
        if len(values) >= 2 and all(_QUALIFIED.match(v.text) for v in values) and \
                _relation_label(label_of(labels[-1].bare) or ""):
            self.qualified_values(labels, values)  # the lines of one label, each qualified
            self.i = j
            return
        for label, value in zip(labels, _aligned(labels, values), strict=True):
            if value is None:
                self.empty(label)
            else:
                self.label_value(label, value, label_of(label.bare) or "")
        self.i = j

    def more_labels(self, labels: list[Line], line: Line) -> bool:
        """Whether ``line`` is another label of the labels above it (or a blank line between
        them): not an entry of the list the last one heads."""
        if labels and (_generic_entry(labels[-1], line) or _side_under(labels[-1], line)):
            return False
        return kind_of(line.text) in ("label", "blank") or (bool(labels) and bool(
            re.fullmatch(r"\(.*\)", line.bare) or _COLON_LABEL.fullmatch(line.bare)))

    def table_values(self, labels: list[Line], j: int) -> tuple[list[Line], int]:
        """The values below a flattened table's labels, and the index after them; a last line
        that prose follows and that names no post is the next section's heading."""
        values: list[Line] = []
        while j < len(self.lines) and len(values) < len(labels):
            line = self.lines[j]
            if line.bare:
                if kind_of(line.text) in ("label", "field", "row") or _prose(line.bare):
                    break
                values.append(line)
            j += 1
        if len(values) == len(labels) and len(values) >= 2 and \
                _fit(labels[-1].bare, values[-1].bare) < 1:
            after = self.next_nonblank(j)
            if after < len(self.lines) and _prose(self.lines[after].bare):
                j = self.lines.index(values.pop())
        while j < len(self.lines) and values and _QUALIFIED.match(values[-1].text) and \
                _QUALIFIED.match(self.lines[self.next_nonblank(j)].text if
                                 self.next_nonblank(j) < len(self.lines) else ""):
            j = self.next_nonblank(j)  # more qualified lines: more values of the last label
            values.append(self.lines[j])
            j += 1
        return values, j

    def empty(self, label: Line) -> None:
        """A label of a flattened table whose cell is empty: a field without a value."""
        written = re.sub(HINT + r"\s*[:\-–|]?\s*$", "", label.bare, flags=re.IGNORECASE)
        self.emit("field", label.start, label.end, label=written)

    def qualified_values(self, labels: list[Line], values: list[Line]) -> None:
        """Several values each with a qualifier ("The Partners – Clinically", "Practice Manager
        – Administratively") are the lines of the last label; the labels before it are empty."""
        for label in labels[:-1]:
            self.empty(label)
        self.label_value(labels[-1], values[0], label_of(labels[-1].bare) or "")
        for line in values[1:]:
            self.value(line, self.out[-1].label)

    def label_value(self, label: Line, value: Line, name: str) -> None:
        """A field whose label and value are on separate lines."""
        written = re.sub(HINT + r"\s*[:\-–|]?\s*$", "", label.bare.strip(" \t|*•·▪"),
                         flags=re.IGNORECASE)
        m = BULLET.match(value.text)
        start = value.start + (m.end() if m else 0)
        adjacent = not self.text[label.end:value.start].strip()
        self.emit("field", label.start if adjacent else start, value.end,
                  label=written or name, value=(start, value.end))

    def values_after(self, label: Line, j: int) -> None:
        """The value (or, for a relationship label, each of the values) below a label."""
        name = label_of(label.bare) or ""
        many = _relation_label(name)
        j = self.next_nonblank(j)
        if many and j < len(self.lines) and _SIDES.fullmatch(self.lines[j].bare):
            self.emit("heading", label.start, label.end)  # "Key contacts" over two columns
            self.under(label.start, label.end)
            self.i = j + 1
            self.side_columns()
            return
        taken: list[Line] = []
        j, columns = self.header_cells(name, j)
        if columns > 1:  # a flattened table: each row's first cell names the contact
            taken, j = self.table_rows(j, columns)
        while columns == 1 and j < len(self.lines) and len(taken) < 20:
            line = self.lines[j]
            kind = kind_of(line.text)
            if kind == "blank":
                after = self.next_nonblank(j, 2)
                if not (many and taken and self.list_goes_on(label, taken, after)):
                    break
                j = after
                continue
            if many and taken and _hangs_under(taken[-1], line):
                taken[-1] = Line(self.text[taken[-1].start:line.end], taken[-1].start)
                j += 1
                continue
            if _ends_values(label, line, kind, many):
                break
            taken.append(line)
            j += 1
            if not many:
                break
        if not taken:
            self.emit("heading", label.start, label.end)
            self.under(label.start, label.end)
            return
        self.label_value(label, taken[0], name)
        self.under(label.start, label.end)
        for line in taken[1:]:
            self.value(line, self.out[-1].label)
        self.i = j
        self.next_section(label)

    def header_cells(self, name: str, j: int) -> tuple[int, int]:
        """Where a working-relationships table's rows start and how many cells a row has,
        when its header row was flattened into lines under the label ("Contact" /
        "Purpose" / "Frequency"); ``(j, 1)`` when there is no such header."""
        if name not in LABELS or LABELS[name].gives != "WORKS_WITH":
            return j, 1
        k, named = j, False
        while k < len(self.lines) and (_COLUMN.fullmatch(self.lines[k].bare) or
                                       _ABOUT.fullmatch(self.lines[k].bare)):
            named = named or bool(_COLUMN.fullmatch(self.lines[k].bare))
            k += 1
        return (self.next_nonblank(k), k - j) if named and k - j > 1 else (j, 1)

    def table_rows(self, j: int, columns: int) -> tuple[list[Line], int]:
        """The first cell of each row of a flattened table, up to a blank line."""
        cells: list[Line] = []
        while j < len(self.lines) and kind_of(self.lines[j].text) != "blank" and \
                len(cells) < 20 * columns:
            cells.append(self.lines[j])
            j += 1
        return cells[::columns], j

    def list_goes_on(self, label: Line, taken: list[Line], after: int) -> bool:
        """Whether a relationship label's list goes on at line ``after``, past a gap: another
        entry, or a side's label ("External:") under a relationships label."""
        if after >= len(self.lines):
            return False
        name = label_of(label.bare) or ""
        return self.goes_on(taken, after, name in LABELS and LABELS[name].gives == "WORKS_WITH") \
            or _side_under(label, self.lines[after])

    def next_section(self, label: Line) -> None:
        """After a numbered label's values, the next numbered line heads the next section
        ("5. RESPONSIBLE TO" / "Head of X" / "6. JOB PURPOSE"), not an entry of the list."""
        j = self.next_nonblank(self.i)
        if not _SECTION_NUMBER.match(label.bare) or j >= len(self.lines) or \
                not _SECTION_NUMBER.match(self.lines[j].bare) or \
                kind_of(self.lines[j].text) not in ("bullet", "text"):
            return
        line = self.lines[j]
        self.emit("heading", line.start, line.end)
        self.under(line.start, line.end)
        self.prev = "heading"
        self.i = j + 1

    def goes_on(self, taken: list[Line], j: int, works: bool = False) -> bool:
        """Whether the list of ``taken`` entries goes on at line ``j``, after a gap: a list
        of bullets only with another bullet; other entries with a bullet or
        :meth:`gap_entry`, unless line ``j`` is in capitals and they are not ("OUR TEAMS"
        after a list is the next section's heading)."""
        if not works and self.heads_fields(j):
            return False  # a post's heading over its own relationship fields, a new section
            # (a working-relationships list's last entry before the next label stays an entry)
        if kind_of(self.lines[j].text) == "bullet":
            return True
        if all(kind_of(line.text) == "bullet" for line in taken):
            return False
        bare = self.lines[j].bare
        return self.gap_entry(j, works) and not (bare.isupper() and
                                                 not taken[-1].bare.isupper())

    def heads_fields(self, j: int) -> bool:
        """Whether line ``j`` is followed by a relationship label ("Widget Officer" / "Reports
        to: …"): it heads a section of its own."""
        after = self.next_nonblank(j + 1)
        return after < len(self.lines) and kind_of(self.lines[after].text) in ("label", "field") \
            and _relation_label(label_of(self.lines[after].bare) or "")

    def gap_entry(self, j: int, works: bool = False) -> bool:
        """Whether a short line after a blank one is still an entry of the list above (the
        list goes on across gaps), not the next section's heading: a heading is followed
        by prose ("Hours of work" / "The post is full time …") or is a section word."""
        line = self.lines[j]
        if kind_of(line.text) != "text" or not is_short(line.bare) or \
                SECTION_HEADING.match(line.bare) or line.bare.endswith(":"):
            return False
        after = self.next_nonblank(j + 1)
        if works and _counterpart(line.bare):
            return True  # a working relationships list's last entry, though prose follows
        return after >= len(self.lines) or not (_prose(self.lines[after].bare) or
                                                kind_of(self.lines[after].text) == "bullet")

    def cell_spans(self, line: Line) -> list[tuple[int, int]]:
        """The offsets of a row's non-empty cells."""
        out = []
        between = r"[|\t]+" if ("|" in line.text or "\t" in line.text) else r"\s+/\s+"
        at = 0
        for m in [*re.finditer(between, line.text), None]:
            stop = m.start() if m else len(line.text)
            start, end = span(self.text, line.start + at, line.start + stop)
            if start < end:
                out.append((start, end))
            at = m.end() if m else stop
        return out

    def row(self) -> None:
        """A table row: label/value pairs, a header row over rows of values, or cells."""
        line = self.lines[self.i]
        spans = self.cell_spans(line)
        names = [label_of(self.text[a:b]) for a, b in spans]
        self.i += 1
        if all(names):  # a header row: the rows below give each label its values
            self.header_rows(spans, names)
            return
        about = {n for n, (a, b) in enumerate(spans) if n and _ABOUT.fullmatch(self.text[a:b])}
        if about:  # "| Contact | Frequency | Purpose |": the columns after are no entries
            self.about = (len(spans), frozenset(about))
            return
        if self.about[0] == len(spans):
            spans = [x for n, x in enumerate(spans) if n not in self.about[1]]
            names = [label_of(self.text[a:b]) for a, b in spans]
        n = 0
        while n < len(spans):
            a, b = spans[n]
            cell = self.text[a:b]
            if names[n] and n + 1 < len(spans) and not names[n + 1]:
                value = self._row_value(spans, n + 1, cell.rstrip(" :"))
                self.emit("field", a, value[1], label=cell.rstrip(" :"), value=value)
                n += 2
                continue
            m = inline_field(cell)
            if m:
                self.emit("field", a + m.start("label"), b, label=m["label"],
                          value=(a + m.start("value"), a + m.end("value")))
            else:
                self.emit("paragraph" if _prose(cell) else "item", a, b)
            n += 1

    def _row_value(self, spans: list[tuple[int, int]], n: int, label: str) -> tuple[int, int]:
        """A row's value cell, and, when it is a relationship label's last cell, the rest of a
        name a page viewer wrapped onto the next line ("Line Manager<tab>the Director" / "of
        Widgets"): the next line is no row of its own."""
        a, b = spans[n]
        if n + 1 < len(spans) or not _relation_label((label_of(label) or "").lower()) or \
                self.i >= len(self.lines) or cells(self.lines[self.i].text):
            return a, b
        return a, self.wrapped(b, 0, False, True)

    def header_rows(self, spans: list[tuple[int, int]], names: list[str | None]) -> None:
        """A row of labels, then rows of as many cells: each cell a value of its column."""
        header = [self.text[a:b].rstrip(" :") for a, b in spans]
        taken = 0
        while self.i < len(self.lines):
            line = self.lines[self.i]
            below = self.cell_spans(line) if cells(line.text) or " / " in line.text else []
            if len(below) != len(spans) or any(label_of(self.text[a:b]) for a, b in below):
                break
            for (a, b), label in zip(below, header, strict=True):
                self.emit("field", a, b, label=label, value=(a, b))
            self.i += 1
            taken += 1
        if not taken:
            for a, b in spans:
                self.emit("heading", a, b)

    def bullet(self) -> None:
        """A list item: the bullet's line and the wrapped lines that continue it."""
        line = self.lines[self.i]
        m = BULLET.match(line.text)
        start, end = line.start + (m.end() if m else 0), line.end
        self.i += 1
        while self.i < len(self.lines):
            nxt = self.lines[self.i]
            if kind_of(nxt.text) != "text" or not (nxt.bare[:1].islower() or (
                    nxt.text[:1].isspace() and not line.text[:1].isspace()) or
                    (self.text[start:end].split() or [""])[-1].lower() in _OPEN_ENDS or
                    broken_name(self.text[start:end], nxt.bare)):
                break  # (a line ending "… the Director of" or "… the Chief Widget" goes on)
            end = nxt.end
            self.i += 1
        self.emit("item", start, end)

    def seat_list(self, line: Line) -> bool:
        """The first line of a body's seats, one a line, right under the body's heading (the
        line after it is a seat too): an entry of the heading's list, not a new heading."""
        last = self.out[-1] if self.out else None
        if last is None or last.kind != "heading" or last.start != self.heading_at or \
                not SEATS_HEADING.search(self.heading) or len(self.heading.split()) > 6:
            return False
        j = self.next_nonblank(self.i)
        nxt = self.lines[j] if 0 <= j < len(self.lines) else None
        body = bool(_MEMBERSHIP_WORD.search(self.heading))
        return _seat(line.bare, body) and nxt is not None and is_short(nxt.bare) and \
            _seat(nxt.bare, body)

    def seats_heading(self, line: Line) -> bool:
        """A body's membership heading over its seats, one a line ("Audit Committee
        membership" / "Chair" / "Head of Audit"), after another heading or a list: a new
        heading, not an entry of the list before (only with the word "members",
        "membership" or "composition", so a list of bodies stays a list)."""
        if not _MEMBERSHIP_WORD.search(line.bare) or not SEATS_HEADING.search(line.bare):
            return False
        j = self.next_nonblank(self.i)
        return 0 <= j < len(self.lines) and is_short(self.lines[j].bare) and \
            _seat(self.lines[j].bare, True)

    def sides(self, line: Line) -> None:
        """A header of "Internal" and "External" columns: the heading of its cells when it
        names contacts or relationships itself, else under the heading above."""
        self.i += 1
        if re.search(r"(?i:contacts|relationships|stakeholders)", line.text):
            self.emit("heading", line.start, line.end)
            self.under(line.start, line.end)
        self.side_columns()

    def side_columns(self) -> None:
        """"Internal" and "External" columns padded with spaces: each cell of the rows below
        (up to a blank line) is an entry of the list the heading above names."""
        while self.i < len(self.lines) and self.lines[self.i].bare:
            line = self.lines[self.i]
            if kind_of(line.text) in ("label", "field", "row") or _prose(line.bare):
                return
            for cell in re.finditer(r"\S+(?:[ \t]\S+)*", line.text):
                self.emit("item", line.start + cell.start(), line.start + cell.end())
            self.i += 1

    def broken(self, bare: str) -> bool:
        """Whether a short line is a sentence a page viewer broke, its next line going on with
        a preposition, a conjunction or a verb in lower case ("In the absence" / "of the X, …", "The
        Porters report" / "to the post holder."), or with the rest of a name ("The Head of
        Widget" / "Services reports to …"): not a heading."""
        nxt = self.lines[self.i] if self.i < len(self.lines) else None
        return nxt is not None and not bare.endswith((":", "—")) and self.prev != "item" and \
            not SECTION_HEADING.match(bare) and kind_of(nxt.text) in ("text", "field") and \
            (_GOES_ON.match(nxt.bare) is not None or broken_name(bare, nxt.bare) or
             (_CLAUSE_OPEN.match(bare) is not None and nxt.bare[:1].islower()))

    def wrapped_cue(self, line: Line) -> bool:
        """Whether a line ending with a working-relationship cue and no colon ("The post
        holder will work closely with") begins a sentence that goes on over the next line,
        which stops mid-sentence at a comma or an open word ("A, the B, the"), rather than
        heading a list of one entry a line."""
        nxt = self.lines[self.i + 1].bare if self.i + 1 < len(self.lines) else ""
        name = label_of(line.bare)
        if not nxt or line.bare.endswith(":") or name is None or \
                LABELS[name].gives != "WORKS_WITH" or _works_heading_words(line.bare):
            return False
        last = nxt.rsplit(None, 1)[-1].lower()
        return nxt.endswith(",") or last in _OPEN_ENDS

    def cue_across(self, line: Line) -> bool:
        """Whether a relationship's cue runs from this line onto the next, which goes on in
        lower case ("The post holder works closely" / "with the Widget Lead"): one sentence
        a page viewer wrapped, not a heading over an entry."""
        nxt = self.lines[self.i] if self.i < len(self.lines) else None
        if nxt is None or not nxt.bare[:1].islower():
            return False
        return any(m.start() < line.end - line.start < m.end() for c in CUES
                   for m in c.pattern.finditer(self.text[line.start:nxt.end]))

    def after_lead_in(self) -> bool:
        """Whether the passage before is a paragraph ending with a colon (a long lead-in:
        "It is a committee comprising representatives of the following:"), whose list the
        short lines below are the entries of."""
        last = self.out[-1] if self.out else None
        return last is not None and last.kind == "paragraph" and \
            last.text.rstrip().endswith((":", "—"))

    def wraps_on(self, bare: str) -> bool:
        """Whether a short line is the start of a sentence a page viewer broke: the next line
        (right after it) goes on in lower case and is itself no short entry ("The Widget
        Lead" / "sits on the Widget Board and …"); a lead-in ending with a colon is not."""
        after = self.lines[self.i].bare if self.i < len(self.lines) else ""
        # (a sentence starts with a capital; a lower-case line among entries is an entry)
        return self.prev != "item" and (breaks_in_name(bare, after) or (
            after[:1].islower() and not is_short(after) and not bare.endswith((":", "—"))
            and re.match(r"(?:\d+(?:\.\d+)*\.?\s+)?[A-Z]", bare) is not None))

    def text_line(self, line: Line) -> None:
        """A line of text: a short one is a heading or an entry of a list; else a paragraph."""
        bare = line.bare
        generic = _GENERIC.match(line.text)
        self.i += 1
        known = list(_KNOWN_COLON.finditer(self.text, line.start, line.end)) \
            if line.text.count(":") >= 2 else []
        if len(known) >= 2:  # a page viewer's run of fields: "… JOB TITLE: X GRADE: Y …"
            self.emit("paragraph", line.start, known[0].start())
            self.run_together(known[0].start("label"), line.end)
            return
        if generic and len(generic["label"].split()) <= 5 and (
                len(generic["value"].split()) <= 12 or _SEAT_LIST.fullmatch(generic["label"])):
            self.emit("field", line.start + generic.start("label"), line.end,
                      label=generic["label"], value=(line.start + generic.start("value"),
                                                     line.start + generic.end("value")))
            return
        if not is_short(bare) or self.broken(bare) or self.wraps_on(bare) or \
                self.cue_across(line):
            self.para = (line.start, line.end)
            self.prev = "paragraph"
            return
        if self.seat_list(line):  # under "Audit Committee": "Chair – A Name", "Head of Audit"
            self.emit("item", line.start, line.end)
            return
        if bare.endswith((":", "—")) or (self.prev not in ("heading", "item") and
                                          not self.after_lead_in()) or \
                self.seats_heading(line) or SECTION_HEADING.match(bare):
            self.emit("heading", line.start, line.end)
            self.under(line.start, line.end)
            return
        self.emit("item", line.start, line.end)


def blocks(text: str) -> list[Passage]:
    """The text's headings, fields, list items and paragraphs, in order, with offsets.

    >>> [(p.kind, p.text) for p in blocks("OUR TEAMS\\nTheatres\\n\\nShe will lead. It works.")]
    [('heading', 'OUR TEAMS'), ('item', 'Theatres'), ('paragraph', 'She will lead. It works.')]
    """
    return _Scan(text).run()
