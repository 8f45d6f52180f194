"""Rich terminal views of match results, comparisons, rankings and the taxonomy.

Pure: each function maps models to a rich renderable; the command line decides where it goes.
Imported only for ``--format table`` because importing rich costs a noticeable part of the
command's start-up time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

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
from taxonomy import Competency, Taxonomy

BAR_WIDTH = 20


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # rich exits with status 1 here; the command ends a closed pipe alike in every format.
        raise BrokenPipeError


def console_for(file: TextIO) -> Console:
    """The console every view is printed on."""
    # Document text reaches the tables; "[...]" or ":name:" in a resume must print as written.
    return _Console(file=file, markup=False, emoji=False, highlight=False)


def _bar(value: float) -> Text:
    filled = round(BAR_WIDTH * max(0.0, min(value, 100.0)) / 100)
    return Text("█" * filled, style="green") + Text("░" * (BAR_WIDTH - filled), style="dim")


def _score_style(score: float) -> str:
    return "bold green" if score >= 70 else "bold yellow" if score >= 40 else "bold red"


def _title(text: str, detail: str) -> Text:
    return Text.assemble((text, "bold"), "  ", (detail, "dim"))


def _section(title: str) -> Text:
    return Text(f"\n{title}", style="bold underline")


def score_view(label: str, result: MatchResult, taxonomy: Taxonomy, lang: str) -> RenderableType:
    labels = labels_for(lang)
    summary = Table.grid(padding=(0, 2))
    summary.add_column(style="bold")
    summary.add_column()
    summary.add_row(labels.score, Text(f"{result.score:.0f}/100", style=_score_style(result.score)))
    summary.add_row(labels.role, role_summary(result.role, taxonomy, lang))
    summary.add_row(labels.experience, experience_summary(result.experience, taxonomy, lang))

    categories = Table(box=None, show_header=False, padding=(0, 1))
    categories.add_column()
    categories.add_column()
    categories.add_column(justify="right")
    for category_id, value in result.categories.items():
        name = taxonomy.category_name(category_id, lang)
        categories.add_row(name, _bar(value), f"{value:.0f}")

    parts: list[RenderableType] = [
        _title(label, headline(result, lang)),
        summary,
        _section(labels.categories),
        categories,
        _section(labels.skills),
    ]
    if result.skills:
        skills = Table(show_edge=False, header_style="bold")
        for column in (labels.skill, labels.category, labels.tier, labels.evidence):
            skills.add_column(column, overflow="fold")
        for hit in result.skills:
            skills.add_row(
                taxonomy.competency_name(hit.id, lang, hit.name),
                taxonomy.category_name(hit.category, lang),
                labels.tiers.get(hit.tier, hit.tier),
                evidence_summary(hit.evidence, lang),
            )
        parts.append(skills)
    else:
        parts.append(Text(labels.none))
    if result.negated:
        names = ", ".join(taxonomy.competency_name(h.id, lang, h.name) for h in result.negated)
        parts += [_section(labels.negated), Text(names)]
    for title, block in detail_blocks(result, taxonomy, lang):
        parts += [_section(title), *(Text(f"• {line}") for line in block)]
    if result.next_steps:
        parts.append(_section(labels.next_steps))
        for number, step in enumerate(result.next_steps, start=1):
            parts.append(Text.assemble(f"{number}. ", (step.name, "bold"), f" — {step.hint}"))
    return Group(*parts)


def compare_view(
    resume_label: str, posting_label: str, comparison: Comparison, taxonomy: Taxonomy, lang: str
) -> RenderableType:
    labels = labels_for(lang)
    parts: list[RenderableType] = [
        _title(f"{resume_label} ↔ {posting_label}", f"{labels.resume} ↔ {labels.posting}"),
        Text.assemble(
            (f"{labels.fit}: ", "bold"),
            (f"{comparison.score:.0f}/100", _score_style(comparison.score)),
            f"  ({labels.covered} {len(comparison.covered)}"
            f" / {len(comparison.covered) + len(comparison.missing)})",
        ),
    ]
    for title, requirements, with_resume in (
        (labels.missing_must, comparison.missing_must, False),
        (labels.missing_nice, comparison.missing_nice, False),
        (labels.covered, comparison.covered, True),
    ):
        if with_resume:  # the years and level asked and shown come before what is covered
            parts += [_section(labels.experience)]
            parts += [Text(line) for line in asked_and_shown(comparison, taxonomy, lang)]
        parts.append(_section(title))
        if not requirements:
            parts.append(Text(labels.none))
            continue
        table = Table(show_edge=False, header_style="bold")
        columns = [labels.requirement, labels.posting_says]
        columns += [labels.resume_shows] if with_resume else []
        for column in columns:
            table.add_column(column, overflow="fold")
        for requirement in requirements:
            row = [
                requirement_line(requirement.ids, taxonomy, lang),
                evidence_summary(requirement.posting_evidence, lang, limit=1),
            ]
            if with_resume:
                row.append(evidence_summary(requirement.resume_evidence, lang, limit=1))
            table.add_row(*row)
        parts.append(table)
    extra = ", ".join(taxonomy.competency_name(h.id, lang, h.name) for h in comparison.extra)
    parts += [_section(labels.extra), Text(extra or labels.none)]
    return Group(*parts)


def rank_view(
    posting_label: str, ranked: Sequence[Row], taxonomy: Taxonomy, lang: str
) -> RenderableType:
    labels = labels_for(lang)
    table = Table(title=f"{labels.posting}: {posting_label}", header_style="bold")
    table.add_column(labels.rank, justify="right")
    table.add_column(labels.file, overflow="fold")
    table.add_column(labels.score, justify="right")
    table.add_column(labels.covered, justify="right")
    table.add_column(labels.missing, overflow="fold")
    for place, row in enumerate(ranked, start=1):
        wanted = row.covered + len(row.missing)
        missing = [taxonomy.competency_name(id_, lang, name) for id_, name in row.missing]
        table.add_row(
            str(place),
            printable_name(row.name),
            Text(f"{row.score:.0f}", style=_score_style(row.score)),
            f"{row.covered}/{wanted}",
            ", ".join(missing[:6]) + (" …" if len(missing) > 6 else ""),
        )
    return table


def taxonomy_view(competencies: Sequence[Competency], taxonomy: Taxonomy, lang: str) -> Table:
    labels = labels_for(lang)
    table = Table(header_style="bold")
    table.add_column(labels.id, no_wrap=True)
    table.add_column(labels.name)
    table.add_column(labels.category)
    table.add_column(labels.tier)
    table.add_column(labels.weight, justify="right")
    table.add_column(labels.description, overflow="fold")
    for competency in competencies:
        table.add_row(
            competency.id,
            competency.display_name(lang),
            taxonomy.category_name(competency.category, lang),
            labels.tiers.get(competency.tier, competency.tier),
            f"{competency.weight:g}",
            competency.description.in_lang(lang),
        )
    return table
