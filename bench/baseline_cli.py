"""``python -m bench.baseline_cli keyword|tfidf-cosine FILE``: a baseline as a whole process.

It exists so that ``bench speed`` can measure the baselines' cold start and peak RSS the same
way as ``cocok score FILE``: read a text file, load the taxonomy, score, print one JSON line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench.baselines import KeywordBaseline, TfidfCosineBaseline
from taxonomy import load_taxonomy


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("keyword", "tfidf-cosine"):
        print("usage: python -m bench.baseline_cli keyword|tfidf-cosine FILE", file=sys.stderr)
        return 2
    name, path = argv
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        print(f"{path}: {exc.strerror}", file=sys.stderr)
        return 1
    tax = load_taxonomy()
    baseline = KeywordBaseline(tax) if name == "keyword" else TfidfCosineBaseline(tax)
    prediction = baseline.predict(text, "resume")
    record = {"file": path, "score": round(prediction.score, 1), "skills": sorted(prediction.ids)}
    print(json.dumps(record))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
