"""The first-character look-ahead in front of the big alternations never changes what they find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matcher.alias_regex import compile_alias_regex, first_char_lookahead
from matcher.api import default_matcher
from matcher.text import fold_case

# Latin, Greek, Cyrillic and the letters with unusual case folds (long s, Kelvin sign, dotted
# capital I, dotless i, capital sharp s).
_CODE_POINTS = [*range(0x0000, 0x0530), *range(0x1E00, 0x1F00), *range(0x2100, 0x2140), 0x1E9E]


def _without_lookahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    plain = re.sub(r"\(\?=\[[^\]]*\]\)", "", pattern.pattern, count=1)
    assert plain != pattern.pattern
    return re.compile(plain, pattern.flags)


def _patterns() -> dict[str, re.Pattern[str]]:
    index = default_matcher().index
    return {
        "aliases": index.alias_regex,
        "tech cues": index.tech_cue_regex,
        "negation": index.negation_regex,
    }


def test_a_character_class_admits_every_case_variant_a_literal_admits() -> None:
    index = default_matcher().index
    firsts = {key[0] for key in index.aliases} | set("aeiklnst*.#")
    for first in sorted(firsts):
        literal = re.compile(re.escape(first), re.IGNORECASE)
        ahead = re.compile(first_char_lookahead([first]), re.IGNORECASE)
        for code in _CODE_POINTS:
            if literal.match(chr(code)):
                assert ahead.match(chr(code)), (first, hex(code))


def test_an_alternative_that_may_start_anywhere_turns_it_off() -> None:
    assert first_char_lookahead(["a", ""]) == ""
    assert compile_alias_regex(["-ops", "devops"]).pattern.startswith("(?<![\\w])(?:")


_pieces = st.one_of(
    st.sampled_from(
        ["Go", "golang", "Java", ".NET", "*nix", "C#", "C++", "tidak perlu", "not required", " "]
    ),
    st.sampled_from(["SENİOR", "ſpring", "KUBERNETES", "Node.js", "\n", "-", ", "]),
    st.characters(codec="utf-8"),
)


@pytest.mark.parametrize("name", sorted(_patterns()))
@settings(max_examples=150, deadline=None)
@given(text=st.lists(_pieces, max_size=30).map("".join))
def test_matches_are_those_of_the_plain_alternation(name: str, text: str) -> None:
    pattern = _patterns()[name]
    plain = _without_lookahead(pattern)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("name", ["aliases", "negation scan"])
@settings(max_examples=150, deadline=None)
@given(text=st.lists(_pieces, max_size=30).map("".join))
def test_a_folded_pattern_finds_in_folded_text_what_it_finds_case_blind(
    name: str, text: str
) -> None:
    index = default_matcher().index
    pattern = {"aliases": index.alias_regex, "negation scan": index.negation_scan_regex}[name]
    case_blind = re.compile(pattern.pattern, re.IGNORECASE)
    assert [m.span() for m in pattern.finditer(fold_case(text))] == [
        m.span() for m in case_blind.finditer(text)
    ]
