"""Seniority from title words, however the title is cased or spelled in Unicode.

The one-line texts here are too short to read as a resume by themselves: the kind is given.
"""

from __future__ import annotations

import pytest

import matcher


@pytest.mark.parametrize(
    ("text", "seniority"),
    [
        ("SENIOR BACKEND ENGINEER, Go", "senior"),
        # Dotted capital I and long s are the same letters to a case-blind regular expression.
        ("SENİOR Backend Developer\nGo", "senior"),
        ("ſenior backend developer", "senior"),
        ("Kepala Tim Backend, Laravel", "lead"),
        ("Backend developer, 2019-2024\n\nTech Lead at Acme (Go)", "lead"),
        ("Internship: backend developer (PHP)", "intern"),
        ("Backend developer with 5 years of experience in Go", "senior"),
    ],
)
def test_seniority_comes_from_a_title_word_or_the_years(text: str, seniority: str) -> None:
    assert matcher.match(text, kind="resume").experience.seniority == seniority


@pytest.mark.parametrize("text", ["Leadership in Go teams", "Seniority is not a skill; Go"])
def test_a_level_word_inside_another_word_is_no_title(text: str) -> None:
    assert matcher.match(text, kind="resume").experience.seniority is None
