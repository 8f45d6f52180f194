"""match() on whole documents: kind, sections, experience, role, requirements, gaps and plan."""

from __future__ import annotations

import datetime

import pytest

import matcher
from matcher import MatchResult

POSTING = """Backend Developer

Tentang Kami
Kami membangun aplikasi mobile dengan Flutter untuk ribuan petani.

Kualifikasi:
- Menguasai Go atau Java
- Minimal 2 tahun pengalaman dengan PostgreSQL
- Docker (nilai tambah)

Cara Melamar
Kirim CV ke hr@example.com
"""

RESUME = """Budi Santoso — Backend Developer
budi@example.com

Pengalaman Kerja
Backend Developer, PT Logistik Maju (Januari 2020 - sekarang)
Membangun REST API dengan PHP, Laravel dan MySQL.

Pendidikan
S1 Informatika, 2019
"""

NON_IT = """Staff Akuntansi

Kualifikasi:
- Minimal 3 tahun pengalaman di bidang akuntansi
- Menguasai Microsoft Excel dan SQL

Kirim lamaran ke hr@example.com
"""


def _ids(hits: tuple[matcher.SkillHit, ...]) -> set[str]:
    return {hit.id for hit in hits}


@pytest.fixture(scope="module")
def posting() -> MatchResult:
    return matcher.match(POSTING)


def test_a_posting_reads_as_requirement_groups_with_their_levels(posting: MatchResult) -> None:
    assert posting.kind == "posting"
    groups = {group.ids: group.level for group in posting.requirements}
    assert groups[("go", "java")] == "must"
    assert groups[("docker",)] == "nice"
    for group in posting.requirements:
        assert group.evidence
        assert all(group.start <= ev.start < group.end for ev in group.evidence)


def test_a_posting_gets_a_summary_and_no_learning_plan(posting: MatchResult) -> None:
    assert posting.missing == () and posting.next_steps == ()
    summary = posting.summary
    assert summary is not None
    assert "Go (Golang) atau Java" in summary.must and summary.either_or
    assert summary.nice == ("Docker",)
    assert (summary.years, summary.level) == (2.0, "junior")
    english = matcher.match(POSTING, lang="en").summary
    assert english is not None and "Go (Golang) or Java" in english.must


def test_a_skill_named_only_about_the_company_is_context_not_a_requirement(
    posting: MatchResult,
) -> None:
    assert "flutter" in _ids(posting.context)
    assert "flutter" not in _ids(posting.skills)
    assert all("flutter" not in group.ids for group in posting.requirements)


def test_evidence_names_the_section_it_stands_in(posting: MatchResult) -> None:
    kinds = [section.kind for section in posting.sections]
    assert "requirements" in kinds and "company" in kinds
    go = next(hit for hit in posting.skills if hit.id == "go")
    assert {ev.section for ev in go.evidence} == {"requirements"}
    assert posting.sections[0].start == 0 and posting.sections[-1].end == len(POSTING)


def test_a_resume_years_come_from_its_dated_work_up_to_the_date_asked() -> None:
    early = matcher.match(RESUME, as_of=datetime.date(2022, 1, 1)).experience
    later = matcher.match(RESUME, as_of=datetime.date(2025, 1, 1)).experience
    assert early.source == later.source == "periods"
    assert early.years == pytest.approx(2.0, abs=0.15)
    assert later.years == pytest.approx(5.0, abs=0.15)
    assert all(RESUME[ev.start : ev.end] == ev.snippet for ev in later.evidence)


def test_a_resume_gets_its_unmet_profile_groups_with_options_that_fit_it() -> None:
    result = matcher.match(RESUME, as_of=datetime.date(2024, 1, 1))
    assert result.kind == "resume" and result.summary is None and result.requirements == ()
    gaps = {gap.id: gap for gap in result.missing}
    assert "server-language" not in gaps and "server-framework" not in gaps
    steps = [step.roadmap_step for step in result.next_steps]
    assert steps == sorted(steps)
    assert [step.group for step in result.next_steps] == [gap.id for gap in result.missing]
    assert all(step.id == gaps[step.group or ""].ids[0] for step in result.next_steps)


def test_names_and_hints_follow_the_reader_not_the_document() -> None:
    indonesian = matcher.match(RESUME, as_of=datetime.date(2024, 1, 1))
    english = matcher.match(RESUME, as_of=datetime.date(2024, 1, 1), lang="en")
    assert (indonesian.lang, english.lang) == ("id", "en")
    assert indonesian.language == english.language
    assert [g.id for g in indonesian.missing] == [g.id for g in english.missing]
    assert [g.name for g in indonesian.missing] != [g.name for g in english.missing]


def test_other_text_gets_no_gaps_plan_summary_or_role() -> None:
    result = matcher.match("Belajar Go dan PostgreSQL itu seru, ayo ikut meetup minggu ini!")
    assert result.kind == "other"
    assert (result.missing, result.next_steps, result.requirements) == ((), (), ())
    assert result.summary is None and result.role.id is None
    assert {"go", "postgresql"} <= _ids(result.skills)


def test_a_document_about_another_trade_scores_low() -> None:
    result = matcher.match(NON_IT)
    assert result.role.id == "non-it" and result.role.backend == 0
    backend = matcher.match(POSTING)
    assert result.score < 15 < backend.score
    assert backend.role.id == "backend" and backend.role.signal[0].startswith("title:")


def test_bad_as_of_and_lang_raise_input_errors() -> None:
    with pytest.raises(matcher.InputError, match="as_of"):
        matcher.match("Go", as_of="2024-01-01")  # type: ignore[arg-type]
    with pytest.raises(matcher.InputError, match="lang"):
        matcher.match("Go", lang="fr")  # type: ignore[arg-type]


def test_every_new_field_is_described_in_the_json_schema() -> None:
    schema = MatchResult.model_json_schema()
    for field in ("kind", "lang", "sections", "context", "missing", "requirements", "summary"):
        assert schema["properties"][field].get("description"), field
