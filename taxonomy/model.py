"""The loaded taxonomy: competencies and profile, checked for consistency, looked up by id."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from taxonomy.errors import TaxonomyError
from taxonomy.schema import CategoryInfo, Competency, Profile

if TYPE_CHECKING:
    from taxonomy.profile_groups import ProfileGroups


# (English, Indonesian) names of the roles outside the backend profile's own three.
_OTHER_ROLE_NAMES = {
    "mobile": ("Mobile developer", "Mobile developer"),
    "data": ("Data role", "Peran data"),
    "devops": ("DevOps / infrastructure", "DevOps / infrastruktur"),
    "other-it": ("Other IT role", "Peran TI lainnya"),
    "non-it": ("Not an IT role", "Bukan peran TI"),
}


class Taxonomy(BaseModel):
    """An immutable, validated taxonomy. Build it with :func:`taxonomy.load_taxonomy`."""

    model_config = ConfigDict(frozen=True)

    competencies: tuple[Competency, ...]
    profile: Profile
    source: str

    # A cached property rather than a pydantic private attribute: those are read through the
    # model's __getattr__, which costs more than the lookup itself on every display name.
    @cached_property
    def _by_id(self) -> MappingProxyType[str, Competency]:
        return MappingProxyType({c.id: c for c in self.competencies})

    @classmethod
    def build(
        cls, competencies: Iterable[Competency], profile: Profile, *, source: str
    ) -> Taxonomy:
        taxonomy = cls(competencies=tuple(competencies), profile=profile, source=source)
        taxonomy._check_references()
        return taxonomy

    def _check_references(self) -> None:
        known_categories = {c.id for c in self.profile.categories}
        for competency in self.competencies:
            if competency.category not in known_categories:
                raise TaxonomyError(
                    f"{self.source}: entry {competency.id!r}: category {competency.category!r}"
                    " is not listed in the profile's categories"
                )
        for step in self.profile.roadmap:
            for competency_id in step.competencies:
                if competency_id not in self._by_id:
                    raise TaxonomyError(
                        f"{self.source}: roadmap step {step.step} names unknown competency"
                        f" {competency_id!r}"
                    )

    @property
    def profile_groups(self) -> ProfileGroups:
        """The profile as groups of alternatives (``taxonomy/data/profile_groups.yaml``)."""
        # Imported here: the groups' loader builds on this module's loader.
        from taxonomy.profile_groups import builtin_profile_groups

        return builtin_profile_groups()

    @property
    def version(self) -> str:
        return self.profile.version

    def get(self, competency_id: str) -> Competency:
        """The competency with this id; ``KeyError`` naming the id when there is none."""
        try:
            return self._by_id[competency_id]
        except KeyError:
            raise KeyError(f"unknown competency id {competency_id!r}") from None

    def __contains__(self, competency_id: object) -> bool:
        return competency_id in self._by_id

    def category(self, category_id: str) -> CategoryInfo:
        for info in self.profile.categories:
            if info.id == category_id:
                return info
        raise KeyError(f"unknown category {category_id!r}")

    def in_category(self, category_id: str) -> tuple[Competency, ...]:
        return tuple(c for c in self.competencies if c.category == category_id)

    # Display names for the front ends. An id the taxonomy lacks (a result matched against
    # another taxonomy, a role or level added since) is shown as it is rather than failing.

    def competency_name(self, competency_id: str, lang: str, fallback: str | None = None) -> str:
        """The competency's name in ``lang``; ``fallback``, else the id, when it is unknown."""
        competency = self._by_id.get(competency_id)
        if competency is not None:
            return competency.display_name(lang)
        return competency_id if fallback is None else fallback

    def category_name(self, category_id: str, lang: str) -> str:
        """The category's name in ``lang``; the id when it is unknown."""
        info = next((c for c in self.profile.categories if c.id == category_id), None)
        return info.name.in_lang(lang) if info is not None else category_id

    def role_name(self, role_id: str, lang: str) -> str:
        """The role's name in ``lang``: the profile's web roles, the other roles a document can
        be about (mobile, data, devops, other-it, non-it); the id when it is unknown."""
        role = next((r for r in self.profile.roles if r.id == role_id), None)
        if role is not None:
            return role.name.in_lang(lang)
        names = _OTHER_ROLE_NAMES.get(role_id)
        return names[lang == "id"] if names else role_id

    def level_name(self, level_id: str, lang: str) -> str:
        """The seniority level's name in ``lang``; the id when it is unknown."""
        level = next((lv for lv in self.profile.levels if lv.id == level_id), None)
        return level.name.in_lang(lang) if level is not None else level_id
