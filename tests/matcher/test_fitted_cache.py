"""Fitted TF-IDF models saved and loaded: the same numbers as a fresh fit, or a fresh fit."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from matcher import char_tfidf, fitted_cache

TEXTS = [
    "merancang struktur basis data",
    "design REST APIs and microservices",
    "menulis unit test dan integration test",
    "Kubernetes, Docker dan CI/CD",
]
NGRAMS = (3, 5)


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def _same(
    left: tuple[char_tfidf.CharTfidf, object], right: tuple[char_tfidf.CharTfidf, object]
) -> None:
    (model_a, rows_a), (model_b, rows_b) = left, right
    assert dict(model_a.vocabulary) == dict(model_b.vocabulary)
    assert np.array_equal(model_a.idf, model_b.idf) and model_b.idf.dtype == np.float32
    assert (rows_a != rows_b).nnz == 0  # type: ignore[operator]
    unseen = ["Saya merancang basis data PostgreSQL", "kubernetess dan dockerr"]
    vectors_a = char_tfidf.transform(model_a, unseen)
    vectors_b = char_tfidf.transform(model_b, unseen)
    assert np.array_equal(vectors_a.toarray(), vectors_b.toarray())


def test_a_second_fit_is_loaded_from_disk_with_the_same_numbers(cache: Path) -> None:
    first = fitted_cache.fitted(TEXTS, NGRAMS, cache)
    (saved,) = cache.glob("tfidf-*.npz")
    stamp = saved.stat().st_mtime_ns
    second = fitted_cache.fitted(TEXTS, NGRAMS, cache)
    assert saved.stat().st_mtime_ns == stamp  # read, not written again
    _same(char_tfidf.fit(TEXTS, NGRAMS), first)
    _same(first, second)


def test_other_texts_or_ngrams_get_their_own_file(cache: Path) -> None:
    fitted_cache.fitted(TEXTS, NGRAMS, cache)
    fitted_cache.fitted(TEXTS[:2], NGRAMS, cache)
    fitted_cache.fitted(TEXTS, (2, 4), cache)
    assert len(list(cache.glob("tfidf-*.npz"))) == 3


def test_a_damaged_file_means_a_fresh_fit(cache: Path) -> None:
    fitted_cache.fitted(TEXTS, NGRAMS, cache)
    (saved,) = cache.glob("tfidf-*.npz")
    saved.write_bytes(b"PK\x03\x04 not really a zip")
    _same(char_tfidf.fit(TEXTS, NGRAMS), fitted_cache.fitted(TEXTS, NGRAMS, cache))
    _same(
        char_tfidf.fit(TEXTS, NGRAMS), fitted_cache.fitted(TEXTS, NGRAMS, cache)
    )  # rewritten whole


def test_a_folder_that_cannot_be_written_still_fits(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    _same(char_tfidf.fit(TEXTS, NGRAMS), fitted_cache.fitted(TEXTS, NGRAMS, blocker / "cache"))


def test_no_folder_fits_in_memory_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _same(char_tfidf.fit(TEXTS, NGRAMS), fitted_cache.fitted(TEXTS, NGRAMS, None))
    assert list(tmp_path.iterdir()) == []
