"""Fitted TF-IDF models kept on disk, so a command that matches one file starts fast.

Fitting the taxonomy's vectorizers needs scikit-learn, whose import alone takes most of a
second. What a fit learns (vocabulary, idf weights and the fitted rows) depends only on the
texts, the n-gram range and how the vectorizer is set up, so it is saved once under a hash of
those and loaded on later starts without importing scikit-learn. The files hold taxonomy data
only, never a document.

The built-in taxonomy's fits ship with cocok in ``matcher/fitted/`` (written by ``python -m
testkit.shipped_fits``; a test checks they equal a fresh scikit-learn fit), so even the very
first start of a new install needs neither scikit-learn nor a cache. Other taxonomies are
fitted once and kept in the folder the caller names (the CLI takes ``COCOK_CACHE_DIR`` or the
user's cache folder); no folder means fitting in memory with no file written. A missing,
unreadable or damaged file means a fresh fit, and a folder that cannot be written only means
the next start fits again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from matcher import char_tfidf
from matcher.char_tfidf import CharTfidf

SHIPPED = Path(__file__).with_name("fitted")
# Names what a fit depends on besides its texts: change it when char_tfidf.fit or the file
# layout changes, and every saved fit, shipped or cached, is fitted afresh.
_FIT = "TfidfVectorizer(analyzer='char_wb', sublinear_tf=True, dtype=float32); npz 2"


def _key(texts: Sequence[str], ngrams: tuple[int, int]) -> str:
    identity = [_FIT, list(ngrams), list(texts)]
    return hashlib.sha256(json.dumps(identity, ensure_ascii=False).encode()).hexdigest()[:40]


def _load(path: Path, ngrams: tuple[int, int]) -> tuple[CharTfidf, sp.csr_matrix]:
    with np.load(path, allow_pickle=False) as saved:
        vocabulary = dict(zip(saved["grams"].tolist(), saved["columns"].tolist(), strict=True))
        rows = sp.csr_matrix(
            (saved["data"], saved["indices"], saved["indptr"]), shape=tuple(saved["shape"])
        )
        return char_tfidf.model(vocabulary, saved["idf"], ngrams), rows


def _save(path: Path, fitted: CharTfidf, rows: sp.csr_matrix) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    grams = list(fitted.vocabulary)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tfidf-", suffix=".npz")
    try:
        with os.fdopen(handle, "wb") as file:
            np.savez_compressed(
                file,
                grams=np.array(grams, dtype=str),
                columns=np.array([fitted.vocabulary[g] for g in grams], dtype=np.int64),
                idf=fitted.idf,
                data=rows.data,
                indices=rows.indices,
                indptr=rows.indptr,
                shape=np.array(rows.shape, dtype=np.int64),
            )
        # a reader sees the old file or the whole new one, never half of it
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def fitted(
    texts: Sequence[str], ngrams: tuple[int, int], folder: Path | None
) -> tuple[CharTfidf, sp.csr_matrix]:
    """:func:`matcher.char_tfidf.fit` of ``texts``: shipped, from ``folder``, or fitted now."""
    name = f"tfidf-{_key(texts, ngrams)}.npz"
    for saved in (SHIPPED, folder):
        with contextlib.suppress(OSError, ValueError, KeyError, zipfile.BadZipFile):
            if saved is not None:
                return _load(saved / name, ngrams)
    model, rows = char_tfidf.fit(texts, ngrams)
    if folder is None:
        return model, rows
    path = folder / name
    with contextlib.suppress(OSError):
        _save(path, model, rows)
    return model, rows
