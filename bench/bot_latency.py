"""Bot latency: time from an interaction to its acknowledgement and to its reply.

Runs the real bot against the emulated Discord API on 127.0.0.1 (the one the end-to-end
tests use) and fires ``/match`` interactions, ``--concurrency`` at a time, with resumes and
postings in both languages, some pasted and some as PDF attachments. Prints p50 / p90 / p99.

    python -m bench.bot_latency --interactions 200 --concurrency 20 --workers 2
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import math
import os
import time

from testkit import documents
from testkit.discord_emulator.harness import running_bot

TEXTS = (
    "Budi Santoso - Backend Developer. Four years building REST APIs in Golang and Python "
    "(Django); designed PostgreSQL schemas, unit tests, Docker, CI/CD on AWS.",
    "Lowongan: Backend Developer (Golang). Kualifikasi: minimal 2 tahun pengalaman, menguasai "
    "Golang dan PostgreSQL, memahami Docker dan Kubernetes, mampu bekerja sama dalam tim.",
    "Dicari programmer PHP: Laravel, MySQL, REST API, Git. Pengalaman dengan Redis dan "
    "Nginx menjadi nilai tambah. Penempatan Jakarta.",
    "Senior software engineer: Java and Spring Boot microservices, Kafka, Kubernetes, "
    "observability with Prometheus, mentoring junior engineers, system design.",
)


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile: the smallest value with ``share`` of values at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


async def measure(interactions: int, concurrency: int, workers: int, pdf_every: int) -> None:
    async with running_bot(workers=workers, cooldown_uses=interactions + 1) as session:
        await asyncio.sleep(3)  # let the workers finish warming up, as a running bot would have
        pdfs = [documents.pdf(text) for text in TEXTS]
        acks: list[float] = []
        replies: list[float] = []
        gate = asyncio.Semaphore(concurrency)

        async def one(index: int) -> None:
            options: dict[str, object]
            if pdf_every and index % pdf_every == 0:
                pdf = pdfs[index % len(pdfs)]
                options = {"file": session.emulator.add_attachment(f"cv-{index}.pdf", pdf)}
            else:
                options = {"text": TEXTS[index % len(TEXTS)]}
            locale = "id" if index % 2 else "en-US"
            interaction = session.interactions.slash("match", options, locale=locale)
            async with gate:
                await session.emulator.dispatch(interaction)
                ack, reply = await session.emulator.wait_for_replies(
                    interaction["token"], count=2, timeout=600
                )
            sent = session.emulator.dispatched_at(interaction["token"])
            acks.append(ack.received_at - sent)
            replies.append(reply.received_at - sent)

        started = time.perf_counter()
        await asyncio.gather(*(one(index) for index in range(interactions)))
        elapsed = time.perf_counter() - started

    pdf_share = f"1 in {pdf_every} a PDF attachment" if pdf_every else "all pasted text"
    print(
        f"bot latency: {interactions} /match interactions, {concurrency} in flight, "
        f"{workers} workers, {pdf_share}, {os.cpu_count()} CPUs"
    )
    for name, values in (("acknowledged", acks), ("replied", replies)):
        row = "  ".join(
            f"p{int(share * 100)} {percentile(values, share) * 1000:7.0f} ms"
            for share in (0.5, 0.9, 0.99)
        )
        print(f"  {name:<13} {row}  max {max(values) * 1000:7.0f} ms")
    print(f"  throughput    {interactions / elapsed:.1f} replies/s over {elapsed:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interactions", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--pdf-every", type=int, default=4, help="0: no PDF attachments")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(measure(args.interactions, args.concurrency, args.workers, args.pdf_every))


if __name__ == "__main__":
    main()
