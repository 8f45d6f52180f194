"""The session check of ``tests.process_leaks`` fails a run that leaves a process behind."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

REPO_ROOT = Path(__file__).resolve().parents[1]

# The child reads its stdin to the end: it outlives the test, and ends when the run that
# leaked it exits and the pipe closes, so this test leaves nothing behind itself.
LEAKY = """
import subprocess, sys

def test_starts_a_child_and_forgets_it():
    subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"],
                     stdin=subprocess.PIPE)
"""

# A grandchild orphaned when its parent ends, as the workers of a killed bot are; it blocks on
# a pipe whose only writer is the run that leaked it.
ORPHANING = """
import os, subprocess, sys

def test_starts_a_grandchild_and_lets_its_parent_end():
    read_end, _ = os.pipe()
    waiter = f"import os; os.read({read_end}, 1)"
    spawner = (
        "import subprocess, sys; "
        f"subprocess.Popen([sys.executable, '-c', {waiter!r}], pass_fds=[{read_end}])"
    )
    subprocess.run([sys.executable, "-c", spawner], pass_fds=[read_end], check=True)
"""

TIDY = """
import subprocess, sys

def test_starts_a_child_and_waits_for_it():
    subprocess.run([sys.executable, "-c", "pass"], check=True)
"""


@pytest.mark.parametrize(
    ("source", "code"), [(LEAKY, 1), (ORPHANING, 1), (TIDY, 0)], ids=["leaky", "orphaning", "tidy"]
)
def test_a_run_fails_when_a_child_process_is_left_running(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, source: str, code: int
) -> None:
    monkeypatch.setenv("PYTHONPATH", str(REPO_ROOT))
    pytester.makepyfile(source)
    result = pytester.runpytest_subprocess("-p", "tests.process_leaks", "-p", "no:cacheprovider")
    assert result.ret == code
    leaked = any("processes left running" in line for line in result.outlines)
    assert leaked == (code == 1)
