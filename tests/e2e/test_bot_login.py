"""End to end: starting ``python -m bot`` with bad settings, and running it sharded."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from testkit.discord_emulator.harness import running_bot
from testkit.discord_emulator.payloads import GUILD_ID
from testkit.discord_emulator.server import DEFERRED_CHANNEL_MESSAGE, DiscordEmulator

REPO_ROOT = Path(__file__).resolve().parents[2]


async def _start_bot(env: dict[str, str], cwd: Path) -> asyncio.subprocess.Process:
    """``python -m bot`` with only ``env`` as its settings, its job board in ``cwd``."""
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SHARD_"))}
    board = {"DATABASE_URL": f"sqlite:///{cwd / 'jobs.db'}"}
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=cwd,
        env={**base, **board, "PYTHONPATH": str(REPO_ROOT), **env},
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )


async def _run_bot(env: dict[str, str], cwd: Path) -> tuple[int, str]:
    """Run ``python -m bot`` to its end; exit code and stderr."""
    process = await _start_bot(env, cwd)
    _, stderr = await asyncio.wait_for(process.communicate(), timeout=120)
    assert process.returncode is not None
    return process.returncode, stderr.decode()


@pytest.mark.asyncio
async def test_missing_token_is_a_clear_message(tmp_path: Path) -> None:
    code, stderr = await _run_bot({}, tmp_path)
    assert code == 2
    assert "DISCORD_TOKEN is not set" in stderr
    assert "Traceback" not in stderr


@pytest.mark.asyncio
async def test_rejected_token_is_a_clear_message(tmp_path: Path) -> None:
    emulator = DiscordEmulator(token="the-real-token")
    await emulator.start()
    try:
        code, stderr = await _run_bot(emulator.bot_environment("a-stale-token"), tmp_path)
    finally:
        await emulator.close()
    assert code == 1
    assert "Discord rejected DISCORD_TOKEN" in stderr
    assert "Traceback" not in stderr
    assert emulator.identify_payloads == []


@pytest.mark.asyncio
async def test_sigterm_stops_a_connected_bot_cleanly(tmp_path: Path) -> None:
    emulator = DiscordEmulator()
    await emulator.start()
    try:
        process = await _start_bot({**emulator.bot_environment(), "WORKERS": "1"}, tmp_path)
        await emulator.wait_for_shards(1, timeout=120)
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    finally:
        await emulator.close()
    assert process.returncode == 0, stderr.decode()
    assert "Traceback" not in stderr.decode()
    assert emulator.sync_requests == ["global"]


@pytest.mark.asyncio
async def test_token_from_dotenv_file_and_unreachable_discord(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("DISCORD_TOKEN=from-the-dotenv-file\n")
    code, stderr = await _run_bot({"DISCORD_API_BASE": "http://127.0.0.1:9/api/v10"}, tmp_path)
    assert code == 1
    assert "cannot reach Discord at http://127.0.0.1:9/api/v10" in stderr
    assert "Traceback" not in stderr


@pytest.mark.asyncio
async def test_invalid_setting_names_the_variable(tmp_path: Path) -> None:
    code, stderr = await _run_bot({"DISCORD_TOKEN": "x", "SHARD_IDS": "0,1"}, tmp_path)
    assert code == 2
    assert "SHARD_IDS needs SHARD_COUNT" in stderr
    assert "Traceback" not in stderr


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("database_url", "code", "message"),
    [
        ("mysql://db/jobs", 2, "DATABASE_URL must look like sqlite:///path/to/jobs.db"),
        ("sqlite://jobs.db", 2, "a sqlite URL has no host"),
        ("postgresql://cocok:secret@127.0.0.1:9/jobs", 1, "127.0.0.1:9/jobs"),
    ],
)
async def test_a_database_that_does_not_open_is_a_clear_message(
    tmp_path: Path, database_url: str, code: int, message: str
) -> None:
    emulator = DiscordEmulator()
    await emulator.start()
    try:
        env = {**emulator.bot_environment(), "DATABASE_URL": database_url}
        exit_code, stderr = await _run_bot(env, tmp_path)
    finally:
        await emulator.close()
    assert exit_code == code, stderr
    assert message in stderr
    assert "secret" not in stderr
    assert "Traceback" not in stderr
    assert emulator.sync_requests == []  # no command is offered by a bot that cannot save


@pytest.mark.asyncio
async def test_shard_ids_run_only_this_process_share() -> None:
    async with running_bot(shards=1, workers=1, shard_count=3, shard_ids=(1,)) as session:
        assert [p["shard"] for p in session.emulator.identify_payloads] == [[1, 3]]
        # Discord routes a guild to shard (guild_id >> 22) % shard_count: here shard 1 of 3
        assert (int(GUILD_ID) >> 22) % 3 == 1
        interaction = session.interactions.slash("match", {"text": "Golang dan PostgreSQL"})
        await session.emulator.dispatch(interaction)
        (ack,) = await session.emulator.wait_for_replies(interaction["token"])
        assert ack.callback_type == DEFERRED_CHANNEL_MESSAGE
