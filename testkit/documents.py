"""Documents built on the fly for tests and benchmarks: good PDF, DOCX and text files in both
languages, and every kind of bad input a reader meets (encrypted, scanned, truncated, disguised,
zip bombs, binary).

Each function returns bytes; ``write`` puts them in a file. Nothing here is a checked-in blob,
so every document's origin is the code that makes it.
"""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path
from typing import Any

RESUME_ID = """Dewi Lestari - Backend Developer
Pengalaman Kerja: 3 tahun sebagai backend developer di perusahaan logistik.
Keahlian: Golang, PostgreSQL, Redis, Docker.
Membangun REST API untuk sistem pembayaran."""

RESUME_EN = """Alex Rivera - Backend Engineer
Work experience: 4 years building services in Python with Django.
Skills: PostgreSQL, Docker, Kubernetes, RESTful APIs."""

W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NAMESPACES = (
    f'xmlns:w="{W_NAMESPACE}" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# ---- PDF ---------------------------------------------------------------------------------------


def pdf(text: str, *, pages: int = 1, font_path: Path | None = None) -> bytes:
    """A text PDF; the core Helvetica font unless ``font_path`` names a TrueType font."""
    from fpdf import FPDF

    document = FPDF()
    if font_path is None:
        document.set_font("Helvetica", size=11)
    else:
        document.add_font("Body", fname=str(font_path))
        document.set_font("Body", size=11)
    for number in range(pages):
        document.add_page()
        page_text = text if pages == 1 else f"{text}\nHalaman {number + 1}"
        document.multi_cell(0, 6, page_text)
    return bytes(document.output())


def image_only_pdf() -> bytes:
    """What a scanner makes, as far as a text extractor can tell: marks on a page, no text."""
    from fpdf import FPDF

    document = FPDF()
    document.add_page()
    document.set_fill_color(120, 120, 120)
    document.rect(20, 20, 120, 80, style="F")
    document.rect(20, 110, 160, 10, style="F")
    return bytes(document.output())


def encrypted_pdf(text: str, *, user_password: str, algorithm: str | None = None) -> bytes:
    """``text`` as a PDF encrypted by pypdf; an empty ``user_password`` only restricts rights."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf(text))))
    writer.encrypt(user_password=user_password, owner_password="pemilik", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def misdirected_pdf(text: str) -> bytes:
    """A PDF whose ``startxref`` points to the wrong offset: readers recover, with a warning."""
    whole = pdf(text)
    position = whole.rindex(b"startxref")
    return whole[:position] + b"startxref\n123\n%%EOF\n"


def truncated_pdf(text: str) -> bytes:
    """The first half of a PDF, as a download cut short leaves it."""
    whole = pdf(text)
    return whole[: len(whole) // 2]


def corrupt_pdf() -> bytes:
    """A PDF header and end marker around bytes that are no PDF objects at all."""
    return b"%PDF-1.7\n" + bytes(range(256)) * 8 + b"\nstartxref\n999999\n%%EOF\n"


TEXT_OPERATION = b"BT /F1 4 Tf 10 10 Td (ab) Tj ET\n"


def heavy_content_pdf(content_bytes: int, *, in_form: bool = False) -> bytes:
    """One page whose compressed drawing instructions inflate to ``content_bytes`` bytes, in
    the page itself or in a form XObject that a one-line page draws."""
    drawing = TEXT_OPERATION * (content_bytes // len(TEXT_OPERATION) + 1)
    if in_form:
        return pdf_with_forms(b"/X0 Do\n", {"X0": drawing})
    return pdf_with_forms(drawing, {})


def pdf_with_forms(page_content: bytes, forms: dict[str, bytes]) -> bytes:
    """One page drawing ``page_content`` with Flate-compressed form XObjects named ``forms``."""
    from pypdf import PdfWriter
    from pypdf.generic import (
        ArrayObject,
        ContentStream,
        DecodedStreamObject,
        DictionaryObject,
        EncodedStreamObject,
        NameObject,
        NumberObject,
    )

    writer = PdfWriter()
    page = writer.add_blank_page(200, 200)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    xobjects = DictionaryObject()
    encoded: dict[bytes, Any] = {}
    for name, drawing in forms.items():
        if drawing in encoded:
            # Compressing once and copying keeps building a thousand forms of 70 MB quick.
            twin = EncodedStreamObject()
            twin.update(encoded[drawing])
            twin._data = encoded[drawing]._data
            xobjects[NameObject(f"/{name}")] = writer._add_object(twin)
            continue
        form = DecodedStreamObject()
        form.set_data(drawing)
        form[NameObject("/Type")] = NameObject("/XObject")
        form[NameObject("/Subtype")] = NameObject("/Form")
        form[NameObject("/BBox")] = ArrayObject(NumberObject(n) for n in (0, 0, 200, 200))
        form[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
        encoded[drawing] = form.flate_encode()
        # pypdf has no public call to add a free-standing object to a writer.
        xobjects[NameObject(f"/{name}")] = writer._add_object(encoded[drawing])
    page[NameObject("/Resources")] = DictionaryObject(
        {
            NameObject("/XObject"): xobjects,
            NameObject("/Font"): DictionaryObject({NameObject("/F1"): font}),
        }
    )
    content = ContentStream(None, None)
    content.set_data(page_content)
    page.replace_contents(content)
    page.compress_content_streams()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def deeply_nested_pdf(depth: int = 5000) -> bytes:
    """A syntactically plausible PDF whose catalog is an array nested ``depth`` levels deep."""
    body = b"[" * depth + b"]" * depth
    objects = b"1 0 obj\n<< /Type /Catalog /Pages " + body + b" >>\nendobj\n"
    return b"%PDF-1.4\n" + objects + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"


# ---- DOCX --------------------------------------------------------------------------------------


def docx(
    paragraphs: list[str],
    *,
    table: list[list[str]] | None = None,
    header: str | None = None,
    footer: str | None = None,
    raw_body_xml: list[str] | None = None,
) -> bytes:
    """A Word document: paragraphs, then a table, then raw ``w:body`` children (text boxes,
    content controls) made by the ``*_xml`` functions below."""
    import docx as python_docx
    from docx.oxml import parse_xml

    document = python_docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    if header is not None:
        document.sections[0].header.paragraphs[0].text = header
    if footer is not None:
        document.sections[0].footer.paragraphs[0].text = footer
    body = document.element.body
    for xml in raw_body_xml or []:
        # Before the section properties, which Word requires to stay last in the body.
        body.insert(len(body) - 1, parse_xml(xml))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def text_box_xml(text: str) -> str:
    """A paragraph anchoring a text box the way Word saves one: a modern shape plus a VML
    fallback copy of the same text."""
    content = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return _declared(
        "<w:p><w:r><mc:AlternateContent>"
        f"<mc:Choice Requires='wps'><w:drawing><wps:txbx>{content}</wps:txbx></w:drawing>"
        "</mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict>"
        "</mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )


def content_control_xml(text: str) -> str:
    """A block-level content control (``w:sdt``), as CV templates use for each field."""
    return _declared(
        "<w:sdt><w:sdtPr><w:alias w:val='Skills'/></w:sdtPr>"
        f"<w:sdtContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )


def tracked_changes_xml(kept: str, deleted: str, inserted: str) -> str:
    """A paragraph with a deleted and an inserted revision, as Word's track changes saves it."""
    return _declared(
        f"<w:p><w:r><w:t xml:space='preserve'>{kept} </w:t></w:r>"
        f"<w:del w:id='1' w:author='x'><w:r><w:delText>{deleted}</w:delText></w:r></w:del>"
        f"<w:ins w:id='2' w:author='x'><w:r><w:t>{inserted}</w:t></w:r></w:ins></w:p>"
    )


def _declared(xml: str) -> str:
    # A fragment parsed on its own needs the namespace declarations on its root element.
    root_end = xml.index(">")
    return f"{xml[:root_end]} {_NAMESPACES}{xml[root_end:]}"


def zip_archive(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            # A fixed date: the same members give the same bytes.
            member = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            archive.writestr(member, content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def docx_bomb(inflated_mb: int = 60) -> bytes:
    """A DOCX-shaped zip, a few hundred kilobytes on disk, whose document inflates past
    ``inflated_mb`` megabytes; its zip directory states the true size."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"<w:t>" + b"a" * (1 << 20) + b"</w:t>"
            for _ in range(inflated_mb):
                member.write(chunk)
    return out.getvalue()


def lying_docx_bomb(inflated_mb: int = 60) -> bytes:
    """Like ``docx_bomb``, but the zip directory claims the member inflates to 1 KB."""
    data = bytearray(docx_bomb(inflated_mb))
    claimed = 1024
    # Central directory entries start with PK\1\2; the uncompressed size sits at offset 24.
    # The zip64 extra field would override it, so its marker value is replaced as well.
    position = data.find(b"PK\x01\x02")
    while position != -1:
        name_length, extra_length = struct.unpack_from("<HH", data, position + 28)
        name = bytes(data[position + 46 : position + 46 + name_length])
        if name == b"word/document.xml":
            struct.pack_into("<I", data, position + 24, claimed)
            extra_start = position + 46 + name_length
            _patch_zip64_size(data, extra_start, extra_length, claimed)
        position = data.find(b"PK\x01\x02", position + 4)
    return bytes(data)


def _patch_zip64_size(data: bytearray, start: int, length: int, claimed: int) -> None:
    offset = start
    while offset + 4 <= start + length:
        tag, size = struct.unpack_from("<HH", data, offset)
        if tag == 0x0001:
            # Rewrite the zip64 block as an unknown extra field so that the 32-bit size counts.
            struct.pack_into("<H", data, offset, 0xCAFE)
        offset += 4 + size


def many_member_docx(count: int = 5000) -> bytes:
    return zip_archive({f"word/media/part{index}.xml": b"<x/>" for index in range(count)})


def spreadsheet_named_docx() -> bytes:
    """A zip with an Excel workbook's content types: a real OOXML file, but not a Word one."""
    content_types = (
        b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'content-types"><Override PartName="/xl/workbook.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'
    )
    rels = (
        b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        b"</Relationships>"
    )
    return zip_archive(
        {
            "[Content_Types].xml": content_types,
            "_rels/.rels": rels,
            "xl/workbook.xml": b"<workbook/>",
        }
    )


# ---- text --------------------------------------------------------------------------------------


def binary_garbage() -> bytes:
    return bytes(range(256)) * 64


def png_image() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + b"\0\0\0\rIHDR" + bytes(64)
