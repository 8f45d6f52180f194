"""Descriptive mentions, by TF-IDF similarity of sentences to the taxonomy's phrases.

"Merancang struktur basis data" names no product, yet it is database design. Each sentence is
compared (character n-gram TF-IDF, cosine) with every descriptive phrase of every competency;
the closest phrase above the threshold becomes evidence, with its cosine as the confidence.
Sentences of many texts are transformed in one call, which is what makes ranking fast, and
a sentence and a phrase have their cosine added up only when a cheap upper bound leaves it
within reach of the threshold: one pair in thousands.

A description is more than one word: a hit needs two of the phrase's words in the sentence
(one, for a phrase of one word), since n-grams shared with a single word ("Menjalankan",
"Middleware", "Authentication" as a heading) make a heading look like any phrase holding it.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from matcher import char_tfidf
from matcher.evidence import Found, found_in
from matcher.index import MatchIndex
from matcher.text import Segment
from matcher.word_runs import ranges

SIMILARITY_THRESHOLD = 0.5
# Float32 sums round, and so does the bound: it lets pairs this far under the threshold through.
_ROUNDING_MARGIN = 1e-3
_WORD = re.compile(r"\w+")
_GRAM = 4


@functools.lru_cache(maxsize=1 << 14)
def _grams(word: str) -> frozenset[str]:
    padded = f" {word.casefold()} "
    return frozenset(padded[i : i + _GRAM] for i in range(len(padded) - _GRAM + 1))


@functools.lru_cache(maxsize=1 << 12)
def _phrase_grams(phrase: str) -> frozenset[str]:
    return frozenset().union(*(_grams(w) for w in _WORD.findall(phrase) if len(w) > 2))


def _supporting_span(segment: Segment, phrase: str) -> tuple[int, int]:
    """The part of the segment from the first to the last word that shares n-grams with the phrase.

    A whole sentence is a poor highlight; the words that made it similar are a good one.
    """
    phrase_grams = _phrase_grams(phrase)
    hits = [
        word.span()
        for word in _WORD.finditer(segment.text)
        if len(word.group()) > 2 and not _grams(word.group()).isdisjoint(phrase_grams)
    ]
    if not hits:
        return segment.start, segment.end
    return segment.start + hits[0][0], segment.start + hits[-1][1]


_MAX_SEGMENT_CHARS = 600
_SHARED_WORDS = 2
# Words agree on this many first letters: "framework"/"frameworks", "transformasi"/"transform".
_STEM = 6


def _stems(text: str) -> frozenset[str]:
    return frozenset(word.casefold()[:_STEM] for word in _WORD.findall(text) if len(word) > 2)


def _describes(sentence: str, phrase: str) -> bool:
    """Whether the sentence holds enough of the phrase's words to be a description of it."""
    wanted = _stems(phrase)
    return len(wanted & _stems(sentence)) >= min(_SHARED_WORDS, len(wanted))


# Words whose n-grams and dot products are remembered: a few hundred bytes each.
_WORDS_REMEMBERED = 1 << 14
# Rows of the bound summed at once, into a block of rows by phrases that stays in the cache.
_BLOCK_ROWS = 64


def _word_ids(words: list[str], index: MatchIndex) -> NDArray[np.intp]:
    """Each word's number in the index's :class:`matcher.word_runs.WordRuns`, new words added.

    Called with the memo's lock held.
    """
    memo = index.phrase_bound.words
    with contextlib.suppress(KeyError):
        return np.fromiter(map(memo.ids.__getitem__, words), np.intp, len(words))
    missing = list(dict.fromkeys(word for word in words if word not in memo.ids))
    # Like the typo stage's memo: emptied when full, and this call keeps its own words.
    if len(memo.ids) + len(missing) > _WORDS_REMEMBERED:
        memo.clear()
        missing = list(dict.fromkeys(words))
    model = index.phrase_vectorizer
    columns, lengths = char_tfidf.word_columns(model, missing)
    alone = char_tfidf.counted_rows(
        model, columns, np.repeat(np.arange(len(missing)), lengths), len(missing)
    )
    weights = alone.matrix()
    weights.data = alone.data * alone.norms[alone.rows]
    products = (weights @ index.phrase_bound.rare_columns).tocsr()
    memo.columns.extend(np.concatenate([[0], np.cumsum(lengths)]), [columns])
    memo.dots.extend(products.indptr, [products.indices, products.data])
    memo.ids.update((word, number) for number, word in enumerate(missing, len(memo.ids)))
    return np.fromiter(map(memo.ids.__getitem__, words), np.intp, len(words))


@dataclass(frozen=True, slots=True)
class _Words:
    """The words of sentences, one after another, with what is remembered of each word."""

    # Each word's sentence.
    rows: NDArray[np.intp]
    # Its n-gram columns, and how many it has.
    columns: char_tfidf.Features
    column_counts: NDArray[np.intp]
    # The phrases it has a rare dot product with, the products, and how many it has.
    phrases: NDArray[np.int32]
    dots: NDArray[np.float32]
    dot_counts: NDArray[np.intp]


def _words(sentences: list[str], index: MatchIndex) -> _Words:
    """The words of ``sentences``, each with its n-grams and dot products, remembered or new."""
    words = [char_tfidf.words(sentence) for sentence in sentences]
    memo = index.phrase_bound.words
    # A Matcher may be shared between threads: the numbers must stay those of the runs read.
    with memo.lock:
        ids = _word_ids([word for row in words for word in row], index)
        (columns,), column_counts = memo.columns.take(ids)
        (phrases, dots), dot_counts = memo.dots.take(ids)
    rows = np.arange(len(sentences)).repeat([len(row) for row in words])
    return _Words(rows, columns, column_counts, phrases, dots, dot_counts)


def _vectors(sentences: list[str], index: MatchIndex) -> tuple[char_tfidf.Rows, _Words]:
    """The sentences' TF-IDF rows, and their words."""
    words = _words(sentences, index)
    column_rows = words.rows.repeat(words.column_counts)
    model = index.phrase_vectorizer
    return char_tfidf.counted_rows(model, words.columns, column_rows, len(sentences)), words


def _may_reach_threshold(
    vectors: char_tfidf.Rows, words: _Words, index: MatchIndex
) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """The (row, phrase) pairs of ``vectors`` whose cosine may reach the threshold."""
    bound = index.phrase_bound
    phrases = len(bound.common_norms)
    rows = len(vectors.norms)
    common_squares = np.square(vectors.data * bound.common[vectors.indices], dtype=np.float64)
    common_norms = np.sqrt(np.bincount(vectors.rows, common_squares, minlength=rows))
    floor = SIMILARITY_THRESHOLD - _ROUNDING_MARGIN
    # The rare part a pair needs at the least; where it is none, every phrase's bound is looked at.
    needed = floor - common_norms * bound.common_norms.max(initial=0.0)
    # The words' dot products are unnormalised, and a row without n-grams has none.
    needed = np.where(vectors.norms > 0, needed * vectors.norms, np.inf)
    cells = (words.rows * phrases).repeat(words.dot_counts) + words.phrases
    found = [np.zeros(0, dtype=np.intp)]
    # Cells ascend by row, so each block of rows is one stretch of them.
    firsts = range(0, rows, _BLOCK_ROWS)
    stretches = cells.searchsorted([*(first * phrases for first in firsts), rows * phrases])
    for first, start, end in zip(firsts, stretches, stretches[1:], strict=False):
        block = min(_BLOCK_ROWS, rows - first)
        rare = np.bincount(
            cells[start:end] - first * phrases, words.dots[start:end], minlength=block * phrases
        )
        near = np.flatnonzero(rare.reshape(block, phrases) >= needed[first : first + block, None])
        near_rows, near_phrases = np.divmod(near, phrases)
        near_rows += first
        bounds = rare[near] / vectors.norms[near_rows]
        bounds += common_norms[near_rows] * bound.common_norms[near_phrases]
        found.append(near[bounds >= floor] + first * phrases)
    return np.divmod(np.concatenate(found), phrases)


def _cosines(
    vectors: char_tfidf.Rows,
    rows: NDArray[np.intp],
    phrases: NDArray[np.intp],
    index: MatchIndex,
) -> tuple[NDArray[np.float32], NDArray[np.intp]]:
    """The cosine of each row with its phrase, and the first n-gram they share (or the width).

    The cosines are those of the sparse product ``vectors @ index.phrase_columns`` to the last
    bit: float32 products added in float32 in the order of the row's n-grams, as its loop does.
    """
    phrase_rows = index.phrase_rows
    starts = vectors.indptr[rows]
    lengths = vectors.indptr[rows + 1] - starts
    positions = ranges(starts, lengths)
    ngrams = vectors.indices[positions]
    phrase_starts = phrase_rows.indptr[phrases]
    phrase_lengths = phrase_rows.indptr[phrases + 1] - phrase_starts
    phrase_positions = ranges(phrase_starts, phrase_lengths)
    # Both sides as pair * width + n-gram, ascending: each pair's n-grams meet in one search.
    offsets = np.arange(len(rows)) * vectors.width
    wanted = offsets.repeat(lengths) + ngrams
    offered = offsets.repeat(phrase_lengths) + phrase_rows.indices[phrase_positions]
    at = offered.searchsorted(wanted)
    at[at == len(offered)] = 0
    (shared,) = (offered[at] == wanted).nonzero()
    products = vectors.data[positions[shared]] * phrase_rows.data[phrase_positions[at[shared]]]
    pairs = wanted[shared] // vectors.width
    cosines = np.zeros(len(rows), dtype=np.float32)
    np.add.at(cosines, pairs, products)
    # A row's n-grams ascend: the first it shares with a phrase is the least.
    first_shared = np.full(len(rows), vectors.width)
    np.minimum.at(first_shared, pairs, ngrams[shared])
    return cosines, first_shared


def _closest_phrases(sentences: list[str], index: MatchIndex) -> list[dict[str, tuple[float, int]]]:
    """For each sentence, its closest phrase of each competency at or over the threshold."""
    vectors, words = _vectors(sentences, index)
    rows, phrases = _may_reach_threshold(vectors, words, index)
    cosines, first_shared = _cosines(vectors, rows, phrases, index)
    (hits,) = (cosines >= SIMILARITY_THRESHOLD).nonzero()
    # Among equal cosines the product's first listed phrase wins, as a loop over it would pick.
    hits = hits[np.lexsort((-phrases[hits], -first_shared[hits], rows[hits]))]
    closest: list[dict[str, tuple[float, int]]] = [{} for _ in sentences]
    for row, column, value in zip(
        rows[hits].tolist(), phrases[hits].tolist(), cosines[hits].tolist(), strict=True
    ):
        best = closest[row]
        owner = index.phrase_owners[column]
        if value > best.get(owner, (0.0, 0))[0]:
            best[owner] = (value, column)
    return closest


def find_similar_evidence(
    texts: Sequence[str],
    segments_per_text: Sequence[Sequence[Segment]],
    index: MatchIndex,
) -> list[list[Found]]:
    """For each text, the competencies some sentence of it describes, with that sentence as span."""
    flat: list[tuple[int, Segment]] = [
        (position, segment)
        for position, segments in enumerate(segments_per_text)
        for segment in segments
        if len(segment.text) <= _MAX_SEGMENT_CHARS
    ]
    # Headings and stock phrases recur across a batch of resumes: each distinct sentence once.
    sentences = list(dict.fromkeys(segment.text for _, segment in flat))
    closest = dict(zip(sentences, _closest_phrases(sentences, index), strict=True))
    results: list[list[Found]] = [[] for _ in texts]
    for position, segment in flat:
        text = texts[position]
        for owner, (value, column) in closest[segment.text].items():
            phrase = index.phrase_texts[column]
            if not _describes(segment.text, phrase):
                continue
            span = _supporting_span(segment, phrase)
            similarity = round(min(value, 1.0), 3)
            results[position].append(found_in(text, span, owner, "similarity", phrase, similarity))
    return results
