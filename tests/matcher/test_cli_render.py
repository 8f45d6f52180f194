"""The command line's renderers: labels per language, evidence summaries, escaping, views."""

from __future__ import annotations

import io

import pytest

from matcher import (
    Evidence,
    Experience,
    Gap,
    MatchResult,
    NextStep,
    RoleLeaning,
    SkillHit,
)
from matcher.cli.markdown import escape, score_report
from matcher.cli.table import console_for, score_view
from matcher.cli.text import evidence_summary, experience_summary, output_lang
from taxonomy import Taxonomy, builtin_taxonomy


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return builtin_taxonomy()


def _evidence(start: int, snippet: str, method: str = "alias", matched: str = "") -> Evidence:
    return Evidence.model_validate(
        {
            "start": start,
            "end": start + len(snippet),
            "snippet": snippet,
            "method": method,
            "matched": matched or snippet,
            "similarity": 1.0 if method == "alias" else 0.6,
        }
    )


def _result(
    evidence: tuple[Evidence, ...],
    *,
    language: str = "en",
    experience: Experience | None = None,
) -> MatchResult:
    return MatchResult.model_validate(
        {
            "score": 42.0,
            "kind": "resume",
            "language": language,
            "lang": "en" if language == "en" else "id",
            "sections": (),
            "categories": {"language": 60.0, "database": 0.0},
            "skills": (
                SkillHit(
                    id="php",
                    name="PHP",
                    category="language",
                    tier="core",
                    weight=1.5,
                    confidence=1.0,
                    evidence=evidence,
                ),
            ),
            "missing": (
                Gap(id="server-language", name="A server language", ids=("go", "php"), step=2),
            ),
            "role": RoleLeaning(
                id="backend",
                shares={"backend": 0.8, "frontend": 0.2},
                backend=0.8,
                frontend=0.2,
                signal=("php",),
            ),
            "experience": experience or Experience(),
            "next_steps": (NextStep(id="go", name="Go", hint="Write a small HTTP service."),),
            "taxonomy_version": "test",
        }
    )


@pytest.mark.parametrize(
    ("choice", "document", "expected"),
    [
        ("auto", "en", "en"),
        ("auto", "id", "id"),
        ("auto", "mixed", "id"),
        ("en", "id", "en"),
        ("id", "en", "id"),
    ],
)
def test_output_language_follows_the_document_unless_chosen(
    choice: str, document: str, expected: str
) -> None:
    assert output_lang(choice, document) == expected


def test_evidence_summary_shows_each_wording_once_and_counts_the_rest() -> None:
    evidence = (
        _evidence(0, "Golang", matched="Golang"),
        _evidence(0, "Golang", matched="Go-lang"),
        _evidence(10, "golang", matched="Golang"),
        _evidence(20, "Go developer"),
        _evidence(40, "pemograman golang", method="fuzzy"),
    )
    assert evidence_summary(evidence, "en") == "“Golang”, “Go developer”, +1"
    assert evidence_summary(evidence, "en", limit=3).endswith("“pemograman golang” (misspelled)")
    assert "(salah ketik)" in evidence_summary(evidence, "id", limit=3)


def test_evidence_summary_shortens_long_descriptive_matches() -> None:
    long = "merancang dan membangun struktur basis data relasional untuk sistem kasir"
    summary = evidence_summary((_evidence(0, long, method="similarity"),), "en")
    assert summary.endswith("(described)")
    assert len(summary) < len(long)


def test_experience_summary_names_level_and_years_in_both_languages(taxonomy: Taxonomy) -> None:
    stated = Experience(years=3, seniority="junior")
    assert experience_summary(stated, taxonomy, "en") == "Junior, 3 years"
    assert experience_summary(stated, taxonomy, "id") == "Junior, 3 tahun"
    assert experience_summary(Experience(), taxonomy, "id") == "tidak disebut"


def test_markdown_escapes_document_text_that_would_break_a_table() -> None:
    assert escape("a|b `code` *bold*\nnext") == r"a\|b \`code\` \*bold\* next"


def test_markdown_report_keeps_one_row_per_skill_whatever_the_snippet(
    taxonomy: Taxonomy,
) -> None:
    result = _result((_evidence(0, "PHP | MySQL\nrow"),))
    report = score_report("cv.txt", result, taxonomy, "en")
    skill_rows = [line for line in report.splitlines() if line.startswith("| PHP |")]
    assert len(skill_rows) == 1
    assert skill_rows[0].count(" | ") == 3
    assert r"PHP \| MySQL row" in skill_rows[0]


def test_markdown_report_in_indonesian_uses_indonesian_labels(taxonomy: Taxonomy) -> None:
    report = score_report("cv.txt", _result((_evidence(0, "PHP"),), language="id"), taxonomy, "id")
    assert "**Skor: 42/100**" in report
    assert "## Keahlian" in report and "## Langkah berikutnya" in report
    assert "Bahasa pemrograman" in report


def test_table_prints_markup_in_documents_literally(taxonomy: Taxonomy) -> None:
    buffer = io.StringIO()
    console = console_for(buffer)
    console.width = 120
    result = _result((_evidence(0, "[bold]PHP[/bold] :fire:"),))
    console.print(score_view("cv.txt", result, taxonomy, "en"))
    out = buffer.getvalue()
    assert "[bold]PHP[/bold] :fire:" in out
    for expected in ("42/100", "Missing core", "Go (Golang)", "Write a small HTTP service."):
        assert expected in out
