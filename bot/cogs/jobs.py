"""The job board: each server's saved postings, and which of them fit a member's resume.

Moderators save postings (``/jobs add``, or the "Save as job posting" message command); every
member browses them (``/jobs list``, ``/jobs show``) and ranks them against a resume
(``/jobs match``). Every query names the guild it runs for, so a server only ever sees its own
board, suggestions included. Resumes are read in a worker and forgotten; only postings are kept.
"""

from __future__ import annotations

import logging
import re
from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.app_commands import Choice, Range
from discord.ext import commands, tasks

from bot import worker_jobs
from bot.competency_search import CHOICE_CHARS, CompetencySearch
from bot.embed_limits import clip
from bot.inputs import (
    OPTION_TEXT_CHARS,
    PasteModal,
    Source,
    label,
    message_text,
    run_in_worker,
    scoring_cooldown,
)
from bot.match_views import saved_posting_view
from bot.posting_results import board_postings, keep_refreshed, refresh_stale
from bot.posting_titles import clean_title
from bot.render import Markup, render_unknown_skill
from bot.render_jobs import (
    last_page_offset,
    page_count,
    render_board,
    render_config,
    render_fits,
    render_posting,
    render_removed,
    render_saved,
)
from bot.replies import send, send_error
from bot.storage import (
    MAX_EXPIRY_DAYS,
    MAX_LINK_CHARS,
    GuildConfig,
    JobPosting,
    PostingDraft,
    StorageError,
    is_web_link,
)
from bot.texts import Lang, command_text, lang_of, option_texts, text

if TYPE_CHECKING:
    from bot.client import CocokBot

_log = logging.getLogger(__name__)

BOARD_PAGE_SIZE = 5
FITS_PAGE_SIZE = 5
MAX_OPEN_POSTINGS = 500  # per guild: bounds the database and the work of one /jobs match
TITLE_CHARS = 100  # what Discord shows of an autocomplete choice
_FIT_PAGES_TIMEOUT_SECONDS = 14 * 60  # a little less than the interaction token lives


def _title_of(content: str) -> str:
    """A title for a posting saved from a message: its first line that has words."""
    for line in content.splitlines():
        title = clean_title(line)
        if title:
            return clip(title, TITLE_CHARS)
    return ""


def _holds_role(member: discord.User | discord.Member, role_id: int) -> bool:
    # the role ids as Discord sent them with the interaction: Member.roles keeps only roles
    # found in the guild cache, which may not hold this guild yet (or ever, on a cold shard)
    roles = getattr(member, "_roles", None)
    return roles is not None and roles.has(role_id)


class BoardPageButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=r"jobs:board:(?P<offset>\d{1,6}):(?P<skill>[a-z0-9-]{0,40})",
):
    """A page button of ``/jobs list``. The page lives in the button's id, so it still works
    after a restart, and the guild comes from the click, so it shows that guild's board only."""

    def __init__(
        self, offset: int, skill: str | None, *, text_label: str = "", disabled: bool = False
    ) -> None:
        super().__init__(
            discord.ui.Button(
                label=text_label or "…",
                custom_id=f"jobs:board:{offset}:{skill or ''}",
                style=discord.ButtonStyle.secondary,
                disabled=disabled,
            )
        )
        self.offset = offset
        self.skill = skill

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
    ) -> BoardPageButton:
        return cls(int(match["offset"]), match["skill"] or None)

    async def callback(self, interaction: discord.Interaction[CocokBot]) -> None:  # type: ignore[override]
        cog = interaction.client.get_cog(JobsCog.__cog_name__)
        if isinstance(cog, JobsCog):
            await cog.show_board(interaction, self.offset, self.skill, edit=True)


def _board_view(offset: int, total: int, skill: str | None, lang: Lang) -> discord.ui.View | None:
    if total <= BOARD_PAGE_SIZE:
        return None
    last = last_page_offset(total, BOARD_PAGE_SIZE)
    view = discord.ui.View(timeout=None)
    previous = BoardPageButton(
        max(0, offset - BOARD_PAGE_SIZE),
        skill,
        text_label="◀ " + text(lang, "jobs.previous"),
        disabled=offset == 0,
    )
    following = BoardPageButton(
        min(last, offset + BOARD_PAGE_SIZE),
        skill,
        text_label=text(lang, "jobs.next") + " ▶",
        disabled=offset >= last,
    )
    view.add_item(previous)
    view.add_item(following)
    return view


class FitPages(discord.ui.View):
    """Pages through one member's ranked openings. Kept in memory for a while, then gone: the
    fits came from a resume, so they are not written anywhere."""

    def __init__(
        self,
        fits: tuple[worker_jobs.PostingFit, ...],
        postings: dict[int, JobPosting],
        bot: CocokBot,
        owner_id: int,
        lang: Lang,
    ) -> None:
        super().__init__(timeout=_FIT_PAGES_TIMEOUT_SECONDS)
        self.fits = fits
        self.postings = postings
        self.bot = bot
        self.owner_id = owner_id
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

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await send_error(interaction, lang_of(interaction.locale), "jobs_not_yours")
        return False

    async def _turn(self, interaction: discord.Interaction[Any], step: int) -> None:
        self.page = max(0, min(self.pages - 1, self.page + step))
        self._update_buttons()
        await interaction.response.edit_message(embed=self.embed(), view=self)

    @discord.ui.button(style=discord.ButtonStyle.secondary, custom_id="jobs:fits:previous")
    async def previous(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[FitPages]
    ) -> None:
        await self._turn(interaction, -1)

    @discord.ui.button(style=discord.ButtonStyle.secondary, custom_id="jobs:fits:next")
    async def following(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[FitPages]
    ) -> None:
        await self._turn(interaction, 1)


class JobsCog(commands.Cog):
    """``/jobs`` and the "Save as job posting" message command."""

    jobs = app_commands.Group(
        name=command_text("jobs.name"),
        description=command_text("jobs.description"),
        allowed_contexts=app_commands.AppCommandContext(guild=True),
    )

    def __init__(self, bot: CocokBot) -> None:
        self.bot = bot
        self.search = CompetencySearch(bot.taxonomy)
        self._refreshed_up_to = 0  # the background refresh's place in the postings, by id
        self.save_menu = app_commands.ContextMenu(
            name=command_text("save_message.name"), callback=self.save_message
        )
        bot.tree.add_command(self.save_menu)

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(BoardPageButton)
        self.prune.start()
        self.refresh.start()

    async def cog_unload(self) -> None:
        self.prune.cancel()
        self.refresh.cancel()
        self.bot.remove_dynamic_items(BoardPageButton)
        self.bot.tree.remove_command(self.save_menu.name, type=self.save_menu.type)

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

    # -- saving ------------------------------------------------------------------------------

    @jobs.command(
        name=command_text("jobs.add.name"), description=command_text("jobs.add.description")
    )
    @option_texts(
        "jobs.add", title="title", pasted="text", file="file", link="link", expires="expires"
    )
    async def add(
        self,
        interaction: discord.Interaction[CocokBot],
        title: Range[str, 1, TITLE_CHARS],
        pasted: Range[str, 1, OPTION_TEXT_CHARS] | None = None,
        file: discord.Attachment | None = None,
        link: Range[str, 1, MAX_LINK_CHARS] | None = None,
        expires: Range[int, 1, MAX_EXPIRY_DAYS] | None = None,
    ) -> None:
        lang = lang_of(interaction.locale)
        if not title.strip() or not any(character.isalnum() for character in title):
            await send_error(interaction, lang, "jobs_no_title")
            return
        if link is not None and not is_web_link(link):
            await send_error(interaction, lang, "jobs_bad_link")
            return
        if not await self._may_manage(interaction, lang):
            return
        if file is None and pasted is None:

            async def submit(
                modal_interaction: discord.Interaction[CocokBot], values: dict[str, str]
            ) -> None:
                await self._save(modal_interaction, title, values["text"], link, expires)

            fields = {"text": label(lang, "modal.posting_label")}
            modal = PasteModal(clip(title, 45), fields, lang, submit)
            await interaction.response.send_modal(modal)
            return
        await self._save(interaction, title, file if file is not None else pasted, link, expires)

    @app_commands.guild_only()
    async def save_message(
        self, interaction: discord.Interaction[CocokBot], message: discord.Message
    ) -> None:
        lang = lang_of(interaction.locale)
        if not await self._may_manage(interaction, lang):
            return
        content = message_text(message)
        source: Source = content or (message.attachments[0] if message.attachments else None)
        if source is None:
            await send_error(interaction, lang, "empty_message")
            return
        title = _title_of(content)
        if not title and isinstance(source, discord.Attachment):
            title = clip(source.filename.rsplit(".", 1)[0].replace("_", " "), TITLE_CHARS)
        if not title:
            await send_error(interaction, lang, "jobs_no_title")
            return
        await self._save(interaction, title, source, message.jump_url, None)

    async def _save(
        self,
        interaction: discord.Interaction[CocokBot],
        title: str,
        source: Source,
        link: str | None,
        expires_days: int | None,
    ) -> None:
        lang = lang_of(interaction.locale)
        guild_id = interaction.guild_id
        assert guild_id is not None  # _may_manage answered for guild-less interactions
        await interaction.response.defer(ephemeral=True, thinking=True)
        store = self.bot.store
        if (await store.list_postings(guild_id, limit=1)).total >= MAX_OPEN_POSTINGS:
            await send_error(interaction, lang, "jobs_full", limit=MAX_OPEN_POSTINGS)
            return
        read = await run_in_worker(interaction, "jobs-add", (source,), worker_jobs.read_posting)
        if read is None:
            return
        expires_at = store.now() + timedelta(days=expires_days) if expires_days else None
        draft = PostingDraft(
            guild_id=guild_id,
            title=title,
            text=read.text,
            link=link,
            author_id=interaction.user.id,
            expires_at=expires_at,
            analysis=read.analysis,
        )
        posting = await store.add_posting(draft, read.result)
        _log.info("jobs-add guild=%s posting=%s", guild_id, posting.posting_id)
        await send(interaction, render_saved(posting, self.bot.taxonomy, lang), ephemeral=True)

    # -- browsing ----------------------------------------------------------------------------

    @jobs.command(
        name=command_text("jobs.list.name"), description=command_text("jobs.list.description")
    )
    @option_texts("jobs.list", skill="skill")
    async def board(
        self, interaction: discord.Interaction[CocokBot], skill: str | None = None
    ) -> None:
        await self.show_board(interaction, 0, skill, edit=False)

    @board.autocomplete("skill")
    async def complete_skill(
        self, interaction: discord.Interaction[CocokBot], current: str
    ) -> list[Choice[str]]:
        return self.search.choices(current, lang_of(interaction.locale))

    async def show_board(
        self,
        interaction: discord.Interaction[CocokBot],
        offset: int,
        skill: str | None,
        *,
        edit: bool,
    ) -> None:
        """A page of the interaction's guild's board; ``edit`` turns the page of a message."""
        lang = lang_of(interaction.locale)
        guild_id = await self._guild(interaction, lang)
        if guild_id is None:
            return
        skill = skill.strip().casefold() if skill else None
        if skill and skill not in self.bot.taxonomy:
            await send(interaction, render_unknown_skill(skill, lang), ephemeral=True)
            return
        store = self.bot.store
        page = await store.list_postings(
            guild_id, skill=skill, limit=BOARD_PAGE_SIZE, offset=offset
        )
        if not page.postings and page.total:  # the board shrank since the button was drawn
            last = last_page_offset(page.total, BOARD_PAGE_SIZE)
            page = await store.list_postings(
                guild_id, skill=skill, limit=BOARD_PAGE_SIZE, offset=last
            )
        embed = render_board(page, self.bot.taxonomy, lang, skill)
        view = _board_view(page.offset, page.total, skill, lang)
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
        found = await self._posting(interaction, posting, lang)
        if found is not None:
            embed = render_posting(found, self.bot.taxonomy, lang)
            view = saved_posting_view(found.posting_id, lang)  # "How do I fit?"
            await send(interaction, embed, ephemeral=True, view=view)

    @jobs.command(
        name=command_text("jobs.remove.name"),
        description=command_text("jobs.remove.description"),
    )
    @option_texts("jobs.remove", posting="posting")
    async def remove(self, interaction: discord.Interaction[CocokBot], posting: str) -> None:
        lang = lang_of(interaction.locale)
        if not await self._may_manage(interaction, lang):
            return
        found = await self._posting(interaction, posting, lang)
        if found is None:
            return
        await self.bot.store.remove_posting(found.guild_id, found.posting_id)
        _log.info("jobs-remove guild=%s posting=%s", found.guild_id, found.posting_id)
        await send(interaction, render_removed(found, lang), ephemeral=True)

    @show.autocomplete("posting")
    @remove.autocomplete("posting")
    async def complete_posting(
        self, interaction: discord.Interaction[CocokBot], current: str
    ) -> list[Choice[str]]:
        if interaction.guild_id is None:
            return []
        titles = await self.bot.store.search_titles(interaction.guild_id, current.strip())
        return [
            Choice(
                name=clip(f"#{t.posting_id} · {clean_title(t.title) or t.title}", CHOICE_CHARS),
                value=str(t.posting_id),
            )
            for t in titles
        ]

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
        guild_id = await self._guild(interaction, lang)
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
            partial(worker_jobs.fit_postings, postings=board),
            scoring=True,
        )
        if report is None:
            return
        await keep_refreshed(store, guild_id, report.refreshed)
        by_id = {posting.posting_id: posting for posting in postings}
        pages = FitPages(report.fits, by_id, self.bot, interaction.user.id, lang)
        view = pages if pages.pages > 1 else None
        await send(interaction, pages.embed(), ephemeral=not public, view=view)

    # -- settings ----------------------------------------------------------------------------

    @jobs.command(
        name=command_text("jobs.config.name"), description=command_text("jobs.config.description")
    )
    @option_texts("jobs.config", role="role", expiry_days="expiry_days", clear_role="clear_role")
    async def config(
        self,
        interaction: discord.Interaction[CocokBot],
        role: discord.Role | None = None,
        expiry_days: Range[int, 1, MAX_EXPIRY_DAYS] | None = None,
        clear_role: bool = False,
    ) -> None:
        lang = lang_of(interaction.locale)
        guild_id = await self._guild(interaction, lang)
        if guild_id is None:
            return
        current = await self.bot.store.get_config(guild_id)
        if role is None and expiry_days is None and not clear_role:
            await send(interaction, render_config(current, lang, updated=False), ephemeral=True)
            return
        if not interaction.permissions.manage_guild:
            await send_error(interaction, lang, "jobs_denied_config")
            return
        manager_role_id = current.manager_role_id
        if clear_role:
            manager_role_id = None
        if role is not None:
            manager_role_id = role.id
        updated = GuildConfig(
            guild_id=guild_id,
            manager_role_id=manager_role_id,
            expiry_days=expiry_days or current.expiry_days,
        )
        await self.bot.store.set_config(updated)
        _log.info("jobs-config guild=%s", guild_id)
        await send(interaction, render_config(updated, lang, updated=True), ephemeral=True)

    # -- shared checks -----------------------------------------------------------------------

    async def _guild(self, interaction: discord.Interaction[CocokBot], lang: Lang) -> int | None:
        """The guild the interaction came from; None (after saying so) outside a server."""
        if interaction.guild_id is None:
            await send_error(interaction, lang, "jobs_guild_only")
        return interaction.guild_id

    async def _may_manage(self, interaction: discord.Interaction[CocokBot], lang: Lang) -> bool:
        """Whether the member may save and remove postings; if not, they are told why."""
        guild_id = await self._guild(interaction, lang)
        if guild_id is None:
            return False
        if interaction.permissions.manage_messages:
            return True
        config = await self.bot.store.get_config(guild_id)
        role_id = config.manager_role_id
        if role_id is not None and _holds_role(interaction.user, role_id):
            return True
        role = Markup(text(lang, "jobs.denied_role", role=f"<@&{role_id}>")) if role_id else ""
        await send_error(interaction, lang, "jobs_denied", role=role)
        return False

    async def _posting(
        self, interaction: discord.Interaction[CocokBot], query: str, lang: Lang
    ) -> JobPosting | None:
        """The posting an option names: an id picked from the suggestions, or a typed title."""
        guild_id = await self._guild(interaction, lang)
        if guild_id is None:
            return None
        store = self.bot.store
        wanted = query.strip().removeprefix("#")
        is_id = wanted.isdecimal() and len(wanted) <= 18  # ids fit a signed 64-bit column
        found = await store.get_posting(guild_id, int(wanted)) if is_id else None
        if found is None and wanted:
            titles = await store.search_titles(guild_id, wanted, limit=1)
            found = await store.get_posting(guild_id, titles[0].posting_id) if titles else None
        if found is None:
            await send_error(interaction, lang, "jobs_not_found", query=clip(query, 80))
        return found


async def setup(bot: CocokBot) -> None:
    await bot.add_cog(JobsCog(bot))
