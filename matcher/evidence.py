"""The evidence every finding stage returns: one place in a text that speaks for a competency.

The alias, typo and similarity stages each produce ``Found`` values and scoring groups them; this
module is what they share, so that no stage imports another.
"""

from __future__ import annotations

from dataclasses import dataclass

from matcher.models import Evidence, Method


@dataclass(frozen=True, slots=True)
class Found:
    """One piece of evidence for one competency, before hits are grouped."""

    competency_id: str
    evidence: Evidence
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
    evidence = Evidence(
        start=start,
        end=end,
        snippet=text[start:end],
        method=method,
        matched=matched,
        similarity=similarity,
    )
    return Found(competency_id=competency_id, evidence=evidence, negated=negated)
