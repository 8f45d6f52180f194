"""The role a result reports, and how backend that role is for the score.

The reading layer decides the role (a title first, then the skills); this stage turns it into
the result's :class:`RoleLeaning` with the backend leaning the overall score is tempered by, so
that a frontend, data or non-IT document does not pass for a backend one.
"""

from __future__ import annotations

from matcher.models import RoleLeaning, SkillHit
from matcher.reading import RoleReading
from matcher.reading.role import skill_shares

_TITLE_CHARS = 80
# How much of a role's work is backend work. A fullstack developer builds servers about half
# the time, more as the skills lean to them; the other software roles keep a little, as far as
# their skills lean backend. (Fullstack higher than this lets fullstack postings outscore
# backend ones: backend-vs-rest AUC on the shared postings falls from 0.97 to 0.95 at 0.75.)
_FULLSTACK_LEANING = 0.5
_OTHER_ROLE_LEANING = 0.3
_SIGNAL_SKILLS = 3


def role_leaning(reading: RoleReading, skills: tuple[SkillHit, ...]) -> RoleLeaning:
    """The result's role: the reading's role and shares, what decided it, and the leaning.

    The shares are the skills' even where the reading has none (a text of kind other), so the
    score of a bare list of skills still leans the way they do.
    """
    shares = reading.shares or skill_shares({hit.id: hit.category for hit in skills})
    signal: list[str] = []
    if reading.source == "title":
        signal.append(f"title: {reading.title.strip()[:_TITLE_CHARS]}")
    if reading.role == "fullstack":
        signal.extend(hit.id for hit in skills[:4])
    else:
        frontend_side = reading.role == "frontend"
        signal.extend(
            [hit.id for hit in skills if (hit.tier == "contrast") == frontend_side][:_SIGNAL_SKILLS]
        )
    return RoleLeaning(
        id=reading.role,
        shares=shares,
        signal=tuple(signal),
        backend=round(_backend_leaning(reading, skills), 3),
        frontend=shares.get("frontend", 0.0),
    )


def _server_share(skills: tuple[SkillHit, ...]) -> float:
    """The weight of the server-side skills (all but the frontend ones and soft skills) in the
    weight of all of them: deployment and cloud count as server work, as backend jobs do it."""
    server = sum(h.weight * h.confidence for h in skills if h.tier != "contrast")
    server -= sum(h.weight * h.confidence for h in skills if h.category == "soft")
    browser = sum(h.weight * h.confidence for h in skills if h.tier == "contrast")
    return server / (server + browser) if server + browser > 0 else 0.0


def _backend_leaning(reading: RoleReading, skills: tuple[SkillHit, ...]) -> float:
    """0-1: how much the document's role is backend work. A title decides by its role; a
    document whose title names no side leans the way its skills' weight does."""
    if reading.source != "title":
        return _server_share(skills)
    if reading.role == "backend":
        return 1.0
    if reading.role == "fullstack":
        return _FULLSTACK_LEANING + (1 - _FULLSTACK_LEANING) * _server_share(skills) / 2
    if reading.role == "non-it":
        return 0.0
    return _OTHER_ROLE_LEANING * _server_share(skills)
