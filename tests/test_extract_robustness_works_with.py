"""WORKS_WITH facts of the development half, re-presented in the genre's other layouts.

The real corpus's development documents state their working relationships in a few
layouts; real job descriptions use many more (headed lists with bullets or without,
"Internal" / "External" lists, one-line lists after a label, semicolons, entries with a
description after a dash, a table row, prose after "work closely with" / "liaise with" /
"maintain effective working relationships with"). Each development document's labelled
WORKS_WITH targets are written out again in each layout (the heading's wording chosen by
a seeded generator from the labelling guide's headings), with a section after the list
that must not be read as part of it, and the extractor is scored on them. Only the labels'
target names are reused, read from the labels files at test time by
``orggraph.extract.robustness.given``; ``tests/test_extract_robustness.py`` holds the
general layouts of every type, this module the many list shapes of WORKS_WITH.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from orggraph.extract.evaluation import predicted_facts
from orggraph.extract.names import normalise
from orggraph.extract.pipeline import extract_text
from orggraph.extract.robustness import given

REAL = Path(__file__).parent / "fixtures" / "extract" / "real"

#: Headings over a list of working relationships, in the wordings the guide names.
HEADINGS = ["Key working relationships", "Key relationships", "Working relationships",
            "Communication and relationships", "Main contacts", "Key contacts",
            "Relationships", "Contacts", "KEY RELATIONSHIPS", "5. KEY WORKING RELATIONSHIPS",
            "Key Working Relationships (Internal and External)",
            "Communications and working relationships", "Key relationships / contacts",
            "Internal and external relationships", "Key Stakeholders",
            "Working Relationships and Communication", "3.2 Contacts",
            "Key Contacts and Relationships", "Liaison"]
#: What an entry may say about the contact after a dash.
ABOUT = ["regarding referrals", "for day-to-day issues", "on service developments",
         "as required"]
#: A section after the list: its heading and first line are no counterparts.
AFTER = "\nMain duties\nTo deliver high quality care to the patients of the unit.\n"
#: Prose after the list, after a blank line.
PROSE = "\n\nThe post holder must ensure the budget is kept.\n"


def _facts() -> list[tuple[str, list[str]]]:
    """Each development document's post and its own labelled WORKS_WITH targets."""
    out = []
    for g in given(REAL, "dev"):
        post = normalise(g.post) if g.post else None
        names = [b for t, a, b in g.facts if t == "WORKS_WITH" and normalise(a) == post]
        if g.post and names:
            out.append((g.post, names))
    return out


def _cap(name: str) -> str:
    return name[:1].upper() + name[1:]


def _run(names: list[str]) -> str:
    return ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1]


def _layouts(names: list[str], rng: random.Random) -> Iterator[tuple[str, str]]:
    """The names as a working-relationships list in each layout."""
    h = rng.choice(HEADINGS)
    half = max(1, len(names) // 2)
    yield "bullets", f"{h}\n" + "".join(f"• {_cap(n)}\n" for n in names) + AFTER
    yield "bullets-colon", f"{h}:\n\n" + "".join(f"- {_cap(n)}\n" for n in names) + PROSE
    yield "lines", f"{h}:\n" + "".join(f"{_cap(n)}\n" for n in names) + AFTER
    yield "inline", f"{h}: {_cap(_run(names))}\n" + AFTER
    yield "semicolons", f"{h}:\n" + "; ".join(_cap(n) for n in names) + "\n" + AFTER
    yield "described", f"{h}\n" + "".join(f"• {_cap(n)} – {rng.choice(ABOUT)}\n"
                                          for n in names) + AFTER
    yield "internal-external", ("Internal contacts\n" +
                                "".join(f"• {_cap(n)}\n" for n in names[:half]) +
                                "External contacts\n" +
                                "".join(f"• {_cap(n)}\n" for n in names[half:]) + AFTER)
    yield "table-row", f"| {h} | " + ", ".join(_cap(n) for n in names) + " |\n" + AFTER
    yield "gaps", f"{h}\n\n" + "".join(f"{_cap(n)}\n\n" for n in names) + AFTER
    yield "numbered", f"{h}\n" + "".join(f"{i}. {_cap(n)}\n" for i, n in enumerate(names, 1)) \
        + AFTER
    yield "internal-external rows", (f"{h}\n| Internal | " + ", ".join(map(_cap, names[:half])) +
                                     " |\n| External | " + ", ".join(map(_cap, names[half:])) +
                                     " |\n" + AFTER)
    yield "internal-external labels", (f"{h}\nInternal:\t" + ", ".join(map(_cap, names[:half])) +
                                       "\nExternal:\t" + ", ".join(map(_cap, names[half:])) +
                                       "\n" + AFTER)
    yield "table-described", f"{h}\n" + "".join(f"| {_cap(n)} | {rng.choice(ABOUT)} |\n"
                                                for n in names) + AFTER
    yield "internal-external columns", (f"{h}\nInternal{' ' * 32}External\n" + "".join(
        f"{_cap(a):40}{_cap(b)}\n" for a, b in zip(names[::2], [*names[1::2], ""],
                                                   strict=False)) + AFTER)
    yield "padded columns", (f"{h}:\n" + "".join(
        f"{_cap(a):40}{_cap(b)}\n" for a, b in zip(names[::2], [*names[1::2], ""],
                                                   strict=False)) + AFTER)
    yield "internal-external table", (f"{h}\n| Internal | External |\n" + "".join(
        f"| {_cap(a)} | {_cap(b)} |\n" for a, b in zip(names[::2], [*names[1::2], ""],
                                                       strict=False)) + AFTER)
    yield "work closely with", f"The post holder will work closely with {_run(names)}.\n" + AFTER
    yield "liaise with", f"Liaise with {_run(names)} as required.\n" + AFTER
    yield "maintain relationships", ("To maintain effective working relationships with "
                                     f"{_run(names)}.\n" + AFTER)
    yield "form partnerships", f"Form working partnerships with {_run(names)}.\n" + AFTER


def _score() -> dict[str, list[int]]:
    """Right, wrong and missed WORKS_WITH facts per layout."""
    rng = random.Random("20:works-with")
    totals: dict[str, list[int]] = {}
    for post, names in _facts():
        for layout, body in _layouts(names, rng):
            text = f"Job Title: {post}\nReports to: Ward Manager\n\n{body}"
            got = [f for f in predicted_facts(extract_text(text, "robust"), text)
                   if f.type == "WORKS_WITH"]
            want = {normalise(n) for n in names}
            found = set().union(*(f.end & want for f in got)) if got else set()
            t = totals.setdefault(layout, [0, 0, 0])
            t[0] += len(found)
            t[1] += sum(1 for f in got if not f.end & want)
            t[2] += len(want - found)
    return totals


@pytest.fixture(scope="module")
def scores() -> dict[str, list[int]]:
    return _score()


#: Recall each layout reaches, floors just under what the extractor gives.
RECALL_FLOOR = {"bullets": 0.97, "bullets-colon": 0.99, "lines": 0.97, "inline": 0.85,
                "semicolons": 0.94, "described": 0.99, "internal-external": 0.97,
                "table-row": 0.99, "gaps": 0.94, "numbered": 0.97,
                "internal-external rows": 0.97, "internal-external labels": 0.97,
                "table-described": 0.97, "internal-external columns": 0.91,
                "padded columns": 0.9, "internal-external table": 0.99,
                "work closely with": 0.91, "liaise with": 0.91, "maintain relationships": 0.91,
                "form partnerships": 0.91}


@pytest.mark.parametrize("layout", sorted(RECALL_FLOOR))
def test_each_layout_finds_the_counterparts(scores, layout):
    right, wrong, missed = scores[layout]
    assert right / (right + missed) >= RECALL_FLOOR[layout], (layout, scores[layout])
    assert right / max(1, right + wrong) >= 0.9, (layout, scores[layout])


def test_every_development_document_with_working_relationships_is_used():
    assert len(_facts()) >= 25
