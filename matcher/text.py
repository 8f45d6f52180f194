"""Text preparation that keeps character offsets: every evidence span points into the caller's text.

Nothing here changes the length of the text. Look-alike characters are mapped one to one
(typographic dashes and quotes, non-breaking spaces), and URLs and e-mail addresses are blanked
out, since a skill named in a link ("github.com/acme/java-tools") is not a skill the person states.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ONE_TO_ONE = str.maketrans(
    {
        # A NUL byte from a broken export sits where a space or line break was: dropping it
        # would glue two words together.
        "\x00": " ",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\t": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\uff03": "#",
        "\u266f": "#",
        "\u2022": " ",
        "\u25cf": " ",
        "\u25aa": " ",
        "\uf0b7": " ",
    }
)

# str.translate looks every character up in the table; a character class finds the few that
# need mapping in one scan.
_LOOK_ALIKE = re.compile("[" + "".join(re.escape(chr(code)) for code in _ONE_TO_ONE) + "]")

# An address's local part holds at most 64 characters and each domain label at most 63: with
# unbounded runs, every word boundary of a long dotted word ("a.b.c.d...") would rescan the
# rest of it looking for an "@", which is quadratic in the word.
_EMAIL = r"\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+"
_URL = r"(?:https?://|www\.)\S+"
_PROFILE = r"\b(?:github|gitlab|bitbucket|linkedin)\.(?:com|org|io)/\S*"
_LINK = re.compile(f"{_URL}|{_EMAIL}|{_PROFILE}", re.IGNORECASE)
# Most dotted words hold no "@": without the address alternative they are scanned twice as fast.
_LINK_WITHOUT_EMAIL = re.compile(f"{_URL}|{_PROFILE}", re.IGNORECASE)

_NON_SPACE = re.compile(r"\S+")

# A segment is a line, or a sentence within a long line; bullets and semicolons end one too.
# Every boundary starts with white space: the look-ahead rejects other positions at once.
_SEGMENT_END = re.compile(r"(?=\s)(?:\n|(?<=[.!?;])\s+(?=[A-Z0-9\"'(])|\s[•·▪]\s)")


# Bullet and heading marks around a segment that are no part of it.
_SEGMENT_TRIM = " -*#>|:,"


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    text: str


def _blanked(found: re.Match[str]) -> str:
    return " " * len(found.group())


def _blank_links(text: str) -> str:
    """``text`` with every link and address blanked.

    A link or address never spans white space and always holds "/", "@" or ".", so only the
    few such runs of non-space characters are searched: the whole pattern tried at every
    position of a resume was its slowest scan.
    """
    pieces = []
    done = 0
    for token in _NON_SPACE.finditer(text):
        word = token.group()
        if "/" in word or "@" in word or "." in word:
            link = _LINK if "@" in word else _LINK_WITHOUT_EMAIL
            pieces += [text[done : token.start()], link.sub(_blanked, word)]
            done = token.end()
    pieces.append(text[done:])
    return "".join(pieces)


def prepare(text: str) -> str:
    """The text with look-alike characters unified and links blanked, offsets unchanged."""
    return _blank_links(_LOOK_ALIKE.sub(lambda found: found.group().translate(_ONE_TO_ONE), text))


def segments(prepared: str) -> list[Segment]:
    """Lines and sentences of the prepared text, stripped, with their offsets."""
    pieces: list[Segment] = []
    position = 0
    for boundary in _SEGMENT_END.finditer(prepared):
        _add_segment(pieces, prepared, position, boundary.start())
        position = boundary.end()
    _add_segment(pieces, prepared, position, len(prepared))
    return pieces


def _add_segment(pieces: list[Segment], prepared: str, start: int, end: int) -> None:
    chunk = prepared[start:end]
    stripped = chunk.strip(_SEGMENT_TRIM)
    if len(stripped) < 3:
        return
    lead = len(chunk) - len(chunk.lstrip(_SEGMENT_TRIM))
    begin = start + lead
    pieces.append(Segment(begin, begin + len(stripped), stripped))
