"""A posting cut into the pieces a recruiter reads: lines under headings, clauses, list items.

Each piece keeps its offsets into the text, so a requirement can point at the words it came
from; the text is read folded (matcher.text.fold_case), which keeps the original's offsets. A
heading changes the level of the lines under it only when it says so: a nice-to-have heading
makes them a plus, a requirements heading makes them must-haves again, a benefits or about-us
heading makes them ask nothing; headings without such a word (a job title, "Hands-on:") leave
the level as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal, NamedTuple

from matcher.requirements.cues import MUST_HEADING, NICE_CUE, OFF_HEADING

SectionLevel = Literal["must", "nice", "off"]

_BULLET = re.compile(r"[ \t]{0,8}(?:[-*•·▪●◦‣+>]|\d{1,3}[.)])[ \t]")
_MARKUP = re.compile(r"[#*_`>\s]{1,12}")
_LINE = re.compile(r"[^\n]{1,100000}")
# A sentence ends at . ; ! ? followed by space, unless the dot closes an abbreviation.
_SENTENCE_END = re.compile(r"[.;!?][ \t]{1,8}")
_ABBREVIATION = re.compile(
    r"[\s(](?:e\.g|i\.e|etc|min|max|dll|dsb|ex|incl|approx|vs|no|yrs|[a-z])$"
)
_ABBREVIATION_CHARS = 8
_HEADING_WORDS = 8
_HEADING_CHARS = 100
# What opens or closes a bracket or ends a list item.
_ITEM_MARK = re.compile(r"[()\[\],;]")


# Named tuples rather than frozen dataclasses: a posting makes thousands, and a tuple is made
# several times faster.
class Span(NamedTuple):
    start: int
    end: int


class Line(NamedTuple):
    start: int
    end: int
    text: str
    bulleted: bool


def lines(text: str) -> Iterator[Line]:
    for found in _LINE.finditer(text):
        body = found.group()
        if body.strip():
            yield Line(found.start(), found.end(), body, bool(_BULLET.match(body)))


def _bare(line: Line) -> str:
    return _MARKUP.sub(" ", line.text).strip()


def heading_level(line: Line, *, has_skills: bool) -> SectionLevel | None:
    """The level a heading sets for the lines under it, or None when it is no such heading."""
    if line.bulleted:
        return None
    bare = _bare(line)
    if not bare or len(bare) > _HEADING_CHARS or bare[-1] in ".;,":
        return None
    shaped = (
        bare.endswith(":")
        or line.text.lstrip().startswith(("#", "**"))
        or len(bare.split()) <= _HEADING_WORDS
    )
    if NICE_CUE.search(bare) and (shaped or not has_skills):
        return "nice"
    if not shaped:
        return None
    if OFF_HEADING.search(bare):
        return "off"
    if MUST_HEADING.search(bare):
        return "must"
    return None


def clauses(line: Line) -> Iterator[Span]:
    """The sentences of one line, so a cue at the end of one does not reach the next."""
    start = 0
    for found in _SENTENCE_END.finditer(line.text):
        before = " " + line.text[max(0, found.start() - _ABBREVIATION_CHARS) : found.start()]
        if found.group()[0] == "." and _ABBREVIATION.search(before):
            continue
        yield Span(line.start + start, line.start + found.start())
        start = found.end()
    if line.text[start:].strip():
        yield Span(line.start + start, line.end)


def list_items(text: str, clause: Span) -> list[Span]:
    """Comma-separated parts of a clause outside brackets: the reach of a bracketed cue."""
    items: list[Span] = []
    depth = 0
    start = clause.start
    for found in _ITEM_MARK.finditer(text, clause.start, clause.end):
        char = found.group()
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            items.append(Span(start, found.start()))
            start = found.end()
    items.append(Span(start, clause.end))
    return items
