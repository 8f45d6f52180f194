"""The stored models refuse what no back end should hold, the same way for both."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from pydantic import ValidationError

import matcher
from bot.storage import MAX_LINK_CHARS, GuildConfig, PostingAnalysis, PostingDraft, is_web_link
from tests.bot.storage.conftest import draft


@pytest.mark.parametrize(
    "fields",
    [
        {"title": "   "},
        {"text": "\n\t"},
        {"title": "x" * 201},
        {"link": "javascript:alert(1)"},
        {"link": "https://a b <x>"},
        {"guild_id": 0},
        {"guild_id": 2**63},
        {"author_id": -5},
        {"expires_at": datetime(2030, 1, 1)},
    ],
)
def test_invalid_posting_is_refused(fields: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        draft(**fields)


def test_title_and_text_are_trimmed_and_nul_characters_become_spaces() -> None:
    posting = draft(title="  Backend\x00Engineer ", text="Go\x00lang\n\x00")
    assert (posting.title, posting.text) == ("Backend Engineer", "Go lang")


@pytest.mark.parametrize(
    "link",
    [
        "https://example.id/jobs/7?ref=discord#apply",
        "http://example.com:8080/karir_backend/(senior)",
        "https://lowongan.example/~hr/backend-dev",
    ],
)
def test_plain_web_links_are_accepted(link: str) -> None:
    assert is_web_link(link)
    assert draft(link=link).link == link


@pytest.mark.parametrize(
    "link",
    [
        "https://a b <x>",
        "https://example.com/<@&123>",
        "https://example.com/**bold**",
        "[click](https://example.com)",
        "https://example.com/\x00",
        "https://example.com/\n@everyone",
        "https://discord.com@phish.example/",
        "https://",
        "https://example.com:port/",
        "ftp://example.com/",
        "example.com",
        "https://example.com/" + "a" * MAX_LINK_CHARS,
    ],
)
def test_links_with_spaces_markup_or_no_host_are_refused(link: str) -> None:
    assert not is_web_link(link)


def test_expiry_is_kept_in_utc() -> None:
    jakarta = timezone(timedelta(hours=7))
    posting = draft(expires_at=datetime(2030, 1, 1, 7, 0, tzinfo=jakarta))
    assert posting.expires_at == datetime(2030, 1, 1, 0, 0, tzinfo=UTC)
    assert posting.expires_at is not None and posting.expires_at.utcoffset() == timedelta(0)


def test_analysis_keeps_each_skill_once_in_order() -> None:
    analysis = PostingAnalysis(score=50, skills=("go", "docker", "go"))
    assert analysis.skills == ("go", "docker")
    with pytest.raises(ValidationError):
        PostingAnalysis(score=50, skills=("go", " "))
    with pytest.raises(ValidationError):
        PostingAnalysis(score=101)


def test_analysis_from_a_real_match_keeps_score_and_ids() -> None:
    result = matcher.match("Backend developer: Golang dan PostgreSQL, REST API.")
    analysis = PostingAnalysis.from_result(result)
    assert analysis.score == result.score
    assert analysis.skills == tuple(hit.id for hit in result.skills)
    assert "go" in analysis.skills


@pytest.mark.parametrize("days", [0, 366])
def test_expiry_days_outside_a_year_are_refused(days: int) -> None:
    with pytest.raises(ValidationError):
        GuildConfig(guild_id=1, expiry_days=days)


def test_models_are_frozen() -> None:
    posting = draft()
    with pytest.raises(ValidationError):
        posting.title = "changed"  # type: ignore[misc]
    assert isinstance(posting, PostingDraft)
