"""Matcher errors become friendly reasons; bugs are logged without their messages."""

from __future__ import annotations

import pytest

import matcher
from bot.failures import describe_bug, unreadable


@pytest.mark.parametrize(
    ("error", "filename", "reason"),
    [
        (matcher.DocumentTooLargeError("big"), "a.docx", "inflates"),
        (matcher.UnsupportedDocumentError("png"), "a.png", "unsupported"),
        (matcher.EncryptedDocumentError("locked"), "a.pdf", "encrypted"),
        (matcher.CorruptDocumentError("bad"), "a.docx", "corrupt"),
        (matcher.EmptyDocumentError("empty"), "a.txt", "empty_file"),
        (matcher.EmptyDocumentError("empty"), None, "empty_text"),
        (matcher.InputError("too long"), "a.txt", "too_long"),
    ],
)
def test_matcher_errors_map_to_friendly_reasons(
    error: matcher.MatcherError, filename: str | None, reason: str
) -> None:
    failure = unreadable(error, filename)
    assert (failure.reason, failure.filename) == (reason, filename)


def test_bug_description_names_the_place_but_not_the_message() -> None:
    try:
        raise ValueError("Budi Santoso, budi@example.com, 0812-3456-7890")
    except ValueError as error:
        described = describe_bug(error)
    assert described.startswith("ValueError at ")
    assert "test_failures.py" in described
    assert "Budi" not in described and "0812" not in described
