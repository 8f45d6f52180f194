"""A posting's requirements read as either-or groups with a must or nice level."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import matcher
from matcher.requirements import RequirementGroup, read_requirements


def _groups(text: str) -> set[tuple[frozenset[str], str]]:
    return {
        (frozenset(g.ids), g.level) for g in read_requirements(text, matcher.match(text).skills)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Requirements:\n- Experience with Go or Java", {(frozenset({"go", "java"}), "must")}),
        (
            "Kualifikasi:\n- Menguasai MySQL/PostgreSQL",
            {(frozenset({"mysql", "postgresql"}), "must")},
        ),
        (
            "Kualifikasi:\n- Menguasai salah satu dari Python, Go, Node.js",
            {(frozenset({"python", "go", "nodejs"}), "must")},
        ),
        (
            "Persyaratan:\n- Berpengalaman dengan AWS atau GCP",
            {(frozenset({"aws", "google-cloud"}), "must")},
        ),
        (
            "Kualifikasi:\n- Menguasai MySQL atau RDBMS lain seperti PostgreSQL",
            {(frozenset({"mysql", "postgresql"}), "must")},
        ),
        (
            "Requirements:\n- Hands-on work with one provider (e.g. AWS, Azure)",
            {(frozenset({"aws", "azure"}), "must")},
        ),
    ],
)
def test_either_or_lists_are_one_group(
    text: str, expected: set[tuple[frozenset[str], str]]
) -> None:
    assert _groups(text) == expected


def test_and_list_asks_for_each_item() -> None:
    text = "Requirements:\n- Hands-on experience with Docker and Kubernetes"
    assert _groups(text) == {(frozenset({"docker"}), "must"), (frozenset({"kubernetes"}), "must")}


def test_separate_bullets_are_separate_groups() -> None:
    text = "Requirements:\n- Strong Python skills\n- Experience with PostgreSQL"
    assert _groups(text) == {(frozenset({"python"}), "must"), (frozenset({"postgresql"}), "must")}


def test_preference_inside_either_or_keeps_the_group_a_must() -> None:
    text = "Kualifikasi:\n- Menguasai Golang (diutamakan) atau Java Spring Boot"
    assert _groups(text) == {(frozenset({"go", "java", "spring-boot"}), "must")}


def test_nice_cue_reaches_its_own_line_only() -> None:
    text = "Kualifikasi:\n- Menguasai Laravel\n- Nilai plus: GCP atau AWS\n- Paham Git"
    assert _groups(text) == {
        (frozenset({"laravel"}), "must"),
        (frozenset({"google-cloud", "aws"}), "nice"),
        (frozenset({"git"}), "must"),
    }


def test_nice_cue_reaches_its_sentence_only() -> None:
    text = (
        "You write Python services every day. Experience with Kubernetes is a plus. "
        "You test with pytest."
    )
    levels = {next(iter(ids)): level for ids, level in _groups(text) if len(ids) == 1}
    assert levels["python"] == "must"
    assert levels["kubernetes"] == "nice"


def test_cue_opening_a_list_item_reaches_what_follows_it() -> None:
    text = "- Menguasai lebih dari satu bahasa backend, diutamakan PHP"
    levels = {next(iter(ids)): level for ids, level in _groups(text)}
    assert levels["php"] == "nice"
    assert levels["server-side-logic"] == "must"


def test_bracketed_cue_marks_only_its_list_item() -> None:
    text = "Kualifikasi:\n- Menguasai PHP, Python (nilai tambah), MySQL"
    assert _groups(text) == {
        (frozenset({"php"}), "must"),
        (frozenset({"python"}), "nice"),
        (frozenset({"mysql"}), "must"),
    }


@pytest.mark.parametrize("heading", ["Nice to have:", "## Bonus points", "Nilai Plus:"])
def test_lines_under_a_nice_heading_are_nice(heading: str) -> None:
    text = f"Requirements:\n- Java\n\n{heading}\n- Docker\n- Memcached\n\nBenefits:\n- Laptop"
    assert _groups(text) == {
        (frozenset({"java"}), "must"),
        (frozenset({"docker"}), "nice"),
        (frozenset({"caching"}), "nice"),
    }


def test_a_requirements_heading_ends_the_nice_section() -> None:
    text = "Nice to have:\n- Docker\nRequirements:\n- Golang"
    assert _groups(text) == {(frozenset({"docker"}), "nice"), (frozenset({"go"}), "must")}


def test_skill_named_as_must_and_as_nice_is_a_must() -> None:
    text = "Requirements:\n- Docker\nNice to have:\n- Docker Swarm and Docker"
    assert _groups(text) == {(frozenset({"docker"}), "must")}


def test_one_of_the_following_offers_one_choice_per_kind() -> None:
    text = "Skills (one of the following):\n- PHP or Laravel\n- Java\n- MySQL\n- PostgreSQL\n"
    groups = _groups(text)
    assert (frozenset({"php", "java"}), "must") in groups
    assert (frozenset({"mysql", "postgresql"}), "must") in groups


def test_benefit_lines_ask_nothing() -> None:
    text = "Requirements:\n- Golang\n\nWhat we offer:\n- AWS certification budget"
    assert _groups(text) == {(frozenset({"go"}), "must")}


def test_evidence_offsets_cover_the_clause() -> None:
    text = "Requirements:\n- Go or Java\n"
    (group,) = read_requirements(text, matcher.match(text).skills)
    assert text[group.start : group.end] == "- Go or Java"


_PIECES = st.sampled_from(
    [
        "Go",
        "Java",
        " or ",
        " atau ",
        "/",
        ", ",
        "(",
        ")",
        "(nilai tambah)",
        "a plus",
        "\n",
        "Nice to have:\n",
        "- ",
        "e.g. ",
        "salah satu",
        " ",
        "x" * 30,
        ".",
        "diutamakan",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_any_text_gives_valid_groups(pieces: list[str]) -> None:
    text = "".join(pieces)
    for group in read_requirements(text, matcher.match(text).skills):
        assert isinstance(group, RequirementGroup)
        assert 0 <= group.start <= group.end <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "Go" + " /" * 20_000 + "(" * 20_000 + "Java" + ", or" * 20_000,
        "- Golang or Java\n" * 3_000,
        "Golang, Java, nice to have PHP (nilai tambah) atau " * 1_000,
    ],
)
def test_long_hostile_postings_are_read(text: str) -> None:
    groups = read_requirements(text, matcher.match(text).skills)
    assert all(0 <= g.start <= g.end <= len(text) for g in groups)


@dataclass(frozen=True)
class _Section:
    kind: str
    start: int
    end: int


def test_sections_of_the_reading_layer_decide_the_level() -> None:
    text = "We need Golang.\nDocker would help us.\nOur office has a PostgreSQL mug."
    docker_line = text.index("Docker")
    mug_line = text.index("Our")
    sections = [
        _Section("nice_to_have", docker_line, mug_line),
        _Section("company", mug_line, len(text)),
    ]
    groups = read_requirements(text, matcher.match(text).skills, sections=sections)
    assert {(g.ids, g.level) for g in groups} == {(("go",), "must"), (("docker",), "nice")}
