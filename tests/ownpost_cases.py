"""A seeded generator of the described post's own facts in the wordings rules tend to miss.

Written from the labelling guide's cue table and its "Cases the tables above leave open"
(docs/extraction-labelling.md) and from English grammar, never from a corpus document:
organisations, posts, bodies, teams and people are invented ("Westshire", "Head of
Gadgets", "Jo Example"). Four families of the post's own relationships:

- ``team``: membership of a team named in lower case by its service, setting or
  organisation ("to work as a member of the widget team", "as part of the practice
  gadget team", "join the regional executive team", "become part of the leadership team
  at Westshire"), or capitalised after adjectives ("join a specialist, Widget@Home Team");
- ``narrative``: the post as a pronoun or a narrative subject ("I am the chair of …",
  "They will report to …", "The successful candidate will join …", "She has agreed to
  chair the board", a quoted duty "to deputise for …" under a heading naming the post);
- ``label lines``: a relationship's label on a line of its own, numbered or not, in
  capitals or not, with its value(s) on later lines (blank lines, an abbreviation or a
  service in brackets, a second value, a cell heading such as "Post title" between);
- ``dual``: dual accountability ("dually accountable: professionally to X; managerially to
  Y via Z"), one line per qualifier, inline or as bullets, labels such as "Professionally:".

Negatives hold what the guide leaves unlabelled: "work as part of a team", "the team", "the
multi-disciplinary team", "part of a wider team", duties ("to chair meetings as required"),
"accountable for", attendance "as required", section headings that merely mention a label
word over a duty, person-specification criteria.

A case is a document; its answer is a set of ``(type, source, target)`` after
:func:`~orggraph.extract.names.normalise`. :func:`tests.generated.found` gives the facts stated exactly and
the facts of the scored types the extractor gives that the case does not state (invented).
Each sentence is written plain, without its full stop before a heading, or broken by a page
viewer's line break.

Run ``python -m tests.ownpost_cases [SEED]`` to print the rates per family and every miss.

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

#: The described post (several, so no rule can lean on one title).
SUBJECTS = ("Widget Services Manager", "Senior Gadget Practitioner", "Sprocket Liaison Nurse",
            "Head of Gizmo Care", "Widget Development Officer")
#: Posts a line runs to.
POSTS = ("Director of Widgets", "Head of Gadget Services", "Chief Sprocket Officer",
         "Associate Director of Gizmos", "Clinical Lead for Widgets", "Widget Matron",
         "Lead Gadget Nurse", "Deputy Director of Sprockets", "Consultant in Widget Medicine",
         "Head of Sprocket Operations")
#: Posts in lower case, as a narrative writes them.
LOWER_POSTS = ("chief executive", "medical director", "national widget director",
               "line manager", "director of gadgets")
#: Standing bodies.
BODIES = ("Widget Board", "Gadget Committee", "Sprocket Assurance Committee",
          "Westshire Widget Forum", "Gizmo Programme Board")
#: Teams named in lower case by their service, setting or organisation (the name as target).
LOWER_TEAMS = ("widget team", "paediatric widget team", "community gadget team",
               "sprocket outreach team", "practice multidisciplinary team",
               "regional executive team", "ward nursing team", "gizmo liaison team",
               "district widget nursing team", "integrated team for widgets",
               "Westshire gadget team", "WGS senior team", "leadership team at Westshire",
               "widget team at Eastshire Hospital", "practice team")
#: Capitalised teams that adjectives may precede ("a specialist, Widget@Home Team").
CAP_TEAMS = ("Widget@Home Team", "Gadget Rapid Response Team", "Sprocket Outreach Team",
             "Westshire Gizmo Team")
ADJECTIVES = ("specialist, ", "friendly ", "innovative specialist multidisciplinary, ",
              "dynamic and supportive ", "newly formed ", "busy ")
PEOPLE = (("Jo Example", "She", "has"), ("Sam Sample", "He", "has"),
          ("Alex Placeholder", "They", "have"))
#: Section headings over the facts; the post's own when it is ``{S}``.
HEADINGS = ("Role of the {S}", "About the role", "The {S}", "Main purpose of the {S}",
            "KEY RESPONSIBILITIES OF THE {S_up}")

#: (family, template, facts). Letters: ``{S}`` the described post (``{S_up}`` in capitals),
#: ``{p}``, ``{q}``, ``{r}`` posts, ``{lp}`` a post in lower case, ``{b}``, ``{c}`` bodies,
#: ``{lt}`` a lower-case team, ``{ct}`` a capitalised team, ``{adj}`` adjectives, ``{org}``,
#: ``{person}`` and ``{pron}`` (the appointee's pronoun), ``{n}`` a clause number, ``{be}``
#: "is" / "will be" / "shall be", ``{head}`` a heading. Facts: ``TYPE:source>target``
#: with the letters above, ``s`` the described post; ``board`` the bare word "board".
TEMPLATES: tuple[tuple[str, str, str], ...] = (
    # 1. membership of a team named by its service, setting or organisation
    ("team", "To work as a member of the {lt}.", "MEMBER_OF:s>lt"),
    ("team", "To work as a member of the {lt} and to deliver widget care.", "MEMBER_OF:s>lt"),
    ("team", "The post holder will work as a member of the {lt}.", "MEMBER_OF:s>lt"),
    ("team", "You will be a member of the {lt}.", "MEMBER_OF:s>lt"),
    ("team", "As a member of the {lt}, you will deliver widget care.", "MEMBER_OF:s>lt"),
    ("team", "As a member of the {lt} the post holder will deliver widget care.",
     "MEMBER_OF:s>lt"),
    ("team", "Working as part of the {lt}, the post holder will deliver widget care.",
     "MEMBER_OF:s>lt"),
    ("team", "The post holder will be working as part of the {lt}.", "MEMBER_OF:s>lt"),
    ("team", "• working as part of the {lt}", "MEMBER_OF:s>lt"),
    ("team", "{org} is looking for a {S} to join the {lt}.", "MEMBER_OF:s>lt"),
    ("team", "{org} is seeking a {S} to join the {ct}.", "MEMBER_OF:s>ct"),
    ("team", "We are recruiting an experienced {S} to join our {lt}.", "MEMBER_OF:s>lt"),
    ("team", "The {S} will report to the {p} and continue to be a member of the {lt}.",
     "REPORTS_TO:s>p MEMBER_OF:s>lt"),
    ("team", "The {S} will join the {lt} in the spring.", "MEMBER_OF:s>lt"),
    ("team", "You will join our {lt}.", "MEMBER_OF:s>lt"),
    ("team", "The post holder will become part of the {lt}.", "MEMBER_OF:s>lt"),
    ("team", "The {S} {be} part of the {lt}.", "MEMBER_OF:s>lt"),
    ("team", "The post holder works within the {lt}.", "MEMBER_OF:s>lt"),
    ("team", "An opportunity has arisen to join a {adj}{ct}.", "MEMBER_OF:s>ct"),
    ("team", "You will join a {adj}{ct} based in Westshire.", "MEMBER_OF:s>ct"),
    ("team", "To work as a member of the {lt} and the {lt2}.", "MEMBER_OF:s>lt MEMBER_OF:s>lt2"),
    ("team", "You will be joining the {lt}.", "MEMBER_OF:s>lt"),
    ("team", "As a key member of our {lt}, you will deliver widget care.", "MEMBER_OF:s>lt"),
    ("team", "Joining the {lt}, you will deliver widget care.", "MEMBER_OF:s>lt"),
    ("team", "The post holder will work as part of the Widget Outreach team.",
     "MEMBER_OF:s>wot"),
    ("team", "This is a role within the {lt}.", "MEMBER_OF:s>lt"),
    ("team", "The post holder is an integral member of the {lt}.", "MEMBER_OF:s>lt"),
    ("team", "As part of the {lt}, you will deliver widget care.", "MEMBER_OF:s>lt"),
    ("team", "• Working within the {lt}", "MEMBER_OF:s>lt"),
    ("team", "The {S} is a key member of the {lt} and will lead the widget service.",
     "MEMBER_OF:s>lt"),
    # 2. the post as a narrative subject or a pronoun
    ("narrative", "I am the {S} at {org}. I am the chair of the {b}.", "CHAIRS:s>b"),
    ("narrative", "I am the {S} at {org} and I am also the inaugural chair of the {b}.",
     "CHAIRS:s>b"),
    ("narrative", "I am the {S}. I sit on the {b} and I report to the {p}.",
     "MEMBER_OF:s>b REPORTS_TO:s>p"),
    ("narrative", "The {S} leads the widget service. They will report to the {p}.",
     "REPORTS_TO:s>p"),
    ("narrative", "The {S} leads the widget service. They will be accountable to the {p} and "
     "will sit on the {b}.", "ACCOUNTABLE_TO:s>p MEMBER_OF:s>b"),
    ("narrative", "The successful candidate will join the {b}.", "MEMBER_OF:s>b"),
    ("narrative", "The successful candidate will report to the {p}.", "REPORTS_TO:s>p"),
    ("narrative", "The successful candidate will join the {lt} and report to the {p}.",
     "MEMBER_OF:s>lt REPORTS_TO:s>p"),
    ("narrative", "The appointee will be accountable to the {p}.", "ACCOUNTABLE_TO:s>p"),
    ("narrative", "{org} has appointed {person} as its new {S}. {pron} will report to the {p} "
     "and {has} agreed to chair the {b}.", "REPORTS_TO:s>p CHAIRS:s>b"),
    ("narrative", "{org} has appointed {person} as its new {S}. {pron} {has} agreed to chair the "
     "board.", "CHAIRS:s>board"),
    ("narrative", "{org} has appointed {person} as its new {S}. {pron} will succeed Pat Instance "
     "and chair the {b}.", "CHAIRS:s>b"),
    ("narrative", "{person} has been appointed as {S}. {pron} will also sit on the {b}.",
     "MEMBER_OF:s>b"),
    ("narrative", "{head}\nTo deputise for the {p}.", "DEPUTISES_FOR:s>p"),
    ("narrative", "The {S} would be accountable to the {p} and remain a member of {B}.",
     "ACCOUNTABLE_TO:s>p MEMBER_OF:s>b"),
    ("narrative", "{head}\n• To deputise for the {lp} as required", "DEPUTISES_FOR:s>lp"),
    ("narrative", "The role of the {S} is “to deputise for the {lp}”.", "DEPUTISES_FOR:s>lp"),
    ("narrative", "The main task of the {s_low} post – which is likely to be filled by a widget "
     "nurse – is “to deputise for the {lp} providing leadership for widget staff”.",
     "DEPUTISES_FOR:s>lp"),
    ("narrative", "In this role you will report to the {p}.", "REPORTS_TO:s>p"),
    ("narrative", "In this role you will be a member of the {b}.", "MEMBER_OF:s>b"),
    ("narrative", "S/he will be accountable to the {p}.", "ACCOUNTABLE_TO:s>p"),
    ("narrative", "He or she will report to the {p}.", "REPORTS_TO:s>p"),
    ("narrative", "• Corporate responsibility for widget care across {org} with direct "
     "accountability to the {p} for ensuring that widgets are safe.", "ACCOUNTABLE_TO:s>p"),
    ("narrative", "Lead responsibility for gadget audit in the Trust, reporting to the {p}.",
     "REPORTS_TO:s>p"),
    ("narrative", "The new {S} will sit on the {b}.", "MEMBER_OF:s>b"),
    ("narrative", "Our new {S} will be accountable to the {p}.", "ACCOUNTABLE_TO:s>p"),
    ("narrative", "{org} has appointed {person} as its new {S}. {pron} will deputise for the {p} "
     "when required.", "DEPUTISES_FOR:s>p"),
    ("narrative", "I am the {S}. I report directly to the {p} and I am a member of the {b}.",
     "REPORTS_TO:s>p MEMBER_OF:s>b"),
    ("narrative", "I am the {S}. My line manager is the {p}.", "REPORTS_TO:s>p"),
    ("narrative", "The postholder, who will report to the {p}, will lead the widget service.",
     "REPORTS_TO:s>p"),
    ("narrative", "Successful candidates will report to the {p}.", "REPORTS_TO:s>p"),
    ("narrative", "The {S} leads the widget service. They also deputise for the {p}.",
     "DEPUTISES_FOR:s>p"),
    # 3. a relationship's label on a line of its own, its values on later lines
    ("label lines", "{n}. RESPONSIBLE TO\n\n{p}\n", "RESPONSIBLE_TO:s>p"),
    ("label lines", "{n}. RESPONSIBLE TO \n\n{p} ({abbr_p}) \n(Widget Services) \n{q} \n",
     "RESPONSIBLE_TO:s>p RESPONSIBLE_TO:s>q"),
    ("label lines", "{n}. ACCOUNTABLE TO\n{p}\n", "ACCOUNTABLE_TO:s>p"),
    ("label lines", "{n} Reports to\n\n{p}\n", "REPORTS_TO:s>p"),
    ("label lines", "REPORTS TO\n\n\n{p}\n", "REPORTS_TO:s>p"),
    ("label lines", "Accountable to:\n\n{p}\n{q}\n", "ACCOUNTABLE_TO:s>p ACCOUNTABLE_TO:s>q"),
    ("label lines", "Reports to:\n\nPost title\n\n{p}\n", "REPORTS_TO:s>p"),
    ("label lines", "Responsible to:\nJob title\n{p}\n", "RESPONSIBLE_TO:s>p"),
    ("label lines", "{n}. LINE MANAGER\n\n{p}\n", "REPORTS_TO:s>p"),
    ("label lines", "{n}. DEPUTISES FOR\n\n{p}\n", "DEPUTISES_FOR:s>p"),
    ("label lines", "{n}. MEMBER OF\n\n{b}\n{c}\n", "MEMBER_OF:s>b MEMBER_OF:s>c"),
    ("label lines", "{n}. RESPONSIBLE TO\n\n{p}\n\n{m}. JOB PURPOSE\n\nTo lead the widget "
     "service.", "RESPONSIBLE_TO:s>p"),
    ("label lines", "Accountable To\n\n{p} ({abbr_p})\n", "ACCOUNTABLE_TO:s>p"),
    ("label lines", "{n}. REPORTS TO\n\n{p}\n\n{m}. DIMENSIONS OF THE ROLE\n\n• Widget Officer for "
     "the service – to act as its lead\n• Gadget Lead for audits – as set out in policy\n",
     "REPORTS_TO:s>p"),
    ("label lines", "{n} Responsible to\n{p}\n{q}\n{m} Main duties\n• Sprocket Manager for the "
     "region – as required\n", "RESPONSIBLE_TO:s>p RESPONSIBLE_TO:s>q"),
    ("label lines", "REPORTING TO:\n\n{p}\n", "REPORTS_TO:s>p"),
    ("label lines", "RESPONSIBLE TO:\n\n\n{p}\n\nRESPONSIBLE FOR:\n\nWidget Officers\n",
     "RESPONSIBLE_TO:s>p REPORTS_TO:wo>s"),
    ("label lines", "Accountable to\n\n\n\n{p}\n", "ACCOUNTABLE_TO:s>p"),
    ("label lines", "{n}.\tRESPONSIBLE TO\n{p}\n", "RESPONSIBLE_TO:s>p"),
    ("label lines", "{n}.{m} Reports to\n{lp}\n", "REPORTS_TO:s>lp"),
    ("label lines", "Responsible to:\n{p} – operationally\n{q} – professionally\n",
     "RESPONSIBLE_TO:s>p RESPONSIBLE_TO:s>q"),
    # 4. dual accountability, one line per qualifier
    ("dual", "The post holder will be dually accountable: professionally to the {p}; "
     "managerially to the {q} via the {r}.", "ACCOUNTABLE_TO:s>p ACCOUNTABLE_TO:s>q"),
    ("dual", "Accountable to: The post holder will be dually accountable:\n\n  • professionally "
     "to the {p}\n  • managerially to the {q} via the {r}",
     "ACCOUNTABLE_TO:s>p ACCOUNTABLE_TO:s>q"),
    ("dual", "The post holder is dually accountable:\nprofessionally to the {p};\nmanagerially "
     "to the {q}.", "ACCOUNTABLE_TO:s>p ACCOUNTABLE_TO:s>q"),
    ("dual", "Accountable to:\nProfessionally: {p}\nManagerially: {q}",
     "ACCOUNTABLE_TO:s>p ACCOUNTABLE_TO:s>q"),
    ("dual", "Accountable to:\nProfessionally – {p}\nManagerially – {q} (through the {r})",
     "ACCOUNTABLE_TO:s>p ACCOUNTABLE_TO:s>q"),
    ("dual", "Dual accountability:\n• professionally to the {p}\n• operationally to the {q}",
     "ACCOUNTABLE_TO:s>p ACCOUNTABLE_TO:s>q"),
    ("dual", "Professionally accountable to: {p}\nManagerially accountable to: {q}",
     "ACCOUNTABLE_TO:s>p ACCOUNTABLE_TO:s>q"),
    ("dual", "You will be jointly accountable to the {p} and the {q}.",
     "ACCOUNTABLE_TO:s>p ACCOUNTABLE_TO:s>q"),
    ("dual", "The post holder is clinically accountable to the {p} and managerially "
     "accountable to the {q}.", "ACCOUNTABLE_TO:s>p ACCOUNTABLE_TO:s>q"),
    ("dual", "Reports to:\nClinically – {p}\nOperationally – {q}",
     "REPORTS_TO:s>p REPORTS_TO:s>q"),
    ("dual", "Responsible to:\n{p} (professional)\n{q} (managerial)",
     "RESPONSIBLE_TO:s>p RESPONSIBLE_TO:s>q"),
    ("dual", "Accountable to:\n{p} (professionally)\n{q} (managerially)",
     "ACCOUNTABLE_TO:s>p ACCOUNTABLE_TO:s>q"),
    ("dual", "Professional accountability: {p}\nManagerial accountability: {q}",
     "ACCOUNTABLE_TO:s>p ACCOUNTABLE_TO:s>q"),
    ("dual", "The post holder will be professionally accountable to the {p} and operationally "
     "accountable to the {q}.", "ACCOUNTABLE_TO:s>p ACCOUNTABLE_TO:s>q"),
    ("dual", "Dually accountable to the {p} (professionally) and the {q} (managerially).",
     "ACCOUNTABLE_TO:s>p ACCOUNTABLE_TO:s>q"),
    ("dual", "Accountability: professionally to the {p}; managerially to the {q}",
     "ACCOUNTABLE_TO:s>p ACCOUNTABLE_TO:s>q"),
    ("dual", "Clinically accountable to: {p}\nOperationally accountable to: {q}",
     "ACCOUNTABLE_TO:s>p ACCOUNTABLE_TO:s>q"),
    ("dual", "Accountable to: {p} (professionally) and {q} (managerially)",
     "ACCOUNTABLE_TO:s>p ACCOUNTABLE_TO:s>q"),
    ("dual", "The post holder is professionally accountable to the {p}; managerially accountable "
     "to the {q}.", "ACCOUNTABLE_TO:s>p ACCOUNTABLE_TO:s>q"),
)

#: Texts that state none of the scored facts (the guide leaves them unlabelled).
NEGATIVES: tuple[str, ...] = (
    "To work as part of a team.",
    "To work as a member of the team.",
    "The post holder will work as part of the multi-disciplinary team.",
    "You will be part of a wider team of widget staff.",
    "As a member of the MDT, you will deliver widget care.",
    "To work as part of the team to deliver widget care.",
    "To join a friendly team.",
    "To chair meetings as required.",
    "To attend meetings as required.",
    "The post holder is accountable for the widget budget.",
    "The post holder will be responsible for ensuring the widget service is safe.",
    "{n}. REPORTING ARRANGEMENTS\n\nThe post holder will prepare monthly widget reports.",
    "{n}. ACCOUNTABILITY\n\nThe post holder is accountable for their own practice.",
    "RESPONSIBLE FOR\n\nThe management of the widget budget.",
    "Person specification\nEssential\n• Experience of working as a member of a team\n"
    "• Ability to chair meetings\n• Experience of reporting to a board",
    "To support the {p} in planning the gadget service.",
    "To advise the {b} on sprocket policy.",
    "They will be expected to work flexibly.",
    "The successful candidate will have experience of widget care.",
    "I am delighted that you are interested in this role.",
    "The post holder will work as part of a multi-disciplinary team.",
    "You will be a member of a busy team.",
    "Come and join our team!",
    "The post holder will work within the team to deliver widget care.",
    "{n}. REPORTS TO\n\nThe post holder will report monthly on widget activity.",
    "I will chair meetings when required.",
)

#: What follows a sentence written without its full stop (a heading and a duty).
SCORED = ("ACCOUNTABLE_TO", "RESPONSIBLE_TO", "REPORTS_TO", "DEPUTISES_FOR", "MEMBER_OF",
          "CHAIRS")
FAMILIES = ("team", "narrative", "label lines", "dual")






def _slots(rng: random.Random, subject: str) -> dict[str, str]:
    """The names a template's letters stand for (clean, without articles)."""
    p, q, r = rng.sample(POSTS, 3)
    b, c = rng.sample(BODIES, 2)
    lt, lt2 = rng.sample(LOWER_TEAMS, 2)
    return {"s": subject, "p": p, "q": q, "r": r, "b": b, "c": c, "lt": lt, "lt2": lt2,
            "ct": rng.choice(CAP_TEAMS), "lp": rng.choice(LOWER_POSTS), "board": "board",
            "wot": "Widget Outreach team", "wo": "Widget Officers"}


def _words(rng: random.Random, names: dict[str, str]) -> dict[str, str]:
    """The template's fields: the names and the words round them."""
    person, pron, has = rng.choice(PEOPLE)
    subject = names["s"]
    head = rng.choice(HEADINGS).format(S=subject, S_up=subject.upper())
    return {**names, "S": subject, "S_up": subject.upper(), "s_low": subject.lower(), "abbr_p": initials(names["p"]),
            "adj": rng.choice(ADJECTIVES), "org": rng.choice(ORGS), "person": person,
            "pron": pron, "has": has, "n": str(rng.randint(2, 7)), "m": "8",
            "be": rng.choice(("is", "will be", "shall be")), "head": head, "B": names["b"]}




def cases(seed: int = 20, n: int = 800) -> Iterator[Case]:
    """``n`` generated documents, one in six a negative."""
    rng = random.Random(f"ownpost:{seed}")
    for _ in range(n):
        subject = rng.choice(SUBJECTS)
        names = _slots(rng, subject)
        words = _words(rng, names)
        if rng.random() < 1 / 6:
            passage, shape = as_written(rng, rng.choice(NEGATIVES).format(**words))
            yield Case("negative", job_document(rng, subject, passage), shape=shape)
            continue
        family, template, spec = rng.choice(TEMPLATES)
        passage, shape = as_written(rng, template.format(**words))
        yield Case(family, job_document(rng, subject, passage), facts(spec, names), shape)


def score(seed: int = 20, n: int = 800) -> tuple[dict[str, Tally], list[str]]:
    """Tallies per family and overall (``"all"``), and the misses."""
    return tally(cases(seed, n), SCORED)


if __name__ == "__main__":  # pragma: no cover - a report for whoever tunes the rules
    print(report(*score(int(sys.argv[1]) if len(sys.argv) > 1 else 20)))
