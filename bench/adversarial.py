"""Adversarial inputs: match() time and peak memory on every hostile-text family at the limit.

The families come from ``testkit.hostile_texts``; each text is as long as ``match()`` accepts
(200,000 characters). A pattern that goes super-linear on one of them would take minutes or
hours there, so the families run in a child process (``python -m bench.adversarial SIZE
REPEAT FAMILY...``, one JSON line per family) that is ended when the runs of one family pass
the timeout, and then started again on the families after it. Runs on one core, as ``bench speed``.
"""

from __future__ import annotations

import json
import selectors
import statistics
import subprocess
import sys
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console

from bench import adversarial_files
from bench.adversarial_files import FileCost
from bench.speed import pin_to_one_core, single_thread_env
from bench.tables import Section, markdown_table, print_table

TARGET_S = 1.0
REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class FamilyFigures:
    family: str
    seconds: tuple[float, ...]  # empty when the family passed the timeout
    peak_mb: float | None


def measure_families(size: int, repeat: int, families: list[str]) -> None:
    """The child: print one JSON line per family, worst times first measured, then memory."""
    import matcher
    from testkit.hostile_texts import FAMILIES

    matcher.match("Backend developer, Golang and PostgreSQL.")  # builds the index: not timed
    for name in families:
        text = FAMILIES[name](size)
        seconds = []
        for _ in range(repeat):
            started = time.perf_counter()
            matcher.match(text)
            seconds.append(time.perf_counter() - started)
        # A separate run: tracing every allocation slows the matcher down several times.
        tracemalloc.start()
        matcher.match(text)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        line = {"family": name, "seconds": seconds, "peak_mb": peak / 2**20}
        print(json.dumps(line), flush=True)


def _child(size: int, repeat: int, families: list[str]) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "bench.adversarial", str(size), str(repeat), *families]
    return subprocess.Popen(
        command,
        cwd=REPO_ROOT,  # where bench and testkit are importable
        env=single_thread_env(),
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )


def measure(
    size: int, repeat: int, timeout_s: float, only: str, status: Console
) -> list[FamilyFigures]:
    from testkit.hostile_texts import FAMILIES

    remaining = [name for name in FAMILIES if only in name]
    figures: list[FamilyFigures] = []
    while remaining:
        child = _child(size, repeat, remaining)
        assert child.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(child.stdout, selectors.EVENT_READ)
            while remaining:
                # The first family also waits for the child's start and the index build.
                if not selector.select(timeout_s + (30 if not figures else 0)):
                    status.print(f"{remaining[0]}: over {timeout_s:.0f} s, skipped")
                    figures.append(FamilyFigures(remaining.pop(0), (), None))
                    break
                line = child.stdout.readline()
                if not line:
                    raise RuntimeError(f"the child ended while measuring {remaining[0]}")
                found = json.loads(line)
                figures.append(
                    FamilyFigures(found["family"], tuple(found["seconds"]), found["peak_mb"])
                )
                remaining.pop(0)
                status.print(f"{found['family']}: {max(found['seconds']):.3f} s")
        child.kill()
        child.wait()
    return figures


def _row(figures: FamilyFigures, timeout_s: float) -> list[str]:
    if not figures.seconds:
        return [figures.family, f"> {timeout_s:.0f}", "-", "-"]
    return [
        figures.family,
        f"{max(figures.seconds):.3f}",
        f"{statistics.median(figures.seconds):.3f}",
        f"{figures.peak_mb:.1f}",
    ]


def sections(figures: list[FamilyFigures], timeout_s: float, size: int) -> list[Section]:
    def worst(item: FamilyFigures) -> float:
        return max(item.seconds) if item.seconds else float("inf")

    ordered = sorted(figures, key=lambda item: (-worst(item), item.family))
    over = [f for f in ordered if worst(f) > TARGET_S]
    rows = [_row(f, timeout_s) for f in ordered]
    return [
        Section(
            f"over the {TARGET_S:.0f} s target: {len(over)} of {len(figures)}", rows[: len(over)]
        ),
        Section(f"within it, {size:,} characters each", rows[len(over) :]),
    ]


FILE_HEADER = ["file family", "bytes", "seconds", "peak RSS MB", "exit", "first line"]


def _file_sections(costs: list[FileCost]) -> list[Section]:
    rows = [
        [
            cost.family,
            f"{cost.file_bytes:,}",
            f"{cost.seconds:.2f}",
            f"{cost.peak_rss_mb:.0f}",
            str(cost.exit_code),
            cost.message.partition(": ")[2].partition(": ")[2][:50],
        ]
        for cost in sorted(costs, key=lambda cost: -cost.seconds)
    ]
    return [Section("cocok score on each hostile file (limits: 5 s, 1 GiB)", rows)]


def run_adversarial(
    fmt: str, size: int, repeat: int, timeout_s: float, only: str, console: Console
) -> int:
    core = pin_to_one_core()
    figures = measure(size, repeat, timeout_s, only, Console(stderr=True))
    files = [cost for cost in adversarial_files.measure_families() if only in cost.family]
    if fmt == "json":
        report: dict[str, Any] = {
            "size": size,
            "core": core,
            "families": {
                f.family: {"seconds": list(f.seconds), "peak_mb": f.peak_mb} for f in figures
            },
            "files": {
                cost.family: {
                    "bytes": cost.file_bytes,
                    "seconds": cost.seconds,
                    "peak_rss_mb": cost.peak_rss_mb,
                    "exit_code": cost.exit_code,
                }
                for cost in files
            },
        }
        print(json.dumps(report, indent=2))
        return 0
    header = ["family", f"worst of {repeat} (s)", "median (s)", "peak traced MB"]
    table = sections(figures, timeout_s, size)
    if fmt == "markdown":
        print(markdown_table(header, table))
        print()
        print(markdown_table(FILE_HEADER, _file_sections(files)))
    else:
        pinned = f"core {core}" if core is not None else "no core pinning here"
        print_table(console, f"match() on hostile texts, one thread ({pinned})", header, table)
        print_table(console, "hostile files", FILE_HEADER, _file_sections(files))
    return 0


if __name__ == "__main__":
    measure_families(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:])
