"""The built-in taxonomy: the required ids, the schema's checks, user files."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

import taxonomy
from taxonomy import TaxonomyError, load_taxonomy

SHARED = Path(
    os.environ.get("COCOK_SHARED_DIR", Path(__file__).resolve().parents[2] / ".." / "shared")
)
COMPETENCIES_TSV = SHARED / "competencies.tsv"


def _required_rows() -> list[dict[str, str]]:
    if not COMPETENCIES_TSV.exists():
        pytest.skip(f"{COMPETENCIES_TSV} is absent: the product owner's id list is not here")
    with COMPETENCIES_TSV.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_every_required_id_exists_with_its_category_tier_and_seeds() -> None:
    tax = load_taxonomy()
    problems = []
    for row in _required_rows():
        if row["id"] not in tax:
            problems.append(f"{row['id']}: missing")
            continue
        competency = tax.get(row["id"])
        if competency.category != row["category"]:
            problems.append(f"{row['id']}: category {competency.category} != {row['category']}")
        if competency.tier != row["tier"]:
            problems.append(f"{row['id']}: tier {competency.tier} != {row['tier']}")
        if sorted(competency.seeds) != sorted(row["seeds"].split()):
            problems.append(f"{row['id']}: seeds {competency.seeds} != {row['seeds']}")
    assert problems == []


def test_competencies_outside_the_seeds_are_marked_so() -> None:
    tax = load_taxonomy()
    required = {row["id"] for row in _required_rows()}
    extras = [c for c in tax.competencies if c.id not in required]
    assert extras, "real postings ask for more than the seeds name (Redis, TypeScript, ...)"
    assert all(not c.from_seeds and not c.seeds for c in extras)


def test_every_competency_has_aliases_and_descriptions_in_both_languages() -> None:
    for competency in load_taxonomy().competencies:
        assert competency.description.en and competency.description.id, competency.id
        if competency.tier == "core":
            assert competency.learning_hint is not None, f"{competency.id}: core needs a hint"


def test_indonesian_aliases_exist_for_the_concepts_the_seeds_name_in_indonesian() -> None:
    tax = load_taxonomy()
    for competency_id, phrase in [
        ("database-design", "merancang basis data"),
        ("web-security", "keamanan"),
        ("problem-solving", "pemecahan masalah"),
        ("teamwork", "kerja sama tim"),
    ]:
        aliases = [
            a if isinstance(a, str) else a.text for a in tax.get(competency_id).aliases.all()
        ]
        assert any(phrase in alias.casefold() for alias in aliases), (competency_id, phrase)


def test_profile_carries_the_seed_salary_ranges_and_roles() -> None:
    profile = load_taxonomy().profile
    levels = {level.id: level for level in profile.levels}
    assert levels["junior"].salary_idr_million_month == (8, 27)
    assert levels["senior"].salary_idr_million_month == (11, 46)
    assert {role.id for role in profile.roles} == {"backend", "frontend", "fullstack"}
    assert len(profile.roadmap) == 11


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_bad_entry_is_named_with_its_file(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "competencies:\n"
        "  - id: fastapi-plus\n"
        "    name: FastAPI Plus\n"
        "    category: framework\n"
        "    tier: sometimes\n"
        "    weight: 1\n"
        "    seeds: []\n"
        "    from_seeds: false\n"
        "    aliases: {any: [FastAPI Plus]}\n"
        "    description: {en: x, id: y}\n",
    )
    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy(path)
    message = str(caught.value)
    assert str(path) in message and "'fastapi-plus'" in message and "tier" in message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("competencies: [", "not valid YAML"),
        ("- just a list\n", "expected a mapping"),
    ],
)
def test_malformed_files_fail_with_the_file_named(
    tmp_path: Path, content: str, expected: str
) -> None:
    path = _write(tmp_path, content)
    with pytest.raises(TaxonomyError, match=expected):
        load_taxonomy(path)


def test_missing_file_is_a_taxonomy_error(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError, match="not found"):
        load_taxonomy(tmp_path / "nope.yaml")


def test_a_user_file_extends_the_builtin_taxonomy(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "competencies:\n"
        "  - id: htmx\n"
        "    name: htmx\n"
        "    category: frontend\n"
        "    tier: contrast\n"
        "    weight: 1\n"
        "    seeds: []\n"
        "    from_seeds: false\n"
        "    aliases: {any: [htmx]}\n"
        "    description: {en: Hypermedia library, id: Pustaka hypermedia}\n",
    )
    extended = load_taxonomy(path)
    assert "htmx" in extended and "postgresql" in extended
    assert "htmx" not in load_taxonomy()


def test_public_names_are_exported() -> None:
    for name in taxonomy.__all__:
        assert hasattr(taxonomy, name), name
