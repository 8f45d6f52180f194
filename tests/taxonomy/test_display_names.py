"""Display names the CLI and the bot show, looked up in one place, in both languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from taxonomy import builtin_taxonomy

TAXONOMY = builtin_taxonomy()


@pytest.mark.parametrize(
    ("level_id", "lang", "name"),
    [("intern", "en", "Intern"), ("intern", "id", "Magang"), ("mid", "id", "Menengah")],
)
def test_levels_are_named_in_the_asked_language(level_id: str, lang: str, name: str) -> None:
    assert TAXONOMY.level_name(level_id, lang) == name


def test_roles_are_named() -> None:
    assert TAXONOMY.role_name("backend", "id") == "Backend developer"
    assert TAXONOMY.role_name("fullstack", "en") == "Fullstack developer"


def test_categories_are_named_in_the_asked_language() -> None:
    assert TAXONOMY.category_name("language", "id") == "Bahasa pemrograman"
    assert TAXONOMY.category_name("language", "en") == "Programming languages"


def test_competencies_use_their_display_name() -> None:
    assert TAXONOMY.competency_name("go", "en") == "Go (Golang)"


@pytest.mark.parametrize(
    "lookup",
    [TAXONOMY.level_name, TAXONOMY.role_name, TAXONOMY.category_name, TAXONOMY.competency_name],
)
def test_an_unknown_id_is_shown_as_it_is(lookup: Callable[[str, str], str]) -> None:
    assert lookup("no-such-id", "id") == "no-such-id"


def test_an_unknown_competency_can_fall_back_to_the_name_in_the_result() -> None:
    assert TAXONOMY.competency_name("no-such-id", "en", "Some skill") == "Some skill"
