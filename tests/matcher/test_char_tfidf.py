"""matcher.char_tfidf gives scikit-learn's char_wb TF-IDF vectors to the last bit."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer

from matcher import char_tfidf
from matcher.api import default_matcher

VARIED = [
    "Merancang struktur basis data dan menulis query SQL yang efisien.",
    "Membangun REST API dengan Laravel; mengelola antrean (queue) di Redis.",
    "Built CI/CD pipelines (GitHub Actions -> Kubernetes), cut deploys from 40 to 6 min.",
    "C/C++, C#, .NET 8, Node.js, ASP.NET Core, F#; e-mail: a@b.co",
    "  leading, trailing and   repeated   spaces\t\ttabs\n\nnew lines\r\n",
    "non\u00a0breaking\u2009thin\u2003em\u3000ideographic\u2028line\u2029para\x1c\x1d\x1e\x1f",
    "ΟΔΟΣ ΣΟΦΟΣ Σ ΑΣ: final sigma depends on context",
    "İstanbul DİJİTAL ǅemal ﬁle ﬀ ß ẞ",
    "naïve café résumé e\u0301 combining; 日本語のテキスト; emoji 🚀🔥 x",
    "a I x y z ab go C R",
    "pengalaman 3+ tahun, 5 thn; tidak perlu Java!!! ...",
    "",
    "   ",
    "Pyhton pemograman Intergrasi Kubernetess Postgress Javascrip",
]


def _sklearn(texts: list[str], ngrams: tuple[int, int]) -> TfidfVectorizer:
    return TfidfVectorizer(
        analyzer="char_wb", ngram_range=ngrams, sublinear_tf=True, lowercase=True, dtype=np.float32
    ).fit(texts)


def _assert_identical(ours: object, theirs: object) -> None:
    mine, reference = ours.tocsr(), theirs.tocsr()  # type: ignore[attr-defined]
    assert mine.shape == reference.shape
    assert mine.data.dtype == reference.data.dtype
    np.testing.assert_array_equal(mine.indptr, reference.indptr)
    np.testing.assert_array_equal(mine.indices, reference.indices)
    # Exact equality, not closeness: a last-bit change can move a rounded similarity.
    np.testing.assert_array_equal(mine.data, reference.data)


@pytest.mark.parametrize("ngrams", [(3, 5), (2, 4), (1, 3)])
def test_fit_matches_sklearn_fit_transform(ngrams: tuple[int, int]) -> None:
    training = [text for text in VARIED if text.strip()]
    model, rows = char_tfidf.fit(training, ngrams)
    reference = _sklearn(training, ngrams)
    assert dict(model.vocabulary) == reference.vocabulary_
    np.testing.assert_array_equal(model.idf, reference.idf_)
    _assert_identical(rows, TfidfVectorizer(**reference.get_params()).fit_transform(training))


@pytest.mark.parametrize("ngrams", [(3, 5), (2, 4)])
def test_transform_matches_sklearn_on_unseen_text(ngrams: tuple[int, int]) -> None:
    index = default_matcher().index
    training = list(index.phrase_texts)
    model, _ = char_tfidf.fit(training, ngrams)
    reference = _sklearn(training, ngrams)
    # Twice, so that the second pass runs on remembered words.
    for _ in range(2):
        _assert_identical(char_tfidf.transform(model, VARIED), reference.transform(VARIED))


def test_the_built_index_uses_sklearn_numbers_for_the_taxonomy_phrases() -> None:
    index = default_matcher().index
    reference = _sklearn(list(index.phrase_texts), (3, 5))
    rows = TfidfVectorizer(**reference.get_params()).fit_transform(index.phrase_texts)
    _assert_identical(index.phrase_columns, rows.T)


_texts = st.lists(
    st.text(
        alphabet=st.one_of(
            st.sampled_from(list(" \t\n\u00a0\u2009abcdeSΣσİıßﬁé-.,#+/()0123")),
            st.characters(codec="utf-8"),
        ),
        max_size=60,
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=60, deadline=None)
@given(training=_texts, unseen=_texts)
def test_any_text_gives_sklearn_vectors(training: list[str], unseen: list[str]) -> None:
    training = [*training, "seed words so the vocabulary is never empty"]
    model, rows = char_tfidf.fit(training, (2, 4))
    reference = _sklearn(training, (2, 4))
    _assert_identical(rows, TfidfVectorizer(**reference.get_params()).fit_transform(training))
    _assert_identical(char_tfidf.transform(model, unseen), reference.transform(unseen))
