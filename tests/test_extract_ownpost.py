"""The described post's own facts in the wordings rules missed: tests/ownpost_cases.py.

Each family of made-up texts (a team named in lower case by its service, setting or
organisation; the post as a narrative subject or a pronoun; a relationship's label on a
line of its own, numbered or not, with its values below; dual accountability one line per
qualifier) is held above a floor just under the share of its facts the extractor states
exactly, on two seeds; the facts of the scored types no case states (invented) under a
ceiling; and the negatives (wordings the labelling guide leaves unlabelled) give none.
"""

from __future__ import annotations

import pytest

from orggraph.extract.evaluation import predicted_facts
from orggraph.extract.names import normalise
from orggraph.extract.pipeline import extract_text
from tests.generator_checks import family_checks
from tests.ownpost_cases import FAMILIES, cases, score

#: Floors just under the exact share each family reaches on seed 20 (docs/extraction.md has
#: the figures before and after the rules these families were written for).
FLOORS = {"all": 0.99, "team": 0.98, "narrative": 0.99, "label lines": 0.99, "dual": 0.98}
#: The same on another seed, overall.
OTHER_SEED = (7, 0.99)
#: Ceiling just over the share of the stated facts that no case wants.
INVENTED = 0.005


globals().update(family_checks(cases, score, FAMILIES, FLOORS, OTHER_SEED, INVENTED))


def facts(text: str) -> set[tuple[str, str, str]]:
    """The facts of the six headline types a text gives, each end by its first name."""
    scored = {"ACCOUNTABLE_TO", "RESPONSIBLE_TO", "REPORTS_TO", "DEPUTISES_FOR", "MEMBER_OF",
              "CHAIRS"}
    return {(f.type, min(f.start), min(f.end))
            for f in predicted_facts(extract_text(text, "t"), text) if f.type in scored}


HEAD = "Job Title: Gadget Officer\n\n"
POST = normalise("Gadget Officer")


@pytest.mark.parametrize("body,want", [
    # a team named in lower case by its service, setting or organisation
    ("To work as a member of the paediatric gadget team.",
     {("MEMBER_OF", "paediatric gadget team")}),
    ("Working as part of the practice gadget team, you will lead.",
     {("MEMBER_OF", "practice gadget team")}),
    ("You will become part of the leadership team at Westshire.",
     {("MEMBER_OF", "leadership team at westshire")}),
    ("To work as a member of the gadget team and the ward team.",
     {("MEMBER_OF", "gadget team"), ("MEMBER_OF", "ward team")}),
    ("You will join a busy, Gadget@Home Team.", {("MEMBER_OF", "gadget home team")}),
    ("This is a role within the integrated team for gadgets.",
     {("MEMBER_OF", "integrated team gadget")}),
    # the post as a narrative subject or a pronoun
    ("Westshire has appointed Jo Example as its new Gadget Officer. She has agreed to chair "
     "the board.", {("CHAIRS", "board")}),
    ("I am the Gadget Officer. I sit on the Gadget Board and I report to the Head of Gizmos.",
     {("MEMBER_OF", "gadget board"), ("REPORTS_TO", "head gizmo")}),
    ("I am the Gadget Officer. My line manager is the Head of Gizmos.",
     {("REPORTS_TO", "head gizmo")}),
    ("The role is “to deputise for the chief executive”.", {("DEPUTISES_FOR", "chief executive")}),
    # a label on a line of its own, numbered, its values below
    ("5. RESPONSIBLE TO\n\nHead of Gizmos (HG)\n(Gizmo Services)\nDirector of Gadgets\n\n"
     "6. JOB PURPOSE\n\n• Gadget Lead for the service – as set out in policy",
     {("RESPONSIBLE_TO", "head gizmo"), ("RESPONSIBLE_TO", "director gadget")}),
    ("3 Line Manager\n\nHead of Gizmos", {("REPORTS_TO", "head gizmo")}),
    # dual accountability, one line per qualifier
    ("The post holder is dually accountable: professionally to the Head of Gizmos; "
     "managerially to the Director of Gadgets via the Gadget Manager.",
     {("ACCOUNTABLE_TO", "head gizmo"), ("ACCOUNTABLE_TO", "director gadget")}),
    ("Accountable to: The post holder will be dually accountable:\n\n  • professionally to the "
     "employing authority <specify>\n  • managerially to the Director of Gadgets",
     {("ACCOUNTABLE_TO", "employing authority"), ("ACCOUNTABLE_TO", "director gadget")}),
    ("Reports to:\nClinically – Head of Gizmos\nOperationally – Director of Gadgets",
     {("REPORTS_TO", "head gizmo"), ("REPORTS_TO", "director gadget")}),
])
def test_each_rule_family_by_example(body, want):
    got = facts(HEAD + body + "\n\nMain duties\nTo lead the gadget service.\n")
    assert got == {(t, POST, target) for t, target in want}


@pytest.mark.parametrize("body", [
    "To work as a member of the team.",
    "To work as part of the multi-disciplinary team.",
    "As a member of the MDT, you will lead.",
    "You will join a friendly team.",
    "To act as a senior member of the care team.",
    "5. ACCOUNTABILITY\n\nThe post holder is accountable for the gadget budget.",
    "4. RESPONSIBLE FOR\n\nThe management of the gadget budget.",
    "To chair meetings as required.",
])
def test_what_the_guide_leaves_out_gives_nothing(body):
    assert facts(HEAD + body + "\n") == set()
