"""The sources (subjects) of headline facts in many grammatical shapes, and the wordings
whose subject states no line of the post: tests/subjects_cases.py.

Each family of subject shapes (the described post by another name or a pronoun, another post
as the subject, a relative clause or an apposition, a fronted phrase, a by-phrase, a list of
subjects, a long aside before the verb, a section's heading, a person and their post, "the
line manager for this post", posts reporting to the post, a person described in lower case,
a gerund's person, a lead-in over duties, a clause joined by "and", a post a paper creates, a
pronoun after a sentence opening with a post) is held above a floor
just under the share of its facts the extractor states exactly, on two seeds; the headline
facts no case states (a wrong source counts as one) under a ceiling; and the negatives (a
team or a service as the subject, every employee, SUPPORTS wording, a hypothetical, a
person-specification criterion, a body as a line's source) give none.
"""

from __future__ import annotations

import pytest

from orggraph.extract.evaluation import predicted_facts
from orggraph.extract.names import normalise
from orggraph.extract.pipeline import extract_text
from tests.generator_checks import family_checks
from tests.subjects_cases import FAMILIES, SCORED, cases, score

#: Floors just under the exact share each family reaches on seed 20 (docs/extraction.md has
#: the figures before and after the rules these families were written for).
FLOORS = {"all": 0.98, "self": 0.98, "other": 0.98, "relative": 0.98, "fronted": 0.98,
          "passive": 0.96, "subjects": 0.98, "far": 0.98, "section": 0.98, "person": 0.94,
          "manager": 0.98, "reversed": 0.96, "holder": 0.98, "gerund": 0.92, "leadin": 0.98,
          "joined": 0.98, "postof": 0.98, "pronoun": 0.98}
#: The same on another seed, overall.
OTHER_SEED = (7, 0.98)
#: Ceiling just over the share of the stated facts that no case wants.
INVENTED = 0.012


globals().update(family_checks(cases, score, FAMILIES, FLOORS, OTHER_SEED, INVENTED))


def facts(text: str) -> set[tuple[str, str, str]]:
    """The headline facts a text gives, each end by its names."""
    return {(f.type, s, e) for f in predicted_facts(extract_text(text, "t"), text)
            if f.type in SCORED for s in f.start for e in f.end}


HEAD = "Job Title: Gadget Officer\n\n"
POST = normalise("Gadget Officer")


@pytest.mark.parametrize("body,want", [
    # a relative clause with a modal and an adverb before its cue
    ("The post holder will work closely with the Widget Officer, who will be professionally "
     "accountable to the Gadget Manager, on the widget plan.",
     ("ACCOUNTABLE_TO", "widget officer", "gadget manager")),
    # a person, their post in brackets, a modal and "be" before the cue
    ("Jo Example (Sprocket Coordinator) will be accountable to the Chief Executive.",
     ("ACCOUNTABLE_TO", "sprocket coordinator", "chief executive")),
    # an aside set off by commas, brackets or dashes between the subject and its verb
    ("The Widget Lead, while leading the gadget programme, will report to the Chief Executive.",
     ("REPORTS_TO", "widget lead", "chief executive")),
    ("The Widget Lead – a new post – will sit on the Gadget Board.",
     ("MEMBER_OF", "widget lead", "gadget board")),
    ("The Widget Lead (based at Westshire House) is answerable to the Chief Executive.",
     ("ACCOUNTABLE_TO", "widget lead", "chief executive")),
    # the post's line manager named by the post
    ("The line manager for this post is the Head of Gizmos.",
     ("REPORTS_TO", POST, "head gizmo")),
    # a gerund's own subject
    ("The Council supports Jo Example becoming the Chair of the Widget Board.",
     ("CHAIRS", "jo example", "widget board")),
    # "I" after a fronted phrase
    ("Reporting to the Head of Gizmos, I will lead the widget review.",
     ("REPORTS_TO", POST, "head gizmo")),
    # a duty's bullet is neither a section's post nor another value of a verb label
    ("You will:\n• lead the widget service\n• report to the Chief Executive\n"
     "• sit on the Widget Board", ("MEMBER_OF", POST, "widget board")),
    ("The Gadget Officer will:\n• lead the widget service\n• report to the Chief Executive",
     ("REPORTS_TO", POST, "chief executive")),
    # "and report to" after a noun: a joined clause's verb
    ("The post holder will manage the widget budget and report to the Chief Executive.",
     ("REPORTS_TO", POST, "chief executive")),
    # a post a paper creates, then its line
    ("The review will create a new post of Widget Lead, reporting to the Head of Gizmos.",
     ("REPORTS_TO", "widget lead", "head gizmo")),
    # a pronoun after a sentence opening with a post
    ("The Deputy Widget Manager leads the gadget team. She reports to the Head of Gizmos.",
     ("REPORTS_TO", "deputy widget manager", "head gizmo")),
    # a post's heading over its own fields, after a list and a gap
    ("Widget Lead\nReports to:\nHead of Gizmos\nMember of:\nWidget Board\n\nSprocket Lead\n"
     "Reports to:\nChief Executive", ("REPORTS_TO", "sprocket lead", "chief executive")),
])
def test_each_rule_reads_its_subject(body: str, want: tuple[str, str, str]) -> None:
    assert want in facts(HEAD + body + "\n")


@pytest.mark.parametrize("body", [
    "The team reports to the Chief Executive through the widget governance structure.",
    "All staff are responsible to their line manager for infection control.",
    "The widget service reports to the Gadget Committee each quarter.",
])
def test_a_group_as_the_subject_gives_no_line(body: str) -> None:
    assert not facts(HEAD + body + "\n")
