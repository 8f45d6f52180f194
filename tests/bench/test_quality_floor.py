"""The quality benchmark on the shared evaluation set: cocok must not fall below its floors.

The floors sit a little under the figures ``python -m bench quality`` measured; raise them when
the matcher improves, so that no change can silently make matching worse.
"""

from __future__ import annotations

import pytest

from bench.eval_data import default_data_dir, load_items, load_vocabulary
from bench.quality import SystemQuality, evaluate
from bench.systems import build_systems
from taxonomy import load_taxonomy

# --- floors: adjust to just under the latest measured figures --------------------------------
FLOOR_F1_EN = 0.95  # measured 0.980
FLOOR_F1_ID = 0.95  # measured 0.984
FLOOR_AUC = 0.96  # measured 0.975 (the score leans on the role read from the title)
# ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scores() -> dict[str, SystemQuality]:
    data = default_data_dir()
    if not data.is_dir():
        pytest.skip(f"{data} is absent: the shared evaluation set is not here (COCOK_SHARED_DIR)")
    tax = load_taxonomy()
    vocabulary = load_vocabulary({c.id: c.category for c in tax.competencies if c.from_seeds})
    report = evaluate(load_items(data), build_systems(tax), vocabulary, str(data))
    return {system.name: system for system in report.systems}


def _f1(system: SystemQuality, lang: str) -> float:
    counts = system.by_lang[lang]
    assert counts.f1 is not None, f"no {lang} items were scored"
    return counts.f1


@pytest.mark.parametrize(("lang", "floor"), [("en", FLOOR_F1_EN), ("id", FLOOR_F1_ID)])
def test_micro_f1_per_language_stays_above_its_floor(
    scores: dict[str, SystemQuality], lang: str, floor: float
) -> None:
    assert _f1(scores["cocok"], lang) >= floor


def test_backend_vs_rest_auc_stays_above_its_floor(scores: dict[str, SystemQuality]) -> None:
    auc = scores["cocok"].auc
    assert auc is not None, "roles.jsonl gave no backend and non-backend postings"
    assert auc >= FLOOR_AUC


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("baseline", ["keyword", "tfidf-cosine"])
def test_cocok_f1_leads_each_baseline(
    scores: dict[str, SystemQuality], lang: str, baseline: str
) -> None:
    assert _f1(scores["cocok"], lang) > _f1(scores[baseline], lang)


@pytest.mark.parametrize("baseline", ["keyword", "tfidf-cosine"])
def test_cocok_auc_leads_each_baseline(scores: dict[str, SystemQuality], baseline: str) -> None:
    cocok, other = scores["cocok"].auc, scores[baseline].auc
    assert cocok is not None and other is not None
    assert cocok > other
