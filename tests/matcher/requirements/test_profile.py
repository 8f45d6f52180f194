"""The profile gap offers one step per unmet group, the option that fits first."""

from __future__ import annotations

import matcher
from matcher.requirements import profile_gaps
from taxonomy.profile_groups import builtin_profile_groups

GROUPS = builtin_profile_groups()
LANGUAGES = {"php", "python", "java", "go", "nodejs", "ruby", "csharp", "javascript"}


def _gaps(text: str) -> dict[str, tuple[str, ...]]:
    found = {hit.id for hit in matcher.match(text, kind="resume").skills}
    return {gap.group: gap.options for gap in profile_gaps(found, GROUPS)}


def test_go_developer_is_not_sent_to_other_languages() -> None:
    gaps = _gaps(
        "Staff backend engineer, 9 years. Go services on PostgreSQL, gRPC, Kubernetes, "
        "unit tests, Git."
    )
    assert "server-language" not in gaps
    assert "relational-database" not in gaps
    offered = {option for options in gaps.values() for option in options}
    assert not offered & LANGUAGES
    assert gaps.get("server-framework") == ("gin",)


def test_php_developer_is_offered_php_frameworks_first() -> None:
    gaps = _gaps("Saya programmer PHP, 2 tahun membuat aplikasi dengan MySQL.")
    assert gaps["server-framework"] == ("laravel", "codeigniter")
    assert "server-language" not in gaps


def test_a_framework_shows_its_language() -> None:
    gaps = profile_gaps({"laravel"}, GROUPS)
    assert "server-language" not in {gap.group for gap in gaps}
    assert "server-framework" not in {gap.group for gap in gaps}


def test_newcomer_gets_every_option_in_roadmap_order() -> None:
    gaps = profile_gaps(set(), GROUPS, lang="id")
    assert [gap.step for gap in gaps] == sorted(gap.step for gap in gaps)
    assert gaps[0].group == "server-language"
    assert set(gaps[0].options) >= {"go", "php", "java"}
    assert gaps[0].name == "Satu bahasa sisi server"
