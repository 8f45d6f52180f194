"""The buttons under a /match reply, and "How do I fit?" under a posting.

The parts behind the buttons come from a resume, so they live only in the view, in memory,
until it times out; nothing is written anywhere. "How do I fit?" on a saved posting names the
posting by id in its custom id (the text would not fit), so it works after a restart too.
"""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING, Any

import discord

from bot import worker_jobs
from bot.embed_limits import clip
from bot.inputs import PasteModal, Source, label, run_in_worker
from bot.palette import INFO
from bot.render import plain, render_comparison
from bot.render_match import SECTIONS, detail_choices, render_competency, sections_for
from bot.replies import ReplyView, chart_file, send, send_error
from bot.texts import Lang, lang_of, text
from matcher import MatchResult
from taxonomy import Taxonomy

if TYPE_CHECKING:
    from bot.client import CocokBot

REPLY_TIMEOUT_SECONDS = 14 * 60  # a little less than the interaction token lives
_SELECT_OPTIONS = 25  # Discord's limit for one select menu
_OPTION_CHARS = 100


async def send_comparison(
    interaction: discord.Interaction[CocokBot], resume: Source, posting: Source, public: bool
) -> None:
    """Measure ``resume`` against ``posting`` in the worker pool and reply with the result."""
    lang = lang_of(interaction.locale)
    await interaction.response.defer(ephemeral=not public, thinking=True)
    compared = await run_in_worker(
        interaction,
        "compare",
        (resume, posting),
        partial(worker_jobs.compare, lang=lang),
        scoring=True,
    )
    if compared is not None:
        embed = render_comparison(compared.comparison, interaction.client.taxonomy, lang)
        await send(interaction, embed, ephemeral=not public, file=chart_file(compared.chart_png))


def _resume_form(lang: Lang, posting: Source | None, posting_id: int | None) -> PasteModal:
    """The paste form "How do I fit?" opens; a modal takes no files, so it points to /compare."""

    async def submit(interaction: discord.Interaction[CocokBot], values: dict[str, str]) -> None:
        source = posting
        if posting_id is not None:
            source = await _saved_posting(interaction, posting_id)
            if source is None:
                return
        await send_comparison(interaction, values["resume"], source, public=False)

    fields = {"resume": label(lang, "modal.fit_label")}
    return PasteModal(label(lang, "modal.fit_title"), fields, lang, submit)


async def _saved_posting(interaction: discord.Interaction[CocokBot], posting_id: int) -> str | None:
    lang = lang_of(interaction.locale)
    found = None
    if interaction.guild_id is not None:
        found = await interaction.client.store.get_posting(interaction.guild_id, posting_id)
    if found is None:
        await send_error(interaction, lang, "jobs_not_found", query=f"#{posting_id}")
        return None
    return found.text


class SavedPostingFitButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=r"fit:posting:(?P<posting_id>\d{1,18})",
):
    """ "How do I fit?" under ``/jobs show``: opens the paste form for that saved posting."""

    def __init__(self, posting_id: int, *, text_label: str = "…") -> None:
        super().__init__(
            discord.ui.Button(
                label=text_label,
                custom_id=f"fit:posting:{posting_id}",
                style=discord.ButtonStyle.primary,
            )
        )
        self.posting_id = posting_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
    ) -> SavedPostingFitButton:
        return cls(int(match["posting_id"]))

    async def callback(self, interaction: discord.Interaction[CocokBot]) -> None:  # type: ignore[override]
        form = _resume_form(lang_of(interaction.locale), None, self.posting_id)
        await interaction.response.send_modal(form)


def saved_posting_view(posting_id: int, lang: Lang) -> discord.ui.View:
    """The "How do I fit?" button for a saved posting, for the job board to attach."""
    view = discord.ui.View(timeout=None)
    view.add_item(SavedPostingFitButton(posting_id, text_label=text(lang, "match.how_do_i_fit")))
    return view


class MemberReplyView(ReplyView):
    """Buttons under one member's reply that only that member may press. Its items get
    discord.py's random custom ids, so two members' replies never share a handler."""

    not_yours = "match.not_yours"  # what another member pressing is told

    def __init__(self, owner: discord.abc.User) -> None:
        super().__init__(timeout=REPLY_TIMEOUT_SECONDS)
        self.owner_id = owner.id
        self.owner_name = owner.display_name

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        lang = lang_of(interaction.locale)
        notice = text(lang, self.not_yours, name=plain(self.owner_name))
        await send(interaction, discord.Embed(description=notice, colour=INFO), ephemeral=True)
        return False


class MatchReplyView(MemberReplyView):
    """Opens the parts of one member's /match result; only that member may press it."""

    def __init__(
        self,
        result: MatchResult,
        chart_png: bytes,
        *,
        owner: discord.abc.User,
        lang: Lang,
        public: bool,
        posting: Source | None,
        taxonomy: Taxonomy,
    ) -> None:
        super().__init__(owner)
        self.result = result
        self.chart_png = chart_png
        self.lang = lang
        self.public = public
        self.posting = posting
        for key in sections_for(result):
            button: discord.ui.Button[MatchReplyView] = discord.ui.Button(
                label=text(lang, f"match.open.{key}"), style=discord.ButtonStyle.secondary
            )
            button.callback = partial(self._open_section, key)  # type: ignore[method-assign]
            self.add_item(button)
        if posting is not None:
            fit: discord.ui.Button[MatchReplyView] = discord.ui.Button(
                label=text(lang, "match.how_do_i_fit"), style=discord.ButtonStyle.primary
            )
            fit.callback = self._open_form  # type: ignore[method-assign,assignment]
            self.add_item(fit)
        choices = detail_choices(result, taxonomy)[:_SELECT_OPTIONS]
        if choices:
            self._add_competency_menu(choices, taxonomy)

    def _add_competency_menu(self, choices: list[str], taxonomy: Taxonomy) -> None:
        found = {hit.id for hit in self.result.skills}
        menu: discord.ui.Select[MatchReplyView] = discord.ui.Select(
            placeholder=text(self.lang, "match.open.competency"),
            options=[
                discord.SelectOption(
                    label=clip(taxonomy.get(choice).display_name(self.lang), _OPTION_CHARS),
                    value=choice,
                    description=text(
                        self.lang, "match.option_found" if choice in found else "match.option_gap"
                    ),
                )
                for choice in choices
            ],
            row=1,
        )
        menu.callback = partial(self._open_competency, menu)  # type: ignore[method-assign]
        self.add_item(menu)

    async def _open_section(self, key: str, interaction: discord.Interaction[CocokBot]) -> None:
        embed = SECTIONS[key](self.result, interaction.client.taxonomy, self.lang)
        file = chart_file(self.chart_png) if key == "chart" else None
        await send(interaction, embed, ephemeral=not self.public, file=file)

    async def _open_competency(
        self, menu: discord.ui.Select[MatchReplyView], interaction: discord.Interaction[CocokBot]
    ) -> None:
        taxonomy = interaction.client.taxonomy
        embed = render_competency(self.result, menu.values[0], taxonomy, self.lang)
        await send(interaction, embed, ephemeral=not self.public)

    async def _open_form(self, interaction: discord.Interaction[CocokBot]) -> None:
        await interaction.response.send_modal(_resume_form(self.lang, self.posting, None))
