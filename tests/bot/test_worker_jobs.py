"""/jobs match compares a resume with stored posting results and ranks as the matcher does."""

from __future__ import annotations

import matcher
from bot.worker_jobs import BoardPosting, Document, fit_postings, read_posting

RESUME = "Backend developer: 3 tahun Golang, PostgreSQL, Redis dan Docker; REST API."
POSTINGS = {
    1: "Dicari backend: Go, PostgreSQL, Kubernetes, Kafka.",
    2: "Laravel developer: PHP, MySQL, Vue.js.",
    3: "Backend engineer with Golang, Redis and Docker. REST APIs, CI/CD.",
    4: "Frontend developer: React, TypeScript, CSS.",
}


def test_ranking_from_stored_results_equals_the_matchers_ranking() -> None:
    board = tuple(
        BoardPosting(posting_id, read_posting(Document(text=text)).result.result_json)
        for posting_id, text in POSTINGS.items()
    )
    report = fit_postings(Document(text=RESUME), board)
    expected = matcher.rank_postings(RESUME, [(str(key), text) for key, text in POSTINGS.items()])
    assert [(fit.posting_id, fit.score) for fit in report.fits] == [
        (int(entry.name), entry.score) for entry in expected
    ]
    assert [fit.missing for fit in report.fits] == [
        tuple(requirement.id for requirement in entry.comparison.missing) for entry in expected
    ]
    assert report.refreshed == ()


def test_postings_given_as_text_are_analysed_and_returned_to_be_kept() -> None:
    stored = read_posting(Document(text=POSTINGS[1]))
    board = (BoardPosting(1, stored.result.result_json), BoardPosting(3, text=POSTINGS[3]))
    report = fit_postings(Document(text=RESUME), board)
    assert {fit.posting_id for fit in report.fits} == {1, 3}
    ((posting_id, read),) = report.refreshed
    assert posting_id == 3 and "redis" in read.analysis.skills
    assert read.result == read_posting(Document(text=POSTINGS[3])).result


def test_stored_result_keeps_one_piece_of_evidence_per_competency() -> None:
    text = "Backend: Golang. " * 2_000
    kept = matcher.MatchResult.model_validate_json(
        read_posting(Document(text=text)).result.result_json
    )
    full = matcher.match(text, kind="posting")
    assert [hit.id for hit in kept.skills] == [hit.id for hit in full.skills]
    assert all(len(hit.evidence) == 1 for hit in kept.skills)
    assert max(len(hit.evidence) for hit in full.skills) > 1
    assert kept.score == full.score
