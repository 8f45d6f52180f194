"""Alias cases of every category, in both languages, run through the real matcher.

The case tables live in ``alias_cases_tech.py`` (language, framework, database, API, server) and
``alias_cases_practice.py`` (deployment, security, architecture, practice, soft skills, frontend).
"""

from __future__ import annotations

import pytest

import matcher
from tests.matcher import alias_cases_practice as practice
from tests.matcher import alias_cases_tech as tech


def _ids(text: str) -> set[str]:
    return {hit.id for hit in matcher.match(text).skills}


def _negated_ids(text: str) -> set[str]:
    return {hit.id for hit in matcher.match(text).negated}


@pytest.mark.parametrize(("competency_id", "text"), tech.FOUND + practice.FOUND)
def test_text_naming_a_competency_finds_it(competency_id: str, text: str) -> None:
    assert competency_id in _ids(text)


@pytest.mark.parametrize(("competency_id", "text"), tech.DESCRIBED + practice.DESCRIBED)
def test_a_described_competency_is_found_by_similarity(competency_id: str, text: str) -> None:
    hits = {hit.id: hit for hit in matcher.match(text).skills}
    assert competency_id in hits
    assert any(evidence.method == "similarity" for evidence in hits[competency_id].evidence)


@pytest.mark.parametrize(("competency_id", "text"), tech.NOT_FOUND + practice.NOT_FOUND)
def test_ordinary_words_and_neighbouring_ideas_do_not_find_it(
    competency_id: str, text: str
) -> None:
    assert competency_id not in _ids(text)


@pytest.mark.parametrize(("competency_id", "text"), tech.DENIED + practice.DENIED)
def test_denied_competency_is_negated_not_found(competency_id: str, text: str) -> None:
    assert competency_id not in _ids(text)
    assert competency_id in _negated_ids(text)


@pytest.mark.parametrize(("text", "expected"), tech.TOGETHER + practice.SHARED_SERVICES)
def test_one_mention_finds_every_id_it_names(text: str, expected: set[str]) -> None:
    assert expected <= _ids(text)


def test_evidence_of_a_tech_alias_points_into_the_text() -> None:
    text = "Backend: Golang, PostgreSQL dan Nginx di server Linux"
    for hit in matcher.match(text).skills:
        for evidence in hit.evidence:
            assert text[evidence.start : evidence.end] == evidence.snippet
    found = {hit.id: hit for hit in matcher.match(text).skills}
    assert found["go"].evidence[0].snippet == "Golang"
    assert found["nginx"].evidence[0].snippet == "Nginx"
