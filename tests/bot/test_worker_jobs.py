"""/jobs match compares a resume with stored posting results and ranks as the matcher does."""

from __future__ import annotations

from pathlib import Path

import matcher
from bot.worker_jobs import BoardPosting, Document, fit_postings, read_posting, score

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


def test_a_reading_is_written_in_the_members_language_whatever_the_documents() -> None:
    scored = score(Document(text=RESUME), "resume", "en")
    assert scored.result.lang == "en" and scored.result.language != "en"
    assert all(step.hint.isascii() for step in scored.result.next_steps)
    assert score(Document(text=RESUME), "resume", "id").result.lang == "id"


def test_score_this_posting_reads_a_posting_unless_the_text_is_neither() -> None:
    cv = (Path(__file__).parents[2] / "examples" / "resume_id.txt").read_text("utf-8")

    def kind(text: str, posting_unless_other: bool) -> str:
        document = Document(text=text)
        return score(document, "auto", "en", posting_unless_other=posting_unless_other).result.kind

    assert (kind(cv, False), kind(cv, True)) == ("resume", "posting")
    assert kind(POSTINGS[3], True) == kind(POSTINGS[3], False)
    assert kind("Lunch at noon? The new place near the station opened.", True) == "other"
