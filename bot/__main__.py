"""``python -m bot``: run the cocok Discord bot with settings from the environment or ``.env``."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys

import aiohttp
import discord
from pydantic import ValidationError

from bot.client import CocokBot
from bot.settings import BotSettings
from bot.storage import StorageError, StorageURLError
from taxonomy import TaxonomyError

EXIT_CONFIG = 2
EXIT_LOGIN = 1


def _settings_problem(error: ValidationError) -> str:
    lines = []
    for problem in error.errors():
        name = "_".join(str(part) for part in problem["loc"]).upper()
        message = problem["msg"].removeprefix("Value error, ")
        if problem["type"] in {"missing", "too_short", "string_too_short"}:
            lines.append(f"{name} is not set (environment variable or .env file)")
        else:
            lines.append(f"{name}: {message}" if name else message)
    return "; ".join(lines)


async def _run(settings: BotSettings) -> int:
    try:
        bot = CocokBot(settings)
    except TaxonomyError as error:
        print(f"cocok bot: the taxonomy does not load: {error}", file=sys.stderr)
        return EXIT_CONFIG
    # a container stop (SIGTERM) closes the gateway sessions cleanly, like Ctrl-C does
    asyncio.get_running_loop().add_signal_handler(
        signal.SIGTERM, lambda: asyncio.ensure_future(bot.close())
    )
    async with bot:
        try:
            await bot.start(settings.discord_token.get_secret_value())
        except discord.LoginFailure:
            print(
                "cocok bot: Discord rejected DISCORD_TOKEN; copy the bot token again from the "
                "developer portal (Bot tab, Reset Token)",
                file=sys.stderr,
            )
            return EXIT_LOGIN
        except StorageURLError as error:
            print(f"cocok bot: DATABASE_URL: {error}", file=sys.stderr)
            return EXIT_CONFIG
        except StorageError as error:
            print(f"cocok bot: the job board's database does not open: {error}", file=sys.stderr)
            return EXIT_LOGIN
        except (discord.GatewayNotFound, aiohttp.ClientError, OSError) as error:
            where = settings.discord_api_base or "discord.com"
            print(f"cocok bot: cannot reach Discord at {where}: {error}", file=sys.stderr)
            return EXIT_LOGIN
    return 0


def main() -> int:
    try:
        settings = BotSettings()
    except ValidationError as error:
        print(f"cocok bot: {_settings_problem(error)}", file=sys.stderr)
        return EXIT_CONFIG
    discord.utils.setup_logging(
        level=logging.getLevelNamesMapping().get(settings.log_level.upper(), logging.INFO)
    )
    try:
        return asyncio.run(_run(settings))
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
