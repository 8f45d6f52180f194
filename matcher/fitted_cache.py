"""Fitted TF-IDF models kept on disk, so a command that matches one file starts fast.

Fitting the taxonomy's vectorizers needs scikit-learn, whose import alone takes most of a
second. What a fit learns (vocabulary, idf weights and the fitted rows) depends only on the
texts, the n-gram range and the versions of cocok and scikit-learn, so it is saved once under
a hash of those and loaded on later starts without importing scikit-learn. The files hold
taxonomy data only, never a document.

The caller names the folder (the CLI takes ``COCOK_CACHE_DIR`` or the user's cache folder);
no folder means fitting in memory with no file read or written. A missing, unreadable or damaged
file means a fresh fit, and a folder that cannot be written only means the next start fits again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from matcher import char_tfidf
from matcher._version import __version__
from matcher.char_tfidf import CharTfidf


def _key(texts: Sequence[str], ngrams: tuple[int, int]) -> str:
    identity = [__version__, metadata.version("scikit-learn"), list(ngrams), list(texts)]
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
            np.savez(
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
    """:func:`matcher.char_tfidf.fit` of ``texts``, from ``folder`` when it was fitted before."""
    if folder is None:
        return char_tfidf.fit(texts, ngrams)
    path = folder / f"tfidf-{_key(texts, ngrams)}.npz"
    with contextlib.suppress(OSError, ValueError, KeyError, zipfile.BadZipFile):
        return _load(path, ngrams)
    model, rows = char_tfidf.fit(texts, ngrams)
    with contextlib.suppress(OSError):
        _save(path, model, rows)
    return model, rows
