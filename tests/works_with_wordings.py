"""A second seeded generator of working relationships (WORKS_WITH): wordings and negatives.

``tests/test_extract_works_with_wordings.py`` drives it; ``tests/works_with_cases.py`` is the
first generator (the guide's cues in sentences, lead-ins and headed lists). This one adds
the families that one lacks, each written from the labelling guide's WORKS_WITH row, its
"Generic counterparts", "Lists become several facts" and "Cases the tables above leave open"
and from English grammar, never from a corpus document. Every name is made up (Westshire,
widgets, gadgets, sprockets, Jo Example).

Families (``FAMILIES``):

- ``cue forms``: each cue of the guide in other grammatical forms: modal verbs ("will",
  "shall", "must", "is expected to", "is to"), progressive ("will be working closely with"),
  the cue's noun with "form / have / maintain / develop" ("form a close working relationship
  with", "maintain effective relationships with", "have regular liaison with"), "work
  alongside", "work together with", an adverb or a manner phrase between the verb and "with"
  ("work hand in hand with", "work in close co-operation with");
- ``subjects``: who works with whom: another post of the document ("The Widget Services
  Administrator liaises with …"), a fronted participle whose main clause names another post
  ("Working with the X, the Y will …"), "A and B work together" / "A works together with B",
  a named person the text appoints to the post ("Jo Example has been appointed as … She will
  work closely with …"), "I" in a first-person letter, a relative clause ("…, who will liaise
  with …");
- ``counterparts``: what the object is: a whole name holding "and", "of" or "for" ("Director of
  Widgets and Quality", "Widget Prevention and Control Team"), a group of posts in the plural,
  a body with its abbreviation in brackets, a generic counterpart after a quantifier ("a wide
  range of stakeholders", "all partner organisations" → "stakeholders", "partner
  organisations"), and words after the list that are no part of a name (a purpose "to agree
  …", a topic "on the …", "regarding …", "as required", "where necessary", a route "via the
  X", "under the direction of X", "on behalf of X");
- ``sections``: relationships under the guide's headings and their kin in every case ("KEY
  CONTACTS", "key working relationships", "Communication and relationships", "Internal /
  External", "Key Relationships (internal and external)"), with or without a colon, numbered,
  items one a line, bullets, inline with commas or semicolons, full stops between items run
  into one line, label/value pairs "Internal: A, B" / "External: C" (inline or with the values
  below), a flattened two-column table (the column labels, then the cells in turn);
- ``negatives`` (no WORKS_WITH): "with" in duties ("comply with", "deal with", "provide
  patients with", "in line with", "in accordance with", "familiar with", "keep up to date
  with", "in conjunction with" a document), person-specification criteria ("experience of
  working with"), "work across the Trust" and "working relationships across X", SUPPORTS and
  ADVISES wording, "accountable for", "attend meetings as required", "work as part of the
  team", "work with minimal supervision", a duty's object that is a topic ("work with the
  widget data") and a relationships heading over duties rather than counterparts
  ("Communication and relationships" over "Communicates complex information …"), and "we"
  (the employer, not the post) working with others.

Every case is a short job description with a title field and a reporting line, one passage
of its family, a negative passage, and a section after it. A case states (source, target)
pairs; targets the guide leaves open are ``maybe`` (counted neither way).

>>> case = cases(seed=1, n=1)[0]
>>> case.family.split(",")[0] in FAMILIES
True
"""

from __future__ import annotations

import random
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field

from tests.works_with_cases import AFTER  # a section after the passage: no counterparts

SUBJECT = "Widget Services Manager"
#: Another post of the document, the subject of some sentences.
OTHERS = ("Widget Services Administrator", "Gadget Support Worker", "Head of Sprocket Care")

#: Named posts (singular).
POSTS = ("Head of Gadget Care", "Director of Widgets", "Gadget Clinical Lead",
         "Senior Sprocket Nurse", "Westshire Locality Manager", "Chief Widget Officer",
         "Lead Gizmo Therapist", "Sprocket Team Leader", "Associate Director of Sprockets",
         "Widget Pharmacist", "Gizmo Coordinator", "Consultant in Gadget Medicine")
#: Whole names holding "and", "of" or "for": a list must not cut them.
JOINED = ("Director of Widgets and Quality", "Head of Gadgets and Sprockets",
          "Widget Prevention and Control Team", "Associate Director for Widget Safety",
          "Head of Planning and Performance", "Sprocket Health and Wellbeing Service")
#: Groups of posts, in the plural.
GROUPS = ("Ward Managers", "Widget Consultants", "Gadget Matrons", "Sprocket Practitioners",
          "Locality Managers", "Senior Widget Nurses")
#: Bodies.
BODIES = ("Widget Committee", "Westshire Gadget Board", "Sprocket Forum",
          "Eastshire County Council", "Widget Partnership Group", "Gizmo Steering Group",
          "Northshire Widget Network", "Westshire Sprocket Trust")
#: Bodies with their abbreviation in brackets: the end is the name, the abbreviation its alias.
ABBREVIATED = (("Westshire Widget Alliance", "WWA"), ("Gadget Quality Board", "GQB"),
               ("Eastshire Sprocket Partnership", "ESP"))
#: Generic counterparts (labelled with ``generic: true``).
GENERIC = ("stakeholders", "partner organisations", "external agencies", "service users",
           "colleagues", "system partners", "voluntary organisations", "clinical teams",
           "local authorities", "carers", "estates staff", "reception teams")
#: A quantifier before a generic counterpart, no part of its name (the guide keeps only the
#: text's words for the counterpart; "a wide range of" says how many, as an article does).
QUANTIFIERS = ("a wide range of", "a range of", "various", "a variety of", "many",
               "relevant", "appropriate", "a number of")
#: Words before a generic counterpart that the labels keep ("all", "key", "other").
KEPT = ("all", "key", "other")

#: Cue forms: (base after a modal, third person) with "{o}" where the object goes.
CUE_FORMS = (
    ("form a close working relationship with {o}", "forms a close working relationship with {o}"),
    ("maintain effective relationships with {o}", "maintains effective relationships with {o}"),
    ("develop effective working relationships with {o}",
     "develops effective working relationships with {o}"),
    ("have regular liaison with {o}", "has regular liaison with {o}"),
    ("work alongside {o}", "works alongside {o}"),
    ("work closely alongside {o}", "works closely alongside {o}"),
    ("work together with {o}", "works together with {o}"),
    ("work hand in hand with {o}", "works hand in hand with {o}"),
    ("work in close co-operation with {o}", "works in close co-operation with {o}"),
    ("work in partnership with {o}", "works in partnership with {o}"),
    ("liaise closely with {o}", "liaises closely with {o}"),
    ("collaborate with {o}", "collaborates with {o}"),
    ("work in conjunction with {o}", "works in conjunction with {o}"),
    ("build strong relationships with {o}", "builds strong relationships with {o}"),
    ("work collaboratively with {o}", "works collaboratively with {o}"),
    ("act as a key link with {o}", "acts as a key link with {o}"),
    # a focusing word before "with" ("in particular", "especially", "mainly")
    ("liaise in particular with {o}", "liaises in particular with {o}"),
    ("work mainly with {o}", "works mainly with {o}"),
    ("develop working partnerships, especially with {o}",
     "develops working partnerships, especially with {o}"),
    ("work closely, in particular, with {o}", "works closely, in particular, with {o}"),
    # the guide's "(professional / working) link with X", and "a link to X"
    ("act as a link to {o}", "acts as a link to {o}"),
    ("act as the main link with {o}", "acts as the main link with {o}"),
    ("provide a professional link with {o}", "provides a professional link with {o}"),
)
#: What stands before a base form: modal phrases.
MODALS = ("will", "shall", "must", "is expected to", "is required to", "is to", "will need to",
          "will be expected to", "should")
#: Words after a list that name nothing: (text, kind).
AFTER_LIST = (" to agree the widget budget", " on the annual gadget plan",
              " regarding referrals", " as required", " where necessary",
              " in order to improve widget care", " on a regular basis", " when appropriate",
              " about the sprocket rota", " for the delivery of the widget strategy",
              " via the Widget Office", " under the direction of the Director of Gizmos",
              " on behalf of the Chief Gadget Officer", " at all levels",
              " across Westshire", " in the absence of the Head of Gizmos")
#: Duties for a main clause (no relationship of their own).
DUTIES = ("develop the widget strategy", "lead the gadget service", "plan the sprocket budget",
          "improve the quality of widget care")


@dataclass(frozen=True)
class Case:
    """A generated document, the (source, target) WORKS_WITH pairs it states, and its family."""

    text: str
    want: frozenset[tuple[str, str]]
    family: str
    maybe: frozenset[str] = field(default_factory=frozenset)


def _shown(name: str) -> str:
    """A counterpart as a sentence writes it: a post or a body after "the", a group without."""
    if name in GENERIC or name in GROUPS or name.endswith(("Council", "Trust")):
        return name
    return f"the {name}"


def _pick(rng: random.Random, n: int, pools: tuple[tuple[str, ...], ...] | None = None
          ) -> list[str]:
    """``n`` different counterparts from the pools (all of them by default)."""
    pool = [x for p in (pools or (POSTS, JOINED, GROUPS, BODIES, GENERIC)) for x in p]
    return rng.sample(pool, n)


def _listed(rng: random.Random, names: list[str], shown: Callable[[str], str] = _shown) -> str:
    """Names as a running list: "A", "A and B", "A, B and C", "A, B, and C"."""
    parts = [shown(n) for n in names]
    if len(parts) == 1:
        return parts[0]
    comma = "," if len(parts) > 2 and rng.random() < 0.3 else ""
    return ", ".join(parts[:-1]) + f"{comma} and " + parts[-1]


def _object(rng: random.Random) -> tuple[str, list[str]]:
    """A cue's object: its text and the counterparts it names."""
    names = _pick(rng, rng.randint(1, 3))
    return _listed(rng, names), names


def _finish(rng: random.Random, text: str) -> tuple[str, str]:
    """A sentence as written: plain, without its full stop, wrapped by a page viewer, or
    numbered; with the noise's name."""
    noise = rng.choice(("plain", "plain", "no full stop", "wrapped", "numbered", "bullet"))
    if noise == "no full stop":
        text = text.rstrip(".")
    elif noise == "wrapped":
        text = "\n".join(textwrap.wrap(text, rng.randint(30, 60)))
    elif noise == "numbered":
        text = f"{rng.randint(1, 9)}.{rng.randint(1, 9)} {text}"
    elif noise == "bullet":
        text = f"• {text}"
    return text, noise


def cue_forms_case(rng: random.Random) -> tuple[str, list[tuple[str, str]], list[str], str]:
    """A cue in one of its other grammatical forms, about the post."""
    base, third = rng.choice(CUE_FORMS)
    obj, names = _object(rng)
    subject = rng.choice(("The post holder", "The postholder", "You", "The jobholder",
                          f"The {SUBJECT}"))
    shape = rng.choice(("modal", "present", "progressive", "order", "duty"))
    if shape == "modal":
        modal = rng.choice(MODALS)
        if subject == "You":
            modal = modal.replace("is ", "are ")
        text = f"{subject} {modal} {base.format(o=obj)}."
    elif shape == "present":
        verb = base if subject == "You" else third
        text = f"{subject} {verb.format(o=obj)}."
    elif shape == "progressive":
        ing = _participle(base)
        text = f"{subject} will be {ing.format(o=obj)}."
    elif shape == "order":
        text = f"{base[:1].upper()}{base[1:].format(o=obj)}."
    else:
        text = f"To {base.format(o=obj)}."
    text, noise = _finish(rng, text)
    return text, [(SUBJECT, n) for n in names], [], f"cue forms, {shape}, {noise}"


def _participle(base: str) -> str:
    """The "-ing" form of a cue's first verb ("form a …" → "forming a …")."""
    verb, _, rest = base.partition(" ")
    ing = {"have": "having", "liaise": "liaising", "collaborate": "collaborating",
           "act": "acting", "provide": "providing"}.get(verb, verb.removesuffix("e") + "ing" if verb.endswith("e")
                                 and not verb.endswith("ee") else verb + "ing")
    return f"{ing} {rest}"


def subjects_case(rng: random.Random) -> tuple[str, list[tuple[str, str]], list[str], str]:
    """Who works with whom: another post, a fronted participle, "A and B work together", an
    appointed person, "I", a relative clause."""
    base, third = rng.choice(CUE_FORMS)
    obj, names = _object(rng)
    other = rng.choice(OTHERS)
    duty = rng.choice(DUTIES)
    shape = rng.choice(("other post", "fronted", "together", "together with", "appointed",
                        "first person", "relative", "apposition", "two subjects"))
    source, maybe = SUBJECT, []
    if shape == "other post":
        source = other
        text = f"The {other} {rng.choice(('will', 'shall'))} {base.format(o=obj)}."
    elif shape == "fronted":
        source = other
        text = f"{_participle(base).format(o=obj)[:1].upper()}" \
               f"{_participle(base).format(o=obj)[1:]}, the {other} will {duty}."
    elif shape == "together":
        one = rng.choice(POSTS)
        names, maybe = [one], [SUBJECT]  # the reverse fact: the guide names one source
        text = f"The post holder and the {one} {rng.choice(('will ', ''))}work together " \
               f"{rng.choice(('to ' + duty, 'on widget planning', 'closely'))}."
    elif shape == "together with":
        one = rng.choice(POSTS)
        names = [one]
        text = f"The {SUBJECT} works together with the {one} to {duty}."
    elif shape == "appointed":
        pronoun = rng.choice(("She", "He", "They", "Jo"))
        verb = third if pronoun in ("She", "He", "Jo") else base
        text = f"Jo Example has been appointed as {SUBJECT} at Westshire. " \
               f"{pronoun} {rng.choice(('will ' + base, verb))}.".format(o=obj)
    elif shape == "apposition":  # a named person and their post: the post is the source
        source = other
        person = rng.choice(("Jo Example", "Dr Sam Sample"))
        text = rng.choice((f"{person}, the {other}, {third}.", f"The {other}, {person}, {third}.",
                           f"{person} ({other}) will {base}.")).format(o=obj)
    elif shape == "two subjects":  # two posts before one cue: each works with the objects
        one, two = OTHERS[:2]
        text = f"The {one} and the {two} {rng.choice(('will ', 'shall '))}{base.format(o=obj)}."
        text, noise = _finish(rng, text)
        return text, [(s_, n) for s_ in (one, two) for n in names], [], \
            f"subjects, {shape}, {noise}"
    elif shape == "first person":
        text = f"I am the {SUBJECT} and I {base.format(o=obj)}."
    else:
        text = f"The post holder, who will {base.format(o=obj)}, will {duty}."
    text, noise = _finish(rng, text)
    return text, [(source, n) for n in names], maybe, f"subjects, {shape}, {noise}"


def counterparts_case(rng: random.Random) -> tuple[str, list[tuple[str, str]], list[str], str]:
    """What the object names: whole names with "and" / "of", groups, abbreviations, generic
    counterparts after a quantifier, and words after the list that are no part of a name."""
    base, _ = rng.choice(CUE_FORMS)
    shape = rng.choice(("joined", "groups", "abbreviation", "quantifier", "tail", "tail"))
    if shape == "joined":
        names = _pick(rng, rng.randint(1, 2), (JOINED,)) + _pick(rng, 1, (POSTS, BODIES))
        obj = _listed(rng, names)
    elif shape == "groups":
        names = _pick(rng, rng.randint(2, 3), (GROUPS,))
        obj = _listed(rng, names)
    elif shape == "abbreviation":
        body, short = rng.choice(ABBREVIATED)
        other = _pick(rng, 1, (POSTS, GROUPS))
        names = [body, *other]
        obj = _listed(rng, names, lambda n: f"the {n} ({short})" if n == body else _shown(n))
    elif shape == "quantifier":
        names = _pick(rng, rng.randint(1, 2), (GENERIC,))
        quant = rng.choice((*QUANTIFIERS, *KEPT))
        obj = f"{quant} " + _listed(rng, names)
        if quant in KEPT:
            names[0] = f"{quant} {names[0]}"
    else:
        names = _pick(rng, rng.randint(1, 3), (POSTS, JOINED, GROUPS, BODIES))
        obj = _listed(rng, names) + rng.choice(AFTER_LIST)
    subject = rng.choice(("The post holder will", "You will", "To", "The post holder is "
                          "expected to"))
    text, noise = _finish(rng, f"{subject} {base.format(o=obj)}.")
    return text, [(SUBJECT, n) for n in names], [], f"counterparts, {shape}, {noise}"


#: Relationship section headings in the guide's words and their kin, as a page prints them.
SECTION_HEADINGS = ("Key Working Relationships", "KEY WORKING RELATIONSHIPS:",
                    "key working relationships", "Key contacts", "KEY CONTACTS",
                    "Working Relationships:", "Communication and relationships",
                    "COMMUNICATION AND WORKING RELATIONSHIPS",
                    "Key Relationships (internal and external)", "Internal / External",
                    "5. KEY RELATIONSHIPS", "Key relationships:", "Communications and "
                    "Working Relationships", "Working relationships")


def sections_case(rng: random.Random) -> tuple[str, list[tuple[str, str]], list[str], str]:
    """A relationships section in one of the genre's layouts."""
    head = rng.choice(SECTION_HEADINGS)
    names = _pick(rng, rng.randint(2, 6), (POSTS, JOINED, GROUPS, BODIES, GENERIC))
    half = max(1, len(names) // 2)
    inside, outside = names[:half], names[half:]
    shape = rng.choice(("lines", "bullets", "commas", "semicolons", "full stops",
                        "sides inline", "sides below", "flattened", "numbered", "capitals",
                        "include"))
    cap = [_cap(n) for n in names]
    if shape == "capitals":  # every entry in capitals, one a line
        cap = [c.upper() for c in cap]
    elif shape == "include":  # the heading as a lead-in: "Key working relationships include:"
        head = (head if "/" not in head else "Key relationships").rstrip(":").split(" (")[0] + \
            rng.choice((" include:", " are with:"))
    if shape in ("lines", "capitals", "include"):
        body = "\n".join(cap)
    elif shape == "bullets":
        body = "\n".join(f"{rng.choice(('•', '-', '*', 'o'))} {c}" for c in cap)
    elif shape == "numbered":
        body = "\n".join(f"{i}. {c}" for i, c in enumerate(cap, 1))
    elif shape == "commas":
        body = ", ".join(cap[:-1]) + " and " + cap[-1]
    elif shape == "semicolons":
        body = "; ".join(cap)
    elif shape == "full stops":  # a table's cells run into one line, each closed by a stop
        head = head if head[:1].isupper() and head.split()[-1][:1].isupper() else head.upper()
        return f"{head.rstrip(':')} " + ". ".join(cap) + ".", \
            [(SUBJECT, n) for n in names], [], "sections, full stops"
    elif shape == "sides inline":
        mark = rng.choice((":", " –", ":"))
        body = (f"Internal{mark} {', '.join(map(_cap, inside))}\n"
                f"External{mark} {', '.join(map(_cap, outside))}")
    elif shape == "sides below":
        body = ("Internal:\n" + "\n".join(map(_cap, inside)) + "\n\nExternal:\n" +
                "\n".join(map(_cap, outside)))
    else:  # a two-column table flattened: the column labels, then each row's cells in turn
        rows = list(zip(inside, outside, strict=False))
        names = [c for a, b in rows for c in (a, b)]
        body = "Internal\nExternal\n" + "\n".join(_cap(c) for c in names)
    return f"{head}\n{body}", [(SUBJECT, n) for n in names], [], f"sections, {shape}"


def _cap(name: str) -> str:
    return name[:1].upper() + name[1:]


#: Passages the guide says state no working relationship.
NEGATIVES = (
    "The post holder will comply with the Widget Act and all Trust policies.",
    "Deal with enquiries from the Westshire Gadget Board promptly.",
    "To provide patients with information about widget care.",
    "Work in line with the Sprocket Strategy and the Trust's values.",
    "The post holder will act in accordance with the Widget Code of Conduct.",
    "To be familiar with the Widget Procedures Manual.",
    "Keep up to date with developments in gadget care.",
    "This job description should be read in conjunction with the person specification.",
    "Person Specification\nEssential\nExperience of working with senior managers\n"
    "Ability to work with the Director of Widgets and other stakeholders",
    "Desirable: Experience of working in partnership with local authorities.",
    "The post holder will work across the Trust and the wider Westshire system.",
    "To develop working relationships across the Widget Directorate.",
    "The post holder will support the Director of Widgets in planning the service.",
    "To advise the Westshire Gadget Board on widget policy.",
    "The post holder is accountable for the widget budget.",
    "Attend meetings as required.",
    "Work as part of the team to deliver care.",
    "Work with minimal supervision, managing own workload.",
    "Work with the widget data to produce monthly reports.",
    "Communication and relationships\nCommunicates complex information about widgets.\n"
    "Uses tact and persuasion to overcome barriers to understanding.",
    "To work within the gadget team and support colleagues.",
    "Provide care to patients and their carers.",
    "About us\nWe work in partnership with Eastshire County Council and local charities.",
    "We are working with a range of partners to improve widget services across Westshire.",
    "This policy sets out how we will work with the Westshire Gadget Board.",
    "Key working relationships\nThe post holder will need to communicate effectively at all "
    "levels of the organisation.",
    "Communication and relationships\nNegotiation and influencing skills\nPresentation of "
    "complex widget data",
)

#: The positive families and their makers: (text, (source, target) pairs, maybe, family).
FAMILIES: dict[str, Callable[[random.Random],
                             tuple[str, list[tuple[str, str]], list[str], str]]] = {
    "cue forms": cue_forms_case, "subjects": subjects_case,
    "counterparts": counterparts_case, "sections": sections_case}


def cases(seed: int = 20, n: int = 600) -> list[Case]:
    """``n`` generated documents: one positive passage of a family (a fifth of them without
    one, the negative alone) and one negative passage."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        negative = rng.choice(NEGATIVES)
        if rng.random() < 0.2:
            text, want, maybe, family = "", [], [], "negatives"
        else:
            family_name = rng.choice(sorted(FAMILIES))
            text, want, maybe, family = FAMILIES[family_name](rng)
        parts = [negative, text] if rng.random() < 0.5 else [text, negative]
        body = "\n\n".join(p for p in parts if p)
        doc = f"Job Title: {SUBJECT}\nReports to: Head of Widget Services\n\n{body}{AFTER}"
        out.append(Case(doc, frozenset(want), family, frozenset(maybe)))
    return out
