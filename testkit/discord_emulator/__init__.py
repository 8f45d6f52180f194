"""An emulated Discord API on 127.0.0.1 for end-to-end tests of the bot.

It speaks just enough of Discord's REST API (v10) and gateway for the real discord.py client
to log in, sync application commands, receive interactions and answer them; every request
the bot makes is recorded so tests can assert on what a Discord user would have seen.
"""

from testkit.discord_emulator.payloads import InteractionFactory, Member, Role
from testkit.discord_emulator.server import DiscordEmulator, Reply, SentFile

__all__ = ["DiscordEmulator", "InteractionFactory", "Member", "Reply", "Role", "SentFile"]
