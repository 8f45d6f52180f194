"""The fits shipped in ``matcher/fitted/`` are exactly what scikit-learn fits on the taxonomy."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from matcher import fitted_cache
from matcher.index import build_index
from taxonomy import builtin_taxonomy

REGENERATE = "run `python -m testkit.shipped_fits` after changing the built-in taxonomy"


def _fresh_fits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    monkeypatch.setattr(fitted_cache, "SHIPPED", tmp_path / "nothing-shipped")
    build_index(builtin_taxonomy(), cache_dir=tmp_path / "fresh")
    return {path.name: path for path in (tmp_path / "fresh").glob("tfidf-*.npz")}


def test_each_shipped_fit_equals_a_fresh_fit_and_none_is_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = {path.name: path for path in fitted_cache.SHIPPED.glob("tfidf-*.npz")}
    fresh = _fresh_fits(tmp_path, monkeypatch)
    assert len(fresh) == 2
    assert sorted(shipped) == sorted(fresh), REGENERATE
    for name, path in fresh.items():
        with np.load(path) as want, np.load(shipped[name]) as got:
            assert sorted(got.files) == sorted(want.files)
            for field in want.files:
                assert np.array_equal(got[field], want[field]), f"{name}: {field}. {REGENERATE}"


def test_the_builtin_taxonomy_is_matched_without_fitting(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fit(*_: object) -> None:
        raise AssertionError("fitted although the fit ships with cocok")

    monkeypatch.setattr(fitted_cache.char_tfidf, "fit", no_fit)
    index = build_index(builtin_taxonomy())
    assert index.phrase_columns.shape[1] == len(index.phrase_texts)


def test_a_damaged_shipped_fit_means_a_fresh_fit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = tmp_path / "shipped"
    damaged.mkdir()
    for path in fitted_cache.SHIPPED.glob("tfidf-*.npz"):
        (damaged / path.name).write_bytes(b"PK\x03\x04 not really a zip")
    monkeypatch.setattr(fitted_cache, "SHIPPED", damaged)
    fitted = build_index(builtin_taxonomy())
    monkeypatch.setattr(fitted_cache, "SHIPPED", tmp_path / "nothing-shipped")
    reference = build_index(builtin_taxonomy())
    assert (fitted.phrase_columns != reference.phrase_columns).nnz == 0
    assert dict(fitted.phrase_vectorizer.vocabulary) == dict(reference.phrase_vectorizer.vocabulary)
