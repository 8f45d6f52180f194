"""Job-board latency: how long members wait for ``/jobs`` as a server's board grows.

Runs the real bot against the emulated Discord API on 127.0.0.1, fills the board of one
server with synthetic postings, and times, one interaction at a time: ``/jobs list`` (a
database page), ``/jobs add`` (matcher analysis in a worker, then a committed save) and
``/jobs match`` with a PDF resume (every open posting matched against it), next to a plain
``/match`` of the same resume as the baseline. Prints p50 / p90 of the time to the reply.

    python -m bench jobs --sizes 10,100,450 --repeat 5
    python -m bench jobs --database-url postgresql://user:pass@127.0.0.1/db
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import random
import tempfile
from collections.abc import Callable
from typing import Any

from bench.bot_latency import percentile
from bench.resume_generator import SKILLS, generate_resumes
from bot.storage import PostingAnalysis, PostingDraft
from testkit import documents
from testkit.discord_emulator.harness import BotUnderTest, running_bot
from testkit.discord_emulator.payloads import Member

_TITLES = ("Backend Engineer", "Software Engineer", "Programmer", "Backend Developer", "SRE")
_DUTIES = (
    "Membangun dan memelihara REST API untuk aplikasi mobile.",
    "Design database schemas and write efficient SQL queries.",
    "Menulis unit test dan melakukan code review.",
    "Deploy services with Docker and CI/CD pipelines.",
    "Berkolaborasi dengan tim frontend dan product.",
    "Monitor production systems and handle incidents.",
)


def generate_posting(rng: random.Random, number: int) -> tuple[str, str]:
    """A synthetic posting (title, text) in Indonesian, English or both."""
    skills = rng.sample(SKILLS, 6)
    title = f"{rng.choice(_TITLES)} ({skills[0]}) #{number}"
    requirements = "\n".join(f"- {skill}" for skill in skills)
    duties = " ".join(rng.sample(_DUTIES, 3))
    years = rng.randint(1, 6)
    text = (
        f"{title}\n{duties}\nKualifikasi / requirements:\n{requirements}\n"
        f"- Minimal {years} tahun pengalaman sebagai backend developer"
    )
    return title, text


async def _seed(session: BotUnderTest, guild: int, count: int, rng: random.Random) -> None:
    for number in range(count):
        title, text = generate_posting(rng, number)
        analysis = PostingAnalysis(score=50.0, skills=())
        draft = PostingDraft(guild_id=guild, title=title, text=text, author_id=1, analysis=analysis)
        await session.bot.store.add_posting(draft)


def _commands(
    session: BotUnderTest, member: Member, pdf: bytes, rng: random.Random, size: int
) -> dict[str, Callable[[], dict[str, Any]]]:
    """The interactions to time, each made afresh for every run."""
    factory = session.interactions

    def attachment() -> dict[str, Any]:
        return session.emulator.add_attachment("cv.pdf", pdf)

    def posting() -> dict[str, str]:
        title, text = generate_posting(rng, size)
        return {"title": title, "text": text}

    return {
        "/match (baseline)": lambda: factory.slash("match", {"file": attachment()}, member=member),
        "/jobs list": lambda: factory.slash("jobs", {}, subcommand="list", member=member),
        "/jobs add (text)": lambda: factory.slash(
            "jobs", posting(), subcommand="add", member=member
        ),
        "/jobs match (PDF resume)": lambda: factory.slash(
            "jobs", {"file": attachment()}, subcommand="match", member=member
        ),
    }


async def _reply_seconds(session: BotUnderTest, interaction: dict[str, Any]) -> float:
    await session.emulator.dispatch(interaction)
    reply = await session.emulator.wait_for_message(interaction["token"], timeout=600)
    return reply.received_at - session.emulator.dispatched_at(interaction["token"])


async def measure(sizes: list[int], repeat: int, workers: int, database_url: str | None) -> None:
    rng = random.Random(20261126)
    resume = generate_resumes(1)[0][1]
    pdf = documents.pdf(resume)
    with tempfile.TemporaryDirectory(prefix="cocok-bench-") as folder:
        url = database_url or f"sqlite:///{folder}/jobs.db"
        async with running_bot(workers=workers, cooldown_uses=10**6, database_url=url) as session:
            await asyncio.sleep(3)  # the workers warm up, as on a running bot
            print(
                f"job board latency: one interaction at a time, {workers} workers, "
                f"{os.cpu_count()} CPUs, {url.partition(':')[0]}; time to the reply"
            )
            print(f"  {'board size':>10}  {'command':<24} {'p50':>8} {'p90':>8}")
            for size in sizes:
                guild = int(session.emulator.snowflake())
                await _seed(session, guild, size, rng)
                member = session.interactions.new_member(guild_id=str(guild))

                commands = _commands(session, member, pdf, rng, size)
                for name, make in commands.items():
                    times = [await _reply_seconds(session, make()) for _ in range(repeat)]
                    p50, p90 = (percentile(times, share) * 1000 for share in (0.5, 0.9))
                    print(f"  {size:>10}  {name:<24} {p50:6.0f} ms {p90:6.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default="10,100,450", help="open postings on the board (at most 500)"
    )
    parser.add_argument("--repeat", type=int, default=5, help="interactions per command")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--database-url", help="default: a fresh SQLite file")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",") if size.strip()]
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(measure(sizes, args.repeat, args.workers, args.database_url))


if __name__ == "__main__":
    main()
