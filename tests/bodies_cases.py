"""A seeded generator of made-up texts about bodies: who sits on them and who chairs them.

The facts here have a source other than a described post: terms of reference, a board's
page, a structure paper or a news item names a body and its members. Written from the
labelling guide's MEMBER_OF and CHAIRS rows and its "Cases the tables above leave open"
(docs/extraction-labelling.md) and from English grammar, never from a corpus document: the
organisations, posts, bodies and people are invented ("Westshire Widget Group", "Jo
Example"). The families:

- ``referback``: a body named once (a title, "has been established as …") and then called
  "the Group", "This Committee", "the Board", "It"; its chair and members belong to the
  body the text is about;
- ``subjects``: a list of people, posts or organisations as the subject ("A, B and C sit on
  / serve on / are members of the X");
- ``objects``: a body's members as the object ("The X includes / also includes / comprises
  (of) / consists of / brings together / membership is drawn from A, B and C"), people
  named with their post beside them ("gadget director Jo Example", "Jo Example, director
  of widgets,") — the person is the end, as the guide writes a person named where a post
  belongs;
- ``lead-in``: a lead-in before one member a line ("Membership shall comprise of … from the
  following bodies:", "Members will be drawn from:"), with bullets of any kind;
- ``seats``: counted seats ("two elected Widget Officers", "three lay members");
- ``news``: "Jo Example, a non-executive director of the X Board, said", "has joined the X
  Board as", "was elected chair of the X", "was appointed to the X".

The negatives are what the guide leaves unlabelled: one meeting's attendance ("Present",
"sent apologies"), "invited to attend as required", former members, "reports to the X",
"led by" alone, "the Board is responsible for", "accountable to the Board", a body
supported by a team.

A case's answer is a set of ``(type, source, target)`` after
:func:`~orggraph.extract.names.normalise`; :func:`score` counts the facts found exactly and
the MEMBER_OF / CHAIRS facts the extractor states that the case does not (invented).

Run ``python -m tests.bodies_cases [SEED]`` to print the rates per family and the misses.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator

from tests.generated import Case, Tally, as_written, facts, report, tally

#: Standing bodies, by the word a text refers back to them with.
BODIES = (("Westshire Widget Group", "Group"), ("Gadget Quality Committee", "Committee"),
          ("Northvale Sprocket Board", "Board"), ("Eastshire Gizmo Panel", "Panel"),
          ("Westshire Widget Partnership", "Partnership"), ("Gadget Safety Forum", "Forum"),
          ("Widget Assurance Sub-Committee", "Sub-Committee"),
          ("Northvale Gadget Steering Group", "Group"))
#: Boards (a non-executive director of a board is one of its members).
BOARDS = ("Northvale Sprocket Board", "Westshire Widget Partnership Board", "Gizmo Trust Board")
#: The body a sub-group is established under.
PARENTS = ("Regional Gizmo Programme Board", "Eastshire Sprocket Executive")
POSTS = ("Head of Widgets", "Director of Gadgets", "Widget Lead", "Sprocket Manager",
         "Lead Gadget Nurse", "Chief Widget Officer", "Associate Director of Sprockets",
         "Gizmo Coordinator", "Medical Director for Widgets", "Widget Finance Lead")
#: Posts in lower case, written before or after a person's name ("gadget director Jo Example").
LOWER_POSTS = ("gadget director", "director of widgets", "head of gadgets", "sprocket lead",
               "chief gizmo officer")
PEOPLE = ("Jo Example", "Sam Sample", "Alex Other", "Pat Exampleton", "Chris Placeholder",
          "Dr Lee Specimen", "Robin Template")
ORGS = ("Westshire Widgets NHS Trust", "Eastshire Gadget Council", "Northvale Sprocket Federation",
        "Gizmo Care Foundation Trust", "Westshire University", "Eastshire Widget Healthwatch")
#: Counted seats (capitalised, lower case).
SEATS = ("Widget Officers", "Gadget Practitioners", "lay members", "independent members",
         "Sprocket Governors", "GP members")
COUNTS = ("two", "three", "four", "up to five", "at least two")
#: Bullets of a one-a-line list (a format string of the item's number).
BULLETS = ("• ", "- ", "* ", "o ", "{n}. ", "({a}) ", "  ", "\t", "▪ ", "  • ", "{n}) ")
#: A title line naming the body.
TITLES = ("Terms of Reference: {B}", "{B}\n\nTerms of Reference", "{B_up} – TERMS OF REFERENCE",
          "Terms of Reference for the {B}", "{B}\nTERMS OF REFERENCE\n\n1. Purpose\nTo oversee "
          "the widget programme.")
#: What a text calls its body after naming it.
BACK = ("the {H}", "the {H}", "this {H}")

#: (family, template, facts). ``{b}`` a body with its article (``{B}`` bare, ``{B_cap}`` at a
#: sentence's start, ``{H}`` the word it is referred back to by); ``{d}`` a board; ``{p}``,
#: ``{q}``, ``{r}`` posts; ``{lp}``, ``{lq}`` posts in lower case; ``{x}``, ``{y}``, ``{z}``
#: people; ``{o1}`` … ``{o3}`` organisations; ``{n}``, ``{k}`` counts, ``{m}``, ``{u}`` seats;
#: ``{list_p}`` the posts one a line, ``{list_o}`` the organisations one a line. Facts:
#: ``TYPE:source>target`` with those letters; ``{G}`` a seat of a general kind ("Directors").
TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("subjects", "{x}, {y} and {z} sit on {b}.", "MEMBER_OF:x>b MEMBER_OF:y>b MEMBER_OF:z>b"),
    ("subjects", "{x}, {y} and {z} serve on {b}.", "MEMBER_OF:x>b MEMBER_OF:y>b MEMBER_OF:z>b"),
    ("subjects", "{x}, {y} and {z} are members of {b}.",
     "MEMBER_OF:x>b MEMBER_OF:y>b MEMBER_OF:z>b"),
    ("subjects", "{x} and {y} will both sit on {b}.", "MEMBER_OF:x>b MEMBER_OF:y>b"),
    ("subjects", "{x}, {y}, the Revd {z} and interim chair {w} sit on {b}.",
     "MEMBER_OF:x>b MEMBER_OF:y>b MEMBER_OF:Revz>b CHAIRS:w>b"),
    ("subjects", "{x} and {y} have been appointed to {b}.", "MEMBER_OF:x>b MEMBER_OF:y>b"),
    ("subjects", "The {p}, the {q} and the {r} serve on {b}.",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("subjects", "The {p} and the {q} will both sit on {b}.", "MEMBER_OF:p>b MEMBER_OF:q>b"),
    ("subjects", "The {p}, the {q} and the {r} are members of {b}.",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("subjects", "{o1}, {o2} and {o3} are members of {b}.",
     "MEMBER_OF:o1>b MEMBER_OF:o2>b MEMBER_OF:o3>b"),
    ("subjects", "{o1} and {o2} each have a seat on {b}.", "MEMBER_OF:o1>b MEMBER_OF:o2>b"),
    ("objects", "{B_cap} includes {lp} {x}, {y}, {lq}, and the {r}.",
     "MEMBER_OF:x>b MEMBER_OF:y>b MEMBER_OF:r>b"),
    ("objects", "{B_cap} also includes {lp} {x}, {lq}, {y}, and {lr} {z}.",
     "MEMBER_OF:x>b MEMBER_OF:y>b MEMBER_OF:z>b"),
    ("objects", "{B_cap} also includes the {p}, the {q} and the {r}.",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("objects", "{B_cap} comprises of the {p}, the {q} and the {r}.",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("objects", "{B_cap} is made up of {x} ({p}), {y} ({q}) and {z} ({r}).",
     "MEMBER_OF:x>b MEMBER_OF:y>b MEMBER_OF:z>b"),
    ("objects", "{B_cap} brings together the {p}, the {q} and the {r}.",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("objects", "{B_cap} brings together {o1}, {o2} and {o3}.",
     "MEMBER_OF:o1>b MEMBER_OF:o2>b MEMBER_OF:o3>b"),
    ("objects", "Membership of {b} is drawn from {o1}, {o2} and {o3}.",
     "MEMBER_OF:o1>b MEMBER_OF:o2>b MEMBER_OF:o3>b"),
    ("objects", "{B_cap} consists of {x}, {lp}, {y}, {lq}, and the {r}.",
     "MEMBER_OF:x>b MEMBER_OF:y>b MEMBER_OF:r>b"),
    ("objects", "{B_cap} will be made up of representatives of {o1}, {o2} and {o3}.",
     "MEMBER_OF:o1>b MEMBER_OF:o2>b MEMBER_OF:o3>b"),
    ("lead-in", "{B}\n\nMembership shall comprise of {delegates} from the following "
     "{kinds}:\n\n{list_o}", "MEMBER_OF:o1>b MEMBER_OF:o2>b MEMBER_OF:o3>b"),
    ("lead-in", "{B}\n\nMembership will comprise representatives of:\n{list_o}",
     "MEMBER_OF:o1>b MEMBER_OF:o2>b MEMBER_OF:o3>b"),
    ("lead-in", "The following will be members of {b}:\n{list_p}",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("lead-in", "{B}\n\nMembers will be drawn from:\n{list_o}",
     "MEMBER_OF:o1>b MEMBER_OF:o2>b MEMBER_OF:o3>b"),
    ("lead-in", "{B}\n\nThe following will be members:\n{list_p}",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("lead-in", "{B_cap} shall consist of at least six members, to include:\n{list_p}",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("lead-in", "{B_cap} will comprise the following members:\n{list_p}",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("lead-in", "The membership of {b} is as follows:\n{list_p}",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("lead-in", "{B}\n\nMEMBERSHIP\nThe core members are:\n{list_p}",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("lead-in", "{B}\n\nThe {H} will be made up of the following organisations:\n{list_o}",
     "MEMBER_OF:o1>b MEMBER_OF:o2>b MEMBER_OF:o3>b"),
    ("seats", "{B_cap} will include {n} {m}, {k} {u} and the {p}.",
     "MEMBER_OF:m>b MEMBER_OF:u>b MEMBER_OF:p>b"),
    ("seats", "{B_cap} comprises the {p} (Chair), {n} {m} and {k} {u}.",
     "CHAIRS:p>b MEMBER_OF:m>b MEMBER_OF:u>b"),
    ("seats", "{B_cap} is made up of {n} {m} and {k} {u}.", "MEMBER_OF:m>b MEMBER_OF:u>b"),
    ("seats", "{B_cap} is made up of the {c} {G} of the company and the {p}.",
     "MEMBER_OF:G>b MEMBER_OF:p>b"),
    ("seats", "{B_cap} has {n} {m}, one of whom is the Chair, and the {p}.",
     "MEMBER_OF:m>b CHAIRS:Chair>b MEMBER_OF:p>b"),
    ("news", "{x}, a non-executive director of {d}, said the plans were sound.",
     "MEMBER_OF:x>d"),
    ("news", "{x} has joined {d} as a non-executive director.", "MEMBER_OF:x>d"),
    ("news", "{x} was elected chair of {b} at its annual meeting.", "CHAIRS:x>b"),
    ("news", "{x} has been elected as the Chair of {b}.", "CHAIRS:x>b"),
    ("news", "{x} was appointed to {b} in the spring.", "MEMBER_OF:x>b"),
    ("news", "{x} has been appointed as a member of {b}.", "MEMBER_OF:x>b"),
    ("news", "{x}, chair of {b}, said the plans were sound.", "CHAIRS:x>b"),
    ("news", "{x}, who sits on {b}, welcomed the plans.", "MEMBER_OF:x>b"),
    ("news", "{x}, the {p}, has joined {d}.", "MEMBER_OF:x>d"),
)

#: A body's terms of reference, referring back to it: (statement, facts).
REFERBACK: tuple[tuple[str, str], ...] = (
    ("{Back} will be chaired by the {p}.", "CHAIRS:p>b"),
    ("The {p} will chair {back}.", "CHAIRS:p>b"),
    ("{Back} will {adv} be chaired by {x}, the {p}.", "CHAIRS:x>b"),
    ("Membership of {back} will comprise:\n{list_p}", "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("{Back} comprises the {p}, the {q} and the {r}.",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("{Back} meets monthly. It includes the {p} and the {q}.", "MEMBER_OF:p>b MEMBER_OF:q>b"),
    ("{Back} is made up of the {p}, the {q} and the {r}.",
     "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("The {p} and the {q} sit on {back}.", "MEMBER_OF:p>b MEMBER_OF:q>b"),
    ("The members of {back} are:\n{list_p}", "MEMBER_OF:p>b MEMBER_OF:q>b MEMBER_OF:r>b"),
    ("Membership shall comprise of {delegates} from the following {kinds}:\n\n{list_o}", "MEMBER_OF:o1>b MEMBER_OF:o2>b MEMBER_OF:o3>b"),
)
#: How a body's terms of reference go on after its title.
INTROS = ("The {B} was set up as a sub-group of the {P}.",
          "The {B} is a sub-group of the {P} and reports to it.",
          "1. Purpose\nTo oversee the widget programme.", "")

#: Texts that state no membership and no chairing (the guide leaves them unlabelled).
NEGATIVES: tuple[str, ...] = (
    "{B}\n\nMinutes of the meeting\n\nPresent: {x}, {y}, {z}\nApologies: {w}",
    "{x} sent apologies to {b}.",
    "{x} and {y} attended the meeting of {b} on 3 May.",
    "The {p} will be invited to attend {b} as required.",
    "Former members of {b} include {x} and {y}.",
    "{x}, the former chair of {b}, welcomed the plans.",
    "{B_cap} reports to the {P}.",
    "{B_cap} is led by the {p}.",
    "{B_cap} is responsible for widget quality across Westshire.",
    "The {p} is accountable to {b}.",
    "{B_cap} is supported by the widget team.",
    "{x} stepped down from {b} last year.",
    "{B_cap} will advise the {P} on widget matters.",
    "The {p} will support {b} in its work.",
    "Person specification\nEssential\n• Experience as a member of a committee\n"
    "• Ability to chair meetings effectively",
)


def _listed(rng: random.Random, items: list[str]) -> str:
    """Items one a line with one kind of bullet (numbered or lettered where it counts)."""
    bullet = rng.choice(BULLETS)
    end = rng.choice(("", "", ";"))
    return "\n".join(bullet.format(n=i + 1, a="abcdefgh"[i]) + item + end
                     for i, item in enumerate(items))


def _slots(rng: random.Random) -> dict[str, str]:
    """The names a template's letters stand for (clean, without articles)."""
    (body, head), parent = rng.choice(BODIES), rng.choice(PARENTS)
    p, q, r = rng.sample(POSTS, 3)
    x, y, z, w = rng.sample(PEOPLE, 4)
    o1, o2, o3 = rng.sample(ORGS, 3)
    m, u = rng.sample(SEATS, 2)
    return {"b": body, "H": head, "P": parent, "d": rng.choice(BOARDS), "p": p, "q": q, "r": r,
            "x": x, "y": y, "z": z, "w": w, "o1": o1, "o2": o2, "o3": o3, "m": m, "u": u,
            "Chair": "Chair", "Revz": "Revd " + z,
            "G": rng.choice(("Directors", "Partners", "Members", "Managers")),
            "c": rng.choice(("two", "five", "seven", "12"))}


def _words(rng: random.Random, names: dict[str, str]) -> dict[str, str]:
    """The template's fields: names with the noise round them."""
    lp, lq, lr = rng.sample(LOWER_POSTS, 3)
    n, k = rng.sample(COUNTS, 2)
    back = rng.choice(BACK).format(H=names["H"])
    return {**names, "b": "the " + names["b"], "B": names["b"], "B_cap": "The " + names["b"],
            "B_up": names["b"].upper(), "d": "the " + names["d"], "lp": lp, "lq": lq, "lr": lr,
            "n": n, "k": k, "back": back, "adv": rng.choice(("normally", "usually", "also")),
            "delegates": rng.choice(("named representatives", "one delegate each",
                                     "senior officers")),
            "kinds": rng.choice(("organisations", "bodies", "partners")), "Back": back[:1].upper() + back[1:],
            "list_p": _listed(rng, [names["p"], names["q"], names["r"]]),
            "list_o": _listed(rng, [names["o1"], names["o2"], names["o3"]])}


def _referback(rng: random.Random, words: dict[str, str], names: dict[str, str]
               ) -> tuple[str, frozenset[tuple[str, str, str]]]:
    """Terms of reference naming the body once, then two statements referring back to it."""
    title = rng.choice(TITLES).format(**words)
    intro = rng.choice(INTROS).format(**words)
    chosen = rng.sample(REFERBACK, 2)
    text = "\n\n".join(part for part in (title, intro, *(s.format(**words) for s, _ in chosen))
                       if part)
    return text, facts(" ".join(spec for _, spec in chosen), names)


def cases(seed: int = 20, n: int = 900) -> Iterator[Case]:
    """``n`` generated documents, one in eight a negative, one in six terms of reference
    that refer back to their body."""
    rng = random.Random(seed)
    for _ in range(n):
        names = _slots(rng)
        words = _words(rng, names)
        roll = rng.random()
        if roll < 0.125:
            sentence, shape = as_written(rng, rng.choice(NEGATIVES).format(**words))
            yield Case("negative", sentence, shape=shape)
        elif roll < 0.29:
            text, want = _referback(rng, words, names)
            yield Case("referback", text + "\n", want)
        else:
            family, template, spec = rng.choice(TEMPLATES)
            sentence, shape = as_written(rng, template.format(**words))
            yield Case(family, sentence, facts(spec, names), shape)


SCORED = ("MEMBER_OF", "CHAIRS")
FAMILIES = ("referback", "subjects", "objects", "lead-in", "seats", "news")


def score(seed: int = 20, n: int = 900) -> tuple[dict[str, Tally], list[str]]:
    """Tallies per family and overall (``"all"``), and the misses."""
    return tally(cases(seed, n), SCORED)


if __name__ == "__main__":  # pragma: no cover - a report for whoever tunes the rules
    print(report(*score(int(sys.argv[1]) if len(sys.argv) > 1 else 20)))
