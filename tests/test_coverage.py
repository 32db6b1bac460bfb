"""Tests of orggraph.coverage: relation-bearing passages, their records and waivers."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from orggraph.cli import main
from orggraph.coverage import (
    WAIVER_REASONS,
    check_waivers,
    coverage,
    coverage_data,
    cues_in,
    relation_passages,
)
from orggraph.errors import OrggraphError
from orggraph.extract.cues import RELATION_CUES
from orggraph.load import DEFAULT_DATA_DIR, validate
from tests.conftest import line_of

SOURCE_TEXT = """Job Title: Ward Sister
Accountable to: Matron

The Ward Sister will work closely with the Pharmacy Team.
She supports the Ward Manager in the daily running of the ward.
All staff are responsible for reporting incidents.
She enjoys gardening.
"""

DATA_YAML = """source:
  id: ward
  file: ward.txt
  title: A ward sister
bodies:
  - id: pharmacy-team
    name: Pharmacy Team
    kind: team
    evidence: "the Pharmacy Team"
posts:
  - id: ward-sister
    title: Ward Sister
    evidence: "Job Title: Ward Sister"
  - id: matron
    title: Matron
    evidence: "Accountable to: Matron"
relationships:
  - type: ACCOUNTABLE_TO
    from: ward-sister
    to: matron
    evidence: "Accountable to: Matron"
  - type: WORKS_WITH
    from: ward-sister
    to: pharmacy-team
    evidence: "will work closely with the Pharmacy Team"
waivers:
  - quote: "All staff are responsible for reporting incidents."
    reason: boilerplate
"""


def _data(tmp_path: Path, yaml_text: str = DATA_YAML, text: str = SOURCE_TEXT) -> Path:
    data = tmp_path / "data"
    (data / "sources").mkdir(parents=True)
    (data / "sources" / "ward.txt").write_text(text, encoding="utf-8")
    (data / "ward.yaml").write_text(yaml_text, encoding="utf-8")
    return data


def _curated_copy(tmp_path: Path) -> Path:
    target = tmp_path / "curated"
    shutil.copytree(DEFAULT_DATA_DIR, target)
    return target


# --- the curated data ---------------------------------------------------------------


def test_every_relation_bearing_passage_of_the_curated_data_is_recorded_or_waived():
    result = coverage(DEFAULT_DATA_DIR)
    assert len(result.sources) == 5
    uncovered = result.rows("uncovered")
    assert uncovered == [], uncovered[:5]
    for source in result.sources:
        totals = source.totals()
        assert totals["found"] == totals["recorded"] + totals["waived"] > 0
        assert totals["recorded"] > 0


def test_coverage_strict_passes_on_the_curated_data(runner: CliRunner):
    result = runner.invoke(main, ["coverage", "--strict"])
    assert result.exit_code == 0, result.output
    assert "(all)" in result.output


def test_the_curated_waivers_are_valid_and_each_waives_something():
    assert check_waivers(DEFAULT_DATA_DIR) == []
    assert not [str(p) for p in validate(DEFAULT_DATA_DIR) if p.is_error]


def test_a_statement_printed_twice_is_covered_where_it_is_printed_both_times():
    found = coverage(DEFAULT_DATA_DIR, ["nchc-dmd-2025"]).sources[0].found
    closely = [f for f in found if f.text.startswith("To work closely with the Clinical Director")]
    assert len(closely) == 2  # the advert prints its description twice
    assert {f.status for f in closely} == {"recorded"}
    assert closely[0].records == closely[1].records


def test_the_cue_list_holds_every_word_of_the_issue_vocabulary():
    assert set(RELATION_CUES) >= {
        "accountable", "responsible", "reports", "line manages", "deputises", "member",
        "sits on", "chairs", "works with", "liaises", "supports", "advises",
        "professional lead", "comprises", "part of", "within", "replaces", "merges",
        "seconded"}


# --- passages, records and waivers on a small data directory -------------------------


def test_passages_with_their_records_waivers_and_uncovered(tmp_path: Path):
    source = coverage(_data(tmp_path)).sources[0]
    by_text = {" ".join(f.text.split()): f for f in source.found}
    assert "Job Title: Ward Sister" not in by_text and "She enjoys gardening." not in by_text
    assert [r.type for r in by_text["Accountable to: Matron"].records] == ["ACCOUNTABLE_TO"]
    assert by_text["The Ward Sister will work closely with the Pharmacy Team."].status == \
        "recorded"
    waived = by_text["All staff are responsible for reporting incidents."]
    assert waived.status == "waived" and waived.waivers[0].reason == "boilerplate"
    uncovered = by_text["She supports the Ward Manager in the daily running of the ward."]
    assert uncovered.status == "uncovered" and uncovered.cues == ("supports",)
    assert uncovered.line == 5
    assert source.totals() == {"found": 4, "recorded": 2, "waived": 1, "uncovered": 1}


def test_a_cue_inside_a_name_of_the_data_is_no_cue():
    names = [re.compile(r"\bWorkforce\s+Advisory\s+Group\b")]
    assert cues_in("She joins the Workforce Advisory Group.", names) == ()
    assert cues_in("She advises the Workforce Advisory Group.", names) == ("advises",)


def test_list_items_follow_the_cue_of_their_lead_in():
    text = "Key relationships will be with:\n· Matron\n· Estates\n\nHobbies:\n· Chess\n"
    found = relation_passages(text)
    assert [(f.kind, f.text) for f in found if f.kind == "item"] == [
        ("item", "Matron"), ("item", "Estates")]


def test_coverage_data_is_plain_data_for_the_report():
    data = coverage_data(DEFAULT_DATA_DIR)
    json.dumps(data)  # plain: serialisable as it is
    first = data[0]
    assert set(first) >= {"source", "file", "title", "found", "recorded", "waived",
                          "uncovered", "passages"}
    assert {p["status"] for d in data for p in d["passages"]} == {"recorded", "waived"}
    recorded = next(p for p in first["passages"] if p["status"] == "recorded")
    assert set(recorded["records"][0]) == {"type", "from", "to", "at"}


def test_an_unknown_source_is_an_error(tmp_path: Path):
    with pytest.raises(OrggraphError, match="no source 'nope'"):
        coverage(_data(tmp_path), ["nope"])
    assert coverage(tmp_path / "data", ["ward.txt"]).sources[0].source == "ward"


# --- the command --------------------------------------------------------------------


def test_coverage_table_lists_passages_then_totals(runner: CliRunner, tmp_path: Path):
    data = _data(tmp_path)
    result = runner.invoke(main, ["coverage", "--data", str(data)])
    assert result.exit_code == 0, result.output
    passages, totals = result.output.split("\n\n")
    assert passages.splitlines()[0].split() == ["source", "line", "kind", "status", "cues",
                                               "records", "waiver", "text"]
    assert "uncovered" in passages and "ACCOUNTABLE_TO ward-sister -> matron" in passages
    assert totals.splitlines()[-1].split() == ["(all)", "4", "2", "1", "1"]


def test_coverage_json_and_csv(runner: CliRunner, tmp_path: Path):
    data = _data(tmp_path)
    out = runner.invoke(main, ["coverage", "--data", str(data), "--format", "json"])
    doc = json.loads(out.output)
    assert doc["totals"] == {"found": 4, "recorded": 2, "waived": 1, "uncovered": 1}
    assert doc["sources"][0]["source"] == "ward"
    out = runner.invoke(main, ["coverage", "--data", str(data), "--format", "csv",
                               "--status", "uncovered"])
    rows = list(csv.DictReader(io.StringIO(out.output)))
    assert [r["text"] for r in rows] == [
        "She supports the Ward Manager in the daily running of the ward."]
    assert rows[0]["line"] == "5" and rows[0]["status"] == "uncovered"


def test_strict_fails_on_an_uncovered_passage(runner: CliRunner, tmp_path: Path):
    data = _data(tmp_path)
    result = runner.invoke(main, ["coverage", "--data", str(data), "--strict"])
    assert result.exit_code == 1
    assert result.stderr.strip() == ("Error: 1 passage that states a relationship neither "
                                     "recorded nor waived")
    without = runner.invoke(main, ["coverage", "--data", str(data)])
    assert without.exit_code == 0


def test_a_new_sentence_in_a_curated_source_fails_strict(runner: CliRunner, tmp_path: Path):
    data = _curated_copy(tmp_path)
    text = data / "sources" / "003_06c63230269a41c1.txt"
    text.write_text(text.read_text(encoding="utf-8") +
                    "\nThe co-ordinator will liaise with the Regional Director.\n",
                    encoding="utf-8")
    result = runner.invoke(main, ["coverage", "--data", str(data), "--strict",
                                  "--status", "uncovered", "--format", "csv"])
    assert result.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["source"], r["text"]) for r in rows] == [
        ("dh-ooh-coordinator-2004", "The co-ordinator will liaise with the Regional Director.")]


def test_a_removed_waiver_leaves_its_passage_uncovered(runner: CliRunner, tmp_path: Path):
    data = _curated_copy(tmp_path)
    yaml_file = data / "003-dh-ooh.yaml"
    text = yaml_file.read_text(encoding="utf-8")
    waiver = '  - quote: "Post holder will work from current base but will be required to"\n'
    assert waiver in text
    yaml_file.write_text(text.replace(waiver + "    reason: no-relationship\n", ""),
                         encoding="utf-8")
    result = runner.invoke(main, ["coverage", "--data", str(data), "--strict"])
    assert result.exit_code == 1
    assert "Post holder will work from current base" in result.stdout


# --- waiver validation --------------------------------------------------------------


def test_waiver_problems_name_file_and_line(runner: CliRunner, tmp_path: Path):
    bad = DATA_YAML + """  - quote: "She never said this."
    reason: boilerplate
  - quote: "She enjoys gardening."
    reason: duplicate
  - quote: "She supports the Ward Manager"
    reason: boring
  - reason: boilerplate
  - quote: "She supports the Ward Manager"
    reason: no-relationship
    why: because
  - just text
"""
    data = _data(tmp_path, bad)
    path = data / "ward.yaml"
    problems = [str(p) for p in validate(data)]
    assert f"{path}:{line_of(path, 'She never said this.')}: error: waiver quote not found " \
        "in the source text: 'She never said this.'" in problems
    assert f"{path}:{line_of(path, 'She enjoys gardening.')}: warning: waiver quote lies in " \
        "no passage that states a relationship (nothing to waive)" in problems
    assert any(p.startswith(f"{path}:{line_of(path, 'reason: boring')}: error: unknown waiver "
                            "reason 'boring'") for p in problems)
    missing = line_of(path, "  - reason: boilerplate")
    assert f"{path}:{missing}: error: waiver is missing required field 'quote'" in problems
    assert f"{path}:{line_of(path, 'why: because')}: error: unknown field 'why' in waiver" \
        in problems
    assert f"{path}:{line_of(path, '  - just text')}: error: an entry of 'waivers' is not " \
        "a mapping" in problems
    result = runner.invoke(main, ["validate", "--data", str(data)])
    assert result.exit_code == 1
    assert "5 error(s)" in result.output


def test_waivers_must_be_a_list(tmp_path: Path):
    data = _data(tmp_path, DATA_YAML.split("waivers:")[0] + "waivers: all of them\n")
    path = data / "ward.yaml"
    assert [str(p) for p in validate(data) if p.is_error] == [
        f"{path}:{line_of(path, 'waivers:')}: error: 'waivers' must be a list of records"]


def test_a_waiver_quote_matches_across_line_breaks_and_spaces(tmp_path: Path):
    data = _data(tmp_path, DATA_YAML.replace(
        "All staff are responsible for reporting incidents.",
        "All  staff are\\n responsible for reporting incidents."))
    assert not [p for p in validate(data) if p.is_error]
    assert coverage(data).sources[0].totals()["waived"] == 1


def test_every_waiver_reason_is_explained():
    assert set(WAIVER_REASONS) == {"boilerplate", "generic-counterpart", "duplicate",
                                   "person-specification", "no-relationship"}
    assert all(WAIVER_REASONS.values())
