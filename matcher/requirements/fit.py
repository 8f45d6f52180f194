"""A resume measured against a posting's requirement groups, the way a recruiter counts.

A group is covered by any one of its competencies; a missing must costs more than a missing
nice-to-have, so a resume with every must and no extras outranks one with every extra and half
the musts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from matcher.requirements.models import Level, RequirementFit, RequirementGroup

# A nice-to-have counts a quarter of a must: enough to order resumes that meet the same musts.
LEVEL_WEIGHTS: dict[Level, float] = {"must": 1.0, "nice": 0.25}


class _Leveled(Protocol):
    @property
    def level(self) -> Level: ...


def group_score(groups: Sequence[_Leveled], covered: Iterable[Level]) -> float:
    """0-100: the weight of the covered groups' levels over the weight of all ``groups``."""
    total = sum(LEVEL_WEIGHTS[g.level] for g in groups)
    gained = sum(LEVEL_WEIGHTS[level] for level in covered)
    return round(100 * gained / total, 1) if total else 0.0


def requirement_fit(groups: Sequence[RequirementGroup], found_ids: Iterable[str]) -> RequirementFit:
    """Score 0-100 and the covered and missing groups of a posting for one resume.

    >>> from matcher.requirements import RequirementGroup
    >>> must = RequirementGroup(ids=("go", "java"), level="must", start=0, end=10)
    >>> nice = RequirementGroup(ids=("docker",), level="nice", start=11, end=20)
    >>> requirement_fit([must, nice], {"go"}).score
    80.0
    """
    held = set(found_ids)
    covered = tuple(g for g in groups if held & set(g.ids))
    missing = [g for g in groups if not held & set(g.ids)]
    return RequirementFit(
        score=group_score(groups, [g.level for g in covered]),
        covered=covered,
        missing_must=tuple(g for g in missing if g.level == "must"),
        missing_nice=tuple(g for g in missing if g.level == "nice"),
    )
