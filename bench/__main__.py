"""``python -m bench COMMAND``: print benchmark tables (``python -m bench --help`` lists them)."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import os
import sys
from pathlib import Path

from rich.console import Console

FORMATS = ("table", "markdown", "json")


def _display(path: Path) -> str:
    """A short path for titles: relative when near the working folder, else absolute."""
    relative = os.path.normpath(os.path.relpath(path))
    return relative if relative.count("..") <= 1 else os.path.normpath(path.absolute())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bench", description="Benchmarks of cocok against two baselines."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    quality = commands.add_parser(
        "quality", help="precision, recall, F1 and ROC-AUC on labelled JSONL files"
    )
    quality.add_argument(
        "--data",
        type=Path,
        metavar="DIR",
        help="folder of labelled *.jsonl files (default: ../shared/eval next to the repository)",
    )
    speed = commands.add_parser("speed", help="latency, rank() throughput, cold start, peak RSS")
    for sub in (quality, speed):
        sub.add_argument("--format", choices=FORMATS, default="table")
        sub.add_argument("--plot", type=Path, metavar="FILE.png", help="also draw a chart")
    commands.add_parser("documents", help="kind, role, years and level of whole documents")
    commands.add_parser("precision", help="competencies found in whole documents, per method")
    commands.add_parser(
        "requirements", help="must / nice and either-or reading, profile gap, requirement fit"
    )
    adversarial = commands.add_parser(
        "adversarial", help="match() time and peak memory on hostile texts at the length limit"
    )
    adversarial.add_argument("--format", choices=FORMATS, default="table")
    adversarial.add_argument("--size", type=int, default=200_000, help="characters per text")
    adversarial.add_argument("--repeat", type=int, default=3, help="timed runs per family")
    adversarial.add_argument(
        "--timeout", type=float, default=120.0, help="seconds for the runs of one family"
    )
    adversarial.add_argument("--only", default="", help="families whose name holds this text")
    commands.add_parser("bot", help="Discord interaction latency (bench/bot_latency.py)")
    commands.add_parser("jobs", help="job-board latency by board size (bench/job_board.py)")
    return parser


def _run_quality(args: argparse.Namespace, console: Console) -> int:
    from bench.errors import BenchError
    from bench.eval_data import default_data_dir, load_items, load_vocabulary
    from bench.quality import evaluate, quality_json, quality_notes, quality_sections
    from bench.systems import build_systems
    from bench.tables import markdown_table, print_table
    from taxonomy import load_taxonomy

    data_dir = args.data or default_data_dir()
    if args.data is None and not data_dir.is_dir():
        raise BenchError(
            f"{_display(data_dir)}: the shared evaluation set is not here; set COCOK_SHARED_DIR"
            " to the folder that holds eval/, or give a folder with --data DIR"
        )
    items = load_items(data_dir)
    tax = load_taxonomy()
    vocabulary = load_vocabulary({c.id: c.category for c in tax.competencies if c.from_seeds})
    report = evaluate(items, build_systems(tax), vocabulary, _display(data_dir))
    if args.plot:
        from bench.plot import plot_quality

        plot_quality(report, args.plot)
    if args.format == "json":
        print(json.dumps(quality_json(report), indent=2))
        return 0
    header = ["figure", *(s.name for s in report.systems)]
    sections = quality_sections(report)
    notes = quality_notes(report)
    if args.format == "markdown":
        print(markdown_table(header, sections))
        print()
        print("\n".join(f"- {note}" for note in notes))
    else:
        print_table(console, f"Quality on {report.data}", header, sections)
        for note in notes:
            console.print(note, markup=False, highlight=False)
    return 0


def _run_speed(args: argparse.Namespace, console: Console) -> int:
    from bench.speed import run_speed

    return run_speed(args.format, args.plot, console)


_BOT_BENCHMARKS = {"bot": "bench.bot_latency", "jobs": "bench.job_board"}


def _run_bot(command: str, argv: list[str]) -> int:
    name = _BOT_BENCHMARKS[command]
    if importlib.util.find_spec(name) is None:
        print(f"bench: the {command} benchmark ({name}) is not installed", file=sys.stderr)
        return 2
    module = importlib.import_module(name)
    # Bot benchmarks parse their own options from sys.argv, as when run on their own.
    sys.argv = [f"python -m bench {command}", *argv]
    status = module.main()
    return int(status or 0)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] and argv[0] in _BOT_BENCHMARKS:  # every option after it, --help included, is its
        return _run_bot(argv[0], argv[1:])
    args = _parser().parse_args(argv)
    from bench.errors import BenchError
    from matcher import MatcherError
    from taxonomy import TaxonomyError

    # Piped output (a file, the README) gets a width that fits the widest table unwrapped.
    console = Console(highlight=False, width=None if sys.stdout.isatty() else 140)
    try:
        if args.command == "quality":
            return _run_quality(args, console)
        if args.command == "documents":
            from bench.documents import run_documents

            return run_documents(console)
        if args.command == "precision":
            from bench.precision import run_precision

            return run_precision(console)
        if args.command == "requirements":
            from bench.requirements import run_requirements

            return run_requirements(console)
        if args.command == "adversarial":
            from bench.adversarial import run_adversarial

            return run_adversarial(
                args.format, args.size, args.repeat, args.timeout, args.only, console
            )
        return _run_speed(args, console)
    except (BenchError, MatcherError, TaxonomyError) as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader (head, less) left early: not an error worth a line
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except OSError as exc:
        print(f"bench: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
