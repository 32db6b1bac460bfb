"""A seeded generator of rosters: a body's members listed by name, and lists that are none.

Written from the labelling guide (docs/extraction-labelling.md: MEMBER_OF and CHAIRS in the
cue table; "persons as ends"; "a chair listed in a body's composition chairs that body";
"vice-chair of X is MEMBER_OF"; "representatives of the following organisations"; observers
and regular attendees are members; ended relationships and one meeting's attendance are
not) and from how such lists are laid out, with made-up bodies, people, posts and
organisations. Each case is a text and the MEMBER_OF / CHAIRS facts it states, each as
(type, source, target) after :func:`~orggraph.extract.names.normalise`; a negative case
states none.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from orggraph.extract.names import normalise

FORENAMES = ("Jo", "Sam", "Alex", "Robin", "Kit", "Morgan", "Pat", "Lee", "Ash", "Drew",
             "Jules", "Remy")
SURNAMES = ("Example", "Sample", "Other", "Placeholder", "McWidget", "O'Gadget",
            "Smith-Widget", "MacSprocket", "Testcase", "Dummy", "Fixture", "Stub")
HONORIFICS = ("", "", "", "Dr ", "Mr ", "Mrs ", "Ms ", "Miss ", "Prof ", "Cllr ",
              "Councillor ", "Revd ")
POSTS = ("Widget Manager", "Director of Widgets", "Head of Gadget Services",
         "Consultant Widget Physician", "Gadget Therapist", "Lead Sprocket Nurse",
         "Chief Widget Officer", "Associate Director of Gadgets", "Sprocket Pharmacist",
         "Widget Practitioner")
ORGANISATIONS = ("Westshire University", "Royal College of Widgets", "Eastshire County Council",
                 "Westshire Widget Trust", "Northshire Gadget Society",
                 "Southshire Sprocket Association", "Westshire Widget Institute",
                 "Eastshire Gadget College", "NHS Northshire")
PLACES = ("Westshire", "Eastshire", "Northshire", "Southshire", "Midshire")
TOPICS = ("Widget", "Gadget", "Sprocket", "Widget Quality", "Gadget Safety")
KINDS = ("Committee", "Forum", "Board", "Partnership Board", "Advisory Group",
         "Programme Board", "Sub-Committee")


@dataclass
class Case:
    """A made-up text, the family of layout it shows, and the facts it states."""

    family: str
    text: str
    facts: set[tuple[str, str, str]] = field(default_factory=set)


class Maker:
    """Made-up names drawn with one seeded random generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def body(self) -> str:
        return f"{self.rng.choice(PLACES)} {self.rng.choice(TOPICS)} {self.rng.choice(KINDS)}"

    def people(self, n: int) -> list[str]:
        names = [f"{f} {s}" for f in (*FORENAMES, "A.", "J. R.") for s in SURNAMES]
        return [("Dr " if name[1] == "." else self.rng.choice(HONORIFICS)) + name
                for name in self.rng.sample(names, n)]

    def post(self) -> str:
        return self.rng.choice(POSTS)

    def caps(self, line: str) -> str:
        return line.upper() if self.rng.random() < 0.25 else line


def _fact(rtype: str, source: str, target: str) -> tuple[str, str, str]:
    return rtype, normalise(source), normalise(target)


def _title(m: Maker, body: str) -> str:
    """The lines that name the body a roster belongs to."""
    return m.rng.choice((f"{body}\n\nTerms of Reference\n",
                         f"Terms of Reference for the {body}\n",
                         f"{m.caps(body)}\n",
                         f"{body} – Terms of Reference\n"))


_PURPOSE = ("1. Purpose\n\nThe purpose of the committee is to oversee the quality of widget "
            "services.\n")
_AFTER = ("\n{n}. Quorum\n\nThe meeting shall be quorate when three members are present.\n",
          "\nQuorum\nThree members, one of whom is the chair\n",
          "\nFrequency of meetings\n\nMeetings are held every two months.\n")


def _entry(m: Maker, name: str, role: str) -> str:
    """One person's line, in one of the layouts such lists use."""
    post = m.post()
    mark = {"chair": m.rng.choice((" (Chair)", " (Chairperson)", " (Chairman)", " (chair)")),
            "vice": m.rng.choice((" (Vice Chair)", " (Vice-Chair)", " (Deputy Chair)")),
            "": ""}[role]
    if role == "chair" and m.rng.random() < 0.2:
        return m.rng.choice((f"Chair: {name}", f"Chair – {name}, {post}"))
    return m.rng.choice((f"{name}{mark}", f"{name} {post}{mark}", f"{name} – {post}{mark}",
                         f"{name}, {post}{mark}", f"{name}{mark} – {post}",
                         f"{name}\t{post}{mark}"))


def _people_roster(m: Maker, n: int, chair: bool = True
                   ) -> tuple[list[str], list[tuple[str, str]]]:
    """Entry lines and (person, role) pairs: a chair first or not, a vice-chair maybe."""
    people = m.people(n)
    roles = ["chair" if i == 0 and chair and m.rng.random() < 0.6 else
             "vice" if i == 1 and m.rng.random() < 0.4 else "" for i in range(n)]
    bullet = m.rng.choice(("", "", "• ", "- ", "{n}. "))
    return [bullet.format(n=n + 1) + _entry(m, p, r)
            for n, (p, r) in enumerate(zip(people, roles, strict=True))], \
        list(zip(people, roles, strict=True))


def _facts(pairs: list[tuple[str, str]], body: str) -> set[tuple[str, str, str]]:
    return {_fact("CHAIRS" if role == "chair" else "MEMBER_OF", person, body)
            for person, role in pairs}


def membership_list(m: Maker) -> Case:
    """Terms of reference: a membership heading over people, one a line."""
    body = m.body()
    lines, pairs = _people_roster(m, m.rng.randint(3, 7))
    heading = m.caps(m.rng.choice(("Membership", "2. Membership", "Membership:", "Members",
                                   "Core membership", "Committee Members")))
    gap = m.rng.choice(("\n", "\n\n"))
    text = (_title(m, body) + "\n" + _PURPOSE + "\n" + heading + gap + "\n".join(lines) +
            "\n" + m.rng.choice(_AFTER).format(n=3))
    return Case("membership heading", text, _facts(pairs, body))


def voting_lists(m: Maker) -> Case:
    """Voting and non-voting members under their own sub-headings."""
    body = m.body()
    one, pairs_one = _people_roster(m, m.rng.randint(2, 4))
    two, pairs_two = _people_roster(m, m.rng.randint(2, 4), chair=False)
    text = (_title(m, body) + "\nMembership\n\nVoting Members\n" + "\n".join(one) +
            "\n\nNon-Voting Members\n" + "\n".join(two) + "\n" + m.rng.choice(_AFTER).format(n=4))
    return Case("voting sub-headings", text, _facts(pairs_one + pairs_two, body))


def run_together(m: Maker) -> Case:
    """An agenda's distribution list as a page viewer prints it: every entry run together."""
    body = m.body()
    people = [p for p in m.people(m.rng.randint(4, 7)) if not p.startswith(("Dr", "Mr", "Ms",
                                                                           "Miss", "Mrs"))]
    people = people if len(people) >= 3 else ["Jo Example", "Sam Sample", "Kit Other"]
    run = f"{people[0]} (Chair)" + "".join(people[1:])
    tail = m.rng.choice(("", "Head of Widget Services – Westshire Council", "Widget Team"))
    text = (f"Westshire Council\n\nAgenda{body}Date:Monday, 2 March 2026Time:10:00"
            f"Contact:Kit Stub, Committee Officer\n\nDistribution:Voting Members{run}{tail}"
            "Date of issue: 20 February 2026\n\n1 APOLOGIES2 DECLARATIONS OF INTEREST\n")
    return Case("run-together distribution", text,
                _facts([(people[0], "chair"), *((p, "") for p in people[1:])], body))


def name_then_post(m: Maker) -> Case:
    """A person on one line, their post and role on the next."""
    body = m.body()
    people = m.people(3)
    text = (f"{body}\n\nMembership\n\n{people[0]}\n\n{m.post()} (Chairperson)\n\n"
            f"{people[1]} {m.post()}\n{people[2]} {m.post()}\n\nQuorum\n\nThree members.\n")
    return Case("name then post", text,
                _facts([(people[0], "chair"), (people[1], ""), (people[2], "")], body))


def organisations(m: Maker) -> Case:
    """A body whose members are the organisations listed after a lead-in."""
    body = m.body()
    orgs = m.rng.sample(ORGANISATIONS, m.rng.randint(3, 5))
    formed = m.rng.choice(("Consortium", "Westshire Widget Alliance", "Gadget Collaborative"))
    lead = m.rng.choice(("It is a committee comprising representatives of the following "
                         "organisations:",
                         f"The following organisations will have member status on the {body}:",
                         f"The organisations that form the {formed} will have member "
                         f"status on the {body}. These organisations are as follows:"))
    also = {_fact("MEMBER_OF", o, formed) for o in orgs} if "form the" in lead else set()
    bullet = m.rng.choice(("", "• "))
    suffix = m.rng.choice(("", " (Widget Studies)"))
    lines = [bullet + o + (suffix if i == 0 else "") for i, o in enumerate(orgs)]
    post = f"Director of the {formed}" if "form the" in lead else ""
    lines += [bullet + post] if post else []
    text = (f"{body}\nTerms of Reference\n\n1.1 The {body} is established by the partners.\n"
            f"1.2 {lead}\n" + "\n".join(lines) + "\n2.1 The committee meets monthly.\n")
    return Case("organisations lead-in", text,
                {_fact("MEMBER_OF", o, body) for o in (*orgs, *[post] * bool(post))} | also)


def lead_in(m: Maker) -> Case:
    """A sentence ending with a colon says the list below holds the body's members."""
    body = m.body()
    lines, pairs = _people_roster(m, m.rng.randint(3, 5))
    lead = m.rng.choice((f"The membership of the {body} is as follows:",
                         f"The members of the {body} are:",
                         f"Membership of the {body} will be:",
                         f"The {body} comprises the following:"))
    text = (f"Terms of Reference\n\n{lead}\n\n" + "\n".join(lines) + "\n\n"
            "Members are expected to attend at least three meetings a year.\n")
    return Case("membership lead-in", text, _facts(pairs, body))


def attending(m: Maker) -> Case:
    """Terms of reference that list who attends every meeting and who observes: regular
    participants, members whatever their vote."""
    body = m.body()
    lines, pairs = _people_roster(m, 3)
    others = m.people(2)
    heading = m.rng.choice(("In attendance", "In Attendance:", "Observers", "IN ATTENDANCE"))
    text = (f"{body}\nTerms of Reference\n\nMembership\n" + "\n".join(lines) +
            f"\n\n{heading}\n" + "\n".join(f"{p} – {m.post()}" for p in others) +
            "\n\nThe secretary will take the minutes of each meeting.\n")
    return Case("attendance and observers", text,
                _facts([*pairs, *((p, "") for p in others)], body))


def inline_list(m: Maker) -> Case:
    """Members given inline after the heading's colon, people or organisations."""
    body = m.body()
    label = m.caps(m.rng.choice(("Membership:", "Members:", "Core membership:")))
    if m.rng.random() < 0.5:
        orgs = m.rng.sample(ORGANISATIONS, 3)
        line, facts = ", ".join(orgs), {_fact("MEMBER_OF", o, body) for o in orgs}
    else:
        people = m.people(m.rng.randint(3, 4))
        joint = m.rng.choice((", ", "; "))
        line = f"{people[0]} (Chair){joint}" + joint.join(people[1:-1]) + f" and {people[-1]}"
        facts = _facts([(people[0], "chair"), *((p, "") for p in people[1:])], body)
    end = m.rng.choice((".", ""))
    text = f"{_title(m, body)}\n{label} {line}{end}\n\nThe committee meets quarterly.\n"
    return Case("inline list", text, facts)


def chairs_list(m: Maker) -> Case:
    """A list headed as the chairs of other bodies: each person chairs the body on their line
    (one fact per body when a slash joins two)."""
    people = [p for p in m.people(4)]
    bodies = [m.body() for _ in people]
    bullet = m.rng.choice(("• ", "- ", ""))
    sep = m.rng.choice((" ", " – ", ", "))
    second = m.body()
    lines = [f"{bullet}{p}{sep}{b}" for p, b in zip(people, bodies, strict=True)]
    lines[-1] += f" / {second}"
    heading = m.rng.choice(("Partner Board Chairs", "Committee Chairs:", "LOCAL FORUM CHAIRS",
                            "Chairs"))
    text = (f"Westshire Widget Network\n\nMeeting of 3 March\n\n{heading}\n\n" +
            "\n".join(lines) + "\n\nOfficers\n\n" + f"{m.people(1)[0]} {m.post()}\n")
    facts = {_fact("CHAIRS", p, b) for p, b in zip(people, bodies, strict=True)}
    return Case("chairs list", text, facts | {_fact("CHAIRS", people[-1], second)})


def negative(m: Maker) -> Case:
    """Lists of people that state no membership: one meeting's attendance, contacts, a
    signature, former members, a staff directory."""
    body = m.body()
    people = m.people(4)
    kind = m.rng.randrange(9)
    text = [
        f"Minutes of the meeting of the {body}\n\nPresent:\n" + "\n".join(people[:2]) +
        "\n\nApologies:\n" + "\n".join(people[2:3]) + "\n\nIn attendance:\n" + people[3] +
        "\n\n1. Welcome\n\nThe chair welcomed members.\n",
        f"{body}\n\nContacts\n" + "\n".join(f"{p} – {m.post()}" for p in people[:3]) + "\n",
        f"{body}\n\nThe next meeting is on 4 May.\n\nYours sincerely\n\n{people[0]}\n"
        f"{m.post()}\n",
        f"{body}\n\nFormer members:\n" + "\n".join(people[:3]) + "\n",
        f"{body}\n\nOur team\n" + "\n".join(f"{p} {m.post()}" for p in people) + "\n",
        f"{body}\n\nMembership\n\nMembership of the committee is reviewed each year by "
        f"the chair.\n\nSigned: {people[0]}, Chair\n",
        "Westshire Widget Service\n\nOur members of staff:\n" +
        "\n".join(f"{p} – {m.post()}" for p in people[:3]) + "\n",
        f"Memo\n\nDistribution: All Widget Managers\nFrom: {people[0]}, {m.post()}\n"
        f"The {body} will meet on Monday.\n",
        f"Key Relationships\nKey relationships will be with all members of the {body}, as "
        f"well as:\n\n· Westshire Widget Team\n· Gadget Place Leads\n· Westshire University\n",
    ][kind]
    return Case("not a roster", text)


FAMILIES: tuple[Callable[[Maker], Case], ...] = (membership_list, voting_lists, run_together,
                                                 name_then_post, organisations, lead_in,
                                                 attending, chairs_list, inline_list,
                                                 negative)


def cases(n: int = 300, seed: int = 20) -> Iterator[Case]:
    """``n`` cases, the families in turn, drawn with ``seed``."""
    m = Maker(seed)
    for i in range(n):
        yield FAMILIES[i % len(FAMILIES)](m)
