"""The first look for negation cues never rules out a hit that the full check calls negated."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from matcher.aliases import _may_be_negated, _negated, _negation_cues
from matcher.api import default_matcher
from matcher.text import fold_case

# Cues whole, glued to other words ("cannot", "xtidak"), across line breaks, next to clause
# breaks, and fillers of every length, so the 45-character window cuts words anywhere.
PIECES = [
    "tidak",
    "TIDAK",
    "Cannot",
    "NOT",
    "İs not",
    "not",
    "no",
    "does\nnot",
    "cannot",
    "xtidak",
    "tanpa",
    "bukan",
    "never",
    "doesn't",
    "is not required",
    "tidak perlu",
    "but",
    "namun",
    ",",
    ".",
    "\n",
    "(",
    "Docker",
    "Kubernetes",
    "Java",
    "Go",
    "PHP",
    "experience",
    "pengalaman",
    "a",
    "abcdefghij",
    "x" * 23,
    " ",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.sampled_from([" ", "", "-"]))
def test_hits_ruled_out_are_never_negated(pieces: list[str], glue: str) -> None:
    index = default_matcher().index
    text = glue.join(pieces)
    folded = fold_case(text)
    cues = _negation_cues(index, text, folded)
    for found in index.alias_regex.finditer(folded):
        start, end = found.span()
        if _negated(index, text, start, end):
            assert _may_be_negated(index, cues, folded, start)


def test_most_hits_of_a_plain_resume_skip_the_full_check() -> None:
    index = default_matcher().index
    text = "Keahlian: PHP, Laravel, MySQL, Docker, Redis, Nginx, Git. Belum pernah memakai Java."
    folded = fold_case(text)
    cues = _negation_cues(index, text, folded)
    hits = [found.start() for found in index.alias_regex.finditer(folded)]
    checked = [start for start in hits if _may_be_negated(index, cues, folded, start)]
    assert text.index("Java") in checked
    assert text.index("PHP") not in checked and text.index("Laravel") not in checked


def test_a_cue_cut_out_of_a_longer_word_by_the_window_is_not_ruled_out() -> None:
    index = default_matcher().index
    for word in ("cannot", "xtidak", "zbukan"):
        for gap in range(60):
            text = f"zzzz {word}{' ' * gap}Docker"
            start = text.index("Docker")
            cues = _negation_cues(index, text, text)
            if _negated(index, text, start, start + len("Docker")):
                assert _may_be_negated(index, cues, text, start), (word, gap)
