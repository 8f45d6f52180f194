"""The compiled form of a taxonomy: everything matching needs, built once per taxonomy.

Compiling the alias expression and fitting the two TF-IDF vectorizers takes about 0.2 s;
a :class:`matcher.Matcher` does it once and every call of its ``match`` reuses the result,
which is never modified after it is built, apart from memos of pure functions of a word (its
n-gram features, its nearest product name, the aliases it names, whether it may be misspelt,
its dot products with the phrases) that only save recomputing them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np
from numpy.typing import NDArray

from matcher import fitted_cache
from matcher.alias_regex import alias_key, compile_alias_regex, first_char_lookahead
from matcher.char_tfidf import CharTfidf
from matcher.memo import Memo
from matcher.word_runs import WordRuns
from taxonomy import AliasRule, Competency, Taxonomy

# Character n-grams inside word boundaries: robust to Indonesian affixes (me-, di-, -kan, -nya)
# and to typos, which is what both similarity stages are for.
_PHRASE_NGRAMS = (3, 5)
_TYPO_NGRAMS = (2, 4)
# Answers remembered per word (see matcher.memo): a few megabytes at most.
_WORDS_REMEMBERED = 1 << 14
# Measured on the bench resumes: 400 common n-grams (of about 17,000) do three quarters of the
# product's work, and the bound leaves one pair of sentence and phrase in seven thousand to add
# up (one in thirty thousand of a batch of generated resumes).
_COMMON_NGRAMS = 400


@dataclass(frozen=True, slots=True)
class AliasEntry:
    competency_id: str
    text: str
    case_sensitive: bool
    needs_context: bool
    veto: frozenset[str]
    typo: bool


@dataclass(frozen=True, slots=True)
class PhraseBound:
    """The phrase columns split for a cheap upper bound on a sentence's cosine with each phrase.

    The few n-grams most phrases share (" da", "an ", "ing") make most of the work of the full
    product and little of any high cosine: they add at most the norm of the sentence over them
    times the phrase's (Cauchy-Schwarz). The other n-grams add at most the sum of the sentence's
    words' own dot products with the phrase over them, since an n-gram's weight in a sentence is
    at most the sum of its weights in the words (1 + log(a + b) <= 1 + log a + 1 + log b).
    Those are remembered per word in ``words``, with its n-grams: its phrases and unnormalised
    dot products with them.
    A sentence and phrase whose bound stays under the threshold need no more.
    """

    rare_columns: Any
    common: NDArray[np.bool_]
    common_norms: NDArray[np.float64]
    words: WordRuns


@dataclass(frozen=True, slots=True)
class MatchIndex:
    taxonomy: Taxonomy
    # Plain lookups of the taxonomy, which answers the same questions by scanning its models.
    competencies: MappingProxyType[str, Competency]
    # Per category, the summed weight of its core and common competencies: what scoring
    # measures the category's coverage against.
    category_weights: MappingProxyType[str, float]
    alias_regex: re.Pattern[str]
    aliases: MappingProxyType[str, tuple[AliasEntry, ...]]
    # The entries each matched text stands for, once their case rules are applied.
    alias_hits: Memo[str, tuple[AliasEntry, ...]]
    tech_cue_regex: re.Pattern[str]
    negation_regex: re.Pattern[str]
    # Finds every place a negation cue could stand in a whole folded text, as a cheap first look.
    negation_scan_regex: re.Pattern[str]
    # Where a window cuts a word, a cue can start only with one of these.
    negation_first_words: tuple[str, ...]
    negation_after: tuple[str, ...]
    clause_breaks: frozenset[str]
    function_words: MappingProxyType[str, frozenset[str]]
    typo_vectorizer: CharTfidf
    typo_columns: Any
    typo_entries: tuple[AliasEntry, ...]
    typo_prefixes: frozenset[str]
    typo_nearest: Memo[str, tuple[int, float]]
    # Each word as written, folded if it may be a misspelt product name, else "".
    typo_words: Memo[str, str]
    phrase_vectorizer: CharTfidf
    phrase_columns: Any
    phrase_bound: PhraseBound
    # The phrases' own rows, n-grams ascending: one phrase's weights lie side by side.
    phrase_rows: Any
    phrase_owners: tuple[str, ...]
    phrase_texts: tuple[str, ...]


def _entries(competency: Competency) -> list[AliasEntry]:
    typos = set(competency.aliases.typos)
    found = []
    for alias in competency.aliases.all():
        rule = alias if isinstance(alias, AliasRule) else AliasRule(text=alias)
        found.append(
            AliasEntry(
                competency_id=competency.id,
                text=rule.text,
                case_sensitive=rule.case_sensitive,
                needs_context=rule.needs_context,
                veto=frozenset(word.casefold() for word in rule.veto),
                typo=alias in typos,
            )
        )
    return found


def _word_regex(
    words: tuple[str, ...] | list[str], *, whole: bool = True, folded: bool = False
) -> re.Pattern[str]:
    """Any of ``words`` after a non-word character; ``whole`` also wants one after it.

    A ``folded`` pattern reads text folded by :func:`matcher.text.fold_case`, faster than a
    case-blind one reads the text itself.
    """
    ordered = sorted({w.casefold() for w in words}, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    ahead = first_char_lookahead(w[:1] if not w[:1].isspace() else "" for w in ordered)
    after = r"(?![\w])" if whole else ""
    flags = re.NOFLAG if folded else re.IGNORECASE
    return re.compile(rf"(?<![\w]){ahead}(?:{body}){after}", flags)


def _fit(
    texts: list[str], ngrams: tuple[int, int], cache_dir: Path | None
) -> tuple[CharTfidf, Any]:
    vectorizer, matrix = fitted_cache.fitted(texts, ngrams, cache_dir)
    # Every similarity is ``vectors @ matrix.T``; transposed to CSR once here instead of per call.
    return vectorizer, matrix.T.tocsr()


def _phrase_bound(columns: Any) -> PhraseBound:
    shared_by = np.diff(columns.indptr)
    common = np.zeros(columns.shape[0], dtype=bool)
    common[np.argsort(-shared_by, kind="stable")[:_COMMON_NGRAMS]] = True
    in_common = np.repeat(common, shared_by)
    rare_columns = columns.copy()
    rare_columns.data[in_common] = 0
    rare_columns.eliminate_zeros()
    common_squares = np.zeros(columns.shape[1])
    np.add.at(common_squares, columns.indices[in_common], np.square(columns.data[in_common]))
    return PhraseBound(rare_columns, common, np.sqrt(common_squares), WordRuns())


def _sorted_rows(matrix: Any) -> Any:
    rows = matrix.tocsr()
    rows.sort_indices()
    return rows


def build_index(taxonomy: Taxonomy, *, cache_dir: Path | None = None) -> MatchIndex:
    """Compile ``taxonomy`` for matching; fitted models are kept in ``cache_dir`` if given."""
    table: dict[str, list[AliasEntry]] = {}
    for competency in taxonomy.competencies:
        for entry in _entries(competency):
            table.setdefault(alias_key(entry.text), []).append(entry)
    alias_regex = compile_alias_regex([entries[0].text for entries in table.values()])

    # Misspellings are caught for single-word product names only: phrases and ambiguous words
    # would drag in ordinary vocabulary.
    typo_entries = tuple(
        entries[0]
        for key, entries in sorted(table.items())
        if len(key) >= 5
        and entries[0].text.isalnum()
        and not any(e.needs_context or e.case_sensitive for e in entries)
        and len({e.competency_id for e in entries}) == 1
    )
    typo_vectorizer, typo_columns = _fit(
        [e.text.casefold() for e in typo_entries], _TYPO_NGRAMS, cache_dir
    )

    owners: list[str] = []
    phrases: list[str] = []
    for competency in taxonomy.competencies:
        texts = [p for lang_phrases in competency.phrases.values() for p in lang_phrases]
        texts += [competency.description.en, competency.description.id]
        for text in texts:
            owners.append(competency.id)
            phrases.append(text)
    phrase_vectorizer, phrase_columns = _fit(phrases, _PHRASE_NGRAMS, cache_dir)

    cues = taxonomy.profile.cues
    negation_words = [w for words in cues.negation.values() for w in words]
    return MatchIndex(
        taxonomy=taxonomy,
        competencies=MappingProxyType({c.id: c for c in taxonomy.competencies}),
        category_weights=MappingProxyType(
            {
                info.id: sum(
                    c.weight
                    for c in taxonomy.competencies
                    if c.category == info.id and c.tier in ("core", "common")
                )
                for info in taxonomy.profile.categories
            }
        ),
        alias_regex=alias_regex,
        aliases=MappingProxyType({key: tuple(entries) for key, entries in table.items()}),
        alias_hits=Memo(_WORDS_REMEMBERED),
        tech_cue_regex=_word_regex(cues.tech_context),
        negation_regex=_word_regex(negation_words),
        negation_scan_regex=_word_regex(negation_words, whole=False, folded=True),
        negation_first_words=tuple(sorted({w.casefold().split()[0] for w in negation_words})),
        negation_after=tuple(phrase.casefold() for phrase in cues.negation_after),
        clause_breaks=frozenset(word.casefold() for word in cues.clause_breaks),
        function_words=MappingProxyType(
            {
                lang: frozenset(w.casefold() for w in words)
                for lang, words in cues.function_words.items()
            }
        ),
        typo_vectorizer=typo_vectorizer,
        typo_columns=typo_columns,
        typo_entries=typo_entries,
        typo_prefixes=frozenset(e.text.casefold()[:3] for e in typo_entries),
        typo_nearest=Memo(_WORDS_REMEMBERED),
        typo_words=Memo(_WORDS_REMEMBERED),
        phrase_vectorizer=phrase_vectorizer,
        phrase_columns=phrase_columns,
        phrase_bound=_phrase_bound(phrase_columns),
        phrase_rows=_sorted_rows(phrase_columns.T),
        phrase_owners=tuple(owners),
        phrase_texts=tuple(phrases),
    )
