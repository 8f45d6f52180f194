"""The work a worker process does for one interaction: read, match, draw.

Functions here run in :class:`bot.workers.WorkerPool` processes, so they are module-level,
take and return picklable values, and keep nothing between calls but the process's
:class:`matcher.Matcher`, built by :func:`warm_up`.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import matcher
import taxonomy
from bot.chart import coverage_chart
from bot.failures import Unreadable, unreadable
from bot.storage.models import MAX_TEXT_CHARS, PostingAnalysis, PostingResult
from bot.texts import Lang, text
from matcher import Comparison, KindOption, MatchResult, SkillHit

# This process's compiled taxonomy; the worker is the edge that owns it. warm_up builds it;
# if warm-up failed, the first job does.
_matcher: matcher.Matcher | None = None


def _engine() -> matcher.Matcher:
    global _matcher
    if _matcher is None:
        _matcher = matcher.Matcher()
    return _matcher


@dataclass(frozen=True)
class Document:
    """What a member gave: pasted text, or an attachment's bytes and file name."""

    text: str | None = None
    data: bytes | None = None
    filename: str | None = None

    @property
    def size(self) -> int:
        return len(self.data) if self.data is not None else len((self.text or "").encode())


@dataclass(frozen=True)
class Scored:
    result: MatchResult
    chart_png: bytes


@dataclass(frozen=True)
class Compared:
    comparison: Comparison
    chart_png: bytes


@contextmanager
def _explained(filename: str | None) -> Iterator[None]:
    try:
        yield
    except matcher.MatcherError as error:
        raise unreadable(error, filename) from None


def _read(document: Document) -> str:
    with _explained(document.filename):
        if document.data is not None:
            return matcher.read_document(document.data, filename=document.filename)
        if not (document.text or "").strip():
            raise matcher.EmptyDocumentError("the text is empty")
        return document.text or ""


def _chart_labels(categories: dict[str, float], lang: Lang) -> dict[str, str]:
    profile = taxonomy.builtin_taxonomy().profile
    # a weightless category (frontend, kept as contrast) never has coverage to show
    shown = (info for info in profile.categories if info.id in categories and info.weight > 0)
    return {info.id: info.name.in_lang(lang) for info in shown}


def _today() -> datetime.date:
    # the date a resume's "present" stands for; the worker is the edge that reads the clock
    return datetime.date.today()


def score(
    document: Document, kind: KindOption, lang: Lang, *, posting_unless_other: bool = False
) -> Scored:
    """Match one resume or posting and draw its per-category coverage; names, hints and the
    posting summary come in ``lang``, the member's language, whatever the document's.

    ``posting_unless_other`` is "Score this posting": the text is read as a posting unless,
    read as any kind, it is neither a resume nor a posting (then that ``other`` result).
    """
    content = _read(document)
    with _explained(document.filename):
        result = _engine().match(content, kind=kind, as_of=_today(), lang=lang)
        if posting_unless_other and result.kind == "resume":
            result = _engine().match(content, kind="posting", as_of=_today(), lang=lang)
    chart = coverage_chart(
        [(text(lang, f"kinds.{result.kind}"), result.categories)],
        _chart_labels(result.categories, lang),
        text(lang, "match.chart_title"),
    )
    return Scored(result, chart)


def compare(resume: Document, posting: Document, lang: Lang) -> Compared:
    """Measure a resume against a posting and draw both coverages side by side."""
    resume_text, posting_text = _read(resume), _read(posting)
    with _explained(None):
        comparison = _engine().compare(resume_text, posting_text, as_of=_today(), lang=lang)
    chart = coverage_chart(
        [
            (text(lang, "compare.chart_posting"), comparison.posting.categories),
            (text(lang, "compare.chart_resume"), comparison.resume.categories),
        ],
        _chart_labels(comparison.posting.categories, lang),
        text(lang, "compare.chart_title"),
    )
    return Compared(comparison, chart)


@dataclass(frozen=True)
class ReadPosting:
    """A posting about to be saved: its text, the part of its analysis the board lists and
    filters by, and the result ``/jobs match`` compares resumes with."""

    text: str
    analysis: PostingAnalysis
    result: PostingResult


@dataclass(frozen=True)
class BoardPosting:
    """A saved posting as ``/jobs match`` takes it: its stored result, or else its text to be
    analysed again (saved before results were kept, or with an older taxonomy)."""

    posting_id: int
    result_json: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class PostingFit:
    """How well the resume fits one saved posting; competency ids, no resume text."""

    posting_id: int
    score: float
    covered: tuple[str, ...]
    missing: tuple[str, ...]


@dataclass(frozen=True)
class BoardFit:
    """The fits, best first, and the postings analysed again on the way, to be stored."""

    fits: tuple[PostingFit, ...]
    refreshed: tuple[tuple[int, ReadPosting], ...]


def _first_evidence(hits: tuple[SkillHit, ...]) -> tuple[SkillHit, ...]:
    return tuple(hit.model_copy(update={"evidence": hit.evidence[:1]}) for hit in hits)


def _kept(content: str, result: MatchResult) -> ReadPosting:
    # Every occurrence of every competency makes a long posting's result hundreds of
    # kilobytes; a comparison needs each competency's id, weight and confidence, and the
    # board shows no evidence, so the first piece of each is kept (15 kB for 100,000 chars).
    compact = result.model_copy(
        update={
            "skills": _first_evidence(result.skills),
            "negated": _first_evidence(result.negated),
            "experience": result.experience.model_copy(
                update={"evidence": result.experience.evidence[:1]}
            ),
        }
    )
    stored = PostingResult(
        taxonomy_version=result.taxonomy_version, result_json=compact.model_dump_json()
    )
    return ReadPosting(content, PostingAnalysis.from_result(result), stored)


def read_posting(document: Document, lang: Lang = "en") -> ReadPosting:
    """Read and analyse a posting for the job board; ``lang`` is the language its summary is
    stored in (the board shows ids, not the summary)."""
    content = _read(document).strip()
    if len(content) > MAX_TEXT_CHARS:
        raise Unreadable("posting_too_long", document.filename)
    with _explained(document.filename):
        result = _engine().match(content, kind="posting", as_of=_today(), lang=lang)
    return _kept(content, result)


def fit_postings(
    resume: Document, postings: tuple[BoardPosting, ...], lang: Lang = "en"
) -> BoardFit:
    """Rank saved postings by the resume's fit, best first (ties keep the given order).

    The resume is matched once and compared with each posting's stored result; only postings
    given as text are matched here, and come back in ``refreshed`` for the board to keep.
    """
    content = _read(resume)
    with _explained(resume.filename):
        resume_result = _engine().match(content, kind="resume", as_of=_today(), lang=lang)
    refreshed = tuple(
        (
            posting.posting_id,
            _kept(
                posting.text,
                _engine().match(posting.text, kind="posting", as_of=_today(), lang=lang),
            ),
        )
        for posting in postings
        if posting.result_json is None and posting.text is not None
    )
    fresh = {posting_id: read.result.result_json for posting_id, read in refreshed}
    fits = []
    for posting in postings:
        stored = posting.result_json or fresh.get(posting.posting_id)
        if stored is None:
            continue
        # the comparison compare() and rank_postings() make, so scores are the same as theirs
        comparison = matcher.compare_results(resume_result, MatchResult.model_validate_json(stored))
        fits.append(
            PostingFit(
                posting_id=posting.posting_id,
                score=comparison.score,
                covered=tuple(requirement.id for requirement in comparison.covered),
                missing=tuple(requirement.id for requirement in comparison.missing),
            )
        )
    fits.sort(key=lambda fit: -fit.score)
    return BoardFit(tuple(fits), refreshed)


def resume_competencies(resume: Document) -> tuple[str, ...]:
    """The competency ids a resume shows, for job alerts: the only thing kept of it."""
    content = _read(resume)
    with _explained(resume.filename):
        result = _engine().match(content, kind="resume")
    return tuple(hit.id for hit in result.skills)


def warm_up() -> None:
    """Build this worker's Matcher and load matplotlib before the first member needs them."""
    score(Document(text="Backend developer: Python, PostgreSQL, REST API."), "auto", "en")
