"""Opening the job board's database from a ``DATABASE_URL``.

``sqlite:///relative/jobs.db`` and ``sqlite:////absolute/jobs.db`` (the SQLAlchemy forms) open
a SQLite file; ``postgresql://user:pass@host:port/db`` (or ``postgres://``) a PostgreSQL
database. Without a URL the board lives in ``jobs.db`` in the user's data directory.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

from bot.storage.base import Clock, JobStore, utc_now
from bot.storage.errors import StorageURLError

_URL_FORMS = "sqlite:///path/to/jobs.db or postgresql://user:password@host:5432/database"


def default_database_url() -> str:
    """``sqlite:///`` + ``jobs.db`` in the user's data directory (created on first start)."""
    folder = Path(platformdirs.user_data_dir("cocok", appauthor=False))
    return "sqlite:///" + (folder / "jobs.db").as_posix()


def sqlite_path(url: str) -> Path:
    """The file a ``sqlite:///`` URL names."""
    rest = url.removeprefix("sqlite://")
    if not rest.startswith("/"):
        raise StorageURLError(
            "a sqlite URL has no host: write sqlite:///relative/jobs.db or "
            "sqlite:////absolute/jobs.db"
        )
    path = rest[1:]
    if not path or path.endswith("/"):
        raise StorageURLError(f"the sqlite URL {url!r} names no file, e.g. sqlite:///jobs.db")
    return Path(path)


async def open_storage(url: str | None = None, *, clock: Clock = utc_now) -> JobStore:
    """Open the job board named by ``url`` (default: :func:`default_database_url`), migrated.

    >>> import asyncio, tempfile
    >>> async def demo(folder: str) -> int:
    ...     async with await open_storage(f"sqlite:///{folder}/jobs.db") as store:
    ...         return (await store.list_postings(1)).total
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     asyncio.run(demo(folder))
    0

    Raises :class:`StorageURLError` for a URL of no supported form and
    :class:`StorageUnavailableError` when the database cannot be opened or reached.
    """
    url = (url or "").strip() or default_database_url()
    scheme = url.partition("://")[0].lower()
    if scheme == "sqlite":
        from bot.storage.sqlite import SqliteJobStore

        return await SqliteJobStore.open(sqlite_path(url), clock=clock)
    if scheme in ("postgresql", "postgres"):
        from bot.storage.postgres import PostgresJobStore

        return await PostgresJobStore.open(url, clock=clock)
    shown = scheme if "://" in url else "a URL"
    raise StorageURLError(f"DATABASE_URL must look like {_URL_FORMS}, not {shown}")
