"""prepare() maps look-alike characters one to one and blanks links and markup, keeping offsets."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matcher import match
from matcher.text import _LINK, _ONE_TO_ONE, _link_spans, _site_label_start, fold_case, prepare

_MAPPED = [chr(code) for code in _ONE_TO_ONE]
_pieces = st.one_of(
    st.sampled_from(
        [*_MAPPED, *"abcw.:/@-#_*{}%[]() \n", "https://", "www.", "github.com/", "<!--", "-->"]
    ),
    st.characters(codec="utf-8"),
)
_texts = st.lists(_pieces, max_size=40).map("".join)


def test_typographic_characters_become_plain_ones() -> None:
    assert prepare("Go\u00a0\u2013\u00a0PostgreSQL \u2022 \u201cREST\u201d\tC\uff03") == (
        'Go - PostgreSQL   "REST" C#'
    )


@settings(max_examples=300, deadline=None)
@given(text=_texts)
def test_every_character_is_mapped_as_the_table_says_or_blanked(text: str) -> None:
    prepared = prepare(text)
    assert len(prepared) == len(text)
    for original, kept in zip(text.translate(_ONE_TO_ONE), prepared, strict=True):
        assert kept in (original, " ")


_link_pieces = st.one_of(
    st.sampled_from(
        [
            *"ab1.:/@-_[]() \n\x0c\u2028\u3000",
            "https://",
            "www.",
            "github.com/",
            "rina.w@example.com",
            "[GitHub](",
            "LinkedIn: ",
            "Node.js",
        ]
    ),
    st.characters(codec="utf-8"),
)


@settings(max_examples=400, deadline=None)
@given(text=st.lists(_link_pieces, max_size=30).map("".join))
def test_links_are_those_of_every_run_of_non_space_characters_searched_whole(text: str) -> None:
    expected = [
        (_site_label_start(text, start + link.start(), link.group()), start + link.end())
        for run in re.finditer(r"\S+", text)
        for start, link in ((run.start(), link) for link in _LINK.finditer(run.group()))
    ]
    assert _link_spans(text) == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("See [Github](https://github.com/budi) now", "See ~ now"),
        ("LinkedIn: https://linkedin.com/in/budi | Go", "~ | Go"),
        ("GitLab gitlab.com/budi", "~"),
        ("[Django](https://www.djangoproject.com/)", "[Django](~"),
        ("ping @budi_dev, Java", "ping ~, Java"),
        ("@budi_dev Java, rina.w@example.com a/@b", "~ Java, ~ a/@b"),
        ("a <!-- <p>HTML</p> --> b", "a ~ b"),
        ("<!-- never closed, Java", "~ never closed, Java"),
        ("{% include video.html %} {{ site.url }} Go", "~ ~ Go"),
        ("optimasi _query_ dan **Profile**", "optimasi ~query~ dan ~Profile~"),
        ("user_id mod_rewrite *nix", "user_id mod_rewrite *nix"),
    ],
)
def test_what_is_no_claim_is_blanked_and_emphasis_is_read(text: str, kept: str) -> None:
    """``kept`` is what is read, each ``~`` standing for a blanked stretch."""
    assert " ".join(prepare(text).split()) == " ".join(kept.replace("~", " ").split())


@pytest.mark.parametrize(
    "text",
    [
        "Links: [Github](https://github.com/budi) [LinkedIn](https://linkedin.com/in/budi)",
        "{% include video.html %}\n<!-- <div>HTML CSS</div> -->\nSales manager",
        "Follow @golang and @docker for news",
    ],
)
def test_links_markup_and_handles_give_no_skill(text: str) -> None:
    assert match(text).skills == ()


def test_an_emphasised_word_is_matched() -> None:
    assert "sql" in {hit.id for hit in match("Mahir optimasi _query_ SQL dan _Python_").skills}
    assert "python" in {hit.id for hit in match("Mahir _Python_ dan Django").skills}


def test_folding_finds_what_ignorecase_finds_for_every_code_point() -> None:
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    folded = fold_case(every)
    assert len(folded) == len(every)
    letters = "abcdefghijklmnopqrstuvwxyz"
    ignoring_case = {found.start() for found in re.finditer(f"[{letters}]", every, re.IGNORECASE)}
    assert {at for at, char in enumerate(folded) if char in letters} == ignoring_case
    for at in ignoring_case:
        assert re.fullmatch(folded[at], every[at], re.IGNORECASE), hex(ord(every[at]))
    # \w, \d and \s read the folded text as they read the text itself
    for pattern in (r"\w", r"\d", r"\s"):
        assert [m.start() for m in re.finditer(pattern, folded)] == [
            m.start() for m in re.finditer(pattern, every)
        ], pattern
