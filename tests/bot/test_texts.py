"""The bot's two languages: same keys, Discord's length rules, and the command translator."""

from __future__ import annotations

import re
from typing import Any

import discord
import pytest
from discord import app_commands

from bot.texts import CommandTranslator, Lang, _catalogue, command_text, lang_of, text

CHAT_INPUT_NAME = re.compile(r"^[-_\w]{1,32}$")


def _keys(node: Any, prefix: str = "") -> set[str]:
    if not isinstance(node, dict):
        return {prefix}
    return set().union(*(_keys(value, f"{prefix}.{key}") for key, value in node.items()))


def test_english_and_indonesian_have_the_same_texts() -> None:
    assert _keys(_catalogue("en")) == _keys(_catalogue("id"))


def test_placeholders_agree_between_languages() -> None:
    for key in _keys(_catalogue("en")):
        path = key.strip(".")
        english, indonesian = text("en", path), text("id", path)
        assert set(re.findall(r"{(\w+)}", english)) == set(re.findall(r"{(\w+)}", indonesian)), key


def _check_chat_input(command: dict[str, Any]) -> int:
    """Check a command or subcommand and its options, and its subcommands; how many it saw."""
    assert CHAT_INPUT_NAME.match(command["name"]) and command["name"].islower(), command["name"]
    assert len(command["description"]) <= 100, command["description"]
    for option in command.get("options", {}).values():
        assert CHAT_INPUT_NAME.match(option["name"]) and option["name"].islower(), option["name"]
        assert len(option["description"]) <= 100, option["description"]
    subcommands = [v for v in command.values() if isinstance(v, dict) and "description" in v]
    return 1 + sum(_check_chat_input(subcommand) for subcommand in subcommands)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_command_strings_follow_discord_rules(lang: Lang) -> None:
    commands = _catalogue(lang)["commands"]
    menus = {"score_message", "save_message"}
    checked = sum(
        _check_chat_input(command)
        for name, command in commands.items()
        if name not in {"choices", *menus}
    )
    assert checked >= 12  # six commands, and the six subcommands of /jobs
    for menu in menus:
        assert 1 <= len(commands[menu]["name"]) <= 32


def test_indonesian_locale_picks_indonesian() -> None:
    assert lang_of(discord.Locale.indonesian) == "id"
    assert lang_of(discord.Locale.british_english) == "en"
    assert lang_of(discord.Locale.japanese) == "en"
    assert lang_of(None) == "en"


@pytest.mark.asyncio
async def test_translator_localises_keys_and_taxonomy_names_for_indonesian_only() -> None:
    translator = CommandTranslator()
    context: app_commands.TranslationContextTypes = app_commands.TranslationContext(
        location=app_commands.TranslationContextLocation.other, data=None
    )
    name = command_text("match.name")
    assert str(name) == "match"
    assert await translator.translate(name, discord.Locale.indonesian, context) == "cocokkan"
    assert await translator.translate(name, discord.Locale.german, context) is None
    category = app_commands.locale_str("Databases", indonesian="Basis data")
    assert await translator.translate(category, discord.Locale.indonesian, context) == "Basis data"
    assert (
        await translator.translate(app_commands.locale_str("x"), discord.Locale.indonesian, context)
        is None
    )
