"""The similarity stage's bound skips only sentences that could not reach the threshold."""

from __future__ import annotations

import dataclasses

import numpy as np
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from matcher import char_tfidf
from matcher.api import default_matcher
from matcher.index import MatchIndex, PhraseBound
from matcher.similarity import _closest_phrases, _may_reach_threshold


def _without_bound(index: MatchIndex) -> MatchIndex:
    # Every n-gram counted as common: each sentence's bound is its whole norm, 1, so all pass.
    columns = index.phrase_columns
    everything = PhraseBound(
        rare_columns=sp.csr_matrix(columns.shape, dtype=columns.dtype),
        common_mask=np.ones(columns.shape[0]),
        common_norms=np.ones(columns.shape[1]),
    )
    return dataclasses.replace(index, phrase_bound=everything)


def _near_misses(index: MatchIndex) -> list[str]:
    """Taxonomy phrases cut, joined and padded: cosines on both sides of the threshold."""
    phrases = index.phrase_texts
    sentences = []
    for number, phrase in enumerate(phrases[:400]):
        words = phrase.split()
        other = phrases[(number * 7 + 3) % len(phrases)].split()
        sentences.append(" ".join(words[: max(1, len(words) // 2)]))
        sentences.append(" ".join(words[::2] + other[1::2]))
        sentences.append(phrase + " dengan tim dan klien setiap hari")
    return sentences


def test_bounded_similarity_equals_the_full_product() -> None:
    index = default_matcher().index
    sentences = _near_misses(index)
    bounded = _closest_phrases(sentences, index)
    full = _closest_phrases(sentences, _without_bound(index))
    assert bounded == full
    assert sum(1 for found in full if found) > len(sentences) // 4


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(default_matcher().index.phrase_texts), min_size=1, max_size=3))
def test_bounded_similarity_equals_the_full_product_on_mixed_phrases(parts: list[str]) -> None:
    index = default_matcher().index
    words = " ".join(parts).split()
    sentences = [" ".join(words[start::3]) for start in range(3)]
    assert _closest_phrases(sentences, index) == _closest_phrases(sentences, _without_bound(index))


def test_the_bound_lets_phrases_through_and_skips_unrelated_lines() -> None:
    index = default_matcher().index
    related = list(index.phrase_texts[:50])
    unrelated = ["Rina Wulandari", "S1 Teknik Informatika (2015-2019)", "rina.w@example.com"]
    vectors = char_tfidf.transform(index.phrase_vectorizer, related + unrelated)
    assert list(_may_reach_threshold(vectors, index.phrase_bound)) == list(range(len(related)))
