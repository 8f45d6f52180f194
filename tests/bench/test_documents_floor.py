"""Whole-document reading on the shared documents set must not fall below its floors.

The floors sit a little under what ``python -m bench documents`` measured; raise them when
reading improves.
"""

from __future__ import annotations

import pytest

from bench.documents import DOCUMENTS, Guess, LabelledDocument, load_documents, reading_guess
from bench.eval_data import default_data_dir

# --- floors: adjust to just under the latest measured figures --------------------------------
FLOOR_KIND = 0.97  # measured 1.00
FLOOR_ROLE = 0.82  # measured 0.85
FLOOR_YEARS = 0.88  # measured 0.93 within ±1 where labelled
FLOOR_NO_YEARS = 0.80  # measured 0.85
FLOOR_LEVEL = 0.84  # measured 0.88
# ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def guesses() -> list[tuple[LabelledDocument, Guess]]:
    data = default_data_dir()
    if not (data / DOCUMENTS).is_file():
        pytest.skip(f"{data / DOCUMENTS} is absent: the shared documents set is not here")
    return [(document, reading_guess(document)) for document in load_documents(data)]


def _share(hits: list[bool]) -> float:
    return sum(hits) / len(hits)


def test_kind_and_every_other_text(guesses: list[tuple[LabelledDocument, Guess]]) -> None:
    assert _share([g.kind == d.kind for d, g in guesses]) >= FLOOR_KIND
    assert all(g.kind == "other" for d, g in guesses if d.kind == "other")


def test_role_years_and_level(guesses: list[tuple[LabelledDocument, Guess]]) -> None:
    read = [(d, g) for d, g in guesses if d.kind != "other"]
    assert _share([g.role == d.role for d, g in read]) >= FLOOR_ROLE
    stated = [(d.years, g.years) for d, g in read if d.years is not None]
    assert _share([guess is not None and abs(guess - gold) <= 1 for gold, guess in stated]) >= (
        FLOOR_YEARS
    )
    assert _share([g.years is None for d, g in read if d.years is None]) >= FLOOR_NO_YEARS
    assert _share([g.level == d.seniority for d, g in read]) >= FLOOR_LEVEL
