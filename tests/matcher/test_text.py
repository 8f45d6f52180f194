"""prepare() maps look-alike characters one to one and blanks links, keeping every offset."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from matcher.text import _LINK, _ONE_TO_ONE, prepare

_MAPPED = [chr(code) for code in _ONE_TO_ONE]
_pieces = st.one_of(
    st.sampled_from([*_MAPPED, *"abcw.:/@-# \n", "https://", "www.", "github.com/"]),
    st.characters(codec="utf-8"),
)
_texts = st.lists(_pieces, max_size=40).map("".join)


def test_typographic_characters_become_plain_ones() -> None:
    assert prepare("Go\u00a0\u2013\u00a0PostgreSQL \u2022 \u201cREST\u201d\tC\uff03") == (
        'Go - PostgreSQL   "REST" C#'
    )


@settings(max_examples=300, deadline=None)
@given(text=_texts)
def test_every_look_alike_is_mapped_as_the_table_says(text: str) -> None:
    expected = _LINK.sub(lambda found: " " * len(found.group()), text.translate(_ONE_TO_ONE))
    assert prepare(text) == expected
    assert len(prepare(text)) == len(text)
