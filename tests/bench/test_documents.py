"""The whole-document benchmark: its split, its figures, and its skip without the data."""

from __future__ import annotations

import pytest
from rich.console import Console

from bench.documents import (
    Guess,
    LabelledDocument,
    System,
    documents_sections,
    held_out,
    keyword_guess,
    run_documents,
)


def _document(identifier: str, kind: str, **labels: object) -> LabelledDocument:
    return LabelledDocument.model_validate(
        {"id": identifier, "kind": kind, "as_of": "2024-01", "text": "", **labels}
    )


def test_the_held_out_half_is_fixed_by_id() -> None:
    ids = [f"doc-{n}" for n in range(200)]
    assert [held_out(i) for i in ids] == [held_out(i) for i in ids]
    assert 60 < sum(map(held_out, ids)) < 140


def test_figures_count_years_within_one_and_levels() -> None:
    documents = [
        _document("a", "posting", role="backend", seniority="mid", years=3),
        _document("b", "resume", role="data", seniority="senior", years=5),
        _document("c", "other"),
    ]
    guesses = {
        "a": Guess("posting", "backend", 3.5, "mid"),
        "b": Guess("posting", "backend", 9.0, "senior"),
        "c": Guess("resume", None, None, None),
    }
    _, sections = documents_sections(documents, [System("s", lambda d: guesses[d.id])])
    rows = {row[0]: row[1] for row in sections[0].rows}
    assert rows["kind accuracy"] == "0.33 (1/3)"
    assert rows["'other' recognised"] == "0.00 (0/1)"
    assert rows["role accuracy (resumes, postings)"] == "0.50 (1/2)"
    assert rows["years within ±1 (where labelled)"] == "0.50 (1/2)"
    assert rows["seniority accuracy"] == "1.00 (2/2)"


def test_keyword_baseline_counts_kind_words() -> None:
    posting = LabelledDocument(
        id="p", kind="posting", as_of="2024-01", text="We are hiring. Requirements: 3 years Go"
    )
    assert keyword_guess(posting).kind == "posting"
    assert keyword_guess(posting).years == 3.0


def test_without_the_shared_data_the_benchmark_skips(
    monkeypatch: pytest.MonkeyPatch, tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COCOK_SHARED_DIR", str(tmp_path))
    assert run_documents(Console()) == 0
    assert "skipped" in capsys.readouterr().err
