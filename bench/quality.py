"""Matching quality: micro precision / recall / F1 over competency ids and ROC-AUC of the score.

Everything here is computation on predictions already made; printing lives in ``tables``.
Only ids of the evaluation vocabulary count, so a system is neither rewarded nor punished for
competencies nobody labelled (cocok also knows redis, typescript, ...).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sklearn.metrics import roc_auc_score

from bench.baselines import DocumentKind, Prediction
from bench.eval_data import EvalDataError, EvalItem, Vocabulary
from bench.systems import System
from bench.tables import Section

TOP_IDS = 10


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives over (item, id) pairs."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        if not self.tp + self.fp + self.fn:
            return None
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)


@dataclass(frozen=True)
class SystemQuality:
    name: str
    overall: Counts
    by_lang: Mapping[str, Counts]
    by_category: Mapping[str, Counts]
    auc: float | None
    missed: tuple[tuple[str, int], ...]
    false: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class QualityReport:
    data: str
    vocabulary: str
    skill_items: Mapping[str, int]
    role_items: tuple[int, int]
    categories: tuple[str, ...]
    systems: tuple[SystemQuality, ...]


def document_kind(item: EvalItem) -> DocumentKind:
    """Sentences in the data are lines of postings, so only resumes are matched as resumes."""
    return "resume" if item.kind == "resume" else "posting"


def check_labels(items: Iterable[EvalItem], vocabulary: Vocabulary) -> None:
    for item in items:
        unknown = sorted(set(item.skills or ()) - set(vocabulary.categories))
        if unknown:
            raise EvalDataError(
                f"item {item.id!r} is labelled with ids outside {vocabulary.source}: "
                + ", ".join(unknown)
            )


def predict_items(system: System, items: Iterable[EvalItem]) -> list[Prediction | None]:
    """The system's prediction for each item, None for items that carry no label at all."""
    return [
        system.predict(item.text, document_kind(item))
        if item.skills is not None or item.role is not None
        else None
        for item in items
    ]


def _item_counts(gold: set[str], found: set[str]) -> dict[str, Counts]:
    per_id: dict[str, Counts] = {}
    for competency_id in gold | found:
        hit = competency_id in gold and competency_id in found
        per_id[competency_id] = Counts(
            tp=int(hit),
            fp=int(competency_id in found and not hit),
            fn=int(competency_id in gold and not hit),
        )
    return per_id


def _auc(items: Sequence[EvalItem], predictions: Sequence[Prediction | None]) -> float | None:
    labels, scores = [], []
    for item, prediction in zip(items, predictions, strict=True):
        if item.role is not None and prediction is not None:
            labels.append(item.role == "backend")
            scores.append(prediction.score)
    if len(set(labels)) < 2:
        return None
    return float(roc_auc_score(labels, scores))


def score_predictions(
    name: str,
    items: Sequence[EvalItem],
    predictions: Sequence[Prediction | None],
    vocabulary: Vocabulary,
) -> SystemQuality:
    overall = Counts()
    by_lang: dict[str, Counts] = {}
    by_category: dict[str, Counts] = {}
    missed: Counter[str] = Counter()
    false: Counter[str] = Counter()
    for item, prediction in zip(items, predictions, strict=True):
        if item.skills is None or prediction is None:
            continue
        found = {i for i in prediction.ids if i in vocabulary}
        for competency_id, counts in _item_counts(set(item.skills), found).items():
            overall += counts
            by_lang[item.lang] = by_lang.get(item.lang, Counts()) + counts
            category = vocabulary.categories[competency_id]
            by_category[category] = by_category.get(category, Counts()) + counts
            missed[competency_id] += counts.fn
            false[competency_id] += counts.fp
    return SystemQuality(
        name=name,
        overall=overall,
        by_lang=dict(sorted(by_lang.items())),
        by_category=by_category,
        auc=_auc(items, predictions),
        missed=tuple((i, n) for i, n in missed.most_common(TOP_IDS) if n),
        false=tuple((i, n) for i, n in false.most_common(TOP_IDS) if n),
    )


def evaluate(
    items: Sequence[EvalItem], systems: Sequence[System], vocabulary: Vocabulary, data: str
) -> QualityReport:
    """Run every system over the items once and score them on the same vocabulary."""
    check_labels(items, vocabulary)
    skill_items = Counter(item.lang for item in items if item.skills is not None)
    roles = [item.role for item in items if item.role is not None]
    backend = sum(role == "backend" for role in roles)
    return QualityReport(
        data=data,
        vocabulary=vocabulary.source,
        skill_items=dict(sorted(skill_items.items())),
        role_items=(backend, len(roles) - backend),
        categories=tuple(dict.fromkeys(vocabulary.categories.values())),
        systems=tuple(
            score_predictions(system.name, items, predict_items(system, items), vocabulary)
            for system in systems
        ),
    )


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _prf(counts: Counts | None) -> str:
    if counts is None:
        return "-"
    return " / ".join(_figure(v) for v in (counts.precision, counts.recall, counts.f1))


def quality_sections(report: QualityReport) -> list[Section]:
    """The table: a label, then one cell per system, in three sections."""
    systems = report.systems
    extraction = [["micro P / R / F1, all", *(_prf(s.overall) for s in systems)]]
    for lang, count in report.skill_items.items():
        extraction.append(
            [f"{lang} ({count} items)", *(_prf(s.by_lang.get(lang)) for s in systems)]
        )
    backend, rest = report.role_items
    auc = [[f"backend ({backend}) vs rest ({rest})", *(_figure(s.auc) for s in systems)]]
    per_category = [[c, *(_prf(s.by_category.get(c)) for s in systems)] for c in report.categories]
    return [
        Section("competencies: micro P / R / F1", extraction),
        Section("ROC-AUC of the document score", auc),
        Section("per category: P / R / F1", per_category),
    ]


def quality_notes(report: QualityReport, system: str = "cocok") -> list[str]:
    """The ids one system most often missed and most often found falsely."""
    notes = []
    for scores in report.systems:
        if scores.name != system:
            continue
        for label, pairs in (
            ("most often missed", scores.missed),
            ("most often false", scores.false),
        ):
            listed = ", ".join(f"{i} {n}" for i, n in pairs) or "none"
            notes.append(f"{system}, {label}: {listed}")
    return notes


def _counts_json(counts: Counts) -> dict[str, Any]:
    return {
        "tp": counts.tp,
        "fp": counts.fp,
        "fn": counts.fn,
        "precision": counts.precision,
        "recall": counts.recall,
        "f1": counts.f1,
    }


def quality_json(report: QualityReport) -> dict[str, Any]:
    return {
        "data": report.data,
        "vocabulary": report.vocabulary,
        "skill_items": dict(report.skill_items),
        "role_items": {"backend": report.role_items[0], "rest": report.role_items[1]},
        "systems": {
            s.name: {
                "overall": _counts_json(s.overall),
                "by_lang": {k: _counts_json(v) for k, v in s.by_lang.items()},
                "by_category": {k: _counts_json(v) for k, v in s.by_category.items()},
                "roc_auc": s.auc,
                "most_missed": dict(s.missed),
                "most_false": dict(s.false),
            }
            for s in report.systems
        },
    }
