"""Sending a reply to an interaction: first response or follow-up, never with mentions."""

from __future__ import annotations

import contextlib
import io
from datetime import timedelta
from typing import Any

import discord

from bot.render import CHART_NAME, Markup, render_error
from bot.texts import Lang


def chart_file(png: bytes) -> discord.File:
    return discord.File(io.BytesIO(png), filename=CHART_NAME)


async def send(
    interaction: discord.Interaction,
    embed: discord.Embed,
    *,
    ephemeral: bool,
    file: discord.File | None = None,
    view: discord.ui.View | None = None,
) -> discord.Message | None:
    """Answer ``interaction`` whether or not it was deferred; a pasted @everyone pings no one.

    Returns the message sent, which the interaction's token may edit for 15 minutes.
    """
    extra: dict[str, Any] = {"view": view} if view is not None else {}
    files = [file] if file else []
    mentions = discord.AllowedMentions.none()
    if interaction.response.is_done():
        followup: discord.WebhookMessage = await interaction.followup.send(
            embed=embed, files=files, ephemeral=ephemeral, allowed_mentions=mentions, **extra
        )
        return followup
    response = await interaction.response.send_message(
        embed=embed, files=files, ephemeral=ephemeral, allowed_mentions=mentions, **extra
    )
    sent = response.resource
    return sent if isinstance(sent, discord.InteractionMessage) else None


async def send_cooldown(interaction: discord.Interaction, lang: Lang, retry_after: float) -> None:
    """Tells the member when they may score again."""
    ready_at = discord.utils.utcnow() + timedelta(seconds=retry_after)
    when = Markup(discord.utils.format_dt(ready_at, "R"))
    await send_error(interaction, lang, "cooldown", when=when, seconds=f"{retry_after:.0f}")


async def send_error(
    interaction: discord.Interaction, lang: Lang, reason: str, **values: object
) -> None:
    """A friendly ``errors.<reason>`` text, always visible to the member alone."""
    await send(interaction, render_error(lang, reason, **values), ephemeral=True)


class ReplyView(discord.ui.View):
    """Buttons held in memory under one reply, taken off it when they time out: Discord would
    answer a press on them with "This interaction failed"."""

    message: discord.Message | None = None

    async def send_with(
        self, interaction: discord.Interaction, embed: discord.Embed, *, ephemeral: bool
    ) -> None:
        """Reply with ``embed`` and these buttons, keeping the message to edit on timeout."""
        self.message = await send(interaction, embed, ephemeral=ephemeral, view=self)

    async def on_timeout(self) -> None:
        # the interaction token edits the message (ephemeral too) for 15 minutes; a reply
        # deleted meanwhile, or any other refusal, leaves nothing to take away
        if self.message is not None:
            with contextlib.suppress(discord.HTTPException):
                await self.message.edit(view=None)
