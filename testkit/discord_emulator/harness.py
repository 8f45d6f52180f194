"""Running the real bot against the emulator inside a test's event loop."""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from bot.client import CocokBot
from bot.settings import BotSettings
from bot.storage import Clock
from bot.storage.base import utc_now
from testkit.discord_emulator.payloads import InteractionFactory
from testkit.discord_emulator.server import DiscordEmulator


@dataclass
class BotUnderTest:
    bot: CocokBot
    emulator: DiscordEmulator
    interactions: InteractionFactory


@contextlib.asynccontextmanager
async def running_bot(
    *, shards: int = 1, clock: Clock = utc_now, **settings: Any
) -> AsyncIterator[BotUnderTest]:
    """The bot logged in to a fresh emulator, its commands synced and its shards connected.

    Its job board is a fresh SQLite file unless ``database_url`` names another.
    """
    with tempfile.TemporaryDirectory(prefix="cocok-jobs-") as folder:
        settings.setdefault("database_url", f"sqlite:///{folder}/jobs.db")
        async with _running_bot(shards, clock, settings) as running:
            yield running


@contextlib.asynccontextmanager
async def _running_bot(
    shards: int, clock: Clock, settings: dict[str, Any]
) -> AsyncIterator[BotUnderTest]:
    emulator = DiscordEmulator()
    await emulator.start()
    config = BotSettings(
        _env_file=None,
        discord_token=emulator.token,
        discord_api_base=emulator.api_base,
        discord_gateway_url=emulator.gateway_url,
        **settings,
    )
    bot = CocokBot(config, clock=clock)
    running = asyncio.create_task(bot.start(emulator.token))
    try:
        connected = asyncio.create_task(emulator.wait_for_shards(shards, timeout=60))
        await asyncio.wait({connected, running}, return_when=asyncio.FIRST_COMPLETED)
        if running.done():
            connected.cancel()
            running.result()  # the bot stopped before connecting: raise its error
            raise RuntimeError("the bot stopped before connecting to the emulator")
        connected.result()
        interactions = InteractionFactory(command_ids(emulator), emulator.snowflake)
        yield BotUnderTest(bot, emulator, interactions)
    finally:
        await bot.close()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(running, timeout=10)
        await asyncio.to_thread(_join_workers)
        await emulator.close()


def _join_workers() -> None:
    # The bot closes its pool without waiting for the workers to go; waiting here means the
    # next test, and the end of the run, find no worker of this bot still running.
    for worker in multiprocessing.active_children():
        worker.join(timeout=30)


def command_ids(emulator: DiscordEmulator) -> Any:
    def command_id(name: str) -> str:
        for commands in emulator.commands.values():
            for command in commands:
                if command["name"] == name:
                    return str(command["id"])
        raise KeyError(f"the bot synced no command named {name!r}")

    return command_id
