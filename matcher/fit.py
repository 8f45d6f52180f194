"""A posting's requirement groups in the result, and a resume measured against them.

The requirements stage reads the groups; this one attaches the evidence of each group's clause
and counts a resume's fit the way a recruiter does: any one alternative covers a group, and a
missing must costs more than a missing nice-to-have (``matcher.requirements.fit``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter

from matcher.models import Comparison, MatchResult, PostingRequirement, Requirement, SkillHit
from matcher.reading import Section
from matcher.requirements import requirement_groups
from matcher.requirements.fit import group_score
from taxonomy import Taxonomy


def posting_requirements(
    text: str, skills: tuple[SkillHit, ...], sections: Sequence[Section]
) -> tuple[PostingRequirement, ...]:
    """The posting's requirement groups, each with the evidence its clause holds."""
    by_id = {hit.id: hit for hit in skills}
    return _REQUIREMENTS.validate_python(
        [
            {
                "ids": group.ids,
                "level": group.level,
                "start": group.start,
                "end": group.end,
                "evidence": sorted(
                    (
                        ev
                        for cid in group.ids
                        for ev in by_id[cid].evidence
                        if group.start <= ev.start < group.end
                    ),
                    key=lambda ev: (ev.start, ev.end),
                ),
            }
            for group in requirement_groups(text, skills, sections=sections)
        ]
    )


# All of a posting's requirements are validated in one call, their evidence as the models it is.
_REQUIREMENTS: TypeAdapter[tuple[PostingRequirement, ...]] = TypeAdapter(
    tuple[PostingRequirement, ...]
)


@dataclass(frozen=True, slots=True)
class PostingAsks:
    """A posting's requirement groups as every resume measured against it sees them.

    Built once per posting: a ranking looks each alternative up in the taxonomy once, not once
    per resume. ``shown`` holds, per group and per alternative, the fields of the Requirement
    when a resume shows that alternative first, all but its resume evidence; ``unmet`` each
    group as a resume lacking it sees it.
    """

    shown: tuple[Mapping[str, Mapping[str, Any]], ...]
    unmet: tuple[Requirement, ...]
    ids: frozenset[str]


def posting_asks(posting: MatchResult, taxonomy: Taxonomy) -> PostingAsks:
    """What ``posting`` asks, ready to measure any number of resumes against."""
    shown = tuple(
        {cid: _requirement_fields(wanted, cid, taxonomy, posting.lang) for cid in wanted.ids}
        for wanted in posting.requirements
    )
    return PostingAsks(
        shown=shown,
        unmet=tuple(
            Requirement.model_validate({**fields[wanted.ids[0]], "resume_evidence": ()})
            for wanted, fields in zip(posting.requirements, shown, strict=True)
        ),
        ids=frozenset(cid for wanted in posting.requirements for cid in wanted.ids),
    )


def _requirement_fields(
    wanted: PostingRequirement, chosen: str, taxonomy: Taxonomy, lang: str
) -> dict[str, Any]:
    known = chosen in taxonomy
    return {
        "id": chosen,
        "ids": wanted.ids,
        "name": taxonomy.competency_name(chosen, lang),
        "category": taxonomy.get(chosen).category if known else "",
        "weight": taxonomy.get(chosen).weight if known else 0.0,
        "level": wanted.level,
        "posting_evidence": wanted.evidence,
    }


def compare_results(
    resume: MatchResult,
    posting: MatchResult,
    taxonomy: Taxonomy,
    asks: PostingAsks | None = None,
) -> Comparison:
    """``resume`` measured against ``posting``'s requirement groups.

    ``asks``: :func:`posting_asks` of ``posting``; a ranking against one posting builds it once
    and shares it, frozen, among all its resumes.
    """
    asks = asks if asks is not None else posting_asks(posting, taxonomy)
    held: dict[str, SkillHit] = {}
    extra: list[SkillHit] = []
    for hit in resume.skills:
        if hit.id in asks.ids:
            held[hit.id] = hit
        else:
            extra.append(hit)
    # The covered groups stay plain fields, validated with the Comparison in one call.
    covered: list[dict[str, Any]] = []
    missing: list[Requirement] = []
    for wanted, alternatives, unmet in zip(
        posting.requirements, asks.shown, asks.unmet, strict=True
    ):
        shown = [held[cid] for cid in wanted.ids if cid in held]
        if shown:
            evidence = tuple(ev for hit in shown for ev in hit.evidence)
            covered.append({**alternatives[shown[0].id], "resume_evidence": evidence})
        else:
            missing.append(unmet)
    missing_must = tuple(r for r in missing if r.level == "must")
    missing_nice = tuple(r for r in missing if r.level == "nice")
    return Comparison.model_validate(
        {
            "score": group_score(posting.requirements, [r["level"] for r in covered]),
            "covered": covered,
            "missing_must": missing_must,
            "missing_nice": missing_nice,
            "missing": missing_must + missing_nice,
            "years_asked": posting.experience.years,
            "years_shown": resume.experience.years,
            "level_asked": posting.experience.seniority,
            "level_shown": resume.experience.seniority,
            "extra": extra,
            "resume": resume,
            "posting": posting,
        }
    )
