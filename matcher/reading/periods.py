"""Dated periods ("Jan 2021 – Sekarang", "01/2019 - 03/2020", "2018 – 2023") and their union."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from matcher.reading.alternation import by_first_letter
from matcher.reading.anchored import anchored_finditer
from matcher.text import fold_case

_MONTHS = {
    "jan": 1, "januari": 1, "january": 1, "feb": 2, "februari": 2, "february": 2, "peb": 2,
    "mar": 3, "maret": 3, "march": 3, "apr": 4, "april": 4, "mei": 5, "may": 5, "jun": 6,
    "juni": 6, "june": 6, "jul": 7, "juli": 7, "july": 7, "agu": 8, "agt": 8, "ags": 8, "aug": 8,
    "agustus": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "okt": 10, "oct": 10,
    "oktober": 10, "october": 10, "nov": 11, "nop": 11, "november": 11, "des": 12, "dec": 12,
    "desember": 12, "december": 12,
}  # fmt: skip
_MONTH = by_first_letter(sorted(_MONTHS, key=len, reverse=True))
_YEAR = r"(?:19[7-9]\d|20[0-4]\d)"
# Every date names a year, and a year is found several times faster than a period: a period is
# looked for only around the years. Its first year starts at most a month name, a dot and three
# spaces into it; after that year come at most a month ("-05"), a separator with three spaces
# either side ("   sampai   ") and the second date or "present" and the like.
_ANY_YEAR = re.compile(_YEAR)
_BEFORE_YEAR = max(map(len, _MONTHS)) + 4
_AFTER_YEAR = 3 + 12 + max(_BEFORE_YEAR + 4, len("hingga sekarang"))
# Patterns are lower-case ASCII and read the folded text (matcher.text.fold_case).
# One date: "Maret 2019", "Jan. 2021", "01/2021", "2021-01", or a bare year.
_DATE = (
    rf"(?:(?P<{{p}}m>{_MONTH})\.?[ \t]{{{{0,3}}}}(?P<{{p}}y1>{_YEAR})"
    rf"|(?P<{{p}}n>0?[1-9]|1[0-2])[/.](?P<{{p}}y2>{_YEAR})"
    rf"|(?P<{{p}}y3>{_YEAR})(?:[-/](?P<{{p}}n2>0[1-9]|1[0-2])\b)?)"
)
_NOW = (
    r"(?P<now>present|current(?:ly)?|now|today|ongoing|sekarang|saat ini|kini|sampai sekarang"
    r"|hingga (?:kini|sekarang|saat ini))"
)
_PERIOD = re.compile(
    r"(?<![\w/.])"
    + _DATE.format(p="a")
    + r"[ \t]{0,3}(?:-{1,2}|–|—|to|until|till|sampai|hingga|s/d|sd|~)[ \t]{0,3}(?:"
    + _DATE.format(p="b")
    + "|"
    + _NOW
    + r")(?![\w/])"
)


@dataclass(frozen=True)
class Period:
    """A span of months [first, last] as month numbers since year 0, and where it was written."""

    first: int
    last: int
    start: int
    end: int


def _month_index(found: re.Match[str], prefix: str, *, is_end: bool) -> int | None:
    group = found.groupdict()
    month_name = group[f"{prefix}m"]
    if month_name:
        return int(group[f"{prefix}y1"]) * 12 + _MONTHS[month_name.casefold()] - 1
    if group[f"{prefix}n"]:
        return int(group[f"{prefix}y2"]) * 12 + int(group[f"{prefix}n"]) - 1
    if group[f"{prefix}y3"]:
        numeric = group[f"{prefix}n2"]
        # A bare year runs from January (start) to December (end) of that year.
        month = int(numeric) if numeric else (12 if is_end else 1)
        return int(group[f"{prefix}y3"]) * 12 + month - 1
    return None


def find_periods(text: str, as_of: datetime.date) -> Iterator[Period]:
    """Each "from – to" date range in ``text`` in order; "present" and the like mean ``as_of``.

    >>> (period,) = find_periods("Jan 2021 – Sekarang", datetime.date(2021, 12, 1))
    >>> period.last - period.first + 1
    12
    """
    if not _ANY_YEAR.search(text):
        return  # most postings name no year at all
    now = as_of.year * 12 + as_of.month - 1
    folded = fold_case(text)
    periods = anchored_finditer(_PERIOD, _ANY_YEAR, folded, before=_BEFORE_YEAR, after=_AFTER_YEAR)
    for found in periods:
        first = _month_index(found, "a", is_end=False)
        last = now if found.group("now") else _month_index(found, "b", is_end=True)
        if first is None or last is None:
            continue
        last = min(last, now)
        if first <= last:
            yield Period(first, last, found.start(), found.end())


def covered_months(spans: Iterable[tuple[int, int]]) -> int:
    """How many months the inclusive (first, last) spans cover; overlaps count once."""
    total, reached = 0, None
    for first, last in sorted(spans):
        if reached is not None and first <= reached:
            first = reached + 1
        if first <= last:
            total += last - first + 1
            reached = last
    return total
