"""Result models of the matcher: frozen, JSON-serialisable, documented field by field.

Their JSON schema (``MatchResult.model_json_schema()``) is the contract for pipeline users.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["resume", "posting"]
# What a caller may ask ``match`` for: one of the kinds, or "auto" to detect it.
KindOption = Literal["auto", "resume", "posting"]
Language = Literal["en", "id", "mixed"]
RoleId = Literal["backend", "frontend", "fullstack"]
Seniority = Literal["intern", "junior", "mid", "senior", "lead"]
Method = Literal["alias", "fuzzy", "similarity"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Evidence(_Frozen):
    """Where in the text a competency was found."""

    start: int = Field(ge=0, description="Character offset of the first matched character.")
    end: int = Field(ge=0, description="Offset after the last matched character.")
    snippet: str = Field(description="text[start:end], the matched words as written.")
    method: Method = Field(
        description="alias: an alias matched exactly; fuzzy: a misspelled alias (character "
        "n-gram similarity); similarity: a descriptive sentence close to the competency (TF-IDF)."
    )
    matched: str = Field(description="The alias or taxonomy phrase this evidence matched.")
    similarity: float = Field(ge=0, le=1, description="1 for exact aliases, else the cosine.")


class SkillHit(_Frozen):
    """A competency found in the text, with every piece of evidence for it."""

    id: str = Field(description="Stable competency id from the taxonomy.")
    name: str
    category: str
    tier: str = Field(description="core | common | extra | contrast (frontend signal).")
    weight: float = Field(description="The competency's weight in the taxonomy, as listed there.")
    confidence: float = Field(ge=0, le=1, description="Strongest evidence: 1 for an exact alias.")
    evidence: tuple[Evidence, ...] = Field(min_length=1)


class Competence(_Frozen):
    """A competency named without evidence (missing ones, or requirements)."""

    id: str
    name: str
    category: str
    tier: str
    weight: float


class NextStep(_Frozen):
    """A concrete thing to learn next, in the language of the text."""

    id: str = Field(description="The missing competency this step covers.")
    name: str
    hint: str = Field(description="What to do, from the taxonomy's learning hints.")
    roadmap_step: int | None = Field(
        default=None, description="Step of the seed self-study roadmap (1-11) it belongs to."
    )


class RoleLeaning(_Frozen):
    """Which web-development role the text leans to, and why."""

    role: RoleId
    backend: float = Field(ge=0, le=1, description="Share of backend signal.")
    frontend: float = Field(ge=0, le=1, description="Share of frontend signal.")
    signal: tuple[str, ...] = Field(
        description="What decided it: a job-title phrase and/or the strongest competency ids."
    )


class Experience(_Frozen):
    """Years of experience and seniority, where the text states them."""

    years: float | None = Field(default=None, description="Stated years, e.g. 3 for '3+ years'.")
    seniority: Seniority | None = None
    evidence: tuple[Evidence, ...] = ()


class MatchResult(_Frozen):
    """How a resume or posting measures up against the backend-developer profile."""

    score: float = Field(ge=0, le=100, description="Fit to the backend-developer profile.")
    kind: Kind = Field(description="What the text was taken to be (given or detected).")
    language: Language
    categories: dict[str, float] = Field(
        description="Per-category coverage, 0-100, keyed by category id."
    )
    skills: tuple[SkillHit, ...] = Field(description="Competencies found, strongest first.")
    missing: tuple[Competence, ...] = Field(description="Core competencies not found.")
    negated: tuple[SkillHit, ...] = Field(
        default=(), description="Competencies named only in a negation ('no Kubernetes')."
    )
    role: RoleLeaning
    experience: Experience
    next_steps: tuple[NextStep, ...]
    taxonomy_version: str


class Requirement(_Frozen):
    """A posting requirement and the evidence on each side."""

    id: str
    name: str
    category: str
    weight: float
    posting_evidence: tuple[Evidence, ...]
    resume_evidence: tuple[Evidence, ...] = ()


class Comparison(_Frozen):
    """A resume measured against one posting."""

    score: float = Field(ge=0, le=100, description="Weighted share of requirements covered.")
    covered: tuple[Requirement, ...] = Field(description="Requirements the resume shows.")
    missing: tuple[Requirement, ...] = Field(description="Requirements the resume lacks.")
    extra: tuple[SkillHit, ...] = Field(description="Resume competencies the posting doesn't ask.")
    resume: MatchResult
    posting: MatchResult


class Ranked(_Frozen):
    """One resume's place in a ranking against a posting."""

    name: str
    score: float = Field(ge=0, le=100)
    comparison: Comparison
