"""Scoring: /match, /compare and the "Score this posting" message command.

Each command acknowledges at once (a modal, or a deferred "thinking" reply), then reads and
matches in the worker pool and follows up with the rendered result and its chart.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

import aiohttp
import discord
from discord import app_commands
from discord.app_commands import Choice
from discord.ext import commands

from bot import scoring
from bot.embed_limits import clip
from bot.failures import Unreadable, describe_bug
from bot.render import megabytes, render_comparison, render_match
from bot.replies import chart_file, send, send_error
from bot.texts import Lang, command_text, lang_of, text
from bot.workers import WorkerCrashed

if TYPE_CHECKING:
    from bot.client import CocokBot

_log = logging.getLogger(__name__)

MODAL_TEXT_CHARS = 4000  # Discord's limit for one modal text input
OPTION_TEXT_CHARS = 6000  # Discord's limit for a string option
_MODAL_TIMEOUT_SECONDS = 15 * 60  # as long as the interaction token lives

T = TypeVar("T")
Source = discord.Attachment | str | None


def _scoring_cooldown() -> Callable[[T], T]:
    def predicate(interaction: discord.Interaction[CocokBot]) -> bool:
        interaction.client.cooldown.check(interaction.user.id)
        return True

    return app_commands.check(predicate)


def _message_text(message: discord.Message) -> str:
    """What a member sees in a message: its content and the text of its embeds."""
    parts = [message.content]
    for embed in message.embeds:
        parts += [embed.title or "", embed.description or ""]
        parts += [f"{field.name}\n{field.value}" for field in embed.fields]
    return "\n\n".join(part for part in parts if part and part.strip())


class _PasteModal(discord.ui.Modal):
    """Asks for the text of each side that was not attached; runs ``submit`` with the texts."""

    def __init__(
        self,
        title: str,
        fields: dict[str, str],
        lang: Lang,
        submit: Callable[[discord.Interaction[CocokBot], dict[str, str]], Awaitable[None]],
    ) -> None:
        super().__init__(title=title, timeout=_MODAL_TIMEOUT_SECONDS)
        self._submit = submit
        self._lang = lang
        self._inputs: dict[str, discord.ui.TextInput[_PasteModal]] = {}
        for custom_id, label in fields.items():
            field: discord.ui.TextInput[_PasteModal] = discord.ui.TextInput(
                label=label,
                custom_id=custom_id,
                style=discord.TextStyle.paragraph,
                placeholder=text(lang, "modal.placeholder"),
                max_length=MODAL_TEXT_CHARS,
            )
            self._inputs[custom_id] = field
            self.add_item(field)

    async def on_submit(self, interaction: discord.Interaction[CocokBot]) -> None:  # type: ignore[override]
        values = {custom_id: field.value for custom_id, field in self._inputs.items()}
        await self._submit(interaction, values)

    async def on_error(  # type: ignore[override]
        self, interaction: discord.Interaction[CocokBot], error: Exception
    ) -> None:
        _log.error("modal for interaction %s failed: %s", interaction.id, describe_bug(error))
        await send_error(interaction, self._lang, "internal")


class MatchCog(commands.Cog):
    """The scoring commands."""

    def __init__(self, bot: CocokBot) -> None:
        self.bot = bot
        self.score_menu = app_commands.ContextMenu(
            name=command_text("score_message.name"), callback=self.score_message
        )
        bot.tree.add_command(self.score_menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.score_menu.name, type=self.score_menu.type)

    # -- commands ----------------------------------------------------------------------------

    @app_commands.command(
        name=command_text("match.name"), description=command_text("match.description")
    )
    @app_commands.rename(
        file=command_text("match.options.file.name"),
        pasted=command_text("match.options.text.name"),
        kind=command_text("match.options.kind.name"),
        public=command_text("match.options.public.name"),
    )
    @app_commands.describe(
        file=command_text("match.options.file.description"),
        pasted=command_text("match.options.text.description"),
        kind=command_text("match.options.kind.description"),
        public=command_text("match.options.public.description"),
    )
    @app_commands.choices(
        kind=[
            Choice(name=command_text("choices.auto"), value="auto"),
            Choice(name=command_text("choices.resume"), value="resume"),
            Choice(name=command_text("choices.posting"), value="posting"),
        ]
    )
    @_scoring_cooldown()
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
                await self._match(modal_interaction, values["text"], kind, public)

            fields = {"text": _label(lang, "modal.text_label")}
            modal = _PasteModal(_label(lang, "modal.match_title"), fields, lang, submit)
            await interaction.response.send_modal(modal)
            return
        await self._match(interaction, file if file is not None else pasted, kind, public)

    @app_commands.command(
        name=command_text("compare.name"), description=command_text("compare.description")
    )
    @app_commands.rename(
        resume=command_text("compare.options.resume.name"),
        posting=command_text("compare.options.posting.name"),
        public=command_text("compare.options.public.name"),
    )
    @app_commands.describe(
        resume=command_text("compare.options.resume.description"),
        posting=command_text("compare.options.posting.description"),
        public=command_text("compare.options.public.description"),
    )
    @_scoring_cooldown()
    async def compare(
        self,
        interaction: discord.Interaction[CocokBot],
        resume: discord.Attachment | None = None,
        posting: discord.Attachment | None = None,
        public: bool = False,
    ) -> None:
        lang = lang_of(interaction.locale)
        if resume is not None and posting is not None:
            await self._compare(interaction, resume, posting, public)
            return
        fields = {}
        if resume is None:
            fields["resume"] = _label(lang, "modal.resume_label")
        if posting is None:
            fields["posting"] = _label(lang, "modal.posting_label")

        async def submit(
            modal_interaction: discord.Interaction[CocokBot], values: dict[str, str]
        ) -> None:
            await self._compare(
                modal_interaction,
                resume if resume is not None else values["resume"],
                posting if posting is not None else values["posting"],
                public,
            )

        modal = _PasteModal(_label(lang, "modal.compare_title"), fields, lang, submit)
        await interaction.response.send_modal(modal)

    @_scoring_cooldown()
    async def score_message(
        self, interaction: discord.Interaction[CocokBot], message: discord.Message
    ) -> None:
        content = _message_text(message)
        if not content and message.attachments:
            await self._match(interaction, message.attachments[0], "posting", public=False)
            return
        if not content:
            await send_error(interaction, lang_of(interaction.locale), "empty_message")
            return
        await self._match(interaction, content, "posting", public=False)

    # -- the work ----------------------------------------------------------------------------

    async def _match(
        self, interaction: discord.Interaction[CocokBot], source: Source, kind: str, public: bool
    ) -> None:
        lang = lang_of(interaction.locale)
        await interaction.response.defer(ephemeral=not public, thinking=True)
        started = time.perf_counter()
        pool = self.bot.workers
        try:
            async with pool.slot:
                document = await self._document(source)
                scored = await pool.run(scoring.score, document, kind, lang)
        except Unreadable as failure:
            self._log("match", interaction, started, failure.reason)
            await self._explain(interaction, lang, failure)
            return
        except WorkerCrashed:
            self._log("match", interaction, started, "worker-crashed")
            await send_error(interaction, lang, "internal")
            return
        self._log("match", interaction, started, "ok", document.size)
        embed = render_match(scored.result, self.bot.taxonomy, lang)
        await send(interaction, embed, ephemeral=not public, file=chart_file(scored.chart_png))

    async def _compare(
        self,
        interaction: discord.Interaction[CocokBot],
        resume: Source,
        posting: Source,
        public: bool,
    ) -> None:
        lang = lang_of(interaction.locale)
        await interaction.response.defer(ephemeral=not public, thinking=True)
        started = time.perf_counter()
        pool = self.bot.workers
        try:
            async with pool.slot:
                resume_document = await self._document(resume)
                posting_document = await self._document(posting)
                compared = await pool.run(scoring.compare, resume_document, posting_document, lang)
        except Unreadable as failure:
            self._log("compare", interaction, started, failure.reason)
            await self._explain(interaction, lang, failure)
            return
        except WorkerCrashed:
            self._log("compare", interaction, started, "worker-crashed")
            await send_error(interaction, lang, "internal")
            return
        size = resume_document.size + posting_document.size
        self._log("compare", interaction, started, "ok", size)
        embed = render_comparison(compared.comparison, self.bot.taxonomy, lang)
        await send(interaction, embed, ephemeral=not public, file=chart_file(compared.chart_png))

    async def _document(self, source: Source) -> scoring.Document:
        if not isinstance(source, discord.Attachment):
            return scoring.Document(text=source or "")
        if source.size > self.bot.settings.max_attachment_bytes:
            raise Unreadable("too_large", source.filename)
        try:
            data = await source.read()
        except (discord.HTTPException, aiohttp.ClientError, TimeoutError):
            raise Unreadable("download", source.filename) from None
        if len(data) > self.bot.settings.max_attachment_bytes:
            raise Unreadable("too_large", source.filename)
        return scoring.Document(data=data, filename=source.filename)

    async def _explain(
        self, interaction: discord.Interaction[CocokBot], lang: Lang, failure: Unreadable
    ) -> None:
        limit = megabytes(self.bot.settings.max_attachment_bytes)
        await send_error(interaction, lang, failure.reason, filename=failure.filename, limit=limit)

    @staticmethod
    def _log(
        command: str,
        interaction: discord.Interaction[CocokBot],
        started: float,
        outcome: str,
        size: int | None = None,
    ) -> None:
        # ids, sizes and timings only: resumes are personal data
        _log.info(
            "%s interaction=%s user=%s outcome=%s bytes=%s ms=%.0f",
            command,
            interaction.id,
            interaction.user.id,
            outcome,
            size if size is not None else "-",
            (time.perf_counter() - started) * 1000,
        )


def _label(lang: Lang, key: str) -> str:
    return clip(text(lang, key), 45)  # Discord's limit for modal titles and input labels


async def setup(bot: CocokBot) -> None:
    await bot.add_cog(MatchCog(bot))
