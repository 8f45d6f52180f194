"""match(): evidence that points into the text, scores in range, experience, language, kind."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import matcher
from matcher import InputError, MatchResult

RESUME_ID = """Budi Santoso — Backend Developer
Pengalaman kerja: 3 tahun sebagai backend developer di startup logistik.
Keahlian: PHP, Laravel, MySQL, PostgreSQL, Redis, Docker, Git.
Membangun REST API untuk aplikasi kasir dan merancang struktur basis data.
Menulis unit test dan melakukan deployment ke VPS dengan Nginx.
"""

RESUME_EN = """Jane Doe — Backend Engineer
4+ years of experience building services in Go and Python (Django).
Designed PostgreSQL schemas, built RESTful APIs and GraphQL endpoints.
CI/CD with GitHub Actions, Docker and Kubernetes on AWS. Strong communication skills.
"""


def _ids(result: MatchResult) -> set[str]:
    return {hit.id for hit in result.skills}


@pytest.mark.parametrize("text", [RESUME_ID, RESUME_EN])
def test_every_evidence_span_is_the_snippet_in_the_original_text(text: str) -> None:
    result = matcher.match(text)
    assert result.skills
    for hit in result.skills:
        for evidence in hit.evidence:
            assert text[evidence.start : evidence.end] == evidence.snippet


def test_plain_indonesian_resume_finds_its_stack() -> None:
    result = matcher.match(RESUME_ID, kind="resume")
    assert {"php", "laravel", "mysql", "postgresql", "docker", "git", "rest-api"} <= _ids(result)
    assert "database-design" in _ids(result)
    assert result.language == "id"
    assert result.experience.years == 3
    assert result.experience.source == "claim"


def test_plain_english_resume_finds_its_stack() -> None:
    result = matcher.match(RESUME_EN, kind="resume")
    expected = {"go", "python", "django", "postgresql", "rest-api", "graphql", "ci-cd", "docker"}
    assert expected <= _ids(result)
    assert {"kubernetes", "aws", "communication"} <= _ids(result)
    assert result.language == "en"
    assert result.experience.years == 4
    assert result.role.id == "backend"


def test_ordinary_prose_produces_no_skills() -> None:
    prose = (
        "We went to Java for a holiday and drank Java coffee. Let's go to the market, "
        "the python at the zoo slept, she wore a ruby ring, and the oracle spoke in spring. "
        "Kami pergi ke pulau Jawa naik kapal, lalu minum kopi di Bali bersama teman."
    )
    assert _ids(matcher.match(prose)) == set()


def test_results_are_deterministic_and_json_round_trip() -> None:
    first = matcher.match(RESUME_EN)
    second = matcher.match(RESUME_EN)
    assert first == second
    again = MatchResult.model_validate_json(first.model_dump_json())
    assert again == first
    assert json.loads(first.model_dump_json())["skills"][0]["evidence"][0]["snippet"]


def test_scores_are_bounded_and_higher_for_a_backend_resume() -> None:
    backend = matcher.match(RESUME_EN, kind="resume")
    frontend = matcher.match(
        "Frontend developer: React, Vue, CSS, HTML, Figma, Tailwind.", kind="resume"
    )
    assert 0 <= frontend.score < backend.score <= 100
    assert frontend.role.id == "frontend"
    assert all(0 <= value <= 100 for value in backend.categories.values())


def test_unmet_profile_groups_come_with_next_steps_in_the_text_language() -> None:
    result = matcher.match("Saya bisa HTML dan sedikit PHP.", kind="resume")
    gaps = {gap.id: gap for gap in result.missing}
    assert "relational-database" in gaps and "server-language" not in gaps
    # A PHP developer's framework step is a PHP framework.
    assert gaps["server-framework"].ids[0] == "laravel"
    steps = {step.group: step for step in result.next_steps}
    assert steps.keys() == gaps.keys()
    assert steps["server-framework"].id == "laravel"
    assert result.lang == "id"
    assert matcher.match("Saya bisa PHP.", kind="resume", lang="en").next_steps[0].hint != (
        result.next_steps[0].hint
    )


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Minimal 2 tahun pengalaman sebagai backend developer", 2),
        ("pengalaman minimal 5 tahun di bidang yang sama", 5),
        ("3+ years of experience with Java", 3),
        ("At least five years of professional experience", 5),
        ("Experience: 7 years in software development", 7),
    ],
)
def test_stated_years_of_experience_are_read(text: str, years: float) -> None:
    assert matcher.match(text, kind="resume").experience.years == years
    assert matcher.match(text, kind="posting").experience.years == years


def test_a_title_word_sets_seniority() -> None:
    senior = matcher.match("Senior Backend Engineer (Go)", kind="resume").experience
    assert senior.seniority == "senior"
    intern = matcher.match("Lowongan magang backend developer", kind="posting").experience
    assert intern.seniority == "intern"


def test_posting_and_resume_are_told_apart() -> None:
    posting = "Kami mencari Backend Developer. Kualifikasi: menguasai Laravel. Kirim CV ke HR."
    assert matcher.match(posting).kind == "posting"
    resume = (
        "Budi Santoso — Backend Developer\nbudi@example.com\n\nPengalaman Kerja\n"
        "Backend Developer, PT Logistik Maju (2021 - sekarang)\nREST API dengan Laravel.\n"
    )
    assert matcher.match(resume).kind == "resume"
    assert matcher.match("Go dan PostgreSQL itu seru dipelajari.").kind == "other"
    assert matcher.match(posting, kind="resume").kind == "resume"


def test_bad_arguments_raise_input_error() -> None:
    with pytest.raises(InputError):
        matcher.match(b"bytes are not text")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="200,000"):
        matcher.match("a" * 200_001)
    with pytest.raises(InputError, match="kind"):
        matcher.match("PHP", kind="cv")  # type: ignore[arg-type]


def test_negated_skills_are_not_counted() -> None:
    result = matcher.match(
        "Java developer. No Kubernetes experience, tidak perlu pengalaman Docker."
    )
    assert "java" in _ids(result)
    assert not {"kubernetes", "docker"} & _ids(result)
    assert {"kubernetes", "docker"} <= {hit.id for hit in result.negated}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_gives_a_valid_result(text: str) -> None:
    result = matcher.match(text)
    assert 0 <= result.score <= 100
    for hit in result.skills:
        for evidence in hit.evidence:
            assert text[evidence.start : evidence.end] == evidence.snippet


TECH_WORDS = ["Golang", "PostgreSQL", "C#", ".NET", "Node.js", "Docker", "REST API", "basis data"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([*TECH_WORDS, "dan", "and", ",", "\n", " ", "•"]), max_size=40))
def test_any_mix_of_tech_words_gives_valid_spans(words: list[str]) -> None:
    text = " ".join(words)
    result = matcher.match(text)
    assert MatchResult.model_validate(result.model_dump()) == result
    for hit in result.skills:
        assert all(text[e.start : e.end] == e.snippet for e in hit.evidence)
