"""From evidence to scores: grouping hits per competency, category coverage, the overall score.

A category saturates: the first skills in it count most, so a resume with Go and PostgreSQL
is not scored as if it lacked the other ten languages and databases. The overall score is the
category coverage, weighted by the profile's category weights, tempered by how backend the
document's role is, so that a frontend CV does not pass for a backend one.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence

from matcher.evidence import Found
from matcher.index import MatchIndex
from matcher.models import Evidence, SkillHit
from matcher.reading import Section

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
    # before an offset holds it.
    starts = [section.start for section in sections]

    def in_section(item: Found) -> Evidence:
        at = bisect_right(starts, item.start) - 1
        return item.evidence(sections[at].kind if at >= 0 else None)

    skills = tuple(
        _sorted_hits(_hit(cid, items, index, in_section) for cid, items in positive.items())
    )
    negated = tuple(
        _sorted_hits(
            _hit(cid, items, index, in_section)
            for cid, items in denied.items()
            if cid not in positive
        )
    )
    return skills, negated


def _hit(
    competency_id: str,
    items: list[Found],
    index: MatchIndex,
    in_section: Callable[[Found], Evidence],
) -> SkillHit:
    competency = index.competencies[competency_id]
    # Most competencies are named once: hashing and sorting one piece of evidence is wasted.
    distinct = (
        items
        if len(items) == 1
        else sorted(set(items), key=lambda item: (item.start, item.end, item.matched))
    )
    return SkillHit(
        id=competency.id,
        name=competency.name,
        category=competency.category,
        tier=competency.tier,
        weight=competency.weight,
        confidence=max(item.similarity for item in distinct),
        evidence=tuple(in_section(item) for item in distinct),
    )


def _sorted_hits(hits: Iterable[SkillHit]) -> list[SkillHit]:
    return sorted(hits, key=lambda h: (-h.weight * h.confidence, h.id))


def category_scores(skills: tuple[SkillHit, ...], index: MatchIndex) -> dict[str, float]:
    """Coverage of each category, 0-100, saturating with the weight of what was found."""
    found_in_category: dict[str, float] = {}
    for hit in skills:
        found_in_category[hit.category] = (
            found_in_category.get(hit.category, 0) + hit.weight * hit.confidence
        )
    scores: dict[str, float] = {}
    for info in index.taxonomy.profile.categories:
        members = index.category_members[info.id]
        target = max(
            _MIN_CATEGORY_TARGET,
            _CATEGORY_TARGET_SHARE * sum(c.weight for c in members if c.tier in ("core", "common")),
        )
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
