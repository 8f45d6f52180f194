"""/skills and /skill: browsing the taxonomy, with autocomplete in both languages."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.app_commands import Choice
from discord.ext import commands

import taxonomy
from bot.competency_search import CompetencySearch
from bot.render import render_skill, render_skills, render_unknown_skill
from bot.replies import send
from bot.texts import command_text, lang_of, option_texts

if TYPE_CHECKING:
    from bot.client import CocokBot

_CATEGORY_CHOICES = [
    Choice(
        name=app_commands.locale_str(info.name.en, indonesian=info.name.id),
        value=info.id,
    )
    for info in taxonomy.builtin_taxonomy().profile.categories
]


class SkillsCog(commands.Cog):
    def __init__(self, bot: CocokBot) -> None:
        self.bot = bot
        self._search = CompetencySearch(bot.taxonomy)

    @app_commands.command(
        name=command_text("skills.name"), description=command_text("skills.description")
    )
    @option_texts("skills", category="category")
    @app_commands.choices(category=_CATEGORY_CHOICES)
    async def skills(
        self, interaction: discord.Interaction[CocokBot], category: str | None = None
    ) -> None:
        embed = render_skills(self.bot.taxonomy, lang_of(interaction.locale), category)
        await send(interaction, embed, ephemeral=True)

    @app_commands.command(
        name=command_text("skill.name"), description=command_text("skill.description")
    )
    @option_texts("skill", competency_id="id")
    async def skill(self, interaction: discord.Interaction[CocokBot], competency_id: str) -> None:
        lang = lang_of(interaction.locale)
        tax = self.bot.taxonomy
        if competency_id in tax:
            embed = render_skill(tax.get(competency_id), tax, lang)
        else:
            embed = render_unknown_skill(competency_id, lang)
        await send(interaction, embed, ephemeral=True)

    @skill.autocomplete("competency_id")
    async def complete_skill(
        self, interaction: discord.Interaction[CocokBot], current: str
    ) -> list[Choice[str]]:
        return self._search.choices(current, lang_of(interaction.locale))


async def setup(bot: CocokBot) -> None:
    await bot.add_cog(SkillsCog(bot))
