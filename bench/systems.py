"""The systems a benchmark compares: cocok itself and the two baselines, behind one interface."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

import matcher
from bench.baselines import DocumentKind, KeywordBaseline, Prediction, TfidfCosineBaseline
from taxonomy import Taxonomy


class System(Protocol):
    name: str

    def predict(self, text: str, kind: DocumentKind) -> Prediction: ...

    def rank(self, posting: str, resumes: Iterable[tuple[str, str]]) -> list[tuple[str, float]]: ...


class CocokSystem:
    """cocok's public API as a user calls it (built-in taxonomy, cached index)."""

    name = "cocok"

    def predict(self, text: str, kind: DocumentKind) -> Prediction:
        result = matcher.match(text, kind=kind)
        return Prediction(frozenset(hit.id for hit in result.skills), result.score)

    def rank(self, posting: str, resumes: Iterable[tuple[str, str]]) -> list[tuple[str, float]]:
        # The collector paused as ``cocok rank`` pauses it, so the figure is the command's.
        with matcher.collector_paused():
            ranked = matcher.rank(posting, resumes)
        return [(item.name, item.score) for item in ranked]


def build_systems(taxonomy: Taxonomy, names: Iterable[str] | None = None) -> list[System]:
    """cocok, keyword and tfidf-cosine, in that order; ``names`` keeps only some of them."""
    systems: list[System] = [
        CocokSystem(),
        KeywordBaseline(taxonomy),
        TfidfCosineBaseline(taxonomy),
    ]
    if names is None:
        return systems
    wanted = set(names)
    return [system for system in systems if system.name in wanted]
