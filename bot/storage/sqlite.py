"""The embedded back end: one SQLite file through aiosqlite, nothing to install.

The file runs in WAL mode with ``synchronous=FULL``: a commit is on disk before
:meth:`SqliteJobStore.add_posting` returns, so an acknowledged save survives a crash.
One connection serves the whole bot; a lock gives each operation the connection to itself,
because statements of two coroutines would otherwise interleave inside one transaction.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

import aiosqlite

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
from bot.storage.errors import StorageUnavailableError
from bot.storage.migrations import Migration, load_migrations, pending, sqlite_statements
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

_BUSY_TIMEOUT_MS = 5000
_WAL_RETRY_SECONDS = 0.05
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)

_POSTING_COLUMNS = (
    "posting_id, guild_id, title, text, link, author_id, created_at, expires_at, analysis"
)
# One statement for both the filtered and the unfiltered list: a NULL skill matches all.
_OPEN_IN_GUILD = """
    guild_id = :guild_id AND expires_at > :now
    AND (:skill IS NULL OR EXISTS (
        SELECT 1 FROM job_posting_skill AS skill
        WHERE skill.posting_id = job_posting.posting_id
          AND skill.guild_id = :guild_id AND skill.skill_id = :skill))
    AND (:level IS NULL OR json_extract(analysis, '$.level') = :level)
    AND (:years IS NULL OR coalesce(json_extract(analysis, '$.years'), 0) <= :years)
"""


def _micros(moment: datetime) -> int:
    return (moment - _EPOCH) // _MICROSECOND


def _moment(micros: int) -> datetime:
    return _EPOCH + micros * _MICROSECOND


class SqliteJobStore(JobStore):
    """Job board in a SQLite file. Open with :meth:`open`."""

    def __init__(self, connection: aiosqlite.Connection, path: Path, clock: Clock) -> None:
        super().__init__(clock)
        self._connection = connection
        self._path = path
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path, *, clock: Clock = utc_now) -> SqliteJobStore:
        """Open (creating the file and its folders on first start) and migrate."""
        connection: aiosqlite.Connection | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: transactions are begun and ended here, explicitly.
            connection = await aiosqlite.connect(path, isolation_level=None)
            connection.row_factory = sqlite3.Row
            await connection.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
            await _enable_wal(connection)
            await connection.execute("PRAGMA synchronous = FULL")
            await connection.execute("PRAGMA foreign_keys = ON")
            await _migrate(connection, load_migrations("sqlite"))
        except (sqlite3.Error, OSError) as error:
            if connection is not None:
                await connection.close()
            raise StorageUnavailableError(
                f"cannot open the SQLite database {path}: {error}"
            ) from None
        except BaseException:
            if connection is not None:
                await connection.close()
            raise
        return cls(connection, path, clock)

    @asynccontextmanager
    async def _transaction(
        self, mode: Literal["IMMEDIATE", "DEFERRED"]
    ) -> AsyncIterator[aiosqlite.Connection]:
        async with self._lock:
            try:
                async with _begun(self._connection, mode):
                    yield self._connection
            except sqlite3.Error as error:
                raise StorageUnavailableError(
                    f"the SQLite database {self._path} failed: {error}"
                ) from None

    async def add_posting(
        self,
        draft: PostingDraft,
        result: PostingResult | None = None,
        *,
        replaces: int | None = None,
    ) -> JobPosting:
        async with self._transaction("IMMEDIATE") as connection:
            now = self.now()
            config = await self._config(connection, draft.guild_id)
            expires_at = expiry_of(draft, config, now)
            if replaces is not None:
                await connection.execute(
                    "DELETE FROM job_posting WHERE guild_id = ? AND posting_id = ?",
                    (draft.guild_id, replaces),
                )
            cursor = await connection.execute(
                "INSERT INTO job_posting (guild_id, title, title_key, text, text_hash, link,"
                " author_id, created_at, expires_at, analysis, result, taxonomy_version)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    draft.guild_id,
                    draft.title,
                    title_key(draft.title),
                    draft.text,
                    text_fingerprint(draft.text),
                    draft.link,
                    draft.author_id,
                    _micros(now),
                    _micros(expires_at),
                    draft.analysis.model_dump_json(),
                    result.result_json if result else None,
                    result.taxonomy_version if result else None,
                ),
            )
            posting_id = cursor.lastrowid
            assert posting_id is not None
            await _insert_skills(connection, posting_id, draft.guild_id, draft.analysis)
        return JobPosting(
            **draft.model_dump(exclude={"expires_at"}),
            posting_id=posting_id,
            created_at=now,
            expires_at=expires_at,
        )

    async def find_duplicate(self, guild_id: int, text: str, link: str | None) -> JobPosting | None:
        async with self._transaction("DEFERRED") as connection:
            cursor = await connection.execute(
                f"SELECT {_POSTING_COLUMNS} FROM job_posting"
                " WHERE guild_id = ? AND expires_at > ? AND (text_hash = ? OR link = ?)"
                " ORDER BY posting_id LIMIT 1",
                (guild_id, _micros(self.now()), text_fingerprint(text), link),
            )
            row = await cursor.fetchone()
        return posting_from_row(row, _moment) if row is not None else None

    async def update_posting(
        self, guild_id: int, posting_id: int, draft: PostingDraft, result: PostingResult | None
    ) -> JobPosting | None:
        async with self._transaction("IMMEDIATE") as connection:
            now = self.now()
            if draft.expires_at is None or draft.expires_at <= now:
                raise ValueError("a posting's expiry must be in the future")
            cursor = await connection.execute(
                "UPDATE job_posting SET title = ?, title_key = ?, text = ?, text_hash = ?,"
                " link = ?, expires_at = ?, analysis = ?, result = ?, taxonomy_version = ?"
                " WHERE guild_id = ? AND posting_id = ? AND expires_at > ?"
                f" RETURNING {_POSTING_COLUMNS}",
                (
                    draft.title,
                    title_key(draft.title),
                    draft.text,
                    text_fingerprint(draft.text),
                    draft.link,
                    _micros(draft.expires_at),
                    draft.analysis.model_dump_json(),
                    result.result_json if result else None,
                    result.taxonomy_version if result else None,
                    guild_id,
                    posting_id,
                    _micros(now),
                ),
            )
            row = await cursor.fetchone()
            if row is None:
                return None
            await connection.execute(
                "DELETE FROM job_posting_skill WHERE posting_id = ?", (posting_id,)
            )
            await _insert_skills(connection, posting_id, guild_id, draft.analysis)
        return posting_from_row(row, _moment)

    async def posting_results(self, guild_id: int) -> dict[int, PostingResult | None]:
        async with self._transaction("DEFERRED") as connection:
            cursor = await connection.execute(
                "SELECT posting_id, result, taxonomy_version FROM job_posting"
                " WHERE guild_id = ? AND expires_at > ?",
                (guild_id, _micros(self.now())),
            )
            rows = await cursor.fetchall()
        return {row["posting_id"]: result_from_row(row) for row in rows}

    async def set_result(
        self, guild_id: int, posting_id: int, analysis: PostingAnalysis, result: PostingResult
    ) -> bool:
        async with self._transaction("IMMEDIATE") as connection:
            cursor = await connection.execute(
                "UPDATE job_posting SET analysis = ?, result = ?, taxonomy_version = ?"
                " WHERE guild_id = ? AND posting_id = ?",
                (
                    analysis.model_dump_json(),
                    result.result_json,
                    result.taxonomy_version,
                    guild_id,
                    posting_id,
                ),
            )
            if cursor.rowcount == 0:
                return False
            await connection.execute(
                "DELETE FROM job_posting_skill WHERE posting_id = ?", (posting_id,)
            )
            await _insert_skills(connection, posting_id, guild_id, analysis)
        return True

    async def stale_postings(
        self, taxonomy_version: str, *, after_id: int = 0, limit: int = 10
    ) -> tuple[JobPosting, ...]:
        check_page(limit, 0)
        async with self._transaction("DEFERRED") as connection:
            cursor = await connection.execute(
                f"SELECT {_POSTING_COLUMNS} FROM job_posting"
                " WHERE expires_at > ? AND posting_id > ?"
                " AND (taxonomy_version IS NULL OR taxonomy_version <> ?)"
                " ORDER BY posting_id LIMIT ?",
                (_micros(self.now()), after_id, taxonomy_version, limit),
            )
            rows = await cursor.fetchall()
        return tuple(posting_from_row(row, _moment) for row in rows)

    async def get_posting(self, guild_id: int, posting_id: int) -> JobPosting | None:
        async with self._transaction("DEFERRED") as connection:
            cursor = await connection.execute(
                f"SELECT {_POSTING_COLUMNS} FROM job_posting"
                " WHERE guild_id = ? AND posting_id = ? AND expires_at > ?",
                (guild_id, posting_id, _micros(self.now())),
            )
            row = await cursor.fetchone()
        return posting_from_row(row, _moment) if row is not None else None

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
        now = _micros(self.now())
        scope = {
            "guild_id": guild_id,
            "now": now,
            "skill": skill,
            "level": level,
            "years": max_years,
        }
        async with self._transaction("DEFERRED") as connection:
            cursor = await connection.execute(
                f"SELECT count(*) FROM job_posting WHERE {_OPEN_IN_GUILD}", scope
            )
            total_row = await cursor.fetchone()
            cursor = await connection.execute(
                f"SELECT {_POSTING_COLUMNS} FROM job_posting WHERE {_OPEN_IN_GUILD}"
                " ORDER BY created_at DESC, posting_id DESC LIMIT :limit OFFSET :offset",
                {**scope, "limit": limit, "offset": offset},
            )
            rows = await cursor.fetchall()
        assert total_row is not None
        return PostingPage(
            postings=tuple(posting_from_row(row, _moment) for row in rows),
            total=total_row[0],
            offset=offset,
            limit=limit,
        )

    async def open_postings(self, guild_id: int) -> tuple[JobPosting, ...]:
        async with self._transaction("DEFERRED") as connection:
            cursor = await connection.execute(
                f"SELECT {_POSTING_COLUMNS} FROM job_posting"
                " WHERE guild_id = ? AND expires_at > ?"
                " ORDER BY created_at DESC, posting_id DESC",
                (guild_id, _micros(self.now())),
            )
            rows = await cursor.fetchall()
        return tuple(posting_from_row(row, _moment) for row in rows)

    async def search_titles(
        self, guild_id: int, query: str, *, limit: int = MAX_TITLE_MATCHES
    ) -> tuple[PostingTitle, ...]:
        check_page(limit, 0)
        async with self._transaction("DEFERRED") as connection:
            # instr, not LIKE: a % or _ typed by a member is a character, not a wildcard.
            cursor = await connection.execute(
                "SELECT posting_id, title FROM job_posting"
                " WHERE guild_id = :guild_id AND expires_at > :now"
                " AND instr(title_key, :query) > 0"
                " ORDER BY instr(title_key, :query) = 1 DESC, created_at DESC, posting_id DESC"
                " LIMIT :limit",
                {
                    "guild_id": guild_id,
                    "now": _micros(self.now()),
                    "query": title_key(query.strip()),
                    "limit": limit,
                },
            )
            rows = await cursor.fetchall()
        return tuple(PostingTitle(posting_id=row[0], title=row[1]) for row in rows)

    async def remove_posting(self, guild_id: int, posting_id: int) -> bool:
        async with self._transaction("IMMEDIATE") as connection:
            cursor = await connection.execute(
                "DELETE FROM job_posting WHERE guild_id = ? AND posting_id = ?",
                (guild_id, posting_id),
            )
            return cursor.rowcount > 0

    async def prune_expired(self) -> int:
        async with self._transaction("IMMEDIATE") as connection:
            cursor = await connection.execute(
                "DELETE FROM job_posting WHERE expires_at <= ?", (_micros(self.now()),)
            )
            return cursor.rowcount

    async def get_config(self, guild_id: int) -> GuildConfig:
        async with self._transaction("DEFERRED") as connection:
            return await self._config(connection, guild_id)

    async def set_config(self, config: GuildConfig) -> None:
        async with self._transaction("IMMEDIATE") as connection:
            await connection.execute(
                "INSERT INTO guild_config (guild_id, manager_role_id, expiry_days,"
                " alert_channel_id) VALUES (?, ?, ?, ?) ON CONFLICT (guild_id) DO UPDATE SET"
                " manager_role_id = excluded.manager_role_id, expiry_days = excluded.expiry_days,"
                " alert_channel_id = excluded.alert_channel_id",
                (
                    config.guild_id,
                    config.manager_role_id,
                    config.expiry_days,
                    config.alert_channel_id,
                ),
            )

    async def set_alert(
        self, guild_id: int, member_id: int, source: AlertSource, skills: tuple[str, ...]
    ) -> AlertSubscription:
        alert = AlertSubscription(
            guild_id=guild_id, member_id=member_id, source=source, skills=skills
        )
        async with self._transaction("IMMEDIATE") as connection:
            await connection.execute(
                "DELETE FROM alert_subscription WHERE guild_id = ? AND member_id = ?",
                (guild_id, member_id),
            )
            await connection.execute(
                "INSERT INTO alert_subscription (guild_id, member_id, source) VALUES (?, ?, ?)",
                (guild_id, member_id, source),
            )
            await connection.executemany(
                "INSERT INTO alert_skill (guild_id, member_id, skill_id) VALUES (?, ?, ?)",
                [(guild_id, member_id, skill) for skill in alert.skills],
            )
        return alert

    async def get_alert(self, guild_id: int, member_id: int) -> AlertSubscription | None:
        found = await self._alerts(guild_id, member_id)
        return found[0] if found else None

    async def remove_alert(self, guild_id: int, member_id: int) -> bool:
        async with self._transaction("IMMEDIATE") as connection:
            cursor = await connection.execute(
                "DELETE FROM alert_subscription WHERE guild_id = ? AND member_id = ?",
                (guild_id, member_id),
            )
            return cursor.rowcount > 0

    async def alert_subscriptions(self, guild_id: int) -> tuple[AlertSubscription, ...]:
        return await self._alerts(guild_id, None)

    async def _alerts(self, guild_id: int, member_id: int | None) -> tuple[AlertSubscription, ...]:
        # one member's alerts, paused or not; or every active alert of the guild
        scope = {"guild_id": guild_id, "member_id": member_id, "pause": ALERT_PAUSE_FAILURES}
        async with self._transaction("DEFERRED") as connection:
            cursor = await connection.execute(
                "SELECT guild_id, member_id, source, failures FROM alert_subscription"
                " WHERE guild_id = :guild_id AND (member_id = :member_id"
                " OR (:member_id IS NULL AND failures < :pause)) ORDER BY member_id",
                scope,
            )
            rows = await cursor.fetchall()
            cursor = await connection.execute(
                "SELECT member_id, skill_id FROM alert_skill WHERE guild_id = :guild_id"
                " AND (:member_id IS NULL OR member_id = :member_id)",
                scope,
            )
            skills = await cursor.fetchall()
        by_member: dict[int, list[str]] = {}
        for skill_row in skills:
            by_member.setdefault(skill_row[0], []).append(skill_row[1])
        return tuple(
            alert_from_row(row, tuple(by_member.get(row["member_id"], ()))) for row in rows
        )

    async def record_alert_delivery(
        self, guild_id: int, member_id: int, *, delivered: bool
    ) -> None:
        async with self._transaction("IMMEDIATE") as connection:
            await connection.execute(
                "UPDATE alert_subscription SET failures = CASE WHEN ? THEN 0 ELSE failures + 1"
                " END WHERE guild_id = ? AND member_id = ?",
                (delivered, guild_id, member_id),
            )

    async def close(self) -> None:
        async with self._lock:
            await self._connection.close()

    @staticmethod
    async def _config(connection: aiosqlite.Connection, guild_id: int) -> GuildConfig:
        cursor = await connection.execute(
            "SELECT manager_role_id, expiry_days, alert_channel_id FROM guild_config"
            " WHERE guild_id = ?",
            (guild_id,),
        )
        row = await cursor.fetchone()
        if row is None:
            return GuildConfig(guild_id=guild_id)
        return GuildConfig(
            guild_id=guild_id,
            manager_role_id=row[0],
            expiry_days=row[1],
            alert_channel_id=row[2],
        )


async def _insert_skills(
    connection: aiosqlite.Connection, posting_id: int, guild_id: int, analysis: PostingAnalysis
) -> None:
    await connection.executemany(
        "INSERT INTO job_posting_skill (posting_id, guild_id, skill_id) VALUES (?, ?, ?)",
        [(posting_id, guild_id, skill) for skill in analysis.required],
    )


@asynccontextmanager
async def _begun(
    connection: aiosqlite.Connection, mode: Literal["IMMEDIATE", "DEFERRED"]
) -> AsyncIterator[None]:
    """A transaction: committed when the block ends, rolled back when it raises."""
    # IMMEDIATE takes the write lock up front, so a writer never fails half-way on a lock.
    await connection.execute(f"BEGIN {mode}")
    try:
        yield
    except BaseException:
        await connection.execute("ROLLBACK")
        raise
    await connection.execute("COMMIT")


async def _enable_wal(connection: aiosqlite.Connection) -> None:
    # Switching a new file to WAL fails with "database is locked" at once, without waiting
    # out busy_timeout, while another process opens the same file; so wait here instead.
    for _ in range(_BUSY_TIMEOUT_MS // int(_WAL_RETRY_SECONDS * 1000)):
        try:
            await connection.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error):
                raise
            await asyncio.sleep(_WAL_RETRY_SECONDS)
    await connection.execute("PRAGMA journal_mode = WAL")


async def _migrate(connection: aiosqlite.Connection, migrations: tuple[Migration, ...]) -> None:
    async with _begun(connection, "IMMEDIATE"):
        await connection.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL, applied_at INTEGER NOT NULL)"
        )
        cursor = await connection.execute("SELECT coalesce(max(version), 0) FROM schema_version")
        row = await cursor.fetchone()
        assert row is not None
        for migration in pending(migrations, row[0]):
            for statement in sqlite_statements(migration.sql):
                await connection.execute(statement)
            await connection.execute(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, _micros(utc_now())),
            )
