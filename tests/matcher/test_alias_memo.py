"""Alias evidence is the same whether or not the matched texts were seen before."""

from __future__ import annotations

import pytest

from matcher import aliases
from matcher.index import MatchIndex, build_index
from matcher.text import prepare
from taxonomy import builtin_taxonomy

# Case rules ("Go" the language, "GO" shouted, "go" the verb), veto and context words, and a
# name matched across a long run of spaces.
TEXTS = [
    "Go dan Golang; GO; go home, Go to market",
    "C# dan .NET, c# lama; Express.js dan express delivery",
    "Spring" + " " * 100 + "Boot dan Spring Boot, tidak pakai Java",
    "REST API, rest area, Docker Compose dan docker-compose",
    "AWS s3 dan S3 di AWS, RDS dan rds; lulusan S3 universitas",
]


def _evidence(index: MatchIndex, text: str) -> list[tuple[str, int, int, bool]]:
    found = aliases.find_alias_evidence(text, prepare(text), index)
    return [(f.competency_id, f.start, f.end, f.negated) for f in found]


def _fresh() -> list[list[tuple[str, int, int, bool]]]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(aliases, "_LONGEST_REMEMBERED", -1)  # nothing is remembered
        index = build_index(builtin_taxonomy())
        found = [_evidence(index, text) for text in TEXTS]
        assert not index.alias_hits
        return found


def test_remembered_names_give_the_same_evidence_as_fresh_ones() -> None:
    fresh = _fresh()
    assert {hit[0] for hit in fresh[0]} >= {"go"}
    index = build_index(builtin_taxonomy())
    for _ in range(2):
        assert [_evidence(index, text) for text in TEXTS] == fresh
    assert all(len(matched) <= aliases._LONGEST_REMEMBERED for matched in index.alias_hits)


def test_a_full_memo_is_emptied_and_answers_stay_the_same() -> None:
    fresh = _fresh()
    index = build_index(builtin_taxonomy())
    index.alias_hits.limit = 3
    for _ in range(2):
        assert [_evidence(index, text) for text in TEXTS] == fresh
        assert len(index.alias_hits) <= 3
