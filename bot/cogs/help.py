"""/help: what the bot does, the files it reads, its limits and its privacy promise."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.render import render_help
from bot.replies import send
from bot.texts import command_text, lang_of

if TYPE_CHECKING:
    from bot.client import CocokBot


class HelpCog(commands.Cog):
    def __init__(self, bot: CocokBot) -> None:
        self.bot = bot

    @app_commands.command(
        name=command_text("help.name"), description=command_text("help.description")
    )
    async def help(self, interaction: discord.Interaction[CocokBot]) -> None:
        settings = self.bot.settings
        embed = render_help(
            lang_of(interaction.locale),
            limit_bytes=settings.max_attachment_bytes,
            cooldown_uses=settings.cooldown_uses,
            cooldown_seconds=settings.cooldown_seconds,
        )
        await send(interaction, embed, ephemeral=True)


async def setup(bot: CocokBot) -> None:
    await bot.add_cog(HelpCog(bot))
