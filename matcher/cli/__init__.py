"""The ``cocok`` command: score, compare and rank resumes and postings, list the taxonomy.

Start-up time is part of the product, so the matcher engine, the taxonomy and rich are imported
only by the subcommand that needs them; ``cocok --version`` and ``--help`` import none of them.
Exit codes: 0 every input scored, 1 some input failed (the others are still printed) or the
output could not be written, 2 usage error, 130 interrupted, 141 stdout closed early (as a shell
reports a SIGPIPE), quietly and alike for every command and format.
"""

from __future__ import annotations

import argparse
import datetime
import errno
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TextIO

from matcher.cli.parser import build_parser
from matcher.cli.progress import Progress

if TYPE_CHECKING:
    from rich.console import Console

    from matcher.cli.inputs import Loaded
    from matcher.cli.standings import Standings
    from matcher.engine import Matcher
    from matcher.models import ReaderLanguage
    from taxonomy import Taxonomy


class UsageError(Exception):
    """A bad option value found after parsing; reported in one line with exit code 2."""


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
                result = engine.match(
                    loaded.text, kind=args.kind, as_of=_today(), lang=_reader_lang(args.lang)
                )
            except MatcherError as exc:
                loaded = Loaded(loaded.label, error=str(exc))
        if not _loaded_or_failure(loaded, args.format):
            failed = True
            continue
        if result.kind == "other":
            # Said, not failed: what was found is still shown, and the exit code stays 0.
            print(
                f"cocok: {_shown(loaded.label)}: does not look like a resume or a job posting"
                " (use --kind to say which it is)",
                file=sys.stderr,
            )
        if args.format == "json":
            _write_json({"file": loaded.label, **result.model_dump(mode="json")})
            continue
        lang = result.lang
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
        comparison = _matcher(taxonomy).compare(
            resume.text, posting.text, as_of=_today(), lang=_reader_lang(args.lang)
        )
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
    lang = comparison.posting.lang
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
    from matcher.cli.standings import Standings

    taxonomy = _load_taxonomy(args.taxonomy)
    if args.scheduler is not None:
        _require_dask()
    stdin = StdinReader()
    (posting,) = load_all([args.posting], stdin)
    if posting.error is not None or posting.text is None:
        _report_failure(posting.label, posting.error or "")
        return 1
    items = expand_directories(args.resumes, besides=args.posting)
    standings = Standings(keep=args.top or None)
    with Progress.create(len(items), _console) as progress:
        loaded = load_all(items, stdin, on_done=progress.read_one)
        failures, language = _rank_all(
            posting.text,
            loaded,
            taxonomy,
            progress,
            standings,
            with_json=args.format == "json",
            lang=_reader_lang(args.lang),
            workers=args.workers,
            scheduler=args.scheduler,
            top=args.top,
        )
    for failure in failures:
        _report_failure(failure.label, failure.error or "")
    shown = standings.best()

    if args.format == "json":
        for place, row in enumerate(shown, start=1):
            sys.stdout.write(row.json_line(place) + "\n")
        for failure in failures:
            _write_json({"file": failure.label, "error": failure.error})
        sys.stdout.flush()
    else:
        lang = _output_lang(args.lang, language or "en")
        if args.format == "table":
            from matcher.cli.table import rank_view

            _console(sys.stdout).print(rank_view(_shown(args.posting), shown, taxonomy, lang))
        else:
            from matcher.cli.markdown import rank_report

            sys.stdout.write(rank_report(_shown(args.posting), shown, taxonomy, lang))
    return 1 if failures else 0


def _rank_all(
    posting_text: str,
    resumes: Iterable[Loaded],
    taxonomy: Taxonomy,
    progress: Progress,
    standings: Standings,
    *,
    with_json: bool,
    lang: ReaderLanguage | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    top: int | None = None,
) -> tuple[list[Loaded], str | None]:
    """Rank every readable resume into ``standings``; the failures, and the posting's language.

    An unreadable resume, or one the matcher would refuse (a text over its length limit), is
    set aside with its own message, so that only the offending file fails. Resumes are ranked
    256 at a time, on this process, on ``workers`` processes or on the Dask cluster at
    ``scheduler``; each batch comes back as rows, its best ``top`` only.
    """
    from functools import partial

    from matcher.cli.executors import SchedulerError, task_runner
    from matcher.cli.inputs import Loaded
    from matcher.cli.standings import batch_rows
    from matcher.engine import checked_text
    from matcher.errors import MatcherError
    from matcher.gc_pause import collector_paused
    from matcher.parallel import ranked_batches
    from taxonomy import builtin_taxonomy

    failures: list[Loaded] = []
    language: str | None = None

    def accepted() -> Iterator[tuple[str, str]]:
        for resume in resumes:
            progress.matched()
            if resume.text is None:
                failures.append(resume)
                continue
            try:
                yield resume.label, checked_text(resume.text, f"resume {resume.label!r}")
            except MatcherError as exc:
                failures.append(Loaded(resume.label, error=str(exc)))

    try:
        with collector_paused(), task_runner(workers, scheduler) as tasks:
            for batch_language, rows in ranked_batches(
                posting_text,
                accepted(),
                executor=tasks.executor,
                shape=partial(batch_rows, with_json=with_json, top=top),
                # the built-in taxonomy is on every worker already; only another one travels
                taxonomy=None if taxonomy is builtin_taxonomy() else taxonomy,
                cache_dir=tasks.cache_dir,
                in_flight=tasks.in_flight,
                as_of=_today(),
                lang=lang,
            ):
                language = batch_language
                for row in rows:
                    standings.add(row)
    except SchedulerError as exc:
        raise UsageError(str(exc)) from None
    return failures, language


def _require_dask() -> None:
    from matcher.cli.executors import SchedulerError, require_dask

    try:
        require_dask()
    except SchedulerError as exc:
        raise UsageError(str(exc)) from None


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

    return output_lang(_reader_lang(choice) or "auto", document_language)


def _reader_lang(choice: str) -> ReaderLanguage | None:
    """--lang as the matcher takes it: auto is Indonesian under an Indonesian locale, else the
    document's language (None)."""
    if choice == "en":
        return "en"
    if choice == "id":
        return "id"
    locale = os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    return "id" if locale.startswith("id") else None


def _today() -> datetime.date:
    """The date a resume's "present" stands for: the CLI's clock, read here at the edge."""
    return datetime.date.today()


def _shown(label: str) -> str:
    from matcher.cli.inputs import display_name

    return display_name(label)


_HANDLERS = {
    "score": _run_score,
    "compare": _run_compare,
    "rank": _run_rank,
    "taxonomy": _run_taxonomy,
}


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
    if sys.stdout is None:
        # Started with stdout closed (``cocok ... >&-``): there is nowhere to print results.
        print("cocok: cannot write output: standard output is closed", file=sys.stderr)
        return 1
    parser = build_parser()
    try:
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:
            return exc.code if isinstance(exc.code, int) else 2
        handler: Callable[[argparse.Namespace], int] = _HANDLERS[args.command]
        code = handler(args)
        # Written out here, so that a full disk is reported rather than met at interpreter exit.
        sys.stdout.flush()
        return code
    except UsageError as exc:
        print(f"cocok: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 141
    except OSError as exc:
        if exc.errno not in _OUTPUT_ERRNOS:
            return _internal_error(exc)
        print(f"cocok: cannot write output: {exc.strerror}", file=sys.stderr)
        _silence_stdout()
        return 1
    except Exception as exc:
        return _internal_error(exc)


# Inputs are read (and their errors reported) before this point; what escapes with one of these
# is the output failing: a full disk, a quota, a file too large, a device error.
_OUTPUT_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})


def _internal_error(exc: Exception) -> int:
    # A bug, not bad input: one line instead of a traceback. The message is left out because
    # it can quote a resume; the exception's type and place are enough to report.
    print(f"cocok: internal error {_where(exc)}; please report it", file=sys.stderr)
    return 1


def _where(exc: BaseException) -> str:
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    place = f" at {os.path.basename(frames[-1].filename)}:{frames[-1].lineno}" if frames else ""
    return f"({type(exc).__name__}{place})"
