"""orggraph.extract: reading, bad files, quotes, ids, the draft/review/evaluate commands, floors."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import time
import zipfile
from pathlib import Path

import pytest
import yaml

from orggraph.cli import main
from orggraph.extract import HEADLINE_TYPES, evaluate, extract, extract_text, review_draft
from orggraph.extract.pipeline import assign_ids
from orggraph.extract.reading import read_document
from orggraph.extract.records import Draft, DraftNode
from orggraph.graph import load_graph
from orggraph.load import DEFAULT_DATA_DIR, validate

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
TINY = Path(__file__).parent / "fixtures" / "tiny"
HEAD = "Job Title: Ward Sister\n"

#: Floors just under the figures measured (docs/extraction.md): a regression fails.
FIXTURE_FLOOR = {"precision": 0.91, "recall": 0.72}  # the 35 excerpts, headline types
CURATED_FLOOR = {"precision": 0.64, "recall": 0.36}  # the five curated documents


def facts(text: str) -> set[tuple[str, str, str]]:
    draft = extract_text(text, "t")
    names = {n.id: n.name for n in draft.nodes.values()}
    return {(r.type, names[r.start], names[r.end]) for r in draft.relationships}


def test_abbreviations_resolve_later_mentions():
    text = (HEAD + "The Ward Sister will support the Chief Nursing Officer (CNO). "
            "She will deputise for the CNO at the Nursing Forum.\n")
    draft = extract_text(text, "t")
    cno = next(n for n in draft.nodes.values() if n.abbreviation == "CNO")
    assert cno.name == "Chief Nursing Officer"
    assert any(r.type == "DEPUTISES_FOR" and r.end == cno.id for r in draft.relationships)
    assert not any(n.name == "CNO" for n in draft.nodes.values())


def test_a_section_printed_twice_gives_each_fact_once():
    once = (FIXTURES / "05-mental-health-advert.txt").read_text(encoding="utf-8")
    draft = extract_text(once, "t")
    keys = [(r.type, r.start, r.end) for r in draft.relationships]
    assert len(keys) == len(set(keys))
    assert ("REPORTS_TO" in {k[0] for k in keys}) and len(extract_text(once + once, "t")
                                                           .relationships) == len(keys)


def _all_texts() -> list[Path]:
    return sorted(FIXTURES.glob("*.txt")) + sorted((DEFAULT_DATA_DIR / "sources").glob("*.txt"))


@pytest.mark.parametrize("path", _all_texts(), ids=lambda p: p.name)
def test_every_evidence_is_an_exact_quote(path):
    text = read_document(path).text
    draft = extract_text(text, "t")
    assert draft.relationships or draft.subject
    for record in [*draft.nodes.values(), *draft.relationships]:
        assert record.evidence and record.evidence in text, record  # a slice, spaces and all


def test_a_post_takes_an_existing_id_only_in_the_same_organisation():
    G = load_graph()
    same = ("NHS Norfolk and Waveney Integrated Care Board\nJob Title: Deputy Medical Director\n"
            "Accountable to: ICB Executive Medical Director\n")
    other = same.replace("NHS Norfolk and Waveney Integrated Care Board",
                         "Westshire Community Trust")
    ids = {r.type: (r.start, r.end) for r in extract_text(same, "x", G).relationships}
    assert ids["ACCOUNTABLE_TO"][1] == "nw-icb-executive-medical-director"
    draft = extract_text(other, "x", G)
    assert all(n.id not in G for n in draft.nodes.values() if n.label == "Post")
    again = extract_text(other, "x", G)
    assert [n.id for n in draft.nodes.values()] == [n.id for n in again.nodes.values()]


def test_a_news_report_naming_a_post_is_not_refused(tmp_path):
    (tmp_path / "news.txt").write_text(
        "The Council has agreed to appoint a head of quality for a year. The successful "
        "candidate will report to the Director of Care.\n", encoding="utf-8")
    result = extract([tmp_path / "news.txt"])
    assert result.problems == []
    (draft,) = result.drafts
    assert [(r.type, r.start, r.end) for r in draft.relationships] == [
        ("REPORTS_TO", "head-of-quality", "director-of-care")]


def test_a_run_on_sentence_takes_linear_time_and_gives_exact_quotes():
    def run(n: int) -> tuple[float, set[tuple[str, str, str]], list[str]]:
        text = HEAD + "The Ward Sister is a member of the Nursing Board and " * n + \
            "reports to the Matron.\n"
        start = time.perf_counter()
        draft = extract_text(text, "run-on")
        assert all(r.evidence in text for r in draft.relationships)
        return (time.perf_counter() - start,
                {(r.type, r.start, r.end) for r in draft.relationships}, [])

    small, got, _ = run(200)
    large, _, _ = run(1600)
    assert ("MEMBER_OF", "ward-sister", "nursing-board") in got
    assert large < 8 * small * 3  # eight times the text: well under 64 times the time


@pytest.fixture
def bad_files(tmp_path):
    files = {
        "empty.txt": b"",
        "blank.txt": b"  \n\n",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "unknown.txt": b"Job Title: Nurse\n" + b"\x81\x8d\x9d\n",
        "nothing.txt": b"Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n",
        "broken.docx": b"PK not really a zip",
        "broken.pdf": b"%PDF-1.4 not really a pdf",  # pypdf would log to stderr too
        "good.txt": b"Job Title: Ward Sister\nAccountable to: Matron\n",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path, files


def test_bad_files_give_one_line_each_and_the_others_are_processed(runner, bad_files):
    root, files = bad_files
    out = root / "draft.yaml"
    result = runner.invoke(main, ["extract", "draft", *(str(root / n) for n in files), "-o",
                                  str(out)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == len(files) - 1
    for name in files:
        if name != "good.txt":
            assert sum(name in line for line in lines) == 1, (name, lines)
    assert "Traceback" not in result.output
    assert "ward-sister" in out.read_text(encoding="utf-8")
    messages = "\n".join(lines)
    for what in ("empty file", "binary", "unknown encoding", "nothing recognisable", ".docx",
                 ".pdf"):
        assert what in messages


def test_windows_1252_is_decoded(tmp_path):
    doc = read_document(FIXTURES / "04-icb-cp1252.txt")
    assert doc.encoding == "windows-1252" and "£66,000 – £78,000" in doc.text
    assert "“Urgent Care Hub”" in doc.text and "trust’s" in doc.text


def test_docx_and_pdf_are_read(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Job Description")
    table = d.add_table(rows=2, cols=2)
    for row, (label, value) in zip(table.rows, [("Job Title", "Ward Sister"),
                                               ("Accountable to", "Matron")], strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    d.save(tmp_path / "jd.docx")
    (tmp_path / "jd.pdf").write_bytes(_pdf(["Job Title: Ward Sister", "Reports to: Matron"]))
    for name, rtype in (("jd.docx", "ACCOUNTABLE_TO"), ("jd.pdf", "REPORTS_TO")):
        doc = read_document(tmp_path / name)
        assert doc.problem is None
        assert (rtype, "Ward Sister", "Matron") in facts(doc.text), name


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF showing ``lines`` in Helvetica (written by hand, no PDF library)."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "72 720 Td"]
    ops += [f"({line}) Tj T*" for line in lines]
    stream = "\n".join([*ops, "ET"]).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1,
                                                                              xref)
    return bytes(out)


def _digest(directory: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.glob("*.yaml"))}


@pytest.mark.parametrize("fixture", ["04-icb-cp1252.txt", "06-community-trust-prose.txt"])
def test_review_then_accept_merges_and_passes_validate(runner, tmp_path, fixture):
    data = tmp_path / "data"
    shutil.copytree(TINY, data)
    before = _digest(data)
    draft = tmp_path / "draft.yaml"
    r = runner.invoke(main, ["extract", "draft", str(FIXTURES / fixture), "-o", str(draft),
                             "--data", str(data)])
    assert r.exit_code == 0, r.output
    review = runner.invoke(main, ["extract", "review", str(draft), "--data", str(data)])
    assert review.exit_code == 0, review.output
    assert "ACCOUNTABLE_TO" in review.output and '"' in review.output
    assert _digest(data) == before  # reviewing changes nothing
    accepted = runner.invoke(main, ["extract", "review", str(draft), "--data", str(data),
                                    "--accept"])
    assert accepted.exit_code == 0, accepted.output
    assert [p for p in validate(data) if p.is_error] == []
    after = _digest(data)
    assert {k: v for k, v in after.items() if k in before} == before  # hand-written untouched
    (new_file,) = set(after) - set(before)
    sources = yaml.safe_load((data / new_file).read_text(encoding="utf-8"))["source"]
    assert (data / "sources" / sources["file"]).read_text(encoding="utf-8")
    again = runner.invoke(main, ["extract", "review", str(draft), "--data", str(data),
                                 "--accept"])
    assert again.exit_code == 0 and _digest(data) == after  # accepting twice is idempotent


def test_accept_reuses_existing_ids_and_skips_known_facts(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(TINY, data)
    (tmp_path / "jd.txt").write_text(
        "Example Community Trust\nJob Title: Care Manager\nAccountable to: Director of Care\n"
        "The post holder is a voting member of the Trust Board.\n", encoding="utf-8")
    result = extract([tmp_path / "jd.txt"], tmp_path / "d.yaml", data_dir=data)
    assert result.written
    assert "to: trust-board" in result.text
    review = review_draft(tmp_path / "d.yaml", data, accept=True)
    assert any("= body trust-board (Trust Board): already in data" in line
               for line in review.lines)
    assert review.written and [p for p in validate(data) if p.is_error] == []
    accepted = (data / "jd.yaml").read_text(encoding="utf-8")
    assert "to: trust-board" in accepted and "id: trust-board" not in accepted


def test_extracting_an_accepted_source_again_gives_the_same_records(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(TINY, data)
    jd = tmp_path / "tor.txt"
    roster = "Westshire Widget Committee\n\nMembership\n\nDr Jo Example (Chair)\nSam Sample\n"
    jd.write_text(roster + "\nQuorum\n", encoding="utf-8")
    extract([jd], tmp_path / "d.yaml", data_dir=data)
    review_draft(tmp_path / "d.yaml", data, accept=True)
    after = _digest(data)
    again = extract([jd], tmp_path / "d.yaml", data_dir=data, force=True)
    assert {n.id for n in again.drafts[0].nodes.values()} >= {"dr-jo-example", "sam-sample"}
    review = review_draft(tmp_path / "d.yaml", data, accept=True)
    assert all(line.startswith(("==", "  =")) for line in review.lines), review.lines
    assert _digest(data) == after  # the same text, accepted again: the same data
    jd.write_text(roster.replace("Sam Sample\n", "") + "\nQuorum\n", encoding="utf-8")
    extract([jd], tmp_path / "d.yaml", data_dir=data, force=True)
    review = review_draft(tmp_path / "d.yaml", data, accept=True)
    assert any(line.startswith("  - sam-sample -[HOLDS]->") for line in review.lines)
    assert "Sam Sample" not in (data / "tor.yaml").read_text(encoding="utf-8")
    assert (data / "sources" / "tor.txt").read_text(encoding="utf-8") == jd.read_text("utf-8")
    assert [p for p in validate(data) if p.is_error] == []


def test_accept_never_replaces_a_hand_written_file(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(TINY, data)
    (tmp_path / "jd.txt").write_text(HEAD + "Accountable to: Matron\n", encoding="utf-8")
    extract([tmp_path / "jd.txt"], tmp_path / "d.yaml", source_id="mine", data_dir=data)
    hand = "source:\n  id: other\n  file: tiny.txt\n  title: by hand\n"
    (data / "mine.yaml").write_text(hand, encoding="utf-8")
    from orggraph.errors import OrggraphError

    with pytest.raises(OrggraphError, match="not written by orggraph"):
        review_draft(tmp_path / "d.yaml", data, accept=True)
    assert (data / "mine.yaml").read_text(encoding="utf-8") == hand


def test_source_id_needs_one_file(runner, tmp_path):
    (tmp_path / "a.txt").write_text(HEAD, encoding="utf-8")
    r = runner.invoke(main, ["extract", "draft", str(tmp_path / "a.txt"), str(tmp_path / "a.txt"),
                             "--source-id", "x"])
    assert r.exit_code == 2 and "--source-id needs exactly one FILE" in r.output
    assert runner.invoke(main, ["extract", "draft"]).exit_code == 2
    from orggraph.errors import OrggraphError

    with pytest.raises(OrggraphError, match="source_id"):
        extract([tmp_path / "a.txt"] * 2, source_id="x")


def test_headline_figures_meet_the_reported_floor():
    curated, fixtures = evaluate(DEFAULT_DATA_DIR, FIXTURES)
    assert fixtures.documents >= 18
    for ev, floor in ((fixtures, FIXTURE_FLOOR), (curated, CURATED_FLOOR)):
        head = ev.total(HEADLINE_TYPES)
        assert head.precision >= floor["precision"], (ev.name, head)
        assert head.recall >= floor["recall"], (ev.name, head)


def test_a_curated_fact_quoted_twice_is_one_fact():
    from orggraph.load import read_data

    relationships = read_data(DEFAULT_DATA_DIR).relationships
    distinct = {(r.source, r.type, r.start, r.end) for r in relationships}
    assert len(distinct) < len(relationships)  # the curated data has such a fact
    total = evaluate(DEFAULT_DATA_DIR)[0].total()
    assert total.tp + total.fn == len(distinct)


def test_evaluate_command_prints_rows(runner):
    r = runner.invoke(main, ["extract", "evaluate", "--labels", str(FIXTURES),
                             "--format", "json"])
    assert r.exit_code == 0, r.output
    assert "headline" in r.output and "precision" in r.output
    assert "missed" not in r.output


def test_evaluate_verbose_lists_each_missed_and_wrong_fact(runner, tmp_path):
    (tmp_path / "a.txt").write_text("Job Title: Ward Sister\nAccountable to: Matron\n"
                                    "Reports to: Head of Nursing\n", encoding="utf-8")
    (tmp_path / "a.labels.yaml").write_text(yaml.safe_dump({"relationships": [
        "ACCOUNTABLE_TO: Ward Sister -> Matron", "DEPUTISES_FOR: Ward Sister -> Matron"]}),
        encoding="utf-8")
    r = runner.invoke(main, ["extract", "evaluate", "--labels", str(tmp_path), "--verbose"])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert sum("a: missed DEPUTISES_FOR: Ward Sister -> Matron" in x for x in lines) == 1
    wrong = [x for x in lines if "a: wrong ward-sister -[REPORTS_TO]-> head-of-nursing" in x]
    assert len(wrong) == 1 and "Reports to: Head of Nursing" in wrong[0]
    assert not any("a: missed ACCOUNTABLE_TO" in x for x in lines)
    r = runner.invoke(main, ["extract", "evaluate", "--labels", str(tmp_path), "--verbose",
                             "--format", "json"])
    doc = json.loads(r.output)
    assert doc["rows"] and any("missed DEPUTISES_FOR" in m for m in doc["misses"])


@pytest.mark.slow
def test_every_fixture_and_source_merges_into_the_curated_data(runner, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data)
    inputs = [str(p) for p in sorted(FIXTURES.glob("*.txt"))]
    inputs += [str(p) for p in sorted((DEFAULT_DATA_DIR / "sources").glob("*.txt"))]
    draft = tmp_path / "all.yaml"
    r = runner.invoke(main, ["extract", "draft", *inputs, "-o", str(draft), "--data", str(data)])
    assert r.exit_code == 0, r.output
    before = _digest(data)
    r = runner.invoke(main, ["extract", "review", str(draft), "--data", str(data), "--accept"])
    assert r.exit_code == 0, r.output
    assert [str(p) for p in validate(data) if p.is_error] == []
    after = _digest(data)
    assert len(after) == len(before) + len(inputs)
    assert {k: v for k, v in after.items() if k in before} == before


def test_no_name_from_the_curated_documents_is_written_into_the_rules(curated):
    code = "\n".join(
        line for p in sorted((Path(__file__).parent.parent / "orggraph" / "extract").glob("*.py"))
        for line in p.read_text(encoding="utf-8").lower().splitlines()
        if ">>>" not in line and not line.lstrip().startswith(("#", "+", "'", "[")))
    from orggraph.extract.names import _BODY_PHRASES

    generic = {phrase for phrase, _ in _BODY_PHRASES}  # kinds of body, e.g. "integrated care board"
    for node, attrs in curated.nodes(data=True):
        for name in [attrs.get("title") or attrs.get("name"), *attrs.get("aliases", [])]:
            if name and len(name.split()) >= 2 and name.lower() not in generic:
                assert name.lower() not in code, (node, name)


# --- regressions found by the fuzzing of tests/test_hardening.py ----------------------------


def _docx_bomb(unpacked: int) -> bytes:
    """A .docx-shaped zip whose document.xml unpacks to ``unpacked`` bytes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            chunk = b"A" * (1 << 20)
            for _ in range(unpacked >> 20):
                f.write(chunk)
    return buf.getvalue()


def test_a_docx_zip_bomb_is_one_line_not_a_memory_error(tmp_path):
    from orggraph.extract.reading import MAX_UNPACKED_BYTES

    path = tmp_path / "bomb.docx"
    path.write_bytes(_docx_bomb(MAX_UNPACKED_BYTES + (1 << 20)))
    assert path.stat().st_size < 1_000_000
    doc = read_document(path)
    assert doc.problem is not None and "zip bomb" in doc.problem.message


def test_a_damaged_pdf_gives_one_line_and_nothing_on_stderr(tmp_path, runner):
    path = tmp_path / "jd.pdf"
    path.write_bytes(b"Job Title: Ward Sister\n")  # text under a .pdf name
    result = runner.invoke(main, ["extract", "draft", str(path)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{path}:1: error: not a readable .pdf file: Stream has ended unexpectedly"]


@pytest.mark.parametrize("what", ["file", "text", "device"])
def test_too_large_inputs_are_one_line(tmp_path, what):
    from orggraph.extract import reading

    if what == "device":
        path = Path("/dev/zero")  # endless: read up to the limit, never to the end
    else:
        path = tmp_path / "big.txt"
        size = reading.MAX_FILE_BYTES + 1 if what == "file" else reading.MAX_TEXT_CHARS + 1
        path.write_bytes(b"Job Title: Ward Sister\n" + b"x" * size)
    doc = read_document(path)
    assert doc.problem is not None and doc.problem.message.startswith("too "), doc.problem


@pytest.mark.parametrize(("name", "existing"), [("Police", True), ("police", False)])
def test_a_body_written_in_lower_case_is_no_particular_one_in_the_data(name, existing):
    draft = Draft("d", None, {"a": DraftNode("a", "Body", name, name, "organisation")}, [])
    assign_ids(draft, load_graph(DEFAULT_DATA_DIR), set())
    assert draft.nodes["a"].existing is existing  # the curated data holds a body "Police"
