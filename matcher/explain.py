"""Next steps: what to learn for the missing core competencies, in the reader's language."""

from __future__ import annotations

from matcher.index import MatchIndex
from matcher.models import Competence, Language, NextStep

MAX_NEXT_STEPS = 5


def next_steps(
    missing: tuple[Competence, ...], language: Language, index: MatchIndex
) -> tuple[NextStep, ...]:
    """Up to five steps, roadmap order first, each with the taxonomy's learning hint."""
    lang = "en" if language == "en" else "id"
    competencies = [index.competencies[item.id] for item in missing]
    ordered = sorted(competencies, key=lambda c: (c.roadmap_step or 99, -c.weight, c.id))
    return tuple(
        NextStep(
            id=c.id,
            name=c.display_name(lang),
            hint=(c.learning_hint or c.description).in_lang(lang),
            roadmap_step=c.roadmap_step,
        )
        for c in ordered[:MAX_NEXT_STEPS]
    )
