"""The exceptions of the matcher, with messages a person can act on.

The edges (CLI, bot) turn these into one stderr line or a friendly reply; no exception of a
parsing library ever reaches a user.
"""

from taxonomy import TaxonomyError


class MatcherError(Exception):
    """Base of every error the matcher raises on purpose."""


class InputError(MatcherError, ValueError):
    """Text that cannot be matched (for example: not a string)."""


class DocumentError(MatcherError):
    """A document that cannot be turned into text."""


class UnsupportedDocumentError(DocumentError):
    """A file type cocok does not read (it reads PDF, DOCX, TXT and MD)."""


class CorruptDocumentError(DocumentError):
    """A damaged, truncated or disguised file."""


class EncryptedDocumentError(DocumentError):
    """A password-protected document."""


class EmptyDocumentError(DocumentError):
    """A document with no extractable text (empty, or scanned images only)."""


class DocumentTooLargeError(DocumentError):
    """A document over the size limit, or one that inflates past it."""


__all__ = [
    "CorruptDocumentError",
    "DocumentError",
    "DocumentTooLargeError",
    "EmptyDocumentError",
    "EncryptedDocumentError",
    "InputError",
    "MatcherError",
    "TaxonomyError",
    "UnsupportedDocumentError",
]
