"""End to end: /match, /compare and the message command, answered through the emulated Discord."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio

from bot.chart import PNG_MAGIC
from testkit import documents
from testkit.discord_emulator.harness import BotUnderTest, running_bot
from testkit.discord_emulator.server import DEFERRED_CHANNEL_MESSAGE, MODAL, Reply

pytestmark = pytest.mark.asyncio(loop_scope="module")

RESUME_EN = """Budi Santoso - Backend Developer
budi@example.com

Experience
Four years of experience building REST APIs in Golang and Python with Django.
Designed PostgreSQL schemas, wrote unit tests, and deployed services with Docker on AWS.
"""

POSTING_ID = """Lowongan: Backend Developer (Golang)
Kualifikasi:
- Minimal 2 tahun pengalaman sebagai backend developer
- Menguasai Golang dan PostgreSQL
- Memahami Docker dan Kubernetes
- Mampu bekerja sama dalam tim
"""


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def session() -> AsyncIterator[BotUnderTest]:
    async with running_bot(workers=2, cooldown_uses=100) as running:
        yield running


async def _answer(session: BotUnderTest, interaction: dict[str, Any]) -> tuple[Reply, Reply]:
    """Dispatch a scoring interaction; its acknowledgement and the reply that follows."""
    await session.emulator.dispatch(interaction)
    ack, answer = await session.emulator.wait_for_replies(interaction["token"], count=2)
    return ack, answer


def _field(reply: Reply, starts_with: str) -> str:
    (embed,) = reply.embeds
    for field in embed.get("fields", []):
        if field["name"].startswith(starts_with):
            return str(field["value"])
    raise AssertionError(f"no field {starts_with!r} in the reply:\n{reply.text}")


def _assert_chart(reply: Reply) -> None:
    (chart,) = reply.files
    assert chart.filename == "coverage.png"
    assert chart.data.startswith(PNG_MAGIC)
    assert reply.embeds[0]["image"]["url"] == "attachment://coverage.png"


def _buttons(reply: Reply) -> dict[str, str]:
    """The reply's buttons, label -> custom id."""
    return {
        item["label"]: item["custom_id"]
        for row in reply.data.get("components", [])
        for item in row["components"]
        if item["type"] == 2
    }


def _summary(reply: Reply) -> None:
    """A one-screen summary: no chart attached, the rest behind buttons."""
    assert not reply.files
    assert "image" not in reply.embeds[0]
    assert len(reply.text) < 1000
    assert {"Chart", "Grafik"} & set(_buttons(reply))


async def test_match_text_defers_privately_then_replies_with_embed_and_chart(
    session: BotUnderTest,
) -> None:
    interaction = session.interactions.slash("match", {"text": RESUME_EN})
    ack, answer = await _answer(session, interaction)
    assert ack.callback_type == DEFERRED_CHANNEL_MESSAGE
    assert ack.ephemeral
    assert answer.route == "followup"
    assert answer.ephemeral
    assert answer.data["allowed_mentions"] == {"parse": []}
    (embed,) = answer.embeds
    assert embed["title"].startswith("Resume · backend fit ")
    assert embed["title"].endswith("/100")
    assert "**" in _field(answer, "Strongest evidence")
    assert "Top gaps" in answer.text
    _summary(answer)


async def test_match_public_reply_is_visible_to_the_channel(session: BotUnderTest) -> None:
    interaction = session.interactions.slash("match", {"text": RESUME_EN, "public": True})
    ack, answer = await _answer(session, interaction)
    assert not ack.ephemeral
    assert not answer.ephemeral
    assert answer.data["allowed_mentions"] == {"parse": []}


async def test_match_kind_choice_is_passed_to_the_matcher(session: BotUnderTest) -> None:
    interaction = session.interactions.slash("match", {"text": RESUME_EN, "kind": "posting"})
    _, answer = await _answer(session, interaction)
    assert answer.embeds[0]["title"].startswith("Job posting · backend profile ")


async def test_match_pdf_attachment_is_downloaded_and_read(session: BotUnderTest) -> None:
    attachment = session.emulator.add_attachment(
        "budi-cv.pdf", documents.pdf(RESUME_EN), content_type="application/pdf"
    )
    interaction = session.interactions.slash("match", {"file": attachment})
    ack, answer = await _answer(session, interaction)
    assert ack.callback_type == DEFERRED_CHANNEL_MESSAGE
    assert "Resume · " in answer.text
    _summary(answer)


async def test_match_docx_attachment_in_indonesian(session: BotUnderTest) -> None:
    resume = documents.docx(POSTING_ID.splitlines())
    attachment = session.emulator.add_attachment("lowongan.docx", resume)
    interaction = session.interactions.slash("match", {"file": attachment}, locale="id")
    _, answer = await _answer(session, interaction)
    assert "Kubernetes" in _field(answer, "Yang diminta")
    _summary(answer)


async def test_match_without_input_opens_a_modal_and_scores_its_text(
    session: BotUnderTest,
) -> None:
    member = session.interactions.new_member()
    opened = session.interactions.slash("match", member=member)
    await session.emulator.dispatch(opened)
    modal = await session.emulator.wait_for_message(opened["token"])
    assert modal.callback_type == MODAL
    (row,) = modal.data["components"]
    (text_input,) = row["components"]
    assert (text_input["custom_id"], text_input["max_length"]) == ("text", 4000)
    assert text_input["style"] == 2  # paragraph

    submitted = session.interactions.modal_submit(
        modal.data["custom_id"], {"text": RESUME_EN}, member=member
    )
    ack, answer = await _answer(session, submitted)
    assert ack.callback_type == DEFERRED_CHANNEL_MESSAGE and ack.ephemeral
    assert "Resume · " in answer.text
    _summary(answer)


async def test_indonesian_member_gets_indonesian_reply(session: BotUnderTest) -> None:
    interaction = session.interactions.slash(
        "match", {"text": POSTING_ID, "kind": "posting"}, locale="id"
    )
    _, answer = await _answer(session, interaction)
    (embed,) = answer.embeds
    assert embed["title"].startswith("Lowongan kerja · profil backend ")
    names = [f["name"] for f in embed["fields"]]
    assert "Bukti terkuat" in names
    assert any(name.startswith("Yang diminta") for name in names)
    assert set(_buttons(answer)) == {"Semua kompetensi", "Grafik", "Seberapa cocok CV-ku?"}
    assert "tidak ada yang disimpan" in embed["footer"]["text"]


async def test_indonesian_modal_is_titled_in_indonesian(session: BotUnderTest) -> None:
    interaction = session.interactions.slash("match", locale="id")
    await session.emulator.dispatch(interaction)
    modal = await session.emulator.wait_for_message(interaction["token"])
    assert modal.data["title"] == "Tempel CV atau lowongan kerja"


async def test_message_command_scores_the_posting_in_the_message(session: BotUnderTest) -> None:
    interaction = session.interactions.message_command("Score this posting", POSTING_ID)
    ack, answer = await _answer(session, interaction)
    assert ack.ephemeral and answer.ephemeral
    (embed,) = answer.embeds
    assert embed["title"].startswith("Job posting · backend profile ")
    assert "Go (Golang)" in _field(answer, "Asks for")
    _summary(answer)


async def test_message_command_reads_embeds_and_answers_in_indonesian(
    session: BotUnderTest,
) -> None:
    embed = {"title": "Lowongan Backend Developer", "description": POSTING_ID}
    interaction = session.interactions.message_command(
        "Score this posting", "", embeds=[embed], locale="id"
    )
    _, answer = await _answer(session, interaction)
    assert answer.embeds[0]["title"].startswith("Lowongan kerja · profil backend ")
    assert "PostgreSQL" in _field(answer, "Yang diminta")


async def test_message_command_reads_an_attached_posting_when_there_is_no_text(
    session: BotUnderTest,
) -> None:
    attachment = session.emulator.add_attachment("lowongan.txt", POSTING_ID.encode())
    interaction = session.interactions.message_command(
        "Score this posting", "", attachments=[attachment]
    )
    _, answer = await _answer(session, interaction)
    assert answer.embeds[0]["title"].startswith("Job posting · ")
    assert "Kubernetes" in _field(answer, "Asks for")
    assert attachment["id"] in session.emulator.downloads


async def test_compare_two_attachments_shows_covered_and_missing(session: BotUnderTest) -> None:
    resume = session.emulator.add_attachment(
        "cv.txt", RESUME_EN.encode(), content_type="text/plain"
    )
    posting = session.emulator.add_attachment("lowongan.md", POSTING_ID.encode())
    interaction = session.interactions.slash("compare", {"resume": resume, "posting": posting})
    ack, answer = await _answer(session, interaction)
    assert ack.callback_type == DEFERRED_CHANNEL_MESSAGE and ack.ephemeral
    (embed,) = answer.embeds
    assert embed["title"].startswith("Resume vs posting · fit ")
    assert "**PostgreSQL**" in _field(answer, "Covered")
    assert "**Kubernetes**" in _field(answer, "Missing")
    assert answer.data["allowed_mentions"] == {"parse": []}
    _assert_chart(answer)


async def test_compare_asks_for_the_missing_posting_in_a_modal(session: BotUnderTest) -> None:
    member = session.interactions.new_member()
    resume = session.emulator.add_attachment("cv.txt", RESUME_EN.encode())
    opened = session.interactions.slash("compare", {"resume": resume}, member=member)
    await session.emulator.dispatch(opened)
    modal = await session.emulator.wait_for_message(opened["token"])
    assert modal.callback_type == MODAL
    inputs = [row["components"][0]["custom_id"] for row in modal.data["components"]]
    assert inputs == ["posting"]

    submitted = session.interactions.modal_submit(
        modal.data["custom_id"], {"posting": POSTING_ID}, member=member
    )
    _, answer = await _answer(session, submitted)
    assert "**Kubernetes**" in _field(answer, "Missing")


async def test_compare_without_attachments_asks_for_both_texts(session: BotUnderTest) -> None:
    interaction = session.interactions.slash("compare", locale="id")
    await session.emulator.dispatch(interaction)
    modal = await session.emulator.wait_for_message(interaction["token"])
    labels = [row["components"][0]["label"] for row in modal.data["components"]]
    assert labels == ["CV", "Lowongan kerja"]


async def test_pasted_mentions_ping_no_one(session: BotUnderTest) -> None:
    text = "@everyone @here <@1234> Backend developer with PostgreSQL and Golang."
    interaction = session.interactions.slash("match", {"text": text, "public": True})
    _, answer = await _answer(session, interaction)
    assert answer.data["allowed_mentions"] == {"parse": []}
    assert "@everyone" not in answer.text
    assert "<@1234>" not in answer.text
