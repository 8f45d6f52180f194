"""collector_paused: the collector off while a ranking runs, back as the caller had it; the
library's rank() leaves the process-wide collector alone."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

import matcher
from matcher.gc_pause import collector_paused

RESUMES = [("a", "Golang dan PostgreSQL"), ("b", "PHP, Laravel, MySQL")]


def _seen(states: list[bool]) -> Iterator[tuple[str, str]]:
    for pair in RESUMES:
        states.append(gc.isenabled())
        yield pair


def test_the_librarys_rank_leaves_the_collector_on() -> None:
    seen: list[bool] = []
    matcher.rank("Dicari: Go, PostgreSQL", _seen(seen))
    assert seen == [True, True]


def test_a_paused_rank_runs_with_the_collector_off_and_turns_it_back_on() -> None:
    seen: list[bool] = []
    with collector_paused():
        matcher.rank("Dicari: Go, PostgreSQL", _seen(seen))
    assert seen == [False, False]
    assert gc.isenabled()


def test_a_caller_who_turned_the_collector_off_keeps_it_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            matcher.rank_postings("Golang", RESUMES)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_comes_back_after_a_failed_ranking() -> None:
    with pytest.raises(matcher.InputError), collector_paused():
        matcher.rank("Go", [("a", 42)])  # type: ignore[list-item]
    assert gc.isenabled()


def test_overlapping_rankings_turn_it_back_on_only_when_the_last_ends() -> None:
    first_inside, second_done = threading.Event(), threading.Event()

    def first() -> None:
        with collector_paused():
            first_inside.set()
            second_done.wait(5)
            assert not gc.isenabled()

    worker = threading.Thread(target=first)
    worker.start()
    first_inside.wait(5)
    with collector_paused():
        pass
    assert not gc.isenabled()
    second_done.set()
    worker.join(5)
    assert gc.isenabled()


def test_results_of_a_ranking_start_in_the_oldest_generation() -> None:
    # A full collection first empties the younger generations' counts, so no collection but
    # the one right after the pause can have promoted the results.
    gc.collect()
    with collector_paused():
        ranked = matcher.rank("Dicari: Go, PostgreSQL", RESUMES * 50)
    assert gc.isenabled()
    assert any(obj is ranked[0] for obj in gc.get_objects(generation=2))
