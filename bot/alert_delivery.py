"""Sending new postings out: the server's announcement channel and members' job alerts.

A save is answered first; the posting then waits in a queue that one background task works
through, one message at a time with a pause between, so a server with many subscribers never
delays a moderator's reply nor runs into Discord's rate limits. A member whose direct messages
are closed is logged by id only, and their alerts pause after a few failures in a row.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING

import discord

from bot.failures import describe_bug
from bot.job_alerts import recipients
from bot.match_views import saved_posting_view
from bot.render_jobs import render_alert_card
from bot.storage import JobPosting, StorageError
from bot.texts import Lang

if TYPE_CHECKING:
    from bot.client import CocokBot

_log = logging.getLogger(__name__)

MESSAGE_INTERVAL_SECONDS = 0.5  # between two messages: well inside Discord's limits on DMs
QUEUE_SIZE = 100  # postings waiting to go out; a save beyond it is announced nowhere
_CANNOT_MESSAGE_USER = 50007  # Discord's error code for closed DMs or a blocked bot


class AlertDelivery:
    """The queue of saved postings to announce, and the task sending them."""

    def __init__(self, bot: CocokBot, *, interval: float = MESSAGE_INTERVAL_SECONDS) -> None:
        self._bot = bot
        self._interval = interval
        self._queue: asyncio.Queue[tuple[JobPosting, Lang]] = asyncio.Queue(maxsize=QUEUE_SIZE)
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="cocok-job-alerts")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    def announce(self, posting: JobPosting, lang: Lang) -> None:
        """Queue a newly saved posting; returns at once."""
        try:
            self._queue.put_nowait((posting, lang))
        except asyncio.QueueFull:
            _log.warning("alert queue full: posting %s not announced", posting.posting_id)

    async def _run(self) -> None:
        while True:
            posting, lang = await self._queue.get()
            try:
                await self._deliver(posting, lang)
            except StorageError as error:
                _log.warning("alerts for posting %s stopped: %s", posting.posting_id, error)
            except Exception as error:  # a bug must not end the alerts of every later posting
                _log.error(
                    "alerts for posting %s failed: %s", posting.posting_id, describe_bug(error)
                )

    async def _deliver(self, posting: JobPosting, lang: Lang) -> None:
        store = self._bot.store
        taxonomy = self._bot.taxonomy
        view = saved_posting_view(posting.posting_id, lang)
        config = await store.get_config(posting.guild_id)
        if config.alert_channel_id is not None:
            channel = self._bot.get_partial_messageable(config.alert_channel_id)
            card = render_alert_card(posting, taxonomy, lang, direct=False)
            try:
                await self._send(channel, card, view)
            except discord.HTTPException as error:
                _log.warning(
                    "announcing posting %s in channel %s failed: %s",
                    posting.posting_id,
                    config.alert_channel_id,
                    error.code or error.status,
                )
        alerts = await store.alert_subscriptions(posting.guild_id)
        direct = render_alert_card(posting, taxonomy, lang, direct=True)
        for member_id in recipients(posting.analysis, alerts, posting.author_id):
            delivered = await self._direct(member_id, direct, view)
            await store.record_alert_delivery(posting.guild_id, member_id, delivered=delivered)

    async def _direct(self, member_id: int, card: discord.Embed, view: discord.ui.View) -> bool:
        try:
            channel = await self._bot.create_dm(discord.Object(id=member_id))
            await self._send(channel, card, view)
        except discord.HTTPException as error:
            if error.code != _CANNOT_MESSAGE_USER:
                _log.warning("job alert to member %s failed: %s", member_id, error.status)
            else:
                _log.info("job alert to member %s not delivered: DMs closed", member_id)
            return False
        return True

    async def _send(
        self, channel: discord.abc.Messageable, card: discord.Embed, view: discord.ui.View
    ) -> None:
        try:
            await channel.send(
                embed=card, view=view, allowed_mentions=discord.AllowedMentions.none()
            )
        finally:
            await asyncio.sleep(self._interval)
