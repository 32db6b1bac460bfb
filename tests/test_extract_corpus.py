"""The real-text extraction corpus itself: sources, labels, quotes and the fixed split.

The corpus (tests/fixtures/extract/real/) is the answer key for the extractor's scores, so
these checks hold it to docs/extraction-labelling.md: every text names its source, every
label parses and uses the vocabulary, every quote is an exact substring of its text, and
every document sits in exactly one half, dealt by the documented seeded rule.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from orggraph.model import VOCABULARY

REAL = Path(__file__).parent / "fixtures" / "extract" / "real"
LABELLED_TYPES = frozenset({"ACCOUNTABLE_TO", "RESPONSIBLE_TO", "REPORTS_TO", "DEPUTISES_FOR",
                            "MEMBER_OF", "CHAIRS", "WORKS_WITH"})
QUALIFIERS = frozenset({"professional", "managerial", "clinical", "operational", "strategic",
                        "dotted-line", "joint", "alternative", "co-chair", "vice-chair", "absence"})
LAYOUTS = frozenset({"flattened-table", "label-value-lines", "label-value-inline", "bullet-list",
                     "prose", "numbered-sections", "person-specification", "structure-text",
                     "news-or-letter", "run-together"})
KINDS = frozenset({"acute-trust", "mental-health-trust", "community-trust", "ambulance-trust",
                   "icb", "ccg", "pct", "gp-practice", "gp-federation", "council",
                   "national-body", "health-board"})
FACT = re.compile(r"^([A-Z_]+): (.+?) -> (.+)$")
SOURCE_LINE = re.compile(r"^# source: https?://\S+$")

DOCUMENTS = sorted(p.name.removesuffix(".txt") for p in REAL.glob("*.txt"))


def _split() -> dict[str, dict[str, Any]]:
    data = yaml.safe_load((REAL / "split.yaml").read_text(encoding="utf-8"))
    return dict(data["documents"])


def _labels(name: str) -> dict[str, Any]:
    data = yaml.safe_load((REAL / f"{name}.labels.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{name}.labels.yaml: not a mapping"
    return data


def _deal(split: dict[str, dict[str, Any]]) -> dict[str, str]:
    """The halves the documented rule gives (docs/extraction-labelling.md, "The split")."""
    halves: dict[str, str] = {}
    by_layout: Counter[tuple[str, str]] = Counter()
    for batch in sorted({d["batch"] for d in split.values()}):
        names = [n for n, d in split.items() if d["batch"] == batch]
        for layout in sorted({split[n]["layout"] for n in names}):
            group = sorted(n for n in names if split[n]["layout"] == layout)
            random.Random(f"20:{layout}").shuffle(group)
            for name in group:
                halves[name] = _half(name, batch, split, halves, by_layout)
                by_layout[layout, halves[name]] += 1
    return halves


def _half(name: str, batch: int, split: dict[str, dict[str, Any]], halves: dict[str, str],
          by_layout: Counter[tuple[str, str]]) -> str:
    """Fewer of the layout; then (from batch 2) fewer of the kind; then fewer overall; dev."""
    layout, kind = split[name]["layout"], split[name]["kind"]
    kinds = Counter(h for n, h in halves.items() if split[n]["kind"] == kind)
    overall = Counter(halves.values())
    ties = [(by_layout[layout, "dev"], by_layout[layout, "test"])]
    if batch > 1:
        ties.append((kinds["dev"], kinds["test"]))
    ties.append((overall["dev"], overall["test"]))
    for dev, test in ties:
        if dev != test:
            return "dev" if dev < test else "test"
    return "dev"


def test_corpus_is_large_and_varied() -> None:
    split = _split()
    assert len(DOCUMENTS) >= 40
    assert len({d["layout"] for d in split.values()}) >= 8
    assert len({d["kind"] for d in split.values()}) >= 10


@pytest.mark.parametrize("name", DOCUMENTS)
def test_text_starts_with_its_source(name: str) -> None:
    text = (REAL / f"{name}.txt").read_text(encoding="utf-8")
    first, _, rest = text.partition("\n")
    assert SOURCE_LINE.match(first), f"{name}.txt: line 1 is not '# source: URL'"
    assert rest.strip(), f"{name}.txt: no text after the source line"


@pytest.mark.parametrize("name", DOCUMENTS)
def test_labels_parse_and_quote_the_text(name: str) -> None:
    text = (REAL / f"{name}.txt").read_text(encoding="utf-8")
    labels = _labels(name)
    assert set(labels) <= {"post", "aliases", "relationships"}, f"{name}: unknown keys"
    assert labels["post"] is None or labels["post"].strip()
    for key, others in (labels.get("aliases") or {}).items():
        assert isinstance(key, str) and all(isinstance(o, str) and o for o in others)
    seen = set()
    for entry in labels["relationships"]:
        assert set(entry) <= {"fact", "quote", "qualifier", "generic", "note"}, entry
        m = FACT.match(entry["fact"])
        assert m, f"{name}: bad fact {entry['fact']!r}"
        rtype, start, end = m.groups()
        assert rtype in VOCABULARY and rtype in LABELLED_TYPES, f"{name}: type {rtype}"
        assert entry["quote"] in text, f"{name}: quote not in text: {entry['quote']!r}"
        assert entry.get("qualifier", "absence") in QUALIFIERS, entry
        assert entry.get("generic", True) is True, entry
        key = (rtype, start.casefold(), end.casefold())
        assert key not in seen, f"{name}: {entry['fact']!r} labelled twice"
        seen.add(key)


def test_every_document_is_in_exactly_one_half() -> None:
    split = _split()
    assert sorted(split) == DOCUMENTS, "split.yaml and the .txt files differ"
    labelled = sorted(p.name.removesuffix(".labels.yaml") for p in REAL.glob("*.labels.yaml"))
    assert labelled == DOCUMENTS, "every text needs a labels file, and no more"
    for name, doc in split.items():
        assert doc["half"] in {"dev", "test"}, name
        assert doc["layout"] in LAYOUTS, f"{name}: layout {doc['layout']}"
        assert doc["kind"] in KINDS, f"{name}: kind {doc['kind']}"
        assert re.fullmatch(r"(c\.)?(19|20)\d\d", str(doc["era"])), f"{name}: era {doc['era']}"


def test_split_follows_the_seeded_rule() -> None:
    split = _split()
    expected = _deal(split)
    wrong = {n: h for n, h in expected.items() if split[n]["half"] != h}
    assert not wrong, f"split.yaml differs from the rule; the rule gives {wrong}"
    per_layout = Counter((d["layout"], d["half"]) for d in split.values())
    for layout in {d["layout"] for d in split.values()}:
        assert abs(per_layout[layout, "dev"] - per_layout[layout, "test"]) <= 1, layout
