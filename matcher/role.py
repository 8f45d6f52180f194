"""Role leaning (backend / frontend / fullstack) and whether a text is a resume or a posting.

The job title or CV headline is the strongest signal a text gives about its role, so it is
read first: the earliest role phrase in the first line decides ("Full Stack Java Developer" is
fullstack, "Java Developer" is backend, "DevOps Engineer" is neither). The skills found then
weigh in, frontend ones (the taxonomy's contrast tier) against the rest.
"""

from __future__ import annotations

import functools
import re
from typing import Literal

from matcher.index import MatchIndex
from matcher.models import Kind, RoleId, RoleLeaning, SkillHit

_TITLE_CHARS = 160
_TITLE_WEIGHT = 12.0  # a stated title outweighs a handful of incidental skills
_FULLSTACK_SHARE = 0.35
_SERVER_CATEGORIES = frozenset({"language", "framework"})
_ROLE_NOUN = re.compile(r"(?<!\w)(developer|engineer|programmer|dev)(?!\w)", re.IGNORECASE)

TitleRole = Literal["backend", "frontend", "fullstack", "other"]


def title_line(text: str) -> tuple[int, str]:
    """Offset and text of the first line that says something (a title or headline)."""
    for found in re.finditer(r"[^\n]+", text):
        line = found.group()
        stripped = line.strip(" #*-_|:>\t")
        if len(re.findall(r"\w", stripped)) >= 3:
            return found.start(), line[:_TITLE_CHARS]
    return 0, ""


@functools.lru_cache(maxsize=1024)
def _term_regex(term: str) -> re.Pattern[str]:
    body = re.escape(term).replace(r"\ ", r"[\s-]*")
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def _term_positions(line: str, terms: tuple[str, ...]) -> list[tuple[int, str]]:
    found = []
    for term in terms:
        hit = _term_regex(term).search(line)
        if hit:
            found.append((hit.start(), hit.group()))
    return found


def classify_title(
    text: str, skills: tuple[SkillHit, ...], index: MatchIndex
) -> tuple[TitleRole, str] | None:
    """The role the title names, with the phrase that names it; None when it names none."""
    offset, line = title_line(text)
    if not line:
        return None
    candidates: list[tuple[int, TitleRole, str]] = []
    for role in index.taxonomy.profile.roles:
        candidates += [
            (pos, role.id, phrase) for pos, phrase in _term_positions(line, role.title_terms)
        ]
    other = index.taxonomy.profile.cues.other_titles
    candidates += [(pos, "other", phrase) for pos, phrase in _term_positions(line, other)]
    # "Java Developer", "Software Engineer - Python": a server-side language in a title is a
    # backend title (the labelling rules of the evaluation data say the same).
    if _ROLE_NOUN.search(line):
        end = offset + len(line)
        for hit in skills:
            if hit.category in _SERVER_CATEGORIES and hit.tier != "contrast":
                for evidence in hit.evidence:
                    if offset <= evidence.start < end and evidence.method == "alias":
                        candidates.append((evidence.start - offset, "backend", evidence.snippet))
    if not candidates:
        return None
    _, title_role, phrase = min(candidates, key=lambda item: (item[0], item[1] == "backend"))
    return title_role, phrase.strip()


def lean_role(text: str, skills: tuple[SkillHit, ...], index: MatchIndex) -> RoleLeaning:
    """The role the text leans to: its title if it states one, weighed with its skills."""
    backend = sum(
        h.weight * h.confidence for h in skills if h.tier != "contrast" and h.category != "soft"
    )
    frontend = sum(h.weight * h.confidence for h in skills if h.tier == "contrast")
    elsewhere = 0.0
    signal: list[str] = []
    title = classify_title(text, skills, index)
    if title is not None:
        title_role, phrase = title
        signal.append(f"title: {phrase}")
        if title_role in ("backend", "fullstack"):
            backend += _TITLE_WEIGHT
        if title_role in ("frontend", "fullstack"):
            frontend += _TITLE_WEIGHT
        if title_role == "other":
            elsewhere = 2 * _TITLE_WEIGHT + backend
    total = backend + frontend + elsewhere
    backend_share = backend / total if total else 0.0
    frontend_share = frontend / total if total else 0.0
    web_total = backend + frontend
    web_frontend = frontend / web_total if web_total else 0.0
    role: RoleId
    if title is not None and title[0] != "other":
        role = title[0]
    elif _FULLSTACK_SHARE <= web_frontend <= 1 - _FULLSTACK_SHARE:
        role = "fullstack"
    else:
        role = "frontend" if web_frontend > 0.5 else "backend"
    strongest = sorted(skills, key=lambda h: (-h.weight * h.confidence, h.id))
    if role == "fullstack":
        signal.extend(h.id for h in strongest[:4])
    else:
        signal.extend(
            [h.id for h in strongest if (h.tier == "contrast") == (role == "frontend")][:3]
        )
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
