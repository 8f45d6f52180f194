"""The ``cocok`` command's arguments, help text and examples: argparse only, so ``--help`` and
``--version`` import nothing heavy."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from matcher._version import __version__

FORMATS = ("table", "json", "markdown")


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
        help="the reader's language: of labels, and of competency and group names, hints and"
        " the posting summary (in JSON too). auto (default): Indonesian when the locale"
        " (LC_ALL, else LANG) starts with 'id', else the document's: English for English"
        " text, Indonesian otherwise",
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
        " still printed (or the output cannot be written: one line)\n  2  usage error (bad"
        " option, unknown --taxonomy file)\n  130  interrupted\n  141  output pipe closed early"
        " (cocok ... | head), quietly, in every format",
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
            "cocok rank lowongan.txt cvs/ --workers 4",
        ),
        formatter_class=formatter,
    )
    rank.add_argument("posting", metavar="POSTING", help="the job posting, or - for stdin")
    rank.add_argument("resumes", nargs="+", metavar="RESUME_OR_DIR", help="resumes or folders")
    rank.add_argument("--top", type=_positive, metavar="N", help="show only the best N")
    spread = rank.add_mutually_exclusive_group()
    spread.add_argument(
        "--workers",
        type=_positive,
        default=1,
        metavar="N",
        help="match on N processes of this machine (default 1)",
    )
    spread.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="match on the Dask cluster at ADDRESS, e.g. tcp://host:8786"
        ' (needs pip install "cocok[dask]")',
    )
    _common_options(rank, FORMATS)
    _lang_option(rank)

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
    return parser
