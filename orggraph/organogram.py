"""UK organograms (the data.gov.uk senior/junior staff CSV pair) in and out, without loss.

:func:`import_organogram` reads a published organogram: the senior-staff CSV (one row
per post, or per holder of a job share) and optionally the junior-staff CSV (counts of
junior posts by the senior post they report to). It writes a data directory that
``orggraph validate`` accepts: the organisation and its units as bodies, each senior
post with its grade, ``REPORTS_TO`` its senior post, ``POST_IN`` its unit, named
holders as people, and each junior row as a post with its headcount under its senior
post. Each CSV is copied to ``sources/`` and is the source document of its records;
every record's evidence is its row, exactly as the file has it, and the organisation's
note keeps each file's header, so :func:`organogram_tables` (the ``organogram``
export) writes every column of every row back. :func:`import_organograms` imports
many pairs, one data directory each.

Column titles follow the ``datagovuk/schemas`` organogram schemas, matched without
regard to case, spacing or punctuation, with the older titles mapped (``Grade`` for
``Grade (or equivalent)``, as data.gov.uk's converted files have it; ``Total Pay (£)``
of the older template is known). A column not in the schema is kept in the source
and reported once. As the schema's guidance says, ``XX`` in ``Reports to Senior
Post`` marks the top post; ``Vacant`` posts are kept with no holder, ``N/D`` holders
are not named, ``Eliminated`` posts are left out, and rows with Post Unique Reference
``0`` (people not in a post) make no post. A reference repeated on rows that differ
only in the columns the published checks allow to differ (:data:`JOB_SHARE_FREE`:
name, contacts, notes, pay and FTE) is a job share: one post, several holders.
Every row left out is reported as ``file:row`` (``docs/organograms.md`` lists which
findings are errors and which are warnings); the rest still imports.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "senior.csv").write_text(
...     "Post Unique Reference,Name,Grade,Job Title,Unit,"
...     "Reports to Senior Post\\nCEO1,Ann Bee,SCS4,Chief Executive,Board,XX\\n"
...     "FD1,Vacant,SCS2,Finance Director,Finance,CEO1\\n", encoding="utf-8")
>>> report = import_organogram(d / "senior.csv", org="Example Trust", output=d / "data")
>>> report.posts, report.problems
(2, [])
"""

from __future__ import annotations

import csv
import io
import math
import re
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import OrganogramError, Problem
from .model import ACCOUNTABILITY_TYPES
from .output import MARKER, write_directory
from .queries._common import organisation_of

__all__ = ["ImportReport", "OrganogramError", "find_pairs", "import_organogram",
           "import_organograms", "organogram_tables"]

# --- the published schema ---------------------------------------------------------------

REF, NAME, GRADE, TITLE, FUNCTION, PARENT, ORG, UNIT = (
    "Post Unique Reference", "Name", "Grade (or equivalent)", "Job Title",
    "Job/Team Function", "Parent Department", "Organisation", "Unit")
PHONE, EMAIL, REPORTS_TO, SALARY_COST, FTE = (
    "Contact Phone", "Contact E-mail", "Reports to Senior Post", "Salary Cost of Reports (£)",
    "FTE")
PAY_FLOOR, PAY_CEILING, PROFESSION, NOTES, VALID = (
    "Actual Pay Floor (£)", "Actual Pay Ceiling (£)", "Professional/Occupational Group",
    "Notes", "Valid?")
TOTAL_PAY = "Total Pay (£)"  # the older template's column, blank in published files
#: The senior-staff columns, in the published order.
SENIOR_COLUMNS = (REF, NAME, GRADE, TITLE, FUNCTION, PARENT, ORG, UNIT, PHONE, EMAIL,
                  REPORTS_TO, SALARY_COST, FTE, PAY_FLOOR, PAY_CEILING, PROFESSION, NOTES,
                  VALID)
J_REPORTS, J_GRADE, J_PAY_MIN, J_PAY_MAX, J_TITLE, J_FTE = (
    "Reporting Senior Post", "Grade", "Payscale Minimum (£)", "Payscale Maximum (£)",
    "Generic Job Title", "Number of Posts in FTE")
#: The junior-staff columns, in the published order.
JUNIOR_COLUMNS = (PARENT, ORG, UNIT, J_REPORTS, J_GRADE, J_PAY_MIN, J_PAY_MAX, J_TITLE,
                  J_FTE, PROFESSION)
SENIOR_REQUIRED = (REF, NAME, TITLE, REPORTS_TO)
JUNIOR_REQUIRED = (J_REPORTS, J_TITLE, J_FTE)
#: Older titles of a column, as published files have them, and the schema's title.
SENIOR_OLDER_TITLES = {"Grade": GRADE}
#: Columns the rows of a job share may differ in: the published checks' rule
#: (``datagovuk/organograms``: duplicate save for name, pay, contacts, notes and FTE).
JOB_SHARE_FREE = frozenset({NAME, PHONE, EMAIL, NOTES, FTE, PAY_FLOOR, PAY_CEILING,
                            TOTAL_PAY})
TOP = "XX"
UNIT_KIND = "department"
#: What a Name cell says when it names nobody.
UNNAMED = frozenset({"vacant", "n/d", "n/a", ""})
#: The delimiters a file may use instead of a comma.
DELIMITERS = (",", ";", "\t", "|")
#: A cell a spreadsheet would run as a formula starts with one of these; an organogram
#: export writes it after a ``'`` (the spreadsheet's own text marker), removed again here.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_COLUMNS_NOTE = "organogram columns of "


@dataclass
class ImportReport:
    """What an import wrote, and every problem found (``file:row: error: …``).

    ``left_out`` counts the rows of the files that made no record, errors and
    warnings alike (a whole file's rows when the file could not be read).
    """

    output: Path | None
    posts: int = 0
    junior_posts: int = 0
    people: int = 0
    bodies: int = 0
    relationships: int = 0
    left_out: int = 0
    org: str = ""
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        """The problems that are errors."""
        return [p for p in self.problems if p.is_error]


def _key(title: str) -> str:
    """A column title without case, spacing or punctuation: how titles are matched."""
    return re.sub(r"[^0-9a-z]+", "", title.casefold())


def _known(columns: Iterable[str], older: dict[str, str]) -> dict[str, str]:
    known = {_key(c): c for c in columns}
    known.update({_key(k): v for k, v in older.items()})
    return known


_SENIOR_KNOWN = _known((*SENIOR_COLUMNS, TOTAL_PAY), SENIOR_OLDER_TITLES)
_JUNIOR_KNOWN = _known(JUNIOR_COLUMNS, {})


def _unformula(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_START) else cell


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


# --- reading a CSV file -----------------------------------------------------------------


@dataclass
class _Row:
    number: int  # the file's line where the row starts (counting from 1)
    raw: str  # the row exactly as the file has it
    values: dict[str, str]  # by the schema's column title


@dataclass
class _Table:
    """One CSV file as read: its header, columns, rows and how many rows it had."""

    shown: str
    text: str | None = None
    header: str = ""
    delimiter: str = ","
    columns: list[str | None] = field(default_factory=list)  # schema title per position
    rows: list[_Row] = field(default_factory=list)
    total: int = 0  # the file's data rows, read or not
    failed: bool = False  # no row of the file could be read
    left: set[int] = field(default_factory=set)  # the rows left out
    problems: list[Problem] = field(default_factory=list)

    def problem(self, line: int, message: str, severity: str = "error") -> None:
        self.problems.append(Problem(self.shown, line, message, severity))

    def leave(self, line: int, message: str, severity: str = "error") -> None:
        """Report a row left out."""
        self.left.add(line)
        self.problem(line, message, severity)

    @property
    def left_out(self) -> int:
        return max(self.total, 1) if self.failed else len(self.left)


def _decode(data: bytes, table: _Table, encoding: str | None) -> str | None:
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            table.problem(1, f"cannot decode as {encoding}: {exc}")
            table.failed = True
            return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        hint = " (save it as UTF-8)"
        try:
            sample = data.decode("cp1252")
            word = re.findall(r"[^\s,;|\t]*[^\x00-\x7f][^\s,;|\t]*", sample)
            hint = (f"; it reads as Windows-1252 ({word[0][:30]!r}): give encoding "
                    "'cp1252' or save it as UTF-8") if word else hint
        except UnicodeDecodeError:
            pass
        table.problem(line, f"not UTF-8: byte 0x{data[exc.start]:02x}{hint}; no row of "
                      "the file imported")
        table.failed = True
        table.total = sum(1 for x in data.decode("utf-8", "replace").splitlines()
                          if x.strip()) - 1
        return None


def _read_table(path: Path, kind: str, encoding: str | None = None) -> _Table:
    """The file's rows, each with its line number and raw text; problems in the table."""
    table = _Table(str(path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise OrganogramError(f"cannot read {path}: {exc.strerror or exc}") from None
    text = _decode(data, table, encoding)
    if text is None:
        return table
    table.text = text
    lines = text.splitlines(keepends=True)
    at = next((i for i, line in enumerate(lines) if line.strip(" \t\r\n,;|")), None)
    if at is None:
        table.problem(1, "the file is empty")
        return table
    if _read_header(table, lines[at], at + 1, kind):
        _read_rows(table, lines, at + 1)
    else:
        table.failed = True
        table.total = sum(1 for line in lines[at + 1:] if line.strip())
    return table


def _read_header(table: _Table, line: str, number: int, kind: str) -> bool:
    """Find the delimiter and the schema's columns in the header; False on a problem."""
    known = _SENIOR_KNOWN if kind == "senior" else _JUNIOR_KNOWN
    required = SENIOR_REQUIRED if kind == "senior" else JUNIOR_REQUIRED
    scores = {d: sum(_key(c) in known for c in _header_cells(line, d)) for d in DELIMITERS}
    table.delimiter = max(DELIMITERS, key=lambda d: (scores[d], d == ","))
    header = _header_cells(line, table.delimiter)
    table.header = line.rstrip("\r\n")
    table.columns = [known.get(_key(h)) for h in header]
    twice = _named_twice(header, table.columns)
    if twice:
        table.problem(number, "column(s) named twice: " + ", ".join(map(repr, twice)))
        return False
    missing = [c for c in required if c not in table.columns]
    if missing:
        hint = "" if table.delimiter != "," else _delimiter_hint(line)
        table.problem(number, "missing column(s): " + ", ".join(map(repr, missing)) + hint)
        return False
    unknown = [h.strip() for h, c in zip(header, table.columns, strict=True)
               if c is None and h.strip()]
    if unknown:
        table.problem(number, "column(s) not in the organogram schema, kept in the source "
                      "but not imported: " + ", ".join(map(repr, unknown)), "warning")
    return True


def _header_cells(line: str, delimiter: str) -> list[str]:
    """The cells of a header line cut at ``delimiter`` (none when it cannot be cut)."""
    try:
        return next(csv.reader([line], delimiter=delimiter))
    except (csv.Error, StopIteration):
        return []


def _named_twice(header: list[str], columns: list[str | None]) -> list[str]:
    """Header cells written twice, or else cells naming the same schema column twice."""
    return sorted({h for h in header if h.strip() and header.count(h) > 1}) or sorted(
        {h.strip() for h, c in zip(header, columns, strict=True)
         if c and columns.count(c) > 1})


def _delimiter_hint(line: str) -> str:
    counts = {d: line.count(d) for d in DELIMITERS if d != ","}
    other = max(counts, key=lambda d: counts[d])
    if counts[other] and line.count(",") == 0:
        return f"; the header has no comma but {counts[other]} {other!r}: is that the delimiter?"
    return ""


def _read_rows(table: _Table, lines: list[str], start: int) -> None:
    consumed: list[int] = []

    def feed() -> Iterator[str]:
        for i in range(start, len(lines)):
            consumed.append(i)
            yield lines[i]

    reader = csv.reader(feed(), delimiter=table.delimiter)
    width = len(table.columns)
    while True:
        first = len(consumed)
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            table.total += 1
            table.leave(consumed[first] + 1 if first < len(consumed) else len(lines),
                        f"CSV error: {exc}; row left out")
            if len(consumed) == first:
                break
            continue  # the reader goes on at the next line: the rows after it still import
        number = consumed[first] + 1
        if not any(c.strip() for c in cells):
            continue
        table.total += 1
        if len(cells) != width:
            spans = len(consumed) - first
            quote = (f"; a quote opened on line {number} is not closed until line "
                     f"{number + spans - 1}" if spans > 1 else "")
            table.leave(number, f"{len(cells)} fields, the header has {width}{quote}; "
                        "row left out")
            continue
        raw = "".join(lines[i] for i in consumed[first:]).rstrip("\r\n")
        values = {c: _unformula(v.strip())
                  for c, v in zip(table.columns, cells, strict=True) if c}
        table.rows.append(_Row(number, raw, values))


# --- the senior posts -------------------------------------------------------------------


@dataclass
class _Senior:
    """The senior file's posts as they are sorted out, with what was left out."""

    table: _Table
    first: dict[str, _Row] = field(default_factory=dict)  # ref -> the post's first row
    holders: dict[str, list[_Row]] = field(default_factory=dict)
    eliminated: dict[str, int] = field(default_factory=dict)
    left: dict[str, int] = field(default_factory=dict)  # ref -> row, of posts left out
    posts: dict[str, _Row] = field(default_factory=dict)  # the posts imported

    def leave(self, row: _Row, message: str, severity: str = "error") -> None:
        """Report a row left out."""
        self.table.leave(row.number, message, severity)

    def leave_post(self, ref: str, message: str) -> None:
        """Report a post left out, with every row of it."""
        rows = [h.number for h in self.holders[ref]]
        more = f"; rows {', '.join(map(str, rows))} left out" if len(rows) > 1 \
            else "; row left out"
        self.table.leave(rows[0], message + more)
        self.table.left.update(rows)
        self.left[ref] = rows[0]


def _schema_values(row: _Row) -> dict[str, str]:
    return {c: v for c, v in row.values.items() if c not in JOB_SHARE_FREE}


def _senior_row(s: _Senior, row: _Row, ids: dict[str, str], org_id: str) -> None:
    """Sort one senior row: a new post, a job-share holder, or a row left out."""
    v = row.values
    ref = v[REF]
    bad = [c for c in SENIOR_REQUIRED if not v[c]]
    if bad:
        s.leave(row, "empty " + ", ".join(map(repr, bad)) + "; row left out")
    elif ref == "0":
        return  # a person not in a post: no post to import
    elif not _slug(ref):
        s.leave(row, f"Post Unique Reference {ref!r} has no letters or digits; row left out")
    elif v[NAME].casefold() == "eliminated":
        s.eliminated.setdefault(ref, row.number)
        return
    elif ref in s.first:
        _job_share(s, row)
        return
    elif (pid := f"{org_id}-post-{_slug(ref)}") in ids:
        s.leave(row, f"Post Unique Reference {ref!r} clashes with {ids[pid]!r} (both "
                  f"become id {pid!r}); row left out")
    else:
        ids[pid] = ref
        s.first[ref] = row
        s.holders[ref] = [row]
        return
    s.left.setdefault(ref, row.number)


def _job_share(s: _Senior, row: _Row) -> None:
    ref = row.values[REF]
    other = s.first[ref]
    for earlier in s.holders[ref]:
        if earlier.values == row.values:
            s.leave(row, f"exact duplicate of row {earlier.number} (every schema column "
                    "the same); row left out", "warning")
            return
    differ = sorted(c for c, x in _schema_values(row).items() if x != other.values.get(c))
    if differ:
        s.leave(row, f"duplicate Post Unique Reference {ref!r} (first on row "
                  f"{other.number}) that is not a job share: {', '.join(differ)} differ; "
                  "row left out")
    else:
        s.holders[ref].append(row)


def _case_hint(name: str, refs: Iterable[str], rows: dict[str, _Row]) -> str:
    folded = name.casefold()
    same = [r for r in refs if r.casefold() == folded]
    return (f"; {same[0]!r} (row {rows[same[0]].number}) differs only in letter case"
            if same else "")


def _place(s: _Senior) -> None:
    """Keep the posts whose reporting line reaches an ``XX`` post; report the rest."""
    placed: dict[str, _Row] = {}
    for ref, row in s.first.items():
        manager = row.values[REPORTS_TO]
        if manager.upper() == TOP or manager in s.first:
            placed[ref] = row
            continue
        if manager in s.eliminated:
            why = f"the eliminated post on row {s.eliminated[manager]}"
        elif manager in s.left:
            why = f"the post on row {s.left[manager]}, which was left out"
        else:
            why = "no post in the senior staff file" + _case_hint(manager, s.first, s.first)
        s.leave_post(ref, f"'Reports to Senior Post' {manager!r} names {why}")
    changed = True
    while changed:  # a post whose manager was left out cannot be placed either
        changed = False
        for ref, row in list(placed.items()):
            manager = row.values[REPORTS_TO]
            if manager.upper() != TOP and manager not in placed:
                s.leave_post(ref, f"'Reports to Senior Post' {manager!r} names the post on "
                             f"row {s.left[manager]}, which was left out")
                del placed[ref]
                changed = True
    _cut_cycles(s, placed)
    s.posts = placed


def _cut_cycles(s: _Senior, placed: dict[str, _Row]) -> None:
    """Report each reporting cycle once, with its members and rows, and the posts under
    it in one line; leave them all out."""
    up = {ref: row.values[REPORTS_TO] for ref, row in placed.items()}
    reaches = _reaches_top(placed, up)
    stuck = sorted((r for r, ok in reaches.items() if not ok), key=lambda r: placed[r].number)
    cycles = _cycles_among(stuck, up)
    on_cycle = {r for cycle in cycles for r in cycle}
    for cycle in cycles:
        _leave_cycle(s, placed, cycle, [r for r in stuck if r not in on_cycle], up)
    for r in stuck:
        s.left[r] = placed[r].number
        del placed[r]


def _reaches_top(placed: dict[str, _Row], up: dict[str, str]) -> dict[str, bool]:
    """Whether each post's chain of managers ends at the top (``XX``)."""
    reaches: dict[str, bool] = {}
    for start in placed:
        walk: list[str] = []
        ref = start
        while ref not in reaches and ref in up and ref not in walk:
            walk.append(ref)
            ref = up[ref]
        ok = reaches.get(ref, ref.upper() == TOP if ref not in up else False)
        for r in walk:
            reaches[r] = ok
    return reaches


def _leave_cycle(s: _Senior, placed: dict[str, _Row], cycle: list[str], off: list[str],
                 up: dict[str, str]) -> None:
    """Report one cycle (from its first row) and the posts ``off`` it that lead into it."""
    turn = cycle.index(min(cycle, key=lambda r: placed[r].number))
    cycle = cycle[turn:] + cycle[:turn]
    rows = [h.number for r in cycle for h in s.holders[r]]
    under = sorted(h.number for r in off if _leads_to(r, set(cycle), up)
                   for h in s.holders[r])
    members = " → ".join(f"{r!r} (row {placed[r].number})" for r in cycle)
    shown = ", ".join(map(str, rows))
    s.table.leave(rows[0], f"reporting cycle: {members} → {cycle[0]!r}; "
                  f"row{'s' * (len(rows) != 1)} {shown} left out")
    if under:
        n = len(under) != 1
        s.table.leave(under[0], f"{len(under)} row{'s' * n} under the cycle at rows "
                      f"{shown} left out: row{'s' * n} {', '.join(map(str, under))}")
    s.table.left.update(rows + under)


def _cycles_among(stuck: list[str], up: dict[str, str]) -> list[list[str]]:
    cycles: list[list[str]] = []
    seen: set[str] = set()
    for start in stuck:
        path: list[str] = []
        ref = start
        while ref in up and ref not in seen and ref not in path:
            path.append(ref)
            ref = up[ref]
        if ref in path:
            cycles.append(path[path.index(ref):])
        seen.update(path)
    return cycles


def _leads_to(ref: str, cycle: set[str], up: dict[str, str]) -> bool:
    seen: set[str] = set()
    while ref in up and ref not in seen:
        if ref in cycle:
            return True
        seen.add(ref)
        ref = up[ref]
    return ref in cycle


# --- the junior rows --------------------------------------------------------------------

_GROUPED = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?")


def _fte(text: str) -> tuple[float | None, str]:
    """The FTE a cell states, or None and why not. Thousands may be grouped with commas
    (``1,200``); any other comma is a decimal comma, which is not guessed at."""
    cell = text.strip()
    if "," in cell and not _GROUPED.fullmatch(cell):
        return None, f"'{J_FTE}' {text!r} has a decimal comma: write {cell.replace(',', '.')!r}"
    try:
        fte = float(cell.replace(",", ""))
    except ValueError:
        fte = math.nan
    if not math.isfinite(fte):
        return None, f"'{J_FTE}' {text!r} is not a number"
    if fte < 0:
        return None, f"'{J_FTE}' {text!r} is negative"
    return fte, ""


def _junior_rows(table: _Table, posts: dict[str, _Row]) -> list[tuple[_Row, float]]:
    """The junior rows that make posts, with their FTE; the others reported."""
    kept: list[tuple[_Row, float]] = []
    for row in table.rows:
        v = row.values
        bad = [c for c in JUNIOR_REQUIRED if not v[c]]
        if bad:
            table.leave(row.number, "empty " + ", ".join(map(repr, bad)) + "; row left out")
            continue
        manager = v[J_REPORTS]
        if manager not in posts:
            hint = _case_hint(manager, posts, posts)
            table.leave(row.number, f"'{J_REPORTS}' {manager!r} names no imported senior "
                          f"post{hint}; row left out")
            continue
        fte, why = _fte(v[J_FTE])
        if fte is None:
            table.leave(row.number, f"{why}; row left out")
        elif fte == 0:
            table.leave(row.number, f"'{J_FTE}' is 0: no staff in this grade, so no post; "
                          "row left out", "warning")
        else:
            kept.append((row, fte))
    return kept


# --- records ----------------------------------------------------------------------------


class _Builder:
    """The records of one import, in the data format."""

    def __init__(self, org: str) -> None:
        self.org = org
        self.org_id = _slug(org)
        self.units: dict[str, str] = {}
        self.unit_ids: set[str] = {self.org_id}

    def post_id(self, ref: str) -> str:
        return f"{self.org_id}-post-{_slug(ref)}"

    def unit(self, name: str, row: _Row, doc: dict[str, list[dict[str, Any]]]) -> str:
        if not name:
            return self.org_id
        if name not in self.units:
            base = uid = f"{self.org_id}-unit-{_slug(name) or 'unnamed'}"
            n = 1
            while uid in self.unit_ids:
                n += 1
                uid = f"{base}-{n}"
            self.units[name] = uid
            self.unit_ids.add(uid)
            doc["bodies"].append({"id": uid, "name": name, "kind": UNIT_KIND,
                                  "evidence": row.raw})
            doc["relationships"].append({"type": "PART_OF", "from": uid, "to": self.org_id,
                                         "evidence": row.raw})
        return self.units[name]


def _new_doc() -> dict[str, list[dict[str, Any]]]:
    return {"bodies": [], "posts": [], "people": [], "relationships": []}


def _senior_doc(b: _Builder, s: _Senior, tables: list[_Table],
                sids: list[str]) -> dict[str, list[dict[str, Any]]]:
    doc = _new_doc()
    first_row = min(s.posts.values(), key=lambda r: r.number)
    columns = "\n".join(f"{_COLUMNS_NOTE}{sid}: {t.header}"
                        for sid, t in zip(sids, tables, strict=True))
    doc["bodies"].append({"id": b.org_id, "name": b.org, "kind": "organisation",
                          "evidence": first_row.raw, "note": columns})
    for ref, row in sorted(s.posts.items(), key=lambda kv: kv[1].number):
        _senior_post(b, doc, ref, row, s.holders[ref])
    return doc


def _senior_post(b: _Builder, doc: dict[str, list[dict[str, Any]]], ref: str, row: _Row,
                 holders: list[_Row]) -> None:
    v = row.values
    pid = b.post_id(ref)
    post: dict[str, Any] = {"id": pid, "title": v[TITLE]}
    if v.get(GRADE):
        post["grade"] = v[GRADE]
    notes = [f"Post Unique Reference {ref} (row {row.number})"]
    if any(h.values[NAME].casefold() == "vacant" for h in holders):
        notes.append("vacant")
    if len(holders) > 1:
        notes.append(f"job share ({len(holders)} holders, rows "
                     f"{', '.join(str(h.number) for h in holders)})")
    post["note"] = "; ".join(notes)
    post["evidence"] = row.raw
    doc["posts"].append(post)
    rels = doc["relationships"]
    rels.append({"type": "POST_IN", "from": pid, "to": b.unit(v.get(UNIT, ""), row, doc),
                 "evidence": row.raw})
    if v[REPORTS_TO].upper() != TOP:
        rels.append({"type": "REPORTS_TO", "from": pid, "to": b.post_id(v[REPORTS_TO]),
                     "evidence": row.raw})
    for n, holder in enumerate(holders, 1):
        if holder.values[NAME].casefold() in UNNAMED:
            continue
        share = f"-{n}" if len(holders) > 1 else ""
        person = f"{b.org_id}-person-{_slug(ref)}{share}"
        doc["people"].append({"id": person, "name": holder.values[NAME],
                              "note": f"row {holder.number}", "evidence": holder.raw})
        rels.append({"type": "HOLDS", "from": person, "to": pid, "evidence": holder.raw})


def _junior_doc(b: _Builder, rows: list[tuple[_Row, float]]) -> dict[str, list[dict[str, Any]]]:
    doc = _new_doc()
    for row, fte in rows:
        v = row.values
        pid = f"{b.org_id}-junior-{row.number}"
        post: dict[str, Any] = {"id": pid, "title": v[J_TITLE]}
        if v.get(J_GRADE):
            post["grade"] = v[J_GRADE]
        post["headcount"] = max(1, math.ceil(fte - 1e-9))
        post["note"] = f"junior staff: {fte:g} FTE (row {row.number})"
        post["evidence"] = row.raw
        doc["posts"].append(post)
        doc["relationships"].append({"type": "REPORTS_TO", "from": pid,
                                     "to": b.post_id(v[J_REPORTS]), "evidence": row.raw})
        doc["relationships"].append({"type": "POST_IN", "from": pid,
                                     "to": b.unit(v.get(UNIT, ""), row, doc),
                                     "evidence": row.raw})
    return doc


#: libyaml's emitter when PyYAML was built with it (the same bytes, several times faster).
_DUMPER: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


_STR, _INT, _MAP, _SEQ = (f"tag:yaml.org,2002:{t}" for t in ("str", "int", "map", "seq"))


def _node(value: Any) -> yaml.Node:
    """The YAML node ``yaml.SafeDumper`` would represent ``value`` (text, whole numbers,
    lists and dicts of them, keys in order) as, built directly: representing is most
    of the time of writing a large file, even with libyaml emitting."""
    if isinstance(value, str):
        return yaml.ScalarNode(_STR, value)
    if isinstance(value, dict):
        return yaml.MappingNode(_MAP, [(yaml.ScalarNode(_STR, k), _node(v))
                                       for k, v in value.items()], flow_style=False)
    if isinstance(value, list):
        return yaml.SequenceNode(_SEQ, [_node(v) for v in value], flow_style=False)
    if isinstance(value, int) and not isinstance(value, bool):
        return yaml.ScalarNode(_INT, str(value))
    raise TypeError(f"cannot write {type(value).__name__} in an organogram's YAML")


def _document(sid: str, file: str, title: str, records: dict[str, list[dict[str, Any]]],
              dumper: Any = None) -> str:
    doc: dict[str, Any] = {"source": {"id": sid, "file": file, "title": title}}
    doc.update({k: v for k, v in records.items() if v})
    body = yaml.serialize(_node(doc), Dumper=dumper or _DUMPER, allow_unicode=True,
                          width=100)
    return f"# {MARKER} (orggraph import organogram)\n{body}"


# --- importing --------------------------------------------------------------------------


def _org_name(table: _Table) -> str:
    """The organisation the senior file's rows name most often."""
    named = Counter(r.values[ORG] for r in table.rows if _slug(r.values.get(ORG, "")))
    if not named:
        raise OrganogramError(f"{table.shown} names no organisation in an 'Organisation' "
                              "column: give org")
    return named.most_common(1)[0][0]


def import_organogram(senior_csv: str | Path, junior_csv: str | Path | None = None, *,
                      org: str | None = None, output: str | Path, force: bool = False,
                      encoding: str | None = None) -> ImportReport:
    """Import a published organogram into a data directory at ``output``.

    ``org`` names the organisation; without it, the senior file's ``Organisation``
    column does. ``encoding`` reads files not in UTF-8 (e.g. ``"cp1252"``). Returns an
    :class:`ImportReport` whose ``problems`` name every row left out as ``file:row``;
    the rest is written. Nothing is written when no post could be imported. Raises
    :class:`OrganogramError` when a file cannot be read or ``org`` is empty.
    """
    if org is not None and not _slug(org):
        raise OrganogramError(f"org {org!r} has no letters or digits: give the "
                              "organisation's name")
    s = _Senior(_read_table(Path(senior_csv), "senior", encoding))
    b = _Builder(org if org is not None else _org_name(s.table) if s.table.rows else "-")
    ids: dict[str, str] = {}
    for row in s.table.rows:
        _senior_row(s, row, ids, b.org_id)
    _place(s)
    tables = [s.table]
    junior = _read_table(Path(junior_csv), "junior", encoding) if junior_csv else None
    j_rows = _junior_rows(junior, s.posts) if junior else []
    if junior:
        tables.append(junior)
    problems = sorted((p for t in tables for p in t.problems),
                      key=lambda p: (p.path != s.table.shown, p.line))
    if not s.posts:
        if not any(p.is_error for p in s.table.problems):
            problems.insert(0, Problem(s.table.shown, 1, "no post to import: no row under "
                                       "the header holds one"))
        return ImportReport(None, left_out=sum(t.left_out for t in tables), problems=problems)
    report = _write(b, s, junior, j_rows, Path(output), force)
    report.left_out = sum(t.left_out for t in tables)
    report.problems = problems
    return report


def _write(b: _Builder, s: _Senior, junior: _Table | None, j_rows: list[tuple[_Row, float]],
           output: Path, force: bool) -> ImportReport:
    """Write the data directory (atomically) and count what it holds."""
    with_junior = junior is not None and junior.text is not None
    sids = [f"{b.org_id}-senior-staff", f"{b.org_id}-junior-staff"]
    files = [f"{sid}.csv" for sid in sids]
    tables = [s.table, junior] if with_junior and junior else [s.table]
    docs = [_senior_doc(b, s, tables, sids[:len(tables)])]
    if with_junior:
        docs.append(_junior_doc(b, j_rows))
    yamls = {f"{b.org_id}-senior.yaml": _document(
        sids[0], files[0], f"{b.org}: organogram, senior staff", docs[0])}
    if with_junior:
        yamls[f"{b.org_id}-junior.yaml"] = _document(
            sids[1], files[1], f"{b.org}: organogram, junior staff", docs[1])

    def fill(tmp: Path) -> None:
        (tmp / "sources").mkdir()
        for table, name in zip(tables, files, strict=False):
            _keep_source(table, tmp / "sources" / name)
        for name, text in yamls.items():
            (tmp / name).write_text(text, encoding="utf-8")

    target = write_directory(output, fill, force=force)
    counts = {k: sum(len(d[k]) for d in docs) for k in _new_doc()}
    return ImportReport(target, posts=len(docs[0]["posts"]),
                        junior_posts=len(docs[1]["posts"]) if with_junior else 0,
                        people=counts["people"], bodies=counts["bodies"],
                        relationships=counts["relationships"], org=b.org)


def _keep_source(table: _Table, target: Path) -> None:
    """The file byte for byte when it is UTF-8; else the text as read, in UTF-8 (every
    evidence quote is taken from it)."""
    try:
        same = Path(table.shown).read_bytes().decode("utf-8-sig") == table.text
    except UnicodeDecodeError:
        same = False
    if same:
        shutil.copyfile(table.shown, target)
    else:
        target.write_text(table.text or "", encoding="utf-8", newline="")


# --- many pairs -------------------------------------------------------------------------


def find_pairs(directory: str | Path) -> list[tuple[Path, Path | None]]:
    """The senior/junior pairs of a directory: each CSV whose name has ``senior`` with
    the file named the same but ``junior`` (or none). A junior file with no senior file
    is an error.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> for n in ("a-senior.csv", "a-junior.csv", "b-senior.csv"): _ = (d / n).write_text("")
    >>> [(s.name, j and j.name) for s, j in find_pairs(d)]
    [('a-senior.csv', 'a-junior.csv'), ('b-senior.csv', None)]
    """
    files = sorted(p for p in Path(directory).iterdir()
                   if p.suffix.casefold() == ".csv" and p.is_file())
    names = {p.name: p for p in files}
    pairs: list[tuple[Path, Path | None]] = []
    paired: set[str] = set()
    for p in files:
        if "senior" in p.name.casefold():
            i = p.name.casefold().index("senior")
            junior_name = p.name[:i] + _same_case("junior", p.name[i:i + 6]) + p.name[i + 6:]
            pairs.append((p, names.get(junior_name)))
            paired.add(junior_name)
    orphans = [p.name for p in files if "junior" in p.name.casefold() and p.name not in paired]
    if orphans:
        raise OrganogramError(f"{directory}: junior file(s) with no senior file: "
                              + ", ".join(orphans))
    if not pairs:
        raise OrganogramError(f"{directory}: no senior-staff CSV (a .csv file whose name "
                              "has 'senior')")
    return pairs


def _same_case(word: str, like: str) -> str:
    return "".join(c.upper() if o.isupper() else c for c, o in zip(word, like, strict=True))


def import_organograms(pairs: list[tuple[Path, Path | None]], output: str | Path, *,
                       force: bool = False, encoding: str | None = None,
                       progress: Callable[[int], None] | None = None
                       ) -> list[ImportReport]:
    """Import many pairs, each into ``output/<senior file's name>``, the organisation
    taken from each file; one report per pair (a pair that cannot be read at all has
    one problem and no output). ``progress(done)`` is called after each pair."""
    reports: list[ImportReport] = []
    for done, (senior, junior) in enumerate(pairs, 1):
        stem = re.sub(r"[-_ ]*senior[-_ ]*", "-", senior.stem, flags=re.IGNORECASE).strip("-")
        try:
            reports.append(import_organogram(senior, junior, output=Path(output) / (
                stem or "organogram"), force=force, encoding=encoding))
        except OrganogramError as exc:
            reports.append(ImportReport(None, problems=[Problem(str(senior), 1, str(exc))]))
        if progress:
            progress(done)
    return reports


# --- writing back: the organogram export ------------------------------------------------


@dataclass
class _Origin:
    """What the export needs of one imported file: its header's columns."""

    header: list[str]
    columns: list[str | None]
    delimiter: str
    junior: bool
    raw: str = ""


def _origins(G: Any) -> dict[str, _Origin]:
    """Each imported file's header, from the notes of the organisations imported."""
    out: dict[str, _Origin] = {}
    for _, a in G.nodes(data=True):
        for line in str(a.get("note") or "").splitlines() if a.get("kind") == "organisation" \
                else ():
            if not line.startswith(_COLUMNS_NOTE) or ": " not in line:
                continue
            sid, header = line[len(_COLUMNS_NOTE):].split(": ", 1)
            table = _Table(sid)
            junior = _read_header(table, header, 1, "junior")
            if not junior:
                table = _Table(sid)
                if not _read_header(table, header, 1, "senior"):
                    continue
            cells = next(csv.reader([header], delimiter=table.delimiter))
            out[sid] = _Origin(cells, table.columns, table.delimiter, junior, header)
    return out


def _parse(raw: str, delimiter: str, width: int) -> list[str] | None:
    """The cells of one raw row, or None when it is not one row of ``width`` cells."""
    try:
        rows = list(csv.reader(io.StringIO(raw, newline=""), delimiter=delimiter))
    except csv.Error:
        return None
    return rows[0] if len(rows) == 1 and len(rows[0]) == width else None


def _cells(raw: str, origin: _Origin) -> list[str] | None:
    return _parse(raw, origin.delimiter, len(origin.header))


def _row_number(note: Any) -> int:
    found = re.findall(r"(?:^|\()row (\d+)", str(note or ""))
    return int(found[-1]) if found else 0


@dataclass
class _Out:
    """One exported row: its source, row number, cells, and raw text if unchanged."""

    sid: str
    number: int
    cells: list[str]
    raw: str | None


def _overlay(cells: list[str], origin: _Origin, values: dict[str, str]) -> list[str]:
    """The row's cells with what the graph says now where it says something else."""
    out = list(cells)
    for i, column in enumerate(origin.columns):
        if column in values and _unformula(out[i].strip()) != values[column]:
            out[i] = values[column]
    return out


def organogram_tables(G: Any) -> tuple[list[str], list[list[str]], list[str], list[list[str]]]:
    """The senior and junior tables (header, rows) of the ``organogram`` export.

    Posts imported from an organogram are written back row for row: every column
    the file had, as it had it (a raw row is kept byte for byte when nothing about it
    changed), with the graph's title, grade, holder, unit and reporting line where
    they differ; junior rows stay junior. Other posts get rows of the schema's columns
    (:func:`_synthesised_rows`).
    """
    origins = _origins(G)
    org_rows: dict[bool, list[_Out]] = {False: [], True: []}
    other: dict[bool, list[list[str]]] = {False: [], True: []}
    for p, a in sorted(G.nodes(data=True), key=lambda na: str(na[0])):
        if a.get("label") != "Post":
            continue
        origin = origins.get(str(a.get("source")))
        rows = _imported_rows(G, p, a, origin, origins) if origin else []
        if rows and origin:
            org_rows[origin.junior].extend(rows)
        else:  # no organogram gave it (or its evidence is no longer a row of its file)
            junior, row = _synthesised_rows(G, p)
            other[junior].extend(row)
    return (*_table(org_rows[False], other[False], origins, SENIOR_COLUMNS),
            *_table(org_rows[True], other[True], origins, JUNIOR_COLUMNS))


def _table(rows: list[_Out], other: list[list[str]], origins: dict[str, _Origin],
           schema: tuple[str, ...]) -> tuple[list[str], list[list[str]]]:
    rows.sort(key=lambda r: (r.sid, r.number))
    sids = {r.sid for r in rows}
    if len(sids) == 1 and not other:
        origin = origins[next(iter(sids))]
        return _RawRow(origin.header, origin.raw), [_RawRow(r.cells, r.raw) for r in rows]
    out: list[list[str]] = [_RawRow(r, None) for r in other]
    for r in rows:
        by = dict(zip(origins[r.sid].columns, r.cells, strict=True))
        out.append(_RawRow([by.get(c, "") for c in schema], None))
    return list(schema), out


class _RawRow(list[str]):
    """A row's cells, with the raw text to write instead when it is unchanged."""

    def __init__(self, cells: list[str], raw: str | None) -> None:
        super().__init__(cells)
        self.raw = raw


def _imported_rows(G: Any, p: str, a: dict[str, Any], origin: _Origin,
                   origins: dict[str, _Origin]) -> list[_Out]:
    values = {TITLE if not origin.junior else J_TITLE: str(a.get("title", "")),
              GRADE if not origin.junior else J_GRADE: str(a.get("grade", ""))}
    for _, v, t in G.out_edges(p, data="type"):
        if t == "POST_IN" and G.nodes[v].get("kind") != "organisation":
            values[UNIT] = str(G.nodes[v].get("name", ""))
        elif t == "REPORTS_TO" and G.nodes[v].get("label") == "Post":
            ref = _ref_of(G, v, origins)
            if ref is not None:
                values[J_REPORTS if origin.junior else REPORTS_TO] = ref
    sources = [(a.get("evidence", ""), a.get("note"), None)]
    holders = [(G.nodes[u].get("evidence", ""), G.nodes[u].get("note"),
                G.nodes[u].get("name")) for u, _, t in G.in_edges(p, data="type")
               if t == "HOLDS" and G.nodes[u].get("source") == a.get("source")]
    named = {_row_number(n) for _, n, _ in holders}
    if _row_number(a.get("note")) in named:
        sources = []
    out: list[_Out] = []
    for raw, note, name in sources + holders:
        cells = _cells(str(raw), origin)
        if cells is None:
            continue
        row_values = dict(values, **({NAME: str(name)} if name is not None else {}))
        new = _overlay(cells, origin, row_values)
        out.append(_Out(str(a.get("source")), _row_number(note), new,
                        str(raw) if new == cells else None))
    return out


def _ref_of(G: Any, post: str, origins: dict[str, _Origin]) -> str | None:
    a = G.nodes[post]
    origin = origins.get(str(a.get("source")))
    if origin is None:
        return post
    cells = _cells(str(a.get("evidence", "")), origin)
    if cells is None or REF not in origin.columns:
        return None
    return _unformula(cells[origin.columns.index(REF)].strip())


def _synthesised_rows(G: Any, p: str) -> tuple[bool, list[list[str]]]:
    """Rows for a post no organogram gave: a post with a headcount above 1, a manager and
    nobody reporting to it is a junior row; any other post a senior row per holder. Its
    first accountability line to a post is its ``Reports to Senior Post`` (``XX`` for a
    top post); further lines go to ``Notes``."""
    a = G.nodes[p]
    ups, downs = _managers(G, p), _has_reports(G, p)
    unit = next((str(G.nodes[v].get("name") or v) for _, v, t in
                 sorted(G.out_edges(p, data="type")) if t == "POST_IN"), "")
    o = organisation_of(G, p)
    org = str(G.nodes[o].get("name") or o) if o else ""
    manager = ups[0] if ups else TOP
    if a.get("headcount", 1) > 1 and not downs and ups:
        return True, [["", org, unit, manager, str(a.get("grade", "")), "", "",
                       str(a["title"]), f"{a['headcount']:.2f}", ""]]
    notes = "; ".join(filter(None, [
        f"also reports to {', '.join(ups[1:])}" if len(ups) > 1 else "",
        str(a.get("note", ""))]))
    names = sorted(str(G.nodes[u].get("name") or u) for u, _, t in G.in_edges(p, data="type")
                   if t == "HOLDS") or ["N/D"]
    return False, [[p, name, str(a.get("grade", "N/D")), str(a["title"]), "", "", org, unit,
                    "N/D", "N/D", manager, "0", "1.00", "N/D", "N/D", "", notes, ""]
                   for name in names]


def _managers(G: Any, p: str) -> list[str]:
    """The posts ``p`` is accountable to (itself left out), sorted."""
    return sorted({v for _, v, t in G.out_edges(p, data="type") if t in ACCOUNTABILITY_TYPES
                   and v != p and G.nodes[v].get("label") == "Post"})


def _has_reports(G: Any, p: str) -> bool:
    """Whether any other post is accountable to ``p``."""
    return any(t in ACCOUNTABILITY_TYPES and u != p and G.nodes[u].get("label") == "Post"
               for u, _, t in G.in_edges(p, data="type"))


def organogram_csv(header: list[str], rows: list[list[str]]) -> str:
    """The CSV text of one table: CRLF line ends (so a cell holding a line break or a
    carriage return is quoted), a formula cell after the spreadsheet's ``'`` text
    marker, and a row nothing changed written as the file had it."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in [header, *rows]:
        raw = getattr(row, "raw", None)
        if raw and _inert(row) == list(row) and _parse(raw, ",", len(row)) == list(row):
            buf.write(raw + "\r\n")
        else:
            w.writerow(_inert(row))
    return buf.getvalue()


def _inert(cells: list[str]) -> list[str]:
    return [f"'{c}" if c.startswith(FORMULA_START) else c for c in cells]
