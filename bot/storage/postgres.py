"""The shared back end: PostgreSQL through an asyncpg pool, for several bot processes at once.

Each shard of a sharded bot opens its own pool on the same database. Migrations take an
advisory lock, so shards starting together apply them once; every write is one transaction,
committed by the server before a method returns.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import asyncpg

from bot.storage.base import (
    ALERT_PAUSE_FAILURES,
    MAX_TITLE_MATCHES,
    Clock,
    JobStore,
    alert_from_row,
    check_page,
    expiry_of,
    posting_from_row,
    result_from_row,
    title_key,
    utc_now,
)
from bot.storage.errors import StorageUnavailableError, StorageURLError
from bot.storage.migrations import Migration, load_migrations, pending
from bot.storage.models import (
    AlertSource,
    AlertSubscription,
    GuildConfig,
    JobPosting,
    PostingAnalysis,
    PostingDraft,
    PostingPage,
    PostingResult,
    PostingTitle,
    text_fingerprint,
)

# Any constant works; it only has to be the same in every process that migrates.
_MIGRATION_LOCK = 0x636F636F6B
_CONNECT_TIMEOUT_SECONDS = 10
_POOL_SIZE = 4

_POSTING_COLUMNS = (
    "posting_id, guild_id, title, text, link, author_id, created_at, expires_at,"
    " analysis::text AS analysis"
)
# One statement for both the filtered and the unfiltered list: a NULL skill matches all.
_OPEN_IN_GUILD = """
    guild_id = $1 AND expires_at > $2
    AND ($3::text IS NULL OR EXISTS (
        SELECT 1 FROM job_posting_skill AS skill
        WHERE skill.posting_id = job_posting.posting_id
          AND skill.guild_id = $1 AND skill.skill_id = $3))
    AND ($4::text IS NULL OR analysis->>'level' = $4)
    AND ($5::float8 IS NULL OR coalesce((analysis->>'years')::float8, 0) <= $5)
"""
_DRIVER_ERRORS = (asyncpg.PostgresError, asyncpg.InterfaceError, OSError, asyncio.TimeoutError)


def describe_server(url: str) -> str:
    """``host:port/db`` of a URL, for messages: never the user name or password."""
    try:
        parts = urlsplit(url)
        port = parts.port or 5432
    except ValueError as error:
        raise StorageURLError(f"the PostgreSQL URL in DATABASE_URL is malformed: {error}") from None
    return f"{parts.hostname or 'localhost'}:{port}{parts.path or '/'}"


class PostgresJobStore(JobStore):
    """Job board in a PostgreSQL database. Open with :meth:`open`."""

    def __init__(self, pool: asyncpg.Pool, server: str, clock: Clock) -> None:
        super().__init__(clock)
        self._pool = pool
        self._server = server

    @classmethod
    async def open(cls, url: str, *, clock: Clock = utc_now) -> PostgresJobStore:
        """Connect a pool to ``url`` (``postgresql://user:pass@host/db``) and migrate."""
        server = describe_server(url)
        pool: asyncpg.Pool | None = None
        try:
            pool = await asyncpg.create_pool(
                url, min_size=1, max_size=_POOL_SIZE, timeout=_CONNECT_TIMEOUT_SECONDS
            )
            async with pool.acquire() as connection:
                await _migrate(connection, load_migrations("postgres"))
        except (*_DRIVER_ERRORS, ValueError) as error:
            # ValueError: asyncpg's complaint about a malformed URL.
            if pool is not None:
                await pool.close()
            raise StorageUnavailableError(
                f"cannot use the PostgreSQL database {server}: {_reason(error)}"
            ) from None
        except BaseException:
            if pool is not None:
                await pool.close()
            raise
        return cls(pool, server, clock)

    @asynccontextmanager
    async def _transaction(self, *, readonly: bool = False) -> AsyncIterator[Any]:
        # Repeatable read for reads: a page and its total come from the same snapshot.
        isolation = "repeatable_read" if readonly else "read_committed"
        try:
            async with (
                self._pool.acquire() as connection,
                connection.transaction(isolation=isolation, readonly=readonly),
            ):
                yield connection
        except _DRIVER_ERRORS as error:
            raise StorageUnavailableError(
                f"the PostgreSQL database {self._server} failed: {_reason(error)}"
            ) from None

    async def add_posting(
        self,
        draft: PostingDraft,
        result: PostingResult | None = None,
        *,
        replaces: int | None = None,
    ) -> JobPosting:
        async with self._transaction() as connection:
            now = self.now()
            config = await self._config(connection, draft.guild_id)
            expires_at = expiry_of(draft, config, now)
            if replaces is not None:
                await connection.execute(
                    "DELETE FROM job_posting WHERE guild_id = $1 AND posting_id = $2",
                    draft.guild_id,
                    replaces,
                )
            posting_id = await connection.fetchval(
                "INSERT INTO job_posting (guild_id, title, title_key, text, text_hash, link,"
                " author_id, created_at, expires_at, analysis, result, taxonomy_version)"
                " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12)"
                " RETURNING posting_id",
                draft.guild_id,
                draft.title,
                title_key(draft.title),
                draft.text,
                text_fingerprint(draft.text),
                draft.link,
                draft.author_id,
                now,
                expires_at,
                draft.analysis.model_dump_json(),
                result.result_json if result else None,
                result.taxonomy_version if result else None,
            )
            await _insert_skills(connection, posting_id, draft.guild_id, draft.analysis)
        return JobPosting(
            **draft.model_dump(exclude={"expires_at"}),
            posting_id=posting_id,
            created_at=now,
            expires_at=expires_at,
        )

    async def find_duplicate(self, guild_id: int, text: str, link: str | None) -> JobPosting | None:
        async with self._transaction(readonly=True) as connection:
            row = await connection.fetchrow(
                f"SELECT {_POSTING_COLUMNS} FROM job_posting"
                " WHERE guild_id = $1 AND expires_at > $2 AND (text_hash = $3 OR link = $4)"
                " ORDER BY posting_id LIMIT 1",
                guild_id,
                self.now(),
                text_fingerprint(text),
                link,
            )
        return posting_from_row(row, _as_is) if row is not None else None

    async def update_posting(
        self, guild_id: int, posting_id: int, draft: PostingDraft, result: PostingResult | None
    ) -> JobPosting | None:
        async with self._transaction() as connection:
            now = self.now()
            if draft.expires_at is None or draft.expires_at <= now:
                raise ValueError("a posting's expiry must be in the future")
            row = await connection.fetchrow(
                "UPDATE job_posting SET title = $1, title_key = $2, text = $3, text_hash = $4,"
                " link = $5, expires_at = $6, analysis = $7::jsonb, result = $8,"
                " taxonomy_version = $9"
                " WHERE guild_id = $10 AND posting_id = $11 AND expires_at > $12"
                f" RETURNING {_POSTING_COLUMNS}",
                draft.title,
                title_key(draft.title),
                draft.text,
                text_fingerprint(draft.text),
                draft.link,
                draft.expires_at,
                draft.analysis.model_dump_json(),
                result.result_json if result else None,
                result.taxonomy_version if result else None,
                guild_id,
                posting_id,
                now,
            )
            if row is None:
                return None
            await connection.execute(
                "DELETE FROM job_posting_skill WHERE posting_id = $1", posting_id
            )
            await _insert_skills(connection, posting_id, guild_id, draft.analysis)
        return posting_from_row(row, _as_is)

    async def posting_results(self, guild_id: int) -> dict[int, PostingResult | None]:
        async with self._transaction(readonly=True) as connection:
            rows = await connection.fetch(
                "SELECT posting_id, result, taxonomy_version FROM job_posting"
                " WHERE guild_id = $1 AND expires_at > $2",
                guild_id,
                self.now(),
            )
        return {row["posting_id"]: result_from_row(row) for row in rows}

    async def set_result(
        self, guild_id: int, posting_id: int, analysis: PostingAnalysis, result: PostingResult
    ) -> bool:
        async with self._transaction() as connection:
            updated = await connection.fetchval(
                "UPDATE job_posting SET analysis = $1::jsonb, result = $2, taxonomy_version = $3"
                " WHERE guild_id = $4 AND posting_id = $5 RETURNING posting_id",
                analysis.model_dump_json(),
                result.result_json,
                result.taxonomy_version,
                guild_id,
                posting_id,
            )
            if updated is None:
                return False
            await connection.execute(
                "DELETE FROM job_posting_skill WHERE posting_id = $1", posting_id
            )
            await _insert_skills(connection, posting_id, guild_id, analysis)
        return True

    async def stale_postings(
        self, taxonomy_version: str, *, after_id: int = 0, limit: int = 10
    ) -> tuple[JobPosting, ...]:
        check_page(limit, 0)
        async with self._transaction(readonly=True) as connection:
            rows = await connection.fetch(
                f"SELECT {_POSTING_COLUMNS} FROM job_posting"
                " WHERE expires_at > $1 AND posting_id > $2"
                " AND taxonomy_version IS DISTINCT FROM $3"
                " ORDER BY posting_id LIMIT $4",
                self.now(),
                after_id,
                taxonomy_version,
                limit,
            )
        return tuple(posting_from_row(row, _as_is) for row in rows)

    async def get_posting(self, guild_id: int, posting_id: int) -> JobPosting | None:
        async with self._transaction(readonly=True) as connection:
            row = await connection.fetchrow(
                f"SELECT {_POSTING_COLUMNS} FROM job_posting"
                " WHERE guild_id = $1 AND posting_id = $2 AND expires_at > $3",
                guild_id,
                posting_id,
                self.now(),
            )
        return posting_from_row(row, _as_is) if row is not None else None

    async def list_postings(
        self,
        guild_id: int,
        *,
        skill: str | None = None,
        level: str | None = None,
        max_years: float | None = None,
        limit: int = 10,
        offset: int = 0,
    ) -> PostingPage:
        check_page(limit, offset)
        now = self.now()
        async with self._transaction(readonly=True) as connection:
            total = await connection.fetchval(
                f"SELECT count(*) FROM job_posting WHERE {_OPEN_IN_GUILD}",
                guild_id,
                now,
                skill,
                level,
                max_years,
            )
            rows = await connection.fetch(
                f"SELECT {_POSTING_COLUMNS} FROM job_posting WHERE {_OPEN_IN_GUILD}"
                " ORDER BY created_at DESC, posting_id DESC LIMIT $6 OFFSET $7",
                guild_id,
                now,
                skill,
                level,
                max_years,
                limit,
                offset,
            )
        return PostingPage(
            postings=tuple(posting_from_row(row, _as_is) for row in rows),
            total=total,
            offset=offset,
            limit=limit,
        )

    async def open_postings(self, guild_id: int) -> tuple[JobPosting, ...]:
        async with self._transaction(readonly=True) as connection:
            rows = await connection.fetch(
                f"SELECT {_POSTING_COLUMNS} FROM job_posting"
                " WHERE guild_id = $1 AND expires_at > $2"
                " ORDER BY created_at DESC, posting_id DESC",
                guild_id,
                self.now(),
            )
        return tuple(posting_from_row(row, _as_is) for row in rows)

    async def search_titles(
        self, guild_id: int, query: str, *, limit: int = MAX_TITLE_MATCHES
    ) -> tuple[PostingTitle, ...]:
        check_page(limit, 0)
        async with self._transaction(readonly=True) as connection:
            # strpos, not LIKE: a % or _ typed by a member is a character, not a wildcard.
            rows = await connection.fetch(
                "SELECT posting_id, title FROM job_posting"
                " WHERE guild_id = $1 AND expires_at > $2 AND strpos(title_key, $3) > 0"
                " ORDER BY strpos(title_key, $3) = 1 DESC, created_at DESC, posting_id DESC"
                " LIMIT $4",
                guild_id,
                self.now(),
                title_key(query.strip()),
                limit,
            )
        return tuple(PostingTitle(posting_id=row[0], title=row[1]) for row in rows)

    async def remove_posting(self, guild_id: int, posting_id: int) -> bool:
        async with self._transaction() as connection:
            removed = await connection.fetchval(
                "DELETE FROM job_posting WHERE guild_id = $1 AND posting_id = $2"
                " RETURNING posting_id",
                guild_id,
                posting_id,
            )
        return removed is not None

    async def prune_expired(self) -> int:
        async with self._transaction() as connection:
            removed = await connection.fetch(
                "DELETE FROM job_posting WHERE expires_at <= $1 RETURNING posting_id", self.now()
            )
        return len(removed)

    async def get_config(self, guild_id: int) -> GuildConfig:
        async with self._transaction(readonly=True) as connection:
            return await self._config(connection, guild_id)

    async def set_config(self, config: GuildConfig) -> None:
        async with self._transaction() as connection:
            await connection.execute(
                "INSERT INTO guild_config (guild_id, manager_role_id, expiry_days,"
                " alert_channel_id) VALUES ($1, $2, $3, $4) ON CONFLICT (guild_id) DO UPDATE SET"
                " manager_role_id = excluded.manager_role_id, expiry_days = excluded.expiry_days,"
                " alert_channel_id = excluded.alert_channel_id",
                config.guild_id,
                config.manager_role_id,
                config.expiry_days,
                config.alert_channel_id,
            )

    async def set_alert(
        self, guild_id: int, member_id: int, source: AlertSource, skills: tuple[str, ...]
    ) -> AlertSubscription:
        alert = AlertSubscription(
            guild_id=guild_id, member_id=member_id, source=source, skills=skills
        )
        async with self._transaction() as connection:
            await connection.execute(
                "DELETE FROM alert_subscription WHERE guild_id = $1 AND member_id = $2",
                guild_id,
                member_id,
            )
            await connection.execute(
                "INSERT INTO alert_subscription (guild_id, member_id, source) VALUES ($1, $2, $3)",
                guild_id,
                member_id,
                source,
            )
            await connection.executemany(
                "INSERT INTO alert_skill (guild_id, member_id, skill_id) VALUES ($1, $2, $3)",
                [(guild_id, member_id, skill) for skill in alert.skills],
            )
        return alert

    async def get_alert(self, guild_id: int, member_id: int) -> AlertSubscription | None:
        found = await self._alerts(guild_id, member_id)
        return found[0] if found else None

    async def remove_alert(self, guild_id: int, member_id: int) -> bool:
        async with self._transaction() as connection:
            removed = await connection.fetchval(
                "DELETE FROM alert_subscription WHERE guild_id = $1 AND member_id = $2"
                " RETURNING member_id",
                guild_id,
                member_id,
            )
        return removed is not None

    async def alert_subscriptions(self, guild_id: int) -> tuple[AlertSubscription, ...]:
        return await self._alerts(guild_id, None)

    async def _alerts(self, guild_id: int, member_id: int | None) -> tuple[AlertSubscription, ...]:
        # one member's alerts, paused or not; or every active alert of the guild
        async with self._transaction(readonly=True) as connection:
            rows = await connection.fetch(
                "SELECT guild_id, member_id, source, failures FROM alert_subscription"
                " WHERE guild_id = $1 AND (member_id = $2"
                " OR ($2::bigint IS NULL AND failures < $3)) ORDER BY member_id",
                guild_id,
                member_id,
                ALERT_PAUSE_FAILURES,
            )
            skills = await connection.fetch(
                "SELECT member_id, skill_id FROM alert_skill WHERE guild_id = $1"
                " AND ($2::bigint IS NULL OR member_id = $2)",
                guild_id,
                member_id,
            )
        by_member: dict[int, list[str]] = {}
        for skill_row in skills:
            by_member.setdefault(skill_row[0], []).append(skill_row[1])
        return tuple(
            alert_from_row(row, tuple(by_member.get(row["member_id"], ()))) for row in rows
        )

    async def record_alert_delivery(
        self, guild_id: int, member_id: int, *, delivered: bool
    ) -> None:
        async with self._transaction() as connection:
            await connection.execute(
                "UPDATE alert_subscription SET failures = CASE WHEN $1 THEN 0 ELSE failures + 1"
                " END WHERE guild_id = $2 AND member_id = $3",
                delivered,
                guild_id,
                member_id,
            )

    async def close(self) -> None:
        await self._pool.close()

    @staticmethod
    async def _config(connection: Any, guild_id: int) -> GuildConfig:
        row = await connection.fetchrow(
            "SELECT manager_role_id, expiry_days, alert_channel_id FROM guild_config"
            " WHERE guild_id = $1",
            guild_id,
        )
        if row is None:
            return GuildConfig(guild_id=guild_id)
        return GuildConfig(
            guild_id=guild_id,
            manager_role_id=row[0],
            expiry_days=row[1],
            alert_channel_id=row[2],
        )


async def _insert_skills(
    connection: Any, posting_id: int, guild_id: int, analysis: PostingAnalysis
) -> None:
    await connection.executemany(
        "INSERT INTO job_posting_skill (posting_id, guild_id, skill_id) VALUES ($1, $2, $3)",
        [(posting_id, guild_id, skill) for skill in analysis.required],
    )


def _reason(error: BaseException) -> str:
    if isinstance(error, asyncio.TimeoutError):
        return "no answer in time"
    return str(error) or type(error).__name__


async def _migrate(connection: Any, migrations: tuple[Migration, ...]) -> None:
    async with connection.transaction():
        # Shards starting together queue here instead of racing to create the same tables.
        await connection.execute("SELECT pg_advisory_xact_lock($1)", _MIGRATION_LOCK)
        await connection.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY,"
            " name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"
        )
        current = await connection.fetchval("SELECT coalesce(max(version), 0) FROM schema_version")
        for migration in pending(migrations, current):
            await connection.execute(migration.sql)
            await connection.execute(
                "INSERT INTO schema_version (version, name) VALUES ($1, $2)",
                migration.version,
                migration.name,
            )


def _as_is(moment: datetime) -> datetime:
    # asyncpg already returns timestamptz columns as aware UTC datetimes.
    return moment
