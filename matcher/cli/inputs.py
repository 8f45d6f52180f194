"""The command line's inputs: paths and stdin turned into texts, or into one-line failures.

Every problem with an input (missing, a directory, unreadable, a document the reader rejects)
becomes a ``Loaded`` with an ``error`` message, so one bad file never stops the others.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from matcher.documents import printable_name, read_document
from matcher.errors import MatcherError
from matcher.limits import MAX_DOCUMENT_BYTES

STDIN = "-"
_STDIN_NAME = "stdin"
SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt", ".md")
# Text extraction is file I/O plus zlib and XML parsing, which release the GIL often enough
# for a few threads to overlap; more would only contend on two cores.
READ_WORKERS = 4
READ_AHEAD = 4 * READ_WORKERS


@dataclass(frozen=True)
class Loaded:
    """One input: its label as given on the command line, and its text or why there is none."""

    label: str
    text: str | None = None
    error: str | None = None


def display_name(label: str) -> str:
    """How an input is named on the terminal: ``stdin`` for ``-``, control characters escaped."""
    return _STDIN_NAME if label == STDIN else printable_name(label)


def _without_name(message: str, names: Sequence[str]) -> str:
    # The reader names the document in its messages; the CLI puts the path in front itself.
    for name in names:
        prefix = f"{name}: "
        if name and message.startswith(prefix):
            return message[len(prefix) :]
    return message


def _read_path(label: str) -> Loaded:
    path = Path(label)
    try:
        return Loaded(label, text=read_document(path))
    except MatcherError as exc:
        names = [printable_name(label), printable_name(path.name)]
        return Loaded(label, error=_without_name(str(exc), names))
    except OSError as exc:
        return Loaded(label, error=f"cannot be read ({exc.strerror or type(exc).__name__})")
    except Exception as exc:
        # A parser failure the reader did not anticipate must not stop the other files; its
        # message could quote the document, so only the type is shown.
        return Loaded(label, error=f"cannot be read ({type(exc).__name__})")


class StdinReader:
    """Reads stdin once, however often ``-`` is named, and no further than the size limit."""

    def __init__(self) -> None:
        self._loaded: Loaded | None = None

    def __call__(self) -> Loaded:
        if self._loaded is None:
            self._loaded = self._read()
        return self._loaded

    @staticmethod
    def _read() -> Loaded:
        if sys.stdin is None:
            return Loaded(STDIN, error="no standard input")
        if sys.stdin.isatty():
            print("cocok: reading stdin; end with Ctrl-D", file=sys.stderr)
        # One byte past the limit is enough to know the input is too large.
        try:
            data = sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1)
            return Loaded(STDIN, text=read_document(data, filename=_STDIN_NAME))
        except MatcherError as exc:
            return Loaded(STDIN, error=_without_name(str(exc), [_STDIN_NAME]))
        except OSError as exc:
            return Loaded(STDIN, error=f"cannot read: {exc.strerror or exc}")


def _resolved(label: str) -> Path:
    # A symlink loop cannot be resolved; it is left as given and fails when it is read.
    try:
        return Path(label).resolve()
    except (OSError, RuntimeError):
        return Path(label).absolute()


def _first_of_each_file(items: Sequence[Loaded | str]) -> list[Loaded | str]:
    seen: set[Path] = set()
    unique: list[Loaded | str] = []
    for item in items:
        if isinstance(item, str) and item != STDIN:
            key = _resolved(item)
            if key in seen:
                continue
            seen.add(key)
        unique.append(item)
    return unique


def expand_directories(labels: Sequence[str], *, besides: str | None = None) -> list[Loaded | str]:
    """Directories become their supported files (sorted by name, not recursive).

    Subfolders are left alone so that an ``archive/`` or ``rejected/`` folder next to the
    resumes does not sneak into a ranking. Hidden files, Word's ``~$`` lock files and the
    file ``besides`` (the posting, when it sits among the resumes) are skipped. A directory
    with nothing to read becomes a failure. A file named twice (say, on its own and through
    its folder) is kept once, where it first appears.
    """
    skipped = _resolved(besides) if besides and besides != STDIN else None
    expanded: list[Loaded | str] = []
    for label in labels:
        path = Path(label)
        if label == STDIN or not path.is_dir():
            expanded.append(label)
            continue
        try:
            found = sorted(
                entry
                for entry in path.iterdir()
                if entry.suffix.lower() in SUPPORTED_SUFFIXES
                and not entry.name.startswith((".", "~$"))
                and entry.is_file()
                and _resolved(str(entry)) != skipped
            )
        except OSError as exc:
            expanded.append(Loaded(label, error=f"cannot list directory: {exc.strerror or exc}"))
            continue
        if not found:
            kinds = ", ".join(SUPPORTED_SUFFIXES[:-1]) + f" or {SUPPORTED_SUFFIXES[-1]}"
            expanded.append(Loaded(label, error=f"directory has no {kinds} files"))
        expanded.extend(str(entry) for entry in found)
    return _first_of_each_file(expanded)


def load_all(
    items: Sequence[Loaded | str],
    stdin: StdinReader,
    on_done: Callable[[], None] | None = None,
) -> Iterator[Loaded]:
    """Read every input on a small thread pool, yielding them in input order."""

    def load(item: Loaded | str) -> Loaded:
        try:
            if isinstance(item, Loaded):
                return item
            return stdin() if item == STDIN else _read_path(item)
        finally:
            if on_done is not None:
                on_done()

    # stdin is read up front: it cannot be read from several threads, nor after a file.
    if STDIN in items:
        stdin()
    if len(items) <= 1:
        yield from map(load, items)
        return
    pool = ThreadPoolExecutor(max_workers=READ_WORKERS)
    # Only a few files are read ahead of the consumer, so that a hundred thousand texts are
    # never all in memory at once.
    ahead: deque[Future[Loaded]] = deque()
    try:
        for item in items:
            ahead.append(pool.submit(load, item))
            if len(ahead) >= READ_AHEAD:
                yield ahead.popleft().result()
        while ahead:
            yield ahead.popleft().result()
    finally:
        # On Ctrl-C or a closed pipe, do not wait for the files nobody will see.
        pool.shutdown(wait=False, cancel_futures=True)
