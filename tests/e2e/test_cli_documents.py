"""cocok on whole documents: the note for other texts, postings' requirements, --lang."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.test_cli import POSTING, Run, _write, cocok  # noqa: F401 (cocok is a fixture)

NOTE = "does not look like a resume or a job posting"


def test_other_text_is_scored_with_one_plain_note_on_stderr(
    cocok: Callable[..., Run],  # noqa: F811
    tmp_path: Path,
) -> None:
    note = _write(tmp_path / "note.txt", "Belajar Go dan PostgreSQL itu seru, ayo ikut meetup!")
    run = cocok("score", note, "--format", "json")
    assert run.code == 0
    assert len(run.err_lines) == 1 and NOTE in run.err_lines[0]
    (record,) = run.json_lines()
    assert record["kind"] == "other" and record["skills"]
    assert cocok("score", note, "--kind", "resume").err_lines == []


def test_a_posting_shows_must_nice_and_either_or_plainly(
    cocok: Callable[..., Run],  # noqa: F811
    tmp_path: Path,
) -> None:
    text = POSTING + "- Go atau Java\n- Kubernetes (nilai tambah)\n"
    posting = _write(tmp_path / "lowongan.md", text)
    for fmt in ("table", "markdown"):
        out = cocok("score", posting, "--format", fmt, "--lang", "en").out
        for expected in ("Must have", "Nice to have", "Either-or", "Go (Golang) or Java"):
            assert expected in out, (fmt, expected)
        assert out.index("Must have") < out.index("Nice to have")


def test_lang_auto_follows_an_indonesian_locale(
    cocok: Callable[..., Run],  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    posting = _write(tmp_path / "posting.txt", "Requirements:\n- Go or Java\n- Docker is a plus\n")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    assert "Wajib" in cocok("score", posting, "--kind", "posting").out
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert "Must have" in cocok("score", posting, "--kind", "posting").out
    assert "Wajib" in cocok("score", posting, "--kind", "posting", "--lang", "id").out
