"""Text out of DOCX bytes: body paragraphs, tables, text boxes, content controls, headers, footers.

A DOCX is a zip archive, so it is inflated here under a hard cap before python-docx sees it:
the sizes the zip directory declares are checked first, then every member is stream-read
with a running total, and python-docx opens a stored (uncompressed) copy of what was read.
python-docx is imported inside the function: ``import matcher`` stays fast for the CLI.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from matcher.errors import (
    CorruptDocumentError,
    DocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
)

# A one-page resume inflates to well under a megabyte; embedded photos and fonts add a few.
MAX_INFLATED_BYTES = 50 * 1024 * 1024
MAX_MEMBERS = 2000
# python-docx builds every element of the XML in memory, about 150 bytes each, and the text walk
# visits them all: 100 KB of zipped "<w:p/>" is millions of them. A long resume has a few
# thousand; the markup tags ("<") of the XML parts are counted as they inflate, before parsing.
MAX_MARKUP_TAGS = 500_000
_XML_SUFFIXES = (".xml", ".rels")
_CHUNK_BYTES = 64 * 1024

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_PARAGRAPH = f"{_W}p"
_TABLE = f"{_W}tbl"
_ROW = f"{_W}tr"
_CELL = f"{_W}tc"
_TEXT_BOX = f"{_W}txbxContent"
# Content controls and custom XML wrap ordinary blocks, rows or cells; look straight through.
_WRAPPERS = frozenset({f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"})
# Deleted revisions, field codes and drawings are not text the reader sees in the line itself;
# text boxes inside drawings are collected separately, once.
_NOT_LINE_TEXT = frozenset(
    {
        f"{_W}del",
        f"{_W}moveFrom",
        f"{_W}instrText",
        f"{_W}drawing",
        f"{_W}pict",
        f"{_W}rPr",
        f"{_W}pPr",
        f"{_MC}AlternateContent",
    }
)
_CHARACTERS = {f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}
_HEADER_FOOTER_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
)


def extract_docx_text(data: bytes, name: str) -> str:
    """Headers, then the body in reading order, then footers; table rows as tab-joined lines."""
    stored = _inflate_bounded(data, name)
    try:
        lines = _document_lines(stored)
    except DocumentError:
        raise
    except Exception:
        # python-docx and lxml fail in many ways on damaged or disguised files (KeyError for a
        # missing part, ValueError for a workbook renamed .docx, XMLSyntaxError, ...); their
        # messages may quote the document, so none of it is passed on.
        raise CorruptDocumentError(
            f"{name}: not a readable Word document; re-save it as DOCX or PDF"
        ) from None
    text = "\n".join(lines)
    if not text.strip():
        raise EmptyDocumentError(
            f"{name}: no text in the document (only images?); paste the text or export a PDF"
        )
    return text


def _inflate_bounded(data: bytes, name: str) -> io.BytesIO:
    too_large = DocumentTooLargeError(
        f"{name}: inflates past the {MAX_INFLATED_BYTES // 2**20} MB limit for DOCX content;"
        " re-save it without large media or as PDF"
    )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise DocumentTooLargeError(
                f"{name}: {len(members):,} parts in the DOCX archive, over the limit of"
                f" {MAX_MEMBERS:,}; re-save it as DOCX or PDF"
            )
        if sum(member.file_size for member in members) > MAX_INFLATED_BYTES:
            raise too_large
        copy = io.BytesIO()
        total = 0
        tags = 0
        with zipfile.ZipFile(copy, "w", zipfile.ZIP_STORED) as stored:
            for member in members:
                if member.is_dir():
                    continue
                content, total = _read_member(archive, member, total, too_large)
                if member.filename.lower().endswith(_XML_SUFFIXES):
                    tags += content.count(b"<")
                    if tags > MAX_MARKUP_TAGS:
                        raise DocumentTooLargeError(
                            f"{name}: over {MAX_MARKUP_TAGS:,} XML elements (paragraphs, runs,"
                            " cells) in the DOCX; re-save it as DOCX or PDF"
                        )
                stored.writestr(member.filename, content)
    except DocumentError:
        raise
    except Exception:
        # zipfile raises BadZipFile, but also NotImplementedError (unknown compression),
        # zlib.error, EOFError or OSError on damaged archives.
        raise CorruptDocumentError(
            f"{name}: not a valid DOCX (damaged zip archive); re-save it as DOCX or PDF"
        ) from None
    copy.seek(0)
    return copy


def _read_member(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, total: int, too_large: Exception
) -> tuple[bytes, int]:
    # The declared sizes were checked, but they are only claims: count what actually inflates.
    chunks: list[bytes] = []
    with archive.open(member) as stream:
        while chunk := stream.read(_CHUNK_BYTES):
            total += len(chunk)
            if total > MAX_INFLATED_BYTES:
                raise too_large
            chunks.append(chunk)
    return b"".join(chunks), total


def _document_lines(stored: io.BytesIO) -> list[str]:
    import docx

    document = docx.Document(stored)
    headers: list[str] = []
    footers: list[str] = []
    seen: set[str] = set()
    for part in document.part.package.iter_parts():
        if part.content_type not in _HEADER_FOOTER_TYPES:
            continue
        block = "\n".join(_block_lines(part.element))
        # Sections usually repeat one header; the first, even and odd pages often do too.
        if block.strip() and block not in seen:
            seen.add(block)
            target = headers if part.content_type == _HEADER_FOOTER_TYPES[0] else footers
            target.append(block)
    body = list(_block_lines(document.element.body))
    return [*headers, *body, *footers]


def _block_lines(container: Any) -> Iterator[str]:
    for child in container:
        if child.tag == _PARAGRAPH:
            yield _paragraph_text(child)
            for box in _text_boxes(child):
                yield from _block_lines(box)
        elif child.tag == _TABLE:
            for row in _children(child, _ROW):
                yield from _row_lines(row)
        elif child.tag in _WRAPPERS:
            yield from _block_lines(child)


def _row_lines(row: Any) -> Iterator[str]:
    # A cell's paragraphs, and the manual line breaks inside them, are its lines.
    cells = [
        [line for block in _block_lines(cell) for line in block.split("\n") if line.strip()]
        for cell in _children(row, _CELL)
    ]
    if all(len(lines) <= 1 for lines in cells):
        # A data row ("Bahasa | Go, Python") reads best on one line.
        yield "\t".join(lines[0] for lines in cells if lines)
    else:
        # A layout table (a sidebar beside the main column) reads best one column at a time.
        for lines in cells:
            yield from lines


def _children(element: Any, tag: str) -> Iterator[Any]:
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)


def _paragraph_text(paragraph: Any) -> str:
    pieces: list[str] = []
    _collect_text(paragraph, pieces)
    return "".join(pieces)


def _collect_text(element: Any, pieces: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag == f"{_W}t":
            pieces.append(child.text or "")
        elif tag in _CHARACTERS:
            pieces.append(_CHARACTERS[tag])
        elif tag not in _NOT_LINE_TEXT and isinstance(tag, str):
            _collect_text(child, pieces)


def _text_boxes(paragraph: Any) -> Iterator[Any]:
    # Word stores each text box twice: the modern shape (mc:Choice) and a VML copy for old
    # readers (mc:Fallback). Only the first is read, and boxes nested in boxes are reached by
    # recursion from their own box rather than here.
    for box in paragraph.iter(_TEXT_BOX):
        between = []
        for ancestor in box.iterancestors():
            if ancestor is paragraph:
                break
            between.append(ancestor.tag)
        if f"{_MC}Fallback" not in between and _TEXT_BOX not in between:
            yield box
