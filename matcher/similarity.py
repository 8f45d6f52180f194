"""Descriptive mentions, by TF-IDF similarity of sentences to the taxonomy's phrases.

"Merancang struktur basis data" names no product, yet it is database design. Each sentence is
compared (character n-gram TF-IDF, cosine) with every descriptive phrase of every competency;
the closest phrase above the threshold becomes evidence, with its cosine as the confidence.
Sentences of many texts are transformed in one call, which is what makes ranking fast, and
only those that a cheap upper bound leaves within reach of the threshold meet every phrase.

A description is more than one word: a hit needs two of the phrase's words in the sentence
(one, for a phrase of one word), since n-grams shared with a single word ("Menjalankan",
"Middleware", "Authentication" as a heading) make a heading look like any phrase holding it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray

from matcher import char_tfidf
from matcher.evidence import Found, found_in
from matcher.index import MatchIndex, PhraseBound
from matcher.text import Segment

SIMILARITY_THRESHOLD = 0.5
# The float32 product rounds; the bound keeps a sentence this far under the threshold.
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


def _may_reach_threshold(vectors: sp.csr_matrix, bound: PhraseBound) -> NDArray[np.intp]:
    """The rows of ``vectors`` whose cosine with some phrase may reach the threshold."""
    rare = (vectors @ bound.rare_columns).tocsr()
    squares = sp.csr_matrix(
        (np.square(vectors.data, dtype=np.float64), vectors.indices, vectors.indptr),
        shape=vectors.shape,
    )
    common_norms = np.sqrt(squares @ bound.common_mask)
    rows = np.repeat(np.arange(rare.shape[0]), np.diff(rare.indptr))
    bounds = rare.data + common_norms[rows] * bound.common_norms[rare.indices]
    # Phrases sharing no rare n-gram with a row get the common part alone.
    alone = common_norms * bound.common_norms.max(initial=0.0)
    floor = SIMILARITY_THRESHOLD - _ROUNDING_MARGIN
    return np.union1d(rows[bounds >= floor], np.flatnonzero(alone >= floor))


def _closest_phrases(sentences: list[str], index: MatchIndex) -> list[dict[str, tuple[float, int]]]:
    """For each sentence, its closest phrase of each competency at or over the threshold."""
    if not sentences:
        return []
    vectors = char_tfidf.transform(index.phrase_vectorizer, sentences)
    near = _may_reach_threshold(vectors, index.phrase_bound)
    # Each row of a CSR product is summed on its own, so these rows come out as in the full one.
    similarities = (vectors[near] @ index.phrase_columns).tocsr()
    # Drop everything under the threshold at once; the loop below then sees only real hits.
    similarities.data[similarities.data < SIMILARITY_THRESHOLD] = 0
    similarities.eliminate_zeros()
    closest: list[dict[str, tuple[float, int]]] = [{} for _ in sentences]
    for row, sentence in enumerate(near):
        first, last = similarities.indptr[row], similarities.indptr[row + 1]
        best: dict[str, tuple[float, int]] = {}
        for column, value in zip(
            similarities.indices[first:last], similarities.data[first:last], strict=True
        ):
            owner = index.phrase_owners[column]
            if value > best.get(owner, (0.0, 0))[0]:
                best[owner] = (float(value), int(column))
        closest[sentence] = best
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
