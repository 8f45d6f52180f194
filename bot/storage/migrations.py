"""Versioned schema migrations: the ``bot/migrations/<dialect>/NNNN_name.sql`` files.

Each back end applies the files newer than its ``schema_version`` table says, in order,
inside one transaction, so a database is always at exactly one known version.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from importlib import resources
from typing import Literal

from bot.storage.errors import SchemaVersionError

Dialect = Literal["sqlite", "postgres"]

_FILE_NAME = re.compile(r"^(?P<version>\d{4})_(?P<name>[a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations(dialect: Dialect) -> tuple[Migration, ...]:
    """The dialect's migrations in version order, numbered 1, 2, 3... without gaps."""
    folder = resources.files("bot").joinpath("migrations", dialect)
    found = []
    for entry in folder.iterdir():
        matched = _FILE_NAME.match(entry.name)
        if matched:
            version = int(matched["version"])
            found.append(Migration(version, matched["name"], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda migration: migration.version)
    versions = [migration.version for migration in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"{dialect} migrations are not numbered 1..n: {versions}")
    return tuple(found)


def pending(migrations: tuple[Migration, ...], current: int) -> tuple[Migration, ...]:
    """The migrations after version ``current``; refuses a database newer than this code."""
    latest = migrations[-1].version if migrations else 0
    if current > latest:
        raise SchemaVersionError(
            f"the database is at schema version {current}, but this cocok knows only up to "
            f"{latest}: upgrade cocok, or point DATABASE_URL at another database"
        )
    return tuple(migration for migration in migrations if migration.version > current)


def sqlite_statements(sql: str) -> list[str]:
    """Split a script into statements, since the driver runs scripts outside transactions."""
    statements: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip() and not _only_comments(buffer):
        raise ValueError(f"unterminated SQL statement: {buffer.strip()[:80]!r}")
    return statements


def _only_comments(sql: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in sql.splitlines())
