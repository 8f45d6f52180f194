"""The requirements benchmark: its split, its NDCG and its skip when the data is absent."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from bench.requirements import _ndcg, run_requirements, split_of


def test_split_is_fixed_and_uses_both_halves() -> None:
    halves = {split_of(f"doc-en-posting-{n}") for n in range(20)}
    assert halves == {"dev", "held-out"}
    assert split_of("doc-en-posting-1") == split_of("doc-en-posting-1")


def test_ndcg_is_one_when_the_relevant_resumes_lead() -> None:
    assert _ndcg(["a", "b", "c"], {"a", "b"}) == 1
    assert _ndcg(["c", "a", "b"], {"a", "b"}) < 1


def test_skips_with_a_reason_when_the_documents_are_absent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COCOK_SHARED_DIR", str(tmp_path))
    console = Console(record=True, width=200)
    assert run_requirements(console) == 0
    printed = console.export_text()
    assert "skipped" in printed
    assert "COCOK_SHARED_DIR" in printed
