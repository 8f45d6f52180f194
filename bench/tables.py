"""Printing benchmark tables: rich for the terminal, GitHub markdown for the README."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.console import Console
from rich.table import Table


@dataclass(frozen=True)
class Section:
    """A titled group of rows; each row is a label and one cell per system."""

    title: str
    rows: list[list[str]]


def print_table(
    console: Console, title: str, header: Sequence[str], sections: Sequence[Section]
) -> None:
    table = Table(title=title, title_justify="left")
    table.add_column(header[0], no_wrap=True)
    for name in header[1:]:
        table.add_column(name, justify="right", no_wrap=True)
    for section in sections:
        table.add_row(f"[bold]{section.title}[/bold]", *([""] * (len(header) - 1)))
        for row in section.rows:
            table.add_row(f"  {row[0]}", *row[1:])
        table.add_section()
    console.print(table)


def markdown_table(header: Sequence[str], sections: Sequence[Section]) -> str:
    lines = [
        "| " + " | ".join(header) + " |",
        "|---" + "|---:" * (len(header) - 1) + "|",
    ]
    for section in sections:
        lines.append(f"| **{section.title}** |" + " |" * (len(header) - 1))
        lines.extend("| " + " | ".join(row) + " |" for row in section.rows)
    return "\n".join(lines)
