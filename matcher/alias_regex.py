"""One compiled regular expression for every alias of the taxonomy.

Thousands of aliases joined as a plain alternation would make Python's regex engine try each
one at every position. Folding them into a character trie first gives an expression that
rejects most positions after one character, so the whole text is scanned in a single pass.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

# Inside an alias a space stands for any run of spaces, line breaks or hyphens, and a hyphen is
# optional ("docker-compose", "docker compose", "dockercompose"), since PDF text breaks lines
# and people write compounds every way.
_SPACE = "\x00"
_HYPHEN = "\x01"
_UNIT_PATTERN = {_SPACE: r"[\s\-]+", _HYPHEN: r"[\s\-]?"}

# Word boundaries that understand C#, C++, .NET and Node.js: an alias may not be glued to a
# letter or digit on either side, nor followed by "#" or "+" (so "C" never matches in "C#").
_BEFORE = r"(?<![\w])"
_AFTER = r"(?![\w#+])"
_SPACES_AND_HYPHENS = re.compile(r"[\s\-]+")


# Matched text repeats from text to text ("Laravel", "MySQL"): remembering keys saves a regex pass.
@functools.lru_cache(maxsize=1 << 14)
def alias_key(alias: str) -> str:
    """The lookup key of an alias or of matched text: case-folded, without spaces or hyphens."""
    return _SPACES_AND_HYPHENS.sub("", alias.casefold())


def first_char_lookahead(firsts: Iterable[str]) -> str:
    """A look-ahead passing only where one of ``firsts``, single characters, comes next.

    Python's engine tries alternatives one after another at every position, and case-blind
    comparisons are slow; one character class in front rejects most positions at once. Give it
    the first character of every alternative that follows; an empty string, for an alternative
    that may start with anything, turns the look-ahead off.
    """
    chars = set(firsts)
    if not chars or "" in chars:
        return ""
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(chars)) + "])"


_SEPARATOR_RUN = re.compile(r"[\s\-]+")


def _units(alias: str) -> list[str]:
    # A run of separators is one unit: "a - - b" as three units in a row would give the engine
    # that many ways to split the same spaces, which backtracks polynomially on near misses.
    text = alias.strip().casefold()
    units: list[str] = []
    done = 0
    for run in _SEPARATOR_RUN.finditer(text):
        units.extend(text[done : run.start()])
        units.append(_HYPHEN if set(run.group()) == {"-"} else _SPACE)
        done = run.end()
    units.extend(text[done:])
    return units


def _trie_pattern(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    ends_here = "" in node
    branches = [
        (_UNIT_PATTERN.get(unit) or re.escape(unit)) + _trie_pattern(child)
        for unit, child in sorted(node.items())
        if unit != ""
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        needs_group = len(branches) == 1 and len(body) > 1
        return ("(?:" + body + ")" if needs_group else body) + "?"
    return body


def compile_alias_regex(aliases: list[str]) -> re.Pattern[str]:
    """A pattern matching any of ``aliases``, longest first at each position, in folded text.

    Give it text folded by :func:`matcher.text.fold_case`: it finds there what it would find with
    ``re.IGNORECASE`` in the text itself, twice as fast.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for alias in aliases:
        node = trie
        for unit in _units(alias):
            node = node.setdefault(unit, {})
        node[""] = {}
    # A space or hyphen unit is a pattern, not a character: it turns the look-ahead off.
    firsts = [unit if unit not in _UNIT_PATTERN else "" for unit in trie if unit]
    if "" in trie:
        firsts.append("")
    ahead = first_char_lookahead(firsts)
    return re.compile(_BEFORE + ahead + "(?:" + _trie_pattern(trie) + ")" + _AFTER)
