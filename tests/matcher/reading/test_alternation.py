"""Phrase alternations grouped by first letter match exactly what the plain ones match."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from matcher.reading.alternation import by_first_letter

_WORDS = st.text(alphabet="abn ", min_size=1, max_size=6).filter(lambda w: w[0] != " ")
_PHRASES = st.lists(
    _WORDS | st.sampled_from([r"\d{1,2} ab", r"a\d", "ab?", "b(?:a|n)"]), min_size=1
)


@given(_PHRASES, st.text(alphabet="abn 12\n", max_size=40))
@example(["a", "a b"], "a b")  # the order within a letter decides
def test_grouped_alternation_finds_what_the_plain_one_finds(phrases: list[str], text: str) -> None:
    plain = re.compile(rf"\b(?:{'|'.join(phrases)})\b")
    grouped = re.compile(rf"\b(?:{by_first_letter(phrases)})\b")
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("phrase", ["(?:ab)", "a?b", "Ab", r"\w+"])
def test_a_phrase_that_cannot_be_grouped_is_refused(phrase: str) -> None:
    with pytest.raises(ValueError, match="starts with neither"):
        by_first_letter(["ab", phrase])
