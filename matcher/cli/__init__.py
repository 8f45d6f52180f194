"""The ``cocok`` command: score, compare and rank resumes and postings, list the taxonomy.

Start-up time is part of the product, so the matcher engine, the taxonomy and rich are imported
only by the subcommand that needs them; ``cocok --version`` and ``--help`` import none of them.
Exit codes: 0 every input scored, 1 some input failed (the others are still printed), 2 usage
error, 130 interrupted, 141 stdout closed early (as a shell reports a SIGPIPE).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from matcher._version import __version__

if TYPE_CHECKING:
    from rich.console import Console

    from matcher.cli.inputs import Loaded
    from matcher.engine import Matcher
    from matcher.models import Ranked
    from taxonomy import Taxonomy

FORMATS = ("table", "json", "markdown")
PROGRESS_MIN_FILES = 8


class UsageError(Exception):
    """A bad option value found after parsing; reported in one line with exit code 2."""


class _HelpFormatter(argparse.HelpFormatter):
    """Wraps prose to the terminal like argparse does, but keeps example blocks as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        blocks = []
        for block in text.split("\n\n"):
            keep = block.endswith(":") or "\n  " in block
            blocks.append(block if keep else super()._fill_text(block, width, indent))
        return "\n\n".join(blocks)


def _examples(*lines: str) -> str:
    return "examples:\n" + "\n".join(f"  {line}" for line in lines)


def _common_options(parser: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    parser.add_argument(
        "--format",
        choices=formats,
        default="table",
        help="table for people (default), json for pipelines (JSON Lines)"
        + (", markdown for a report" if "markdown" in formats else ""),
    )
    parser.add_argument(
        "--taxonomy",
        metavar="FILE",
        help="a YAML taxonomy file that extends the built-in one (same ids replace entries)",
    )


def _lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=("auto", "en", "id"),
        default="auto",
        help="language of table and markdown labels; auto (default) follows the document:"
        " English for English text, Indonesian otherwise. JSON is language-neutral",
    )


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def build_parser() -> argparse.ArgumentParser:
    formatter = _HelpFormatter
    parser = argparse.ArgumentParser(
        prog="cocok",
        description="How well a resume or job posting fits the backend-developer profile."
        " Reads PDF, DOCX, TXT and MD in Indonesian, English or both; '-' reads stdin.",
        epilog=_examples(
            "cocok score cv.pdf",
            "cocok compare cv.docx lowongan.txt",
            "cocok rank lowongan.txt cvs/ --top 5",
            "cocok taxonomy --category database --lang id",
        )
        + "\n\nexit codes:\n  0  every input scored\n  1  some input failed; the others are"
        " still printed\n  2  usage error (bad option, unknown --taxonomy file)",
        formatter_class=formatter,
    )
    parser.add_argument("--version", action="version", version=f"cocok {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    score = commands.add_parser(
        "score",
        help="score resumes or postings against the backend-developer profile",
        description="Score each FILE against the backend-developer profile: overall and per"
        " category, the skills found with their evidence, missing core competencies, role"
        " leaning, language, experience and next steps. JSON: one line per FILE, in order,"
        ' {"file": ..., <result fields>} or {"file": ..., "error": ...}.',
        epilog=_examples(
            "cocok score cv.pdf",
            "cocok score cv_id.docx cv_en.txt --format json",
            "cat lowongan.txt | cocok score - --kind posting --format markdown",
        ),
        formatter_class=formatter,
    )
    score.add_argument("files", nargs="+", metavar="FILE", help="a document, or - for stdin")
    score.add_argument(
        "--kind",
        choices=("auto", "resume", "posting"),
        default="auto",
        help="what the text is (default: detected)",
    )
    _common_options(score, FORMATS)
    _lang_option(score)
    score.set_defaults(handler=_run_score)

    compare = commands.add_parser(
        "compare",
        help="measure a resume against one job posting",
        description="Which of the posting's requirements the resume shows (covered), which it"
        " lacks (missing) and what else it offers (extra), with evidence from both texts."
        ' JSON: one object {"resume": FILE, "posting": FILE, "score", "covered", "missing",'
        ' "extra", "resume_result", "posting_result"}, the last two as in cocok score.',
        epilog=_examples(
            "cocok compare cv.pdf lowongan.txt",
            "cocok compare cv.docx posting.md --format json | jq '.missing[].id'",
        ),
        formatter_class=formatter,
    )
    compare.add_argument("resume", metavar="RESUME", help="the resume, or - for stdin")
    compare.add_argument("posting", metavar="POSTING", help="the job posting, or - for stdin")
    _common_options(compare, FORMATS)
    _lang_option(compare)
    compare.set_defaults(handler=_run_compare)

    rank = commands.add_parser(
        "rank",
        help="rank many resumes by fit to one job posting",
        description="Rank resumes by fit to POSTING, best first; ties keep input order. A"
        " directory stands for its .pdf, .docx, .txt and .md files, sorted by name; it is not"
        " searched recursively, and hidden files, ~$ lock files and the posting itself are"
        " skipped. A file that"
        " cannot be read is reported on stderr and the others are still ranked (exit code 1)."
        ' JSON: one line per resume, best first, {"file", "rank", "score", "covered",'
        ' "missing", "extra"}, then one {"file", "error"} line per failed file.',
        epilog=_examples(
            "cocok rank lowongan.txt cvs/",
            "cocok rank posting.pdf a.pdf b.docx cvs/ --top 3 --format json",
        ),
        formatter_class=formatter,
    )
    rank.add_argument("posting", metavar="POSTING", help="the job posting, or - for stdin")
    rank.add_argument("resumes", nargs="+", metavar="RESUME_OR_DIR", help="resumes or folders")
    rank.add_argument("--top", type=_positive, metavar="N", help="show only the best N")
    _common_options(rank, FORMATS)
    _lang_option(rank)
    rank.set_defaults(handler=_run_rank)

    listing = commands.add_parser(
        "taxonomy",
        help="list the competencies cocok looks for",
        description="List the competencies of the taxonomy. JSON: one line per competency with"
        " all its fields (aliases, sources, learning hints), whatever --lang says.",
        epilog=_examples(
            "cocok taxonomy",
            "cocok taxonomy --category security --lang id",
            "cocok taxonomy --taxonomy my_skills.yaml --format json",
        ),
        formatter_class=formatter,
    )
    listing.add_argument("--category", metavar="C", help="only this category, e.g. database")
    listing.add_argument(
        "--lang", choices=("en", "id"), default="en", help="language of names and descriptions"
    )
    _common_options(listing, ("table", "json"))
    listing.set_defaults(handler=_run_taxonomy)
    return parser


# ---- shared plumbing ------------------------------------------------------------------------


def _load_taxonomy(path: str | None) -> Taxonomy:
    from taxonomy import TaxonomyError, builtin_taxonomy, load_taxonomy

    try:
        return load_taxonomy(path) if path else builtin_taxonomy()
    except TaxonomyError as exc:
        raise UsageError(str(exc)) from None


def _matcher(taxonomy: Taxonomy) -> Matcher:
    from matcher.cli.cache import cache_dir
    from matcher.engine import Matcher

    return Matcher(taxonomy, cache_dir=cache_dir())


def _console(file: TextIO) -> Console:
    from matcher.cli.table import console_for

    return console_for(file)


def _write_json(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _report_failure(label: str, message: str) -> None:
    from matcher.cli.inputs import display_name

    print(f"cocok: {display_name(label)}: {message}", file=sys.stderr)


def _loaded_or_failure(loaded: Loaded, fmt: str) -> bool:
    """True when the input has text; otherwise report it (stderr, and a JSON line if asked)."""
    if loaded.error is None:
        return True
    _report_failure(loaded.label, loaded.error)
    if fmt == "json":
        _write_json({"file": loaded.label, "error": loaded.error})
    return False


# ---- subcommands ----------------------------------------------------------------------------


def _run_score(args: argparse.Namespace) -> int:
    from matcher.cli.inputs import Loaded, StdinReader, load_all
    from matcher.errors import MatcherError

    taxonomy = _load_taxonomy(args.taxonomy)
    engine = _matcher(taxonomy)
    console = _console(sys.stdout) if args.format == "table" else None
    failed = False
    first = True
    for loaded in load_all(args.files, StdinReader()):
        if loaded.text is not None:
            try:
                result = engine.match(loaded.text, kind=args.kind)
            except MatcherError as exc:
                loaded = Loaded(loaded.label, error=str(exc))
        if not _loaded_or_failure(loaded, args.format):
            failed = True
            continue
        if args.format == "json":
            _write_json({"file": loaded.label, **result.model_dump(mode="json")})
            continue
        lang = _output_lang(args.lang, result.language)
        if console is not None:
            from matcher.cli.table import score_view

            if not first:
                console.print()
            console.print(score_view(_shown(loaded.label), result, taxonomy, lang))
        else:
            from matcher.cli.markdown import score_report

            report = score_report(_shown(loaded.label), result, taxonomy, lang)
            sys.stdout.write(report if first else "\n" + report)
        first = False
    return 1 if failed else 0


def _run_compare(args: argparse.Namespace) -> int:
    from matcher.cli.inputs import StdinReader, load_all
    from matcher.errors import MatcherError

    taxonomy = _load_taxonomy(args.taxonomy)
    resume, posting = load_all([args.resume, args.posting], StdinReader())
    if resume.text is None or posting.text is None:
        failures = [item for item in (resume, posting) if item.error is not None]
        for item in failures:
            _report_failure(item.label, item.error or "")
        return _compare_failed(args, "; ".join(f"{_shown(i.label)}: {i.error}" for i in failures))
    try:
        comparison = _matcher(taxonomy).compare(resume.text, posting.text)
    except MatcherError as exc:
        # The message says whether the resume or the posting is at fault.
        print(f"cocok: {exc}", file=sys.stderr)
        return _compare_failed(args, str(exc))

    if args.format == "json":
        # "resume" and "posting" name the files, so the two match results move aside.
        fields = comparison.model_dump(mode="json")
        _write_json(
            {
                "resume": args.resume,
                "posting": args.posting,
                **{key: value for key, value in fields.items() if key not in ("resume", "posting")},
                "resume_result": fields["resume"],
                "posting_result": fields["posting"],
            }
        )
        return 0
    lang = _output_lang(args.lang, comparison.posting.language)
    if args.format == "table":
        from matcher.cli.table import compare_view

        view = compare_view(_shown(args.resume), _shown(args.posting), comparison, taxonomy, lang)
        _console(sys.stdout).print(view)
    else:
        from matcher.cli.markdown import compare_report

        sys.stdout.write(
            compare_report(_shown(args.resume), _shown(args.posting), comparison, taxonomy, lang)
        )
    return 0


def _compare_failed(args: argparse.Namespace, message: str) -> int:
    if args.format == "json":
        _write_json({"resume": args.resume, "posting": args.posting, "error": message})
    return 1


def _run_rank(args: argparse.Namespace) -> int:
    from matcher.cli.inputs import StdinReader, expand_directories, load_all

    taxonomy = _load_taxonomy(args.taxonomy)
    stdin = StdinReader()
    (posting,) = load_all([args.posting], stdin)
    if posting.error is not None or posting.text is None:
        _report_failure(posting.label, posting.error or "")
        return 1
    items = expand_directories(args.resumes, besides=args.posting)
    with _Progress.create(len(items)) as progress:
        loaded = list(load_all(items, stdin, on_done=progress.read_one))
        failures = [item for item in loaded if item.error is not None]
        readable = [(item.label, item.text) for item in loaded if item.text is not None]
        ranked, rank_failures = _rank_all(posting.text, readable, taxonomy, progress)
    failures += rank_failures
    for failure in failures:
        _report_failure(failure.label, failure.error or "")
    shown = ranked[: args.top] if args.top else ranked

    if args.format == "json":
        for place, item in enumerate(shown, start=1):
            fields = item.comparison.model_dump(mode="json", exclude={"resume", "posting"})
            _write_json({"file": item.name, "rank": place, **fields})
        for failure in failures:
            _write_json({"file": failure.label, "error": failure.error})
    else:
        lang = _output_lang(args.lang, ranked[0].comparison.posting.language if ranked else "en")
        if args.format == "table":
            from matcher.cli.table import rank_view

            _console(sys.stdout).print(rank_view(_shown(args.posting), shown, taxonomy, lang))
        else:
            from matcher.cli.markdown import rank_report

            sys.stdout.write(rank_report(_shown(args.posting), shown, taxonomy, lang))
    return 1 if failures else 0


def _rank_all(
    posting_text: str,
    resumes: Sequence[tuple[str, str]],
    taxonomy: Taxonomy,
    progress: _Progress,
) -> tuple[list[Ranked], list[Loaded]]:
    """Rank every resume in one call, which batches them; the bar moves as each is taken.

    A resume the matcher would refuse (a text over its length limit) is set aside with the
    matcher's own message, so that only the offending file fails.
    """
    from matcher.cli.inputs import Loaded
    from matcher.engine import checked_text
    from matcher.errors import MatcherError
    from matcher.gc_pause import collector_paused

    engine = _matcher(taxonomy)
    failures: list[Loaded] = []

    def accepted() -> Iterator[tuple[str, str]]:
        for name, text in resumes:
            progress.matched()
            try:
                yield name, checked_text(text, f"resume {name!r}")
            except MatcherError as exc:
                failures.append(Loaded(name, error=str(exc)))

    with collector_paused():
        ranked = engine.rank(posting_text, accepted())
    return ranked, failures


def _run_taxonomy(args: argparse.Namespace) -> int:
    taxonomy = _load_taxonomy(args.taxonomy)
    competencies = taxonomy.competencies
    if args.category is not None:
        known = [info.id for info in taxonomy.profile.categories]
        if args.category not in known:
            raise UsageError(f"unknown category {args.category!r}; choose from {', '.join(known)}")
        competencies = taxonomy.in_category(args.category)
    if args.format == "json":
        for competency in competencies:
            _write_json(competency.model_dump(mode="json"))
        return 0
    from matcher.cli.table import taxonomy_view

    _console(sys.stdout).print(taxonomy_view(competencies, taxonomy, args.lang))
    return 0


def _output_lang(choice: str, document_language: str) -> str:
    from matcher.cli.text import output_lang

    return output_lang(choice, document_language)


def _shown(label: str) -> str:
    from matcher.cli.inputs import display_name

    return display_name(label)


class _Progress:
    """A progress bar on stderr for big batches, when stderr is a terminal; else a no-op."""

    def __init__(self, total: int, bar: Any = None) -> None:
        self._bar = bar
        self._tasks: dict[str, Any] = {}
        if bar is not None:
            self._tasks = {
                "read": bar.add_task("reading", total=total),
                "match": bar.add_task("matching", total=total),
            }

    @classmethod
    def create(cls, total: int) -> _Progress:
        if total < PROGRESS_MIN_FILES or not sys.stderr.isatty():
            return cls(total)
        from rich.progress import Progress

        return cls(total, Progress(console=_console(sys.stderr), transient=True))

    def __enter__(self) -> _Progress:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def read_one(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._tasks["read"])

    def matched(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._tasks["match"])


# ---- entry point ----------------------------------------------------------------------------


def _silence_stdout() -> None:
    # Python flushes stdout again at exit; point it at /dev/null so that flush cannot fail.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: list[str] | None = None) -> int:
    """Run the ``cocok`` command line and return its exit code."""
    parser = build_parser()
    try:
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:
            return exc.code if isinstance(exc.code, int) else 2
        handler: Callable[[argparse.Namespace], int] = args.handler
        return handler(args)
    except UsageError as exc:
        print(f"cocok: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 141
    except Exception as exc:
        # A bug, not bad input: one line instead of a traceback. The message is left out
        # because it can quote a resume; the exception's type and place are enough to report.
        print(f"cocok: internal error {_where(exc)}; please report it", file=sys.stderr)
        return 1


def _where(exc: BaseException) -> str:
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    place = f" at {os.path.basename(frames[-1].filename)}:{frames[-1].lineno}" if frames else ""
    return f"({type(exc).__name__}{place})"
