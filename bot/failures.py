"""Why a member's input could not be scored, as a key into the ``errors`` texts.

The matcher's exceptions carry messages for developers; members get a friendly, localised
text instead, chosen here by exception class.
"""

from __future__ import annotations

import traceback

import matcher
from bot.storage.errors import StorageError

_REASONS: tuple[tuple[type[Exception], str], ...] = (
    # the bot refuses oversize downloads itself, so the matcher's size error means the
    # document unpacks to too much (a DOCX full of media, a zip bomb)
    (matcher.DocumentTooLargeError, "inflates"),
    (matcher.UnsupportedDocumentError, "unsupported"),
    (matcher.EncryptedDocumentError, "encrypted"),
    (matcher.CorruptDocumentError, "corrupt"),
    (matcher.EmptyDocumentError, "empty_file"),
    (matcher.InputError, "too_long"),
)


class Unreadable(Exception):
    """Input the bot cannot score; ``reason`` names the text in ``errors`` that explains it."""

    def __init__(self, reason: str, filename: str | None = None) -> None:
        super().__init__(reason, filename)
        self.reason = reason
        self.filename = filename


def unreadable(error: matcher.MatcherError, filename: str | None) -> Unreadable:
    """The friendly reason for a matcher error about the input named ``filename``.

    ``filename`` is None for pasted text.
    """
    reason = next((r for cls, r in _REASONS if isinstance(error, cls)), "corrupt")
    if filename is None and reason == "empty_file":
        reason = "empty_text"
    return Unreadable(reason, filename)


def describe_bug(error: BaseException) -> str:
    """The exception class and where it was raised, for logs: exception messages can quote
    the resume or posting being read, so they are left out."""
    cause = getattr(error, "original", None) or error
    frames = traceback.extract_tb(cause.__traceback__)
    where = f" at {frames[-1].filename}:{frames[-1].lineno} in {frames[-1].name}" if frames else ""
    return f"{type(cause).__name__}{where}"


def failure_reason(error: BaseException) -> str:
    """The ``errors`` text for a failure the member can do nothing about: the job board's
    database being away, or a bug."""
    cause = getattr(error, "original", None) or error
    return "storage" if isinstance(cause, StorageError) else "internal"
