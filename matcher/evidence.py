"""The evidence every finding stage returns: one place in a text that speaks for a competency.

The alias, typo and similarity stages each produce ``Found`` values and scoring groups them; this
module is what they share, so that no stage imports another.
"""

from __future__ import annotations

from typing import NamedTuple

from matcher.models import Method


class Found(NamedTuple):
    """One piece of evidence for one competency, before hits are grouped.

    Plain values rather than an ``Evidence``: its section is known only once hits are grouped,
    and scoring validates every hit's evidence in one call then. A tuple because a match makes
    dozens of them: it is built and hashed several times faster than a frozen dataclass.
    """

    competency_id: str
    start: int
    end: int
    snippet: str
    method: Method
    matched: str
    similarity: float
    negated: bool = False


def found_in(
    text: str,
    span: tuple[int, int],
    competency_id: str,
    method: Method,
    matched: str,
    similarity: float,
    *,
    negated: bool = False,
) -> Found:
    """Evidence for ``competency_id`` at ``span``, its snippet cut from ``text`` as written."""
    start, end = span
    return Found(competency_id, start, end, text[start:end], method, matched, similarity, negated)
