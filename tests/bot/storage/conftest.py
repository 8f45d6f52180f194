"""Fixtures running every storage test against each back end: SQLite always, PostgreSQL when
``COCOK_TEST_POSTGRES_URL`` names a reachable server (``source .ci/start-postgres``)."""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from bot.storage import JobStore, PostingAnalysis, PostingDraft, open_storage
from bot.storage.postgres import describe_server

POSTGRES_URL_VARIABLE = "COCOK_TEST_POSTGRES_URL"
START = datetime(2025, 3, 3, 9, 30, 15, 123456, tzinfo=UTC)


class SteppedClock:
    """A clock the test moves by hand, so expiry needs no waiting."""

    def __init__(self, start: datetime = START) -> None:
        self.current = start

    def __call__(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


@dataclass
class Backend:
    """One database, empty at the start of a test, and raw access to it for inspection."""

    name: str
    url: str

    async def fetch(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        """Rows of a query run by the driver itself, outside the store."""
        if self.name == "sqlite":
            with sqlite3.connect(self.url.removeprefix("sqlite:///")) as connection:
                return [tuple(row) for row in connection.execute(sql, args)]
        connection = await asyncpg.connect(self.url)
        try:
            return [tuple(row) for row in await connection.fetch(sql, *args)]
        finally:
            await connection.close()


def _postgres_server() -> str:
    url = os.environ.get(POSTGRES_URL_VARIABLE, "").strip()
    if not url:
        pytest.skip(
            f"PostgreSQL tests need {POSTGRES_URL_VARIABLE} "
            "(source .ci/start-postgres to start a local server)"
        )
    return url


@pytest.fixture
async def postgres_schema_url() -> AsyncIterator[str]:
    """A URL whose tables land in a fresh schema, dropped afterwards."""
    url = _postgres_server()
    try:
        admin = await asyncpg.connect(url, timeout=5)
    except (OSError, asyncpg.PostgresError, TimeoutError) as error:
        pytest.skip(f"no PostgreSQL server reachable at {describe_server(url)}: {error}")
    schema = f"cocok_test_{secrets.token_hex(6)}"
    await admin.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in url else "?"
    try:
        yield f"{url}{separator}search_path={schema}"
    finally:
        await admin.execute(f"DROP SCHEMA {schema} CASCADE")
        await admin.close()


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    if request.param == "sqlite":
        yield Backend("sqlite", f"sqlite:///{tmp_path / 'board' / 'jobs.db'}")
    else:
        yield Backend("postgres", request.getfixturevalue("postgres_schema_url"))


@pytest.fixture
def clock() -> SteppedClock:
    return SteppedClock()


@pytest.fixture
async def store(backend: Backend, clock: SteppedClock) -> AsyncIterator[JobStore]:
    opened = await open_storage(backend.url, clock=clock)
    try:
        yield opened
    finally:
        await opened.close()


def draft(
    guild_id: int = 111,
    title: str = "Backend Engineer (Go)",
    *,
    skills: tuple[str, ...] = ("go", "postgresql"),
    **fields: Any,
) -> PostingDraft:
    """A valid posting; tests override what they are about."""
    values: dict[str, Any] = {
        "guild_id": guild_id,
        "title": title,
        "text": f"{title}: 3 tahun pengalaman dengan Golang dan PostgreSQL.",
        "author_id": 999,
        "analysis": PostingAnalysis(score=64.0, skills=skills),
        **fields,
    }
    return PostingDraft(**values)
