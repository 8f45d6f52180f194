"""Text preparation that keeps character offsets: every evidence span points into the caller's text.

Nothing here changes the length of the text. Look-alike characters are mapped one to one
(typographic dashes and quotes, non-breaking spaces). What no reader takes for a claim is blanked
out: URLs and e-mail addresses (a skill named in a link, "github.com/acme/java-tools", is not a
skill the person states), a link's label that only names the site it points to ("[GitHub](...)",
"LinkedIn: linkedin.com/in/..."), @handles, HTML comments and template tags (``{% ... %}``,
``{{ ... }}``) of Markdown pages. Markdown emphasis markers become spaces, so "optimasi _query_"
reads as "optimasi query". Every pattern is bounded, so each scan is linear in the text.
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

# A mark every link or address holds: "/", "@" or "." with no space after it.
_LINK_MARK = re.compile(r"[/@.]\S")
_SPACE = re.compile(r"\s")
# The site a link points to: "github" of "https://www.github.com/x".
_SITE = re.compile(r"(?:https?://)?(?:www\.)?([\w-]+)\.", re.IGNORECASE)
# The word right before a link, joined to it as a Markdown label, "Label:", "(" or a space.
_LABEL_REACH = 40
_LABEL_BEFORE = re.compile(r"(?<![\w.-])\[?([^\W\d_][\w.-]{0,30})\]?[\s(:|-]{0,4}\Z")
_TEMPLATE_TAG = re.compile(r"\{%[^%\n]{0,300}%\}|\{\{[^{}\n]{0,300}\}\}")
# A handle: "@" not inside a word or an address, then a name. The "@" comes first and the
# look-behind after it, so the engine jumps from "@" to "@" instead of trying every position.
_HANDLE = re.compile(r"@(?<![\w.@/]@)\w[\w.-]{0,38}")
# A marker run, a short emphasised stretch on one line, the same run again; none glued to a word.
_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})[^\s*_](?:[^\n]{0,80}?[^\s*_])?(\1)(?![\w*])")

# A segment is a line, or a sentence within a long line; bullets and semicolons end one too.
# Every boundary starts with white space: a pattern that opens with \s lets the engine skip to
# the next white space without trying the pattern at each letter on the way.
_SEGMENT_END = re.compile(r"""\s(?:(?<=\n)|(?<=[.!?;]\s)\s*(?=[A-Z0-9"'(])|[•·▪]\s)""")


# Bullet and heading marks around a segment that are no part of it.
_SEGMENT_TRIM = " -*#>|:,"


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    text: str


def _link_spans(text: str) -> list[tuple[int, int]]:
    """Where links and addresses are, each with its label when that only names the site.

    A link or address never spans white space and always holds a "/", "@" or "." followed by
    another character of its own, so only the few runs of non-space characters holding such a
    mark are searched: the whole pattern tried at every position of a resume was its slowest
    scan, and a look at every run of non-space characters the next slowest.
    """
    spans = []
    done = 0
    mark = _LINK_MARK.search(text)
    while mark:
        at = mark.start()
        # The run starts after the last white space before its mark; ``done``, where the run
        # before it ended, is white space or the start of the text.
        before = text[done:at]
        start = at - len(before.rsplit(maxsplit=1)[-1]) if before[-1:].strip() else at
        space_after = _SPACE.search(text, at)
        done = space_after.start() if space_after else len(text)
        word = text[start:done]
        pattern = _LINK if "@" in word else _LINK_WITHOUT_EMAIL
        for link in pattern.finditer(word):
            link_start = start + link.start()
            spans.append((_site_label_start(text, link_start, link.group()), start + link.end()))
        mark = _LINK_MARK.search(text, done)
    return spans


def _site_label_start(text: str, start: int, link: str) -> int:
    """Where the link at ``start`` begins, reaching back over a label that is its site's name."""
    site = _SITE.match(link)
    label = _LABEL_BEFORE.search(text, max(start - _LABEL_REACH, 0), start)
    if site and label and _folded_name(label.group(1)) == _folded_name(site.group(1)):
        return label.start()
    return start


def _folded_name(name: str) -> str:
    return name.casefold().replace("-", "").replace(".", "")


def _comment_spans(text: str) -> list[tuple[int, int]]:
    """HTML comments; an unclosed ``<!--`` blanks only itself, not the rest of the text."""
    spans = []
    opening = text.find("<!--")
    while opening != -1:
        closing = text.find("-->", opening + 4)
        if closing == -1:
            # No later opener is closed either: stopping here keeps the scan linear.
            spans.append((opening, opening + 4))
            break
        spans.append((opening, closing + 3))
        opening = text.find("<!--", closing + 3)
    return spans


def _emphasis_markers(text: str) -> list[tuple[int, int]]:
    """The ``_``/``*`` runs around emphasised words, leaving snake_case and "*nix" alone."""
    spans = []
    for emphasis in _EMPHASIS.finditer(text):
        spans += [emphasis.span(1), emphasis.span(2)]
    return spans


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    pieces = []
    done = 0
    for start, end in sorted(spans):
        if end > done:
            start = max(start, done)
            pieces += [text[done:start], " " * (end - start)]
            done = end
    pieces.append(text[done:])
    return "".join(pieces)


# The only characters besides A-Z that re.IGNORECASE matches with an ASCII letter, other than
# through lower(): the dotted capital I (whose lower() is two characters), the dotless i and the
# long s. The Kelvin sign lowers to "k" by itself.
_FOLD_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_FOLD_SPECIALS = tuple(chr(code) for code in _FOLD_TO_ASCII)


def fold_case(text: str) -> str:
    """The text lower-cased for patterns written in lower-case ASCII, offsets unchanged.

    Such a pattern finds in the folded text exactly what it finds with ``re.IGNORECASE`` in the
    text itself, and several times faster: without the flag the regular-expression engine skips
    the branches of an alternation on their first letter.

    >>> fold_case("PENGALAMAN Kerja İ")
    'pengalaman kerja i'
    """
    # translate() walks the text in Python-level steps unless it is ASCII; these finds do not.
    if not text.isascii() and any(special in text for special in _FOLD_SPECIALS):
        text = text.translate(_FOLD_TO_ASCII)
    return text.lower()


def prepare(text: str) -> str:
    """The text with look-alikes unified and links and markup blanked, offsets unchanged."""
    unified = _LOOK_ALIKE.sub(lambda found: found.group().translate(_ONE_TO_ONE), text)
    spans = _link_spans(unified)
    if "<!--" in unified:
        spans += _comment_spans(unified)
    if "{" in unified:
        spans += [found.span() for found in _TEMPLATE_TAG.finditer(unified)]
    if "@" in unified:
        spans += [found.span() for found in _HANDLE.finditer(unified)]
    blanked = _blank(unified, spans)
    if "_" in blanked or "*" in blanked:
        blanked = _blank(blanked, _emphasis_markers(blanked))
    return blanked


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
