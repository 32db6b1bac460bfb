"""Re-presenting labelled facts in other layouts: how far the extractor's rules carry.

The facts labelled in one half of the real corpus are written again, with a seeded
choice of cue words, in the general layouts of ``docs/extraction-labelling.md`` (a
label and its value on one line, a label on its own line over its values, bullets, a
flattened two-column table, prose sentences; a body's composition for facts whose
source is not the document's post), and the extractor is scored on the texts made.
A rule that holds only for one document's wording shows up as a layout it misses.
The cue words are the guide's, never a corpus document's.

>>> texts = represent([Given("Ward Sister", [("REPORTS_TO", "Ward Sister", "Matron")])],
...                   "inline", seed=1)
>>> print(texts[0].text.splitlines()[1])
Immediate supervisor: Matron
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from .evaluation import run
from .labels import labelled
from .names import classify, normalise
from .rosters import HONORIFIC
from .scores import LABELLED_TYPES, Evaluation, Fact, Labelled
from .sentences import passages

__all__ = ["FORMS", "LAYOUTS", "Given", "forms", "given", "in_form", "represent", "robustness"]

#: Field labels per type (the guide's cue column), one chosen per document by the seed.
FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "ACCOUNTABLE_TO": ("Accountable to", "Accountability", "Answerable to"),
    "RESPONSIBLE_TO": ("Responsible to",),
    "REPORTS_TO": ("Reports to", "Reporting to", "Line manager", "Line managed by",
                   "Managed by", "Directly responsible to", "Immediate supervisor"),
    "DEPUTISES_FOR": ("Deputises for", "Deputy for"),
    "MEMBER_OF": ("Membership of", "Member of"),
    "CHAIRS": ("Chair of", "Chairs"),
    "WORKS_WITH": ("Key working relationships", "Key relationships", "Key contacts",
                   "Working relationships", "Communications and working relationships"),
}
#: Sentence cues per type (the post holder is the subject), one chosen by the seed.
SENTENCE_CUES: dict[str, tuple[str, ...]] = {
    "ACCOUNTABLE_TO": ("is accountable to", "will be accountable to", "is answerable to"),
    "RESPONSIBLE_TO": ("is responsible to", "will be responsible to"),
    "REPORTS_TO": ("reports to", "will report directly to", "is line managed by",
                   "is managed by", "is directly responsible to"),
    "DEPUTISES_FOR": ("deputises for", "will deputise for", "acts as deputy to"),
    "MEMBER_OF": ("is a member of", "sits on", "will be a member of", "serves on"),
    "CHAIRS": ("chairs", "will chair", "is the Chair of"),
    "WORKS_WITH": ("works closely with", "will liaise with", "works in partnership with",
                   "will collaborate with"),
}
#: Types whose targets are bodies: a sentence names them with "the".
_BODY_TYPES = ("MEMBER_OF", "CHAIRS")


@dataclass(frozen=True)
class Given:
    """A document's post and its labelled facts as written: (type, source, target)."""

    post: str | None
    facts: list[tuple[str, str, str]]


def _own(g: Given) -> dict[str, list[str]]:
    """The targets of the post's own facts, per type, in the order labelled."""
    out: dict[str, list[str]] = {}
    for t, a, b in g.facts:
        if g.post is not None and normalise(a) == normalise(g.post) and b not in out.get(t, []):
            out.setdefault(t, []).append(b)
    return out


def _others(g: Given) -> list[tuple[str, str, str]]:
    """The facts whose source is not the post (a structure text's)."""
    post = normalise(g.post) if g.post else None
    return [f for f in g.facts if normalise(f[1]) != post]


def _listed(names: Sequence[str], article: bool) -> str:
    """``A, B and C`` (each with "the" when ``article``)."""
    words = [f"the {n}" if article else n for n in names]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _inline(own: dict[str, list[str]], pick: random.Random) -> list[str]:
    return [f"{pick.choice(FIELD_LABELS[t])}: {_listed(v, False)}" for t, v in own.items()]


def _lines(own: dict[str, list[str]], pick: random.Random) -> list[str]:
    return [line for t, v in own.items() for line in [pick.choice(FIELD_LABELS[t]), *v, ""]]


def _bullets(own: dict[str, list[str]], pick: random.Random) -> list[str]:
    return [line for t, v in own.items()
            for line in [pick.choice(FIELD_LABELS[t]) + ":", *(f"• {n}" for n in v), ""]]


def _table(own: dict[str, list[str]], pick: random.Random) -> list[str]:
    """A two-column table flattened: the labels, then the values in the same order (a cell
    of three values or fewer joined by commas); longer lists as bullets after the table."""
    cells = {t: v for t, v in own.items() if len(v) <= 3}
    labels = [pick.choice(FIELD_LABELS[t]) + ":" for t in cells]
    rest = _bullets({t: v for t, v in own.items() if t not in cells}, pick)
    return ["Band:", *labels, "Band 6", *(", ".join(v) for v in cells.values()), "", *rest]


def _prose(own: dict[str, list[str]], pick: random.Random) -> list[str]:
    return [f"The post holder {pick.choice(SENTENCE_CUES[t])} {_listed(v, t in _BODY_TYPES)}."
            for t, v in own.items()]


def _seat(t: str, a: str) -> str:
    """A seat of a composition: the chair marked "(Chair)" unless its name says so."""
    return a if t != "CHAIRS" or "chair" in a.lower() else f"{a} (Chair)"


def _the(name: str) -> str:
    """``the`` before a post or body, nothing before a person's name."""
    return name if classify(name)[0] == "?" else f"the {name}"


def _compositions(others: list[tuple[str, str, str]]) -> dict[str, list[str]]:
    bodies: dict[str, list[str]] = {}
    for t, a, b in others:
        if t in _BODY_TYPES:
            bodies.setdefault(b, []).append(_seat(t, a))
    return bodies


def _structure(others: list[tuple[str, str, str]], pick: random.Random, shape: str
               ) -> list[str]:
    """Facts of other sources: a body's composition in ``shape``, the others as sentences."""
    out = [f"{_the(a)[:1].upper()}{_the(a)[1:]} {pick.choice(SENTENCE_CUES[t])} {_the(b)}."
           for t, a, b in others if t not in _BODY_TYPES]
    for body, seats in _compositions(others).items():
        if shape == "composition-sentence":
            out.append(f"The {body} comprises {_listed(seats, True)}.")
        elif shape == "composition-heading":
            out += [f"{body} membership", *seats, ""]
        else:
            out += [f"The membership of the {body} is as follows:", *(f"• {s}" for s in seats)]
    return out


Layout = Callable[[dict[str, list[str]], random.Random], list[str]]
#: The layouts a document's own facts are written in.
LAYOUTS: dict[str, Layout] = {"inline": _inline, "lines": _lines, "bullets": _bullets,
                              "table": _table, "prose": _prose}


#: The shapes a body's composition is written in.
SHAPES = ("composition-sentence", "composition-heading", "composition-bullets")


def _text(g: Given, layout: str, pick: random.Random) -> str:
    """The document: the post's own facts in ``layout``, or the others in a shape."""
    if layout in SHAPES:
        return "\n".join(["Structure", *_structure(_others(g), pick, layout)]) + "\n"
    return "\n".join([f"Job Title: {g.post}", *LAYOUTS[layout](_own(g), pick)]) + "\n"


def _gold(g: Given, layout: str) -> list[tuple[str, str, str]]:
    """The facts a layout writes: the post's own, or (a shape) the others."""
    if layout in SHAPES:
        return list(dict.fromkeys(_others(g)))
    own = _own(g)
    return [(t, str(g.post), b) for t, v in own.items() for b in v]


def represent(docs: Sequence[Given], layout: str, seed: int = 20) -> list[Labelled]:
    """Each document's facts written in ``layout``, with the facts as the answer key."""
    out = []
    for i, g in enumerate(docs):
        pick = random.Random(f"{seed}:{layout}:{i}")
        gold = [Fact(t, frozenset({normalise(a)}), frozenset({normalise(b)}), f"{t}: {a} -> {b}")
                for t, a, b in _gold(g, layout)]
        if not gold:
            continue
        post = frozenset({normalise(g.post)}) if g.post and layout not in SHAPES else None
        out.append(Labelled(f"{layout}-{i}", _text(g, layout, pick), gold, post, LABELLED_TYPES))
    return out


def _facts(path: Path) -> Given:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    facts = []
    for entry in data.get("relationships") or []:
        line = str(entry["fact"] if isinstance(entry, dict) else entry)
        t, _, rest = line.partition(":")
        a, _, b = rest.partition("->")
        if t.strip() in LABELLED_TYPES:
            facts.append((t.strip(), a.strip(), b.strip()))
    return Given(data.get("post"), facts)


def given(directory: str | Path, half: str) -> list[Given]:
    """The labelled facts of one half of a labelled directory, as written in its labels."""
    names = {d.name for d in labelled(directory, half)}
    return [_facts(p) for p in sorted(Path(directory).glob("*.labels.yaml"))
            if p.name.removesuffix(".labels.yaml") in names]


def robustness(directory: str | Path, half: str = "dev", seed: int = 20) -> dict[str, Evaluation]:
    """The extractor scored on one half's facts written again in each layout."""
    docs = [g for g in given(directory, half) if g.facts]
    return {layout: run(f"{half} facts as {layout}", represent(docs, layout, seed))
            for layout in (*LAYOUTS, *SHAPES)}


# --- The same document in other forms -------------------------------------------------
#
# A text reaches a user in other forms than the one it was published in: a PDF's text
# hard-wrapped at the page's width, a word processor's en dashes written as hyphens (or
# the reverse), padding written as tabs, labels and headings in capitals, Windows line
# ends, other bullet glyphs, a blank line after every paragraph of a .docx or none at
# all. :func:`in_form` writes a labelled document in one of these forms, moving each
# quote's offsets with its text, so that the extractor can be scored on the same facts.

_BULLET = re.compile(r"(?m)^([ \t]*)[•·▪◦●\-–*](?=[ \t])")
#: Bullet glyphs other writers use; the seed picks one per document.
GLYPHS = ("-", "*", "o", "◦", "▪", "➢", "●", "■", "►", "–", "\uf0b7")
_PADDING = re.compile(r"(?<=\S)[ ]{2,}(?=\S)")


def _wrapped(line: str, width: int, brk: str = "\n") -> str:
    """``line`` hard-wrapped at ``width`` columns: each space past which the line would run
    over the width becomes a line break ``brk`` (a line holding one long word runs over)."""
    chars, col, last = list(line), 0, -1
    for i, ch in enumerate(chars):
        col += 1
        if ch == " ":
            last = i
        if col > width and last >= 0 and i - last < col:
            chars[last] = brk
            col, last = i - last, -1
    return "".join(chars)


#: A person's name with a title ("Dr Jo Example"): a name, kept as written.
_PERSON = re.compile(rf"{HONORIFIC}\s")


def _upper(text: str) -> str:
    """``text`` in capitals, one character for one (a letter whose capital is longer stays)."""
    return "".join(c.upper() if len(c.upper()) == 1 else c for c in text)


def _capitals(text: str) -> str:
    """The text's section headings and its fields' labels (as the layout stage reads the
    text as written) in capitals; names of posts, bodies and people, list entries, running
    text and values as written."""
    chars = list(text)
    for p in passages(text):
        at, size = p.start, 0
        if p.kind == "heading" and len(p.text.split()) <= 8 and \
                classify(p.text)[0] == "?" and not _PERSON.match(p.text):  # not a name
            size = len(p.text)
        elif p.kind == "field" and p.label and p.label in p.text:
            at, size = p.start + p.text.index(p.label), len(p.label)
        chars[at:at + size] = _upper(text[at:at + size])
    return "".join(chars)


def _glyphs(text: str, glyph: str) -> str:
    """Every bullet written with ``glyph``."""
    return _BULLET.sub(lambda m: m.group(1) + glyph, text)


def _en_dashes(text: str, pick: random.Random) -> str:
    """A spaced hyphen written as a word processor's dash (en or em, one per document)."""
    return text.replace(" - ", f" {pick.choice('–—')} ")


def _rewrite(text: str, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]
             ) -> tuple[str, list[int]]:
    """``pattern.sub(repl, text)`` and, for each offset of ``text`` (and its end), the
    offset it moves to (an offset inside a match moves into its replacement).

    >>> _rewrite("a  b", _PADDING, lambda m: "\\t")
    ('a\\tb', [0, 1, 2, 2, 3])
    """
    out: list[str] = []
    moved: list[int] = []
    size, a = 0, 0
    for m in pattern.finditer(text):
        moved += range(size, size + m.start() - a)
        size += m.start() - a
        new = repl(m)
        moved += [size + min(k, len(new)) for k in range(m.end() - m.start())]
        out += [text[a:m.start()], new]
        size, a = size + len(new), m.end()
    moved += range(size, size + len(text) - a + 1)
    out.append(text[a:])
    return "".join(out), moved


Form = Callable[[str, random.Random], "tuple[str, list[int] | None]"]


def _same(f: Callable[[str, random.Random], str]) -> Form:
    """A form that keeps every character's offset."""
    return lambda text, pick: (f(text, pick), None)


def _moved(pattern: str, repl: Callable[[re.Match[str], random.Random], str]) -> Form:
    """A form that rewrites ``pattern``'s matches, moving the offsets after them."""
    return lambda text, pick: _rewrite(text, re.compile(pattern), lambda m: repl(m, pick))


# --- The forms of a PDF's and a word processor's text ---------------------------------
#
# Text taken from a PDF is hard-wrapped, with words broken by a hyphen at the wrap; each
# page ends with a footer and starts, after a form feed, with a running header, wherever
# the page falls (inside a sentence or a list); ligatures, soft hyphens and zero-width
# characters stay in it; quotes and apostrophes are curly. A word processor's lists are
# numbered ("1.", "a)", "(i)") or have a bullet and a tab. The words of the headers are
# made up, never a corpus document's.

_WRAP_BREAK = "\x00"  # a wrap's line break, before a word is broken at it
#: A wrap's break before a word long enough to be broken there.
_BREAKABLE = re.compile(_WRAP_BREAK + r"(?P<word>[A-Za-z][a-z]{5,})?")


def _broken(m: re.Match[str], pick: random.Random, width: int) -> str:
    """A wrap's line break; before a long word, in one case of two, the word broken by a
    hyphen where its first part (three letters or more, and three left) still fits."""
    word = m["word"] or ""
    line = m.start() - max(m.string.rfind("\n", 0, m.start()),
                           m.string.rfind(_WRAP_BREAK, 0, m.start()))
    room = min(width - line - 1, len(word) - 3)  # (the line, its space, the part, "-")
    if not word or room < 3 or pick.random() < 0.5:
        return "\n" + word
    k = pick.randint(3, room)
    return f" {word[:k]}-\n{word[k:]}"


def _hyphenated(text: str, pick: random.Random) -> tuple[str, list[int]]:
    """``text`` hard-wrapped at a seeded width (60 to 90), words broken at the wrap."""
    width = pick.randint(60, 90)
    wrapped = "\n".join(_wrapped(x, width, _WRAP_BREAK) for x in text.split("\n"))
    return _rewrite(wrapped, _BREAKABLE, lambda m: _broken(m, pick, width))


#: Running headers and footers of made-up documents ("{n}": the page, "{m}": the pages).
HEADERS = ("Westshire NHS Trust", "Job Description – Widget Lead", "Version 2.1 April 2019",
           "Westshire Widget Services | Confidential", "JD ref WS/0123")
FOOTERS = ("Page {n} of {m}", "{n}", "Page {n}", "- {n} -", "{n} of {m}")


def _paged(text: str, pick: random.Random, size: tuple[int, int] = (40, 60)
           ) -> tuple[str, list[int]]:
    """``text`` cut into pages of ``size`` lines (40 to 60): a running header (one or two
    lines, blank lines around them or not) at the top of each page, and a footer and a form
    feed at each page break (not within three lines of the text's end)."""
    header = pick.sample(HEADERS, pick.randint(1, 2))
    footer, blank = pick.choice(FOOTERS), pick.choice(("", "\n"))
    count = text.count("\n")
    ends = [0]
    while (end := ends[-1] + pick.randint(*size)) < count - 3:
        ends.append(end)
    pages, line = len(ends), iter(range(count + 1))

    def page(m: re.Match[str]) -> str:
        if not m.group():  # the text's start: the first page's header (one page: none)
            return "\n".join(header) + f"\n{blank}" if pages > 1 else ""
        n = next(line)
        if n not in ends[1:]:
            return "\n"
        number = footer.format(n=ends.index(n), m=pages)
        return f"\n{blank}{number}\n\f{blank}" + "\n".join(header) + f"\n{blank}"

    return _rewrite(text, re.compile(r"^|\n"), page)


#: Ligatures a PDF's text keeps, by the letters they stand for (the longest first).
LIGATURES = {"ffi": "ﬃ", "ffl": "ﬄ", "ff": "ﬀ", "fi": "ﬁ", "fl": "ﬂ"}


def _unseen(m: re.Match[str], pick: random.Random) -> str:
    """At a line's start, at times a zero-width space or a byte order mark; inside a word,
    at times a soft hyphen."""
    if m.group(1) is not None:
        return "\u00ad" if pick.random() < 0.03 else ""
    return pick.choice(("\u200b", "\ufeff", "", "", "", ""))


def _curly(text: str) -> str:
    """Straight quotes as curly ones: an apostrophe as ’, a double quote opening after a
    space or a line's start, else closing."""
    text = re.sub(r'(?:(?<=^)|(?<=[\s(]))"', "“", text, flags=re.MULTILINE)
    return text.replace('"', "”").replace("'", "’")


#: A list item's bullet, with the blanks after it.
_ITEM = re.compile(r"(?m)^(?P<indent>[ \t]*)[•·▪◦●\-–*](?P<gap>[ \t]+)(?=\S)")
#: A word processor's list markers ("{n}": the item's number, "{a}": its letter, "{i}": in
#: roman numerals); the seed picks one per document.
NUMBERINGS = ("{n}.", "{n})", "{a})", "({a})", "({i})", "{i}.", "•\t", "o\t", "\uf0b7\t",
              "\uf0a7\t")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii",
          "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx")


def _numbered(text: str, pick: random.Random) -> tuple[str, list[int]]:
    """Every bullet list written with a word processor's markers, numbered from one in each
    list (a list: items on consecutive lines)."""
    style = pick.choice(NUMBERINGS)
    seen = {"n": 0, "line": -2}

    def marker(m: re.Match[str]) -> str:
        line = text.count("\n", 0, m.start())
        seen["n"] = seen["n"] + 1 if line == seen["line"] + 1 else 0
        seen["line"] = line
        k = seen["n"] % 20
        mark = style.format(n=k + 1, a="abcdefghijklmnopqrst"[k], i=_ROMAN[k])
        return m["indent"] + mark + ("" if mark.endswith("\t") else " ")

    return _rewrite(text, _ITEM, marker)


def _then(a: Form, b: Form) -> Form:
    """Form ``a`` then form ``b``, their offsets' moves made one."""
    def both(text: str, pick: random.Random) -> tuple[str, list[int] | None]:
        once, first = a(text, pick)
        twice, second = b(once, pick)
        if first is None or second is None:
            return twice, second if first is None else first
        return twice, [second[k] for k in first]
    return both


_LIGATED = _moved("|".join(LIGATURES), lambda m, p: LIGATURES[m.group()])
_UNSEEN = _moved(r"(?<=[a-z]{3})(?=([a-z]{3}))|(?m:^)(?=\S)", _unseen)
#: A PDF's text with all of its marks: wrapped and broken words, pages, ligatures, unseen
#: characters and curly quotes.
_PDF = _then(_then(_then(_hyphenated, _paged), _then(_LIGATED, _UNSEEN)),
             _same(lambda t, _: _curly(t)))

#: The forms, each a function of the text and a seeded choice: the new text, and where
#: each offset moved (``None``: nowhere).
FORMS: dict[str, Form] = {
    "wrap-60": _same(lambda t, _: "\n".join(_wrapped(x, 60) for x in t.split("\n"))),
    "wrap-80": _same(lambda t, _: "\n".join(_wrapped(x, 80) for x in t.split("\n"))),
    "wrap-60-90": _same(lambda t, p: "\n".join(_wrapped(x, w) for w in [p.randint(60, 90)]
                                               for x in t.split("\n"))),
    "hyphens": _same(lambda t, _: t.replace("–", "-").replace("—", "-")),
    "en-dashes": _same(_en_dashes),
    "tabs": _moved(_PADDING.pattern, lambda m, p: "\t" * p.randint(1, 2)),
    "capitals": _same(lambda t, _: _capitals(t)),
    "crlf": _moved(r"\n", lambda m, p: "\r\n"),
    "bullets": _same(lambda t, p: _glyphs(t, p.choice(GLYPHS))),
    "blank-between": _moved(r"\n", lambda m, p: "\n\n"),
    "no-blank-lines": _moved(r"\n(?:[ \t]*\n)+", lambda m, p: "\n"),
    "pdf-hyphenated": _hyphenated,
    "pdf-pages": lambda t, p: _paged(t, p, (15, 30)),  # (the corpus's texts are short)
    "ligatures": _LIGATED,
    "unseen-characters": _UNSEEN,
    "curly-quotes": _same(lambda t, _: _curly(t)),
    "word-lists": _numbered,
    "pdf": _PDF,
}


def in_form(doc: Labelled, form: str, seed: int = 20) -> Labelled:
    """``doc`` written in ``form`` (a key of :data:`FORMS`), its quotes' offsets moved.

    >>> d = Labelled("d", "Reports to:  Matron\\n\\nKey contacts\\n• Pharmacy\\n", [])
    >>> in_form(d, "capitals").text
    'REPORTS TO:  Matron\\n\\nKEY CONTACTS\\n• Pharmacy\\n'
    >>> in_form(d, "tabs", seed=1).text.splitlines()[0]
    'Reports to:\\t\\tMatron'
    """
    pick = random.Random(f"{seed}:{form}:{doc.name}")
    text, moved = FORMS[form](doc.text, pick)
    if moved is None:
        return replace(doc, text=text)
    gold = [replace(g, span=(moved[g.span[0]], moved[g.span[1]]) if g.span else None)
            for g in doc.gold]
    return replace(doc, text=text, gold=gold)


def forms(directory: str | Path, half: str = "dev", seed: int = 20,
          names: Sequence[str] = tuple(FORMS)) -> dict[str, Evaluation]:
    """The extractor scored on one half's documents as written ("plain") and in each form."""
    docs = labelled(directory, half)
    out = {"plain": run(f"{half} half", docs)}
    for form in names:
        out[form] = run(f"{half} half, {form}", [in_form(d, form, seed) for d in docs])
    return out
