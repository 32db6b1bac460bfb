"""The layout stage's first step: a text's form read as the plain form, one character for one.

The same document reaches a user in other forms: no-break spaces, Windows line ends,
padding written as tabs, a word processor's dashes or a typewriter's hyphens, a PDF's text
hard-wrapped at the page's width, a .docx's blank line after every paragraph.
:func:`plain_form` writes each back in the one form the later stages read, changing
characters but never their number, so that every offset in the text read is the offset
in the text as written and every quote can be taken from the text as written. The rules
are about the form of a text, never about its words.

>>> plain_form("Reports to:\\t\\tMatron\\r\\n\\r\\nKey contacts - Pharmacy\\r\\n")
'Reports to:  Matron \\n\\n\\nKey contacts – Pharmacy \\n'
>>> len(plain_form("a\\r\\nb")) == len("a\\r\\nb")
True
"""

from __future__ import annotations

import itertools
import re

from .cues import label_of
from .layout import BULLET, SEATS_HEADING, Line, lines_of

__all__ = ["SPACES", "plain_form", "unwrapped"]

#: Spaces a web page or a word processor writes in place of a plain one (no-break, narrow,
#: thin, figure and the typographic widths): read as a space.
SPACES = str.maketrans({c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005"
                        "\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"})
#: A Windows line end: the carriage return read as a space at the end of a line, and as a
#: line break on a blank line (so that a blank line is still two breaks together).
_CRLF = re.compile(r"(?P<blank>(?<=\n)[ \t]*)?\r(?=\n)")
#: Padding: a run of blanks holding a tab beside another blank, or tabs ending a line; read
#: as spaces (a lone tab or a run of tabs between two cells stays a cell break).
_TAB_PADDING = re.compile(r"[ \t]*\t[ \t]*(?<=[ \t]{2})|\t+(?=[ \t]*$)", re.MULTILINE)
#: A dash between spaces (hyphen, en or em dash) is one separator, read as an en dash.
_SPACED_DASH = re.compile(r"(?<=\S )[-—](?= \S)")


def _spaces(m: re.Match[str]) -> str:
    return " " * len(m.group())


def plain_form(text: str) -> str:
    """``text`` in the plain form, each character kept in its place (see the module)."""
    text = _CRLF.sub(lambda m: (m["blank"] or "") + ("\n" if m["blank"] is not None else " "),
                     text.translate(SPACES)).replace("\r", "\n")
    text = _TAB_PADDING.sub(_spaces, text)
    text = _lead_in_dashes(_SPACED_DASH.sub("–", text))
    return unwrapped(_undoubled(text))


#: A dash ending a line (hyphen, en or em dash, after a word or a space).
_LINE_END_DASH = re.compile(r"(?<=[\w ])[-–—]"
                            r"(?=[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:\(?[a-z0-9]{1,3}[.)]|[•·▪*-]))")


def _lead_in_dashes(text: str) -> str:
    """A dash that ends a line before a list's first item is the lead-in's dash ("consist
    of—" / "(a) a chair"), read as an em dash whichever dash was written.

    >>> _lead_in_dashes("The members consist of-\\n\\n(a)a chair;\\n")
    'The members consist of—\\n\\n(a)a chair;\\n'
    """
    return _LINE_END_DASH.sub("—", text)


def _undoubled(text: str) -> str:
    """A text with a blank line after every line (a .docx's paragraphs) with each line's own
    break, the second break read as a space: ``a\\n\\nb`` is ``a \\nb``; a paragraph break
    (two blank lines) stays one blank line.

    >>> _undoubled("Job Title: Ward Sister\\n\\nReports to\\n\\nMatron\\n\\n\\n\\nDuties\\n")
    'Job Title: Ward Sister \\nReports to \\nMatron \\n \\nDuties\\n'
    >>> _undoubled("Reports to\\nMatron\\n\\nDuties\\n")
    'Reports to\\nMatron\\n\\nDuties\\n'
    """
    lines = text.split("\n")
    full = [i for i, x in enumerate(lines) if x.strip()][:-1]  # each but the last
    doubled = [i for i in full if not lines[i + 1].strip()]
    runs = [len(m.group()) for m in re.finditer(r"(?:\n[ \t]*)+\n", text)]
    if len(full) < 3 or len(doubled) < len(full) or max(runs) < 4 or \
            any(n % 2 for n in runs):
        return text  # a blank line after every line, and a paragraph break after two (a
        # text that writes some lines together is a writer's own spacing, read as it is)
    return re.sub(r"\n[ \t]*\n", lambda m: " " * (len(m.group()) - 1) + "\n", text)


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
    return width if width >= 40 and near >= max(5, 0.25 * len(sizes)) else None


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
    if not head or not b.strip() or BULLET.match(b) or "\t" in a + b:
        return False  # (a tab left after padding is read is a table's cell break)
    if b[:1].isspace():
        return False  # an indented line: a list item's or a cell's own continuation
    if _FIELD.match(b):
        return False  # a field starts a line of its own
    row = _ROW_GAP.search(head) is not None  # a row of padded cells goes on in lower case only
    # (a gap after a label's colon is a field's padding, not a column break)
    if _OPEN_END.search(head) and len(head.split()) >= 4 and not row:
        return True  # a line stopping mid-phrase goes on, however short (not a label alone:
        # "Reports to", "Line managed by")
    if not _full(a, b, width):
        return False  # the next word would have fitted: a break the writer made
    if b[:1].islower() or BULLET.match(a):
        return True  # a full line going on in lower case, or a full list item going on
    return capitals and not row and not head.endswith((".", ":", ";", "!", "?")) and \
        not (len(b.split()) <= 4 and label_of(b))  # (a known label alone starts a line)


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
