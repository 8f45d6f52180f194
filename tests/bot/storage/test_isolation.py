"""Guild isolation: whatever guild A stores, guild B never sees or changes, in any method."""

from __future__ import annotations

from datetime import timedelta

from bot.storage import GuildConfig, JobStore
from tests.bot.storage.conftest import START, SteppedClock, draft

GUILD_A = 1_000_000_000_000_001
GUILD_B = 1_000_000_000_000_002


async def test_guild_b_never_sees_guild_a_postings(store: JobStore) -> None:
    secret = await store.add_posting(draft(GUILD_A, "Backend Go (A only)", skills=("go",)))

    assert await store.get_posting(GUILD_B, secret.posting_id) is None
    assert (await store.list_postings(GUILD_B)).total == 0
    assert (await store.list_postings(GUILD_B, skill="go")).postings == ()
    assert await store.open_postings(GUILD_B) == ()
    assert await store.search_titles(GUILD_B, "") == ()
    assert await store.search_titles(GUILD_B, "backend") == ()


async def test_each_guild_lists_only_its_own(store: JobStore, clock: SteppedClock) -> None:
    ids: dict[int, set[int]] = {GUILD_A: set(), GUILD_B: set()}
    for number in range(6):
        guild = GUILD_A if number % 2 == 0 else GUILD_B
        saved = await store.add_posting(draft(guild, f"Backend {number}", skills=("go",)))
        ids[guild].add(saved.posting_id)
        clock.advance(seconds=1)

    for guild in (GUILD_A, GUILD_B):
        page = await store.list_postings(guild, skill="go")
        assert {posting.posting_id for posting in page.postings} == ids[guild]
        assert page.total == 3
        assert {posting.guild_id for posting in await store.open_postings(guild)} == {guild}
        found = await store.search_titles(guild, "backend")
        assert {title.posting_id for title in found} == ids[guild]


async def test_guild_b_cannot_remove_guild_a_posting(store: JobStore) -> None:
    kept = await store.add_posting(draft(GUILD_A))
    assert await store.remove_posting(GUILD_B, kept.posting_id) is False
    assert await store.get_posting(GUILD_A, kept.posting_id) == kept


async def test_settings_are_per_guild(store: JobStore) -> None:
    await store.set_config(GuildConfig(guild_id=GUILD_A, manager_role_id=77, expiry_days=3))
    assert await store.get_config(GUILD_B) == GuildConfig(guild_id=GUILD_B)
    b_posting = await store.add_posting(draft(GUILD_B))
    assert b_posting.expires_at == START + timedelta(days=30)
    a_posting = await store.add_posting(draft(GUILD_A))
    assert a_posting.expires_at == START + timedelta(days=3)
