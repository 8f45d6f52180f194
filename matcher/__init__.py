"""cocok's matcher: how a resume or job posting measures up against the backend-developer profile.

>>> import matcher
>>> result = matcher.match("Backend developer: 3 tahun pengalaman dengan Golang dan PostgreSQL.")
>>> sorted(hit.id for hit in result.skills)
['go', 'postgresql', 'server-side-logic']
"""

from matcher._version import __version__
from matcher.api import compare, match, rank
from matcher.documents import MAX_DOCUMENT_BYTES, read_document
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
from matcher.models import (
    Comparison,
    Competence,
    Evidence,
    Experience,
    MatchResult,
    NextStep,
    Ranked,
    Requirement,
    RoleLeaning,
    SkillHit,
)

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "Comparison",
    "Competence",
    "CorruptDocumentError",
    "DocumentError",
    "DocumentTooLargeError",
    "EmptyDocumentError",
    "EncryptedDocumentError",
    "Evidence",
    "Experience",
    "InputError",
    "MatchResult",
    "MatcherError",
    "NextStep",
    "Ranked",
    "Requirement",
    "RoleLeaning",
    "SkillHit",
    "TaxonomyError",
    "UnsupportedDocumentError",
    "__version__",
    "compare",
    "match",
    "rank",
    "read_document",
]
