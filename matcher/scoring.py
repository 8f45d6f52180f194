"""From evidence to scores: grouping hits per competency, category coverage, the overall score.

A category saturates: the first skills in it count most, so a resume with Go and PostgreSQL
is not scored as if it lacked the other ten languages and databases. The overall score is the
category coverage, weighted by the profile's category weights, tempered by how backend the
document's role is, so that a frontend CV does not pass for a backend one.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import TypeAdapter

from matcher.evidence import Found
from matcher.index import MatchIndex
from matcher.models import SkillHit
from matcher.reading import Section
from matcher.reading.models import SectionKind

_MIN_CATEGORY_TARGET = 1.5
_CATEGORY_TARGET_SHARE = 0.4
_ROLE_FLOOR = 0.1  # a text with no backend leaning keeps this share of its coverage
# Coverage counts under a square root: a backend posting that names three skills is still a
# backend posting, so how many skills a text lists must not outweigh what role it describes.
_COVERAGE_EXPONENT = 0.5


def group_hits(
    found: Iterable[Found], index: MatchIndex, sections: Sequence[Section]
) -> tuple[tuple[SkillHit, ...], tuple[SkillHit, ...]]:
    """(skills, negated): one SkillHit per competency; negated holds those only ever denied.

    Each piece of evidence names the kind of the section of ``sections`` it stands in.
    """
    positive: dict[str, list[Found]] = {}
    denied: dict[str, list[Found]] = {}
    for item in found:
        (denied if item.negated else positive).setdefault(item.competency_id, []).append(item)
    # The sections cover the text without gaps (find_sections), so the last one starting at or
    # before an offset holds it; an offset before the first one is in none.
    starts = [section.start for section in sections]
    kinds = (None, *(section.kind for section in sections))
    skills = [_hit(cid, items, index, starts, kinds) for cid, items in positive.items()]
    negated = [
        _hit(cid, items, index, starts, kinds)
        for cid, items in denied.items()
        if cid not in positive
    ]
    return _validated_hits(skills), _validated_hits(negated)


# A hit is the fields of a SkillHit, its evidence the fields of each Evidence: validating all of a
# result's hits in one call costs a fraction of building each model on its own.
_RawHit = dict[str, Any]
_HITS: TypeAdapter[tuple[SkillHit, ...]] = TypeAdapter(tuple[SkillHit, ...])


def _hit(
    competency_id: str,
    items: list[Found],
    index: MatchIndex,
    starts: list[int],
    kinds: tuple[SectionKind | None, ...],
) -> _RawHit:
    competency = index.competencies[competency_id]
    # Most competencies are named once: hashing and sorting one piece of evidence is wasted.
    if len(items) == 1:
        distinct = items
        confidence = items[0].similarity
    else:
        distinct = sorted(set(items), key=lambda item: (item.start, item.end, item.matched))
        confidence = max([item.similarity for item in distinct])
    return {
        "id": competency.id,
        "name": competency.name,
        "category": competency.category,
        "tier": competency.tier,
        "weight": competency.weight,
        "confidence": confidence,
        "evidence": [
            {
                "start": item.start,
                "end": item.end,
                "snippet": item.snippet,
                "method": item.method,
                "matched": item.matched,
                "similarity": item.similarity,
                "section": kinds[bisect_right(starts, item.start)],
            }
            for item in distinct
        ],
    }


def _validated_hits(hits: list[_RawHit]) -> tuple[SkillHit, ...]:
    """``hits`` strongest first (ties by id), as SkillHit models."""
    hits.sort(key=lambda hit: (-hit["weight"] * hit["confidence"], hit["id"]))
    return _HITS.validate_python(hits)


def category_scores(skills: tuple[SkillHit, ...], index: MatchIndex) -> dict[str, float]:
    """Coverage of each category, 0-100, saturating with the weight of what was found."""
    found_in_category: dict[str, float] = {}
    for hit in skills:
        found_in_category[hit.category] = (
            found_in_category.get(hit.category, 0) + hit.weight * hit.confidence
        )
    scores: dict[str, float] = {}
    for info in index.taxonomy.profile.categories:
        target = max(_MIN_CATEGORY_TARGET, _CATEGORY_TARGET_SHARE * index.category_weights[info.id])
        found = found_in_category.get(info.id, 0)
        scores[info.id] = round(100 * (1 - math.exp(-found / target)), 1)
    return scores


def overall_score(categories: dict[str, float], backend_leaning: float, index: MatchIndex) -> float:
    """0-100: the weighted category coverage, tempered by ``backend_leaning`` (0-1, how much
    the document's role is backend work: ``RoleLeaning.backend``)."""
    weights: dict[str, float] = {info.id: info.weight for info in index.taxonomy.profile.categories}
    total_weight = sum(weights.values()) or 1.0
    coverage = sum(weights[c] * s for c, s in categories.items()) / total_weight
    leaning = _ROLE_FLOOR + (1 - _ROLE_FLOOR) * backend_leaning
    shown = 100 * math.pow(coverage / 100, _COVERAGE_EXPONENT)
    return round(min(100.0, shown * leaning), 1)
