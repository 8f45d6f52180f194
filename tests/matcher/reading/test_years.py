"""Years of experience: claims, dated work periods, a posting's minimum; what never counts."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from matcher.reading import find_sections, periods, read_years, years
from matcher.reading.anchored import anchored_finditer
from matcher.reading.periods import covered_months, find_periods

AS_OF = datetime.date(2024, 6, 1)


def _years(text: str, kind: str) -> float | None:
    return read_years(
        text,
        find_sections(text, document=kind),
        kind=kind,
        as_of=AS_OF,  # type: ignore[arg-type]
    ).years


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("2018 – 2023", 72),
        ("Jan 2021 – Sekarang", 42),
        ("01/2021 – Present", 42),
        ("Maret 2019 - Agustus 2020", 18),
        ("Sept 2008 - Jul 2013", 59),
        ("Des 2023 s/d saat ini", 7),
    ],
)
def test_period_formats_in_both_languages(text: str, months: int) -> None:
    (period,) = find_periods(text, AS_OF)
    assert period.last - period.first + 1 == months


def test_overlapping_periods_count_once() -> None:
    assert covered_months([(0, 11), (6, 17), (30, 35)]) == 24


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Backend developer with 5+ years of experience in Go.", 5.0),
        ("Saya memiliki pengalaman 3 tahun sebagai programmer.", 3.0),
        ("Berpengalaman lebih dari tujuh tahun di bidang backend.", 7.0),
        ("Saya menjadi programmer sejak tahun 2016 di perusahaan swasta.", 8.0),
    ],
)
def test_a_resume_claim_wins(text: str, years: float | None) -> None:
    assert _years(text, "resume") == years


def test_resume_years_are_the_union_of_work_periods_with_internships_half() -> None:
    text = (
        "Experience\nBackend Engineer, Acme\nJan 2020 – Dec 2021\n"
        "Software Engineer, Beta\nJun 2021 – Dec 2022\n"
        "Backend Intern, Gamma\nJan 2019 – Dec 2019\n\n"
        "Education\nBSc Informatics 2015 – 2019\n"
    )
    assert _years(text, "resume") == 3.5  # 36 months of work and 12 of internship at half


def test_education_dates_alone_give_no_years() -> None:
    assert (
        _years("Pendidikan\nSMA Negeri 1, 2012 - 2015\nS1 Informatika 2015 - 2019\n", "resume")
        is None
    )


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Kualifikasi:\n- Min. 3 tahun pengalaman sebagai backend developer", 3.0),
        ("Requirements:\n- 3-5 years of experience with Java", 3.0),
        ("Requirements:\n- At least 2 years of professional experience", 2.0),
        ("Kualifikasi:\n- Pengalaman minimal 1 tahun di bidang yang sama", 1.0),
        ("About us\nWe have 20 years of experience turning challenges into products.", None),
        ("Perusahaan kami berdiri sejak 1998 dan sudah 25 tahun berpengalaman.", None),
        ("Kualifikasi:\n- Lulusan SMA/SMK\n- Bisa bekerja dalam tim", None),
        ("Requirements:\n- You have experience (more than 5\xa0years) with Go", 5.0),
        ("Kualifikasi:\n- Lebih disukai berpengalaman minimal 4 tahun sebagai programmer", 4.0),
        ("Kualifikasi:\n- Setidaknya 6 bulan pengalaman di bidang IT", 0.5),
        ("Requirements:\n- Fresh graduates welcome; 1 year of experience is an advantage", None),
    ],
)
def test_posting_minimum_years_and_company_ages(text: str, years: float | None) -> None:
    assert _years(text, "posting") == years


_CLAIM_PIECES = [
    *("5", "12", "3.5", "2,5", "one", "three", "lima", "sepuluh", "delapan", "eight", "seven"),
    *(" ", "  ", "\n", "\xa0", "-", "–", "to", "s/d", "+", "(", ")", ".", ",", "x", "s"),
    *("year", "years", "yrs", "tahun", "thn", "th", "month", "months", "bulan", "bln", "mon"),
]


@given(st.lists(st.sampled_from(_CLAIM_PIECES), max_size=16))
@example(["5", "+", " ", "years", "5", " ", "month"])  # a claim right after a claim
@example(["sembilan", "  ", "sampai", "  ", "12", "  ", "+", "  ", "(", "12", ")", "  ", "tahun"])
def test_claims_are_found_where_the_whole_scan_finds_them(pieces: list[str]) -> None:
    folded = "".join(pieces)
    whole = [(m.span(), m.groupdict()) for m in years._YEARS.finditer(folded)]
    claims = anchored_finditer(
        years._YEARS, years._UNIT_WORDS, folded, before=years._BEFORE_UNIT, after=0
    )
    assert [(m.span(), m.groupdict()) for m in claims] == whole


_PERIOD_PIECES = [
    *("2019", "2020-05", "1999", "12/2021", "05", "20", "19", "/", ".", "x", "a", "\n", "\t"),
    *("september.   2018", "jan 2021", "mei", "sept", " ", "   ", "-", "–", "—", "to", "~"),
    *("   sampai   ", "until", "s/d", "sd", "present", "kini", "hingga sekarang", "saat ini"),
]


@given(st.lists(st.sampled_from(_PERIOD_PIECES), max_size=12))
@example(["x", "september.   2018", "   sampai   ", "hingga sekarang"])  # the longest ones
@example(["2019-05", "   sampai   ", "september.   2020", "x"])
def test_periods_are_found_where_the_whole_scan_finds_them(pieces: list[str]) -> None:
    folded = "".join(pieces)
    whole = [(m.span(), m.groupdict()) for m in periods._PERIOD.finditer(folded)]
    found = anchored_finditer(
        periods._PERIOD,
        periods._ANY_YEAR,
        folded,
        before=periods._BEFORE_YEAR,
        after=periods._AFTER_YEAR,
    )
    assert [(m.span(), m.groupdict()) for m in found] == whole
