"""Per-category coverage drawn as a PNG bar chart, server-side, with matplotlib's Agg backend.

A :class:`~matplotlib.figure.Figure` is built directly (no ``pyplot``): pyplot keeps global
state, which is neither needed nor safe in a worker that draws for many users.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_COLOURS = ("#5865F2", "#57F287", "#FEE75C")
_BACKGROUND = "#2B2D31"  # Discord's dark theme, so the chart blends into the embed
_FOREGROUND = "#DBDEE1"


def coverage_chart(
    series: Sequence[tuple[str, Mapping[str, float]]],
    labels: Mapping[str, str],
    title: str,
) -> bytes:
    """Horizontal bars of 0-100 coverage per category, one bar group per category.

    ``series`` is ``(legend name, {category id: coverage})``; ``labels`` maps the category ids
    to show, in order, to their display names.
    """
    categories = list(labels)
    figure = Figure(figsize=(6.4, 0.42 * len(categories) + 1.2), dpi=100)
    FigureCanvasAgg(figure)
    figure.patch.set_facecolor(_BACKGROUND)
    axes = figure.add_subplot()
    axes.set_facecolor(_BACKGROUND)
    height = 0.8 / max(len(series), 1)
    for index, (name, values) in enumerate(series):
        positions = [row + index * height for row in range(len(categories))]
        coverage = [max(0.0, min(100.0, values.get(category, 0.0))) for category in categories]
        axes.barh(positions, coverage, height=height, label=name, color=_COLOURS[index % 3])
    axes.set_yticks([row + height * (len(series) - 1) / 2 for row in range(len(categories))])
    axes.set_yticklabels([labels[category] for category in categories])
    axes.invert_yaxis()
    axes.set_xlim(0, 100)
    axes.set_title(title, color=_FOREGROUND)
    axes.tick_params(colors=_FOREGROUND)
    for spine in axes.spines.values():
        spine.set_color("#4E5058")
    if len(series) > 1:
        axes.legend(loc="lower right", facecolor=_BACKGROUND, labelcolor=_FOREGROUND)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", facecolor=figure.get_facecolor())
    return buffer.getvalue()
