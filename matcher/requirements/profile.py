"""What a person still lacks of the backend profile, one step per unmet group.

The profile is a list of groups each met by any one competency (taxonomy/data/
profile_groups.yaml). A met group offers nothing; an unmet one offers its options, those that
fit what the person already knows first: the framework step of a PHP developer is Laravel, not
Spring, and a Go developer is never sent to learn Java, PHP or JavaScript.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import Field

from matcher.requirements.models import _Frozen
from taxonomy.profile_groups import ProfileGroup, ProfileGroups


class ProfileGap(_Frozen):
    """One unmet group of the profile and the options that would meet it, best fit first."""

    group: str = Field(description="Profile group id, e.g. server-framework.")
    step: int = Field(description="Roadmap step the group belongs to.")
    name: str
    hint: str
    options: tuple[str, ...] = Field(min_length=1, description="Competency ids, best fit first.")


def _languages(known: set[str], groups: ProfileGroups) -> set[str]:
    """Languages a person shows, by name or through a framework written in one."""
    named = known & set(groups.ecosystems)
    # A framework belongs to the first language listing it, as in groups.language_of; one pass
    # over the ecosystems, since a text names dozens of competencies and most are no framework.
    language_of: dict[str, str] = {}
    for language, frameworks in groups.ecosystems.items():
        for framework in frameworks:
            language_of.setdefault(framework, language)
    return named | {language_of[c] for c in known if c in language_of}


def _options(group: ProfileGroup, languages: set[str], groups: ProfileGroups) -> tuple[str, ...]:
    if group.follows is None or not languages:
        return group.ids
    fitting = {fw for language in languages for fw in groups.ecosystems.get(language, ())}
    return tuple(competency_id for competency_id in group.ids if competency_id in fitting)


def profile_gaps(
    found_ids: Iterable[str], groups: ProfileGroups, *, lang: str = "en"
) -> tuple[ProfileGap, ...]:
    """The profile groups ``found_ids`` leave unmet, in roadmap order.

    >>> from taxonomy.profile_groups import builtin_profile_groups
    >>> gaps = profile_gaps({"php", "mysql"}, builtin_profile_groups())
    >>> next(g.options for g in gaps if g.group == "server-framework")
    ('laravel', 'codeigniter')
    """
    known = set(found_ids)
    languages = _languages(known, groups)
    gaps: list[ProfileGap] = []
    for group in groups.groups:
        if known & set(group.ids) or languages & set(group.ids):
            continue
        options = _options(group, languages, groups)
        if options:
            gaps.append(
                ProfileGap(
                    group=group.id,
                    step=group.step,
                    name=group.name.in_lang(lang),
                    hint=group.hint.in_lang(lang),
                    options=options,
                )
            )
    return tuple(gaps)
