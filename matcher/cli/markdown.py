"""Markdown reports of match results, comparisons and rankings, for pasting into issues or chat.

Pure string building; evidence quoted from documents is escaped so that a ``|`` or a backtick
in a resume cannot break the tables.
"""

from __future__ import annotations

from collections.abc import Sequence

from matcher.cli.standings import Row
from matcher.cli.text import (
    asked_and_shown,
    detail_blocks,
    evidence_summary,
    experience_summary,
    headline,
    labels_for,
    requirement_line,
    role_summary,
)
from matcher.documents import printable_name
from matcher.models import Comparison, MatchResult
from taxonomy import Taxonomy

_ESCAPED = str.maketrans({"|": r"\|", "`": r"\`", "*": r"\*", "_": r"\_", "<": "&lt;"})


def escape(text: str) -> str:
    return " ".join(text.split()).translate(_ESCAPED)


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], right: int = 0) -> list[str]:
    """A markdown table; the last ``right`` columns are right-aligned (numbers)."""
    aligns = ["---"] * (len(header) - right) + ["---:"] * right
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(aligns) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def score_report(label: str, result: MatchResult, taxonomy: Taxonomy, lang: str) -> str:
    labels = labels_for(lang)
    lines = [
        f"# {escape(label)}",
        "",
        f"**{labels.score}: {result.score:.0f}/100** · {escape(headline(result, lang))}",
        "",
        f"- **{labels.role}:** {escape(role_summary(result.role, taxonomy, lang))}",
        f"- **{labels.experience}:** "
        f"{escape(experience_summary(result.experience, taxonomy, lang))}",
        "",
        f"## {labels.categories}",
        "",
    ]
    lines += _table(
        [labels.category, labels.score],
        [
            [escape(taxonomy.category_name(category_id, lang)), f"{value:.0f}"]
            for category_id, value in result.categories.items()
        ],
        right=1,
    )
    lines += ["", f"## {labels.skills}", ""]
    if result.skills:
        lines += _table(
            [labels.skill, labels.category, labels.tier, labels.evidence],
            [
                [
                    escape(taxonomy.competency_name(hit.id, lang, hit.name)),
                    escape(taxonomy.category_name(hit.category, lang)),
                    labels.tiers.get(hit.tier, hit.tier),
                    escape(evidence_summary(hit.evidence, lang)),
                ]
                for hit in result.skills
            ],
        )
    else:
        lines.append(labels.none)
    if result.negated:
        names = ", ".join(taxonomy.competency_name(h.id, lang, h.name) for h in result.negated)
        lines += ["", f"## {labels.negated}", "", escape(names)]
    for title, block in detail_blocks(result, taxonomy, lang):
        lines += ["", f"## {title}", ""] + [f"- {escape(line)}" for line in block]
    if result.next_steps:
        lines += ["", f"## {labels.next_steps}", ""]
        lines += [
            f"{number}. **{escape(step.name)}**: {escape(step.hint)}"
            for number, step in enumerate(result.next_steps, start=1)
        ]
    return "\n".join(lines) + "\n"


def compare_report(
    resume_label: str, posting_label: str, comparison: Comparison, taxonomy: Taxonomy, lang: str
) -> str:
    labels = labels_for(lang)
    wanted = len(comparison.covered) + len(comparison.missing)
    lines = [
        f"# {escape(resume_label)} ↔ {escape(posting_label)}",
        "",
        f"**{labels.fit}: {comparison.score:.0f}/100** · "
        f"{labels.covered} {len(comparison.covered)}/{wanted}",
    ]
    for title, missing in (
        (labels.missing_must, comparison.missing_must),
        (labels.missing_nice, comparison.missing_nice),
    ):
        lines += ["", f"## {title}", ""]
        if missing:
            lines += _table(
                [labels.requirement, labels.posting_says],
                [
                    [
                        escape(requirement_line(r.ids, taxonomy, lang)),
                        escape(evidence_summary(r.posting_evidence, lang, limit=1)),
                    ]
                    for r in missing
                ],
            )
        else:
            lines.append(labels.none)
    lines += ["", f"## {labels.experience}", ""]
    lines += [f"- {escape(line)}" for line in asked_and_shown(comparison, taxonomy, lang)]
    lines += ["", f"## {labels.covered}", ""]
    if comparison.covered:
        lines += _table(
            [labels.requirement, labels.posting_says, labels.resume_shows],
            [
                [
                    escape(requirement_line(r.ids, taxonomy, lang)),
                    escape(evidence_summary(r.posting_evidence, lang, limit=1)),
                    escape(evidence_summary(r.resume_evidence, lang, limit=1)),
                ]
                for r in comparison.covered
            ],
        )
    else:
        lines.append(labels.none)
    extra = ", ".join(taxonomy.competency_name(h.id, lang, h.name) for h in comparison.extra)
    lines += ["", f"## {labels.extra}", "", escape(extra) or labels.none]
    return "\n".join(lines) + "\n"


def rank_report(posting_label: str, ranked: Sequence[Row], taxonomy: Taxonomy, lang: str) -> str:
    labels = labels_for(lang)
    rows = []
    for place, row in enumerate(ranked, start=1):
        wanted = row.covered + len(row.missing)
        missing = ", ".join(taxonomy.competency_name(id_, lang, name) for id_, name in row.missing)
        rows.append(
            [
                str(place),
                escape(printable_name(row.name)),
                escape(missing) or labels.none,
                f"{row.covered}/{wanted}",
                f"{row.score:.0f}",
            ]
        )
    lines = [f"# {labels.posting}: {escape(posting_label)}", ""]
    lines += _table(
        [labels.rank, labels.file, labels.missing, labels.covered, labels.score], rows, right=2
    )
    return "\n".join(lines) + "\n"
