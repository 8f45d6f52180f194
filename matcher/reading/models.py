"""What reading a whole document finds: its kind, sections, years, level and role."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DocumentKind = Literal["resume", "posting", "other"]
SectionKind = Literal[
    "preamble",
    "contact",
    "summary",
    "experience",
    "education",
    "skills",
    "projects",
    "certifications",
    "company",
    "responsibilities",
    "requirements",
    "nice_to_have",
    "benefits",
    "how_to_apply",
    "other",
]
Level = Literal["intern", "junior", "mid", "senior", "lead"]
RoleId = Literal[
    "backend", "frontend", "fullstack", "mobile", "data", "devops", "other-it", "non-it"
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Section(_Frozen):
    """A run of the text under one heading; offsets index the original text."""

    kind: SectionKind = Field(description="What the section holds.")
    start: int = Field(ge=0, description="Offset of the section's first character (its heading).")
    end: int = Field(ge=0, description="Offset just past the section's last character.")
    heading: str = Field(default="", description="The heading as written, '' for the preamble.")


class YearsReading(_Frozen):
    """Years of experience a resume shows or a posting asks for."""

    years: float | None = Field(description="Years, rounded to one decimal; None when unstated.")
    source: Literal["claim", "periods", "asked", "none"] = Field(
        description="A stated claim, the union of dated work periods, a posting's minimum, or none."
    )
    start: int | None = Field(default=None, description="Offset of the deciding evidence.")


class LevelReading(_Frozen):
    """The seniority level and what decided it."""

    level: Level | None
    source: Literal["title", "years", "none"]
    start: int | None = Field(default=None, description="Offset of the title term, if any.")


class RoleReading(_Frozen):
    """The role the document is about and the signal that decided it."""

    role: RoleId | None = Field(description="None when nothing supports a role.")
    source: Literal["title", "skills", "none"]
    title: str = Field(default="", description="The title line the role was read from.")
    shares: dict[str, float] = Field(
        default_factory=dict, description="Share of the found competencies leaning to each role."
    )


class DocumentReading(_Frozen):
    """Everything read from one whole document."""

    kind: DocumentKind
    sections: tuple[Section, ...]
    years: YearsReading
    level: LevelReading
    role: RoleReading
