"""End to end: the job board outlives the bot, on SQLite and on PostgreSQL.

A save the member was told about survives a clean restart, and survives the bot process being
killed with SIGKILL (with its worker) right after the reply.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from bot.storage import open_storage
from testkit.discord_emulator.harness import command_ids, running_bot
from testkit.discord_emulator.payloads import GUILD_ID, InteractionFactory, Member
from testkit.discord_emulator.server import DiscordEmulator
from tests.bot.storage.conftest import (  # noqa: F401  (fixtures)
    Backend,
    backend,
    postgres_schema_url,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
POSTING = "Backend Engineer: Golang, PostgreSQL, Redis dan Docker. Minimal 2 tahun pengalaman."


async def test_saved_postings_are_there_after_a_restart(backend: Backend) -> None:  # noqa: F811
    async with running_bot(workers=1, database_url=backend.url) as first:
        moderator = first.interactions.new_member()
        add = first.interactions.slash(
            "jobs-admin",
            {"title": "Go Engineer", "text": POSTING},
            subcommand="add",
            member=moderator,
        )
        await first.emulator.dispatch(add)
        _, saved = await first.emulator.wait_for_replies(add["token"], count=2)
        assert saved.embeds[0]["title"] == "Saved to the job board"

    async with running_bot(workers=1, database_url=backend.url) as second:
        listing = second.interactions.slash("jobs", {}, subcommand="list")
        await second.emulator.dispatch(listing)
        reply = await second.emulator.wait_for_message(listing["token"])
        assert "1 open" in reply.text
        assert "Go Engineer" in reply.text


async def test_an_acknowledged_save_survives_sigkill(
    backend: Backend,  # noqa: F811
    tmp_path: Path,
) -> None:
    emulator = DiscordEmulator()
    await emulator.start()
    environment = {
        **os.environ,
        "PYTHONPATH": str(REPO_ROOT),
        **emulator.bot_environment(),
        "DISCORD_GUILD_ID": GUILD_ID,
        "DATABASE_URL": backend.url,
        "WORKERS": "1",
    }
    log = (tmp_path / "bot.log").open("wb")  # a file, not a pipe nobody reads while it waits
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=REPO_ROOT,
        env=environment,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=log,
        # its own process group, so that the kill takes its worker process along, as stopping
        # a container does; a worker left behind would outlive the test run
        start_new_session=True,
    )
    try:
        await emulator.wait_for_shards(1, timeout=60)
        interactions = InteractionFactory(command_ids(emulator), emulator.snowflake)
        add = interactions.slash(
            "jobs-admin", {"title": "Survives SIGKILL", "text": POSTING}, subcommand="add"
        )
        await emulator.dispatch(add)
        _, saved = await emulator.wait_for_replies(add["token"], count=2, timeout=60)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        await process.wait()
        await emulator.close()
        log.close()
    assert process.returncode == -signal.SIGKILL
    assert saved.embeds[0]["title"] == "Saved to the job board", (tmp_path / "bot.log").read_text()

    async with await open_storage(backend.url) as store:
        (posting,) = (await store.list_postings(int(GUILD_ID))).postings
    assert posting.title == "Survives SIGKILL"
    assert f"#{posting.posting_id}" in saved.text
    assert "go" in posting.analysis.skills


async def test_job_alerts_are_there_after_a_restart(backend: Backend) -> None:  # noqa: F811
    async with running_bot(workers=1, database_url=backend.url) as first:
        member = first.interactions.new_member(permissions=1 << 11)
        subscribe = first.interactions.slash(
            "jobs", {"skills": "redis"}, subcommand="alerts skills", member=member
        )
        await first.emulator.dispatch(subscribe)
        answer = await first.emulator.wait_for_message(subscribe["token"])
        assert "Redis" in answer.text

    async with running_bot(workers=1, database_url=backend.url) as second:
        moderator = Member("1399999999999999999")  # not the subscriber: authors hear nothing
        add = second.interactions.slash(
            "jobs-admin",
            {"title": "Go Engineer", "text": POSTING},
            subcommand="add",
            member=moderator,
        )
        await second.emulator.dispatch(add)
        direct = second.emulator.direct_messages
        await second.emulator.wait_until(lambda: bool(direct[member.user_id]))
        assert "Go Engineer" in direct[member.user_id][0].embeds[0]["title"]
