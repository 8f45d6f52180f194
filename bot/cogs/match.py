"""Scoring: /match, /compare and the "Score this posting" message command.

Each command acknowledges at once (a modal, or a deferred "thinking" reply), then reads and
matches in the worker pool and follows up with the rendered result: for /match a one-screen
summary whose buttons open the rest, for /compare the comparison and its chart.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.app_commands import Choice
from discord.ext import commands

from bot import worker_jobs
from bot.inputs import (
    OPTION_TEXT_CHARS,
    PasteModal,
    Source,
    label,
    message_text,
    run_in_worker,
    scoring_cooldown,
)
from bot.match_views import MatchReplyView, SavedPostingFitButton, send_comparison
from bot.render_match import render_other, render_summary
from bot.replies import send, send_error
from bot.texts import command_text, lang_of, option_texts
from matcher import KindOption

if TYPE_CHECKING:
    from bot.client import CocokBot

# The kind option's choices, as the matcher takes them; Discord sends only these values.
_KINDS: dict[str, KindOption] = {"auto": "auto", "resume": "resume", "posting": "posting"}


class MatchCog(commands.Cog):
    """The scoring commands."""

    def __init__(self, bot: CocokBot) -> None:
        self.bot = bot
        self.score_menu = app_commands.ContextMenu(
            name=command_text("score_message.name"), callback=self.score_message
        )
        bot.tree.add_command(self.score_menu)

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(SavedPostingFitButton)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(SavedPostingFitButton)
        self.bot.tree.remove_command(self.score_menu.name, type=self.score_menu.type)

    # -- commands ----------------------------------------------------------------------------

    @app_commands.command(
        name=command_text("match.name"), description=command_text("match.description")
    )
    @option_texts("match", file="file", pasted="text", kind="kind", public="public")
    @app_commands.choices(
        kind=[
            Choice(name=command_text("choices.auto"), value="auto"),
            Choice(name=command_text("choices.resume"), value="resume"),
            Choice(name=command_text("choices.posting"), value="posting"),
        ]
    )
    @scoring_cooldown()
    async def match(
        self,
        interaction: discord.Interaction[CocokBot],
        file: discord.Attachment | None = None,
        pasted: app_commands.Range[str, 1, OPTION_TEXT_CHARS] | None = None,
        kind: str = "auto",
        public: bool = False,
    ) -> None:
        lang = lang_of(interaction.locale)
        if file is None and pasted is None:

            async def submit(
                modal_interaction: discord.Interaction[CocokBot], values: dict[str, str]
            ) -> None:
                await self._match(modal_interaction, values["text"], _KINDS[kind], public)

            fields = {"text": label(lang, "modal.text_label")}
            modal = PasteModal(label(lang, "modal.match_title"), fields, lang, submit)
            await interaction.response.send_modal(modal)
            return
        await self._match(interaction, file if file is not None else pasted, _KINDS[kind], public)

    @app_commands.command(
        name=command_text("compare.name"), description=command_text("compare.description")
    )
    @option_texts("compare", resume="resume", posting="posting", public="public")
    @scoring_cooldown()
    async def compare(
        self,
        interaction: discord.Interaction[CocokBot],
        resume: discord.Attachment | None = None,
        posting: discord.Attachment | None = None,
        public: bool = False,
    ) -> None:
        lang = lang_of(interaction.locale)
        if resume is not None and posting is not None:
            await send_comparison(interaction, resume, posting, public)
            return
        fields = {}
        if resume is None:
            fields["resume"] = label(lang, "modal.resume_label")
        if posting is None:
            fields["posting"] = label(lang, "modal.posting_label")

        async def submit(
            modal_interaction: discord.Interaction[CocokBot], values: dict[str, str]
        ) -> None:
            await send_comparison(
                modal_interaction,
                resume if resume is not None else values["resume"],
                posting if posting is not None else values["posting"],
                public,
            )

        modal = PasteModal(label(lang, "modal.compare_title"), fields, lang, submit)
        await interaction.response.send_modal(modal)

    @scoring_cooldown()
    async def score_message(
        self, interaction: discord.Interaction[CocokBot], message: discord.Message
    ) -> None:
        if message.author.bot:
            # a bot's message (this one's replies included) is no one's posting
            await send_error(interaction, lang_of(interaction.locale), "bot_message")
            return
        content = message_text(message)
        source: Source = content or (message.attachments[0] if message.attachments else None)
        if source is None:
            await send_error(interaction, lang_of(interaction.locale), "empty_message")
            return
        await self._match(interaction, source, "auto", public=False, posting_unless_other=True)

    # -- the work ----------------------------------------------------------------------------

    async def _match(
        self,
        interaction: discord.Interaction[CocokBot],
        source: Source,
        kind: KindOption,
        public: bool,
        *,
        posting_unless_other: bool = False,
    ) -> None:
        lang = lang_of(interaction.locale)
        await interaction.response.defer(ephemeral=not public, thinking=True)
        scored = await run_in_worker(
            interaction,
            "match",
            (source,),
            partial(
                worker_jobs.score,
                kind=kind,
                lang=lang,
                posting_unless_other=posting_unless_other,
            ),
            scoring=True,
        )
        if scored is None:
            return
        result = scored.result
        if result.kind == "other":
            # no score for a chat line or an article: say what it is, and how to insist, to
            # the member alone even when they asked for a public reply
            if public:
                await interaction.delete_original_response()
            await send(interaction, render_other(result, self.bot.taxonomy, lang), ephemeral=True)
            return
        view = MatchReplyView(
            result,
            scored.chart_png,
            owner=interaction.user,
            lang=lang,
            public=public,
            # the posting itself, held in this view only, for "How do I fit?"
            posting=source if result.kind == "posting" else None,
            taxonomy=self.bot.taxonomy,
        )
        embed = render_summary(result, self.bot.taxonomy, lang)
        await view.send_with(interaction, embed, ephemeral=not public)


async def setup(bot: CocokBot) -> None:
    await bot.add_cog(MatchCog(bot))
