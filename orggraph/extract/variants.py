"""Generic posts standing for named variants, a resolution rule of structure papers.

A paper that names two or more "Area Manager for X" posts and then says what "the
Area Manager" does means each of them: the generic post's facts are each variant's.
A profile headed "Area Manager Older Adults" in such a paper, answering to a
post of that area, is each variant's profile too.

>>> t = ("There is a Locality Manager for North and a Locality Manager for South. "
...      "The Locality Manager reports to the Head of Care.")
>>> sorted(name for name, _, _ in variants(t, "Locality Manager"))
['Locality Manager for North', 'Locality Manager for South']
>>> variants("The Locality Manager for North reports to the Head.", "Locality Manager")
[]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

from .names import CONNECTORS, looks_like_post, normalise
from .records import DraftNode, DraftRelationship

__all__ = ["expand_variants", "variants"]

#: Words that end a variant's qualifier: verbs and links of the sentence, not the name.
_STOP = frozenset({"will", "would", "shall", "is", "are", "in", "and", "who", "with", "to",
                   "at", "on", "across", "within", "was", "has", "have", "be", "each", "all",
                   "a", "an", "their", "its", "responsible"})
#: "responsible to the Team Manager for caseload …": "for" after a cue gives a purpose.
_PURPOSE = re.compile(r"\b(?:to|by|from|with|for)\s+the\s+$", re.IGNORECASE)
#: Types whose source is a post a generic can stand for.
_FROM_POST = ("ACCOUNTABLE_TO", "RESPONSIBLE_TO", "REPORTS_TO")

#: "for" after a space and before one; the word before that space, up to the "for".
_FOR = re.compile(r"(?<=\s)for(?=\s)")
_LAST_WORD = re.compile(r"([\w'’-]+)\s+$")
#: What follows a variant's name: "for (the) X", X being up to five words.
_FOR_TAIL = re.compile(r"s?\s+for\s+(?:the\s+)?(?=(?P<q>[\w'’-]+(?:[ \t]+[\w'’-]+){0,4}))")

Facts = dict[tuple[str, str, str], DraftRelationship]


def _plural(name: str) -> bool:
    """Whether a post name is plural ("Charge Nurses"), so not one generic post."""
    last = name.split()[-1].lower() if name.split() else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _qualifier(words: list[str], lead: str) -> list[str]:
    """The words naming a variant ("planned care"), up to the first word of the sentence."""
    out: list[str] = []
    for w in words:
        if w.lower() in _STOP or not re.fullmatch(r"[\w'’-]+", w):
            break
        out.append(w)
    if len(out) == 1 and out[0].islower() and _plural(out[0]) and lead.lower().endswith("the "):
        return []  # "Practice Managers for the localities:": all of them, not one
    return out if len(out) <= 4 else []


@functools.lru_cache(maxsize=4)
def _before_for(text: str) -> frozenset[str]:
    """Every word right before "for" in ``text``: a name can have variants only if its last
    word is one of them (one scan of the text instead of one for each post)."""
    words = set()
    for m in _FOR.finditer(text):  # "for" first: a pattern starting with a word is slow
        word = _LAST_WORD.search(text, max(0, m.start() - 80), m.start())
        if word:
            words.add(word[1])
    return frozenset(words)


@functools.lru_cache(maxsize=4)
def _tails(text: str) -> dict[str, tuple[int, ...]]:
    """Every place a "for" tail (:data:`_FOR_TAIL`) can start in ``text``, by the three
    characters before it: a name ending there is found without a scan of the text.

    >>> _tails("A Widget Lead for North, Widget Leads for South")
    {'ead': (13, 36), 'ads': (37,)}
    """
    places: dict[str, list[int]] = {}
    for m in _FOR.finditer(text):  # a tail starts in the space before "for", or at an "s"
        first = m.start() - 1
        while first > 0 and text[first - 1].isspace():
            first -= 1
        for at in range(first - 1, m.start()):
            if at >= 1 and _FOR_TAIL.match(text, at):
                places.setdefault(text[max(0, at - 3):at], []).append(at)
    return {key: tuple(sorted(set(ats))) for key, ats in places.items()}


def _after_name(text: str, name: str) -> Iterator[tuple[int, re.Match[str]]]:
    """Each place ``name`` stands in ``text`` followed by "for" and a qualifier, left to right
    and not overlapping (looked up among the places a tail starts, :func:`_tails`).

    >>> t = "A Widget Lead for North, Widget Leads for South"
    >>> [(at, tail.group()) for at, tail in _after_name(t, "Widget Lead")]
    [(2, ' for '), (25, 's for ')]
    """
    if not name:
        return
    after = 0
    ends = _tails(text).get(name[-3:], ()) if len(name) >= 3 else (
        e for ends in _tails(text).values() for e in ends if text.endswith(name, 0, e))
    for end in sorted(ends):
        at = end - len(name)
        if at >= after and text.startswith(name, at):
            tail = _FOR_TAIL.match(text, end)
            if tail:
                yield at, tail
                after = tail.end()


def variants(text: str, name: str) -> list[tuple[str, int, int]]:
    """Each "NAME for X" the text names (name, start, end), when it names two or more."""
    if _plural(name) or name.lower().startswith(("deputy ", "assistant ")):
        return []
    last = name.split()[-1] if name.split() else ""
    if re.fullmatch(r"[\w'’-]+", last) and not {last, f"{last}s"} & _before_for(text):
        return []  # no "NAME for": spare the scan of the whole text for this name
    found: dict[str, tuple[str, int, int]] = {}
    for at, tail in _after_name(text, name):
        inside = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
        if inside or _PURPOSE.search(text[max(0, at - 12): at]):
            continue
        words = _qualifier(tail["q"].split(), name + tail.group())
        if words:
            end = tail.start("q") + len(" ".join(words))
            whole = f"{name} for {' '.join(words)}"
            found.setdefault(normalise(whole), (whole, at, end))
    return list(found.values()) if len(found) >= 2 else []


def _copy(rel: DraftRelationship, start: str, end: str, why: str) -> DraftRelationship:
    return DraftRelationship(rel.type, start, end, rel.evidence, round(rel.confidence * 0.9, 2),
                             f"{rel.rule}; {why}", rel.role, rel.valid_from)


def _spread(facts: Facts, key: str, keys: list[str], why: str) -> None:
    """Each fact of ``key`` (at either end) given to every one of ``keys`` instead."""
    for (rtype, start, end), rel in list(facts.items()):
        if key not in (start, end) or start == end or start in keys or end in keys:
            continue  # a fact between two variants is one of them, not the generic's
        del facts[(rtype, start, end)]
        for k in keys:
            a, b = (k, end) if start == key else (start, k)
            if a != b:
                facts.setdefault((rtype, a, b), _copy(rel, a, b, why))


def _profile_area(node: DraftNode, generic: str) -> str:
    """"Area Manager Older Adults" under generic "Area Manager": "older adults"."""
    if node.label != "Post" or not node.name.lower().startswith(f"{generic.lower()} "):
        return ""
    rest = node.name[len(generic) + 1:].split()
    return "" if not rest or rest[0].lower() in CONNECTORS else normalise(" ".join(rest))


def _answers_in(facts: Facts, keys: list[str], area: str) -> bool:
    """Whether the variants answer to a post of ``area`` ("Head of Service for X" for X)."""
    for rtype, start, end in facts:
        if rtype in _FROM_POST and start in keys and end.endswith(f" {area}"):
            head = end[: -len(area)].split()
            while head and head[-1] in CONNECTORS:
                head.pop()
            if head and looks_like_post(" ".join(head)):
                return True
    return False


def expand_variants(text: str, nodes: dict[str, DraftNode], facts: Facts,
                    add: Callable[[str, int, int], str]) -> set[str]:
    """Give a generic post's facts, and its area profile's, to each named variant.

    ``add(name, start, end)`` makes the node of a variant and returns its key. Returns the
    keys of the generic posts and profiles whose facts moved.
    """
    moved: set[str] = set()
    ends = {k for _, s, e in facts for k in (s, e)}  # kept up to date as facts move
    for key, node in list(nodes.items()):
        if node.label != "Post" or key not in ends:
            continue
        found = variants(text, node.name)
        if not found:
            continue
        keys = [add(name, a, b) for name, a, b in found]
        _spread(facts, key, keys, f"the {node.name} stands for each variant")
        moved.add(key)
        for other in list(nodes.values()):
            area = _profile_area(other, node.name)
            if area and other.key not in keys and _answers_in(facts, keys, area):
                _spread(facts, other.key, keys, f"profile '{other.name}' for each {node.name}")
                moved.add(other.key)
        ends = {k for _, s, e in facts for k in (s, e)}
    return moved
