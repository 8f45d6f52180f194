"""The words the language guess counts are the runs of letters of the case-folded text."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

import matcher
from matcher.language import _words

_LETTER_RUN = re.compile(r"[^\W\d_]+")


@given(st.text(st.sampled_from("ab yz,.-_1\n\t\xa0é߲ßİ\u0307ﬁK—三²\x1c\x85") | st.characters()))
@example("dan\ud800yang")  # a lone surrogate, as a decoded file may hold
@example("İstanbul and Straße — dan yang")
def test_words_are_the_letter_runs_of_the_folded_text(text: str) -> None:
    expected = [w.encode("utf-8", "surrogatepass") for w in _LETTER_RUN.findall(text.casefold())]
    assert sorted(_words(text)) == sorted(expected)


def test_function_words_decide_the_language() -> None:
    assert matcher.match("Saya bekerja dengan Go dan PostgreSQL yang cepat").language == "id"
    assert matcher.match("I work with Go and PostgreSQL in the team").language == "en"
