"""Result models of the matcher: frozen, JSON-serialisable, documented field by field.

Their JSON schema (``MatchResult.model_json_schema()``) is the contract for pipeline users.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from matcher.reading.models import RoleId, Section, SectionKind

# "other": neither a resume nor a posting (an article, an assignment); only detected.
Kind = Literal["resume", "posting", "other"]
# What a caller may ask ``match`` for: resume or posting, or "auto" to detect any kind.
KindOption = Literal["auto", "resume", "posting"]
Language = Literal["en", "id", "mixed"]
# The reader's language: names, hints and summaries are written in it.
ReaderLanguage = Literal["en", "id"]
Seniority = Literal["intern", "junior", "mid", "senior", "lead"]
Method = Literal["alias", "fuzzy", "similarity"]
RequirementLevel = Literal["must", "nice"]


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
    section: SectionKind | None = Field(
        default=None,
        description="Kind of the document section the evidence stands in (experience, "
        "requirements, benefits...); None before the first heading or when none was read.",
    )


class SkillHit(_Frozen):
    """A competency found in the text, with every piece of evidence for it."""

    id: str = Field(description="Stable competency id from the taxonomy.")
    name: str
    category: str
    tier: str = Field(description="core | common | extra | contrast (frontend signal).")
    weight: float = Field(description="The competency's weight in the taxonomy, as listed there.")
    confidence: float = Field(ge=0, le=1, description="Strongest evidence: 1 for an exact alias.")
    evidence: tuple[Evidence, ...] = Field(min_length=1)


class Gap(_Frozen):
    """A group of the backend profile a resume does not meet, and what would meet it."""

    id: str = Field(description="Profile group id, e.g. server-framework.")
    name: str = Field(description="The group's name in the reader's language.")
    ids: tuple[str, ...] = Field(
        min_length=1,
        description="Competency ids any one of which meets the group, those that fit what the "
        "person already knows first (a PHP developer's framework is Laravel, not Spring).",
    )
    step: int = Field(description="Step of the profile's roadmap (1-11) the group belongs to.")


class NextStep(_Frozen):
    """A concrete thing to learn next, in the reader's language."""

    id: str = Field(description="The competency to learn: the best-fitting option of the group.")
    name: str
    hint: str = Field(description="What to do, from the profile group's learning hint.")
    roadmap_step: int | None = Field(
        default=None, description="Step of the seed self-study roadmap (1-11) it belongs to."
    )
    group: str | None = Field(default=None, description="The profile group (Gap.id) it meets.")


class RoleLeaning(_Frozen):
    """The role the document is about, and why."""

    id: RoleId | None = Field(
        description="backend, frontend, fullstack, mobile, data, devops, other-it or non-it; "
        "None when neither a title nor the skills support a role (and for kind other)."
    )
    shares: dict[str, float] = Field(
        description="Share of the role-telling competencies leaning to each side "
        "(backend, frontend, devops), summing to 1; empty when none was found."
    )
    signal: tuple[str, ...] = Field(
        description="What decided it: 'title: <phrase>' when a title named the role, else the "
        "strongest competency ids."
    )
    backend: float = Field(
        ge=0,
        le=1,
        description="How much the role is backend work, the factor the score is tempered by: 1 "
        "for a backend title, 0.5-0.75 for fullstack, little for other roles, 0 for non-IT; "
        "without a title, the weight of the server-side skills in all found.",
    )
    frontend: float = Field(ge=0, le=1, description="shares['frontend'], kept for old callers.")


class Experience(_Frozen):
    """Years of experience and seniority: what a resume shows or a posting asks."""

    years: float | None = Field(
        default=None,
        description="Resume: the person's own claim, else the union of dated work periods; "
        "posting: the fewest years asked ('3-5 years' is 3); None when unstated.",
    )
    seniority: Seniority | None = Field(
        default=None, description="From a title first ('Senior'), else the band the years fall in."
    )
    source: Literal["claim", "periods", "asked", "none"] = Field(
        default="none", description="Where the years came from."
    )
    evidence: tuple[Evidence, ...] = Field(
        default=(), description="The title line and the line the years were read from."
    )


class PostingRequirement(_Frozen):
    """One thing a posting asks for: any one of ``ids`` satisfies it."""

    ids: tuple[str, ...] = Field(
        min_length=1, description="Competency ids, more than one for an either-or ('Go or Java')."
    )
    level: RequirementLevel = Field(
        description="must: required; nice: stated as a plus, preferred or under a nice-to-have "
        "heading."
    )
    start: int = Field(ge=0, description="Offset of the first character of the clause.")
    end: int = Field(ge=0, description="Offset after the last character of the clause.")
    evidence: tuple[Evidence, ...] = Field(
        description="Where the clause names each of the ids, in text order."
    )


class PostingSummary(_Frozen):
    """A posting at a glance, written in the reader's language."""

    must: tuple[str, ...] = Field(description="Must-haves, one line per requirement.")
    nice: tuple[str, ...] = Field(description="Nice-to-haves, one line per requirement.")
    either_or: tuple[str, ...] = Field(
        description="The requirements with alternatives ('Go or Java'), must and nice alike."
    )
    years: float | None = Field(description="The fewest years of experience asked.")
    level: Seniority | None = Field(description="The level the posting hires for.")


class MatchResult(_Frozen):
    """How a resume or posting measures up against the backend-developer profile."""

    score: float = Field(
        ge=0,
        le=100,
        description="Fit to the backend-developer profile: category coverage tempered by how "
        "backend the document's role is, so a document about another role scores low.",
    )
    kind: Kind = Field(
        description="resume, posting or other: given by the caller or detected ('other' is "
        "neither, e.g. an article; it gets no gaps, plan or summary)."
    )
    language: Language = Field(description="The document's language.")
    lang: ReaderLanguage = Field(
        description="The reader's language, that names, hints and the summary are written in."
    )
    sections: tuple[Section, ...] = Field(
        description="The document's sections (kind, start, end, heading), in text order."
    )
    categories: dict[str, float] = Field(
        description="Per-category coverage, 0-100, keyed by category id."
    )
    skills: tuple[SkillHit, ...] = Field(description="Competencies found, strongest first.")
    context: tuple[SkillHit, ...] = Field(
        default=(),
        description="Posting only: competencies named only in the company, benefits or how-to-"
        "apply sections ('we build our apps in Flutter'): shown, but neither asked nor scored.",
    )
    missing: tuple[Gap, ...] = Field(
        description="Resume: the profile groups it does not meet, in roadmap order, each with "
        "the competencies that would meet it; empty for a posting (its requirements are the "
        "picture) and for other."
    )
    negated: tuple[SkillHit, ...] = Field(
        default=(), description="Competencies named only in a negation ('no Kubernetes')."
    )
    role: RoleLeaning
    experience: Experience
    requirements: tuple[PostingRequirement, ...] = Field(
        default=(), description="Posting only: what it asks, in the order it asks it."
    )
    summary: PostingSummary | None = Field(
        default=None, description="Posting only: must / nice / either-or, years and level."
    )
    next_steps: tuple[NextStep, ...] = Field(
        description="Resume only: one step per unmet profile group, in roadmap order, with the "
        "option that fits what the person knows; empty for a posting and for other."
    )
    taxonomy_version: str


class Requirement(_Frozen):
    """A posting's requirement group and the evidence on each side."""

    id: str = Field(
        description="The alternative the resume shows (the first one it shows), else the first."
    )
    ids: tuple[str, ...] = Field(min_length=1, description="Alternatives, any one satisfies it.")
    name: str = Field(description="Name of ``id``.")
    category: str = Field(description="Category of ``id``.")
    weight: float = Field(description="Taxonomy weight of ``id``.")
    level: RequirementLevel
    posting_evidence: tuple[Evidence, ...]
    resume_evidence: tuple[Evidence, ...] = Field(
        default=(), description="Where the resume shows any of the alternatives."
    )


class Comparison(_Frozen):
    """A resume measured against one posting's requirement groups."""

    score: float = Field(
        ge=0,
        le=100,
        description="Share of the posting's groups the resume covers (any one alternative "
        "covers a group), a must weighing four times a nice-to-have.",
    )
    covered: tuple[Requirement, ...] = Field(description="Requirements the resume shows.")
    missing_must: tuple[Requirement, ...] = Field(description="Must-haves the resume lacks.")
    missing_nice: tuple[Requirement, ...] = Field(description="Nice-to-haves the resume lacks.")
    missing: tuple[Requirement, ...] = Field(
        description="missing_must then missing_nice, kept for callers of earlier versions."
    )
    years_asked: float | None = Field(description="The fewest years the posting asks.")
    years_shown: float | None = Field(description="The years the resume shows.")
    level_asked: Seniority | None = Field(description="The level the posting hires for.")
    level_shown: Seniority | None = Field(description="The resume's level.")
    extra: tuple[SkillHit, ...] = Field(description="Resume competencies the posting doesn't ask.")
    resume: MatchResult
    posting: MatchResult


class Ranked(_Frozen):
    """One resume's place in a ranking against a posting."""

    name: str
    score: float = Field(ge=0, le=100)
    comparison: Comparison
