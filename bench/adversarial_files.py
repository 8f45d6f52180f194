"""Time and peak memory of ``cocok score`` on each hostile file family, one child process each.

``python -m bench.adversarial_files`` prints one row per family of ``testkit.hostile_files``:
its size on disk, the wall time, the child's peak RSS, its exit code and its stderr line. The
targets are at most 5 s and 1 GiB, exit 0 or 1, and at most one line.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from testkit.hostile_files import FAMILIES

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class FileCost:
    family: str
    file_bytes: int
    seconds: float
    peak_rss_mb: float
    exit_code: int
    message: str


def measure(path: Path, family: str) -> FileCost:
    """Run ``cocok score`` on ``path`` in a child process and read its own resource usage."""
    command = [sys.executable, "-m", "matcher.cli", "score", str(path), "--format", "json"]
    started = time.perf_counter()
    child = subprocess.Popen(
        command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    assert child.stderr is not None
    message = child.stderr.read().strip()
    # wait4 gives this child's peak RSS, where getrusage(RUSAGE_CHILDREN) gives the largest yet.
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    return FileCost(
        family=family,
        file_bytes=path.stat().st_size,
        seconds=seconds,
        peak_rss_mb=usage.ru_maxrss / 1024,
        exit_code=child.returncode,
        message=message,
    )


_WRITE_FAMILY = """
import sys
from pathlib import Path
from testkit.hostile_files import FAMILIES
builders = {name: build for name, _, build in FAMILIES}
Path(sys.argv[2]).write_bytes(builders[sys.argv[1]]())
"""


def measure_families() -> list[FileCost]:
    with tempfile.TemporaryDirectory() as folder:
        costs = []
        for family, suffix, _ in FAMILIES:
            path = Path(folder) / f"{family}{suffix}"
            # Built in a child of its own: Linux carries a parent's peak RSS into its children,
            # so this process stays small for the measurement to be the reader's alone.
            subprocess.run(
                [sys.executable, "-c", _WRITE_FAMILY, family, str(path)], cwd=REPO, check=True
            )
            costs.append(measure(path, family))
        return costs


def main() -> int:
    print(f"{'family':28} {'bytes':>10} {'seconds':>8} {'peak MB':>8} exit  message")
    for cost in measure_families():
        reason = cost.message.partition(": ")[2].partition(": ")[2][:60]
        print(
            f"{cost.family:28} {cost.file_bytes:>10,} {cost.seconds:>8.2f}"
            f" {cost.peak_rss_mb:>8.0f} {cost.exit_code:>4}  {reason}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
