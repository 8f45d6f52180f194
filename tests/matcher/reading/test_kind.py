"""Resume, posting or neither, in English, Indonesian and both."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from matcher.reading import classify_kind, find_sections
from matcher.reading.kind import _CUES, _FIRST_PERSON, _cue_starts, _first_person
from matcher.text import fold_case

RESUME_SELF_INTRODUCTION = """About

Saya adalah software engineer di Bandung yang suka membangun API.

## Tech Stack
- Go
- PostgreSQL
"""

RESUME_ID = """CURRICULUM VITAE
Budi Santoso
budi@example.com

Pengalaman Kerja
Backend Developer, PT Maju — Maret 2019 - Sekarang
- Membangun API dengan Laravel

Pendidikan
S1 Teknik Informatika, 2014 - 2018

Keahlian
PHP, MySQL, Git
"""

POSTING_EN = """Senior Backend Engineer

We are looking for an engineer to join our team.

Responsibilities
- Design and build services in Go

Requirements
- At least 4 years of experience with Go
- Knowledge of PostgreSQL

Benefits
- Remote work
"""

POSTING_MIXED = """Lowongan: Fullstack Developer

Job Description:
- Mengembangkan aplikasi web dengan React dan Node.js

Kualifikasi:
- Pengalaman minimal 1 tahun
- Familiar with REST API

Kirim CV ke hr@example.com
"""

OTHERS = [
    "haha mantap gan 👍",
    "ok siap, nanti saya cek lagi ya",
    "# Belajar Express\n\nModul ini membahas routing, middleware dan REST API. Materi untuk"
    " mahasiswa semester 3.\n\n## Tujuan\nPeserta memahami dasar backend.",
    "Meetup Golang Jakarta\n\nAcara bulan ini membahas goroutine. Pembicara: dua engineer."
    " Registrasi gratis, tiket terbatas!",
    "## Installation\n\n```\npip install example\n```\n\n## Usage\nRun the server and open the"
    " browser. Pull requests welcome. License: MIT.",
    "Apa rasanya kerja remote?\nSeru, saya bisa kerja dari mana saja.\n"
    "Project apa yang paling sulit?\nAplikasi podcast dengan PWA.\n"
    "Ada tips supaya diterima?\nTunjukkan portofolio terbaikmu.",
    "Backend developers here build APIs.\n\n### Tasks\n- Maintaining integration tests\n"
    "- Building admin panels\n\n## Stack\nWe use Vapor and PHP.",
    "### Backend take-home assignment\n\nThanks for applying! Build a small REST API.\n\n"
    "Requirements:\n- Use Go or Python\n- Docker is a plus\n\nSubmit your solution as a"
    " repository link; include instructions to run it.",
    "In this article we compare monoliths and microservices and explain when a backend team"
    " should split a service.",
]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (RESUME_ID, "resume"),
        (RESUME_SELF_INTRODUCTION, "resume"),
        (POSTING_EN, "posting"),
        (POSTING_MIXED, "posting"),
    ],
)
def test_resumes_and_postings_are_told_apart(text: str, kind: str) -> None:
    assert classify_kind(text, find_sections(text)) == kind


@pytest.mark.parametrize("text", OTHERS)
def test_chat_lessons_events_and_readmes_are_other(text: str) -> None:
    assert classify_kind(text, find_sections(text)) == "other"


@pytest.mark.parametrize(
    "text",
    [
        "We're hiring a Backend Developer! Go, PostgreSQL, Docker. 2+ years. DM me.",
        "[HIRING] Backend Engineer, remote. Stack: Go, Kafka, PostgreSQL. Link di bio.",
        "Lowongan kerja Programmer PHP Laravel untuk toko online kami, fresh graduate boleh.",
        "Dibutuhkan segera: Android Developer (Kotlin), penempatan Bandung.",
    ],
)
def test_a_short_ad_that_opens_with_a_call_and_a_job_title_is_a_posting(text: str) -> None:
    assert classify_kind(text, find_sections(text)) == "posting"


@pytest.mark.parametrize(
    "text",
    [
        "Selamat! Kamu diterima sebagai Backend Developer intern. Hiring process-nya cepat.",
        "Dicari pembicara untuk meetup Golang bulan depan, daftar lewat link.",
        "Lagi hiring nggak gan? wkwk",
    ],
)
def test_hiring_words_without_a_job_they_open_are_not_a_posting(text: str) -> None:
    assert classify_kind(text, find_sections(text)) != "posting"


_CUE_WORDS = sorted(
    {
        word
        for phrases in _CUES.values()
        for phrase in phrases
        for word in re.findall(r"[a-z]+", phrase)
    }
    | {"2", "3+", "years", "of", "an", "x"}
)


@given(
    st.lists(st.tuples(st.sampled_from(_CUE_WORDS), st.sampled_from([" ", "\n", ", ", "", "-"])))
)
@example([("we are looking", " "), ("for", " "), ("an", "")])  # a phrase inside a phrase
def test_one_pass_finds_each_cue_as_its_own_search_does(words: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in words)
    alone = {
        cue: [m.start() for m in re.finditer(rf"\b(?:{'|'.join(phrases)})\b", text)]
        for cue, phrases in _CUES.items()
    }
    assert _cue_starts(text) == alone


@given(
    st.lists(st.sampled_from(["I", "i", "İ", "My", "MY", "me", "Me", "saya", "SAYA", "aku", "x"]))
)
def test_first_person_words_are_counted_as_written(words: list[str]) -> None:
    text = " ".join(words)
    starts = _cue_starts(fold_case(text))["first_person"]
    assert _first_person(text, starts) == min(4, len(_FIRST_PERSON.findall(text)))
