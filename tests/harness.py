"""The hardening harness: every command that reads data, how to read each output format,
and a child process that runs the CLI under a time and memory bound.

``tests/test_hardening.py`` drives it. To bring a new command under the fuzz and payload
tests, add a :class:`Command` to :data:`COMMANDS` (and, for a new output format such as
HTML, a reader to :data:`READERS`); nothing else changes.

Run as a script, it is the child: ``python tests/harness.py REQUEST.json`` where the
request holds ``{"argvs": [[...], ...], "memory_mb": N, "seconds": S}``. It caps its own
address space (``RLIMIT_AS``), runs each argv through the real ``orggraph`` click group
in-process (as the console script does), stops any one command after ``seconds`` and
prints one JSON object per argv: exit code, stdout, stderr, and the traceback of any
exception other than ``SystemExit`` (which the real CLI would have printed).
"""

from __future__ import annotations

import csv
import html.parser
import io
import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from orggraph.export import FORMATS

ROOT = Path(__file__).resolve().parent.parent

#: Per child process: address-space cap and the time any one command may take.
MEMORY_MB = 1536
SECONDS_PER_COMMAND = 20


@dataclass(frozen=True)
class Command:
    """One CLI command as the hardening tests run it.

    ``argv`` follows ``orggraph``; ``{post}``, ``{post2}``, ``{body}``, ``{node}`` and
    ``{text}`` are filled from the data under test. ``formats`` are the values of its
    ``--format`` (empty: the command has none), or of its FORMAT argument when
    ``format_flag`` is None (``export``). ``reads_data`` adds ``--data DIR``.
    ``output``, when set, is an option naming a file the command writes (``-o``); the
    tests then read that file with the format's reader instead of stdout.
    """

    name: str
    argv: tuple[str, ...]
    formats: tuple[str, ...] = ("table", "json", "csv")
    format_flag: str | None = "--format"
    reads_data: bool = True
    output: str | None = None
    #: The reader of what it writes, when that is not its ``--format`` (e.g. "html").
    reads_as: str | None = None
    #: The command whose output this one reads (``{out}`` in ``argv`` is the output folder).
    after: str | None = None

    def argvs(self, data_dir: Path, fill: dict[str, str], out_dir: Path | None = None
              ) -> Iterator[tuple[str, list[str]]]:
        """(format, argv) for every format of the command (format "" when it has none)."""
        base: list[str] = []
        positional: list[str] = []  # filled arguments go last, after "--": "-0" is a name
        for i, a in enumerate(self.argv):
            filled = a.format(**fill, out=out_dir)
            is_value = i > 0 and self.argv[i - 1].startswith("-")
            (positional if "{" in a and not is_value else base).append(filled)
        if self.reads_data:
            base += ["--data", str(data_dir)]
        for fmt in self.formats or ("",):
            given = [self.format_flag, fmt] if self.format_flag else [fmt]
            argv = base + (given if fmt else [])
            if self.output and out_dir is not None:
                argv += [self.output, str(self.written(out_dir, fmt))]
            yield fmt, argv + (["--", *positional] if positional else [])

    def written(self, out_dir: Path, fmt: str) -> Path:
        """The file (or folder) the command writes for ``fmt``."""
        return out_dir / f"{self.name}.{fmt or 'out'}"

    def reader(self, fmt: str) -> str:
        """The key in :data:`READERS` for its output in ``fmt``."""
        return self.reads_as or fmt


EXPORT_FORMATS = tuple(FORMATS)

#: Every command that reads data (``{jd}`` is a job description written from the data's
#: titles; ``import organogram`` reads what ``export organogram`` wrote).
COMMANDS: tuple[Command, ...] = (
    Command("validate", ("validate",), ("table", "json")),
    Command("summary", ("summary",)),
    Command("summary-as-of", ("summary", "--as-of", "2025-06-01")),
    Command("find", ("find", "{text}")),
    Command("show", ("show", "{node}"), ("table", "json")),
    Command("span-of-control", ("query", "span-of-control", "{post}")),
    Command("spans-and-layers", ("query", "spans-and-layers")),
    Command("spans-and-layers-body", ("query", "spans-and-layers", "--body", "{body}")),
    Command("chain", ("query", "chain", "{post}")),
    Command("deputies", ("query", "deputies", "{post}")),
    Command("cover-gaps", ("query", "cover-gaps")),
    Command("dual-accountability", ("query", "dual-accountability")),
    Command("members", ("query", "members", "{body}")),
    Command("memberships", ("query", "memberships", "{post}")),
    Command("relationships", ("query", "relationships", "{post}")),
    Command("path", ("query", "path", "{post}", "{post2}", "--relations",
                     "ACCOUNTABLE_TO,REPORTS_TO,RESPONSIBLE_TO,DEPUTISES_FOR,MEMBER_OF,"
                     "CHAIRS,WORKS_WITH,POST_IN,PART_OF,SUPPORTS,ADVISES")),
    Command("changes", ("query", "changes")),
    Command("changes-between", ("query", "changes", "--from", "2000", "--to", "2030")),
    Command("viz", ("viz",), (), output="-o", reads_as="html"),
    Command("viz-network", ("viz", "--layout", "network", "--focus", "{post}", "--depth", "2"),
            (), output="-o", reads_as="html"),
    Command("report", ("report",), (), output="-o", reads_as="html"),
    Command("report-body", ("report", "--body", "{body}"), (), output="-o", reads_as="html"),
    Command("export", ("export",), EXPORT_FORMATS, format_flag=None, output="-o"),
    Command("extract", ("extract", "draft", "{jd}"), (), output="-o", reads_as="yaml"),
    Command("import-organogram", ("import", "organogram", "{out}/export.organogram/senior-staff.csv",
                                  "{out}/export.organogram/junior-staff.csv", "--org",
                                  "Imported <b>&amp; Org"),
            (), reads_data=False, output="-o", reads_as="yaml", after="export"),
)

#: Commands with a node argument may also exit 2 (an unknown or ambiguous name).
NAMES_A_NODE = {c.name for c in COMMANDS if any("{" in a and "{out}" not in a and "{jd}" not in a
                                                for a in c.argv)}


# --- readers: output text -> every string it carries, after checking it is well formed ---


def read_table(text: str) -> list[str]:
    """A table or record is plain text: its lines."""
    return text.splitlines()


def read_json(text: str) -> list[str]:
    """Parse JSON (failing on anything malformed) and collect every string in it."""
    out: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            for k, v in value.items():
                out.append(k)
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(json.loads(text))
    return out


def read_csv(text: str) -> list[str]:
    """Parse CSV (every row as wide as the header) and collect every cell."""
    rows = list(csv.reader(io.StringIO(text)))
    if rows and any(len(r) != len(rows[0]) for r in rows):
        raise ValueError(f"ragged CSV: widths {sorted({len(r) for r in rows})}")
    return [cell for row in rows for cell in row]


class _HtmlText(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[str] = []
        self.attributes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [name for name, _ in attrs]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def read_html(text: str) -> list[str]:
    """The text and attribute values of an HTML page (for charts and reports, when merged).

    A payload that broke out of its text would show up as an ``img``/``script`` tag or an
    ``onerror`` attribute; the payload test checks the page has no more of those than the
    same page built from harmless data.
    """
    parser = _HtmlText()
    parser.feed(text)
    return parser.text


def read_xml(text: str) -> list[str]:
    """Parse XML (GraphML, GEXF) and collect its text and attribute values."""
    import xml.etree.ElementTree as ET

    out: list[str] = []
    for element in ET.fromstring(text).iter():  # noqa: S314
        out += [element.text or "", element.tail or "", *element.attrib.values()]
    return out


def read_turtle(text: str) -> list[str]:
    """Parse Turtle with rdflib and collect every literal and IRI."""
    import rdflib

    graph = rdflib.Graph().parse(data=text, format="turtle")
    return [str(term) for triple in graph for term in triple]


def read_yaml(text: str) -> list[str]:
    """Parse a YAML stream safely and collect every string in it."""
    import yaml

    return [s for doc in yaml.safe_load_all(text)
            for s in read_json(json.dumps(doc, default=str))]


READERS: dict[str, Callable[[str], list[str]]] = {
    "": read_table, "table": read_table, "json": read_json, "csv": read_csv,
    "html": read_html, "graphml": read_xml, "gexf": read_xml, "ttl": read_turtle,
    "cypher": read_table, "organogram": read_csv, "yaml": read_yaml,
}


def read_output(path: Path, reader: str) -> list[str]:
    """Every string in a written file, or in each file of a written folder (CSV and YAML
    by their reader, others as text lines)."""
    if not path.is_dir():
        return READERS[reader](path.read_text(encoding="utf-8"))
    out: list[str] = []
    for p in sorted(path.rglob("*")):
        if p.is_file():
            kind = {".csv": "csv", ".yaml": "yaml"}.get(p.suffix, "")
            out += READERS[kind](p.read_text(encoding="utf-8"))
    return out


# --- running the child -------------------------------------------------------------------


@dataclass
class Outcome:
    """What one CLI run did."""

    argv: list[str]
    exit_code: int
    stdout: str
    stderr: str
    traceback: str | None

    def __str__(self) -> str:
        return (f"orggraph {' '.join(self.argv)!r} -> exit {self.exit_code}\n"
                f"stdout: {self.stdout[:2000]}\nstderr: {self.stderr[:2000]}\n"
                f"traceback: {self.traceback}")


def run_cli(argvs: list[list[str]], *, env: dict[str, str] | None = None,
            memory_mb: int = MEMORY_MB, seconds: int = SECONDS_PER_COMMAND,
            cwd: Path | None = None, request_dir: Path) -> list[Outcome]:
    """Run each argv of ``argvs`` in one child process; raise AssertionError on a hang.

    The child gets ``seconds`` per command and the whole batch ``seconds * len + 30``.
    """
    request = request_dir / "request.json"
    request.write_text(json.dumps({"argvs": argvs, "memory_mb": memory_mb,
                                   "seconds": seconds}), encoding="utf-8")
    try:
        done = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), str(request)],
            capture_output=True, timeout=seconds * len(argvs) + 30, cwd=cwd,
            env={**os.environ, **(env or {})}, check=False)
    except subprocess.TimeoutExpired as exc:
        raise AssertionError(f"hang: the CLI did not finish {argvs} in time") from exc
    if done.returncode != 0:
        raise AssertionError(f"the child died (exit {done.returncode}): "
                             f"{done.stderr.decode('utf-8', 'replace')[-3000:]}")
    lines = done.stdout.decode("utf-8").splitlines()
    return [Outcome(**json.loads(line)) for line in lines]


class _Timeout(Exception):
    pass


def _child(request_path: str) -> None:
    import resource
    import traceback

    request = json.loads(Path(request_path).read_text(encoding="utf-8"))
    limit = request["memory_mb"] * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    from click.testing import CliRunner

    from orggraph.cli import main

    def alarm(signum: int, frame: Any) -> None:
        raise _Timeout(f"command took more than {request['seconds']} s")

    signal.signal(signal.SIGALRM, alarm)
    for argv in request["argvs"]:
        runner = CliRunner()
        signal.alarm(request["seconds"])
        try:
            result = runner.invoke(main, argv, catch_exceptions=True)
        finally:
            signal.alarm(0)
        tb = None
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            tb = "".join(traceback.format_exception(*result.exc_info)) if result.exc_info \
                else repr(result.exception)
        print(json.dumps({"argv": argv, "exit_code": result.exit_code,
                          "stdout": result.stdout, "stderr": result.stderr,
                          "traceback": tb}), flush=True)


# --- checking outcomes ----------------------------------------------------------------------

PROBLEM_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+): (?P<severity>error|warning): (?P<msg>.+)$")


def problem_lines(text: str) -> list[re.Match[str]]:
    """The ``path:line: severity: message`` lines of ``text``."""
    return [m for m in map(PROBLEM_LINE.match, text.splitlines()) if m]


if __name__ == "__main__":
    _child(sys.argv[1])
