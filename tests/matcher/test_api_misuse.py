"""Calling the library with the wrong kind of argument raises InputError saying what was
expected, never an AttributeError or ValueError from deep inside."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import matcher

POSTING = "Dicari backend: Go, PostgreSQL"
MISUSES: dict[str, tuple[Callable[[], Any], str]] = {
    "match with a taxonomy name": (
        lambda: matcher.match("Golang", taxonomy="x"),  # type: ignore[arg-type]
        "taxonomy must be a Taxonomy",
    ),
    "Matcher with a taxonomy path": (
        lambda: matcher.Matcher("taxonomy.yaml"),  # type: ignore[arg-type]
        "taxonomy must be a Taxonomy",
    ),
    "rank with a one-item tuple": (
        lambda: matcher.rank(POSTING, [("a",)]),  # type: ignore[list-item]
        "(name, text) pair, not a tuple of 1",
    ),
    "rank with bare texts": (
        lambda: matcher.rank(POSTING, ["Golang"]),  # type: ignore[list-item]
        "(name, text) pair, not a str",
    ),
    "rank_postings with triples": (
        lambda: matcher.rank_postings("Golang", [("a", "b", "c")]),  # type: ignore[list-item]
        "each posting must be a (name, text) pair",
    ),
    "read_document with a NUL in the path": (
        lambda: matcher.read_document("a\0b"),
        "not a valid path",
    ),
}


@pytest.mark.parametrize("misuse", MISUSES.values(), ids=MISUSES.keys())
def test_misuse_is_an_input_error_saying_what_was_expected(
    misuse: tuple[Callable[[], Any], str],
) -> None:
    call, expected = misuse
    with pytest.raises(matcher.InputError) as raised:
        call()
    assert expected in str(raised.value)


def test_a_misshapen_resume_is_named_without_its_text() -> None:
    secret = "Budi Santoso, Jl. Merdeka 1"
    with pytest.raises(matcher.InputError) as raised:
        matcher.rank(POSTING, [(secret,)])  # type: ignore[list-item]
    assert secret not in str(raised.value)
