"""Answer keys: a data directory's curated records, or a directory of hand-labelled documents.

A labels file (``NAME.labels.yaml`` beside ``NAME.txt``) lists ``relationships`` as
``"TYPE: from -> to"`` strings or as mappings whose ``fact`` holds that string and whose
``quote`` is an exact substring of the text (docs/extraction-labelling.md); ``post``
names the document's own post, and ``aliases`` other names of the same thing. A first
line ``# source: URL`` is not part of the document. A ``split.yaml`` assigns each
document to the ``dev`` or ``test`` half.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ..errors import OrggraphError
from ..load import read_data
from ..model import VOCABULARY
from .names import normalise
from .reading import read_document
from .scores import LABELLED_TYPES, Fact, Labelled

__all__ = ["curated", "labelled"]


def _names(record: Any) -> frozenset[str]:
    names = [getattr(record, k, None) for k in ("title", "name", "abbreviation")]
    names += list(getattr(record, "aliases", ()))
    return frozenset(normalise(n) for n in names if n)


def curated(data_dir: str | Path) -> list[Labelled]:
    """Every source of a data directory, with its curated records as the answer key."""
    dataset = read_data(data_dir)
    docs = []
    for sid, source in sorted(dataset.sources.items()):
        document = read_document(Path(data_dir) / "sources" / source.file)
        if document.problem:
            raise OrggraphError(str(document.problem))
        # one fact per (type, from, to): a fact quoted twice is still one fact
        facts = {(r.type, r.start, r.end): r for r in dataset.relationships if r.source == sid}
        gold = [Fact(t, _names(dataset.nodes[a]), _names(dataset.nodes[b]), f"{a} -[{t}]-> {b}")
                for t, a, b in facts]
        docs.append(Labelled(sid, document.text, gold))
    return docs


def _load_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise OrggraphError(f"{path}: {exc}") from None


def _text(path: Path) -> str:
    document = read_document(path)
    if document.problem:
        raise OrggraphError(str(document.problem))
    text = document.text
    if text.startswith("# source:"):  # the address the text was taken from, not the text
        text = text.split("\n", 1)[1] if "\n" in text else ""
    return text


def _fact(entry: Any, names: Any, text: str, where: Path) -> Fact:
    line = entry.get("fact") if isinstance(entry, dict) else entry
    rtype, _, rest = str(line).partition(":")
    start, _, end = rest.partition("->")
    if rtype.strip() not in VOCABULARY or not start.strip() or not end.strip():
        raise OrggraphError(f"{where}: bad label {line!r}")
    span = None
    quote = entry.get("quote") if isinstance(entry, dict) else None
    if quote:
        at = text.find(str(quote))
        span = (at, at + len(str(quote))) if at >= 0 else None
    generic = bool(entry.get("generic")) if isinstance(entry, dict) else False
    return Fact(rtype.strip(), names(start.strip()), names(end.strip()), str(line), span,
                generic)


def _halves(root: Path) -> dict[str, str]:
    split = root / "split.yaml"
    if not split.is_file():
        return {}
    data = _load_yaml(split) or {}
    return {str(k): str((v or {}).get("half", "")) for k, v in
            (data.get("documents") or {}).items()}


def labelled(directory: str | Path, half: str | None = None) -> list[Labelled]:
    """The labelled documents of ``directory`` (only those of ``half`` when given)."""
    root = Path(directory)
    halves = _halves(root)
    if half is not None and not halves:
        raise OrggraphError(f"{root}: no split.yaml, so no {half!r} half")
    docs = []
    for labels_path in sorted(root.glob("*.labels.yaml")):
        stem = labels_path.name.removesuffix(".labels.yaml")
        if half is not None and halves.get(stem) != half:
            continue
        docs.append(_document(root, stem, labels_path))
    if not docs:
        raise OrggraphError(f"no *.labels.yaml files in {root}" + (f" ({half} half)"
                                                                   if half else ""))
    return docs


def _document(root: Path, stem: str, labels_path: Path) -> Labelled:
    """One labelled document: its text, facts (names through its aliases) and post."""
    labels = _load_yaml(labels_path) or {}
    files = [p for p in root.glob(f"{stem}.*") if p != labels_path]
    if len(files) != 1:
        raise OrggraphError(f"{labels_path}: expected one document named {stem}.*")
    text = _text(files[0])
    groups: dict[str, frozenset[str]] = {}
    for key, others in (labels.get("aliases") or {}).items():
        group = frozenset(normalise(n) for n in [key, *others])
        groups.update({n: group for n in group})

    def names(name: str, groups: dict[str, frozenset[str]] = groups) -> frozenset[str]:
        return groups.get(normalise(name), frozenset({normalise(name)}))

    gold = [_fact(e, names, text, labels_path) for e in labels.get("relationships") or []]
    post = names(str(labels["post"])) if labels.get("post") else None
    real = "post" in labels  # the real corpus labels only some types
    return Labelled(stem, text, gold, post, LABELLED_TYPES if real else None,
                    no_post=real and post is None)
