"""Expiry, pruning and per-guild settings, against each back end."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.storage import GuildConfig, JobStore
from tests.bot.storage.conftest import START, Backend, SteppedClock, draft

GUILD = 111


async def test_unset_config_is_the_defaults(store: JobStore) -> None:
    assert await store.get_config(GUILD) == GuildConfig(
        guild_id=GUILD, manager_role_id=None, expiry_days=30
    )


async def test_config_is_replaced_by_the_latest_set(store: JobStore) -> None:
    await store.set_config(GuildConfig(guild_id=GUILD, manager_role_id=5555, expiry_days=14))
    assert await store.get_config(GUILD) == GuildConfig(
        guild_id=GUILD, manager_role_id=5555, expiry_days=14
    )
    await store.set_config(GuildConfig(guild_id=GUILD, manager_role_id=None, expiry_days=60))
    assert await store.get_config(GUILD) == GuildConfig(
        guild_id=GUILD, manager_role_id=None, expiry_days=60
    )


async def test_snowflake_sized_ids_survive(store: JobStore) -> None:
    big = 2**63 - 1
    await store.set_config(GuildConfig(guild_id=big, manager_role_id=big - 1))
    saved = await store.add_posting(draft(guild_id=big, author_id=big - 2))
    assert (await store.get_config(big)).manager_role_id == big - 1
    found = await store.get_posting(big, saved.posting_id)
    assert found is not None and found.author_id == big - 2


async def test_postings_expire_after_the_guild_expiry_days(store: JobStore) -> None:
    await store.set_config(GuildConfig(guild_id=GUILD, expiry_days=7))
    saved = await store.add_posting(draft())
    assert saved.expires_at == START + timedelta(days=7)


async def test_explicit_expiry_wins_over_the_guild_default(store: JobStore) -> None:
    chosen = START + timedelta(days=3, hours=4)
    saved = await store.add_posting(draft(expires_at=chosen))
    found = await store.get_posting(GUILD, saved.posting_id)
    assert found is not None and found.expires_at == chosen


@pytest.mark.parametrize("offset", [timedelta(0), timedelta(days=-1)])
async def test_expiry_not_in_the_future_is_refused(store: JobStore, offset: timedelta) -> None:
    with pytest.raises(ValueError, match="future"):
        await store.add_posting(draft(expires_at=START + offset))
    assert (await store.list_postings(GUILD)).total == 0


async def test_expired_posting_vanishes_before_it_is_pruned(
    store: JobStore, clock: SteppedClock
) -> None:
    short = await store.add_posting(draft(title="Short", expires_at=START + timedelta(days=2)))
    long = await store.add_posting(draft(title="Long"))
    clock.advance(days=2)

    assert await store.get_posting(GUILD, short.posting_id) is None
    assert [p.posting_id for p in (await store.list_postings(GUILD)).postings] == [long.posting_id]
    assert (await store.list_postings(GUILD, skill="go")).total == 1
    assert [p.posting_id for p in await store.open_postings(GUILD)] == [long.posting_id]
    assert [t.title for t in await store.search_titles(GUILD, "")] == ["Long"]


async def test_prune_deletes_only_expired_postings_of_every_guild(
    store: JobStore, clock: SteppedClock
) -> None:
    await store.add_posting(draft(guild_id=1, expires_at=START + timedelta(days=1)))
    await store.add_posting(draft(guild_id=2, expires_at=START + timedelta(days=1)))
    kept = await store.add_posting(draft(guild_id=2, expires_at=START + timedelta(days=5)))

    assert await store.prune_expired() == 0
    clock.advance(days=1)
    assert await store.prune_expired() == 2
    assert await store.prune_expired() == 0

    assert await store.get_posting(2, kept.posting_id) == kept
    assert (await store.list_postings(2)).total == 1


async def test_prune_removes_the_skill_rows_too(
    store: JobStore, clock: SteppedClock, backend: Backend
) -> None:
    await store.add_posting(draft(expires_at=START + timedelta(hours=1)))
    clock.advance(hours=1)
    await store.prune_expired()
    assert await backend.fetch("SELECT count(*) FROM job_posting_skill") == [(0,)]
    assert await backend.fetch("SELECT count(*) FROM job_posting") == [(0,)]
