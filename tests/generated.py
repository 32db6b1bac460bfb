"""What the seeded generators of made-up documents share: a case, its facts, and the tally.

A generator (``tests/membership_cases.py``, ``tests/ownpost_cases.py``) writes documents
from templates whose letters stand for made-up names; :func:`facts` reads a template's
facts, :func:`tally` scores the extractor on the cases, fact by fact, and :func:`report`
prints the tallies for whoever tunes the rules.

>>> sorted(facts("MEMBER_OF:s>b", {"s": "Widget Lead", "b": "the Widget Board"}))
[('MEMBER_OF', 'widget lead', 'widget board')]
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from orggraph.extract.evaluation import predicted_facts
from orggraph.extract.names import normalise
from orggraph.extract.pipeline import extract_text


@dataclass(frozen=True)
class Case:
    """A generated document and the facts it states (normalised)."""

    family: str
    text: str
    want: frozenset[tuple[str, str, str]] = field(default_factory=frozenset)
    shape: str = ""


def initials(name: str) -> str:
    """Initials of a name's capitalised words ("Director of Widgets" -> "DW")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def facts(spec: str, names: dict[str, str]) -> frozenset[tuple[str, str, str]]:
    """A template's facts (``TYPE:source>target`` …) with its letters replaced by the names,
    normalised."""
    out = set()
    for item in spec.split():
        kind, _, ends = item.partition(":")
        source, target = ends.split(">")
        out.add((kind, normalise(names[source]), normalise(names[target])))
    return frozenset(out)


#: What follows a sentence written without its full stop: a heading and a duty.
AFTER = "\nMain duties\nTo lead the widget service.\n"


#: The organisations a generated job description opens with.
ORGS = ("Westshire NHS Trust", "Eastborough Council", "Northvale Health Board",
        "Southmere Medical Practice")


def job_document(rng: random.Random, title: str, body: str, orgs: tuple[str, ...] = ORGS) -> str:
    """A job description's opening round a generated passage (a title field, the title in
    capitals with a band, or an organisation's "Job Description" heading over a "Post"
    field), and a section after it."""
    head = rng.choice((f"Job Title: {title}\n\n", f"JOB TITLE: {title.upper()}\nBand: 7\n\n",
                       f"{rng.choice(orgs)}\nJob Description\nPost: {title}\n\n"))
    return head + body + "\nMain duties\nTo lead the widget service across Westshire.\n"


def as_written(rng: random.Random, sentence: str) -> tuple[str, str]:
    """The passage as written, and the shape's name: plain (always, when it holds a line
    break), or a one-line sentence without its full stop before :data:`AFTER`, or with a
    page viewer's line break inside it (one in four each).

    >>> as_written(random.Random(1), "The Widget Lead chairs the Widget Board.")
    ('The Widget Lead chairs the Widget Board.\\n', '')
    """
    roll = rng.random()
    if "\n" in sentence.strip() or roll < 0.5:
        return sentence.rstrip("\n") + "\n", ""
    if roll < 0.75 and sentence.endswith("."):
        return sentence[:-1] + AFTER, " no-stop"
    spaces = [m.start() for m in re.finditer(" ", sentence)][2:-1]
    if not spaces:
        return sentence + "\n", ""
    at = rng.choice(spaces)
    return sentence[:at] + "\n" + sentence[at + 1:] + "\n", " wrapped"


def found(case: Case, scored: Iterable[str]) -> tuple[set[tuple[str, str, str]], list[str]]:
    """The case's facts the extractor states exactly, and the facts of the ``scored`` types
    it states that the case does not (by their labels)."""
    draft = extract_text(case.text, "generated")
    kinds = set(scored)
    hit: set[tuple[str, str, str]] = set()
    invented = []
    for f in predicted_facts(draft, case.text):
        if f.type not in kinds:
            continue
        match = {w for w in case.want if w[0] == f.type and w[1] in f.start and w[2] in f.end}
        hit |= match
        if not match:
            invented.append(f.label)
    return hit, invented


@dataclass
class Tally:
    """Facts wanted, found and invented over a set of cases."""

    cases: int = 0
    wanted: int = 0
    hit: int = 0
    invented: int = 0
    stated: int = 0
    noisy: int = 0  # cases with an invented fact

    @property
    def exact(self) -> float:
        """The share of the wanted facts found exactly."""
        return self.hit / self.wanted if self.wanted else 1.0

    @property
    def invented_rate(self) -> float:
        """The share of the stated facts of the scored types that no case wants."""
        return self.invented / self.stated if self.stated else 0.0


def tally(cases: Iterable[Case], scored: Iterable[str]) -> tuple[dict[str, Tally], list[str]]:
    """Tallies per family and overall (``"all"``), and the misses."""
    kinds = tuple(scored)
    tallies: dict[str, Tally] = {"all": Tally()}
    misses = []
    for case in cases:
        hit, invented = found(case, kinds)
        for key in ("all", case.family):
            t = tallies.setdefault(key, Tally())
            t.cases += 1
            t.noisy += bool(invented)
            t.wanted += len(case.want)
            t.hit += len(hit)
            t.invented += len(invented)
            t.stated += len(hit) + len(invented)
        misses += [f"{case.family}{case.shape}: missed {w} in {case.text!r}"
                   for w in case.want - hit]
        misses += [f"{case.family}{case.shape}: invented {x} in {case.text!r}" for x in invented]
    return tallies, misses


def report(tallies: dict[str, Tally], misses: list[str]) -> str:
    """The tallies, one line a family, then the misses."""
    lines = [f"{name:20} exact {t.exact:.3f} ({t.hit}/{t.wanted})  "
             f"invented {t.invented_rate:.3f} ({t.invented}/{t.stated}) "
             f"in {t.noisy}/{t.cases} cases" for name, t in sorted(tallies.items())]
    return "\n".join(lines + misses)
