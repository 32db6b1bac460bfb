"""A seeded generator of made-up texts that name a person at an end of a fact.

The labelling guide writes a person as the end of a fact when the text names one where a
post belongs ("Line Manager: Jo Example", "reporting to chief widget officer Jo Example",
"the board also includes finance director Jo Example", "Jo Example, Director of Widgets,
chairs the X", "Director of Widgets, Jo Example", "Jo Example (Chair)"). Each case here
says one such fact in one of the shapes English gives it: a person alone or with their
post before or after the name (a comma, a dash, a bracket, nothing between), with an
honorific ("Dr", "Cllr", "the Rev"), initials, in capitals, across a page viewer's line
break, without a full stop; as the far end of a line, a deputising or a working
relationship, and as the subject of a membership, a chairing, a deputising or a line.
Negatives name no person where a post belongs: capitalised titles that are no names
("Director of Widgets Services", "Professor of Widget Science"), places and organisations
after a post ("Widget Manager, North Westshire", "Head of Widgets, Westshire Hospitals"),
and people in a signature or a contact line, which state no fact.

Everything is invented (Westshire, widgets, Jo Example); nothing is taken from a corpus
document. ``python -m tests.people_cases [SEED]`` prints the rates per family.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass

#: The types a person may be an end of.
TYPES = ("ACCOUNTABLE_TO", "RESPONSIBLE_TO", "REPORTS_TO", "DEPUTISES_FOR", "MEMBER_OF",
         "CHAIRS", "WORKS_WITH")
#: The described posts.
SUBJECTS = ("Widget Officer", "Gadget Coordinator", "Senior Widget Analyst", "Widget Nurse")
#: Capitalised posts a person may hold.
POSTS = ("Director of Widgets", "Head of Gadget Services", "Widget Manager",
         "Chief Widget Officer", "Associate Director of Gadgets", "Lead Nurse for Widgets",
         "Gadget Services Manager", "Deputy Director of Widget Care")
#: The same kind of posts written in lower case before a name.
LOWER_POSTS = ("finance director", "chief widget officer", "widget manager",
               "medical director", "head of gadgets")
#: Standing bodies.
BODIES = ("Westshire Widget Committee", "Gadget Board", "Widget Safety Forum",
          "Eastshire Gadget Partnership Board")
#: Forenames and surnames of made-up people.
FORENAMES = ("Jo", "Sam", "Alex", "Kit", "Lee", "Pat", "Robin", "Ash")
SURNAMES = ("Example", "Sample", "Other", "Stub", "Dummy", "Placeholder", "McInstance",
            "O'Mock", "Fixture-Jones")
#: Forms of address before a name (as written; "the Rev" keeps its article in prose).
HONOURS = ("", "", "", "Dr ", "Cllr ", "Mrs ", "Mr ", "Professor ", "Rev ", "Councillor ")


@dataclass(frozen=True)
class Case:
    """One made-up text: its family, the text, the facts it states (type, source, target as
    the guide writes them; "A|B" where the guide allows either) and the people it names in
    a fact."""

    family: str
    text: str
    facts: tuple[tuple[str, str, str], ...]
    people: tuple[str, ...]


def person(rng: random.Random) -> str:
    """A made-up person as a text names one: an honorific, initials, a full name."""
    fore, sur = rng.choice(FORENAMES), rng.choice(SURNAMES)
    shape = rng.random()
    if shape < 0.12:
        return f"{fore[0]}. {sur}"
    if shape < 0.2:
        return f"{fore} {rng.choice('ABCDR')}. {sur}"
    return rng.choice(HONOURS) + f"{fore} {sur}"


def _with_post(rng: random.Random, who: str, post: str) -> str:
    """A person and their post written together, in one of the shapes English gives it."""
    return rng.choice([f"{who}, {post}", f"{post}, {who}", f"{who} – {post}",
                       f"{post} – {who}", f"{who} ({post})", f"{post} ({who})",
                       f"{post} {who}"])


#: Field labels of the line types, as data.
LABELS = {"REPORTS_TO": ("Line Manager", "Reports to", "Managed by", "Immediate Line Manager",
                         "Line managed by", "Reporting to"),
          "ACCOUNTABLE_TO": ("Accountable to", "Professionally accountable to"),
          "RESPONSIBLE_TO": ("Responsible to",)}


def _head(rng: random.Random, subject: str) -> str:
    return rng.choice([f"Job Title: {subject}\n\n", f"JOB TITLE: {subject.upper()}\n\n",
                       f"Job Description\n\nPost: {subject}\n\n"])


_TAIL = ("", "\nMain duties\n\nTo keep the widget register up to date.\n",
         "\nJob purpose\nThe post holder will maintain the gadget stock.\n")


def field(rng: random.Random) -> Case:
    """A labelled field whose value names a person, alone or with their post."""
    subject, rtype = rng.choice(SUBJECTS), rng.choice(list(LABELS))
    label, who = rng.choice(LABELS[rtype]), person(rng)
    value = who if rng.random() < 0.45 else _with_post(rng, who, rng.choice(POSTS))
    if rng.random() < 0.15:
        label, value = label.upper(), value
    text = rng.choice([f"{label}: {value}\n", f"{label}:\t{value}\n", f"{label}:\n{value}\n",
                       f"{label}            {value}\n", f"2. {label}: {value}\n"])
    return Case("field", _head(rng, subject) + text + rng.choice(_TAIL),
                ((rtype, subject, who),), (who,))


#: Sentences stating a line, a deputising or a working relationship with a person
#: (``{s}`` the subject, ``{v}`` the person with or without their post).
LINES = (("REPORTS_TO", "{s} will report to {v}"), ("REPORTS_TO", "{s} reports directly to {v}"),
         ("REPORTS_TO", "{s} is line managed by {v}"),
         ("REPORTS_TO", "Reporting to {v}, {s} will lead the widget service"),
         ("ACCOUNTABLE_TO", "{s} is accountable to {v}"),
         ("ACCOUNTABLE_TO", "{s} shall be professionally accountable to {v}"),
         ("RESPONSIBLE_TO", "{s} is responsible to {v}"),
         ("DEPUTISES_FOR", "{s} will deputise for {v}"),
         ("DEPUTISES_FOR", "{s} deputises for {v} in their absence"),
         ("WORKS_WITH", "{s} will work closely with {v}"),
         ("WORKS_WITH", "{s} liaises with {v}"),
         ("REPORTS_TO", "{s} is managed by {v}"),
         ("DEPUTISES_FOR", "In the absence of {v}, {s} will chair the widget meeting"),
         ("WORKS_WITH", "{s} works in partnership with {v}"),
         ("REPORTS_TO", "{s} shall report to {v} for all widget matters"))
_SELVES = ("The post holder", "The postholder", "You", "The {t}")


def sentence(rng: random.Random) -> Case:
    """A sentence whose far end is a person: alone, after a post in lower case ("chief
    widget officer Jo Example"), or with a capitalised post in any shape; a full stop or
    none, a page viewer's line break inside it."""
    subject, (rtype, shape), who = rng.choice(SUBJECTS), rng.choice(LINES), person(rng)
    pick = rng.random()
    value = who if pick < 0.3 else f"{rng.choice(LOWER_POSTS)} {who}" if pick < 0.55 else \
        _with_post(rng, who, rng.choice(["the " + p for p in POSTS] + list(POSTS)))
    s = rng.choice(_SELVES).format(t=subject)
    said = shape.format(s=s if shape.startswith("{s}") else s[0].lower() + s[1:], v=value)
    if s == "You":  # the verb written for "you"
        for third, second in (("You is", "You are"), ("reports", "report"),
                              ("deputises", "deputise"), ("liaises", "liaise")):
            said = said.replace(third, second)
    said = said[0].upper() + said[1:]
    if rng.random() < 0.2:  # a page viewer's line break inside the sentence
        cut = said.rfind(" ", 0, said.find(who) - 1 if who in said else len(said))
        cut = cut if said[cut + 1:cut + 2] not in "–(" else said.rfind(" ", 0, cut)
        # (a line opening with a dash is a bullet)
        said = said[:cut] + "\n" + said[cut + 1:] if cut > 0 else said
    end = rng.choice([".", ".", ""])
    return Case("sentence", _head(rng, subject) + said + end + "\n" + rng.choice(_TAIL),
                ((rtype, subject, who),), (who,))


#: Sentences whose subject is a person (``{w}``: the person, with or without a post).
SUBJECT_SHAPES = (("CHAIRS", "{w} chairs the {b}"), ("CHAIRS", "{w} will chair the {b}"),
                  ("CHAIRS", "{w} has been appointed Chair of the {b}"),
                  ("MEMBER_OF", "{w} is a member of the {b}"),
                  ("MEMBER_OF", "{w} sits on the {b}"),
                  ("DEPUTISES_FOR", "{w} will deputise for the {p}"),
                  ("REPORTS_TO", "{w} reports to the {p}"),
                  ("CHAIRS", "{w} is the Chairman of the {b}"),
                  ("MEMBER_OF", "{w} has been appointed to the {b}"))


def subject(rng: random.Random) -> Case:
    """A person as the subject: alone, their post in apposition ("Jo Example, Director of
    Widgets, chairs …", "The Director of Widgets, Jo Example, chairs …") or before the name
    ("Director of Widgets Jo Example will chair …")."""
    rtype, shape = rng.choice(SUBJECT_SHAPES)
    who, post, body = person(rng), rng.choice(POSTS), rng.choice(BODIES)
    lower = rng.choice(LOWER_POSTS)
    other = rng.choice([p for p in POSTS if p != post and p.lower() != lower])
    w = rng.choice([who, who, f"{who}, {post},", f"The {post}, {who},", f"{post} {who}",
                    f"Our {lower} {who}", f"The {lower}, {who},"])
    said = shape.format(w=w, b=body, p=other).replace(",,", ",")
    if rng.random() < 0.2:  # a clause joined to another: its own subject is the person
        lead = rng.choice(["I will be on leave from June, and", "The board met in May, but",
                           f"The {other} will lead the review, and", "However, from June,",
                           "In the interim,"])
        said = f"{lead} {said[0].lower() + said[1:]}" if said.startswith(("Our", "The")) \
            else f"{lead} {said}"
    target = body if rtype in ("CHAIRS", "MEMBER_OF") else other
    head = rng.choice(["", f"{body}\n\n", "Westshire Widget Trust\n\n"])
    return Case("subject", head + said + rng.choice([".", ".", ""]) + "\n",
                ((rtype, who, target),), (who,))


def body(rng: random.Random) -> Case:
    """A body's sentence naming a person as its member or its chair ("The X also includes
    finance director Jo Example", "The X is chaired by Dr Jo Example"), or a seat's field on
    the body's page ("Chair: Jo Example")."""
    b, who = rng.choice(BODIES), person(rng)
    pick = rng.random()
    if pick < 0.2:  # a seat's field on the body's own page
        label = rng.choice(["Chair", "Chairman", "Chairperson", "Vice Chair"])
        value = who if rng.random() < 0.6 else _with_post(rng, who, rng.choice(POSTS))
        value = value if not value.startswith(tuple(POSTS)) else who  # the name first
        rtype = "MEMBER_OF" if label.startswith("Vice") else "CHAIRS"
        return Case("body", f"{b}\n\n{label}: {value}\n\nThe {b.split()[-1].lower()} meets "
                    "monthly.\n", ((rtype, who, b),), (who,))
    if pick < 0.5:
        value = f"{rng.choice(LOWER_POSTS)} {who}" if rng.random() < 0.5 else \
            _with_post(rng, who, rng.choice(POSTS))
        verb = rng.choice(["also includes", "includes", "is made up of"])
        return Case("body", f"The {b} {verb} {value}.\n", (("MEMBER_OF", who, b),), (who,))
    value = who if pick < 0.75 else _with_post(rng, who, rng.choice(POSTS))
    return Case("body", f"The {b} is chaired by {value}.\n", (("CHAIRS", who, b),), (who,))


def negative(rng: random.Random) -> Case:
    """A text that names no person where a post belongs: a capitalised title that is no
    name, a place or an organisation after a post, a person in a signature or a contact line
    (no fact at all)."""
    subject, post = rng.choice(SUBJECTS), rng.choice(POSTS)
    who = person(rng)
    shapes: list[tuple[str, tuple[tuple[str, str, str], ...]]] = [
        ("Reports to: Director of Widgets Services\n",
         (("REPORTS_TO", subject, "Director of Widgets Services"),)),
        ("Accountable to: Professor of Widget Science\n",
         (("ACCOUNTABLE_TO", subject, "Professor of Widget Science"),)),
        ("The post holder will report to the Head of Gadget Engineering Services.\n",
         (("REPORTS_TO", subject, "Head of Gadget Engineering Services"),)),
        # a place or an organisation after the post: the guide keeps or drops it (either)
        (f"Line Manager: {post}, North Westshire\n",
         (("REPORTS_TO", subject, f"{post}|{post}, North Westshire"),)),
        (f"Reports to: {post}, Westshire Hospitals\n",
         (("REPORTS_TO", subject, f"{post}|{post}, Westshire Hospitals"),)),
        (f"Reports to: {post} (Eastshire Locality)\n", (("REPORTS_TO", subject, post),)),
        ("The post holder will work closely with Westshire Hospitals and Eastshire "
         "Council.\n", (("WORKS_WITH", subject, "Westshire Hospitals"),
                        ("WORKS_WITH", subject, "Eastshire Council"))),
        ("The Professor of Widget Science chairs the Gadget Board.\n",
         (("CHAIRS", "Professor of Widget Science", "Gadget Board"),)),
        (f"For an informal discussion please contact {who}, {post}, on 01234 567890.\n", ()),
        (f"Informal enquiries: {who} ({post}), {who.split()[-1].lower()}@westshire.example\n",
         ()),
        (f"Yours sincerely\n\n{who}\n{post}\nWestshire Widget Trust\n", ()),
        (f"Contact: {who}\nTelephone: 01234 567890\n", ()),
        (f"Signed: {who}    Date: 1 April\n{post}\n", ()),
        (f"Line Manager: {post}, Eastshire Locality\n",
         (("REPORTS_TO", subject, f"{post}|{post}, Eastshire Locality"),)),
        (f"Please send your application to {who}, {post}, by 1 April.\n", ()),
        (f"cc: {who}, {post}\n", ()),
        ("Person specification\nEssential\nExperience of reporting to a Director of "
         "Widgets\n", ()),
        # two capitalised words that go on in lower case, or a label on the next line
        ("The post holder will work closely with the Gadget Lift core development team.\n",
         (("WORKS_WITH", subject, "Gadget Lift core development team|Gadget Lift"),)),
        (f"Accountable to: {post}\nPay Band: Senior Manager\n",
         (("ACCOUNTABLE_TO", subject, post),)),
    ]
    text, facts = rng.choice(shapes)
    return Case("negative", _head(rng, subject) + text + rng.choice(_TAIL), facts, ())


def news(rng: random.Random) -> Case:
    """A news item or a letter: a person appointed to a post, then the post's line or seat
    said of the person ("Westshire has appointed Jo Example as its new Director of Widgets.
    Jo Example will report to the Chief Widget Officer"); the post is the source, and the
    person its holder."""
    who, post = person(rng), rng.choice(POSTS)
    other, b = rng.choice([p for p in POSTS if p != post]), rng.choice(BODIES)
    opening = rng.choice([f"Westshire Widget Trust has appointed {who} as its new {post}.",
                          f"{who} has been appointed as the new {post} of Westshire Widget "
                          "Trust.", f"We are pleased to announce that {who} has been appointed "
                          f"{post}."])
    rtype, said = rng.choice([("REPORTS_TO", f"{who} will report to the {other}"),
                              ("MEMBER_OF", f"{who} will also sit on the {b}"),
                              ("CHAIRS", f"{who} will chair the {b}")])
    target = other if rtype == "REPORTS_TO" else b
    return Case("news", f"New {post} for Westshire Widget Trust\n\n{opening} {said}.\n",
                ((rtype, f"{post}|{who}", target),), (who,))


FAMILIES = {"field": field, "sentence": sentence, "subject": subject, "body": body,
            "news": news, "negative": negative}


def cases(seed: int = 20, n: int = 500) -> list[Case]:
    """``n`` cases, the families in turn, drawn with ``random.Random(seed)``."""
    rng = random.Random(seed)
    makers = list(FAMILIES.values())
    return [makers[i % len(makers)](rng) for i in range(n)]


if __name__ == "__main__":
    from tests.test_extract_people import rates

    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    for family, (stated, exact, invented, given, people) in sorted(rates(seed).items()):
        print(f"{family:10s} stated {stated:4d} exact {exact / max(1, stated):.3f} "
              f"invented {invented / max(1, given):.3f} ({invented}) "
              f"people invented {people}")
