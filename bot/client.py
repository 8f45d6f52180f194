"""The cocok Discord bot: a sharded discord.py bot with one cog per feature."""

from __future__ import annotations

import asyncio
import logging
from types import TracebackType

import discord
from discord import app_commands
from discord.ext import commands

import taxonomy
from bot import worker_jobs
from bot.cooldown import MemberCooldown
from bot.endpoints import use_endpoints
from bot.failures import describe_bug, failure_reason
from bot.log_privacy import withhold_payloads
from bot.replies import send_cooldown, send_error
from bot.settings import BotSettings
from bot.storage import Clock, JobStore, open_storage
from bot.storage.base import utc_now
from bot.texts import CommandTranslator, lang_of
from bot.workers import WorkerPool

_log = logging.getLogger(__name__)

EXTENSIONS = ("bot.cogs.match", "bot.cogs.skills", "bot.cogs.jobs", "bot.cogs.help")


class CommandTree(app_commands.CommandTree["CocokBot"]):
    """Turns command errors into replies: a cooldown notice, or an apology for a bug."""

    async def on_error(
        self, interaction: discord.Interaction[CocokBot], error: app_commands.AppCommandError
    ) -> None:
        lang = lang_of(interaction.locale)
        if isinstance(error, app_commands.CommandOnCooldown):
            await send_cooldown(interaction, lang, error.retry_after)
            return
        command = interaction.command.name if interaction.command else "?"
        _log.error(
            "command %s failed for interaction %s: %s", command, interaction.id, describe_bug(error)
        )
        if interaction.type is discord.InteractionType.autocomplete:
            return  # suggestions can only be answered with suggestions
        try:
            await send_error(interaction, lang, failure_reason(error))
        except discord.HTTPException:
            _log.warning("could not tell interaction %s about the failure", interaction.id)


class CocokBot(commands.AutoShardedBot):
    """Holds what every cog shares: settings, taxonomy, worker pool, cooldown and job board.

    ``clock`` is the job board's idea of now; tests move it to see postings expire.
    """

    def __init__(self, settings: BotSettings, *, clock: Clock = utc_now) -> None:
        use_endpoints(settings.discord_api_base, settings.discord_gateway_url)
        withhold_payloads()
        # the bot never joins voice, so discord.py's warnings about voice libraries are noise
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        super().__init__(
            command_prefix=commands.when_mentioned,
            help_command=None,
            tree_cls=CommandTree,
            intents=discord.Intents(guilds=True),
            allowed_mentions=discord.AllowedMentions.none(),
            shard_count=settings.shard_count,
            # None means every shard of shard_count, which discord.py's hints leave out
            shard_ids=list(settings.shard_ids) if settings.shard_ids else None,  # type: ignore[arg-type]
        )
        self.settings = settings
        self.taxonomy = taxonomy.load_taxonomy()
        self.cooldown = MemberCooldown(settings.cooldown_uses, settings.cooldown_seconds)
        self._workers: WorkerPool | None = None
        self._store: JobStore | None = None
        self._clock = clock
        self._released: asyncio.Task[None] | None = None

    @property
    def workers(self) -> WorkerPool:
        if self._workers is None:
            raise RuntimeError("the worker pool starts in setup_hook")
        return self._workers

    @property
    def store(self) -> JobStore:
        if self._store is None:
            raise RuntimeError("the job board opens in setup_hook")
        return self._store

    async def setup_hook(self) -> None:
        # opened first: a wrong DATABASE_URL stops the bot before it shows any command
        url = self.settings.database_url
        self._store = await open_storage(url.get_secret_value() if url else None, clock=self._clock)
        self._workers = WorkerPool(
            self.settings.workers,
            timeout=self.settings.job_timeout_seconds,
            warm_up=worker_jobs.warm_up,
        )
        await self.tree.set_translator(CommandTranslator())
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        guild = None
        if self.settings.discord_guild_id is not None:
            guild = discord.Object(id=self.settings.discord_guild_id)
            self.tree.copy_global_to(guild=guild)
        synced = await self.tree.sync(guild=guild)
        scope = f"guild {guild.id}" if guild else "all guilds (global)"
        _log.info("synced %d commands to %s", len(synced), scope)

    async def close(self) -> None:
        await super().close()
        # A SIGTERM closes the bot from a task of its own while start() returns and the
        # ``async with`` block ends: both wait here for the one release of the workers and the
        # job board, which the shield keeps going when the signal's task is cancelled.
        if self._released is None:
            self._released = asyncio.create_task(self._release())
        await asyncio.shield(self._released)

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        # discord.py's own __aexit__ waits for its part of an earlier close() only
        await self.close()

    async def _release(self) -> None:
        if self._workers is not None:
            await self._workers.close()
        if self._store is not None:
            await self._store.close()
            self._store = None
