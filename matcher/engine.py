"""The matching engine: a taxonomy compiled once, and the stages every public function runs.

Each call runs the same stages: prepare the text, find alias evidence, misspellings and
descriptive mentions, group them into skills, then score and explain. A :class:`Matcher` reads
no files after it is built and never changes, so the same input always gives the same answer.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from matcher.aliases import find_alias_evidence
from matcher.errors import InputError
from matcher.evidence import Found
from matcher.experience import result_experience
from matcher.explain import posting_summary, profile_plan, reader_language
from matcher.fit import compare_results, posting_asks, posting_requirements
from matcher.fuzzy import find_typo_evidence
from matcher.index import MatchIndex, build_index
from matcher.language import detect_language
from matcher.limits import MAX_TEXT_CHARS
from matcher.models import (
    Comparison,
    KindOption,
    MatchResult,
    Ranked,
    ReaderLanguage,
    SkillHit,
)
from matcher.reading import analyze_document, kind_and_sections
from matcher.role import role_leaning
from matcher.scoring import category_scores, group_hits, overall_score
from matcher.similarity import find_similar_evidence
from matcher.text import prepare, segments
from taxonomy import Taxonomy, builtin_taxonomy

# Sections of a posting about the employer rather than the job: a competency named only there
# ("our apps are built with Flutter") is context, not something the job asks.
_CONTEXT_SECTIONS = frozenset({"company", "benefits", "how_to_apply"})


class Matcher:
    """A taxonomy compiled for matching: build it once, then match, compare and rank with it.

    Building compiles the alias expressions and loads two fitted TF-IDF vectorizers: the
    built-in taxonomy's ship with cocok; another taxonomy's are fitted by scikit-learn (about
    a second, most of it importing scikit-learn). With ``cache_dir`` those fits are kept in
    that folder, so a later process loads them instead of fitting (taxonomy data only, never a
    document); without it nothing but cocok's own files is read and nothing is written.
    ``taxonomy`` defaults to the built-in one. A Matcher is never modified after it is built
    and may be shared between threads.

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

    def match(
        self,
        text: str,
        *,
        kind: KindOption = "auto",
        as_of: datetime.date | None = None,
        lang: ReaderLanguage | None = None,
    ) -> MatchResult:
        """:func:`matcher.match` with this Matcher's taxonomy."""
        options = _Options.of(kind, as_of, lang)
        return _analyze([checked_text(text)], options, self.index)[0]

    def compare(
        self,
        resume_text: str,
        posting_text: str,
        *,
        as_of: datetime.date | None = None,
        lang: ReaderLanguage | None = None,
    ) -> Comparison:
        """:func:`matcher.compare` with this Matcher's taxonomy."""
        resume_options = _Options.of("resume", as_of, lang)
        posting_options = _Options.of("posting", as_of, lang)
        resume = _analyze([checked_text(resume_text, "resume")], resume_options, self.index)[0]
        posting = _analyze([checked_text(posting_text, "posting")], posting_options, self.index)[0]
        return compare_results(resume, posting, self.taxonomy)

    def rank(
        self,
        posting_text: str,
        resumes: Iterable[tuple[str, str]],
        *,
        as_of: datetime.date | None = None,
        lang: ReaderLanguage | None = None,
    ) -> list[Ranked]:
        """:func:`matcher.rank` with this Matcher's taxonomy."""
        options = _Options.of("posting", as_of, lang)
        posting = _analyze([checked_text(posting_text, "posting")], options, self.index)[0]
        results = _batched(resumes, options.as_kind("resume"), "resume", self.index)
        asks = posting_asks(posting, self.taxonomy)
        return _ranked(
            (name, compare_results(result, posting, self.taxonomy, asks))
            for name, result in results
        )

    def rank_postings(
        self,
        resume_text: str,
        postings: Iterable[tuple[str, str]],
        *,
        as_of: datetime.date | None = None,
        lang: ReaderLanguage | None = None,
    ) -> list[Ranked]:
        """:func:`matcher.rank_postings` with this Matcher's taxonomy."""
        options = _Options.of("resume", as_of, lang)
        resume = _analyze([checked_text(resume_text, "resume")], options, self.index)[0]
        results = _batched(postings, options.as_kind("posting"), "posting", self.index)
        return _ranked(
            (name, compare_results(resume, result, self.taxonomy)) for name, result in results
        )


@dataclass(frozen=True)
class _Options:
    """What the caller asked: the kind, the date "present" stands for, the reader's language."""

    kind: KindOption
    as_of: datetime.date
    lang: ReaderLanguage | None

    @classmethod
    def of(
        cls, kind: KindOption, as_of: datetime.date | None, lang: ReaderLanguage | None
    ) -> _Options:
        if kind not in ("auto", "resume", "posting"):
            raise InputError(f"kind must be 'auto', 'resume' or 'posting', not {kind!r}")
        if lang not in (None, "en", "id"):
            raise InputError(f"lang must be 'en', 'id' or None, not {lang!r}")
        if as_of is not None and not isinstance(as_of, datetime.date):
            raise InputError(f"as_of must be a datetime.date, not {type(as_of).__name__}")
        # The only clock the core reads: "present" in a resume is today unless told otherwise.
        return cls(kind, as_of or datetime.date.today(), lang)

    def as_kind(self, kind: KindOption) -> _Options:
        return _Options(kind, self.as_of, self.lang)


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


def _analyze(texts: Sequence[str], options: _Options, index: MatchIndex) -> list[MatchResult]:
    prepared = [prepare(text) for text in texts]
    exact = [
        find_alias_evidence(text, clean, index) for text, clean in zip(texts, prepared, strict=True)
    ]
    taken = [[(f.start, f.end) for f in found] for found in exact]
    typos = find_typo_evidence(texts, prepared, taken, index)
    evidence = [aliases + misspelt for aliases, misspelt in zip(exact, typos, strict=True)]
    similar = find_similar_evidence(texts, [segments(clean) for clean in prepared], index)
    return [
        _result(text, found + described, options, index)
        for text, found, described in zip(texts, evidence, similar, strict=True)
    ]


def _result(text: str, found: list[Found], options: _Options, index: MatchIndex) -> MatchResult:
    taxonomy = index.taxonomy
    kind, sections = kind_and_sections(text, None if options.kind == "auto" else options.kind)
    all_skills, negated = group_hits(found, index, sections)
    skills, context = _split_context(all_skills) if kind == "posting" else (all_skills, ())
    reading = analyze_document(
        text,
        as_of=options.as_of,
        skill_categories={hit.id: hit.category for hit in skills},
        kind=kind,
        sections=sections,
        taxonomy=taxonomy,
    )
    language = detect_language(text, index)
    lang = reader_language(options.lang, language)
    categories = category_scores(skills, index)
    role = role_leaning(reading.role, skills)
    experience = result_experience(text, sections, reading.years, reading.level)
    requirements = posting_requirements(text, skills, sections) if kind == "posting" else ()
    missing, steps = profile_plan(kind, (hit.id for hit in skills), lang, taxonomy)
    return MatchResult(
        score=overall_score(categories, role.backend, index),
        kind=kind,
        language=language,
        lang=lang,
        sections=sections,
        categories=categories,
        skills=skills,
        context=context,
        missing=missing,
        negated=negated,
        role=role,
        experience=experience,
        requirements=requirements,
        summary=posting_summary(
            requirements, experience.years, experience.seniority, lang, taxonomy
        )
        if kind == "posting"
        else None,
        next_steps=steps,
        taxonomy_version=taxonomy.version,
    )


def _split_context(
    hits: tuple[SkillHit, ...],
) -> tuple[tuple[SkillHit, ...], tuple[SkillHit, ...]]:
    """(asked, context): a posting's competencies, and those named only about the employer."""
    asked: list[SkillHit] = []
    context: list[SkillHit] = []
    for hit in hits:
        only_context = all(ev.section in _CONTEXT_SECTIONS for ev in hit.evidence)
        (context if only_context else asked).append(hit)
    return tuple(asked), tuple(context)


def _batched(
    documents: Iterable[tuple[str, str]], options: _Options, label: str, index: MatchIndex
) -> Iterator[tuple[str, MatchResult]]:
    """``(name, result)`` per ``(name, text)``, matched 256 at a time to share the heavy stages."""
    batch: list[tuple[str, str]] = []
    for item in documents:
        batch.append(_named_text(item, label))
        if len(batch) >= 256:
            yield from _analyzed(batch, options, index)
            batch = []
    yield from _analyzed(batch, options, index)


def _analyzed(
    batch: list[tuple[str, str]], options: _Options, index: MatchIndex
) -> Iterator[tuple[str, MatchResult]]:
    if batch:
        results = _analyze([text for _, text in batch], options, index)
        yield from zip((name for name, _ in batch), results, strict=True)


def _ranked(pairs: Iterable[tuple[str, Comparison]]) -> list[Ranked]:
    """Ranked results, best first; ``pairs`` is consumed, and its documents matched, here."""
    ranked = [Ranked(name=name, score=c.score, comparison=c) for name, c in pairs]
    return sorted(ranked, key=lambda r: -r.score)
