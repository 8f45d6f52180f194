"""Which language a text is written in: English, Indonesian, or a mix of both."""

from __future__ import annotations

import re

from matcher.index import MatchIndex
from matcher.models import Language

_WORD = re.compile(r"[^\W\d_]+")
_MIXED_SHARE = 0.3


def detect_language(text: str, index: MatchIndex) -> Language:
    """``en``, ``id`` or ``mixed``, from counts of each language's function words.

    Indonesian CVs and postings carry English headings and product names, so a text counts as
    mixed only when the minority language holds a real share of the function words.
    """
    english = index.function_words.get("en", frozenset())
    indonesian = index.function_words.get("id", frozenset())
    counts = {"en": 0, "id": 0}
    for word in _WORD.findall(text.casefold()):
        if word in indonesian:
            counts["id"] += 1
        elif word in english:
            counts["en"] += 1
    total = counts["en"] + counts["id"]
    if total == 0:
        return "en"
    share_id = counts["id"] / total
    if _MIXED_SHARE <= share_id <= 1 - _MIXED_SHARE and min(counts.values()) >= 3:
        return "mixed"
    return "id" if share_id > 0.5 else "en"
