"""Misspelled product names ("Kubernetess", "Postgress", "Javascrip"), by character n-grams.

Only words that no alias matched and that start like a known product name are compared, so the
TF-IDF transform runs on a handful of words, not on the whole text.
"""

from __future__ import annotations

import re

from matcher import char_tfidf
from matcher.alias_regex import alias_key
from matcher.aliases import Found
from matcher.index import MatchIndex
from matcher.models import Evidence

TYPO_THRESHOLD = 0.72
_CANDIDATE = re.compile(r"(?<![\w.#+])[^\W\d_][\w]{4,24}(?![\w#+])")


def find_typo_evidence(
    text: str, prepared: str, index: MatchIndex, taken: list[tuple[int, int]]
) -> list[Found]:
    """Evidence for words within character n-gram cosine ``TYPO_THRESHOLD`` of a product name.

    ``taken`` holds the spans already explained by exact aliases; words inside them are skipped.
    """
    candidates: dict[str, list[tuple[int, int]]] = {}
    for token in _CANDIDATE.finditer(prepared):
        folded = token.group().casefold()
        if folded[:3] not in index.typo_prefixes or alias_key(folded) in index.aliases:
            continue
        start, end = token.span()
        if any(s < end and start < e for s, e in taken):
            continue
        candidates.setdefault(folded, []).append((start, end))
    if not candidates:
        return []

    typed = list(candidates)
    vectors = char_tfidf.transform(index.typo_vectorizer, typed)
    similarities = (vectors @ index.typo_columns).toarray()
    found: list[Found] = []
    for row, word in enumerate(typed):
        best = int(similarities[row].argmax())
        score = float(similarities[row, best])
        if score < TYPO_THRESHOLD:
            continue
        entry = index.typo_entries[best]
        for start, end in candidates[word]:
            found.append(
                Found(
                    competency_id=entry.competency_id,
                    evidence=Evidence(
                        start=start,
                        end=end,
                        snippet=text[start:end],
                        method="fuzzy",
                        matched=entry.text,
                        similarity=round(min(score, 1.0), 3),
                    ),
                )
            )
    return found
