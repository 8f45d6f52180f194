"""The job board as every member uses it: browsing, matching a resume, and job alerts.

Members browse the saved postings (``/jobs list``, ``/jobs show``), rank them against a resume
(``/jobs match``) and ask for a direct message when a new one fits (``/jobs alerts``); managers
run the board with ``/jobs-admin`` (:mod:`bot.cogs.jobs_admin`). Every query names the guild it
runs for, so a server only ever sees its own board, suggestions included. Resumes are read in a
worker and forgotten; of an alert profile only the competency ids found are kept.
"""

from __future__ import annotations

import logging
import re
from functools import partial
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.app_commands import Choice, Range
from discord.ext import commands, tasks

from bot import worker_jobs
from bot.board_access import find_posting, guild_of, posting_choices
from bot.cogs.jobs_admin import JobsAdminCog
from bot.competency_search import CHOICE_CHARS, CompetencySearch
from bot.embed_limits import clip
from bot.inputs import PasteModal, Source, label, run_in_worker, scoring_cooldown
from bot.match_views import MemberReplyView, saved_posting_view
from bot.posting_results import board_postings, keep_refreshed, refresh_stale
from bot.render import render_unknown_skill
from bot.render_jobs import (
    last_page_offset,
    page_count,
    render_alerts,
    render_board,
    render_fits,
    render_note,
    render_posting,
)
from bot.replies import send, send_error
from bot.storage import MAX_ALERT_SKILLS, JobPosting, StorageError
from bot.texts import Lang, command_text, lang_of, option_texts, text

if TYPE_CHECKING:
    from bot.client import CocokBot

_log = logging.getLogger(__name__)

BOARD_PAGE_SIZE = 5
MAX_YEARS_FILTER = 40  # two digits in a page button's id
FITS_PAGE_SIZE = 5


class BoardPageButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    # level and years are optional: buttons drawn before those filters existed have neither
    template=(
        r"jobs:board:(?P<offset>\d{1,6}):(?P<skill>[a-z0-9-]{0,40})"
        r"(?::(?P<level>[a-z]{0,12})(?::(?P<years>\d{0,2}))?)?"
    ),
):
    """A page button of ``/jobs list``. The page lives in the button's id, so it still works
    after a restart, and the guild comes from the click, so it shows that guild's board only."""

    def __init__(
        self,
        offset: int,
        skill: str | None,
        level: str | None,
        max_years: int | None,
        *,
        text_label: str = "",
        disabled: bool = False,
    ) -> None:
        years = "" if max_years is None else str(max_years)
        super().__init__(
            discord.ui.Button(
                label=text_label or "…",
                custom_id=f"jobs:board:{offset}:{skill or ''}:{level or ''}:{years}",
                style=discord.ButtonStyle.secondary,
                disabled=disabled,
            )
        )
        self.offset = offset
        self.skill = skill
        self.level = level
        self.max_years = max_years

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
    ) -> BoardPageButton:
        years = match["years"]
        return cls(
            int(match["offset"]),
            match["skill"] or None,
            match["level"] or None,
            int(years) if years else None,
        )

    async def callback(self, interaction: discord.Interaction[CocokBot]) -> None:  # type: ignore[override]
        cog = interaction.client.get_cog(JobsCog.__cog_name__)
        if isinstance(cog, JobsCog):
            await cog.show_board(
                interaction, self.offset, self.skill, self.level, self.max_years, edit=True
            )


def _board_view(
    offset: int,
    total: int,
    skill: str | None,
    level: str | None,
    max_years: int | None,
    lang: Lang,
) -> discord.ui.View | None:
    if total <= BOARD_PAGE_SIZE:
        return None
    last = last_page_offset(total, BOARD_PAGE_SIZE)
    view = discord.ui.View(timeout=None)
    previous = BoardPageButton(
        max(0, offset - BOARD_PAGE_SIZE),
        skill,
        level,
        max_years,
        text_label="◀ " + text(lang, "jobs.previous"),
        disabled=offset == 0,
    )
    following = BoardPageButton(
        min(last, offset + BOARD_PAGE_SIZE),
        skill,
        level,
        max_years,
        text_label=text(lang, "jobs.next") + " ▶",
        disabled=offset >= last,
    )
    view.add_item(previous)
    view.add_item(following)
    return view


class FitPages(MemberReplyView):
    """Pages through one member's ranked openings. Kept in memory for a while, then gone: the
    fits came from a resume, so they are not written anywhere."""

    not_yours = "jobs.not_yours"

    def __init__(
        self,
        fits: tuple[worker_jobs.PostingFit, ...],
        postings: dict[int, JobPosting],
        bot: CocokBot,
        owner: discord.abc.User,
        lang: Lang,
    ) -> None:
        super().__init__(owner)
        self.fits = fits
        self.postings = postings
        self.bot = bot
        self.lang = lang
        self.page = 0
        self.pages = page_count(len(fits), FITS_PAGE_SIZE)
        self.previous.label = "◀ " + text(lang, "jobs.previous")
        self.following.label = text(lang, "jobs.next") + " ▶"
        self._update_buttons()

    def embed(self) -> discord.Embed:
        return render_fits(
            self.fits,
            self.postings,
            self.bot.taxonomy,
            self.lang,
            page=self.page,
            size=FITS_PAGE_SIZE,
        )

    def _update_buttons(self) -> None:
        self.previous.disabled = self.page == 0
        self.following.disabled = self.page >= self.pages - 1

    async def _turn(self, interaction: discord.Interaction[Any], step: int) -> None:
        self.page = max(0, min(self.pages - 1, self.page + step))
        self._update_buttons()
        await interaction.response.edit_message(embed=self.embed(), view=self)

    @discord.ui.button(style=discord.ButtonStyle.secondary)
    async def previous(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[FitPages]
    ) -> None:
        await self._turn(interaction, -1)

    @discord.ui.button(style=discord.ButtonStyle.secondary)
    async def following(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[FitPages]
    ) -> None:
        await self._turn(interaction, 1)


class JobsCog(commands.Cog):
    """``/jobs``: the board as every member sees it, and their job alerts."""

    jobs = app_commands.Group(
        name=command_text("jobs.name"),
        description=command_text("jobs.description"),
        allowed_contexts=app_commands.AppCommandContext(guild=True),
    )
    alerts = app_commands.Group(
        name=command_text("jobs.alerts.name"),
        description=command_text("jobs.alerts.description"),
        parent=jobs,
    )

    def __init__(self, bot: CocokBot) -> None:
        self.bot = bot
        self.search = CompetencySearch(bot.taxonomy)
        self._refreshed_up_to = 0  # the background refresh's place in the postings, by id

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(BoardPageButton)
        self.prune.start()
        self.refresh.start()

    async def cog_unload(self) -> None:
        self.prune.cancel()
        self.refresh.cancel()
        self.bot.remove_dynamic_items(BoardPageButton)

    @tasks.loop(hours=1)
    async def prune(self) -> None:
        """Delete expired postings; they are hidden from every command the moment they expire."""
        try:
            removed = await self.bot.store.prune_expired()
        except StorageError as error:
            _log.warning("pruning expired postings failed: %s", error)
            return
        if removed:
            _log.info("pruned %d expired postings", removed)

    @tasks.loop(minutes=1)
    async def refresh(self) -> None:
        """Analyse again, a few a minute, the postings of every guild saved before results were
        kept or with an older taxonomy, so that ``/jobs match`` finds them all current.

        One pass per start of the bot: a posting that cannot be analysed (too heavy for the
        time limit) is passed over, not retried every minute.
        """
        self._refreshed_up_to = await refresh_stale(
            self.bot.store, self.bot.workers, self.bot.taxonomy.version, self._refreshed_up_to
        )

    # -- browsing ----------------------------------------------------------------------------

    @jobs.command(
        name=command_text("jobs.list.name"), description=command_text("jobs.list.description")
    )
    @option_texts("jobs.list", skill="skill", level="level", max_years="years")
    async def board(
        self,
        interaction: discord.Interaction[CocokBot],
        skill: str | None = None,
        level: str | None = None,
        max_years: Range[int, 0, MAX_YEARS_FILTER] | None = None,
    ) -> None:
        await self.show_board(interaction, 0, skill, level, max_years, edit=False)

    @board.autocomplete("skill")
    async def complete_skill(
        self, interaction: discord.Interaction[CocokBot], current: str
    ) -> list[Choice[str]]:
        return self.search.choices(current, lang_of(interaction.locale))

    @board.autocomplete("level")
    async def complete_level(
        self, interaction: discord.Interaction[CocokBot], current: str
    ) -> list[Choice[str]]:
        typed = current.strip().casefold()
        return [
            Choice(name=name, value=level_id)
            for level_id, name in self._level_names(lang_of(interaction.locale)).items()
            if typed in level_id or typed in name.casefold()
        ]

    def _level_names(self, lang: Lang) -> dict[str, str]:
        """Seniority level ids and their names in ``lang``, most junior first."""
        taxonomy = self.bot.taxonomy
        return {level.id: taxonomy.level_name(level.id, lang) for level in taxonomy.profile.levels}

    async def show_board(
        self,
        interaction: discord.Interaction[CocokBot],
        offset: int,
        skill: str | None,
        level: str | None,
        max_years: int | None,
        *,
        edit: bool,
    ) -> None:
        """A page of the interaction's guild's board; ``edit`` turns the page of a message."""
        lang = lang_of(interaction.locale)
        guild_id = await guild_of(interaction, lang)
        if guild_id is None:
            return
        skill = skill.strip().casefold() if skill else None
        if skill and skill not in self.bot.taxonomy:
            await send(interaction, render_unknown_skill(skill, lang), ephemeral=True)
            return
        level = level.strip().casefold() if level else None
        if level and level not in self._level_names(lang):
            await send_error(interaction, lang, "jobs_unknown_level", level=clip(level, 40))
            return
        store = self.bot.store
        wanted = partial(
            store.list_postings,
            guild_id,
            skill=skill,
            level=level,
            max_years=max_years,
            limit=BOARD_PAGE_SIZE,
        )
        page = await wanted(offset=offset)
        if not page.postings and page.total:  # the board shrank since the button was drawn
            page = await wanted(offset=last_page_offset(page.total, BOARD_PAGE_SIZE))
        embed = render_board(page, self.bot.taxonomy, lang, skill, level, max_years)
        view = _board_view(page.offset, page.total, skill, level, max_years, lang)
        if edit:
            await interaction.response.edit_message(embed=embed, view=view)
        else:
            await send(interaction, embed, ephemeral=True, view=view)

    @jobs.command(
        name=command_text("jobs.show.name"), description=command_text("jobs.show.description")
    )
    @option_texts("jobs.show", posting="posting")
    async def show(self, interaction: discord.Interaction[CocokBot], posting: str) -> None:
        lang = lang_of(interaction.locale)
        found = await find_posting(interaction, posting, lang)
        if found is not None:
            embed = render_posting(found, self.bot.taxonomy, lang)
            view = saved_posting_view(found.posting_id, lang)  # "How do I fit?"
            await send(interaction, embed, ephemeral=True, view=view)

    @show.autocomplete("posting")
    async def complete_posting(
        self, interaction: discord.Interaction[CocokBot], current: str
    ) -> list[Choice[str]]:
        return await posting_choices(self.bot.store, interaction.guild_id, current)

    # -- matching ----------------------------------------------------------------------------

    @jobs.command(
        name=command_text("jobs.match.name"), description=command_text("jobs.match.description")
    )
    @option_texts("jobs.match", file="file", public="public")
    @scoring_cooldown()
    async def fit(
        self,
        interaction: discord.Interaction[CocokBot],
        file: discord.Attachment | None = None,
        public: bool = False,
    ) -> None:
        lang = lang_of(interaction.locale)
        guild_id = await guild_of(interaction, lang)
        if guild_id is None:
            return
        if (await self.bot.store.list_postings(guild_id, limit=1)).total == 0:
            await send_error(interaction, lang, "jobs_empty")
            return
        if file is not None:
            await self._fit(interaction, guild_id, file, public)
            return

        async def submit(
            modal_interaction: discord.Interaction[CocokBot], values: dict[str, str]
        ) -> None:
            await self._fit(modal_interaction, guild_id, values["text"], public)

        fields = {"text": label(lang, "modal.resume_label")}
        modal = PasteModal(label(lang, "modal.jobs_match_title"), fields, lang, submit)
        await interaction.response.send_modal(modal)

    async def _fit(
        self,
        interaction: discord.Interaction[CocokBot],
        guild_id: int,
        source: Source,
        public: bool,
    ) -> None:
        lang = lang_of(interaction.locale)
        await interaction.response.defer(ephemeral=not public, thinking=True)
        store = self.bot.store
        postings = await store.open_postings(guild_id)
        if not postings:
            await send_error(interaction, lang, "jobs_empty")
            return
        results = await store.posting_results(guild_id)
        board = board_postings(postings, results, self.bot.taxonomy.version)
        report = await run_in_worker(
            interaction,
            "jobs-match",
            (source,),
            partial(worker_jobs.fit_postings, postings=board, lang=lang),
            scoring=True,
        )
        if report is None:
            return
        await keep_refreshed(store, guild_id, report.refreshed)
        by_id = {posting.posting_id: posting for posting in postings}
        pages = FitPages(report.fits, by_id, self.bot, interaction.user, lang)
        if pages.pages > 1:
            await pages.send_with(interaction, pages.embed(), ephemeral=not public)
        else:
            await send(interaction, pages.embed(), ephemeral=not public)

    # -- alerts ------------------------------------------------------------------------------

    @alerts.command(
        name=command_text("jobs.alerts.skills.name"),
        description=command_text("jobs.alerts.skills.description"),
    )
    @option_texts("jobs.alerts.skills", skills="skills")
    async def alert_skills(
        self, interaction: discord.Interaction[CocokBot], skills: Range[str, 1, 1000]
    ) -> None:
        lang = lang_of(interaction.locale)
        guild_id = await guild_of(interaction, lang)
        if guild_id is None:
            return
        wanted = tuple(dict.fromkeys(s.strip().casefold() for s in skills.split(",") if s.strip()))
        unknown = next((skill for skill in wanted if skill not in self.bot.taxonomy), None)
        if unknown is not None or not wanted:
            await send(interaction, render_unknown_skill(unknown or skills, lang), ephemeral=True)
            return
        if len(wanted) > MAX_ALERT_SKILLS:
            await send_error(interaction, lang, "alerts_too_many", limit=MAX_ALERT_SKILLS)
            return
        alert = await self.bot.store.set_alert(guild_id, interaction.user.id, "skills", wanted)
        _log.info("jobs-alerts guild=%s skills=%d", guild_id, len(alert.skills))
        await send(interaction, render_alerts(alert, self.bot.taxonomy, lang), ephemeral=True)

    @alert_skills.autocomplete("skills")
    async def complete_alert_skills(
        self, interaction: discord.Interaction[CocokBot], current: str
    ) -> list[Choice[str]]:
        """Completes the last of the comma-separated competencies, keeping those before it."""
        *chosen, typed = current.split(",")
        before = ", ".join(skill.strip() for skill in chosen if skill.strip())
        choices = []
        for choice in self.search.choices(typed, lang_of(interaction.locale)):
            value = f"{before}, {choice.value}" if before else choice.value
            if len(value) <= CHOICE_CHARS:
                name = f"{before}, {choice.name}" if before else choice.name
                choices.append(Choice(name=clip(name, CHOICE_CHARS), value=value))
        return choices

    @alerts.command(
        name=command_text("jobs.alerts.profile.name"),
        description=command_text("jobs.alerts.profile.description"),
    )
    @option_texts("jobs.alerts.profile", file="file")
    @scoring_cooldown()
    async def alert_profile(
        self, interaction: discord.Interaction[CocokBot], file: discord.Attachment | None = None
    ) -> None:
        lang = lang_of(interaction.locale)
        guild_id = await guild_of(interaction, lang)
        if guild_id is None:
            return
        if file is not None:
            await self._subscribe_profile(interaction, guild_id, file)
            return

        async def submit(
            modal_interaction: discord.Interaction[CocokBot], values: dict[str, str]
        ) -> None:
            await self._subscribe_profile(modal_interaction, guild_id, values["text"])

        fields = {"text": label(lang, "modal.resume_label")}
        modal = PasteModal(label(lang, "modal.alerts_title"), fields, lang, submit)
        await interaction.response.send_modal(modal)

    async def _subscribe_profile(
        self, interaction: discord.Interaction[CocokBot], guild_id: int, source: Source
    ) -> None:
        """Keep the competency ids found in the resume, and nothing else of it."""
        lang = lang_of(interaction.locale)
        await interaction.response.defer(ephemeral=True, thinking=True)
        found = await run_in_worker(
            interaction, "jobs-alerts", (source,), worker_jobs.resume_competencies, scoring=True
        )
        if found is None:
            return
        if not found:
            await send_error(interaction, lang, "alerts_nothing_found")
            return
        skills = found[:MAX_ALERT_SKILLS]  # strongest first
        alert = await self.bot.store.set_alert(guild_id, interaction.user.id, "profile", skills)
        _log.info("jobs-alerts guild=%s profile=%d", guild_id, len(alert.skills))
        await send(interaction, render_alerts(alert, self.bot.taxonomy, lang), ephemeral=True)

    @alerts.command(
        name=command_text("jobs.alerts.show.name"),
        description=command_text("jobs.alerts.show.description"),
    )
    async def alert_show(self, interaction: discord.Interaction[CocokBot]) -> None:
        lang = lang_of(interaction.locale)
        guild_id = await guild_of(interaction, lang)
        if guild_id is None:
            return
        alert = await self.bot.store.get_alert(guild_id, interaction.user.id)
        await send(interaction, render_alerts(alert, self.bot.taxonomy, lang), ephemeral=True)

    @alerts.command(
        name=command_text("jobs.alerts.off.name"),
        description=command_text("jobs.alerts.off.description"),
    )
    async def alert_off(self, interaction: discord.Interaction[CocokBot]) -> None:
        lang = lang_of(interaction.locale)
        guild_id = await guild_of(interaction, lang)
        if guild_id is None:
            return
        removed = await self.bot.store.remove_alert(guild_id, interaction.user.id)
        key = "jobs.alerts_off" if removed else "jobs.alerts_were_off"
        await send(interaction, render_note(lang, key), ephemeral=True)


async def setup(bot: CocokBot) -> None:
    await bot.add_cog(JobsCog(bot))
    await bot.add_cog(JobsAdminCog(bot))
