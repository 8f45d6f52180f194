"""Years of experience and seniority, where a text states them."""

from __future__ import annotations

import functools
import re

from matcher.alias_regex import first_char_lookahead
from matcher.index import MatchIndex
from matcher.models import Evidence, Experience, Seniority

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
    "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10,
}  # fmt: skip
_NUMBER = r"(\d{1,2}(?:[.,]5)?|" + "|".join(_NUMBER_WORDS) + r")"
_UNIT = r"(?:\+\s*+)?(?:years?|yrs?|tahun|thn)"
_CONTEXT = r"(?:experience|experienced|pengalaman|berpengalaman|exp\b|bekerja|working|work)"
# "3+ years of experience", "minimal 2 tahun pengalaman", "pengalaman minimal 2 tahun",
# "at least 5 years in backend development".
# Each run of white space is possessive (\s*+): what follows it never starts with white space,
# so giving some back cannot help, and plain \s* three in a row would try every way of sharing
# a long run among them (cubic in its length).
_YEARS = re.compile(
    rf"(?:{_CONTEXT}[^.\n]{{0,40}}?)?(?<![\d.]){_NUMBER}\s*+(?:-|–|to|sampai|hingga)?\s*+"
    rf"(?:\d{{1,2}}\s*+)?\+?\s*+{_UNIT}(?:[^.\n]{{0,40}}?{_CONTEXT})?",
    re.IGNORECASE,
)


def _number(token: str) -> float:
    folded = token.casefold()
    return float(_NUMBER_WORDS.get(folded) or float(folded.replace(",", ".")))


def _stated_years(text: str) -> tuple[float, Evidence] | None:
    for found in _YEARS.finditer(text):
        has_context = re.search(_CONTEXT, found.group(), re.IGNORECASE)
        if not has_context:
            continue
        years = _number(found.group(1))
        if not 0 < years <= 40:
            continue
        start, end = found.span()
        evidence = Evidence(
            start=start,
            end=end,
            snippet=text[start:end],
            method="alias",
            matched="years of experience",
            similarity=1.0,
        )
        return years, evidence
    return None


@functools.lru_cache(maxsize=1024)
def _term_regex(term: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def _any_term_regex(terms: tuple[str, ...]) -> re.Pattern[str]:
    ahead = first_char_lookahead(term[:1] for term in terms)
    alternatives = "|".join(re.escape(term) for term in terms)
    # The look-behind first: positions inside a word fail there, before any alternative is tried.
    return re.compile(rf"(?<!\w){ahead}(?:{alternatives})", re.IGNORECASE)


def _title_level(text: str, index: MatchIndex) -> tuple[Seniority, Evidence] | None:
    head = text[:400]
    levels = index.taxonomy.profile.levels
    # Most heads name no level at all: one scan for any term starting a word rules that out
    # before every term is searched on its own with word boundaries.
    if not _any_term_regex(tuple(t for level in levels for t in level.title_terms)).search(head):
        return None
    for level in sorted(levels, key=lambda lv: -lv.min_years):
        for term in level.title_terms:
            found = _term_regex(term).search(head)
            if found:
                start, end = found.span()
                return level.id, Evidence(
                    start=start,
                    end=end,
                    snippet=text[start:end],
                    method="alias",
                    matched=term,
                    similarity=1.0,
                )
    return None


def _level_for_years(years: float, index: MatchIndex) -> Seniority:
    chosen: Seniority = "intern"
    for level in sorted(index.taxonomy.profile.levels, key=lambda lv: lv.min_years):
        if years >= level.min_years:
            chosen = level.id
    return chosen


def find_experience(text: str, index: MatchIndex) -> Experience:
    """Stated years and seniority: a title word ("Senior", "magang") wins over years."""
    stated = _stated_years(text)
    title = _title_level(text, index)
    evidence = tuple(item[1] for item in (title, stated) if item is not None)
    if title is not None:
        seniority: Seniority | None = title[0]
    elif stated is not None:
        seniority = _level_for_years(stated[0], index)
    else:
        seniority = None
    return Experience(years=stated[0] if stated else None, seniority=seniority, evidence=evidence)
