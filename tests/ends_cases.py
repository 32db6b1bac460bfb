"""A seeded generator of the ENDS of headline facts: where a fact's target (or source) starts
and stops, whatever the shape of its noun phrase.

Written from the labelling guide's cue table, its "Source and target identity",
"Qualifiers" and "Cases the tables above leave open" (docs/extraction-labelling.md) and from
English grammar, never from a corpus document: organisations, posts, bodies and people are
invented ("Westshire", "Director of Widgets and Gadgets", "Jo Example"). Every case states a
fact with a cue of the guide's table (any of the six headline types, as a label, a sentence,
a list entry) and puts an end of one shape where the fact's end sits. Families (the shape of
the end):

- ``and``: "and" or "&" inside one name ("Westshire Health and Care Board", "Director of
  Widgets and Gadgets", "Quality & Safety Committee");
- ``chain``: "of" / "for" / "in" chains ("Associate Director of Nursing for Widget Services",
  "Board of Directors of Westshire Widgets");
- ``acronym``: the name's abbreviation in brackets after it ("Westshire Integrated Widget
  Board (IWB)");
- ``owner``: the organisation or an owner around the post ("the Trust's Director of Widgets",
  "its Board", "Head of Widgets, Westshire NHS Trust", "… at Westshire Council");
- ``qualifier``: words after the end that are no part of it ("or their nominated deputy", "as
  appropriate", "on a day-to-day basis", "– strategically", "for professional matters", "via
  the X", "through the X", "in their absence", "(or equivalent)", "where required");
- ``clause``: the end followed by a duty or a new clause ("… and is responsible for the
  widget budget", "…, who will agree objectives", "… to ensure …");
- ``person``: a person next to the post ("the Chief Executive, Jo Example,", "Jo Example,
  Chief Executive,", "Dr Jo Example (Medical Director)"): the post is the end (the
  evaluator matches it by the holder's name too);
- ``counted``: counted seats ("two GP members", "one of the lay members"; "a representative of
  Westshire Council" is the seat, as the guide's labels write it);
- ``caps``: the end (or the whole line) in capitals;
- ``attend``: a body's meetings attended ("attend all meetings of the X");
- ``list``: two shaped ends in one list, a qualifier on the last;
- ``about``: a shaped post as the subject of a line stated about it ("The Widget Manager –
  Westshire NHS Trust is responsible to …");
- ``lower``: posts and bodies in lower case ("your line manager", "the clinical lead for
  widgets", "the senior leadership team");
- ``placed``: a body named with its place or organisation in front ("NHS Westshire Gadget
  Committee", "Eastborough Council Sprocket Panel").

Negatives (``negative``) give no headline fact: a duty, a place or a topic where an end
would sit ("accountable for the budget", "report to the Board on progress", "attend meetings
as required", "the team", SUPPORTS / ADVISES wording, a person-specification criterion).

A case's answer is a set of ``(type, source, target)`` after
:func:`~orggraph.extract.names.normalise`; a headline fact no case states is invented, so an
end cut short or run on counts both as missed and as invented. Each passage is written plain,
without its full stop before a heading, or with a page viewer's line break inside it.

Run ``python -m tests.ends_cases [SEED]`` to print the rates per family and every miss.

>>> made = list(cases(3, 40))
>>> {c.family for c in made} <= set(FAMILIES) | {"negative"}
True
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterator

from tests.generated import Case, Tally, facts, initials, job_document, report, tally
from tests.reports_cases import _written

#: The described post.
TITLES = ("Gizmo Repairs Coordinator", "Senior Widget Practitioner", "Sprocket Services Officer",
          "Widget Liaison Nurse", "Thingamajig Project Lead")
ORGS = ("Westshire NHS Trust", "Eastborough Council", "Northvale Health Board",
        "Southmere Medical Practice", "Westshire Integrated Care Board")
PEOPLE = ("Jo Example", "Sam Sample", "Dr Alex Placeholder", "Mrs Chris Dummy")

#: End shapes: (family, kind, name). A post's kind is "post", a body's "body".
NAMES: tuple[tuple[str, str, str], ...] = (
    ("and", "post", "Director of Widgets and Gadgets"),
    ("and", "post", "Head of Quality and Safety"),
    ("and", "post", "Widget and Gadget Services Manager"),
    ("and", "post", "Director of Finance & Estates"),
    ("and", "post", "Associate Director of Planning and Performance"),
    ("and", "body", "Westshire Health and Care Board"),
    ("and", "body", "Quality & Safety Committee"),
    ("and", "body", "Finance and Performance Committee"),
    ("and", "body", "Widgets and Gadgets Partnership Board"),
    ("and", "body", "Audit and Risk Committee"),
    ("chain", "post", "Associate Director of Nursing for Widget Services"),
    ("chain", "post", "Head of Gadget Care for Older People"),
    ("chain", "post", "Deputy Director of Operations for Gizmos"),
    ("chain", "post", "Clinical Lead for Widgets in Westshire"),
    ("chain", "post", "Assistant Director of Sprockets"),
    ("chain", "body", "Board of Directors of Westshire Widgets"),
    ("chain", "body", "Council of Governors"),
    ("chain", "body", "Committee of the Westshire Widget Partnership"),
    ("chain", "body", "Executive Team of Eastborough Council"),
    ("acronym", "body", "Westshire Integrated Widget Board ({abbr})"),
    ("acronym", "body", "Gadget Quality Committee ({abbr})"),
    ("acronym", "body", "Sprocket Assurance Group ({abbr})"),
    ("acronym", "post", "Chief Widget Officer ({abbr})"),
    ("acronym", "post", "Director of Gadget Services ({abbr})"),
    ("acronym", "post", "WGT Team Leader"),
    ("acronym", "post", "ICB Director of Widgets"),
    ("acronym", "body", "ICB Widget Quality Committee"),
    ("and", "post", "Director of Strategic Planning and Widget Governance"),
    ("and", "post", "Head of Widgets and Gadget Development"),
    ("and", "post", "Director of Nursing, Midwifery and Widgets"),
    ("and", "body", "Widget, Gadget and Sprocket Committee"),
)
#: Plain names for the families that put noise round a name rather than inside it.
PLAIN_POSTS = ("Director of Widgets", "Head of Gizmo Repairs", "Gadget Manager",
               "Chief Sprocket Officer", "Lead Nurse for Widgets", "Widget Services Manager",
               "Clinical Director", "Medical Director", "Chief Executive")
#: Posts and bodies in lower case, as the genre writes those it does not name in capitals.
LOWER_POSTS = ("line manager", "service manager", "clinical lead for widgets",
               "head of gadget services", "director of widgets", "widget team leader")
LOWER_BODIES = ("widget safety group", "senior leadership team", "gadget quality committee",
                "trust board")
#: Bodies named with their place or organisation in front.
PLACED_BODIES = ("Westshire Widget Board", "NHS Westshire Gadget Committee",
                 "Eastborough Council Sprocket Panel", "Northvale Health Board Audit Committee")
PLAIN_BODIES = ("Widget Board", "Gadget Committee", "Sprocket Assurance Committee",
                "Trust Board", "Gizmo Programme Board")

#: Owners before a name, and organisations after it (``{org}``).
OWNERS_BEFORE = ("the Trust's ", "the Trust’s ", "the Council's ", "{org}'s ", "our ", "your ",
                 "their ", "the ICB's ", "the Practice's ")
OWNERS_AFTER = (", {org}", " at {org}", " in {org}", " ({org})", " – {org}")
#: Qualifiers after an end (none part of the name).
QUALIFIERS = (" from 1 April 2026", ", Band 8a", " (8a)", " (interim)",
              " or their nominated deputy", " or nominated deputy", " as appropriate",
              " on a day-to-day basis", " – strategically", " - operationally",
              " for professional matters", " for clinical matters", " via the {Q}",
              " through the {Q}", " in their absence", " (or equivalent)", " where required",
              " as required", " (professionally)", ", as necessary", " where appropriate")
#: A duty or a clause after the end, in a sentence (none part of the name).
CLAUSES = (" and is responsible for the widget budget", ", who will agree annual objectives",
           " to ensure that widgets are delivered safely", " for the delivery of widget care",
           " and will lead the gadget service", " providing leadership to the widget team",
           " on all matters relating to widgets", ", and works across the widget service",
           " in line with the widget policy", " with support from the widget team",
           " while leading the sprocket service")

#: Cue templates with ``{x}`` the end and ``{Who}`` the described post: (type, kind, template,
#: whether the template is a sentence). Sentences end with a full stop after ``{x}``.
CUES: tuple[tuple[str, str, str, bool], ...] = (
    ("ACCOUNTABLE_TO", "post", "Accountable to: {x}", False),
    ("ACCOUNTABLE_TO", "post", "ACCOUNTABLE TO:\n{x}\n", False),
    ("ACCOUNTABLE_TO", "post", "{Who} {be} accountable to {x}.", True),
    ("ACCOUNTABLE_TO", "post", "{Who} will be professionally accountable to {x}.", True),
    ("ACCOUNTABLE_TO", "post", "{Who} {have} accountability to {x}.", True),
    ("ACCOUNTABLE_TO", "post", "{Who} {be} answerable to {x}.", True),
    ("RESPONSIBLE_TO", "post", "Responsible to: {x}", False),
    ("RESPONSIBLE_TO", "post", "{Who} {be} responsible to {x}.", True),
    ("REPORTS_TO", "post", "Reports to: {x}", False),
    ("REPORTS_TO", "post", "Line Manager:\t{x}", False),
    ("REPORTS_TO", "post", "{Who} will report to {x}.", True),
    ("REPORTS_TO", "post", "{Who} shall report directly to {x}.", True),
    ("REPORTS_TO", "post", "{Who} {be} line managed by {x}.", True),
    ("REPORTS_TO", "post", "{n}. {Who} will report to {x}.", True),
    ("DEPUTISES_FOR", "post", "{Who} will deputise for {x}.", True),
    ("DEPUTISES_FOR", "post", "Deputises for: {x}", False),
    ("DEPUTISES_FOR", "post", "{Who} will act as deputy to {x}.", True),
    ("MEMBER_OF", "body", "{Who} will be a member of {x}.", True),
    ("MEMBER_OF", "body", "{Who} {be} a member of {x}.", True),
    ("MEMBER_OF", "body", "Member of: {x}", False),
    ("MEMBER_OF", "body", "{Who} will sit on {x}.", True),
    ("MEMBER_OF", "body", "{Who} will be a member of {y} and {x}.", True),
    ("CHAIRS", "body", "{Who} will chair {x}.", True),
    ("CHAIRS", "body", "{Who} {be} the Chair of {x}.", True),
    ("CHAIRS", "body", "Chair of: {x}", False),
    ("REPORTS_TO", "post", "Reporting to:\n{x}\n", False),
    ("REPORTS_TO", "post", "{n}. LINE MANAGER\n{x}\n", False),
    ("ACCOUNTABLE_TO", "post", "Professionally accountable to: {x}", False),
    ("REPORTS_TO", "post", "Reporting to {x}, {who} will lead the widget service.", True),
    ("MEMBER_OF", "body", "As a member of {x}, {who} will lead the widget review.", True),
    ("MEMBER_OF", "body", "{Who} will sit on {x} and lead the widget review.", True),
    ("DEPUTISES_FOR", "post", "To deputise for {x} when required.", True),
    ("REPORTS_TO", "post", "{Who} {be} line managed by {x} and will lead the widget team.", True),
)

#: Counted seats: (template, facts). ``{B}`` a body, ``{G}`` a group of members, ``{org}`` an
#: organisation, ``{P}`` a post.
COUNTED: tuple[tuple[str, str], ...] = (
    ("The {B} includes two {G}.", "MEMBER_OF:g>b"),
    ("The {B} is made up of the {P}, three {G} and the {Q}.",
     "MEMBER_OF:p>b MEMBER_OF:g>b MEMBER_OF:q>b"),
    ("{Who} will be one of the {g} of the {B}.", "MEMBER_OF:s>b"),
    ("{Who} {be} one of two {g} on the {B}.", "MEMBER_OF:s>b"),
    ("The {B} includes a representative of {org}.", "MEMBER_OF:rep>b"),
    ("The membership of the {B} comprises the {P} and four {G}.",
     "MEMBER_OF:p>b MEMBER_OF:g>b"),
)
#: Groups of seats (capitalised and in lower case).
GROUPS = (("GP Members", "GP members"), ("Lay Members", "lay members"),
          ("Non-Executive Directors", "non-executive directors"),
          ("Widget Practitioners", "widget practitioners"))
#: The person beside a post: (template of the end, with ``{P}`` and ``{person}``).
PERSONS = ("the {P}, {person}", "{person}, {P}", "{person} ({P})", "the {P} ({person})",
           "{P} – {person}", "the {P}, {person}, who leads the gadget service",
           "{person}, {P}, who leads the gadget service")

#: Texts that state no headline fact.
NEGATIVES: tuple[str, ...] = (
    "{Who} {be} accountable for the widget budget.",
    "{Who} will be accountable for the delivery of the gadget strategy.",
    "{Who} will report to the {B} on progress against the widget plan.",
    "{Who} will attend meetings as required.",
    "{Who} will work as a member of the team.",
    "{Who} will be part of a wider widget team.",
    "To support the {P} in planning the gadget service.",
    "To advise the {B} on sprocket policy.",
    "Person specification\nEssential\n• Experience of reporting to a board\n• Experience as a "
    "member of a committee",
    "{Who} will be based at Westshire House.",
    "{Who} {be} responsible for ensuring that widgets are delivered on time.",
    "{Who} will be responsible for the widget budget and the gadget stock.",
    "The {P} is accountable for infection control across {org}.",
)
#: A body's end after "attend(s)": the meetings of a named standing body (the body is the end).
ATTENDS = ("{Who} will attend all meetings of {x}.", "{Who} attend{v} meetings of {x}.",
           "{Who} will regularly attend the monthly meetings of {x}.",
           "{Who} will attend {x} as a full member.")
#: Two shaped ends in one list (``{x}`` and ``{z}``): (type, kind, template).
LISTS = (("ACCOUNTABLE_TO", "post", "Accountable to: {x} and {z}"),
         ("REPORTS_TO", "post", "{Who} will report to {x} or {z}."),
         ("MEMBER_OF", "body", "Member of: {x}; {z}"),
         ("MEMBER_OF", "body", "{Who} will be a member of {x} and {z}."),
         ("DEPUTISES_FOR", "post", "{Who} will deputise for {x} and {z}."),
         ("CHAIRS", "body", "{Who} will chair {x} and {z}."))
#: The relationship stated about another post, whose shaped name is the source (``{x}``);
#: ``{P}`` is a plain target.
ABOUT = (("REPORTS_TO", "{X} reports to the {P}."),
         ("ACCOUNTABLE_TO", "{X} is accountable to the {P} for the widget budget."),
         ("DEPUTISES_FOR", "{X} will deputise for the {P} when required."),
         ("REPORTS_TO", "{Who} will work closely with {x}, who reports to the {P}."),
         ("RESPONSIBLE_TO", "{X} is responsible to the {P}."))
SCORED = ("ACCOUNTABLE_TO", "RESPONSIBLE_TO", "REPORTS_TO", "DEPUTISES_FOR", "MEMBER_OF",
          "CHAIRS")
FAMILIES = ("and", "chain", "acronym", "owner", "qualifier", "clause", "person", "counted",
            "caps", "attend", "list", "about", "lower", "placed")
#: The described post as a sentence's subject: (subject, "be", "have").
SELVES = (("The post holder", "is", "has", "s"), ("The postholder", "is", "has", "s"),
          ("You", "are", "have", ""), ("The {T}", "is", "has", "s"),
          ("This post", "is", "has", "s"))


def _end(rng: random.Random, family: str, kind: str, words: dict[str, str]) -> tuple[str, str]:
    """The end as written and the name it stands for, in a family's shape."""
    article = rng.choice(("the ", "the ", "")) if kind == "body" else rng.choice(("the ", ""))
    if family in ("and", "chain", "acronym"):
        name = rng.choice([n for f, k, n in NAMES if f == family and k == kind])
        bare = name.replace(" ({abbr})", "")
        return article + name.format(abbr=initials(bare)), bare
    plain = rng.choice(PLAIN_POSTS if kind == "post" else PLAIN_BODIES)
    if family == "owner":
        if kind == "body" and rng.random() < 0.4:
            return rng.choice(("its ", "their ", "the Trust's ")) + "Board", "Board"
        if kind == "post" and rng.random() < 0.5:
            return "the " + plain + rng.choice(OWNERS_AFTER).format(org=words["org"]), plain
        plain = plain.removeprefix("Trust ")  # (not "the Trust's Trust Board")
        return rng.choice(OWNERS_BEFORE).format(org=words["org"]) + plain, plain
    if family == "lower":
        name = rng.choice(LOWER_POSTS if kind == "post" else LOWER_BODIES)
        return rng.choice(("the ", "the ", "your ", "their ")) + name, name
    if family == "placed" and kind == "body":
        name = rng.choice(PLACED_BODIES)
        return rng.choice(("the ", "")) + name, name
    if family == "qualifier":
        return article + plain + rng.choice(QUALIFIERS).format(Q=words["Q"]), plain
    if family == "clause":
        return article + plain + rng.choice(CLAUSES), plain
    if family == "person" and kind == "post":
        persons = PERSONS if words["sentence"] else [p for p in PERSONS if "who" not in p]
        return rng.choice(persons).format(P=plain, person=words["person"]), plain
    return (article + plain).upper(), plain  # caps


def _words(rng: random.Random, title: str) -> dict[str, str]:
    """The template's fields besides the end."""
    who, be, have, v = rng.choice(SELVES)
    return {"Who": who.format(T=title), "who": who.format(T=title).replace("The ", "the ", 1)
            .replace("You", "you").replace("This", "this"),
            "be": be, "have": have, "v": v, "T": title,
            "org": rng.choice(ORGS), "person": rng.choice(PEOPLE), "n": str(rng.randint(2, 9)),
            "Q": rng.choice(("Divisional Office", "Widget Lead", "Gadget Directorate"))}


def _counted(rng: random.Random, title: str, words: dict[str, str]) -> tuple[str, dict[str, str],
                                                                               str]:
    """A counted-seats passage, its names and its facts."""
    template, spec = rng.choice(COUNTED)
    group, lower = rng.choice(GROUPS)
    p, q = rng.sample(PLAIN_POSTS, 2)
    names = {"s": title, "b": rng.choice(PLAIN_BODIES), "g": group, "p": p, "q": q,
             "org": words["org"], "rep": f"representative of {words['org']}"}
    text = template.format(**words | {"B": names["b"], "G": group, "g": lower, "P": p, "Q": q})
    return text, names, spec


def _shaped(rng: random.Random, kind: str, words: dict[str, str], last: bool = True
            ) -> tuple[str, str]:
    """An end of any family's shape but the person's and the counted seat's; a qualifier or
    capitals only on a list's ``last`` entry (as the genre writes them)."""
    family = rng.choice(("and", "chain", "acronym", "owner") + (("qualifier",) if last else ()))
    return _end(rng, family, kind, words)


def _special(rng: random.Random, family: str, title: str, words: dict[str, str]
             ) -> tuple[str, str, dict[str, str]]:
    """A passage of the families that place shaped ends their own way: (passage, facts,
    names)."""
    if family == "attend":
        written, name = _shaped(rng, "body", words)
        text = rng.choice(ATTENDS).format(**words | {"x": written})
        return text, "MEMBER_OF:s>x", {"s": title, "x": name}
    if family == "list":
        kind_type, kind, template = rng.choice(LISTS)
        (x, name), (z, other) = _shaped(rng, kind, words, False), _shaped(rng, kind, words)
        while other == name:
            z, other = _shaped(rng, kind, words)
        text = template.format(**words | {"x": x, "z": z})
        return text, f"{kind_type}:s>x {kind_type}:s>z", {"s": title, "x": name, "z": other}
    kind_type, template = rng.choice(ABOUT)
    written, name = _end(rng, rng.choice(("and", "chain", "acronym", "owner")), "post", words)
    written = written.removeprefix("the ")
    plain = rng.choice([p for p in PLAIN_POSTS if p != name])
    lead = "" if written[:1].isupper() and "'" not in written and "’" not in written else "the "
    opened = ("The " + written) if not lead and not written.startswith(("ICB", "WGT")) else \
        written[:1].upper() + written[1:]
    text = template.format(**words | {"X": opened, "x": "the " + written, "P": plain})
    return text, f"{kind_type}:x>p", {"s": title, "x": name, "p": plain}


def _positive(rng: random.Random, title: str, words: dict[str, str]) -> tuple[str, str, str,
                                                                                dict[str, str]]:
    """A passage stating one fact with an end of a family's shape: (family, passage, facts,
    names)."""
    family = rng.choice(FAMILIES)
    if family in ("attend", "list", "about"):
        text, spec, names = _special(rng, family, title, words)
        return family, text, spec, names
    if family == "counted":
        text, names, spec = _counted(rng, title, words)
        return family, text, spec, names
    kinds = ("post",) if family == "person" else ("body",) if family == "placed" else \
        ("post", "body")
    kind_type, kind, template, sentence = rng.choice([c for c in CUES if c[1] in kinds])
    if family == "clause" and not sentence:  # a label's value runs on only in a sentence
        family = "qualifier"
    written, name = _end(rng, family, kind, words | {"sentence": "yes" if sentence else ""})
    if family == "caps" and not sentence:
        template = re.sub(r"\{([A-Z]+)\}", lambda m: "{" + m[1].lower() + "}", template.upper())
    other = rng.choice([b for b in PLAIN_BODIES if b != name])
    names = {"s": title, "x": name, "y": other}
    spec = f"{kind_type}:s>x" + (f" {kind_type}:s>y" if "{y}" in template else "")
    text = template.format(**words | {"x": written, "y": "the " + other})
    return family, text, spec, names


def cases(seed: int = 20, n: int = 900) -> Iterator[Case]:
    """``n`` generated documents, one in six a negative."""
    rng = random.Random(f"ends:{seed}")
    for _ in range(n):
        title = rng.choice(TITLES)
        words = _words(rng, title)
        if rng.random() < 1 / 6:
            text = rng.choice(NEGATIVES).format(**words | {
                "B": rng.choice(PLAIN_BODIES), "P": rng.choice(PLAIN_POSTS)})
            passage, shape = _written(rng, text)
            yield Case("negative", job_document(rng, title, passage, ORGS), shape=shape)
            continue
        family, text, spec, names = _positive(rng, title, words)
        passage, shape = _written(rng, text)
        yield Case(family, job_document(rng, title, passage, ORGS), facts(spec, names), shape)


def score(seed: int = 20, n: int = 900) -> tuple[dict[str, Tally], list[str]]:
    """Tallies per family and overall (``"all"``), and the misses."""
    return tally(cases(seed, n), SCORED)


if __name__ == "__main__":  # pragma: no cover - a report for whoever tunes the rules
    print(report(*score(int(sys.argv[1]) if len(sys.argv) > 1 else 20)))
