"""A seeded generator of made-up texts stating membership and chairing (MEMBER_OF, CHAIRS).

Written from the labelling guide's cue table and its "Cases the tables above leave open"
(docs/extraction-labelling.md) and from English grammar, never from a corpus document: the
organisations, posts, bodies and people are invented ("Widget Board", "Head of Gadgets",
"Jo Example"). Each family says one relationship in many ways: the cue's variants, "is" /
"will" / "shall", the first and second person, a subordinate clause, a post other than the
described one as subject, a narrative "has been appointed", numbered clauses, ALL-CAPS
labels, lists inline and one a line, brackets, dashes, qualifiers, a sentence without its
full stop and a page viewer's line break inside a sentence. Negative families hold what the
guide leaves unlabelled (duties, "attend meetings as required", "the team", person
specifications, SUPPORTS / ADVISES wording).

A case's answer is a set of ``(type, source, target)`` after
:func:`~orggraph.extract.names.normalise`; :func:`score` counts the facts found exactly and
the MEMBER_OF / CHAIRS facts the extractor states that the case does not (invented).

Run ``python -m tests.membership_cases`` to print the rates per family and the misses.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator

from tests.generated import Case, Tally, as_written, facts, initials, report, tally

SUBJECT = "Widget Services Manager"
#: Standing bodies (boards, committees, groups, forums, panels) and named teams.
BODIES = ("Widget Board", "Gadget Committee", "Westshire Widget Partnership Board",
          "Sprocket Assurance Committee", "Eastshire Gizmo Forum", "Widget Quality Group",
          "Gadget Steering Group", "Northvale Sprocket Panel", "Gizmo Investment Committee",
          "Widget Safety Forum", "Eastshire Widget Executive Group")
#: Boards (a "Board Member" is a member of a board).
BOARDS = ("Widget Board", "Westshire Widget Partnership Board", "Gadget Programme Board",
          "Northvale Sprocket Board")
TEAMS = ("Widget Services Team", "Northvale Gadget Team", "Sprocket Care Team",
         "Eastshire Widget Team", "Gizmo Leadership Team", "Westshire Gadget Management Team")
POSTS = ("Head of Widgets", "Director of Gadgets", "Widget Lead", "Sprocket Manager",
         "Lead Gadget Nurse", "Chief Widget Officer", "Associate Director of Sprockets",
         "Gizmo Coordinator", "Widget Finance Lead", "Deputy Director of Gadgets",
         "Head of Sprocket Services", "Gadget Practice Manager", "Clinical Director for Widgets",
         "Lay Member for Gadgets", "Widget Safety Officer")
#: Seats counted in a composition ("two Widget Officers").
#: Seats written in lower case ("a lay member").
LOWER_SEATS = ("lay member", "independent member", "non-executive director", "widget governor")
SEATS = ("Widget Officers", "Gadget Leads", "Sprocket Governors", "Lay Members",
         "Non-Executive Directors", "Widget Practitioners")
PEOPLE = ("Jo Example", "Sam Sample", "Alex Placeholder", "Dr Pat Instance")
COUNTS = ("two", "three", "four", "five", "up to six")
#: The described post as a sentence's subject: (at a sentence's start, inside one, "be",
#: third-person "s", "have", as an object).
SUBJECTS = (("The post holder", "the post holder", "is", "s", "has", "the post holder"),
            ("The postholder", "the postholder", "is", "s", "has", "the postholder"),
            ("You", "you", "are", "", "have", "you"),
            ("The Widget Services Manager", "the Widget Services Manager", "is", "s", "has",
             "the Widget Services Manager"),
            ("The jobholder", "the jobholder", "is", "s", "has", "the jobholder"),
            ("I", "I", "am", "", "have", "me"))
#: Words before a body's name, and after it.
LEADS = ("the ", "the ", "the ", "the Trust's ", "our ")
QUALIFIERS = ("", "", "", "an ex officio ", "a voting ", "a core ", "a full ", "a standing ")

#: (family, template, facts). ``{S}``/``{s}``/``{o}`` the described post, ``{be}``, ``{v}`` (third
#: person "s"), ``{have}``; ``{b}``/``{c}`` standing bodies, ``{d}`` a board, ``{t}`` a named
#: team (``{B}`` a body's bare name, ``{B_cap}`` at a sentence's start); ``{p}``,
#: ``{q}``, ``{r}`` posts; ``{n}`` a count, ``{m}`` counted seats, ``{lower}`` a seat in lower case; ``{a}`` a member's
#: qualifier ("a voting "). Facts: ``TYPE:source>target`` with the letters above, ``s`` the
#: described post; ``CHAIRS:Chair>b`` names the seat "Chair".
TEMPLATES: tuple[tuple[str, str, str], ...] = (
    # a member of a body: the cue table's "member of", "sits on", "attend(s) the X" ...
    ("member", "{S} {be} {a}member of {b}.", "MEMBER_OF:s>b"),
    ("member", "{S} will be {a}member of {b}.", "MEMBER_OF:s>b"),
    ("member", "{S} shall be {a}member of {b} and will lead the widget service.",
     "MEMBER_OF:s>b"),
    ("member", "{S} will sit on {b}.", "MEMBER_OF:s>b"),
    ("member", "{S} sit{v} on {b} and {c}.", "MEMBER_OF:s>b MEMBER_OF:s>c"),
    ("member", "As a member of {b}, {s} will shape the widget strategy.", "MEMBER_OF:s>b"),
    ("member", "{S}, who {be} a member of {b}, lead{v} the widget service.", "MEMBER_OF:s>b"),
    ("member", "{S} will attend {b} and {c}.", "MEMBER_OF:s>b MEMBER_OF:s>c"),
    ("member", "{S} attend{v} {b} as a regular member.", "MEMBER_OF:s>b"),
    ("member", "{S} will serve as a Board Member of {d}.", "MEMBER_OF:s>d"),
    ("member", "As a Board Member of {d}, {s} will shape the widget strategy.", "MEMBER_OF:s>d"),
    ("member", "{S} {have} been appointed to {b}.", "MEMBER_OF:s>b"),
    ("member", "{S} will join {t} in the spring.", "MEMBER_OF:s>t"),
    ("member", "{S} {be} a member of {b} ({abbr_b}).", "MEMBER_OF:s>b"),
    ("member", "{S} {be} a member of {b} – the body that oversees widget care.",
     "MEMBER_OF:s>b"),
    ("member", "4.2 {S} {be} a member of {b}.", "MEMBER_OF:s>b"),
    ("member", "As a member of the Widget Services and Gadgets (WSG) senior team, {s} will lead "
     "the service.", "MEMBER_OF:s>wsg"),
    ("member", "{S} {be} vice-chair of {b}.", "MEMBER_OF:s>b"),
    ("member", "{S} will also be a member of {b}, {c} and {t}.",
     "MEMBER_OF:s>b MEMBER_OF:s>c MEMBER_OF:s>t"),
    # a team the post works in: "as part of the X team", "forms part of", "works within"
    ("team", "{S} will work as part of {t}.", "MEMBER_OF:s>t"),
    ("team", "{S} form{v} part of {t}.", "MEMBER_OF:s>t"),
    ("team", "{S} work{v} within {t}, delivering widget care.", "MEMBER_OF:s>t"),
    ("team", "{S} will be part of {t}.", "MEMBER_OF:s>t"),
    ("team", "Working as part of {t}, {s} will deliver widget care.", "MEMBER_OF:s>t"),
    ("team", "{S}, together with the {p}, form{v} {t}.", "MEMBER_OF:s>t MEMBER_OF:p>t"),
    ("team", "{S}, alongside the {p} and the {q}, form{v} part of {t}.",
     "MEMBER_OF:s>t MEMBER_OF:p>t MEMBER_OF:q>t"),
    # labels, inline and one a line
    ("label", "Member of: {b}", "MEMBER_OF:s>b"),
    ("label", "MEMBERSHIP OF: {B}", "MEMBER_OF:s>b"),
    ("label", "Committee membership:\n• {b}\n• {c}", "MEMBER_OF:s>b MEMBER_OF:s>c"),
    ("label", "Membership of:\n{b}\n{c}", "MEMBER_OF:s>b MEMBER_OF:s>c"),
    ("label", "Member of:\t{b}; {c}", "MEMBER_OF:s>b MEMBER_OF:s>c"),
    ("label", "Chair of: {b}", "CHAIRS:s>b"),
    # the described post chairs a body
    ("chair", "{S} chair{v} {b}.", "CHAIRS:s>b"),
    ("chair", "{S} will chair {b} and {c}.", "CHAIRS:s>b CHAIRS:s>c"),
    ("chair", "{S} shall chair {b}", "CHAIRS:s>b"),
    ("chair", "{S} {be} the Chair of {b}.", "CHAIRS:s>b"),
    ("chair", "{S} will act as Chair of {b}.", "CHAIRS:s>b"),
    ("chair", "{S} will co-chair {b} with the {p}.", "CHAIRS:s>b CHAIRS:p>b"),
    ("chair", "{S} {have} been elected as the Chair of {b}.", "CHAIRS:s>b"),
    ("chair", "{B_cap} is chaired by {o}.", "CHAIRS:s>b"),
    ("chair", "{S} will chair the meetings of {b}.", "CHAIRS:s>b"),
    ("chair", "{S} {be} the new Chair of {B}.", "CHAIRS:s>b"),
    ("chair", "{S} {have} been appointed as the first Chair of {b}.", "CHAIRS:s>b"),
    ("chair", "{S} will chair {b} and sit on {c}.", "CHAIRS:s>b MEMBER_OF:s>c"),
    # another post (or a person holding it) as the subject
    ("other", "The {p} {be3} a member of {b}.", "MEMBER_OF:p>b"),
    ("other", "The {p} sits on {b}.", "MEMBER_OF:p>b"),
    ("other", "The {p} chairs {b}.", "CHAIRS:p>b"),
    ("other", "The {p} will chair {b}.", "CHAIRS:p>b"),
    ("other", "{B_cap} is chaired by the {p}.", "CHAIRS:p>b"),
    ("other", "{B_cap} will be chaired by the {p} and will meet monthly.", "CHAIRS:p>b"),
    ("other", "{B_cap}, chaired by the {p}, meets every month.", "CHAIRS:p>b"),
    ("other", "The {p} is vice-chair of {b}.", "MEMBER_OF:p>b"),
    ("other", "The {p}, {person}, chairs {b}.", "CHAIRS:p>b"),
    ("other", "The {p} and the {q} are members of {b}.", "MEMBER_OF:p>b MEMBER_OF:q>b"),
    ("other", "The {p} has been appointed to {b}.", "MEMBER_OF:p>b"),
    ("other", "The {p}-chaired {B} meets monthly.", "CHAIRS:p>b"),
    # a body's composition in a sentence
    ("composition", "{B_cap} comprises the {p}, the {q} and the {r}.",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("composition", "{B_cap} is made up of the {p}, the {q} and the {r}.",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("composition", "{B_cap} consists of the {p}, the {q} and {n} {m}.",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:m>b"),
    ("composition", "{B_cap} will comprise the {p} and the {q}.", "MEMBER_OF:p>b MEMBER_OF:q>b"),
    ("composition", "{B_cap} is required to have a Chair, {n} {m} and the {p}.",
     "CHAIRS:Chair>b MEMBER_OF:m>b MEMBER_OF:p>b"),
    ("composition", "{B_cap} was also required to consist of the {p} and the {q}.",
     "MEMBER_OF:p>b MEMBER_OF:q>b"),
    ("composition", "{B_cap} shall consist of the {p}, the {q} and the {r}.",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("composition", "Membership of {b} includes the {p}, the {q} and the {r}.",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("composition", "The members of {b} are the {p}, the {q} and the {r}.",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("composition", "{B_cap} includes the {p} and the {q}.", "MEMBER_OF:p>b MEMBER_OF:q>b"),
    ("composition", "The {T} includes the {p}, the {q} and {n} {m}.",
     "MEMBER_OF:p>t MEMBER_OF:q>t MEMBER_OF:m>t"),
    ("composition", "Members of {b} are: the {p}, the {q} and the {r}.",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("composition", "{B_cap} is chaired by the {p}. Its members are the {q} and the {r}.",
     "CHAIRS:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("composition", "The {p}, the {q} and the {r} make up {b}.",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("composition", "The {p}, together with the {q}, forms {b}.", "MEMBER_OF:p>b MEMBER_OF:q>b"),
    ("composition", "{B_cap} comprises a Chair, {n} {m} and the {p}.",
     "CHAIRS:Chair>b MEMBER_OF:m>b MEMBER_OF:p>b"),
    ("composition", "{B_cap} comprises the {p} (Chair), the {q} and the {r}.",
     "CHAIRS:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("composition", "{B_cap} is chaired by the {p} and its members include the {q} and the {r}.",
     "CHAIRS:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("composition", "{B_cap} is made up of five elected {m}, one of whom is the Chair, and the {p}.",
     "MEMBER_OF:m>b CHAIRS:Chair>b MEMBER_OF:p>b"),
    ("composition", "{B_cap} consists of {n} {m} – one of whom is elected as Chair – and the {p}.",
     "MEMBER_OF:m>b CHAIRS:Chair>b MEMBER_OF:p>b"),
    ("composition", "{B_cap} will be chaired by a {lower} and will include the {p}.",
     "CHAIRS:lower>b MEMBER_OF:p>b"),
    ("composition", "The governing body comprises the chair, the {lower} and the registered nurse.",
     "CHAIRS:chair>gov MEMBER_OF:lower>gov MEMBER_OF:nurse>gov"),
    ("composition", "{B_cap} comprises the {p}, the Chair of the Westshire Widget Inspectorate and "
     "the {q}.", "MEMBER_OF:p>b MEMBER_OF:insp>b MEMBER_OF:q>b"),
    ("composition", "{B_cap} comprises the {p}, a representative from the {C} and the {q}.",
     "MEMBER_OF:p>b MEMBER_OF:rep>b MEMBER_OF:q>b"),
    ("composition", "{B_cap} comprises the {lower} with responsibility for widgets (Chair) and "
     "the {p}.", "CHAIRS:remit>b MEMBER_OF:p>b"),
    ("composition", "{B_cap} comprises the {p}, the {q} (Vice-Chair) and the {r}.",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    # a composition one member a line
    ("composition list", "{B_cap} is made up of:\n• the {p}\n• the {q}\n• the {r}",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("composition list", "{B_cap} shall comprise:\n(a) the {p};\n(b) the {q};\n(c) the {r}.",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("composition list", "The membership of {b} will be:\n- {p} (Chair)\n- {q}\n- {r}",
     "CHAIRS:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("composition list", "{B_cap} consists of the following members:\n{p}\n{q}\n{n} {m}",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:m>b"),
    ("composition list", "{B_cap}, which meets every month to oversee the widget service, is made up "
     "of the following posts:\n{p}\n{q}\n{r}", "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("composition list", "3. MEMBERSHIP\n3.1 {B_cap} shall consist of the following members:\n"
     "3.1.1 the {p};\n3.1.2 the {q};\n3.1.3 the {r}.", "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("terms of reference", "{B} membership\n{p} (Chair)\n{q}\nLead and oversee the work of the "
     "widget groups", "CHAIRS:p>b MEMBER_OF:q>b"),
    ("terms of reference", "{B}\n\nMembership: {p} (Chair), {q} and {r}",
     "CHAIRS:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("terms of reference", "{B}\nTerms of Reference\n\n1. Purpose\nTo oversee the widget "
     "service.\n\n2. Membership\n{p} (Chair)\n{q}\n{r}\n\n3. Quorum\nThree members.",
     "CHAIRS:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("terms of reference", "{B_up} – TERMS OF REFERENCE\n\nMEMBERSHIP\n\n{p} – Chair\n{q}\n"
     "{r}\n\nFREQUENCY OF MEETINGS\nMonthly.",
     "CHAIRS:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("terms of reference", "{B} terms of reference\n\nMembership:\nChair: {p}\nMembers: {q}, {r}",
     "CHAIRS:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
)

#: Texts that state no membership and no chairing (the guide leaves them unlabelled).
NEGATIVES: tuple[str, ...] = (
    "{S} will attend meetings as required.",
    "{S} will work as part of the team.",
    "{S} will be part of a wider team of widget staff.",
    "{S} will work within the multi-disciplinary team.",
    "{S} will support {b} in its work.",
    "{S} will advise {b} on widget matters.",
    "{S} {be} accountable for the papers presented to {b}.",
    "{S} will present reports to {b}.",
    "Each member of {b} must declare their interests.",
    "Person specification\nEssential\n• Experience as a member of a committee\n"
    "• Ability to chair meetings effectively",
    "{S} will chair meetings when required.",
    "{S} will attend training as required.",
    "{S} will ensure that the team meets its widget targets.",
    "{S} {be} part of the NHS family.",
    "{S} will be responsible for the minutes of {b}.",
    "{S} will sit on interview panels as required.",
    "{S} will be a member of the on-call rota.",
    "Person specification\nMembership of a relevant professional body\nEssential",
    "{S} will be accountable to {b}.",
    "{S} may be asked to join working groups from time to time.",
    "Widget Leads are appointed by a committee consisting of the {p} and the {q}.",
)

#: What follows a sentence written without its full stop (a heading and a duty).






def _slots(rng: random.Random) -> dict[str, str]:
    """The names a template's letters stand for (clean, without articles)."""
    b, c = rng.sample(BODIES, 2)
    p, q, r = rng.sample(POSTS, 3)
    names = {"b": b, "c": c, "t": rng.choice(TEAMS), "d": rng.choice(BOARDS), "p": p, "q": q, "r": r,
            "m": rng.choice(SEATS), "s": SUBJECT, "Chair": "Chair",
            "lower": rng.choice(LOWER_SEATS), "gov": "governing body",
            "nurse": "registered nurse", "chair": "chair",
            "insp": "Chair of the Westshire Widget Inspectorate",
            "wsg": "Widget Services and Gadgets (WSG) senior team"}
    names["rep"] = f"representative from {c}"
    names["remit"] = f"{names['lower']} with responsibility for widgets"
    return names


def _words(rng: random.Random, names: dict[str, str]) -> dict[str, str]:
    """The template's fields: names with the noise round them, the subject's words."""
    subject = rng.choice(SUBJECTS)
    lead_b, lead_c, lead_t = (rng.choice(LEADS) for _ in range(3))
    b_cap = (lead_b[:1].upper() + lead_b[1:] + names["b"]) if lead_b != "our " else \
        "The " + names["b"]
    return {"S": subject[0], "s": subject[1], "be": subject[2], "v": subject[3],
            "have": subject[4], "o": subject[5], "be3": rng.choice(("is", "will be", "shall be")),
            "a": rng.choice(QUALIFIERS) or "a ", "b": lead_b + names["b"],
            "c": lead_c + names["c"], "t": lead_t + names["t"], "B": names["b"],
            "d": lead_c + names["d"],
            "B_cap": b_cap, "T": names["t"], "C": names["c"], "B_up": names["b"].upper(), "abbr_b": initials(names["b"]),
            "p": names["p"], "q": names["q"], "r": names["r"], "m": names["m"],
            "lower": names["lower"],
            "n": rng.choice(COUNTS), "person": rng.choice(PEOPLE)}




def _document(body: str, family: str) -> str:
    """A document round the generated passage: a described post, unless it is a structure
    text (a composition or terms of reference)."""
    if family.startswith(("composition", "terms")):
        return body
    return f"Job Title: {SUBJECT}\n\n{body}"


def cases(seed: int = 20, n: int = 1200) -> Iterator[Case]:
    """``n`` generated documents, one in eight a negative."""
    rng = random.Random(seed)
    for _ in range(n):
        names = _slots(rng)
        words = _words(rng, names)
        if rng.random() < 0.125:
            sentence, shape = as_written(rng, rng.choice(NEGATIVES).format(**words))
            yield Case("negative", f"Job Title: {SUBJECT}\n\n{sentence}", shape=shape)
            continue
        family, template, spec = rng.choice(TEMPLATES)
        if words["S"] == "I":  # narrative: the first person with a described post
            words["v"] = ""
        sentence, shape = as_written(rng, template.format(**words))
        yield Case(family, _document(sentence, family), facts(spec, names), shape)


SCORED = ("MEMBER_OF", "CHAIRS")


def score(seed: int = 20, n: int = 1200) -> tuple[dict[str, Tally], list[str]]:
    """Tallies per family and overall (``"all"``), and the misses."""
    return tally(cases(seed, n), SCORED)


if __name__ == "__main__":  # pragma: no cover - a report for whoever tunes the rules
    print(report(*score(int(sys.argv[1]) if len(sys.argv) > 1 else 20)))
