"""What both job-board cogs ask of an interaction: its guild, whether the member manages the
board, and which posting an option names. Each answers the member itself when the answer is no.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord.app_commands import Choice

from bot.competency_search import CHOICE_CHARS
from bot.embed_limits import clip
from bot.posting_titles import clean_title
from bot.render import Markup
from bot.replies import send_error
from bot.storage import JobPosting, JobStore
from bot.texts import Lang, text

if TYPE_CHECKING:
    from bot.client import CocokBot


async def guild_of(interaction: discord.Interaction[CocokBot], lang: Lang) -> int | None:
    """The guild the interaction came from; None (after saying so) outside a server."""
    if interaction.guild_id is None:
        await send_error(interaction, lang, "jobs_guild_only")
    return interaction.guild_id


def _holds_role(member: discord.User | discord.Member, role_id: int) -> bool:
    # the role ids as Discord sent them with the interaction: Member.roles keeps only roles
    # found in the guild cache, which may not hold this guild yet (or ever, on a cold shard)
    roles = getattr(member, "_roles", None)
    return roles is not None and roles.has(role_id)


async def may_manage(interaction: discord.Interaction[CocokBot], lang: Lang) -> bool:
    """Whether the member may save, edit and remove postings; if not, they are told why.

    Checked at run time as well as hidden by Discord: a server may grant the managers' command
    to everyone in its Integrations settings, and the configured role needs no permission.
    """
    guild_id = await guild_of(interaction, lang)
    if guild_id is None:
        return False
    if interaction.permissions.manage_messages:
        return True
    config = await interaction.client.store.get_config(guild_id)
    role_id = config.manager_role_id
    if role_id is not None and _holds_role(interaction.user, role_id):
        return True
    role = Markup(text(lang, "jobs.denied_role", role=f"<@&{role_id}>")) if role_id else ""
    await send_error(interaction, lang, "jobs_denied", role=role)
    return False


async def find_posting(
    interaction: discord.Interaction[CocokBot], query: str, lang: Lang
) -> JobPosting | None:
    """The posting an option names: an id picked from the suggestions, or a typed title."""
    guild_id = await guild_of(interaction, lang)
    if guild_id is None:
        return None
    store = interaction.client.store
    wanted = query.strip().removeprefix("#")
    is_id = wanted.isdecimal() and len(wanted) <= 18  # ids fit a signed 64-bit column
    found = await store.get_posting(guild_id, int(wanted)) if is_id else None
    if found is None and wanted:
        titles = await store.search_titles(guild_id, wanted, limit=1)
        found = await store.get_posting(guild_id, titles[0].posting_id) if titles else None
    if found is None:
        await send_error(interaction, lang, "jobs_not_found", query=clip(query, 80))
    return found


async def posting_choices(store: JobStore, guild_id: int | None, current: str) -> list[Choice[str]]:
    """Autocomplete choices of the guild's open postings whose title holds ``current``."""
    if guild_id is None:
        return []
    titles = await store.search_titles(guild_id, current.strip())
    return [
        Choice(
            name=clip(f"#{t.posting_id} · {clean_title(t.title) or t.title}", CHOICE_CHARS),
            value=str(t.posting_id),
        )
        for t in titles
    ]
