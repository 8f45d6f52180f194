"""compare() and rank() count a posting's requirement groups the way a recruiter does."""

from __future__ import annotations

import datetime

import pytest

import matcher

POSTING = """Lowongan Programmer

Kualifikasi:
- Menguasai Go atau Java
- Minimal 3 tahun pengalaman dengan PostgreSQL
- Redis (nilai tambah)
"""

AS_OF = datetime.date(2024, 1, 1)


def test_any_one_alternative_covers_a_group() -> None:
    fit = matcher.compare("Saya menguasai Java dan PostgreSQL.", POSTING, as_of=AS_OF)
    covered = {r.ids: r.id for r in fit.covered}
    assert covered[("go", "java")] == "java"
    assert fit.missing_must == ()
    assert [r.ids for r in fit.missing_nice] == [("redis",)]
    assert fit.missing == fit.missing_must + fit.missing_nice


def test_a_missing_must_costs_more_than_a_missing_nice() -> None:
    musts_only = matcher.compare("Go dan PostgreSQL.", POSTING, as_of=AS_OF)
    nice_only = matcher.compare("Go dan Redis.", POSTING, as_of=AS_OF)
    assert musts_only.score > nice_only.score
    assert [r.ids for r in nice_only.missing_must] == [("postgresql",)]
    assert nice_only.missing_must[0].posting_evidence
    assert musts_only.covered[0].resume_evidence


def test_years_and_level_asked_stand_next_to_those_shown() -> None:
    resume = (
        "Backend Developer\nbudi@example.com\n\nPengalaman Kerja\nPT Maju (2022 - sekarang)\nGo"
    )
    fit = matcher.compare(resume, POSTING, as_of=AS_OF)
    assert fit.years_asked == 3.0 and fit.years_shown == pytest.approx(2.0, abs=0.15)
    assert fit.level_asked == "mid" and fit.level_shown == "junior"


def test_rank_scores_each_resume_as_compare_does() -> None:
    resumes = [("php", "PHP dan MySQL"), ("go", "Go, PostgreSQL, Redis"), ("java", "Java")]
    ranked = matcher.rank(POSTING, resumes, as_of=AS_OF)
    assert [r.name for r in ranked] == ["go", "java", "php"]
    for item in ranked:
        text = dict(resumes)[item.name]
        assert item.score == matcher.compare(text, POSTING, as_of=AS_OF).score
    postings = matcher.rank_postings("Go, PostgreSQL", [("a", POSTING), ("b", "Dicari: PHP")])
    assert [r.name for r in postings] == ["a", "b"]
