"""The role a result reports, and how backend that role is for the score.

The reading layer decides the role (a title first, then the skills); this stage turns it into
the result's :class:`RoleLeaning` and into the backend leaning the overall score is tempered by,
so that a frontend, data or non-IT document does not pass for a backend one.
"""

from __future__ import annotations

from matcher.models import RoleLeaning, SkillHit
from matcher.reading import RoleReading
from matcher.reading.role import skill_shares

_TITLE_CHARS = 80
# How much of a role's work is backend work. A fullstack developer builds servers half of the
# time or more; the other software roles keep a little, as far as their skills lean backend.
_FULLSTACK_LEANING = 0.75
_OTHER_ROLE_LEANING = 0.3
_SIGNAL_SKILLS = 3


def role_leaning(reading: RoleReading, skills: tuple[SkillHit, ...]) -> RoleLeaning:
    """The result's role: the reading's role and shares, with what decided it.

    The shares are the skills' even where the reading has none (a text of kind other), so the
    score of a bare list of skills still leans the way they do.
    """
    shares = reading.shares or skill_shares({hit.id: hit.category for hit in skills})
    signal: list[str] = []
    if reading.source == "title":
        signal.append(f"title: {reading.title.strip()[:_TITLE_CHARS]}")
    frontend_side = reading.role == "frontend"
    if reading.role == "fullstack":
        signal.extend(hit.id for hit in skills[:4])
    else:
        signal.extend(
            [hit.id for hit in skills if (hit.tier == "contrast") == frontend_side][:_SIGNAL_SKILLS]
        )
    return RoleLeaning(
        id=reading.role,
        shares=shares,
        signal=tuple(signal),
        backend=shares.get("backend", 0.0),
        frontend=shares.get("frontend", 0.0),
    )


def backend_leaning(role: RoleLeaning) -> float:
    """0-1: how much the document's role is backend work (1 for a backend role)."""
    if role.id == "backend":
        return 1.0
    if role.id == "fullstack":
        return _FULLSTACK_LEANING + (1 - _FULLSTACK_LEANING) * role.backend
    if role.id is None:
        return role.backend
    if role.id == "non-it":
        return 0.0
    return _OTHER_ROLE_LEANING * role.backend
