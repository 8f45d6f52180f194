"""``cocok rank --workers N`` and ``--scheduler ADDRESS`` print what the one-process run prints.

Same lines in the same order, ties in input order, a broken file reported on stderr and as an
error line, and the same exit code; only where the matching runs differs.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from matcher.cli import main
from testkit import documents as make

POSTING = "Lowongan Backend Developer: PHP, Laravel, MySQL, Redis, Docker, Git"
TEXTS = (
    "Backend developer. PHP, Laravel dan MySQL.",
    "Saya mendesain tampilan aplikasi dengan Figma.",
    "Golang, PostgreSQL, Docker, Redis, Git.",
    "Backend developer. PHP, Laravel dan MySQL.",  # a tie with the first
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    resumes = tmp_path / "cvs"
    resumes.mkdir()
    # more than one batch, so the ranking is merged from tasks run apart
    for number in range(300):
        text = TEXTS[number % len(TEXTS)]
        (resumes / f"cv-{number:03d}.txt").write_text(text, encoding="utf-8")
    make.write(resumes / "cv-150-broken.pdf", make.truncated_pdf(make.RESUME_EN))
    (tmp_path / "posting.txt").write_text(POSTING, encoding="utf-8")
    return tmp_path


def _rank(capsys: pytest.CaptureFixture[str], folder: Path, *options: str) -> tuple[Any, ...]:
    argv = ["rank", str(folder / "posting.txt"), str(folder / "cvs"), *options]
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("fmt", ["json", "markdown"])
def test_two_workers_print_what_one_prints(
    capsys: pytest.CaptureFixture[str], folder: Path, fmt: str
) -> None:
    alone = _rank(capsys, folder, "--format", fmt)
    assert alone[0] == 1 and "cv-150-broken.pdf" in alone[2]
    assert _rank(capsys, folder, "--format", fmt, "--workers", "2") == alone


def test_top_on_two_workers_is_the_top_of_one(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    options = ("--format", "json", "--top", "3")
    assert _rank(capsys, folder, *options, "--workers", "2") == _rank(capsys, folder, *options)


def test_a_dask_cluster_prints_what_one_process_prints(
    capsys: pytest.CaptureFixture[str], folder: Path, dask_client: Any
) -> None:
    address = dask_client.scheduler.address
    alone = _rank(capsys, folder, "--format", "json")
    assert _rank(capsys, folder, "--format", "json", "--scheduler", address) == alone


def test_scheduler_without_dask_installed_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    code, out, err = _rank(capsys, folder, "--scheduler", "tcp://127.0.0.1:8786")
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        'cocok: --scheduler needs Dask; install it with: pip install "cocok[dask]"'
    ]


def test_workers_and_scheduler_exclude_each_other(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    code, _, err = _rank(capsys, folder, "--workers", "2", "--scheduler", "tcp://127.0.0.1:1")
    assert code == 2 and "not allowed with argument" in err
