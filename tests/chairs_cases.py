"""A seeded generator of made-up texts that state, or seem to state, who chairs a body.

Written from the labelling guide's CHAIRS row, its vice-chair, deputy-chair and co-chair
rules, its "Cases the tables above leave open" (docs/extraction-labelling.md) and from
English grammar, never from a corpus document: the organisations, posts, bodies and people
are invented ("Widget Board", "Head of Gadgets", "Jo Example", "Westshire"). Each family says
who chairs a body in many ways: the verb after "will" / "shall" / "is to" / an adverb, a duty
written as an order or a gerund, "is / as / serve as / elected as the Chair of", the passive
("is chaired by", ", chaired by", "(chaired by …)", "It is chaired by", "one of the X"), "an
X-chaired Y", a title naming its body ("the Widget Board Chair", "the Chair of Widget
Board") wherever the text names it, a chair listed in a body's composition ("comprises a
Chair and …", "(including the Chair)"), a "Chair:" field of terms of reference (its value on
the same or the next line, in capitals, numbered), co-chairs, people named in news ("Jo
Example, chair of the X, said"), posts other than the described one, and the body's whole
name with what may follow it (an abbreviation in brackets, a relative clause, "meetings",
"each month"). Vice-chairs and deputy chairs are members, never chairs.

The negatives are what the guide leaves unlabelled: chairing as a skill or a duty with no
named body ("chair meetings effectively", "experience of chairing"), the chair of one
meeting, past chairs ("former", "previously chaired", "stepped down as", "outgoing", "until
2019"), "led by the chairman", a title "Chair" that says of no body, SUPPORTS / ADVISES
wording with an unnamed chair, and words that only contain "chair" ("Wheelchair Services").

A case's answer is a set of ``(type, sources, targets)``, each end a set of names after
:func:`~orggraph.extract.names.normalise` that the guide allows for it ("the Chair of the
Widget Board" is "Chair" or "Chair of the Widget Board"); :func:`score` counts the facts found
exactly and the CHAIRS / MEMBER_OF facts the extractor states that the case does not
(invented).

Run ``python -m tests.chairs_cases [SEED]`` to print the rates per family and the misses.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field

from orggraph.extract.evaluation import predicted_facts
from orggraph.extract.names import normalise
from orggraph.extract.pipeline import extract_text
from tests.generated import Tally, as_written, initials

#: The described posts (the document's "Job Title").
SUBJECTS = ("Widget Services Manager", "Director of Gadget Care", "Head of Sprocket Services")
#: Standing bodies, some with "and", "of" or "&" inside their name.
BODIES = ("Widget Board", "Gadget Committee", "Westshire Sprocket Partnership Board",
          "Widget and Gadget Committee", "Board of Gizmo Trustees", "Eastshire Widget Safety Forum",
          "Gadget Quality & Safety Group", "Northvale Sprocket Programme Board",
          "Widget Audit Committee", "Gizmo Clinical Network", "Westshire Widget Steering Group",
          "Sprocket Assurance Panel")
#: Organisations a person may chair in news ("chair of Westshire Widgets NHS Trust").
ORGS = ("Westshire Widgets NHS Trust", "NHS Eastshire", "Northvale Gadget Foundation Trust",
        "Westshire Sprocket Federation")
POSTS = ("Head of Widgets", "Director of Gadgets", "Widget Lead", "Sprocket Manager",
         "Lead Gadget Nurse", "Chief Widget Officer", "Associate Director of Sprockets",
         "Gizmo Coordinator", "Medical Director for Widgets", "Deputy Director of Gadgets",
         "Lay Member for Gadgets", "Non-Executive Director")
#: Seats written in lower case (singular, plural).
LOWER_SEATS = (("lay member", "lay members"), ("non-executive director", "non-executive directors"),
               ("independent member", "independent members"), ("GP member", "GP members"),
               ("widget governor", "widget governors"))
#: Counted seats of a composition ("five Widget Officers").
SEATS = ("Widget Officers", "Gadget Leads", "Sprocket Governors", "Lay Members",
         "Non-Executive Directors")
PEOPLE = ("Jo Example", "Dr Sam Sample", "Cllr Alex Other", "Professor Kit Stub",
          "Pat O'Mock", "Lee Placeholder")
COUNTS = ("two", "three", "four", "five", "six")
#: The described post as a subject: (at a sentence's start, inside one, "be", "s", "have").
#: and as an object.
SELVES = (("The post holder", "the post holder", "is", "s", "has", "the post holder"),
          ("The postholder", "the postholder", "is", "s", "has", "the postholder"),
          ("You", "you", "are", "", "have", "you"),
          ("The {T}", "the {T}", "is", "s", "has", "the {T}"),
          ("I", "I", "am", "", "have", "me"))
#: What may follow a body's name and is no part of it.
TAILS = ("", "", "", " ({abbr})", ", which meets monthly", " each month", " on behalf of the Trust",
         " meetings", " and its sub-groups")

#: (family, template, facts). Letters: ``{S}``/``{s}`` the described post, ``{be}``, ``{v}``,
#: ``{have}``, ``{o}`` (as an object); ``{b}``, ``{c}``, ``{e}`` bodies with their article, ``{B}``/``{C}`` bare names,
#: ``{Bc}`` a body opening a sentence, ``{tail}``; ``{p}``, ``{q}`` posts; ``{lo}``/``{los}`` a
#: seat in lower case and its plural; ``{m}`` counted seats, ``{n}`` a count; ``{who}`` a
#: person; ``{org}`` an organisation. Facts: ``TYPE:source>target``, ends by letter, ``a|b``
#: for ends the guide allows either of; ``s`` the described post, ``Chair``, ``BChair`` (the
#: "X Chair" title), ``ChairofB`` ("Chair of X") literal seats.
TEMPLATES: tuple[tuple[str, str, str], ...] = (
    # the described post chairs a body: the verb in its forms
    ("verb", "{S} chair{v} {b}{tail}.", "CHAIRS:s>b"),
    ("verb", "{S} will chair {b}{tail}.", "CHAIRS:s>b"),
    ("verb", "{S} shall chair {b}.", "CHAIRS:s>b"),
    ("verb", "{S} {be} to chair {b}.", "CHAIRS:s>b"),
    ("verb", "{S} will be expected to chair {b}{tail}.", "CHAIRS:s>b"),
    ("verb", "{S} {be} responsible for chairing {b}.", "CHAIRS:s>b"),
    ("verb", "The role includes chairing {b}.", "CHAIRS:s>b"),
    ("verb", "Main duties\n• Chair {b}{tail}\n• Keep the widget register", "CHAIRS:s>b"),
    ("verb", "Key tasks:\n- To chair {b}\n- To keep the widget register", "CHAIRS:s>b"),
    ("verb", "Duties include:\n• chairing {b} and {c}", "CHAIRS:s>b CHAIRS:s>c"),
    ("verb", "{S} will chair both {b} and {c}.", "CHAIRS:s>b CHAIRS:s>c"),
    ("verb", "{S} will chair {b}, {c} and {e}.", "CHAIRS:s>b CHAIRS:s>c CHAIRS:s>e"),
    ("verb", "{S} will lead and chair {b}.", "CHAIRS:s>b"),
    ("verb", "{S} chair{v} the monthly meetings of {b}.", "CHAIRS:s>b"),
    ("verb", "In addition, {s} will chair {b}.", "CHAIRS:s>b"),
    ("verb", "{S} currently chair{v} {b}.", "CHAIRS:s>b"),
    ("verb", "It is expected that {s} will chair {b}.", "CHAIRS:s>b"),
    ("verb", "{S} will also chair {b} and sit on {c}.", "CHAIRS:s>b MEMBER_OF:s>c"),
    ("verb", "3.2 {S} will chair {b}{tail}.", "CHAIRS:s>b"),
    # the described post is the Chair of a body
    ("predicate", "{S} {be} the Chair of {b}{tail}.", "CHAIRS:s>b"),
    ("predicate", "{S} {be} also Chair of {b}.", "CHAIRS:s>b"),
    ("predicate", "{S} will serve as Chair of {b}.", "CHAIRS:s>b"),
    ("predicate", "{S} will take on the role of Chair of {b}.", "CHAIRS:s>b"),
    ("predicate", "As Chair of {b}, {s} will lead its work.", "CHAIRS:s>b"),
    ("predicate", "{S} {have} been elected as the Chair of {b}.", "CHAIRS:s>b"),
    ("predicate", "{S} {be} the {B} Chair.", "CHAIRS:s|BChair>b"),
    ("predicate", "{S} will act as Chairperson of {b}.", "CHAIRS:s>b"),
    # the document's own post is a chair's title
    ("title", "@Chair of {B}\n\nThe post holder leads the widget programme.", "CHAIRS:s>b"),
    ("title", "@{B} Chair\n\nThe post holder leads the widget programme.", "CHAIRS:s>b"),
    ("title", "@Chair\n\nThe Chair will chair {b}{tail}.", "CHAIRS:s>b"),
    ("title", "@Independent Chair\n\nThe Independent Chair will chair {b}.", "CHAIRS:s>b"),
    # the passive and "X-chaired"
    ("passive", "{Bc} is chaired by the {p}{tail2}.", "CHAIRS:p>b"),
    ("passive", "{Bc} will be chaired by the {p}.", "CHAIRS:p>b"),
    ("passive", "{Bc} shall be chaired by the {p}.", "CHAIRS:p>b"),
    ("passive", "{Bc}, chaired by the {p}, meets monthly.", "CHAIRS:p>b"),
    ("passive", "{Bc} (chaired by the {p}) meets monthly.", "CHAIRS:p>b"),
    ("passive", "{Bc} meets monthly and is chaired by the {p}.", "CHAIRS:p>b"),
    ("passive", "{Bc} is currently chaired by the {p}.", "CHAIRS:p>b"),
    ("passive", "Meetings of {b} are chaired by the {p}.", "CHAIRS:p>b"),
    ("passive", "{Bc} is chaired by a {lo}.", "CHAIRS:lo>b"),
    ("passive", "{Bc} is chaired by one of the {los}.", "CHAIRS:lo>b"),
    ("passive", "{Bc} is chaired by the {p} or the {q}.", "CHAIRS:p>b CHAIRS:q>b"),
    ("passive", "{Bc} and {c} are both chaired by the {p}.", "CHAIRS:p>b CHAIRS:p>c"),
    ("passive", "{Bc} is chaired by {o}.", "CHAIRS:s>b"),
    ("passive", "The {p}-chaired {B} meets monthly.", "CHAIRS:p>b"),
    ("passive", "{S} will attend {b}, chaired by the {p}.", "MEMBER_OF:s>b CHAIRS:p>b"),
    ("passive", "{Bc} meets every month. It is chaired by the {p}.", "CHAIRS:p>b"),
    ("passive", "{Bc} is chaired by the {p}, who reports to the {q}.", "CHAIRS:p>b"),
    # a title naming the body it chairs, wherever the text names it
    ("named", "{S} will work closely with the {B} Chair.", "CHAIRS:BChair>b"),
    ("named", "{S} will work with the Chair of {b}.", "CHAIRS:Chair|ChairofB>b"),
    ("named", "{S} meet{v} regularly with the Chair of {B}.", "CHAIRS:ChairofB>b"),
    ("named", "The {B} Chair, {who}, will open the meeting.", "CHAIRS:who|BChair>b"),
    ("named", "{S} support{v} the {B} Chair in planning its agenda.", "CHAIRS:BChair>b"),
    # a chair in a body's composition
    ("composition", "{Bc} comprises a Chair and {n} {m}.", "CHAIRS:Chair>b MEMBER_OF:m>b"),
    ("composition", "{Bc} is made up of {n} {m} (including the Chair) and the {p}.",
     "CHAIRS:Chair>b MEMBER_OF:m>b MEMBER_OF:p>b"),
    ("composition", "{Bc} includes an Independent Chair, the {p} and the {q}.",
     "CHAIRS:IChair>b MEMBER_OF:p>b MEMBER_OF:q>b"),
    ("composition", "{Bc} consists of a non-executive chair, {n} {m} and the {p}.",
     "CHAIRS:nechair>b MEMBER_OF:m>b MEMBER_OF:p>b"),
    ("composition", "{Bc} is made up of {n} {m}, one of whom is the Chair.",
     "CHAIRS:Chair>b MEMBER_OF:m>b"),
    ("composition", "Membership of {b} includes:\n- Chair\n- {p}\n- {q}",
     "CHAIRS:Chair>b MEMBER_OF:p>b MEMBER_OF:q>b"),
    ("composition", "{Bc} comprises:\n• a Chair\n• {n} {m}\n• the {p}",
     "CHAIRS:Chair>b MEMBER_OF:m>b MEMBER_OF:p>b"),
    ("composition", "{Bc} comprises the {p} (Chair), the {q} and the {r}.",
     "CHAIRS:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    # terms of reference: a "Chair:" field
    ("terms", "{B} – Terms of Reference\n\nChair: {p}\nMembers: {q}, {r}",
     "CHAIRS:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("terms", "{B}\nTerms of Reference\n\nChair:\n{p}\n\nMembers:\n{q}\n{r}",
     "CHAIRS:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("terms", "{BU} TERMS OF REFERENCE\n\nCHAIR: {PU}\nMEMBERS: {QU}, {RU}",
     "CHAIRS:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("terms", "{B} terms of reference\n\nChairperson: {p}\nVice-Chair: {q}\nMembers: {r}",
     "CHAIRS:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("terms", "{B} – Terms of Reference\n\nChair: {who}\nMembers: {q}, {r}",
     "CHAIRS:who>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("terms", "{B}\nTerms of Reference\n\n1. Purpose\nTo oversee widget care.\n\n2. Chair\n"
     "2.1 {Bc} will be chaired by the {p}.\n\n3. Quorum\nThree members.", "CHAIRS:p>b"),
    ("terms", "{B}\n\nMembership\n{p} (Chair)\n{q} (Deputy Chair)\n{r}",
     "CHAIRS:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    # co-chairs (CHAIRS with the qualifier co-chair)
    ("co-chair", "{S} co-chair{v} {b} with the {p}.", "CHAIRS:s>b CHAIRS:p>b"),
    ("co-chair", "{S} will co-chair {b}.", "CHAIRS:s>b"),
    ("co-chair", "{S} {be} Co-Chair of {b}.", "CHAIRS:s>b"),
    ("co-chair", "{Bc} is co-chaired by the {p} and the {q}.", "CHAIRS:p>b CHAIRS:q>b"),
    ("co-chair", "{Bc} is jointly chaired by the {p} and the {q}.", "CHAIRS:p>b CHAIRS:q>b"),
    ("co-chair", "The {p} and the {q} co-chair {b}.", "CHAIRS:p>b CHAIRS:q>b"),
    # vice-chairs and deputy chairs are members (with the qualifier vice-chair)
    ("vice", "{S} {be} Vice-Chair of {b}.", "MEMBER_OF:s>b"),
    ("vice", "{S} {be} the Deputy Chair of {b}.", "MEMBER_OF:s>b"),
    ("vice", "{S} will act as vice chair of {b}.", "MEMBER_OF:s>b"),
    ("vice", "The {p} is Vice Chairman of {b}.", "MEMBER_OF:p>b"),
    ("vice", "{S} will serve as deputy chair of {b}.", "MEMBER_OF:s>b"),
    # people named in news and letters
    ("person", "{who}, chair of {b}, said the change was welcome.", "CHAIRS:who>b"),
    ("person", "{who}, the Chair of {b}, said the change was welcome.", "CHAIRS:who>b"),
    ("person", "{B} chair {who} said the change was welcome.", "CHAIRS:who|BChair>b"),
    ("person", "{who}, {B} Chair, said the change was welcome.", "CHAIRS:who|BChair>b"),
    ("person", "{who} has been appointed Chair of {b}.", "CHAIRS:who>b"),
    ("person", "{who} has been appointed as the new Chair of {b}.", "CHAIRS:who>b"),
    ("person", "{org} has appointed {who} as Chair of {b}.", "CHAIRS:who>b"),
    ("person", "{who} has been elected Chair of {b}.", "CHAIRS:who>b"),
    ("person", "{who} will chair {b}.", "CHAIRS:who>b"),
    ("person", "{who}, who chairs {b}, said the change was welcome.", "CHAIRS:who>b"),
    ("person", "{Bc} is chaired by {who}.", "CHAIRS:who>b"),
    ("person", "{who} takes up the role of Chair of {b} next month.", "CHAIRS:who>b"),
    ("person", "{who} is to become the new Chair of {b}.", "CHAIRS:who>b"),
    ("person", "{who}, chair of {org}, said the change was welcome.", "CHAIRS:who>org"),
    ("person", "{who} has chaired {b} since 2019.", "CHAIRS:who>b"),
    ("person", "{org} chair {who} said the change was welcome.", "CHAIRS:who>org"),
    ("person", "We are pleased to announce that {whoh}, a lay member, will chair {b}.",
     "CHAIRS:whoh>b"),
    ("person", "{who}, {org} chair, said the change was welcome.", "CHAIRS:who>org"),
    ("person", "The plan was agreed in May.\n\n{who}, Chair, {org}", "CHAIRS:who>org"),
    ("named", "{S} will meet the Chair of {org} each quarter.", "CHAIRS:Chair|ChairofOrg>org"),
    ("named", "{S} will meet the Chairman of the Trust each month.", "CHAIRS:Chairman>trust"),
    ("named", "The Board is led by the Chairman of the Trust {whoh}, and meets monthly.",
     "CHAIRS:Chairman|whoh>trust"),
    # another post as the subject
    ("other", "The {p} chairs {b}{tail}.", "CHAIRS:p>b"),
    ("other", "The {p} will chair {b}.", "CHAIRS:p>b"),
    ("other", "The {p} is the Chair of {b}.", "CHAIRS:p>b"),
    ("other", "The {p}, who chairs {b}, reports to the {q}.", "CHAIRS:p>b"),
    ("other", "The {p} will chair {b} and the {q} will chair {c}.", "CHAIRS:p>b CHAIRS:q>c"),
    ("other", "Reporting to the {q}, the {p} chairs {b}.", "CHAIRS:p>b"),
    ("other", "{S} will deputise for the {p}, who chairs {b}.", "CHAIRS:p>b"),
)

#: Texts that state no CHAIRS and no MEMBER_OF (the guide leaves them unlabelled).
NEGATIVES: tuple[str, ...] = (
    # chairing as a skill or a duty with no named body
    "Person specification\nEssential\n• Ability to chair meetings effectively",
    "Person specification\nDesirable\n• Experience of chairing multi-agency meetings",
    "Person specification\n• Experience of chairing a committee",
    "{S} will chair meetings as required.",
    "{S} will chair team meetings.",
    "{S} will chair case reviews and multi-disciplinary meetings.",
    "{S} may be asked to chair working groups from time to time.",
    "• Chair and minute the weekly team meeting",
    "Proven chairing skills are essential.",
    "{S} will chair interview panels as required.",
    # the chair of one meeting
    "{who} chaired the meeting.",
    "The meeting was chaired by {who}.",
    "Minutes of the meeting held on 4 May\nChair: {who}\nPresent: Sam Sample, Kit Stub",
    # past chairs and chairs dated to end
    "{who}, former chair of {b}, said the change was welcome.",
    "{who}, who previously chaired {b}, said the change was welcome.",
    "{who} stepped down as Chair of {b} in March.",
    "{who}, the outgoing Chair of {b}, thanked the staff.",
    "{who}, immediate past chair of {b}, said the change was welcome.",
    "{who} had chaired {b} for six years.",
    "{who} was Chair of {b} until 2019.",
    "{who} served as Chair of {b} from 2012 to 2018.",
    "{who} chaired {b} between 2010 and 2016.",
    "{Bc} was previously chaired by the {p}.",
    # "led by the chairman" alone; a "Chair" of no named body
    "The organisation is led by the chairman.",
    "@Chair\n\nThe Chair provides leadership to the organisation.",
    "{S} will report to the Chair.",
    "{S} will support the Chair in preparing agendas and papers.",
    "{S} will advise the Chair on governance matters.",
    # words that only contain "chair"
    "{S} will manage the Wheelchair Services budget.",
    "{S} will set out chairs and tables for the open day.",
)


@dataclass(frozen=True)
class Case:
    """A generated document and the facts it states: (type, source names, target names)."""

    family: str
    text: str
    want: frozenset[tuple[str, frozenset[str], frozenset[str]]] = field(default_factory=frozenset)
    shape: str = ""


def _slots(rng: random.Random) -> dict[str, str]:
    """The names a template's letters stand for (clean, without articles)."""
    b, c, e = rng.sample(BODIES, 3)
    p, q, r = rng.sample(POSTS, 3)
    lo, los = rng.choice(LOWER_SEATS)
    s = rng.choice(SUBJECTS)
    names_org = rng.choice(ORGS)
    return {"b": b, "c": c, "e": e, "p": p, "q": q, "r": r, "lo": lo, "los": los, "s": s,
            "m": rng.choice(SEATS), "who": rng.choice(PEOPLE), "org": names_org,
            "Chair": "Chair", "BChair": f"{b} Chair", "ChairofB": f"Chair of {b}",
            "ChairofOrg": f"Chair of {names_org}",
            "IChair": "Independent Chair", "nechair": "non-executive chair",
            "Chairman": "Chairman", "trust": "Trust", "whoh": rng.choice(PEOPLE[1:4])}


def _words(rng: random.Random, names: dict[str, str]) -> dict[str, str]:
    """The template's fields: names with their articles and tails, the subject's words."""
    first, inside, be, v, have, obj = rng.choice(SELVES)
    lead = rng.choice(("the ", "the ", "the ", "our ", "the Trust's "))
    tail = rng.choice(TAILS).format(abbr=initials(names["b"]))
    return {"S": first.format(T=names["s"]), "s": inside.format(T=names["s"]), "be": be, "v": v,
            "have": have, "o": obj.format(T=names["s"]), "b": lead + names["b"], "c": "the " + names["c"],
            "e": "the " + names["e"], "B": names["b"], "C": names["c"],
            "Bc": "The " + names["b"], "BU": names["b"].upper(), "tail": tail,
            "tail2": tail if not tail.startswith(" meetings") else "",
            "p": names["p"], "q": names["q"], "r": names["r"], "PU": names["p"].upper(),
            "QU": names["q"].upper(), "RU": names["r"].upper(), "lo": names["lo"],
            "los": names["los"], "m": names["m"], "n": rng.choice(COUNTS),
            "who": names["who"], "org": names["org"], "T": names["s"], "whoh": names["whoh"]}


def _facts(spec: str, names: dict[str, str]) -> frozenset[tuple[str, frozenset[str],
                                                                  frozenset[str]]]:
    """A template's facts with its letters replaced by the names the guide allows, normalised.

    >>> sorted(_facts("CHAIRS:p|Chair>b", {"p": "Widget Lead", "Chair": "Chair",
    ...                                   "b": "Widget Board"}))[0][1] == {"widget lead", "chair"}
    True
    """
    out = set()
    for item in spec.split():
        kind, _, ends = item.partition(":")
        source, target = ends.split(">")
        out.add((kind, frozenset(normalise(names[x]) for x in source.split("|")),
                 frozenset(normalise(names[x]) for x in target.split("|"))))
    return frozenset(out)


def _document(passage: str, family: str, subject: str) -> tuple[str, str]:
    """The document round a passage, and the described post: a "Job Title" field, the title
    the passage opens with ("@…"), or none for terms of reference and news."""
    if passage.startswith("@"):
        title, _, rest = passage[1:].partition("\n")
        return f"Job Title: {title}\n{rest}", title
    if family in ("terms", "composition"):
        return passage, subject
    return f"Job Title: {subject}\n\n{passage}", subject


def cases(seed: int = 20, n: int = 1000) -> Iterator[Case]:
    """``n`` generated documents, one in six a negative."""
    rng = random.Random(seed)
    for _ in range(n):
        names = _slots(rng)
        words = _words(rng, names)
        if words["S"] == "I":
            words["v"] = ""
        if rng.random() < 1 / 6:
            family, template, spec = "negative", rng.choice(NEGATIVES), ""
        else:
            family, template, spec = rng.choice(TEMPLATES)
        passage, shape = as_written(rng, template.format(**words))
        text, title = _document(passage, family, names["s"])
        names["s"] = title
        yield Case(family, text, _facts(spec, names), shape)


SCORED = ("CHAIRS", "MEMBER_OF")


def found(case: Case) -> tuple[set[tuple[str, frozenset[str], frozenset[str]]], list[str]]:
    """How many of the case's facts the extractor states exactly, and the CHAIRS / MEMBER_OF
    facts it states that the case does not."""
    draft = extract_text(case.text, "generated")
    hit = set()
    invented = []
    for f in predicted_facts(draft, case.text):
        if f.type not in SCORED:
            continue
        match = {w for w in case.want if w[0] == f.type and w[1] & f.start and w[2] & f.end}
        hit |= match
        if not match:
            invented.append(f.label)
    return hit, invented


def score(seed: int = 20, n: int = 1000) -> tuple[dict[str, Tally], list[str]]:
    """Tallies per family and overall (``"all"``), and the misses."""
    tallies: dict[str, Tally] = {"all": Tally()}
    misses = []
    for case in cases(seed, n):
        got, invented = found(case)
        hit = len(got)
        for key in ("all", case.family):
            t = tallies.setdefault(key, Tally())
            t.cases += 1
            t.noisy += bool(invented)
            t.wanted += len(case.want)
            t.hit += hit
            t.invented += len(invented)
            t.stated += hit + len(invented)
        misses += [f"{case.family}{case.shape}: missed {t}: {' | '.join(sorted(s))} -> "
                   f"{' | '.join(sorted(e))} in {case.text!r}" for t, s, e in case.want - got]
        misses += [f"{case.family}{case.shape}: invented {x} in {case.text!r}" for x in invented]
    return tallies, misses


def report(tallies: dict[str, Tally], misses: list[str]) -> str:
    """The tallies, one line a family, then the misses."""
    lines = [f"{name:12} exact {t.exact:.3f} ({t.hit}/{t.wanted})  "
             f"invented {t.invented_rate:.3f} ({t.invented}/{t.stated}) "
             f"in {t.noisy}/{t.cases} cases" for name, t in sorted(tallies.items())]
    return "\n".join(lines + misses)


if __name__ == "__main__":  # pragma: no cover - a report for whoever tunes the rules
    print(report(*score(int(sys.argv[1]) if len(sys.argv) > 1 else 20)))
