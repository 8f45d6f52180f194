"""Arrays remembered per word, end to end in one long array each, gathered for many words at once.

The similarity stage needs each word's n-gram columns and its dot products with the phrases,
pure functions of the word. Kept as a dict of small arrays, a text's few hundred words cost a
look-up each and a concatenation of hundreds of arrays per call, more than the arithmetic on
them; here a word is a number, its arrays are runs of long arrays, and the runs of every word of
a batch are one fancy index away.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray


def ranges(starts: NDArray[np.integer[Any]], lengths: NDArray[np.integer[Any]]) -> NDArray[np.intp]:
    """The positions from each ``starts[i]`` on, ``lengths[i]`` of them, one run after another."""
    ends = lengths.cumsum()
    firsts: NDArray[np.intp] = (starts - ends + lengths).repeat(lengths)
    return firsts + np.arange(ends[-1] if len(ends) else 0)


@dataclass(slots=True)
class Runs:
    """Runs of values one after another, as a CSR matrix keeps its rows: run ``i`` of each array
    of ``values`` is ``[bounds[i], bounds[i + 1])``. The arrays grow by doubling, in place."""

    values: tuple[NDArray[Any], ...]
    bounds: NDArray[np.intp] = field(default_factory=lambda: np.zeros(1, dtype=np.intp))
    count: int = 0

    def extend(self, bounds: NDArray[np.integer[Any]], values: Sequence[NDArray[Any]]) -> None:
        """Add the runs of a CSR matrix's ``indptr`` and arrays."""
        added = len(bounds) - 1
        start = int(self.bounds[self.count])
        end = start + int(bounds[-1])
        if self.count + added + 1 > len(self.bounds):
            self.bounds = _grown(self.bounds, self.count + added + 1)
        if end > len(self.values[0]):
            self.values = tuple(_grown(array, end) for array in self.values)
        self.bounds[self.count + 1 : self.count + added + 1] = bounds[1:] + start
        for array, more in zip(self.values, values, strict=True):
            array[start:end] = more
        self.count += added

    def take(self, ids: NDArray[np.intp]) -> tuple[tuple[NDArray[Any], ...], NDArray[np.intp]]:
        """The runs of ``ids`` one after another in each array, and the length of each run."""
        starts = self.bounds[ids]
        lengths = self.bounds[ids + 1] - starts
        at = ranges(starts, lengths)
        return tuple(array[at] for array in self.values), lengths


def _grown(array: NDArray[Any], size: int) -> NDArray[Any]:
    grown = np.empty(max(size, 2 * len(array)), dtype=array.dtype)
    grown[: len(array)] = array
    return grown


@dataclass(slots=True)
class WordRuns:
    """Words numbered in the order first seen, with their n-gram columns and phrase dot products:
    phrases and unnormalised dot products over the rare n-grams (see
    :class:`matcher.index.PhraseBound`).

    Whoever numbers words or reads their runs holds ``lock``: a clear between the two, or words
    numbered by two threads at once, would pair words with other words' runs.
    """

    ids: dict[str, int] = field(default_factory=dict)
    columns: Runs = field(default_factory=lambda: Runs((np.zeros(0, dtype=np.int32),)))
    dots: Runs = field(
        default_factory=lambda: Runs((np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32)))
    )
    lock: threading.Lock = field(default_factory=threading.Lock)

    def clear(self) -> None:
        self.ids.clear()
        self.columns.count = self.dots.count = 0
