"""How much input cocok accepts: the document readers and the matching engine share these bounds.

A text the engine would refuse is refused by the readers as well, with the same figure, rather
than cut, since a cut would score a different document.
"""

MAX_TEXT_CHARS = 200_000
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
