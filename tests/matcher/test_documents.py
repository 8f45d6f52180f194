"""read_document: every supported file type gives its text, every bad input a one-line
DocumentError that names the file, and no bytes at all can make it raise anything else."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import matcher
from matcher import (
    MAX_DOCUMENT_BYTES,
    CorruptDocumentError,
    DocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncryptedDocumentError,
    UnsupportedDocumentError,
    read_document,
)
from matcher.documents.docx import MAX_INFLATED_BYTES, MAX_MEMBERS
from matcher.documents.pdf import MAX_PDF_CONTENT_BYTES, MAX_PDF_PAGES
from matcher.limits import MAX_TEXT_CHARS
from testkit import documents as make

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


# ---- PDF ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [make.RESUME_ID, make.RESUME_EN], ids=["id", "en"])
def test_pdf_text_comes_out_line_by_line(tmp_path: Path, text: str) -> None:
    path = make.write(tmp_path / "cv.pdf", make.pdf(text))
    assert read_document(path) == text


def test_pdf_line_end_hyphenation_is_joined() -> None:
    text = read_document(make.pdf("Menguasai bahasa pemro-\ngraman Golang.\nNode-\nJS"))
    assert "bahasa pemrograman Golang." in text
    assert "Node-\nJS" in text, "a hyphen before a capital letter is a real hyphen"


def test_pdf_ligature_is_spelled_out(tmp_path: Path) -> None:
    matplotlib = pytest.importorskip("matplotlib")
    font = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    if not font.exists():
        pytest.skip(f"no DejaVu Sans font at {font} to draw a ligature with")
    text = read_document(make.pdf("Membuat ﬁtur API dan memperbaiki alur ﬂow", font_path=font))
    assert text == "Membuat fitur API dan memperbaiki alur flow"


def test_pdf_pages_past_the_cap_are_ignored() -> None:
    text = read_document(make.pdf("Golang", pages=MAX_PDF_PAGES + 2), filename="long.pdf")
    assert f"Halaman {MAX_PDF_PAGES}" in text
    assert f"Halaman {MAX_PDF_PAGES + 1}" not in text


@pytest.mark.parametrize("algorithm", [None, "AES-128", "AES-256"])
def test_pdf_encrypted_with_an_empty_user_password_is_read(algorithm: str | None) -> None:
    if algorithm is not None:
        pytest.importorskip("cryptography", reason="pypdf needs cryptography for AES")
    data = make.encrypted_pdf(make.RESUME_EN, user_password="", algorithm=algorithm)
    assert read_document(data, filename="restricted.pdf") == make.RESUME_EN


def test_aes_pdf_without_cryptography_says_what_to_install(tmp_path: Path) -> None:
    pytest.importorskip("cryptography", reason="building an AES PDF needs cryptography")
    path = make.write(
        tmp_path / "aes.pdf",
        make.encrypted_pdf(make.RESUME_EN, user_password="", algorithm="AES-128"),
    )
    # A fresh interpreter in which importing cryptography fails, as on an installation without it.
    probe = (
        "import sys; sys.modules['cryptography'] = None\n"
        "import matcher\n"
        "try:\n"
        f"    matcher.read_document({str(path)!r})\n"
        "except matcher.EncryptedDocumentError as error:\n"
        "    print(error)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert done.stdout.startswith("aes.pdf: ") and "pip install cryptography" in done.stdout


def test_recoverable_pdf_damage_is_read_without_noise_on_stderr(tmp_path: Path) -> None:
    path = make.write(tmp_path / "cv.pdf", make.misdirected_pdf(make.RESUME_ID))
    # A fresh process: pytest's own log capture would hide what a CLI user sees.
    probe = f"import matcher; print(matcher.read_document({str(path)!r}))"
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == make.RESUME_ID
    assert done.stderr == ""


def test_pdf_header_after_leading_junk_is_still_a_pdf() -> None:
    data = b"\r\n\r\n" + make.pdf(make.RESUME_ID)
    assert read_document(data, filename="cv.pdf") == make.RESUME_ID


def test_content_decides_over_extension() -> None:
    assert read_document(make.pdf(make.RESUME_ID), filename="cv.txt") == make.RESUME_ID
    assert "Golang" in read_document(make.docx(["Golang"]), filename="cv.md")


# ---- DOCX --------------------------------------------------------------------------------------


def test_docx_paragraphs_table_cells_header_and_footer(tmp_path: Path) -> None:
    data = make.docx(
        ["Pendidikan: S1 Teknik Informatika", "Pengalaman Kerja: 3 tahun"],
        table=[["Bahasa pemrograman", "Golang, PHP"], ["Database", "PostgreSQL"]],
        header="Dewi Lestari - Backend Developer",
        footer="dewi@example.com",
    )
    text = read_document(make.write(tmp_path / "cv.docx", data))
    assert text.splitlines() == [
        "Dewi Lestari - Backend Developer",
        "Pendidikan: S1 Teknik Informatika",
        "Pengalaman Kerja: 3 tahun",
        "Bahasa pemrograman\tGolang, PHP",
        "Database\tPostgreSQL",
        "dewi@example.com",
    ]


def test_docx_layout_table_reads_one_column_at_a_time() -> None:
    sidebar = "Keahlian\nGolang\nRedis"
    main = "Pengalaman Kerja\nBackend Developer di PT Contoh"
    text = read_document(make.docx([], table=[[sidebar, main]]), filename="cv.docx")
    assert text.splitlines() == [*sidebar.splitlines(), *main.splitlines()]


def test_docx_text_box_is_read_once() -> None:
    data = make.docx(["Profil"], raw_body_xml=[make.text_box_xml("Keahlian: Redis, Kafka")])
    text = read_document(data, filename="cv.docx")
    assert text.count("Keahlian: Redis, Kafka") == 1


def test_docx_content_control_is_read() -> None:
    data = make.docx(["Profil"], raw_body_xml=[make.content_control_xml("Docker dan Kubernetes")])
    assert read_document(data, filename="cv.docx").splitlines() == [
        "Profil",
        "Docker dan Kubernetes",
    ]


def test_docx_tracked_deletion_is_not_read_and_insertion_is() -> None:
    data = make.docx([], raw_body_xml=[make.tracked_changes_xml("Framework:", "Laravel", "Django")])
    assert read_document(data, filename="cv.docx") == "Framework: Django"


# ---- text --------------------------------------------------------------------------------------

LEGACY = "Pengalaman 5 tahun – Golang, PostgreSQL; “café” résumé, José, 10 € per jam’"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(LEGACY.encode("utf-8"), LEGACY, id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + LEGACY.encode("utf-8"), LEGACY, id="utf-8 with BOM"),
        pytest.param(LEGACY.encode("utf-16"), LEGACY, id="utf-16 with BOM"),
        pytest.param(b"\xfe\xff" + LEGACY.encode("utf-16-be"), LEGACY, id="utf-16-be with BOM"),
        pytest.param(LEGACY.encode("utf-16-le"), LEGACY, id="utf-16-le without BOM"),
        pytest.param(LEGACY.encode("utf-32"), LEGACY, id="utf-32 with BOM"),
        pytest.param(LEGACY.encode("cp1252"), LEGACY, id="cp1252"),
        pytest.param(
            "Søren Ångström, façade, naïve".encode("latin-1"),
            "Søren Ångström, façade, naïve",
            id="latin-1",
        ),
        pytest.param(
            "Golang – ".encode() + "café".encode("cp1252"),
            "Golang – café",
            id="utf-8 with a pasted cp1252 word",
        ),
    ],
)
def test_text_encodings_are_read_without_mojibake(data: bytes, expected: str) -> None:
    assert read_document(data, filename="cv.txt") == expected


def test_markdown_is_read_as_written(tmp_path: Path) -> None:
    source = "# Dewi\n\n## Keahlian\n\n- **Golang**, PostgreSQL"
    assert read_document(make.write(tmp_path / "cv.md", source.encode())) == source


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        pytest.param("Re\u0301sume\u0301", "Résumé", id="NFC"),
        pytest.param("3\u00a0tahun\u2009Golang\u3000API", "3 tahun Golang API", id="odd spaces"),
        pytest.param("Go\x00lang\x07 \x1b[31mAPI", "Go lang [31mAPI", id="control characters"),
        pytest.param("pemro\u00adgraman\u200b Go\u2060lang", "pemrograman Golang", id="invisible"),
        pytest.param("\u202eevil\u202c Golang", "evil Golang", id="bidi overrides"),
        pytest.param("ﬁtur ﬂow ﬀ", "fitur flow ff", id="ligatures"),
        pytest.param("a\r\nb\rc\fd\u2028e", "a\nb\nc\nd\ne", id="line breaks"),
        pytest.param("  Golang   \n\n\n\n\tAPI\t \n", "Golang\n\n\tAPI", id="outer and blank"),
        pytest.param(
            "Go\tlang\nAPI\x07\u00a0\tREST\nSQL", "Go\tlang\nAPI \tREST\nSQL", id="some lines"
        ),
    ],
)
def test_text_is_tidied_but_otherwise_faithful(raw: str, clean: str) -> None:
    assert read_document(raw.encode(), filename="cv.txt") == clean


def test_tab_separated_text_keeps_its_tabs() -> None:
    assert read_document(b"Bahasa\tGolang\nDatabase\tMySQL") == "Bahasa\tGolang\nDatabase\tMySQL"


# ---- bad input ---------------------------------------------------------------------------------


def _bytes_of(data: bytes) -> Callable[[Path, str], Path]:
    return lambda directory, name: make.write(directory / name, data)


def _directory(directory: Path, name: str) -> Path:
    (directory / name).mkdir()
    return directory / name


def _sparse_file(directory: Path, name: str) -> Path:
    # Over the limit on paper, zero blocks on disk.
    path = directory / name
    with path.open("wb") as stream:
        stream.truncate(MAX_DOCUMENT_BYTES + 1)
    return path


def _dangling_link(directory: Path, name: str) -> Path:
    (directory / name).symlink_to(directory / "moved-away.pdf")
    return directory / name


BAD_INPUTS: list[tuple[str, Callable[[Path, str], Path], type[DocumentError], list[str]]] = [
    ("absent.pdf", lambda directory, name: directory / name, DocumentError, ["not found"]),
    ("dangling.pdf", _dangling_link, DocumentError, ["not found"]),
    ("folder.txt", _directory, DocumentError, ["is a directory"]),
    ("empty.txt", _bytes_of(b""), EmptyDocumentError, ["empty"]),
    ("blank.md", _bytes_of(b" \r\n\t\n\x00 \xc2\xa0"), EmptyDocumentError, ["no text"]),
    ("scan.pdf", _bytes_of(make.image_only_pdf()), EmptyDocumentError, ["no text layer"]),
    (
        "locked.pdf",
        _bytes_of(make.encrypted_pdf(make.RESUME_ID, user_password="rahasia")),
        EncryptedDocumentError,
        ["password"],
    ),
    ("damaged.pdf", _bytes_of(make.corrupt_pdf()), CorruptDocumentError, ["damaged PDF"]),
    (
        "cut.pdf",
        _bytes_of(make.truncated_pdf(make.RESUME_ID)),
        CorruptDocumentError,
        ["truncated"],
    ),
    ("nested.pdf", _bytes_of(make.deeply_nested_pdf()), CorruptDocumentError, ["PDF"]),
    (
        "drawing.pdf",
        _bytes_of(make.heavy_content_pdf(MAX_PDF_CONTENT_BYTES + 1)),
        DocumentTooLargeError,
        [f"{MAX_PDF_CONTENT_BYTES // 2**20} MB"],
    ),
    (
        "form.pdf",
        _bytes_of(make.heavy_content_pdf(MAX_PDF_CONTENT_BYTES + 1, in_form=True)),
        DocumentTooLargeError,
        [f"{MAX_PDF_CONTENT_BYTES // 2**20} MB"],
    ),
    ("letter.pdf", _bytes_of(b"Dear hiring manager"), CorruptDocumentError, ["not a PDF"]),
    ("fake.docx", _bytes_of(b"PK but not really a zip"), CorruptDocumentError, ["not a zip"]),
    (
        "sheet.docx",
        _bytes_of(make.spreadsheet_named_docx()),
        CorruptDocumentError,
        ["Word document"],
    ),
    (
        "nodoc.docx",
        _bytes_of(make.zip_archive({"readme.txt": b"hi"})),
        CorruptDocumentError,
        ["Word document"],
    ),
    ("photos.docx", _bytes_of(make.docx([])), EmptyDocumentError, ["no text"]),
    (
        "bomb.docx",
        _bytes_of(make.docx_bomb()),
        DocumentTooLargeError,
        [f"{MAX_INFLATED_BYTES // 2**20} MB"],
    ),
    ("lying.docx", _bytes_of(make.lying_docx_bomb()), CorruptDocumentError, ["zip"]),
    (
        "parts.docx",
        _bytes_of(make.many_member_docx(MAX_MEMBERS + 1)),
        DocumentTooLargeError,
        [f"{MAX_MEMBERS:,}"],
    ),
    ("garbage.txt", _bytes_of(make.binary_garbage()), CorruptDocumentError, ["not text"]),
    ("photo.txt", _bytes_of(make.png_image()), UnsupportedDocumentError, ["PNG"]),
    ("photo.png", _bytes_of(make.png_image()), UnsupportedDocumentError, [".png", "PDF, DOCX"]),
    ("setup.exe", _bytes_of(b"MZ\x90\x00"), UnsupportedDocumentError, [".exe"]),
    ("cv.doc", _bytes_of(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), UnsupportedDocumentError, [".doc"]),
    ("huge.txt", _sparse_file, DocumentTooLargeError, ["10 MB"]),
    (
        "long.txt",
        _bytes_of(b"Golang PostgreSQL " * (MAX_TEXT_CHARS // 18 + 1)),
        DocumentTooLargeError,
        [f"{MAX_TEXT_CHARS:,}"],
    ),
]


@pytest.mark.parametrize(
    ("name", "build", "error", "phrases"),
    BAD_INPUTS,
    ids=[name for name, *_ in BAD_INPUTS],
)
def test_bad_input_is_one_line_naming_the_file(
    tmp_path: Path,
    name: str,
    build: Callable[[Path, str], Path],
    error: type[DocumentError],
    phrases: list[str],
) -> None:
    path = build(tmp_path, name)
    with pytest.raises(DocumentError) as raised:
        read_document(path)
    assert type(raised.value) is error
    message = str(raised.value)
    assert message.startswith(f"{name}: ")
    assert "\n" not in message
    for phrase in phrases:
        assert phrase in message


def test_bad_bytes_are_named_by_the_filename_given() -> None:
    with pytest.raises(EncryptedDocumentError, match=r"^lamaran\.pdf: "):
        read_document(
            make.encrypted_pdf(make.RESUME_ID, user_password="rahasia"), filename="lamaran.pdf"
        )


def test_unnamed_bytes_are_called_document() -> None:
    with pytest.raises(EmptyDocumentError, match=r"^document: "):
        read_document(b"")


def test_upload_name_cannot_break_the_message_line() -> None:
    with pytest.raises(UnsupportedDocumentError) as raised:
        read_document(b"x", filename="cv\n\x1b[2Jevil.exe")
    assert str(raised.value).startswith(r"cv\n\x1b[2Jevil.exe: ")


def test_over_size_bytes_state_the_limit() -> None:
    with pytest.raises(DocumentTooLargeError, match=r"10 MB limit"):
        read_document(b" " * (MAX_DOCUMENT_BYTES + 1), filename="big.txt")


def test_a_source_that_is_not_a_path_or_bytes_is_an_input_error() -> None:
    with pytest.raises(matcher.InputError, match="path or bytes"):
        read_document(42)  # type: ignore[arg-type]


def test_importing_matcher_does_not_import_the_parsers() -> None:
    probe = "import sys, matcher; print(sorted({'pypdf', 'docx', 'lxml'} & set(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


# ---- properties --------------------------------------------------------------------------------

_PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
_FILENAMES = st.sampled_from([None, "cv.pdf", "cv.docx", "cv.txt", "cv.md", "cv"])
_PREFIXES = st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe"])


def _assert_clean(text: str) -> None:
    assert text and text == text.strip()
    assert unicodedata.is_normalized("NFC", text)
    assert all(char in "\n\t" or char.isprintable() for char in text)


@_PROPERTY_SETTINGS
@given(prefix=_PREFIXES, body=st.binary(max_size=4096), filename=_FILENAMES)
def test_any_bytes_give_clean_text_or_a_document_error(
    prefix: bytes, body: bytes, filename: str | None
) -> None:
    try:
        text = read_document(prefix + body, filename=filename)
    except DocumentError as error:
        assert "\n" not in str(error)
    else:
        _assert_clean(text)


_VALID_DOCUMENTS = {
    "cv.pdf": make.pdf(make.RESUME_ID),
    "cv.docx": make.docx(["Keahlian"], table=[["Bahasa", "Golang"]], header="Dewi"),
}


@_PROPERTY_SETTINGS
@given(
    filename=st.sampled_from(sorted(_VALID_DOCUMENTS)),
    cut=st.floats(min_value=0.0, max_value=1.0),
    flips=st.lists(st.tuples(st.floats(0.0, 1.0), st.integers(0, 255)), max_size=8),
)
def test_damaged_real_documents_give_text_or_a_document_error(
    filename: str, cut: float, flips: list[tuple[float, int]]
) -> None:
    data = bytearray(_VALID_DOCUMENTS[filename])
    for where, value in flips:
        data[int(where * (len(data) - 1))] = value
    damaged = bytes(data[: max(1, int(cut * len(data)))]) if cut < 1 else bytes(data)
    try:
        text = read_document(damaged, filename=filename)
    except DocumentError:
        return
    _assert_clean(text)


@_PROPERTY_SETTINGS
@given(st.text(min_size=1, max_size=500))
def test_reading_is_idempotent_on_its_own_output(text: str) -> None:
    try:
        once = read_document(text.encode("utf-8", errors="surrogatepass"), filename="cv.txt")
    except DocumentError:
        return
    assert read_document(once.encode(), filename="cv.txt") == once


# Latin-1 letters that are UTF-8 lead bytes: no two of them can form a valid UTF-8 sequence,
# so a cp1252 file made of them has exactly one right reading.
_WESTERN = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyz ABCXYZ0123.,:\nÀÉÍÑÖàáçèéíñóöüß"),
    min_size=1,
    max_size=300,
)


@_PROPERTY_SETTINGS
@given(_WESTERN)
def test_cp1252_file_reads_like_its_utf8_twin(text: str) -> None:
    try:
        from_utf8 = read_document(text.encode("utf-8"), filename="cv.txt")
    except EmptyDocumentError:
        return
    assert read_document(text.encode("cp1252"), filename="cv.txt") == from_utf8


# ---- the shipped examples ----------------------------------------------------------------------


def _example_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_examples", EXAMPLES / "make_examples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


STEMS = ["resume_id", "resume_en", "posting_id", "posting_en", "resume_frontend"]


@pytest.mark.parametrize("stem", STEMS)
def test_shipped_example_says_the_same_in_every_format(stem: str) -> None:
    plain = _words(read_document(EXAMPLES / f"{stem}.txt"))
    assert len(plain) > 100
    for suffix in (".md", ".pdf", ".docx"):
        assert _words(read_document(EXAMPLES / f"{stem}{suffix}")) == plain, suffix


def test_shipped_examples_are_what_the_script_writes(tmp_path: Path) -> None:
    written = _example_script().write_examples(tmp_path)
    assert sorted(path.name for path in written) == sorted(
        path.name for path in EXAMPLES.iterdir() if path.suffix in {".txt", ".md", ".pdf", ".docx"}
    )
    for path in written:
        shipped = EXAMPLES / path.name
        if path.suffix in {".txt", ".md"}:
            assert path.read_bytes() == shipped.read_bytes(), path.name
        else:
            # Binary formats may differ byte-wise between fpdf2 / python-docx releases.
            assert read_document(path) == read_document(shipped), path.name


def test_shipped_examples_contain_no_real_contact_details() -> None:
    for path in EXAMPLES.glob("*.txt"):
        text = read_document(path)
        for address in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
            assert address.endswith("@example.com"), (path.name, address)
        for phone in re.findall(r"\+62[\d ]+", text):
            assert set(phone[3:].replace(" ", "")[3:]) == {"0"}, (path.name, phone)


# What each example was written to show: its language and the competencies it names plainly.
SHIPPED = {
    "resume_id": ("id", {"go", "php", "laravel", "postgresql", "mysql", "redis", "docker"}),
    "resume_en": ("en", {"python", "java", "django", "spring-boot", "postgresql", "aws"}),
    "posting_id": ("id", {"go", "postgresql", "mysql", "docker", "git", "sql-injection", "xss"}),
    "posting_en": ("en", {"python", "django", "fastapi", "postgresql", "docker", "ci-cd"}),
    "resume_frontend": ("id", {"html", "css", "javascript", "typescript", "react"}),
}


@pytest.mark.parametrize("suffix", [".txt", ".pdf", ".docx"])
def test_shipped_examples_show_what_they_were_written_to_show(suffix: str) -> None:
    import matcher

    results = {stem: matcher.match(read_document(EXAMPLES / f"{stem}{suffix}")) for stem in SHIPPED}
    for stem, (language, skills) in SHIPPED.items():
        result = results[stem]
        assert result.kind == ("posting" if stem.startswith("posting") else "resume"), stem
        assert result.language == language, stem
        assert skills <= {hit.id for hit in result.skills}, stem
    backend = [result for stem, result in results.items() if stem != "resume_frontend"]
    contrast = results["resume_frontend"]
    assert all(result.role.id == "backend" for result in backend)
    assert contrast.role.backend < min(result.role.backend for result in backend)
    assert contrast.score < min(result.score for result in backend)
    assert results["resume_id"].experience.years == 3
    assert results["resume_en"].experience.years == 5
