"""Text out of PDF bytes with pypdf, with every way a PDF can go wrong turned into a DocumentError.

pypdf is imported inside the function: ``import matcher`` stays fast for the CLI.
"""

from __future__ import annotations

import io
import logging
from typing import Any

from matcher.errors import (
    CorruptDocumentError,
    DocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncryptedDocumentError,
)

# A resume or a posting is a few pages; reading more only gives a hostile file more room.
MAX_PDF_PAGES = 50
# Text extraction tokenises every drawing instruction in pure Python, about a megabyte a second;
# a real page has tens of kilobytes of them, a hostile one can inflate to 75 MB per stream.
MAX_PDF_CONTENT_BYTES = 4 * 1024 * 1024
# Generators may append a little junk after the last %%EOF; a download cut short has none.
_EOF_MARKER_WINDOW = 4096


def extract_pdf_text(data: bytes, name: str, *, max_chars: int) -> str:
    """The text layer of the first ``MAX_PDF_PAGES`` pages, one page after another."""
    if b"%%EOF" not in data[-_EOF_MARKER_WINDOW:]:
        raise CorruptDocumentError(
            f"{name}: truncated or damaged PDF (no end-of-file marker); download or export it again"
        )
    from pypdf.errors import DependencyError

    _quiet_pypdf_warnings()
    try:
        pages = _page_texts(data, name, max_chars=max_chars)
    except DocumentError:
        raise
    except DependencyError:
        # AES decryption needs the cryptography package (a dependency of cocok, but an
        # installation can still lack it); pypdf only finds out when it decrypts a stream.
        raise EncryptedDocumentError(
            f"{name}: encrypted PDF that needs the 'cryptography' package;"
            " pip install cryptography, or paste the text"
        ) from None
    except Exception:
        # A parser fed hostile bytes can fail in any way (including RecursionError on deeply
        # nested objects); its message may quote the document, so none of it is passed on.
        raise CorruptDocumentError(
            f"{name}: damaged PDF that cannot be parsed; export or download it again"
        ) from None
    text = "\n".join(pages)
    if not text.strip():
        raise EmptyDocumentError(
            f"{name}: no text layer; scanned? export a text PDF or paste the text"
        )
    return text


def _page_texts(data: bytes, name: str, *, max_chars: int) -> list[str]:
    from pypdf import PasswordType, PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        # PDFs that only restrict printing or copying open with an empty user password.
        opened = reader.decrypt("")
        if opened == PasswordType.NOT_DECRYPTED:
            raise EncryptedDocumentError(
                f"{name}: password-protected PDF; remove the password (print it to a new PDF)"
                " or paste the text"
            )
    pages: list[str] = []
    length = 0
    content_bytes = 0
    for page in reader.pages[:MAX_PDF_PAGES]:
        content_bytes += _drawing_bytes(page)
        if content_bytes > MAX_PDF_CONTENT_BYTES:
            raise DocumentTooLargeError(
                f"{name}: over {MAX_PDF_CONTENT_BYTES // 2**20} MB of drawing instructions, too"
                " many to read; export a simpler PDF or paste the text"
            )
        text = page.extract_text() or ""
        length += len(text)
        if length > max_chars:
            raise DocumentTooLargeError(
                f"{name}: over {max_chars:,} characters of text; send the resume or posting alone"
            )
        pages.append(text)
    return pages


def _drawing_bytes(page: Any) -> int:
    """The page's content stream plus every form XObject it can draw, each counted once."""
    from pypdf.generic import DictionaryObject, IndirectObject, StreamObject

    content = page.get_contents()
    total = len(content.get_data()) if content is not None else 0
    seen: set[tuple[int, int]] = set()
    pending = [page.get("/Resources")]
    while pending:
        resources = pending.pop()
        resources = resources.get_object() if resources is not None else None
        xobjects = resources.get("/XObject") if isinstance(resources, DictionaryObject) else None
        xobjects = xobjects.get_object() if xobjects is not None else None
        if not isinstance(xobjects, DictionaryObject):
            continue
        for reference in xobjects.values():
            # Forms are shared between pages and may draw each other: count each once.
            if isinstance(reference, IndirectObject):
                key = (reference.idnum, reference.generation)
                if key in seen:
                    continue
                seen.add(key)
            form = reference.get_object()
            if isinstance(form, StreamObject) and form.get("/Subtype") == "/Form":
                total += len(form.get_data())
                pending.append(form.get("/Resources"))
    return total


def _quiet_pypdf_warnings() -> None:
    # pypdf logs recoverable problems ("incorrect startxref pointer") as warnings. With no
    # handler anywhere, Python's last-resort handler prints them to stderr, between the CLI's
    # own lines. A NullHandler silences that fallback, while an application that configures
    # logging still receives the records through propagation.
    logger = logging.getLogger("pypdf")
    if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
        logger.addHandler(logging.NullHandler())
