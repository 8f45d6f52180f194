"""The two baselines cocok is measured against, built from the same taxonomy.

keyword: the "ATS keyword scanner" - a case-insensitive substring search of each competency's
English name. Its document score is the weighted share of the backend profile found: the sum
of the taxonomy weights of the non-contrast competencies found over the sum of all of them.

tfidf-cosine: the usual "resume matcher" tutorial - a TfidfVectorizer fitted on
[profile text, document], cosine similarity x 100 as the score, competencies by the keyword
rule. The profile text is the names and descriptions (both languages) of the core competencies.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from taxonomy import Taxonomy

# "auto": the system reads what the text is, as cocok does by default
DocumentKind = Literal["auto", "resume", "posting"]


@dataclass(frozen=True)
class Prediction:
    """What a system says about one text: competency ids found and a 0-100 document score."""

    ids: frozenset[str]
    score: float


@dataclass(frozen=True)
class _Keyword:
    competency_id: str
    needle: str
    weight: float
    in_profile: bool


def _by_score(scored: list[tuple[str, float]]) -> list[tuple[str, float]]:
    return sorted(scored, key=lambda pair: -pair[1])


class KeywordBaseline:
    """Case-insensitive substring search of each competency's English name."""

    name = "keyword"

    def __init__(self, taxonomy: Taxonomy) -> None:
        self._keywords = tuple(
            _Keyword(c.id, c.name.lower(), c.weight, c.tier != "contrast")
            for c in taxonomy.competencies
        )
        self._weights = {k.competency_id: k.weight for k in self._keywords if k.in_profile}
        self._profile_weight = sum(self._weights.values())

    def find(self, text: str) -> frozenset[str]:
        lowered = text.lower()
        return frozenset(k.competency_id for k in self._keywords if k.needle in lowered)

    def profile_share(self, ids: Iterable[str]) -> float:
        found = sum(self._weights.get(competency_id, 0.0) for competency_id in ids)
        return 100 * found / self._profile_weight if self._profile_weight else 0.0

    def predict(self, text: str, kind: DocumentKind) -> Prediction:
        ids = self.find(text)
        return Prediction(ids, self.profile_share(ids))

    def rank(self, posting: str, resumes: Iterable[tuple[str, str]]) -> list[tuple[str, float]]:
        """Resumes by the weighted share of the posting's keywords they contain."""
        wanted = self.find(posting)
        total = sum(k.weight for k in self._keywords if k.competency_id in wanted)
        scored = []
        for name, text in resumes:
            held = wanted & self.find(text)
            gained = sum(k.weight for k in self._keywords if k.competency_id in held)
            scored.append((name, 100 * gained / total if total else 0.0))
        return _by_score(scored)


def tfidf_cosine(first: str, second: str) -> float:
    """Cosine x 100 of two texts under a TfidfVectorizer fitted on just these two."""
    # Imported here so that the keyword scanner's cold start does not pay for scikit-learn.
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    try:
        matrix = TfidfVectorizer().fit_transform([first, second])
    except ValueError:  # neither text has a word token: nothing in common
        return 0.0
    return float(cosine_similarity(matrix[0], matrix[1])[0, 0]) * 100


class TfidfCosineBaseline:
    """Cosine similarity to the profile text; competencies by the keyword rule."""

    name = "tfidf-cosine"

    def __init__(self, taxonomy: Taxonomy) -> None:
        self._keyword = KeywordBaseline(taxonomy)
        self.profile_text = "\n".join(
            f"{c.name}. {c.description.en} {c.description.id}"
            for c in taxonomy.competencies
            if c.tier == "core"
        )

    def predict(self, text: str, kind: DocumentKind) -> Prediction:
        return Prediction(self._keyword.find(text), tfidf_cosine(self.profile_text, text))

    def rank(self, posting: str, resumes: Iterable[tuple[str, str]]) -> list[tuple[str, float]]:
        return _by_score([(name, tfidf_cosine(posting, text)) for name, text in resumes])
