"""The adversarial benchmark: families measured in a child, a slow one reported, not waited on."""

from __future__ import annotations

from rich.console import Console

from bench.adversarial import FamilyFigures, measure, sections


def test_each_selected_family_is_measured_once_per_run_in_order() -> None:
    figures = measure(300, 2, 60.0, "nodejs", Console(quiet=True))
    assert [f.family for f in figures] == ["nodejs-glued", "nodejs-spaced"]
    assert all(len(f.seconds) == 2 and f.peak_mb is not None for f in figures)


def test_families_over_the_target_come_first_and_a_timeout_reads_as_such() -> None:
    figures = [
        FamilyFigures("fast", (0.1, 0.2), 1.0),
        FamilyFigures("hung", (), None),
        FamilyFigures("slow", (1.5, 0.9), 2.0),
    ]
    over, within = sections(figures, 15.0, 1000)
    assert [row[0] for row in over.rows] == ["hung", "slow"]
    assert over.rows[0][1:] == ["> 15", "-", "-"]
    assert within.rows == [["fast", "0.200", "0.150", "1.0"]]
