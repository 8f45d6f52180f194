"""Finding competencies by what a member types, in either language: the autocomplete of every
option that takes a competency id."""

from __future__ import annotations

from discord.app_commands import Choice

from bot.embed_limits import clip
from bot.texts import Lang
from taxonomy import Competency, Taxonomy

CHOICES_SHOWN = 25  # Discord's limit for autocomplete and choice lists
CHOICE_CHARS = 100


def _search_terms(competency: Competency, tax: Taxonomy) -> tuple[str, ...]:
    """Id first, then names and aliases in both languages, then the category's names."""
    category = tax.category(competency.category).name
    aliases = [a if isinstance(a, str) else a.text for a in competency.aliases.all()]
    terms = [
        competency.id,
        competency.name,
        competency.name_id or "",
        *aliases,
        category.en,
        category.id,
    ]
    return tuple(term.casefold() for term in terms if term)


class CompetencySearch:
    """Every competency of a taxonomy with the words it can be found by."""

    def __init__(self, tax: Taxonomy) -> None:
        self._index = [(c, _search_terms(c, tax)) for c in tax.competencies]

    def choices(self, typed: str, lang: Lang) -> list[Choice[str]]:
        """Id or shown-name prefixes first, then other prefixes, then anything containing it."""
        query = typed.casefold().strip()
        ranked: list[tuple[int, str, Competency]] = []
        for competency, terms in self._index:
            shown = competency.display_name(lang)
            if not query or terms[0].startswith(query) or shown.casefold().startswith(query):
                rank = 0
            elif any(term.startswith(query) for term in terms):
                rank = 1
            elif any(query in term for term in terms):
                rank = 2
            else:
                continue
            ranked.append((rank, shown.casefold(), competency))
        ranked.sort(key=lambda item: item[:2])
        return [
            Choice(name=clip(f"{c.display_name(lang)} ({c.id})", CHOICE_CHARS), value=c.id)
            for _, _, c in ranked[:CHOICES_SHOWN]
        ]
