"""A seeded generator of working relationships (WORKS_WITH) stated in the genre's many ways.

``tests/test_extract_works_with.py`` drives it. Every name is made up (Westshire, widgets,
gadgets, sprockets); the wordings come from the labelling guide's WORKS_WITH cues
(docs/extraction-labelling.md: the cue table, "Lists become several facts", "Generic
counterparts" and "Cases the tables above leave open") and from English grammar, never
from a corpus document. Each case is a short job description (a title field, a reporting
line, one passage stating working relationships, and one passage the guide says is not a
working relationship), with the facts it states: (source, target) pairs, the source being
the described post unless the sentence has another subject.

Families of the positive passage (``FAMILIES``):

- sentences: a cue verb (each cue of the guide, conjugated) after a subject ("The post
  holder will", "You are expected to", "The jobholder shall", an order "Liaise with", a duty
  "To liaise with", present tense "works closely with", "S/he will", "may be required to",
  "will be responsible for liaising with"), a participle before or after the
  main clause, a relative clause, an adverbial "in partnership with" / "in conjunction with",
  a noun form ("close liaison with", "partnership working with", "working relationships
  with"), the noun with its verb before "with" ("Close liaison is required with"), a first-person letter ("I work closely with"), an appointment ("has been appointed
  … and will work with"), another post or a named post as the subject, a numbered clause;
- lists in a sentence: one name, "A and B", "A, B and C", "A, B, and C", "A as well as B",
  "A; B; C" after a colon, a generic counterpart (lower-case kinds sharing a noun, "other
  statutory and voluntary agencies") with examples in brackets (names or abbreviations) or
  after "including" / "in particular", a lead-in ending with a colon over bullets;
- noise in a sentence: a qualifier after the list ("on a day to day basis", "as required",
  "– particularly on referrals"), no full stop before the next heading, a page viewer's line
  breaks inside the sentence, a bullet before it;
- headed lists: the guide's headings (in capitals, numbered, with a colon or without), items
  as bullets, plain lines, numbered lines, gaps between lines, one line split by commas,
  slashes or semicolons, items with a description after a dash or in brackets,
  "Internal" / "External" labels (with a colon or a dash) with their items on the same
  line or below, sub-headings, padded columns, a flattened table whose Internal and
  External cells interleave, a pipe table, a table of contacts with how often and what
  for, a two-column table exported with slashes;
- a run-together paragraph: a page viewer's fields and list on one line, the list ended by
  the next field's label.

Families of the negative passage (``NEGATIVES``): SUPPORTS and ADVISES wording, person
specification criteria ("Ability to work with …", "Experience of liaising with …", "Knowledge
of working with …"), duties ("accountable for", "attend meetings as required", "work as part
of the team", "work with minimal supervision", "provide care to patients"), a negated cue
("will not liaise directly with"), and every-employee clauses.

>>> case = cases(seed=1, n=1)[0]
>>> all(t for _, t in case.want) and case.family.split(",")[0] in FAMILIES
True
"""

from __future__ import annotations

import random
import textwrap
from collections.abc import Callable
from dataclasses import dataclass

SUBJECT = "Widget Services Manager"

#: Made-up posts (named counterparts).
POSTS = ("Head of Gadget Care", "Director of Widgets", "Gadget Clinical Lead",
         "Senior Sprocket Nurse", "Westshire Locality Manager", "Chief Widget Officer",
         "Lead Gizmo Therapist", "Sprocket Team Leader", "Eastshire Practice Manager",
         "Associate Director of Sprockets", "Gadget Safety Officer", "Widget Pharmacist",
         "Deputy Director of Gizmos", "Gizmo Coordinator", "Head of Widget Estates",
         "Consultant in Gadget Medicine", "Sprocket Data Analyst", "Widget Finance Manager")
#: Made-up bodies.
BODIES = ("Widget Committee", "Westshire Gadget Board", "Sprocket Forum",
          "Eastshire County Council", "Widget Partnership Group", "Gadget Safety Team",
          "Northshire Widget Network", "Westshire Sprocket Trust", "Gizmo Steering Group",
          "Widget Directorate", "Eastshire Gadget Alliance", "Sprocket Users Panel")
#: Generic counterparts (named by no particular post or body): labelled, `generic: true`.
GENERIC = ("stakeholders", "service users", "external agencies", "partner organisations",
           "ward staff", "colleagues", "other agencies", "voluntary sector organisations",
           "clinical staff", "system partners", "carers", "patients", "other professionals",
           "the wider team", "families", "volunteers", "portfolio holders",
           "other statutory and voluntary agencies", "health and social care partners",
           "local voluntary groups", "other departments")
#: Bodies named by their abbreviation (in an example list).
ABBREVIATED = ("WGB", "the ESC", "NWN")
#: Other posts of the document that can be a sentence's subject.
OTHERS = ("Widget Services Administrator", "Gadget Support Worker")

#: The guide's cues as verbs: (base, third person, participle).
VERBS = (("work closely with", "works closely with", "working closely with"),
         ("work with", "works with", "working with"),
         ("work collaboratively with", "works collaboratively with",
          "working collaboratively with"),
         ("work jointly with", "works jointly with", "working jointly with"),
         ("liaise with", "liaises with", "liaising with"),
         ("liaise closely with", "liaises closely with", "liaising closely with"),
         ("liaise regularly with", "liaises regularly with", "liaising regularly with"),
         ("work in partnership with", "works in partnership with",
          "working in partnership with"),
         ("work in close partnership with", "works in close partnership with",
          "working in close partnership with"),
         ("collaborate with", "collaborates with", "collaborating with"),
         ("collaborate closely with", "collaborates closely with", "collaborating closely with"),
         ("work in conjunction with", "works in conjunction with",
          "working in conjunction with"),
         ("build relationships with", "builds relationships with", "building relationships with"),
         ("build effective working relationships with", "builds effective working relationships "
          "with", "building effective working relationships with"),
         ("develop strong relationships with", "develops strong relationships with",
          "developing strong relationships with"),
         ("maintain working relationships with", "maintains working relationships with",
          "maintaining working relationships with"),
         ("act as a key link with", "acts as a key link with", "acting as a key link with"),
         ("form working partnerships with", "forms working partnerships with",
          "forming working partnerships with"),
         ("work in collaboration with", "works in collaboration with",
          "working in collaboration with"),
         ("liaise as appropriate with", "liaises as appropriate with",
          "liaising as appropriate with"),
         ("liaise on a regular basis with", "liaises on a regular basis with",
          "liaising on a regular basis with"),
         ("work effectively with", "works effectively with", "working effectively with"),
         ("develop and maintain effective working relationships with", "develops and maintains "
          "effective working relationships with", "developing and maintaining effective "
          "working relationships with"))
#: Noun forms of the cues, after "The role involves" and the like.
NOUNS = ("close liaison with", "liaison with", "partnership working with",
         "collaboration with", "close working relationships with", "joint working with")
#: A cue's noun with the verb between it and its object ("Close liaison is required with").
PASSIVES = ("Close liaison is required with", "Regular liaison will be needed with",
            "Partnership working is expected with", "Effective working relationships are needed "
            "with")
#: Adverbial cues before or after a main clause.
ADVERBIALS = ("In partnership with", "In conjunction with", "In close collaboration with",
              "In liaison with", "Working closely with", "Working with")
#: Main clauses an adverbial or participle goes with (duties, no relationship of their own).
DUTIES = ("develop the widget strategy", "lead the gadget service",
          "plan the sprocket budget", "improve the quality of widget care")
#: What a sentence may say after the list.
TAILS = ("", "", "", " on a day to day basis", " as required", " regularly",
         " – particularly on referrals", " to deliver the widget plan",
         " where appropriate")
#: Headings over a list of working relationships (the guide's headings).
HEADINGS = ("Key relationships", "Key working relationships", "KEY WORKING RELATIONSHIPS",
            "Key Relationships:", "Working relationships", "Working Relationships:",
            "Communications and working relationships", "COMMUNICATIONS AND WORKING "
            "RELATIONSHIPS", "Key contacts", "Key Contacts:", "6. Key working relationships",
            "4.3 KEY RELATIONSHIPS", "Functional contacts", "Key working relationships:",
            "Key internal and external relationships", "Main contacts", "Liaison",
            "Key Stakeholders", "Relationships", "Contacts:", "Key Working Relationships "
            "(Internal and External)", "Working Relationships and Communication")
#: List bullets, with the Symbol font's bullet a word processor exports as U+F0B7.
BULLETS = ("•", "-", "*", "▪", "\uf0b7", "a)", "(i)", "o")
#: A section after a passage: its heading and line are no counterparts.
AFTER = "\n\nMain duties\nTo deliver a high quality widget service across Westshire.\n"
#: Descriptions after a list item.
ABOUT = (" – weekly meetings", " (referrals)", " – for gadget supply", ": planning",
         " - service reviews", " (as required)")


@dataclass(frozen=True)
class Case:
    """A generated document, the (source, target) WORKS_WITH pairs it states, and its family."""

    text: str
    want: frozenset[tuple[str, str]]
    family: str
    negative: str
    maybe: frozenset[str] = frozenset()  # targets the guide leaves open ("such as" examples)


def _pick(rng: random.Random, n: int, generic: bool = True) -> list[str]:
    """``n`` counterparts: posts, bodies and (when allowed) generic ones, no two alike."""
    pool = [*POSTS, *BODIES, *(GENERIC if generic else ())]
    return rng.sample(pool, n)


def _shown(name: str) -> str:
    """A counterpart as a sentence writes it: a named post or body after "the"."""
    if name in GENERIC:
        return name
    return name if name.endswith(("Council", "Trust")) or name in POSTS[:3] else f"the {name}"


def _run(rng: random.Random, names: list[str], shown: Callable[[str], str] = _shown) -> str:
    """Names as a running list: "A", "A and B", "A, B and C", "A, B, and C", "A as well as B"."""
    parts = [shown(n) for n in names]
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2 and rng.random() < 0.2:
        return f"{parts[0]} as well as {parts[1]}"
    comma = "," if len(parts) > 2 and rng.random() < 0.3 else ""
    return ", ".join(parts[:-1]) + f"{comma} and " + parts[-1]


def _object(rng: random.Random) -> tuple[str, list[str], list[str]]:
    """A verb's object: its text, the counterparts it names, the "such as" examples."""
    shape = rng.choice(("one", "run", "run", "run", "including", "brackets", "such as",
                        "in particular", "abbreviations"))
    if shape == "one":
        names = _pick(rng, 1)
        return _shown(names[0]), names, []
    if shape == "run":
        names = _pick(rng, rng.randint(2, 4))
        return _run(rng, names), names, []
    head = rng.choice(GENERIC[:9])
    named = _pick(rng, rng.randint(1, 3), generic=False)
    if shape == "including":
        return f"{head}, including {_run(rng, named)}", [head, *named], []
    if shape == "brackets":
        return f"{head} ({', '.join(_shown(n) for n in named)})", [head, *named], []
    if shape == "in particular":
        marker = rng.choice(("in particular", "especially", "notably"))
        return f"{head}, {marker} {_run(rng, named)}", [head, *named], []
    if shape == "abbreviations":  # examples named by their abbreviations
        short = rng.sample(ABBREVIATED, 2)
        return f"{head} ({short[0]}, {short[1]})", [head, *(a.removeprefix("the ")
                                                             for a in short)], []
    return f"{head} such as {_run(rng, named)}", [], [head, *named]  # the guide leaves it open


def _sentence(rng: random.Random) -> tuple[str, list[str], list[str], str]:
    """A sentence stating working relationships: (text, counterparts, examples, source)."""
    base, third, ing = rng.choice(VERBS)
    obj, names, maybe = _object(rng)
    tail = rng.choice(TAILS)
    duty = rng.choice(DUTIES)
    other = rng.choice(OTHERS)
    forms = (f"The post holder will {base} {obj}{tail}.",
             f"The postholder is expected to {base} {obj}{tail}.",
             f"You will {base} {obj}{tail}.",
             f"The jobholder shall {base} {obj}{tail}.",
             f"{base[:1].upper() + base[1:]} {obj}{tail}.",
             f"To {base} {obj}{tail}.",
             f"The post holder {third} {obj}{tail}.",
             f"{ing[:1].upper() + ing[1:]} {obj}, the post holder will {duty}.",
             f"The post holder will {duty}, {ing} {obj}{tail}.",
             f"{rng.choice(ADVERBIALS)} {obj}, the post holder will {duty}.",
             f"The post holder will {duty} {rng.choice(ADVERBIALS).lower()} {obj}.",
             f"The post holder, who will {base} {obj}, will {duty}.",
             f"The role involves {rng.choice(NOUNS)} {obj}{tail}.",
             f"I am the {SUBJECT} and I {base} {obj}{tail}.",
             f"Jo Example has been appointed as {SUBJECT} and will {base} {obj}.",
             f"3.1 The post holder will {base} {obj}{tail}.",
             f"The {SUBJECT} {third} {obj}{tail}.",
             f"S/he will {base} {obj}{tail}.",
             f"The post holder may be required to {base} {obj}{tail}.",
             f"The post holder will be responsible for {ing} {obj}{tail}.",
             f"{rng.choice(PASSIVES)} {obj}{tail}.",
             f"The post holder reports to the Head of Widget Services and will {base} {obj}"
             f"{tail}.",
             f"Reporting to the Head of Widget Services, the post holder {third} {obj}{tail}.",
             f"Key Relationships: The post holder will {base} {obj}{tail}.")
    n = rng.randrange(len(forms) + 2)
    if n >= len(forms):  # another post of the document is the subject
        return f"The {other} {third} {obj}{tail}.", names, maybe, other
    return forms[n], names, maybe, SUBJECT


def _wrap(rng: random.Random, sentence: str) -> str:
    """A page viewer's line breaks inside a sentence: wrapped at a width of 30 to 70."""
    return "\n".join(textwrap.wrap(sentence, rng.randint(30, 70)))


def sentence_case(rng: random.Random) -> tuple[str, list[str], list[str], str, str]:
    """A sentence with its noise: plain, wrapped, without a full stop, as a bullet."""
    text, names, maybe, source = _sentence(rng)
    noise = rng.choice(("plain", "plain", "wrapped", "no full stop", "bullet"))
    if noise == "wrapped":
        text = _wrap(rng, text)
    elif noise == "no full stop":
        text = text.rstrip(".")
    elif noise == "bullet":  # one duty of a bulleted list
        text = f"{rng.choice(BULLETS)} {text}"
    return text, names, maybe, source, f"sentence, {noise}"


def lead_in_case(rng: random.Random) -> tuple[str, list[str], list[str], str, str]:
    """A lead-in sentence ending with a colon, the counterparts below it or after it."""
    base = rng.choice(VERBS)[0]
    names = _pick(rng, rng.randint(2, 4))
    lead = rng.choice((f"The post holder will {base}:", f"You will {base} the following:",
                       f"The post holder will need to {base}:", "Key relationships include:",
                       "The post holder's key working relationships are with:",
                       "The main contacts of the post are:"))
    if rng.random() < 0.3:
        return f"{lead} " + "; ".join(_shown(n) for n in names) + ".", names, [], SUBJECT, \
            "lead-in, semicolons"
    bullet = rng.choice(("• ", "- ", "* ", ""))
    return lead + "\n" + "\n".join(f"{bullet}{_cap(_shown(n))}" for n in names), names, [], \
        SUBJECT, "lead-in, bullets"


def _cap(name: str) -> str:
    return name[:1].upper() + name[1:]


def _item(rng: random.Random, name: str, about: float) -> str:
    """A list item: the name, with a description after it with probability ``about``."""
    shown = _cap(name)
    return shown + (rng.choice(ABOUT) if rng.random() < about else "")


def heading_case(rng: random.Random) -> tuple[str, list[str], list[str], str, str]:
    """A headed list of counterparts in one of the genre's layouts."""
    names = _pick(rng, rng.randint(2, 6))
    head = rng.choice(HEADINGS)
    half = max(1, len(names) // 2)
    inside, outside = names[:half], names[half:]
    shape = rng.choice(("bullets", "lines", "numbered", "gaps", "inline", "described",
                        "internal-external inline", "internal-external below",
                        "padded columns", "flattened table", "pipe table", "slash table",
                        "purpose table"))
    sep = rng.choice((", ", " / ", "; ", ","))
    if shape == "bullets":
        body = "\n".join(f"{rng.choice(BULLETS)} {_item(rng, n, 0)}" for n in names)
    elif shape == "lines":
        body = "\n".join(_item(rng, n, 0) for n in names)
    elif shape == "numbered":
        body = "\n".join(f"{i}. {_item(rng, n, 0)}" for i, n in enumerate(names, 1))
    elif shape == "gaps":
        body = "\n\n".join(_item(rng, n, 0) for n in names)
    elif shape == "inline":
        return f"{head.rstrip(':')}: " + sep.join(_cap(n) for n in names), names, [], SUBJECT, \
            f"heading, inline '{sep.strip()}'"
    elif shape == "described":
        body = "\n".join(f"• {_item(rng, n, 1)}" for n in names)
    elif shape == "internal-external inline":
        mark = rng.choice((":", ":", " –", " -"))  # the side's label, then a colon or a dash
        body = (f"Internal{mark} {sep.join(map(_cap, inside))}\n"
                f"External{mark} {sep.join(map(_cap, outside))}")
        if rng.random() < 0.3:  # both sides on one line
            body = body.replace("\n", "; " if sep != "; " else " ")
    elif shape == "internal-external below":
        body = ("Internal\n" + "\n".join(f"• {_cap(n)}" for n in inside) + "\nExternal\n" +
                "\n".join(f"• {_cap(n)}" for n in outside))
    elif shape == "padded columns":
        rows = zip(inside, [*outside, ""][:len(inside)], strict=False)
        body = f"{'Internal':40}External\n" + "\n".join(f"{_cap(a):40}{_cap(b)}".rstrip()
                                                       for a, b in rows)
        names = [*inside, *outside[:len(inside)]]
    elif shape == "flattened table":
        cells = [c for a, b in zip(inside, outside, strict=False) for c in (a, b)]
        body = "Internal\nExternal\n" + "\n".join(map(_cap, cells))
        names = cells
    elif shape == "purpose table":  # a table of contacts, how often and what for
        body = "| Contact | Frequency | Purpose |\n" + "\n".join(
            f"| {_cap(n)} | {rng.choice(('Daily', 'Weekly', 'Monthly', 'As required'))} | "
            f"{rng.choice(('Service planning', 'Referrals', 'Budget reports'))} |" for n in names)
    elif shape == "slash table":  # a two-column table exported with " / " between cells,
        # the first column's cell wrapped onto a line of its own
        more = _pick(rng, 2, generic=False)
        sep = sep if "/" not in sep else ", "  # the slash parts the cells
        body = (f"INTERNAL CONTACTS: / EXTERNAL CONTACTS:\n{sep.join(map(_cap, inside))}. / "
                f"{sep.join(map(_cap, outside))}.\n{_cap(rng.choice(GENERIC[:9]))}, "
                f"in particular {_run(rng, more)}.")
        names = [*names, *more]
        return body, [*names, body.rsplit("\n", 1)[1].split(",")[0].lower()], [], SUBJECT, \
            "heading, slash table"
    else:
        body = "| Internal | External |\n" + "\n".join(
            f"| {_cap(a)} | {_cap(b)} |" for a, b in zip(inside, outside, strict=False))
        names = [c for a, b in zip(inside, outside, strict=False) for c in (a, b)]
    return f"{head}\n{body}", names, [], SUBJECT, f"heading, {shape}"


#: Passages the guide says state no working relationship, whatever their words.
NEGATIVES = (
    "The post holder will support the Director of Widgets in planning the service.",
    "To advise the Westshire Gadget Board on widget policy.",
    "Provide expert advice to the Sprocket Forum and support the Head of Gadget Care.",
    "Person Specification\nEssential\nAbility to work with colleagues at all levels\n"
    "Experience of working with external agencies\nAble to liaise effectively with "
    "stakeholders",
    "Criteria: Experience of liaising with partner organisations. Ability to build "
    "relationships with a wide range of people.",
    "The post holder is accountable for the widget budget.",
    "Attend meetings as required.",
    "Work as part of the team to deliver care.",
    "Work with minimal supervision, managing own workload.",
    "Provide care to patients and their carers.",
    "All staff are required to work with the Trust's policies on infection control.",
    "To work within the gadget team and support colleagues.",
    "The post holder will not liaise directly with patients.",
    "Essential: Experience of partnership working with voluntary organisations.",
    "Desirable: Knowledge of working with local authorities.",
)

def run_together_case(rng: random.Random) -> tuple[str, list[str], list[str], str, str]:
    """A page viewer's paragraph: the fields and the relationships list run into one line, the
    list ended by the next field's label ("… Key Relationships A, B and C Main Duties …")."""
    names = _pick(rng, rng.randint(2, 5))
    head = rng.choice(("Key Relationships", "Key Working Relationships:", "KEY CONTACTS",
                       "Communications and Working Relationships"))
    after = rng.choice(("Main Duties To deliver the widget plan.", "Job Purpose: To lead the "
                        "widget service.", "Hours: 37.5 per week."))
    listed = ", ".join(map(_cap, names[:-1])) + " and " + _cap(names[-1])
    if rng.random() < 0.3:  # a duty run into the heading before it
        duty = rng.choice(VERBS)[0]
        return f"Location: Westshire House Purpose of the Job To {duty} {_run(rng, names)}. " \
            f"{after}", names, [], SUBJECT, "run-together"
    return f"Location: Westshire House {head} {listed}. {after}", names, [], SUBJECT, \
        "run-together"


#: The positive passage's families and their makers.
FAMILIES: dict[str, Callable[[random.Random], tuple[str, list[str], list[str], str, str]]] = {
    "sentence": sentence_case, "lead-in": lead_in_case, "heading": heading_case,
    "run-together": run_together_case}


def cases(seed: int = 20, n: int = 600) -> list[Case]:
    """``n`` generated documents: a title, a reporting line, one positive passage (families
    weighted 6 sentences : 2 lead-ins : 4 headed lists : 1 run-together paragraph) and one
    negative passage."""
    rng = random.Random(seed)
    out = []
    kinds = ["sentence"] * 6 + ["lead-in"] * 2 + ["heading"] * 4 + ["run-together"]
    for _ in range(n):
        family = rng.choice(kinds)
        text, names, maybe, source, shape = FAMILIES[family](rng)
        negative = rng.choice(NEGATIVES)
        before = rng.random() < 0.5
        body = f"{negative}\n\n{text}" if before else f"{text}\n\n{negative}"
        doc = f"Job Title: {SUBJECT}\nReports to: Head of Widget Services\n\n{body}{AFTER}"
        want = frozenset((source, n_) for n_ in names)
        out.append(Case(doc, want, shape, negative.split("\n")[0][:40], frozenset(maybe)))
    return out
