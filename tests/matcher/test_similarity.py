"""The similarity stage finds what the full sparse product of sentences and phrases finds.

The stage skips the pairs a bound rules out and adds up the rest itself; these tests hold it to
the plain product, scipy's ``vectors @ phrase_columns``, value for value and bit for bit.
"""

from __future__ import annotations

import dataclasses
import sys
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from matcher import char_tfidf, similarity
from matcher.api import default_matcher
from matcher.index import MatchIndex, _phrase_bound, _sorted_rows
from matcher.similarity import (
    SIMILARITY_THRESHOLD,
    _closest_phrases,
    _cosines,
    _may_reach_threshold,
    _vectors,
)


def _by_full_product(sentences: list[str], index: MatchIndex) -> list[dict[str, tuple[float, int]]]:
    """Every sentence against every phrase, a phrase at a time in the order the product lists."""
    vectors = char_tfidf.transform(index.phrase_vectorizer, sentences)
    similarities = (vectors @ index.phrase_columns).tocsr()
    closest = []
    for row in range(len(sentences)):
        best: dict[str, tuple[float, int]] = {}
        first, last = similarities.indptr[row], similarities.indptr[row + 1]
        for column, value in zip(
            similarities.indices[first:last], similarities.data[first:last], strict=True
        ):
            owner = index.phrase_owners[column]
            if value >= SIMILARITY_THRESHOLD and value > best.get(owner, (0.0, 0))[0]:
                best[owner] = (float(value), int(column))
        closest.append(best)
    return closest


def _near_misses(index: MatchIndex) -> list[str]:
    """Taxonomy phrases cut, joined and padded: cosines on both sides of the threshold."""
    phrases = index.phrase_texts
    # Lines of common n-grams only, whose bound lets them meet every phrase.
    sentences = ["dan", "and the", "data dan", ""]
    for number, phrase in enumerate(phrases[:400]):
        words = phrase.split()
        other = phrases[(number * 7 + 3) % len(phrases)].split()
        sentences.append(" ".join(words[: max(1, len(words) // 2)]))
        sentences.append(" ".join(words[::2] + other[1::2]))
        sentences.append(phrase + " dengan tim dan klien setiap hari")
    return sentences


def test_closest_phrases_are_those_of_the_full_product() -> None:
    index = default_matcher().index
    sentences = _near_misses(index)
    found = _closest_phrases(sentences, index)
    assert found == _by_full_product(sentences, index)
    assert sum(1 for best in found if best) > len(sentences) // 4


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(default_matcher().index.phrase_texts), min_size=1, max_size=3))
def test_closest_phrases_are_those_of_the_full_product_on_mixed_phrases(
    parts: list[str],
) -> None:
    index = default_matcher().index
    words = " ".join(parts).split()
    sentences = [" ".join(words[start::3]) for start in range(3)]
    assert _closest_phrases(sentences, index) == _by_full_product(sentences, index)


def test_cosines_are_the_products_bit_for_bit_above_and_below_the_threshold() -> None:
    index = default_matcher().index
    sentences = _near_misses(index)[:300]
    words = [char_tfidf.words(sentence) for sentence in sentences]
    vectors = char_tfidf.rows(index.phrase_vectorizer, words)
    product = (vectors.matrix() @ index.phrase_columns).toarray()
    generator = np.random.default_rng(7)
    rows = generator.integers(0, len(sentences), 5000)
    phrases = generator.integers(0, len(index.phrase_owners), 5000)
    cosines, _ = _cosines(vectors, rows, phrases, index)
    np.testing.assert_array_equal(cosines, product[rows, phrases])
    assert (cosines == 0).any() and (cosines >= SIMILARITY_THRESHOLD).any()


def test_equal_cosines_go_to_the_phrase_the_product_lists_first() -> None:
    index = default_matcher().index
    owner = index.phrase_owners[0]
    twin = index.phrase_owners.index(owner, 1)
    # The twin phrase gets the first phrase's vector: every sentence ties them exactly.
    selection = sp.identity(len(index.phrase_owners), dtype=np.float32, format="lil")
    selection[:, twin] = 0
    selection[0, twin] = 1
    columns = (index.phrase_columns @ selection.tocsr()).tocsr()
    columns.sort_indices()
    tied = dataclasses.replace(
        index,
        phrase_columns=columns,
        phrase_rows=_sorted_rows(columns.T),
        phrase_bound=_phrase_bound(columns),
    )
    sentences = [index.phrase_texts[0], index.phrase_texts[0] + " dan tim", *_near_misses(index)]
    found = _closest_phrases(sentences, tied)
    assert found == _by_full_product(sentences, tied)
    assert found[0][owner][1] in (0, twin)


def test_sentence_rows_from_remembered_words_are_the_transforms() -> None:
    index = default_matcher().index
    sentences = [*_near_misses(index)[:200], "", "Go  go GO", "x"]
    expected = char_tfidf.transform(index.phrase_vectorizer, sentences)
    for _ in range(2):  # words new to the memo, then remembered ones
        vectors, words = _vectors(sentences, index)
        found = vectors.matrix()
        np.testing.assert_array_equal(found.indptr, expected.indptr)
        np.testing.assert_array_equal(found.indices, expected.indices)
        np.testing.assert_array_equal(found.data, expected.data)
    every_word = [word for sentence in sentences for word in char_tfidf.words(sentence)]
    assert len(words.rows) == len(every_word) and words.rows[-1] == len(sentences) - 1
    assert set(every_word) <= set(index.phrase_bound.words.ids)


def test_the_bound_lets_phrases_through_and_skips_unrelated_lines() -> None:
    index = default_matcher().index
    related = list(index.phrase_texts[:50])
    unrelated = ["Rina Wulandari", "S1 Teknik Informatika (2015-2019)", "rina.w@example.com"]
    texts = related + unrelated
    vectors, words = _vectors(texts, index)
    rows, phrases = _may_reach_threshold(vectors, words, index)
    assert set(rows.tolist()) == set(range(len(related)))
    assert all(((rows == row) & (phrases == row)).any() for row in range(len(related)))


def _with_small_memo(monkeypatch: pytest.MonkeyPatch, words: int) -> MatchIndex:
    """The default index with a memo of its own that holds only ``words`` words."""
    monkeypatch.setattr(similarity, "_WORDS_REMEMBERED", words)
    index = default_matcher().index
    return dataclasses.replace(index, phrase_bound=_phrase_bound(index.phrase_columns))


def test_a_full_memo_of_word_products_is_emptied_and_the_results_stay(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    index = default_matcher().index
    fresh = _with_small_memo(monkeypatch, 5)
    sentences = _near_misses(index)[:80]
    first, second = sentences[:40], sentences[40:]
    for part in (first, second, first):
        assert _closest_phrases(part, fresh) == _by_full_product(part, index)
    only_second = {w for s in second for w in char_tfidf.words(s)}
    only_second -= {w for s in first for w in char_tfidf.words(s)}
    assert only_second and not only_second & set(fresh.phrase_bound.words.ids)


def test_threads_sharing_a_small_memo_find_what_the_full_product_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    index = default_matcher().index
    # A memo emptied every few calls: numbering and clearing in one thread while another reads.
    fresh = _with_small_memo(monkeypatch, 60)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    sentences = _near_misses(index)[:120]
    parts = [sentences[start::6] for start in range(6)]
    expected = [_by_full_product(part, index) for part in parts]
    try:
        with ThreadPoolExecutor(max_workers=6) as pool:
            for _ in range(5):
                found = list(pool.map(lambda part: _closest_phrases(part, fresh), parts))
                assert found == expected
    finally:
        sys.setswitchinterval(interval)
