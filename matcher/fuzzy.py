"""Misspelled product names ("Kubernetess", "Postgress", "Javascrip"), by character n-grams.

Only words that no alias matched and that start like a known product name are compared, so the
TF-IDF transform runs on a handful of words, not on the whole text. A close word counts only
among technology (:mod:`matcher.context`): "Add/Remove Nodes" in an office manual or
"memverifikasi" in an HR posting is an ordinary word that happens to look like a product. The
words of many texts are compared in one call, each distinct word once, which is what makes
ranking fast.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from matcher import char_tfidf
from matcher.alias_regex import alias_key
from matcher.context import vouched_for
from matcher.evidence import Found, found_in
from matcher.index import MatchIndex

TYPO_THRESHOLD = 0.72
_CANDIDATE = re.compile(r"(?<![\w.#+])[^\W\d_][\w]{4,24}(?![\w#+])")

Span = tuple[int, int]
_PLURAL_ENDINGS = ("", "s", "es")


def _known(word: str, index: MatchIndex) -> bool:
    """Whether the word is a known name or its plural ("Nodes" of "node"): no misspelling then,
    and the alias stage has already decided whether it counts."""
    return any(
        alias_key(word.removesuffix(ending)) in index.aliases
        for ending in _PLURAL_ENDINGS
        if word.endswith(ending)
    )


def _candidates(prepared: str, index: MatchIndex, taken: Sequence[Span]) -> dict[str, list[Span]]:
    """Unexplained words that start like a product name, with every place each occurs."""
    ordered = sorted(taken)
    starts = [start for start, _ in ordered]
    # The furthest end among the taken spans that start before each point.
    reach = list(itertools.accumulate((end for _, end in ordered), max))
    candidates: dict[str, list[Span]] = {}
    # Most words of a text ("pengalaman", "Laravel") are seen in text after text, and are no
    # misspelling: the verdict on each word as written is remembered.
    verdicts = index.typo_words
    for token in _CANDIDATE.finditer(prepared):
        word = token.group()
        folded = verdicts.get(word)
        if folded is None:
            folded = verdicts.remember(word, _may_be_misspelt(word, index))
        if not folded:
            continue
        start, end = token.span()
        starting_before_end = bisect.bisect_left(starts, end)
        if not (starting_before_end and reach[starting_before_end - 1] > start):
            candidates.setdefault(folded, []).append((start, end))
    return candidates


def _may_be_misspelt(word: str, index: MatchIndex) -> str:
    """The word folded if it starts like a product name and is no known name, else ""."""
    folded = word.casefold()
    return folded if folded[:3] in index.typo_prefixes and not _known(folded, index) else ""


def _nearest(words: list[str], index: MatchIndex) -> dict[str, tuple[int, float]]:
    """The nearest product name (typo entry) of each word, and its cosine."""
    if not words:
        return {}
    vectors = char_tfidf.transform(index.typo_vectorizer, words)
    similarities = (vectors @ index.typo_columns).toarray()
    best = similarities.argmax(axis=1)
    return {
        word: (int(best[row]), float(similarities[row, best[row]]))
        for row, word in enumerate(words)
    }


def _closest(words: list[str], index: MatchIndex) -> dict[str, tuple[int, float]]:
    """The nearest product name of each word and its cosine, for those over the threshold."""
    # The same words ("developer", "pengalaman") are candidates in text after text, so the index
    # remembers each word's nearest name.
    memo = index.typo_nearest
    known = {word: memo.get(word) for word in words}
    computed = _nearest([word for word, nearest in known.items() if nearest is None], index)
    memo.remember_all(computed)
    nearest = {word: found for word, found in known.items() if found is not None} | computed
    return {word: found for word, found in nearest.items() if found[1] >= TYPO_THRESHOLD}


def find_typo_evidence(
    texts: Sequence[str],
    prepared: Sequence[str],
    taken_per_text: Sequence[Sequence[Span]],
    index: MatchIndex,
) -> list[list[Found]]:
    """For each text, words within character n-gram cosine ``TYPO_THRESHOLD`` of a product name.

    ``taken_per_text`` holds the spans already explained by exact aliases; words inside them are
    skipped, and they vouch for a close word near them.
    """
    candidates_per_text = [
        _candidates(clean, index, taken)
        for clean, taken in zip(prepared, taken_per_text, strict=True)
    ]
    words = list(dict.fromkeys(word for found in candidates_per_text for word in found))
    closest = _closest(words, index)
    results: list[list[Found]] = []
    for text, clean, candidates, taken in zip(
        texts, prepared, candidates_per_text, taken_per_text, strict=True
    ):
        close = {word: places for word, places in candidates.items() if word in closest}
        # Misspelt names in one list vouch for each other, as named ones do.
        others = sorted([start for start, _ in taken] + [s for p in close.values() for s, _ in p])
        found: list[Found] = []
        for word, places in close.items():
            column, score = closest[word]
            entry = index.typo_entries[column]
            similarity = round(min(score, 1.0), 3)
            found += [
                found_in(text, span, entry.competency_id, "fuzzy", entry.text, similarity)
                for span in places
                if vouched_for(index, clean, others, *span)
            ]
        results.append(found)
    return results
