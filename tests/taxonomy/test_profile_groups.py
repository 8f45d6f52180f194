"""The profile groups data names real competencies and is checked on load."""

from __future__ import annotations

import pytest

from taxonomy import TaxonomyError, load_taxonomy
from taxonomy.profile_groups import builtin_profile_groups, parse_profile_groups


def test_every_group_and_ecosystem_names_known_competencies() -> None:
    taxonomy = load_taxonomy()
    groups = builtin_profile_groups()
    named = {i for group in groups.groups for i in group.ids}
    named |= set(groups.ecosystems) | {f for fws in groups.ecosystems.values() for f in fws}
    assert sorted(i for i in named if i not in taxonomy) == []


def test_framework_options_follow_the_language_group() -> None:
    groups = {group.id: group for group in builtin_profile_groups().groups}
    assert groups["server-framework"].follows == "server-language"
    assert builtin_profile_groups().language_of("laravel") == "php"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("version: '1'\necosystems: {}\ngroups: []", "groups"),
        (
            "version: '1'\necosystems: {}\ngroups:\n"
            "  - {id: a, step: 2, seeds: ['000'], ids: [go], name: {en: A, id: A},"
            " hint: {en: A, id: A}}\n"
            "  - {id: b, step: 1, seeds: ['000'], ids: [go], name: {en: B, id: B},"
            " hint: {en: B, id: B}}",
            "roadmap order",
        ),
        ("version: [", "not valid YAML"),
    ],
)
def test_invalid_file_is_refused_with_the_reason(text: str, message: str) -> None:
    with pytest.raises(TaxonomyError, match=message):
        parse_profile_groups(text)
