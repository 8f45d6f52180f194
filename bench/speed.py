"""Speed: match() latency, rank() throughput, cold start and peak RSS, next to the baselines.

The comparison with the baselines runs on one core: this process pins itself (children inherit
the affinity) and the in-process measurements run in a child started with one BLAS/OpenMP
thread, because those limits only take effect before numpy is first imported. ``python -m
bench.speed`` is that child; it prints its raw samples as JSON. Before pinning, the same
ranking runs on every core: one process, a local process pool, a local Dask cluster.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console

from bench.errors import BenchError
from bench.tables import Section, markdown_table, print_table
from testkit.taxonomies import EXTRA_COMPETENCY_YAML

if TYPE_CHECKING:
    from bench.systems import System

WARMUP = 50
ITERATIONS = 1000
RESUMES = 10_000
COLD_RUNS = 7
FIRST_RUNS = 3
LATENCY_RESUME_ID = "id-resume-backend-php-go"
RANK_POSTING_ID = "id-posting-backend-laravel"
SYSTEMS = ("cocok", "keyword", "tfidf-cosine")
FLOOR = "import sklearn (reference)"
FLOOR_CODE = "import sklearn.feature_extraction.text"

# Runs a command and prints the largest RSS of its children: this probe has no other child,
# so the figure is that command's own peak. Linux reports KiB, macOS bytes.
RSS_PROBE = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "print(code, peak / (1024 * 1024 if sys.platform == 'darwin' else 1024))\n"
)


@dataclass(frozen=True)
class SystemSpeed:
    name: str
    latency_ms: tuple[float, ...]
    rank_seconds: float
    # characters of ../shared/eval's whole documents read per second; None without that data
    documents_mb_s: float | None
    cold_start_s: float
    peak_rss_mb: float
    # cocok only: starts with an empty model cache, with the built-in taxonomy (whose fits ship
    # with cocok) and with a taxonomy of the user's own (fitted by scikit-learn)
    first_start_s: float | None = None
    first_rss_mb: float | None = None
    own_first_start_s: float | None = None
    own_first_rss_mb: float | None = None


@dataclass(frozen=True)
class SpeedReport:
    systems: tuple[SystemSpeed, ...]
    floor_cold_start_s: float
    floor_rss_mb: float
    core: int | None
    resume_chars: int
    resumes: int
    cold_runs: int


def percentile(samples: Sequence[float], share: int) -> float:
    """The ``share``-th percentile (1-99) of at least two samples."""
    return statistics.quantiles(samples, n=100, method="inclusive")[share - 1]


def single_thread_env() -> dict[str, str]:
    env = dict(os.environ)
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        env[name] = "1"
    return env


def pin_to_one_core() -> int | None:
    """Pin this process (and so its children) to one allowed core; None where unsupported."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    core = max(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    return core


def _texts() -> tuple[str, str]:
    from bench.eval_data import OWN_DATA_DIR, load_items

    by_id = {item.id: item.text for item in load_items(OWN_DATA_DIR)}
    return by_id[LATENCY_RESUME_ID], by_id[RANK_POSTING_ID]


def _labelled_texts() -> tuple[str, ...]:
    """The whole documents of ../shared/eval, or none when they are not there."""
    from bench.documents import load_documents
    from bench.eval_data import EvalDataError, default_data_dir

    try:
        return tuple(document.text for document in load_documents(default_data_dir()))
    except (OSError, EvalDataError):
        return ()


def _megabytes_per_second(system: System, texts: Sequence[str]) -> float | None:
    """Characters read per second, best of three passes, each document read as a whole."""
    if not texts:
        return None
    passes = []
    for _ in range(3):
        started = time.perf_counter()
        for text in texts:
            system.predict(text, "auto")
        passes.append(time.perf_counter() - started)
    return sum(map(len, texts)) / min(passes) / 1e6


def measure_in_process() -> dict[str, Any]:
    """Latency samples, rank() time and whole-document throughput per system, in this process."""
    from bench.resume_generator import generate_resumes
    from bench.systems import build_systems
    from taxonomy import load_taxonomy

    resume, posting = _texts()
    resumes = generate_resumes(RESUMES)
    documents = _labelled_texts()
    figures: dict[str, Any] = {}
    for system in build_systems(load_taxonomy()):
        for _ in range(WARMUP):
            system.predict(resume, "resume")
        samples = []
        for _ in range(ITERATIONS):
            started = time.perf_counter()
            system.predict(resume, "resume")
            samples.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        system.rank(posting, resumes)
        rank_seconds = time.perf_counter() - started
        figures[system.name] = {
            "latency_ms": samples,
            "rank_seconds": rank_seconds,
            "documents_mb_per_s": _megabytes_per_second(system, documents),
        }
    return figures


def _failure(command: Sequence[str], stderr: str) -> BenchError:
    last = stderr.strip().splitlines()[-1:] or ["no message"]
    return BenchError(f"{' '.join(command[1:3])} failed: {last[0]}")


def _child_measurements(env: Mapping[str, str]) -> dict[str, Any]:
    command = [sys.executable, "-m", "bench.speed"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise _failure(command, done.stderr)
    figures: dict[str, Any] = json.loads(done.stdout)
    return figures


def cold_start_seconds(command: Sequence[str], env: Mapping[str, str], runs: int) -> float:
    """Median wall time of ``runs`` whole-process runs, after one untimed run for disk caches."""
    timings = []
    for attempt in range(runs + 1):
        started = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            raise _failure(command, done.stderr)
        if attempt:
            timings.append(elapsed)
    return statistics.median(timings)


def first_start(command: Sequence[str], env: Mapping[str, str], runs: int) -> tuple[float, float]:
    """Median wall time and peak RSS of starts that each find an empty fitted-model cache."""
    timings = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as cache:
            fresh = {**env, "COCOK_CACHE_DIR": cache}
            started = time.perf_counter()
            done = subprocess.run(command, env=fresh, capture_output=True, text=True, check=False)
            timings.append(time.perf_counter() - started)
            if done.returncode != 0:
                raise _failure(command, done.stderr)
    with tempfile.TemporaryDirectory() as cache:
        rss = peak_rss_mb(command, {**env, "COCOK_CACHE_DIR": cache})
    return statistics.median(timings), rss


def peak_rss_mb(command: Sequence[str], env: Mapping[str, str]) -> float:
    probe = [sys.executable, "-c", RSS_PROBE, *command]
    done = subprocess.run(probe, env=env, capture_output=True, text=True, check=False)
    code, peak = done.stdout.split() if done.returncode == 0 else ("1", "0")
    if code != "0":
        raise _failure(command, done.stderr or "the command failed under the RSS probe")
    return float(peak)


def _commands(resume_file: Path) -> dict[str, list[str]]:
    python = sys.executable
    return {
        "cocok": [python, "-m", "matcher.cli", "score", str(resume_file)],
        "keyword": [python, "-m", "bench.baseline_cli", "keyword", str(resume_file)],
        "tfidf-cosine": [python, "-m", "bench.baseline_cli", "tfidf-cosine", str(resume_file)],
        FLOOR: [python, "-c", FLOOR_CODE],
    }


def measure(status: Console) -> SpeedReport:
    core = pin_to_one_core()
    env = single_thread_env()
    resume, _ = _texts()
    with status.status("match() latency and rank() throughput, one core..."):
        in_process = _child_measurements(env)
    cold: dict[str, float] = {}
    rss: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        resume_file = Path(folder) / "resume.txt"
        resume_file.write_text(resume, encoding="utf-8")
        # the timed starts share one cache, as a user's runs do; the untimed first run fills it
        env = {**env, "COCOK_CACHE_DIR": str(Path(folder) / "cache")}
        commands = _commands(resume_file)
        for label, command in commands.items():
            with status.status(f"cold start and peak RSS: {label}..."):
                cold[label] = cold_start_seconds(command, env, COLD_RUNS)
                rss[label] = peak_rss_mb(command, env)
        with status.status("first start with an empty fitted-model cache: cocok..."):
            first_s, first_rss = first_start(commands["cocok"], env, FIRST_RUNS)
            own = Path(folder) / "own-taxonomy.yaml"
            own.write_text(EXTRA_COMPETENCY_YAML, encoding="utf-8")
            own_command = [*commands["cocok"], "--taxonomy", str(own)]
            own_s, own_rss = first_start(own_command, env, FIRST_RUNS)
    return SpeedReport(
        systems=tuple(
            SystemSpeed(
                name=name,
                latency_ms=tuple(in_process[name]["latency_ms"]),
                rank_seconds=in_process[name]["rank_seconds"],
                documents_mb_s=in_process[name]["documents_mb_per_s"],
                cold_start_s=cold[name],
                peak_rss_mb=rss[name],
                first_start_s=first_s if name == "cocok" else None,
                first_rss_mb=first_rss if name == "cocok" else None,
                own_first_start_s=own_s if name == "cocok" else None,
                own_first_rss_mb=own_rss if name == "cocok" else None,
            )
            for name in SYSTEMS
        ),
        floor_cold_start_s=cold[FLOOR],
        floor_rss_mb=rss[FLOOR],
        core=core,
        resume_chars=len(resume),
        resumes=RESUMES,
        cold_runs=COLD_RUNS,
    )


def speed_sections(report: SpeedReport) -> list[Section]:
    systems = report.systems

    def row(label: str, cells: list[str], floor: str = "-") -> list[str]:
        return [label, *cells, floor]

    latency = [
        row("p50 ms", [f"{percentile(s.latency_ms, 50):.3f}" for s in systems]),
        row("p99 ms", [f"{percentile(s.latency_ms, 99):.3f}" for s in systems]),
    ]
    throughput = [
        row("seconds", [f"{s.rank_seconds:.2f}" for s in systems]),
        row("resumes per second", [f"{report.resumes / s.rank_seconds:,.0f}" for s in systems]),
    ]
    documents = [
        row(
            "MB of text per second (kind read from the text)",
            [_optional(s.documents_mb_s, ".2f") for s in systems],
        )
    ]
    floor = report.floor_cold_start_s
    process = [
        row(
            f"cold start, median of {report.cold_runs} (s)",
            [f"{s.cold_start_s:.3f}" for s in systems],
            f"{floor:.3f}",
        ),
        row(
            "cold start / sklearn import",
            [f"{s.cold_start_s / floor:.2f}" for s in systems],
            "1.00",
        ),
        row(
            "peak RSS (MB)", [f"{s.peak_rss_mb:.1f}" for s in systems], f"{report.floor_rss_mb:.1f}"
        ),
        row(
            f"first start, empty model cache, median of {FIRST_RUNS} (s)",
            [_optional(s.first_start_s, ".3f") for s in systems],
        ),
        row(
            "first start / sklearn import",
            [_optional(s.first_start_s and s.first_start_s / floor, ".2f") for s in systems],
        ),
        row("first start peak RSS (MB)", [_optional(s.first_rss_mb, ".1f") for s in systems]),
        row(
            f"first start, own taxonomy (fitted), median of {FIRST_RUNS} (s)",
            [_optional(s.own_first_start_s, ".3f") for s in systems],
        ),
        row(
            "first start, own taxonomy / sklearn import",
            [
                _optional(s.own_first_start_s and s.own_first_start_s / floor, ".2f")
                for s in systems
            ],
        ),
        row(
            "first start, own taxonomy, peak RSS (MB)",
            [_optional(s.own_first_rss_mb, ".1f") for s in systems],
        ),
    ]
    return [
        Section(f"match() on a one-page resume ({report.resume_chars:,} chars)", latency),
        Section(f"rank() over {report.resumes:,} generated resumes", throughput),
        Section(
            "match() over ../shared/eval's whole documents"
            + ("" if systems[0].documents_mb_s else " (not there: skipped)"),
            documents,
        ),
        Section("one file as a whole process (cocok score FILE)", process),
    ]


def _optional(value: float | None, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def speed_json(report: SpeedReport) -> dict[str, Any]:
    return {
        "core": report.core,
        "resume_chars": report.resume_chars,
        "resumes": report.resumes,
        "floor": {"cold_start_s": report.floor_cold_start_s, "peak_rss_mb": report.floor_rss_mb},
        "systems": {
            s.name: {
                "latency_p50_ms": percentile(s.latency_ms, 50),
                "latency_p99_ms": percentile(s.latency_ms, 99),
                "latency_samples": len(s.latency_ms),
                "rank_seconds": s.rank_seconds,
                "rank_per_second": report.resumes / s.rank_seconds,
                "documents_mb_per_s": s.documents_mb_s,
                "cold_start_s": s.cold_start_s,
                "cold_start_ratio": s.cold_start_s / report.floor_cold_start_s,
                "peak_rss_mb": s.peak_rss_mb,
                "first_start_s": s.first_start_s,
                "first_start_peak_rss_mb": s.first_rss_mb,
                "own_taxonomy_first_start_s": s.own_first_start_s,
                "own_taxonomy_first_start_peak_rss_mb": s.own_first_rss_mb,
            }
            for s in report.systems
        },
    }


PARALLEL_WORKERS = 2
PARALLEL_COLUMNS = (
    "1 worker",
    f"{PARALLEL_WORKERS} workers",
    f"Dask, {PARALLEL_WORKERS} processes",
)


@dataclass(frozen=True)
class ParallelSpeed:
    """rank() and ``cocok rank`` of the generated resumes, per column of PARALLEL_COLUMNS."""

    rank_seconds: tuple[float, ...]
    command_seconds: tuple[float, ...]
    same_output: tuple[bool, ...]
    cores: int


def measure_parallel(status: Console) -> ParallelSpeed:
    """The same ranking on one process, on a local pool, and on a local Dask cluster.

    Runs before ``measure`` pins this process to one core. rank() is timed once the workers
    have started and built their Matchers; the whole command includes all of that.
    """
    import gc
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from bench.resume_generator import generate_resumes
    from matcher import Matcher, collector_paused, rank_parallel
    from testkit.dask_cluster import local_dask_cluster

    _, posting = _texts()
    resumes = generate_resumes(RESUMES)
    spawn = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory() as folder, collector_paused():
        cache = Path(folder) / "cache"
        engine = Matcher(cache_dir=cache)
        posting_file, resume_dir = _rank_files(Path(folder), posting, resumes)
        rank_command = [sys.executable, "-m", "matcher.cli", "rank", str(posting_file)]
        rank_command += [str(resume_dir), "--format", "json"]
        env = {**os.environ, "COCOK_CACHE_DIR": str(cache)}
        with status.status("rank() and cocok rank on one process..."):
            seconds = [_timed(lambda: engine.rank(posting, resumes))]
            alone, alone_s = _command(rank_command, env)
        with (
            status.status(f"rank() and cocok rank on {PARALLEL_WORKERS} processes..."),
            ProcessPoolExecutor(PARALLEL_WORKERS, mp_context=spawn, initializer=gc.disable) as pool,
        ):
            rank_parallel(posting, resumes[:1000], executor=pool, cache_dir=cache)
            seconds.append(
                _timed(lambda: rank_parallel(posting, resumes, executor=pool, cache_dir=cache))
            )
            pooled, pooled_s = _command([*rank_command, "--workers", str(PARALLEL_WORKERS)], env)
        with (
            status.status("rank() and cocok rank on a local Dask cluster..."),
            local_dask_cluster(PARALLEL_WORKERS) as client,
        ):
            executor = client.get_executor()
            rank_parallel(posting, resumes[:1000], executor=executor)
            seconds.append(_timed(lambda: rank_parallel(posting, resumes, executor=executor)))
            address = ["--scheduler", client.scheduler.address]
            clustered, clustered_s = _command([*rank_command, *address], env)
    return ParallelSpeed(
        rank_seconds=tuple(seconds),
        command_seconds=(alone_s, pooled_s, clustered_s),
        same_output=(True, pooled == alone, clustered == alone),
        cores=len(os.sched_getaffinity(0))
        if hasattr(os, "sched_getaffinity")
        else os.cpu_count() or 1,
    )


def _rank_files(
    folder: Path, posting: str, resumes: Sequence[tuple[str, str]]
) -> tuple[Path, Path]:
    posting_file = folder / "posting.txt"
    posting_file.write_text(posting, encoding="utf-8")
    resume_dir = folder / "resumes"
    resume_dir.mkdir()
    for name, text in resumes:
        (resume_dir / f"{name}.txt").write_text(text, encoding="utf-8")
    return posting_file, resume_dir


def _timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def _command(command: Sequence[str], env: Mapping[str, str]) -> tuple[str, float]:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise _failure(command, done.stderr)
    return done.stdout, elapsed


def parallel_sections(report: ParallelSpeed) -> list[Section]:
    first_rank, first_command = report.rank_seconds[0], report.command_seconds[0]
    return [
        Section(
            f"rank() over {RESUMES:,} generated resumes, {report.cores} cores",
            [
                ["seconds", *(f"{s:.2f}" for s in report.rank_seconds)],
                ["resumes per second", *(f"{RESUMES / s:,.0f}" for s in report.rank_seconds)],
                ["speed-up", *(f"{first_rank / s:.2f}x" for s in report.rank_seconds)],
            ],
        ),
        Section(
            "cocok rank POSTING DIR --format json, whole command",
            [
                ["seconds", *(f"{s:.2f}" for s in report.command_seconds)],
                ["speed-up", *(f"{first_command / s:.2f}x" for s in report.command_seconds)],
                ["same output", *("yes" if same else "NO" for same in report.same_output)],
            ],
        ),
    ]


def parallel_json(report: ParallelSpeed) -> dict[str, Any]:
    return {
        "cores": report.cores,
        "resumes": RESUMES,
        "runs": {
            column: {
                "rank_seconds": rank_s,
                "rank_per_second": RESUMES / rank_s,
                "command_seconds": command_s,
                "same_output": same,
            }
            for column, rank_s, command_s, same in zip(
                PARALLEL_COLUMNS,
                report.rank_seconds,
                report.command_seconds,
                report.same_output,
                strict=True,
            )
        },
    }


def run_speed(fmt: str, plot: Path | None, console: Console) -> int:
    parallel = measure_parallel(Console(stderr=True))
    report = measure(Console(stderr=True))
    if plot:
        from bench.plot import plot_latency

        plot_latency({s.name: s.latency_ms for s in report.systems}, plot)
    if fmt == "json":
        print(json.dumps({**speed_json(report), "parallel": parallel_json(parallel)}, indent=2))
        return 0
    header = ["figure", *SYSTEMS, FLOOR]
    sections = speed_sections(report)
    pinned = f"core {report.core}" if report.core is not None else "no core pinning here"
    parallel_header = ["cocok", *PARALLEL_COLUMNS]
    if fmt == "markdown":
        print(markdown_table(header, sections))
        print()
        print(markdown_table(parallel_header, parallel_sections(parallel)))
    else:
        print_table(console, f"Speed, one thread ({pinned})", header, sections)
        print_table(console, "Speed on every core", parallel_header, parallel_sections(parallel))
    return 0


if __name__ == "__main__":
    json.dump(measure_in_process(), sys.stdout)
