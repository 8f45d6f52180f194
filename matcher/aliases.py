"""Exact alias evidence: one regex pass, then context, veto and negation rules per hit.

Short names are where keyword matching goes wrong: "Go", "Express", "Spring", "Java" the
island, "Python" the snake. An alias marked ``needs_context`` counts only when a technical cue
word stands right next to it or another technology is named close by on the same line; a
``veto`` word nearby cancels the hit outright.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from dataclasses import dataclass

from matcher.alias_regex import alias_key
from matcher.context import same_line_window, vouched_for
from matcher.evidence import Found
from matcher.index import AliasEntry, MatchIndex
from matcher.text import fold_case

_VETO_REACH = 25
_NEGATION_REACH = 45
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CLAUSE_PUNCTUATION = re.compile(r"[.;:!?()\[\]\n]")
# Everything up to and including the last clause punctuation: greedy, so one match finds it.
_UP_TO_LAST_CLAUSE_END = re.compile(r".*[.;:!?()\[\]\n]", re.DOTALL)
_SPACES_AND_HYPHENS = re.compile(r"[\s\-]+")


def _compact(text: str) -> str:
    return _SPACES_AND_HYPHENS.sub("", text)


def _case_ok(entry: AliasEntry, matched: str) -> bool:
    return not entry.case_sensitive or _compact(matched) == _compact(entry.text)


@functools.lru_cache(maxsize=256)
def _any_of(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(word) for word in sorted(words)))


def _vetoed(entry: AliasEntry, text: str, start: int, end: int) -> bool:
    if not entry.veto:
        return False
    left, right = same_line_window(text, start, end, _VETO_REACH)
    around = text[left:start] + " " + text[end:right]
    # A veto word standing nearby is also a substring of the folded window; most windows hold
    # none, and one search rules out splitting them into words (the bulk of a text full of names).
    if not _any_of(entry.veto).search(around.casefold()):
        return False
    nearby = {word.casefold() for word in _WORD.findall(around)}
    return not nearby.isdisjoint(entry.veto)


@dataclass(frozen=True, slots=True)
class _NegationCues:
    """Where a text may hold negation cues: most alias hits have none near and skip the check."""

    starts: list[int]
    ends: list[int]
    phrase_after: bool


def _negation_cues(index: MatchIndex, prepared: str, folded: str) -> _NegationCues:
    """The cues of ``prepared``, scanned for in ``folded``, its :func:`matcher.text.fold_case`."""
    cues = list(index.negation_scan_regex.finditer(folded))
    casefolded = prepared.casefold()
    return _NegationCues(
        starts=[cue.start() for cue in cues],
        ends=[cue.end() for cue in cues],
        phrase_after=any(phrase in casefolded for phrase in index.negation_after),
    )


def _may_be_negated(index: MatchIndex, cues: _NegationCues, folded: str, start: int) -> bool:
    """False only where :func:`_negated` is sure to be False, found without its window scans.

    A cue it finds before ``start`` starts inside, or is overlapped by, a cue of the whole-text
    scan; or, since it searches a cut-out window, sits where that window cuts a word ("cannot"),
    which starts with the first word of a cue.
    The scan's cues do not overlap, so the last one starting before ``start`` ends latest.
    """
    if cues.phrase_after:
        return True
    left = max(start - _NEGATION_REACH, 0)
    earlier = bisect.bisect_left(cues.starts, start)
    if earlier and cues.ends[earlier - 1] > left:
        return True
    return (
        left > 0
        and folded.startswith(index.negation_first_words, left)
        and index.negation_scan_regex.match(folded[left:start]) is not None
    )


def _negated(index: MatchIndex, text: str, start: int, end: int) -> bool:
    left = max(start - _NEGATION_REACH, 0)
    before = text[left:start]
    clause_end = _UP_TO_LAST_CLAUSE_END.match(before)
    if clause_end:
        before = before[clause_end.end() :]
    for cue in index.negation_regex.finditer(before):
        between = before[cue.end() :]
        if not _has_clause_break(index, between):
            return True
    after = text[end : end + _NEGATION_REACH]
    stop = _CLAUSE_PUNCTUATION.search(after)
    folded = (after[: stop.start()] if stop else after).casefold()
    return any(phrase in folded for phrase in index.negation_after)


def _has_clause_break(index: MatchIndex, between: str) -> bool:
    if "," in between and len(between) > 25:
        return True
    words = {word.casefold() for word in _WORD.findall(between)}
    return not words.isdisjoint(index.clause_breaks)


def find_alias_evidence(text: str, prepared: str, index: MatchIndex) -> list[Found]:
    """Every alias hit in ``prepared`` that survives the context, veto and negation rules.

    ``prepared`` is ``text`` after :func:`matcher.text.prepare` (same length); snippets are cut
    from ``text`` so they read exactly as the caller wrote them.
    """
    firm: list[tuple[int, str, int, AliasEntry]] = []
    doubtful: list[tuple[int, str, int, AliasEntry]] = []
    folded = fold_case(prepared)
    named_by = index.alias_hits
    for found in index.alias_regex.finditer(folded):
        start, end = found.span()
        matched = prepared[start:end]
        entries = named_by.get(matched)
        if entries is None:
            entries = _named_by(index, matched)
        for entry in entries:
            if entry.veto and _vetoed(entry, prepared, start, end):
                continue
            hit = (start, entry.competency_id, end, entry)
            (doubtful if entry.needs_context else firm).append(hit)

    firm_starts = [start for start, _, _, _ in firm]  # in text order, as the regex found them
    accepted = firm + [
        hit for hit in doubtful if vouched_for(index, prepared, firm_starts, hit[0], hit[2])
    ]
    if not accepted:
        return []  # a text naming no technology needs no look for negation cues
    accepted.sort(key=_START_AND_COMPETENCY)

    cues = _negation_cues(index, prepared, folded)
    return [
        Found(
            competency_id,
            start,
            end,
            text[start:end],
            "alias",
            entry.text,
            1.0,
            _may_be_negated(index, cues, folded, start) and _negated(index, prepared, start, end),
        )
        for start, competency_id, end, entry in accepted
    ]


_START_AND_COMPETENCY = operator.itemgetter(0, 1)
# A name matched across a long run of spaces ("Spring", a page of blanks, "Boot") is not worth
# keeping: a memo of such texts would grow with the texts read.
_LONGEST_REMEMBERED = 64


def _named_by(index: MatchIndex, matched: str) -> tuple[AliasEntry, ...]:
    """The entries ``matched`` stands for under their case rules, remembered in the index."""
    entries = tuple(
        entry for entry in index.aliases.get(alias_key(matched), ()) if _case_ok(entry, matched)
    )
    if len(matched) <= _LONGEST_REMEMBERED:
        index.alias_hits.remember(matched, entries)
    return entries
