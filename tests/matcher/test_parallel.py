"""rank_parallel gives Matcher.rank's ranking wherever its batches run: threads, processes, Dask."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any

import pytest

from matcher import InputError, MatcherError
from matcher.engine import Matcher
from matcher.limits import MAX_TEXT_CHARS
from matcher.parallel import BATCH_SIZE, _rank_batch, _Setup, rank_parallel
from taxonomy import builtin_taxonomy

POSTING = "Dicari backend: Go, PostgreSQL, Docker, Redis"
TEXTS = ("Golang, Postgres", "PHP", "Docker dan Redis", "Golang, PostgreSQL, Docker, Redis", "")


def _resumes(count: int) -> list[tuple[str, str]]:
    # Repeated texts make ties; repeated names must still come back in their own places.
    return [(f"cv-{n % 7}", f"{TEXTS[n % len(TEXTS)]} ({n})") for n in range(count)]


@pytest.fixture(scope="module")
def local() -> Matcher:
    return Matcher()


def test_threads_rank_as_the_matcher_ranks_across_batches_with_ties_in_input_order(
    local: Matcher,
) -> None:
    resumes = _resumes(2 * BATCH_SIZE + 9)
    with ThreadPoolExecutor(2) as pool:
        ranked = rank_parallel(POSTING, resumes, executor=pool, in_flight=2)
    assert ranked == local.rank(POSTING, resumes)


def test_top_keeps_the_best_n_in_the_full_rankings_order(local: Matcher) -> None:
    resumes = _resumes(BATCH_SIZE + 40)
    with ThreadPoolExecutor(2) as pool:
        ranked = rank_parallel(POSTING, resumes, executor=pool, top=5)
    assert ranked == local.rank(POSTING, resumes)[:5]


def test_no_resumes_rank_to_nothing() -> None:
    with ThreadPoolExecutor(1) as pool:
        assert rank_parallel(POSTING, [], executor=pool) == []


def test_a_resume_over_the_limit_is_refused_as_the_matcher_refuses_it() -> None:
    resumes = [("a", "Golang"), ("big", "x" * (MAX_TEXT_CHARS + 1))]
    with ThreadPoolExecutor(1) as pool, pytest.raises(InputError, match="'big'"):
        rank_parallel(POSTING, resumes, executor=pool)


def test_a_worker_at_another_version_says_so() -> None:
    setup = _Setup(
        version="0.0.0", taxonomy_json=None, taxonomy_key="", cache_dir=None, as_of=None, lang=None
    )
    with pytest.raises(MatcherError, match=r"cocok 0\.0\.0.*same version"):
        _rank_batch(setup, POSTING, [("a", "Golang")], len)


def test_processes_rank_as_the_matcher_ranks_with_a_taxonomy_of_the_callers(
    local: Matcher, tmp_path: Any
) -> None:
    builtin = builtin_taxonomy()
    taxonomy = builtin.model_copy(
        update={"profile": builtin.profile.model_copy(update={"version": "custom"})}
    )
    resumes = _resumes(BATCH_SIZE + 3)
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(2, mp_context=context) as pool:
        ranked = rank_parallel(
            POSTING, resumes, executor=pool, taxonomy=taxonomy, cache_dir=tmp_path
        )
    expected = Matcher(taxonomy).rank(POSTING, resumes)
    assert ranked == expected
    assert {r.comparison.resume.taxonomy_version for r in ranked} == {"custom"}


def test_a_dask_cluster_ranks_as_the_matcher_ranks(local: Matcher, dask_client: Any) -> None:
    resumes = _resumes(BATCH_SIZE + 30)
    ranked = rank_parallel(POSTING, resumes, executor=dask_client.get_executor())
    assert ranked == local.rank(POSTING, resumes)
