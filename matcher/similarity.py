"""Descriptive mentions, by TF-IDF similarity of sentences to the taxonomy's phrases.

"Merancang struktur basis data" names no product, yet it is database design. Each sentence is
compared (character n-gram TF-IDF, cosine) with every descriptive phrase of every competency;
the closest phrase above the threshold becomes evidence, with its cosine as the confidence.
Sentences of many texts are transformed in one call, which is what makes ranking fast.
"""

from __future__ import annotations

from collections.abc import Sequence

from matcher.aliases import Found
from matcher.index import MatchIndex
from matcher.models import Evidence
from matcher.text import Segment

SIMILARITY_THRESHOLD = 0.5
_MAX_SEGMENT_CHARS = 600


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
    results: list[list[Found]] = [[] for _ in texts]
    if not flat:
        return results
    vectors = index.phrase_vectorizer.transform([segment.text for _, segment in flat])
    similarities = (vectors @ index.phrase_matrix.T).tocsr()
    for row, (position, segment) in enumerate(flat):
        start, end = similarities.indptr[row], similarities.indptr[row + 1]
        best: dict[str, tuple[float, int]] = {}
        for column, value in zip(
            similarities.indices[start:end], similarities.data[start:end], strict=True
        ):
            if value < SIMILARITY_THRESHOLD:
                continue
            owner = index.phrase_owners[column]
            if value > best.get(owner, (0.0, 0))[0]:
                best[owner] = (float(value), int(column))
        text = texts[position]
        for owner, (value, column) in best.items():
            results[position].append(
                Found(
                    competency_id=owner,
                    evidence=Evidence(
                        start=segment.start,
                        end=segment.end,
                        snippet=text[segment.start : segment.end],
                        method="similarity",
                        matched=index.phrase_texts[column],
                        similarity=round(min(value, 1.0), 3),
                    ),
                )
            )
    return results
