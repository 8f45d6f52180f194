"""The job-board store, run against each back end: postings in, the same postings out."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.storage import JobStore, PostingAnalysis, PostingResult
from tests.bot.storage.conftest import START, SteppedClock, draft

GUILD = 111


async def test_added_posting_comes_back_field_for_field(store: JobStore) -> None:
    saved = await store.add_posting(draft(link="https://example.com/jobs/7"))
    found = await store.get_posting(GUILD, saved.posting_id)
    assert found == saved
    assert found.title == "Backend Engineer (Go)"
    assert found.link == "https://example.com/jobs/7"
    assert found.analysis.skills == ("go", "postgresql")
    assert found.created_at == START
    assert found.expires_at == START + timedelta(days=30)


async def test_posting_ids_are_distinct_and_never_reused(store: JobStore) -> None:
    first = await store.add_posting(draft())
    await store.remove_posting(GUILD, first.posting_id)
    second = await store.add_posting(draft())
    assert second.posting_id != first.posting_id
    assert await store.get_posting(GUILD, first.posting_id) is None


async def test_nul_characters_are_spaces_in_every_back_end(store: JobStore) -> None:
    saved = await store.add_posting(draft(title="Go\x00Lead", text="Golang\x00PostgreSQL"))
    found = await store.get_posting(GUILD, saved.posting_id)
    assert found is not None
    assert (found.title, found.text) == ("Go Lead", "Golang PostgreSQL")
    titles = await store.search_titles(GUILD, "go\x00lead")
    assert [title.posting_id for title in titles] == [saved.posting_id]


async def test_text_with_quotes_and_sql_is_stored_verbatim(store: JobStore) -> None:
    title = 'Robert\'); DROP TABLE job_posting;-- "Lead"'
    text = "Gaji 20% di atas pasar; kirim CV ke `hr@example.com` \\ 'segera'"
    saved = await store.add_posting(draft(title=title, text=text))
    found = await store.get_posting(GUILD, saved.posting_id)
    assert found is not None
    assert (found.title, found.text) == (title, text)


async def test_missing_posting_is_none(store: JobStore) -> None:
    assert await store.get_posting(GUILD, 424242) is None


async def test_list_is_newest_first_and_paged(store: JobStore, clock: SteppedClock) -> None:
    saved = []
    for number in range(23):
        saved.append(await store.add_posting(draft(title=f"Posting {number:02d}")))
        clock.advance(minutes=1)
    newest_first = [posting.posting_id for posting in reversed(saved)]

    pages = [await store.list_postings(GUILD, limit=10, offset=offset) for offset in (0, 10, 20)]

    assert [page.total for page in pages] == [23, 23, 23]
    assert [len(page.postings) for page in pages] == [10, 10, 3]
    listed = [posting.posting_id for page in pages for posting in page.postings]
    assert listed == newest_first
    beyond = await store.list_postings(GUILD, limit=10, offset=30)
    assert beyond.postings == () and beyond.total == 23


async def test_postings_saved_in_the_same_instant_list_latest_first(store: JobStore) -> None:
    earlier = await store.add_posting(draft(title="Earlier"))
    later = await store.add_posting(draft(title="Later"))
    page = await store.list_postings(GUILD)
    assert [posting.posting_id for posting in page.postings] == [
        later.posting_id,
        earlier.posting_id,
    ]


async def test_skill_filter_keeps_only_postings_asking_for_it(
    store: JobStore, clock: SteppedClock
) -> None:
    go_one = await store.add_posting(draft(title="Go API", skills=("go", "rest-api")))
    clock.advance(seconds=1)
    await store.add_posting(draft(title="Java", skills=("java", "spring")))
    clock.advance(seconds=1)
    go_two = await store.add_posting(draft(title="Go infra", skills=("docker", "go")))

    page = await store.list_postings(GUILD, skill="go")

    assert [posting.posting_id for posting in page.postings] == [
        go_two.posting_id,
        go_one.posting_id,
    ]
    assert page.total == 2
    assert (await store.list_postings(GUILD, skill="kotlin")).total == 0
    assert (await store.list_postings(GUILD)).total == 3


async def test_skill_filter_pages_count_only_matches(store: JobStore) -> None:
    for number in range(5):
        skills = ("go",) if number % 2 == 0 else ("php",)
        await store.add_posting(draft(title=f"Posting {number}", skills=skills))
    page = await store.list_postings(GUILD, skill="go", limit=2, offset=2)
    assert page.total == 3
    assert [posting.analysis.skills for posting in page.postings] == [("go",)]


@pytest.mark.parametrize(("limit", "offset"), [(0, 0), (101, 0), (10, -1)])
async def test_out_of_range_page_is_refused(store: JobStore, limit: int, offset: int) -> None:
    with pytest.raises(ValueError):
        await store.list_postings(GUILD, limit=limit, offset=offset)


async def test_open_postings_are_all_of_them_newest_first(
    store: JobStore, clock: SteppedClock
) -> None:
    saved = []
    for number in range(4):
        saved.append(await store.add_posting(draft(title=f"Posting {number}")))
        clock.advance(hours=1)
    postings = await store.open_postings(GUILD)
    assert [posting.posting_id for posting in postings] == [p.posting_id for p in saved[::-1]]


async def test_title_search_ignores_case_and_ranks_prefixes_first(
    store: JobStore, clock: SteppedClock
) -> None:
    prefix = await store.add_posting(draft(title="Backend Developer Jakarta"))
    clock.advance(seconds=1)
    inside = await store.add_posting(draft(title="Senior BACKEND engineer"))
    clock.advance(seconds=1)
    await store.add_posting(draft(title="Frontend Developer"))

    found = await store.search_titles(GUILD, "  backend ")

    assert [title.posting_id for title in found] == [prefix.posting_id, inside.posting_id]
    assert found[1].title == "Senior BACKEND engineer"


async def test_title_search_treats_wildcards_as_characters(store: JobStore) -> None:
    await store.add_posting(draft(title="Backend 100% remote"))
    await store.add_posting(draft(title="Backend on-site"))
    found = await store.search_titles(GUILD, "100%")
    assert [title.title for title in found] == ["Backend 100% remote"]
    assert await store.search_titles(GUILD, "_") == ()


async def test_title_search_folds_case_beyond_ascii(store: JobStore) -> None:
    saved = await store.add_posting(draft(title="Entwickler für Straße & ÇAĞ"))
    found = await store.search_titles(GUILD, "STRASSE & çağ")
    assert [title.posting_id for title in found] == [saved.posting_id]


async def test_empty_title_search_gives_the_newest_up_to_the_limit(
    store: JobStore, clock: SteppedClock
) -> None:
    for number in range(30):
        await store.add_posting(draft(title=f"Posting {number:02d}"))
        clock.advance(seconds=1)
    found = await store.search_titles(GUILD, "")
    assert len(found) == 25
    assert found[0].title == "Posting 29"
    assert [title.title for title in await store.search_titles(GUILD, "", limit=2)] == [
        "Posting 29",
        "Posting 28",
    ]


async def test_removed_posting_is_gone_everywhere(store: JobStore) -> None:
    saved = await store.add_posting(draft())
    assert await store.remove_posting(GUILD, saved.posting_id) is True
    assert await store.remove_posting(GUILD, saved.posting_id) is False
    assert await store.get_posting(GUILD, saved.posting_id) is None
    assert (await store.list_postings(GUILD)).total == 0
    assert (await store.list_postings(GUILD, skill="go")).total == 0
    assert await store.search_titles(GUILD, "backend") == ()


async def test_concurrent_saves_all_land(store: JobStore) -> None:
    saved = await asyncio.gather(
        *(store.add_posting(draft(title=f"Posting {number}")) for number in range(20))
    )
    assert len({posting.posting_id for posting in saved}) == 20
    assert (await store.list_postings(GUILD, limit=100)).total == 20


async def test_posting_result_is_kept_and_replaced_with_its_analysis(store: JobStore) -> None:
    first = PostingResult(taxonomy_version="2026.01", result_json='{"first": 1}')
    saved = await store.add_posting(draft(skills=("go",)), first)
    bare = await store.add_posting(draft(title="Saved before results were kept"))
    assert await store.posting_results(GUILD) == {saved.posting_id: first, bare.posting_id: None}

    second = PostingResult(taxonomy_version="2026.11", result_json='{"second": 2}')
    analysis = PostingAnalysis(score=70.0, skills=("php", "mysql"))
    assert await store.set_result(GUILD, saved.posting_id, analysis, second)
    assert (await store.posting_results(GUILD))[saved.posting_id] == second
    found = await store.get_posting(GUILD, saved.posting_id)
    assert found is not None and found.analysis == analysis
    assert (await store.list_postings(GUILD, skill="php")).total == 1
    assert (await store.list_postings(GUILD, skill="go")).total == 1  # only the bare one


async def test_posting_results_stay_in_their_guild_and_leave_with_expiry(
    store: JobStore, clock: SteppedClock
) -> None:
    result = PostingResult(taxonomy_version="2026.11", result_json="{}")
    saved = await store.add_posting(draft(expires_at=START + timedelta(days=1)), result)
    analysis = PostingAnalysis(score=1.0)
    assert not await store.set_result(GUILD + 1, saved.posting_id, analysis, result)
    assert await store.posting_results(GUILD + 1) == {}
    clock.advance(days=2)
    assert await store.posting_results(GUILD) == {}


async def test_stale_postings_are_those_without_a_current_result_in_any_guild(
    store: JobStore,
) -> None:
    current = PostingResult(taxonomy_version="2026.11", result_json="{}")
    older = PostingResult(taxonomy_version="2026.01", result_json="{}")
    bare = await store.add_posting(draft())
    await store.add_posting(draft(), current)
    old = await store.add_posting(draft(guild_id=GUILD + 1), older)
    stale = await store.stale_postings("2026.11")
    assert [posting.posting_id for posting in stale] == [bare.posting_id, old.posting_id]
    later = await store.stale_postings("2026.11", after_id=bare.posting_id, limit=5)
    assert [posting.posting_id for posting in later] == [old.posting_id]
