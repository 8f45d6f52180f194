"""Which language a text is written in: English, Indonesian, or a mix of both."""

from __future__ import annotations

import functools
import re

from matcher.index import MatchIndex
from matcher.models import Language

_WORD = re.compile(r"[^\W\d_]+")
# Every ASCII character but a letter, as a space: the pieces left between spaces are words of
# ASCII letters, or hold other characters too and are read with _WORD. Bytes, because their
# translate() and split() run in one step each, and a str's translate() of non-ASCII text does not.
_ASCII_NOT_LETTERS = bytes(code for code in range(128) if not chr(code).isalpha())
_ASCII_NOT_LETTERS_AS_SPACES = bytes.maketrans(_ASCII_NOT_LETTERS, b" " * len(_ASCII_NOT_LETTERS))
_MIXED_SHARE = 0.3


def detect_language(text: str, index: MatchIndex) -> Language:
    """``en``, ``id`` or ``mixed``, from counts of each language's function words.

    Indonesian CVs and postings carry English headings and product names, so a text counts as
    mixed only when the minority language holds a real share of the function words.
    """
    english, indonesian = _function_words(
        index.function_words.get("en", frozenset()), index.function_words.get("id", frozenset())
    )
    words = _words(text)
    counts = {
        "en": sum(map(english.__contains__, words)),
        "id": sum(map(indonesian.__contains__, words)),
    }
    total = counts["en"] + counts["id"]
    if total == 0:
        return "en"
    share_id = counts["id"] / total
    if _MIXED_SHARE <= share_id <= 1 - _MIXED_SHARE and min(counts.values()) >= 3:
        return "mixed"
    return "id" if share_id > 0.5 else "en"


def _words(text: str) -> list[bytes]:
    """The runs of letters in the case-folded text, as ``_WORD`` finds them, UTF-8 encoded."""
    folded = text.casefold().encode("utf-8", "surrogatepass")
    pieces = folded.translate(_ASCII_NOT_LETTERS_AS_SPACES).split()
    words = [piece for piece in pieces if piece.isalpha()]
    if len(words) < len(pieces):  # pieces with characters beyond ASCII
        words += [
            word.encode("utf-8", "surrogatepass")
            for piece in pieces
            if not piece.isalpha()
            for word in _WORD.findall(piece.decode("utf-8", "surrogatepass"))
        ]
    return words


# Built once per taxonomy rather than once per document.
@functools.lru_cache(maxsize=16)
def _function_words(
    english: frozenset[str], indonesian: frozenset[str]
) -> tuple[frozenset[bytes], frozenset[bytes]]:
    """(English, Indonesian) function words, encoded; a word of both lists counts Indonesian."""
    return (
        frozenset(word.encode("utf-8", "surrogatepass") for word in english - indonesian),
        frozenset(word.encode("utf-8", "surrogatepass") for word in indonesian),
    )
