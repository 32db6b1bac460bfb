"""Working relationships (WORKS_WITH) in more wordings, and the "with" that states none.

``tests/works_with_wordings.py`` generates short job descriptions from the labelling guide's
WORKS_WITH row and its open cases: cues in other grammatical forms, other subjects, the
counterparts' whole names, relationships sections in many layouts, and the negatives the
guide leaves out. A stated fact is exact when the extractor gives WORKS_WITH from its source
to its target, both after :func:`~orggraph.extract.names.normalise`; a WORKS_WITH that no
case states is invented. Run ``python -m tests.test_extract_works_with_wordings`` to print
the rates per family (``-v`` prints every miss).
"""

from __future__ import annotations

import pytest

from orggraph.extract.evaluation import predicted_facts
from orggraph.extract.names import normalise
from orggraph.extract.pipeline import extract_text
from tests.works_with_wordings import FAMILIES, Case, cases


def score(case: Case) -> tuple[int, int, int, list[str]]:
    """(stated, exact, invented, what was missed or invented) for one case."""
    got = [f for f in predicted_facts(extract_text(case.text, "wordings"), case.text)
           if f.type == "WORKS_WITH"]
    want = [(normalise(a), normalise(b)) for a, b in sorted(case.want)]
    maybe = {normalise(t) for t in case.maybe}
    found = [w for w in want if any(w[0] in f.start and w[1] in f.end for f in got)]
    extra = [f for f in got if not any(a in f.start and b in f.end for a, b in want)
             and not f.end & maybe]
    notes = [f"missed {w}" for w in want if w not in found] + [f"invented {f.label}"
                                                               for f in extra]
    return len(want), len(found), len(extra), notes


def rates(seed: int = 20, n: int = 600) -> dict[str, list[int]]:
    """Per family (its first word, and with its shape) and overall: [stated, exact, invented,
    facts given]."""
    out: dict[str, list[int]] = {}
    for case in cases(seed, n):
        stated, exact, invented, _ = score(case)
        head = case.family.split(",")[0]
        for key in {head, ", ".join(case.family.split(", ")[:2]), "all"}:
            row = out.setdefault(key, [0, 0, 0, 0])
            row[0] += stated
            row[1] += exact
            row[2] += invented
            row[3] += exact + invented
    return out


@pytest.fixture(scope="module")
def table() -> dict[str, list[int]]:
    return rates()


#: Just under the share of stated facts read exactly, per family (seed 20; the extractor before
#: these rules read 0.56 of them: cue forms 0.48, subjects 0.44, counterparts 0.51, sections
#: 0.69). Seed 7 reads 0.96 (0.68 before).
EXACT_FLOOR = {"all": 0.94, "cue forms": 0.93, "subjects": 0.94, "counterparts": 0.93,
               "sections": 0.94}
#: Just over the share of WORKS_WITH facts given that no case states (0.24 before).
INVENTED_CEILING = 0.035
#: The WORKS_WITH facts the negatives alone give (33 before).
NEGATIVE_CEILING = 0


def test_every_family_is_read_exactly(table):
    low = {k: round(table[k][1] / table[k][0], 3) for k in EXACT_FLOOR
           if table[k][1] < EXACT_FLOOR[k] * table[k][0]}
    assert not low, low


def test_few_working_relationships_are_invented(table):
    _, _, invented, given = table["all"]
    assert invented <= INVENTED_CEILING * given, (invented, given)


def test_negatives_give_no_working_relationship(table):
    assert table["negatives"][2] <= NEGATIVE_CEILING, table["negatives"]


def test_every_family_is_generated(table):
    assert set(FAMILIES) | {"negatives"} <= set(table)


def test_another_seed_is_read_as_well():
    stated, exact, invented, given = rates(seed=7, n=300)["all"]
    assert exact >= 0.95 * stated and invented <= 0.03 * given, (stated, exact, invented, given)


if __name__ == "__main__":
    import sys

    seed = int(next((a for a in sys.argv[1:] if a.isdigit()), 20))
    for name, (stated, exact, invented, given) in sorted(rates(seed).items()):
        print(f"{name:32} stated {stated:4}  exact {exact / max(1, stated):.3f}  "
              f"invented {invented:3} of {given:4} given ({invented / max(1, given):.3f})")
    if "-v" in sys.argv:
        for case in cases(seed):
            notes = score(case)[3]
            if notes:
                print("----", case.family, notes, "\n" + case.text)
