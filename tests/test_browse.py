"""summary, find and show."""

from __future__ import annotations

from orggraph.browse import find, show, summary


def test_summary_counts(tiny):
    rows = {(r["category"], r["name"]): r for r in summary(tiny)}
    assert rows["total", "all"]["nodes"] == 8 and rows["total", "all"]["relationships"] == 8
    assert rows["label", "Post"]["nodes"] == 3
    assert rows["body kind", "trust"]["nodes"] == 2
    assert rows["relationship type", "ACCOUNTABLE_TO"]["relationships"] == 2
    assert rows["source", "tiny"]["nodes"] == 8


def test_find_reports_label_and_body(tiny):
    (row,) = [r for r in find(tiny, "deputy") if r["id"] == "deputy-director-of-care"]
    assert row == {"id": "deputy-director-of-care", "label": "Post",
                   "name": "Deputy Director of Care", "body": "Care Directorate", "source": "tiny"}


def test_show_has_evidence_both_ways(tiny):
    rec = show(tiny, "Director of Care")
    assert rec["id"] == "director-of-care" and rec["aliases"] == ["DoC"]
    assert {(r["type"], r["id"]) for r in rec["in"]} == {
        ("ACCOUNTABLE_TO", "deputy-director-of-care"), ("DEPUTISES_FOR", "deputy-director-of-care")}
    assert all(r["evidence"] and r["source"] == "tiny" for r in rec["out"] + rec["in"])


def test_show_on_curated_records(curated):
    rec = show(curated, "nw-icb-deputy-medical-director")
    outs = {(r["type"], r["id"]) for r in rec["out"]}
    assert ("ACCOUNTABLE_TO", "nw-icb-executive-medical-director") in outs
    assert ("DEPUTISES_FOR", "nw-icb-executive-medical-director") in outs


def test_find_on_curated_records(curated):
    ids = {r["id"] for r in find(curated, "Group Chief Medical Officer")}
    assert "nwuhg-group-chief-medical-officer" in ids
