"""Opening a store from a DATABASE_URL: the default file, both URL forms, and clear failures."""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from bot.storage import (
    StorageUnavailableError,
    StorageURLError,
    default_database_url,
    open_storage,
)
from bot.storage.connect import sqlite_path
from tests.bot.storage.conftest import draft


def test_default_url_is_jobs_db_in_the_user_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_database_url() == f"sqlite:///{tmp_path}/data/cocok/jobs.db"


async def test_first_start_creates_the_default_file_and_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    async with await open_storage() as store:
        await store.add_posting(draft())
    assert (tmp_path / "data" / "cocok" / "jobs.db").is_file()


async def test_three_slashes_is_relative_and_four_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    async with await open_storage("sqlite:///here/jobs.db"):
        pass
    async with await open_storage(f"sqlite:///{tmp_path}/there/jobs.db"):
        pass
    assert (tmp_path / "here" / "jobs.db").is_file()
    assert (tmp_path / "there" / "jobs.db").is_file()
    assert sqlite_path(f"sqlite:///{tmp_path}/x.db") == tmp_path / "x.db"


async def test_sqlite_file_is_in_wal_mode(tmp_path: Path) -> None:
    async with await open_storage(f"sqlite:///{tmp_path}/jobs.db"):
        with sqlite3.connect(tmp_path / "jobs.db") as connection:
            assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://user:pw@host/db", "DATABASE_URL must look like"),
        ("jobs.db", "DATABASE_URL must look like"),
        ("sqlite://host/jobs.db", "has no host"),
        ("sqlite:///", "names no file"),
        ("sqlite:///folder/", "names no file"),
        ("postgresql://user:pw@host:99999/db", "malformed"),
        ("postgresql://user:pw@[::1/db", "malformed"),
    ],
)
async def test_unsupported_url_is_a_clear_error(url: str, message: str) -> None:
    with pytest.raises(StorageURLError, match=message):
        await open_storage(url)


async def test_url_error_never_repeats_the_password() -> None:
    with pytest.raises(StorageURLError) as caught:
        await open_storage("mysql://user:hunter2@host/db")
    assert "hunter2" not in str(caught.value)


async def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "jobs.db"
    path.write_bytes(b"%PDF-1.7 definitely not SQLite" * 200)
    with pytest.raises(StorageUnavailableError, match="cannot open the SQLite database") as caught:
        await open_storage(f"sqlite:///{path}")
    assert str(path) in str(caught.value)


async def test_a_folder_in_place_of_the_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "jobs.db").mkdir()
    with pytest.raises(StorageUnavailableError, match="cannot open"):
        await open_storage(f"sqlite:///{tmp_path}/jobs.db")


async def test_a_file_in_place_of_the_folder_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "board").write_text("in the way")
    with pytest.raises(StorageUnavailableError, match="cannot open"):
        await open_storage(f"sqlite:///{tmp_path}/board/jobs.db")


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_unreachable_postgres_is_a_clear_error_without_the_password() -> None:
    port = _closed_port()
    url = f"postgresql://cocok:hunter2@127.0.0.1:{port}/jobs"
    with pytest.raises(StorageUnavailableError) as caught:
        await open_storage(url)
    message = str(caught.value)
    assert f"cannot use the PostgreSQL database 127.0.0.1:{port}/jobs" in message
    assert "hunter2" not in message


async def test_wrong_postgres_password_is_a_clear_error(postgres_schema_url: str) -> None:
    parts = urlsplit(postgres_schema_url)
    wrong = parts._replace(
        netloc=f"{parts.username}:not-the-password@{parts.hostname}:{parts.port}"
    )
    with pytest.raises(StorageUnavailableError, match="password") as caught:
        await open_storage(urlunsplit(wrong))
    assert "not-the-password" not in str(caught.value)
