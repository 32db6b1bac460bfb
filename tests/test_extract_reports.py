"""Reporting and deputising lines in made-up texts, and the wordings that state none:
tests/reports_cases.py.

Each family (a reporting label and its values; the post's own line in a sentence; the
post's own reports; a line stated about another post; the post standing in for another; a
narrative) is held above a floor just under the share of its facts the extractor states
exactly, on two seeds; the facts of the four line types no case states (invented) under a
ceiling; and the negatives (a report sent, incidents reported, duties under a reversed
label, criteria, SUPPORTS / ADVISES wording) give none.
"""

from __future__ import annotations

import pytest

from orggraph.extract.names import normalise
from tests.generator_checks import family_checks, stated
from tests.reports_cases import FAMILIES, SCORED, cases, score

#: Floors just under the exact share each family reaches on seed 20 (docs/extraction.md has
#: the figures before and after the rules these families were written for).
FLOORS = {"all": 0.98, "label": 0.96, "sentence": 0.97, "reversed": 0.98, "other": 0.99,
          "deputise": 0.99, "narrative": 0.99}
#: The same on another seed, overall.
OTHER_SEED = (7, 0.99)
#: Ceiling just over the share of the stated facts that no case wants.
INVENTED = 0.01


globals().update(family_checks(cases, score, FAMILIES, FLOORS, OTHER_SEED, INVENTED))


def facts(text: str) -> set[tuple[str, str, str]]:
    """The facts of the four line types a text gives, each end by its first name."""
    return stated(text, SCORED)


HEAD = "Job Title: Gadget Officer\n\n"
POST = normalise("Gadget Officer")


@pytest.mark.parametrize("body,want", [
    ("Line management will be provided by the Head of Gizmos.",
     {("REPORTS_TO", POST, "head gizmo")}),
    ("The post holder will receive line management from the Head of Gizmos.",
     {("REPORTS_TO", POST, "head gizmo")}),
    ("The post comes within the Head of Gizmos’s line of management.",
     {("REPORTS_TO", POST, "head gizmo")}),
    ("Reporting to the post holder are the Widget Officers and the Gizmo Technicians.",
     {("REPORTS_TO", "widget officer", POST), ("REPORTS_TO", "gizmo technician", POST)}),
    ("In the absence of the Head of Gizmos, the Widget Matron will chair the Widget Board.",
     {("DEPUTISES_FOR", "widget matron", "head gizmo")}),
    ("The Widget Matron may substitute for the Head of Gizmos at meetings of the Widget Board.",
     {("DEPUTISES_FOR", "widget matron", "head gizmo")}),
    ("The post holder will deputise for the Head of Gizmos and the Widget Matron.",
     {("DEPUTISES_FOR", POST, "head gizmo"), ("DEPUTISES_FOR", POST, "widget matron")}),
    ("The Widget Matron will report to the Head of Gizmos and deputise for the Gadget Manager.",
     {("REPORTS_TO", "widget matron", "head gizmo"),
      ("DEPUTISES_FOR", "widget matron", "gadget manager")}),
    ("The post holder may be asked to step up to become Acting Head of Gizmos.",
     {("DEPUTISES_FOR", POST, "head gizmo")}),
    ("The Gadget Officer is to report to the Head of Gizmos.",
     {("REPORTS_TO", POST, "head gizmo")}),
    ("Reports to: Head of Gizmos (dotted line to the Widget Matron)",
     {("REPORTS_TO", POST, "head gizmo"), ("REPORTS_TO", POST, "widget matron")}),
    ("Reports to: Head of Gizmos& Director-General of Widgets",
     {("REPORTS_TO", POST, "head gizmo"), ("REPORTS_TO", POST, "director general widget")}),
    ("Line Manager: Chief\nWidget Officer", {("REPORTS_TO", POST, "chief widget officer")}),
    ("REPORTS TO: DIRECTOR\nOF WIDGETS", {("REPORTS_TO", POST, "director widget")}),
    ("Responsible for: Widget Officers and gadget support workers",
     {("REPORTS_TO", "widget officer", POST), ("REPORTS_TO", "gadget support worker", POST)}),
    ("The post holder provides line management to the Widget Officers.",
     {("REPORTS_TO", "widget officer", POST)}),
    ("The Widget Matron will in turn report back to the Head of Gizmos.",
     {("REPORTS_TO", "widget matron", "head gizmo")}),
])
def test_each_rule_family_by_example(body, want):
    assert facts(HEAD + body + "\n\nMain duties\nTo lead the gadget service.\n") == want


@pytest.mark.parametrize("body", [
    "The post holder will report to the Widget Board on progress against the plan.",
    "The post holder will be reporting to the Gadget Committee quarterly.",
    "To report to the Widget Matron any concerns about gadget safety.",
    "To present the annual gadget report to the Widget Board.",
    "Person specification\nAbility to deputise for senior managers",
    "Responsible for: Day to day management of the gadget service",
    "Direct reports: None",
    "In the absence of the Widget Matron, the post holder will support the Gadget Manager.",
])
def test_what_the_guide_leaves_out_gives_no_false_line(body):
    got = facts(HEAD + body + "\n")
    assert got <= {("DEPUTISES_FOR", POST, "widget matron")}, got
