"""Labelled evaluation items (JSON Lines) and the competency vocabulary they are scored on.

The default data is the shared evaluation set next to the repository (``../shared/eval``);
``COCOK_SHARED_DIR`` points elsewhere, ``--data DIR`` reads any folder in the same format.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from bench.errors import BenchError

REPO_ROOT = Path(__file__).resolve().parents[1]
OWN_DATA_DIR = REPO_ROOT / "bench" / "data"

Role = Literal["backend", "frontend", "fullstack", "mobile", "data", "devops", "other-it", "non-it"]


class EvalDataError(BenchError):
    """The evaluation data cannot be read; the message names the file and line."""


class EvalItem(BaseModel):
    """One labelled text: competencies present (``skills``) and/or the posting's ``role``."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    id: str
    lang: str
    kind: Literal["sentence", "posting", "resume"]
    source: str = ""
    text: str
    skills: tuple[str, ...] | None = None
    role: Role | None = None


@dataclass(frozen=True)
class Vocabulary:
    """The competency ids that count, with their categories, and where the list came from."""

    categories: Mapping[str, str]
    source: str

    def __contains__(self, competency_id: object) -> bool:
        return competency_id in self.categories


def shared_dir() -> Path:
    override = os.environ.get("COCOK_SHARED_DIR")
    return Path(override) if override else REPO_ROOT / ".." / "shared"


def default_data_dir() -> Path:
    return shared_dir() / "eval"


def _parse_line(path: Path, number: int, line: str) -> EvalItem:
    try:
        return EvalItem.model_validate(json.loads(line))
    except json.JSONDecodeError as exc:
        raise EvalDataError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "(item)"
        raise EvalDataError(f"{path}:{number}: {where}: {first['msg']}") from None


def load_items(data_dir: Path) -> tuple[EvalItem, ...]:
    """Every item of every ``*.jsonl`` file in ``data_dir``, files in name order."""
    if not data_dir.is_dir():
        raise EvalDataError(f"{data_dir}: no such folder of labelled JSONL files")
    files = sorted(data_dir.glob("*.jsonl"))
    if not files:
        raise EvalDataError(f"{data_dir}: holds no *.jsonl files")
    items: list[EvalItem] = []
    for path in files:
        # ids are unique within a file; the same text may carry other labels in another file
        seen: set[str] = set()
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise EvalDataError(f"{path}: cannot be read as UTF-8 text ({exc})") from None
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            item = _parse_line(path, number, line)
            if item.id in seen:
                raise EvalDataError(f"{path}:{number}: duplicate id {item.id!r}")
            seen.add(item.id)
            items.append(item)
    return tuple(items)


def load_vocabulary(fallback: Mapping[str, str]) -> Vocabulary:
    """The ids of ``competencies.tsv`` in the shared folder, else ``fallback`` (id -> category).

    Only these ids are labelled, so predictions of any other id are left out of the scores.
    """
    tsv = shared_dir() / "competencies.tsv"
    if not tsv.is_file():
        return Vocabulary(dict(fallback), "the taxonomy's seed-derived competencies")
    with tsv.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return Vocabulary({row["id"]: row["category"] for row in rows}, str(tsv.resolve()))
