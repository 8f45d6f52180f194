"""Misspelt product names are found the same way whether or not their words were seen before."""

from __future__ import annotations

from matcher import fuzzy
from matcher.index import build_index
from taxonomy import builtin_taxonomy

TEXTS = [
    "Deploy ke Kuberneetes dan Elastiksearch setiap minggu.",
    "Pengalaman dengan Djangoo dan Kuberneetes; developer backend.",
    "Developer yang senang menulis dokumentasi teknis.",
    "Terraformm, Grafanna, Kuberneetes",
]


def _typos(index: object, texts: list[str]) -> list[list[tuple[str, int, int, str, float]]]:
    found = fuzzy.find_typo_evidence(texts, texts, [[] for _ in texts], index)  # type: ignore[arg-type]
    return [
        [(f.competency_id, f.start, f.end, f.matched, f.similarity) for f in per_text]
        for per_text in found
    ]


def test_remembered_words_give_the_same_evidence_as_fresh_ones() -> None:
    fresh = _typos(build_index(builtin_taxonomy()), TEXTS)
    assert {hit[0] for hit in fresh[0]} == {"kubernetes", "elasticsearch"}
    assert fresh[2] == []
    index = build_index(builtin_taxonomy())
    # Seen one by one, then all together, then again: the memo fills up in between.
    assert [_typos(index, [text])[0] for text in TEXTS] == fresh
    assert _typos(index, TEXTS) == fresh
    assert _typos(index, list(reversed(TEXTS))) == list(reversed(fresh))


def test_a_full_memo_is_emptied_and_answers_stay_the_same() -> None:
    fresh = _typos(build_index(builtin_taxonomy()), TEXTS)
    index = build_index(builtin_taxonomy())
    index.typo_nearest.limit = index.typo_words.limit = 3
    for _ in range(2):
        assert [_typos(index, [text])[0] for text in TEXTS] == fresh
        assert _typos(index, TEXTS) == fresh
        assert len(index.typo_words) <= 3
