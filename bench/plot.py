"""Charts of benchmark results: per-category F1 bars and the match() latency distribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from bench.quality import QualityReport


def _figure(width: float, height: float) -> Figure:
    # The Agg canvas draws straight to files: no display, no pyplot global state.
    figure = Figure(figsize=(width, height))
    FigureCanvasAgg(figure)
    return figure


def plot_quality(report: QualityReport, path: Path) -> None:
    categories = report.categories
    width = 0.8 / max(len(report.systems), 1)
    figure = _figure(11, 4.5)
    axes = figure.subplots()
    for offset, system in enumerate(report.systems):
        scores = [system.by_category.get(c) for c in categories]
        f1 = [(s.f1 or 0.0) if s else 0.0 for s in scores]
        positions = [i + offset * width for i in range(len(categories))]
        axes.bar(positions, f1, width, label=system.name)
    axes.set_xticks([i + width * (len(report.systems) - 1) / 2 for i in range(len(categories))])
    axes.set_xticklabels(categories, rotation=30, ha="right")
    axes.set_ylim(0, 1)
    axes.set_ylabel("micro F1")
    axes.set_title(f"F1 per competency category ({report.data})")
    axes.legend()
    figure.tight_layout()
    figure.savefig(path, dpi=120)


def plot_latency(latencies_ms: Mapping[str, Sequence[float]], path: Path) -> None:
    figure = _figure(9, 4.5)
    axes = figure.subplots()
    everything = [value for samples in latencies_ms.values() for value in samples if value > 0]
    # Log-spaced bins: the systems differ by two orders of magnitude.
    bins = np.geomspace(min(everything), max(everything), 80)
    for name, samples in latencies_ms.items():
        axes.hist(samples, bins=bins, histtype="step", linewidth=1.5, label=name)
    axes.set_xscale("log")
    axes.set_xlabel("match() latency per document, ms (log scale)")
    axes.set_ylabel("calls")
    axes.set_title("Latency on a one-page resume, one core, after warm-up")
    axes.legend()
    figure.tight_layout()
    figure.savefig(path, dpi=120)
