"""Hostile texts: inputs shaped to make a regular expression or a scan go super-linear.

Each family is a function of a size in characters that returns a text of exactly that size,
the same text on every call. Tests run them at a moderate size to check that ``match()``
gives a valid result; ``python -m bench adversarial`` runs them at the matcher's limit and
times them. A family names the shape it attacks: long runs of one kind of white space after a
number (the years pattern), dotted words (the link pattern), short ambiguous names on many
lines (the neighbour check), and so on.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

from taxonomy import builtin_taxonomy

Family = Callable[[int], str]

WHITE_SPACE = {
    "space": " ",
    "tab": "\t",
    "newline": "\n",
    "crlf": "\r\n",
    "nbsp": "\u00a0",
    "em-space": "\u2003",
    "ideographic-space": "\u3000",
    "zero-width-space": "\u200b",
    "nul": "\x00",
}

PUNCTUATION = ".,;:!?-_#+*/\\|'\"`~@&%$=<>^•"


def repeated(unit: str, size: int) -> str:
    """``unit`` repeated and cut to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def framed(head: str, fill: str, tail: str, size: int) -> str:
    """``head``, then ``fill`` repeated, then ``tail``: exactly ``size`` characters in all."""
    middle = max(size - len(head) - len(tail), 0)
    return (head + repeated(fill, middle) + tail)[:size] if middle else (head + tail)[:size]


def halves(first: str, second: str, size: int) -> str:
    """Half the size of ``first`` repeated, then ``second`` repeated for the rest."""
    return repeated(first, size // 2) + repeated(second, size - size // 2)


CUE_KINDS = (
    "tech-context",
    "negation",
    "negation-after",
    "clause-break",
    "kind",
    "function-word",
    "title",
    "alias",
)


@functools.lru_cache(maxsize=1)
def _cue_words() -> dict[str, tuple[str, ...]]:
    """The taxonomy's cue words of each kind in ``CUE_KINDS``, and every alias."""
    taxonomy = builtin_taxonomy()
    cues = taxonomy.profile.cues
    aliases = {str(getattr(a, "text", a)) for c in taxonomy.competencies for a in c.aliases.all()}
    return {
        "tech-context": tuple(cues.tech_context),
        "negation": tuple(w for words in cues.negation.values() for w in words),
        "negation-after": tuple(cues.negation_after),
        "clause-break": tuple(cues.clause_breaks),
        "kind": tuple(w for words in cues.kind.values() for w in words),
        "function-word": tuple(w for words in cues.function_words.values() for w in words),
        "title": (
            *(t for level in taxonomy.profile.levels for t in level.title_terms),
            *(t for role in taxonomy.profile.roles for t in role.title_terms),
        ),
        "alias": tuple(sorted(aliases)),
    }


def _families() -> dict[str, Family]:
    families: dict[str, Family] = {}
    for name, space in WHITE_SPACE.items():
        # The years pattern: a number, then white space, then no unit.
        families[f"number-then-{name}-run"] = functools.partial(framed, "3", space, "x")
        families[f"number-{name}-run-then-years"] = functools.partial(
            framed, "experience 3", space, " years"
        )
        families[f"word-{name}-run-word"] = functools.partial(framed, "a", space, "b")
        families[f"alias-{name}-run-alias"] = functools.partial(framed, "Spring", space, "Boot")
    for mark in PUNCTUATION:
        families[f"run-of-{mark!r}"] = functools.partial(repeated, mark)
        families[f"word-and-{mark!r}"] = functools.partial(repeated, "a" + mark)
    families |= {
        "dotted-word": functools.partial(repeated, "a."),
        "link-like-word": functools.partial(repeated, "a.b-c+"),
        "address-without-domain": lambda size: framed("", "a.", "@", size),
        "address-with-long-domain": lambda size: framed("x@", "a.", "", size),
        "address-like-words": functools.partial(repeated, "a.b@c "),
        "urls-glued": functools.partial(repeated, "https://a.b/"),
        "www-glued": functools.partial(repeated, "www."),
        "profile-links": functools.partial(repeated, "github.com/x "),
        "node-dot-glued": functools.partial(repeated, "Node."),
        "nodejs-glued": functools.partial(repeated, "Node.js"),
        "nodejs-spaced": functools.partial(repeated, "Node.js "),
        "ambiguous-names-on-lines": functools.partial(halves, "C#\n", "Go\n"),
        "ambiguous-names-one-line": functools.partial(halves, "C# ", "Go "),
        "ambiguous-names-glued": functools.partial(repeated, "GoGo"),
        "ambiguous-names-hyphens": functools.partial(repeated, "Go-"),
        "negated-names": functools.partial(repeated, "no Java, "),
        "negation-then-name": lambda size: framed("", "tidak ", "Java", size),
        "years-phrases": functools.partial(repeated, "3 years experience "),
        "numbers-and-ranges": functools.partial(repeated, "3-5 "),
        "digits": functools.partial(repeated, "1"),
        "decimals": functools.partial(repeated, "1.5"),
        "long-word": functools.partial(repeated, "a"),
        "long-capitalised-word": lambda size: framed("P", "emrograman", "", size),
        "long-hyphenated-compound": lambda size: framed("docker", "-", "compose", size),
        "nested-brackets": lambda size: halves("([{", "}])", size),
        "sentences": functools.partial(repeated, "a. A"),
        "sentence-end-then-spaces": lambda size: framed("a.", " ", "x", size),
        "bullets": functools.partial(repeated, " • a"),
        "many-short-lines": functools.partial(repeated, "a\n"),
        "many-blank-lines": functools.partial(repeated, "\n"),
        "mixed-scripts": functools.partial(
            repeated, "Go 日本語 Питон العربية Ελληνικά हिन्दी ไทย 🙂 "
        ),
        "combining-marks": functools.partial(repeated, "a\u0301\u0308"),
        "surrogate-like": functools.partial(repeated, "\ud800a"),
        "title-line": lambda size: framed("Senior Backend ", "Developer ", "", size),
    }
    for name in CUE_KINDS:
        families[f"every-{name}-repeated"] = functools.partial(_every, name, " ")
        families[f"every-{name}-glued"] = functools.partial(_every, name, "")
    return families


def _every(kind: str, separator: str, size: int) -> str:
    words = _cue_words()[kind]
    return repeated(separator.join(words) + separator, size)


FAMILIES: dict[str, Family] = _families()


def hostile_texts(size: int) -> Iterator[tuple[str, str]]:
    """``(family name, text)`` for every family, each text exactly ``size`` characters."""
    for name, family in FAMILIES.items():
        yield name, family(size)


__all__ = [
    "CUE_KINDS",
    "FAMILIES",
    "PUNCTUATION",
    "WHITE_SPACE",
    "framed",
    "halves",
    "hostile_texts",
]
