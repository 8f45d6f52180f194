"""Hostile inputs: every family gives a valid result, and the linear patterns match as before.

How long the families take at the full limit is measured by ``python -m bench adversarial``;
tests never assert on time. The pattern tests pin what the rewritten expressions and window
checks find on ordinary text.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from matcher import match
from matcher.alias_regex import _HYPHEN, _SPACE, _units, compile_alias_regex
from matcher.context import has_neighbour, same_line_window
from matcher.documents import _tidy
from matcher.reading.years import stated_years
from matcher.text import prepare, segments
from testkit.hostile_texts import FAMILIES, hostile_texts

SIZE = 20_000


def test_every_family_is_exactly_the_size_asked_and_the_same_each_time() -> None:
    first = dict(hostile_texts(997))
    assert all(len(text) == 997 for text in first.values())
    assert first == dict(hostile_texts(997))


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_match_gives_a_valid_result_on_a_hostile_text(family: str) -> None:
    text = FAMILIES[family](SIZE)
    result = match(text)
    assert 0 <= result.score <= 100
    for hit in (*result.skills, *result.negated):
        for evidence in hit.evidence:
            assert text[evidence.start : evidence.end] == evidence.snippet


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("3+ years of experience in Go", 3.0),
        ("3   years of experience", 3.0),
        ("3 -  5 years experience", 3.0),
        ("5 to 7 yrs working with APIs", 5.0),
        ("experience: 2.5 years", 2.5),
        ("pengalaman minimal 2 tahun", 2.0),
        ("minimal 2\t+ tahun pengalaman", 2.0),
        ("berpengalaman tiga tahun", 3.0),
        ("3 years at a bakery.", None),
        # The reading layer lets at most two spaces stand between a number and its unit.
        ("3" + " " * 5_000 + "years of experience", None),
        ("3" + " " * 5_000 + "x", None),
    ],
)
def test_years_pattern_reads_stated_years_as_before(text: str, years: float | None) -> None:
    stated = stated_years(text)
    assert (stated[0][0] if stated else None) == years


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("Mail: budi.santoso+cv@mail.example.co.id, Java", "budi.santoso+cv@mail.example.co.id"),
        ("see github.com/acme/java-tools now", "github.com/acme/java-tools"),
        ("https://example.com/go?x=1 Go", "https://example.com/go?x=1"),
        ("www.example.org.", "www.example.org."),
        ("--ops@example.com", "ops@example.com"),
    ],
)
def test_links_and_addresses_are_blanked_in_place(text: str, blanked: str) -> None:
    start = text.index(blanked)
    prepared = prepare(text)
    assert prepared == text[:start] + " " * len(blanked) + text[start + len(blanked) :]


@pytest.mark.parametrize("text", ["Node.js, ASP.NET, C#.", "v1.2.3 e.g. i.e.", "a@b", "x.y@z"])
def test_dotted_words_that_are_no_links_stay(text: str) -> None:
    assert prepare(text) == text


def test_nul_becomes_a_space_without_moving_offsets() -> None:
    text = "Java\x00Python\x00\x00docker\x00compose"
    assert prepare(text) == "Java Python  docker compose"
    assert {"java", "python", "docker"} <= {hit.id for hit in match(text).skills}


def test_segments_start_after_their_bullet_marks() -> None:
    text = "  - * Go and PostgreSQL\n# Redis caching\n"
    assert [(s.start, s.text) for s in segments(text)] == [
        (6, "Go and PostgreSQL"),
        (26, "Redis caching"),
    ]


def _window_by_whole_line(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    left = max(text.rfind("\n", 0, start) + 1, start - reach)
    right_break = text.find("\n", end)
    right = min(right_break if right_break != -1 else len(text), end + reach)
    return left, right


@given(
    st.text(alphabet="ab \n", max_size=120),
    st.integers(0, 120),
    st.integers(0, 10),
    st.integers(0, 70),
)
def test_same_line_window_equals_a_search_of_the_whole_line(
    text: str, start: int, length: int, reach: int
) -> None:
    start = min(start, len(text))
    end = min(start + length, len(text))
    assert same_line_window(text, start, end, reach) == _window_by_whole_line(
        text, start, end, reach
    )


@given(
    st.lists(st.integers(0, 60), max_size=20),
    st.integers(0, 60),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_neighbour_lookup_equals_a_scan_of_every_firm_hit(
    firm: list[int], left: int, right: int, start: int
) -> None:
    firm.sort()
    expected = any(left <= other < right and other != start for other in firm)
    assert has_neighbour(firm, left, right, start) == expected


@pytest.mark.parametrize(
    ("raw", "tidied"),
    [
        ("Go   \nSQL\t \n", "Go\nSQL"),
        ("a" + " " * 50_000 + "b", "a" + " " * 50_000 + "b"),
        ("a" + " " * 50_000 + "\nb", "a\nb"),
    ],
)
def test_trailing_space_is_removed_from_line_ends_only(raw: str, tidied: str) -> None:
    assert _tidy(raw) == tidied


def test_a_run_of_separators_in_an_alias_is_one_unit() -> None:
    # Each separator of "a - - b" as its own unit made the engine try every way of splitting
    # the same spaces between them: polynomial on near misses.
    assert _units("a - - b") == ["a", _SPACE, "b"]
    assert _units("docker--compose") == [*"docker", _HYPHEN, *"compose"]
    assert _units("CI / CD") == ["c", "i", _SPACE, "/", _SPACE, "c", "d"]


def test_an_alias_of_many_separators_does_not_match_a_near_miss() -> None:
    pattern = compile_alias_regex(["a - - - - - - - - b"])
    assert pattern.search("a " + " - " * 20_000 + " c") is None
    assert pattern.search("a - b") is not None
