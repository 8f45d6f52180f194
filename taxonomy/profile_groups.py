"""The backend-developer profile as requirement groups, and the loader of its data file.

A group is met by any one of its competencies ("one server-side language"), so the profile can
say what a person still lacks without listing every language they do not name.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from taxonomy.loader import _describe, _read_yaml
from taxonomy.schema import Bilingual, SeedId

_SOURCE = "taxonomy/data/profile_groups.yaml"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ProfileGroup(_Frozen):
    """One step of the profile that any one of ``ids`` satisfies."""

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    step: int = Field(ge=1, le=11, description="Step of the profile's roadmap it belongs to.")
    seeds: tuple[SeedId, ...] = Field(min_length=1)
    ids: tuple[str, ...] = Field(min_length=1, description="Competencies, any one of which do.")
    follows: str | None = Field(
        default=None, description="A group whose choice orders this one's options (ecosystems)."
    )
    name: Bilingual
    hint: Bilingual


class ProfileGroups(_Frozen):
    version: str
    ecosystems: dict[str, tuple[str, ...]] = Field(
        description="Language id -> the framework ids built on it."
    )
    groups: tuple[ProfileGroup, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _references_agree(self) -> ProfileGroups:
        ids = {group.id for group in self.groups}
        if len(ids) != len(self.groups):
            raise ValueError("group ids must be unique")
        for group in self.groups:
            if group.follows is not None and group.follows not in ids:
                raise ValueError(f"group {group.id!r} follows unknown group {group.follows!r}")
        steps = [group.step for group in self.groups]
        if steps != sorted(steps):
            raise ValueError("groups must be listed in roadmap order")
        return self

    def language_of(self, framework_id: str) -> str | None:
        return next((lang for lang, fws in self.ecosystems.items() if framework_id in fws), None)


def parse_profile_groups(text: str, source: str = _SOURCE) -> ProfileGroups:
    data = _read_yaml(source, text)
    try:
        return ProfileGroups.model_validate(data)
    except ValidationError as exc:
        raise _describe(exc, data, source) from None


@lru_cache(maxsize=1)
def builtin_profile_groups() -> ProfileGroups:
    """The profile groups shipped with cocok, parsed and validated once per process.

    >>> builtin_profile_groups().groups[0].id
    'server-language'
    """
    text = (resources.files("taxonomy") / "data" / "profile_groups.yaml").read_text("utf-8")
    return parse_profile_groups(text)
