"""Ranking resumes on several processes or a Dask cluster, with :meth:`Matcher.rank`'s answer.

The resumes travel as texts, 256 to a task, so a worker never needs to see the caller's files:
the caller reads them (a remote cluster's machines do not share its disk). Each worker process
builds its Matcher once and keeps it for later tasks. A task sends back its batch's ranking cut
down on the worker (only the best ``top``, or only what the caller will show): a full result
costs about a quarter of its matching to send. A few tasks per worker are in flight at a time,
so memory holds that many batches and the results kept, not every resume twice.

Any :class:`concurrent.futures.Executor` runs the tasks: a ``ProcessPoolExecutor`` for this
machine's cores, or a Dask ``distributed.Client``'s ``get_executor()`` for a cluster, whose
workers need cocok installed at the caller's version.
"""

from __future__ import annotations

import datetime
import hashlib
import heapq
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import TypeVar

from matcher._version import __version__
from matcher.engine import Matcher, checked_text
from matcher.errors import MatcherError
from matcher.models import Ranked, ReaderLanguage
from taxonomy import Taxonomy

BATCH_SIZE = 256  # as Matcher.rank batches, so a task runs exactly one of its batches
_MATCHERS_KEPT = 4

Shaped = TypeVar("Shaped")


@dataclass(frozen=True)
class _Setup:
    """What a worker needs to build the caller's Matcher.

    The taxonomy travels as JSON (a Taxonomy does not pickle), None for the built-in one, and
    ``taxonomy_key`` names it so that a worker builds its Matcher once, not once per task.
    """

    version: str
    taxonomy_json: str | None
    taxonomy_key: str
    cache_dir: str | None
    as_of: datetime.date | None
    lang: ReaderLanguage | None


def rank_parallel(
    posting_text: str,
    resumes: Iterable[tuple[str, str]],
    *,
    executor: Executor,
    taxonomy: Taxonomy | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
    top: int | None = None,
    in_flight: int = 4,
    as_of: datetime.date | None = None,
    lang: ReaderLanguage | None = None,
) -> list[Ranked]:
    """:meth:`Matcher.rank` run as tasks on ``executor``: the same ranking, best first.

    Ties keep input order. ``taxonomy`` defaults to the built-in one; ``cache_dir`` is where
    each worker keeps fitted models (a folder on the worker's machine); ``top`` keeps only the
    best ``top``; ``in_flight`` tasks are submitted ahead (about twice the worker count keeps
    every worker busy). ``as_of`` and ``lang`` are :meth:`Matcher.rank`'s; ``as_of`` defaults
    to the caller's today, so that workers in other time zones read dates alike. A resume the
    matcher refuses raises :class:`matcher.InputError` (tasks not yet started are cancelled),
    as :meth:`Matcher.rank` does.

    >>> from concurrent.futures import ThreadPoolExecutor
    >>> with ThreadPoolExecutor(2) as pool:
    ...     resumes = [("a", "PHP"), ("b", "Golang, Postgres")]
    ...     ranked = rank_parallel("Dicari backend: Go, PostgreSQL", resumes, executor=pool)
    >>> [r.name for r in ranked]
    ['b', 'a']
    """
    # (-score, arrival): batches arrive in input order, each in its own ranking's order, so
    # arrival order is input order among equal scores.
    kept: list[tuple[float, int, Ranked]] = []
    arrived = 0
    batches = ranked_batches(
        posting_text,
        resumes,
        executor=executor,
        shape=partial(best_of, top=top),
        taxonomy=taxonomy,
        cache_dir=cache_dir,
        in_flight=in_flight,
        as_of=as_of,
        lang=lang,
    )
    for batch in batches:
        kept.extend((-item.score, arrived + n, item) for n, item in enumerate(batch))
        arrived += len(batch)
        if top is not None:
            kept = heapq.nsmallest(top, kept, key=_place)
    return [item for _, _, item in sorted(kept, key=_place)]


def _place(entry: tuple[float, int, Ranked]) -> tuple[float, int]:
    return entry[0], entry[1]


def best_of(ranked: list[Ranked], *, top: int | None) -> list[Ranked]:
    """A batch's ranking cut to its best ``top`` (all of it for None), on the worker."""
    return ranked[:top]


def ranked_batches(
    posting_text: str,
    resumes: Iterable[tuple[str, str]],
    *,
    executor: Executor,
    shape: Callable[[list[Ranked]], Shaped],
    taxonomy: Taxonomy | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
    in_flight: int = 4,
    as_of: datetime.date | None = None,
    lang: ReaderLanguage | None = None,
) -> Iterator[Shaped]:
    """``shape`` of each batch's :meth:`Matcher.rank`, computed on a worker, in input order.

    ``shape`` must be a module-level function (or a ``functools.partial`` of one): it travels
    to the workers by name. The options are those of :func:`rank_parallel`.
    """
    posting_text = checked_text(posting_text, "posting")
    taxonomy_json = taxonomy.model_dump_json() if taxonomy is not None else None
    setup = _Setup(
        version=__version__,
        taxonomy_json=taxonomy_json,
        taxonomy_key=hashlib.sha256(taxonomy_json.encode()).hexdigest() if taxonomy_json else "",
        cache_dir=os.fspath(cache_dir) if cache_dir is not None else None,
        as_of=as_of or datetime.date.today(),
        lang=lang,
    )
    pending: deque[Future[Shaped]] = deque()
    try:
        for batch in _batches(resumes):
            if len(pending) >= max(1, in_flight):
                yield pending.popleft().result()
            pending.append(executor.submit(_rank_batch, setup, posting_text, batch, shape))
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


def _batches(resumes: Iterable[tuple[str, str]]) -> Iterator[list[tuple[str, str]]]:
    checked = ((str(name), checked_text(text, f"resume {name!r}")) for name, text in resumes)
    while batch := list(islice(checked, BATCH_SIZE)):
        yield batch


# ---- in the worker --------------------------------------------------------------------------

_matchers: dict[tuple[str, str | None], Matcher] = {}
_matchers_lock = threading.Lock()


def _rank_batch(
    setup: _Setup,
    posting_text: str,
    batch: list[tuple[str, str]],
    shape: Callable[[list[Ranked]], Shaped],
) -> Shaped:
    """One task: the batch ranked by this process's Matcher, cut down by ``shape``."""
    if setup.version != __version__:
        raise MatcherError(
            f"a worker runs cocok {__version__} and the caller cocok {setup.version};"
            " install the same version on every worker"
        )
    engine = _worker_matcher(setup)
    return shape(engine.rank(posting_text, batch, as_of=setup.as_of, lang=setup.lang))


def _worker_matcher(setup: _Setup) -> Matcher:
    key = (setup.taxonomy_key, setup.cache_dir)
    with _matchers_lock:
        kept = _matchers.get(key)
    if kept is not None:
        return kept
    taxonomy = Taxonomy.model_validate_json(setup.taxonomy_json) if setup.taxonomy_json else None
    built = Matcher(taxonomy, cache_dir=setup.cache_dir)
    with _matchers_lock:
        if len(_matchers) >= _MATCHERS_KEPT:
            _matchers.pop(next(iter(_matchers)))
        _matchers[key] = built
    return built
