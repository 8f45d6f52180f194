"""Property tests: any title and text a member can type round-trips and is found again."""

from __future__ import annotations

import asyncio

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.storage import MAX_TITLE_CHARS, open_storage
from tests.bot.storage.conftest import Backend, draft

# Any Unicode but lone surrogates (not encodable) and NUL (made a space by the model on purpose).
_typed = st.characters(exclude_categories=["Cs"], exclude_characters="\x00")
_titles = st.text(_typed, min_size=1, max_size=MAX_TITLE_CHARS).filter(str.strip)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    title=_titles, text=st.text(_typed, min_size=1, max_size=500).filter(str.strip), data=st.data()
)
def test_any_posting_round_trips_and_any_part_of_its_title_finds_it(
    backend: Backend, title: str, text: str, data: st.DataObject
) -> None:
    async def check() -> None:
        async with await open_storage(backend.url) as store:
            saved = await store.add_posting(draft(title=title, text=text))
            try:
                found = await store.get_posting(saved.guild_id, saved.posting_id)
                assert found == saved
                assert (saved.title, saved.text) == (title.strip(), text.strip())
                start = data.draw(st.integers(0, len(saved.title) - 1), label="start")
                end = data.draw(st.integers(start + 1, len(saved.title)), label="end")
                part = saved.title[start:end]
                matches = await store.search_titles(saved.guild_id, part, limit=5)
                assert saved.posting_id in {match.posting_id for match in matches}
            finally:
                await store.remove_posting(saved.guild_id, saved.posting_id)

    asyncio.run(check())
