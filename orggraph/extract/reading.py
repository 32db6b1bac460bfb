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
import zlib
from dataclasses import dataclass
from pathlib import Path

from ..errors import Problem

__all__ = ["Document", "read_document"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

# A job description is tens of kilobytes (the largest curated source is 53 kB); these
# bounds keep a huge file, a zip bomb or /dev/zero to one error line, in bounded time and
# memory, instead of a crash or a hang.
MAX_FILE_BYTES = 20_000_000
MAX_UNPACKED_BYTES = 100_000_000  # a .docx's parts, as its zip directory declares them
MAX_TEXT_CHARS = 300_000  # about 100 pages


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


class _TooLarge(ValueError):
    pass


def _docx_text(data: bytes) -> str:
    import docx  # python-docx; imported here so the CLI starts fast

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        # zipfile never unpacks more than a member's declared size, so the sum is a bound
        unpacked = sum(info.file_size for info in package.infolist())
    if unpacked > MAX_UNPACKED_BYTES:
        raise _TooLarge(f"it unpacks to {unpacked:,} bytes (more than "
                        f"{MAX_UNPACKED_BYTES:,}; a zip bomb?)")
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

    log = logging.getLogger("pypdf")  # it logs each repair of a damaged file to stderr
    level = log.level
    log.setLevel(logging.CRITICAL + 1)  # for its child loggers too
    try:
        reader = PdfReader(io.BytesIO(data))
        pages: list[str] = []
        size = 0
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            size += len(pages[-1]) + 1
            if size > MAX_TEXT_CHARS:
                break  # too long: stop reading; read_document reports it
        return "\n".join(pages)
    finally:
        log.setLevel(level)


def read_document(path: str | Path) -> Document:
    """Read one file as text; a problem (empty, binary, unknown encoding …) instead of raising."""
    path = Path(path)
    try:
        with path.open("rb") as f:  # at most one byte past the limit (think of /dev/zero)
            data = f.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        return _fail(path, f"cannot read file: {exc.strerror or exc}")
    if len(data) > MAX_FILE_BYTES:
        return _fail(path, f"too large for a job description: more than {MAX_FILE_BYTES:,} "
                     "bytes")
    if not data.strip():
        return _fail(path, "empty file")
    suffix = path.suffix.lower()
    if suffix in (".docx", ".pdf"):
        try:
            text = _docx_text(data) if suffix == ".docx" else _pdf_text(data)
        except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, OSError) \
                as exc:  # a damaged deflate stream is zlib's error, a cut-off one EOFError
            return _fail(path, f"not a readable {suffix} file: {exc}")
        except Exception as exc:  # pypdf/python-docx raise their own error classes
            if type(exc).__module__.split(".")[0] not in ("pypdf", "docx"):
                raise
            return _fail(path, f"not a readable {suffix} file: {exc}")
        if not text.strip():
            return _fail(path, f"no text in {suffix} file")
        document = Document(path, text, suffix[1:])
    else:
        document = _decode(path, data)
    if len(document.text) > MAX_TEXT_CHARS:
        line = document.text.count("\n", 0, MAX_TEXT_CHARS) + 1
        return _fail(path, f"too long for a job description: more than {MAX_TEXT_CHARS:,} "
                     "characters of text", line)
    return document
