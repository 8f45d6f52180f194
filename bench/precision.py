"""``python -m bench precision``: competencies found in whole documents, against their labels.

Scores ``matcher.match`` skills on ``eval/documents/documents.jsonl`` (micro precision, recall
and F1 over every document, ``other`` texts included: anything found there is a false
positive), over all documents and over the held-out half of :func:`bench.documents.held_out`.
Each found competency is credited to the strongest method among its evidence (an alias over a
misspelling over a similar sentence), so the precision of each finding stage shows on its own,
with the competencies each stage most often finds wrongly. Only ids, never text, are printed.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bench.documents import DOCUMENTS, LabelledDocument, held_out, load_documents
from bench.eval_data import default_data_dir, load_vocabulary
from bench.tables import Section

METHODS = ("alias", "fuzzy", "similarity")
_TOP_FALSE = 8


@dataclass
class Tally:
    """Micro counts over a set of documents, and per method of the found competencies."""

    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    by_method: Counter[tuple[str, bool]] = field(default_factory=Counter)
    false_by_method: dict[str, Counter[str]] = field(
        default_factory=lambda: {method: Counter() for method in METHODS}
    )

    def add(self, gold: set[str], found: dict[str, str]) -> None:
        self.true_positive += len(gold & found.keys())
        self.false_positive += len(found.keys() - gold)
        self.false_negative += len(gold - found.keys())
        for competency_id, method in found.items():
            right = competency_id in gold
            self.by_method[method, right] += 1
            if not right:
                self.false_by_method[method][competency_id] += 1

    def scores(self) -> tuple[float, float, float]:
        found = self.true_positive + self.false_positive
        labelled = self.true_positive + self.false_negative
        precision = self.true_positive / found if found else 0.0
        recall = self.true_positive / labelled if labelled else 0.0
        total = precision + recall
        return precision, recall, (2 * precision * recall / total if total else 0.0)

    def method_precision(self, method: str) -> str:
        right, wrong = self.by_method[method, True], self.by_method[method, False]
        return f"{right / (right + wrong):.3f} ({right}/{right + wrong})" if right + wrong else "-"


def found_methods(text: str) -> dict[str, str]:
    """Each competency ``matcher.match`` finds in ``text``, with its strongest method."""
    import matcher

    return {
        hit.id: min((ev.method for ev in hit.evidence), key=METHODS.index)
        for hit in matcher.match(text).skills
    }


SUBSETS: tuple[tuple[str, Callable[[LabelledDocument], bool]], ...] = (
    ("All documents", lambda _: True),
    ("Held-out half", lambda document: held_out(document.id)),
    # Texts that are neither hold no labels: what they score is the reading of kind, not this.
    ("Resumes and postings", lambda document: document.kind != "other"),
    (
        "Resumes and postings, held-out half",
        lambda document: document.kind != "other" and held_out(document.id),
    ),
)


def labelled_ids() -> Callable[[str], bool]:
    """Whether an id is one the documents are labelled with (as ``bench quality`` counts)."""
    from taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    fallback = {c.id: c.category for c in taxonomy.competencies if c.from_seeds}
    return load_vocabulary(fallback).__contains__


def tally(
    documents: Sequence[LabelledDocument],
    find: Callable[[str], dict[str, str]],
    counted: Callable[[str], bool],
) -> list[tuple[str, Tally]]:
    """One tally per subset of :data:`SUBSETS`, titled with its size."""
    tallies = [Tally() for _ in SUBSETS]
    sizes = [0 for _ in SUBSETS]
    for document in documents:
        found = {cid: method for cid, method in find(document.text).items() if counted(cid)}
        gold = {cid for cid in document.skills if counted(cid)}
        for number, (_, keep) in enumerate(SUBSETS):
            if keep(document):
                tallies[number].add(gold, found)
                sizes[number] += 1
    return [
        (f"{title} ({size})", counts)
        for (title, _), size, counts in zip(SUBSETS, sizes, tallies, strict=True)
    ]


def precision_sections(tallies: Sequence[tuple[str, Tally]]) -> list[Section]:
    sections = []
    for title, counts in tallies:
        precision, recall, f1 = (f"{value:.3f}" for value in counts.scores())
        rows = [["micro precision", precision], ["micro recall", recall], ["micro F1", f1]]
        rows += [[f"precision: {method}", counts.method_precision(method)] for method in METHODS]
        rows += [
            [
                f"wrong: {method}",
                ", ".join(
                    f"{cid} {n}"
                    for cid, n in counts.false_by_method[method].most_common(_TOP_FALSE)
                )
                or "-",
            ]
            for method in METHODS
        ]
        sections.append(Section(title, rows))
    return sections


def run_precision(console: object) -> int:
    from rich.console import Console

    from bench.tables import print_table

    path = default_data_dir() / DOCUMENTS
    if not path.is_file():
        print(
            f"bench precision: skipped, {path} is absent: the shared evaluation set is not"
            " here; set COCOK_SHARED_DIR to the folder that holds eval/documents/",
            file=sys.stderr,
        )
        return 0
    documents = load_documents(default_data_dir())
    tallies = tally(documents, found_methods, labelled_ids())
    assert isinstance(console, Console)
    print_table(
        console,
        f"Competencies in whole documents ({path})",
        ["figure", "cocok"],
        precision_sections(tallies),
    )
    console.print(
        "Micro figures over every document; a found competency counts under the strongest"
        " method among its evidence (alias, then fuzzy, then similarity). Held-out: the half"
        " whose id hash is odd, which no rule of the finding stages was written from."
    )
    return 0
