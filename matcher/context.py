"""Whether a name found in a text stands among technology: the context rule of short names.

A short alias ("Go", "Express") or a misspelt product name ("Kuberneetes") counts only where
a technical cue word stands right next to it or another technology is named close by on the
same line; "Add/Remove Nodes" in an office manual or "Express" in a courier's name does not.
"""

from __future__ import annotations

import bisect

from matcher.index import MatchIndex

_CUE_REACH = 30  # characters either side: about three words
_NEIGHBOUR_REACH = 60  # another technology this close on the same line vouches for a name


def vouched_for(
    index: MatchIndex, text: str, other_starts: list[int], start: int, end: int
) -> bool:
    """Whether the name at ``[start, end)`` has a cue word or another technology near it.

    ``other_starts`` are the sorted starts of the technologies already found in ``text``.
    """
    left, right = same_line_window(text, start, end, _NEIGHBOUR_REACH)
    return has_neighbour(other_starts, left, right, start) or has_cue(index, text, start, end)


def same_line_window(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    # Line breaks are looked for within reach only: on one long line, a search to its ends
    # for every hit would be quadratic.
    left = max(text.rfind("\n", max(start - reach, 0), start) + 1, start - reach)
    right_break = text.find("\n", end, end + reach)
    right = min(right_break if right_break != -1 else len(text), end + reach)
    return left, right


def has_cue(index: MatchIndex, text: str, start: int, end: int) -> bool:
    left, right = same_line_window(text, start, end, _CUE_REACH)
    # Widen the window to whole words: a word cut at the edge ("apply" -> "app") is no cue.
    while left > 0 and text[left - 1].isalnum():
        left -= 1
    while right < len(text) and text[right].isalnum():
        right += 1
    return bool(
        index.tech_cue_regex.search(text[left:start])
        or index.tech_cue_regex.search(text[end:right])
    )


def has_neighbour(firm_starts: list[int], left: int, right: int, start: int) -> bool:
    """Whether a firm hit other than one at ``start`` starts in ``[left, right)``.

    Found by bisection in the sorted starts: a scan of all of them for every doubtful hit was
    quadratic in a text full of short names.
    """
    position = bisect.bisect_left(firm_starts, left)
    while position < len(firm_starts) and firm_starts[position] < right:
        if firm_starts[position] != start:
            return True
        position += 1
    return False
