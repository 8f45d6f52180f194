"""What ``cocok rank`` keeps of each resume while it ranks thousands: a row, not a MatchResult.

A ranked resume carries its whole comparison (evidence spans, both match results), tens of
kilobytes each; a hundred thousand of them do not fit in memory. A row holds only what the
output shows, and with ``--top N`` only the N best rows are kept at all.
"""

from __future__ import annotations

import heapq
import json
from dataclasses import dataclass

from matcher.models import Ranked


@dataclass(frozen=True)
class Row:
    """One resume's line of the ranking; ``json_fields`` is its JSON record minus file and rank."""

    name: str
    score: float
    covered: int
    missing: tuple[tuple[str, str], ...]
    json_fields: str | None

    def json_line(self, place: int) -> str:
        # Same text as json.dumps({"file": ..., "rank": ..., **fields}) of the full comparison.
        head = json.dumps({"file": self.name, "rank": place}, ensure_ascii=False)[:-1]
        rest = (self.json_fields or "{}")[1:]
        return head + (", " + rest if rest != "}" else "}")


def row_of(item: Ranked, *, with_json: bool) -> Row:
    comparison = item.comparison
    fields = None
    if with_json:
        dumped = comparison.model_dump(mode="json", exclude={"resume", "posting"})
        fields = json.dumps(dumped, ensure_ascii=False)
    return Row(
        name=item.name,
        score=item.score,
        covered=len(comparison.covered),
        missing=tuple((r.id, r.name) for r in comparison.missing),
        json_fields=fields,
    )


def batch_rows(
    ranked: list[Ranked], *, with_json: bool, top: int | None
) -> tuple[str | None, list[Row]]:
    """A batch's posting language and the rows of its best ``top``: what a worker sends back."""
    language = ranked[0].comparison.posting.language if ranked else None
    return language, [row_of(item, with_json=with_json) for item in ranked[:top]]


class Standings:
    """Rows best first, ties in arrival order; with ``keep`` only that many of the best."""

    def __init__(self, keep: int | None = None) -> None:
        self._keep = keep
        # (score, -arrival, row): the smallest is the worst, so a bounded heap drops it first.
        self._entries: list[tuple[float, int, Row]] = []
        self._arrivals = 0

    def add(self, row: Row) -> None:
        entry = (row.score, -self._arrivals, row)
        self._arrivals += 1
        if self._keep is None:
            self._entries.append(entry)
        elif len(self._entries) < self._keep:
            heapq.heappush(self._entries, entry)
        else:
            heapq.heappushpop(self._entries, entry)

    def best(self) -> list[Row]:
        return [row for _, _, row in sorted(self._entries, key=lambda e: (-e[0], -e[1]))]
