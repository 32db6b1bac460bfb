"""People a roster names: a Person who HOLDS a seat post, the seat the member of the body.

Covers the resolution (orggraph/extract/resolve.py), the draft's ``people:`` section and its
review (orggraph/extract/draft.py), and how the evaluator matches an end by the names of the
people who hold it (orggraph/extract/evaluation.py). Made-up bodies and people only.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
import yaml

from orggraph.extract import extract, review_draft
from orggraph.extract.evaluation import predicted_facts
from orggraph.extract.names import normalise
from orggraph.extract.pipeline import extract_text
from orggraph.extract.records import Draft, DraftNode, DraftRelationship
from orggraph.extract.scores import Fact, score
from orggraph.graph import load_graph
from orggraph.load import DEFAULT_DATA_DIR, validate
from tests.people_cases import FAMILIES, TYPES, Case, cases

TINY = Path(__file__).parent / "fixtures" / "tiny"
ROSTER = ("Westshire Widget Committee\nTerms of Reference\n\nMembership\n\n"
          "Dr Jo Example – Director of Widgets (Chair)\nCllr Sam Sample\n"
          "Alex Other (Vice Chair)\nKit Stub, Non-Executive Director\n"
          "Lee Dummy – Non-Executive Director (Co-Chair)\nWestshire University\n\n"
          "Quorum\nThree members.\n")
BODY = "Westshire Widget Committee"


def _named(draft: Draft) -> set[tuple[str, str, str, str | None]]:
    """Each relationship as (type, start name, end name, role)."""
    names = {n.id: n.name for n in draft.nodes.values()}
    return {(r.type, names[r.start], names[r.end], r.role) for r in draft.relationships}


def test_a_person_holds_the_seat_that_is_the_member():
    draft = extract_text(ROSTER, "tor")
    labels = {n.name: n.label for n in draft.nodes.values()}
    people = {"Dr Jo Example", "Cllr Sam Sample", "Alex Other", "Kit Stub", "Lee Dummy"}
    assert {name for name, label in labels.items() if label == "Person"} == people
    got = _named(draft)
    seat = f"of the {BODY}"
    assert {
        # the post the entry names after the person is the seat
        ("HOLDS", "Dr Jo Example", "Director of Widgets", None),
        ("CHAIRS", "Director of Widgets", BODY, None),
        ("HOLDS", "Kit Stub", "Non-Executive Director", None),
        ("MEMBER_OF", "Non-Executive Director", BODY, None),
        # no post named: the seat of the role in that body
        ("HOLDS", "Cllr Sam Sample", f"Member {seat}", None),
        ("MEMBER_OF", f"Member {seat}", BODY, None),
        ("HOLDS", "Alex Other", f"Vice-Chair {seat}", None),
        ("MEMBER_OF", f"Vice-Chair {seat}", BODY, "vice-chair"),
        # a post other entries hold as members: the co-chair holds it and the role's seat
        ("HOLDS", "Lee Dummy", "Non-Executive Director", None),
        ("HOLDS", "Lee Dummy", f"Co-Chair {seat}", None),
        ("CHAIRS", f"Co-Chair {seat}", BODY, "co-chair"),
        ("MEMBER_OF", "Westshire University", BODY, None),
    } <= got
    # no person is the member itself, and every membership starts at a post or a body
    assert not {f for f in got if f[0] in ("MEMBER_OF", "CHAIRS") and f[1] in people}
    assert not {f for f in got if f[0] == "HOLDS" and f[1] not in people}


def test_seats_of_two_bodies_never_collide_and_ids_are_stable():
    text = (ROSTER + "\nWestshire Gadget Forum\n\nMembership\n\nCllr Sam Sample\n"
            "Pat Placeholder\n\nQuorum\nTwo members.\n")
    one, two = extract_text(text, "tor"), extract_text(text, "tor")
    assert [(n.id, n.label, n.name) for n in one.nodes.values()] == \
        [(n.id, n.label, n.name) for n in two.nodes.values()]
    ids = {n.name: n.id for n in one.nodes.values()}
    assert ids[f"Member of the {BODY}"] != ids["Member of the Westshire Gadget Forum"]
    assert len(set(ids.values())) == len(ids)
    seats = {(r.start, r.end) for r in one.relationships if r.type == "HOLDS"}
    sam = ids["Cllr Sam Sample"]
    assert {(sam, ids[f"Member of the {BODY}"]),
            (sam, ids["Member of the Westshire Gadget Forum"])} <= seats


def _draft() -> Draft:
    """A roster's draft made by hand: two people share the members' seat, a third holds the
    same post as a member and chairs through the chair's seat."""
    def node(key: str, label: str) -> DraftNode:
        return DraftNode(key, label, key, f"q {key}", id=key)

    nodes = {k: node(k, label) for k, label in (
        ("Jo Example", "Person"), ("Sam Sample", "Person"), ("Kit Stub", "Person"),
        ("Member of the Widget Board", "Post"), ("Chair of the Widget Board", "Post"),
        ("Widget Board", "Body"))}

    def rel(rtype: str, a: str, b: str, quote: str) -> DraftRelationship:
        return DraftRelationship(rtype, a, b, quote, 0.7, "roster person")

    seat, chair = "Member of the Widget Board", "Chair of the Widget Board"
    return Draft("d", None, nodes, [
        rel("MEMBER_OF", seat, "Widget Board", "Jo Example"),
        rel("HOLDS", "Jo Example", seat, "Jo Example"),
        rel("HOLDS", "Sam Sample", seat, "Sam Sample"),
        rel("CHAIRS", chair, "Widget Board", "Kit Stub (Chair)"),
        rel("HOLDS", "Kit Stub", chair, "Kit Stub (Chair)"),
        rel("HOLDS", "Kit Stub", seat, "Kit Stub (Chair)")])


def _fact(rtype: str, a: str, b: str) -> Fact:
    return Fact(rtype, frozenset({normalise(a)}), frozenset({normalise(b)}))


def test_an_end_is_matched_by_the_people_who_hold_it():
    text = "Widget Board\nMembers\nJo Example\nSam Sample\nKit Stub (Chair)\n"
    facts = [f for f in predicted_facts(_draft(), text) if f.type != "HOLDS"]
    gold = [_fact("MEMBER_OF", "Jo Example", "Widget Board"),
            _fact("MEMBER_OF", "Sam Sample", "Widget Board"),
            _fact("CHAIRS", "Kit Stub", "Widget Board")]
    scores = score(facts, gold)
    # each holder of the shared seat is a member; the chair is no member by that seat
    assert [(t, s.tp, s.fp, s.fn) for t, s in sorted(scores.items())] == \
        [("CHAIRS", 1, 0, 0), ("MEMBER_OF", 2, 0, 0)]
    sam = next(f for f in facts if normalise("Sam Sample") in f.start)
    assert sam.span == (text.index("Sam Sample"), text.index("Sam Sample") + len("Sam Sample"))
    # the seat's own name still matches, and a person not holding it does not
    assert score(facts[:1], [_fact("MEMBER_OF", "Member of the Widget Board",
                                   "Widget Board")])["MEMBER_OF"].tp == 1
    assert score(facts, [_fact("MEMBER_OF", "Pat Other", "Widget Board")])["MEMBER_OF"].tp == 0


def _digest(directory: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.glob("*.yaml"))}


def test_a_roster_draft_accepted_validates_and_loads(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(TINY, data)
    (tmp_path / "tor.txt").write_text(ROSTER, encoding="utf-8")
    result = extract([tmp_path / "tor.txt"], tmp_path / "d.yaml", data_dir=data)
    doc = yaml.safe_load(result.text.split("\n", 2)[2])
    assert list(doc) == ["source", "bodies", "posts", "people", "relationships"]
    assert {"id": "cllr-sam-sample", "name": "Cllr Sam Sample",
            "evidence": "Cllr Sam Sample"} in doc["people"]
    review = review_draft(tmp_path / "d.yaml", data)
    assert "  + person cllr-sam-sample: Cllr Sam Sample  \"Cllr Sam Sample\"" in review.lines
    accepted = review_draft(tmp_path / "d.yaml", data, accept=True)
    assert accepted.written and [p for p in validate(data) if p.is_error] == []
    graph = load_graph(data)
    assert graph.nodes["cllr-sam-sample"]["label"] == "Person"
    seats = [s for _, s, t in graph.out_edges("cllr-sam-sample", keys=True) if t == "HOLDS"]
    assert seats == ["member-of-the-westshire-widget-committee"]
    assert graph.nodes[seats[0]]["label"] == "Post"
    assert ("westshire-widget-committee", "MEMBER_OF") in \
        {(b, t) for _, b, t in graph.out_edges(seats[0], keys=True)}
    after = _digest(data)
    review_draft(tmp_path / "d.yaml", data, accept=True)
    assert _digest(data) == after  # accepting twice writes the same file
    again = extract([tmp_path / "tor.txt"], None, data_dir=data).drafts[0]
    people = {n.id: n.existing for n in again.nodes.values() if n.label == "Person"}
    assert people == {p: False for p in ("dr-jo-example", "cllr-sam-sample", "alex-other",
                                         "kit-stub", "lee-dummy")}  # the same ids, this
    # source's own records again (accepting rewrites its file), not others' to refer to


@pytest.mark.parametrize(("organisation", "existing"), [
    ("Norfolk and Waveney University Hospitals Group", True),  # the group she holds a post in
    ("Westshire Hospitals NHS Trust", False)])  # another organisation: another person
def test_a_person_is_matched_only_within_the_organisation_of_their_posts(organisation,
                                                                         existing):
    text = (f"{organisation}\n\nWidget Committee\n\nMembership\n\n"
            "Professor Lesley Dwyer (Chair)\nSam Sample\n\nQuorum\n")
    draft = extract_text(text, "d", load_graph(DEFAULT_DATA_DIR))
    (person,) = [n for n in draft.nodes.values() if n.name == "Professor Lesley Dwyer"]
    assert person.existing is existing and (person.id == "lesley-dwyer") is existing


def case_score(case: Case) -> tuple[int, int, int, int, list[str]]:
    """(stated, exact, invented, people invented, notes) for one generated case: a fact is
    exact when the extractor gives its type from its source to its target (an end matched by
    its node's names and its holders', as the evaluator matches), invented when it gives a
    fact of the seven types the case does not state; a person is invented when the draft
    names one the case does not name in a fact."""
    draft = extract_text(case.text, "people")
    got = [f for f in predicted_facts(draft, case.text) if f.type in TYPES]
    want = [(t, frozenset(normalise(x) for x in a.split("|")),
             frozenset(normalise(x) for x in b.split("|"))) for t, a, b in case.facts]
    found = [w for w in want if any(f.type == w[0] and w[1] & f.start and w[2] & f.end
                                    for f in got)]
    extra = [f for f in got if not any(f.type == t and a & f.start and b & f.end
                                       for t, a, b in want)]
    named = {normalise(p) for p in case.people}
    people = [n.name for n in draft.nodes.values()
              if n.label == "Person" and normalise(n.name) not in named]
    notes = [f"missed {w}" for w in want if w not in found] + \
        [f"invented {f.label}" for f in extra] + [f"person {p}" for p in people]
    return len(want), len(found), len(extra), len(people), notes


def rates(seed: int = 20, n: int = 500) -> dict[str, list[int]]:
    """Per family and overall: [stated, exact, invented, facts given, people invented]."""
    out: dict[str, list[int]] = {}
    for case in cases(seed, n):
        stated, exact, invented, people, _ = case_score(case)
        for key in (case.family, "all"):
            row = out.setdefault(key, [0, 0, 0, 0, 0])
            for i, v in enumerate((stated, exact, invented, exact + invented, people)):
                row[i] += v
    return out


@pytest.fixture(scope="module")
def table() -> dict[str, list[int]]:
    return rates()


#: Just under the share of stated facts the extractor gives exactly, per family (seed 20).
#: Before the rules of orggraph/extract/people.py the same cases gave: all 0.28, field 0.16,
#: sentence 0.17, subject 0.01, body 0.07, news 0.49, negative 1.00; invented 0.55 of the facts
#: given (the post alone, or the post and the name run together, as the end).
EXACT_FLOOR = {"all": 0.97, "field": 0.97, "sentence": 0.97, "subject": 0.93, "body": 0.97,
               "news": 0.99, "negative": 0.99}
#: Just over the share of the facts given that no case states, per family.
INVENTED_CEILING = {"all": 0.015, "field": 0.03, "sentence": 0.02, "subject": 0.03,
                    "body": 0.03, "news": 0.01, "negative": 0.0}


def test_every_people_family_is_drawn(table):
    assert set(FAMILIES) | {"all"} == set(table)


def test_people_named_at_an_end_come_out_exact(table):
    for family, floor in EXACT_FLOOR.items():
        stated, exact, invented, given, _ = table[family]
        assert exact / stated >= floor, (family, table[family])
        assert invented / max(1, given) <= INVENTED_CEILING[family], (family, table[family])


def test_no_person_is_drafted_where_the_text_names_none(table):
    assert table["all"][4] == 0, table["all"]


def _facts(text: str) -> set[tuple[str, str, str]]:
    """A draft's relationships as (type, start name, end name)."""
    draft = extract_text(text, "t")
    names = {n.id: n.name for n in draft.nodes.values()}
    return {(r.type, names[r.start], names[r.end]) for r in draft.relationships}


JD = "Job Title: Widget Officer\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    # a field naming a person alone: the person holds a seat named for the line
    (JD + "Line Manager: Jo Example\n",
     {("REPORTS_TO", "Widget Officer", "Line Manager of the Widget Officer"),
      ("HOLDS", "Jo Example", "Line Manager of the Widget Officer")}),
    # a person and their post, either way round, set off by a comma, a dash or a bracket
    (JD + "Reports to: Director of Widgets, Jo Example\n",
     {("REPORTS_TO", "Widget Officer", "Director of Widgets"),
      ("HOLDS", "Jo Example", "Director of Widgets")}),
    (JD + "Accountable to: Dr Jo Example (Head of Widgets)\n",
     {("ACCOUNTABLE_TO", "Widget Officer", "Head of Widgets"),
      ("HOLDS", "Dr Jo Example", "Head of Widgets")}),
    # a post in lower case before the name; a form of address read as a post is the name's
    (JD + "The post holder will report to chief widget officer Professor Jo Example.\n",
     {("REPORTS_TO", "Widget Officer", "chief widget officer"),
      ("HOLDS", "Professor Jo Example", "chief widget officer")}),
    # a person as the subject: alone, in apposition, after a comma that opens a clause
    ("Dr Jo Example chairs the Widget Board.\n",
     {("CHAIRS", "Chair of the Widget Board", "Widget Board"),
      ("HOLDS", "Dr Jo Example", "Chair of the Widget Board")}),
    ("J. Example, Director of Widgets, sits on the Gadget Board.\n",
     {("MEMBER_OF", "Director of Widgets", "Gadget Board"),
      ("HOLDS", "J. Example", "Director of Widgets")}),
    ("I will be away in June, and my deputy Jo Example will become Acting Widget Director.\n",
     {("DEPUTISES_FOR", "deputy", "Widget Director"), ("HOLDS", "Jo Example", "deputy")}),
    # a body's sentence naming its member or chair by name
    ("The Widget Board also includes finance director Jo Example.\n",
     {("MEMBER_OF", "finance director", "Widget Board"),
      ("HOLDS", "Jo Example", "finance director")}),
    # a seat's field on a body's page: the person holds the post after their name
    ("Widget Committee\n\nChair: Jo Example, Lay Member\n",
     {("CHAIRS", "Lay Member", "Widget Committee"), ("HOLDS", "Jo Example", "Lay Member")}),
    # a person appointed to a post holds it, and the post's facts are theirs
    ("New Widget Manager for Westshire Widget Trust\n\nWestshire Widget Trust has appointed "
     "Jo Example as its new Widget Manager. Jo Example will report to the Director of Widgets.\n",
     {("REPORTS_TO", "Widget Manager", "Director of Widgets"),
      ("HOLDS", "Jo Example", "Widget Manager")}),
])
def test_a_person_at_an_end_holds_the_post(text: str, expected: set[tuple[str, str, str]]):
    assert expected <= _facts(text)


@pytest.mark.parametrize("text", [
    JD + "Reports to: Director of Widgets Services\n",  # capitalised words after "of"
    JD + "Accountable to: Professor of Widget Science\n",  # a title, not a form of address
    JD + "Line Manager: Widget Manager, North Westshire\n",  # a place
    JD + "Reports to: Widget Manager (Eastshire Locality)\n",  # an area in brackets
    JD + "Reports to: Head of Widgets, Westshire Hospitals\n",  # an organisation
    JD + "The post holder will work closely with Statutory Framework Partners.\n",
    JD + "For an informal discussion please contact Jo Example, Widget Manager.\n",  # contact
    JD + "Yours sincerely\n\nJo Example\nChief Executive\n",  # a signature
    JD + "Work closely with the Gadget Lift core development team.\n",  # a name goes on
    JD + "Accountable to: Director of Widgets\nPay Band: Senior Manager\n",  # a label
])
def test_no_person_where_the_text_names_none(text: str):
    draft = extract_text(text, "t")
    assert [n.name for n in draft.nodes.values() if n.label == "Person"] == []


def test_a_name_before_a_clause_of_its_own_is_no_apposition():
    got = _facts(JD + "Reporting to Jo Example, the Widget Officer will lead the service.\n")
    assert ("REPORTS_TO", "Widget Officer", "Line Manager of the Widget Officer") in got
    assert ("HOLDS", "Jo Example", "Line Manager of the Widget Officer") in got
    assert ("HOLDS", "Jo Example", "Widget Officer") not in got


def test_a_name_after_its_post_in_a_list_is_not_the_next_posts_holder():
    got = _facts("The Widget Board comprises the Chief Executive Jo Example, Deputy Chief "
                 "Executive Sam Sample and the Director of Widgets.\n")
    assert ("HOLDS", "Jo Example", "Chief Executive") in got
    assert ("HOLDS", "Jo Example", "Deputy Chief Executive") not in got
