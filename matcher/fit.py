"""A posting's requirement groups in the result, and a resume measured against them.

The requirements stage reads the groups; this one attaches the evidence of each group's clause
and counts a resume's fit the way a recruiter does: any one alternative covers a group, and a
missing must costs more than a missing nice-to-have (``matcher.requirements.fit``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from matcher.models import Comparison, MatchResult, PostingRequirement, Requirement, SkillHit
from matcher.reading import Section
from matcher.requirements import read_requirements
from matcher.requirements.fit import group_score
from taxonomy import Taxonomy


def posting_requirements(
    text: str, skills: tuple[SkillHit, ...], sections: Sequence[Section]
) -> tuple[PostingRequirement, ...]:
    """The posting's requirement groups, each with the evidence its clause holds."""
    by_id = {hit.id: hit for hit in skills}
    return tuple(
        PostingRequirement(
            ids=group.ids,
            level=group.level,
            start=group.start,
            end=group.end,
            evidence=tuple(
                sorted(
                    (
                        ev
                        for cid in group.ids
                        for ev in by_id[cid].evidence
                        if group.start <= ev.start < group.end
                    ),
                    key=lambda ev: (ev.start, ev.end),
                )
            ),
        )
        for group in read_requirements(text, skills, sections=sections)
    )


def _requirement(
    wanted: PostingRequirement, held: Sequence[SkillHit], taxonomy: Taxonomy, lang: str
) -> Requirement:
    chosen = held[0].id if held else wanted.ids[0]
    known = chosen in taxonomy
    return Requirement(
        id=chosen,
        ids=wanted.ids,
        name=taxonomy.competency_name(chosen, lang),
        category=taxonomy.get(chosen).category if known else "",
        weight=taxonomy.get(chosen).weight if known else 0.0,
        level=wanted.level,
        posting_evidence=wanted.evidence,
        resume_evidence=tuple(ev for hit in held for ev in hit.evidence),
    )


def unmet_requirements(posting: MatchResult, taxonomy: Taxonomy) -> list[Requirement]:
    """Each of the posting's groups as a resume lacking it sees it, in the posting's order."""
    return [_requirement(wanted, (), taxonomy, posting.lang) for wanted in posting.requirements]


def compare_results(
    resume: MatchResult,
    posting: MatchResult,
    taxonomy: Taxonomy,
    unmet: Sequence[Requirement] | None = None,
) -> Comparison:
    """``resume`` measured against ``posting``'s requirement groups.

    ``unmet``: :func:`unmet_requirements` of ``posting``; a ranking against one posting builds
    them once and shares them, frozen, among all its resumes.
    """
    held: Mapping[str, SkillHit] = {hit.id: hit for hit in resume.skills}
    lacking = unmet if unmet is not None else unmet_requirements(posting, taxonomy)
    covered: list[Requirement] = []
    missing: list[Requirement] = []
    for wanted, unmet_one in zip(posting.requirements, lacking, strict=True):
        shown = [held[cid] for cid in wanted.ids if cid in held]
        if shown:
            covered.append(_requirement(wanted, shown, taxonomy, posting.lang))
        else:
            missing.append(unmet_one)
    asked = {cid for wanted in posting.requirements for cid in wanted.ids}
    missing_must = tuple(r for r in missing if r.level == "must")
    missing_nice = tuple(r for r in missing if r.level == "nice")
    return Comparison(
        score=group_score(posting.requirements, [r.level for r in covered]),
        covered=tuple(covered),
        missing_must=missing_must,
        missing_nice=missing_nice,
        missing=missing_must + missing_nice,
        years_asked=posting.experience.years,
        years_shown=resume.experience.years,
        level_asked=posting.experience.seniority,
        level_shown=resume.experience.seniority,
        extra=tuple(hit for hit in resume.skills if hit.id not in asked),
        resume=resume,
        posting=posting,
    )
