"""Pausing Python's cyclic garbage collector while a ranking builds its results.

Ranking ten thousand resumes keeps every result alive until the end, millions of small objects
in all, and each full collection walks all of them again: it was half of ``rank``'s time. The
matcher makes no reference cycles, so nothing is left for the collector to find meanwhile; it is
switched back on when the last overlapping ranking ends, with what was built meanwhile moved to
the oldest generation, and left off if the caller had it off.

The collector belongs to the whole process, so the library never touches it: the ``cocok rank``
command and the speed benchmark opt in, and an application ranking many documents may too.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_state = {"rankings": 0, "was_enabled": False}


@contextmanager
def collector_paused() -> Iterator[None]:
    """Keep the cyclic garbage collector off for the duration, as around a large ``rank``.

    >>> import matcher
    >>> with collector_paused():
    ...     ranked = matcher.rank("Dicari: Go", [("a", "Golang")])
    >>> [r.name for r in ranked]
    ['a']
    """
    with _lock:
        if _state["rankings"] == 0:
            _state["was_enabled"] = gc.isenabled()
            gc.disable()
        _state["rankings"] += 1
    try:
        yield
    finally:
        with _lock:
            _state["rankings"] -= 1
            if _state["rankings"] == 0 and _state["was_enabled"]:
                _promote_to_oldest()
                gc.enable()


def _promote_to_oldest() -> None:
    """Move every tracked object to the oldest generation, without walking any of them.

    Left young, what a ranking built (alive, and free of cycles) would be walked by the first
    collection after the pause and again when promoted: a tenth of ranking 10,000 resumes.
    Freezing and unfreezing splices the generations' lists, so the objects wait for the rare
    full collections, as long-lived objects do.
    """
    gc.freeze()
    gc.unfreeze()
