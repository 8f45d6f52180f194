"""The matching engine: a taxonomy compiled once, and the stages every public function runs.

Each call runs the same stages: prepare the text, find alias evidence, misspellings and
descriptive mentions, group them into skills, then score and explain. A :class:`Matcher` reads
no files after it is built and never changes, so the same input always gives the same answer.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from matcher.aliases import find_alias_evidence
from matcher.errors import InputError
from matcher.experience import find_experience
from matcher.explain import next_steps
from matcher.fuzzy import find_typo_evidence
from matcher.index import MatchIndex, build_index
from matcher.language import detect_language
from matcher.limits import MAX_TEXT_CHARS
from matcher.models import (
    Comparison,
    Kind,
    KindOption,
    MatchResult,
    Ranked,
    Requirement,
    SkillHit,
)
from matcher.role import detect_kind, lean_role
from matcher.scoring import category_scores, group_hits, missing_core, overall_score
from matcher.similarity import find_similar_evidence
from matcher.text import prepare, segments
from taxonomy import Taxonomy, builtin_taxonomy


class Matcher:
    """A taxonomy compiled for matching: build it once, then match, compare and rank with it.

    Building compiles the alias expressions and fits two TF-IDF vectorizers (about a second,
    most of it importing scikit-learn). With ``cache_dir`` the fitted models are kept in that
    folder, so a later process loads them instead of fitting (taxonomy data only, never a
    document); without it nothing is read from or written to disk. ``taxonomy`` defaults to
    the built-in one. A Matcher is never modified after it is built and may be shared between
    threads.

    >>> engine = Matcher()
    >>> sorted(hit.id for hit in engine.match("Golang dan PostgreSQL").skills)
    ['go', 'postgresql']
    """

    def __init__(
        self, taxonomy: Taxonomy | None = None, *, cache_dir: str | os.PathLike[str] | None = None
    ) -> None:
        folder = Path(cache_dir) if cache_dir is not None else None
        chosen = checked_taxonomy(taxonomy) or builtin_taxonomy()
        self.index: MatchIndex = build_index(chosen, cache_dir=folder)

    @property
    def taxonomy(self) -> Taxonomy:
        return self.index.taxonomy

    def match(self, text: str, *, kind: KindOption = "auto") -> MatchResult:
        """:func:`matcher.match` with this Matcher's taxonomy."""
        return _analyze([checked_text(text)], kind, self.index)[0]

    def compare(self, resume_text: str, posting_text: str) -> Comparison:
        """:func:`matcher.compare` with this Matcher's taxonomy."""
        resume = _analyze([checked_text(resume_text, "resume")], "resume", self.index)[0]
        posting = _analyze([checked_text(posting_text, "posting")], "posting", self.index)[0]
        return _compare_results(resume, posting)

    def rank(self, posting_text: str, resumes: Iterable[tuple[str, str]]) -> list[Ranked]:
        """:func:`matcher.rank` with this Matcher's taxonomy."""
        posting = _analyze([checked_text(posting_text, "posting")], "posting", self.index)[0]
        results = _batched(resumes, "resume", "resume", self.index)
        unmet = {h.id: _requirement(h, None) for h in posting.skills}
        return _ranked((name, _compare_results(result, posting, unmet)) for name, result in results)

    def rank_postings(self, resume_text: str, postings: Iterable[tuple[str, str]]) -> list[Ranked]:
        """:func:`matcher.rank_postings` with this Matcher's taxonomy."""
        resume = _analyze([checked_text(resume_text, "resume")], "resume", self.index)[0]
        results = _batched(postings, "posting", "posting", self.index)
        return _ranked((name, _compare_results(resume, result)) for name, result in results)


def checked_text(text: object, label: str = "text") -> str:
    """``text`` if the matcher accepts it, else :class:`matcher.InputError` naming ``label``."""
    if not isinstance(text, str):
        raise InputError(f"{label} must be a string, not {type(text).__name__}")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            f"{label} is {len(text):,} characters long; the limit is {MAX_TEXT_CHARS:,}"
        )
    return text


def checked_taxonomy(taxonomy: object) -> Taxonomy | None:
    """``taxonomy`` if it is a Taxonomy or None, else :class:`matcher.InputError`."""
    if taxonomy is not None and not isinstance(taxonomy, Taxonomy):
        kind = type(taxonomy).__name__
        raise InputError(f"taxonomy must be a Taxonomy (see taxonomy.load_taxonomy), not {kind}")
    return taxonomy


def _named_text(item: object, label: str) -> tuple[str, str]:
    # The documents of a ranking come from callers' own lists; a wrong shape is named, never
    # quoted, since it may hold a resume.
    if not isinstance(item, tuple | list) or len(item) != 2:
        shape = (
            f"{type(item).__name__} of {len(item)}"
            if isinstance(item, tuple | list)
            else type(item).__name__
        )
        raise InputError(f"each {label} must be a (name, text) pair, not a {shape}")
    name, text = item
    return str(name), checked_text(text, f"{label} {name!r}")


def _analyze(texts: Sequence[str], kind: KindOption, index: MatchIndex) -> list[MatchResult]:
    if kind not in ("auto", "resume", "posting"):
        raise InputError(f"kind must be 'auto', 'resume' or 'posting', not {kind!r}")
    prepared = [prepare(text) for text in texts]
    exact = [
        find_alias_evidence(text, clean, index) for text, clean in zip(texts, prepared, strict=True)
    ]
    taken = [[(f.evidence.start, f.evidence.end) for f in found] for found in exact]
    typos = find_typo_evidence(texts, prepared, taken, index)
    evidence = [aliases + misspelt for aliases, misspelt in zip(exact, typos, strict=True)]
    similar = find_similar_evidence(texts, [segments(clean) for clean in prepared], index)

    results = []
    for text, found, described in zip(texts, evidence, similar, strict=True):
        skills, negated = group_hits(found + described, index)
        language = detect_language(text, index)
        categories = category_scores(skills, index)
        role = lean_role(text, skills, index)
        missing = missing_core(skills, index)
        resolved_kind: Kind = detect_kind(text, index) if kind == "auto" else kind
        results.append(
            MatchResult(
                score=overall_score(categories, role, index),
                kind=resolved_kind,
                language=language,
                categories=categories,
                skills=skills,
                missing=missing,
                negated=negated,
                role=role,
                experience=find_experience(text, index),
                next_steps=next_steps(missing, language, index),
                taxonomy_version=index.taxonomy.version,
            )
        )
    return results


def _requirement(wanted: SkillHit, held: SkillHit | None) -> Requirement:
    return Requirement(
        id=wanted.id,
        name=wanted.name,
        category=wanted.category,
        weight=wanted.weight,
        posting_evidence=wanted.evidence,
        resume_evidence=held.evidence if held else (),
    )


def _compare_results(
    resume: MatchResult, posting: MatchResult, unmet: Mapping[str, Requirement] | None = None
) -> Comparison:
    # ``unmet``: each requirement of ``posting`` as a resume lacking it sees it. A ranking
    # against one posting builds them once and shares them, frozen, among all its resumes.
    held = {h.id: h for h in resume.skills}
    wanted = {h.id for h in posting.skills}
    total = sum(h.weight for h in posting.skills)
    gained = sum(h.weight * held[h.id].confidence for h in posting.skills if h.id in held)
    return Comparison(
        score=round(100 * gained / total, 1) if total else 0.0,
        covered=tuple(_requirement(h, held[h.id]) for h in posting.skills if h.id in held),
        missing=tuple(
            unmet[h.id] if unmet is not None else _requirement(h, None)
            for h in posting.skills
            if h.id not in held
        ),
        extra=tuple(h for h in resume.skills if h.id not in wanted),
        resume=resume,
        posting=posting,
    )


def _batched(
    documents: Iterable[tuple[str, str]], kind: KindOption, label: str, index: MatchIndex
) -> Iterator[tuple[str, MatchResult]]:
    """``(name, result)`` per ``(name, text)``, matched 256 at a time to share the heavy stages."""
    batch: list[tuple[str, str]] = []
    for item in documents:
        batch.append(_named_text(item, label))
        if len(batch) >= 256:
            yield from _analyzed(batch, kind, index)
            batch = []
    yield from _analyzed(batch, kind, index)


def _analyzed(
    batch: list[tuple[str, str]], kind: KindOption, index: MatchIndex
) -> Iterator[tuple[str, MatchResult]]:
    if batch:
        results = _analyze([text for _, text in batch], kind, index)
        yield from zip((name for name, _ in batch), results, strict=True)


def _ranked(pairs: Iterable[tuple[str, Comparison]]) -> list[Ranked]:
    """Ranked results, best first; ``pairs`` is consumed, and its documents matched, here."""
    ranked = [Ranked(name=name, score=c.score, comparison=c) for name, c in pairs]
    return sorted(ranked, key=lambda r: -r.score)
