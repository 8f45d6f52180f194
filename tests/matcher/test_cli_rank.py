"""cocok rank hands every resume to one ranking, moving the progress bar and setting aside a
resume the matcher refuses, so that only that file fails."""

from __future__ import annotations

from typing import Any

import matcher
from matcher.cli import _rank_all
from matcher.cli.inputs import Loaded
from matcher.cli.standings import Standings
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
    standings = Standings()
    loaded = [Loaded(name, text=text) for name, text in resumes]
    failures, language = _rank_all(
        POSTING, loaded, builtin_taxonomy(), progress, standings, with_json=False
    )
    expected = matcher.rank(POSTING, [resumes[0], resumes[2]])
    ranked = standings.best()
    assert [(r.name, r.score) for r in ranked] == [(r.name, r.score) for r in expected]
    assert language == expected[0].comparison.posting.language
    assert [f.label for f in failures] == ["big.txt"]
    assert failures[0].error is not None and f"{MAX_TEXT_CHARS:,}" in failures[0].error
    assert progress.matched_count == 3


def _ranked_rows(resumes: list[tuple[str, str]], keep: int | None) -> list[tuple[str, float]]:
    standings = Standings(keep=keep)
    loaded = [Loaded(name, text=text) for name, text in resumes]
    progress: Any = _CountingProgress()
    _rank_all(POSTING, loaded, builtin_taxonomy(), progress, standings, with_json=True)
    return [(row.name, row.score) for row in standings.best()]


def test_ranking_in_batches_keeps_the_library_order_with_ties_in_input_order() -> None:
    # More resumes than one batch, many with the same score, so ties span batches.
    texts = ["PHP", "Golang, Postgres", "Docker", "Golang"]
    resumes = [(f"r{index:03}.txt", texts[index % 4]) for index in range(600)]
    expected = [(r.name, r.score) for r in matcher.rank(POSTING, resumes)]
    assert _ranked_rows(resumes, keep=None) == expected
    assert _ranked_rows(resumes, keep=5) == expected[:5]


def test_a_row_prints_the_json_record_of_the_full_comparison() -> None:
    import json

    from matcher.cli.standings import row_of

    (item,) = matcher.rank(POSTING, [("a.txt", "Golang, Postgres")])
    fields = item.comparison.model_dump(mode="json", exclude={"resume", "posting"})
    expected = json.dumps({"file": "a.txt", "rank": 1, **fields}, ensure_ascii=False)
    assert row_of(item, with_json=True).json_line(1) == expected
