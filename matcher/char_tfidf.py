"""Character n-gram TF-IDF inside word boundaries, equal to the last bit to scikit-learn's.

Both similarity stages use what ``TfidfVectorizer(analyzer="char_wb", sublinear_tf=True,
dtype=np.float32)`` computes. Importing scikit-learn costs most of a second at start-up, and its
analyser cuts every word of every document into n-grams in Python; resumes repeat the same few
hundred words, so here the feature indices of each word are worked out once and remembered. The
arithmetic repeats scikit-learn's step by step in the same types, so vectors and similarities come
out bit for bit the same (``tests/matcher/test_char_tfidf.py`` compares them on varied text).
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
    keys, counts = np.unique(rows * width + columns, return_counts=True)
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


def fit(texts: Sequence[str], ngrams: tuple[int, int]) -> tuple[CharTfidf, sp.csr_matrix]:
    """A vectorizer fitted on ``texts`` and their rows: ``TfidfVectorizer.fit_transform``."""
    # scikit-learn numbers n-grams by first appearance while counting, then sorts the vocabulary
    # and renumbers the columns without re-sorting the rows. The l2 norm adds squares in that
    # stored order, so the same order is kept here for the same rounding.
    first_seen = {
        gram: None for text in texts for word in _words(text) for gram in _word_ngrams(word, ngrams)
    }
    seen_order = {gram: i for i, gram in enumerate(first_seen)}
    vocabulary = MappingProxyType({gram: i for i, gram in enumerate(sorted(seen_order))})
    renumbered = np.empty(len(vocabulary), dtype=np.int32)
    renumbered[[seen_order[gram] for gram in vocabulary]] = np.arange(len(vocabulary))
    counts = _counts(texts, functools.partial(_features, seen_order, ngrams), len(vocabulary))
    counts.indices = renumbered.take(counts.indices)

    # Smoothed idf in float32, in TfidfTransformer.fit's order of operations.
    document_frequency = np.bincount(counts.indices, minlength=len(vocabulary)).astype(np.float32)
    document_frequency += 1.0
    idf = np.full_like(document_frequency, fill_value=len(texts) + 1, dtype=np.float32)
    idf /= document_frequency
    np.log(idf, out=idf)
    idf += 1.0
    idf.flags.writeable = False
    lookup = functools.lru_cache(maxsize=_WORDS_REMEMBERED)(
        functools.partial(_features, vocabulary, ngrams)
    )
    return CharTfidf(vocabulary, idf, lookup), _weigh(counts, idf)
