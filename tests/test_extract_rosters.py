"""Rosters read right: a seeded generator of made-up membership lists (tests/roster_layouts.py).

A stated fact is right when the draft has it with the same type and both ends after
:func:`~orggraph.extract.names.normalise`; a MEMBER_OF or CHAIRS fact the text does not
state is invented. The floors sit just under what the extractor reaches.
"""

from __future__ import annotations

from collections.abc import Iterable

from orggraph.extract.evaluation import predicted_facts
from orggraph.extract.pipeline import extract_text
from orggraph.extract.rosters import from_chairs_lists, from_rosters, roster_entries
from tests.roster_layouts import Case, cases

TYPES = ("MEMBER_OF", "CHAIRS")
#: Share of stated facts read exactly, and share of read facts that are invented.
EXACT_FLOOR = 0.98
INVENTED_CEILING = 0.01


def _read(case: Case) -> list[set[tuple[str, str, str]]]:
    """Each MEMBER_OF or CHAIRS fact of the draft, as the (type, source, target) names it
    may be read as."""
    draft = extract_text(case.text, "generated")
    return [{(f.type, s, t) for s in f.start for t in f.end}
            for f in predicted_facts(draft, case.text) if f.type in TYPES]


def rates(generated: Iterable[Case]) -> tuple[float, float, list[str]]:
    """(exact share of stated facts, invented share of read facts, examples of misses)."""
    stated = right = read = invented = 0
    misses: list[str] = []
    for case in generated:
        got = _read(case)
        hits = set().union(*got) & case.facts if got else set()
        stated += len(case.facts)
        right += len(hits)
        read += len(got)
        wrong = [sorted(g)[0] for g in got if not g & case.facts]
        invented += len(wrong)
        misses += [f"{case.family}: missed {f} in {case.text!r}" for f in case.facts - hits]
        misses += [f"{case.family}: invented {g} in {case.text!r}" for g in wrong]
    return right / max(stated, 1), invented / max(read, 1), misses


def test_generated_rosters_are_read_exactly():
    for seed in (20, 99):  # the seed the rules were checked on, and another
        exact, invented, misses = rates(cases(seed=seed))
        assert exact >= EXACT_FLOOR, (seed, exact, misses[:8])
        assert invented <= INVENTED_CEILING, (seed, invented,
                                              [x for x in misses if "invented" in x][:8])


def test_each_family_is_read():
    families: dict[str, list[Case]] = {}
    for case in cases(120, seed=7):
        families.setdefault(case.family, []).append(case)
    for family, group in families.items():
        exact, invented, misses = rates(group)
        if family == "not a roster":
            assert invented == 0, misses[:5]
        else:
            assert exact >= 0.8, (family, exact, misses[:5])


def test_a_person_before_their_post_is_the_member():
    text = ("Westshire Widget Forum\n\nMembership\n\nMrs Jo Example Lead Widget Nurse\n"
            "Sam Sample – Head of Gadgets\nCllr Alex O'Other (Vice Chair)\n\nQuorum\n")
    got = [(e.member.name, e.person, e.role) for e in roster_entries(text, text.index("Mrs"))]
    assert got == [("Mrs Jo Example", True, ""), ("Sam Sample", True, ""),
                   ("Cllr Alex O'Other", True, "vice-chair")]


def test_entries_run_together_are_cut_apart():
    text = ("Westshire Widget Board\n\nDistribution:Voting MembersJo Example (Chair)"
            "Kit McSample (Vice Chair)Alex OtherWidget Team\n")
    got = sorted((c.type, c.source.name, c.role) for c in from_rosters(text))
    assert got == [("CHAIRS", "Jo Example", None), ("MEMBER_OF", "Alex Other", None),
                   ("MEMBER_OF", "Kit McSample", "vice-chair")]


def test_attendance_and_former_members_are_no_roster():
    text = ("Minutes of the Westshire Widget Board\n\nPresent:\nJo Example\nSam Sample\n\n"
            "In attendance:\nAlex Other\n\nFormer members:\nKit Stub\n")
    assert from_rosters(text) == []


def test_a_chairs_list_gives_each_person_the_bodies_on_their_line():
    text = ("Partner Board Chairs\n\n• Jo Example Westshire Widget Trust\n"
            "• Sam Sample – NHS Northshire / Eastshire Gadget Board (from 1 May)\n\nOfficers\n")
    got = [(c.source.name, c.target.name) for c in from_chairs_lists(text)]
    assert got == [("Jo Example", "Westshire Widget Trust"), ("Sam Sample", "NHS Northshire"),
                   ("Sam Sample", "Eastshire Gadget Board")]
