"""Text out of PDF bytes with pypdf, with every way a PDF can go wrong turned into a DocumentError.

pypdf is imported inside the function: ``import matcher`` stays fast for the CLI.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from matcher.errors import (
    CorruptDocumentError,
    DocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncryptedDocumentError,
)

# A resume or a posting is a few pages; reading more only gives a hostile file more room.
MAX_PDF_PAGES = 50
# Text extraction tokenises every drawing instruction in pure Python, a few microseconds a token.
# A real resume executes tens of kilobytes of them; a hostile page can draw one form XObject a
# thousand times, so a form is charged at every draw, and no stream inflates past what is left.
MAX_PDF_CONTENT_BYTES = 4 * 1024 * 1024
# Short tokens ("q Q q Q ...") cost far more per byte than text; a real page has a few thousand.
MAX_PDF_TOKENS = 300_000
# Generators may append a little junk after the last %%EOF; a download cut short has none.
_EOF_MARKER_WINDOW = 4096
# A form drawn by name: "/Fm0 Do". The scan only estimates cost, so a stray match in a string
# merely charges a little extra.
_DRAW = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s*Do(?![^\s/\[\]()<>{}%])")
_NAME_ESCAPE = re.compile(rb"#([0-9a-fA-F]{2})")
# Every token ends at whitespace or begins at a delimiter; counting those bytes (in C) bounds
# the number of tokens pypdf's tokeniser will make from above.
_TOKEN_MARKS = (b" ", b"\n", b"\r", b"\t", b"(", b"[", b"<", b"/")


@dataclass(frozen=True)
class _Cost:
    """Drawing work: bytes of instructions and the tokens they hold, forms counted per draw."""

    content_bytes: int = 0
    tokens: int = 0

    def __add__(self, other: _Cost) -> _Cost:
        return _Cost(self.content_bytes + other.content_bytes, self.tokens + other.tokens)

    def __sub__(self, other: _Cost) -> _Cost:
        return _Cost(self.content_bytes - other.content_bytes, self.tokens - other.tokens)

    def exceeds(self, room: _Cost) -> bool:
        return self.content_bytes > room.content_bytes or self.tokens > room.tokens


_BUDGET = _Cost(MAX_PDF_CONTENT_BYTES, MAX_PDF_TOKENS)


def _own_cost(data: bytes) -> _Cost:
    return _Cost(len(data), sum(data.count(mark) for mark in _TOKEN_MARKS))


def _over_budget(spent: _Cost) -> str:
    if spent.content_bytes > MAX_PDF_CONTENT_BYTES:
        return f"over {MAX_PDF_CONTENT_BYTES // 2**20} MB of drawing instructions"
    return f"over {MAX_PDF_TOKENS:,} drawing instructions and operands"


def extract_pdf_text(data: bytes, name: str, *, max_chars: int) -> str:
    """The text layer of the first ``MAX_PDF_PAGES`` pages, one page after another."""
    if b"%%EOF" not in data[-_EOF_MARKER_WINDOW:]:
        raise CorruptDocumentError(
            f"{name}: truncated or damaged PDF (no end-of-file marker); download or export it again"
        )
    from pypdf import apply_configuration
    from pypdf.errors import DependencyError, LimitReachedError

    _quiet_pypdf_warnings()
    try:
        # pypdf inflates a whole stream on first use and keeps it; this cap stops any one
        # stream, whatever its filters, before it outgrows the budget of the whole document.
        cap = MAX_PDF_CONTENT_BYTES + 1
        with apply_configuration(
            zlib_maximum_output_length=cap,
            lzw_maximum_output_length=cap,
            run_length_maximum_output_length=cap,
            brotli_maximum_output_length=cap,
            jbig2_maximum_output_length=cap,
            array_based_stream_maximum_output_length=cap,
        ):
            pages = _page_texts(data, name, max_chars=max_chars)
    except DocumentError:
        raise
    except LimitReachedError:
        # pypdf's own safety limits; the one a PDF meets first is a stream past the cap above.
        raise DocumentTooLargeError(
            f"{name}: a stream inflating past {MAX_PDF_CONTENT_BYTES // 2**20} MB, or past another"
            " safety limit of the PDF reader; export a simpler PDF or paste the text"
        ) from None
    except DependencyError:
        # AES decryption needs the cryptography package (a dependency of cocok, but an
        # installation can still lack it); pypdf only finds out when it decrypts a stream.
        raise EncryptedDocumentError(
            f"{name}: encrypted PDF that needs the 'cryptography' package;"
            " pip install cryptography, or paste the text"
        ) from None
    except Exception:
        # A parser fed hostile bytes can fail in any way (including RecursionError on deeply
        # nested objects); its message may quote the document, so none of it is passed on.
        raise CorruptDocumentError(
            f"{name}: damaged PDF that cannot be parsed; export or download it again"
        ) from None
    text = "\n".join(pages)
    if not text.strip():
        raise EmptyDocumentError(
            f"{name}: no text layer; scanned? export a text PDF or paste the text"
        )
    return text


def _too_much_drawing(name: str, what: str) -> DocumentTooLargeError:
    return DocumentTooLargeError(
        f"{name}: {what}, too many to read; export a simpler PDF or paste the text"
    )


def _page_texts(data: bytes, name: str, *, max_chars: int) -> list[str]:
    from pypdf import PasswordType, PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        # PDFs that only restrict printing or copying open with an empty user password.
        opened = reader.decrypt("")
        if opened == PasswordType.NOT_DECRYPTED:
            raise EncryptedDocumentError(
                f"{name}: password-protected PDF; remove the password (print it to a new PDF)"
                " or paste the text"
            )
    pages: list[str] = []
    length = 0
    spent = _Cost()
    for page in reader.pages[:MAX_PDF_PAGES]:
        # Charged before the page is read: extracting its text costs what its drawing costs.
        spent += _page_cost(page, _BUDGET - spent)
        if spent.exceeds(_BUDGET):
            raise _too_much_drawing(name, _over_budget(spent))
        text = page.extract_text() or ""
        length += len(text)
        if length > max_chars:
            raise DocumentTooLargeError(
                f"{name}: over {max_chars:,} characters of text; send the resume or posting alone"
            )
        pages.append(text)
    return pages


def _page_cost(page: Any, room: _Cost) -> _Cost:
    """The page's content stream plus every form it draws, at every draw; stops past ``room``."""
    content = page.get_contents()
    data = content.get_data() if content is not None else b""
    own = _own_cost(data)
    return own + _drawn_cost(data, page.get("/Resources"), room - own, {}, set())


def _drawn_cost(
    data: bytes, resources: Any, room: _Cost, costs: dict[int, _Cost], drawing: set[int]
) -> _Cost:
    """What the forms that ``data`` draws cost, per draw; stops as soon as it passes ``room``.

    ``costs`` holds each form's own cost (its stream plus its forms) so that a form drawn a
    thousand times is inflated and scanned once; ``drawing`` is the chain of forms being
    costed, since a form that draws itself is skipped (pypdf skips it too).
    """
    total = _Cost()
    for form in _drawn_forms(data, resources):
        key = id(form)
        if key in drawing:
            continue
        if key not in costs:
            stream = form.get_data()
            own = _own_cost(stream)
            drawing.add(key)
            inner = _drawn_cost(stream, form.get("/Resources"), room - total - own, costs, drawing)
            drawing.discard(key)
            costs[key] = own + inner
        total += costs[key]
        if total.exceeds(room):
            break
    return total


def _drawn_forms(data: bytes, resources: Any) -> Iterator[Any]:
    """The form XObjects ``data`` draws, once per draw, looked up in ``resources``."""
    from pypdf.generic import DictionaryObject, StreamObject

    resources = resources.get_object() if resources is not None else None
    xobjects = resources.get("/XObject") if isinstance(resources, DictionaryObject) else None
    xobjects = xobjects.get_object() if xobjects is not None else None
    if not isinstance(xobjects, DictionaryObject):
        return
    for drawn in _DRAW.finditer(data):
        raw_name = _NAME_ESCAPE.sub(lambda escape: bytes([int(escape[1], 16)]), drawn[1])
        reference = xobjects.get("/" + raw_name.decode("latin-1"))
        form = reference.get_object() if reference is not None else None
        # Images are drawn with Do as well, but cost nothing to text extraction.
        if isinstance(form, StreamObject) and form.get("/Subtype") == "/Form":
            yield form


def _quiet_pypdf_warnings() -> None:
    # pypdf logs recoverable problems ("incorrect startxref pointer") as warnings. With no
    # handler anywhere, Python's last-resort handler prints them to stderr, between the CLI's
    # own lines. A NullHandler silences that fallback, while an application that configures
    # logging still receives the records through propagation.
    logger = logging.getLogger("pypdf")
    if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
        logger.addHandler(logging.NullHandler())
