"""End to end: the bot logs in to the emulated Discord, syncs its commands, browses the taxonomy."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio

from testkit.discord_emulator.harness import BotUnderTest, running_bot
from testkit.discord_emulator.payloads import GUILD_ID
from testkit.discord_emulator.server import AUTOCOMPLETE_RESULT, CHANNEL_MESSAGE

pytestmark = pytest.mark.asyncio(loop_scope="module")

CHAT_INPUT, MESSAGE_COMMAND = 1, 3
STRING, BOOLEAN, ATTACHMENT = 3, 5, 11


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def session() -> AsyncIterator[BotUnderTest]:
    async with running_bot(workers=1, discord_guild_id=int(GUILD_ID)) as running:
        yield running


def _command(session: BotUnderTest, name: str) -> dict[str, Any]:
    return next(c for c in session.emulator.commands[GUILD_ID] if c["name"] == name)


def _option(command: dict[str, Any], name: str) -> dict[str, Any]:
    return next(o for o in command["options"] if o["name"] == name)


async def test_commands_sync_to_the_configured_guild_only(session: BotUnderTest) -> None:
    assert session.emulator.sync_requests == [GUILD_ID]
    names = {c["name"] for c in session.emulator.commands[GUILD_ID]}
    assert names == {
        "match",
        "compare",
        "skills",
        "skill",
        "jobs",
        "jobs-admin",
        "help",
        "Score this posting",
        "Save as job posting",
    }


async def test_login_identifies_without_privileged_intents(session: BotUnderTest) -> None:
    message_content, members, presences = 1 << 15, 1 << 1, 1 << 8
    intents = session.emulator.identify_payloads[0]["intents"]
    assert intents & (message_content | members | presences) == 0
    assert session.emulator.identify_payloads[0]["shard"] == [0, 1]
    assert session.emulator.unhandled == []


async def test_match_options_have_types_choices_and_limits(session: BotUnderTest) -> None:
    match = _command(session, "match")
    assert match["type"] == CHAT_INPUT
    assert [o["name"] for o in match["options"]] == ["file", "text", "kind", "public"]
    assert _option(match, "file")["type"] == ATTACHMENT
    text = _option(match, "text")
    assert (text["type"], text["max_length"]) == (STRING, 6000)
    assert [c["value"] for c in _option(match, "kind")["choices"]] == ["auto", "resume", "posting"]
    assert _option(match, "public")["type"] == BOOLEAN
    assert not any(o.get("required") for o in match["options"])


async def test_commands_carry_indonesian_names_and_descriptions(session: BotUnderTest) -> None:
    match = _command(session, "match")
    assert match["name_localizations"] == {"id": "cocokkan"}
    assert "CV" in match["description_localizations"]["id"]
    assert _option(match, "file")["name_localizations"] == {"id": "berkas"}
    kind_choices = _option(match, "kind")["choices"]
    assert kind_choices[2]["name_localizations"] == {"id": "lowongan"}
    compare = _command(session, "compare")
    assert [o["name_localizations"]["id"] for o in compare["options"]] == [
        "cv",
        "lowongan",
        "publik",
    ]
    assert _command(session, "help")["name_localizations"] == {"id": "bantuan"}


async def test_message_command_has_an_indonesian_name(session: BotUnderTest) -> None:
    menu = _command(session, "Score this posting")
    assert menu["type"] == MESSAGE_COMMAND
    assert menu["name_localizations"] == {"id": "Nilai lowongan ini"}
    assert "description" not in menu or menu["description"] == ""


async def test_skills_category_choices_come_from_the_taxonomy(session: BotUnderTest) -> None:
    category = _option(_command(session, "skills"), "category")
    values = [choice["value"] for choice in category["choices"]]
    assert values == [info.id for info in session.bot.taxonomy.profile.categories]
    database = next(c for c in category["choices"] if c["value"] == "database")
    assert database["name_localizations"] == {"id": "Basis data"}


async def test_skill_autocomplete_finds_indonesian_wording(session: BotUnderTest) -> None:
    interaction = session.interactions.autocomplete("skill", "id", "basis data", locale="id")
    await session.emulator.dispatch(interaction)
    (reply,) = await session.emulator.wait_for_replies(interaction["token"])
    assert reply.callback_type == AUTOCOMPLETE_RESULT
    values = [choice["value"] for choice in reply.data["choices"]]
    assert values, "no suggestion for 'basis data'"
    assert all(session.bot.taxonomy.get(v).category == "database" for v in values[:1])
    assert len(values) <= 25


async def test_skill_autocomplete_suggests_by_name_prefix(session: BotUnderTest) -> None:
    interaction = session.interactions.autocomplete("skill", "id", "postg")
    await session.emulator.dispatch(interaction)
    (reply,) = await session.emulator.wait_for_replies(interaction["token"])
    assert reply.data["choices"][0]["value"] == "postgresql"


async def test_skill_shows_one_competency_with_sources(session: BotUnderTest) -> None:
    interaction = session.interactions.slash("skill", {"id": "postgresql"})
    await session.emulator.dispatch(interaction)
    reply = await session.emulator.wait_for_message(interaction["token"])
    assert reply.callback_type == CHANNEL_MESSAGE
    assert reply.ephemeral
    (embed,) = reply.embeds
    assert "PostgreSQL" in embed["title"]
    field_names = [f["name"] for f in embed["fields"]]
    assert "Category" in field_names and "Sources" in field_names
    assert reply.data["allowed_mentions"] == {"parse": []}


async def test_unknown_skill_id_gets_a_hint(session: BotUnderTest) -> None:
    interaction = session.interactions.slash("skill", {"id": "cobol-wizardry"})
    await session.emulator.dispatch(interaction)
    reply = await session.emulator.wait_for_message(interaction["token"])
    assert "cobol-wizardry" in reply.text
    assert reply.ephemeral


async def test_skills_lists_every_category_in_indonesian(session: BotUnderTest) -> None:
    interaction = session.interactions.slash("skills", locale="id")
    await session.emulator.dispatch(interaction)
    reply = await session.emulator.wait_for_message(interaction["token"])
    (embed,) = reply.embeds
    assert embed["title"] == "Kompetensi backend developer"
    assert any(f["name"].startswith("Basis data") for f in embed["fields"])


async def test_skills_for_one_category_lists_its_ids(session: BotUnderTest) -> None:
    interaction = session.interactions.slash("skills", {"category": "security"})
    await session.emulator.dispatch(interaction)
    reply = await session.emulator.wait_for_message(interaction["token"])
    (embed,) = reply.embeds
    assert "`sql-injection`" in embed["description"]
    assert "`postgresql`" not in embed["description"]


async def test_help_states_file_types_limit_and_privacy(session: BotUnderTest) -> None:
    interaction = session.interactions.slash("help")
    await session.emulator.dispatch(interaction)
    reply = await session.emulator.wait_for_message(interaction["token"])
    assert reply.ephemeral
    assert "PDF, DOCX, TXT and MD" in reply.text
    assert "8 MB" in reply.text
    assert "nothing is stored" in reply.text


async def test_help_in_indonesian(session: BotUnderTest) -> None:
    interaction = session.interactions.slash("help", locale="id")
    await session.emulator.dispatch(interaction)
    reply = await session.emulator.wait_for_message(interaction["token"])
    assert "tidak ada yang disimpan" in reply.text
