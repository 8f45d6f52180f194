"""A posting's competencies as requirement groups: either-or lists, must or nice.

The matcher says which competencies a posting names and where. This stage reads the words
around them: a list joined by "or", "atau" or "/" inside one clause is one group any member of
which satisfies it; separate lines and clauses are separate groups; a nice-to-have cue makes its
clause a plus, a bracketed cue ("(nilai tambah)") only its list item, a nice-to-have heading the
lines under it. A bracketed cue inside an either-or ("Golang (diutamakan) atau Java") says which
option is preferred, not that the requirement is optional, so that group stays a must.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from matcher.models import SkillHit
from matcher.requirements.cues import (
    AND_WORD,
    BRACKETED_NICE,
    CHOICE_CUE,
    EXAMPLE_CUE,
    LIST_GAP,
    NICE_CUE,
    OR_WORD,
)
from matcher.requirements.layout import (
    SectionLevel,
    Span,
    clauses,
    heading_level,
    lines,
    list_items,
)
from matcher.requirements.models import Level, RequirementGroup
from matcher.text import fold_case

_MAX_GAP = 40
_CUE_REACH = 30


class Section(Protocol):
    """A part of the document as the reading layer sees it (``kind``, ``start``, ``end``)."""

    @property
    def kind(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


# Section kinds of the reading layer that decide a level by themselves.
_SECTION_LEVELS: dict[str, SectionLevel] = {
    "requirements": "must",
    "responsibilities": "must",
    "nice_to_have": "nice",
    "benefits": "off",
    "company": "off",
}


class Group(NamedTuple):
    """A :class:`RequirementGroup`'s fields: the stage's callers validate them once, as the
    model they report (a posting's groups, or its requirements in a result)."""

    ids: tuple[str, ...]
    level: Level
    start: int
    end: int


@dataclass(frozen=True)
class _Item:
    """Competencies named at one place in the text (one alias can name two: GKE)."""

    start: int
    end: int
    ids: tuple[str, ...]


def _narrowest(skills: Iterable[SkillHit]) -> list[tuple[int, int, str]]:
    """Evidence spans, leaving out a wide one ("MySQL/PostgreSQL" for postgresql) that holds a
    narrower one, when its competency is also found on its own ("PostgreSQL")."""
    spans = sorted({(e.start, e.end, hit.id) for hit in skills for e in hit.evidence})
    occurrences = Counter(competency_id for _, _, competency_id in spans)
    kept = []
    for at, (start, end, competency_id) in enumerate(spans):
        # sorted by start, so the spans inside this one are its neighbours; most competencies
        # are named once, and those keep every span without a look at them
        holds_another = occurrences[competency_id] > 1 and any(
            other[1] <= end and other[:2] != (start, end)
            for other in (*_same_start(spans, at), *_starting_inside(spans, at, end))
        )
        if not holds_another:
            kept.append((start, end, competency_id))
    return kept


def _same_start(spans: list[tuple[int, int, str]], at: int) -> Iterator[tuple[int, int, str]]:
    back = at - 1
    while back >= 0 and spans[back][0] == spans[at][0]:
        yield spans[back]
        back -= 1


def _starting_inside(
    spans: list[tuple[int, int, str]], at: int, end: int
) -> Iterator[tuple[int, int, str]]:
    ahead = at + 1
    while ahead < len(spans) and spans[ahead][0] < end:
        yield spans[ahead]
        ahead += 1


def _items(skills: Iterable[SkillHit]) -> list[_Item]:
    found = _narrowest(skills)
    items: list[_Item] = []
    for start, end, competency_id in found:
        if items and start < items[-1].end:
            last = items[-1]
            ids = last.ids if competency_id in last.ids else (*last.ids, competency_id)
            items[-1] = _Item(last.start, max(last.end, end), ids)
        else:
            items.append(_Item(start, end, (competency_id,)))
    return items


def _gap(text: str, start: int, end: int) -> str:
    """The words between two items, a bracketed preference cue left out."""
    gap = text[start:end]
    return BRACKETED_NICE.sub(" ", gap) if "(" in gap else gap


def _chains(text: str, items: list[_Item]) -> list[tuple[list[_Item], bool]]:
    """Runs of items joined only by list words, each with whether it is an either-or."""
    chains: list[tuple[list[_Item], bool]] = []
    for item in items:
        if chains:
            run, either = chains[-1]
            if item.start - run[-1].end > 2 * _MAX_GAP:
                chains.append(([item], False))
                continue
            gap = _gap(text, run[-1].end, item.start)
            joined = len(gap) <= _MAX_GAP and LIST_GAP.fullmatch(gap) is not None
            if joined and not AND_WORD.search(gap):
                run.append(item)
                chains[-1] = (run, either or OR_WORD.search(gap) is not None)
                continue
        chains.append(([item], False))
    return chains


def _item_at(items: list[Span], starts: list[int], at: int) -> Span:
    return items[max(0, bisect_right(starts, at) - 1)]


def _nice_scopes(text: str, clause: Span) -> list[Span]:
    """The parts of a clause a nice cue reaches, in order and not overlapping."""
    body = text[clause.start : clause.end]
    bracketed = list(BRACKETED_NICE.finditer(body)) if "(" in body else []
    plain = BRACKETED_NICE.sub(lambda m: " " * len(m.group()), body) if bracketed else body
    cues = list(NICE_CUE.finditer(plain))
    if not (bracketed or cues):
        return []  # most clauses: no need to cut them into list items
    scopes: list[Span] = []
    items = list_items(text, clause)
    starts = [item.start for item in items]
    for found in bracketed:
        at = clause.start + found.end()
        item = _item_at(items, starts, at)
        if not text[at : item.end].strip(" \t.;:)"):
            scopes.append(item)
    for found in cues:
        at = clause.start + found.start()
        item = _item_at(items, starts, at)
        opens_item = item.start > clause.start and not text[item.start : at].strip(" \t-:")
        scopes.append(Span(at, clause.end) if opens_item else clause)
    return _disjoint(scopes)


def _disjoint(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if merged and span.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged


def _within(spans: list[Span], starts: list[int], at: int) -> bool:
    index = bisect_right(starts, at) - 1
    return index >= 0 and at < spans[index].end


def _by_category(items: list[_Item], categories: dict[str, str]) -> list[tuple[str, ...]]:
    """Under "one of the following", the options of one kind (languages, databases) are one
    choice; a language and a database named together are still both asked for."""
    kinds: dict[str, list[str]] = {}
    for item in items:
        for competency_id in item.ids:
            kinds.setdefault(categories.get(competency_id, competency_id), []).append(competency_id)
    return [tuple(dict.fromkeys(ids)) for ids in kinds.values()]


def _option_sets(
    text: str, clause: Span, items: list[_Item], categories: dict[str, str]
) -> list[tuple[tuple[str, ...], int]]:
    """The clause's groups as (ids, offset of the first item)."""
    chains = _chains(text, items)
    if CHOICE_CUE.search(text, clause.start, clause.end):
        # a list of its own is the choice; single options scattered over the clause are
        # grouped by kind
        singles = [run[0] for run, _ in chains if len(run) == 1]
        listed = [
            (tuple(c for i in run for c in i.ids), run[0].start)
            for run, _ in chains
            if len(run) > 1
        ]
        return listed + [(ids, items[0].start) for ids in _by_category(singles, categories)]
    sets: list[tuple[tuple[str, ...], int]] = []
    for run, either in chains:
        before = text[max(clause.start, run[0].start - _CUE_REACH) : run[0].start]
        if len(run) > 1 and (either or EXAMPLE_CUE.search(before)):
            sets.append((tuple(c for i in run for c in i.ids), run[0].start))
        else:
            sets.extend(((c,), i.start) for i in run for c in i.ids)
    return sets


def _clause_groups(
    text: str,
    clause: Span,
    items: list[_Item],
    level: Level,
    categories: dict[str, str],
) -> list[Group]:
    scopes = _nice_scopes(text, clause)
    scope_starts = [scope.start for scope in scopes]
    groups = []
    for ids, at in _option_sets(text, clause, items, categories):
        nice = level == "nice" or _within(scopes, scope_starts, at)
        groups.append(
            Group(tuple(dict.fromkeys(ids)), "nice" if nice else "must", clause.start, clause.end)
        )
    return groups


def _merged(groups: list[Group]) -> tuple[Group, ...]:
    """One group per set of ids, a must where any reading of it was a must."""
    by_ids: dict[frozenset[str], Group] = {}
    for group in groups:
        key = frozenset(group.ids)
        kept = by_ids.get(key)
        if kept is None or (kept.level == "nice" and group.level == "must"):
            by_ids[key] = group
    return tuple(by_ids.values())


def _section_level(sections: Sequence[Section], at: int) -> SectionLevel | None:
    for section in sections:
        if section.start <= at < section.end and section.kind in _SECTION_LEVELS:
            return _SECTION_LEVELS[section.kind]
    return None


def read_requirements(
    text: str, skills: Iterable[SkillHit], *, sections: Sequence[Section] = ()
) -> tuple[RequirementGroup, ...]:
    """The posting's requirement groups, in the order the posting states them.

    ``skills`` are the competencies the matcher found in ``text`` (with evidence offsets);
    ``sections``, when the reading layer gives them, decide a line's level before its headings.

    >>> import matcher
    >>> text = "Requirements:\\n- Go or Java\\n- Docker is a plus"
    >>> [(g.ids, g.level) for g in read_requirements(text, matcher.match(text).skills)]
    [(('go', 'java'), 'must'), (('docker',), 'nice')]
    """
    return tuple(
        RequirementGroup(ids=g.ids, level=g.level, start=g.start, end=g.end)
        for g in requirement_groups(text, skills, sections=sections)
    )


def requirement_groups(
    text: str, skills: Iterable[SkillHit], *, sections: Sequence[Section] = ()
) -> tuple[Group, ...]:
    """:func:`read_requirements` as plain fields."""
    # The cues read the folded text; only offsets leave this function.
    folded = fold_case(text)
    items = _items(skills)
    starts = [item.start for item in items]
    categories = {hit.id: hit.category for hit in skills}
    groups: list[Group] = []
    level: SectionLevel = "must"
    block: list[_Item] = []
    block_span: Span | None = None
    choice_level: Level = "must"
    for line in lines(folded):
        in_line = items[bisect_left(starts, line.start) : bisect_left(starts, line.end)]
        level = (
            _section_level(sections, line.start)
            or heading_level(line, has_skills=bool(in_line))
            or level
        )
        if block_span is not None and not line.bulleted:
            groups.extend(_block_groups(block, block_span, choice_level, categories))
            block, block_span = [], None
        if not line.bulleted and not in_line and CHOICE_CUE.search(line.text):
            block_span, choice_level = Span(line.start, line.end), _level(level)
            continue
        if level == "off" or not in_line:
            continue
        if block_span is not None:
            block.extend(in_line)
            block_span = Span(block_span.start, line.end)
            continue
        for clause in clauses(line):
            in_clause = items[bisect_left(starts, clause.start) : bisect_left(starts, clause.end)]
            if in_clause:
                groups.extend(_clause_groups(folded, clause, in_clause, _level(level), categories))
    if block_span is not None:
        groups.extend(_block_groups(block, block_span, choice_level, categories))
    return _merged(groups)


def _level(level: SectionLevel) -> Level:
    return "nice" if level == "nice" else "must"


def _block_groups(
    block: list[_Item], span: Span, level: Level, categories: dict[str, str]
) -> list[Group]:
    return [Group(ids, level, span.start, span.end) for ids in _by_category(block, categories)]
