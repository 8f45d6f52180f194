"""Per-category coverage drawn as a PNG bar chart, server-side, with matplotlib's Agg backend.

A :class:`~matplotlib.figure.Figure` is built directly (no ``pyplot``): pyplot keeps global
state, which is neither needed nor safe in a worker that draws for many users.

The chart is read on phones, where Discord shrinks an image to about 350 points wide: so it is
narrow and tall, each category's name sits on its own line above its bars (a name beside a bar
would take half the width), and every bar carries its value in large type.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from bot.palette import CHART_EMPTY, CHART_SERIES

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_BACKGROUND = "#2B2D31"  # Discord's dark theme, so the chart blends into the embed
_FOREGROUND = "#DBDEE1"
_WIDTH_INCHES = 4.2
_DPI = 150  # 630 pixels wide: sharp on a phone, small as a file
_FONT = 12
_STUB = 1.5  # width of a 0 % bar, so it differs from a category that has no bar at all
_LABEL, _BAR, _GAP = 0.24, 0.2, 0.16  # inches: a category's name, each of its bars, the space after


def coverage_chart(
    series: Sequence[tuple[str, Mapping[str, float]]],
    labels: Mapping[str, str],
    title: str,
) -> bytes:
    """Horizontal bars of 0-100 coverage per category, one bar group per category.

    ``series`` is ``(legend name, {category id: coverage})``; ``labels`` maps the category ids
    to show, in order, to their display names. A category a series lacks gets no bar.
    """
    categories = list(labels)
    bars = max(len(series), 1)
    # rows are laid out in inches, so names and bars keep their size whatever the count
    row = _LABEL + _BAR * bars + _GAP
    figure = Figure(figsize=(_WIDTH_INCHES, row * len(categories) + 0.6), dpi=_DPI)
    FigureCanvasAgg(figure)
    figure.patch.set_facecolor(_BACKGROUND)
    axes = figure.add_subplot()
    axes.set_facecolor(_BACKGROUND)
    in_legend: set[int] = set()
    for number, category in enumerate(categories):
        top = number * row
        axes.text(0, top, labels[category], color=_FOREGROUND, fontsize=_FONT, va="top")
        for index, (name, values) in enumerate(series):
            if category not in values:
                continue
            value = max(0.0, min(100.0, values[category]))
            position = top + _LABEL + (index + 0.5) * _BAR
            colour = CHART_SERIES[index % len(CHART_SERIES)] if value > 0 else CHART_EMPTY
            axes.barh(
                position,
                max(value, _STUB),
                height=_BAR * 0.85,
                color=colour,
                label=None if index in in_legend else name,
            )
            in_legend.add(index)
            axes.text(
                max(value, _STUB) + 1.5,
                position,
                f"{value:.0f}",
                color=_FOREGROUND,
                fontsize=_FONT,
                va="center",
                fontweight="bold",
            )
    axes.set_ylim(row * len(categories), 0)
    axes.set_xlim(0, 112)  # room for the value after a full bar
    axes.set_yticks([])
    axes.set_xticks([])
    for spine in axes.spines.values():
        spine.set_visible(False)
    axes.set_title(title, color=_FOREGROUND, fontsize=_FONT + 2, loc="left")
    if len(series) > 1:
        axes.legend(
            loc="upper center",
            bbox_to_anchor=(0.5, 0.0),
            ncol=len(series),
            frameon=False,
            labelcolor=_FOREGROUND,
            fontsize=_FONT,
        )
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", facecolor=figure.get_facecolor())
    return buffer.getvalue()
