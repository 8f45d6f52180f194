"""cocok's matcher: how a resume or job posting measures up against the backend-developer profile.

>>> import matcher
>>> result = matcher.match("Backend developer: 3 tahun pengalaman dengan Golang dan PostgreSQL.")
>>> sorted(hit.id for hit in result.skills)
['go', 'postgresql', 'server-side-logic']
"""

from typing import TYPE_CHECKING, Any

from matcher._version import __version__

if TYPE_CHECKING:
    from matcher.api import compare, compare_results, match, rank, rank_postings
    from matcher.documents import read_document
    from matcher.engine import Matcher
    from matcher.errors import (
        CorruptDocumentError,
        DocumentError,
        DocumentTooLargeError,
        EmptyDocumentError,
        EncryptedDocumentError,
        InputError,
        MatcherError,
        TaxonomyError,
        UnsupportedDocumentError,
    )
    from matcher.gc_pause import collector_paused
    from matcher.limits import MAX_DOCUMENT_BYTES
    from matcher.models import (
        Comparison,
        Evidence,
        Experience,
        Gap,
        KindOption,
        MatchResult,
        NextStep,
        PostingRequirement,
        PostingSummary,
        Ranked,
        Requirement,
        RoleLeaning,
        SkillHit,
    )
    from matcher.parallel import rank_parallel
    from matcher.reading.models import Section

# Importing the matching stages (numpy, scipy, the taxonomy) takes a third of a second;
# `cocok --version` and `cocok --help` should not pay for it, so public names are imported on
# first use.
_HOMES = {
    "compare": "matcher.api",
    "compare_results": "matcher.api",
    "match": "matcher.api",
    "rank": "matcher.api",
    "rank_postings": "matcher.api",
    "MAX_DOCUMENT_BYTES": "matcher.limits",
    "read_document": "matcher.documents",
    "Matcher": "matcher.engine",
    "collector_paused": "matcher.gc_pause",
    "rank_parallel": "matcher.parallel",
    **dict.fromkeys(
        [
            "CorruptDocumentError",
            "DocumentError",
            "DocumentTooLargeError",
            "EmptyDocumentError",
            "EncryptedDocumentError",
            "InputError",
            "MatcherError",
            "TaxonomyError",
            "UnsupportedDocumentError",
        ],
        "matcher.errors",
    ),
    **dict.fromkeys(
        [
            "Comparison",
            "Evidence",
            "Experience",
            "Gap",
            "KindOption",
            "MatchResult",
            "NextStep",
            "PostingRequirement",
            "PostingSummary",
            "Ranked",
            "Requirement",
            "RoleLeaning",
            "SkillHit",
        ],
        "matcher.models",
    ),
    "Section": "matcher.reading.models",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'matcher' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


__all__ = [
    "MAX_DOCUMENT_BYTES",
    "Comparison",
    "CorruptDocumentError",
    "DocumentError",
    "DocumentTooLargeError",
    "EmptyDocumentError",
    "EncryptedDocumentError",
    "Evidence",
    "Experience",
    "Gap",
    "InputError",
    "KindOption",
    "MatchResult",
    "Matcher",
    "MatcherError",
    "NextStep",
    "PostingRequirement",
    "PostingSummary",
    "Ranked",
    "Requirement",
    "RoleLeaning",
    "Section",
    "SkillHit",
    "TaxonomyError",
    "UnsupportedDocumentError",
    "__version__",
    "collector_paused",
    "compare",
    "compare_results",
    "match",
    "rank",
    "rank_parallel",
    "rank_postings",
    "read_document",
]
