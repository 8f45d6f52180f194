"""Pydantic schema of the taxonomy data files.

The taxonomy is data: every competency, alias, role profile and salary figure lives in the YAML
files of ``taxonomy/data``. This module only says what a valid file looks like, so a typo in a
data file fails at load time with the file and the entry named, instead of silently matching
nothing.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Lang = Literal["en", "id"]
Tier = Literal["core", "common", "extra", "contrast"]
Category = Literal[
    "language",
    "framework",
    "database",
    "api",
    "server",
    "devops",
    "security",
    "architecture",
    "practice",
    "soft",
    "frontend",
]
SeedId = Literal["000", "001", "002", "003", "004"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Bilingual(_Frozen):
    """A short text in English and Indonesian."""

    en: str = Field(min_length=1)
    id: str = Field(min_length=1)

    def in_lang(self, lang: str) -> str:
        return self.id if lang == "id" else self.en


class AliasRule(_Frozen):
    """An alias that needs more than a word-boundary match.

    Short or common words ("go", "express", "spring", "java") name a technology only in a
    technical context; ``needs_context`` asks for a technical cue or another skill nearby, and
    ``veto`` words nearby ("island", "kopi", "snake") cancel the hit.
    """

    text: str = Field(min_length=1)
    case_sensitive: bool = False
    needs_context: bool = False
    veto: tuple[str, ...] = ()


Alias = str | AliasRule

# Aliases become one regular expression in which a space or hyphen stands for a run of them;
# separators in a row give the regex engine many ways to split the same run, which it tries
# one by one on text that almost matches. Real aliases are a few words of letters and digits.
MAX_ALIAS_CHARS = 100
MAX_ALIAS_WORDS = 10
_SEPARATORS_IN_A_ROW = re.compile(r"[\s\-]{2,}")
_WORD = re.compile(r"[^\s\-]+")


def check_alias_text(text: str) -> None:
    """Raise ValueError, saying what to change, for an alias the matcher cannot match safely."""
    stripped = text.strip()
    if len(stripped) > MAX_ALIAS_CHARS:
        raise ValueError(f"alias {text[:40]!r}... is over {MAX_ALIAS_CHARS} characters")
    if not any(char.isalnum() for char in stripped):
        raise ValueError(f"alias {text!r} has no letter or digit")
    if len(_WORD.findall(stripped)) > MAX_ALIAS_WORDS:
        raise ValueError(f"alias {text!r} has over {MAX_ALIAS_WORDS} words")
    if _SEPARATORS_IN_A_ROW.search(re.sub(r"\s+", " ", stripped)):
        raise ValueError(
            f"alias {text!r} has spaces or hyphens in a row; join words with one space or hyphen"
        )


class Aliases(_Frozen):
    """Surface forms of a competency, matched with word boundaries, case-insensitively.

    ``any`` holds language-neutral product names, ``en`` and ``id`` the phrases of each
    language, ``typos`` the misspellings real postings and CVs use.
    """

    any: tuple[Alias, ...] = ()
    en: tuple[Alias, ...] = ()
    id: tuple[Alias, ...] = ()
    typos: tuple[Alias, ...] = ()

    def all(self) -> tuple[Alias, ...]:
        return self.any + self.en + self.id + self.typos

    @model_validator(mode="after")
    def _aliases_are_matchable(self) -> Aliases:
        for alias in self.all():
            check_alias_text(alias if isinstance(alias, str) else alias.text)
        return self


class Competency(_Frozen):
    """One thing a backend developer is expected to know or do."""

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    name: str = Field(min_length=1)
    name_id: str | None = Field(default=None, description="Indonesian name where it differs.")
    category: Category
    tier: Tier
    weight: float = Field(gt=0, le=3)
    aliases: Aliases
    phrases: dict[Lang, tuple[str, ...]] = Field(
        default_factory=dict,
        description="Descriptive phrasings (paraphrases) used by the TF-IDF similarity stage.",
    )
    description: Bilingual
    learning_hint: Bilingual | None = None
    roadmap_step: int | None = Field(default=None, ge=1, le=11)
    seeds: tuple[SeedId, ...] = Field(
        description="Seed articles that name this competency; empty when it is not from them."
    )
    from_seeds: bool = True

    @model_validator(mode="after")
    def _seeds_agree(self) -> Competency:
        if self.from_seeds and not self.seeds:
            raise ValueError("from_seeds is true but no seed article is listed")
        if not self.from_seeds and self.seeds:
            raise ValueError("from_seeds is false but seed articles are listed")
        if not self.aliases.all():
            raise ValueError("a competency needs at least one alias")
        return self

    def display_name(self, lang: str) -> str:
        return self.name_id if lang == "id" and self.name_id else self.name


class SourcedFact(_Frozen):
    seeds: tuple[SeedId, ...] = Field(min_length=1)


class RoleProfile(SourcedFact):
    """A web-development role as the seeds describe it (frontend, backend, fullstack)."""

    id: Literal["backend", "frontend", "fullstack"]
    name: Bilingual
    title_terms: tuple[str, ...] = Field(
        min_length=1, description="Job-title words that name this role."
    )
    duties: Bilingual


class ExperienceLevel(SourcedFact):
    id: Literal["intern", "junior", "mid", "senior", "lead"]
    name: Bilingual
    min_years: float = Field(ge=0)
    max_years: float | None = None
    title_terms: tuple[str, ...] = ()
    salary_idr_million_month: tuple[float, float] | None = Field(
        default=None, description="Monthly salary range in millions of rupiah quoted by the seeds."
    )


class SalaryFigure(SourcedFact):
    description: Bilingual
    idr_per_month: float = Field(gt=0)


class CareerPath(SourcedFact):
    id: str
    name: Bilingual


class StudyBackground(SourcedFact):
    name: str


class RoadmapStep(SourcedFact):
    step: int = Field(ge=1, le=11)
    title: Bilingual
    competencies: tuple[str, ...] = ()


class CategoryInfo(_Frozen):
    id: Category
    name: Bilingual
    weight: float = Field(ge=0, description="Share of this category in the backend score.")


class MatchingCues(_Frozen):
    """Word lists that steer matching: technical context, negation, language detection."""

    tech_context: tuple[str, ...] = Field(
        min_length=1, description="Words that make an ambiguous alias count."
    )
    negation: dict[Lang, tuple[str, ...]] = Field(
        description="Words that, shortly before a skill in the same clause, deny it."
    )
    negation_after: tuple[str, ...] = Field(
        default=(), description="Phrases that deny a skill named just before them."
    )
    clause_breaks: tuple[str, ...] = Field(
        default=(), description="Words that end the reach of a negation ('but', 'namun')."
    )
    other_titles: tuple[str, ...] = Field(
        default=(),
        description="Job-title words of roles outside web development (DevOps, data, QA, ...).",
    )
    kind: dict[Literal["resume", "posting"], tuple[str, ...]] = Field(
        description="Words typical of a resume or of a job posting, to tell them apart."
    )
    function_words: dict[Lang, tuple[str, ...]] = Field(
        description="Frequent words that tell the language of a text."
    )


class Profile(_Frozen):
    """Everything besides the competencies: roles, levels, salaries, categories, cues."""

    version: str
    categories: tuple[CategoryInfo, ...]
    roles: tuple[RoleProfile, ...]
    levels: tuple[ExperienceLevel, ...]
    salaries: tuple[SalaryFigure, ...] = ()
    career_paths: tuple[CareerPath, ...] = ()
    study_backgrounds: tuple[StudyBackground, ...] = ()
    roadmap: tuple[RoadmapStep, ...] = ()
    cues: MatchingCues


class CompetencyFile(_Frozen):
    competencies: tuple[Competency, ...]

    @field_validator("competencies")
    @classmethod
    def _unique_ids(cls, value: tuple[Competency, ...]) -> tuple[Competency, ...]:
        seen: set[str] = set()
        for competency in value:
            if competency.id in seen:
                raise ValueError(f"duplicate competency id {competency.id!r}")
            seen.add(competency.id)
        return value
