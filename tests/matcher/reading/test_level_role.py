"""Seniority from the title, else years; the role from the title, else skills."""

from __future__ import annotations

import pytest

from matcher.reading import find_sections, read_level, read_role
from matcher.reading.models import YearsReading
from matcher.reading.titles import title_lines
from taxonomy import load_taxonomy

PROFILE = load_taxonomy().profile
NO_YEARS = YearsReading(years=None, source="none")


def _level(text: str, kind: str, years: float | None = None) -> str | None:
    stated = YearsReading(years=years, source="asked") if years is not None else NO_YEARS
    sections = find_sections(text, document=kind)  # type: ignore[arg-type]
    titles = title_lines(text, sections, kind=kind)  # type: ignore[arg-type]
    return read_level(text, titles, stated, kind=kind, levels=PROFILE.levels).level  # type: ignore[arg-type]


def _role(text: str, kind: str, skills: dict[str, str] | None = None) -> str | None:
    sections = find_sections(text, document=kind)  # type: ignore[arg-type]
    titles = title_lines(text, sections, kind=kind)  # type: ignore[arg-type]
    reading = read_role(titles, skills or {}, kind=kind, roles=PROFILE.roles)  # type: ignore[arg-type]
    return reading.role


@pytest.mark.parametrize(
    ("text", "years", "level"),
    [
        ("Senior Backend Engineer\n\nRequirements:\n- Go", None, "senior"),
        ("Lowongan Magang Backend\n\nKualifikasi:\n- Mahasiswa aktif", None, "intern"),
        ("Junior/Middle Flutter Developer", None, "junior"),
        ("Backend Developer\n\nKualifikasi:\n- Lulusan Senior High School", 2.0, "junior"),
        ("Backend Developer", 3.0, "mid"),
        ("Backend Developer", 5.0, "senior"),
        ("Backend Developer", 8.0, "lead"),
        ("Backend Developer", None, None),
        ("Backend Developer", 0.5, "junior"),
        (
            "Backend Developer\n\nKualifikasi:\n- Fresh graduate dipersilakan melamar",
            None,
            "junior",
        ),
    ],
)
def test_posting_level_title_first_then_years(
    text: str, years: float | None, level: str | None
) -> None:
    assert _level(text, "posting", years) == level


def test_resume_level_comes_from_the_current_job_not_older_ones() -> None:
    text = "Experience\nTech Lead, Acme\n2021 – Present\nJunior Developer, Beta\n2017 – 2019\n"
    assert _level(text, "resume") == "lead"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Golang Developer\n\nRequirements:\n- Go", "backend"),
        ("Lowongan: Android Developer\n\nKualifikasi:\n- Kotlin", "mobile"),
        ("Senior DevOps Engineer", "devops"),
        ("Data Engineer (Middle)", "data"),
        ("QA Engineer (Software)", "other-it"),
        ("Front End Developer", "frontend"),
        ("Fullstack Developer (Backend and Frontend Engineer)", "fullstack"),
        ("Staff Akunting & Finance\n\nKualifikasi:\n- Menguasai Excel", "non-it"),
        ("Electrical Engineer Data Center\n\nRequirements:\n- 2 years in power systems", "non-it"),
        ("Koordinator Gudang\n\nKualifikasi:\n- Teliti dan jujur", "non-it"),
        ("Magang Data Visual Engineer", "data"),
    ],
)
def test_role_from_the_title(text: str, role: str) -> None:
    assert _role(text, "posting") == role


def test_working_with_the_backend_team_is_not_backend_work() -> None:
    text = "UI Designer\n\nResponsibilities:\n- Work closely with the backend team on APIs"
    assert _role(text, "posting") == "other-it"


def test_a_title_naming_no_side_leaves_the_role_to_skills() -> None:
    text = "Software Engineer\n\nRequirements:\n- Go, PostgreSQL, Redis"
    skills = {"go": "language", "postgresql": "database", "rest-api": "api"}
    assert _role(text, "posting", skills) == "backend"
    both = {**skills, "react": "frontend", "css": "frontend"}
    assert _role(text, "posting", both) == "fullstack"
    assert _role(text, "posting") is None
