"""Role leaning (backend / frontend / fullstack) and whether a text is a resume or a posting."""

from __future__ import annotations

import re

from matcher.index import MatchIndex
from matcher.models import Kind, RoleId, RoleLeaning, SkillHit

_TITLE_SPAN = 250  # the job title or CV headline sits at the top
_TITLE_BONUS = 4.0  # a stated title outweighs a few incidental skills
_FULLSTACK_SHARE = 0.35


def _title_role(text: str, index: MatchIndex) -> tuple[RoleId, str] | None:
    head = text[:_TITLE_SPAN]
    earliest: tuple[int, RoleId, str] | None = None
    for role in index.taxonomy.profile.roles:
        for term in role.title_terms:
            found = re.search(rf"(?<!\w){re.escape(term)}(?!\w)", head, re.IGNORECASE)
            if found and (earliest is None or found.start() < earliest[0]):
                earliest = (found.start(), role.id, found.group())
    return (earliest[1], earliest[2]) if earliest else None


def lean_role(text: str, skills: tuple[SkillHit, ...], index: MatchIndex) -> RoleLeaning:
    """The role the text leans to: its title if it states one, weighed with its skills."""
    backend = sum(
        h.weight * h.confidence for h in skills if h.tier != "contrast" and h.category != "soft"
    )
    frontend = sum(h.weight * h.confidence for h in skills if h.tier == "contrast")
    signal: list[str] = []
    title = _title_role(text, index)
    if title is not None:
        role_id, phrase = title
        signal.append(f"title: {phrase}")
        if role_id in ("backend", "fullstack"):
            backend += _TITLE_BONUS
        if role_id in ("frontend", "fullstack"):
            frontend += _TITLE_BONUS
    total = backend + frontend
    backend_share = backend / total if total else 0.0
    frontend_share = frontend / total if total else 0.0
    if title is not None and title[0] == "fullstack":
        role: RoleId = "fullstack"
    elif min(backend_share, frontend_share) >= _FULLSTACK_SHARE:
        role = "fullstack"
    else:
        role = "frontend" if frontend_share > backend_share else "backend"
    strongest = sorted(skills, key=lambda h: (-h.weight * h.confidence, h.id))
    side = [h.id for h in strongest if (h.tier == "contrast") == (role == "frontend")]
    signal.extend(side[:3] if role != "fullstack" else [h.id for h in strongest[:4]])
    return RoleLeaning(
        role=role,
        backend=round(backend_share, 3),
        frontend=round(frontend_share, 3),
        signal=tuple(signal),
    )


def detect_kind(text: str, index: MatchIndex) -> Kind:
    """``posting`` or ``resume``, from the cue words typical of each; a tie reads as a resume."""
    posting = len(index.kind_cue_regex["posting"].findall(text))
    resume = len(index.kind_cue_regex["resume"].findall(text))
    return "posting" if posting > resume else "resume"
