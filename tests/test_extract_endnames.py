"""The ends of a relationship named right: a seeded generator of endpoint names in noise.

Real names of posts and bodies (the development half's labelled targets, the curated
data's posts and bodies, and a list of NHS, council and GP posts and bodies written here)
are put where a relationship's end sits (a labelled field, a list item, a sentence of each
headline type and WORKS_WITH), with the noise the genre puts around them as the labelling
guide strips it (docs/extraction-labelling.md, "Source and target identity", "Qualifiers"):
articles and owners, determiners, bands, qualifiers after a dash or in brackets, "for X
matters", "on a day to day basis", "as required", "via the X", "or nominated deputy", a
body's abbreviation in brackets, closing punctuation and footnote marks. A case is right
when the extractor states the slot's type from the described post to the name, after
:func:`~orggraph.extract.names.normalise`.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from orggraph.extract.evaluation import predicted_facts
from orggraph.extract.names import normalise
from orggraph.extract.pipeline import extract_text
from tests.generated import initials

ROOT = Path(__file__).parent.parent
REAL = ROOT / "tests" / "fixtures" / "extract" / "real"
SUBJECT = "Service Improvement Facilitator"

#: Posts and bodies of the NHS, councils and general practice, from general knowledge.
GENERAL_POSTS = (
    "Director of Nursing", "Chief Executive", "Medical Director", "Chief Operating Officer",
    "Director of Finance", "Deputy Director of Nursing", "Head of Midwifery", "Matron",
    "Ward Manager", "Clinical Lead", "Practice Manager", "Lead GP", "GP Partners",
    "Consultant Psychiatrist", "Team Leader", "Service Manager", "Head of Estates",
    "Associate Director of Operations", "Chief Nurse", "Director of Public Health",
    "Head of Service", "Assistant Director of Adult Social Care", "Senior Sister",
    "Clinical Director for Surgery", "Director of Workforce and Organisational Development",
    "Head of Information Governance", "Chief Pharmacist", "Lead Nurse for Safeguarding",
    "Company Secretary", "Caldicott Guardian", "Strategic Director of Children's Services",
    "Head of Finance", "Community Matron", "Locality Manager", "ICB Director of Place",
    "Associate Medical Director", "Directorate Manager", "Operations Manager",
    "Divisional Director of Nursing", "Senior Practice Nurse",
)
GENERAL_BODIES = (
    "Quality Committee", "Trust Board", "Audit Committee", "Executive Management Team",
    "Board of Directors", "Council of Governors", "Remuneration Committee",
    "Finance and Performance Committee", "Clinical Governance Group", "Health and Wellbeing Board",
    "Integrated Care Board", "Primary Care Network", "Senior Leadership Team",
    "Safeguarding Adults Board", "Medicines Management Committee", "Patient Safety Group",
    "Mental Health Directorate", "Infection Prevention and Control Team", "Local Medical Committee",
    "Nursing and Midwifery Council", "Community Services Division", "People Committee",
)


def _label_targets() -> tuple[list[str], list[str]]:
    """The development half's labelled, non-generic targets: (posts, bodies)."""
    halves = yaml.safe_load((REAL / "split.yaml").read_text(encoding="utf-8"))["documents"]
    posts: list[str] = []
    bodies: list[str] = []
    for name, row in sorted(halves.items()):
        if row["half"] != "dev":
            continue
        labels = yaml.safe_load((REAL / f"{name}.labels.yaml").read_text(encoding="utf-8"))
        for entry in labels.get("relationships") or []:
            if isinstance(entry, dict) and not entry.get("generic"):
                kind, _, ends = entry["fact"].partition(": ")
                target = ends.split(" -> ", 1)[1]
                (bodies if kind in ("MEMBER_OF", "CHAIRS") else posts).append(target)
    return posts, bodies


def _curated() -> tuple[list[str], list[str]]:
    """The curated data's posts and bodies: (posts, bodies)."""
    posts: list[str] = []
    bodies: list[str] = []
    for path in sorted((ROOT / "data").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        posts += [p["title"] for p in data.get("posts") or []]
        bodies += [b["name"] for b in data.get("bodies") or [] if b.get("kind") != "organisation"]
    return posts, bodies


#: Last words of a body's name (a name from the data that ends otherwise is a service's or a
#: topic's, which no post is a member of).
BODY_HEADS = frozenset({"board", "committee", "group", "team", "directorate", "division", "forum",
                        "network", "council", "trust", "panel", "partnership", "icb", "ccg", "pct",
                        "authority", "meeting", "meetings", "confederation", "federation",
                        "faculty", "hub", "department", "executive", "cabinet", "assembly"})


def _usable(name: str) -> bool:
    """A name the generator can place: short, one line, no quotes, brackets or slashes (a
    slash gives two ends)."""
    return 1 <= len(name.split()) <= 8 and not re.search(r"[()\"\n:;,/]", name) and \
        normalise(name) != normalise(SUBJECT)


def _body(name: str) -> bool:
    """Whether a name ends with a body's word."""
    return name.split()[-1].casefold() in BODY_HEADS


def pools() -> tuple[list[str], list[str]]:
    """Every post name and every body name the generator draws from, deduplicated."""
    lp, lb = _label_targets()
    cp, cb = _curated()
    posts = sorted({n for n in [*GENERAL_POSTS, *lp, *cp] if _usable(n) and not _body(n)})
    bodies = sorted({n for n in [*GENERAL_BODIES, *lb, *cb] if _usable(n) and _body(n)})
    return posts, bodies


@dataclass(frozen=True)
class Case:
    """A generated document, the type it states and the name its end must have."""

    text: str
    type: str
    want: str
    noise: str
    target: str | None = None  # set when ``want`` is the source and this the target
    other: str | None = None  # the list's other, clean name, when the slot has one


#: (type, end kind, template): where an end sits. ``{x}`` is the noisy name; ``{y}`` a second,
#: clean name of the same kind (a list).
SLOTS: tuple[tuple[str, str, str], ...] = (
    ("ACCOUNTABLE_TO", "post", "Accountable to: {x}\n"),
    ("REPORTS_TO", "post", "Reports to:\t{x}\n"),
    ("RESPONSIBLE_TO", "post", "Responsible to:\n{x}\n"),
    ("REPORTS_TO", "post", "Line Manager: {x}\n"),
    ("ACCOUNTABLE_TO", "post", "Accountable to:\n• {y}\n• {x}\n"),
    ("WORKS_WITH", "post", "Key working relationships:\n• {y}\n• {x}\n"),
    ("REPORTS_TO", "post", "The post holder will report to {x}. They will lead the service.\n"),
    ("ACCOUNTABLE_TO", "post", "The postholder is accountable to {x}. The role is varied.\n"),
    ("DEPUTISES_FOR", "post", "You will deputise for {x}. The role is varied.\n"),
    ("WORKS_WITH", "post", "The post holder will work closely with {x}. The role is varied.\n"),
    ("WORKS_WITH", "post", "You will liaise with {y} and {x}. The role is varied.\n"),
    ("MEMBER_OF", "body", "The post holder will be a member of {x}. The role is varied.\n"),
    ("MEMBER_OF", "body", "Membership of: {x}\n"),
    ("CHAIRS", "body", "The post holder will chair {x}. The role is varied.\n"),
    ("REPORTS_TO", "post", "REPORTS TO:\n\n{x}\n\nLOCATION:\nCounty Hall\n"),
    ("ACCOUNTABLE_TO", "post", "Managerially accountable to:   {x}\n"),
    ("REPORTS_TO", "post", "| Job Title | {s} |\n| Reports to | {x} |\n"),
    ("RESPONSIBLE_TO", "post", "The post holder is responsible to {x} and will lead\nthe team.\n"),
    ("REPORTS_TO", "post", "The post holder reports to {x}, who leads the service.\n"),
    ("WORKS_WITH", "post", "Key Relationships\n{y}\n{x}\n\nMain duties\nTo lead the team.\n"),
    ("REPORTS_TO", "post", "The post holder will be line managed by {x}. The role is varied.\n"),
    ("REPORTS_TO", "post", "You will report directly to {x} and work with the team.\n"),
    ("ACCOUNTABLE_TO", "post", "Accountable to: {y} and {x}\n"),
    ("REPORTS_TO", "post", "Reports to: {y} / {x}\n"),
    ("REPORTS_TO", "post", "Reporting to:\n{x}.\n"),
)

#: Noise before a name: (name, text, end kinds it fits).
LEADS = (("none", "", "post body"), ("the", "the ", "post body"),
         ("owner", "the Trust's ", "post body"), ("your", "your ", "post"),
         ("relevant", "the relevant ", "post body"), ("run-together", "the", "post body"),
         ("person", "A. Person, ", "post"), ("capitals", "", "post"),
         ("curly owner", "the Trust’s ", "post body"), ("wrapped", "", "post body"))
#: Noise after a name.
TAILS = (("none", "", "post body"), ("dash qualifier", " – operationally", "post"),
         ("bracket qualifier", " (professional)", "post"),
         ("matters", " for clinical matters", "post"), ("day to day", " on a day to day basis", "post"),
         ("as required", " as required", "post body"), ("band", " (Band 8a)", "post"),
         ("or deputy", " or nominated deputy", "post"), ("and deputy", " and their deputy", "post"),
         ("via", " via the Divisional Office", "post"), ("footnote", "1", "post body"),
         ("abbreviation", " ({abbr})", "body"), ("semicolon", ";", "post body"),
         ("through", " through the Clinical Lead", "post"),
         ("grade", ", Band 7", "post"), ("interim", " (interim)", "post"),
         ("or equivalent", " (or equivalent)", "post"))


def _noisy(rng: random.Random, name: str, kind: str, prose: bool,
           only: frozenset[str] | None = None) -> tuple[str, str]:
    """A name with a lead and a tail drawn for its kind (from ``only`` when given), and what
    noise was put round it (a name is wrapped across lines only in running text)."""
    lead = rng.choice([x for x in LEADS if kind in x[2] and (only is None or x[0] in only) and
                       (x[0] != "run-together" or name[:1].isupper()) and
                       (x[0] != "wrapped" or prose)])
    tail = rng.choice([x for x in TAILS if kind in x[2] and (only is None or x[0] in only) and
                       (x[0] != "abbreviation" or len(initials(name)) > 1)])
    name = name.upper() if lead[0] == "capitals" else name
    if lead[0] == "wrapped" and " " in name:  # a name wrapped across two lines
        name = name.replace(" ", "\n", 1) if len(name.split()) > 2 else name
    text = lead[1] + name + tail[1].format(abbr=initials(name))
    return text, f"{lead[0]}+{tail[0]}"


#: (type, template): a post named as a sentence's subject, the source of the fact (``{x}``,
#: noisy), with ``{y}`` the target.
SOURCE_SLOTS: tuple[tuple[str, str], ...] = (
    ("REPORTS_TO", "{x} reports to the {y}. The role is varied.\n"),
    ("REPORTS_TO", "Other posts reporting to the {y} are {x} and the Ward Clerk.\n"),
    ("DEPUTISES_FOR", "{x} will deputise for the {y} when required.\n"),
    ("ACCOUNTABLE_TO", "{x}, who is accountable to the {y}, leads the service.\n"),
)
SOURCE_NOISE = frozenset({"none", "the", "owner", "curly owner", "interim"})
#: Last words of the posts written as a sentence's subject (a post's name, not a team's or a
#: counterpart's).
POST_HEADS = frozenset({"director", "manager", "officer", "lead", "nurse", "matron", "head",
                        "executive", "consultant", "practitioner", "specialist", "coordinator",
                        "co-ordinator", "sister", "leader", "secretary", "administrator",
                        "supervisor", "pa", "gp", "therapist", "assistant", "pharmacist",
                        "guardian", "psychiatrist", "midwife", "chair", "chairman"})


def _source_case(rng: random.Random, posts: list[str]) -> Case:
    """A document whose fact has a noisy post as its source, named in the sentence."""
    kind_type, template = rng.choice(SOURCE_SLOTS)
    want, other = rng.sample([p for p in posts if p[:1].isupper() and
                              p.split()[-1].casefold() in POST_HEADS], 2)
    x, noise = _noisy(rng, want, "post", False, SOURCE_NOISE)
    x = x[:1].upper() + x[1:] if template.startswith("{x}") else x
    body = template.format(x=x, y=other)
    return Case(f"Job Title: {SUBJECT}\n\n{body}", kind_type, want, noise, other)


def cases(seed: int = 20, n: int = 400) -> Iterator[Case]:
    """``n`` generated documents, each with one slot filled with a noisy name (one in eight
    a sentence's subject, the rest a relationship's target)."""
    rng = random.Random(seed)
    posts, bodies = pools()
    for _ in range(n):
        if rng.random() < 0.125:
            yield _source_case(rng, posts)
            continue
        kind_type, kind, template = rng.choice(SLOTS)
        pool = posts if kind == "post" else bodies
        want, other = rng.sample(pool, 2)
        x, noise = _noisy(rng, want, kind, ". " in template)
        body = template.format(x=x, y=other, s=SUBJECT)
        yield Case(f"Job Title: {SUBJECT}\n\n{body}", kind_type, want, noise,
                   other=other if "{y}" in template else None)


def right(case: Case) -> bool:
    """Whether the extractor states the case's type from the described post to its name."""
    draft = extract_text(case.text, "generated")
    want = normalise(case.want)
    source, target = (want, normalise(case.target)) if case.target else \
        (normalise(SUBJECT), want)
    return any(f.type == case.type and target in f.end and source in f.start
               for f in predicted_facts(draft, case.text))


def spurious(case: Case) -> list[str]:
    """Ends of the case's type from the described post that the text does not name as one
    (noise taken for a post: "nominated deputy", "Divisional Office")."""
    if case.target:
        return []
    draft = extract_text(case.text, "generated")
    named = {normalise(n) for n in (case.want, case.other) if n}
    subject = normalise(SUBJECT)
    return [f.label for f in predicted_facts(draft, case.text)
            if f.type == case.type and subject in f.start and not f.end & named]


def rate(seed: int = 20, n: int = 400) -> tuple[float, list[Case]]:
    """The share of generated cases whose end comes out right, and the cases missed."""
    missed = [c for c in cases(seed, n) if not right(c)]
    return 1 - len(missed) / n, missed


def noise_rate(seed: int = 20, n: int = 400) -> tuple[float, list[str]]:
    """The share of generated cases that give an end the text does not name, and those ends."""
    extra = [(c, spurious(c)) for c in cases(seed, n)]
    wrong = [label for _, found in extra for label in found]
    return sum(bool(found) for _, found in extra) / n, wrong


#: Just under the share the extractor reaches on the generated cases.
FLOOR = 0.89


#: Just over the share of generated cases that give an end the text does not name.
NOISE_CEILING = 0.06


def test_generated_end_names_come_out_right():
    share, missed = rate()
    assert share >= FLOOR, [f"{c.noise}: {c.text!r}" for c in missed[:10]]


def test_generated_noise_is_not_taken_for_an_end():
    share, wrong = noise_rate()
    assert share <= NOISE_CEILING, wrong[:10]
