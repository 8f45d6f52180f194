"""The work a worker process does for one interaction: read, match, draw.

Functions here run in :class:`bot.workers.WorkerPool` processes, so they are module-level,
take and return picklable values, and keep nothing between calls beyond the matcher's own
cached taxonomy index.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import matcher
import taxonomy
from bot.chart import coverage_chart
from bot.failures import Unreadable, unreadable
from bot.storage.models import MAX_TEXT_CHARS, PostingAnalysis
from bot.texts import Lang, text
from matcher import Comparison, MatchResult


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


def score(document: Document, kind: str, lang: Lang) -> Scored:
    """Match one resume or posting and draw its per-category coverage."""
    content = _read(document)
    with _explained(document.filename):
        result = matcher.match(content, kind=kind)  # type: ignore[arg-type]
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
        comparison = matcher.compare(resume_text, posting_text)
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
    """A posting about to be saved: its text and the part of its analysis the board keeps."""

    text: str
    analysis: PostingAnalysis


@dataclass(frozen=True)
class PostingFit:
    """How well the resume fits one saved posting; competency ids, no resume text."""

    posting_id: int
    score: float
    covered: tuple[str, ...]
    missing: tuple[str, ...]


def read_posting(document: Document) -> ReadPosting:
    """Read and analyse a posting for the job board."""
    content = _read(document).strip()
    if len(content) > MAX_TEXT_CHARS:
        raise Unreadable("posting_too_long", document.filename)
    with _explained(document.filename):
        result = matcher.match(content, kind="posting")
    return ReadPosting(content, PostingAnalysis.from_result(result))


def fit_postings(resume: Document, postings: tuple[tuple[int, str], ...]) -> tuple[PostingFit, ...]:
    """Rank saved postings, given as ``(posting id, text)``, by the resume's fit, best first."""
    content = _read(resume)
    with _explained(resume.filename):
        ranked = matcher.rank_postings(content, [(str(pid), posting) for pid, posting in postings])
    return tuple(
        PostingFit(
            posting_id=int(entry.name),
            score=entry.score,
            covered=tuple(requirement.id for requirement in entry.comparison.covered),
            missing=tuple(requirement.id for requirement in entry.comparison.missing),
        )
        for entry in ranked
    )


def warm_up() -> None:
    """Load the taxonomy index and matplotlib in this worker before the first user needs them."""
    score(Document(text="Backend developer: Python, PostgreSQL, REST API."), "auto", "en")
