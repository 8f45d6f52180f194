"""A bounded pool of worker processes for reading documents and matching, each job timed.

PDF parsing and matching are CPU work; in worker processes they never stall the event loop, so
every interaction is acknowledged in time however many documents are in flight. A semaphore
bounds the jobs in flight (downloads included), so a burst of users queues instead of filling
memory with attachments.

Each worker is a process of its own (a one-process executor), so a job that runs past the time
limit is ended by replacing only its process: the jobs of other members, running in the other
workers, go on untouched. A ``ProcessPoolExecutor`` of several processes could not do that, as
it cannot end one task without breaking the pool for all. A member has one worker at a time,
so a member sending heavy inputs over and over holds up only their own replies.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import weakref
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.process import BaseProcess
from typing import TypeVar, TypeVarTuple

from bot.failures import describe_bug

_log = logging.getLogger(__name__)

T = TypeVar("T")
Ts = TypeVarTuple("Ts")


class WorkerCrashed(RuntimeError):
    """A worker process died mid-job (for example, out of memory); it was replaced."""


class JobTimedOut(RuntimeError):
    """A job ran past the time limit; its worker process was replaced."""


def _kill(executor: ProcessPoolExecutor) -> list[BaseProcess]:
    """Kill the executor's process; the processes, to be joined by whoever must see them gone."""
    # An executor can only wait for a running task, never stop it, so its process is killed;
    # the executor notices and fails what it held. (Python 3.14 names this kill_workers().)
    processes: list[BaseProcess] = list((executor._processes or {}).values())
    for process in processes:
        process.kill()
    executor.shutdown(wait=False, cancel_futures=True)
    return processes


class WorkerPool:
    """``workers`` processes, each job limited to ``timeout`` seconds; two jobs per worker may
    be in flight (downloading or queued).

    ``warm_up`` runs in each new process before it takes a job, outside the time limit, so
    neither the first members nor those after a replacement pay for start-up.
    """

    def __init__(self, workers: int, *, timeout: float, warm_up: Callable[[], object]) -> None:
        self._timeout = timeout
        self._warm_up_function = warm_up
        self._slots = asyncio.Semaphore(workers * 2)
        self._idle: asyncio.Queue[ProcessPoolExecutor] = asyncio.Queue()
        self._members: weakref.WeakValueDictionary[int, asyncio.Lock] = (
            weakref.WeakValueDictionary()
        )
        self._executors: set[ProcessPoolExecutor] = set()
        self._warming: set[asyncio.Task[None]] = set()
        self._closed = False
        for _ in range(workers):
            self._start_worker()

    @property
    def slot(self) -> asyncio.Semaphore:
        """Hold this while downloading and processing one job."""
        return self._slots

    def turn_of(self, member_id: int) -> asyncio.Lock:
        """Hold this around a member's job: one job per member in the workers at a time."""
        lock = self._members.get(member_id)
        if lock is None:
            lock = self._members[member_id] = asyncio.Lock()
        return lock

    def _start_worker(self) -> None:
        # spawn, not fork: forking a process that runs an event loop and threads can deadlock
        context = multiprocessing.get_context("spawn")
        executor = ProcessPoolExecutor(max_workers=1, mp_context=context)
        self._executors.add(executor)
        task = asyncio.get_running_loop().create_task(self._warm(executor))
        self._warming.add(task)
        task.add_done_callback(self._warming.discard)

    async def _warm(self, executor: ProcessPoolExecutor) -> None:
        try:
            await asyncio.get_running_loop().run_in_executor(executor, self._warm_up_function)
        except Exception as error:
            # no retry here, which could loop for ever: the worker's first job meets the same
            # problem and reports it (or replaces a dead process) like any other failure
            _log.error("a worker process did not warm up: %s", describe_bug(error))
        self._idle.put_nowait(executor)

    def _replace(self, executor: ProcessPoolExecutor) -> None:
        self._executors.discard(executor)
        loop = asyncio.get_running_loop()
        for process in _kill(executor):
            loop.run_in_executor(None, process.join)  # reaped in a thread, never a zombie
        if not self._closed:
            self._start_worker()

    async def run(self, function: Callable[[*Ts], T], *args: *Ts) -> T:
        """``function(*args)`` in a free worker; ``function`` must be a module-level function.

        Raises :class:`JobTimedOut` past the time limit, :class:`WorkerCrashed` if the process
        died; either way the worker is replaced and the pool keeps its size.
        """
        executor = await self._idle.get()
        loop = asyncio.get_running_loop()
        try:
            result = await asyncio.wait_for(
                loop.run_in_executor(executor, function, *args), self._timeout
            )
        except TimeoutError:
            _log.warning("a job ran past %.0f s; replacing its worker process", self._timeout)
            self._replace(executor)
            raise JobTimedOut(f"a job ran past {self._timeout} s") from None
        except BrokenProcessPool:
            _log.error("a worker process died; replacing it")
            self._replace(executor)
            raise WorkerCrashed("a worker process died") from None
        except BaseException:
            # cancelled (the bot is closing): the job may still run, so the process goes too
            self._replace(executor)
            raise
        self._idle.put_nowait(executor)
        return result

    async def close(self) -> None:
        """End every worker process, mid-job or not, and wait until they are gone."""
        self._closed = True
        for task in list(self._warming):
            task.cancel()
        executors, self._executors = list(self._executors), set()
        processes = [process for executor in executors for process in _kill(executor)]
        await asyncio.gather(*(asyncio.to_thread(process.join) for process in processes))
        await asyncio.gather(
            *(asyncio.to_thread(executor.shutdown, wait=True) for executor in executors)
        )
