"""What the job-board end-to-end tests share: a guild of one's own, members, and replies."""

from __future__ import annotations

from typing import Any

from testkit.discord_emulator.harness import BotUnderTest
from testkit.discord_emulator.payloads import Member
from testkit.discord_emulator.server import Reply

SEND_MESSAGES = 1 << 11  # what an ordinary member may do; no Manage Messages (1 << 13)
MANAGE_MESSAGES = 1 << 13


def new_guild(session: BotUnderTest) -> str:
    """A guild no other test uses, so tests share one bot without seeing each other."""
    return session.emulator.snowflake()


def moderator_of(session: BotUnderTest, guild: str) -> Member:
    return session.interactions.new_member(guild_id=guild)


def member_of(session: BotUnderTest, guild: str, *roles: str) -> Member:
    return session.interactions.new_member(guild_id=guild, permissions=SEND_MESSAGES, roles=roles)


async def reply_to(session: BotUnderTest, interaction: dict[str, Any]) -> Reply:
    """The reply the member reads (after the 'thinking…' acknowledgement, if any)."""
    await session.emulator.dispatch(interaction)
    return await session.emulator.wait_for_message(interaction["token"])


async def run(
    session: BotUnderTest,
    command: str,
    subcommand: str,
    member: Member,
    locale: str = "en-US",
    **options: Any,
) -> Reply:
    """``/command subcommand`` with ``options``, and the reply the member reads."""
    interaction = session.interactions.slash(
        command, options, subcommand=subcommand, member=member, locale=locale
    )
    return await reply_to(session, interaction)


async def jobs(session: BotUnderTest, subcommand: str, member: Member, **options: Any) -> Reply:
    return await run(session, "jobs", subcommand, member, **options)


async def admin(session: BotUnderTest, subcommand: str, member: Member, **options: Any) -> Reply:
    return await run(session, "jobs-admin", subcommand, member, **options)
