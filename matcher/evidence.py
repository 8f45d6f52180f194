"""The evidence every finding stage returns: one place in a text that speaks for a competency.

The alias, typo and similarity stages each produce ``Found`` values and scoring groups them; this
module is what they share, so that no stage imports another.
"""

from __future__ import annotations

from dataclasses import dataclass

from matcher.models import Evidence, Method
from matcher.reading.models import SectionKind


@dataclass(frozen=True, slots=True)
class Found:
    """One piece of evidence for one competency, before hits are grouped.

    Plain values rather than an ``Evidence``: its section is known only once hits are grouped,
    and a model built then, once, costs less than one built here and copied with its section.
    """

    competency_id: str
    start: int
    end: int
    snippet: str
    method: Method
    matched: str
    similarity: float
    negated: bool = False

    def evidence(self, section: SectionKind | None) -> Evidence:
        """This evidence as it is reported, standing in a section of ``section``'s kind."""
        return Evidence(
            start=self.start,
            end=self.end,
            snippet=self.snippet,
            method=self.method,
            matched=self.matched,
            similarity=self.similarity,
            section=section,
        )


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
