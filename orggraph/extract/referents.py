"""Referents: a body named once and then referred back to by its kind ("the Panel").

Terms of reference, a board's page or a structure paper name their body in full once (a
title, "The Westshire Widget Panel was set up to …") and then call it by the
word for its kind: "the Panel", "This Committee", "the Board", "the Forum". A membership or
a chair stated of "the Panel" is of the body the text named with that word (the labelling
guide's target is the body, written as the text names it), so a MEMBER_OF or CHAIRS
candidate whose target is that word alone takes as its target the last body named before
it whose name ends with the same word.

>>> from .mentions import Candidate, Mention
>>> t = ("Terms of Reference: Westshire Widget Panel\\n\\nThe Panel will be chaired by the "
...      "Head of Widgets.")
>>> c = Candidate("CHAIRS", Mention("Head of Widgets", 85, 100),
...               Mention("Panel", 48, 53), (44, 100), "chaired by", "", 0.8)
>>> [x.target.name for x in with_referents(t, [c])]  # doctest: +ELLIPSIS
['Westshire Widget Panel']
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import replace

from .mentions import Candidate, Mention
from .names import classify, normalise

__all__ = ["STANDING_WORDS", "referent", "referred", "with_referents"]

#: The words for a standing body's kind that a text refers back to its body by (cue words as
#: data): "the Panel", "this Sub-Committee", "the Partnership".
STANDING_WORDS = ("board", "committee", "sub-committee", "subcommittee", "group", "sub-group",
                  "subgroup", "panel", "forum", "partnership", "network", "assembly",
                  "collaborative", "alliance", "steering group")
#: A target that is only such a word, after an article or "this" ("the Forum", "THIS PANEL"),
#: or the membership of one ("Membership of the Panel": the Panel).
_BARE = re.compile(r"(?:(?:membership|members)\s+of\s+)?(?:(?:the|this|that|our|its)\s+)?(?P<w>" +
                   "|".join(re.escape(w) for w in sorted(STANDING_WORDS, key=len, reverse=True)) +
                   r")", re.IGNORECASE)
#: Words that open no body's name ("Terms of Reference for the X Group", "The X Group").
_NOT_OPENING = frozenset({"the", "this", "terms", "of", "reference", "for", "and", "on", "to",
                          "our", "its", "a", "an", "tor", "&"})
#: A capitalised word, or a small word joining two ("Health and Wellbeing", "Quality & Safety").
_NAME_WORD = r"(?:[A-Z][\w'’&-]*|of|for|and|&|the|on|in|OF|FOR|AND|THE|ON|IN)"


#: Where a body's full name stands as the text's own: a line's start (a title, a heading, a
#: numbered clause, a bullet) or a sentence's ("… . The X Panel was set up …").
_STANDS = re.compile(r"(?:^|(?<=\n))[ \t]*(?:[•▪*\-–][ \t]*|\d+(?:\.\d+)*[.)]?[ \t]+)?$|"
                     r"[.:;!?][ \t]+$")


def referent(text: str, word: str, before: int) -> Mention | None:
    """The body named in full before ``before`` whose name ends with ``word`` (a standing
    body's kind: "the Westshire Widget Group") or starts with it before "of" ("the Board of
    Directors"), where the text names it as its own (at a line's or a sentence's start); None
    when the text names no such body, or two (a sub-group's text naming its parent board:
    "the Board" may be either).

    >>> t = "Westshire Widget Group\\n\\nThe Group meets monthly."
    >>> referent(t, "Group", t.index("The Group")).name
    'Westshire Widget Group'
    """
    ends, count, own = _named(text, word.lower())
    k = bisect.bisect_right(ends, before)  # the names that end before ``before``
    return own[k - 1] if k and count[k - 1] == 1 else None


@functools.lru_cache(maxsize=16)
def _named(text: str, word: str) -> tuple[list[int], list[int], list[Mention | None]]:
    """Each body's full name ending with ``word`` the text names, in order (read once for a
    text and a word): where it ends, how many different names the text has given so far,
    and the last name it has given as its own (:data:`_STANDS`) so far."""
    head = re.escape(word)
    pattern = re.compile(rf"(?<![\w'’&-])(?P<n>(?:{_NAME_WORD}[ \t]+)*(?:[A-Z][\w'’&-]*[ \t]+"
                         rf"(?i:{head})|(?i:{head})[ \t]+(?:of|OF)[ \t]+[A-Z][\w'’&-]*))"
                         rf"(?![\w'’-]|[ \t]+[A-Z])")
    ends: list[int] = []
    count: list[int] = []
    own: list[Mention | None] = []
    names: set[str] = set()
    last: Mention | None = None
    for m in (m for a, b in _lines_holding(text, word) for m in pattern.finditer(text, a, b)):
        found = _full_name(text, m, word)
        if found is None:
            continue
        names.add(normalise(found.name))
        line = text.rfind("\n", 0, m.start()) + 1
        if _STANDS.search(text[max(line, m.start() - 3):m.start()]) or \
                _STANDS.match(text[line:m.start()]):
            last = found
        ends.append(m.end())
        count.append(len(names))
        own.append(last)
    return ends, count, own


def _lines_holding(text: str, word: str) -> Iterator[tuple[int, int]]:
    """The lines of ``text`` (start, end) that hold ``word`` in any case: the only ones a
    name ending with it can stand in (a name does not go on over a line's end)."""
    end = -1
    for m in re.finditer(re.escape(word), text, re.IGNORECASE):
        if m.start() < end:
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        yield start, end


def _full_name(text: str, m: re.Match[str], word: str) -> Mention | None:
    """The body's full name a match holds, without the words before it that open no name
    ("Terms of Reference for the", "Minutes of the"), or None (the word alone, "the Panel")."""
    words = list(re.finditer(r"\S+", m["n"]))
    cut = [i for i, w in enumerate(words[:-1]) if w.group().lower() == "the"]
    words = words[cut[-1] + 1:] if cut else words
    while words and words[0].group().lower() in _NOT_OPENING:
        words = words[1:]
    if len(words) < 2 or (words[-1].group().lower() == word.lower() and
                          words[-2].group().lower() in _NOT_OPENING):
        return None
    at = m.start("n") + words[0].start()
    name = text[at:m.end("n")]
    return Mention(name, at, m.end("n")) if classify(name)[0] == "Body" else None


#: A standing body's kind after "the" or "this" inside a line ("Seats on the Panel").
_BACK = re.compile(r"\b(?:the|this)\s+(?P<w>" + "|".join(
    re.escape(w) for w in sorted(STANDING_WORDS, key=len, reverse=True)) + r")\b(?![ \t]+[A-Z])",
    re.IGNORECASE)


def referred(text: str, a: int, b: int) -> Mention | None:
    """The body a line ``text[a:b]`` refers back to by its kind ("Seats on the Panel":
    the Panel the text named in full before), or None."""
    m = _BACK.search(text, a, b)
    return referent(text, m["w"], m.start()) if m else None


def with_referents(text: str, found: list[Candidate]) -> list[Candidate]:
    """The candidates ``found``, a MEMBER_OF or CHAIRS whose target is a standing body's
    kind alone ("the Panel") given the body the text named in full with that word before."""
    out = []
    for c in found:
        bare = _BARE.fullmatch(c.target.name) if c.target is not None and \
            c.type in ("MEMBER_OF", "CHAIRS") else None
        named = referent(text, bare["w"], c.target.start) if bare and c.target else None
        out.append(replace(c, target=named) if named else c)
    return out
