"""A seeded generator of the SOURCES (subjects) of headline facts: which post, person or body
a clause's relationship is stated about.

Written from the labelling guide's cue table, its "Source and target identity" and "Cases
the tables above leave open" (docs/extraction-labelling.md) and from English grammar, never
from a corpus document: organisations, posts, bodies and people are invented ("Westshire",
"Widget Lead", "Jo Example"). Every case states facts of the six headline types whose
subject takes one grammatical shape. Families (the shape of the subject):

- ``self``: the described post by another name: "the post holder", "the postholder", "the
  jobholder", "the role", "this post", "you", "I", "the successful candidate", "the
  [title]", and a pronoun ("he", "she", "they") in the sentence after one of these;
- ``other``: another post the document names as a sentence's subject ("The Deputy Widget
  Manager reports to the Widget Manager", "Both Team Leaders report to …", "Each Widget
  Officer is accountable to …");
- ``relative``: a post with a relative clause ("the Widget Lead, who reports to the Head of
  Widgets, will …": a fact of the Widget Lead) or an apposition ("The Widget Lead, a senior
  post in the service, is accountable to …");
- ``fronted``: a fronted phrase before the subject ("Reporting to the X, the post holder will
  …", "As a member of the X, you will …", "Working closely with X, the Y is accountable to
  Z");
- ``passive``: a by-phrase ("The Widget Officer is line managed by the X", "managed by");
- ``subjects``: a list of subjects ("The Widget Lead and the Gadget Lead both report to …",
  "The post holder and the Widget Officer both report to …");
- ``far``: a long subordinate clause between the subject and its verb;
- ``section``: a heading naming a post, then fields under it stating its facts without a
  subject ("Widget Officer" / "Reports to: Widget Manager");
- ``person``: a person and their post ("Jo Example, Widget Manager, reports to …"): the post
  is the source (the evaluator matches it by the holder's name too);
- ``manager``: "the post holder's line manager is the X" (REPORTS_TO from the post);
- ``reversed``: posts reporting to the described post ("The Widget Officers report to the post
  holder": REPORTS_TO from the Widget Officers);
- ``holder``: a person described in lower case as the subject ("Jo Example, an experienced
  gizmo engineer, chairs …"): the person;
- ``gerund``: a person before a gerund or an infinitive ("… supports Jo Example becoming the
  Chair of the X", "… to appoint Jo Example, to become the Chair of the X"): the person;
- ``leadin``: a lead-in naming the post ("The post holder will:") over bullets of duties, two of
  them facts, the first a duty that is no post ("lead the widget service");
- ``joined``: the fact in a clause joined by "and" to a duty ("… will manage the widget budget
  and report to …");
- ``postof``: a post a paper creates, then its line ("create a new post of X, reporting to Y",
  "the position of X, which will report to Y"): a fact of that post;
- ``pronoun``: "He", "She" or "They" opening the sentence after one that opens with a post
  ("The Deputy Widget Manager leads the gadget team. She reports to …"): that post.

Negatives (``negative``) are what the guide leaves unlabelled: a team or a duty as the
subject ("the team reports to …"), "you will support the X", a hypothetical, a person-
specification criterion, a body as the source of a line ("the Board is accountable to …").

A case's answer is a set of ``(type, source, target)`` after
:func:`~orggraph.extract.names.normalise`; a headline fact no case states is invented, so a
fact given the wrong source counts both as missed and as invented. Each passage is written
plain, without its full stop before a heading, or with a page viewer's line break inside it.

Run ``python -m tests.subjects_cases [SEED]`` to print the rates per family and every miss.

>>> made = list(cases(3, 40))
>>> {c.family for c in made} <= set(FAMILIES) | {"negative"}
True
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator

from tests.generated import Case, Tally, facts, job_document, report, tally
from tests.reports_cases import _written

#: The described post.
TITLES = ("Gizmo Repairs Coordinator", "Senior Widget Practitioner", "Sprocket Services Officer",
          "Widget Liaison Nurse", "Thingamajig Project Lead", "Gadget Team Manager")
PEOPLE = ("Jo Example", "Sam Sample", "Dr Alex Placeholder", "Mrs Chris Dummy")
#: Targets (posts) and bodies.
POSTS = ("Director of Widgets", "Head of Gizmo Repairs", "Gadget Manager",
         "Chief Sprocket Officer", "Lead Nurse for Widgets", "Widget Services Manager",
         "Medical Director", "Chief Executive")
#: Other posts a document names as subjects: (singular, plural).
OTHERS = (("Deputy Widget Manager", "Deputy Widget Managers"),
          ("Widget Officer", "Widget Officers"), ("Gadget Team Leader", "Gadget Team Leaders"),
          ("Sprocket Coordinator", "Sprocket Coordinators"),
          ("Senior Gizmo Analyst", "Senior Gizmo Analysts"))
BODIES = ("Widget Board", "Gadget Committee", "Sprocket Assurance Committee",
          "Gizmo Programme Board", "Widget Safety Group")

#: Clauses stating one fact of ``{S}`` (the subject as written) about ``{x}`` (a post) or
#: ``{b}`` (a body), with ``{be}`` / ``{s}`` agreeing with the subject: (type, template).
CLAUSES: tuple[tuple[str, str], ...] = (
    ("ACCOUNTABLE_TO", "{S} {be} accountable to the {x}"),
    ("ACCOUNTABLE_TO", "{S} will be professionally accountable to the {x}"),
    ("ACCOUNTABLE_TO", "{S} {be} answerable to the {x}"),
    ("RESPONSIBLE_TO", "{S} {be} responsible to the {x}"),
    ("REPORTS_TO", "{S} report{s} to the {x}"),
    ("REPORTS_TO", "{S} will report directly to the {x}"),
    ("REPORTS_TO", "{S} shall report to the {x}"),
    ("REPORTS_TO", "{S} {be} line managed by the {x}"),
    ("DEPUTISES_FOR", "{S} will deputise for the {x}"),
    ("DEPUTISES_FOR", "{S} deputise{s} for the {x} when required"),
    ("MEMBER_OF", "{S} {be} a member of the {b}"),
    ("MEMBER_OF", "{S} will sit on the {b}"),
    ("CHAIRS", "{S} will chair the {b}"),
    ("CHAIRS", "{S} chair{s} the {b}"),
)
#: Ways the text names its own post: (subject, "be", the verb's "s"); ``{T}`` the title.
SELVES = (("The post holder", "is", "s"), ("The postholder", "is", "s"),
          ("The jobholder", "is", "s"), ("The role", "is", "s"), ("This post", "is", "s"),
          ("You", "are", ""), ("I", "am", ""), ("The successful candidate", "is", "s"),
          ("The {T}", "is", "s"), ("The post-holder", "is", "s"), ("The role holder", "is", "s"),
          ("The post", "is", "s"), ("The {T} post holder", "is", "s"),
          ("THE POST HOLDER", "IS", "S"))
PRONOUNS = (("He", "is", "s"), ("She", "is", "s"), ("They", "are", ""))
#: Long subordinate clauses between a subject and its verb.
INSERTS = (", who will be expected to lead the widget service across all sites and to take "
           "part in the out-of-hours rota,",
           " (working across Westshire and Eastborough, with a caseload of widget clients)",
           ", while leading the day-to-day delivery of the gadget programme and its budget,",
           ", like the other widget leads in the service,",
           ", in addition to the duties above,", ", as part of the widget review,",
           ", following the gadget restructure,",
           " – a new post created as part of the widget review in 2025 –")
#: Fronted phrases: (fronted, the fact it states or "" for none).
FRONTS = (("Reporting to the {y}", "REPORTS_TO:s>y"),
          ("As a member of the {c}", "MEMBER_OF:s>c"),
          ("Working closely with the {y}", ""),
          ("In addition to leading the widget service", ""),
          ("As part of the widget review", ""))
#: Ways "line manager" is stated of the post: templates with ``{x}``.
MANAGERS = ("The post holder's line manager is the {x}.", "Your line manager will be the {x}.",
            "The postholder's line manager will be the {x}.", "My line manager is the {x}.",
            "The line manager for this post is the {x}.")
#: Posts reporting to the described post: templates with ``{O}`` plural other posts.
REVERSED = ("The {O} report to the post holder.", "The {O} will report to you.",
            "Two {O} report directly to the postholder.",
            "The {O} are line managed by the post holder.")
#: Texts that state no headline fact.
NEGATIVES: tuple[str, ...] = (
    "The team reports to the {x} through the widget governance structure.",
    "The widget service reports to the {x} each quarter.",
    "You will support the {x} in planning the gadget service.",
    "The post holder will support the {x} and advise the {b}.",
    "If the post holder is unable to attend, the widget rota is reviewed.",
    "Person specification\nEssential\n• Experience of reporting to a senior manager\n"
    "• Experience as a member of a committee",
    "The {b} is accountable to the Widget Council.",
    "All staff are responsible to their line manager for infection control.",
    "The post holder will report incidents to the {x} without delay.",
    "Desirable: experience of deputising for a manager.",
)
SCORED = ("ACCOUNTABLE_TO", "RESPONSIBLE_TO", "REPORTS_TO", "DEPUTISES_FOR", "MEMBER_OF",
          "CHAIRS")
FAMILIES = ("self", "other", "relative", "fronted", "passive", "subjects", "far", "section",
            "person", "manager", "reversed", "holder", "gerund", "leadin", "joined", "postof",
            "pronoun")
#: A person's description in lower case, set off after their name.
ASIDES = ("a senior widget officer in the gadget team", "an experienced gizmo engineer",
          "a local widget practitioner", "a governor since 2019")
#: A gerund clause with its own subject, a person: templates with ``{p}`` and ``{b}``.
GERUNDS = (("CHAIRS", "The Council supports {p} becoming the Chair of the {b}."),
           ("CHAIRS", "Members welcomed {p} becoming Chair of the {b}."),
           ("MEMBER_OF", "The Board approved {p} becoming a member of the {b}."),
           ("CHAIRS", "Following {p} becoming the Chair of the {b}, the widget review was paused."),
           ("CHAIRS", "The Council agreed to appoint {p}, to become the Chair of the {b}."),
           ("MEMBER_OF", "The Board nominated {p} to become a member of the {b}."))
#: A post named as created by a paper, then its line after a comma: templates with ``{O}``
#: the new post and ``{x}`` the target, and the type.
POST_OF = (("REPORTS_TO", "The review will create a new post of {O}, reporting to the {x}."),
           ("ACCOUNTABLE_TO", "It is proposed to establish the role of {O}, accountable to the "
            "{x}."),
           ("REPORTS_TO", "A new post of {O} will be created, reporting to the {x}."),
           ("REPORTS_TO", "We propose to create the position of {O}, which will report to the "
            "{x}."))
#: A lead-in naming the post over a list of duties, each a fact: (lead-in, bullet).
LEADINS = ("The post holder will:", "You will:", "The {T} will:", "Key responsibilities\nThe "
           "postholder will be expected to:")
BULLETS = (("REPORTS_TO", "report to the {x}"), ("ACCOUNTABLE_TO", "be accountable to the {x}"),
           ("MEMBER_OF", "sit on the {b}"), ("MEMBER_OF", "be a member of the {b}"),
           ("DEPUTISES_FOR", "deputise for the {x} when required"), ("CHAIRS", "chair the {b}"))


def _clause(rng: random.Random, subject: str, be: str, s: str,
            kinds: tuple[str, ...] = SCORED) -> tuple[str, str, dict[str, str]]:
    """A clause of ``subject`` and its fact, the target letter ``x`` or ``b``."""
    kind, template = rng.choice([c for c in CLAUSES if c[0] in kinds])
    x, b = rng.choice(POSTS), rng.choice(BODIES)
    text = template.format(S=subject, be=be, s=s, x=x, b=b)
    target = "b" if "{b}" in template else "x"
    return text, f"{kind}:s>{target}", {"x": x, "b": b}


def _sentence(text: str) -> str:
    """A clause as a sentence: capitalised, with its full stop."""
    return text[:1].upper() + text[1:] + "."


def _self(rng: random.Random, title: str) -> tuple[str, str, dict[str, str]]:
    """The described post by another name, or a pronoun after it."""
    who, be, s = rng.choice(SELVES)
    who = who.format(T=title)
    if rng.random() < 0.3:
        pronoun, be, s = rng.choice(PRONOUNS)
        text, spec, names = _clause(rng, pronoun, be, s)
        lead = f"{who} will lead the widget service across Westshire."
        return lead + " " + _sentence(text), spec, names | {"s": title}
    text, spec, names = _clause(rng, who, be, s)
    return _sentence(text), spec, names | {"s": title}


def _other(rng: random.Random, title: str) -> tuple[str, str, dict[str, str]]:
    """Another post as the subject: one, both, each."""
    one, many = rng.choice(OTHERS)
    roll = rng.random()
    if roll < 0.5:
        text, spec, names = _clause(rng, f"the {one}", "is", "s")
    elif roll < 0.75:
        text, spec, names = _clause(rng, f"both {many}", "are", "", ("ACCOUNTABLE_TO", "REPORTS_TO",
                                                                       "RESPONSIBLE_TO"))
    else:
        text, spec, names = _clause(rng, f"each {one}", "is", "s")
    lead = f"The post holder will lead the widget service. {_sentence(text)}"
    return lead, spec, names | {"s": one}


def _relative(rng: random.Random, title: str) -> tuple[str, str, dict[str, str]]:
    """A post with a relative clause stating its fact, or an apposition before its verb."""
    one, _ = rng.choice(OTHERS)
    if rng.random() < 0.5:
        text, spec, names = _clause(rng, "who", "is", "s", ("ACCOUNTABLE_TO", "REPORTS_TO",
                                                             "RESPONSIBLE_TO"))
        sentence = f"The post holder will work closely with the {one}, {text}, on the widget plan."
        return sentence, spec, names | {"s": one}
    text, spec, names = _clause(rng, f"the {one}, a senior post in the widget service,", "is", "s")
    return _sentence(text), spec, names | {"s": one}


def _fronted(rng: random.Random, title: str) -> tuple[str, str, dict[str, str]]:
    """A fronted phrase before the subject; the phrase may state a fact of its own."""
    front, extra = rng.choice(FRONTS)
    who, be, s = rng.choice(SELVES[:9])
    who = who.format(T=title)
    who = who if who in ("I",) else who[:1].lower() + who[1:]
    y = rng.choice(POSTS)
    c = rng.choice(BODIES)
    if extra:
        sentence = f"{front.format(y=y, c=c)}, {who} will lead the widget review."
        return sentence, extra, {"s": title, "y": y, "c": c}
    text, spec, names = _clause(rng, who, be, s)
    while names["x"] == y:
        y = rng.choice(POSTS)
    return f"{front.format(y=y, c=c)}, {text}.", spec, names | {"s": title}


def _passive(rng: random.Random, title: str) -> tuple[str, str, dict[str, str]]:
    """A by-phrase: the subject is line managed / managed by the X."""
    one, _ = rng.choice((*OTHERS, (title, "")))
    x = rng.choice(POSTS)
    verb = rng.choice(("is line managed by", "will be line managed by", "is managed by",
                       "will be managed by", "receives line management from"))
    return f"The {one} {verb} the {x}.", "REPORTS_TO:s>x", {"s": one, "x": x}


def _subjects(rng: random.Random, title: str) -> tuple[str, str, dict[str, str]]:
    """Two subjects sharing one verb."""
    (a, _), (o, _) = rng.sample(OTHERS, 2)
    if rng.random() < 0.3:  # the post itself and another post
        a = title
        joined = rng.choice(("The post holder and the {o} both", "You and the {o}",
                             "The {o} and the postholder")).format(o=o)
    else:
        joined = rng.choice(("The {a} and the {o} both", "The {a} and the {o}", "Both the {a} "
                             "and the {o}")).format(a=a, o=o)
    text, spec, names = _clause(rng, joined, "are", "", ("ACCOUNTABLE_TO", "REPORTS_TO",
                                                         "RESPONSIBLE_TO", "MEMBER_OF"))
    kind, _, end = spec.partition(":")
    target = end.split(">")[1]
    return _sentence(text), f"{kind}:a>{target} {kind}:o>{target}", names | {"a": a, "o": o}


def _far(rng: random.Random, title: str) -> tuple[str, str, dict[str, str]]:
    """A long subordinate clause between the subject and its verb."""
    who = rng.choice((f"The {title}", "The post holder", "The postholder"))
    text, spec, names = _clause(rng, who + rng.choice(INSERTS), "is", "s")
    return _sentence(text), spec, names | {"s": title}


def _section(rng: random.Random, title: str) -> tuple[str, str, dict[str, str]]:
    """Two headings naming posts, each with its fields under it."""
    (a, _), (o, _) = rng.sample(OTHERS, 2)
    x, y = rng.sample(POSTS, 2)
    label = rng.choice(("Reports to", "Accountable to", "REPORTS TO", "Line Manager"))
    kind = "ACCOUNTABLE_TO" if label == "Accountable to" else "REPORTS_TO"
    b = rng.choice(BODIES)
    sep = rng.choice((": ", ":\n", "\t"))
    heads = [rng.choice(("{h}", "{h} (Band 6)", "{H}", "1. {h}")).format(h=h, H=h.upper())
             for h in (a, o)]
    text = (f"{heads[0]}\n{label}{sep}{x}\nMember of{sep}{b}\n\n{heads[1]}\n{label}{sep}{y}\n")
    spec = f"{kind}:a>x MEMBER_OF:a>b {kind}:o>y"
    return "Structure of the widget service\n\n" + text, spec, {"a": a, "o": o, "x": x, "y": y,
                                                                "b": b}


def _person(rng: random.Random, title: str) -> tuple[str, str, dict[str, str]]:
    """A person and their post as the subject."""
    one, _ = rng.choice(OTHERS)
    person = rng.choice(PEOPLE)
    subject = rng.choice((f"{person}, {one},", f"{person} ({one})", f"The {one}, {person},"))
    text, spec, names = _clause(rng, subject, "is", "s")
    return _sentence(text), spec, names | {"s": one}


def _manager(rng: random.Random, title: str) -> tuple[str, str, dict[str, str]]:
    """The post's line manager named as a predicate."""
    x = rng.choice(POSTS)
    return rng.choice(MANAGERS).format(x=x), "REPORTS_TO:s>x", {"s": title, "x": x}


def _reversed(rng: random.Random, title: str) -> tuple[str, str, dict[str, str]]:
    """Other posts reporting to the described post."""
    one, many = rng.choice(OTHERS)
    return rng.choice(REVERSED).format(O=many), "REPORTS_TO:o>s", {"s": title, "o": one}


def _holder(rng: random.Random, title: str) -> tuple[str, str, dict[str, str]]:
    """A person described in lower case as the subject: the person holds the line."""
    person = rng.choice(PEOPLE)
    text, spec, names = _clause(rng, f"{person}, {rng.choice(ASIDES)},", "is", "s")
    return _sentence(text), spec, names | {"s": person}


def _gerund(rng: random.Random, title: str) -> tuple[str, str, dict[str, str]]:
    """A gerund clause ("… Jo Example becoming the Chair of the X"): the person is its subject."""
    kind, template = rng.choice(GERUNDS)
    person, b = rng.choice(PEOPLE), rng.choice(BODIES)
    return template.format(p=person, b=b), f"{kind}:p>b", {"p": person, "b": b}


def _leadin(rng: random.Random, title: str) -> tuple[str, str, dict[str, str]]:
    """A lead-in naming the post, then bullets of its duties, two of them facts."""
    (k1, one), (k2, two) = rng.sample(BULLETS, 2)
    x, y = rng.sample(POSTS, 2)
    b, c = rng.sample(BODIES, 2)
    first = one.format(x=x, b=b)
    second = two.format(x=y, b=c)
    bullet = rng.choice(("• ", "- ", "* "))
    lines = [rng.choice(LEADINS).format(T=title), bullet + "lead the widget service", bullet + first,
             bullet + second]
    spec = f"{k1}:s>{'b' if '{b}' in one else 'x'} {k2}:s>{'c' if '{b}' in two else 'y'}"
    return "\n".join(lines) + "\n", spec, {"s": title, "x": x, "y": y, "b": b, "c": c}


def _joined(rng: random.Random, title: str) -> tuple[str, str, dict[str, str]]:
    """The fact in a clause joined by "and" to a duty of the same subject."""
    who, be, s = rng.choice(SELVES[:9])
    text, spec, names = _clause(rng, "SUBJ", be, s)
    clause = text.replace("SUBJ ", "")
    duty = rng.choice(("will lead the widget team", "leads the gadget service",
                       "will manage the sprocket budget"))
    clause = clause.removeprefix("will ") if duty.startswith("will") else clause
    return f"{who.format(T=title)} {duty} and {clause}.", spec, names | {"s": title}


def _post_of(rng: random.Random, title: str) -> tuple[str, str, dict[str, str]]:
    """A post a paper creates, then its line after a comma: a fact of that post."""
    kind, template = rng.choice(POST_OF)
    one, _ = rng.choice(OTHERS)
    x = rng.choice(POSTS)
    return template.format(O=one, x=x), f"{kind}:o>x", {"o": one, "x": x}


def _pronoun(rng: random.Random, title: str) -> tuple[str, str, dict[str, str]]:
    """A pronoun opening the sentence after one that opens with a post: that post."""
    one = rng.choice([o for o, _ in OTHERS] + [title])
    lead = rng.choice(("leads the gadget team", "will lead the gadget team",
                       "is based at Westshire House", "has a caseload of widget clients"))
    pronoun, be, s = rng.choice(PRONOUNS)
    text, spec, names = _clause(rng, pronoun, be, s)
    return f"The {one} {lead}. {_sentence(text)}", spec, names | {"s": one}


MAKERS = {"self": _self, "other": _other, "relative": _relative, "fronted": _fronted,
          "passive": _passive, "subjects": _subjects, "far": _far, "section": _section,
          "person": _person, "manager": _manager, "reversed": _reversed, "holder": _holder,
          "gerund": _gerund, "leadin": _leadin, "joined": _joined, "postof": _post_of,
          "pronoun": _pronoun}


def cases(seed: int = 20, n: int = 900) -> Iterator[Case]:
    """``n`` generated documents, one in six a negative."""
    rng = random.Random(f"subjects:{seed}")
    for _ in range(n):
        title = rng.choice(TITLES)
        if rng.random() < 1 / 6:
            text = rng.choice(NEGATIVES).format(x=rng.choice(POSTS), b=rng.choice(BODIES))
            passage, shape = _written(rng, text)
            yield Case("negative", job_document(rng, title, passage), shape=shape)
            continue
        family = rng.choice(FAMILIES)
        text, spec, names = MAKERS[family](rng, title)
        passage, shape = _written(rng, text)
        yield Case(family, job_document(rng, title, passage), facts(spec, names), shape)


def score(seed: int = 20, n: int = 900) -> tuple[dict[str, Tally], list[str]]:
    """Tallies per family and overall (``"all"``), and the misses."""
    return tally(cases(seed, n), SCORED)


if __name__ == "__main__":  # pragma: no cover - a report for whoever tunes the rules
    print(report(*score(int(sys.argv[1]) if len(sys.argv) > 1 else 20)))
