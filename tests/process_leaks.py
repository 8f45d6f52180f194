"""A pytest plugin that fails the run when the tests leave a process running.

The suite starts bot worker pools, bot and CLI subprocesses; each must be gone by the time the
session ends. On Linux the test process becomes a child subreaper, so that a process orphaned
by a test (a worker of a bot subprocess the test killed) is re-parented to it rather than to
init, and is seen here as a child instead of outliving the run unnoticed.

multiprocessing's resource tracker is a child on purpose: the first spawned process starts it
and it runs until every process holding its pipe has exited, so it is alive while the test
process is. It is allowed here. It can only outlive the run if another holder of its pipe
(a spawned worker) does, and such a worker is a child (or an orphan re-parented to us) that
this check reports.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import sys
import time
from multiprocessing import resource_tracker
from pathlib import Path

import pytest

_PR_SET_CHILD_SUBREAPER = 36
# Processes being shut down when the session ends (a pool's workers reading their sentinel)
# get this long to go before they count as leaked.
_GRACE_SECONDS = 5.0


def pytest_configure(config: pytest.Config) -> None:
    if sys.platform == "linux":
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER) failed")


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session) -> None:
    deadline = time.monotonic() + _GRACE_SECONDS
    while (leaked := running_children()) and time.monotonic() < deadline:
        time.sleep(0.1)
    if not leaked:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_sep("=", "processes left running by the tests", red=True)
        for pid, command in sorted(leaked.items()):
            reporter.write_line(f"{pid}: {command}")
    session.exitstatus = pytest.ExitCode.TESTS_FAILED


def running_children() -> dict[int, str]:
    """Children of this process that still run, by pid, except the resource tracker."""
    # Reaps the pool workers that have ended, which would otherwise linger as zombies.
    multiprocessing.active_children()
    allowed = {resource_tracker._resource_tracker._pid}  # no public accessor
    if sys.platform != "linux":
        return {p.pid: p.name for p in multiprocessing.active_children() if p.pid not in allowed}
    children: dict[int, str] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            command = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, IndexError):
            continue  # the process ended while being read
        state, parent = fields[0], int(fields[1])
        pid = int(stat.parent.name)
        if parent == os.getpid() and state != "Z" and pid not in allowed:
            children[pid] = command.strip()
    return children
