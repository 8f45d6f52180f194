"""End to end: an input that keeps a worker busy past the time limit is ended, and holds up
nobody else.

A test-only worker function stands in for the matcher on inputs marked hostile: it spins far
longer than the short limit set here, as a pathological paste in a slow regular expression would.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from bot import worker_jobs
from bot.texts import Lang
from testkit.discord_emulator.harness import BotUnderTest, running_bot
from testkit.discord_emulator.server import DEFERRED_CHANNEL_MESSAGE

pytestmark = pytest.mark.asyncio(loop_scope="module")

HOSTILE = "Spin-for-a-minute"
RESUME = "Backend developer: Golang, PostgreSQL, Docker and REST APIs."
_LIMIT_SECONDS = 4.0
_real_score = worker_jobs.score


def score_or_spin(
    document: worker_jobs.Document, kind: str, lang: Lang, **options: bool
) -> worker_jobs.Scored:
    """``worker_jobs.score``, except that a hostile text spins the CPU for a minute."""
    if HOSTILE in (document.text or ""):
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            pass
    return _real_score(document, kind, lang, **options)  # type: ignore[arg-type]


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def session() -> AsyncIterator[BotUnderTest]:
    async with running_bot(workers=2, job_timeout_seconds=_LIMIT_SECONDS) as running:
        yield running


async def test_hostile_job_is_ended_while_another_member_is_answered(
    session: BotUnderTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(worker_jobs, "score", score_or_spin)
    attacker = session.interactions.new_member()
    hostile = [
        session.interactions.slash("match", {"text": f"{HOSTILE} {RESUME}"}, member=attacker)
        for _ in range(3)
    ]
    for interaction in hostile:
        await session.emulator.dispatch(interaction)
    for interaction in hostile:
        (ack,) = await session.emulator.wait_for_replies(interaction["token"])
        assert ack.callback_type == DEFERRED_CHANNEL_MESSAGE

    innocent = session.interactions.slash("match", {"text": RESUME})
    await session.emulator.dispatch(innocent)
    _, answer = await session.emulator.wait_for_replies(innocent["token"], count=2)
    assert "PostgreSQL" in answer.text
    # answered while the first hostile paste still held its worker
    assert len(session.emulator.replies(hostile[0]["token"])) == 1

    for interaction in hostile:
        _, refusal = await session.emulator.wait_for_replies(
            interaction["token"], count=2, timeout=60
        )
        assert refusal.ephemeral
        assert "too heavy to read" in refusal.text

    # the replaced workers serve as before (the attacker is on cooldown by now)
    after = session.interactions.slash("match", {"text": RESUME})
    await session.emulator.dispatch(after)
    _, answer = await session.emulator.wait_for_replies(after["token"], count=2, timeout=60)
    assert "PostgreSQL" in answer.text


async def test_refusal_is_in_the_members_language(
    session: BotUnderTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(worker_jobs, "score", score_or_spin)
    interaction = session.interactions.slash("match", {"text": HOSTILE}, locale="id")
    await session.emulator.dispatch(interaction)
    _, refusal = await session.emulator.wait_for_replies(interaction["token"], count=2, timeout=60)
    assert "terlalu berat untuk dibaca" in refusal.text
