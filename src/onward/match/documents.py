"""Turn uploaded resumes and saved postings into plain text, refusing unsafe or unreadable files with a clear reason."""

from __future__ import annotations

import io
import logging
import re
import zipfile
from pathlib import Path

from onward.core import limits
from onward.core.errors import OnwardError
from onward.core.text import html_to_text

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
# A resume DOCX is a few hundred KB unpacked; far larger is a zip bomb or not a resume. Counted while unpacking.
MAX_UNPACKED_BYTES = 20 * 1024 * 1024
MAX_PDF_PAGES = 40
# Text-showing operators (Tj, TJ, ', ") in all pages: a dense two-page resume has a few thousand.
MAX_PDF_TEXT_OPERATORS = 100_000
_TEXT_OPERATOR = re.compile(rb"T[jJ]\b|[\s)\]]['\"](?=\s)")
RESUME_TYPES = (".pdf", ".docx", ".txt", ".md", ".markdown")
POSTING_TYPES = (".txt", ".md", ".markdown", ".html", ".htm")


class DocumentError(OnwardError):
    """A file we cannot read, with a message that says why and what to try."""


def read_document(filename: str, data: bytes) -> str:
    """Plain text of a resume or posting file, by extension. Raises DocumentError for anything unreadable."""
    suffix = Path(filename).suffix.lower()
    if len(data) > MAX_UPLOAD_BYTES:
        raise DocumentError(
            f"{filename} is larger than {MAX_UPLOAD_BYTES // (1024 * 1024)} MB; a resume is usually far smaller."
        )
    if suffix in (".pdf", ".docx"):
        # Parsed in a child process with a memory and time cap: pypdf and python-docx cannot be limited inside.
        return limits.bounded(_read, filename, suffix, data, error=DocumentError, what=filename)
    return _read(filename, suffix, data)


def _read(filename: str, suffix: str, data: bytes) -> str:
    if suffix == ".pdf":
        text = pdf_text(data)
    elif suffix == ".docx":
        text = docx_text(data)
    elif suffix in (".html", ".htm"):
        text = html_to_text(_text(filename, data))
    elif suffix in (".txt", ".md", ".markdown", ""):
        text = _text(filename, data)
    else:
        raise DocumentError(f"{filename}: Onward reads PDF, DOCX, TXT, Markdown and HTML files, not {suffix} files.")
    if not text.strip():
        raise DocumentError(f"No text could be found in {filename}.")
    return text


def _text(filename: str, data: bytes) -> str:
    """A text file's text; an image or a program renamed .txt is refused in words, not read as symbols."""
    if data and b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(f"{filename} does not look like text (no character encoding fits it). Save the posting "
                            "or resume as text, PDF or DOCX and try again.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        if from_bytes(data[:65536]).best() is None:
            raise DocumentError(f"{filename} does not look like text (no character encoding fits it). Save the "
                                "posting or resume as text, PDF or DOCX and try again.") from None
    return decode(data)


def decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    # pypdf logs its repairs (with raw bytes) to stderr; a damaged file gets our one message instead.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(
                "This PDF is protected with a password. Save an unprotected copy (or a DOCX) and upload that."
            )
        pages = reader.pages
        if len(pages) > MAX_PDF_PAGES:
            raise DocumentError(
                f"This PDF has {len(pages)} pages; a resume of up to {MAX_PDF_PAGES} pages can be read."
            )
        _count_text_operators(pages)
        text = "\n".join(page.extract_text() or "" for page in pages)
    except DocumentError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DocumentError("This PDF could not be read; it may be damaged. Try exporting it again.") from exc
    if not text.strip():
        raise DocumentError(
            "This PDF has no text layer (it looks like a scanned image), so an applicant tracking system would read "
            "nothing either. Export a text-based PDF or a DOCX from your editor and upload that."
        )
    return text


def _count_text_operators(pages) -> None:
    """Refuse a PDF whose pages hold more text operators than any resume, before pypdf interprets them."""
    count = 0
    for page in pages:
        contents = page.get_contents()
        if contents is None:
            continue
        count += len(_TEXT_OPERATOR.findall(contents.get_data()))
        if count > MAX_PDF_TEXT_OPERATORS:
            raise DocumentError(
                f"This PDF holds more than {MAX_PDF_TEXT_OPERATORS:,} pieces of text (the limit), far more than a "
                "resume, so it was not read. Export it again from your editor, or upload a DOCX."
            )


def docx_text(data: bytes) -> str:
    try:
        zipfile.ZipFile(io.BytesIO(data)).close()
    except zipfile.BadZipFile as exc:
        raise DocumentError("This DOCX file could not be opened; it may be damaged. Try saving it again.") from exc
    # The bytes that really come out are counted, not the sizes the zip declares.
    limits.check_zip(data, max_unpacked=MAX_UNPACKED_BYTES, what="This DOCX file", error=DocumentError)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise DocumentError("This DOCX file could not be read; it may be damaged. Try saving it again.") from exc
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - lxml raises its own parse errors for broken XML inside the zip.
        raise DocumentError("This DOCX file could not be read; it may be damaged. Try saving it again.") from exc
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    for section in document.sections:
        lines.extend(p.text for p in section.header.paragraphs)
    return "\n".join(lines)


def posting_text(text: str) -> str:
    """A saved job description may be HTML (copied from a page) or plain text."""
    return html_to_text(text) if "<" in text and ">" in text and "</" in text else text
