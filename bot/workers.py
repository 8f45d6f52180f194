"""A bounded pool of worker processes for reading documents and matching.

PDF parsing and matching are CPU work; in a process pool they never stall the event loop, so
every interaction is acknowledged in time however many documents are in flight. A semaphore
bounds the jobs in flight (downloads included), so a burst of users queues instead of filling
memory with attachments.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar, TypeVarTuple

_log = logging.getLogger(__name__)

T = TypeVar("T")
Ts = TypeVarTuple("Ts")


class WorkerCrashed(RuntimeError):
    """A worker process died mid-job (for example, out of memory); the pool was restarted."""


class WorkerPool:
    """``workers`` processes, with room for two jobs per worker in flight."""

    def __init__(self, workers: int) -> None:
        self._workers = workers
        self._executor = self._new_executor()
        self._slots = asyncio.Semaphore(workers * 2)

    def _new_executor(self) -> ProcessPoolExecutor:
        # spawn, not fork: forking a process that runs an event loop and threads can deadlock
        context = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(max_workers=self._workers, mp_context=context)

    @property
    def slot(self) -> asyncio.Semaphore:
        """Hold this while downloading and processing one job."""
        return self._slots

    async def run(self, function: Callable[[*Ts], T], *args: *Ts) -> T:
        """``function(*args)`` in a worker; ``function`` must be a module-level function."""
        executor = self._executor
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(executor, function, *args)
        except BrokenProcessPool:
            if executor is self._executor:
                _log.error("a worker process died; restarting the pool")
                self._executor = self._new_executor()
                executor.shutdown(wait=False, cancel_futures=True)
            raise WorkerCrashed("a worker process died") from None

    async def warm_up(self, function: Callable[[], object]) -> None:
        """Run ``function`` once per worker, so the first users do not pay for start-up."""
        loop = asyncio.get_running_loop()
        await asyncio.gather(
            *(loop.run_in_executor(self._executor, function) for _ in range(self._workers))
        )

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
