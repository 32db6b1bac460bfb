"""Draft files: writing extracted records as data-format YAML, reviewing and accepting them.

A draft is a YAML stream with one document per source file, each in the format of
``docs/data-format.md``. Its records reference existing ids of the data directory
(never redefine them), and each relationship's ``note`` says which rule found it
and with what confidence, because the data format has no ``confidence`` field and
the note survives review into the graph, where a reader can still see that the
record was extracted, not hand-curated.

>>> split_documents("# a\\nsource: 1\\n---\\nsource: 2\\n")
['# a\\nsource: 1\\n', 'source: 2\\n']
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import DataError, OrggraphError
from ..load import read_data, validate
from ..model import normalise_space
from ..output import MARKER, write_file
from .reading import read_document
from .records import Draft, DraftNode

__all__ = ["Review", "render_draft", "replaces", "review_draft", "split_documents"]

_ORIGINAL = re.compile(r"^# original: (?P<path>.+)$", re.MULTILINE)


def _note(confidence: float, rule: str) -> str:
    return f"extracted by orggraph (rule: {rule}; confidence {confidence:.2f})"


def _confidence(note: str | None) -> float | None:
    m = re.search(r"confidence (\d\.\d+)", note or "")
    return float(m.group(1)) if m else None


#: The data format's section of each draft node's label, and the key of its name.
_SECTION = {"Body": ("bodies", "name"), "Post": ("posts", "title"), "Person": ("people", "name")}


def _node_record(node: DraftNode) -> dict[str, Any]:
    """A draft node as a record of its data-format section."""
    rec: dict[str, Any] = {"id": node.id}
    name_key = _SECTION[node.label][1]
    if node.existing:  # shown by --review against the record in data/, never added
        rec[name_key] = node.name
        for key in ("grade", "valid_from", "valid_to"):
            if getattr(node, key):
                rec[key] = getattr(node, key)
        rec["evidence"] = node.evidence
        rec["note"] = "exists in the data: only differences are shown, never applied"
        return rec
    rec[name_key] = node.name
    if node.label == "Body":
        rec["kind"] = node.kind or "organisation"
        if node.abbreviation:
            rec["abbreviation"] = node.abbreviation
    elif node.label == "Post":
        if node.abbreviation:
            node.aliases.insert(0, node.abbreviation)
        if node.grade:
            rec["grade"] = node.grade
    if node.aliases:
        rec["aliases"] = list(dict.fromkeys(node.aliases))
    for key in ("valid_from", "valid_to", "note"):
        if getattr(node, key):
            rec[key] = getattr(node, key)
    rec["evidence"] = node.evidence
    return rec


def render_draft(draft: Draft, original: Path, text_file: str, title: str) -> str:
    """One draft document (YAML text) for one source file: its bodies, posts, people (only
    when the text names any) and relationships, in the data format."""
    sections: dict[str, list[dict[str, Any]]] = {"bodies": [], "posts": [], "people": []}
    for node in draft.nodes.values():
        sections[_SECTION[node.label][0]].append(_node_record(node))
    rels = []
    for r in draft.relationships:
        rec = {"type": r.type, "from": r.start, "to": r.end, "evidence": r.evidence}
        if r.role:
            rec["role"] = r.role
        if r.valid_from:
            rec["valid_from"] = r.valid_from
        rec["note"] = _note(r.confidence, r.rule)
        rels.append(rec)
    if not sections["people"]:
        del sections["people"]
    doc: dict[str, Any] = {
        "source": {"id": draft.source_id, "file": text_file, "title": title},
        **sections, "relationships": rels,
    }
    body = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)
    return (f"# {MARKER} extract: a DRAFT to review with 'orggraph extract review'\n"
            f"# original: {original}\n{body}")


def split_documents(text: str) -> list[str]:
    """The documents of a YAML stream, split on ``---`` lines.

    >>> split_documents("a: 1\\n---\\nb: 2\\n")
    ['a: 1\\n', 'b: 2\\n']
    """
    parts = re.split(r"(?m)^---\s*$\n?", text)
    return [p for p in parts if p.strip()]


def replaces(data_dir: str | Path, source_id: str) -> bool:
    """Whether accepting a draft of ``source_id`` replaces a file orggraph wrote before.

    Accepting writes ``DIR/<source id>.yaml``; when that file is an earlier accepted
    draft of the same source, extracting the source again starts from the data without
    it, so that the same text gives the same ids and the same records.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "jd.yaml").write_text(f"# {MARKER} extract review --accept\\n")
    >>> replaces(d, "jd"), replaces(d, "other")
    (True, False)
    """
    target = Path(data_dir) / f"{source_id}.yaml"
    return target.is_file() and MARKER in target.read_text(encoding="utf-8")[:4096]


@dataclass
class Review:
    """What accepting a draft would do (or did) to a data directory."""

    lines: list[str] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)


def _records(doc: dict[str, Any], section: str) -> list[dict[str, Any]]:
    items = doc.get(section) or []
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise OrggraphError(f"draft section {section!r} must be a list of records")
    return items


def _load_draft(path: Path) -> list[tuple[dict[str, Any], str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise OrggraphError(f"cannot read draft {path}: {exc}") from None
    out = []
    for part in split_documents(text):
        try:
            doc = yaml.safe_load(part)
        except yaml.YAMLError as exc:
            raise OrggraphError(f"{path}: not YAML: {normalise_space(str(exc))}") from None
        if not isinstance(doc, dict) or not isinstance(doc.get("source"), dict):
            raise OrggraphError(f"{path}: a draft document needs a 'source' mapping")
        m = _ORIGINAL.search(part)
        out.append((doc, m.group("path").strip() if m else ""))
    if not out:
        raise OrggraphError(f"{path}: empty draft")
    return out


def review_draft(path: str | Path, data_dir: str | Path, *, accept: bool = False,
                 force: bool = False) -> Review:
    """Per record of a draft: its quote and what accepting it adds or changes in ``data_dir``.

    With ``accept``, each draft document's new records are written as one new data
    file ``DIR/<source id>.yaml`` (and its text under ``DIR/sources/`` when missing),
    only after the data directory with them passes validation; hand-written files
    are never changed.

    >>> import tempfile, pathlib
    >>> from orggraph.extract import extract
    >>> from orggraph.load import DEFAULT_DATA_DIR
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> org = "Norfolk and Waveney University Hospitals Group\\n"
    >>> jd = org + "Job Title: Ward Sister\\nReports to: Group Chief Executive"
    >>> _ = (d / "jd.txt").write_text(jd)
    >>> _ = extract([d / "jd.txt"], d / "draft.yaml", data_dir=DEFAULT_DATA_DIR)
    >>> print(review_draft(d / "draft.yaml", DEFAULT_DATA_DIR).lines[-1])
      + ward-sister -[REPORTS_TO]-> nwuhg-group-chief-executive (0.95) [new: ward-sister] ...
    """
    data = Path(data_dir)
    dataset = read_data(data)
    review = Review()
    pending: list[tuple[Path, str, Path | None, str | None]] = []
    for doc, original in _load_draft(Path(path)):
        source = doc["source"]
        sid, text_file = str(source.get("id", "")), str(source.get("file", ""))
        target = data / f"{sid}.yaml"
        mine = replaces(data, sid)
        if sid in dataset.sources and not mine:
            raise OrggraphError(f"source id {sid!r} is already in {data}; re-run extract "
                                "with another source id")
        review.lines.append(f"== {sid} ({text_file}) -> {target}")
        nodes_out = _review_nodes(doc, dataset, sid, mine, review.lines)
        rels_out = _review_relationships(doc, dataset, sid, mine, review.lines)
        out_doc = {"source": source, **nodes_out, "relationships": rels_out}
        body = yaml.safe_dump(out_doc, sort_keys=False, allow_unicode=True, width=100)
        content = (f"# {MARKER} extract review --accept from {Path(path).name}; "
                   f"reviewed draft\n{body}")
        text_path = data / "sources" / text_file
        text = _new_text(text_path, original, mine and _only_user(dataset, sid, text_file))
        pending.append((target, content, text_path if text is not None else None, text))
    if accept:
        _check_merged(data, pending, force)
        for target, content, text_at, text in pending:
            if text_at is not None and text is not None:  # new, or this source's own, changed
                review.written.append(write_file(text_at, text, force=True))
            review.written.append(write_file(target, content, force=force))
    return review


def _only_user(dataset: Any, sid: str, text_file: str) -> bool:
    """Whether no source but ``sid`` quotes ``text_file``."""
    return all(s.file != text_file for k, s in dataset.sources.items() if k != sid)


def _new_text(text_path: Path, original: str, own: bool) -> str | None:
    """The text to write under ``sources/``: the original's when the file is missing, or
    when it is this source's ``own`` and the original has changed; else None."""
    if not text_path.is_file():
        return _original_text(text_path, original)
    if not own or not original or not Path(original).is_file():
        return None
    text = _original_text(text_path, original)
    return None if text == text_path.read_text(encoding="utf-8") else text


def _original_text(text_path: Path, original: str) -> str:
    if not original:
        raise OrggraphError(f"{text_path} is missing and the draft names no original")
    document = read_document(original)
    if document.problem:
        raise OrggraphError(str(document.problem))
    return document.text


def _review_nodes(doc: dict[str, Any], dataset: Any, sid: str, mine: bool,
                  lines: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The draft's new bodies, posts and people; a line for each (new, same, or different)."""
    nodes_out: dict[str, list[dict[str, Any]]] = {"bodies": [], "posts": [], "people": []}
    for section, what_it_is in (("bodies", "body"), ("posts", "post"), ("people", "person")):
        for rec in _records(doc, section):
            rid = rec.get("id")
            old = dataset.nodes.get(str(rid))
            if old is None or (mine and old.source == sid):
                shown = rec.get("name") or rec.get("title")
                lines.append(f"  = {what_it_is} {rid} ({shown}): already in data"
                             if old is not None and old.display_name == shown else
                             f"  + {what_it_is} {rid}: {shown}  \"{rec.get('evidence')}\"")
                nodes_out[section].append(rec)  # the source's file is written whole
                continue
            changes = [f"{k} {getattr(old, k, None)!r} -> {v!r}" for k, v in rec.items()
                       if k in ("grade", "valid_from", "valid_to", "kind")
                       and getattr(old, k, None) != v]
            what = f"differs ({'; '.join(changes)}), not applied" if changes else \
                "already in data"
            lines.append(f"  = {what_it_is} {rid} ({old.display_name}): {what}  "
                         f"\"{rec.get('evidence')}\"")
    if not nodes_out["people"]:
        del nodes_out["people"]
    return nodes_out


def _review_relationships(doc: dict[str, Any], dataset: Any, sid: str, mine: bool,
                          lines: list[str]) -> list[dict[str, Any]]:
    """The draft's new relationships; a line for each (new, or already in the data)."""
    existing = {(r.type, r.start, r.end) for r in dataset.relationships
                if not (mine and r.source == sid)}
    earlier = {(r.type, r.start, r.end) for r in dataset.relationships
               if mine and r.source == sid}  # in the file this draft's acceptance rewrites
    rels_out = []
    for rec in _records(doc, "relationships"):
        k = (str(rec.get("type")), str(rec.get("from")), str(rec.get("to")))
        conf = _confidence(rec.get("note"))
        shown = f"{k[1]} -[{k[0]}]-> {k[2]}" + (f" ({conf:.2f})" if conf else "")
        if k in existing or k in earlier:
            lines.append(f"  = {shown}: already in data")
            earlier.discard(k)
            if k not in existing:
                rels_out.append(rec)
            continue
        new = [x for x in k[1:] if dataset.nodes.get(x) is None]
        also = f" [new: {', '.join(new)}]" if new else ""
        lines.append(f"  + {shown}{also}  \"{rec.get('evidence')}\"")
        rels_out.append(rec)
    lines += [f"  - {start} -[{kind}]-> {end}: no longer in the draft (accepting removes it)"
              for kind, start, end in sorted(earlier)]
    return rels_out


def _check_merged(data: Path, pending: list[tuple[Path, str, Path | None, str | None]],
                  force: bool) -> None:
    """Validate the data directory as it would be after accepting, before touching it."""
    targets = {t.name for t, *_ in pending}
    for target, *_ in pending:
        head = target.read_text(encoding="utf-8")[:4096] if target.exists() else MARKER
        if not force and MARKER not in head:
            raise OrggraphError(f"{target} exists and was not written by orggraph")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for p in data.iterdir():
            if p.suffix in (".yaml", ".yml") and p.is_file() and p.name not in targets:
                shutil.copy(p, root / p.name)
        if (data / "sources").is_dir():
            shutil.copytree(data / "sources", root / "sources")
        else:
            (root / "sources").mkdir()
        for target, content, text_at, text in pending:
            (root / target.name).write_text(content, encoding="utf-8")
            if text_at is not None and text is not None:
                (root / "sources" / text_at.name).write_text(text, encoding="utf-8")
        problems = [pr for pr in validate(root) if pr.is_error]
    if problems:
        for pr in problems:
            pr.path = str(data / Path(pr.path).name)
            pr.message = pr.message.replace(str(root), str(data))
        raise DataError(problems)

