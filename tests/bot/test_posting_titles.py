"""Posting titles as the board shows them: the words, without Markdown, emoji or decoration."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.posting_titles import clean_title

CASES = [
    ("Backend Engineer (Go)", "Backend Engineer (Go)"),
    ("**Backend Engineer**", "Backend Engineer"),
    ("__Backend Engineer__", "Backend Engineer"),
    ("# Backend Engineer", "Backend Engineer"),
    ("### Backend Engineer", "Backend Engineer"),
    ("> **Backend Engineer**", "Backend Engineer"),
    ("- Backend Engineer", "Backend Engineer"),
    ("🔥🔥 Backend Engineer 🔥🔥", "Backend Engineer"),
    ("**🔥🔥 [HIRING] Backend Engineer (Go) 🔥🔥**", "[HIRING] Backend Engineer (Go)"),
    ("[HIRING] Golang Developer", "[HIRING] Golang Developer"),
    ("[🔥] Golang Developer", "Golang Developer"),
    ("🚀 *Lowongan* Backend Developer — Jakarta", "Lowongan Backend Developer — Jakarta"),
    ("# .NET / C# Developer", ".NET / C# Developer"),
    ("C++ Engineer", "C++ Engineer"),
    ("Senior C#", "Senior C#"),
    ("~~Old~~ New Backend Role", "Old New Backend Role"),
    ("||secret|| Backend", "secret Backend"),
    ("`Go` Engineer", "Go Engineer"),
    ("<:pepe:123456789012345678> Backend Engineer", "Backend Engineer"),
    ("<a:party:123456789012345678> Backend", "Backend"),
    (":fire: Backend Engineer :fire:", "Backend Engineer"),
    ("[Backend Engineer](https://example.id/job)", "Backend Engineer"),
    ("===== Backend Engineer =====", "Backend Engineer"),
    ("•• Backend Engineer ••", "Backend Engineer"),
    ("👩🏽‍💻 Backend Engineer ✨", "Backend Engineer"),
    ("  Backend\n  Engineer  ", "Backend Engineer"),
    ("snake_case_service Maintainer", "snake_case_service Maintainer"),
    ("Backend Engineer!!!", "Backend Engineer"),
    ("Dicari: Backend Developer (Remote) 💼", "Dicari: Backend Developer (Remote)"),
    ("(Remote) Backend Developer", "(Remote) Backend Developer"),
    ("🔥🔥🔥", ""),
    ("** __ ##", ""),
    ("", ""),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_clean_title_keeps_the_words_only(raw: str, expected: str) -> None:
    assert clean_title(raw) == expected


@given(st.text(max_size=300))
def test_clean_title_is_one_line_idempotent_and_trimmed(raw: str) -> None:
    title = clean_title(raw)
    assert "\n" not in title
    assert title == title.strip()
    assert clean_title(title) == title
    assert title == "" or any(character.isalnum() for character in title)
