"""Hostile files cost a bounded amount to read: each one gives text or one DocumentError, named
by the limit it passed, through the library and through ``cocok score`` alike."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from matcher import (
    CorruptDocumentError,
    DocumentError,
    DocumentTooLargeError,
    read_document,
)
from matcher.documents.docx import MAX_MARKUP_TAGS
from matcher.documents.pdf import MAX_PDF_CONTENT_BYTES, MAX_PDF_TOKENS
from matcher.limits import MAX_TEXT_CHARS
from testkit import hostile_files as hostile

REPO = Path(__file__).resolve().parents[2]
_MB = f"{MAX_PDF_CONTENT_BYTES // 2**20} MB"

# Each family once, at the size FAMILIES gives it: the error class and a piece of its message
# (None: the file is read and gives text).
EXPECTED: dict[str, tuple[type[DocumentError], str] | None] = {
    "pdf-form-drawn-many-times": (DocumentTooLargeError, f"{MAX_PDF_TOKENS:,}"),
    "pdf-many-inflating-forms": (DocumentTooLargeError, f"inflating past {_MB}"),
    "pdf-many-operators": (DocumentTooLargeError, f"{MAX_PDF_TOKENS:,}"),
    "pdf-many-pages": None,
    "pdf-deep-nesting": (CorruptDocumentError, "damaged PDF"),
    "docx-many-paragraphs": (DocumentTooLargeError, f"{MAX_MARKUP_TAGS:,} XML elements"),
    "docx-many-runs": (DocumentTooLargeError, f"{MAX_MARKUP_TAGS:,} XML elements"),
    "docx-deep-nesting": (CorruptDocumentError, "Word document"),
    "zip-many-members": (DocumentTooLargeError, "parts in the DOCX archive"),
    "text-one-huge-line": (DocumentTooLargeError, f"{MAX_TEXT_CHARS:,} characters"),
    "text-bad-encoding": (DocumentTooLargeError, f"{MAX_TEXT_CHARS:,} characters"),
    "text-odd-utf16": (DocumentTooLargeError, f"{MAX_TEXT_CHARS:,} characters"),
}
FAMILIES = {name: (suffix, build) for name, suffix, build in hostile.FAMILIES}


def test_every_family_has_an_expected_outcome() -> None:
    assert set(EXPECTED) == set(FAMILIES)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    paths = {}
    for name, (suffix, build) in FAMILIES.items():
        paths[name] = folder / f"{name}{suffix}"
        paths[name].write_bytes(build())
    return paths


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_a_hostile_file_is_read_or_refused_by_its_limit(
    built: dict[str, Path], family: str
) -> None:
    expected = EXPECTED[family]
    if expected is None:
        assert read_document(built[family]).strip()
        return
    error, words = expected
    with pytest.raises(error) as raised:
        read_document(built[family])
    message = str(raised.value)
    assert words in message
    assert message.startswith(f"{built[family].name}: ") and "\n" not in message


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_cocok_score_of_a_hostile_file_is_one_line_and_exit_1(
    built: dict[str, Path], family: str
) -> None:
    path = built[family]
    done = subprocess.run(
        [sys.executable, "-m", "matcher.cli", "score", str(path), "--format", "json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if EXPECTED[family] is None:
        # Read in full and scored; at most noted as neither a resume nor a posting.
        assert done.returncode == 0
        assert all("does not look like a resume" in line for line in done.stderr.splitlines())
        return
    assert done.returncode == 1
    (line,) = done.stderr.splitlines()
    assert line.startswith(f"cocok: {path}: ") and str(path) not in line[len(str(path)) + 8 :]


def _pdf_error(build: Callable[[], bytes]) -> str:
    with pytest.raises(DocumentTooLargeError) as raised:
        read_document(build(), filename="x.pdf")
    return str(raised.value)


def test_a_form_is_charged_at_every_draw() -> None:
    # One small form is cheap; the same form drawn a thousand times is not.
    small = hostile.pdf_form_drawn_many_times(draws=1, form_bytes=4096)
    assert read_document(small, filename="x.pdf")
    message = _pdf_error(lambda: hostile.pdf_form_drawn_many_times(draws=1000, form_bytes=4096))
    assert f"{MAX_PDF_TOKENS:,}" in message


def test_forms_each_under_the_cap_are_refused_once_they_add_up_past_it() -> None:
    # Thirty 1 MB forms (one comment each: few tokens, many bytes) pass the per-stream cap.
    message = _pdf_error(lambda: hostile.pdf_many_inflating_forms(forms=30, inflated_mb=1))
    assert f"over {_MB} of drawing instructions" in message
    assert read_document(hostile.pdf_many_inflating_forms(forms=2, inflated_mb=1), filename="x.pdf")


def test_docx_just_under_the_tag_budget_is_read_and_just_over_is_not() -> None:
    # Each empty paragraph is one tag; the document and body tags take a few more.
    under = hostile.docx_many_paragraphs(MAX_MARKUP_TAGS - 100)
    with pytest.raises(DocumentError, match="no text"):
        read_document(under, filename="x.docx")
    over = hostile.docx_many_paragraphs(MAX_MARKUP_TAGS + 1)
    with pytest.raises(DocumentTooLargeError, match="XML elements"):
        read_document(over, filename="x.docx")


@pytest.mark.parametrize("name", ["pdf-form-drawn-many-times", "docx-many-runs", "text-odd-utf16"])
def test_families_are_the_same_bytes_every_time(name: str) -> None:
    _, build = FAMILIES[name]
    assert build() == build()
