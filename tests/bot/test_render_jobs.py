"""Job-board rendering without Discord: level and years, alert cards, alert settings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

import taxonomy
from bot.render_jobs import asks_level, render_alert_card, render_alerts, render_board
from bot.storage import (
    ALERT_PAUSE_FAILURES,
    AlertSubscription,
    JobPosting,
    PostingAnalysis,
    PostingPage,
)
from bot.texts import LANGS, Lang
from tests.bot.test_render import assert_within_limits

TAXONOMY = taxonomy.load_taxonomy()
NOW = datetime(2026, 12, 6, tzinfo=UTC)


def _posting(title: str = "Backend Engineer", **analysis: object) -> JobPosting:
    return JobPosting(
        posting_id=4,
        guild_id=1,
        title=title,
        text="Golang dan PostgreSQL.",
        link="https://example.id/lowongan?id=(4)",
        author_id=2,
        created_at=NOW,
        expires_at=NOW + timedelta(days=30),
        analysis=PostingAnalysis(score=70.0, **{"skills": ("go", "postgresql"), **analysis}),  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("level", "years", "lang", "shown"),
    [
        ("senior", 5.0, "en", "Senior · 5+ years"),
        ("junior", None, "en", "Junior"),
        (None, 2.5, "id", "2.5+ tahun"),
        (None, None, "en", ""),
    ],
)
def test_asks_level_names_what_is_stated(
    level: str | None, years: float | None, lang: Lang, shown: str
) -> None:
    analysis = PostingAnalysis(score=50.0, level=level, years=years)
    assert asks_level(analysis, TAXONOMY, lang) == shown


def test_board_rows_show_level_and_years_when_known() -> None:
    page = PostingPage(
        postings=(_posting(level="senior", years=5.0), _posting("Unstated")),
        total=2,
        offset=0,
        limit=5,
    )
    embed = render_board(page, TAXONOMY, "en", None, "senior")
    assert "Senior" in (embed.title or "")
    lines = (embed.description or "").splitlines()
    assert lines[0].endswith("· Senior · 5+ years")
    assert "Unstated" in lines[2] and "years" not in lines[2]


@pytest.mark.parametrize("lang", LANGS)
def test_an_alert_card_fits_and_masks_its_link(lang: Lang) -> None:
    everything = tuple(c.id for c in TAXONOMY.competencies)
    posting = _posting("🔥 **Backend @everyone Engineer** " + "x" * 150, skills=everything)
    for direct in (False, True):
        embed = render_alert_card(posting, TAXONOMY, lang, direct=direct)
        assert_within_limits(embed)
        assert "](https://example.id/lowongan?id=(4%29)" in (embed.description or "")
        assert "🔥" not in (embed.title or "") and "@everyone" not in (embed.title or "")
        assert (embed.footer.text is not None) is direct


def test_alert_settings_say_what_is_kept_and_when_they_are_paused() -> None:
    alert = AlertSubscription(guild_id=1, member_id=2, source="profile", skills=("go", "redis"))
    shown = render_alerts(alert, TAXONOMY, "en").description or ""
    assert "never your resume" in shown and "Redis" in shown and "Paused" not in shown
    paused = alert.model_copy(update={"failures": ALERT_PAUSE_FAILURES})
    assert "Paused" in (render_alerts(paused, TAXONOMY, "en").description or "")
    assert "no job alerts" in (render_alerts(None, TAXONOMY, "en").description or "")
