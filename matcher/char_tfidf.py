"""Character n-gram TF-IDF inside word boundaries: scikit-learn's, applied faster.

Both similarity stages use ``TfidfVectorizer(analyzer="char_wb", sublinear_tf=True,
dtype=np.float32)``, fitted by scikit-learn on the taxonomy when the index is built. Its
``transform`` cuts every word of every document into n-grams in Python; resumes repeat the same
few hundred words, so :func:`rows` works out the feature indices of each word once and
remembers them, then weighs and normalises in scikit-learn's own order and types, in numpy
arrays: for a few dozen sentences, building scipy matrices costs more than the arithmetic.
Vectors and similarities come out bit for bit the same (``tests/matcher/test_char_tfidf.py``
compares them with scikit-learn's on varied text).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

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
    sizes = range(low, min(high, len(padded) - 1) + 1)
    grams = [padded[i : i + size] for size in sizes for i in range(len(padded) - size + 1)]
    if len(padded) <= high:
        # A word no longer than an n-gram counts once, whole, and ends the word.
        grams.append(padded)
    return grams


def words(text: str) -> list[str]:
    """The words of ``text`` as scikit-learn cuts them: lower-cased, split on any white space."""
    return text.lower().split()


def _features(vocabulary: dict[str, int], ngrams: tuple[int, int], word: str) -> Features:
    found = np.array(
        [
            column
            for gram in _word_ngrams(word, ngrams)
            if (column := vocabulary.get(gram)) is not None
        ],
        dtype=np.int32,
    )
    found.flags.writeable = False
    return found


@dataclass(frozen=True, slots=True)
class Rows:
    """l2-normalised TF-IDF rows: the arrays of a CSR matrix with sorted indices, plus the row
    of each entry and each row's norm before it was normalised."""

    indptr: NDArray[np.int32]
    indices: NDArray[np.int32]
    data: NDArray[np.float32]
    # 32-bit when the keys it was cut from are.
    rows: NDArray[np.signedinteger[Any]]
    norms: NDArray[np.float64]
    width: int

    def matrix(self) -> sp.csr_matrix:
        shape = (len(self.indptr) - 1, self.width)
        return sp.csr_matrix((self.data, self.indices, self.indptr), shape=shape, copy=False)


def rows(model: CharTfidf, words_per_text: Sequence[Sequence[str]]) -> Rows:
    """``TfidfVectorizer.transform`` of texts given by their :func:`words`, as :class:`Rows`."""
    columns, lengths = word_columns(model, [word for text in words_per_text for word in text])
    word_texts = np.repeat(np.arange(len(words_per_text)), [len(text) for text in words_per_text])
    return counted_rows(model, columns, word_texts.repeat(lengths), len(words_per_text))


def word_columns(model: CharTfidf, words: Sequence[str]) -> tuple[Features, NDArray[np.intp]]:
    """The n-gram columns of ``words``, one word's after another's, and how many each has."""
    per_word = [model.word_features(word) for word in words]
    columns = np.concatenate(per_word) if per_word else np.zeros(0, dtype=np.int32)
    return columns, np.fromiter(map(len, per_word), np.intp, len(per_word))


def counted_rows(
    model: CharTfidf, columns: Features, column_texts: NDArray[np.intp], texts: int
) -> Rows:
    """:func:`rows` of ``texts`` texts from their words' n-gram columns, each with its text.

    Counts as CountVectorizer makes them, then TfidfTransformer(sublinear_tf=True) and
    normalize(norm="l2"), in their order and types.
    """
    width = len(model.vocabulary)
    keys = column_texts * width + columns
    # np.unique sorts the (row, column) keys: 32-bit ones sort in half the time of 64-bit ones,
    # and they fit unless a batch holds over a hundred thousand texts.
    if texts * width < 2**31:
        keys = keys.astype(np.int32)
    keys, counts = np.unique(keys, return_counts=True)
    entry_rows, indices = np.divmod(keys, width)
    indptr = entry_rows.searchsorted(np.arange(texts + 1)).astype(np.int32)
    data = np.log(counts.astype(np.float32))
    data += 1.0
    data *= model.idf[indices]
    # sklearn adds the float32 squares into a double one after another, as bincount does, where
    # numpy's pairwise sum would round otherwise.
    norms = np.sqrt(np.bincount(entry_rows, np.square(data), minlength=texts))
    # Stored values are at least 1: only empty rows have a zero norm, and no entry divides by it.
    normalised = (data / norms[entry_rows]).astype(np.float32)
    return Rows(indptr, indices.astype(np.int32), normalised, entry_rows, norms, width)


def transform(model: CharTfidf, texts: Sequence[str]) -> sp.csr_matrix:
    """The l2-normalised TF-IDF rows of ``texts``: ``TfidfVectorizer.transform``."""
    return rows(model, [words(text) for text in texts]).matrix()


def model(
    vocabulary: Mapping[str, int], idf: NDArray[np.float32], ngrams: tuple[int, int]
) -> CharTfidf:
    """A fitted vectorizer from its learnt vocabulary and idf weights."""
    frozen_idf = np.array(idf, dtype=np.float32)
    frozen_idf.flags.writeable = False
    # The features look their n-grams up in a dict of their own: a mapping proxy is slower.
    columns = dict(vocabulary)
    lookup = functools.lru_cache(maxsize=_WORDS_REMEMBERED)(
        functools.partial(_features, columns, ngrams)
    )
    return CharTfidf(MappingProxyType(columns), frozen_idf, lookup)


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
