"""orggraph.extract.scores/labels/evaluation: strict and lenient figures, titles, the real corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from orggraph.cli import main
from orggraph.extract import HEADLINE_TYPES
from orggraph.extract.evaluation import evaluate_labelled
from orggraph.extract.labels import labelled
from orggraph.extract.scores import Fact, Score, lenient, score, strict

REAL = Path(__file__).parent / "fixtures" / "extract" / "real"

#: Floors just under the figures measured on the real corpus's test half (see
#: docs/extraction.md); the targets of issue 20 are higher (see docs/extraction.md).
#: A new batch of documents changes the test half, so the floors follow its figures.
TEST_HALF_FLOOR = {"precision": 0.62, "recall": 0.30, "works_with_recall": 0.24,
                   "titles": 0.72, "no_post": 0.69}


def fact(t: str, a: str, b: str, span: tuple[int, int] | None = None) -> Fact:
    return Fact(t, frozenset({a}), frozenset({b}), span=span)


def test_scores_are_computed_correctly():
    gold = [fact("REPORTS_TO", "a", "b"), fact("REPORTS_TO", "c", "b"),
            fact("MEMBER_OF", "a", "x")]
    predicted = [fact("REPORTS_TO", "a", "b"), fact("REPORTS_TO", "a", "b"),
                 fact("MEMBER_OF", "a", "y")]
    s = score(predicted, gold)
    assert (s["REPORTS_TO"].tp, s["REPORTS_TO"].fp, s["REPORTS_TO"].fn) == (1, 1, 1)
    assert (s["MEMBER_OF"].tp, s["MEMBER_OF"].fp, s["MEMBER_OF"].fn) == (0, 1, 1)
    total = Score(tp=1, fp=2, fn=2)
    assert (total.precision, total.recall, total.f1) == (1 / 3, 1 / 3, pytest.approx(1 / 3))


def test_strict_needs_both_ends_and_lenient_the_quote():
    gold = fact("REPORTS_TO", "ward sister", "matron", (10, 30))
    wrong_source = fact("REPORTS_TO", "job title ward sister", "matron", (12, 25))
    elsewhere = fact("REPORTS_TO", "ward sister", "matron", (40, 60))
    assert not strict(wrong_source, gold) and lenient(wrong_source, gold)
    assert strict(elsewhere, gold) and not lenient(elsewhere, gold)
    assert not lenient(fact("ACCOUNTABLE_TO", "ward sister", "matron", (10, 30)), gold)


def _corpus(root: Path, labels: dict, text: str, half: str | None = None) -> None:
    (root / "a.txt").write_text("# source: https://example.org/a\n" + text, encoding="utf-8")
    (root / "a.labels.yaml").write_text(yaml.safe_dump(labels), encoding="utf-8")
    if half:
        (root / "split.yaml").write_text(yaml.safe_dump({"documents": {"a": {"half": half}}}),
                                         encoding="utf-8")


def test_the_real_corpus_format_quotes_titles_and_halves(tmp_path):
    text = ("Job Title: Ward Sister (Band 6)\nAccountable to: Matron\nReports to: Head of "
            "Nursing\nThe post holder is a member of the Nursing Forum and supports the Board.\n")
    _corpus(tmp_path, {"post": "Ward Sister", "relationships": [
        {"fact": "ACCOUNTABLE_TO: Ward Sister -> Matron", "quote": "Accountable to: Matron"},
        {"fact": "REPORTS_TO: Ward Sister -> HoN", "quote": "Reports to: Head of Nursing"},
        {"fact": "DEPUTISES_FOR: Ward Sister -> Matron", "quote": "Matron"}],
        "aliases": {"Head of Nursing": ["HoN"]}}, text, half="test")
    (doc,) = labelled(tmp_path, "test")
    assert doc.text.startswith("Job Title") and doc.post == frozenset({"ward sister"})
    assert doc.gold[0].span == (doc.text.index("Accountable"), doc.text.index("\nReports"))
    assert labelled(tmp_path, "test") and not _dev(tmp_path)
    ev = evaluate_labelled(tmp_path, "test")
    head = ev.total(HEADLINE_TYPES)
    # MEMBER_OF is predicted but not labelled: wrong; SUPPORTS is not a labelled type: left out
    assert (head.tp, head.fp, head.fn) == (2, 1, 1)
    assert "SUPPORTS" not in ev.by_type and ev.titles == (1, 1)
    rows = {r["type"]: r for r in ev.rows()}
    assert rows["post title"]["precision"] == 1.0 and rows["headline"]["lenient_recall"] == 0.667


@pytest.mark.parametrize(("text", "untitled"), [
    ("Westshire Widget Committee\n\nMembership\n\nDr Jo Example Widget Manager (Chair)\n"
     "Sam Sample\n\nQuorum\n", (1, 1)),
    ("Job Title: Widget Manager\nReports to: Head of Widgets\n", (0, 1))])
def test_a_title_given_to_a_text_about_no_post_is_counted(tmp_path, text, untitled):
    _corpus(tmp_path, {"post": None, "relationships": []}, text)
    (doc,) = labelled(tmp_path)
    assert doc.no_post and doc.post is None
    ev = evaluate_labelled(tmp_path)
    assert ev.untitled == untitled and ev.titles == (0, 0)
    (row,) = [r for r in ev.rows() if r["type"] == "no post described"]
    assert (row["tp"], row["fp"]) == (untitled[0], 1 - untitled[0])
    assert any("for a text about no post" in m for m in ev.misses) == (untitled[0] == 0)


def _dev(root: Path) -> list:
    from orggraph.errors import OrggraphError

    try:
        return labelled(root, "dev")
    except OrggraphError:
        return []


def test_evaluate_command_reports_strict_lenient_and_titles(runner, tmp_path):
    _corpus(tmp_path, {"post": "Ward Sister", "relationships": [
        {"fact": "ACCOUNTABLE_TO: Ward Sister -> Matron", "quote": "Accountable to: Matron"}]},
            "Job Title: Ward Sister\nAccountable to: Matron\n", half="dev")
    r = runner.invoke(main, ["extract", "evaluate", "--labels", str(tmp_path), "--half", "dev",
                             "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert "lenient_precision" in r.output and "post title" in r.output
    assert runner.invoke(main, ["extract", "evaluate", "--half", "dev"]).exit_code == 2


def test_the_real_test_half_meets_its_floor():
    ev = evaluate_labelled(REAL, "test")
    head = ev.total(HEADLINE_TYPES)
    works = ev.total(["WORKS_WITH"])
    right, n = ev.titles
    assert head.precision >= TEST_HALF_FLOOR["precision"], head
    assert head.recall >= TEST_HALF_FLOOR["recall"], head
    assert works.recall >= TEST_HALF_FLOOR["works_with_recall"], works
    assert right / n >= TEST_HALF_FLOOR["titles"], ev.titles
    none, postless = ev.untitled  # texts about no one post, given no title
    assert none / postless >= TEST_HALF_FLOOR["no_post"], ev.untitled
