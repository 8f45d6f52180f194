"""Hostile files, built by code: small on disk, expensive to read if a reader trusts them.

Each family is a function of a size parameter and returns bytes, the same bytes for the same
arguments. ``FAMILIES`` names one instance of each at a size that breaks a reader without a
budget; tests read them all and expect either text or one ``DocumentError``, and the adversarial
benchmark times them.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

from testkit import documents


def pdf_form_drawn_many_times(draws: int = 1000, form_bytes: int = 64 * 1024) -> bytes:
    """A page that draws one form XObject of ``form_bytes`` instructions ``draws`` times."""
    form = documents.TEXT_OPERATION * (form_bytes // len(documents.TEXT_OPERATION) + 1)
    return documents.pdf_with_forms(b"/X0 Do\n" * draws, {"X0": form})


def pdf_many_inflating_forms(forms: int = 30, inflated_mb: int = 70) -> bytes:
    """``forms`` form XObjects of a few kilobytes each that inflate to ``inflated_mb`` MB."""
    # Spaces compress about a thousand to one; the form is valid content, only long.
    drawing = documents.TEXT_OPERATION + b" " * (inflated_mb * 2**20)
    names = {f"X{index}": drawing for index in range(forms)}
    page = b"".join(f"/{name} Do\n".encode() for name in names)
    return documents.pdf_with_forms(page, names)


def pdf_many_operators(operators: int = 2_000_000) -> bytes:
    """One page of ``operators`` two-byte drawing instructions (save/restore state)."""
    return documents.pdf_with_forms(b"q Q\n" * (operators // 2), {})


def pdf_many_pages(pages: int = 2000) -> bytes:
    return documents.pdf("Golang, PostgreSQL", pages=pages)


def pdf_deep_nesting(depth: int = 100_000) -> bytes:
    return documents.deeply_nested_pdf(depth)


def _docx_body(body_xml: str) -> bytes:
    """A real Word document whose body is ``body_xml``."""
    template = zipfile.ZipFile(io.BytesIO(documents.docx(["x"])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in template.infolist():
            content = template.read(member)
            if member.filename == "word/document.xml":
                opening = content[: content.index(b"<w:body>") + len(b"<w:body>")]
                content = opening + body_xml.encode() + b"</w:body></w:document>"
            archive.writestr(member.filename, content)
    return out.getvalue()


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


def zip_many_members(members: int = 50_000) -> bytes:
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
