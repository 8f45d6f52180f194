"""segments() cuts prepared text into lines and sentences, each with its offset."""

from __future__ import annotations

import pytest

from matcher.text import segments


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Built APIs. Led a team", ["Built APIs.", "Led a team"]),
        ("Built APIs.  (Laravel) and Go", ["Built APIs.", "(Laravel) and Go"]),
        ('Done! "Quoted" next? 3 more', ["Done!", '"Quoted" next?', "3 more"]),
        ("Redis; Kafka; Docker", ["Redis;", "Kafka;", "Docker"]),
        ("e.g. lower case stays, as does v3.5 here", ["e.g. lower case stays, as does v3.5 here"]),
        ("Ends.\tTabbed Start", ["Ends.", "Tabbed Start"]),
        ("Ends.\u2003Wide Space", ["Ends.", "Wide Space"]),
        ("one line\n\nanother line\n", ["one line", "another line"]),
        ("Redis • Kafka · Docker ▪ Nginx", ["Redis", "Kafka", "Docker", "Nginx"]),
        ("Redis •Kafka", ["Redis •Kafka"]),
        ("Done.\nnext line", ["Done.", "next line"]),
        ("- a. Bc", []),
    ],
)
def test_segments_end_at_lines_sentences_and_bullets(text: str, expected: list[str]) -> None:
    found = segments(text)
    assert [piece.text for piece in found] == expected
    assert all(text[piece.start : piece.end] == piece.text for piece in found)
