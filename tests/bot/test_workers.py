"""The worker pool ends a job past its time limit by replacing only that job's process."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import time

import pytest

from bot.workers import JobTimedOut, WorkerCrashed, WorkerPool

_LIMIT_SECONDS = 3.0


def spin(seconds: float) -> int:
    """Burn CPU, like a hostile paste in a slow regular expression; the worker's pid."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        pass
    return os.getpid()


def crash() -> None:
    os._exit(1)


async def test_job_past_the_limit_is_ended_while_another_members_job_completes() -> None:
    pool = WorkerPool(2, timeout=_LIMIT_SECONDS, warm_up=os.getpid)
    try:
        hostile = asyncio.create_task(pool.run(spin, 60.0))
        await asyncio.sleep(0)  # the hostile job takes a worker first
        innocent_pid = await pool.run(os.getpid)
        assert not hostile.done()
        with pytest.raises(JobTimedOut):
            await hostile
        pids = set(await asyncio.gather(pool.run(spin, 0.5), pool.run(spin, 0.5)))
        assert len(pids) == 2 and innocent_pid in pids
    finally:
        await pool.close()


async def test_dead_worker_is_replaced_and_the_pool_keeps_its_size() -> None:
    pool = WorkerPool(1, timeout=_LIMIT_SECONDS, warm_up=os.getpid)
    try:
        with pytest.raises(WorkerCrashed):
            await pool.run(crash)
        assert await pool.run(spin, 0.0) > 0
    finally:
        await pool.close()


async def test_close_ends_every_worker_even_mid_job() -> None:
    before = {process.pid for process in multiprocessing.active_children()}
    pool = WorkerPool(2, timeout=_LIMIT_SECONDS, warm_up=os.getpid)
    running = asyncio.create_task(pool.run(spin, 60.0))
    await asyncio.sleep(1.0)
    await pool.close()
    running.cancel()
    with pytest.raises((asyncio.CancelledError, WorkerCrashed)):
        await running
    after = {process.pid for process in multiprocessing.active_children()}
    assert after <= before
