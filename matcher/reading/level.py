"""Seniority: the level a title names, else the band the years fall in (taxonomy levels)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from matcher.reading.models import DocumentKind, Level, LevelReading, YearsReading
from taxonomy.schema import ExperienceLevel

# "Senior High School" and "SMA" are schools, "lead generation" is marketing: no level.
_NOT_A_LEVEL = re.compile(
    r"\bsenior high\b|\bjunior high\b|\bsekolah menengah\b|\blead (?:generation|time)\b",
    re.IGNORECASE,
)


# "Fresh graduates are welcome" opens a posting to beginners: it hires juniors.
_ENTRY_LEVEL = re.compile(
    r"\b(?:fresh ?graduates?|lulusan baru|fresh ?grad|entry[ -]level|no experience required"
    r"|tanpa pengalaman|tidak (?:harus|perlu) berpengalaman)\b",
    re.IGNORECASE,
)


class _Terms(NamedTuple):
    """The levels' title terms as one case-blind alternation, and each term's level in order."""

    pattern: re.Pattern[str]
    levels: tuple[tuple[Level, re.Pattern[str]], ...]


def _terms(levels: Sequence[ExperienceLevel]) -> _Terms:
    return _compiled_terms(tuple((level.id, level.title_terms) for level in levels))


# Built once per list of levels rather than once per document.
@functools.lru_cache(maxsize=16)
def _compiled_terms(terms: tuple[tuple[Level, tuple[str, ...]], ...]) -> _Terms:
    alternatives = sorted({term for _, titles in terms for term in titles}, key=len, reverse=True)
    return _Terms(
        re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(term) for term in alternatives) + r")(?![\w-])",
            re.IGNORECASE,
        ),
        tuple(
            (level, re.compile(re.escape(term), re.IGNORECASE))
            for level, titles in terms
            for term in titles
        ),
    )


def title_level(
    lines: Sequence[tuple[int, str]], levels: Sequence[ExperienceLevel]
) -> LevelReading | None:
    """The level named first in the first title line that names one."""
    terms = _terms(levels)
    for offset, line in lines:
        for found in terms.pattern.finditer(_NOT_A_LEVEL.sub(" ", line)):
            # Matched case-blind, so compared the same way: "SENİOR" casefolds with a dot.
            level = next(level for level, term in terms.levels if term.fullmatch(found.group()))
            return LevelReading(level=level, source="title", start=offset)
    return None


def years_level(years: float, levels: Sequence[ExperienceLevel]) -> LevelReading:
    """The level whose year band holds ``years``; the top level beyond every band."""
    for level in sorted(levels, key=lambda level: level.min_years):
        if level.max_years is None or years < level.max_years:
            return LevelReading(level=level.id, source="years")
    return LevelReading(level=max(levels, key=lambda level: level.min_years).id, source="years")


def read_level(
    text: str,
    titles: Sequence[tuple[int, str]],
    years: YearsReading,
    *,
    kind: DocumentKind,
    levels: Sequence[ExperienceLevel],
) -> LevelReading:
    """A resume's current level or the level a posting hires for; none for ``other``."""
    if kind == "other" or not levels:
        return LevelReading(level=None, source="none")
    found = title_level(titles, levels)
    if found is not None:
        return found
    if years.years is not None:
        by_years = years_level(years.years, levels)
        if kind == "posting" and by_years.level == "intern":
            # A posting that asks for any experience at all does not hire interns.
            return LevelReading(level="junior", source="years")
        return by_years
    if kind == "posting" and _ENTRY_LEVEL.search(text):
        return LevelReading(level="junior", source="years")
    return LevelReading(level=None, source="none")
