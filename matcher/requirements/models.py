"""Results of reading a posting's requirements and of measuring a resume against them."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Level = Literal["must", "nice"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RequirementGroup(_Frozen):
    """One thing a posting asks for: any one of ``ids`` satisfies it."""

    ids: tuple[str, ...] = Field(
        min_length=1, description="Competency ids, any one of which satisfies the requirement."
    )
    level: Level = Field(description="must: a requirement; nice: stated as a plus or preferred.")
    start: int = Field(ge=0, description="Offset of the first character of the clause.")
    end: int = Field(ge=0, description="Offset after the last character of the clause.")


class RequirementFit(_Frozen):
    """How a resume covers a posting's requirement groups, read the way a recruiter reads it."""

    score: float = Field(ge=0, le=100, description="Weighted share of groups covered.")
    covered: tuple[RequirementGroup, ...] = Field(description="Groups the resume satisfies.")
    missing_must: tuple[RequirementGroup, ...] = Field(description="Must groups not satisfied.")
    missing_nice: tuple[RequirementGroup, ...] = Field(description="Nice groups not satisfied.")
