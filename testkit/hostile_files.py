"""Hostile files, built by code: small on disk, expensive to read if a reader trusts them.

Each family is a function of a size parameter and returns bytes, the same bytes for the same
arguments. ``FAMILIES`` names one instance of each at a size that breaks a reader without a
budget; tests read them all and expect either text or one ``DocumentError``, and the adversarial
benchmark times them.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from testkit import documents


def pdf_form_drawn_many_times(draws: int = 1000, form_bytes: int = 64 * 1024) -> bytes:
    """A page that draws one form XObject of ``form_bytes`` instructions ``draws`` times."""
    form = documents.TEXT_OPERATION * (form_bytes // len(documents.TEXT_OPERATION) + 1)
    return documents.pdf_with_forms(b"/X0 Do\n" * draws, {"X0": form})


def pdf_many_inflating_forms(forms: int = 30, inflated_mb: int = 70) -> bytes:
    """``forms`` form XObjects of a few kilobytes each that inflate to ``inflated_mb`` MB."""
    # One long comment compresses about a thousand to one and is a single token to a reader.
    drawing = documents.TEXT_OPERATION + b"%" + b"0" * (inflated_mb * 2**20) + b"\n"
    names = {f"X{index}": drawing for index in range(forms)}
    page = b"".join(f"/{name} Do\n".encode() for name in names)
    return documents.pdf_with_forms(page, names)


def pdf_many_operators(operators: int = 2_000_000) -> bytes:
    """One page of ``operators`` two-byte drawing instructions (save/restore state)."""
    return documents.pdf_with_forms(b"q Q\n" * (operators // 2), {})


def pdf_many_pages(pages: int = 2000) -> bytes:
    """``pages`` copies of a one-line page; only the first pages are ever read."""
    from pypdf import PdfReader, PdfWriter

    page = PdfReader(io.BytesIO(documents.pdf_with_forms(documents.TEXT_OPERATION, {}))).pages[0]
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_deep_nesting(depth: int = 100_000) -> bytes:
    return documents.deeply_nested_pdf(depth)


_CONTENT_TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
    'package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="'
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)


def _docx_body(body_xml: str) -> bytes:
    """The smallest Word document python-docx opens, with ``body_xml`` as its body."""
    document = (
        f'<?xml version="1.0"?><w:document xmlns:w="{documents.W_NAMESPACE}"><w:body>'
        f"{body_xml}</w:body></w:document>"
    )
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES,
        "_rels/.rels": _RELS,
        "word/document.xml": document,
    }
    return documents.zip_archive({name: content.encode() for name, content in parts.items()})


def docx_many_paragraphs(paragraphs: int = 7_500_000) -> bytes:
    """Millions of empty paragraphs: 100 KB zipped, a gigabyte of element objects if parsed."""
    return _docx_body("<w:p/>" * paragraphs)


def docx_many_runs(runs: int = 2_000_000) -> bytes:
    """One paragraph of millions of empty runs."""
    return _docx_body("<w:p>" + "<w:r/>" * runs + "</w:p>")


def docx_deep_nesting(depth: int = 5000) -> bytes:
    """Content controls nested ``depth`` deep around one paragraph."""
    opening, closing = "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"
    return _docx_body(opening * depth + "<w:p/>" + closing * depth)


def zip_many_members(members: int = 20_000) -> bytes:
    return documents.many_member_docx(members)


def text_one_huge_line(chars: int = 9 * 2**20) -> bytes:
    return b"golang " * (chars // 7)


def text_bad_encoding(size: int = 2**20) -> bytes:
    """Every byte value in turn, minus controls: invalid UTF-8 throughout, but not binary."""
    printable = bytes(b for b in range(256) if b >= 0x20 and b != 0x7F)
    return (printable * (size // len(printable) + 1))[:size]


def text_odd_utf16(size: int = 2**20) -> bytes:
    """UTF-16 with a byte-order mark and an odd length: the last character is cut in half."""
    return ("Golang " * (size // 14)).encode("utf-16") + b"\x00"


Family = tuple[str, str, Callable[[], bytes]]

# (name, file extension, builder) at sizes that hurt a reader without budgets.
FAMILIES: tuple[Family, ...] = (
    ("pdf-form-drawn-many-times", ".pdf", pdf_form_drawn_many_times),
    ("pdf-many-inflating-forms", ".pdf", pdf_many_inflating_forms),
    ("pdf-many-operators", ".pdf", pdf_many_operators),
    ("pdf-many-pages", ".pdf", pdf_many_pages),
    ("pdf-deep-nesting", ".pdf", pdf_deep_nesting),
    ("docx-many-paragraphs", ".docx", docx_many_paragraphs),
    ("docx-many-runs", ".docx", docx_many_runs),
    ("docx-deep-nesting", ".docx", docx_deep_nesting),
    ("zip-many-members", ".docx", zip_many_members),
    ("text-one-huge-line", ".txt", text_one_huge_line),
    ("text-bad-encoding", ".txt", text_bad_encoding),
    ("text-odd-utf16", ".txt", text_odd_utf16),
)
