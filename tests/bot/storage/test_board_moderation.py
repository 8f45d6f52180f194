"""Duplicates, replacing, editing, the level filter and job alerts, on both back ends."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.storage import (
    ALERT_PAUSE_FAILURES,
    GuildConfig,
    JobStore,
    PostingAnalysis,
    PostingResult,
    open_storage,
)
from bot.storage.models import text_fingerprint
from tests.bot.storage.conftest import Backend, SteppedClock, draft


def test_text_fingerprint_ignores_case_and_whitespace() -> None:
    assert text_fingerprint("Backend  Engineer\n\nGo") == text_fingerprint(" backend engineer go ")
    assert text_fingerprint("Backend Engineer Go") != text_fingerprint("Backend Engineer Rust")


async def test_the_same_text_is_a_duplicate_in_its_guild_only(store: JobStore) -> None:
    saved = await store.add_posting(draft(text="Golang dan PostgreSQL.\nRemote."))
    found = await store.find_duplicate(111, "  GOLANG dan postgresql. remote.", None)
    assert found is not None and found.posting_id == saved.posting_id
    assert await store.find_duplicate(222, "Golang dan PostgreSQL. Remote.", None) is None
    assert await store.find_duplicate(111, "Rust dan MySQL.", None) is None


async def test_the_same_link_is_a_duplicate(store: JobStore) -> None:
    link = "https://discord.com/channels/1/2/3"
    saved = await store.add_posting(draft(link=link))
    found = await store.find_duplicate(111, "Other words entirely.", link)
    assert found is not None and found.posting_id == saved.posting_id


async def test_an_expired_posting_is_no_duplicate(store: JobStore, clock: SteppedClock) -> None:
    await store.add_posting(draft(expires_at=clock() + timedelta(days=1)))
    clock.advance(days=2)
    text = draft().text
    assert await store.find_duplicate(111, text, None) is None


async def test_replacing_deletes_the_old_posting_in_the_same_save(store: JobStore) -> None:
    old = await store.add_posting(draft())
    new = await store.add_posting(draft(title="Backend Engineer (Go), v2"), replaces=old.posting_id)
    assert await store.get_posting(111, old.posting_id) is None
    page = await store.list_postings(111)
    assert [posting.posting_id for posting in page.postings] == [new.posting_id]


async def test_replacing_never_touches_another_guild(store: JobStore) -> None:
    other = await store.add_posting(draft(guild_id=222))
    await store.add_posting(draft(), replaces=other.posting_id)
    assert await store.get_posting(222, other.posting_id) is not None


async def test_update_rewrites_the_posting_and_its_skills(
    store: JobStore, clock: SteppedClock
) -> None:
    saved = await store.add_posting(draft())
    analysis = PostingAnalysis(score=40.0, skills=("rust",), level="senior", years=5.0)
    result = PostingResult(taxonomy_version="t2", result_json="{}")
    changed = draft(
        title="Rust Engineer",
        text="Rust, 5 tahun.",
        link="https://example.id/rust",
        expires_at=clock() + timedelta(days=3),
        analysis=analysis,
    )
    updated = await store.update_posting(111, saved.posting_id, changed, result)
    assert updated is not None
    assert updated.posting_id == saved.posting_id
    assert updated.created_at == saved.created_at
    assert (updated.title, updated.text, updated.link) == (
        "Rust Engineer",
        "Rust, 5 tahun.",
        "https://example.id/rust",
    )
    assert updated.expires_at == clock() + timedelta(days=3)
    assert (await store.list_postings(111, skill="rust")).total == 1
    assert (await store.list_postings(111, skill="go")).total == 0
    assert (await store.posting_results(111))[saved.posting_id] == result
    duplicate = await store.find_duplicate(111, "rust, 5 TAHUN.", None)
    assert duplicate is not None and duplicate.posting_id == saved.posting_id


async def test_update_of_another_guilds_posting_changes_nothing(
    store: JobStore, clock: SteppedClock
) -> None:
    saved = await store.add_posting(draft(guild_id=222))
    changed = draft(title="Taken over", expires_at=clock() + timedelta(days=3))
    assert await store.update_posting(111, saved.posting_id, changed, None) is None
    kept = await store.get_posting(222, saved.posting_id)
    assert kept is not None and kept.title == saved.title


async def test_update_refuses_an_expiry_in_the_past(store: JobStore, clock: SteppedClock) -> None:
    saved = await store.add_posting(draft())
    with pytest.raises(ValueError, match="future"):
        await store.update_posting(
            111, saved.posting_id, draft(expires_at=clock() - timedelta(days=1)), None
        )


async def test_the_board_filters_by_level(store: JobStore) -> None:
    senior = PostingAnalysis(score=70.0, skills=("go",), level="senior", years=5.0)
    await store.add_posting(draft(title="Senior Go", analysis=senior))
    await store.add_posting(draft(title="Unstated"))
    page = await store.list_postings(111, level="senior")
    assert [posting.title for posting in page.postings] == ["Senior Go"]
    assert page.total == 1
    assert page.postings[0].analysis.years == 5.0
    assert (await store.list_postings(111, level="senior", skill="go")).total == 1
    assert (await store.list_postings(111, level="junior")).total == 0
    titles = [p.title for p in (await store.list_postings(111, max_years=4)).postings]
    assert titles == ["Unstated"]  # five years asked is more; none stated is not
    assert (await store.list_postings(111, max_years=5)).total == 2


async def test_the_skill_filter_looks_at_what_a_posting_requires(store: JobStore) -> None:
    analysis = PostingAnalysis(score=70.0, skills=("go", "redis"), must_haves=("go",))
    await store.add_posting(draft(analysis=analysis))
    assert (await store.list_postings(111, skill="go")).total == 1
    assert (await store.list_postings(111, skill="redis")).total == 0


async def test_config_keeps_the_alert_channel(store: JobStore) -> None:
    await store.set_config(GuildConfig(guild_id=111, alert_channel_id=555))
    assert (await store.get_config(111)).alert_channel_id == 555
    assert (await store.get_config(222)).alert_channel_id is None


async def test_alerts_keep_ids_only_and_are_replaced(store: JobStore) -> None:
    await store.set_alert(111, 7, "skills", ("go", "redis", "go"))
    alert = await store.get_alert(111, 7)
    assert alert is not None
    assert (alert.source, alert.skills) == ("skills", ("go", "redis"))
    await store.set_alert(111, 7, "profile", ("postgresql",))
    alert = await store.get_alert(111, 7)
    assert alert is not None and (alert.source, alert.skills) == ("profile", ("postgresql",))
    assert await store.get_alert(222, 7) is None


async def test_alerts_off_deletes_everything_kept(store: JobStore, backend: Backend) -> None:
    await store.set_alert(111, 7, "skills", ("go",))
    await store.set_alert(222, 7, "skills", ("go",))
    assert await store.remove_alert(111, 7)
    assert not await store.remove_alert(111, 7)
    assert await store.get_alert(111, 7) is None
    assert await store.get_alert(222, 7) is not None
    rows = await backend.fetch("SELECT count(*) FROM alert_skill WHERE guild_id = 111")
    assert rows == [(0,)]


async def test_failed_messages_pause_alerts_and_one_delivery_resumes_counting(
    store: JobStore,
) -> None:
    await store.set_alert(111, 7, "skills", ("go",))
    await store.set_alert(111, 8, "skills", ("go",))
    for _ in range(ALERT_PAUSE_FAILURES - 1):
        await store.record_alert_delivery(111, 7, delivered=False)
    await store.record_alert_delivery(111, 7, delivered=True)
    assert [a.member_id for a in await store.alert_subscriptions(111)] == [7, 8]
    for _ in range(ALERT_PAUSE_FAILURES):
        await store.record_alert_delivery(111, 7, delivered=False)
    assert [a.member_id for a in await store.alert_subscriptions(111)] == [8]
    paused = await store.get_alert(111, 7)
    assert paused is not None and paused.failures == ALERT_PAUSE_FAILURES
    await store.set_alert(111, 7, "skills", ("go",))  # subscribing again resumes
    assert [a.member_id for a in await store.alert_subscriptions(111)] == [7, 8]


async def test_alerts_survive_a_restart(backend: Backend, clock: SteppedClock) -> None:
    async with await open_storage(backend.url, clock=clock) as first:
        await first.set_alert(111, 7, "profile", ("go", "docker"))
    async with await open_storage(backend.url, clock=clock) as second:
        alert = await second.get_alert(111, 7)
    assert alert is not None and alert.skills == ("docker", "go")
