"""A scan for a pattern that reads the text only around a cheaper pattern every match holds.

Python's engine skips quickly to where a pattern that opens with plain letters or digits can
start, but tries a pattern that opens with a look-behind (a claim of years, a dated period) at
every character. When each match holds an anchor found the quick way (a unit word, a year)
at a bounded distance, searching a short window around each anchor finds the same matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def anchored_finditer(
    pattern: re.Pattern[str], anchor: re.Pattern[str], text: str, *, before: int, after: int
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, given that each of its matches holds a match of
    ``anchor`` that ``anchor.finditer(text)`` finds, starting at most ``before`` characters
    after the match starts, and ending at most ``after`` characters before it ends.

    Each window ends one character past the farthest a match could end, so that a look-ahead or
    word boundary there sees what it sees in the whole text; a look-behind sees before a window.
    Only a match that starts at or before the anchor is taken: one starting further on may run
    past the window, and is found from its own anchor.

    >>> claim, unit = re.compile(r"(?<![\\w.])\\d+ years"), re.compile("years")
    >>> text = "5 years, x6 years, 1.5 years, 12 years"
    >>> [m.group() for m in anchored_finditer(claim, unit, text, before=3, after=0)]
    ['5 years', '12 years']
    """
    done = 0
    for found in anchor.finditer(text):
        if found.start() < done:
            continue  # inside the match found last
        window_start = max(done, found.start() - before)
        match = pattern.search(text, window_start, found.end() + after + 1)
        if match is not None and match.start() <= found.start():
            done = match.end()
            yield match
