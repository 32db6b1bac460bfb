"""The layout stage's first step: a text's form read as the plain form, with where each
character was.

The same document reaches a user in other forms: no-break spaces, Windows line ends,
padding written as tabs, a word processor's dashes or a typewriter's hyphens, a PDF's text
hard-wrapped at the page's width with its page furniture and broken words, a .docx's blank
line after every paragraph. :func:`read_form` writes each back in the one form the later
stages read, and gives for each character of the result the offset it was read from, so
that every quote can be taken from the text as written (:func:`text_of`); where no
character goes or comes, the offsets are the text's own. The rules are about the form of
a text, never about its words.

>>> plain_form("Reports to:\\t\\tMatron\\r\\n\\r\\nKey contacts - Pharmacy\\r\\n")
'Reports to:  Matron \\n\\n\\nKey contacts – Pharmacy \\n'
>>> read_form("a\\r\\nb")  # one character for one: the offsets are the text's own
('a \\nb', None)
"""

from __future__ import annotations

import bisect
import itertools
import re
from operator import itemgetter

from .cues import label_of
from .layout import BULLET, MARKER, SEATS_HEADING, Line, lines_of

__all__ = ["SPACES", "plain_form", "read_form", "text_of", "unwrapped"]

#: Spaces a web page or a word processor writes in place of a plain one (no-break, narrow,
#: thin, figure and the typographic widths): read as a space.
SPACES = ("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f"
          "\u205f\u3000")
_SPACE = re.compile(f"[{SPACES}]")
#: A Windows line end: the carriage return read as a space at the end of a line, and as a
#: line break on a blank line (so that a blank line is still two breaks together).
_CRLF = re.compile(r"(?P<blank>(?<=\n)[ \t]*)?\r(?=\n)")
#: Padding: a run of blanks holding a tab beside another blank, or tabs ending a line; read
#: as spaces (a lone tab or a run of tabs between two cells stays a cell break).
_TAB_PADDING = re.compile(r"[ \t]*\t[ \t]*(?<=[ \t]{2})|\t+(?=[ \t]*$)", re.MULTILINE)
#: The tab after a list item's marker ("•\t", "1.\t"): the marker's gap, not a cell break.
_MARKER_TAB = re.compile(rf"^(?P<marker>[ \t]*(?:{MARKER}))(?P<tab>\t+)", re.MULTILINE)
#: A dash between spaces (hyphen, en or em dash) is one separator, read as an en dash.
_SPACED_DASH = re.compile(r"[-—](?<=\S [-—])(?= \S)")  # (the dash first: searched fast)


def _spaces(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _tabs_read(text: str) -> str:
    """``text`` with a list marker's tab and a cell's padding read as spaces, one for one,
    line by line: only the lines that hold a tab are searched (the rules never cross a line).

    >>> _tabs_read("•\\tWidgets\\nReports to:\\t \\tMatron\\t\\nno tab\\n")
    '• Widgets\\nReports to:   Matron \\nno tab\\n'
    """
    out: list[str] = []
    pos = 0
    while (tab := text.find("\t", pos)) >= 0:
        start = text.rfind("\n", 0, tab) + 1
        end = text.find("\n", tab)
        end = len(text) if end < 0 else end
        line = _MARKER_TAB.sub(lambda m: m["marker"] + " " * len(m["tab"]), text[start:end])
        out += [text[pos:start], _TAB_PADDING.sub(_spaces, line)]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def plain_form(text: str) -> str:
    """``text`` in the plain form (see the module and :func:`read_form`)."""
    return read_form(text)[0]


def read_form(text: str) -> tuple[str, list[int] | None]:
    """``text`` in the plain form, and for each of its characters (and its end) the offset in
    ``text`` it was read from (``None``: each character stayed in its place).

    >>> plain, at = read_form("The post holder reports to the Direc-\\ntor of Widgets.\\n")
    >>> plain, text_of("The post holder reports to the Direc-\\ntor of Widgets.\\n", at, 31, 39)
    ('The post holder reports to the Director of Widgets.\\n', 'Direc-\\ntor')
    """
    text = _SPACE.sub(" ", text)
    if "\r" in text:  # (each step that is not needed is skipped: the text is long)
        text = _CRLF.sub(lambda m: (m["blank"] or "") + ("\n" if m["blank"] is not None
                                                          else " "), text).replace("\r", "\n")
    if "\t" in text:
        text = _tabs_read(text)
    text = _SPACED_DASH.sub("–", _QUOTE.sub(lambda m: _QUOTES[m.group()], text))
    at: list[int] | None = None
    for step in (_undoubled, _unpaged, _unmarked, _rejoined):
        text, moved = step(text)
        at = _then(at, moved)
    return unwrapped(_lead_in_dashes(text)), at


def text_of(text: str, at: list[int] | None, start: int, end: int) -> str:
    """The passage of ``text`` (as written) that ``start:end`` of its plain form was read from."""
    if at is None or end <= start:
        return text[start:end]
    return text[at[start]:at[end - 1] + 1]


Edit = tuple[int, int, str]


def _edited(text: str, edits: list[Edit]) -> tuple[str, list[int] | None]:
    """``text`` with each ``(start, end, new)`` edit made (in order, none overlapping), and
    where each character of the result (and its end) was in ``text``.

    >>> _edited("a-\\nb", [(1, 3, "")])
    ('ab', [0, 3, 4])
    """
    if not edits:
        return text, None
    out: list[str] = []
    at: list[int] = []
    pos = 0
    for start, end, new in edits:
        out += [text[pos:start], new]
        at += range(pos, start)
        at += (start + min(k, max(end - start - 1, 0)) for k in range(len(new)))
        pos = end
    out.append(text[pos:])
    at += range(pos, len(text) + 1)
    return "".join(out), at


def _then(first: list[int] | None, second: list[int] | None) -> list[int] | None:
    """Two steps' offsets made one."""
    if first is None or second is None:
        return second if first is None else first
    return [first[k] for k in second] if len(second) < 2 else list(itemgetter(*second)(first))


#: A dash ending a line (hyphen, en or em dash, after a word or a space).
_LINE_END_DASH = re.compile(r"[-–—](?<=[\w ][-–—])"
                            r"(?=[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:\(?[a-z0-9]{1,3}[.)]|[•·▪*-]))")


def _lead_in_dashes(text: str) -> str:
    """A dash that ends a line before a list's first item is the lead-in's dash ("consist
    of—" / "(a) a chair"), read as an em dash whichever dash was written.

    >>> _lead_in_dashes("The members consist of-\\n\\n(a)a chair;\\n")
    'The members consist of—\\n\\n(a)a chair;\\n'
    """
    return _LINE_END_DASH.sub("—", text)


def _undoubled(text: str) -> tuple[str, list[int] | None]:
    """A text with a blank line after every line (a .docx's paragraphs) with each line's own
    break, the blank line read as nothing: ``a\\n\\nb`` is ``a\\nb``; a paragraph break
    (two blank lines) stays one blank line. A writer's own double spacing (a blank line
    between paragraphs of one line each) is read as it is: the text must show that its
    blank lines were added (see :func:`_doubled`).

    >>> _undoubled("Job Title: Ward Sister\\n\\nReports to\\n\\nMatron\\n\\n\\n\\nDuties\\n")[0]
    'Job Title: Ward Sister\\nReports to\\nMatron\\n\\nDuties\\n'
    >>> _undoubled("Reports to\\nMatron\\n\\nDuties\\n")
    ('Reports to\\nMatron\\n\\nDuties\\n', None)
    """
    if not _doubled(text):
        return text, None
    return _edited(text, [(m.start(), m.end() - 1, "") for m in re.finditer(r"\n[ \t]*\n", text)])


#: A page's number alone on its line: "Page 3", "Page 3 of 7", "3 of 7", "3/7", "- 3 -".
_PAGE_NUMBER = re.compile(r"(?:page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s*(?:of|/)\s*"
                          r"\d{1,4}|[-–]\s*\d{1,4}\s*[-–])", re.IGNORECASE)
#: How near a page break (in lines that are not blank) a running header or footer stands.
_NEAR = 3


def _key(line: str) -> str:
    """A line as a running header or footer is matched: unseen characters, case and
    digits ignored."""
    return re.sub(r"\d+", "#", _MARKS.sub("", line).strip().lower())


def _page_breaks(lines: list[str], full: list[int]) -> tuple[set[int], list[int]]:
    """A text's page numbers (a line "Page 3 of 7", or a number alone beside a form feed)
    and its page breaks: its form feeds and its start (the first page's top), or in a text
    without form feeds its page numbers."""
    numbers = {i for i in full if _PAGE_NUMBER.fullmatch(lines[i].strip(_UNSEEN + " \t"))}
    feeds = {i for i, x in enumerate(lines) if "\f" in x}
    for n, i in enumerate(full if feeds else ()):  # a number alone beside a form feed
        after = full[n + 1] if n + 1 < len(full) else len(lines)
        before = full[n - 1] if n else 0
        if re.fullmatch(r"[-–(]?\s*\d{1,4}\s*[-–)]?", lines[i].strip(_UNSEEN + " \t")) and \
                any(f in feeds for f in range(before + 1, after + 1)):
            numbers.add(i)
    return numbers, sorted(feeds | {0} if feeds else numbers)  # (the first page's top)


def _furniture(lines: list[str]) -> set[int]:
    """The lines that are a PDF's page furniture: its page numbers, and the short lines
    (a running header or footer: the employer, the post, a version, a date) found
    as the same line after (a header) or before (a footer) two page breaks or more, their
    digits ignored, in the block of such lines (and blank ones) around a page break. A
    text without page breaks has none.

    >>> sorted(_furniture(["Reports to the Head of", "Page 1 of 2", "\\fWestshire NHS Trust",
    ...                    "Widgets.", "x", "Page 2 of 2", "\\fWestshire NHS Trust", "y"]))
    [1, 2, 5, 6]
    """
    full = [i for i, x in enumerate(lines) if x.strip(_UNSEEN + " \t")]
    numbers, breaks = _page_breaks(lines, full)
    near: dict[tuple[str, int], set[int]] = {}  # (a line, how many lines after a break)
    for b in breaks:
        at = bisect.bisect_left(full, b)
        for d in range(-_NEAR, _NEAR):  # (-1: the last line before the break)
            if 0 <= at + d < len(full):
                near.setdefault((_key(lines[full[at + d]]), d), set()).add(full[at + d])
    running = {k for (k, _), seen in near.items() if len(seen) >= 2 and len(k.split()) <= 12 and
               not BULLET.match(k) and k != "[…]"}
    out = set(numbers)
    for b in breaks:  # the block around each break: furniture and blank lines
        for step in (-1, 1):
            i = b + step
            while 0 <= i < len(lines) and (i in numbers or not lines[i].strip(_UNSEEN + " \t")
                                           or _key(lines[i]) in running):
                out.add(i)
                i += step
        if _key(lines[b]) in running:
            out.add(b)
    return {i for i in out if lines[i].strip(_UNSEEN + " \t")}


def _unpaged(text: str) -> tuple[str, list[int] | None]:
    """``text`` without its page furniture (see :func:`_furniture`), the text on each side
    of a page break meeting as on one page: with no blank line between them when the text
    runs on (see :func:`_page_runs_on`), else with one if there was a blank line around the
    furniture (a page's margin or a writer's paragraph break: a list or a field then goes
    on after a blank line, which the later stages read as they read a blank line inside it).

    >>> _unpaged("will report to the Head\\n\\nPage 1 of 2\\n\\f\\nof Widgets.\\n\\n"
    ...          "Duties\\n\\n\\nPage 2 of 2\\n\\f\\nWidgets are lent.\\n")[0]
    'will report to the Head\\nof Widgets.\\n\\nDuties\\n\\nWidgets are lent.\\n'
    """
    lines = lines_of(text)
    gone = _furniture([x.text for x in lines])
    if not gone:
        return text, None
    blank = [not x.text.strip(_UNSEEN + " \t") for x in lines]
    edits: list[Edit] = []
    n = 0
    for first in sorted(gone):
        if first < n:
            continue  # (in the block read before)
        n = first
        while first > 0 and blank[first - 1] and first - 1 not in gone:
            first -= 1  # the blank lines before the furniture
        while n < len(lines) and (n in gone or blank[n]):
            n += 1
        before = lines[first - 1].text if first else ""
        after = lines[n].text if n < len(lines) else ""
        keep = -1 if _page_runs_on(before, after) else \
            next((k for k in range(first, n) if blank[k] and k not in gone), -1)
        edits += [(lines[k].start, min(lines[k].start + len(lines[k].text) + 1, len(text)), "")
                  for k in range(first, n) if k != keep]
    return _edited(text, edits)


def _page_runs_on(before: str, after: str) -> bool:
    """Whether the text runs on over a page break: the line before stops mid-phrase (an open
    word, a comma, a hyphen) or the line after goes on in lower case."""
    head, tail = before.rstrip(), after.lstrip()
    return bool(head) and bool(tail) and (bool(_OPEN_END.search(head)) or
                                          head.endswith((",", "-")) or tail[:1].islower())


#: Characters a PDF or a word processor writes that are not read: a soft hyphen, zero-width
#: spaces and joiners, a byte order mark, a page's form feed.
_UNSEEN = "\u00ad\u200b\u200c\u200d\u2060\ufeff\f"
#: A typesetter's ligatures, read as their letters.
_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_MARKS = re.compile(f"[{_UNSEEN}{''.join(_LIGATURES)}]")
#: Curly quotes read as straight ones (the apostrophe ’ stays: the later rules read both).
_QUOTES = {"“": '"', "”": '"', "„": '"', "‟": '"', "‘": "'", "‚": "'", "‛": "'"}
_QUOTE = re.compile(f"[{''.join(_QUOTES)}]")


def _unmarked(text: str) -> tuple[str, list[int] | None]:
    """``text`` without the characters that are not read, its ligatures as letters.

    >>> _unmarked("Chief Ofﬁcer\\u00ad\\u200b")[0]
    'Chief Officer'
    """
    return _edited(text, [(m.start(), m.end(), _LIGATURES.get(m.group(), ""))
                          for m in _MARKS.finditer(text)])


#: A line ending in a hyphen before a line going on in lower case, and the word the hyphen
#: ends ("Direc-" / "tor"): where a word may be broken.
_BREAK = re.compile(r"-[ \t]*\n[ \t]*(?=[a-z]{2})")
_WORD_END = re.compile(r"(?<![A-Za-z])[A-Za-z]{2,}$")
_WORD = re.compile(r"[a-z]+")


#: A word written with a hyphen inside a line ("vice-chair"): its two parts.
_HYPHENATED = re.compile(r"(?<![\w-])([A-Za-z]+)-([A-Za-z]+)")


def _hyphenated_words(text: str) -> dict[str, set[str]]:
    """For each word ``text`` writes before a hyphen inside a line (lower case), the words
    after it ("vice" -> {"chair"})."""
    out: dict[str, set[str]] = {}
    for m in _HYPHENATED.finditer(text):
        out.setdefault(m[1].lower(), set()).add(m[2].lower())
    return out


def _rejoined(text: str) -> tuple[str, list[int] | None]:
    """Each word a line end broke with a hyphen read whole, on the next line (where it would
    stand had the typesetter not broken it, so that the line before it is still full):
    ``the Direc-\\ntor of`` is ``the\\nDirector of``; a word the text writes with a hyphen
    elsewhere keeps it (``vice-\\nchair`` beside a ``vice-chair``); a word that ends a
    phrase ("of-") is a lead-in's dash, not a break.

    >>> _rejoined("the Direc-\\ntor of Widgets; a vice-\\nchair and a vice-chair")[0]
    'the\\nDirector of Widgets; a\\nvice-chair and a vice-chair'
    """
    edits: list[Edit] = []
    written: dict[str, set[str]] | None = None  # the text's hyphenated words, read once
    for m in _BREAK.finditer(text):
        a = _WORD_END.search(text, max(0, m.start() - 40), m.start())
        b = _WORD.match(text, m.end())
        if a is None or b is None or _OPEN_END.fullmatch(a.group()):
            continue  # no word before, or "consist of-" / "the chair": a lead-in's dash
        written = _hyphenated_words(text) if written is None else written
        kept = any(w.startswith(b.group()) for w in written.get(a.group().lower(), ()))
        before = a.start() - 1
        if before >= 0 and text[before] in " \t" and (not edits or edits[-1][1] <= before):
            edits.append((before, before + 1, "\n"))  # the line breaks before the word
        edits.append((m.start() + kept, m.end(), ""))
    return _edited(text, edits)


#: A blank line: its line breaks counted, spaces on it ignored.
_BLANKS = re.compile(r"(?:\n[ \t]*)+\n")


def _doubled(text: str) -> bool:
    """Whether every line of ``text`` is followed by a blank line because a blank line was
    added after each (a .docx's paragraphs), as the whole text shows: its paragraph breaks
    are doubled too (every run of breaks even, one of four or more), or a sentence runs on
    across a blank line (the line after it goes on in lower case) in at least one pair in
    seven, which a writer who spaces paragraphs never does.

    >>> _doubled("Job Title: Widget Lead\\n\\nThe post holder will work with\\n\\n"
    ...          "the Head of Widgets and\\n\\nthe Board.\\n")
    True
    >>> _doubled("Widgets are made.\\n\\nGadgets are sold.\\n\\nSprockets are lent.\\n")
    False
    """
    lines = text.split("\n")
    full = [i for i, x in enumerate(lines) if x.strip()][:-1]  # each but the last
    if len(full) < 3 or any(lines[i + 1].strip() for i in full):
        return False  # some lines are written together: the writer's own spacing
    runs = [m.group().count("\n") for m in _BLANKS.finditer(text)]
    if max(runs) >= 4 and not any(n % 2 for n in runs):
        return True  # a blank line after every line, and a paragraph break after two
    pairs = [(lines[i].strip(), lines[i + 2].strip()) for i in full
             if i + 2 < len(lines) and lines[i + 2].strip()]
    lower = sum(len(a) > 3 and b[:1].islower() for a, b in pairs)
    return lower >= 2 and 7 * lower >= len(pairs)


#: A line that states a field ("Reports to: …"), which a wrapped line never runs into.
_FIELD = re.compile(r"[A-Z][A-Za-z/&'’() -]{0,40}:(?:\s|$)")
#: How a line that runs on ends: an open bracket, a slash, or a word that needs what follows.
_OPEN_END = re.compile(r"(?:[(/&]|\b(?:the|a|an|of|to|for|and|or|in|with|by|on|at|as|from|"
                       r"into|its|their|our|your|is|are|will|be|who|which|that))$", re.IGNORECASE)


#: A gap of three spaces or more between two words (not after a colon): a column break.
_ROW_GAP = re.compile(r"[^\s:] {3,}\S")


def _width(lines: list[Line]) -> int | None:
    """The column a text is hard-wrapped at, as far as its lines show: the length its longest
    lines reach (the 95th percentile, so that a few long lines do not count), when five lines
    and a quarter of those of more than 20 characters come within 20 of it, and it is 40 or more;
    else ``None`` (the text is not hard-wrapped: its lines end where the writer ended them).

    >>> _width([Line("x" * n, 0) for n in (58, 60, 45, 52, 12, 59, 3, 60, 57, 49)])
    60
    >>> _width([Line("x" * n, 0) for n in (30, 31, 10, 300, 12, 25, 22, 30, 8, 24)]) is None
    True
    """
    sizes = sorted(n for n in (len(x.text.rstrip()) for x in lines) if n > 20)
    if len(sizes) < 6:
        return None
    width = sizes[int(0.95 * (len(sizes) - 1))]
    near = sum(width - 20 <= n for n in sizes)
    return width if width >= 40 and near >= max(4, 0.25 * len(sizes)) else None


def _full(a: str, b: str, width: int | None) -> bool:
    """Whether line ``a`` is full: ``b``'s first word would have run over the width."""
    return width is not None and len(a.rstrip()) + 1 + len(b.split()[0]) > width


def _runs_on(a: str, b: str, width: int | None, capitals: bool) -> bool:
    """Whether the break between lines ``a`` and ``b`` is a hard wrap: ``b`` is no list entry,
    no indented line and no field, and either ``a`` stops mid-phrase (not a label alone), or
    ``a`` is full and ``b`` goes on in lower case or ``a`` is a list item, or (in a text whose
    full lines go on in lower case often enough to be hard-wrapped, ``capitals``) ``a`` is
    full and unended."""
    head = a.rstrip()
    if not head or not b.strip() or "\t" in a or "\t" in b or BULLET.match(b):
        return False  # (a tab left after padding is read is a table's cell break)
    if b[:1].isspace():
        return False  # an indented line: a list item's or a cell's own continuation
    if _FIELD.match(b):
        return False  # a field starts a line of its own
    # a row of padded cells goes on in lower case only (a gap after a label's colon is a
    # field's padding, not a column break); an open end is one of the line's last six characters
    if _OPEN_END.search(head, max(0, len(head) - 6)) and len(head.split()) >= 4 and \
            not _ROW_GAP.search(head):
        return True  # a line stopping mid-phrase goes on, however short (not a label alone:
        # "Reports to", "Line managed by")
    if not _full(a, b, width):
        return False  # the next word would have fitted: a break the writer made
    if b[:1].islower() or BULLET.match(a):
        return True  # a full line going on in lower case, or a full list item going on
    return capitals and not head.endswith((".", ":", ";", "!", "?")) and \
        not _ROW_GAP.search(head) and not (len(b.split()) <= 4 and label_of(b))
    # (a known label alone starts a line)


def unwrapped(text: str) -> str:
    """``text`` with each hard-wrapped line break read as a space (see :func:`_runs_on`).

    >>> t = ("The post holder will work closely with the Director of\\n"
    ...      "Finance and the Head of Widgets, and will liaise with\\n"
    ...      "the Widget Board.\\nReports to: Chief Widget Officer\\n" * 3)
    >>> unwrapped(t).splitlines()[:2]  # doctest: +NORMALIZE_WHITESPACE
    ['The post holder will work closely with the Director of Finance and the Head of
      Widgets, and will liaise with the Widget Board.', 'Reports to: Chief Widget Officer']
    """
    lines = lines_of(text)
    width = _width(lines)
    full = [(a.text, b.text) for a, b in itertools.pairwise(lines)
            if b.bare and not BULLET.match(b.text) and _full(a.text, b.text, width)]
    lower = sum(b.lstrip()[:1].islower() for _, b in full)
    capitals = lower >= max(2, 0.15 * len(full))  # a list of entries runs on in capitals only
    chars = list(text)
    listed = False  # under a label alone: its values, one a line, run on only mid-phrase
    for a, b in itertools.pairwise(lines):
        listed = (listed and bool(a.bare)) or _label_alone(a.bare)
        if _runs_on(a.text, b.text, None if listed else width, capitals):
            chars[a.end] = " "
    return "".join(chars)


def _label_alone(bare: str) -> bool:
    """Whether a line is a known label on its own ("Key contacts", "Reports to:") or a body's
    seats' heading ("Widget Board membership")."""
    return 0 < len(bare.split()) <= 6 and (label_of(bare) is not None or
                                           SEATS_HEADING.search(bare) is not None)
