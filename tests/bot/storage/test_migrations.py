"""Schema migrations: applied once, in one transaction, and never onto a newer schema."""

from __future__ import annotations

import asyncio

import pytest

import bot.storage.postgres
import bot.storage.sqlite
from bot.storage import SchemaVersionError, StorageUnavailableError, open_storage
from bot.storage.migrations import Dialect, Migration, load_migrations, sqlite_statements
from tests.bot.storage.conftest import Backend, draft


def _dialect(backend: Backend) -> Dialect:
    return "sqlite" if backend.name == "sqlite" else "postgres"


async def _table_exists(backend: Backend, table: str) -> bool:
    if backend.name == "sqlite":
        rows = await backend.fetch("SELECT 1 FROM sqlite_master WHERE name = ?", table)
        return bool(rows)
    return (await backend.fetch("SELECT to_regclass($1) IS NOT NULL", table)) == [(True,)]


async def test_reopening_applies_each_migration_once(backend: Backend) -> None:
    async with await open_storage(backend.url) as store:
        saved = await store.add_posting(draft())
    async with await open_storage(backend.url) as store:
        assert await store.get_posting(saved.guild_id, saved.posting_id) == saved

    expected = [(m.version, m.name) for m in load_migrations(_dialect(backend))]
    rows = await backend.fetch("SELECT version, name FROM schema_version ORDER BY version")
    assert rows == expected


async def test_stores_opening_together_migrate_once(backend: Backend) -> None:
    stores = await asyncio.gather(*(open_storage(backend.url) for _ in range(3)))
    for store in stores:
        await store.close()
    versions = await backend.fetch("SELECT version FROM schema_version")
    assert sorted(versions) == [(m.version,) for m in load_migrations(_dialect(backend))]


async def test_database_of_a_newer_cocok_is_refused(backend: Backend) -> None:
    async with await open_storage(backend.url):
        pass
    if backend.name == "sqlite":
        newer = "INSERT INTO schema_version VALUES (999, 'from_the_future', 0)"
    else:
        newer = "INSERT INTO schema_version (version, name) VALUES (999, 'from_the_future')"
    await backend.fetch(newer)

    with pytest.raises(SchemaVersionError, match="schema version 999"):
        await open_storage(backend.url)


async def test_failed_migration_leaves_the_database_as_it_was(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with await open_storage(backend.url):
        pass
    module = bot.storage.sqlite if backend.name == "sqlite" else bot.storage.postgres
    real = load_migrations(_dialect(backend))
    broken = Migration(
        len(real) + 1, "broken", "CREATE TABLE half_done (id integer);\nCREATE TABLE broken (;\n"
    )
    monkeypatch.setattr(module, "load_migrations", lambda dialect: (*real, broken))

    with pytest.raises(StorageUnavailableError, match="cannot"):
        await open_storage(backend.url)

    assert not await _table_exists(backend, "half_done")
    versions = await backend.fetch("SELECT max(version) FROM schema_version")
    assert versions == [(len(real),)]


async def test_postings_saved_before_results_were_kept_migrate_without_one(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = bot.storage.sqlite if backend.name == "sqlite" else bot.storage.postgres
    first = load_migrations(_dialect(backend))[:1]
    with monkeypatch.context() as patched:
        patched.setattr(module, "load_migrations", lambda dialect: first)
        async with await open_storage(backend.url):
            pass
    columns = "guild_id, title, title_key, text, author_id, created_at, expires_at, analysis"
    if backend.name == "sqlite":
        year_2100 = 4_102_444_800 * 1_000_000
        values = f"111, 'Go', 'go', 'Golang', 999, 0, {year_2100}, '{{\"score\": 50}}'"
    else:
        values = "111, 'Go', 'go', 'Golang', 999, now(), '2100-01-01', '{\"score\": 50}'"
    await backend.fetch(f"INSERT INTO job_posting ({columns}) VALUES ({values})")

    async with await open_storage(backend.url) as store:
        ((posting_id, result),) = (await store.posting_results(111)).items()
        assert result is None
        posting = await store.get_posting(111, posting_id)
        assert posting is not None and posting.text == "Golang"


async def test_a_board_from_before_alerts_migrates_with_its_postings_and_settings(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = bot.storage.sqlite if backend.name == "sqlite" else bot.storage.postgres
    before_alerts = load_migrations(_dialect(backend))[:2]
    with monkeypatch.context() as patched:
        patched.setattr(module, "load_migrations", lambda dialect: before_alerts)
        async with await open_storage(backend.url):
            pass
    columns = "guild_id, title, title_key, text, link, author_id, created_at, expires_at, analysis"
    link = "https://example.id/go"
    if backend.name == "sqlite":
        year_2100 = 4_102_444_800 * 1_000_000
        values = f"111, 'Go', 'go', 'Golang', '{link}', 999, 0, {year_2100}, '{{\"score\": 50}}'"
    else:
        values = (
            f"111, 'Go', 'go', 'Golang', '{link}', 999, now(), '2100-01-01', '{{\"score\": 50}}'"
        )
    await backend.fetch(f"INSERT INTO job_posting ({columns}) VALUES ({values})")
    await backend.fetch("INSERT INTO guild_config (guild_id, expiry_days) VALUES (111, 9)")

    async with await open_storage(backend.url) as store:
        config = await store.get_config(111)
        assert (config.expiry_days, config.alert_channel_id) == (9, None)
        # saved before text hashes were kept: found again by its link, not its text
        same_link = await store.find_duplicate(111, "other text", link)
        assert same_link is not None and same_link.text == "Golang"
        assert await store.find_duplicate(111, "Golang", None) is None
        assert await store.alert_subscriptions(111) == ()


def test_both_back_ends_have_the_same_migrations() -> None:
    def names(dialect: Dialect) -> list[tuple[int, str]]:
        return [(m.version, m.name) for m in load_migrations(dialect)]

    assert names("sqlite") == names("postgres")
    assert names("sqlite")[0] == (1, "init")


def test_sqlite_script_splits_into_whole_statements() -> None:
    script = (
        "-- a comment; with a semicolon\n"
        "CREATE TABLE note (body TEXT DEFAULT 'a;b');\n"
        "\n"
        "CREATE INDEX note_body\n"
        "    ON note (body);\n"
        "-- trailing comment\n"
    )
    statements = sqlite_statements(script)
    assert len(statements) == 2
    assert statements[0].endswith("DEFAULT 'a;b');")
    assert statements[1].startswith("CREATE INDEX")


def test_unterminated_sqlite_statement_is_an_error() -> None:
    with pytest.raises(ValueError, match="unterminated"):
        sqlite_statements("CREATE TABLE note (body TEXT)\n")
