"""Reading job descriptions: text files in UTF-8 or Windows-1252, ``.docx`` and ``.pdf``.

Each file gives either its text or one :class:`~orggraph.errors.Problem` line
naming it, so one bad file never stops the others.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "jd.txt"
>>> _ = p.write_bytes("Band: 8a \\x96 \\x93\\xa3\\x94".encode("latin-1"))
>>> read_document(p).text
'Band: 8a – “£”'
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import Problem

__all__ = ["Document", "read_document"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Document:
    """A decoded document: its path, text (or the problem that stopped it) and encoding."""

    path: Path
    text: str = ""
    encoding: str = ""
    problem: Problem | None = None


def _fail(path: Path, message: str, line: int = 1) -> Document:
    return Document(path, problem=Problem(str(path), line, message))


def _decode(path: Path, data: bytes) -> Document:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark
        try:
            return Document(path, data.decode("utf-16").replace("\r\n", "\n"), "utf-16")
        except UnicodeDecodeError:
            return _fail(path, "unknown encoding: a UTF-16 mark but not UTF-16 text")
    if b"\x00" in data[:8192]:
        return _fail(path, "binary file (NUL bytes), not text")
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        try:
            text, encoding = data.decode("cp1252"), "windows-1252"
        except UnicodeDecodeError:
            line = data[: exc.start].count(b"\n") + 1
            return _fail(path, f"unknown encoding: byte 0x{data[exc.start]:02x} is neither "
                         "UTF-8 nor Windows-1252", line)
    bad = _CONTROL.search(text)
    if bad:
        line = text[: bad.start()].count("\n") + 1
        return _fail(path, f"binary or unknown encoding: control character "
                     f"U+{ord(bad.group()):04X}", line)
    return Document(path, text.replace("\r\n", "\n").replace("\r", "\n"), encoding)


def _docx_text(data: bytes) -> str:
    import docx  # python-docx; imported here so the CLI starts fast

    document = docx.Document(io.BytesIO(data))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells: list[str] = []
            for cell in row.cells:
                if not cells or cells[-1] != cell.text:  # merged cells repeat
                    cells.append(cell.text)
            lines.append("\t".join(cells))
    return "\n".join(lines)


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    # pypdf logs its own warnings ("EOF marker not found") to stderr; the file's one
    # problem line says it instead
    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data))
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    finally:
        log.setLevel(level)


def read_document(path: str | Path) -> Document:
    """Read one file as text; a problem (empty, binary, unknown encoding …) instead of raising."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _fail(path, f"cannot read file: {exc.strerror or exc}")
    if not data.strip():
        return _fail(path, "empty file")
    suffix = path.suffix.lower()
    if suffix in (".docx", ".pdf"):
        try:
            text = _docx_text(data) if suffix == ".docx" else _pdf_text(data)
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
            return _fail(path, f"not a readable {suffix} file: {exc}")
        except Exception as exc:  # pypdf/python-docx raise their own error classes
            if type(exc).__module__.split(".")[0] not in ("pypdf", "docx"):
                raise
            return _fail(path, f"not a readable {suffix} file: {exc}")
        if not text.strip():
            return _fail(path, f"no text in {suffix} file")
        return Document(path, text, suffix[1:])
    return _decode(path, data)
