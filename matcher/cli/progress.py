"""The progress bar ``cocok rank`` shows on stderr while it reads and matches many files."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from rich.console import Console

PROGRESS_MIN_FILES = 8


class Progress:
    """A progress bar on stderr for big batches, when stderr is a terminal; else a no-op."""

    def __init__(self, total: int, bar: Any = None) -> None:
        self._bar = bar
        self._tasks: dict[str, Any] = {}
        if bar is not None:
            self._tasks = {
                "read": bar.add_task("reading", total=total),
                "match": bar.add_task("matching", total=total),
            }

    @classmethod
    def create(cls, total: int, console: Callable[[TextIO], Console]) -> Progress:
        if total < PROGRESS_MIN_FILES or not sys.stderr.isatty():
            return cls(total)
        from rich.progress import Progress as Bar

        return cls(total, Bar(console=console(sys.stderr), transient=True))

    def __enter__(self) -> Progress:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def read_one(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._tasks["read"])

    def matched(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._tasks["match"])
