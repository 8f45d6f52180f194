"""Remembered answers of pure functions of a word, bounded so that memory does not grow."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Memo(dict[K, V]):
    """A dict of answers that is emptied, rather than grown, once it holds ``limit`` of them:
    the same few thousand words recur from text to text, so a long-running bot stays small and
    still finds nearly every word remembered."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def remember(self, key: K, value: V) -> V:
        if len(self) >= self.limit:
            self.clear()
        self[key] = value
        return value

    def remember_all(self, answers: Mapping[K, V]) -> None:
        """Remember a batch's answers together: the batch may take the memo past its limit."""
        if len(self) + len(answers) > self.limit:
            self.clear()
        self.update(answers)
