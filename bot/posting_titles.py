"""Clean posting titles: the words of a title without the decoration recruiters put around them.

Job posts in Discord channels open with ``**🔥🔥 HIRING: Backend Engineer 🔥🔥**`` or
``# 🚀 Golang Developer``; a board row reads better as ``HIRING: Backend Engineer``. One pure
function, used wherever a title is shown and when a title is taken from a message.
"""

from __future__ import annotations

import re
import unicodedata

_CUSTOM_EMOJI = re.compile(r"<a?:\w+:\d+>")
_SHORTCODE = re.compile(r":[a-z0-9_+-]{2,}:")
_MASKED_LINK = re.compile(r"\[([^\]]*)\]\([^)\s]*\)")
_LINE_MARKUP = re.compile(r"^\s*(?:#{1,6}\s+|>+\s*|-#\s+|[-*+•]\s+)+")
# "**", "~~", "||" and backticks never belong to a title; "_" only where it opens or closes
# emphasis, so snake_case words keep theirs
_INLINE_MARKUP = re.compile(r"\*+|~~|\|\||`+|(?<!\w)_+|_+(?!\w)")
_EMPTY_BRACKETS = re.compile(r"[\[(【「][^\w]*[\])】」]")
# what decorates the ends of a title: rules, bullets, separators
_END_DECORATION = frozenset("-–—=~•·|:;,/\\!*_>")
# emoji, pictographs, skin tones, variation selectors and zero-width joiners
_SYMBOL_CATEGORIES = frozenset({"So", "Sk", "Cf", "Mn", "Me", "Co", "Cs"})


def _is_symbol(character: str) -> bool:
    return unicodedata.category(character) in _SYMBOL_CATEGORIES


def clean_title(raw: str) -> str:
    """``raw`` without Markdown, emoji and end decoration, on one line; "" when no word is left.

    >>> clean_title("**🔥🔥 [HIRING] Backend Engineer (Go) 🔥🔥**")
    '[HIRING] Backend Engineer (Go)'
    >>> clean_title("# .NET / C# Developer")
    '.NET / C# Developer'
    """
    title = _CUSTOM_EMOJI.sub(" ", raw)
    title = _SHORTCODE.sub(" ", title)
    title = _MASKED_LINK.sub(r"\1", title)
    title = " ".join(_LINE_MARKUP.sub("", line) for line in title.splitlines())
    title = _INLINE_MARKUP.sub("", title)
    title = "".join(" " if _is_symbol(character) else character for character in title)
    title = _EMPTY_BRACKETS.sub(" ", title)
    title = " ".join(title.split())
    start = 0
    # a title starts at a word, a bracket ("[HIRING]") or a dot before a word (".NET")
    while start < len(title) and not (
        title[start].isalnum()
        or title[start] in "([【「"
        or (title[start] == "." and title[start + 1 : start + 2].isalnum())
    ):
        start += 1
    end = len(title)
    while end > start and (title[end - 1] in _END_DECORATION or title[end - 1].isspace()):
        end -= 1
    title = title[start:end]
    return title if any(character.isalnum() for character in title) else ""
