"""Reading a whole document: what it is, its sections, the years and level, and its role.

Pure functions over plain values; the taxonomy supplies the level bands and role title words.

>>> import datetime
>>> from matcher.reading import analyze_document
>>> text = "Backend Developer\\n\\nKualifikasi:\\n- Minimal 2 tahun pengalaman dengan Go\\n"
>>> found = {"go": "language"}
>>> reading = analyze_document(text, as_of=datetime.date(2024, 1, 1), skill_categories=found)
>>> reading.kind, reading.years.years, reading.level.level, reading.role.role
('posting', 2.0, 'junior', 'backend')
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from matcher.reading.kind import classify_kind
from matcher.reading.level import read_level
from matcher.reading.models import (
    DocumentKind,
    DocumentReading,
    LevelReading,
    RoleReading,
    Section,
    SectionKind,
    YearsReading,
)
from matcher.reading.role import read_role
from matcher.reading.sections import find_sections, heading_lines, section_at, sections_of
from matcher.reading.titles import title_lines
from matcher.reading.years import read_years
from taxonomy import Taxonomy, load_taxonomy

__all__ = [
    "DocumentKind",
    "DocumentReading",
    "LevelReading",
    "RoleReading",
    "Section",
    "SectionKind",
    "YearsReading",
    "analyze_document",
    "classify_kind",
    "find_sections",
    "kind_and_sections",
    "read_level",
    "read_role",
    "read_years",
    "section_at",
]


def analyze_document(
    text: str,
    *,
    as_of: datetime.date,
    skill_categories: Mapping[str, str] | None = None,
    kind: DocumentKind | None = None,
    sections: tuple[Section, ...] | None = None,
    taxonomy: Taxonomy | None = None,
) -> DocumentReading:
    """Read ``text`` as a whole document.

    ``as_of`` is the date "Present"/"sekarang" stands for; ``skill_categories`` maps the
    competency ids already found in the text to their categories (``{h.id: h.category for h
    in match(text).skills}``); ``kind`` skips the kind decision when the caller knows it, and
    ``sections``, with it, the sections (``find_sections(text, document=kind)``).
    """
    tax = taxonomy or load_taxonomy()
    document = kind
    if document is None or sections is None:
        document, sections = kind_and_sections(text, kind)
    years = read_years(text, sections, kind=document, as_of=as_of)
    # Level and role both read the title lines; an ``other`` text has neither.
    titles = title_lines(text, sections, kind=document) if document != "other" else []
    return DocumentReading(
        kind=document,
        sections=sections,
        years=years,
        level=read_level(text, titles, years, kind=document, levels=tax.profile.levels),
        role=read_role(titles, skill_categories or {}, kind=document, roles=tax.profile.roles),
    )


def kind_and_sections(
    text: str, kind: DocumentKind | None = None
) -> tuple[DocumentKind, tuple[Section, ...]]:
    """``kind``, else the kind ``text`` reads as, and the sections of ``text`` as that kind.

    The kind is decided on the sections found with no kind assumed; the heading lines are read
    once for both.

    >>> kind, sections = kind_and_sections("Go Developer\\n\\nKualifikasi:\\n- Min. 2 tahun Go\\n")
    >>> kind, [s.kind for s in sections]
    ('posting', ['preamble', 'requirements'])
    """
    headings = heading_lines(text)
    document = kind or classify_kind(text, sections_of(text, headings, document=None))
    return document, sections_of(text, headings, document=document)
