"""A seeded generator of reporting, accountability and deputising lines in made-up texts.

``tests/test_extract_lines.py`` drives it. Each case is a short made-up document (a job
description's opening, a news item or a letter) about an invented post of an invented
organisation, stating ACCOUNTABLE_TO, RESPONSIBLE_TO, REPORTS_TO or DEPUTISES_FOR in one
of many ways, or stating none of them. The wordings come from the labelling guide's cue
table and its "Cases the tables above leave open" (docs/extraction-labelling.md) and from
ordinary English grammar: cue variants, "is" / "will be" / "shall be", active and passive,
fronted and subordinate clauses, lists inline and one a line, brackets, dashes, qualifiers,
sentences without a full stop, a page viewer's line break inside a sentence, the
relationship stated about another post, narrative "I report to" and "has been appointed",
ALL CAPS labels and numbered clauses. Negatives are the guide's "not labelled" cases:
duties, "accountable for", "responsible for ensuring", meetings "as required", person
specification criteria, SUPPORTS and ADVISES wording, a title that begins "Deputy".

Each case lists the facts it states (type, source, target); every other fact of the four
types the extractor gives is invented.

>>> case = cases(seed=1, n=1)[0]
>>> case.family in FAMILIES and all(t in TYPES for t, _, _ in case.facts)
True
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

TYPES = ("ACCOUNTABLE_TO", "RESPONSIBLE_TO", "REPORTS_TO", "DEPUTISES_FOR")

#: Invented posts a line runs to (a capitalised title of the usual shapes).
POSTS = ("Director of Widgets", "Head of Gadget Services", "Widget Manager",
         "Chief Sprocket Officer", "Lead Nurse for Widgets", "Gadget Services Manager",
         "Associate Director of Sprockets", "Clinical Lead for Gizmos", "Senior Widget Nurse",
         "Widget Team Leader", "Head of Sprocket Operations", "Gizmo Matron",
         "Consultant in Widget Medicine", "Director of Widgets and Gadgets",
         "Assistant Director of Gizmo Care", "Principal Sprocket Officer")
#: Posts named in lower case, as the genre writes a generic manager.
LOWER_POSTS = ("line manager", "service manager", "team leader", "head of service")
#: Bodies a post may be accountable to.
BODIES = ("Widget Board", "Board of Directors", "Gadget Committee", "Westshire Partnership Board")
#: People named where a post belongs.
PEOPLE = ("Jo Example", "Sam Sample", "Alex Placeholder")
#: Posts the document describes.
SUBJECTS = ("Widget Coordinator", "Senior Gadget Officer", "Sprocket Practitioner",
            "Head of Gizmo Care", "Widget Services Officer", "Gadget Project Lead")
#: Groups of staff that report to the described post.
GROUPS = ("Widget Officers", "Gadget Assistants", "Sprocket Nurses", "Gizmo Technicians",
          "Widget Administrators", "Senior Gadget Practitioners")
ORGS = ("Westshire NHS Trust", "Eastborough Council", "Northvale Health Board",
        "Southmere Medical Practice")

#: What the genre says around a line and that states none of the four (fillers of every case
#: and the negatives' statements).
NEGATIVES = (
    "The post holder is accountable for the widget budget.",
    "The post holder will be responsible for ensuring that widgets are delivered on time.",
    "Responsible for: the day to day management of the widget budget",
    "To attend meetings as required.",
    "To support the Director of Widgets in planning the gadget service.",
    "To advise the Gadget Committee on sprocket policy.",
    "Experience of reporting to senior managers is essential.",
    "The post holder will work as part of the team.",
    "All staff are responsible to ensure that they comply with widget policy.",
    "To prepare a monthly report to the Gadget Committee.",
    "To present the annual report to the Widget Board.",
    "To produce reports to the Director of Widgets on gadget activity.",
    "The Deputy Director of Widgets will lead the sprocket review.",
    "The post holder has line management responsibility for the widget budget.",
    "To manage the gadget service within the agreed budget.",
    "To report any incidents to the appropriate person without delay.",
    "The post holder is accountable for their own professional practice.",
    "Ability to manage a busy workload and prioritise.",
    "To be responsible for the supervision of students on placement.",
    "Report writing skills (essential).",
    "The post holder will take responsibility for gadget audits in the absence of a policy.",
)
TRAILER = "\n\nMain duties\nTo lead the widget service across Westshire.\n"


@dataclass(frozen=True)
class Case:
    """A generated document, the family of its wording and the facts it states."""

    family: str
    text: str
    facts: tuple[tuple[str, str, str], ...]


Fact = tuple[str, str, str]


def _target(rng: random.Random, allow_lower: bool = True, allow_body: bool = False,
            allow_person: bool = False) -> str:
    pool = list(POSTS) + (list(LOWER_POSTS) if allow_lower else []) + \
        (list(BODIES) if allow_body else []) + (list(PEOPLE) if allow_person else [])
    return rng.choice(pool)


def _written(rng: random.Random, name: str, prose: bool) -> str:
    """A target as the text writes it: with an article or an owner before a post's title."""
    if name in PEOPLE:
        return name
    if name in LOWER_POSTS:
        return rng.choice(["the ", "your ", "their ", "the relevant "]) + name if prose else \
            rng.choice(["", "the "]) + name
    lead = rng.choice(["the ", "the ", "the Trust's ", ""]) if prose else rng.choice(["", "", "The "])
    return lead + name


def _join(rng: random.Random, names: list[str]) -> str:
    """Names as an inline list."""
    if len(names) == 1:
        return names[0]
    sep = rng.choice([", ", "; ", " / "])
    last = rng.choice([" and ", ", ", sep])
    return sep.join(names[:-1]) + last + names[-1]


#: Field labels per type (the guide's cue table, in the genre's cases and capitals).
FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "ACCOUNTABLE_TO": ("Accountable to", "ACCOUNTABLE TO", "Accountable To", "Answerable to",
                       "Directly accountable to", "Professionally accountable to",
                       "Managerially accountable to", "Accountable professionally to",
                       "Accountable operationally to"),
    "RESPONSIBLE_TO": ("Responsible to", "RESPONSIBLE TO", "Responsible To"),
    "REPORTS_TO": ("Reports to", "Reporting to", "REPORTS TO", "Line Manager", "Managed by",
                   "Line managed by", "Immediate supervisor", "Directly responsible to",
                   "Report to", "LINE MANAGER", "Reports directly to"),
    "DEPUTISES_FOR": ("Deputises for", "Deputy to", "Deputising for"),
}
#: Labels of the post's own reports ("Responsible for: Staff Nurses").
REVERSED_LABELS = ("Responsible for", "Line management of", "Direct reports", "Manages",
                   "Staff reporting to this post", "Line manages", "DIRECT REPORTS",
                   "Directly responsible for")


def _header(rng: random.Random, subject: str) -> str:
    org = rng.choice(ORGS)
    label = rng.choice(["Job Title: ", "JOB TITLE: ", "Post: ", "Role: ", "Job Title:\t"])
    return f"{org}\n{label}{subject}\nBand: 7\n\n" if rng.random() < 0.3 else \
        f"{label}{subject}\n\n"


def _filler(rng: random.Random) -> str:
    return rng.choice(NEGATIVES) + "\n"


def field(rng: random.Random, subject: str) -> tuple[str, list[Fact]]:
    """A labelled field: inline, tab, next line, numbered, a table row; one or more values."""
    rtype = rng.choice(TYPES)
    label = rng.choice(FIELD_LABELS[rtype])
    n = 1 if rtype == "DEPUTISES_FOR" else rng.choice([1, 1, 1, 2, 3])
    names = rng.sample([*POSTS, *LOWER_POSTS, *(BODIES if rtype == "ACCOUNTABLE_TO" else ())], n)
    if rtype == "REPORTS_TO" and n == 1 and rng.random() < 0.2:
        names = [rng.choice(PEOPLE)]
    written = [_written(rng, x, False) for x in names]
    shape = rng.choice(["inline", "tab", "next", "numbered", "table", "lines", "bullets",
                        "padded", "numbered-next", "run-in"])
    if shape == "run-in" and (n > 1 or not label.lower().endswith(" to") or
                              not written[0][:1].isupper()):
        shape = "inline"  # a page viewer runs only "… to" into a capitalised value
    if shape in ("lines", "bullets") and n > 1:
        mark = "• " if shape == "bullets" else ""
        body = f"{label}:\n" + "".join(f"{mark}{w}\n" for w in written)
    else:
        value = _join(rng, written)
        body = {"inline": f"{label}: {value}\n", "tab": f"{label}\t{value}\n",
                "next": f"{label}:\n{value}\n", "numbered": f"2. {label}: {value}\n",
                "table": f"| {label} | {value} |\n", "padded": f"{label}:{' ' * 12}{value}\n",
                "lines": f"{label}:\n{value}\n", "bullets": f"{label}:\n• {value}\n",
                "numbered-next": f"5. {label.upper()}\n\n{value}\n",
                "run-in": f"{label}{value}\n"}[shape]
    return body, [(rtype, subject, x) for x in names]


def reversed_field(rng: random.Random, subject: str) -> tuple[str, list[Fact]]:
    """The post's own reports under a label: inline, one a line, bullets."""
    label = rng.choice(REVERSED_LABELS)
    groups = rng.sample(GROUPS, rng.choice([1, 2, 3]))
    shape = rng.choice(["inline", "lines", "bullets", "next"])
    if shape == "inline":
        body = f"{label}: {_join(rng, groups)}\n"
    elif shape == "next":
        body = f"{label}:\n{_join(rng, groups)}\n"
    else:
        mark = "• " if shape == "bullets" else rng.choice(["", "- "])
        body = f"{label}:\n" + "".join(f"{mark}{g}\n" for g in groups)
    return body, [("REPORTS_TO", g, subject) for g in groups]


#: (type, verb phrase before the target, after the target) for a sentence about the post:
#: ``{be}`` is a form of "to be", ``{will}`` a modal or nothing (present tense).
PROSE_CUES: tuple[tuple[str, str], ...] = (
    ("ACCOUNTABLE_TO", "{be} accountable to"), ("ACCOUNTABLE_TO", "{be} directly accountable to"),
    ("ACCOUNTABLE_TO", "{be} answerable to"), ("ACCOUNTABLE_TO", "{has} accountability to"),
    ("ACCOUNTABLE_TO", "{be} professionally accountable to"),
    ("ACCOUNTABLE_TO", "{be} managerially accountable to"),
    ("ACCOUNTABLE_TO", "{has} direct accountability to"),
    ("ACCOUNTABLE_TO", "{be} accountable professionally to"),
    ("RESPONSIBLE_TO", "{be} responsible to"),
    ("REPORTS_TO", "{will} report to"), ("REPORTS_TO", "{will} report directly to"),
    ("REPORTS_TO", "{will} report into"), ("REPORTS_TO", "{be} reporting to"),
    ("REPORTS_TO", "{be} line managed by"), ("REPORTS_TO", "{be} managed by"),
    ("REPORTS_TO", "{be} directly responsible to"),
    ("REPORTS_TO", "{be} managed day to day by"),
    ("DEPUTISES_FOR", "{will} deputise for"), ("DEPUTISES_FOR", "{will} act as deputy to"),
    ("DEPUTISES_FOR", "{will} deputise as required for"),
    ("DEPUTISES_FOR", "{will} act up for"), ("DEPUTISES_FOR", "{will} act up as"),
    ("DEPUTISES_FOR", "{will} cover for"),
)
#: Subjects that name the described post, with their person ("3": third, "2": you, "1": I).
SELVES = (("The post holder", "3"), ("The postholder", "3"), ("The jobholder", "3"),
          ("You", "2"), ("The {s}", "3"), ("The successful candidate", "3"), ("I", "1"),
          ("This post", "3"), ("The role", "3"), ("This role", "3"), ("The role holder", "3"))
#: What may follow the target in the sentence (none of it part of the name).
ENDINGS = (". The role is varied.", " and will lead the widget service.",
           ", who leads the gadget service.", " for the delivery of the widget service.",
           " on all widget matters.", "\n", ". ", " (see the structure chart).",
           " – see the structure chart.", " in the Westshire locality.", ", and works with others.",
           " as and when required.", "\nMain duties\n")


def _verb(rng: random.Random, cue: str, person: str) -> str:
    """The cue with its verb written for the subject's person and a tense."""
    be = {"1": ["am", "will be"], "2": ["are", "will be"], "3": ["is", "will be", "shall be"]}
    has = {"1": ["have"], "2": ["have", "will have"], "3": ["has", "will have"]}
    will = {"1": ["will", "", ""], "2": ["will", "", "shall"], "3": ["will", "shall", "-s"]}
    w = rng.choice(will[person])
    text = cue.replace("{be}", rng.choice(be[person])).replace("{has}", rng.choice(has[person]))
    if "{will}" in text:
        verb, _, rest = text.removeprefix("{will} ").partition(" ")
        text = f"{verb}s {rest}" if w == "-s" else f"{w} {verb} {rest}".strip()
    return text


def _break(rng: random.Random, sentence: str) -> str:
    """A page viewer's line break at a space inside the sentence, one time in four."""
    own = sentence.split("\n", 1)[0]  # not inside a heading that follows the sentence
    spaces = [i for i, c in enumerate(own) if c == " "]
    if rng.random() < 0.25 and len(spaces) > 3:
        at = rng.choice(spaces[2:])
        return sentence[:at] + "\n" + sentence[at + 1:]
    return sentence


def prose(rng: random.Random, subject: str) -> tuple[str, list[Fact]]:
    """A sentence about the described post: subject, verb and cue, target, what follows."""
    rtype, cue = rng.choice(PROSE_CUES)
    who, person = rng.choice(SELVES)
    who = who.format(s=subject)
    many = rtype != "DEPUTISES_FOR" and rng.random() < 0.25
    names = rng.sample(POSTS, 2) if many else [_target(rng, allow_body=rtype == "ACCOUNTABLE_TO")]
    value = " and ".join(_written(rng, x, True) for x in names)
    sentence = f"{who} {_verb(rng, cue, person)} {value}{rng.choice(ENDINGS)}"
    if who == "I":
        sentence = f"I am the {subject} at {rng.choice(ORGS)}. " + sentence
    return _break(rng, sentence) + "\n", [(rtype, subject, x) for x in names]


def duty(rng: random.Random, subject: str) -> tuple[str, list[Fact]]:
    """A line written as a duty, a bullet or an order ("To deputise for X as required.")."""
    target = _target(rng)
    w = _written(rng, target, True)
    mark = rng.choice(["", "• ", "- ", "3. ", "c) "])
    rtype, text = rng.choice([
        ("DEPUTISES_FOR", f"To deputise for {w} as required."),
        ("DEPUTISES_FOR", f"Deputise for {w} in their absence"),
        ("DEPUTISES_FOR", f"To act as deputy to {w}."),
        ("DEPUTISES_FOR", f"Deputising for {w} when required."),
        ("DEPUTISES_FOR", f"To cover for {w} during periods of leave."),
        ("REPORTS_TO", f"Your line manager will be {w}."),
        ("REPORTS_TO", f"You’ll report to {w}."),
        ("REPORTS_TO", f"You will be reporting to {w}."),
        ("ACCOUNTABLE_TO", f"To be accountable to {w} for the widget budget."),
        ("DEPUTISES_FOR", f"To act up into the role of {w} when required."),
    ])
    if rng.random() < 0.25:  # the end named before the cue
        target = rng.choice(POSTS)
        rtype, text = rng.choice([
            ("REPORTS_TO", f"The {target} will be your line manager."),
            ("REPORTS_TO", f"The {target} is the post holder’s line manager."),
            ("DEPUTISES_FOR", f"In the {target}’s absence, the post holder will chair the "
             "meeting."),
            ("DEPUTISES_FOR", f"To work closely with the {target} and to deputise in their "
             "absence.")])
    return mark + _break(rng, text) + "\n", [(rtype, subject, target)]


def fronted(rng: random.Random, subject: str) -> tuple[str, list[Fact]]:
    """A fronted participle or absence clause: "Reporting to X, the post holder will …",
    "In the absence of X, the post holder will …"."""
    target = _target(rng)
    written = _written(rng, target, True)
    who = rng.choice(["the post holder", "you", f"the {subject}", "the postholder"])
    rtype, lead = rng.choice([
        ("REPORTS_TO", "Reporting to"), ("REPORTS_TO", "Reporting directly to"),
        ("ACCOUNTABLE_TO", "Accountable to"), ("REPORTS_TO", "Line managed by"),
        ("DEPUTISES_FOR", "In the absence of"), ("DEPUTISES_FOR", "In the absence of")])
    rest = rng.choice(["will lead the widget service", "will chair the gadget meeting",
                       "will be responsible for the sprocket budget", "will take decisions"])
    return _break(rng, f"{lead} {written}, {who} {rest}.") + "\n", [(rtype, subject, target)]


def news(rng: random.Random, subject: str) -> tuple[str, list[Fact]]:
    """A news item or a letter: the post named as appointed, advertised or held."""
    target = rng.choice(POSTS)
    w = _written(rng, target, True)
    org = rng.choice(ORGS)
    person = rng.choice(PEOPLE)
    rtype = "REPORTS_TO"
    text = rng.choice([
        f"{person} has been appointed as {subject} at {org} and will report to {w}.",
        f"{org} has appointed {person} as its new {subject}. {person} will report directly "
        f"to {w}.",
        f"The new {subject} will report to {w} and will start in the spring.",
        f"{person} joins {org} as {subject}, reporting to {w}.",
        f"Dear Applicant\nThank you for your interest in the post of {subject}. The post "
        f"reports to {w}.",
        f"We are recruiting a {subject}. The post is managed by {w} and is based in Westshire.",
    ])
    return f"{org} news\n\n" + _break(rng, text) + "\n", [(rtype, subject, target)]


def two_lines(rng: random.Random, subject: str) -> tuple[str, list[Fact]]:
    """Two lines in one sentence: professional and managerial, route, combined verbs."""
    a, b = rng.sample(POSTS, 2)
    body = rng.choice(BODIES)
    wa, wb = _written(rng, a, True), _written(rng, b, True)
    who = rng.choice(["The post holder", "You", f"The {subject}"])
    be = "are" if who == "You" else "is"
    forms: list[tuple[str, list[Fact]]] = [
        (f"{who} {be} professionally accountable to {wa} and managerially to {wb}.",
         [("ACCOUNTABLE_TO", subject, a), ("ACCOUNTABLE_TO", subject, b)]),
        (f"{who} {be} professionally accountable to {wa} and managerially accountable to {wb}.",
         [("ACCOUNTABLE_TO", subject, a), ("ACCOUNTABLE_TO", subject, b)]),
        (f"{who} {be} accountable to the {body} through {wa}.",
         [("ACCOUNTABLE_TO", subject, body)]),
        (f"{who} will report to {wa} and be accountable to {wb}.",
         [("REPORTS_TO", subject, a), ("ACCOUNTABLE_TO", subject, b)]),
        (f"{who} will report to and be accountable to {wa}.",
         [("REPORTS_TO", subject, a), ("ACCOUNTABLE_TO", subject, a)]),
        (f"{who} will be line managed by {wa} and will deputise for {wb} when required.",
         [("REPORTS_TO", subject, a), ("DEPUTISES_FOR", subject, b)]),
        (f"{who} {be} responsible to {wa} for clinical matters and to {wb} for "
         "management matters.",
         [("RESPONSIBLE_TO", subject, a), ("RESPONSIBLE_TO", subject, b)]),
        (f"{who} will be {rng.choice(['dually ', 'jointly ', ''])}accountable:\n"
         f"• professionally to {wa}\n• managerially to {wb}",
         [("ACCOUNTABLE_TO", subject, a), ("ACCOUNTABLE_TO", subject, b)]),
        (f"Accountable to:\n- clinically to {wa}\n- operationally to {wb}",
         [("ACCOUNTABLE_TO", subject, a), ("ACCOUNTABLE_TO", subject, b)]),
    ]
    text, facts = rng.choice(forms)
    return (_break(rng, text) if "\n" not in text else text) + "\n", facts


def other_subject(rng: random.Random, subject: str) -> tuple[str, list[Fact]]:
    """A line stated about another post or a group, or a group reporting to the post holder."""
    a, b = rng.sample(POSTS, 2)
    g, h = rng.sample(GROUPS, 2)
    lower = rng.choice(LOWER_POSTS)
    forms: list[tuple[str, list[Fact]]] = [
        (f"The {a} reports to the {b}.", [("REPORTS_TO", a, b)]),
        (f"The {g} report to the post holder.", [("REPORTS_TO", g, subject)]),
        (f"The {g} and the {h} report to the post holder.",
         [("REPORTS_TO", g, subject), ("REPORTS_TO", h, subject)]),
        (f"The {g} will report directly to the {subject}.", [("REPORTS_TO", g, subject)]),
        (f"The post holder will line manage the {g}.", [("REPORTS_TO", g, subject)]),
        (f"The post holder has line management responsibility for the {g}.",
         [("REPORTS_TO", g, subject)]),
        (f"You will manage a team of {rng.choice(['four', '12', 'eight'])} {g}.",
         [("REPORTS_TO", g, subject)]),
        (f"Responsible for the line management of the {g} and the {h}.",
         [("REPORTS_TO", g, subject), ("REPORTS_TO", h, subject)]),
        (f"The post holder will line manage the {g} and the {h}.",
         [("REPORTS_TO", g, subject), ("REPORTS_TO", h, subject)]),
        (f"The Deputy {a} will deputise for the {a} when required.",
         [("DEPUTISES_FOR", f"Deputy {a}", a)]),
        (f"The {a} is accountable to the {b}.", [("ACCOUNTABLE_TO", a, b)]),
        (f"The {a} is appointed by the Widget Board with the approval of the Gadget "
         f"Committee, and reports to the {b}.", [("REPORTS_TO", a, b)]),
        (f"{rng.choice(ORGS)} is recruiting four {g} who will report to the {a}.",
         [("REPORTS_TO", g, a)]),
        (f"The service has two {g} who report to the {a} and work across Westshire.",
         [("REPORTS_TO", g, a)]),
        (f"Westshire is recruiting {rng.choice(['12', 'six', 'up to eight'])} "
         f"{g.lower()} who will report to the {lower}.", [("REPORTS_TO", g, lower)]),
        (f"The Board has asked for the Deputy {a} to act up as {a} until the vacancy is "
         "filled.", [("DEPUTISES_FOR", f"Deputy {a}", a)]),
        (f"It is proposed that the {b} deputise for the {a} during the vacancy.",
         [("DEPUTISES_FOR", b, a)]),
        (f"The aim of the Deputy {a} role is to deputise for the {a}.",
         [("DEPUTISES_FOR", f"Deputy {a}", a)]),
    ]
    text, facts = rng.choice(forms)
    return _break(rng, text) + "\n", facts


def numbered(rng: random.Random, subject: str) -> tuple[str, list[Fact]]:
    """A numbered section heading over a sentence that states the line."""
    rtype, heading, cue = rng.choice([
        ("REPORTS_TO", "Reporting arrangements", "will report to"),
        ("REPORTS_TO", "REPORTING ARRANGEMENTS", "reports to"),
        ("ACCOUNTABLE_TO", "Accountability", "is accountable to"),
        ("REPORTS_TO", "Organisational position", "is line managed by"),
        ("RESPONSIBLE_TO", "Responsibility", "is responsible to"),
        ("REPORTS_TO", "Structure", "will report directly to")])
    target = _target(rng)
    n = rng.choice(["2.", "3", "1.2", "4)"])
    text = f"{n} {heading}\nThe post holder {cue} {_written(rng, target, True)}." + \
        rng.choice(["", " They will work across the widget service."])
    return text + "\n", [(rtype, subject, target)]


def run_together(rng: random.Random, subject: str) -> tuple[str, list[Fact]]:
    """A page viewer's paragraph that runs every field together, without colons."""
    target = rng.choice(POSTS)
    label = rng.choice(["Reports to", "Responsible to", "Accountable to", "Line Manager"])
    rtype = {"Reports to": "REPORTS_TO", "Line Manager": "REPORTS_TO",
             "Responsible to": "RESPONSIBLE_TO", "Accountable to": "ACCOUNTABLE_TO"}[label]
    after = rng.choice(["Department Widget Services", "Location County Hall",
                        "Purpose of the Job To lead the widget service.", "Grade 7"])
    text = (f"{rng.choice(ORGS)} Job Title {subject} Job Reference WX123 Grade 7 {label} "
            f"{target} {after}")
    return text + "\n", [(rtype, subject, target)]


def flattened(rng: random.Random, subject: str) -> tuple[str, list[Fact]]:
    """A table exported to text: labels on their own lines, then the values in order."""
    rtype = rng.choice(["ACCOUNTABLE_TO", "RESPONSIBLE_TO", "REPORTS_TO"])
    label = rng.choice(FIELD_LABELS[rtype])
    target = rng.choice(POSTS)
    labels = [("Job Title:", subject), (f"{label}:", target), ("Location:", "County Hall"),
              ("Hours:", "37.5 per week")]
    gap = rng.choice(["\n", "\n\n"])
    text = gap.join(x for x, _ in labels) + "\n\n" + gap.join(v for _, v in labels)
    return text + "\n", [(rtype, subject, target)]


#: What a page break leaves inside a sentence: a footer, a page number, a blank line.
PAGE_BREAKS = ("\n\nPage 2 of 5\n\n", "\n\n2\n\n", "\n\f", "\n\nJob description – "
               "Widget Coordinator\n\n")


def page_break(rng: random.Random, subject: str) -> tuple[str, list[Fact]]:
    """A line whose sentence or field goes on after a page break."""
    rtype, cue = rng.choice([("REPORTS_TO", "The post holder will report to"),
                             ("ACCOUNTABLE_TO", "The post holder is accountable to"),
                             ("DEPUTISES_FOR", "The post holder will deputise for")])
    target = rng.choice([p for p in POSTS if " of " in p])
    head, _, tail = target.partition(" of ")
    text = f"{cue} the {head} of{rng.choice(PAGE_BREAKS)}{tail} and will lead the widget service."
    return text + "\n", [(rtype, subject, target)]


#: A qualifier after a line's end, which the labelling guide keeps apart from the name.
QUALIFIERS = (" – operationally", " (professionally)", " for clinical matters",
              " on a day to day basis", " (Band 8a)", " or nominated deputy", " – strategic")


def qualified(rng: random.Random, subject: str) -> tuple[str, list[Fact]]:
    """A line's end with a qualifier after it, in a field or a sentence."""
    rtype = rng.choice(["ACCOUNTABLE_TO", "RESPONSIBLE_TO", "REPORTS_TO"])
    target = rng.choice(POSTS)
    q = rng.choice(QUALIFIERS)
    verb = {"ACCOUNTABLE_TO": "is accountable to", "RESPONSIBLE_TO": "is responsible to",
            "REPORTS_TO": "reports to"}[rtype]
    text = rng.choice([f"{rng.choice(FIELD_LABELS[rtype])}: {target}{q}",
                       f"The post holder {verb} the {target}{q}."])
    return text + "\n", [(rtype, subject, target)]


def negative(rng: random.Random, subject: str) -> tuple[str, list[Fact]]:
    """Statements the guide leaves unlabelled."""
    return "".join(x + "\n" for x in rng.sample(NEGATIVES, 3)), []


def deputy_title(rng: random.Random, subject: str) -> tuple[str, list[Fact]]:
    """A title that begins "Deputy" states no deputising by itself (the subject is replaced)."""
    return "The post holder will lead the widget service.\n", []


FAMILIES: dict[str, Callable[[random.Random, str], tuple[str, list[Fact]]]] = {
    "field": field, "reversed field": reversed_field, "prose": prose, "fronted": fronted,
    "news": news, "two lines": two_lines, "other subject": other_subject,
    "numbered": numbered, "negative": negative, "deputy title": deputy_title,
    "run together": run_together, "duty": duty, "flattened": flattened,
    "page break": page_break, "qualified": qualified,
}
#: How often each family is drawn.
WEIGHTS = {"field": 4, "reversed field": 2, "prose": 6, "fronted": 2, "news": 2,
           "two lines": 2, "other subject": 3, "numbered": 2, "negative": 2, "deputy title": 1,
           "run together": 1, "duty": 2, "flattened": 1, "page break": 1, "qualified": 2}


def cases(seed: int = 20, n: int = 600) -> list[Case]:
    """``n`` generated documents."""
    rng = random.Random(f"lines:{seed}")
    names = list(FAMILIES)
    out = []
    for _ in range(n):
        family = rng.choices(names, weights=[WEIGHTS[k] for k in names])[0]
        subject = rng.choice(SUBJECTS)
        if family == "deputy title":
            subject = "Deputy " + rng.choice(POSTS)
        body, facts = FAMILIES[family](rng, subject)
        if family in ("news", "run together", "flattened"):
            text = body + "\n" + _filler(rng)
        else:
            before = _filler(rng) + "\n" if rng.random() < 0.4 else ""
            text = _header(rng, subject) + before + body + TRAILER
        out.append(Case(family, text, tuple(facts)))
    return out
