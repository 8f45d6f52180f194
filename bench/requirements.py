"""``python -m bench requirements``: reading a posting's requirements, the profile gap, the fit.

On the whole documents of the shared evaluation set (``eval/documents/documents.jsonl``):

Only ids of the evaluation vocabulary (``competencies.tsv``) count, as in ``bench quality``.

- must / nice: micro F1 of (posting, id, level) triples against the gold ``required`` / ``nice``
  labels; the baseline is today's reading, every competency found a must. "found ids only"
  scores just the ids both the matcher found and the labels hold, which leaves competency
  detection out and measures the level alone.
- either-or: share of the labelled ``alternatives`` groups read with the same members (the
  baseline reads none); "found ids only" counts the groups whose every member was found.
- profile gap: over backend resumes, next steps that name an option of a group the resume
  already meets (today's ``next_steps`` against the profile groups' gap).
- ranking: for each posting with a role, all resumes ranked; NDCG@5 of the resumes of the
  posting's role, for the keyword baseline, today's ``matcher.rank`` score and the requirement fit.

Figures are given for a fixed split by id hash (dev, held-out) and overall, since the cue
words were chosen while reading part of these postings.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console

import matcher
from bench.baselines import KeywordBaseline
from bench.documents import DOCUMENTS, LabelledDocument, held_out, load_documents
from bench.eval_data import Vocabulary, default_data_dir, load_vocabulary
from bench.tables import Section, print_table
from matcher.models import MatchResult
from matcher.requirements import RequirementGroup, profile_gaps, read_requirements, requirement_fit
from taxonomy import Taxonomy, load_taxonomy
from taxonomy.profile_groups import ProfileGroups, builtin_profile_groups

SPLITS = ("dev", "held-out")
_TOP = 5


def documents_path() -> Path:
    return default_data_dir() / DOCUMENTS


def split_of(document_id: str) -> str:
    """The fixed half of :func:`bench.documents.held_out`, by id hash."""
    return "held-out" if held_out(document_id) else "dev"


@dataclass
class _Counts:
    """True positives, predictions and gold items of one figure, per split."""

    hits: dict[str, list[int]] = field(default_factory=lambda: {s: [0, 0, 0] for s in SPLITS})

    def add(self, split: str, predicted: set[object], gold: set[object]) -> None:
        counts = self.hits[split]
        counts[0] += len(predicted & gold)
        counts[1] += len(predicted)
        counts[2] += len(gold)

    def f1(self, splits: Sequence[str]) -> float:
        tp, predicted, gold = (sum(self.hits[s][i] for s in splits) for i in range(3))
        return 2 * tp / (predicted + gold) if predicted + gold else 0.0

    def recall(self, splits: Sequence[str]) -> tuple[int, int]:
        return sum(self.hits[s][0] for s in splits), sum(self.hits[s][2] for s in splits)


def _levels(groups: Iterable[RequirementGroup]) -> dict[str, str]:
    """Each id's level: a must where any group holding it is a must."""
    levels: dict[str, str] = {}
    for group in groups:
        for competency_id in group.ids:
            if levels.get(competency_id) != "must":
                levels[competency_id] = group.level
    return levels


def _triples(levels: dict[str, str], keep: Callable[[str], bool]) -> set[object]:
    return {(i, level) for i, level in levels.items() if keep(i)}


def _posting_figures(
    postings: Sequence[tuple[LabelledDocument, MatchResult]], vocabulary: Vocabulary
) -> list[Section]:
    triples = {name: _Counts() for name in ("baseline", "requirements")}
    found_only = {name: _Counts() for name in ("baseline", "requirements")}
    either = {name: _Counts() for name in ("all", "found")}
    for doc, result in postings:
        split = split_of(doc.id)
        groups = read_requirements(doc.text, result.skills)
        found = {hit.id for hit in result.skills if hit.id in vocabulary}
        gold_levels = {**dict.fromkeys(doc.nice, "nice"), **dict.fromkeys(doc.required, "must")}
        gold = _triples(gold_levels, lambda _: True)
        labelled = set(doc.skills)
        for name, levels in (
            ("baseline", dict.fromkeys(found, "must")),
            ("requirements", {i: v for i, v in _levels(groups).items() if i in vocabulary}),
        ):
            triples[name].add(split, _triples(levels, lambda _: True), gold)
            found_only[name].add(
                split,
                _triples(levels, labelled.__contains__),
                _triples(gold_levels, found.__contains__),
            )
        read = {frozenset(i for i in group.ids if i in vocabulary) for group in groups}
        wanted = {frozenset(group) for group in doc.alternatives}
        either["all"].add(split, read & wanted, wanted)
        either["found"].add(split, read & wanted, {g for g in wanted if g <= found})
    f1_rows = [
        [label]
        + [
            f"{c[n].f1(splits):.3f}"
            for c in (triples, found_only)
            for n in ("baseline", "requirements")
        ]
        for label, splits in _split_rows()
    ]
    either_rows = []
    for label, splits in _split_rows():
        cells = []
        for name in ("all", "found"):
            got, total = either[name].recall(splits)
            cells += ["0.00", f"{got / total:.2f} ({got}/{total})" if total else "-"]
        either_rows.append([label, *cells])
    return [
        Section("must / nice micro F1 of (posting, id, level)", f1_rows),
        Section("either-or groups read with the same members", either_rows),
    ]


def _split_rows() -> list[tuple[str, Sequence[str]]]:
    return [("dev", ("dev",)), ("held-out", ("held-out",)), ("all", SPLITS)]


def _profile_figures(
    resumes: Sequence[tuple[LabelledDocument, MatchResult]], groups: ProfileGroups
) -> Section:
    """Next steps naming an option of a group the resume already meets: today and grouped."""
    today = grouped = steps_today = steps_grouped = 0
    backend = [(d, r) for d, r in resumes if d.role == "backend"]
    for _, result in backend:
        found = {hit.id for hit in result.skills}
        met = [set(g.ids) for g in groups.groups if found & set(g.ids)]
        met_options = set().union(*met) if met else set()
        today_ids = [step.id for step in result.next_steps]
        steps_today += len(today_ids)
        today += sum(1 for i in today_ids if i in met_options - found)
        gaps = profile_gaps(found, groups)
        steps_grouped += len(gaps)
        grouped += sum(1 for gap in gaps for i in gap.options if i in met_options)
    return Section(
        f"profile gap, {len(backend)} backend resumes",
        [
            ["next steps offered", str(steps_today), str(steps_grouped)],
            ["naming an option of a group already met", str(today), str(grouped)],
        ],
    )


def _ndcg(ranked: Sequence[str], relevant: set[str]) -> float:
    gain = sum(1 / math.log2(k + 2) for k, name in enumerate(ranked[:_TOP]) if name in relevant)
    ideal = sum(1 / math.log2(k + 2) for k in range(min(_TOP, len(relevant))))
    return gain / ideal


def _ranking_figures(
    postings: Sequence[tuple[LabelledDocument, MatchResult]],
    resumes: Sequence[tuple[LabelledDocument, MatchResult]],
    taxonomy: Taxonomy,
) -> Section:
    keyword = KeywordBaseline(taxonomy)
    pairs = [(d.id, d.text) for d, _ in resumes]
    found = {d.id: {hit.id for hit in r.skills} for d, r in resumes}
    scores: dict[str, dict[str, list[float]]] = {
        s: {n: [] for n in ("keyword", "compare", "fit")} for s in SPLITS
    }
    for doc, result in postings:
        relevant = {d.id for d, _ in resumes if d.role == doc.role}
        if doc.role is None or not relevant:
            continue
        groups = read_requirements(doc.text, result.skills)
        by_fit = sorted(pairs, key=lambda p: -requirement_fit(groups, found[p[0]]).score)
        rankings = {
            "keyword": [name for name, _ in keyword.rank(doc.text, pairs)],
            "compare": [r.name for r in matcher.rank(doc.text, pairs)],
            "fit": [name for name, _ in by_fit],
        }
        for name, ranked in rankings.items():
            scores[split_of(doc.id)][name].append(_ndcg(ranked, relevant))
    rows = []
    for label, splits in _split_rows():
        values = {
            n: [v for s in splits for v in scores[s][n]] for n in ("keyword", "compare", "fit")
        }
        count = len(values["fit"])
        rows.append(
            [f"{label} ({count} postings)"]
            + [f"{sum(v) / len(v):.3f}" if v else "-" for v in values.values()]
        )
    return Section(f"NDCG@{_TOP} of resumes of the posting's role", rows)


def run_requirements(console: Console) -> int:
    path = documents_path()
    if not path.is_file():
        console.print(
            f"bench requirements: skipped, {path} is not here; set COCOK_SHARED_DIR to the folder"
            " that holds eval/documents/",
            markup=False,
        )
        return 0
    documents = load_documents(default_data_dir())
    taxonomy = load_taxonomy()
    vocabulary = load_vocabulary({c.id: c.category for c in taxonomy.competencies if c.from_seeds})
    read = [
        (doc, matcher.match(doc.text, kind="posting" if doc.kind == "posting" else "resume"))
        for doc in documents
        if doc.kind in ("posting", "resume")
    ]
    postings = [(d, r) for d, r in read if d.kind == "posting"]
    resumes = [(d, r) for d, r in read if d.kind == "resume"]
    title = f"Requirements on {len(postings)} postings and {len(resumes)} resumes of {path.name}"
    header = [
        "figure",
        "baseline",
        "requirements",
        "baseline, found ids",
        "requirements, found ids",
    ]
    print_table(console, title, header, _posting_figures(postings, vocabulary))
    print_table(
        console,
        "Profile gap: today's next steps against the profile groups",
        ["figure", "today", "groups"],
        [_profile_figures(resumes, builtin_profile_groups())],
    )
    print_table(
        console,
        "Ranking all resumes for each posting with a role",
        ["split", "keyword", "compare", "fit"],
        [_ranking_figures(postings, resumes, taxonomy)],
    )
    return 0
