"""Reading resumes and postings from files: the I/O edge in front of the pure matcher."""

from __future__ import annotations

from pathlib import Path

from matcher.errors import DocumentTooLargeError, EmptyDocumentError, UnsupportedDocumentError

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024


def read_document(source: str | Path | bytes, *, filename: str | None = None) -> str:
    """Extract the text of a TXT or MD document given as a path or as bytes."""
    name = filename or (str(source) if not isinstance(source, bytes) else "document.txt")
    if Path(name).suffix.lower() not in {".txt", ".md", ""}:
        raise UnsupportedDocumentError(f"{name}: unsupported file type")
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentTooLargeError(f"{name}: larger than 10 MB")
    text = data.decode("utf-8", errors="replace").strip()
    if not text:
        raise EmptyDocumentError(f"{name}: empty")
    return text
