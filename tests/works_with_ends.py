"""A seeded generator of the ENDS of working relationships (WORKS_WITH): where each
counterpart of a working-relationships list or sentence starts and stops, whatever its shape.

Written from the labelling guide's WORKS_WITH row, "Lists become several facts", "Generic
counterparts" and its open cases (docs/extraction-labelling.md) and from English grammar,
never from a corpus document: posts, bodies and organisations are invented ("Westshire",
"Director of Widgets and Gadgets", "Widget Leads"). Each case is a job description with one
passage stating the described post's working relationships, laid out one of several ways
(a headed list one a line, bulleted, under Internal / External sub-headings, a table
flattened into lines with each counterpart's purpose in the next cell, a wrapped bullet, a
line of entries after the heading, a sentence "will work closely with A, B and C to …"),
and counterparts of one shape. Families (the counterpart's shape):

- ``groups``: lower-case groups, generic ("ward staff", "the multidisciplinary team",
  "GP practices", "voluntary sector organisations", "patients, relatives and carers" as three);
- ``and``: "and" or "&" inside one name ("Director of Widgets and Gadgets") against a list
  of two ("Widget Leads and Gadget Officers");
- ``slash``: titles joined by a slash, one fact each ("Ward Managers/Matrons");
- ``about``: what the entry says about the contact after a dash, a colon, a bracket,
  "regarding", "re", "for", "to discuss", "on matters of", "in relation to", "where
  appropriate", "as required";
- ``examples``: named examples in brackets or after "including" beside a generic
  counterpart, each a counterpart (the guide's open case);
- ``owner``: an organisation after the post ("Head of Widgets, Westshire Council") or an
  owner before it ("the Trust's Widget Board");
- ``caps``: entries in capitals;
- ``run-in``: a heading in capitals a page viewer ran into a fronted working phrase before an
  order ("2. JOB SUMMARY Working closely with A, B and C, provide …"), with names whose last
  words could pass for a person's ("the Director of Planning and Widget Governance").

Negatives (``negative``) state no working relationship: duties, skills, topics and places as
a list's entries, SUPPORTS / ADVISES wording, "comply with", "in line with", "deal with",
"provide X with", person-specification criteria.

A case's answer is a set of ``("WORKS_WITH", source, target)`` after
:func:`~orggraph.extract.names.normalise`; a WORKS_WITH no case states is invented, so a
counterpart cut short or run on counts both as missed and as invented.

Run ``python -m tests.works_with_ends [SEED]`` to print the rates per family and every miss.

>>> made = list(cases(3, 40))
>>> {c.family for c in made} <= set(FAMILIES) | {"negative"}
True
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator

from orggraph.extract.names import normalise
from tests.generated import Case, Tally, job_document, report, tally
from tests.reports_cases import TITLES, _written
from tests.works_with_cases import BULLETS, HEADINGS
from tests.works_with_wordings import NEGATIVES as WORDING_NEGATIVES

SCORED = ("WORKS_WITH",)

#: Counterparts of each shape: (as written, the targets it names).
SHAPES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "groups": (("ward staff", ("ward staff",)),
               ("the multidisciplinary team", ("multidisciplinary team",)),
               ("patients, relatives and carers", ("patients", "relatives", "carers")),
               ("GP practices", ("GP practices",)),
               ("voluntary sector organisations", ("voluntary sector organisations",)),
               ("widget support workers", ("widget support workers",)),
               ("local gadget charities", ("local gadget charities",)),
               ("community widget teams", ("community widget teams",))),
    "and": (("the Director of Widgets and Gadgets", ("Director of Widgets and Gadgets",)),
            ("Widget Leads and Gadget Officers", ("Widget Leads", "Gadget Officers")),
            ("the Head of Quality & Safety", ("Head of Quality & Safety",)),
            ("Sprocket Nurses & Gizmo Therapists", ("Sprocket Nurses", "Gizmo Therapists")),
            ("the Westshire Health and Care Board", ("Westshire Health and Care Board",)),
            ("the Audit and Risk Committee", ("Audit and Risk Committee",)),
            ("the Head of Gizmos and the Widget Matron", ("Head of Gizmos", "Widget Matron")),
            ("the Director of Planning and Widget Governance",
             ("Director of Planning and Widget Governance",)),
            ("the Head of Sprocket Performance", ("Head of Sprocket Performance",))),
    "slash": (("Ward Managers/Matrons", ("Ward Managers", "Matrons")),
              ("Widget Leads / Gadget Officers", ("Widget Leads", "Gadget Officers")),
              ("Widget Sister/Charge Nurse", ("Widget Sister", "Charge Nurse")),
              ("Gizmo Therapists/Sprocket Technicians", ("Gizmo Therapists",
                                                         "Sprocket Technicians"))),
    "owner": (("Head of Widgets, Westshire Council", ("Head of Widgets",)),
              ("the Trust's Director of Gadgets", ("Director of Gadgets",)),
              ("Gadget Manager at Eastborough Council", ("Gadget Manager",)),
              ("the Council's Widget Board", ("Widget Board",)),
              ("Director of Sprockets (Northvale Health Board)", ("Director of Sprockets",))),
}
#: Plain counterparts the families that add noise round a name use.
PLAIN = (("the Widget Matron", ("Widget Matron",)), ("Gadget Consultants", ("Gadget Consultants",)),
         ("the Sprocket Forum", ("Sprocket Forum",)), ("the Head of Gizmos", ("Head of Gizmos",)),
         ("Widget Pharmacists", ("Widget Pharmacists",)), ("stakeholders", ("stakeholders",)))
#: What an entry says about the contact.
ABOUT = (" – regarding referrals", ": widget planning", " (weekly meetings)",
         " regarding gadget supply", " re widget audits", " for sprocket orders",
         " to discuss widget budgets", " on matters of gadget safety",
         " in relation to widget data", " where appropriate", " as required", " - monthly")
#: Named examples beside a generic counterpart.
EXAMPLES = (("other agencies ({a}, {b})", "other agencies"),
            ("partner organisations (e.g. {a} and {b})", "partner organisations"),
            ("external bodies including {a} and {b}", "external bodies"))
EXAMPLE_NAMES = ("Westshire Council", "Eastborough Widget Trust", "the Gadget Alliance",
                 "Northvale Sprocket Network")
#: Cells of a flattened contacts table's purpose column.
PURPOSES = ("Daily staffing", "Referrals and advice", "To agree widget budgets",
            "Monthly reviews")
#: Sentences stating a list of counterparts ("{o}" the list).
SENTENCES = ("The post holder will work closely with {o} to deliver the widget plan.",
             "You will liaise with {o}.",
             "To build effective working relationships with {o}.",
             "The post holder will work in partnership with {o} across Westshire.")
#: Headings in capitals a page viewer runs into the sentence after them, and what comes before.
RUN_IN = ("JOB SUMMARY", "2. JOB PURPOSE", "ROLE SUMMARY", "3. MAIN PURPOSE OF THE ROLE")
RUN_BEFORE = ("", "Location: Westshire House. ", "1. JOB DETAILS Grade: 7. ")
#: Orders after a fronted working phrase (the described post's own duties).
ORDERS = ("provide an effective widget service", "lead and manage the gadget team",
          "develop the sprocket strategy")
#: Negative passages of this generator's own: entries no counterpart.
NEGATIVES = (
    *WORDING_NEGATIVES,
    "Key working relationships\nBudget setting\nPatient confidentiality\nWidget stock ordering",
    "Key contacts\n• Information governance\n• Sprocket procurement\n• Gadget maintenance",
    "The post holder will provide the Widget Board with monthly reports.",
    "Essential\nExperience of working with widget teams\nAbility to liaise with stakeholders",
)


def _entry(rng: random.Random, family: str) -> tuple[str, tuple[str, ...]]:
    """One entry of a family's shape: as written, and the targets it names."""
    if family == "examples":
        template, generic = rng.choice(EXAMPLES)
        a, b = rng.sample(EXAMPLE_NAMES, 2)
        return template.format(a=a, b=b), (generic, a, b)
    if family == "about":
        written, names = rng.choice(PLAIN)
        return written + rng.choice(ABOUT), names
    written, names = rng.choice(SHAPES.get(family, PLAIN))
    return (written.upper(), names) if family == "caps" else (written, names)


def _entries(rng: random.Random, family: str) -> list[tuple[str, tuple[str, ...]]]:
    """Two to four entries of one family, no target twice."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for _ in range(rng.randint(2, 4)):
        written, names = _entry(rng, family)
        if not any(set(names) & set(n) for _, n in out):
            out.append((written, names))
    return out


def _heading(rng: random.Random, family: str, entries: list[tuple[str, tuple[str, ...]]]
             ) -> str:
    """A headed list of the entries in one of several layouts."""
    head = rng.choice(HEADINGS)
    lines = [w[:1].upper() + w[1:] for w, _ in entries]
    layout = rng.choice(("lines", "bullets", "sides", "table", "wrapped"))
    if layout == "bullets":
        bullet = rng.choice(BULLETS)
        return head + "\n" + "\n".join(f"{bullet} {line}" for line in lines)
    if layout == "sides" and len(lines) > 1:
        half = len(lines) // 2
        return f"{head}\nInternal:\n" + "\n".join(lines[:half]) + "\nExternal:\n" + \
            "\n".join(lines[half:])
    if layout == "table" and family != "about":
        cells = [f"{line}\n{rng.choice(PURPOSES)}" for line in lines]
        return f"{head}\nContact\nPurpose\n" + "\n".join(cells)
    if layout == "wrapped":
        return head + "\n" + "\n".join(_wrapped(line) for line in lines)
    return head + "\n" + "\n".join(lines)


def _wrapped(line: str) -> str:
    """A bullet whose entry a page viewer broke before its last word, the rest indented."""
    first, _, last = line.rpartition(" ")
    return f"• {first}\n  {last}" if first and len(line) > 24 else f"• {line}"


def _sentence(rng: random.Random, entries: list[tuple[str, tuple[str, ...]]]) -> str:
    """A sentence naming the entries as a running list (entries holding a comma or a
    description stand alone)."""
    parts = [w for w, _ in entries]
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return rng.choice(SENTENCES).format(o=listed)


def _run_in(rng: random.Random, entries: list[tuple[str, tuple[str, ...]]]) -> str:
    """A heading in capitals run into a fronted working phrase and an order ("2. JOB SUMMARY
    Working closely with A, B and C, provide …")."""
    parts = [w for w, _ in entries]
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"{rng.choice(RUN_BEFORE)}{rng.choice(RUN_IN)} Working closely with {listed}, " \
        f"{rng.choice(ORDERS)}."


def _positive(rng: random.Random, title: str) -> tuple[str, str, frozenset[tuple[str, ...]]]:
    """A passage of a family: (family, passage, facts)."""
    family = rng.choice(FAMILIES)
    entries = _entries(rng, "and" if family == "run-in" else family)
    inline = family in ("and", "groups", "slash", "caps", "run-in") and rng.random() < 0.4
    if inline or family == "run-in":  # a sentence's list takes entries without commas
        entries = [e for e in entries if "," not in e[0]][:3] or [rng.choice(PLAIN)]
        text = _run_in(rng, entries) if family == "run-in" else _sentence(rng, entries)
    else:
        text = _heading(rng, family, entries)
    source = normalise(title)
    want = frozenset(("WORKS_WITH", source, normalise(t)) for _, names in entries for t in names)
    return family, text, want


#: The families of counterpart shapes.
FAMILIES = ("groups", "and", "slash", "about", "examples", "owner", "caps", "run-in")


def cases(seed: int = 20, n: int = 700) -> Iterator[Case]:
    """``n`` generated documents, one in six a negative."""
    rng = random.Random(f"wwends:{seed}")
    for _ in range(n):
        title = rng.choice(TITLES)
        if rng.random() < 1 / 6:
            passage, shape = _written(rng, rng.choice(NEGATIVES))
            yield Case("negative", job_document(rng, title, passage), shape=shape)
            continue
        family, text, want = _positive(rng, title)
        passage, shape = _written(rng, text)
        yield Case(family, job_document(rng, title, passage), want, shape)


def score(seed: int = 20, n: int = 700) -> tuple[dict[str, Tally], list[str]]:
    """Tallies per family and overall (``"all"``), and the misses."""
    return tally(cases(seed, n), SCORED)


if __name__ == "__main__":  # pragma: no cover - a report for whoever tunes the rules
    print(report(*score(int(sys.argv[1]) if len(sys.argv) > 1 else 20)))
