"""Job-board latency: how long members wait for ``/jobs`` as a server's board grows.

Runs the real bot against the emulated Discord API on 127.0.0.1, fills the board of one
server with synthetic postings, and times, one interaction at a time: ``/jobs list`` (a
database page), ``/jobs add`` (matcher analysis in a worker, then a committed save) and
``/jobs match`` with a PDF resume (the resume matched once, then compared with each open
posting's stored result), next to a plain ``/match`` of the same resume as the baseline. Prints
p50 / p90 of the time to the reply.

    python -m bench jobs --sizes 10,100,450 --repeat 5
    python -m bench jobs --database-url postgresql://user:pass@127.0.0.1/db
    python -m bench jobs --sizes 500 --posting-chars 100000   # a full board at the limits
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
from bot.storage import PostingDraft
from bot.worker_jobs import Document, ReadPosting, read_posting
from testkit import documents
from testkit.discord_emulator.harness import BotUnderTest, running_bot
from testkit.discord_emulator.payloads import Member

_DISTINCT_LARGE_TEXTS = 10
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


def _padded(rng: random.Random, chars: int) -> str:
    """A posting of exactly ``chars`` characters: synthetic postings run together."""
    parts: list[str] = []
    while sum(len(part) + 2 for part in parts) < chars:
        parts.append(generate_posting(rng, len(parts))[1])
    return "\n\n".join(parts)[:chars]


def _board(rng: random.Random, count: int, chars: int | None) -> list[tuple[str, str]]:
    """``count`` postings (title, text); with ``chars``, texts of that length."""
    postings = [generate_posting(rng, number) for number in range(count)]
    if chars is None:
        return postings
    # analysing a 100,000-character posting takes seconds, so a large board repeats a few texts
    texts = [_padded(rng, chars) for _ in range(min(count, _DISTINCT_LARGE_TEXTS))]
    return [(title, texts[number % len(texts)]) for number, (title, _) in enumerate(postings)]


async def _seed(session: BotUnderTest, guild: int, postings: list[tuple[str, str]]) -> None:
    """Save the postings as ``/jobs add`` would, each with its stored analysis."""
    analysed: dict[str, ReadPosting] = {}
    for title, text in postings:
        if text not in analysed:
            analysed[text] = read_posting(Document(text=text))
        read = analysed[text]
        draft = PostingDraft(
            guild_id=guild, title=title, text=read.text, author_id=1, analysis=read.analysis
        )
        await session.bot.store.add_posting(draft, read.result)


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


async def measure(
    sizes: list[int], repeat: int, workers: int, database_url: str | None, chars: int | None
) -> None:
    rng = random.Random(20261126)
    resume = generate_resumes(1)[0][1]
    pdf = documents.pdf(resume)
    with tempfile.TemporaryDirectory(prefix="cocok-bench-") as folder:
        url = database_url or f"sqlite:///{folder}/jobs.db"
        async with running_bot(workers=workers, cooldown_uses=10**6, database_url=url) as session:
            await asyncio.sleep(3)  # the workers warm up, as on a running bot
            length = f"{chars:,}-character postings" if chars else "short postings"
            print(
                f"job board latency: one interaction at a time, {workers} workers, "
                f"{os.cpu_count()} CPUs, {url.partition(':')[0]}, {length}; time to the reply"
            )
            print(f"  {'board size':>10}  {'command':<24} {'p50':>8} {'p90':>8}")
            for size in sizes:
                guild = int(session.emulator.snowflake())
                await _seed(session, guild, _board(rng, size, chars))
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
    parser.add_argument(
        "--posting-chars", type=int, help="length of each posting (at most 100000); default short"
    )
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",") if size.strip()]
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(measure(sizes, args.repeat, args.workers, args.database_url, args.posting_chars))


if __name__ == "__main__":
    main()
