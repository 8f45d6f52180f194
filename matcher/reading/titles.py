"""The lines that carry a document's job title: a posting's title, a resume's headline and
current position."""

from __future__ import annotations

import re
from collections.abc import Sequence

from matcher.reading.models import DocumentKind, Section

_MARKUP = re.compile(r"[#*_>`|=\[\]]+")
_LABELLED = re.compile(
    r"^[ \t]{0,12}[*_]{0,2}(?:job title|title|position|posisi|jabatan|role|headline)[*_]{0,2}"
    r"[ \t]{0,3}[:：]",
    re.IGNORECASE | re.MULTILINE,
)
_BULLET = re.compile(r"[ \t]{0,12}(?:[-•+]|\*[ \t]|\d{1,2}[.)][ \t])")
_FIRST_LINES = 3
_MAX_TITLE_CHARS = 90
_MAX_TITLE_WORDS = 12
# Job boards run the title into the company and place on one line ("Fullstack Engineer
# <ORGANIZATION> <LOCATION> Date posted: ..."): the words before such a break are the title.
_TITLE_BREAK = re.compile(r"\s(?:<|\||-\s|–|—|@|at\s)|\s{3,}|\s(?:date posted|posted)\b", re.I)
_HEAD_WORDS = 8


def _plain(line: str) -> str:
    return " ".join(_MARKUP.sub(" ", line).split())


def _looks_like_title(plain: str) -> bool:
    """A short line that is no sentence (a company's description, a duty)."""
    return (
        bool(plain)
        and len(plain) <= _MAX_TITLE_CHARS
        and plain.count(" ") < _MAX_TITLE_WORDS
        and not plain.endswith(".")
    )


def _first_lines(text: str, start: int, end: int, count: int) -> list[tuple[int, str]]:
    lines: list[tuple[int, str]] = []
    offset = start
    for line in text[start:end].splitlines(keepends=True):
        if not _BULLET.match(line):  # a list item is no title
            plain = _plain(line)
            if not lines and plain and not _looks_like_title(plain):
                plain = _head_of(plain)
            if _looks_like_title(plain):
                lines.append((offset, plain))
                if len(lines) == count:
                    break
        offset += len(line)
    return lines


def _head_of(line: str) -> str:
    """The title at the start of an over-long first line, or '' when none stands out."""
    found = _TITLE_BREAK.search(line[: _MAX_TITLE_CHARS + 1])
    head = line[: found.start()] if found else ""
    return head if 0 < head.count(" ") + 1 <= _HEAD_WORDS else ""


def title_lines(
    text: str, sections: Sequence[Section], *, kind: DocumentKind
) -> list[tuple[int, str]]:
    """(offset, line) of the title candidates, most telling first.

    A posting's first line comes first, then a labelled line ("Position: Backend Engineer"),
    then its next lines; a resume's labelled line comes first, then its first entry under its
    experience heading (the current job), then its headline.
    """
    # A resume labels every past job too; the first label is the latest.
    found = _LABELLED.search(text)
    labelled = (
        [(found.start(), _plain(_rest_of_line(text, found.end())) or _next_line(text, found.end()))]
        if found
        else []
    )
    head = _first_lines(text, 0, len(text), _FIRST_LINES)
    if kind != "resume":
        # A posting's first line is its title; a label under it may be a job board's tag.
        return head[:1] + labelled + head[1:]
    current = [
        line
        for section in sections
        if section.kind == "experience"
        for line in _first_lines(text, section.start, section.end, _FIRST_LINES + 1)[1:]
    ][:_FIRST_LINES]
    return labelled + current + head


def _next_line(text: str, start: int) -> str:
    """A label's value on the line under it ("Role:" then "Full Stack Developer")."""
    following = text[start : start + 2 * _MAX_TITLE_CHARS].split("\n")[1:3]
    plain = next((_plain(line) for line in following if _plain(line)), "")
    return plain if len(plain) <= _MAX_TITLE_CHARS else ""


def _rest_of_line(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]
