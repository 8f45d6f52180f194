"""End to end: every kind of bad input gets a friendly private reply, and the bot keeps running."""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio

from testkit import documents
from testkit.discord_emulator.harness import BotUnderTest, running_bot
from testkit.discord_emulator.server import CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE, Reply

pytestmark = pytest.mark.asyncio(loop_scope="module")

LIMIT = 1024 * 1024
RESUME = "Backend developer: Golang, PostgreSQL, Docker and REST APIs."


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def session() -> AsyncIterator[BotUnderTest]:
    async with running_bot(
        workers=1, max_attachment_bytes=LIMIT, cooldown_uses=2, cooldown_seconds=600
    ) as running:
        yield running


async def _error_reply(session: BotUnderTest, interaction: dict[str, Any]) -> Reply:
    """The reply a member reads, checked to be a private error without mentions."""
    await session.emulator.dispatch(interaction)
    reply = await session.emulator.wait_for_message(interaction["token"])
    assert reply.ephemeral
    assert reply.data["allowed_mentions"] == {"parse": []}
    assert reply.embeds[0]["title"] in {"That didn't work", "Belum berhasil"}
    assert not reply.files
    return reply


async def _match_file(session: BotUnderTest, filename: str, data: bytes, **extra: Any) -> Reply:
    attachment = session.emulator.add_attachment(filename, data, **extra)
    return await _error_reply(session, session.interactions.slash("match", {"file": attachment}))


async def test_oversize_attachment_is_refused_without_downloading(session: BotUnderTest) -> None:
    attachment = session.emulator.add_attachment(
        "cv.pdf", documents.pdf(RESUME), declared_size=LIMIT + 1
    )
    reply = await _error_reply(session, session.interactions.slash("match", {"file": attachment}))
    assert "**cv.pdf** is larger than the 1 MB the bot reads" in reply.text
    assert attachment["id"] not in session.emulator.downloads


async def test_unsupported_file_type_names_the_readable_ones(session: BotUnderTest) -> None:
    reply = await _match_file(session, "photo.png", documents.png_image())
    assert "PDF, DOCX, TXT and MD" in reply.text


async def test_corrupt_pdf_is_explained(session: BotUnderTest) -> None:
    reply = await _match_file(session, "cv.pdf", documents.corrupt_pdf())
    assert "looks damaged" in reply.text


async def test_truncated_download_of_a_pdf_is_explained(session: BotUnderTest) -> None:
    reply = await _match_file(session, "cv.pdf", documents.truncated_pdf(RESUME))
    assert "looks damaged" in reply.text


async def test_scanned_pdf_without_text_is_explained(session: BotUnderTest) -> None:
    reply = await _match_file(session, "scan.pdf", documents.image_only_pdf())
    assert "has no text to read" in reply.text


async def test_docx_zip_bomb_is_refused(session: BotUnderTest) -> None:
    bomb = documents.docx_bomb()
    assert len(bomb) < LIMIT
    reply = await _match_file(session, "cv.docx", bomb)
    assert "unpacks to far more than it weighs" in reply.text


async def test_password_protected_pdf_is_explained(session: BotUnderTest) -> None:
    locked = documents.encrypted_pdf(RESUME, user_password="rahasia")
    reply = await _match_file(session, "locked.pdf", locked)
    assert "password-protected" in reply.text


async def test_blank_text_file_is_explained_in_indonesian(session: BotUnderTest) -> None:
    attachment = session.emulator.add_attachment("kosong.txt", b"  \n\n  ")
    interaction = session.interactions.slash("match", {"file": attachment}, locale="id")
    reply = await _error_reply(session, interaction)
    assert "tidak berisi teks" in reply.text


async def test_blank_pasted_text_is_explained(session: BotUnderTest) -> None:
    reply = await _error_reply(session, session.interactions.slash("match", {"text": "   "}))
    assert "There is no text to score" in reply.text


async def test_blank_modal_text_is_explained(session: BotUnderTest) -> None:
    member = session.interactions.new_member()
    opened = session.interactions.slash("match", member=member)
    await session.emulator.dispatch(opened)
    modal = await session.emulator.wait_for_message(opened["token"])
    submitted = session.interactions.modal_submit(
        modal.data["custom_id"], {"text": " \n "}, member=member
    )
    reply = await _error_reply(session, submitted)
    assert reply.route == "followup"
    assert "There is no text to score" in reply.text


async def test_message_without_text_is_answered_at_once(session: BotUnderTest) -> None:
    interaction = session.interactions.message_command("Score this posting", "")
    reply = await _error_reply(session, interaction)
    assert reply.callback_type == CHANNEL_MESSAGE
    assert "That message has no text to score" in reply.text


async def test_vanished_attachment_is_a_download_error(session: BotUnderTest) -> None:
    attachment = session.emulator.add_attachment("cv.txt", RESUME.encode())
    attachment = {**attachment, "url": attachment["url"].replace(attachment["id"], "404")}
    reply = await _error_reply(session, session.interactions.slash("match", {"file": attachment}))
    assert "could not be downloaded" in reply.text


async def test_file_name_markup_is_shown_inert(session: BotUnderTest) -> None:
    reply = await _match_file(session, "@everyone_*bold*.exe", b"MZ\x90\x00")
    assert "@everyone" not in reply.text
    assert "\\*bold\\*" in reply.text


async def test_cooldown_answers_when_to_retry(session: BotUnderTest) -> None:
    member = session.interactions.new_member()
    for _ in range(2):
        allowed = session.interactions.slash("match", {"text": RESUME}, member=member)
        await session.emulator.dispatch(allowed)
        (ack,) = await session.emulator.wait_for_replies(allowed["token"])
        assert ack.callback_type == DEFERRED_CHANNEL_MESSAGE
    menu = session.interactions.message_command("Score this posting", RESUME, member=member)
    reply = await _error_reply(session, menu)
    assert reply.callback_type == CHANNEL_MESSAGE
    assert re.search(r"Try again <t:\d+:R> \(\d+ s\)", reply.text), reply.text
    other_member = session.interactions.slash("match", {"text": RESUME})
    await session.emulator.dispatch(other_member)
    (ack,) = await session.emulator.wait_for_replies(other_member["token"])
    assert ack.callback_type == DEFERRED_CHANNEL_MESSAGE


async def test_debug_logs_hold_no_pasted_text_not_even_gateway_payloads(
    session: BotUnderTest, caplog: pytest.LogCaptureFixture
) -> None:
    marker = "Quokkazebrafish"
    caplog.set_level(logging.DEBUG)
    member = session.interactions.new_member()
    pasted = session.interactions.slash("match", {"text": f"{marker} {RESUME}"}, member=member)
    await session.emulator.dispatch(pasted)
    await session.emulator.wait_for_replies(pasted["token"], count=2)
    opened = session.interactions.slash("match", {}, member=member)
    await session.emulator.dispatch(opened)
    modal = await session.emulator.wait_for_message(opened["token"])
    submitted = session.interactions.modal_submit(
        modal.data["custom_id"], {"text": f"{RESUME}\n{marker}"}, member=member
    )
    await session.emulator.dispatch(submitted)
    await session.emulator.wait_for_replies(submitted["token"], count=2)
    gateway = [record for record in caplog.records if record.name == "discord.gateway"]
    assert any("WebSocket Event" in record.getMessage() for record in gateway)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert marker not in logged
    assert "PostgreSQL" not in logged


async def test_logs_hold_ids_and_sizes_but_no_content(
    session: BotUnderTest, caplog: pytest.LogCaptureFixture
) -> None:
    marker = "Zanzibarquux"
    caplog.set_level(logging.INFO)
    interaction = session.interactions.slash("match", {"text": f"{marker} {RESUME}"})
    await session.emulator.dispatch(interaction)
    await session.emulator.wait_for_replies(interaction["token"], count=2)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert f"interaction={interaction['id']}" in logged
    assert marker not in logged
