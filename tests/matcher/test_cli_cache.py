"""The command line's choice of cache folder for fitted models, and the library's lack of one."""

from __future__ import annotations

from pathlib import Path

import pytest

from matcher import Matcher
from matcher.cli.cache import CACHE_DIR_VARIABLE, cache_dir
from taxonomy import Taxonomy, builtin_taxonomy


def test_the_variable_names_the_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path / "models"))
    assert cache_dir() == tmp_path / "models"


def test_an_empty_variable_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_DIR_VARIABLE, "")
    assert cache_dir() is None


def test_without_the_variable_the_users_cache_folder_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(CACHE_DIR_VARIABLE)
    folder = cache_dir()
    assert folder is not None and folder.name == "cocok"


def _own_taxonomy() -> Taxonomy:
    builtin = builtin_taxonomy()
    first = builtin.competencies[0]
    described = first.model_copy(
        update={"description": first.description.model_copy(update={"en": "an own description"})}
    )
    return builtin.model_copy(update={"competencies": (described, *builtin.competencies[1:])})


def test_a_matcher_with_a_cache_dir_saves_its_own_taxonomys_fits_there(tmp_path: Path) -> None:
    Matcher(_own_taxonomy(), cache_dir=tmp_path / "models")
    # the typo model fits alias names, unchanged here, so only the phrase model is new
    assert len(list((tmp_path / "models").glob("tfidf-*.npz"))) == 1


def test_the_builtin_taxonomy_needs_no_cache(tmp_path: Path) -> None:
    Matcher(cache_dir=tmp_path / "models")
    assert not (tmp_path / "models").exists()


def test_the_library_ignores_the_variable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path / "models"))
    Matcher()
    assert not (tmp_path / "models").exists()
