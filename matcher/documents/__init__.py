"""Reading resumes and postings from files: the I/O edge in front of the pure matcher.

``read_document`` takes a path or the bytes of an upload and returns clean text, or raises one
of the ``DocumentError`` classes with a one-line message that starts with the file name and says
what to do. The file type comes from the content first (a PDF renamed ``.txt`` is still read as
a PDF) and from the extension second.
"""

from __future__ import annotations

import re
import stat
import unicodedata
from pathlib import Path

from matcher.documents.decode import decode_text
from matcher.errors import (
    CorruptDocumentError,
    DocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    InputError,
    UnsupportedDocumentError,
)
from matcher.limits import MAX_DOCUMENT_BYTES, MAX_TEXT_CHARS

_LIMIT_MB = MAX_DOCUMENT_BYTES // 2**20
_MAX_RAW_CHARS = 2 * MAX_TEXT_CHARS
_UNNAMED = "document"
_SUPPORTED = "PDF, DOCX, TXT or MD"
_TEXT_SUFFIXES = frozenset({".txt", ".md"})
_PDF_HEADER_WINDOW = 1024
# What files that are not documents start with, to say what was sent instead of "not text".
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF media file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word/Office (.doc) file"),
    (b"{\\rtf", "an RTF file"),
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a Linux program"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
)
_LIGATURE_LETTERS = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_LIGATURE = re.compile("[" + "".join(_LIGATURE_LETTERS) + "]")
_LINE_BREAKS = re.compile(r"\r\n?|[\v\f\x1c-\x1e\x85\u2028\u2029]")
# Soft hyphens and zero-width marks are invisible in the document and only split words.
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
# Tried at the start of a run only, and without giving any back: tried at every position of a
# long run of spaces, it rescanned the rest of the run each time (quadratic).
_TRAILING_SPACE = re.compile(r"(?<![ \t])[ \t]++$", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n{3,}")
# A PDF breaks "pemrograman" across lines as "pemro-" + "graman"; only a hyphen between two
# lower-case letters at a line end is taken as such a break ("Node-\nJS" stays as it is).
_HYPHENATED = re.compile(r"(?<=[a-zß-öø-ÿ])[-\u2010]\n(?=[a-zß-öø-ÿ])")


def read_document(source: str | Path | bytes, *, filename: str | None = None) -> str:
    """The text of a PDF, DOCX, TXT or MD document, given as a path or as the bytes of an upload.

    ``filename`` names the document in error messages and supplies the extension when
    ``source`` is bytes (it defaults to the path's name, or to "document"). The text is NFC
    normalised; odd spaces and NUL become plain spaces; other control characters, soft hyphens and
    zero-width marks are dropped; ligatures are spelled out; a PDF's line-end hyphenation is
    undone; line breaks are kept and the whole is stripped.

    Limits: files over ``MAX_DOCUMENT_BYTES`` (10 MB) are refused, as are DOCX files that
    inflate past 50 MB or hold over 500,000 XML tags, and PDFs whose pages draw over 4 MB or
    300,000 tokens of instructions (a form counts at every draw). Only the first 50 pages of a
    PDF are read; the rest is ignored. Devices and sockets are refused; pipes are read up to
    the size limit. Text
    longer than the matcher accepts (``matcher.limits.MAX_TEXT_CHARS``, 200,000 characters) is
    refused with DocumentTooLargeError rather than cut, since a cut would score a different
    document than the one given.

    Every failure is a ``DocumentError`` subclass: ``UnsupportedDocumentError``,
    ``CorruptDocumentError``, ``EncryptedDocumentError``, ``EmptyDocumentError`` or
    ``DocumentTooLargeError``.

    >>> read_document("Pengalaman:\\u00a03 tahun dengan Golang.\\r\\n".encode("cp1252"))
    'Pengalaman: 3 tahun dengan Golang.'
    >>> read_document(b"", filename="cv.txt")
    Traceback (most recent call last):
    ...
    matcher.errors.EmptyDocumentError: cv.txt: the file is empty; add the resume or posting text
    """
    if isinstance(source, bytes | bytearray | memoryview):
        name = printable_name(filename or _UNNAMED)
        data = bytes(source)
        if len(data) > MAX_DOCUMENT_BYTES:
            raise _too_large(name, len(data))
    elif isinstance(source, str | Path):
        path = Path(source)
        name = printable_name(filename or path.name or str(path))
        if "\0" in str(path):
            raise InputError(f"{name}: not a valid path (it contains a NUL character)")
        data = _read_bounded(path, name)
    else:
        raise InputError(f"read_document takes a path or bytes, not {type(source).__name__}")
    suffix = Path(filename or name).suffix.lower()
    return _extract(data, name, suffix)


def printable_name(name: str) -> str:
    r"""``name`` fit for one line of a terminal: control characters escaped, cut at 200.

    File and upload names come from strangers; a raw line break or terminal escape sequence in
    a name would forge output lines or take over the terminal.

    >>> print(printable_name("cv\n\x1b[2J.pdf"))
    cv\n\x1b[2J.pdf
    """
    # repr escapes exactly the characters that are not printable.
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in name)[:200]


def _too_large(name: str, size: int | None) -> DocumentTooLargeError:
    stated = f" ({size / 2**20:.1f} MB)" if size is not None else ""
    return DocumentTooLargeError(
        f"{name}: larger than the {_LIMIT_MB} MB limit{stated}; send the resume or posting alone"
    )


def _read_bounded(path: Path, name: str) -> bytes:
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise DocumentError(f"{name}: is a directory; give a file inside it")
        if not stat.S_ISREG(status.st_mode) and not stat.S_ISFIFO(status.st_mode):
            raise DocumentError(f"{name}: not a regular file (a device or socket); give a file")
        if status.st_size > MAX_DOCUMENT_BYTES:
            raise _too_large(name, status.st_size)
        # The size can change between stat and read, and pipes report none: read one byte past
        # the limit and no more.
        with path.open("rb") as stream:
            data = stream.read(MAX_DOCUMENT_BYTES + 1)
    except FileNotFoundError:
        raise DocumentError(f"{name}: file not found; check the path") from None
    except PermissionError:
        raise DocumentError(f"{name}: permission denied; check the file's permissions") from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise DocumentError(f"{name}: cannot be read ({reason}); check the file") from None
    if len(data) > MAX_DOCUMENT_BYTES:
        raise _too_large(name, None)
    return data


def _extract(data: bytes, name: str, suffix: str) -> str:
    if not data:
        raise EmptyDocumentError(f"{name}: the file is empty; add the resume or posting text")
    if data.startswith(b"%PDF-") or (suffix == ".pdf" and b"%PDF-" in data[:_PDF_HEADER_WINDOW]):
        from matcher.documents.pdf import extract_pdf_text

        raw = extract_pdf_text(data, name, max_chars=MAX_TEXT_CHARS)
        return _finished(_HYPHENATED.sub("", _tidy(raw)), name)
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        from matcher.documents.docx import extract_docx_text

        raw = _within_text_limit(extract_docx_text(data, name), name)
        return _finished(_tidy(raw), name)
    if suffix == ".pdf":
        raise CorruptDocumentError(f"{name}: not a PDF (no PDF header); export it as PDF again")
    if suffix == ".docx":
        raise CorruptDocumentError(
            f"{name}: not a valid DOCX (not a zip archive); re-save it as DOCX or PDF"
        )
    if suffix and suffix not in _TEXT_SUFFIXES:
        raise UnsupportedDocumentError(
            f"{name}: unsupported file type {suffix}; save it as {_SUPPORTED}"
        )
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise UnsupportedDocumentError(f"{name}: {kind}, not text; save it as {_SUPPORTED}")
    # No encoding takes more than four bytes a character: more bytes than that is more text
    # than the limit below allows, known without decoding it.
    if len(data) > 4 * _MAX_RAW_CHARS:
        raise _too_much_text(name)
    text = _tidy(_within_text_limit(decode_text(data, name), name))
    if not text:
        raise EmptyDocumentError(f"{name}: no text in the file; add the resume or posting text")
    return _finished(text, name)


def _within_text_limit(raw: str, name: str) -> str:
    # Tidying walks every character in Python; a 10 MB text file is refused before that. The
    # margin keeps text that only tidying brings under the limit (runs of odd spaces, say).
    if len(raw) > _MAX_RAW_CHARS:
        raise _too_much_text(name)
    return raw


def _finished(text: str, name: str) -> str:
    if not text:
        raise EmptyDocumentError(f"{name}: no text in the document; paste the text instead")
    if len(text) > MAX_TEXT_CHARS:
        raise _too_much_text(name)
    return text


def _too_much_text(name: str) -> DocumentTooLargeError:
    return DocumentTooLargeError(
        f"{name}: over {MAX_TEXT_CHARS:,} characters of text; send the resume or posting alone"
    )


def _tidy(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    # A regex pass costs a fraction of str.translate, which looks every character up in Python.
    text = _LIGATURE.sub(lambda found: _LIGATURE_LETTERS[found.group()], text)
    text = _INVISIBLE.sub("", _LINE_BREAKS.sub("\n", text))
    text = "\n".join(map(_plain_line, text.split("\n")))
    text = _TRAILING_SPACE.sub("", text)
    return _BLANK_LINES.sub("\n\n", text).strip()


def _plain_line(line: str) -> str:
    # Most lines are all printable: one check in C instead of a call per character.
    return line if line.replace("\t", "").isprintable() else "".join(map(_plain_char, line))


def _plain_char(char: str) -> str:
    if char in "\n\t" or char.isprintable():
        return char
    # Separators (non-breaking, thin, ideographic spaces) and NUL, which some exporters put
    # between words, are spacing; other non-printables (controls, bidi overrides, unassigned
    # code points, surrogates) are dropped.
    return " " if char == "\0" or unicodedata.category(char) == "Zs" else ""
