"""The shape of the code, held by reading it (``ast``): small functions, imports that go
down the layers of ``docs/architecture.md``, exceptions in ``errors.py``, no CLI flags in
the library, and each registry's copies (the Cypher twins, the parity cases) complete."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from orggraph.model import MEMBERSHIP_TYPES, VOCABULARY, WORKING_TYPES
from orggraph.queries import QUESTIONS

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "orggraph"
CYPHER = ROOT / "cypher"

MAX_LINES = 60  # a function's lines, its docstring not counted
MAX_COMPLEXITY = 20  # radon's rank C ends at 20

#: Functions being split by another change (the lead removes each entry as it lands).
#: Nothing of the span engine, graph, load, model, errors, browse or the export
#: registry is here.
BEING_SPLIT: set[str] = set()

#: Layers, lowest first: a module imports only from lower layers, or from its own
#: package at its own layer (``docs/architecture.md`` explains each).
LAYERS: dict[str, float] = {
    "orggraph.formats": 0, "orggraph.model": 0, "orggraph._arrays": 0,
    "orggraph._nxadapter": 0, "orggraph.resources": 0,
    "orggraph.errors": 1,
    "orggraph.output": 2, "orggraph.dates": 2,
    "orggraph.load": 3, "orggraph.index": 3, "orggraph.cache": 3,
    "orggraph.counts": 3.5,  # reads the cache's head, else the records
    "orggraph.graph": 4,
    "orggraph.queries": 5,
    "orggraph.browse": 6, "orggraph.organogram": 6, "orggraph.generate": 6,
    "orggraph.neo4j": 6, "orggraph.extract": 6,
    "orggraph.export": 7, "orggraph.viz": 7, "orggraph.report": 7, "orggraph.coverage": 7,
    "orggraph.neo4j.bulk": 7.5,  # writes the neo4j-admin CSV through export
    "orggraph.cli": 8, "orggraph": 8,
    "orggraph.commands": 8.5,  # each command, on the CLI's options and error handling
    "orggraph.__main__": 9,
}

#: Imports inside functions: the CLI imports the library lazily by design (start-up
#: time), its commands too (an entry without ``:`` allows a whole module or package);
#: any other needs a reason here.
LAZY_IMPORTS_ALLOWED = {
    "orggraph.cli",
    "orggraph.commands",
    # the YAML reader only when the validated cache cannot give the counts
    "orggraph.counts:summary",
    # NumPy's helpers only for data with many accountability lines
    "orggraph.load:_has_cycle_arrays",
    # imports the Neo4j driver only when a Cypher export is written
    "orggraph.export:_cypher",
    # the extractor (extraction change)
    "orggraph.extract:extract",
    "orggraph.extract:evaluate",
    "orggraph.extract.resolve:_organisation",
    "orggraph.extract.titles:_in_prose",
    # Neo4j (Neo4j change): imports inside the package and of the library below it
    "orggraph.neo4j.server:_apply_pending_schema",
}

#: Imports that go up the layers, being fixed by another change (the lead removes each
#: entry as it lands): (importing module, imported module).
UPWARD_BEING_FIXED: set[tuple[str, str]] = set()

_BRANCHES = (ast.If, ast.IfExp, ast.For, ast.AsyncFor, ast.While, ast.ExceptHandler,
             ast.With, ast.AsyncWith, ast.Assert, ast.match_case)
_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)


def _modules() -> Iterator[tuple[str, Path, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        yield name, path, ast.parse(path.read_text(encoding="utf-8"))


def complexity(fn: ast.AST) -> int:
    """McCabe's number as radon counts it: one, plus one per branch, loop, handler,
    ``with``, ``assert``, comprehension clause and boolean operator (nested functions
    and classes count on their own)."""
    n, todo = 1, list(ast.iter_child_nodes(fn))
    while todo:
        node = todo.pop()
        if isinstance(node, (*_FUNCTIONS, ast.ClassDef)):
            continue
        if isinstance(node, _BRANCHES):
            n += 1
        elif isinstance(node, ast.comprehension):
            n += 1 + len(node.ifs)
        elif isinstance(node, ast.BoolOp):
            n += len(node.values) - 1
        todo.extend(ast.iter_child_nodes(node))
    return n


def length(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """Lines from ``def`` to the end, the docstring not counted."""
    lines = (fn.end_lineno or fn.lineno) - fn.lineno + 1
    first = fn.body[0]
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \
            and isinstance(first.value.value, str):
        lines -= (first.end_lineno or first.lineno) - first.lineno + 1
    return lines


def _functions(node: ast.AST, prefix: str = ""
               ) -> Iterator[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, _FUNCTIONS):
            yield prefix + child.name, child
            yield from _functions(child, f"{prefix}{child.name}.")
        elif isinstance(child, ast.ClassDef):
            yield from _functions(child, f"{prefix}{child.name}.")
        else:
            yield from _functions(child, prefix)


def _too_big() -> dict[str, str]:
    out = {}
    for _, path, tree in _modules():
        for name, fn in _functions(tree):
            lines, cc = length(fn), complexity(fn)
            if lines > MAX_LINES or cc > MAX_COMPLEXITY:
                out[f"{path.relative_to(ROOT).as_posix()}:{name}"] = f"{lines} lines, cc {cc}"
    return out


def test_functions_are_small():
    big = {k: v for k, v in _too_big().items() if k not in BEING_SPLIT}
    assert big == {}, f"over {MAX_LINES} lines or complexity {MAX_COMPLEXITY}: {big}"


def test_the_being_split_list_names_only_functions_still_too_big():
    assert set(_too_big()) >= BEING_SPLIT, BEING_SPLIT - set(_too_big())


def test_the_complexity_count_is_mccabes():
    fn = ast.parse("def f(a, b):\n    if a and b:\n        return [x for x in a if x]\n"
                   "    for y in b:\n        pass\n").body[0]
    assert complexity(fn) == 6  # 1 + if + and + comprehension + its if + for


# --- imports -----------------------------------------------------------------------------


def _layer(module: str) -> tuple[int, str]:
    """The layer of a module and the entry of LAYERS it falls under."""
    parts = module.split(".")
    for n in range(len(parts), 0, -1):
        key = ".".join(parts[:n])
        if key in LAYERS:
            return LAYERS[key], key
    raise AssertionError(f"{module} has no layer in LAYERS (and docs/architecture.md)")


def _imports(name: str, path: Path, tree: ast.Module
             ) -> Iterator[tuple[str, str | None, int]]:
    """(imported orggraph module, enclosing function or None, line) of each import."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]

    def walk(node: ast.AST, function: str | None) -> Iterator[tuple[str, str | None, int]]:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, _FUNCTIONS) and function is None \
                else function
            if isinstance(child, ast.ImportFrom):
                base = package.split(".")[: len(package.split(".")) - max(child.level - 1, 0)]
                target = ".".join([*base, child.module] if child.module else base) \
                    if child.level else child.module or ""
                if target.startswith("orggraph"):
                    yield target, function, child.lineno
            elif isinstance(child, ast.Import):
                for alias in child.names:
                    if alias.name.startswith("orggraph"):
                        yield alias.name, function, child.lineno
            yield from walk(child, inner)

    yield from walk(tree, None)


def test_every_module_has_a_layer():
    for name, _, _ in _modules():
        _layer(name)


def test_imports_go_down_the_layers():
    wrong = []
    for name, path, tree in _modules():
        mine, my_key = _layer(name)
        for target, _, line in _imports(name, path, tree):
            theirs, their_key = _layer(target)
            if theirs < mine or (theirs == mine and their_key == my_key) \
                    or (name, target) in UPWARD_BEING_FIXED:
                continue
            wrong.append(f"{path.name}:{line}: {name} (layer {mine}) imports {target} "
                         f"(layer {theirs})")
    assert wrong == []


def test_the_upward_list_names_only_imports_still_made():
    made = {(name, target) for name, path, tree in _modules()
            for target, _, _ in _imports(name, path, tree)}
    assert made >= UPWARD_BEING_FIXED, UPWARD_BEING_FIXED - made


def test_no_import_hides_in_a_function():
    hidden = [f"{path.name}:{line}: {target} in {function}()"
              for name, path, tree in _modules()
              for target, function, line in _imports(name, path, tree)
              if function is not None and _layer(name)[1] not in LAZY_IMPORTS_ALLOWED
              and name not in LAZY_IMPORTS_ALLOWED
              and f"{name}:{function}" not in LAZY_IMPORTS_ALLOWED]
    assert hidden == []


def test_the_import_check_sees_a_relative_import_in_a_function():
    tree = ast.parse("def f():\n    from ..graph import load_graph\n")
    assert list(_imports("orggraph.queries.x", PACKAGE / "queries" / "x.py", tree)) == [
        ("orggraph.graph", "f", 2)]


# --- exceptions and messages -------------------------------------------------------------


def _exception_classes() -> Iterator[tuple[str, str]]:
    for name, _, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and any(
                    (isinstance(b, ast.Name) and b.id.endswith(("Error", "Exception")))
                    or (isinstance(b, ast.Attribute) and b.attr.endswith(("Error", "Exception")))
                    for b in node.bases):
                yield name, node.name


#: Exceptions still defined where they are raised (their changes move them to errors.py).
EXCEPTIONS_ELSEWHERE: set[tuple[str, str]] = set()


def test_exceptions_live_in_errors_py():
    """Private ones (``_NotSimple``: a signal inside one module, never raised out of it)
    may stay where they are used."""
    elsewhere = {(m, c) for m, c in _exception_classes()
                 if m != "orggraph.errors" and not c.startswith("_")}
    assert elsewhere <= EXCEPTIONS_ELSEWHERE, elsewhere - EXCEPTIONS_ELSEWHERE


def test_no_exception_of_errors_py_shadows_a_dependencys():
    import click
    import neo4j
    import yaml

    theirs = {n for mod in (nx, neo4j, neo4j.exceptions, yaml, click, click.exceptions)
              for n in dir(mod) if n.endswith(("Error", "Exception"))}
    mine = {c for m, c in _exception_classes() if m == "orggraph.errors"}
    assert mine & theirs == set()


#: Library modules whose messages still name CLI flags (none: the library names
#: parameters, ``ParameterError`` lets the CLI say its flags).
FLAGS_STILL_IN: set[str] = set()
_FLAG = re.compile(r"^--[a-z]")


def test_library_messages_name_parameters_not_flags():
    found = []
    for name, path, tree in _modules():
        if _layer(name)[1] in FLAGS_STILL_IN | {"orggraph.cli", "orggraph.commands"}:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Raise) and node.exc is not None:
                texts = [n.value for n in ast.walk(node.exc)
                         if isinstance(n, ast.Constant) and isinstance(n.value, str)]
                found += [f"{path.name}:{node.lineno}: {t!r}" for t in texts
                          if _FLAG.search(t) or " --" in t]
    assert found == []


# --- registries and their copies ---------------------------------------------------------


def _types_in(pattern_text: str) -> list[set[str]]:
    """The relationship type sets of every ``[r:A|B]`` / ``[:A|B*..]`` of a Cypher text."""
    return [set(m.split("|")) for m in re.findall(r"\[\w*:([A-Z_|]+)[\]*]", pattern_text)]


@pytest.mark.parametrize("path", sorted(CYPHER.glob("*.cypher")), ids=lambda p: p.name)
def test_cypher_names_only_vocabulary_types(path):
    for types in _types_in(path.read_text(encoding="utf-8")):
        assert types <= set(VOCABULARY), (path.name, types - set(VOCABULARY))


def test_the_cypher_working_and_membership_types_are_the_models():
    text = (CYPHER / "relationships.cypher").read_text(encoding="utf-8")
    assert _types_in(text) == [set(WORKING_TYPES)] * 2
    for name in ("members", "memberships"):
        text = (CYPHER / f"{name}.cypher").read_text(encoding="utf-8")
        assert set(MEMBERSHIP_TYPES) in _types_in(text), name


@pytest.mark.parametrize("name", list(QUESTIONS))
def test_every_question_has_a_cypher_twin(name):
    twin = CYPHER / f"{name.replace('-', '_')}.cypher"
    assert twin.is_file(), f"question {name} has no {twin.name}"


def test_every_cypher_question_is_a_question():
    from orggraph.neo4j import named_queries

    assert set(named_queries()) == {q.replace("-", "_") for q in QUESTIONS}


@pytest.mark.parametrize("name", list(QUESTIONS))
def test_every_question_has_a_parity_case(name, curated):
    from tests.test_neo4j import _cases

    assert name in {case[0] for case in _cases(curated)}, (
        f"question {name} has no case in tests/test_neo4j.py _cases: its Cypher twin "
        "would go unchecked")


def test_the_architecture_document_names_every_layer():
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    for key in LAYERS:
        assert f"`{key}`" in text, f"{key} is not in docs/architecture.md"


# --- "to add X" (docs/architecture.md), done once here -----------------------------------


def test_adding_an_export_format_is_one_registry_entry(monkeypatch, curated, tmp_path):
    from orggraph.export import REGISTRY, Format, export

    monkeypatch.setitem(REGISTRY, "ids", Format("node ids, one a line (one file)",
                                                lambda G: "\n".join(sorted(G)) + "\n"))
    out = export(curated, "ids", tmp_path / "g.txt")
    assert out.read_text(encoding="utf-8").splitlines() == sorted(curated)


def test_adding_a_question_is_one_decorated_function(curated):
    from orggraph.queries import query, questions
    from orggraph.queries._registry import question

    saved = dict(QUESTIONS)
    try:
        @question(args=("post",))
        def title_of(G: nx.MultiDiGraph, post: str) -> list[dict[str, str]]:
            """The title of a post."""
            return [{"id": post, "title": G.nodes[post]["title"]}]

        post = next(n for n, a in curated.nodes(data=True) if a["label"] == "Post")
        assert query(curated, "title-of", [post]) == [
            {"id": post, "title": curated.nodes[post]["title"]}]
        assert {"name": "title-of", "arguments": "POST", "options": "",
                "answers": "The title of a post."} in questions()
        # and the checks above would fail until its twin and parity case exist
        assert not (CYPHER / "title_of.cypher").exists()
    finally:
        QUESTIONS.clear()
        QUESTIONS.update(saved)
