"""Character n-gram TF-IDF inside word boundaries: scikit-learn's, applied faster.

Both similarity stages use ``TfidfVectorizer(analyzer="char_wb", sublinear_tf=True,
dtype=np.float32)``, fitted by scikit-learn on the taxonomy when the index is built. Its
``transform`` cuts every word of every document into n-grams in Python; resumes repeat the same
few hundred words, so :func:`transform` works out the feature indices of each word once and
remembers them, then weighs and normalises in scikit-learn's own order and types. Vectors and
similarities come out bit for bit the same (``tests/matcher/test_char_tfidf.py`` compares them
with scikit-learn's on varied text).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray

Features = NDArray[np.int32]

# Distinct words remembered per vectorizer: a few hundred kilobytes per thousand words, so a
# long-running bot stays small while a batch of resumes still finds nearly every word cached.
_WORDS_REMEMBERED = 1 << 15


@dataclass(frozen=True, slots=True)
class CharTfidf:
    """A fitted vectorizer. ``word_features`` is a pure function, memoised for speed."""

    vocabulary: Mapping[str, int]
    idf: NDArray[np.float32]
    word_features: Callable[[str], Features]


def _word_ngrams(word: str, ngrams: tuple[int, int]) -> list[str]:
    padded = f" {word} "
    low, high = ngrams
    grams: list[str] = []
    for size in range(low, high + 1):
        if len(padded) <= size:
            # A word no longer than the n-gram counts once, whole, and ends the word.
            grams.append(padded)
            break
        grams.extend(padded[i : i + size] for i in range(len(padded) - size + 1))
    return grams


def _words(text: str) -> list[str]:
    # scikit-learn lower-cases the whole document, then splits on any whitespace.
    return text.lower().split()


def _features(vocabulary: Mapping[str, int], ngrams: tuple[int, int], word: str) -> Features:
    found = np.array(
        [vocabulary[g] for g in _word_ngrams(word, ngrams) if g in vocabulary], dtype=np.int32
    )
    found.flags.writeable = False
    return found


def _counts(
    texts: Sequence[str], word_features: Callable[[str], Features], width: int
) -> sp.csr_matrix:
    """Term counts per text, float32 with sorted indices, as CountVectorizer makes them."""
    per_word: list[Features] = []
    lengths = np.zeros(len(texts), dtype=np.int64)
    for row, text in enumerate(texts):
        words = [word_features(word) for word in _words(text)]
        lengths[row] = sum(len(found) for found in words)
        per_word.extend(words)
    columns = np.concatenate(per_word) if per_word else np.zeros(0, dtype=np.int32)
    rows = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    keys = rows * width + columns
    # np.unique sorts the (row, column) keys: 32-bit ones sort in half the time of 64-bit ones,
    # and they fit unless a batch holds over a hundred thousand texts.
    if len(texts) * width < 2**31:
        keys = keys.astype(np.int32)
    keys, counts = np.unique(keys, return_counts=True)
    indptr = np.zeros(len(texts) + 1, dtype=np.int32)
    np.cumsum(np.bincount(keys // width, minlength=len(texts)), out=indptr[1:])
    indices = (keys % width).astype(np.int32)
    return sp.csr_matrix(
        (counts.astype(np.float32), indices, indptr), shape=(len(texts), width), copy=False
    )


def _weigh(counts: sp.csr_matrix, idf: NDArray[np.float32]) -> sp.csr_matrix:
    """TfidfTransformer(sublinear_tf=True).transform, then normalize(norm="l2"), in place."""
    data = counts.data
    np.log(data, out=data)
    data += 1.0
    data *= idf[counts.indices]
    # sklearn's l2 normalisation adds the float32 squares into a double one after another; a
    # CSR product with ones does exactly that, where numpy's pairwise sum would round otherwise.
    squares = sp.csr_matrix(
        (np.square(data).astype(np.float64), counts.indices, counts.indptr), shape=counts.shape
    )
    norms = np.sqrt(squares @ np.ones(counts.shape[1]))
    # Stored values are at least 1: only empty rows have a zero norm, and it is repeated 0 times.
    counts.data = (data / np.repeat(norms, np.diff(counts.indptr))).astype(np.float32)
    return counts


def transform(model: CharTfidf, texts: Sequence[str]) -> sp.csr_matrix:
    """The l2-normalised TF-IDF rows of ``texts``: ``TfidfVectorizer.transform``."""
    counts = _counts(texts, model.word_features, len(model.vocabulary))
    return _weigh(counts, model.idf)


def model(
    vocabulary: Mapping[str, int], idf: NDArray[np.float32], ngrams: tuple[int, int]
) -> CharTfidf:
    """A fitted vectorizer from its learnt vocabulary and idf weights."""
    frozen_idf = np.array(idf, dtype=np.float32)
    frozen_idf.flags.writeable = False
    frozen = MappingProxyType(dict(vocabulary))
    lookup = functools.lru_cache(maxsize=_WORDS_REMEMBERED)(
        functools.partial(_features, frozen, ngrams)
    )
    return CharTfidf(frozen, frozen_idf, lookup)


def fit(texts: Sequence[str], ngrams: tuple[int, int]) -> tuple[CharTfidf, sp.csr_matrix]:
    """Fit scikit-learn's ``TfidfVectorizer`` on ``texts``; its model and the rows of ``texts``.

    scikit-learn learns the vocabulary and idf weights; :func:`transform` then applies them with
    each word's features remembered. Imported here, when a model is fitted, not at start-up.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(
        analyzer="char_wb", ngram_range=ngrams, sublinear_tf=True, dtype=np.float32
    )
    rows = vectorizer.fit_transform(texts).tocsr()
    vocabulary = {str(gram): int(i) for gram, i in vectorizer.vocabulary_.items()}
    return model(vocabulary, vectorizer.idf_, ngrams), rows
