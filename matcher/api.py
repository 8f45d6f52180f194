"""The public functions: match, compare, rank and rank_postings on a default Matcher, and
compare_results on two results already matched.

They are :class:`matcher.Matcher` methods for callers that do not build one themselves: the
first call with a taxonomy builds its Matcher (the alias expressions are compiled and the
TF-IDF models loaded as shipped for the built-in taxonomy, or fitted in memory for another one,
about a second, with no disk cache and no environment lookup) and later calls reuse it. The
last eight taxonomies' Matchers are kept, a few megabytes each, for the life of the process. A
caller that wants fitted models cached on disk, or to control that memory, builds a Matcher
itself.

Every function takes ``as_of``, the date a resume's "present" or "sekarang" stands for when
its work periods are added up; it defaults to today, the one place the core reads the clock
(the CLI and the bot pass theirs). ``lang`` is the reader's language, ``"en"`` or ``"id"``, that
names, hints and summaries are written in, whatever the document's language; ``None`` follows
the document: English for English text, Indonesian for Indonesian and mixed text.
"""

from __future__ import annotations

import datetime
import threading
from collections.abc import Iterable

from matcher.engine import Matcher, checked_taxonomy
from matcher.fit import compare_results as _compare_results
from matcher.models import Comparison, KindOption, MatchResult, Ranked, ReaderLanguage
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


def match(
    text: str,
    *,
    kind: KindOption = "auto",
    as_of: datetime.date | None = None,
    lang: ReaderLanguage | None = None,
    taxonomy: Taxonomy | None = None,
) -> MatchResult:
    """Score a resume or job posting against the backend-developer profile.

    Runs on the default Matcher of ``taxonomy``, built on the first call (see the module notes).

    ``kind="auto"`` reads whether the text is a resume, a posting or neither (``other``); a
    given kind is taken as it is. Every skill found carries evidence spans into ``text``:
    ``text[e.start:e.end] == e.snippet``, and ``e.section`` the kind of section it stands in.
    Texts over 200,000 characters raise :class:`matcher.InputError`.

    >>> text = "Backend engineer, 3+ years of experience: Golang, PostgreSQL, Docker."
    >>> result = match(text, kind="resume")
    >>> sorted(hit.id for hit in result.skills)
    ['docker', 'go', 'postgresql', 'server-side-logic']
    >>> result.experience.years, result.role.id
    (3.0, 'backend')
    >>> match(text).kind  # one line shows no history: neither a resume nor a posting
    'other'
    """
    return default_matcher(taxonomy).match(text, kind=kind, as_of=as_of, lang=lang)


def compare(
    resume_text: str,
    posting_text: str,
    *,
    as_of: datetime.date | None = None,
    lang: ReaderLanguage | None = None,
    taxonomy: Taxonomy | None = None,
) -> Comparison:
    """Measure a resume against one posting's requirement groups.

    Runs on the default Matcher of ``taxonomy``, built on the first call (see the module notes).

    Any one alternative of a group covers it ("Go or Java"); a must weighs four times a
    nice-to-have. The years and level asked stand next to those the resume shows.

    >>> fit = compare("Saya menguasai Laravel dan MySQL.", "Dicari: Laravel, MySQL, Redis.")
    >>> sorted(r.id for r in fit.covered), [r.id for r in fit.missing_must]
    (['laravel', 'mysql'], ['redis'])
    """
    return default_matcher(taxonomy).compare(resume_text, posting_text, as_of=as_of, lang=lang)


def compare_results(
    resume: MatchResult, posting: MatchResult, *, taxonomy: Taxonomy | None = None
) -> Comparison:
    """Measure an already matched resume against an already matched posting.

    For callers that keep results, such as a job board that stores each posting's analysis:
    the same answer as :func:`compare` on the two texts, without matching either again. The
    posting's requirement groups are read from ``posting.requirements``; ``taxonomy`` (the one
    they were matched with, the built-in one by default) names them.

    >>> resume = match("Laravel, MySQL", kind="resume")
    >>> fit = compare_results(resume, match("Dicari: Laravel, Redis", kind="posting"))
    >>> [r.id for r in fit.covered], [r.id for r in fit.missing_must]
    (['laravel'], ['redis'])
    """
    return _compare_results(resume, posting, checked_taxonomy(taxonomy) or builtin_taxonomy())


def rank(
    posting_text: str,
    resumes: Iterable[tuple[str, str]],
    *,
    as_of: datetime.date | None = None,
    lang: ReaderLanguage | None = None,
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
    return default_matcher(taxonomy).rank(posting_text, resumes, as_of=as_of, lang=lang)


def rank_postings(
    resume_text: str,
    postings: Iterable[tuple[str, str]],
    *,
    as_of: datetime.date | None = None,
    lang: ReaderLanguage | None = None,
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
    return default_matcher(taxonomy).rank_postings(resume_text, postings, as_of=as_of, lang=lang)
