"""The benchmark's own arithmetic and data handling, on small hand-computed cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.baselines import Prediction
from bench.eval_data import EvalDataError, EvalItem, Vocabulary, load_items
from bench.quality import Counts, quality_sections, score_predictions
from bench.resume_generator import generate_resumes
from bench.speed import percentile

VOCABULARY = Vocabulary({"php": "language", "mysql": "database", "docker": "devops"}, "test")


def _item(item_id: str, lang: str, skills: list[str] | None, role: str | None = None) -> EvalItem:
    return EvalItem.model_validate(
        {
            "id": item_id,
            "lang": lang,
            "kind": "posting",
            "text": "x",
            "skills": skills,
            "role": role,
        }
    )


def test_counts_give_micro_precision_recall_and_f1() -> None:
    counts = Counts(tp=6, fp=2, fn=4)
    assert counts.precision == pytest.approx(0.75)
    assert counts.recall == pytest.approx(0.6)
    assert counts.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_counts_without_predictions_have_no_precision() -> None:
    assert Counts(tp=0, fp=0, fn=3).precision is None
    assert Counts().f1 is None


def test_scores_pool_pairs_over_items_and_split_by_language_and_category() -> None:
    items = [
        _item("a", "en", ["php", "mysql"]),
        _item("b", "id", ["docker"]),
        _item("c", "id", []),
    ]
    predictions = [
        Prediction(frozenset({"php", "docker"}), 10),
        Prediction(frozenset({"docker"}), 20),
        Prediction(frozenset({"mysql"}), 30),
    ]
    scores = score_predictions("s", items, predictions, VOCABULARY)
    assert scores.overall == Counts(tp=2, fp=2, fn=1)
    assert scores.by_lang["en"] == Counts(tp=1, fp=1, fn=1)
    assert scores.by_lang["id"] == Counts(tp=1, fp=1, fn=0)
    assert scores.by_category["database"] == Counts(tp=0, fp=1, fn=1)
    assert dict(scores.missed) == {"mysql": 1}
    assert dict(scores.false) == {"docker": 1, "mysql": 1}


def test_predictions_outside_the_vocabulary_are_ignored() -> None:
    items = [_item("a", "en", ["php"])]
    scores = score_predictions("s", items, [Prediction(frozenset({"php", "redis"}), 0)], VOCABULARY)
    assert scores.overall == Counts(tp=1)


def test_auc_ranks_backend_postings_against_every_other_role() -> None:
    items = [
        _item("a", "en", None, "backend"),
        _item("b", "en", None, "frontend"),
        _item("c", "en", None, "non-it"),
        _item("d", "en", None, None),
    ]
    predictions = [Prediction(frozenset(), s) for s in (50, 60, 10)] + [None]
    assert score_predictions("s", items, predictions, VOCABULARY).auc == pytest.approx(0.5)


def test_items_without_labels_are_neither_scored_nor_in_the_auc() -> None:
    items = [_item("a", "en", None, None)]
    scores = score_predictions("s", items, [None], VOCABULARY)
    assert scores.overall == Counts()
    assert scores.auc is None


def test_same_id_in_two_files_is_allowed_but_not_twice_in_one(tmp_path: Path) -> None:
    line = json.dumps({"id": "x", "lang": "id", "kind": "posting", "text": "t", "skills": []})
    (tmp_path / "a.jsonl").write_text(line + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(line.replace('"skills": []', '"skills": null'), "utf-8")
    assert [item.skills for item in load_items(tmp_path)] == [(), None]
    (tmp_path / "b.jsonl").write_text(f"{line}\n{line}\n", encoding="utf-8")
    with pytest.raises(EvalDataError, match=r"b\.jsonl:2: duplicate id 'x'"):
        load_items(tmp_path)


def test_a_bad_line_is_reported_with_its_file_and_number(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"id": "x", "lang": "en"}\n', encoding="utf-8")
    with pytest.raises(EvalDataError, match=r"a\.jsonl:1: kind"):
        load_items(tmp_path)


def test_quality_table_has_a_row_per_language_and_category() -> None:
    from bench.quality import QualityReport

    items = [_item("a", "en", ["php"]), _item("b", "id", ["docker"])]
    predictions = [Prediction(frozenset({"php"}), 1), Prediction(frozenset(), 2)]
    report = QualityReport(
        data="test",
        vocabulary="test",
        skill_items={"en": 1, "id": 1},
        role_items=(0, 0),
        categories=("language", "database", "devops"),
        systems=(score_predictions("s", items, predictions, VOCABULARY),),
    )
    labels = [row[0] for section in quality_sections(report) for row in section.rows]
    assert labels[1:3] == ["en (1 items)", "id (1 items)"]
    assert labels[-3:] == ["language", "database", "devops"]
    cells = {row[0]: row[1] for section in quality_sections(report) for row in section.rows}
    assert cells["devops"] == "- / 0.000 / 0.000"
    assert cells["language"] == "1.000 / 1.000 / 1.000"


def test_generated_resumes_are_deterministic_and_bilingual() -> None:
    first = generate_resumes(200, seed=7)
    assert first == generate_resumes(200, seed=7)
    assert first != generate_resumes(200, seed=8)
    texts = [text for _, text in first]
    assert any(text.startswith("Kandidat") for text in texts)
    assert any(text.startswith("Candidate") for text in texts)
    assert len({name for name, _ in first}) == 200


def test_percentiles_of_known_samples() -> None:
    samples = [float(n) for n in range(1, 102)]
    assert percentile(samples, 50) == pytest.approx(51)
    assert percentile(samples, 99) == pytest.approx(100)
