"""Sections from the headings resumes and postings use, in English and Indonesian."""

from __future__ import annotations

import itertools

import pytest

from matcher.reading import find_sections, section_at
from matcher.reading.sections import heading_kind

POSTING_ID = """Backend Engineer (Golang)
PT Contoh Teknologi — Jakarta

Tanggung Jawab:
- Membangun layanan API
- Menjaga performa sistem

**Kualifikasi**
- Minimal 2 tahun pengalaman dengan Go
- Memahami PostgreSQL

Nilai Plus:
- Pernah memakai Kubernetes

BENEFIT
- BPJS dan asuransi

Cara Melamar
Kirim CV ke email kami.
"""

RESUME_EN = """# Rina Putri
rina@example.com | +62 812 0000 0000

## Summary
Backend developer who likes clean APIs.

## Work Experience
### Backend Engineer — Acme
Jan 2021 – Present
- Built payment services

## Education
BSc Computer Science, 2016 – 2020

## Skills
Go, PostgreSQL, Docker
"""


def test_posting_headings_in_indonesian_make_posting_sections() -> None:
    kinds = [s.kind for s in find_sections(POSTING_ID, document="posting")]
    assert kinds == [
        "preamble", "responsibilities", "requirements", "nice_to_have", "benefits", "how_to_apply"
    ]  # fmt: skip


def test_resume_markdown_headings_make_resume_sections_and_subheadings_stay_inside() -> None:
    sections = find_sections(RESUME_EN, document="resume")
    assert [s.kind for s in sections] == [
        "preamble",
        "summary",
        "experience",
        "education",
        "skills",
    ]
    experience = sections[2]
    assert "Acme" in RESUME_EN[experience.start : experience.end]


def test_sections_cover_the_text_without_gaps() -> None:
    sections = find_sections(RESUME_EN)
    assert sections[0].start == 0 and sections[-1].end == len(RESUME_EN)
    assert all(a.end == b.start for a, b in itertools.pairwise(sections))


def test_section_at_finds_the_section_of_an_offset() -> None:
    sections = find_sections(POSTING_ID, document="posting")
    found = section_at(sections, POSTING_ID.index("PostgreSQL"))
    assert found is not None and found.kind == "requirements"
    assert section_at(sections, len(POSTING_ID)) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Requirements", "requirements"),
        ("Kualifikasi:", "requirements"),
        ("## What you'll do", "responsibilities"),
        ("Deskripsi Pekerjaan", "responsibilities"),
        ("**Nice to have**", "nice_to_have"),
        ("Diutamakan:", "nice_to_have"),
        ("WHAT WE OFFER", "benefits"),
        ("Tentang Kami", "company"),
        ("Pengalaman Kerja", "experience"),
        ("Riwayat Pendidikan", "education"),
        ("## 💼 Pengalaman", "experience"),
        ("Sertifikasi", "certifications"),
        ("Proyek:", "projects"),
        ("Education\n", "education"),
    ],
)
def test_heading_words_in_both_languages(line: str, kind: str) -> None:
    assert heading_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "- Experience with Docker",
        "Experience in building REST APIs with Go",
        "Kami mencari developer yang berpengalaman dalam Go dan PostgreSQL untuk tim kami.",
        "1. Bahasa pemrograman",
    ],
)
def test_content_lines_are_not_headings(line: str) -> None:
    assert heading_kind(line) is None


def test_a_job_title_under_experience_stays_in_it_whatever_its_words() -> None:
    text = "## Experience\n### Senior Member of Technical Staff\nJan 2020 - Now\n## Skills\nGo\n"
    assert [s.kind for s in find_sections(text, document="resume")] == ["experience", "skills"]


def test_a_posting_reads_its_experience_heading_as_requirements() -> None:
    assert heading_kind("Experience:", document="posting") == "requirements"
    assert heading_kind("Responsibilities:", document="resume") is None
