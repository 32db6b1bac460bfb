"""UK organograms (the data.gov.uk senior/junior staff CSV pair) -> the data/ YAML format.

:func:`import_organogram` reads a published organogram: the senior-staff CSV (one row
per post, or per holder of a job share) and optionally the junior-staff CSV (counts of
junior posts by the senior post they report to). It writes a data directory that
``orggraph validate`` accepts: the organisation and its units as bodies, each senior
post with its grade, ``REPORTS_TO`` its senior post, ``POST_IN`` its unit, named
holders as people, and each junior row as a post with its headcount under its senior
post. Each CSV is copied to ``sources/`` and is the source document of its records;
every record's evidence is its row, exactly as the file has it.

Column names follow the ``datagovuk/schemas`` organogram schemas. As its guidance says,
``XX`` in ``Reports to Senior Post`` marks the top post; ``Vacant`` posts are kept with
no holder, ``N/D`` holders are not named, ``Eliminated`` posts (reported last period,
gone now) are left out, and rows with Post Unique Reference ``0`` (people not in a
post) make no post. A reference repeated on rows that differ only in ``Name``,
``Contact Phone``, ``Contact E-mail`` and ``Notes`` is a job share: one post, several
holders. Malformed rows are reported with their file and row number and left out; the
rest still imports.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> (d / "senior.csv").write_text(
...     "Post Unique Reference,Name,Grade (or equivalent),Job Title,Unit,"
...     "Reports to Senior Post\\nCEO1,Ann Bee,SCS4,Chief Executive,Board,XX\\n"
...     "FD1,Vacant,SCS2,Finance Director,Finance,CEO1\\n", encoding="utf-8")
176
>>> report = import_organogram(d / "senior.csv", org="Example Trust", output=d / "data")
>>> report.posts, report.problems
(2, [])
"""

from __future__ import annotations

import csv
import math
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import OrggraphError, Problem
from .output import MARKER, write_directory

__all__ = ["ImportReport", "import_organogram"]

REF, NAME, GRADE, TITLE, UNIT, ORG = (
    "Post Unique Reference", "Name", "Grade (or equivalent)", "Job Title", "Unit",
    "Organisation")
REPORTS_TO = "Reports to Senior Post"
FTE = "FTE"
SENIOR_REQUIRED = (REF, NAME, TITLE, REPORTS_TO)
#: Columns that may differ between the rows of a job share (the schema's rule).
JOB_SHARE_FREE = {NAME, "Contact Phone", "Contact E-mail", "Notes"}
J_REPORTS, J_GRADE, J_TITLE, J_FTE = (
    "Reporting Senior Post", "Grade", "Generic Job Title", "Number of Posts in FTE")
JUNIOR_REQUIRED = (J_REPORTS, J_TITLE, J_FTE)
TOP = "XX"
UNIT_KIND = "department"


class OrganogramError(OrggraphError):
    """The organogram cannot be imported at all (e.g. unreadable, or no usable row)."""


@dataclass
class ImportReport:
    """What an import wrote, and every problem found (``file:row: error: …``)."""

    output: Path | None
    posts: int = 0
    junior_posts: int = 0
    people: int = 0
    bodies: int = 0
    relationships: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        """The problems that are errors (rows left out)."""
        return [p for p in self.problems if p.is_error]


@dataclass
class _Row:
    number: int  # the file's line where the row starts (counting from 1)
    raw: str  # the row exactly as the file has it
    values: dict[str, str]


#: A cell a spreadsheet would run as a formula starts with one of these; an organogram
#: export writes it after a ``'`` (the spreadsheet's own text marker), removed again here.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _unformula(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_START) else cell


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def _rows(path: Path, shown: str, required: tuple[str, ...],
          problems: list[Problem]) -> tuple[str | None, list[_Row]]:
    """The file's text (None when it is not UTF-8) and its rows, each with its line number
    and raw text."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise OrganogramError(f"cannot read {shown}: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problems.append(Problem(shown, data.count(b"\n", 0, exc.start) + 1,
                                f"not UTF-8: byte 0x{data[exc.start]:02x} (save the CSV "
                                "as UTF-8)"))
        return None, []
    lines = text.splitlines(keepends=True)
    consumed: list[int] = []

    def feed() -> Iterator[str]:
        for i, line in enumerate(lines):
            consumed.append(i)
            yield line

    reader = csv.reader(feed())
    header: list[str] = []
    at = 1  # the header's line: blank lines before it are passed over
    try:
        while not any(header):
            at = len(consumed) + 1
            header = [h.strip() for h in next(reader)]
    except StopIteration:
        problems.append(Problem(shown, 1, "the file is empty"))
        return text, []
    except csv.Error as exc:
        problems.append(Problem(shown, at, f"CSV error: {exc}"))
        return text, []
    twice = sorted({h for h in header if h and header.count(h) > 1})
    if twice:
        problems.append(Problem(shown, at, "column(s) named twice: " + ", ".join(
            repr(c) for c in twice)))
        return text, []
    missing = [c for c in required if c not in header]
    if missing:
        problems.append(Problem(shown, at, "missing column(s): " + ", ".join(
            repr(c) for c in missing)))
        return text, []
    rows: list[_Row] = []
    while True:
        start = len(consumed)
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            number = consumed[start] + 1 if start < len(consumed) else len(lines)
            problems.append(Problem(shown, number, f"CSV error: {exc}"))
            if len(consumed) == start:
                break
            continue  # the reader goes on at the next line: the rows after it still import
        number = consumed[start] + 1 if start < len(consumed) else len(lines)
        raw = "".join(lines[i] for i in consumed[start:]).rstrip("\r\n")
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            spans = len(consumed) - start
            quote = (f"; a quote opened on line {number} is not closed until line "
                     f"{number + spans - 1}" if spans > 1 else "")
            problems.append(Problem(shown, number, f"{len(cells)} fields, the header has "
                                    f"{len(header)}{quote}"))
            continue
        rows.append(_Row(number, raw, {h: _unformula(c.strip()) for h, c in zip(
            header, cells, strict=True)}))
    return text, rows


class _Builder:
    def __init__(self, org: str) -> None:
        self.org = org
        self.org_id = _slug(org) or "organisation"
        self.problems: list[Problem] = []
        self.bodies: dict[str, dict[str, Any]] = {}
        self.units: dict[str, str] = {}

    def post_id(self, ref: str) -> str:
        return f"{self.org_id}-post-{_slug(ref)}"

    def unit(self, name: str, row: _Row, records: list[dict[str, Any]],
             rels: list[dict[str, Any]]) -> str:
        if not name:
            return self.org_id
        if name not in self.units:
            uid = f"{self.org_id}-unit-{_slug(name) or 'unnamed'}"
            n = 1
            while uid in self.bodies:
                n += 1
                uid = f"{self.org_id}-unit-{_slug(name)}-{n}"
            self.units[name] = uid
            self.bodies[uid] = {"id": uid, "name": name, "kind": UNIT_KIND,
                                "evidence": row.raw}
            records.append(self.bodies[uid])
            rels.append({"type": "PART_OF", "from": uid, "to": self.org_id,
                         "evidence": row.raw})
        return self.units[name]


def _ref_ok(ref: str) -> bool:
    return bool(_slug(ref))


def import_organogram(senior_csv: str | Path, junior_csv: str | Path | None = None, *,
                      org: str, output: str | Path, force: bool = False) -> ImportReport:
    """Import a published organogram into a data directory at ``output``.

    Returns an :class:`ImportReport` whose ``problems`` name every malformed row as
    ``file:row``; those rows are left out and the rest is written. Nothing is written
    when no post could be imported. Raises :class:`OrganogramError` when a file cannot
    be read.
    """
    senior_path = Path(senior_csv)
    b = _Builder(org)
    s_shown = str(senior_path)
    _, s_rows = _rows(senior_path, s_shown, SENIOR_REQUIRED, b.problems)
    s_bodies: list[dict[str, Any]] = []
    s_posts: list[dict[str, Any]] = []
    s_people: list[dict[str, Any]] = []
    s_rels: list[dict[str, Any]] = []

    # first pass: the posts (one per reference; job shares merged)
    first: dict[str, _Row] = {}
    eliminated: dict[str, int] = {}
    holders: dict[str, list[_Row]] = {}
    seen_ids: dict[str, str] = {}
    for row in s_rows:
        v = row.values
        ref = v[REF]
        bad = [c for c in SENIOR_REQUIRED if not v[c]]
        if bad:
            b.problems.append(Problem(s_shown, row.number, "empty " + ", ".join(
                repr(c) for c in bad)))
            continue
        if ref == "0":
            continue  # a person not in a post: no post to import
        if not _ref_ok(ref):
            b.problems.append(Problem(s_shown, row.number,
                                      f"Post Unique Reference {ref!r} has no letters or digits"))
            continue
        if v[NAME].casefold() == "eliminated":
            eliminated.setdefault(ref, row.number)
            continue
        if ref in first:
            other = first[ref]
            differ = sorted(c for c in v if c not in JOB_SHARE_FREE
                            and v[c] != other.values.get(c))
            if differ:
                b.problems.append(Problem(
                    s_shown, row.number,
                    f"duplicate Post Unique Reference {ref!r} (first on row {other.number}) "
                    f"that is not a job share: {', '.join(differ)} differ"))
            else:
                holders[ref].append(row)
            continue
        pid = b.post_id(ref)
        if pid in seen_ids:
            b.problems.append(Problem(
                s_shown, row.number, f"Post Unique Reference {ref!r} clashes with "
                f"{seen_ids[pid]!r} (both become id {pid!r})"))
            continue
        seen_ids[pid] = ref
        first[ref] = row
        holders[ref] = [row]

    # second pass: reporting lines, which need every post known
    posts: dict[str, _Row] = {}
    for ref, row in first.items():
        manager = row.values[REPORTS_TO]
        if manager.upper() != TOP and manager not in first:
            why = ("an eliminated post" if manager in eliminated
                   else "no post in the senior staff file")
            b.problems.append(Problem(
                s_shown, row.number,
                f"'Reports to Senior Post' {manager!r} names {why}"))
            continue
        posts[ref] = row
    # a post whose manager was left out cannot be placed either: drop it too, reporting it
    changed = True
    while changed:
        changed = False
        for ref, row in list(posts.items()):
            manager = row.values[REPORTS_TO]
            if manager.upper() != TOP and manager not in posts:
                b.problems.append(Problem(
                    s_shown, row.number,
                    f"'Reports to Senior Post' {manager!r} was left out (see its row)"))
                del posts[ref]
                changed = True
    cycle = _cycles(posts)
    for ref in sorted(cycle, key=lambda r: posts[r].number):
        b.problems.append(Problem(s_shown, posts[ref].number,
                                  f"{ref!r} is in a reporting cycle"))
        del posts[ref]
    if not posts:
        if not any(p.is_error for p in b.problems):
            b.problems.append(Problem(s_shown, 1, "no post to import: no row under the "
                                      "header holds one"))
        b.problems.sort(key=lambda p: (p.path, p.line))
        return ImportReport(None, problems=b.problems)

    first_row = min(posts.values(), key=lambda r: r.number)
    org_name = b.org
    b.bodies[b.org_id] = {"id": b.org_id, "name": org_name, "kind": "organisation",
                          "evidence": first_row.raw}
    s_bodies.append(b.bodies[b.org_id])
    for ref, row in sorted(posts.items(), key=lambda kv: kv[1].number):
        v = row.values
        pid = b.post_id(ref)
        post: dict[str, Any] = {"id": pid, "title": v[TITLE]}
        if v.get(GRADE):
            post["grade"] = v[GRADE]
        names = [h.values[NAME] for h in holders[ref]]
        notes = [f"Post Unique Reference {ref}"]
        if any(n.casefold() == "vacant" for n in names):
            notes.append("vacant")
        if len(holders[ref]) > 1:
            notes.append(f"job share ({len(holders[ref])} holders)")
        post["note"] = "; ".join(notes)
        post["evidence"] = row.raw
        s_posts.append(post)
        s_rels.append({"type": "POST_IN", "from": pid,
                       "to": b.unit(v.get(UNIT, ""), row, s_bodies, s_rels),
                       "evidence": row.raw})
        manager = v[REPORTS_TO]
        if manager.upper() != TOP:
            s_rels.append({"type": "REPORTS_TO", "from": pid, "to": b.post_id(manager),
                           "evidence": row.raw})
        for n, holder in enumerate(holders[ref], 1):
            name = holder.values[NAME]
            if name.casefold() in ("vacant", "n/d", "n/a", ""):
                continue
            share = f"-{n}" if len(holders[ref]) > 1 else ""
            person_id = f"{b.org_id}-person-{_slug(ref)}{share}"
            s_people.append({"id": person_id, "name": name, "evidence": holder.raw})
            s_rels.append({"type": "HOLDS", "from": person_id, "to": pid,
                           "evidence": holder.raw})

    j_posts: list[dict[str, Any]] = []
    j_rels: list[dict[str, Any]] = []
    j_bodies: list[dict[str, Any]] = []
    j_shown = ""
    if junior_csv is not None:
        junior_path = Path(junior_csv)
        j_shown = str(junior_path)
        j_text, j_rows = _rows(junior_path, j_shown, JUNIOR_REQUIRED, b.problems)
        if j_text is None:  # not UTF-8: no source text the data could quote, so no file
            junior_csv = None
        for row in j_rows:
            v = row.values
            bad = [c for c in JUNIOR_REQUIRED if not v[c]]
            if bad:
                b.problems.append(Problem(j_shown, row.number, "empty " + ", ".join(
                    repr(c) for c in bad)))
                continue
            manager = v[J_REPORTS]
            if manager not in posts:
                b.problems.append(Problem(j_shown, row.number,
                                          f"'Reporting Senior Post' {manager!r} names no "
                                          "imported senior post"))
                continue
            try:
                fte = float(v[J_FTE].replace(",", ""))
            except ValueError:
                fte = math.nan
            if not math.isfinite(fte) or fte < 0:
                b.problems.append(Problem(j_shown, row.number,
                                          f"'Number of Posts in FTE' {v[J_FTE]!r} is not a "
                                          "number ≥ 0"))
                continue
            if fte == 0:
                continue  # a grade with no staff at the snapshot
            pid = f"{b.org_id}-junior-{row.number}"
            post = {"id": pid, "title": v[J_TITLE]}
            if v.get(J_GRADE):
                post["grade"] = v[J_GRADE]
            post["headcount"] = max(1, math.ceil(fte - 1e-9))
            post["note"] = f"junior staff: {fte:g} FTE"
            post["evidence"] = row.raw
            j_posts.append(post)
            j_rels.append({"type": "REPORTS_TO", "from": pid, "to": b.post_id(manager),
                           "evidence": row.raw})
            j_rels.append({"type": "POST_IN", "from": pid,
                           "to": b.unit(v.get(UNIT, ""), row, j_bodies, j_rels),
                           "evidence": row.raw})

    s_file = f"{b.org_id}-senior-staff.csv"
    j_file = f"{b.org_id}-junior-staff.csv"
    files = {f"{b.org_id}-senior.yaml": _document(
        f"{b.org_id}-senior-staff", s_file, f"{org_name}: organogram, senior staff",
        s_bodies, s_posts, s_people, s_rels)}
    if junior_csv is not None:
        files[f"{b.org_id}-junior.yaml"] = _document(
            f"{b.org_id}-junior-staff", j_file, f"{org_name}: organogram, junior staff",
            j_bodies, j_posts, [], j_rels)

    def fill(tmp: Path) -> None:
        (tmp / "sources").mkdir()
        shutil.copyfile(senior_path, tmp / "sources" / s_file)
        if junior_csv is not None:
            shutil.copyfile(Path(junior_csv), tmp / "sources" / j_file)
        for name, text in files.items():
            (tmp / name).write_text(text, encoding="utf-8")

    target = write_directory(Path(output), fill, force=force)
    b.problems.sort(key=lambda p: (p.path != s_shown, p.path, p.line))
    return ImportReport(
        target, posts=len(s_posts), junior_posts=len(j_posts), people=len(s_people),
        bodies=len(s_bodies) + len(j_bodies), relationships=len(s_rels) + len(j_rels),
        problems=b.problems)


def _cycles(posts: dict[str, _Row]) -> set[str]:
    """References on a reporting cycle (they never reach XX)."""
    state: dict[str, bool] = {}  # ref -> reaches the top
    for start in posts:
        walk: list[str] = []
        ref = start
        on_walk: set[str] = set()
        while ref not in state:
            if ref in on_walk:
                break
            on_walk.add(ref)
            walk.append(ref)
            manager = posts[ref].values[REPORTS_TO]
            if manager.upper() == TOP:
                state[ref] = True
                walk.pop()
                break
            ref = manager
        ok = state.get(ref, False)
        for r in walk:
            state[r] = ok
    return {r for r, ok in state.items() if not ok}


def _document(sid: str, file: str, title: str, bodies: list[dict[str, Any]],
              posts: list[dict[str, Any]], people: list[dict[str, Any]],
              rels: list[dict[str, Any]]) -> str:
    doc: dict[str, Any] = {"source": {"id": sid, "file": file, "title": title}}
    for key, items in (("bodies", bodies), ("posts", posts), ("people", people),
                       ("relationships", rels)):
        if items:
            doc[key] = items
    body = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)
    return f"# {MARKER} (orggraph import organogram)\n{body}"
