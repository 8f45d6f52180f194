"""The ``cocok`` command line end to end: file types, stdin, JSON Lines, exit codes, bad input.

Most tests call ``main([...])`` in-process; a few run ``python -m matcher.cli`` as a real
process for what only a process shows (the version, help, a pipe closed by ``head``).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import matcher
from matcher import MAX_DOCUMENT_BYTES
from matcher.cli import main
from matcher.cli.markdown import escape
from testkit import documents as make
from testkit.taxonomies import EXTRA_COMPETENCY_ID, EXTRA_COMPETENCY_YAML

REPO = Path(__file__).resolve().parents[2]

# Each resume has a contact line and a heading, as resumes do: they tell a resume from a note.
RESUME_ID = """Budi Santoso — Backend Developer
budi@example.com
Pengalaman kerja: 3 tahun sebagai backend developer di startup logistik.
Keahlian:
PHP, Laravel, MySQL, Redis, Docker, Git.
Membangun REST API untuk aplikasi kasir.
"""

RESUME_EN = """Jane Doe — Backend Engineer
jane@example.com
Experience
4+ years of experience building services in Golang and Python with Django.
Designed PostgreSQL schemas and RESTful APIs; Docker and Kubernetes on AWS.
"""

RESUME_WEAK = """Rina — UI designer
rina@example.com
Pengalaman
Saya mendesain tampilan aplikasi dengan Figma, HTML dan CSS.
"""

POSTING = """Lowongan Backend Developer
Kualifikasi:
- Menguasai PHP dan Laravel
- Pengalaman dengan MySQL dan Redis
- Memahami Docker dan Git
"""


class Run:
    """The outcome of one in-process run: exit code, stdout, stderr lines."""

    def __init__(self, code: int, out: str, err: str) -> None:
        self.code = code
        self.out = out
        self.err_lines = err.splitlines()

    def json_lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.out.splitlines()]


@pytest.fixture
def cocok(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    def run(*argv: str | Path) -> Run:
        code = main([str(arg) for arg in argv])
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err
        return Run(code, captured.out, captured.err)

    return run


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _pdf(path: Path, text: str) -> Path:
    # The core PDF fonts are latin-1 only; the dash is the one character the texts need mapped.
    return make.write(path, make.pdf(text.replace("—", "-")))


def _docx(path: Path, text: str) -> Path:
    return make.write(path, make.docx(text.splitlines()))


def _ids(record: dict[str, Any]) -> set[str]:
    return {skill["id"] for skill in record["skills"]}


# ---- file types and stdin -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("suffix", "save"),
    [(".txt", _write), (".pdf", _pdf), (".docx", _docx)],
    ids=["txt", "pdf", "docx"],
)
def test_score_reads_each_file_type(
    cocok: Callable[..., Run], tmp_path: Path, suffix: str, save: Callable[[Path, str], Path]
) -> None:
    path = save(tmp_path / f"cv{suffix}", RESUME_ID)
    run = cocok("score", path, "--format", "json")
    assert run.code == 0, run.err_lines
    (record,) = run.json_lines()
    assert record["file"] == str(path)
    assert {"php", "laravel", "mysql", "docker", "git"} <= _ids(record)
    assert record["language"] == "id"


def test_score_reads_markdown(cocok: Callable[..., Run], tmp_path: Path) -> None:
    path = _write(tmp_path / "cv.md", "# Jane Doe\n\n" + RESUME_EN)
    (record,) = cocok("score", path, "--format", "json").json_lines()
    assert {"go", "python", "django", "postgresql"} <= _ids(record)
    assert record["language"] == "en"


def test_score_reads_stdin_and_labels_it_dash(
    cocok: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, RESUME_EN.encode())
    run = cocok("score", "-", "--format", "json")
    assert run.code == 0
    (record,) = run.json_lines()
    assert record["file"] == "-"
    assert "postgresql" in _ids(record)


def test_stdin_named_twice_is_read_once(
    cocok: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, RESUME_EN.encode())
    first, second = cocok("score", "-", "-", "--format", "json").json_lines()
    assert first == second


EXAMPLES = sorted(
    path
    for path in (REPO / "examples").glob("*")
    if path.suffix in {".txt", ".md", ".pdf", ".docx"}
)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda path: path.name)
def test_every_shipped_example_scores(cocok: Callable[..., Run], example: Path) -> None:
    run = cocok("score", example, "--format", "json")
    assert run.code == 0, run.err_lines
    (record,) = run.json_lines()
    assert record["skills"]
    expected_kind = "posting" if example.name.startswith("posting") else "resume"
    assert record["kind"] == expected_kind


def test_legacy_encoded_text_file_is_still_read(cocok: Callable[..., Run], tmp_path: Path) -> None:
    path = tmp_path / "cv_cp1252.txt"
    path.write_bytes("Résumé – José, café: 5 years with PostgreSQL and Golang.".encode("cp1252"))
    run = cocok("score", path, "--format", "json")
    assert run.code == 0, run.err_lines
    assert {"postgresql", "go"} <= _ids(run.json_lines()[0])


# ---- JSON Lines shape, order and exit codes ---------------------------------------------------


def test_score_json_lines_follow_input_order_with_failures_inline(
    cocok: Callable[..., Run], tmp_path: Path
) -> None:
    english = _write(tmp_path / "b_en.txt", RESUME_EN)
    indonesian = _write(tmp_path / "a_id.txt", RESUME_ID)
    missing = tmp_path / "missing.txt"
    run = cocok("score", english, missing, indonesian, "--format", "json")
    assert run.code == 1
    records = run.json_lines()
    assert [r["file"] for r in records] == [str(english), str(missing), str(indonesian)]
    assert set(records[1]) == {"file", "error"}
    for record in (records[0], records[2]):
        assert {"score", "kind", "language", "categories", "skills", "missing", "role"} <= set(
            record
        )
        assert 0 <= record["score"] <= 100
    assert [r["language"] for r in (records[0], records[2])] == ["en", "id"]
    assert run.err_lines == [f"cocok: {missing}: {records[1]['error']}"]


def test_score_kind_option_is_passed_through(cocok: Callable[..., Run], tmp_path: Path) -> None:
    path = _write(tmp_path / "text.txt", RESUME_ID)
    (as_posting,) = cocok("score", path, "--kind", "posting", "--format", "json").json_lines()
    (as_resume,) = cocok("score", path, "--kind", "resume", "--format", "json").json_lines()
    assert (as_posting["kind"], as_resume["kind"]) == ("posting", "resume")


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["score"],
        ["frobnicate"],
        ["score", "cv.txt", "--format", "xml"],
        ["score", "cv.txt", "--kind", "letter"],
        ["rank", "posting.txt"],
        ["rank", "posting.txt", "cv.txt", "--top", "0"],
        ["rank", "posting.txt", "cv.txt", "--top", "many"],
        ["compare", "cv.txt"],
        ["taxonomy", "--format", "markdown"],
    ],
)
def test_usage_errors_exit_2(cocok: Callable[..., Run], argv: list[str]) -> None:
    run = cocok(*argv)
    assert run.code == 2
    assert run.out == ""
    assert run.err_lines and "error:" in run.err_lines[-1]


@pytest.mark.parametrize("command", ["score", "compare", "rank", "taxonomy"])
def test_unknown_taxonomy_file_is_a_usage_error_in_one_line(
    cocok: Callable[..., Run], tmp_path: Path, command: str
) -> None:
    resume = _write(tmp_path / "cv.txt", RESUME_ID)
    inputs = {"score": [resume], "compare": [resume, resume], "rank": [resume, resume]}
    missing = tmp_path / "no_such_taxonomy.yaml"
    run = cocok(command, *inputs.get(command, []), "--taxonomy", missing)
    assert run.code == 2
    assert run.out == ""
    assert len(run.err_lines) == 1
    assert run.err_lines[0].startswith("cocok: ") and str(missing) in run.err_lines[0]


def test_invalid_taxonomy_file_names_the_entry(cocok: Callable[..., Run], tmp_path: Path) -> None:
    broken = _write(
        tmp_path / "mine.yaml", "competencies:\n  - id: Bad Id\n    name: x\n    category: nope\n"
    )
    run = cocok("taxonomy", "--taxonomy", broken)
    assert run.code == 2
    assert len(run.err_lines) == 1 and str(broken) in run.err_lines[0]


def test_user_taxonomy_extends_the_builtin_one(cocok: Callable[..., Run], tmp_path: Path) -> None:
    extra = _write(tmp_path / "mine.yaml", EXTRA_COMPETENCY_YAML)
    resume = _write(tmp_path / "cv.txt", RESUME_EN + "Built Temporal workflows in Go.\n")
    run = cocok("score", resume, "--taxonomy", extra, "--format", "json")
    assert run.code == 0, run.err_lines
    assert {EXTRA_COMPETENCY_ID, "postgresql"} <= _ids(run.json_lines()[0])


# ---- bad input: one clear line each, exit 1, never a traceback --------------------------------


def _directory(path: Path) -> Path:
    path.mkdir()
    return path


BAD_INPUTS: dict[str, Callable[[Path], Path]] = {
    "missing file": lambda d: d / "absent.pdf",
    "directory": lambda d: _directory(d / "folder.txt"),
    "empty text file": lambda d: make.write(d / "empty.txt", b""),
    "whitespace only": lambda d: make.write(d / "blank.md", b" \n\t\n"),
    "image-only pdf": lambda d: make.write(d / "scan.pdf", make.image_only_pdf()),
    "encrypted pdf": lambda d: make.write(
        d / "locked.pdf", make.encrypted_pdf(make.RESUME_ID, user_password="rahasia")
    ),
    "corrupt pdf": lambda d: make.write(d / "corrupt.pdf", make.corrupt_pdf()),
    "truncated pdf": lambda d: make.write(d / "cut.pdf", make.truncated_pdf(make.RESUME_ID)),
    "corrupt docx": lambda d: make.write(d / "corrupt.docx", b"PK but not really a zip"),
    "docx of a spreadsheet": lambda d: make.write(d / "sheet.docx", make.spreadsheet_named_docx()),
    "docx zip bomb": lambda d: make.write(d / "bomb.docx", make.docx_bomb()),
    "docx zip bomb that lies": lambda d: make.write(d / "liar.docx", make.lying_docx_bomb()),
    "binary garbage": lambda d: make.write(d / "garbage.txt", make.binary_garbage()),
    "unsupported type": lambda d: make.write(d / "photo.png", make.png_image()),
    "over-size file": lambda d: make.write(
        d / "huge.txt", b"PHP Laravel " * (MAX_DOCUMENT_BYTES // 8)
    ),
}


@pytest.mark.parametrize("build", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_bad_input_is_one_clear_line_and_exit_1(
    cocok: Callable[..., Run], tmp_path: Path, build: Callable[[Path], Path]
) -> None:
    bad = build(tmp_path)
    good = _write(tmp_path / "good.txt", RESUME_ID)
    run = cocok("score", bad, good, "--format", "json")
    assert run.code == 1
    assert len(run.err_lines) == 1
    line = run.err_lines[0]
    prefix = f"cocok: {bad}: "
    assert line.startswith(prefix) and len(line) > len(prefix)
    assert bad.name not in line[len(prefix) :], "the file is named once, at the front"
    failed, scored = run.json_lines()
    assert failed == {"file": str(bad), "error": line[len(prefix) :]}
    assert scored["file"] == str(good) and "php" in _ids(scored)


def test_over_size_message_states_the_limit(cocok: Callable[..., Run], tmp_path: Path) -> None:
    huge = BAD_INPUTS["over-size file"](tmp_path)
    run = cocok("score", huge)
    assert f"{MAX_DOCUMENT_BYTES // 2**20} MB" in run.err_lines[0]


def test_interrupt_exits_130_quietly(
    cocok: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(_Interrupting()))
    run = cocok("score", "-")
    assert run.code == 130
    assert run.out == ""


def test_an_unexpected_failure_is_one_line_without_the_message(
    cocok: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "Budi Santoso, Jl. Merdeka 1"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(_Failing(secret)))
    run = cocok("score", "-")
    assert run.code == 1
    (line,) = run.err_lines
    assert line.startswith("cocok: internal error (RuntimeError at ") and secret not in line


class _Failing(io.BytesIO):
    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def read(self, size: int | None = -1) -> bytes:
        raise RuntimeError(self.message)


class _Interrupting(io.BytesIO):
    def read(self, size: int | None = -1) -> bytes:
        raise KeyboardInterrupt


# ---- human formats --------------------------------------------------------------------------


def test_table_output_shows_score_skills_evidence_and_missing(
    cocok: Callable[..., Run], tmp_path: Path
) -> None:
    path = _write(tmp_path / "cv.txt", RESUME_EN)
    run = cocok("score", path, "--lang", "en")
    assert run.code == 0
    for expected in ("Score", "PostgreSQL", "“PostgreSQL”", "Missing core", str(path.name)):
        assert expected in run.out


def test_auto_language_labels_follow_the_document(
    cocok: Callable[..., Run], tmp_path: Path
) -> None:
    indonesian = _write(tmp_path / "cv_id.txt", RESUME_ID)
    english = _write(tmp_path / "cv_en.txt", RESUME_EN)
    assert "Keahlian" in cocok("score", indonesian).out
    assert "Skills" in cocok("score", english).out
    assert "Skills" in cocok("score", indonesian, "--lang", "en").out


def test_markdown_report_has_headings_and_a_skill_table(
    cocok: Callable[..., Run], tmp_path: Path
) -> None:
    path = _write(tmp_path / "cv.txt", RESUME_EN)
    out = cocok("score", path, "--format", "markdown").out
    assert out.splitlines()[0] == f"# {escape(str(path))}"
    assert "## Skills" in out and "| PostgreSQL |" in out


# ---- compare --------------------------------------------------------------------------------


def test_compare_json_is_one_object_with_score_covered_missing(
    cocok: Callable[..., Run], tmp_path: Path
) -> None:
    resume = _write(tmp_path / "cv.txt", RESUME_ID)
    posting = _write(tmp_path / "lowongan.txt", POSTING)
    run = cocok("compare", resume, posting, "--format", "json")
    assert run.code == 0
    (record,) = run.json_lines()
    assert set(record) == {
        "resume",
        "posting",
        "score",
        "covered",
        "missing_must",
        "missing_nice",
        "missing",
        "years_asked",
        "years_shown",
        "level_asked",
        "level_shown",
        "extra",
        "resume_result",
        "posting_result",
    }
    assert (record["resume"], record["posting"]) == (str(resume), str(posting))
    assert (record["resume_result"]["kind"], record["posting_result"]["kind"]) == (
        "resume",
        "posting",
    )
    covered = {r["id"] for r in record["covered"]}
    assert {"php", "laravel", "mysql", "redis", "docker", "git"} <= covered
    assert record["score"] == matcher.compare(RESUME_ID, POSTING).score


def test_compare_with_an_unreadable_side_exits_1(cocok: Callable[..., Run], tmp_path: Path) -> None:
    posting = _write(tmp_path / "lowongan.txt", POSTING)
    missing = tmp_path / "absent.docx"
    run = cocok("compare", missing, posting, "--format", "json")
    assert run.code == 1
    assert len(run.err_lines) == 1 and run.err_lines[0].startswith(f"cocok: {missing}: ")
    (record,) = run.json_lines()
    assert set(record) == {"resume", "posting", "error"}


def test_compare_table_lists_covered_and_missing(cocok: Callable[..., Run], tmp_path: Path) -> None:
    resume = _write(tmp_path / "cv.txt", "Backend developer: PHP dan Laravel.")
    posting = _write(tmp_path / "lowongan.txt", POSTING)
    out = cocok("compare", resume, posting, "--lang", "en").out
    # What the resume lacks comes first, then the years and level, then what it covers.
    missing, covered = out.split("\nCovered")
    assert "Missing must-haves" in missing and "Experience: asked" in missing
    assert "Laravel" in covered and "Redis" in missing and "Redis" not in covered


# ---- rank -----------------------------------------------------------------------------------


@pytest.fixture
def resumes(tmp_path: Path) -> Path:
    folder = tmp_path / "cvs"
    folder.mkdir()
    _write(folder / "a_weak.txt", RESUME_WEAK)
    _docx(folder / "b_strong.docx", RESUME_ID)
    _write(folder / "c_partial.md", "Backend developer. PHP dan MySQL.")
    (folder / "nested").mkdir()
    _write(folder / "nested" / "z_ignored.txt", RESUME_ID)
    _write(folder / "notes.json", "{}")
    return folder


def test_rank_orders_best_first_and_expands_directories(
    cocok: Callable[..., Run], tmp_path: Path, resumes: Path
) -> None:
    posting = _write(tmp_path / "lowongan.txt", POSTING)
    run = cocok("rank", posting, resumes, "--format", "json")
    assert run.code == 0, run.err_lines
    records = run.json_lines()
    names = [Path(r["file"]).name for r in records]
    assert names == ["b_strong.docx", "c_partial.md", "a_weak.txt"]
    assert [r["rank"] for r in records] == [1, 2, 3]
    scores = [r["score"] for r in records]
    assert scores == sorted(scores, reverse=True) and scores[0] > scores[-1]
    for record in records:
        assert {"file", "rank", "score", "covered", "missing", "extra"} <= set(record)


def test_rank_top_limits_the_list_and_failures_come_last(
    cocok: Callable[..., Run], tmp_path: Path, resumes: Path
) -> None:
    posting = _write(tmp_path / "lowongan.txt", POSTING)
    broken = make.write(tmp_path / "broken.pdf", make.truncated_pdf(make.RESUME_EN))
    run = cocok("rank", posting, broken, resumes, "--top", "2", "--format", "json")
    assert run.code == 1
    records = run.json_lines()
    assert [Path(r["file"]).name for r in records[:2]] == ["b_strong.docx", "c_partial.md"]
    assert records[2] == {"file": str(broken), "error": records[2]["error"]}
    assert len(records) == 3
    assert len(run.err_lines) == 1 and run.err_lines[0].startswith(f"cocok: {broken}: ")


def test_rank_keeps_input_order_for_ties_and_ranks_a_file_once(
    cocok: Callable[..., Run], tmp_path: Path
) -> None:
    posting = _write(tmp_path / "lowongan.txt", POSTING)
    folder = tmp_path / "same"
    folder.mkdir()
    for name in ("b.txt", "a.txt", "c.txt"):
        _write(folder / name, RESUME_ID)
    run = cocok("rank", posting, folder / "c.txt", folder, "--format", "json")
    assert [Path(r["file"]).name for r in run.json_lines()] == ["c.txt", "a.txt", "b.txt"]


def test_rank_skips_the_posting_when_it_sits_among_the_resumes(
    cocok: Callable[..., Run], resumes: Path
) -> None:
    posting = _write(resumes / "lowongan.txt", POSTING)
    files = [
        Path(r["file"]).name
        for r in cocok("rank", posting, resumes, "--format", "json").json_lines()
    ]
    assert files == ["b_strong.docx", "c_partial.md", "a_weak.txt"]


def test_rank_with_unreadable_posting_exits_1(
    cocok: Callable[..., Run], tmp_path: Path, resumes: Path
) -> None:
    run = cocok("rank", tmp_path / "absent.txt", resumes)
    assert run.code == 1
    assert run.out == ""
    (line,) = run.err_lines
    assert line.startswith(f"cocok: {tmp_path / 'absent.txt'}: ") and "not found" in line


def test_rank_of_an_empty_directory_fails_clearly(
    cocok: Callable[..., Run], tmp_path: Path
) -> None:
    posting = _write(tmp_path / "lowongan.txt", POSTING)
    (tmp_path / "empty").mkdir()
    run = cocok("rank", posting, tmp_path / "empty")
    assert run.code == 1
    assert len(run.err_lines) == 1 and ".docx" in run.err_lines[0]


def test_rank_table_and_markdown_list_every_resume(
    cocok: Callable[..., Run], tmp_path: Path, resumes: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "250")  # long temporary paths would fold in 80 columns
    posting = _write(tmp_path / "lowongan.txt", POSTING)
    table = cocok("rank", posting, resumes).out
    markdown = cocok("rank", posting, resumes, "--format", "markdown").out
    for name in ("a_weak.txt", "b_strong.docx", "c_partial.md"):
        assert name in table and escape(name) in markdown
    assert "z_ignored" not in table
    assert markdown.index(escape("b_strong.docx")) < markdown.index(escape("a_weak.txt"))


def test_rank_progress_bar_only_on_a_terminal(
    cocok: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    posting = _write(tmp_path / "lowongan.txt", POSTING)
    many = [_write(tmp_path / f"cv{number:02}.txt", RESUME_ID) for number in range(12)]
    quiet = cocok("rank", posting, *many, "--format", "json")
    assert quiet.err_lines == []
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    shown = cocok("rank", posting, *many, "--format", "json")
    assert any("matching" in line or "reading" in line for line in shown.err_lines)
    assert len(shown.json_lines()) == 12


# ---- taxonomy -------------------------------------------------------------------------------


def test_taxonomy_json_filters_by_category(cocok: Callable[..., Run]) -> None:
    records = cocok("taxonomy", "--category", "database", "--format", "json").json_lines()
    ids = {r["id"] for r in records}
    assert {"postgresql", "mysql", "mongodb"} <= ids
    assert {r["category"] for r in records} == {"database"}


def test_taxonomy_table_speaks_the_chosen_language(cocok: Callable[..., Run]) -> None:
    indonesian = cocok("taxonomy", "--category", "database", "--lang", "id").out
    english = cocok("taxonomy", "--category", "database", "--lang", "en").out
    assert "Basis data" in indonesian and "Databases" in english
    assert "postgresql" in indonesian and "php" not in indonesian


def test_taxonomy_unknown_category_names_the_choices(cocok: Callable[..., Run]) -> None:
    run = cocok("taxonomy", "--category", "cooking")
    assert run.code == 2
    assert len(run.err_lines) == 1 and "database" in run.err_lines[0]


# ---- as a real process ----------------------------------------------------------------------


def _process(*argv: str, **options: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "matcher.cli", *argv],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        **options,
    )


def test_version_and_help_as_a_process() -> None:
    from matcher import __version__

    version = _process("--version")
    assert (version.returncode, version.stdout.strip()) == (0, f"cocok {__version__}")
    for command in ("score", "compare", "rank", "taxonomy"):
        helped = _process(command, "--help")
        assert helped.returncode == 0
        assert "examples:" in helped.stdout and f"cocok {command}" in helped.stdout


def test_stdin_json_as_a_process() -> None:
    done = _process("score", "-", "--format", "json", input=RESUME_EN)
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["file"] == "-" and "postgresql" in _ids(record)


def test_missing_file_as_a_process_is_one_line_exit_1(tmp_path: Path) -> None:
    done = _process("score", str(tmp_path / "absent.pdf"))
    assert done.returncode == 1
    (line,) = done.stderr.splitlines()
    assert line.startswith(f"cocok: {tmp_path / 'absent.pdf'}: ") and "not found" in line


@pytest.mark.parametrize("fmt", ["json", "markdown", "table"])
def test_closed_pipe_ends_quietly_with_141_in_every_format(tmp_path: Path, fmt: str) -> None:
    path = _write(tmp_path / "cv.txt", RESUME_ID)
    # Far more output than a pipe buffers, so writing must hit the closed pipe.
    command = [sys.executable, "-m", "matcher.cli", "score", *[str(path)] * 80, "--format", fmt]
    with subprocess.Popen(
        command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()
        errors = process.stderr.read().decode()
        code = process.wait(timeout=120)
    if fmt == "json":
        assert json.loads(first)["file"] == str(path)
    assert errors == ""
    assert code == 141


# ---- edges: special files, loops, hostile names, output that cannot be written ---------------


def test_symlink_loop_and_device_fail_alone_and_the_rest_is_ranked(
    cocok: Callable[..., Run], tmp_path: Path
) -> None:
    posting = _write(tmp_path / "posting.txt", POSTING)
    good = _write(tmp_path / "good.txt", RESUME_ID)
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    run = cocok("rank", posting, good, loop, "/dev/zero", "--format", "json")
    assert run.code == 1
    assert [record["file"] for record in run.json_lines()] == [str(good), str(loop), "/dev/zero"]
    assert len(run.err_lines) == 2
    assert run.err_lines[0].startswith(f"cocok: {loop}: cannot be read")
    assert (
        run.err_lines[1] == "cocok: /dev/zero: not a regular file (a device or socket); give a file"
    )


@pytest.mark.parametrize("fmt", ["json", "markdown", "table"])
def test_control_characters_in_a_file_name_are_shown_escaped_and_once(
    cocok: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    monkeypatch.chdir(tmp_path)
    hostile = "cv\x1b[2J\n.txt"
    _write(tmp_path / "posting.txt", POSTING)
    _write(tmp_path / hostile, RESUME_ID)
    make.write(tmp_path / "empty\x07.txt", b"")
    run = cocok("rank", "posting.txt", hostile, "empty\x07.txt", "--format", fmt)
    assert run.code == 1
    (line,) = run.err_lines
    assert line == r"cocok: empty\x07.txt: the file is empty; add the resume or posting text"
    if fmt == "json":
        # JSON escapes control characters itself, and names stay exactly as given.
        assert run.json_lines()[0]["file"] == hostile
    else:
        assert "\x1b" not in run.out
        # Markdown escapes each backslash once more.
        assert r"cv\x1b[2J\n.txt" in run.out.replace("\\\\", "\\")


def test_a_file_name_that_is_rich_markup_prints_as_written(
    cocok: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "posting.txt", POSTING)
    _write(tmp_path / "[bold]cv[red].txt", RESUME_ID)
    run = cocok("rank", "posting.txt", "[bold]cv[red].txt", "--format", "table")
    assert "[bold]cv[red].txt" in run.out


@pytest.mark.parametrize("fmt", ["json", "markdown", "table"])
@pytest.mark.parametrize("command", ["score", "rank"])
def test_a_full_disk_is_one_line_and_exit_1(tmp_path: Path, fmt: str, command: str) -> None:
    path = _write(tmp_path / "cv.txt", RESUME_ID)
    inputs = [str(path)] if command == "score" else [str(path), str(path)]
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "matcher.cli", command, *inputs, "--format", fmt],
            cwd=REPO,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    assert done.returncode == 1
    assert done.stderr == "cocok: cannot write output: No space left on device\n"


def test_a_closed_stdout_is_one_line_and_exit_1(tmp_path: Path) -> None:
    path = _write(tmp_path / "cv.txt", RESUME_ID)
    done = subprocess.run(
        [sys.executable, "-m", "matcher.cli", "score", str(path)],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        check=False,
        # Close descriptor 1 in the child before Python starts.
        preexec_fn=lambda: os.close(1),
    )
    assert done.returncode == 1
    assert done.stderr == "cocok: cannot write output: standard output is closed\n"
