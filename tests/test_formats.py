"""A long list in a table shows its first items and how many more; JSON and CSV keep all."""

from __future__ import annotations

import csv
import io
import json

from orggraph.formats import render

IDS = [f"p{i}" for i in range(1, 3001)]


def test_a_table_shows_the_first_items_of_a_long_list_and_counts_the_rest() -> None:
    text = render({"summary": {"narrowest": IDS, "narrowest_span": 1}}, "table")
    assert text == ("summary  narrowest=p1; p2; p3; p4; p5; p6; p7; p8; p9; p10; p11; p12; "
                    "… (+2,988 more), narrowest_span=1")


def test_a_short_list_is_shown_whole() -> None:
    assert render({"widest": IDS[:12]}, "table") == "widest  " + "; ".join(IDS[:12])


def test_json_and_csv_keep_every_item() -> None:
    data = {"summary": {"narrowest": IDS}}
    assert json.loads(render(data, "json")) == data
    (row,) = csv.DictReader(io.StringIO(render(data, "csv")))
    assert row["summary"] == "narrowest=" + "; ".join(IDS)
