"""Every reading function on long hostile strings: the patterns must stay linear.

No time is asserted; a pattern that backtracks would make this test run for minutes.
"""

from __future__ import annotations

import datetime

import pytest

from matcher.reading import analyze_document, classify_kind, find_sections

SIZE = 200_000
HOSTILE = [
    "3" + " " * SIZE + "x",
    "3 " * (SIZE // 2) + "tahun",
    "Jan 2020 -" * (SIZE // 10),
    "2020-" * (SIZE // 5),
    "#" * SIZE,
    "**" + "a " * (SIZE // 2),
    "minimal " * (SIZE // 8) + "2",
    ("Requirements:\n" + "- " * 50 + "\n") * (SIZE // 120),
    "a@" * (SIZE // 2),
    "+6" + "1 " * (SIZE // 2),
    "\n" * SIZE,
    "Title:" + "\t" * SIZE,
    "1/" * (SIZE // 2),
    ("with " * 20 + "\n") * (SIZE // 100),
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_gets_a_kind_and_sections(text: str) -> None:
    sections = find_sections(text)
    assert classify_kind(text, sections) in ("resume", "posting", "other")
    assert sections[-1].end == len(text)


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
@pytest.mark.parametrize("kind", ["resume", "posting"])
def test_hostile_text_is_read_as_a_document_of_each_kind(text: str, kind: str) -> None:
    reading = analyze_document(
        text,
        as_of=datetime.date(2024, 1, 1),
        kind=kind,  # type: ignore[arg-type]
        skill_categories={"go": "language"},
    )
    assert reading.kind == kind
