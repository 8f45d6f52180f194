"""Runs of per-word arrays grow in place and come back whole, in the order asked for."""

from __future__ import annotations

import itertools

import numpy as np

from matcher.word_runs import Runs, WordRuns, ranges


def test_ranges_lists_each_run_from_its_start() -> None:
    starts = np.array([5, 0, 9])
    lengths = np.array([2, 0, 3])
    assert ranges(starts, lengths).tolist() == [5, 6, 9, 10, 11]
    assert ranges(starts[:0], lengths[:0]).tolist() == []


def test_runs_added_in_many_calls_come_back_in_any_order() -> None:
    runs = Runs((np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32)))
    expected: list[list[int]] = []
    for size in range(1, 40):
        lengths = np.arange(size) % 4
        bounds = np.concatenate([[0], np.cumsum(lengths)])
        values = np.arange(bounds[-1], dtype=np.int32) + 1000 * size
        runs.extend(bounds, [values, values.astype(np.float32)])
        expected += [values[start:end].tolist() for start, end in itertools.pairwise(bounds)]
    order = np.array([7, 0, len(expected) - 1, 7, 300])
    (ints, floats), lengths = runs.take(order)
    assert lengths.tolist() == [len(expected[i]) for i in order]
    assert ints.tolist() == [value for i in order for value in expected[i]]
    assert floats.dtype == np.float32 and floats.tolist() == ints.tolist()


def test_cleared_word_runs_number_words_from_zero() -> None:
    memo = WordRuns()
    memo.ids["data"] = 0
    memo.columns.extend(np.array([0, 2]), [np.array([4, 5], dtype=np.int32)])
    memo.clear()
    assert not memo.ids and memo.columns.count == 0 and memo.dots.count == 0
    memo.columns.extend(np.array([0, 1]), [np.array([9], dtype=np.int32)])
    (columns,), lengths = memo.columns.take(np.array([0]))
    assert columns.tolist() == [9] and lengths.tolist() == [1]
