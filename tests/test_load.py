"""Loading and validation: every error kind names its file and line; all reported at once."""

from __future__ import annotations

import random
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orggraph.cli import main
from orggraph.errors import DataError
from orggraph.load import DEFAULT_DATA_DIR, read_data, validate
from orggraph.model import normalise_space
from tests.conftest import line_of

# (case, edits to tiny.yaml, marker: a text on the line the error must name, message part)
ERROR_CASES = [
    ("yaml-syntax", {"    kind: board\n": "    kind: board\n   bad: [indent\n"},
     "bad: [indent", "YAML syntax error"),
    ("missing-field", {"    kind: team\n": ""}, "id: patient-safety-team",
     "missing required field 'kind'"),
    ("unknown-field", {"    title: Chief Executive\n": "    titel: Chief Executive\n"},
     "titel:", "unknown field 'titel' (did you mean 'title'?)"),
    ("duplicate-id", {"  - id: chief-executive\n": "  - id: director-of-care\n"},
     "title: Chief Executive", "duplicate id 'director-of-care'"),
    ("unknown-reference", {"    to: patient-safety-team\n": "    to: patient-safety-teams\n"},
     "type: WORKS_WITH", "unknown id 'patient-safety-teams'"),
    ("unknown-type", {"  - type: WORKS_WITH\n": "  - type: WORKS_ALONGSIDE\n"},
     "type: WORKS_ALONGSIDE", "not in the vocabulary"),
    ("wrong-node-kinds", {"    to: trust-board\n": "    to: chief-executive\n"},
     "type: MEMBER_OF", "MEMBER_OF cannot go to a Post"),
    ("bad-date", {"    valid_from: 2020-04-01\n": "    valid_from: 2025-13-40\n"},
     "valid_from: 2025-13-40", "is not a date"),
    ("date-order", {"    valid_to: 2026-03-31\n": "    valid_to: 2019-03-31\n"},
     "valid_to: 2019-03-31", "is before valid_from"),
    ("evidence-missing", {'evidence: "accountable to the Chief Executive"':
                          'evidence: "answers to the Chief Executive"'},
     "answers to the Chief Executive", "evidence not found"),
    ("accountability-cycle", {"relationships:\n": "relationships:\n"
                              "  - type: REPORTS_TO\n    from: chief-executive\n"
                              "    to: deputy-director-of-care\n"
                              "    evidence: \"Chief Executive\"\n"},
     "type: REPORTS_TO", "accountability cycle"),
    ("self-deputy", {"    evidence: \"will deputise for the Director of Care\"\n":
                     "    evidence: \"will deputise for the Director of Care\"\n"
                     "  - type: DEPUTISES_FOR\n    from: director-of-care\n"
                     "    to: director-of-care\n    evidence: \"Director of Care\"\n"},
     "    from: director-of-care\n", "deputises for itself"),
    ("unknown-body-kind", {"    kind: team\n": "    kind: squad\n"}, "kind: squad",
     "unknown body kind 'squad'"),
    ("bad-id", {"  - id: new-trust\n": "  - id: New_Trust\n"}, "id: New_Trust",
     "must be a lower-case slug"),
    ("duplicate-key", {"    kind: board\n": "    kind: board\n    kind: committee\n"},
     "kind: committee", "duplicate key 'kind'"),
    ("yaml-alias", {"    name: New Trust\n": "    name: &n New Trust\n    abbreviation: *n\n"},
     "name: &n New Trust", "aliases (*name) are not allowed"),
    ("python-tag", {"    name: New Trust\n": "    name: !!python/object:os.system x\n"},
     "python/object", "YAML error: could not determine a constructor"),
    # nesting deep enough to exhaust Python's stack, plain and through a tag's constructor
    ("deep-nesting", {"    name: New Trust\n": "    name: " + "[" * 600 + "]" * 600 + "\n"},
     "name: [[[", "nested more than 50 levels deep"),
    ("deep-tagged-nesting", {"    name: New Trust\n": "    name: !!omap ["
                             + "{a: !!omap [" * 400 + "]}" * 400 + "]\n"},
     "name: !!omap", "nested more than 50 levels deep"),
    ("headcount", {"    title: Chief Executive\n": "    title: Chief Executive\n    headcount: 0\n"},
     "headcount: 0", "'headcount' must be a whole number"),
    ("missing-source-text", {"  file: tiny.txt\n": "  file: missing.txt\n"},
     "file: missing.txt", "cannot read source text"),
]

#: The property tests of pure functions here take microseconds an example, so they draw
#: ten times the profile's examples (100 under the ci profile).
PURE = settings(max_examples=10 * settings().max_examples, deadline=None)


@pytest.mark.parametrize(("case", "edits", "marker", "message"), ERROR_CASES,
                         ids=[c[0] for c in ERROR_CASES])
def test_each_error_names_file_and_line(make_data, case, edits, marker, message):
    data = make_data(replace=edits)
    errors = [p for p in validate(data) if p.is_error]
    assert errors, f"{case}: no error reported"
    path = data / "tiny.yaml"
    # markers that span lines name the first line of the multi-line marker
    want_line = (line_of(path, marker.splitlines()[0]) if "\n" not in marker.strip("\n")
                 else line_of(path, marker.strip("\n")))
    if marker.startswith("    from: director-of-care\n"):
        want_line = _line_of_self_deputy(path)
    hits = [p for p in errors if message in p.message]
    assert hits, f"{case}: expected {message!r} in {[str(p) for p in errors]}"
    assert hits[0].path == str(path)
    if case == "self-deputy":
        assert hits[0].line == want_line
    elif case in {"missing-field", "unknown-reference", "wrong-node-kinds", "duplicate-id",
                  "accountability-cycle"}:
        # record-level errors name the record's first line, which the marker names
        assert hits[0].line in {want_line, want_line - 1}
    else:
        assert hits[0].line == want_line


def _line_of_self_deputy(path: Path) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        if line.strip() == "- type: DEPUTISES_FOR" and "director-of-care" in lines[n] and \
                lines[n + 1].strip() == "to: director-of-care" and \
                lines[n].strip() == "from: director-of-care":
            return n
    raise AssertionError("no self-deputy record")


@pytest.mark.parametrize(("case", "edits", "marker", "message"), ERROR_CASES,
                         ids=[c[0] for c in ERROR_CASES])
def test_cli_reports_error_with_exit_1_and_no_traceback(runner, make_data, case, edits, marker,
                                                        message):
    data = make_data(replace=edits)
    result = runner.invoke(main, ["validate", "--data", str(data)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert message in result.output
    for line in result.output.splitlines()[:-1]:
        assert line.startswith(str(data / "tiny.yaml") + ":"), line


def test_all_errors_reported_in_one_run(runner, make_data):
    edits = {}
    for case in ("unknown-field", "unknown-type", "bad-date", "evidence-missing", "bad-id"):
        edits.update(next(c[1] for c in ERROR_CASES if c[0] == case))
    data = make_data(replace=edits)
    result = runner.invoke(main, ["validate", "--data", str(data), "--no-warnings"])
    assert result.exit_code == 1
    lines = [ln for ln in result.output.splitlines() if ": error: " in ln]
    assert len(lines) == 5, result.output
    assert result.output.splitlines()[-1] == "5 error(s), 0 warning(s)"


def test_duplicate_ids_across_two_files(make_data):
    other = (
        "source:\n  id: other\n  file: tiny.txt\n  title: Another reading\n"
        "posts:\n  - id: chief-executive\n    title: Chief Executive\n"
        "    evidence: \"the Chief Executive\"\n"
    )
    data = make_data(files={"zz-other.yaml": other})
    errors = [p for p in validate(data) if p.is_error]
    assert len(errors) == 1
    assert errors[0].path == str(data / "zz-other.yaml") and errors[0].line == 6
    assert "duplicate id 'chief-executive' (first defined at " in errors[0].message
    assert str(data / "tiny.yaml") in errors[0].message


def test_read_data_raises_with_every_problem(make_data):
    data = make_data(replace={"    kind: team\n": "    kind: squad\n",
                              "    valid_from: 2020-04-01\n": "    valid_from: 2020-02-30\n"})
    with pytest.raises(DataError) as info:
        read_data(data)
    assert len([p for p in info.value.problems if p.is_error]) == 2


def test_unknown_reference_suggests_the_id_behind_an_alias(make_data):
    data = make_data(replace={"    to: chief-executive\n": "    to: doc\n"})
    (err,) = [p for p in validate(data) if p.is_error]
    assert "unknown id 'doc' (did you mean 'director-of-care'" in err.message


@pytest.mark.parametrize(("edits", "warning"), [
    ({}, "post 'chief-executive' has no stated accountability"),
    ({}, "post 'chief-executive' is mentioned only once"),
    ({"  - type: WORKS_WITH\n    from: deputy-director-of-care\n    to: patient-safety-team\n":
      "  - type: WORKS_WITH\n    from: deputy-director-of-care\n    to: deputy-director-of-care\n"},
     "body 'patient-safety-team' is an orphan"),
    ({"relationships:\n": "relationships:\n  - type: POST_IN\n    from: director-of-care\n"
      "    to: trust-board\n    evidence: \"Trust Board\"\n"},
     "outside the body it sits in"),
])
def test_warnings_do_not_fail(runner, make_data, edits, warning):
    data = make_data(replace=edits)
    result = runner.invoke(main, ["validate", "--data", str(data)])
    assert result.exit_code == 0, result.output
    assert any(": warning: " in ln and warning in ln for ln in result.output.splitlines())


def test_missing_directory_is_one_line(runner, tmp_path):
    result = runner.invoke(main, ["validate", "--data", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert "no such data directory" in result.output


def test_curated_data_validates(runner):
    result = runner.invoke(main, ["validate", "--no-warnings"])
    assert result.exit_code == 0, result.output


def test_every_evidence_quote_is_in_its_source():
    """Independent of the validator: re-read every YAML file and search each quote."""
    import yaml

    from orggraph.load import DEFAULT_DATA_DIR

    checked = 0
    for path in sorted(DEFAULT_DATA_DIR.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = normalise_space(
            (DEFAULT_DATA_DIR / "sources" / doc["source"]["file"]).read_text(encoding="utf-8"))
        for section in ("bodies", "posts", "people", "relationships"):
            for rec in doc.get(section) or []:
                assert normalise_space(rec["evidence"]) in text, (path.name, rec)
                checked += 1
    assert checked > 450


def test_loading_twice_gives_the_same_records():
    a, b = read_data(), read_data()
    assert a.nodes == b.nodes and a.relationships == b.relationships


def _plain(x):
    from orggraph.load import _Mapping

    if isinstance(x, _Mapping):
        return ("mapping", x.line, x.key_lines, x.duplicate_keys,
                {k: _plain(v) for k, v in x.items()})
    if isinstance(x, list):
        return [_plain(v) for v in x]
    return (type(x).__name__, x)


@pytest.mark.parametrize("text", [
    "a: 1\nb: [x, 'y']\nc: {d: 2020-01-01, e: yes, f: ~, g: 1.5}\n",
    "a:\n  - b: \"q\\u00e9\"\n    b: 2\n  - c: |\n      two\n      lines\n",
    "base: &b {x: 1}\nm: *b\n",
    "m:\n  <<: {x: 1}\n  y: 2\n",
    "a: !!str 5\nb: !!int '7'\nc: !!set {x, y}\n",
    "? [a, b]\n: 1\n",
    "a: !unknown x\n",
    "",
    "a: [1, 2\n",
] + [p.read_text(encoding="utf-8") for p in sorted(DEFAULT_DATA_DIR.glob("*.yaml"))])
def test_fast_yaml_reading_gives_what_pyyaml_gives(text):
    import yaml

    from orggraph.load import _load_yaml, _Loader

    def outcome(read):
        try:
            return _plain(read(text))
        except yaml.YAMLError as exc:
            return type(exc).__name__, str(exc)

    assert outcome(_load_yaml) == outcome(lambda t: yaml.load(t, Loader=_Loader))  # noqa: S506


# --- the plain-layout reader (generated data) against the full YAML reader ---------------

_SCALARS = ["x", "org-1-p7", "yes", "No", "null", "1", "0x1F", "1_000", "1.5", "2020-01-01",
            "a b", "a  b", "a #b", "a: b", "-x", "~", "", '"x"', '"a \\" b \\\\ c"', '"\\n"',
            '"é"', '"\x85"', '"#x: y"', "'q'", "[1]", "x ", "Aé"]
_KEYS = ["id", "name", "evidence", "yes", "null", "x_1", "on"]
_FIELD = st.tuples(st.sampled_from(_KEYS), st.sampled_from(_SCALARS[:12] + _SCALARS))
_BLOCK = st.tuples(
    st.sampled_from(["scalar", "empty", "map", "seq", "seq"]),
    st.sampled_from(_KEYS),
    st.sampled_from([0, 1, 2, 4]),  # indent of the block's lines
    st.sampled_from(["- ", "- ", "-  "]),
    st.lists(st.lists(_FIELD, min_size=1, max_size=3), min_size=1, max_size=3),
)
_EXTRA_LINES = ["", "  ", "# c", "  # c é", "---", "...", "x", "\t", "  - plain", " id: x",
                "   - id: x"]


def _document(blocks, extras: list[tuple[int, int]]) -> str:
    """A document in (or, with ``extras``, near) the plain layout."""
    lines = []
    for kind, key, indent, dash, records in blocks:
        if kind in ("scalar", "empty"):
            value = records[0][0][1]
            lines.append(f"{key}: {value}" if kind == "scalar" and value else f"{key}:")
            continue
        lines.append(f"{key}:")
        for record in records if kind == "seq" else records[:1]:
            for n, (field, value) in enumerate(record):
                lead = (" " * indent + dash if n == 0 else " " * (indent + len(dash))) \
                    if kind == "seq" else " " * max(indent, 1)
                lines.append(f"{lead}{field}:" + (f" {value}" if value else ""))
    for pos, which in extras:
        lines.insert(pos % (len(lines) + 1), _EXTRA_LINES[which % len(_EXTRA_LINES)])
    return "\n".join(lines) + "\n"


@given(st.lists(_BLOCK, max_size=4),
       st.lists(st.tuples(st.integers(0, 40), st.integers(0, 20)), max_size=2))
@PURE
def test_plain_layout_reader_gives_what_the_full_reader_gives(blocks, extras):
    from orggraph.load import _load_simple, _load_yaml

    text = _document(blocks, extras)
    simple = _load_simple(text)
    if simple is not None:  # the full reader must accept it and give the same
        assert _plain(simple) == _plain(_load_yaml(text)), text


def _generated_layout(seed: int) -> str:
    rnd = random.Random(seed)
    out = []
    for top in range(rnd.randint(1, 4)):
        kind = rnd.choice(["scalar", "map", "seq", "empty"])
        key = rnd.choice([*_KEYS, f"k{top}"])
        if kind in ("scalar", "empty"):
            value = rnd.choice(["v", "3", "yes", '"q"'])
            out.append(f"{key}: {value}" if kind == "scalar" else f"{key}:")
            continue
        out.append(f"{key}:")
        indent = rnd.choice([0, 2, 4]) if kind == "seq" else rnd.choice([1, 2, 4])
        dash = rnd.choice(["- ", "-   "])
        for _ in range(rnd.randint(1, 3) if kind == "seq" else 1):
            for n in range(rnd.randint(1, 3)):
                value = rnd.choice(["v", "org-1", "2020-01", '"a \\"b\\""', "No", "x_1", "7"])
                lead = (" " * indent + dash if n == 0 else " " * (indent + len(dash))) \
                    if kind == "seq" else " " * indent
                out.append(f"{lead}{rnd.choice(_KEYS)}: {value}")
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("seed", range(60))
def test_plain_layout_reader_takes_the_plain_layout(seed):
    from orggraph.load import _load_simple, _load_yaml

    text = _generated_layout(seed)
    simple = _load_simple(text)
    assert simple is not None, text
    assert _plain(simple) == _plain(_load_yaml(text)), text


def _read_both(monkeypatch, directory):
    import orggraph.load as load

    fast = load._Reader(directory).read()
    with monkeypatch.context() as m:
        m.setattr(load, "_load_simple", lambda text: None)
        full = load._Reader(directory).read()
    return fast, full


def _same_dataset(fast, full):
    assert fast.nodes == full.nodes
    assert [n.location for n in fast.nodes.values()] == \
        [n.location for n in full.nodes.values()]
    assert fast.relationships == full.relationships
    assert [r.location for r in fast.relationships] == [r.location for r in full.relationships]
    assert fast.sources == full.sources
    assert [str(p) for p in fast.problems] == [str(p) for p in full.problems]


GENERATED_FAULTS = [  # (edit to the first post's lines, what the error says)
    ("    grade: ", "    grade: A\n    grade: "),  # duplicate key
    ("    grade: ", "    grde: "),  # unknown field
    ("  - id: ", "  - id: Bad_Id\n    title: \"x\"\n    evidence: \"x\"\n  - id: "),
    ("    evidence: ", "    headcount: 0\n    evidence: "),
    ("    evidence: \"", "    evidence: \"not in the text "),
]


@pytest.mark.parametrize(("old", "new"), GENERATED_FAULTS)
def test_fast_and_full_reading_agree_on_generated_data(monkeypatch, tmp_path, old, new):
    import orggraph.load as load
    from orggraph.generate import generate
    from orggraph.graph import build_graph

    directory = generate(300, seed=3, directory=tmp_path / "clean")
    fast, full = _read_both(monkeypatch, directory)
    assert not fast.errors
    _same_dataset(fast, full)
    assert nx.utils.graphs_equal(build_graph(fast), build_graph(full))
    # the same error, at the same line, whichever reader read the file
    org = next(p for p in sorted(Path(directory).glob("*.yaml")) if "- id: org" in
               p.read_text(encoding="utf-8") and "posts:" in p.read_text(encoding="utf-8"))
    text = org.read_text(encoding="utf-8")
    at = text.index(old, text.index("posts:"))
    org.write_text(text[:at] + new + text[at + len(old):], encoding="utf-8")
    assert load._load_simple(org.read_text(encoding="utf-8")) is not None  # the fast path
    fast, full = _read_both(monkeypatch, directory)
    assert fast.errors
    _same_dataset(fast, full)


@given(st.text(alphabet=st.sampled_from([" ", "a", "\t", "\n", "\xa0", "\u2003", "\x1c", "\x85",
                                         "\u2028", "é", "\x00", "\ufeff"]), max_size=12))
@PURE
def test_normalise_space_fast_path_is_the_regex(text):
    import re

    assert normalise_space(text) == re.sub(r"\s+", " ", text).strip()


def test_str_split_splits_at_exactly_what_the_regex_calls_space():
    """normalise_space's slow path is ``" ".join(text.split())``: the same characters as
    ``\\s`` for every code point, so it is the regex's result, computed in C."""
    import re
    import sys

    space = re.compile(r"\s")
    assert [c for c in range(sys.maxunicode + 1) if chr(c).isspace()] == \
        [c for c in range(sys.maxunicode + 1) if space.match(chr(c))]


@given(st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7)), max_size=14))
@PURE
def test_cycle_test_agrees_with_networkx(pairs):
    """Both ways of the test: in Python (small data) and on NumPy arrays (large)."""
    from orggraph.load import _has_cycle, _has_cycle_arrays

    edges = [(f"p{a}", f"p{b}") for a, b in pairs]
    cyclic = not nx.is_directed_acyclic_graph(nx.DiGraph(edges))
    assert _has_cycle(edges) == _has_cycle_arrays(edges) == cyclic


@pytest.mark.parametrize("cycle", [False, True])
def test_many_lines_are_tested_for_a_cycle_on_arrays(cycle, monkeypatch):
    import orggraph.load as load

    edges = [(f"p{i}", f"p{i // 2}") for i in range(1, load._ARRAY_EDGES + 10)]
    if cycle:
        edges.append(("p0", edges[-1][0]))
    used: list[int] = []
    arrays = load._has_cycle_arrays
    monkeypatch.setattr(load, "_has_cycle_arrays",
                        lambda e: used.append(len(e)) or arrays(e))
    assert load._has_cycle(edges) is cycle and used == [len(edges)]


# --- reading in worker processes against reading here ------------------------------------


def _pool_counted(monkeypatch):
    """Force the worker pool at any size; the list gets one entry per pool started."""
    import concurrent.futures

    import orggraph.load as load

    started = []

    class Pool(concurrent.futures.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            started.append((*args, kwargs["mp_context"].get_start_method()))
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(load, "_PARALLEL_BYTES", 0)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Pool)
    return started


def _faulty_generated(directory: Path) -> Path:
    """Generated data, then faults within files and across them, several per file."""
    from orggraph.generate import generate

    generate(600, seed=5, directory=directory)
    org = directory / "org-0.yaml"
    text = org.read_text(encoding="utf-8")
    for old, new in GENERATED_FAULTS:
        at = text.index(old, text.index("posts:"))
        text = text[:at] + new + text[at + len(old):]
    org.write_text(text, encoding="utf-8")
    # the same source id again (all of this file is dropped); then the same records
    # under another source id (every id a duplicate); then a file only the full reader
    # reads, with an error; then a file YAML refuses
    (directory / "org-0-again.yaml").write_text(text, encoding="utf-8")
    (directory / "org-0-copy.yaml").write_text(
        text.replace("  id: generated-", "  id: copy-generated-", 1), encoding="utf-8")
    (directory / "org-1-flow.yaml").write_text(
        "source: {id: flow, file: org-0.txt, title: Flow}\n"
        "posts: [{id: flow-a, title: A, evidence: nowhere}, {id: flow-b, title: B,"
        " evidence: nowhere}]\nrelationships:\n  - {type: REPORTS_TO, from: flow-a, to: x,"
        " evidence: nowhere}\n", encoding="utf-8")
    (directory / "org-2-bad.yaml").write_text("source: [unclosed\n", encoding="utf-8")
    return directory


@pytest.mark.parametrize("faulty", [False, True], ids=["clean", "faults"])
def test_worker_processes_give_what_reading_here_gives(monkeypatch, tmp_path, faulty):
    import threading

    import orggraph.load as load
    from orggraph.generate import generate

    directory = _faulty_generated(tmp_path) if faulty else \
        generate(600, seed=5, directory=tmp_path)
    started = _pool_counted(monkeypatch)
    pooled = load._Reader(Path(directory)).read()
    assert len(started) == 1 and started[0][0] >= 2  # the pool read them
    # (other tests may have left threads running, such as a Neo4j server's log readers)
    assert started[0][-1] == ("fork" if threading.active_count() == 1 else "forkserver")
    here = load._Reader(Path(directory), parallel=False).read()
    assert len(started) == 1
    _same_dataset(pooled, here)
    assert bool(pooled.errors) is faulty
    if faulty:
        messages = [p.message for p in pooled.errors]
        assert sum("duplicate source id" in m for m in messages) == 1
        assert sum("duplicate id" in m for m in messages) > 600
        assert any("YAML syntax error" in m for m in messages)
        assert any("evidence not found in source org-0.txt" in m for m in messages)


@pytest.mark.parametrize(("case", "edits", "marker", "message"), ERROR_CASES,
                         ids=[c[0] for c in ERROR_CASES])
def test_worker_processes_report_each_error_as_reading_here(monkeypatch, make_data, case,
                                                            edits, marker, message):
    import orggraph.load as load

    data = make_data(replace=edits, files={"zz-second.yaml": (TINY_SECOND)})
    started = _pool_counted(monkeypatch)
    pooled = load._Reader(data).read()
    assert started
    here = load._Reader(data, parallel=False).read()
    _same_dataset(pooled, here)
    assert any(message in p.message for p in pooled.errors)


def test_with_other_threads_running_the_workers_come_from_a_fork_server(monkeypatch, make_data):
    # forking a process with other threads could copy a lock one of them holds
    import threading

    import orggraph.load as load

    data = make_data(files={"zz-second.yaml": (TINY_SECOND)})
    started = _pool_counted(monkeypatch)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        pooled = load._Reader(data).read()
    finally:
        stop.set()
        other.join()
    assert [s[-1] for s in started] == ["forkserver"]
    _same_dataset(pooled, load._Reader(data, parallel=False).read())


TINY_SECOND = ("source:\n  id: second\n  file: tiny.txt\n  title: A second reading\n"
               "bodies:\n  - id: second-board\n    name: \"Second Board\"\n    kind: board\n"
               "    evidence: \"the Chief Executive\"\n")


def test_no_worker_processes_to_be_had_reads_here(monkeypatch, tmp_path):
    import concurrent.futures

    import orggraph.load as load
    from orggraph.generate import generate

    directory = Path(generate(600, seed=5, directory=tmp_path))
    expected = load._Reader(directory, parallel=False).read()
    started = _pool_counted(monkeypatch)

    def refuse(*args, **kwargs):
        started.append(args)
        raise OSError("Resource temporarily unavailable")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    _same_dataset(load._Reader(directory).read(), expected)
    assert started


def test_a_small_directory_starts_no_worker_processes(monkeypatch):
    import concurrent.futures

    started = []
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor",
                        lambda *a, **k: started.append(a))  # would fail if called
    assert read_data().nodes and not started


@given(st.text(alphabet=st.sampled_from([" ", "a", "\t", "\n", "\r", "\xa0", "\u2003", "\x1c",
                                         "\x85", "\u2028", "é", "\x00"]), max_size=14))
@PURE
def test_normalised_lines_fast_path_is_normalise_space_per_line(text):
    from orggraph.load import _normalised_lines

    assert _normalised_lines(text) == {normalise_space(ln) for ln in text.splitlines()}


def _count_in_daemon(directory, out):
    import orggraph.load as load

    load._PARALLEL_BYTES = 0
    out.put(len(load._Reader(directory).read().nodes))


def test_a_daemonic_process_reads_without_workers(tmp_path):
    import multiprocessing

    from orggraph.generate import generate

    directory = Path(generate(600, seed=5, directory=tmp_path))
    context = multiprocessing.get_context("fork")
    out = context.Queue()
    worker = context.Process(target=_count_in_daemon, args=(directory, out), daemon=True)
    worker.start()
    worker.join(120)
    assert worker.exitcode == 0
    assert out.get(timeout=5) == len(read_data(directory).nodes)
