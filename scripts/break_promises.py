"""Break each promise of docs/safety.md once and check a test notices.

For every promise a small, precise source mutation (an unsafe YAML loader, a dropped
HTML escape, no atomic rename, the password in an error, a write transaction for
``neo4j run`` ...) is applied to a temporary copy of the repository (never the working
tree); then the tests docs/safety.md names for that promise run against the copy. CAUGHT: a
test failed (the table says which of the named tests did). MISSED: they all passed
(the promise has no working test). STALE: the code the mutation edits has changed
(update the mutation here).

    .venv/bin/python scripts/break_promises.py            # every mutation (~15 min)
    .venv/bin/python scripts/break_promises.py --list     # what each one does
    .venv/bin/python scripts/break_promises.py yaml-unsafe-loader report-no-escape

Exit status 1 when any mutation is MISSED or STALE. Tests needing Neo4j or Chromium run
as in CI (``CI=true``: they fail rather than skip), with the ``ci`` Hypothesis profile.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Mutation:
    """Replace ``old`` (which must occur exactly once) by ``new`` in ``file``."""

    name: str
    promise: str
    file: str
    old: str
    new: str
    tests: tuple[str, ...]  # test names (or ``name[param]``) docs/safety.md gives; each runs


MUTATIONS: tuple[Mutation, ...] = (
    Mutation("yaml-unsafe-loader", "YAML is data, never code", "orggraph/load.py",
             'getattr(yaml, "CSafeLoader", yaml.SafeLoader)',
             'getattr(yaml, "CUnsafeLoader", yaml.UnsafeLoader)',
             ("test_python_tags_are_errors_not_code",)),
    Mutation("yaml-aliases-allowed", "YAML is data, never code (no billion laughs)",
             "orggraph/load.py", "        if id(node) in self.seen:",
             "        if False:", ("test_a_billion_laughs_is_refused_fast_in_bounded_memory",)),
    Mutation("duplicate-key-unchecked", "Bad data never crashes or hangs (duplicate keys)",
             "orggraph/load.py", "for key, line in rec.duplicate_keys:",
             "for key, line in rec.duplicate_keys[:0]:",
             ("test_wrong_data_is_reported_by_file_and_line_never_a_traceback_or_hang",
              "test_each_error_names_file_and_line")),
    Mutation("source-outside-sources", "A source text is a regular file under sources/",
             "orggraph/load.py",
             'if name.is_absolute() or ".." in name.parts or not file.is_file():',
             "if not file.exists():",
             ("test_a_source_text_is_only_a_regular_file_under_sources",)),
    Mutation("first-problem-only", "Every problem in one run", "orggraph/cli.py",
             "for problem in exc.problems:", "for problem in exc.problems[:1]:",
             ("test_every_problem_is_reported_in_one_run", "test_all_errors_reported_in_one_run")),
    Mutation("error-as-traceback", "Bad data never crashes or hangs (one Error: line)",
             "orggraph/cli.py", "    elif isinstance(exc, OrggraphError):\n",
             "    elif isinstance(exc, ZeroDivisionError):\n",
             ("test_wrong_data_is_reported_by_file_and_line_never_a_traceback_or_hang",
              "test_valid_generated_data_passes_validate_and_every_command")),
    Mutation("control-chars-raw", "Text is shown as text (control characters escaped)",
             "orggraph/formats.py",
             '    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape")'
             '.decode("ascii"), text)', "    return text",
             ("test_control_characters_in_data_are_shown_escaped",
              "test_payloads_on_the_command_line_are_names_not_code")),
    Mutation("chart-json-unescaped", "Charts show text as text (the data in <script>)",
             "orggraph/viz.py", "        text = text.replace(char, code)\n",
             "        pass\n",
             ("test_every_string_from_the_data_is_escaped_in_the_html",
              "test_payloads_arrive_as_inert_text[viz-plain]")),
    Mutation("chart-autoescape-off", "Charts show text as text (the page's own text)",
             "orggraph/viz.py",
             "jinja2.Environment(autoescape=True", "jinja2.Environment(autoescape=False",
             ("test_every_string_from_the_data_is_escaped_in_the_html",
              "test_payloads_arrive_as_inert_text[viz-network-plain]")),
    Mutation("report-no-escape", "The report escapes text", "orggraph/report.py",
             "    return escape(str(value))\n", "    return str(value)\n",
             ("test_text_from_the_data_is_escaped",
              "test_payloads_arrive_as_inert_text[report-plain]")),
    Mutation("cypher-export-unescaped", "Exports keep hostile text whole", "orggraph/export.py",
             '    return "\'" + _NEEDS_ESCAPE.sub(', '    return "\'" + text + "\'" or (',
             ("test_hostile_text_reaches_every_format",)),
    Mutation("formula-unmarked", "Exports keep hostile text whole (no formula runs)",
             "orggraph/export.py", '_csv_text(list(SENIOR_COLUMNS), _inert(senior))',
             '_csv_text(list(SENIOR_COLUMNS), senior)',
             ("test_broken_organogram_csvs_are_reported_by_file_and_row",
              "test_formula_cells_are_text_and_survive_an_export_round_trip")),
    Mutation("write-in-place", "Output files are atomic", "orggraph/output.py",
             '        with os.fdopen(fd, "wb") as f:\n',
             '        os.close(fd)\n        Path(tmp).unlink()\n        tmp = str(target)\n'
             '        with open(tmp, "wb") as f:\n',
             ("test_an_interrupted_write_leaves_the_old_file_and_no_temporary",)),
    Mutation("clobber-foreign-files", "Output files never clobber a file orggraph did not write",
             "orggraph/output.py",
             "if (path.exists() or path.is_symlink()) and not force and not "
             "_written_by_orggraph(path):", "if False:",
             ("test_write_file_refuses_a_foreign_file_unless_forced",
              "test_viz_writes_atomically_and_respects_other_files",
              "test_written_atomically_and_never_over_a_foreign_file",
              "test_accept_never_replaces_a_hand_written_file")),
    Mutation("password-in-error", "Credentials never shown", "orggraph/neo4j/store.py",
             'raise OrggraphError(f"Neo4j at {uri} refused the credentials for user {user!r}")',
             'raise OrggraphError(f"Neo4j at {uri} refused the credentials for user {user!r} '
             'and password {password!r}")',
             ("test_credentials_never_appear_in_output_or_files",
              "test_connection_errors_carry_no_password")),
    Mutation("run-writes", "neo4j run is read-only unless --write", "orggraph/neo4j/store.py",
             "(session.execute_write(work) if write\n",
             "(session.execute_write(work) if True\n",
             ("test_run_is_read_only_unless_write",)),
    Mutation("cypher-value-inline", "Every value reaching Cypher is a parameter",
             "orggraph/neo4j/store.py", "return list(tx.run(statement, dict(params)).data())",
             "return list(tx.run(re.sub(r'\\$(\\w+)', lambda m: \"'\" + str(params[m.group(1)])"
             " + \"'\", statement)).data())",
             ("test_payloads_through_neo4j_arrive_as_text_and_change_nothing",)),
    Mutation("load-visible-while-staging", "A Neo4j load is all or nothing",
             "orggraph/neo4j/store.py", "CREATE (n:{STAGED}:{_staged(label)}) SET n = r",
             "CREATE (n:{STAGED}:{_staged(label)}:{label.value}) SET n = r",
             ("test_a_failed_load_leaves_the_previous_graph",
              "test_a_server_stopped_mid_load_leaves_the_graph_as_before")),
    Mutation("no-retry", "A Neo4j load survives faults (retried)", "orggraph/neo4j/store.py",
             "driver = neo4j.GraphDatabase.driver(uri, auth=(user, password))",
             "driver = neo4j.GraphDatabase.driver(uri, auth=(user, password), "
             "max_transaction_retry_time=0)",
             ("test_a_connection_reset_mid_load_is_retried",)),
    Mutation("docx-bomb-unchecked", "extract survives bad files (zip bombs)",
             "orggraph/extract/reading.py", "    if unpacked > MAX_UNPACKED_BYTES:",
             "    if False:",
             ("test_hostile_job_descriptions_are_one_line_each_in_bounded_time_and_memory",)),
    Mutation("read-unbounded", "extract survives bad files (/dev/zero, huge files)",
             "orggraph/extract/reading.py", "data = f.read(MAX_FILE_BYTES + 1)", "data = f.read()",
             ("test_hostile_job_descriptions_are_one_line_each_in_bounded_time_and_memory",)),
    Mutation("run-on-quadratic", "extract survives bad files (in bounded time)",
             "orggraph/extract/candidates.py", "    if quote[1] - quote[0] <= MAX_QUOTE:",
             "    if True:",
             ("test_hostile_job_descriptions_are_one_line_each_in_bounded_time_and_memory",)),
    Mutation("pdf-logs-to-stderr", "extract survives bad files (one line each)",
             "orggraph/extract/reading.py", "    log.setLevel(logging.CRITICAL + 1)", "    pass",
             ("test_hostile_job_descriptions_are_one_line_each_in_bounded_time_and_memory",
              "test_generated_job_descriptions_give_a_draft_or_one_line_each")),
    Mutation("columns-twice-unchecked", "Broken organogram CSVs are reported row by row",
             "orggraph/organogram.py", "    if twice:\n", "    if False:\n",
             ("test_broken_organogram_csvs_are_reported_by_file_and_row",
              "test_a_column_named_twice_is_an_error_not_a_silent_choice")),
)

_IGNORE = shutil.ignore_patterns(".git", ".venv", "__pycache__", ".hypothesis", ".mypy_cache",
                                 ".ruff_cache", ".pytest_cache", "out", "node_modules")


def _test_files() -> dict[str, Path]:
    """Test function name -> the file defining it."""
    return {m: p for p in sorted((ROOT / "tests").glob("test_*.py"))
            for m in re.findall(r"^def (test_\w+)", p.read_text(encoding="utf-8"), re.M)}


def readme_tests() -> set[str]:
    """The test names docs/safety.md gives."""
    section = (ROOT / "docs" / "safety.md").read_text(encoding="utf-8")
    return set(re.findall(r"`(test_\w+)`", section))


def _mutate(copy: Path, m: Mutation) -> bool:
    path = copy / m.file
    text = path.read_text(encoding="utf-8")
    if text.count(m.old) != 1:
        return False
    path.write_text(text.replace(m.old, m.new), encoding="utf-8")
    return True


def run(m: Mutation, python: str, timeout: float) -> tuple[str, float, str]:
    """(verdict, seconds, the first failing test or why) for one mutation."""
    where = _test_files()
    ids = []
    for t in m.tests:
        name = t.split("[", 1)[0]
        if name not in where:
            return "STALE", 0.0, f"no test named {name}"
        ids.append(f"tests/{where[name].name}::{t}")
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="orggraph-mutant-") as tmp:
        copy = Path(tmp) / "repo"
        shutil.copytree(ROOT, copy, ignore=_IGNORE, symlinks=True)
        if not _mutate(copy, m):
            return "STALE", 0.0, f"{m.file} no longer holds the code this mutation edits"
        env = {**os.environ, "CI": "true", "HYPOTHESIS_PROFILE": "ci", "PYTHONPATH": str(copy),
               "PYTHONDONTWRITEBYTECODE": "1"}
        where_from = subprocess.run([python, "-c", "import orggraph; print(orggraph.__file__)"],
                                    cwd=copy, env=env, capture_output=True, text=True, check=False)
        if not where_from.stdout.startswith(str(copy)):
            return "ERROR", 0.0, f"the tests would import {where_from.stdout.strip()!r}"
        try:
            done = subprocess.run(
                [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W",
                 "ignore::pytest.PytestUnraisableExceptionWarning", *ids],
                cwd=copy, env=env, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            return "CAUGHT", time.monotonic() - start, f"the tests hung past {timeout:.0f} s"
        seconds = time.monotonic() - start
    failed = re.findall(r"^(?:FAILED|ERROR) \S+::(test_\w+)", done.stdout, re.M)
    if done.returncode == 1 and failed:
        names = list(dict.fromkeys(t.split("[", 1)[0] for t in m.tests))
        which = [t for t in names if t in failed]
        return "CAUGHT", seconds, f"{len(which)} of {len(names)}: {', '.join(which)}"
    if done.returncode == 0:
        return "MISSED", seconds, "every test passed"
    tail = (done.stdout + done.stderr).strip().splitlines()[-1:] or ["?"]
    return "ERROR", seconds, f"pytest exit {done.returncode}: {tail[0][:70]}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="only these mutations")
    parser.add_argument("--list", action="store_true", help="list the mutations and exit")
    parser.add_argument("--timeout", type=float, default=900, help="seconds per mutation")
    args = parser.parse_args()
    chosen = [m for m in MUTATIONS if not args.names or m.name in args.names]
    unknown = set(args.names) - {m.name for m in MUTATIONS}
    if unknown:
        parser.error(f"unknown mutation(s): {', '.join(sorted(unknown))}")
    named = readme_tests()
    for m in chosen:
        for t in m.tests:
            if t.split("[", 1)[0] not in named:
                print(f"warning: {m.name}: {t} is not named in docs/safety.md",
                      file=sys.stderr)
    if args.list:
        for m in chosen:
            print(f"{m.name}: {m.promise}\n  {m.file}: {m.old.strip()!r}\n"
                  f"    -> {m.new.strip()!r}\n  tests: {', '.join(m.tests)}")
        return 0
    python = str(ROOT / ".venv" / "bin" / "python")
    if not Path(python).exists():
        python = sys.executable
    print("| mutation | promise | verdict | seconds | named tests that failed |\n"
          "|---|---|---|---|---|", flush=True)
    verdicts = []
    for m in chosen:
        verdict, seconds, why = run(m, python, args.timeout)
        verdicts.append(verdict)
        print(f"| `{m.name}` | {m.promise} | {verdict} | {seconds:.0f} | {why} |", flush=True)
    return 0 if all(v == "CAUGHT" for v in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
