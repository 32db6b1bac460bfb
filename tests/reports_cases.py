"""A seeded generator of reporting and deputising lines (REPORTS_TO, DEPUTISES_FOR) and the
wordings that look like them but state none.

Written from the labelling guide's cue table and its "Cases the tables above leave open"
(docs/extraction-labelling.md) and from English grammar, never from a corpus document:
organisations, posts, bodies and people are invented ("Westshire", "Head of Gizmo Repairs",
"Jo Example"). Families:

- ``label``: a reporting label (every cue of the guide's row, in capitals or not) inline, with
  a tab, on the next line, numbered, one value a line or as bullets, and the noise the guide
  strips from an end: a qualifier after a dash or in brackets, "for clinical matters", "via
  the X", a grade, "or nominated deputy", a start date, an abbreviation, capitals, a second
  line ("dotted line to") in brackets;
- ``sentence``: the post's own line in a sentence: "will / shall / is to report (directly,
  jointly) to", "line managed by", "line management (will be) provided by", "comes within
  X's line of management", "a dotted line to", "directly responsible to", "report to and be
  accountable to X" (both facts), two lines with their qualifiers, a route after "via", a
  subordinate "which reports to", a fronted "Reporting to X, …", numbered clauses;
- ``reversed``: the post's own reports ("Responsible for:", "Line management of:",
  "Manages:", "Direct reports:", "Staff reporting to this post:" inline, one a line, as
  bullets, with counts), "X report to the post holder", "the post holder line manages X",
  "Reporting to the post holder are A and B";
- ``other``: a line stated about another post or a named holder ("The A reports to the B",
  "The B line manages the A", "Other posts reporting to the B are …", "The Deputy A
  deputises for the A", "In the absence of the A, the B will …", "may substitute for");
- ``deputise``: the post standing in ("deputise for", "deputising for X in their absence",
  "act as deputy to / for", "cover for X during absence", "In X's absence, the post holder
  …", "act up as", "step up to become Acting X", labels "Deputises for:" / "Deputy to:");
- ``narrative``: "I report to", a person appointed as the post who "will report to", "my line
  manager is".

Negatives (``negative``) are what the guide leaves unlabelled and that sound like a line: a
report sent ("report to the Board on progress", "reports will be presented to", "produce
reports for", "reporting to the committee quarterly"), incidents and concerns reported,
duties under a reversed label ("Responsible for: the widget budget", "Direct reports: None"),
"accountable for", person-specification criteria, SUPPORTS / ADVISES wording, cover for a
service, a title beginning "Deputy" by itself.

A case's answer is a set of ``(type, source, target)`` after
:func:`~orggraph.extract.names.normalise`; a fact of the four line types (ACCOUNTABLE_TO,
RESPONSIBLE_TO, REPORTS_TO, DEPUTISES_FOR) that no case states is invented, so an end cut
short or run on counts both as missed and as invented. Each passage is written plain,
without its full stop before a heading, or with a page viewer's line break inside it.

Run ``python -m tests.reports_cases [SEED]`` to print the rates per family and every miss.

>>> made = list(cases(3, 40))
>>> {c.family for c in made} <= set(FAMILIES) | {"negative"}
True
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator

from tests.generated import (
    ORGS,
    Case,
    Tally,
    as_written,
    facts,
    initials,
    job_document,
    report,
    tally,
)

#: The described post (several, so no rule leans on one title).
TITLES = ("Gizmo Repairs Coordinator", "Senior Widget Practitioner", "Sprocket Services Officer",
          "Head of Gadget Quality", "Widget Liaison Nurse", "Thingamajig Project Lead")
#: Posts a line runs to (a capitalised title of the usual shapes).
POSTS = ("Director of Widgets", "Head of Gizmo Repairs", "Gadget Manager",
         "Chief Sprocket Officer", "Lead Nurse for Widgets", "Widget Services Manager",
         "Associate Director of Sprockets", "Clinical Lead for Gizmos", "Senior Gadget Sister",
         "Head of Widget Operations", "Gizmo Matron", "Consultant in Widget Medicine",
         "Director of Widgets and Gadgets", "Assistant Director of Gizmo Care",
         "Principal Sprocket Officer", "Widget Team Leader", "Director-General of Gizmos")
#: Posts in lower case, as the genre writes a manager it does not name.
LOWER_POSTS = ("line manager", "service manager", "team leader", "widget manager")
#: Groups of posts that report to the described post.
GROUPS = ("Widget Officers", "Gadget Assistants", "Sprocket Nurses", "Gizmo Technicians",
          "Widget Administrators", "Senior Gadget Practitioners")
#: Groups in lower case.
LOWER_GROUPS = ("widget assistants", "gadget support workers", "sprocket technicians")
BODIES = ("Widget Board", "Gadget Committee", "Sprocket Assurance Committee",
          "Westshire Gizmo Partnership Board")
PEOPLE = (("Jo Example", "She", "has"), ("Sam Sample", "He", "has"),
          ("Alex Placeholder", "They", "have"))
#: The described post as a sentence's subject: (at a sentence's start, inside one, "be",
#: third-person "s", "have").
SELVES = (("The post holder", "the post holder", "is", "s", "has"),
          ("The postholder", "the postholder", "is", "s", "has"),
          ("You", "you", "are", "", "have"),
          ("The {T}", "the {T}", "is", "s", "has"),
          ("The jobholder", "the jobholder", "is", "s", "has"),
          ("This post", "this post", "is", "s", "has"),
          ("The successful candidate", "the successful candidate", "is", "s", "has"))
#: Reporting labels of the guide's row (the value is the line manager).
REPORT_LABELS = ("Reports to", "REPORTS TO", "Reporting to", "Report to", "Line Manager",
                 "LINE MANAGER", "Manager", "Line managed by", "Managed by",
                 "Directly responsible to", "Immediate supervisor", "Immediate Line Manager",
                 "Reports directly to", "Line manager's title", "REPORTING TO")
#: Labels of the post's own reports ("Responsible for: Staff Nurses").
REVERSED_LABELS = ("Responsible for", "Line management of", "Manages", "Direct reports",
                   "Staff reporting to this post", "DIRECT REPORTS", "Line manages",
                   "RESPONSIBLE FOR", "Posts reporting to this post")
DEPUTY_LABELS = ("Deputises for", "DEPUTISES FOR", "Deputy to", "Deputising for")
#: Noise after a value that is no part of its name (the guide's "Qualifiers" and what
#: follows an end).
VALUE_TAILS = ("", "", "", " – operationally", " (professional)", " (managerial)",
               " for clinical matters", " via the {Q}", ", Band 8a", " or nominated deputy",
               " from 1 April 2026", " ({abbr_p})", " – day to day", " (interim)")
#: What follows an end in a sentence (none of it part of the name).
SENTENCE_TAILS = ("", "", " for clinical matters", " via the {Q}", " on a day-to-day basis",
                  " from 1 April 2026", ", who leads the gadget service",
                  " and will lead the widget service", " as and when required",
                  " (see the structure chart)", " – see the structure chart",
                  " in all widget matters")

#: (family, template, facts). Letters: ``{Who}``/``{who}`` the described post as a subject,
#: ``{be}``, ``{v}`` (third-person "s"), ``{have}``, ``{rep}`` a reporting verb written for
#: the subject; ``{T}`` the post's title; ``{P}``, ``{Q}``, ``{R}`` posts bare (``{p}``, ``{q}``,
#: ``{r}`` with their article or owner; ``{P_up}`` in capitals; ``{p_s}`` possessive); ``{D}``
#: "Deputy" and ``{P}``; ``{G}``, ``{H}`` groups; ``{lg}`` a group in lower case; ``{lp}`` a post
#: in lower case; ``{B}`` a body; ``{RL}`` a reporting label, ``{VL}`` a reversed one, ``{DL}`` a
#: deputising one; ``{vt}`` a value's tail, ``{st}`` a sentence's tail; ``{n}``, ``{m}``
#: numbers; ``{person}``, ``{pron}``, ``{has}``; ``{org}``. Facts: ``TYPE:source>target``
#: with ``s`` the described post.
TEMPLATES: tuple[tuple[str, str, str], ...] = (
    # 1. a reporting label and its value(s)
    ("label", "{RL}: {P}{vt}", "REPORTS_TO:s>p"),
    ("label", "{RL}:\t{P}{vt}", "REPORTS_TO:s>p"),
    ("label", "{RL}:\n{P}{vt}\n", "REPORTS_TO:s>p"),
    ("label", "{RL}:{pad}{P}{vt}", "REPORTS_TO:s>p"),
    ("label", "{n}. {RL}: {P}{vt}", "REPORTS_TO:s>p"),
    ("label", "{n}.{m} {RL}\n\n{P}\n", "REPORTS_TO:s>p"),
    ("label", "{RL}: {P_up}", "REPORTS_TO:s>p"),
    ("label", "{RL}:\n{P}\n{Q}\n", "REPORTS_TO:s>p REPORTS_TO:s>q"),
    ("label", "{RL}:\n• {P} (professional)\n• {Q} (managerial)\n",
     "REPORTS_TO:s>p REPORTS_TO:s>q"),
    ("label", "{RL}: {P} (managerial); {Q} (professional)", "REPORTS_TO:s>p REPORTS_TO:s>q"),
    ("label", "{RL}: {P} (operationally) and {Q} (strategically)",
     "REPORTS_TO:s>p REPORTS_TO:s>q"),
    ("label", "{RL}: {P} / {Q}", "REPORTS_TO:s>p REPORTS_TO:s>q"),
    ("label", "{RL}: {P} & {Q}", "REPORTS_TO:s>p REPORTS_TO:s>q"),
    ("label", "{RL}: {P}& {Q}", "REPORTS_TO:s>p REPORTS_TO:s>q"),
    ("label", "{RL}: {P} (dotted line to the {Q})", "REPORTS_TO:s>p REPORTS_TO:s>q"),
    ("label", "{RL}: {P}{vt}\nAccountable to: {Q}", "REPORTS_TO:s>p ACCOUNTABLE_TO:s>q"),
    ("label", "{RL}: {P}{vt}\nResponsible to: {Q}", "REPORTS_TO:s>p RESPONSIBLE_TO:s>q"),
    ("label", "{RL}: {lp}", "REPORTS_TO:s>lp"),
    ("label", "{RL}: {P}\nLocation: Westshire House\nHours: 37.5 per week", "REPORTS_TO:s>p"),
    ("label", "Job Details\n{RL}\n{P}\nBase\nWestshire House", "REPORTS_TO:s>p"),
    # 2. the post's own line in a sentence
    ("sentence", "{Who} {rep} to {p}{st}.", "REPORTS_TO:s>p"),
    ("sentence", "{Who} {rep} directly to {p}{st}.", "REPORTS_TO:s>p"),
    ("sentence", "{Who} {rep} to {p} and {q}.", "REPORTS_TO:s>p REPORTS_TO:s>q"),
    ("sentence", "{Who} {rep} jointly to {p} and {q}.", "REPORTS_TO:s>p REPORTS_TO:s>q"),
    ("sentence", "{Who} {rep} to {p} or {q}.", "REPORTS_TO:s>p REPORTS_TO:s>q"),
    ("sentence", "{Who} will report to and be accountable to {p}.",
     "REPORTS_TO:s>p ACCOUNTABLE_TO:s>p"),
    ("sentence", "{Who} {rep} directly to {p} and {be} accountable to {q}.",
     "REPORTS_TO:s>p ACCOUNTABLE_TO:s>q"),
    ("sentence", "{Who} {rep} to {p} for clinical matters and to {q} for managerial matters.",
     "REPORTS_TO:s>p REPORTS_TO:s>q"),
    ("sentence", "{Who} {rep} managerially to {p} and professionally to {q}.",
     "REPORTS_TO:s>p REPORTS_TO:s>q"),
    ("sentence", "{Who} {be} line managed by {p}{st}.", "REPORTS_TO:s>p"),
    ("sentence", "{Who} will be managed by {p}{st}.", "REPORTS_TO:s>p"),
    ("sentence", "{Who} {be} line-managed by {p} and professionally accountable to {q}.",
     "REPORTS_TO:s>p ACCOUNTABLE_TO:s>q"),
    ("sentence", "Line management will be provided by {p}.", "REPORTS_TO:s>p"),
    ("sentence", "Line management for this post is provided by {p}, with clinical supervision "
     "from a senior widget nurse.", "REPORTS_TO:s>p"),
    ("sentence", "{Who} will receive line management from {p}.", "REPORTS_TO:s>p"),
    ("sentence", "The post comes within {p_s} line of management.", "REPORTS_TO:s>p"),
    ("sentence", "{Who} will have a dotted line to {p}.", "REPORTS_TO:s>p"),
    ("sentence", "{Who} will in turn report back to {p}.", "REPORTS_TO:s>p"),
    ("sentence", "{Who} {rep} to {p}, with a dotted line to {q}.",
     "REPORTS_TO:s>p REPORTS_TO:s>q"),
    ("sentence", "{Who} will also have a dotted-line reporting relationship to {p}.",
     "REPORTS_TO:s>p"),
    ("sentence", "{Who} {be} directly responsible to {p}{st}.", "REPORTS_TO:s>p"),
    ("sentence", "Reporting to {p}, {who} will lead the widget service.", "REPORTS_TO:s>p"),
    ("sentence", "The post, which reports to {p}, leads the widget service.", "REPORTS_TO:s>p"),
    ("sentence", "{n}.{m} {Who} {rep} to {p}.", "REPORTS_TO:s>p"),
    ("sentence", "Your line manager will be {p}.", "REPORTS_TO:s>p"),
    ("sentence", "The {P} will be your line manager.", "REPORTS_TO:s>p"),
    ("sentence", "{Who} will be line managed by {lp_the}.", "REPORTS_TO:s>lp"),
    ("sentence", "{Who} {rep} to {p}, and works closely with the {Q}.", "REPORTS_TO:s>p"),
    ("sentence", "{Who} {be} professionally accountable to {q} and {rep} to {p} for "
     "operational matters.", "ACCOUNTABLE_TO:s>q REPORTS_TO:s>p"),
    # 3. the post's own reports
    ("reversed", "{VL}: {G}", "REPORTS_TO:g>s"),
    ("reversed", "{VL}: {G} and {H}", "REPORTS_TO:g>s REPORTS_TO:h>s"),
    ("reversed", "{VL}:\n• {G}\n• {H}\n", "REPORTS_TO:g>s REPORTS_TO:h>s"),
    ("reversed", "{VL}:\n{G}\n{H}\n", "REPORTS_TO:g>s REPORTS_TO:h>s"),
    ("reversed", "{VL}: {G}, {H} and {lg}", "REPORTS_TO:g>s REPORTS_TO:h>s REPORTS_TO:lg>s"),
    ("reversed", "{VL}: {G} (4 WTE)", "REPORTS_TO:g>s"),
    ("reversed", "{VL}: two {G} and one {R}", "REPORTS_TO:g>s REPORTS_TO:r>s"),
    ("reversed", "The {G} report to the post holder.", "REPORTS_TO:g>s"),
    ("reversed", "The {G} and the {H} report directly to the {T}.",
     "REPORTS_TO:g>s REPORTS_TO:h>s"),
    ("reversed", "{Who} line manage{v} the {G}.", "REPORTS_TO:g>s"),
    ("reversed", "{Who} will line manage the {G} and the {H}.", "REPORTS_TO:g>s REPORTS_TO:h>s"),
    ("reversed", "{Who} {have} line management responsibility for the {G}.", "REPORTS_TO:g>s"),
    ("reversed", "The {G} will be line managed by the post holder.", "REPORTS_TO:g>s"),
    ("reversed", "Reporting to the post holder are the {G} and the {H}.",
     "REPORTS_TO:g>s REPORTS_TO:h>s"),
    ("reversed", "{Who} will manage a team of {G}.", "REPORTS_TO:g>s"),
    ("reversed", "{Who} provide{v} line management to the {G} and the {H}.",
     "REPORTS_TO:g>s REPORTS_TO:h>s"),
    ("reversed", "The role provides line management support to the {G} and the {lg}.",
     "REPORTS_TO:g>s REPORTS_TO:lg>s"),
    # 4. a line stated about another post or a named holder
    ("other", "The {P} reports to the {Q}.", "REPORTS_TO:p>q"),
    ("other", "The {P} and the {R} report to the {Q}.", "REPORTS_TO:p>q REPORTS_TO:r>q"),
    ("other", "The {Q} line manages the {P}.", "REPORTS_TO:p>q"),
    ("other", "The {P} is line managed by the {Q}.", "REPORTS_TO:p>q"),
    ("other", "The {P}, who reports to the {Q}, leads the widget service.", "REPORTS_TO:p>q"),
    ("other", "The {P}, {person}, reports to the {Q}.", "REPORTS_TO:p>q"),
    ("other", "Other posts reporting to the {Q} are the {P} and the {R}.",
     "REPORTS_TO:p>q REPORTS_TO:r>q"),
    ("other", "The {D} deputises for the {P}.", "DEPUTISES_FOR:d>p"),
    ("other", "The {D} will deputise for the {P} in their absence.", "DEPUTISES_FOR:d>p"),
    ("other", "In the absence of the {P}, the {Q} will chair the {B}.", "DEPUTISES_FOR:q>p"),
    ("other", "The {Q} will cover for the {P} during periods of leave.", "DEPUTISES_FOR:q>p"),
    ("other", "The {P} will report to the {Q} and deputise for the {R}.",
     "REPORTS_TO:p>q DEPUTISES_FOR:p>r"),
    ("other", "The {Q} may substitute for the {P} at meetings of the {B}.",
     "DEPUTISES_FOR:q>p"),
    ("other", "The {P} has a dotted line to the {Q}.", "REPORTS_TO:p>q"),
    ("other", "The {P} will in turn report back to the {Q}.", "REPORTS_TO:p>q"),
    # 5. the post standing in for another
    ("deputise", "{Who} will deputise for {p}{dt}.", "DEPUTISES_FOR:s>p"),
    ("deputise", "{Who} deputise{v} for {p} as required.", "DEPUTISES_FOR:s>p"),
    ("deputise", "To deputise for {p} when required.", "DEPUTISES_FOR:s>p"),
    ("deputise", "• Deputising for {p} in their absence", "DEPUTISES_FOR:s>p"),
    ("deputise", "{Who} will act as deputy to {p}.", "DEPUTISES_FOR:s>p"),
    ("deputise", "{Who} act{v} as deputy for {p} and lead{v} the widget service.",
     "DEPUTISES_FOR:s>p"),
    ("deputise", "{Who} will cover for {p} during absence.", "DEPUTISES_FOR:s>p"),
    ("deputise", "To provide cover for {p} during periods of annual leave.",
     "DEPUTISES_FOR:s>p"),
    ("deputise", "In the absence of {p}, {who} will chair the {B}.", "DEPUTISES_FOR:s>p"),
    ("deputise", "In the {P}’s absence, the post holder will chair the {B}.",
     "DEPUTISES_FOR:s>p"),
    ("deputise", "To deputise for the line manager.", "DEPUTISES_FOR:s>lm"),
    ("deputise", "{Who} will act up as {P} when required.", "DEPUTISES_FOR:s>p"),
    ("deputise", "{Who} may be asked to step up to become Acting {P}.", "DEPUTISES_FOR:s>p"),
    ("deputise", "{DL}: {P}", "DEPUTISES_FOR:s>p"),
    ("deputise", "{DL}:\n{P}\n", "DEPUTISES_FOR:s>p"),
    ("deputise", "{Who} will deputise for {p} and {q}.", "DEPUTISES_FOR:s>p DEPUTISES_FOR:s>q"),
    ("deputise", "{Who} will report to {p} and deputise for {q} when required.",
     "REPORTS_TO:s>p DEPUTISES_FOR:s>q"),
    # 6. narrative: the first person, a person appointed as the post
    ("narrative", "I am the {T} at {org}. I report to {p}.", "REPORTS_TO:s>p"),
    ("narrative", "I am the {T}. My line manager is {p}.", "REPORTS_TO:s>p"),
    ("narrative", "{org} has appointed {person} as its new {T}. {pron} will report to {p}.",
     "REPORTS_TO:s>p"),
    ("narrative", "{person} has been appointed as {T} and will report directly to {p}.",
     "REPORTS_TO:s>p"),
    ("narrative", "{person} has been appointed as {T}. {pron} will deputise for {p}.",
     "DEPUTISES_FOR:s>p"),
    ("narrative", "{person} joins {org} as {T}, reporting to {p}.", "REPORTS_TO:s>p"),
)

#: Texts that state none of the four lines (the guide leaves them unlabelled).
NEGATIVES: tuple[str, ...] = (
    "{Who} will report to the {B} on progress against the widget plan.",
    "Reports will be presented to the {B} every quarter.",
    "To report incidents to the {Q} without delay.",
    "Report any safeguarding concerns to the {Q}.",
    "To report concerns about widget safety to the line manager.",
    "All staff must report accidents and near misses to their line manager.",
    "{Who} will be reporting to the {B} quarterly on gadget performance.",
    "To produce reports for the {B}.",
    "To prepare reports for the {Q} on sprocket activity.",
    "{Who} will provide regular progress reports to the {B}.",
    "To present the annual widget report to the {B}.",
    "Responsible for: the widget budget and the maintenance of widget records",
    "Responsible for: Day to day management of the widget service",
    "Direct reports: None",
    "Staff reporting to this post: N/A",
    "Manages: the widget budget (£2m)",
    "{Who} {be} accountable for the widget budget.",
    "{Who} will be responsible for ensuring that widgets are delivered on time.",
    "Person specification\nEssential\n• Experience of line managing staff\n• Ability to "
    "deputise for senior managers\n• Experience of reporting to a board",
    "To support the {Q} in planning the gadget service.",
    "To advise the {B} on sprocket policy.",
    "To attend meetings as required.",
    "To provide cover for the widget service during periods of sickness.",
    "Cover for annual leave within the team as required.",
    "The {D} will lead the sprocket review.",
    "{Who} will report on widget activity each month.",
    "The report to the {B} sets out the widget plan.",
    "To report to the {Q} any concerns about widget safety.",
    "{Who} will manage the widget budget and the gadget stock.",
)
SCORED = ("ACCOUNTABLE_TO", "RESPONSIBLE_TO", "REPORTS_TO", "DEPUTISES_FOR")
FAMILIES = ("label", "sentence", "reversed", "other", "deputise", "narrative")


def _slots(rng: random.Random, title: str) -> dict[str, str]:
    """The names a template's letters stand for (clean, without articles)."""
    p, q, r = rng.sample(POSTS, 3)
    g, h = rng.sample(GROUPS, 2)
    return {"s": title, "p": p, "q": q, "r": r, "g": g, "h": h, "d": f"Deputy {p}",
            "lg": rng.choice(LOWER_GROUPS), "lp": rng.choice(LOWER_POSTS), "lm": "line manager"}


def _article(rng: random.Random, name: str) -> str:
    """A post's title as a sentence writes it: with an article or an owner."""
    return rng.choice(("the ", "the ", "the ", "the Trust's ", "our ")) + name


def _subject(rng: random.Random, title: str) -> dict[str, str]:
    """The described post as a sentence's subject, with its verbs."""
    who, low, be, v, have = rng.choice(SELVES)
    rep = rng.choice(("will report", "shall report", f"report{v}", "is to report"
                      if v else "will report"))
    return {"Who": who.format(T=title), "who": low.format(T=title), "be": be, "v": v,
            "have": have, "rep": rep}


def _words(rng: random.Random, names: dict[str, str]) -> dict[str, str]:
    """The template's fields: the names and the words round them."""
    person, pron, has = rng.choice(PEOPLE)
    p, q, r = names["p"], names["q"], names["r"]
    tail = rng.choice(VALUE_TAILS).format(Q=q, abbr_p=initials(p))
    return {**_subject(rng, names["s"]), "T": names["s"], "P": p, "Q": q, "R": r,
            "p": _article(rng, p), "q": _article(rng, q), "r": _article(rng, r),
            "P_up": p.upper(), "p_s": f"the {p}’s", "D": names["d"], "G": names["g"],
            "H": names["h"], "lg": names["lg"], "lp": names["lp"],
            "lp_the": rng.choice(("the ", "your ", "their ")) + names["lp"], "B": rng.choice(BODIES),
            "RL": rng.choice(REPORT_LABELS), "VL": rng.choice(REVERSED_LABELS),
            "DL": rng.choice(DEPUTY_LABELS), "vt": tail,
            "st": rng.choice(SENTENCE_TAILS).format(Q=q),
            "dt": rng.choice(("", " in their absence", " when required", " as required",
                              " at meetings of the Widget Board")),
            "pad": " " * rng.randint(4, 16), "n": str(rng.randint(2, 7)), "m": str(rng.randint(1, 4)),
            "person": person, "pron": pron, "has": has, "org": rng.choice(ORGS)}


def _written(rng: random.Random, passage: str) -> tuple[str, str]:
    """The passage as :func:`~tests.generated.as_written` writes it, but a page viewer's break
    in a labelled field falls inside its value, never inside its label."""
    text, shape = as_written(rng, passage)
    colon = passage.find(": ")
    if shape != " wrapped" or colon < 0 or "\n" in passage[:colon]:
        return text, shape
    spaces = [i for i, c in enumerate(passage) if c == " " and i > colon + 1]
    if not spaces:
        return passage + "\n", ""
    at = rng.choice(spaces)
    return passage[:at] + "\n" + passage[at + 1:] + "\n", shape


def cases(seed: int = 20, n: int = 900) -> Iterator[Case]:
    """``n`` generated documents, one in five a negative."""
    rng = random.Random(f"reports:{seed}")
    for _ in range(n):
        title = rng.choice(TITLES)
        names = _slots(rng, title)
        words = _words(rng, names)
        if rng.random() < 0.2:
            if rng.random() < 0.15:  # a title beginning "Deputy" states nothing by itself
                title = f"Deputy {names['p']}"
            passage, shape = _written(rng, rng.choice(NEGATIVES).format(**words))
            yield Case("negative", job_document(rng, title, passage), shape=shape)
            continue
        family, template, spec = rng.choice(TEMPLATES)
        passage, shape = _written(rng, template.format(**words))
        yield Case(family, job_document(rng, title, passage), facts(spec, names), shape)


def score(seed: int = 20, n: int = 900) -> tuple[dict[str, Tally], list[str]]:
    """Tallies per family and overall (``"all"``), and the misses."""
    return tally(cases(seed, n), SCORED)


if __name__ == "__main__":  # pragma: no cover - a report for whoever tunes the rules
    print(report(*score(int(sys.argv[1]) if len(sys.argv) > 1 else 20)))
