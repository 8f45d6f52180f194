"""Years of experience and seniority as a result reports them, from the reading layer.

The reading layer finds the years (a resume's claim or dated work periods, a posting's minimum)
and the level (a title first, then the year bands); this stage adds the lines they stand on as
evidence, so a reader can see why.
"""

from __future__ import annotations

from collections.abc import Sequence

from matcher.models import Evidence, Experience
from matcher.reading import LevelReading, Section, YearsReading, section_at

_MATCHED = {"claim": "years claimed", "periods": "dated work periods", "asked": "years asked"}


def _line_evidence(text: str, sections: Sequence[Section], start: int, matched: str) -> Evidence:
    section = section_at(sections, start)
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(
        start=start,
        end=end,
        snippet=text[start:end],
        method="alias",
        matched=matched,
        similarity=1.0,
        section=section.kind if section else None,
    )


def result_experience(
    text: str, sections: Sequence[Section], years: YearsReading, level: LevelReading
) -> Experience:
    """The years and level read from ``text``, each with the line it was read from."""
    evidence = []
    if level.source == "title" and level.start is not None:
        evidence.append(_line_evidence(text, sections, level.start, "title"))
    if years.source != "none" and years.start is not None:
        line = _line_evidence(text, sections, years.start, _MATCHED[years.source])
        if line not in evidence:
            evidence.append(line)
    return Experience(
        years=years.years,
        seniority=level.level,
        source=years.source,
        evidence=tuple(sorted(evidence, key=lambda ev: ev.start)),
    )
