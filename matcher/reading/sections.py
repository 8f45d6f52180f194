"""Split a document into sections by the headings real resumes and postings use.

A heading is a short line set apart by layout (Markdown ``#``, a bold line, a line underlined
with ``===``/``---``, ALL CAPS, a trailing colon) or a short line that is nothing but a known
heading ("Requirements", "Pendidikan"). Only headings whose words say what follows start a
section; other headings (a company name, a job title, "Frameworks & Libraries") stay inside the
section they sit in, because in real resumes they are sub-headings of it.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from matcher.reading.models import DocumentKind, Section, SectionKind

_MAX_HEADING_CHARS = 80
_MAX_HEADING_WORDS = 7

# Order matters: the first kind whose words occur in a heading wins, so the narrower phrase
# ("syarat pengalaman", "about the role", "nice to have") comes before the wider word in it.
_HEADING_WORDS: tuple[tuple[SectionKind, str], ...] = (
    ("other", r"organi[sz]ation\w*|organisasi|volunteer\w*|kepanitiaan|relawan"),
    ("company", r"company description|about us|about the company|who we are|tentang kami"),
    (
        "nice_to_have",
        r"nice|good to have|bonus|preferred|plus|nilai tambah|diutamakan|lebih disukai|optional",
    ),
    (
        "requirements",
        r"requirements?|qualifications?|kualifikasi|persyaratan|syarat|kriteria|spesifikasi"
        r"|looking for|who you are|what you bring|what you need|you have|must|minimum"
        r"|required|expectations?|ideal candidate|kandidat|dibutuhkan|skillset",
    ),
    (
        "responsibilities",
        r"responsibilit\w*|job ?desc\w*|job ?desk|deskripsi|tanggung jawab|what you ll do"
        r"|what you will do|you ll be doing|your role|the role|the job|about the position"
        r"|duties|tugas|cakupan pekerjaan|uraian|tasks|job summary|day to day|mission"
        r"|description|overview",
    ),
    (
        "benefits",
        r"benefits?|manfaat|we offer|offer|perks|tunjangan|fasilitas|keuntungan|insentif"
        r"|compensation|salary|gaji|why join|bergabung|what you ll get|what you get|menawarkan",
    ),
    (
        "how_to_apply",
        r"how to apply|cara melamar|cara mendaftar|apply|lamaran|application|pendaftaran",
    ),
    (
        "contact",
        r"contacts?|kontak|personal (?:information|details|data)|data diri|informasi pribadi",
    ),
    (
        "summary",
        r"summary|profile|profil|^about$|about me|tentang saya|objective|ringkasan|bio|headline"
        r"|introduction|perkenalan",
    ),
    (
        "company",
        r"about us|about the company|who we are|tentang kami|perusahaan|company|about \w+",
    ),
    ("education", r"education|pendidikan|academic\w*|studies|degrees?"),
    (
        "experience",
        r"experiences?|employment|work history|career|pengalaman|riwayat pekerjaan|riwayat kerja"
        r"|positions",
    ),
    (
        "skills",
        r"skills?|keahlian|kemampuan|(?:tech|dev|our|the) stack|technical skills|technologies|tools"
        r"|kompetensi|expertise",
    ),
    ("projects", r"projects?|proyek|projek|portfolio|portofolio"),
    (
        "certifications",
        r"certifications?|certificates?|sertifikasi|sertifikat|licen[cs]es|courses|training"
        r"|pelatihan|awards|achievements|penghargaan|prestasi",
    ),
    ("other", r"^(?:languages?|bahasa)$|hobbies|hobi|interests|references|referensi|publications"),
)
_HEADING_PATTERNS = tuple((kind, re.compile(rf"\b(?:{words})\b")) for kind, words in _HEADING_WORDS)
_POSTING_KINDS = frozenset(
    {"company", "responsibilities", "requirements", "nice_to_have", "benefits", "how_to_apply"}
)
# A posting's "Experience", "Skills" or "Education" heading lists what it asks for.
_IN_A_POSTING: dict[SectionKind, SectionKind] = {
    "experience": "requirements",
    "education": "requirements",
    "skills": "requirements",
    "summary": "responsibilities",
    "projects": "other",
    "certifications": "other",
}

# A list item or a phrase with a preposition is a line of content, not a bare heading.
_CONTENT_LINE = re.compile(
    r"[ \t]{0,12}(?:[-*•+>]|\d{1,2}[.)])|.{0,80}?\b(?:with|in|of|for|using|dengan|dalam|di|untuk)\b"
)
_HOLDS_ENTRIES = frozenset({"experience", "projects"})
_HASHES = re.compile(r"[ \t]{0,3}(#{1,6})[ \t]")
_NOT_WORD = re.compile(r"[^\w&+/']+")
_UNDERLINE = re.compile(r"[ \t]{0,3}(?:={3,}|-{3,})[ \t]{0,40}")
_MARKUP = re.compile(r"[ \t]{0,12}(?:#{1,6}|\*\*|__)")


def _clean(line: str) -> str:
    """Lower-case words of a heading line: markup, emoji, numbering and colons gone."""
    words = _NOT_WORD.sub(" ", line.casefold().replace("’", "'")).replace("'", " ").split()
    if words and words[0].isdigit():
        words = words[1:]
    return " ".join(words)


def _has_layout(stripped: str, underlined: bool) -> bool:
    if _MARKUP.match(stripped) or stripped.endswith(":") or underlined:
        return True
    letters = [ch for ch in stripped if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def heading_kind(
    line: str, next_line: str = "", *, document: DocumentKind | None = None
) -> SectionKind | None:
    """The section kind a heading line starts, or None when the line is no section heading.

    >>> heading_kind("## Pengalaman Kerja")
    'experience'
    >>> heading_kind("Kualifikasi:")
    'requirements'
    >>> heading_kind("We use Go and PostgreSQL for everything.") is None
    True
    """
    found = _named_section(line, next_line)
    return None if found is None else _in_document(*found, document)


def _named_section(line: str, next_line: str) -> tuple[SectionKind, str] | None:
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_HEADING_CHARS:
        return None
    # An underline has a run of "=" or "-": most lines have none and need no closer look.
    underlined = ("==" in next_line or "--" in next_line) and _UNDERLINE.fullmatch(
        next_line.rstrip("\n")
    ) is not None
    return _heading_words(stripped, underlined)


def _in_document(
    kind: SectionKind, words: str, document: DocumentKind | None
) -> SectionKind | None:
    """The kind a heading's words name, as a document of the given kind uses them."""
    if words == "about":  # a resume's "About" is about the person, a posting's about the firm
        kind = "company" if document == "posting" else "summary"
    if document == "posting":
        return _IN_A_POSTING.get(kind, kind)
    if document == "resume" and kind in _POSTING_KINDS:
        return None  # "Responsibilities" under a job, "Description" of a project
    return kind


# A batch of resumes repeats the same headings: the part of a line's reading that does not
# depend on the text around it is kept.
@functools.lru_cache(maxsize=1 << 12)
def _heading_words(stripped: str, underlined: bool) -> tuple[SectionKind, str] | None:
    """The kind a short stripped line names as a heading, with its cleaned words; None if none."""
    words = _clean(stripped)
    if not words or words.count(" ") >= _MAX_HEADING_WORDS:
        return None
    kind = next((k for k, pattern in _HEADING_PATTERNS if pattern.search(words)), None)
    if kind is None:
        return None
    # Without layout only a short line that is the heading and nothing else counts, so that
    # a sentence such as "Experience with Docker" is not taken for one.
    if not _has_layout(stripped, underlined) and (
        words.count(" ") >= 3 or _CONTENT_LINE.match(stripped)
    ):
        return None
    return kind, words


class HeadingLine(NamedTuple):
    """A line that names a section in some kind of document, and where it stands."""

    offset: int
    line: str
    kind: SectionKind
    words: str
    markdown_level: int


def heading_lines(text: str) -> list[HeadingLine]:
    """The lines of ``text`` that name a section, whatever kind of document it is."""
    lines = text.splitlines(keepends=True)
    found_lines = []
    offset = 0
    for number, line in enumerate(lines):
        next_line = lines[number + 1] if number + 1 < len(lines) else ""
        found = _named_section(line, next_line)
        if found is not None:
            found_lines.append(HeadingLine(offset, line, *found, _markdown_level(line)))
        offset += len(line)
    return found_lines


def _markdown_level(line: str) -> int:
    found = _HASHES.match(line)
    return len(found.group(1)) if found else 0


def find_sections(text: str, *, document: DocumentKind | None = None) -> tuple[Section, ...]:
    """The sections of ``text`` in order, covering it from 0 to ``len(text)`` without gaps.

    >>> [s.kind for s in find_sections("Jane\\n\\nEDUCATION\\nBSc 2019\\n\\nSkills:\\nGo")]
    ['preamble', 'education', 'skills']
    """
    return sections_of(text, heading_lines(text), document=document)


def sections_of(
    text: str, headings: Sequence[HeadingLine], *, document: DocumentKind | None
) -> tuple[Section, ...]:
    """:func:`find_sections` from the text's :func:`heading_lines`, so that the lines are read
    once when the sections are wanted both with no kind assumed and with a kind."""
    sections: list[Section] = []
    kind: SectionKind = "preamble"
    start, heading, depth = 0, "", 0
    for offset, line, named, words, level in headings:
        found = _in_document(named, words, document)
        # A "###" under a "## Experience" is a job of it, whatever its words ("Senior Member
        # of Technical Staff"); under other headings a deeper heading may still start a section.
        if found is not None and not (kind in _HOLDS_ENTRIES and depth and level > depth):
            depth = level
            if offset > start or sections:
                sections.append(Section(kind=kind, start=start, end=offset, heading=heading))
            kind, start, heading = found, offset, line.strip()
    sections.append(Section(kind=kind, start=start, end=len(text), heading=heading))
    return tuple(s for s in sections if s.end > s.start or len(sections) == 1)


def section_at(sections: Sequence[Section], offset: int) -> Section | None:
    """The section holding character ``offset``, or None when it is outside them all."""
    index = bisect.bisect_right([s.start for s in sections], offset) - 1
    if index < 0 or offset >= sections[index].end:
        return None
    return sections[index]


def spans_of(sections: Sequence[Section], kinds: frozenset[SectionKind]) -> list[tuple[int, int]]:
    """The (start, end) offsets of the sections of the given kinds."""
    return [(s.start, s.end) for s in sections if s.kind in kinds]
