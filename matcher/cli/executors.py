"""Where ``cocok rank`` runs its matching tasks: here, on ``--workers N`` or ``--scheduler``.

Local workers are spawned, not forked: the progress bar runs a thread, and forking a process
with threads can deadlock. They share the command's fitted-model cache. A Dask cluster's
workers may be other machines, so they get no cache folder of ours and fit the models once per
worker process instead (about a second).
"""

from __future__ import annotations

import gc
import importlib.util
import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import ParamSpec, TypeVar

DASK_MISSING = '--scheduler needs Dask; install it with: pip install "cocok[dask]"'
CONNECT_SECONDS = 10
TASKS_PER_WORKER = 2  # one running, one queued behind it, so no worker waits for the next

Params = ParamSpec("Params")
Result = TypeVar("Result")


@dataclass(frozen=True)
class TaskRunner:
    executor: Executor
    in_flight: int
    cache_dir: Path | None


class SchedulerError(Exception):
    """Dask is missing or its scheduler cannot be reached; the message says which."""


def require_dask() -> None:
    """Fail before any file is read when ``--scheduler`` cannot work here."""
    if importlib.util.find_spec("distributed") is None:
        raise SchedulerError(DASK_MISSING)


class InProcess(Executor):
    """Runs each task as it is submitted, in this process: the ranking without workers."""

    def submit(
        self, fn: Callable[Params, Result], /, *args: Params.args, **kwargs: Params.kwargs
    ) -> Future[Result]:
        future: Future[Result] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:
            future.set_exception(exc)
        return future


@contextmanager
def task_runner(workers: int, scheduler: str | None) -> Iterator[TaskRunner]:
    """Where ``cocok rank`` runs: this process, ``workers`` processes, or a Dask cluster."""
    from matcher.cli.cache import cache_dir

    if scheduler is not None:
        with dask_workers(scheduler) as tasks:
            yield tasks
    elif workers > 1:
        with local_workers(workers, cache_dir()) as tasks:
            yield tasks
    else:
        yield TaskRunner(InProcess(), 1, cache_dir())


@contextmanager
def local_workers(workers: int, cache_dir: Path | None) -> Iterator[TaskRunner]:
    context = multiprocessing.get_context("spawn")
    # The workers are ours and make no reference cycles (see matcher.gc_pause), so their
    # collector stays off as this process's does while it ranks.
    with ProcessPoolExecutor(workers, mp_context=context, initializer=gc.disable) as pool:
        yield TaskRunner(pool, TASKS_PER_WORKER * workers, cache_dir)


@contextmanager
def dask_workers(address: str) -> Iterator[TaskRunner]:
    try:
        from distributed import Client
    except ImportError:
        raise SchedulerError(DASK_MISSING) from None
    try:
        client = Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, ValueError) as exc:
        raise SchedulerError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    with client:
        threads = sum(client.nthreads().values()) or 1
        yield TaskRunner(client.get_executor(), TASKS_PER_WORKER * threads, None)
