"""The cue table's stems: :func:`orggraph.extract.cues.tried` skips a cue whose stem a text
lacks, so every match of a cue must hold its stem."""

from pathlib import Path

import yaml

from orggraph.extract.cues import CUES, tried

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "fixtures" / "extract" / "real"


def _texts() -> list[str]:
    """The curated sources and the development half's documents."""
    split = yaml.safe_load((REAL / "split.yaml").read_text(encoding="utf-8"))["documents"]
    dev = [REAL / f"{name}.txt" for name, row in sorted(split.items()) if row["half"] == "dev"]
    sources = sorted((ROOT / "orggraph" / "data" / "sources").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in [*sources, *dev]]


def test_every_match_of_a_cue_holds_its_stem():
    texts = _texts()
    missing = [(c.name, m.group()) for c in CUES for t in texts for m in c.pattern.finditer(t)
               if not any(stem in m.group().lower() for stem in c.hint.split("|"))]
    assert len(texts) > 100 and not missing, missing[:10]


def test_tried_keeps_the_cues_a_text_may_hold_of_the_type_asked():
    text = "The post holder will liaise with the Widget Lead and report to the Head of Widgets."
    found = {c.name for c in CUES for _ in c.pattern.finditer(text)}
    kept = {c.name for c in tried(text)}
    assert found and found <= kept < {c.name for c in CUES}
    assert {c.gives for c in tried(text, "WORKS_WITH")} == {"WORKS_WITH"}
