"""compare() and rank(): requirements covered and missing, with evidence on both sides."""

from __future__ import annotations

import matcher

POSTING = """Lowongan Backend Developer
Kualifikasi:
- Menguasai PHP dan Laravel
- Pengalaman dengan MySQL dan Redis
- Memahami Docker dan Git
"""


def test_compare_splits_requirements_into_covered_and_missing() -> None:
    resume = "Backend developer. Keahlian: PHP, Laravel, MySQL, Git."
    fit = matcher.compare(resume, POSTING)
    covered = {r.id for r in fit.covered}
    missing = {r.id for r in fit.missing}
    assert {"php", "laravel", "mysql", "git"} <= covered
    assert "docker" in missing
    assert not covered & missing
    assert 0 < fit.score < 100
    for requirement in fit.covered:
        assert requirement.posting_evidence and requirement.resume_evidence
        for evidence in requirement.resume_evidence:
            assert resume[evidence.start : evidence.end] == evidence.snippet
        for evidence in requirement.posting_evidence:
            assert POSTING[evidence.start : evidence.end] == evidence.snippet


def test_compare_reports_extra_skills_of_the_resume() -> None:
    fit = matcher.compare("PHP, Laravel, Kubernetes", POSTING)
    assert "kubernetes" in {hit.id for hit in fit.extra}


def test_a_resume_covering_everything_scores_100() -> None:
    fit = matcher.compare(POSTING, POSTING)
    assert fit.score == 100
    assert fit.missing == ()


def test_rank_puts_the_best_fit_first_and_keeps_names() -> None:
    resumes = [
        ("frontend.txt", "React, Vue, CSS"),
        ("full.txt", "PHP, Laravel, MySQL, Redis, Docker, Git"),
        ("half.txt", "PHP dan MySQL"),
    ]
    ranked = matcher.rank(POSTING, resumes)
    assert [r.name for r in ranked] == ["full.txt", "half.txt", "frontend.txt"]
    assert ranked[0].score == ranked[0].comparison.score
    assert ranked[0].score > ranked[1].score > ranked[2].score


def test_rank_of_many_resumes_matches_compare_one_by_one() -> None:
    resumes = [
        (f"r{i}", f"PHP {'Laravel ' * (i % 3)}MySQL {'Docker' if i % 2 else ''}")
        for i in range(300)
    ]
    ranked = {r.name: r.score for r in matcher.rank(POSTING, resumes)}
    for name, text in resumes[:20]:
        assert ranked[name] == matcher.compare(text, POSTING).score


def test_rank_postings_orders_openings_by_fit_and_names_their_gaps() -> None:
    resume = "Backend developer. Keahlian: PHP, Laravel, MySQL, Git."
    postings = [
        ("react", "Frontend developer: React, TypeScript, CSS"),
        ("laravel", POSTING),
        ("php", "Dicari programmer PHP dan MySQL"),
    ]
    ranked = matcher.rank_postings(resume, postings)
    assert [r.name for r in ranked] == ["php", "laravel", "react"]
    assert ranked[0].score == 100
    assert {r.id for r in ranked[1].comparison.missing} >= {"redis", "docker"}
    for entry in ranked:
        assert entry.score == matcher.compare(resume, dict(postings)[entry.name]).score


def test_rank_postings_batches_many_postings_like_compare_one_by_one() -> None:
    postings = [
        (f"p{i}", f"Dicari: PHP {'Redis ' * (i % 2)}{'Docker' * (i % 3)}") for i in range(300)
    ]
    ranked = matcher.rank_postings("PHP, Redis", postings)
    assert len(ranked) == 300
    scores = {r.name: r.score for r in ranked}
    for name, text in postings[:6]:
        assert scores[name] == matcher.compare("PHP, Redis", text).score
