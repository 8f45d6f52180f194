"""Years of experience: a resume's own claim or dated work periods, a posting's minimum."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from matcher.reading.alternation import by_first_letter
from matcher.reading.anchored import anchored_finditer
from matcher.reading.models import DocumentKind, Section, YearsReading
from matcher.reading.periods import Period, covered_months, find_periods
from matcher.text import fold_case

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
    "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10,
}  # fmt: skip
_NUMBER = r"(?<![\w.,])(?P<n>" + by_first_letter([r"\d{1,2}(?:[.,]5)?", *_NUMBER_WORDS]) + ")"
# Any white space but a line break, no-break spaces included ("5\xa0years").
_SPACE = r"[^\S\n]"
_RANGE = rf"(?:{_SPACE}{{0,2}}(?:-|–|to|sampai|hingga|s/d){_SPACE}{{0,2}}\d{{1,2}})?"
_YEAR_UNITS = r"years?|yrs?|tahun|thn|th"
_MONTH_UNITS = r"months?|bulan|bln"
_UNIT_WORD = rf"(?:{_YEAR_UNITS}|(?P<months>{_MONTH_UNITS}))\b"
_UNIT = rf"{_SPACE}{{0,2}}\+?{_SPACE}{{0,2}}\(?\d{{0,2}}\)?{_SPACE}{{0,2}}{_UNIT_WORD}"
_EXPERIENCE = (
    r"experience|experienced|pengalaman|berpengalaman|exp\b|bekerja|working|work|professional"
    r"|industry|in (?:the )?(?:field|role|software|backend|web|it\b)|di bidang|sebagai|as a"
)
# "5+ years of experience", "pengalaman 3 tahun", "minimal 2 tahun pengalaman", "3-5 years in".
# Read in the folded text (matcher.text.fold_case), as is _SINCE_YEAR; the clause around a match
# is taken from the text itself.
_YEARS = re.compile(rf"{_NUMBER}{_RANGE}{_UNIT}")
# Every claim ends in a unit word, and the unit words alone (with no group inside, so that the
# engine skips to where one can start) are found several times faster than a claim: a claim is
# looked for only just before each of them.
_UNIT_WORDS = re.compile(rf"(?:{_YEAR_UNITS}|{_MONTH_UNITS})\b")
# The most characters a claim has before its unit word: a number word (8), a range (12) and the
# spaces, plus and bracketed digits between them and the unit (11).
_BEFORE_UNIT = 31
_CONTEXT_BEFORE = re.compile(rf"(?:{_EXPERIENCE}|minimal|minimum|min\.|at least|paling sedikit)")
_CONTEXT_AFTER = re.compile(rf"(?:{_EXPERIENCE})")
# A company's age, a course's length or a degree's span is no one's work experience.
_NOT_A_PERSON = re.compile(
    r"\b(?:we|our|us|kami|perusahaan|company|founded|established|berdiri|sejak|since|history"
    r"|sejarah|lebih dari \d{2}|course|kursus|kuliah|studied|degree|garansi|warranty|old)\b",
    re.IGNORECASE,
)
# "having 1 year will be advantageous" is a wish, not the minimum a posting asks.
_A_WISH = re.compile(
    r"\b(?:advantage\w*|a plus|bonus|preferred|preferably|nilai (?:plus|tambah)|diutamakan"
    r"|lebih disukai|fresh ?graduates?|welcome)\b",
    re.IGNORECASE,
)
# "programmer sejak tahun 2013", "working as a developer since 2015": years up to now.
_SINCE_YEAR = re.compile(
    rf"\b(?:programm?er|developer|engineer|bekerja|berkarir|karir|career|working|worked|coding)"
    rf"[^.\n]{{0,40}}?\b(?:sejak|since){_SPACE}{{1,3}}(?:tahun{_SPACE}{{1,3}})?(?P<year>(?:19|20)\d\d)\b"
)
_MINIMUM = re.compile(r"\b(?:minimal|minimum|min\.|at least|setidaknya|paling sedikit)", re.I)
_INTERN = re.compile(r"\b(?:intern|internship|magang|trainee|praktik kerja|pkl)\b", re.IGNORECASE)
_CLAIM_REACH = 60
_LINE_REACH = 200


def _number(token: str) -> float:
    folded = token.casefold()
    return float(_NUMBER_WORDS.get(folded) or float(folded.replace(",", ".")))


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of the same line up to ``_CLAIM_REACH`` characters before and after a match."""
    before = text[max(0, start - _CLAIM_REACH) : start]
    after = text[end : end + _CLAIM_REACH]
    return before.rsplit("\n", 1)[-1].casefold(), after.split("\n", 1)[0].casefold()


def stated_years(
    text: str, *, skip: Sequence[tuple[int, int]] = (), asked: bool = False
) -> list[tuple[float, int]]:
    """Years a text states as work experience, with their offsets, outside the ``skip`` spans.

    >>> stated_years("Backend developer with 5+ years of experience in Go.")
    [(5.0, 23)]
    >>> stated_years("Kami sudah berdiri 20 tahun.")
    []
    """
    found_years = []
    claims = anchored_finditer(_YEARS, _UNIT_WORDS, fold_case(text), before=_BEFORE_UNIT, after=0)
    for found in claims:
        if any(start <= found.start() < end for start, end in skip):
            continue
        before, after = _clause(text, found.start(), found.end())
        if not (_CONTEXT_BEFORE.search(before) or _CONTEXT_AFTER.search(after[:40])):
            continue
        if _NOT_A_PERSON.search(before[-40:]) or _NOT_A_PERSON.search(after[:40]):
            continue
        wish = _A_WISH.search(before) or _A_WISH.search(after)
        # "Lebih disukai ... minimal 4 tahun" still names a minimum.
        if asked and wish and not _MINIMUM.search(before):
            continue
        years = _number(found.group("n")) / (12 if found.group("months") else 1)
        if 0 < years <= 40:
            found_years.append((round(years, 1), found.start()))
    return found_years


def _line_around(text: str, start: int, end: int) -> str:
    """The period's own line and the line before it, where a job title and its dates sit
    (at most ``_LINE_REACH`` characters each way, so a text without line breaks stays linear)."""
    low = max(0, start - _LINE_REACH)
    line_start = text.rfind("\n", low, max(low, text.rfind("\n", low, start)))
    line_end = text.find("\n", end, end + _LINE_REACH)
    return text[max(line_start + 1, low) : line_end if line_end >= 0 else end + _LINE_REACH]


def _work_years(text: str, periods: Sequence[Period]) -> float:
    full: list[tuple[int, int]] = []
    interns: list[tuple[int, int]] = []
    for period in periods:
        is_intern = _INTERN.search(_line_around(text, period.start, period.end))
        (interns if is_intern else full).append((period.first, period.last))
    full_months = covered_months(full)
    # Internship months count half, and only where no full job covers them already.
    intern_months = covered_months(full + interns) - full_months
    return round((full_months + intern_months / 2) / 12, 1)


_NOT_WORK = frozenset({"education", "certifications", "projects", "other", "skills"})


def resume_years(text: str, sections: Sequence[Section], *, as_of: datetime.date) -> YearsReading:
    """A resume's years: the person's own claim, else the union of its dated work periods."""
    not_work = [(s.start, s.end) for s in sections if s.kind in _NOT_WORK]
    claims = stated_years(text, skip=[(s.start, s.end) for s in sections if s.kind == "education"])
    folded = fold_case(text)
    # Most resumes say no "since": then the phrases that lead to one are not looked for.
    said_since = _SINCE_YEAR.finditer(folded) if "since" in folded or "sejak" in folded else ()
    since = [
        (as_of.year - int(found.group("year")), found.start())
        for found in said_since
        if 0 < as_of.year - int(found.group("year")) <= 40
    ]
    if claims or since:
        years, start = max(claims + [(float(y), at) for y, at in since])
        return YearsReading(years=years, source="claim", start=start)
    periods = [
        p for p in find_periods(text, as_of) if not any(a <= p.start < b for a, b in not_work)
    ]
    if not periods:
        return YearsReading(years=None, source="none")
    return YearsReading(years=_work_years(text, periods), source="periods", start=periods[0].start)


_NOT_ASKED = frozenset({"company", "benefits", "how_to_apply"})


def posting_years(text: str, sections: Sequence[Section]) -> YearsReading:
    """The fewest years a posting asks for ("min. 3 tahun" -> 3, "3-5 years" -> 3)."""
    skip = [(s.start, s.end) for s in sections if s.kind in _NOT_ASKED]
    asked = stated_years(text, skip=skip, asked=True)
    if not asked:
        return YearsReading(years=None, source="none")
    years, start = min(asked)
    return YearsReading(years=years, source="asked", start=start)


def read_years(
    text: str, sections: Sequence[Section], *, kind: DocumentKind, as_of: datetime.date
) -> YearsReading:
    """Years of experience for a document of the given kind; none for ``other``."""
    if kind == "resume":
        return resume_years(text, sections, as_of=as_of)
    if kind == "posting":
        return posting_years(text, sections)
    return YearsReading(years=None, source="none")
