"""End to end: a burst of 100 members using /match at once, all acknowledged in time.

Discord drops an interaction that is not acknowledged within 3 seconds. The bot defers at
once and leaves the matching to its worker pool, so a burst on loopback must be acknowledged
well inside that window; this is a bound on the bot's design, not a benchmark.
"""

from __future__ import annotations

import asyncio

import pytest

from testkit.discord_emulator.harness import running_bot
from testkit.discord_emulator.server import DEFERRED_CHANNEL_MESSAGE

BURST = 100
DISCORD_ACK_WINDOW_SECONDS = 3.0

# one-liners read as neither a resume nor a posting under kind "auto", so each says its kind
TEXTS = [
    ("resume", "Backend developer: Golang, PostgreSQL, Docker, REST API."),
    ("posting", "Dicari backend developer: menguasai PHP, Laravel dan MySQL, minimal 2 tahun."),
    ("resume", "Senior engineer with Java, Spring Boot, Kafka and Kubernetes on AWS."),
    ("resume", "Fresh graduate Teknik Informatika, paham Python, Django, Git dan pengujian unit."),
]


@pytest.mark.asyncio
async def test_hundred_concurrent_matches_are_all_acknowledged_in_time() -> None:
    async with running_bot(workers=2) as session:
        interactions = [
            session.interactions.slash("match", {"kind": kind, "text": text})
            for kind, text in (TEXTS[index % len(TEXTS)] for index in range(BURST))
        ]
        await asyncio.gather(*(session.emulator.dispatch(i) for i in interactions))
        answered = await asyncio.gather(
            *(
                session.emulator.wait_for_replies(i["token"], count=2, timeout=300)
                for i in interactions
            )
        )
        late = []
        for interaction, (ack, answer) in zip(interactions, answered, strict=True):
            assert ack.callback_type == DEFERRED_CHANNEL_MESSAGE
            assert answer.embeds and answer.data["components"]  # the summary and its buttons
            waited = ack.received_at - session.emulator.dispatched_at(interaction["token"])
            if waited > DISCORD_ACK_WINDOW_SECONDS:
                late.append(round(waited, 2))
        assert not late, f"{len(late)} of {BURST} acknowledged after 3 s: {late}"
