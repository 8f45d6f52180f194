"""``/jobs-admin``: the commands that run a server's job board, and "Save as job posting".

Discord sets who sees a command per top-level command, so the managers' commands have their own,
offered by default to members with Manage Messages only; a server may grant it to its job-board
role in Server Settings → Integrations. The role check at run time stays either way.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.app_commands import Choice, Range
from discord.ext import commands

from bot import worker_jobs
from bot.alert_delivery import AlertDelivery
from bot.board_access import find_posting, guild_of, may_manage, posting_choices
from bot.embed_limits import clip
from bot.inputs import OPTION_TEXT_CHARS, PasteModal, Source, label, message_text, run_in_worker
from bot.posting_titles import clean_title
from bot.render_jobs import (
    render_config,
    render_confirm_remove,
    render_duplicate,
    render_note,
    render_removed,
    render_saved,
)
from bot.replies import ReplyView, send, send_error
from bot.storage import (
    MAX_EXPIRY_DAYS,
    MAX_LINK_CHARS,
    GuildConfig,
    JobPosting,
    PostingDraft,
    PostingResult,
    is_web_link,
)
from bot.texts import Lang, command_text, lang_of, option_texts, text

if TYPE_CHECKING:
    from bot.client import CocokBot

_log = logging.getLogger(__name__)

MAX_OPEN_POSTINGS = 500  # per guild: bounds the database and the work of one /jobs match
TITLE_CHARS = 100  # what Discord shows of an autocomplete choice
_QUESTION_TIMEOUT_SECONDS = 10 * 60
MANAGERS = discord.Permissions(manage_messages=True)


def title_of(content: str) -> str:
    """A title for a posting saved from a message: its first line that has words."""
    for line in content.splitlines():
        title = clean_title(line)
        if title:
            return clip(title, TITLE_CHARS)
    return ""


class AnnouncementChannel(app_commands.Transformer):
    """A text or announcement channel, taken by id as Discord resolved it: the bot keeps no
    cache of a guild's channels (it asks for the guilds intent only), and needs only the id."""

    @property
    def type(self) -> discord.AppCommandOptionType:
        return discord.AppCommandOptionType.channel

    @property
    def channel_types(self) -> list[discord.ChannelType]:
        return [discord.ChannelType.text, discord.ChannelType.news]

    async def transform(
        self, interaction: discord.Interaction[Any], value: Any, /
    ) -> app_commands.AppCommandChannel:
        return value  # type: ignore[no-any-return]


def _has_words(title: str) -> bool:
    return bool(title.strip()) and any(character.isalnum() for character in title)


class _InvokerOnly(ReplyView):
    """Buttons under a manager's ephemeral question that only that manager may press."""

    def __init__(self, asked: discord.Interaction[Any], lang: Lang) -> None:
        super().__init__(timeout=_QUESTION_TIMEOUT_SECONDS)
        self.owner_id = asked.user.id
        self.lang = lang

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await send_error(interaction, lang_of(interaction.locale), "jobs_not_yours_button")
        return False


class ReplaceDuplicate(_InvokerOnly):
    """ "Replace" under the reply that a posting is already on the board. The new version lives
    only in this view: once it times out, nothing was saved."""

    def __init__(
        self,
        cog: JobsAdminCog,
        asked: discord.Interaction[Any],
        lang: Lang,
        draft: PostingDraft,
        result: PostingResult,
        existing_id: int,
    ) -> None:
        super().__init__(asked, lang)
        self.cog = cog
        self.draft = draft
        self.result = result
        self.existing_id = existing_id
        self.replace.label = text(lang, "jobs.replace")

    @discord.ui.button(style=discord.ButtonStyle.primary)
    async def replace(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[ReplaceDuplicate]
    ) -> None:
        store = self.cog.bot.store
        posting = await store.add_posting(self.draft, self.result, replaces=self.existing_id)
        self.stop()
        _log.info(
            "jobs-replace guild=%s posting=%s replaced=%s",
            posting.guild_id,
            posting.posting_id,
            self.existing_id,
        )
        embed = render_saved(
            posting, self.cog.bot.taxonomy, self.lang, heading="jobs.replaced_title"
        )
        await interaction.response.edit_message(embed=embed, view=None)


class ConfirmRemove(_InvokerOnly):
    """Remove / Cancel under ``/jobs-admin remove``."""

    def __init__(
        self, cog: JobsAdminCog, asked: discord.Interaction[Any], lang: Lang, posting: JobPosting
    ) -> None:
        super().__init__(asked, lang)
        self.cog = cog
        self.posting = posting
        self.confirm.label = text(lang, "jobs.remove_button")
        self.cancel.label = text(lang, "jobs.cancel")

    @discord.ui.button(style=discord.ButtonStyle.danger)
    async def confirm(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[ConfirmRemove]
    ) -> None:
        posting = self.posting
        await self.cog.bot.store.remove_posting(posting.guild_id, posting.posting_id)
        self.stop()
        _log.info("jobs-remove guild=%s posting=%s", posting.guild_id, posting.posting_id)
        await interaction.response.edit_message(embed=render_removed(posting, self.lang), view=None)

    @discord.ui.button(style=discord.ButtonStyle.secondary)
    async def cancel(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[ConfirmRemove]
    ) -> None:
        self.stop()
        await interaction.response.edit_message(
            embed=render_note(self.lang, "jobs.kept"), view=None
        )


class JobsAdminCog(commands.Cog):
    """``/jobs-admin`` and the "Save as job posting" message command."""

    admin = app_commands.Group(
        name=command_text("jobs_admin.name"),
        description=command_text("jobs_admin.description"),
        allowed_contexts=app_commands.AppCommandContext(guild=True),
        default_permissions=MANAGERS,
    )

    def __init__(self, bot: CocokBot) -> None:
        self.bot = bot
        self.alerts = AlertDelivery(bot)
        self.save_menu = app_commands.ContextMenu(
            name=command_text("save_message.name"), callback=self.save_message
        )
        bot.tree.add_command(self.save_menu)

    async def cog_load(self) -> None:
        self.alerts.start()

    async def cog_unload(self) -> None:
        await self.alerts.stop()
        self.bot.tree.remove_command(self.save_menu.name, type=self.save_menu.type)

    # -- saving ------------------------------------------------------------------------------

    @admin.command(
        name=command_text("jobs_admin.add.name"),
        description=command_text("jobs_admin.add.description"),
    )
    @option_texts(
        "jobs_admin.add", title="title", pasted="text", file="file", link="link", expires="expires"
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
        if not _has_words(title):
            await send_error(interaction, lang, "jobs_no_title")
            return
        if link is not None and not is_web_link(link):
            await send_error(interaction, lang, "jobs_bad_link")
            return
        if not await may_manage(interaction, lang):
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
    @app_commands.default_permissions(manage_messages=True)
    async def save_message(
        self, interaction: discord.Interaction[CocokBot], message: discord.Message
    ) -> None:
        lang = lang_of(interaction.locale)
        if not await may_manage(interaction, lang):
            return
        content = message_text(message)
        source: Source = content or (message.attachments[0] if message.attachments else None)
        if source is None:
            await send_error(interaction, lang, "empty_message")
            return
        title = title_of(content)
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
        assert guild_id is not None  # may_manage answered for guild-less interactions
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
        existing = await store.find_duplicate(guild_id, read.text, link)
        if existing is not None:
            view = ReplaceDuplicate(
                self, interaction, lang, draft, read.result, existing.posting_id
            )
            await view.send_with(interaction, render_duplicate(existing, lang), ephemeral=True)
            return
        posting = await store.add_posting(draft, read.result)
        _log.info("jobs-add guild=%s posting=%s", guild_id, posting.posting_id)
        await send(interaction, render_saved(posting, self.bot.taxonomy, lang), ephemeral=True)
        self.alerts.announce(posting, lang_of(interaction.guild_locale))

    # -- changing ----------------------------------------------------------------------------

    @admin.command(
        name=command_text("jobs_admin.edit.name"),
        description=command_text("jobs_admin.edit.description"),
    )
    @option_texts(
        "jobs_admin.edit",
        posting="posting",
        title="title",
        pasted="text",
        link="link",
        expires="expires",
    )
    async def edit(
        self,
        interaction: discord.Interaction[CocokBot],
        posting: str,
        title: Range[str, 1, TITLE_CHARS] | None = None,
        pasted: Range[str, 1, OPTION_TEXT_CHARS] | None = None,
        link: Range[str, 1, MAX_LINK_CHARS] | None = None,
        expires: Range[int, 1, MAX_EXPIRY_DAYS] | None = None,
    ) -> None:
        lang = lang_of(interaction.locale)
        if title is None and pasted is None and link is None and expires is None:
            await send_error(interaction, lang, "jobs_nothing_to_edit")
            return
        if title is not None and not _has_words(title):
            await send_error(interaction, lang, "jobs_no_title")
            return
        if link is not None and not is_web_link(link):
            await send_error(interaction, lang, "jobs_bad_link")
            return
        if not await may_manage(interaction, lang):
            return
        found = await find_posting(interaction, posting, lang)
        if found is None:
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        store = self.bot.store
        changes: dict[str, Any] = {}
        result: PostingResult | None = None
        if pasted is not None:  # new text: analysed again, as when it was added
            read = await run_in_worker(
                interaction, "jobs-edit", (pasted,), worker_jobs.read_posting
            )
            if read is None:
                return
            changes.update(text=read.text, analysis=read.analysis)
            result = read.result
        else:
            result = (await store.posting_results(found.guild_id)).get(found.posting_id)
        if title is not None:
            changes["title"] = title
        if link is not None:
            changes["link"] = link
        if expires is not None:
            changes["expires_at"] = store.now() + timedelta(days=expires)
        draft = PostingDraft(
            **{**found.model_dump(include=set(PostingDraft.model_fields)), **changes}
        )
        updated = await store.update_posting(found.guild_id, found.posting_id, draft, result)
        if updated is None:
            await send_error(interaction, lang, "jobs_not_found", query=clip(posting, 80))
            return
        _log.info("jobs-edit guild=%s posting=%s", updated.guild_id, updated.posting_id)
        embed = render_saved(updated, self.bot.taxonomy, lang, heading="jobs.edited_title")
        await send(interaction, embed, ephemeral=True)

    @admin.command(
        name=command_text("jobs_admin.remove.name"),
        description=command_text("jobs_admin.remove.description"),
    )
    @option_texts("jobs_admin.remove", posting="posting")
    async def remove(self, interaction: discord.Interaction[CocokBot], posting: str) -> None:
        lang = lang_of(interaction.locale)
        if not await may_manage(interaction, lang):
            return
        found = await find_posting(interaction, posting, lang)
        if found is None:
            return
        view = ConfirmRemove(self, interaction, lang, found)
        await view.send_with(interaction, render_confirm_remove(found, lang), ephemeral=True)

    @edit.autocomplete("posting")
    @remove.autocomplete("posting")
    async def complete_posting(
        self, interaction: discord.Interaction[CocokBot], current: str
    ) -> list[Choice[str]]:
        return await posting_choices(self.bot.store, interaction.guild_id, current)

    # -- settings ----------------------------------------------------------------------------

    @admin.command(
        name=command_text("jobs_admin.config.name"),
        description=command_text("jobs_admin.config.description"),
    )
    @option_texts(
        "jobs_admin.config",
        role="role",
        expiry_days="expiry_days",
        clear_role="clear_role",
        channel="channel",
        clear_channel="clear_channel",
    )
    async def config(
        self,
        interaction: discord.Interaction[CocokBot],
        role: discord.Role | None = None,
        expiry_days: Range[int, 1, MAX_EXPIRY_DAYS] | None = None,
        clear_role: bool = False,
        channel: app_commands.Transform[app_commands.AppCommandChannel, AnnouncementChannel]
        | None = None,
        clear_channel: bool = False,
    ) -> None:
        lang = lang_of(interaction.locale)
        guild_id = await guild_of(interaction, lang)
        if guild_id is None:
            return
        current = await self.bot.store.get_config(guild_id)
        changes = (role, expiry_days, channel)
        if all(change is None for change in changes) and not (clear_role or clear_channel):
            await send(interaction, render_config(current, lang, updated=False), ephemeral=True)
            return
        if not interaction.permissions.manage_guild:
            await send_error(interaction, lang, "jobs_denied_config")
            return
        manager_role_id = None if clear_role else current.manager_role_id
        alert_channel_id = None if clear_channel else current.alert_channel_id
        updated = GuildConfig(
            guild_id=guild_id,
            manager_role_id=role.id if role is not None else manager_role_id,
            expiry_days=expiry_days or current.expiry_days,
            alert_channel_id=channel.id if channel is not None else alert_channel_id,
        )
        await self.bot.store.set_config(updated)
        _log.info("jobs-config guild=%s", guild_id)
        await send(interaction, render_config(updated, lang, updated=True), ephemeral=True)
