"""What a result says beyond its findings, in the reader's language.

A resume gets the profile groups it does not meet and a learning plan through them; a posting
gets a summary of what it asks (its requirements are the picture, so no plan); other texts get
neither.
"""

from __future__ import annotations

from collections.abc import Iterable

from matcher.models import (
    Gap,
    Kind,
    Language,
    NextStep,
    PostingRequirement,
    PostingSummary,
    ReaderLanguage,
    Seniority,
)
from matcher.requirements import profile_gaps
from taxonomy import Taxonomy

_OR = {"en": " or ", "id": " atau "}


def reader_language(lang: ReaderLanguage | None, language: Language) -> ReaderLanguage:
    """``lang`` when asked; else the document's: English text reads in English, Indonesian and
    mixed text (Indonesian with English technical words, as most local documents are) in
    Indonesian."""
    if lang is not None:
        return lang
    return "en" if language == "en" else "id"


def profile_plan(
    kind: Kind, found_ids: Iterable[str], lang: ReaderLanguage, taxonomy: Taxonomy
) -> tuple[tuple[Gap, ...], tuple[NextStep, ...]]:
    """(missing, next_steps): a resume's unmet profile groups and one step through each."""
    if kind != "resume":
        return (), ()
    gaps = profile_gaps(found_ids, taxonomy.profile_groups, lang=lang)
    missing = tuple(Gap(id=g.group, name=g.name, ids=g.options, step=g.step) for g in gaps)
    steps = tuple(
        NextStep(
            id=g.options[0],
            name=taxonomy.competency_name(g.options[0], lang),
            hint=g.hint,
            roadmap_step=g.step,
            group=g.group,
        )
        for g in gaps
    )
    return missing, steps


def posting_summary(
    requirements: tuple[PostingRequirement, ...],
    years: float | None,
    level: Seniority | None,
    lang: ReaderLanguage,
    taxonomy: Taxonomy,
) -> PostingSummary:
    """Must-haves, nice-to-haves and either-or groups, one line each, with years and level."""

    def line(requirement: PostingRequirement) -> str:
        return _OR[lang].join(taxonomy.competency_name(cid, lang) for cid in requirement.ids)

    return PostingSummary(
        must=tuple(line(r) for r in requirements if r.level == "must"),
        nice=tuple(line(r) for r in requirements if r.level == "nice"),
        either_or=tuple(line(r) for r in requirements if len(r.ids) > 1),
        years=years,
        level=level,
    )
