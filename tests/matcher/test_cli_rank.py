"""cocok rank hands every resume to one ranking, moving the progress bar and setting aside a
resume the matcher refuses, so that only that file fails."""

from __future__ import annotations

from typing import Any

import matcher
from matcher.cli import _rank_all
from matcher.limits import MAX_TEXT_CHARS
from taxonomy import builtin_taxonomy

POSTING = "Dicari backend: Go, PostgreSQL, Docker"


class _CountingProgress:
    def __init__(self) -> None:
        self.matched_count = 0

    def matched(self) -> None:
        self.matched_count += 1


def test_a_resume_over_the_limit_fails_alone_and_the_others_rank_as_the_library_ranks() -> None:
    too_long = "Golang " * (MAX_TEXT_CHARS // 7 + 1)
    resumes = [("a.txt", "PHP, Laravel"), ("big.txt", too_long), ("b.txt", "Golang, Postgres")]
    progress: Any = _CountingProgress()
    ranked, failures = _rank_all(POSTING, resumes, builtin_taxonomy(), progress, None)
    expected = matcher.rank(POSTING, [resumes[0], resumes[2]])
    assert [(r.name, r.score) for r in ranked] == [(r.name, r.score) for r in expected]
    assert [f.label for f in failures] == ["big.txt"]
    assert failures[0].error is not None and f"{MAX_TEXT_CHARS:,}" in failures[0].error
    assert progress.matched_count == 3
