"""The public functions: match, compare, rank and rank_postings on a default Matcher, and
compare_results on two results already matched.

They are :class:`matcher.Matcher` methods for callers that do not build one themselves: the
first call with a taxonomy builds its Matcher (about a second: the alias expressions are
compiled and the TF-IDF vectorizers fitted in memory, with no disk cache and no environment
lookup) and later calls reuse it. The last eight taxonomies' Matchers are kept, a few megabytes
each, for the life of the process. A caller that wants fitted models cached on disk, or to
control that memory, builds a Matcher itself.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from matcher.engine import Matcher, _compare_results, checked_taxonomy
from matcher.models import Comparison, KindOption, MatchResult, Ranked
from taxonomy import Taxonomy, builtin_taxonomy

_DEFAULTS_KEPT = 8
_defaults: dict[int, Matcher] = {}
_defaults_lock = threading.Lock()


def default_matcher(taxonomy: Taxonomy | None = None) -> Matcher:
    """The Matcher the module functions use for ``taxonomy`` (the built-in one by default)."""
    taxonomy = checked_taxonomy(taxonomy) or builtin_taxonomy()
    key = id(taxonomy)
    with _defaults_lock:
        kept = _defaults.get(key)
        # A Matcher holds its taxonomy, so a kept id can never be reused by another taxonomy.
        if kept is not None and kept.taxonomy is taxonomy:
            return kept
    built = Matcher(taxonomy)
    with _defaults_lock:
        if len(_defaults) >= _DEFAULTS_KEPT:
            _defaults.pop(next(iter(_defaults)))
        _defaults[key] = built
    return built


def match(text: str, *, kind: KindOption = "auto", taxonomy: Taxonomy | None = None) -> MatchResult:
    """Score a resume or job posting against the backend-developer profile.

    Runs on the default Matcher of ``taxonomy``, built on the first call (see the module notes).

    Every skill found carries evidence spans into ``text``: ``text[e.start:e.end] == e.snippet``.
    Texts over 200,000 characters raise :class:`matcher.InputError`.

    >>> result = match("Backend engineer, 3+ years of experience: Golang, PostgreSQL, Docker.")
    >>> sorted(hit.id for hit in result.skills)
    ['docker', 'go', 'postgresql', 'server-side-logic']
    >>> result.experience.years
    3.0
    """
    return default_matcher(taxonomy).match(text, kind=kind)


def compare(resume_text: str, posting_text: str, *, taxonomy: Taxonomy | None = None) -> Comparison:
    """Measure a resume against one posting: the share of its requirements the resume shows.

    Runs on the default Matcher of ``taxonomy``, built on the first call (see the module notes).

    >>> fit = compare("Saya menguasai Laravel dan MySQL.", "Dicari: Laravel, MySQL, Redis.")
    >>> sorted(r.id for r in fit.covered), [r.id for r in fit.missing]
    (['laravel', 'mysql'], ['redis'])
    """
    return default_matcher(taxonomy).compare(resume_text, posting_text)


def compare_results(resume: MatchResult, posting: MatchResult) -> Comparison:
    """Measure an already matched resume against an already matched posting.

    For callers that keep results, such as a job board that stores each posting's analysis:
    the same answer as :func:`compare` on the two texts, without matching either again.

    >>> resume = match("Laravel, MySQL", kind="resume")
    >>> fit = compare_results(resume, match("Dicari: Laravel, Redis"))
    >>> [r.id for r in fit.covered], [r.id for r in fit.missing]
    (['laravel'], ['redis'])
    """
    return _compare_results(resume, posting)


def rank(
    posting_text: str,
    resumes: Iterable[tuple[str, str]],
    *,
    taxonomy: Taxonomy | None = None,
) -> list[Ranked]:
    """Rank resumes, given as ``(name, text)`` pairs, by fit to a posting, best first.

    Runs on the default Matcher of ``taxonomy``, built on the first call (see the module notes).

    Ties keep input order. Resumes are matched in batches so that thousands rank in seconds;
    this leaves the garbage collector alone, and pausing it around a large ranking
    (:func:`matcher.collector_paused`, as ``cocok rank`` does) takes about half the time.

    >>> ranked = rank("Dicari backend: Go, PostgreSQL", [("a", "PHP"), ("b", "Golang, Postgres")])
    >>> [r.name for r in ranked]
    ['b', 'a']
    """
    return default_matcher(taxonomy).rank(posting_text, resumes)


def rank_postings(
    resume_text: str,
    postings: Iterable[tuple[str, str]],
    *,
    taxonomy: Taxonomy | None = None,
) -> list[Ranked]:
    """Rank job postings, given as ``(name, text)`` pairs, by how well one resume fits each.

    Runs on the default Matcher of ``taxonomy``, built on the first call (see the module notes).

    The mirror of :func:`rank`: which openings suit this person, and what each one still asks
    for (``comparison.missing``). Best first; ties keep input order.

    >>> ranked = rank_postings("Golang, Postgres", [("php", "Dicari PHP"), ("go", "Go, SQL")])
    >>> [r.name for r in ranked]
    ['go', 'php']
    """
    return default_matcher(taxonomy).rank_postings(resume_text, postings)
