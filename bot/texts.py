"""The bot's words in English and Indonesian, read once from ``bot/locales/*.yaml``.

Users whose Discord client is set to Indonesian get Indonesian replies and command names;
everyone else gets English. The :class:`CommandTranslator` hands Discord the Indonesian command
names and descriptions at sync time.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any, Literal, TypeVar

import discord
import yaml
from discord import app_commands

Lang = Literal["en", "id"]
T = TypeVar("T")
LANGS: tuple[Lang, ...] = ("en", "id")


@cache
def _catalogue(lang: Lang) -> dict[str, Any]:
    text = (resources.files("bot") / "locales" / f"{lang}.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise RuntimeError(f"bot/locales/{lang}.yaml: expected a mapping")
    return data


def _lookup(lang: Lang, key: str) -> Any:
    node: Any = _catalogue(lang)
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            raise KeyError(f"bot/locales/{lang}.yaml has no text {key!r}")
        node = node[part]
    return node


def text(lang: Lang, key: str, **values: object) -> str:
    """The text ``key`` (dotted path) in ``lang`` with ``{placeholders}`` filled in."""
    template = _lookup(lang, key)
    if not isinstance(template, str):
        raise KeyError(f"bot/locales/{lang}.yaml: {key!r} is not a text")
    return template.format(**values) if values else template


def lang_of(locale: discord.Locale | None) -> Lang:
    """The reply language for a Discord client locale."""
    return "id" if locale == discord.Locale.indonesian else "en"


def command_text(key: str) -> app_commands.locale_str:
    """An English command string the translator can localise, e.g. ``"match.name"``."""
    return app_commands.locale_str(text("en", f"commands.{key}"), key=f"commands.{key}")


def option_texts(command: str, **options: str) -> Callable[[T], T]:
    """Name and describe a command's parameters from the locale files.

    ``parameter="option"`` takes ``commands.<command>.options.<option>.name`` and
    ``.description``, e.g. ``@option_texts("match", pasted="text")``.
    """
    prefix = f"{command}.options"
    names = {param: command_text(f"{prefix}.{key}.name") for param, key in options.items()}
    descriptions = {
        param: command_text(f"{prefix}.{key}.description") for param, key in options.items()
    }

    def decorate(function: T) -> T:
        described = app_commands.describe(**descriptions)(function)
        return app_commands.rename(**names)(described)

    return decorate


class CommandTranslator(app_commands.Translator):
    """Indonesian names and descriptions of commands, options and choices.

    A :class:`~discord.app_commands.locale_str` carries either a ``key`` into the locale files
    or, for names that come from the taxonomy, the ``indonesian`` text itself.
    """

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        if locale != discord.Locale.indonesian:
            return None
        key = string.extras.get("key")
        if isinstance(key, str):
            return text("id", key)
        indonesian = string.extras.get("indonesian")
        return indonesian if isinstance(indonesian, str) else None
