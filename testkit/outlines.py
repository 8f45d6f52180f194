"""Documents written once in a small Markdown-like outline and rendered as TXT, MD, PDF and
DOCX, so that the formats can be compared: the same words must come out of each one.

The outline: ``# `` title, ``## `` section, ``- `` bullet, ``| label | value |`` row of a skills
table, anything else a paragraph. The PDF and DOCX carry fixed metadata and timestamps, so
that rendering an unchanged outline again gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

_WRITTEN = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
_ZIP_TIME = (2025, 1, 6, 9, 0, 0)
_AUTHOR = "cocok examples"


@dataclass(frozen=True)
class Block:
    """One line of an outline: ``kind`` is title, heading, bullet, row or paragraph."""

    kind: str
    text: str
    value: str = ""


def parse(source: str) -> Iterator[Block]:
    for line in source.splitlines():
        if not line.strip():
            continue
        if line.startswith("# "):
            yield Block("title", line[2:])
        elif line.startswith("## "):
            yield Block("heading", line[3:])
        elif line.startswith("- "):
            yield Block("bullet", line[2:])
        elif line.startswith("| ") and line.endswith(" |"):
            label, value = line[2:-2].split(" | ")
            yield Block("row", label, value)
        else:
            yield Block("paragraph", line)


def render_txt(blocks: list[Block]) -> str:
    lines: list[str] = []
    for block in blocks:
        if block.kind == "title":
            lines.append(block.text.upper())
        elif block.kind == "heading":
            lines += ["", block.text.upper()]
        elif block.kind == "bullet":
            lines.append(f"- {block.text}")
        elif block.kind == "row":
            lines.append(f"{block.text}: {block.value}")
        else:
            lines.append(block.text)
    return "\n".join(lines) + "\n"


def render_md(blocks: list[Block]) -> str:
    lines: list[str] = []
    for block in blocks:
        if block.kind == "title":
            lines += [f"# {block.text}", ""]
        elif block.kind == "heading":
            lines += ["", f"## {block.text}", ""]
        elif block.kind == "bullet":
            lines.append(f"- {block.text}")
        elif block.kind == "row":
            lines.append(f"- **{block.text}:** {block.value}")
        else:
            # Two trailing spaces: a Markdown line break, so contact lines stay lines.
            lines.append(f"{block.text}  ")
    return "\n".join(lines).strip() + "\n"


def render_pdf(blocks: list[Block]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(_WRITTEN)
    pdf.set_author(_AUTHOR)
    pdf.set_title(blocks[0].text)
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    for block in blocks:
        if block.kind == "title":
            pdf.set_font("Helvetica", "B", 17)
            pdf.multi_cell(0, 9, block.text, new_x="LMARGIN", new_y="NEXT")
        elif block.kind == "heading":
            pdf.ln(2.5)
            pdf.set_font("Helvetica", "B", 11.5)
            pdf.multi_cell(0, 6.5, block.text, new_x="LMARGIN", new_y="NEXT")
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.ln(1)
        elif block.kind == "bullet":
            pdf.set_font("Helvetica", "", 9.5)
            pdf.set_x(pdf.l_margin + 3)
            pdf.cell(4, 4.8, "-")
            pdf.multi_cell(0, 4.8, block.text, align="L", new_x="LMARGIN", new_y="NEXT")
        elif block.kind == "row":
            pdf.set_font("Helvetica", "B", 9.5)
            pdf.cell(42, 5, f"{block.text}:")
            pdf.set_font("Helvetica", "", 9.5)
            pdf.multi_cell(0, 5, block.value, align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 9.5)
            pdf.multi_cell(0, 5, block.text, align="L", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def render_docx(blocks: list[Block]) -> bytes:
    import docx
    from docx.shared import Cm, Pt

    document = docx.Document()
    document.styles["Normal"].font.size = Pt(10)
    for section in document.sections:
        section.top_margin = section.bottom_margin = Cm(1.5)
        section.left_margin = section.right_margin = Cm(1.8)
    properties = document.core_properties
    properties.author = properties.last_modified_by = _AUTHOR
    properties.title = blocks[0].text
    properties.created = properties.modified = _WRITTEN.replace(tzinfo=None)
    properties.revision = 1
    table = None
    for block in blocks:
        if block.kind != "row":
            table = None
        if block.kind == "title":
            document.add_heading(block.text, level=0)
        elif block.kind == "heading":
            document.add_heading(block.text, level=1)
        elif block.kind == "bullet":
            document.add_paragraph(block.text, style="List Bullet")
        elif block.kind == "row":
            # Skills as a two-column table, the way many Word CV templates lay them out.
            if table is None:
                table = document.add_table(rows=0, cols=2)
                table.style = "Table Grid"
            label, value = table.add_row().cells
            label.text, value.text = block.text, block.value
            label.width, value.width = Cm(4.5), Cm(12.5)
        else:
            document.add_paragraph(block.text)
    out = io.BytesIO()
    document.save(out)
    return _with_fixed_timestamps(out.getvalue())


def _with_fixed_timestamps(archive_bytes: bytes) -> bytes:
    # python-docx stamps each zip member with the current time; a fixed one keeps the file
    # byte-identical across runs.
    source = zipfile.ZipFile(io.BytesIO(archive_bytes))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(member))
    return out.getvalue()
