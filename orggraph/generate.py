"""A synthetic organisation of any size, in the ``data/`` format, deterministic for a seed.

The mix follows real trusts: organisations under one system board, each a tree
of posts whose spans are drawn from a plausible distribution (mostly 3 to 8),
nested directorates, divisions and teams, about 1 % of posts with a second line
into another part of the organisation, a deputy for about a third of managers,
one committee per directorate with members and a chair, some working
relationships, and a merger of two organisations on a date. Every record's
evidence is one line of the generated source text.

>>> import tempfile
>>> out = generate(200, seed=1, directory=tempfile.mkdtemp())
>>> from orggraph.graph import load_graph
>>> G = load_graph(out)
>>> sum(1 for _, a in G.nodes(data=True) if a["label"] == "Post")
200
"""

from __future__ import annotations

import random
from pathlib import Path

from .errors import ParameterError
from .output import MARKER, write_directory

__all__ = ["generate"]

_SPANS = (1, 2, 3, 3, 4, 4, 5, 5, 5, 6, 6, 7, 8, 9, 10, 12, 15)
_AREAS = ("Adult Services", "Children's Services", "Estates", "Finance", "Workforce",
          "Nursing", "Medicine", "Digital", "Pharmacy", "Quality", "Community Care",
          "Urgent Care", "Mental Health", "Research", "Operations")
_ROLES = ("Director", "Associate Director", "Head", "Service Manager", "Team Leader",
          "Senior Practitioner", "Practitioner", "Officer")
_ORG_SIZE = 5000


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []  # source text
        self.bodies: list[str] = []
        self.posts: list[str] = []
        self.rels: list[str] = []

    def say(self, sentence: str) -> str:
        self.lines.append(sentence)
        return sentence

    def body(self, bid: str, name: str, kind: str, extra: str = "") -> None:
        ev = self.say(f"{name} ({bid}) is a {kind}.")
        self.bodies.append(f"  - id: {bid}\n    name: {_q(name)}\n    kind: {kind}\n{extra}"
                           f"    evidence: {_q(ev)}\n")

    def post(self, pid: str, title: str, grade: str, headcount: int = 1) -> None:
        ev = self.say(f"{title} ({pid}) is graded {grade}.")
        hc = f"    headcount: {headcount}\n" if headcount > 1 else ""
        self.posts.append(f"  - id: {pid}\n    title: {_q(title)}\n    grade: {_q(grade)}\n{hc}"
                          f"    evidence: {_q(ev)}\n")

    def rel(self, rtype: str, start: str, end: str, phrase: str, extra: str = "") -> None:
        ev = self.say(f"{start} {phrase} {end}.")
        self.rels.append(f"  - type: {rtype}\n    from: {start}\n    to: {end}\n{extra}"
                         f"    evidence: {_q(ev)}\n")


def _build(posts: int, rnd: random.Random) -> dict[str, _Writer]:
    """One writer (one data file and source text) for the system board and one for
    each organisation, so big organisations read in files of about 5,000 posts."""
    system = _Writer()
    system.body("system-board", "System Board", "board")
    files = {"system": system}
    n_orgs = max(1, round(posts / _ORG_SIZE))
    made = 0
    for o in range(n_orgs):
        size = posts - made if o == n_orgs - 1 else posts // n_orgs
        made += size
        files[f"org-{o}"] = w = _Writer()
        _organisation(w, o, size, rnd, n_orgs)
    return files


def _organisation(w: _Writer, o: int, size: int, rnd: random.Random, n_orgs: int) -> None:
    _Organisation(w, o, size, rnd).build(merging=n_orgs > 1 and o == n_orgs - 1)


class _Organisation:
    """One organisation of ``size`` posts, filled layer by layer below its chief executive
    (the draws from ``rnd`` in a fixed order, so a seed gives the same organisation)."""

    def __init__(self, w: _Writer, o: int, size: int, rnd: random.Random) -> None:
        self.w, self.o, self.size, self.rnd = w, o, size, rnd
        self.org = f"org-{o}"
        self.counter = 0  # posts made
        self.units = 0  # units and committees made
        self.layer = 1
        self.upper: list[str] = []  # the posts of the layer above the managers

    def build(self, *, merging: bool) -> None:
        w, org = self.w, self.org
        w.body(org, f"Organisation {self.o}", "trust",
               "    valid_to: 2026-03-31\n" if merging else "")
        w.rel("MEMBER_OF", org, "system-board", "sits on")
        if merging:
            w.rel("MERGES_INTO", org, "org-0", "merges into", "    valid_from: 2026-04-01\n")
        ceo = self.new_post(f"Chief Executive, Organisation {self.o}", org, 1)
        w.rel("ACCOUNTABLE_TO", ceo, "system-board", "is accountable to")
        level: list[tuple[str, str]] = [(ceo, org)]  # (post, unit) of the layer being filled
        while self.counter < self.size and level:
            nxt: list[tuple[str, str]] = []
            for manager, unit in level:
                if self.counter >= self.size:
                    break
                self.manage(manager, unit, nxt)
            self.upper = [p for p, _ in level]
            level = nxt
            self.layer += 1

    def new_post(self, title: str, unit: str, layer: int, headcount: int = 1) -> str:
        pid = f"o{self.o}-p{self.counter}"
        self.counter += 1
        self.w.post(pid, title, f"Band {min(9, 3 + 6 // layer)}", headcount)
        self.w.rel("POST_IN", pid, unit, "sits in")
        return pid

    def manage(self, manager: str, unit: str, nxt: list[tuple[str, str]]) -> None:
        """Posts reporting to ``manager`` (added to ``nxt``), their deputies, committee
        and working relationships."""
        span = min(self.rnd.choice(_SPANS), self.size - self.counter)
        kind = ("directorate", "division", "department", "team", "team")[min(self.layer - 1, 4)]
        for _ in range(span):
            nxt.append(self.report(manager, unit, kind))
            if self.counter >= self.size:
                break
        reports = [p for p, _ in nxt[-span:]]
        self.deputies(manager, reports)
        if self.layer == 2 and reports:
            self.committee(manager, reports)
        if len(reports) > 2 and self.rnd.random() < 0.2:
            self.w.rel("WORKS_WITH", reports[1], reports[2], "works closely with")

    def report(self, manager: str, unit: str, kind: str) -> tuple[str, str]:
        """A post reporting to ``manager``, in ``unit`` or a new unit of ``kind`` in it."""
        w, rnd, layer = self.w, self.rnd, self.layer
        area = rnd.choice(_AREAS)
        sub = unit
        if layer <= 4 and rnd.random() < 0.6:
            sub = f"{self.org}-u{self.units}"
            self.units += 1
            w.body(sub, f"{area} {kind.title()} {self.units}", kind)
            w.rel("PART_OF", sub, unit, "is part of")
        role = _ROLES[min(layer, len(_ROLES) - 1)]
        hc = rnd.choice((1, 1, 1, 2, 3)) if layer >= 5 else 1
        pid = self.new_post(f"{role}, {area}", sub, layer + 1, hc)
        w.rel(rnd.choice(("REPORTS_TO", "REPORTS_TO", "ACCOUNTABLE_TO")), pid, manager,
              "reports to")
        if self.upper and rnd.random() < 0.01:
            second = rnd.choice(self.upper)
            if second != manager:
                w.rel("ACCOUNTABLE_TO", pid, second, "is also accountable to")
        return pid, sub

    def deputies(self, manager: str, reports: list[str]) -> None:
        if reports and self.rnd.random() < 0.35:
            deputy = reports[0]
            self.w.rel("DEPUTISES_FOR", deputy, manager, "deputises for")
            if len(reports) > 1 and self.rnd.random() < 0.3:
                self.w.rel("DEPUTISES_FOR", reports[1], deputy, "deputises for")

    def committee(self, manager: str, reports: list[str]) -> None:
        """A committee of the organisation that ``manager`` chairs and ``reports`` sit on."""
        committee = f"{self.org}-c{self.units}"
        self.units += 1
        self.w.body(committee, f"Committee {self.units} of Organisation {self.o}", "committee")
        self.w.rel("PART_OF", committee, self.org, "is a committee of")
        self.w.rel("CHAIRS", manager, committee, "chairs")
        for r in reports[:4]:
            self.w.rel("MEMBER_OF", r, committee, "is a member of")


def generate(posts: int, seed: int = 0, directory: str | Path = "generated", *,
             force: bool = False) -> Path:
    """Write a synthetic organisation of ``posts`` posts into ``directory``.

    Writes ``system.yaml`` and one ``org-N.yaml`` per organisation of about 5,000
    posts, each with its source text in ``sources/``, and returns the directory, ready
    for ``--data``. The directory is built beside its target and swapped in whole
    (:func:`orggraph.output.write_directory`): an existing one is replaced only when
    it is empty, orggraph wrote it, or ``force`` is given.
    """
    if posts < 1:
        raise ParameterError("posts must be at least 1", ("posts",))
    out = Path(directory)
    files = _build(posts, random.Random(seed))

    def fill(tmp: Path) -> None:
        (tmp / "sources").mkdir()
        for name, w in files.items():
            (tmp / "sources" / f"{name}.txt").write_text("\n".join(w.lines) + "\n",
                                                        encoding="utf-8")
            title = f"Synthetic organisation of {posts} posts (seed {seed}), {name}"
            head = (f"# {MARKER}\nsource:\n  id: generated-{posts}-{seed}-{name}\n"
                    f"  file: {name}.txt\n  title: {_q(title)}\n")
            parts = [head, "bodies:\n", *w.bodies, "posts:\n", *w.posts,
                     "relationships:\n", *w.rels]
            (tmp / f"{name}.yaml").write_text("".join(parts), encoding="utf-8")

    return write_directory(out, fill, force=force)
