"""Hardening: the promises orggraph keeps under hostile and unlucky input, one test each.

Read the test names as the list of promises (docs/safety.md lists them too). The fuzz tests generate data directories with Hypothesis and run every command of
``tests/harness.py``'s ``COMMANDS`` in every output format, in a child process with a
time bound per command and an address-space cap; ``HYPOTHESIS_PROFILE`` (ci, dev,
thorough; see the root conftest.py and docs/testing.md) chooses how many examples.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from harness import (
    COMMANDS,
    NAMES_A_NODE,
    PROBLEM_LINE,
    READERS,
    ROOT,
    Command,
    Outcome,
    _HtmlText,
    problem_lines,
    read_output,
    run_cli,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from orggraph.model import ACCOUNTABILITY_TYPES, VOCABULARY, Label

# --- generated data directories ------------------------------------------------------------

SLUG = st.from_regex(r"[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,3}){0,2}", fullmatch=True)
TEXT = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=24).filter(
    lambda s: s.strip() != "")
SENTENCE = st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=3, max_size=40
                   ).filter(lambda s: len(s.strip()) >= 3)
BODY_KIND = st.sampled_from(sorted({"trust", "icb", "directorate", "board", "team",
                                    "committee", "panel", "group"}))


@st.composite
def partial_date(draw: Any) -> str:
    year = draw(st.integers(1990, 2035))
    month = draw(st.none() | st.integers(1, 12))
    if month is None:
        return f"{year:04d}"
    day = draw(st.none() | st.integers(1, 28))
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def _first(d: str) -> dt.date:
    parts = [int(p) for p in d.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def _last(d: str) -> dt.date:
    import calendar

    p = [int(x) for x in d.split("-")]
    month = p[1] if len(p) > 1 else 12
    day = p[2] if len(p) > 2 else calendar.monthrange(p[0], month)[1]
    return dt.date(p[0], month, day)


@st.composite
def dates(draw: Any) -> dict[str, str]:
    """Optional valid_from / valid_to, valid_to never before valid_from."""
    a, b = draw(st.none() | partial_date()), draw(st.none() | partial_date())
    if a and b and _last(b) < _first(a):
        a, b = b, a
    return {k: v for k, v in (("valid_from", a), ("valid_to", b)) if v}


@st.composite
def dataset(draw: Any) -> list[dict[str, Any]]:
    """A valid data directory: 1-2 files, bodies, posts, people and relationships whose
    evidence is a line of the file's source text, no accountability cycle."""
    n_files = draw(st.integers(1, 2))
    ids = draw(st.lists(SLUG, min_size=4, max_size=12, unique=True))
    n_bodies = draw(st.integers(1, max(1, len(ids) // 3)))
    n_people = draw(st.integers(0, 1))
    bodies, people, posts = ids[:n_bodies], ids[n_bodies:n_bodies + n_people], \
        ids[n_bodies + n_people:]
    files = []
    for i in range(n_files):
        pool = draw(st.lists(SENTENCE, min_size=1, max_size=5))
        files.append({"name": f"f{i}.yaml", "source_name": f"s{i}.txt",
                      "source_text": "\n".join(pool), "pool": pool,
                      "doc": {"source": {"id": f"{draw(TEXT)}{i}", "file": f"s{i}.txt",
                                         "title": draw(TEXT)}}})

    def record(fields: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        f = files[draw(st.integers(0, n_files - 1))]
        rec = {**fields, **draw(dates()), "evidence": draw(st.sampled_from(f["pool"]))}
        if draw(st.booleans()):
            rec["aliases"] = draw(st.lists(TEXT, max_size=2))
        if draw(st.integers(0, 4)) == 0:
            rec["note"] = draw(TEXT)
        return f, rec

    label: dict[str, Label] = {}
    for section, names, lab in (("bodies", bodies, Label.BODY), ("posts", posts, Label.POST),
                                ("people", people, Label.PERSON)):
        for nid in names:
            own = {"bodies": lambda: {"name": draw(TEXT), "kind": draw(BODY_KIND)},
                   "posts": lambda: {"title": draw(TEXT)},
                   "people": lambda: {"name": draw(TEXT)}}[section]()
            f, rec = record({"id": nid, **own})
            f["doc"].setdefault(section, []).append(rec)
            label[nid] = lab
    order = {p: i for i, p in enumerate(posts)}
    wanted = draw(st.lists(st.tuples(st.sampled_from(sorted(VOCABULARY)),
                                     st.integers(0, 99), st.integers(0, 99)), max_size=12))
    wanted.append(("POST_IN", 0, 0))
    for rtype, i, j in wanted:
        spec = VOCABULARY[rtype]
        starts = [n for n in ids if label[n] in spec.starts]
        ends = [n for n in ids if label[n] in spec.ends]
        if not starts or not ends:
            continue
        a, b = starts[i % len(starts)], ends[j % len(ends)]
        if rtype in ACCOUNTABILITY_TYPES and label[b] is Label.POST and order[a] <= order[b]:
            continue  # accountability only up the list of posts: never a cycle
        if rtype == "DEPUTISES_FOR" and a == b:
            continue
        f, rec = record({"type": rtype, "from": a, "to": b})
        rec.pop("aliases", None)
        if rtype in {"MEMBER_OF", "CHAIRS"} and draw(st.booleans()):
            rec["role"] = draw(TEXT)
        f["doc"].setdefault("relationships", []).append(rec)
    return files


def _dump(draw: Any, doc: dict[str, Any]) -> str:
    return yaml.safe_dump(doc, allow_unicode=draw(st.booleans()), sort_keys=False,
                          default_flow_style=draw(st.sampled_from([False, None, True])),
                          width=draw(st.sampled_from([40, 80, 4096])))


def write_dataset(target: Path, files: list[dict[str, Any]],
                  texts: dict[str, bytes]) -> Path:
    """Write the files (YAML as given in ``texts``) and their source texts under target."""
    if target.exists():
        shutil.rmtree(target)
    (target / "sources").mkdir(parents=True)
    for f in files:
        (target / "sources" / f["source_name"]).write_text(f["source_text"], encoding="utf-8")
    for name, data in texts.items():
        (target / name).write_bytes(data)
    return target


def _fill(files: list[dict[str, Any]]) -> dict[str, str]:
    """Arguments for the commands: real ids and names of the generated data."""
    posts = [r for f in files for r in f["doc"].get("posts", []) if isinstance(r, dict)]
    bodies = [r for f in files for r in f["doc"].get("bodies", []) if isinstance(r, dict)]
    post_ids = [str(p.get("id")) for p in posts] or ["no-such-post"]
    title = str(posts[0].get("title", "x")) if posts else "x"
    return {"post": post_ids[0], "post2": post_ids[-1],
            "body": str(bodies[0].get("id")) if bodies else "no-such-body",
            "node": post_ids[-1], "text": title.strip()[:3] or "x",
            "title": title, "title2": str(posts[-1].get("title", "x")) if posts else "x",
            "body_name": str(bodies[0].get("name", "x")) if bodies else "x"}


def _job_description(fill: dict[str, str], tmp: Path) -> str:
    """A job description naming the data's posts and body, for ``extract {jd}``."""
    jd = tmp / "jd.txt"
    jd.write_text(f"Job Title: {fill.get('title', 'Ward Sister')}\n"
                  f"Reports to: {fill.get('title2', 'Matron')}\n"
                  f"The post holder is a member of the {fill.get('body_name', 'Board')}.\n",
                  encoding="utf-8")
    return str(jd)


def run_all(data_dir: Path, fill: dict[str, str], tmp: Path,
            commands: tuple[Command, ...] = COMMANDS, **kw: Any
            ) -> list[tuple[Command, str, Outcome]]:
    """Every command in every format over ``data_dir``: (command, format, outcome)."""
    fill = {**fill, "jd": _job_description(fill, tmp)}
    runs = [(c, fmt, argv) for c in commands for fmt, argv in c.argvs(data_dir, fill, tmp)]
    outcomes = run_cli([argv for _, _, argv in runs], request_dir=tmp, **kw)
    return [(c, fmt, o) for (c, fmt, _), o in zip(runs, outcomes, strict=True)]


# --- the oracle ------------------------------------------------------------------------------


def check_outcomes(data_dir: Path, results: list[tuple[Command, str, Outcome]]) -> list[str]:
    """Assert the promises of bad input on every outcome; return validate's error lines.

    Every command exits 0, or 1 with one line per problem naming a data file and a line
    in it (then an ``Error:`` summary line), or one ``Error:`` line; a node-naming command
    may exit 2 with one ``Error:`` line. Never a traceback. Every data-reading command
    reports exactly the errors ``validate`` reports.
    """
    # a line break is what YAML counts as one: also U+2028, U+2029 and NEL
    lines_in = {p.name: max(len(p.read_bytes().splitlines()),
                            len(p.read_bytes().decode("utf-8", "replace").splitlines())) + 1
                for p in data_dir.glob("*.y*ml")}
    validate = next(o for c, fmt, o in results if c.name == "validate" and fmt == "table")
    errors = sorted(m.group(0) for m in problem_lines(validate.stdout)
                    if m.group("severity") == "error")
    assert validate.exit_code == (1 if errors else 0), validate
    exit_codes = {c.name: o.exit_code for c, _, o in results}
    for command, fmt, o in results:
        assert o.traceback is None, o
        assert "Traceback" not in o.stdout + o.stderr, o
        if o.exit_code == 0:
            assert not o.stderr, o
            continue
        stderr = o.stderr.splitlines()
        if command.after and exit_codes.get(command.after) != 0:
            assert o.exit_code == 2 and "does not exist" in o.stderr, o  # nothing to read
            continue
        if command.name == "import-organogram":  # reading the exported CSVs
            problems = problem_lines(o.stderr)
            assert o.exit_code == 1 and len(stderr) == len(problems) + 1, o
            assert all("export.organogram" in m.group("path") for m in problems), o
            continue
        if command.name == "extract" and not errors:  # the job description gave nothing
            [m] = problem_lines(o.stderr)
            assert o.exit_code == 1 and m.group("path").endswith("jd.txt"), o
            continue
        if command.name == "validate":
            assert o.exit_code == 1 and errors, o
            if fmt == "json":
                rows = json.loads(o.stdout)
                assert sum(r["severity"] == "error" for r in rows) == len(errors), o
            else:
                assert stderr == [], o
            continue
        assert o.exit_code in ((1, 2) if command.name in NAMES_A_NODE else (1,)), o
        problems = [m for m in map(PROBLEM_LINE.match, stderr) if m]
        if errors:  # a data error: every problem line, then one Error line
            assert sorted(m.group(0) for m in problems) == errors, o
            assert len(stderr) == len(problems) + 1 and stderr[-1].startswith("Error: "), o
        else:  # a question-level error (no path, not a post ...): one line
            assert len(stderr) == 1 and stderr[0].startswith("Error: "), o
    for line in errors:
        m = PROBLEM_LINE.match(line)
        assert m is not None
        path = Path(m.group("path"))
        assert path.parent == data_dir, line
        assert path.name in lines_in and 1 <= int(m.group("line")) <= lines_in[path.name], line
    return errors


# --- mutations: subtly (or grossly) wrong data ------------------------------------------------

BAD_DATES = ["2025-13-40", "2025-02-30", "2025-00", "0000", "99999", "2025/01/01",
             "yesterday", "2025-1-1", "２０２５", "2025-05-01T00:00"]
LOOKALIKES = {"a": "а", "e": "е", "o": "о", "i": "і", "c": "с", "p": "р", "-": "‐"}
BOMB = ("lol: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        + "".join(f"l{i}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n"
                  for i in range(8)))


def _records(files: list[dict[str, Any]], section: str) -> list[dict[str, Any]]:
    return [r for f in files for r in f["doc"].get(section, [])]


@st.composite
def semantic_mutation(draw: Any, files: list[dict[str, Any]]) -> str:
    """Break one record in a way validation must catch; return what was done."""
    rels = _records(files, "relationships")
    nodes = [r for s in ("bodies", "posts", "people") for r in _records(files, s)]
    kind = draw(st.sampled_from(["unknown_id", "wrong_kind", "bad_date", "to_before_from",
                                 "lookalike", "wrong_type", "null_required",
                                 "self_deputy", "unknown_field", "duplicate_id"]))
    rel, node = draw(st.sampled_from(rels)), draw(st.sampled_from(nodes))
    post = next(r["id"] for r in _records(files, "posts"))
    if kind == "unknown_id":
        rel[draw(st.sampled_from(["from", "to"]))] = "no-such-" + draw(SLUG)
    elif kind == "wrong_kind":
        rel.update(type="POST_IN", to=post)
    elif kind == "bad_date":
        draw(st.sampled_from([rel, node]))[draw(st.sampled_from(["valid_from", "valid_to"]))] \
            = draw(st.sampled_from(BAD_DATES))
    elif kind == "to_before_from":
        draw(st.sampled_from([rel, node])).update(
            valid_from="2025-06-01", valid_to=draw(st.sampled_from(["2024", "2025-05",
                                                                    "2025-05-31"])))
    elif kind == "lookalike":
        target = draw(st.sampled_from([rel, node]))
        key = "from" if "type" in target else "id"
        value = target[key]
        swap = [i for i, ch in enumerate(value) if ch in LOOKALIKES] or [0]
        i = draw(st.sampled_from(swap))
        target[key] = value[:i] + LOOKALIKES.get(value[i], "ı") + value[i + 1:]
        if draw(st.booleans()):
            target[key] = value + draw(st.sampled_from(["\n", " ", "\u200b", "\t"]))
    elif kind == "wrong_type":
        target = draw(st.sampled_from([rel, node]))
        key = draw(st.sampled_from(sorted(k for k in target if k != "aliases")))
        target[key] = draw(st.sampled_from([True, [1, 2], {"a": "b"}, []]))
    elif kind == "null_required":
        target = draw(st.sampled_from([rel, node]))
        required = ["evidence"] + (["type", "from", "to"] if "type" in target else ["id"]) + \
            [k for k in ("kind", "title", "name") if k in target]
        target[draw(st.sampled_from(required))] = draw(st.sampled_from([None, "", "  "]))
    elif kind == "self_deputy":
        rel.update(type="DEPUTISES_FOR", to=post, **{"from": post})
    elif kind == "unknown_field":
        draw(st.sampled_from([rel, node]))[draw(st.sampled_from(["titel", "evidance", "x"]))] = 1
    elif kind == "duplicate_id":
        files[-1]["doc"].setdefault("posts", []).append(dict(draw(st.sampled_from(
            _records(files, "posts")))))
    return kind


TEXT_MUTATIONS = ["none", "duplicate_key", "bomb", "python_tag", "huge_string", "deep_flow",
                  "deep_block", "control_char", "escaped_control", "tab_indent",
                  "tab_in_value", "truncate", "empty", "not_a_mapping", "anchor_alias",
                  "line_separators"]


def _one_line_keys(text: str) -> list[tuple[int, int, str]]:
    """(line, column, key) of every key of a nested mapping whose scalar value ends on the
    key's own line, so a key inserted on the next line is a key, not part of a string."""
    found = []
    stack = [yaml.compose(text, Loader=yaml.SafeLoader)]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(value, yaml.ScalarNode) and \
                        value.end_mark.line == key.start_mark.line:
                    found.append((key.start_mark.line, key.start_mark.column, key.value))
                stack.append(value)
    return found


@st.composite
def text_mutation(draw: Any, text: str) -> tuple[str, str, bool]:
    """Damage the YAML text; return (text, what was done, whether it must be an error)."""
    kind = draw(st.sampled_from(TEXT_MUTATIONS))
    lines = text.splitlines(keepends=True)
    if kind == "duplicate_key":
        keyed = _one_line_keys(text)
        if not keyed:
            return text, "duplicate_key(no-op)", False
        line, column, key = draw(st.sampled_from(keyed))
        lines.insert(line + 1, f"{' ' * column}{key}: duplicate\n")
        return "".join(lines), kind, True
    if kind == "bomb":
        return text + BOMB, kind, True
    if kind == "python_tag":
        return text + "x: !!python/object/apply:os.getcwd []\n", kind, True
    if kind == "huge_string":
        n = draw(st.sampled_from([10_000, 300_000, 2_000_000]))
        return text + f"note: {'x' * n}\n", kind, True  # an unknown top-level key
    if kind == "deep_flow":
        n = draw(st.sampled_from([50, 999, 5000]))
        return text + "x: " + "[" * n + "]" * n + "\n", kind, True
    if kind == "deep_block":
        n = draw(st.sampled_from([50, 2000]))
        return text + "x:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(n)), kind, True
    if kind == "control_char":
        ch = draw(st.sampled_from(["\x00", "\x01", "\x1b", "\x7f", "\x08"]))
        i = draw(st.integers(0, len(text)))
        return text[:i] + ch + text[i:], kind, True
    if kind == "escaped_control":  # YAML's own escapes: legal, must be shown escaped
        return text.replace("source:", 'x: "\\e[2J\\a\\x00\\u202e"\nsource:', 1), kind, True
    if kind == "tab_indent":
        return re.sub(r"(?m)^  ", "\t", text), kind, False
    if kind == "tab_in_value":
        return text.replace(": ", ":\t", 1), kind, False
    if kind == "truncate":
        return text[: draw(st.integers(0, len(text)))], kind, False
    if kind == "empty":
        return draw(st.sampled_from(["", "# only a comment\n", "---\n", "~\n"])), kind, True
    if kind == "not_a_mapping":
        return draw(st.sampled_from(["- a\n- b\n", "just text\n", "42\n", "[1, 2]\n"])), \
            kind, True
    if kind == "anchor_alias":
        return text.replace("source:", "x: &a {a: 1}\ny: *a\nsource:", 1), kind, True
    if kind == "line_separators":
        ch = draw(st.sampled_from(["\u2028", "\u2029", "\x85", "\r", "\r\n"]))
        return text.replace("\n", ch), kind, False
    return text, kind, False


BYTE_MUTATIONS = ["none", "utf8_bom", "utf16", "latin1", "invalid_bytes"]


@st.composite
def byte_mutation(draw: Any, text: str) -> tuple[bytes, str, bool]:
    kind = draw(st.sampled_from(BYTE_MUTATIONS))
    data = text.encode("utf-8")
    if kind == "utf8_bom":
        return b"\xef\xbb\xbf" + data, kind, False
    if kind == "utf16":
        return text.encode("utf-16"), kind, True  # data files are UTF-8
    if kind == "latin1":
        return (text + "note: café\n").encode("latin-1", "replace"), kind, True
    if kind == "invalid_bytes":
        i = draw(st.integers(0, len(data)))
        return data[:i] + draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80"])) + data[i:], \
            kind, True
    return data, kind, False


# --- the fuzz promises ------------------------------------------------------------------------


#: Each example runs every command in every format on valid data (about fifty commands,
#: each reading the data), the costliest example of the suite; valid data has fewer ways
#: to go wrong than the mutated data of the test after it, so it takes a third as many.
EVERY_COMMAND = settings(max_examples=max(3, settings().max_examples // 3))


@EVERY_COMMAND
@given(files=dataset(), data=st.data())
def test_valid_generated_data_passes_validate_and_every_command(files, data, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("valid")
    texts = {f["name"]: _dump(data.draw, f["doc"]).encode("utf-8") for f in files}
    data_dir = write_dataset(tmp / "data", files, texts)
    results = run_all(data_dir, _fill(files), tmp)
    assert check_outcomes(data_dir, results) == []


@given(files=dataset(), data=st.data())
def test_wrong_data_is_reported_by_file_and_line_never_a_traceback_or_hang(
        files, data, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("wrong")
    fill = _fill(files)
    must_fail, done = False, []
    if data.draw(st.booleans()):
        done.append(data.draw(semantic_mutation(files)))
        must_fail = "no-op" not in done[-1]
    texts = {}
    for f in files:
        text = _dump(data.draw, f["doc"])
        if f is files[0]:
            text, what, fails = data.draw(text_mutation(text))
            raw, what2, fails2 = data.draw(byte_mutation(text))
            done += [what, what2]
            must_fail = must_fail or fails or fails2
        else:
            raw = text.encode("utf-8")
        texts[f["name"]] = raw
    data_dir = write_dataset(tmp / "data", files, texts)
    errors = check_outcomes(data_dir, run_all(data_dir, fill, tmp))
    if must_fail:
        assert errors, f"{done}: no error reported"


@given(files=dataset(), data=st.data())
def test_every_problem_is_reported_in_one_run(files, data, tmp_path_factory):
    """k independent mistakes in k different records give at least k error lines."""
    tmp = tmp_path_factory.mktemp("all")
    records = [r for f in files for s in ("bodies", "posts", "relationships")
               for r in f["doc"].get(s, [])]
    chosen = data.draw(st.lists(st.sampled_from(range(len(records))), min_size=1,
                                max_size=min(4, len(records)), unique=True))
    for i in chosen:
        rec = records[i]
        how = data.draw(st.sampled_from(["bad_date", "to_before_from", "unknown_field",
                                         "wrong_type"]))
        if how == "bad_date":
            rec["valid_from"] = data.draw(st.sampled_from(BAD_DATES))
        elif how == "to_before_from":
            rec.update(valid_from="2025-06-01", valid_to="2024")
        elif how == "unknown_field":
            rec["titel"] = "x"
        else:
            rec["evidence"] = ["not", "text"]
    texts = {f["name"]: _dump(data.draw, f["doc"]).encode("utf-8") for f in files}
    data_dir = write_dataset(tmp / "data", files, texts)
    results = run_all(data_dir, _fill(files), tmp, commands=COMMANDS[:2])
    assert len(check_outcomes(data_dir, results)) >= len(chosen), results[0][2]


# --- YAML is data, never code or a bomb ---------------------------------------------------------


def _tiny_with(tmp_path: Path, extra: str, source_file: str = "tiny.txt") -> Path:
    target = tmp_path / "data"
    shutil.copytree(ROOT / "tests" / "fixtures" / "tiny", target)
    text = (target / "tiny.yaml").read_text(encoding="utf-8")
    (target / "tiny.yaml").write_text(text.replace("file: tiny.txt", f"file: {source_file}")
                                      + extra, encoding="utf-8")
    return target


@pytest.mark.parametrize("tag", ["!!python/object/apply:os.system", "!!python/object/new:os.system",
                                 "!!python/name:os.system", "!python/object/apply:os.system"])
def test_python_tags_are_errors_not_code(tmp_path, tag):
    sentinel = tmp_path / "pwned"
    data_dir = _tiny_with(tmp_path, f'note_bomb: {tag} ["touch {sentinel}"]\n')
    [o] = run_cli([["validate", "--data", str(data_dir)]], request_dir=tmp_path)
    assert not sentinel.exists()
    assert o.exit_code == 1 and o.traceback is None
    assert "tiny.yaml:" in o.stdout and "constructor" in o.stdout


def test_a_billion_laughs_is_refused_fast_in_bounded_memory(tmp_path):
    data_dir = _tiny_with(tmp_path, BOMB + "note: *i\n")  # 9**9 'lol's if expanded
    [o] = run_cli([["validate", "--data", str(data_dir)]], request_dir=tmp_path,
                  memory_mb=512, seconds=10)
    assert o.exit_code == 1 and o.traceback is None, o
    assert re.search(r"tiny\.yaml:\d+: error: YAML error: YAML aliases", o.stdout), o


@pytest.mark.parametrize("source_file", ["/dev/zero", "../../../../../../etc/passwd",
                                         "\"a\\0b\"", "sources", "''"])
def test_a_source_text_is_only_a_regular_file_under_sources(tmp_path, source_file):
    data_dir = _tiny_with(tmp_path, "", source_file)
    (data_dir / "sources" / "sources").mkdir()
    [o] = run_cli([["validate", "--data", str(data_dir)]], request_dir=tmp_path,
                  memory_mb=512, seconds=10)
    assert o.exit_code == 1 and o.traceback is None, o
    assert re.match(r".*tiny\.yaml:\d+: error: (cannot read source text|field 'file')",
                    o.stdout), o


@pytest.mark.parametrize(("bad", "what"), [(b"\xff", "cannot read file"),
                                           (b"\x01", "unacceptable character")])
def test_undecodable_bytes_and_forbidden_characters_name_their_line(tmp_path, bad, what):
    data_dir = _tiny_with(tmp_path, "")
    path = data_dir / "tiny.yaml"
    lines = path.read_bytes().splitlines(keepends=True)
    assert b"Example" in lines[7]
    lines[7] = lines[7].replace(b"Example", b"Ex" + bad + b"ample")
    path.write_bytes(b"".join(lines))
    [o] = run_cli([["validate", "--data", str(data_dir)]], request_dir=tmp_path)
    assert o.stdout.startswith(f"{path}:8: error: ") and what in o.stdout, o


def test_a_required_field_left_empty_is_a_problem_not_a_crash(tmp_path):
    data_dir = _tiny_with(tmp_path, "")
    path = data_dir / "tiny.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("kind: trust\n    abbreviation", "kind:\n    abbreviation", 1)
    text = text.replace("- type: ACCOUNTABLE_TO", "- type: null", 1)
    path.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    expected = [str(lines.index(ln) + 1) for ln in ("    kind:", "  - type: null")]
    [o] = run_cli([["validate", "--data", str(data_dir)]], request_dir=tmp_path)
    assert o.traceback is None and o.exit_code == 1, o
    assert [m.group("line") for m in problem_lines(o.stdout)
            if m.group("severity") == "error"] == expected, o


# --- text from data and the command line arrives as inert text -------------------------------

PAYLOADS = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "</script>",
            "'}) DETACH DELETE n //", "$(rm -rf ~)", "`touch pwned`, ; DROP TABLE x; --",
            "=HYPERLINK(\"http://x\")"]


def _payload_data(tmp_path: Path, payloads: list[str] | None = None) -> Path:
    """The tiny dataset with every payload in names, titles, aliases, roles, notes,
    evidence and the source id, and enough structure (reports, deputies in a cycle, dual
    lines, members) that every command's answer carries some of them."""
    words = payloads or PAYLOADS
    target = tmp_path / "payload"
    shutil.copytree(ROOT / "tests" / "fixtures" / "tiny", target)
    q = json.dumps
    text = (target / "tiny.yaml").read_text(encoding="utf-8")
    source_extra = "\n".join(f"Evidence {p} end." for p in words)
    (target / "sources" / "tiny.txt").write_text(
        (target / "sources" / "tiny.txt").read_text(encoding="utf-8") + "\n" + source_extra,
        encoding="utf-8")
    text = text.replace("id: tiny\n", f"id: {q('tiny ' + words[0])}\n", 1)
    bodies, posts, rels = [], [], []
    for i, p in enumerate(words):
        ev = q(f"Evidence {p} end.")
        bodies.append(f"  - id: pb{i}\n    name: {q(p + ' body')}\n    kind: board\n"
                      f"    abbreviation: {q(p)}\n    note: {q(p)}\n    evidence: {ev}\n")
        posts.append(f"  - id: pp{i}\n    title: {q(p + ' post')}\n    aliases: [{q(p)}]\n"
                     f"    grade: {q(p)}\n    valid_from: 2020\n    evidence: {ev}\n")
        rels += [f"  - type: MEMBER_OF\n    from: pp{i}\n    to: pb{i}\n    role: {q(p)}\n"
                 f"    note: {q(p)}\n    evidence: {ev}\n",
                 f"  - type: ACCOUNTABLE_TO\n    from: pp{i}\n    to: director-of-care\n"
                 f"    evidence: {ev}\n",
                 # pp0 has no deputy (a gap); the last two deputise for each other (a cycle)
                 f"  - type: DEPUTISES_FOR\n    from: pp{i}\n"
                 f"    to: pp{i + 1 if i + 1 < len(words) else i - 1}\n"
                 f"    valid_from: 2021\n    evidence: {ev}\n",
                 f"  - type: POST_IN\n    from: pp{i}\n    to: pb{i}\n    evidence: {ev}\n",
                 f"  - type: REPORTS_TO\n    from: pp{i}\n    to: pb{i}\n    evidence: {ev}\n",
                 *([f"  - type: RESPONSIBLE_TO\n    from: pp{i}\n    to: pp{i - 1}\n"
                    f"    evidence: {ev}\n"] if i else []),
                 f"  - type: WORKS_WITH\n    from: pp{i}\n    to: deputy-director-of-care\n"
                 f"    evidence: {ev}\n"]
    text = text.replace("\nposts:\n", "\n" + "".join(bodies) + "\nposts:\n", 1)
    text = text.replace("\nrelationships:\n", "\n" + "".join(posts) + "\nrelationships:\n", 1)
    (target / "tiny.yaml").write_text(text + "".join(rels), encoding="utf-8")
    return target


#: Arguments that make each command show the payload-carrying records.
PAYLOAD_FILL = {"post": "pp1", "post2": "chief-executive", "body": "pb1", "node": "pp1",
                "text": "post", "title": f"{PAYLOADS[0]} post", "title2": f"{PAYLOADS[1]} post",
                "body_name": f"{PAYLOADS[3]} body"}
_PAYLOAD_RUNS = [(c, fmt) for c in COMMANDS if c.name != "validate"
                 for fmt in c.formats or ("",)]


@pytest.fixture(scope="module")
def payload_results(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("payloads")
    data_dir = _payload_data(tmp)
    results = run_all(data_dir, PAYLOAD_FILL, tmp, env={"HOME": str(tmp)})
    # the same pages from harmless words in place of the payloads, to compare tags with
    calm = tmp / "harmless"
    calm.mkdir()
    pages = tuple(c for c in COMMANDS if c.reads_as == "html")
    calm_results = run_all(_payload_data(calm, [f"word{i}" for i in range(len(PAYLOADS))]),
                           PAYLOAD_FILL, calm, commands=pages)
    return {**{(c.name, fmt): o for c, fmt, o in results},
            **{("harmless " + c.name, fmt): o for c, fmt, o in calm_results}}, tmp


@pytest.mark.slow  # every command in every format, in child processes
@pytest.mark.parametrize(("command", "fmt"), _PAYLOAD_RUNS,
                         ids=[f"{c.name}-{f or 'plain'}" for c, f in _PAYLOAD_RUNS])
def test_payloads_arrive_as_inert_text(payload_results, command, fmt):
    """Each payload comes out whole, inside one value of a well-formed output: the
    output still parses in its format and carries the payload verbatim."""
    results, tmp = payload_results
    o = results[(command.name, fmt)]
    assert o.exit_code == 0 and o.traceback is None, o
    if command.output:
        written = Path(o.argv[o.argv.index(command.output) + 1])
        values = read_output(written, command.reader(fmt))  # raises on malformed output
    else:
        values = READERS[fmt](o.stdout)  # raises on a malformed table/JSON/CSV
    found = [p for p in PAYLOADS if any(p in v for v in values)]
    assert found, f"no payload reached the output of {command.name} ({fmt}):\n{values[:100]}"
    assert not list(tmp.glob("**/pwned")) and (tmp / "payload").is_dir()
    if command.reader(fmt) == "html":  # no payload became a tag or an attribute
        harmless = results[("harmless " + command.name, fmt)]
        assert _active(written) == _active(Path(harmless.argv[harmless.argv.index(
            command.output) + 1])), command.name


def _active(page: Path) -> tuple[list[str], list[str]]:
    """The tags and attribute names of an HTML page, sorted (what a browser would run)."""
    parser = _HtmlText()
    parser.feed(page.read_text(encoding="utf-8"))
    return sorted(set(parser.tags)), sorted(set(parser.attributes))


def test_validate_reports_a_payload_as_text(tmp_path):
    data_dir = _payload_data(tmp_path)
    path = data_dir / "tiny.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "kind: board", f"kind: {json.dumps(PAYLOADS[1])}", 1), encoding="utf-8")
    out = run_cli([["validate", "--data", str(data_dir), "--format", f] for f in ("table", "json")],
                  request_dir=tmp_path)
    assert PAYLOADS[1] in out[0].stdout
    assert any(PAYLOADS[1] in r["message"] for r in json.loads(out[1].stdout))


@pytest.mark.parametrize("payload", [*PAYLOADS, "\x1b[2J\x1b]0;pwned\x07", "a\u202egnp.exe"])
def test_payloads_on_the_command_line_are_names_not_code(tmp_path, payload):
    data_dir = _payload_data(tmp_path)
    argvs = [[*argv, "--data", str(data_dir)] for argv in (
        ["find", payload], ["show", payload], ["query", "chain", payload],
        ["query", "members", payload], ["query", "path", payload, payload],
        ["query", "spans-and-layers", "--body", payload], ["summary", "--as-of", payload],
        ["query", "changes", "--from", payload, "--to", payload],
        ["query", "chain", "pp1", "--relations", payload])]
    for o in run_cli(argvs, request_dir=tmp_path, env={"HOME": str(tmp_path)}):
        assert o.traceback is None and o.exit_code in (0, 1, 2), o
        assert "\x1b" not in o.stdout + o.stderr and "\u202e" not in o.stdout + o.stderr, o
        assert len(o.stderr.splitlines()) <= 1, o
    assert not list(tmp_path.glob("**/pwned"))


def test_control_characters_in_data_are_shown_escaped(tmp_path):
    data_dir = _payload_data(tmp_path)
    path = data_dir / "tiny.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "title: Director of Care", 'title: "Director\\e[2J\\e]0;pwned\\a of\\u202e Care"', 1),
        encoding="utf-8")
    argvs = [["show", "director-of-care", "--data", str(data_dir), "--format", f]
             for f in ("table", "json")]
    argvs += [["query", "members", "trust-board", "--data", str(data_dir), "--format", f]
              for f in ("table", "csv")]
    for o in run_cli(argvs, request_dir=tmp_path):
        assert o.exit_code == 0, o
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f\u202e]", o.stdout), o
        assert "[2J" in o.stdout, o


#: Named Neo4j queries with arguments that bring back the payload-carrying records.
NEO4J_PAYLOAD_QUERIES = [("members", ["body=pb1"]), ("memberships", ["post=pp1"]),
                         ("deputies", ["post=pp1"]), ("relationships", ["post=pp1"]),
                         ("chain", ["post=pp2", "relations=ACCOUNTABLE_TO,RESPONSIBLE_TO"])]


def test_payloads_through_neo4j_arrive_as_text_and_change_nothing(tmp_path, neo4j_auth):
    """Loaded into Neo4j and read back by every format of ``neo4j query``, each payload is
    a value; given as a parameter it matches nothing and the graph keeps its size."""
    data_dir = _payload_data(tmp_path)
    env = {**neo4j_auth, "HOME": str(tmp_path)}
    [loaded] = run_cli([["neo4j", "load", "--wipe", "--data", str(data_dir)]], env=env,
                       request_dir=tmp_path, seconds=120)
    assert loaded.exit_code == 0, loaded
    argvs = [["neo4j", "query", name, *[a for p in params for a in ("--param", p)],
              "--format", fmt] for name, params in NEO4J_PAYLOAD_QUERIES
              for fmt in ("table", "json", "csv")]
    argvs += [["neo4j", "query", "members", "--param", f"body={p}"] for p in PAYLOADS]
    argvs += [["neo4j", "load", "--data", str(data_dir)]]  # the same count again
    outcomes = run_cli(argvs, env=env, request_dir=tmp_path, seconds=120)
    for argv, o in zip(argvs, outcomes, strict=True):
        if argv[2] == "members" and "--format" not in argv:
            # a payload is a body's id or name only if the data has one so called; else it
            # is refused as the embedded CLI refuses it: one line, exit 2
            assert o.traceback is None and (o.exit_code == 0 or (
                o.exit_code == 2 and o.stderr.startswith("Error: ")
                and o.stderr.count("\n") == 1)), o
            continue
        assert o.exit_code == 0 and o.traceback is None, o
        if "--format" in argv:
            values = READERS[argv[-1]](o.stdout)
            assert any(p in v for p in PAYLOADS for v in values), o
    assert outcomes[-1].stdout == loaded.stdout
    assert not list(tmp_path.glob("**/pwned"))


# --- job descriptions and organograms: hostile files in, one line per problem out ------------

JD_LINES = ["Job Title: Ward Sister", "Reports to: Matron", "Accountable to: Director of Nursing",
            "Responsible to: Head of Nursing", "Band: 8a", "Deputises for: the Matron",
            "The post holder is a member of the Nursing Board.", "Key relationships:",
            "- Chief Executive", "Salary: £45,000 – £52,000", "JOB DESCRIPTION", ""]
JD_KINDS = ["text", "random_bytes", "empty", "enormous", "mixed_encodings", "utf16",
            "utf16_truncated", "nul", "long_line", "repeated_sections", "docx", "docx_corrupt",
            "docx_bomb", "pdf", "pdf_corrupt", "misnamed"]


def _docx(lines: list[str]) -> bytes:
    import io

    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _pdf(lines: list[str]) -> bytes:
    from test_extract import _pdf as pdf

    return pdf([ln.encode("latin-1", "replace").decode("latin-1") for ln in lines])


def _zip_bomb(unpacked: int) -> bytes:
    from test_extract import _docx_bomb

    return _docx_bomb(unpacked)


class Blob(bytes):
    """Bytes that Hypothesis reports by size and start (a failing example can be 1 MB)."""

    def __repr__(self) -> str:
        return f"Blob({bytes(self[:60])!r}... {len(self)} bytes)"


@st.composite
def job_description(draw: Any, kind: str) -> tuple[str, bytes, str]:
    """(file name, bytes, kind): a job description of that kind, plausible or hostile."""
    from orggraph.extract.reading import MAX_TEXT_CHARS, MAX_UNPACKED_BYTES

    lines = draw(st.lists(st.sampled_from(JD_LINES) | SENTENCE, min_size=1, max_size=12))
    text = "\n".join(lines) + "\n"
    name = f"{kind}.txt"
    if kind == "text":
        data = text.encode(draw(st.sampled_from(["utf-8", "utf-8-sig"])), "replace")
    elif kind == "random_bytes":
        data = draw(st.binary(min_size=1, max_size=3000))
    elif kind == "empty":
        data = draw(st.sampled_from([b"", b" \n\t\r\n", b"\n" * 1000]))
    elif kind == "enormous":
        data = text.encode("utf-8") * (MAX_TEXT_CHARS // max(1, len(text)) + 2)
    elif kind == "mixed_encodings":
        data = b"".join(ln.encode(draw(st.sampled_from(["utf-8", "cp1252", "latin-1",
                                                        "utf-16-le"])), "replace") + b"\n"
                        for ln in [*lines, "Salary: £45,000 – “x”"])
    elif kind in ("utf16", "utf16_truncated"):
        data = text.encode(draw(st.sampled_from(["utf-16", "utf-16-le", "utf-16-be"])))
        if kind == "utf16_truncated":
            data = data[: draw(st.integers(1, max(1, len(data) - 1)))]
    elif kind == "nul":
        raw = text.encode("utf-8")
        i = draw(st.integers(0, len(raw)))
        data = raw[:i] + b"\x00" * draw(st.integers(1, 3)) + raw[i:]
    elif kind == "long_line":
        data = (lines[0] + " " + "Reports to the Matron and " * draw(st.sampled_from(
            [1000, 10_000, 30_000]))).encode("utf-8")
    elif kind == "repeated_sections":
        data = text.encode("utf-8") * draw(st.sampled_from([50, 2000]))
    elif kind == "docx":
        name, data = "jd.docx", _docx(lines)
    elif kind == "docx_corrupt":
        good = _docx(lines)
        i = draw(st.integers(0, len(good) - 1))
        name, data = "jd.docx", draw(st.sampled_from([good[:i], good[:i] + b"\xff" + good[i + 1:]]))
    elif kind == "docx_bomb":
        name, data = "bomb.docx", _zip_bomb(MAX_UNPACKED_BYTES + (1 << 20))
    elif kind == "pdf":
        name, data = "jd.pdf", _pdf(lines)
    elif kind == "pdf_corrupt":
        good = _pdf(lines)
        i = draw(st.integers(0, len(good) - 1))
        name, data = "jd.pdf", draw(st.sampled_from([good[:i], good[:i] + b"\x00" + good[i + 1:]]))
    else:  # "misnamed": not what its extension says
        name, data = draw(st.sampled_from([
            ("text.docx", text.encode()), ("text.pdf", text.encode()),
            ("docx.pdf", _docx(lines)), ("pdf.docx", _pdf(lines)),
            ("docx.txt", _docx(lines)), ("pdf.txt", _pdf(lines)),
            ("empty-zip.docx", b"PK\x05\x06" + b"\x00" * 18)]))
    return name, Blob(data), kind


def _check_extract(o: Outcome, paths: list[Path]) -> set[str]:
    """Exit 0 with no stderr, or exit 1 with one ``path:line: error:`` line per failing
    file (a line the file has), never a traceback; return the files that failed."""
    assert o.traceback is None and "Traceback" not in o.stdout + o.stderr, o
    assert o.exit_code in (0, 1), o
    problems = problem_lines(o.stderr)
    assert len(problems) == len(o.stderr.splitlines()), o  # nothing but problem lines
    failed = [m.group("path") for m in problems]
    assert len(failed) == len(set(failed)), o  # one line per file
    assert (o.exit_code == 1) == bool(failed), o
    for m in problems:
        path = Path(m.group("path"))
        assert path in paths and m.group("severity") == "error", o
        lines = path.read_bytes().count(b"\n") if path.is_file() else 0  # not /dev/zero
        assert 1 <= int(m.group("line")) <= lines + 2, o
    return set(failed)


MUST_FAIL_JD = {"empty", "enormous", "docx_bomb", "nul"}


#: Each example of the two tests below tries every kind of file at once (one child
#: process), so they need fewer examples than the profile's.
EVERY_KIND = settings(max_examples=max(2, settings().max_examples // 4))


@EVERY_KIND
@given(data=st.data())
def test_generated_job_descriptions_give_a_draft_or_one_line_each(data, tmp_path_factory):
    """``orggraph extract`` on a generated file of every kind (text, binary, empty,
    enormous, mixed and truncated encodings, NULs, long lines, repeated sections, real,
    corrupt, bomb and misnamed .docx/.pdf), alone and several at once: a draft for each
    readable file, one line naming each other file (the same ones alone and together),
    never a traceback, a hang or unbounded memory (the child's caps)."""
    tmp = tmp_path_factory.mktemp("jd")
    files = [data.draw(job_description(kind)) for kind in JD_KINDS]
    paths = []
    for i, (name, blob, _) in enumerate(files):
        (tmp / str(i)).mkdir()
        paths.append(tmp / str(i) / name)
        paths[-1].write_bytes(blob)
    together = [paths[i] for i in data.draw(st.lists(st.sampled_from(range(len(paths))),
                                                     min_size=2, max_size=4, unique=True))]
    draft = tmp / "draft.yaml"
    tiny = ["--data", str(ROOT / "tests" / "fixtures" / "tiny")]
    argvs = [["extract", "draft", str(p), *tiny] for p in paths]
    argvs.append(["extract", "draft", *map(str, together), *tiny, "-o", str(draft)])
    *alone, combined = run_cli(argvs, request_dir=tmp)
    failed: set[str] = set()
    for (_, _, kind), path, o in zip(files, paths, alone, strict=True):
        failed |= _check_extract(o, [path])
        assert kind not in MUST_FAIL_JD or str(path) in failed, (kind, o)
        if str(path) not in failed:
            assert len(list(yaml.safe_load_all(o.stdout))) == 1, o  # its draft
    assert _check_extract(combined, together) == failed & set(map(str, together)), combined
    good = len(together) - len(failed & set(map(str, together)))
    assert draft.exists() == bool(good), combined
    if good:
        assert len(list(yaml.safe_load_all(draft.read_text(encoding="utf-8")))) == good


#: Files every run meets, whatever Hypothesis draws (the CI profile draws few).
HOSTILE_JDS = {
    "bomb.docx": lambda: _zip_bomb(200 << 20),
    "zero-length.pdf": lambda: b"",
    "truncated.pdf": lambda: _pdf(JD_LINES)[:300],
    "text.pdf": lambda: b"Job Title: Ward Sister\n",
    "zip.txt": lambda: _docx(JD_LINES),
    "nul-late.txt": lambda: b"Job Title: Ward Sister\n" + b"a" * 9000 + b"\x00\n",
    "utf16-odd.txt": lambda: "Job Title: Ward Sister\n".encode("utf-16")[:-1],
    "huge.txt": lambda: b"Job Title: Ward Sister\n" + b"Reports to: Matron\n" * 2_000_000,
}


#: Files at the limits that must still give a draft, in time.
LARGE_JDS = {
    # one 290,000-character run-on sentence (each rule match used to reread all of it)
    # one sentence of 286,000 characters that a sentence rule matches all along
    "run-on.txt": lambda: b"Job Title: Ward Sister\nThe post holder "
                          + b"reports to the Matron and " * 11_000,
    "long.txt": lambda: b"Job Title: Ward Sister\nReports to: Matron\n" * 7_000,
}


@pytest.mark.slow
def test_hostile_job_descriptions_are_one_line_each_in_bounded_time_and_memory(tmp_path):
    """Each hostile file (a zip bomb, damaged or misnamed PDFs, a docx named .txt, NULs,
    odd UTF-16, too much text, /dev/zero) is one line naming it; files at the limits give
    a draft; every one within the child's time bound and memory cap."""
    paths = []
    for name, make in {**HOSTILE_JDS, **LARGE_JDS}.items():
        paths.append(tmp_path / name)
        paths[-1].write_bytes(make())
    paths.append(Path("/dev/zero"))
    argvs = [["extract", "draft", str(p)] for p in paths]
    outcomes = run_cli(argvs, request_dir=tmp_path, memory_mb=1024, seconds=15)
    for path, o in zip(paths, outcomes, strict=True):
        fails = set() if path.name in LARGE_JDS else {str(path)}
        assert _check_extract(o, paths) == fails, o


SENIOR_HEADER = ["Post Unique Reference", "Name", "Grade (or equivalent)", "Job Title", "Unit",
                 "Reports to Senior Post"]
JUNIOR_HEADER = ["Reporting Senior Post", "Grade", "Generic Job Title", "Number of Posts in FTE",
                 "Unit"]
CELL = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"),
               max_size=12) | st.sampled_from(["=cmd|' /C calc'!A0", "@SUM(1+1)", "+1", "-2",
                                                "Vacant", "N/D", "Eliminated", "XX", "0"])


@st.composite
def organogram_rows(draw: Any) -> tuple[list[list[str]], list[list[str]]]:
    """Senior and junior rows of a valid organogram (a tree under one XX post)."""
    refs = draw(st.lists(st.from_regex(r"[A-Z]{1,3}[0-9]{1,2}", fullmatch=True), min_size=1,
                         max_size=8, unique=True))
    senior = []
    for i, ref in enumerate(refs):
        manager = "XX" if i == 0 else refs[draw(st.integers(0, i - 1))]
        senior.append([ref, draw(CELL | st.just("Ann Bee")), draw(CELL), draw(SENTENCE),
                       draw(st.sampled_from(["Board", "Finance", "", "Nursing & Care"])),
                       manager])
    junior = [[draw(st.sampled_from(refs)), draw(CELL), draw(SENTENCE),
               draw(st.sampled_from(["1", "2.5", "0", "13.00", "1,200"])), "Nursing"]
              for _ in range(draw(st.integers(0, 4)))]
    return senior, junior


CSV_MUTATIONS = ["none", "drop_column", "duplicate_column", "rename_column", "reorder",
                 "bom", "ragged", "unbalanced_quote", "huge_field", "formula", "nul",
                 "crlf", "cr", "empty_required", "unknown_manager", "cycle", "latin1",
                 "utf16", "invalid_bytes", "truncate", "empty", "header_only", "blank_lines",
                 "binary"]
CSV_MUST_FAIL = {"drop_column", "duplicate_column", "rename_column", "ragged",
                 "unbalanced_quote", "huge_field", "empty_required", "unknown_manager", "cycle",
                 "latin1", "utf16", "invalid_bytes", "empty", "header_only", "binary"}


CSV_HEADER_KINDS = {"drop_column", "duplicate_column", "rename_column", "utf16", "empty",
                    "header_only"}


def _csv(header: list[str], rows: list[list[str]], newline: str = "\n") -> str:
    import csv
    import io

    buf = io.StringIO()
    csv.writer(buf, lineterminator=newline).writerows([header, *rows])
    return buf.getvalue()


@st.composite
def broken_csv(draw: Any, header: list[str], rows: list[list[str]], senior: bool,
               kind: str | None = None) -> tuple[bytes, str]:
    """The CSV with one mutation (``kind``, or one drawn); (bytes, what was done)."""
    kind = kind or draw(st.sampled_from(CSV_MUTATIONS))
    header, rows = list(header), [list(r) for r in rows]
    required = [0, 1, 3, 5] if senior else [0, 2, 3]
    newline = "\n"
    row = draw(st.integers(0, len(rows) - 1)) if rows else None
    if kind in ("ragged", "unbalanced_quote", "huge_field", "formula", "nul", "empty_required",
                "unknown_manager", "cycle") and row is None:
        kind = "none"
    if kind == "drop_column":
        col = draw(st.sampled_from(required))
        header, rows = header[:col] + header[col + 1:], [r[:col] + r[col + 1:] for r in rows]
    elif kind == "duplicate_column":
        header.append(header[draw(st.sampled_from(required))])
        rows = [[*r, "x"] for r in rows]
    elif kind == "rename_column":
        col = draw(st.sampled_from(required))
        # titles match without regard to case or spacing: a renamed column is another word
        header[col] = draw(st.sampled_from([header[col] + "s", ""]))
    elif kind == "reorder":
        order = draw(st.permutations(range(len(header))))
        header, rows = [header[i] for i in order], [[r[i] for i in order] for r in rows]
    elif kind == "ragged" and row is not None:
        rows[row] = rows[row][:-1] if draw(st.booleans()) else [*rows[row], "extra"]
    elif kind == "huge_field" and row is not None:
        rows[row][draw(st.sampled_from(required))] = "x" * 200_000
    elif kind == "formula" and row is not None:
        rows[row][draw(st.integers(1, len(header) - 2))] = "=cmd|' /C calc'!A0"
    elif kind == "nul" and row is not None:
        rows[row][1] = "a\x00b"
    elif kind == "empty_required" and row is not None:
        rows[row][draw(st.sampled_from(required))] = ""
    elif kind == "unknown_manager" and row is not None:
        rows[row][5 if senior else 0] = "NOPE99"
    elif kind == "cycle" and row is not None and senior:
        rows[0][5] = rows[-1][0]  # the top post now reports to a post beneath it
    elif kind == "cycle":
        kind = "none"
    elif kind in ("crlf", "cr"):
        newline = "\r\n" if kind == "crlf" else "\r"
    text = _csv(header, rows, newline)
    if kind == "unbalanced_quote" and row is not None:
        lines = text.split("\n")
        lines[row + 1] = lines[row + 1].replace(",", ',"', 1)
        text = "\n".join(lines) + 'x,y\n'
    if kind == "bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8"), kind
    if kind == "latin1":
        return (text + "A1,Zoë Café,x,y,z,XX\n").encode("latin-1", "replace"), kind
    if kind == "utf16":
        return text.encode("utf-16"), kind
    if kind == "invalid_bytes":
        data = text.encode("utf-8")
        i = draw(st.integers(0, len(data)))
        return data[:i] + b"\xff" + data[i:], kind
    if kind == "truncate":
        data = text.encode("utf-8")
        return data[: draw(st.integers(0, len(data)))], kind
    if kind == "empty":
        return b"", kind
    if kind == "header_only":
        return _csv(header, []).encode("utf-8"), kind if senior else "none"
    if kind == "blank_lines":
        return text.replace("\n", "\n\n").encode("utf-8"), kind
    if kind == "binary":
        return draw(st.binary(min_size=1, max_size=500)) + b"\xff", kind
    return text.encode("utf-8"), kind


@EVERY_KIND
@given(rows=organogram_rows(), data=st.data())
def test_broken_organogram_csvs_are_reported_by_file_and_row(rows, data, tmp_path_factory):
    """``orggraph import organogram`` on a senior CSV broken in every way (headers wrong,
    missing or twice, ragged rows, unbalanced quotes, huge fields, formula cells, NULs,
    BOMs, bad encodings, truncation), each with a junior CSV broken in a drawn way or none:
    exit 0, or exit 1 with one ``file:row: error:`` line per problem (a row the file has)
    and an ``Error:`` line; never a traceback or hang; whatever it writes passes
    ``validate``, and no formula cell reaches an organogram export unmarked."""
    tmp = tmp_path_factory.mktemp("organogram")
    senior_rows, junior_rows = rows
    runs = []
    argvs: list[list[str]] = []
    for n, s_kind in enumerate(CSV_MUTATIONS):
        case = tmp / str(n)
        case.mkdir()
        senior, _ = data.draw(broken_csv(SENIOR_HEADER, senior_rows, True, s_kind))
        paths = [case / "senior.csv"]
        paths[0].write_bytes(senior)
        j_kind = "no junior file"
        if data.draw(st.booleans()):
            junior, j_kind = data.draw(broken_csv(JUNIOR_HEADER, junior_rows, False))
            paths.append(case / "junior.csv")
            paths[1].write_bytes(junior)
        out = case / "data"
        runs.append((s_kind, j_kind, paths, out))
        argvs += [["import", "organogram", *map(str, paths), "--org", "Example Trust",
                   "-o", str(out)],
                  ["validate", "--data", str(out), "--no-warnings"],
                  ["export", "organogram", "-o", str(case / "export"), "--data",
                   str(out)]]
    outcomes = run_cli(argvs, request_dir=tmp)
    for i, (s_kind, j_kind, paths, out) in enumerate(runs):
        o, valid, exported = outcomes[3 * i: 3 * i + 3]
        _check_import(o, paths, out)
        if s_kind in CSV_MUST_FAIL or j_kind in CSV_MUST_FAIL:
            assert o.exit_code == 1, (s_kind, j_kind, o)
        if s_kind in CSV_HEADER_KINDS:  # the senior file's header is the problem: line 1
            assert f"{paths[0]}:1: error: " in o.stderr, (s_kind, o)
        if out.exists():
            assert valid.exit_code == 0, (s_kind, j_kind, valid)
            assert exported.exit_code == 0, exported
            for csv_file in (out.parent / "export").glob("*.csv"):
                for cell in READERS["csv"](csv_file.read_text(encoding="utf-8")):
                    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (cell, o)


def _check_import(o: Outcome, paths: list[Path], out: Path) -> None:
    assert o.traceback is None and "Traceback" not in o.stdout + o.stderr, o
    assert o.exit_code in (0, 1), o
    stderr = o.stderr.splitlines()
    problems = problem_lines(o.stderr)
    if o.exit_code == 0:  # warnings only (a row of 0 FTE left out …), then their count
        assert all(m.group("severity") == "warning" for m in problems), o
        assert len(stderr) - len(problems) in (0, 1) and o.stdout.startswith(
            f"wrote {out}:"), o
        assert len(stderr) == len(problems) or stderr[-1].startswith("Warning: "), o
    else:
        assert problems and len(stderr) == len(problems) + 1, o
        assert stderr[-1].startswith("Error: "), o
    if problems:
        for m in problems:
            path = Path(m.group("path"))
            assert path in paths, o
            assert 1 <= int(m.group("line")) <= max(
                len(path.read_bytes().splitlines()),
                len(path.read_bytes().decode("utf-8", "replace").splitlines())) + 1, o
    assert out.exists() == o.stdout.startswith(f"wrote {out}:"), o


# --- credentials -------------------------------------------------------------------------------

SECRET = "Orggraph-Secret-7f3a9c-DO-NOT-PRINT"  # noqa: S105 - the bait the test greps for


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _orggraph(argv: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    """The real console entry point in a subprocess (so driver logs reach stderr too)."""
    return subprocess.run([sys.executable, "-m", "orggraph", *argv], capture_output=True,
                          env={**os.environ, "HOME": str(cwd), **env}, cwd=cwd, timeout=120,
                          check=False)


def _grep_secrets(secrets: list[str], runs: list[subprocess.CompletedProcess], root: Path
                  ) -> None:
    files = [p for p in root.rglob("*") if p.is_file()]
    assert files, "the commands wrote no file to check"
    for secret in secrets:
        for r in runs:
            assert secret.encode() not in r.stdout + r.stderr, (r.args, r.stdout, r.stderr)
        for p in files:
            assert secret.encode() not in p.read_bytes(), p


def test_credentials_never_appear_in_output_or_files(tmp_path, neo4j_auth):
    """NEO4J_PASSWORD never appears in stdout, stderr or any file a command writes: with
    no server, a closed port, the real server and a wrong password, the real server and
    the right password (including a failing query)."""
    work = tmp_path / "work"
    work.mkdir()
    cypher = work / "mine.cypher"
    cypher.write_text("MATCH (n) RETURN count(n) AS n", encoding="utf-8")
    broken = work / "broken.cypher"
    broken.write_text("MATCH (n RETURN n", encoding="utf-8")
    neo4j_cmds = [["neo4j", "load", "--data", str(ROOT / "tests" / "fixtures" / "tiny")],
                  ["neo4j", "query", "members", "--param", "body=trust-board"],
                  ["neo4j", "run", str(cypher), "--format", "json"],
                  ["neo4j", "run", str(broken)], ["neo4j", "wipe"]]
    data_cmds = [["validate"], ["summary"], ["generate", "--posts", "20", "-o", str(work / "gen")]]
    right = {**neo4j_auth, "NEO4J_DATABASE": "neo4j"}
    cases = [({"NEO4J_URI": "", "NEO4J_PASSWORD": SECRET}, data_cmds + neo4j_cmds[:1]),
             ({"NEO4J_URI": f"bolt://127.0.0.1:{_closed_port()}", "NEO4J_PASSWORD": SECRET},
              neo4j_cmds),
             (right, neo4j_cmds),
             # after 3 wrong passwords Neo4j locks the user for a few seconds: still one line
             ({**right, "NEO4J_PASSWORD": SECRET}, neo4j_cmds)]
    from concurrent.futures import ThreadPoolExecutor

    def run_case(case: tuple[dict[str, str], list[list[str]]]
                 ) -> list[subprocess.CompletedProcess]:
        env, cmds = case
        return [_orggraph(argv, env, work) for argv in cmds]  # in order: load ... wipe

    runs = []
    try:
        # the first three cases at once (each in its own order), then the wrong password
        with ThreadPoolExecutor(3) as pool:
            for done in pool.map(run_case, cases[:3]):
                runs += done
        runs += run_case(cases[3])
    finally:
        _wait_until_the_user_is_unlocked(neo4j_auth)
    for r in runs:
        assert b"Traceback" not in r.stderr, r.stderr
    assert sum(r.returncode == 0 for r in runs) >= 7, [(r.args[3:], r.stderr) for r in runs]
    wrong = runs[-len(neo4j_cmds):]
    for r in wrong:
        assert r.returncode == 1 and r.stderr.count(b"\n") == 1, r.stderr
        assert r.stderr.startswith(f"Error: Neo4j at {neo4j_auth['NEO4J_URI']} refused the "
                                   "credentials".encode()), r.stderr
    _grep_secrets([SECRET, neo4j_auth["NEO4J_PASSWORD"]], runs, work)


def _wait_until_the_user_is_unlocked(auth: dict[str, str], seconds: float = 30) -> None:
    """Other tests share the server: wait out the lock wrong passwords put on the user."""
    import time

    from orggraph.errors import OrggraphError
    from orggraph.neo4j import connect

    end = time.monotonic() + seconds
    while True:
        try:
            connect(auth["NEO4J_URI"], auth["NEO4J_USER"], auth["NEO4J_PASSWORD"]).close()
            return
        except OrggraphError:
            if time.monotonic() > end:
                raise
            time.sleep(1)


def test_connection_errors_carry_no_password(neo4j_auth):
    from orggraph.errors import OrggraphError
    from orggraph.neo4j import connect

    try:
        for uri in (f"bolt://127.0.0.1:{_closed_port()}", neo4j_auth["NEO4J_URI"]):
            with pytest.raises(OrggraphError) as info:
                connect(uri, "neo4j", SECRET)
            assert uri in str(info.value), info.value
            assert SECRET not in str(info.value) and SECRET not in repr(info.value.__cause__)
    finally:
        _wait_until_the_user_is_unlocked(neo4j_auth)


@pytest.mark.slow  # each waits for the driver to give up
@pytest.mark.parametrize("uri", [f"bolt://neo4j:{SECRET}@127.0.0.1:7687",
                                 f"neo4j://neo4j:{SECRET}@127.0.0.1:7687",
                                 "http://127.0.0.1:7474", "bolt://[::1", "bolt://host:port",
                                 "127.0.0.1:7687"])
def test_a_bad_neo4j_uri_is_one_line_without_the_password(tmp_path, uri):
    r = _orggraph(["neo4j", "wipe"], {"NEO4J_URI": uri, "NEO4J_PASSWORD": "x"}, tmp_path)
    assert r.returncode == 1 and r.stderr.count(b"\n") == 1, r.stderr
    assert r.stderr.startswith(b"Error: ") and SECRET.encode() not in r.stderr, r.stderr


# --- the list of promises is docs/safety.md's --------------------------------------------------


def test_safety_doc_lists_each_promise_with_a_test_that_exists():
    section = (ROOT / "docs" / "safety.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`(test_[a-z0-9_]+)`", section))
    assert len(named) >= 10
    defined = {m for p in (ROOT / "tests").glob("test_*.py")
               for m in re.findall(r"^def (test_[a-z0-9_]+)", p.read_text(encoding="utf-8"),
                                   re.M)}
    assert named <= defined, f"docs/safety.md names tests that do not exist: {named - defined}"
