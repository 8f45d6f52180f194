"""How often resumes repeat one another's sentences: the honesty check of the resume generator.

A generator that fills a few templates gives the matcher the same sentences over and over, and
its caches and batches look faster than on real resumes. A sentence here is a line, or a part of
one ending in . ! or ?, of at least four words (headings and names are left out: real resumes
share those too), compared in lower case with spaces collapsed and digits kept.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

MIN_WORDS = 4
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_BULLET = re.compile(r"^[\s\-•*·–]+")


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` in comparable form."""
    found = []
    for line in text.splitlines():
        for part in _SENTENCE_END.split(_BULLET.sub("", line)):
            words = part.lower().split()
            if len(words) >= MIN_WORDS:
                found.append(" ".join(words))
    return found


def duplicate_sentence_share(texts: Iterable[str]) -> float:
    """The share of sentences that also occur elsewhere in ``texts`` (0 when there are none).

    >>> duplicate_sentence_share(["Built an API in Go.", "Built an API in Go. Led a small team."])
    0.6666666666666666
    """
    counts = Counter(sentence for text in texts for sentence in sentences(text))
    total = sum(counts.values())
    return sum(n for n in counts.values() if n > 1) / total if total else 0.0
