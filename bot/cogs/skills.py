"""/skills and /skill: browsing the taxonomy, with autocomplete in both languages."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.app_commands import Choice
from discord.ext import commands

import taxonomy
from bot.embed_limits import clip
from bot.render import render_skill, render_skills, render_unknown_skill
from bot.replies import send
from bot.texts import command_text, lang_of
from taxonomy import Competency

if TYPE_CHECKING:
    from bot.client import CocokBot

_CHOICES_SHOWN = 25  # Discord's limit for autocomplete and choice lists
_CHOICE_CHARS = 100

_CATEGORY_CHOICES = [
    Choice(
        name=app_commands.locale_str(info.name.en, indonesian=info.name.id),
        value=info.id,
    )
    for info in taxonomy.builtin_taxonomy().profile.categories
]


def _alias_texts(competency: Competency) -> list[str]:
    return [alias if isinstance(alias, str) else alias.text for alias in competency.aliases.all()]


def _search_terms(competency: Competency, tax: taxonomy.Taxonomy) -> tuple[str, ...]:
    """Id first, then names and aliases in both languages, then the category's names."""
    category = tax.category(competency.category).name
    terms = [
        competency.id,
        competency.name,
        competency.name_id or "",
        *_alias_texts(competency),
        category.en,
        category.id,
    ]
    return tuple(term.casefold() for term in terms if term)


class SkillsCog(commands.Cog):
    def __init__(self, bot: CocokBot) -> None:
        self.bot = bot
        self._index = [(c, _search_terms(c, bot.taxonomy)) for c in bot.taxonomy.competencies]

    @app_commands.command(
        name=command_text("skills.name"), description=command_text("skills.description")
    )
    @app_commands.rename(category=command_text("skills.options.category.name"))
    @app_commands.describe(category=command_text("skills.options.category.description"))
    @app_commands.choices(category=_CATEGORY_CHOICES)
    async def skills(
        self, interaction: discord.Interaction[CocokBot], category: str | None = None
    ) -> None:
        embed = render_skills(self.bot.taxonomy, lang_of(interaction.locale), category)
        await send(interaction, embed, ephemeral=True)

    @app_commands.command(
        name=command_text("skill.name"), description=command_text("skill.description")
    )
    @app_commands.rename(competency_id=command_text("skill.options.id.name"))
    @app_commands.describe(competency_id=command_text("skill.options.id.description"))
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
        lang = lang_of(interaction.locale)
        query = current.casefold().strip()
        ranked: list[tuple[int, str, Competency]] = []
        for competency, terms in self._index:
            shown = competency.display_name(lang)
            if not query or terms[0].startswith(query) or shown.casefold().startswith(query):
                rank = 0
            elif any(term.startswith(query) for term in terms):
                rank = 1
            elif any(query in term for term in terms):
                rank = 2
            else:
                continue
            ranked.append((rank, shown.casefold(), competency))
        ranked.sort(key=lambda item: item[:2])
        return [
            Choice(
                name=clip(f"{c.display_name(lang)} ({c.id})", _CHOICE_CHARS),
                value=c.id,
            )
            for _, _, c in ranked[:_CHOICES_SHOWN]
        ]


async def setup(bot: CocokBot) -> None:
    await bot.add_cog(SkillsCog(bot))
