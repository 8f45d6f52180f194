"""Descriptive mentions, by TF-IDF similarity of sentences to the taxonomy's phrases.

"Merancang struktur basis data" names no product, yet it is database design. Each sentence is
compared (character n-gram TF-IDF, cosine) with every descriptive phrase of every competency;
the closest phrase above the threshold becomes evidence, with its cosine as the confidence.
Sentences of many texts are transformed in one call, which is what makes ranking fast.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from matcher import char_tfidf
from matcher.aliases import Found, found_in
from matcher.index import MatchIndex
from matcher.text import Segment

SIMILARITY_THRESHOLD = 0.5
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


def _closest_phrases(sentences: list[str], index: MatchIndex) -> list[dict[str, tuple[float, int]]]:
    """For each sentence, its closest phrase of each competency at or over the threshold."""
    if not sentences:
        return []
    vectors = char_tfidf.transform(index.phrase_vectorizer, sentences)
    similarities = (vectors @ index.phrase_columns).tocsr()
    # Drop everything under the threshold at once; the loop below then sees only real hits.
    similarities.data[similarities.data < SIMILARITY_THRESHOLD] = 0
    similarities.eliminate_zeros()
    closest = []
    for row in range(len(sentences)):
        first, last = similarities.indptr[row], similarities.indptr[row + 1]
        best: dict[str, tuple[float, int]] = {}
        for column, value in zip(
            similarities.indices[first:last], similarities.data[first:last], strict=True
        ):
            owner = index.phrase_owners[column]
            if value > best.get(owner, (0.0, 0))[0]:
                best[owner] = (float(value), int(column))
        closest.append(best)
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
            span = _supporting_span(segment, phrase)
            similarity = round(min(value, 1.0), 3)
            results[position].append(found_in(text, span, owner, "similarity", phrase, similarity))
    return results
