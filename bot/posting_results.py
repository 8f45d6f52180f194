"""Keeping each saved posting's matcher result current.

``/jobs match`` matches the member's resume once and compares it with the results stored with
the postings. A result is missing for postings saved before results were kept, and stale once
the taxonomy's version moves on; these postings are analysed again a little at a time, within
``/jobs match`` and in the background, so that no single job runs into the time limit.
"""

from __future__ import annotations

import logging

from bot import worker_jobs
from bot.failures import Unreadable
from bot.storage import JobPosting, JobStore, PostingResult, StorageError
from bot.workers import JobTimedOut, WorkerCrashed, WorkerPool

_log = logging.getLogger(__name__)

# posting text one /jobs match may analyse again: about 1.5 s of matching on a slow CPU
REFRESH_CHARS_PER_MATCH = 100_000
REFRESH_BATCH = 5  # postings the background refresh analyses again per round


def board_postings(
    postings: tuple[JobPosting, ...],
    results: dict[int, PostingResult | None],
    taxonomy_version: str,
) -> tuple[worker_jobs.BoardPosting, ...]:
    """What ``/jobs match`` compares a resume with: each posting's stored result, or its text
    where the result is missing or older than the taxonomy, within a budget of text per call.
    Past the budget, an older result still serves; a posting with none waits for a later call
    or the background refresh."""
    budget = REFRESH_CHARS_PER_MATCH
    board = []
    for posting in postings:
        stored = results.get(posting.posting_id)
        current = stored is not None and stored.taxonomy_version == taxonomy_version
        if not current and len(posting.text) <= budget:
            budget -= len(posting.text)
            board.append(worker_jobs.BoardPosting(posting.posting_id, text=posting.text))
        elif stored is not None:
            board.append(worker_jobs.BoardPosting(posting.posting_id, stored.result_json))
    return tuple(board)


async def keep_refreshed(
    store: JobStore, guild_id: int, refreshed: tuple[tuple[int, worker_jobs.ReadPosting], ...]
) -> None:
    """Store what ``/jobs match`` analysed again; a failure costs only the work, not the reply."""
    for posting_id, read in refreshed:
        try:
            await store.set_result(guild_id, posting_id, read.analysis, read.result)
        except StorageError as error:
            _log.warning("keeping posting %s's new analysis failed: %s", posting_id, error)


async def refresh_stale(
    store: JobStore, workers: WorkerPool, taxonomy_version: str, after_id: int
) -> int:
    """Analyse again up to :data:`REFRESH_BATCH` stale postings of any guild with ids after
    ``after_id``, one worker job each; the id to carry on after next time.

    A posting that cannot be analysed (too heavy for the time limit) is passed over, so a
    caller that only moves forward never retries it.
    """
    try:
        stale = await store.stale_postings(taxonomy_version, after_id=after_id, limit=REFRESH_BATCH)
    except StorageError as error:
        _log.warning("finding postings to analyse again failed: %s", error)
        return after_id
    for posting in stale:
        document = worker_jobs.Document(text=posting.text)
        try:
            async with workers.slot:
                read = await workers.run(worker_jobs.read_posting, document)
            await store.set_result(posting.guild_id, posting.posting_id, read.analysis, read.result)
        except (Unreadable, JobTimedOut, WorkerCrashed, StorageError) as error:
            _log.warning(
                "posting %s was not analysed again: %s", posting.posting_id, type(error).__name__
            )
    return stale[-1].posting_id if stale else after_id
