"""The /match reply as embeds: a summary that fits one phone screen, and the parts it opens.

Pure functions like :mod:`bot.render`. The summary names what the text is, its score, role,
level and years, its strongest evidence and either its top gaps (a resume) or what it asks
for (a posting); the rest is one :data:`SECTIONS` entry each, opened on demand. A new part of
the result (sections of a document, a posting's must/nice requirements) is one more renderer
and one more entry there.

Labels and learning hints are in the member's language, whatever the language of the text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import discord

from bot.embed_limits import DESCRIPTION, FIELD_VALUE, clip, fit_embeds, fit_lines
from bot.palette import INFO, score_colour
from bot.render import (
    CHART_NAME,
    bar,
    competency_name,
    footer,
    more,
    name_list,
    plain,
    quote,
    render_skill,
    role_name,
    role_signal,
    seniority,
)
from bot.texts import Lang, text
from matcher import Evidence, MatchResult
from taxonomy import Taxonomy

EVIDENCE_SHOWN = 3  # competencies quoted in the summary
GAPS_SHOWN = 3
_GAP_NAMES_CHARS = 200
_ASKS_CHARS = 400
_SNIPPETS_SHOWN = 5
_SNIPPET_CHARS = 80

Renderer = Callable[[MatchResult, Taxonomy, Lang], discord.Embed]


def _title(result: MatchResult, lang: Lang) -> str:
    # a posting's score says how backend it is, not how well anyone fits it
    key = "match.title" if result.kind == "resume" else "match.title_posting"
    return text(lang, key, kind=text(lang, f"kinds.{result.kind}"), score=f"{result.score:.0f}")


def _headline(result: MatchResult, taxonomy: Taxonomy, lang: Lang) -> list[str]:
    role = result.role
    return [
        f"{bar(result.score)} **{result.score:.0f}**/100",
        text(
            lang,
            "match.what",
            kind=text(lang, f"kinds.{result.kind}"),
            language=text(lang, f"languages.{result.language}"),
        ),
        text(
            lang,
            "match.role",
            role=role_name(taxonomy, role.id, lang),
            backend=f"{role.backend * 100:.0f}",
        ),
        text(lang, "match.seniority", level=seniority(taxonomy, result, lang)),
    ]


def gap_ids(result: MatchResult) -> list[str]:
    """Missing core competencies, those with a learning step first (the plan's order)."""
    planned = [step.id for step in result.next_steps]
    return planned + [c.ids[0] for c in result.missing if c.ids[0] not in planned]


def render_summary(result: MatchResult, taxonomy: Taxonomy, lang: Lang) -> discord.Embed:
    """The first reply to /match: one screen; :data:`SECTIONS` holds the rest."""
    embed = discord.Embed(
        title=_title(result, lang),
        description=fit_lines(_headline(result, taxonomy, lang), DESCRIPTION, more(lang)),
        colour=score_colour(result.score) if result.kind == "resume" else INFO,
    )
    strongest = [
        f"**{competency_name(taxonomy, hit.id, hit.name, lang)}** — {quote(hit.evidence, lang)}"
        for hit in result.skills[:EVIDENCE_SHOWN]
    ]
    embed.add_field(
        name=text(lang, "match.strongest"),
        value="\n".join(strongest) or text(lang, "match.none_found"),
        inline=False,
    )
    if result.kind == "posting":
        asked = [competency_name(taxonomy, hit.id, hit.name, lang) for hit in result.skills]
        if asked:
            embed.add_field(
                name=text(lang, "match.asks", count=len(asked)),
                value=name_list(asked, lang, _ASKS_CHARS),
                inline=False,
            )
    else:
        gaps = [competency_name(taxonomy, gap, gap, lang) for gap in gap_ids(result)]
        shown = name_list(gaps[:GAPS_SHOWN], lang, _GAP_NAMES_CHARS)
        if len(gaps) > GAPS_SHOWN:
            shown += " " + text(lang, "match.more", count=len(gaps) - GAPS_SHOWN)
        embed.add_field(
            name=text(lang, "match.top_gaps", count=len(gaps)),
            value=shown or text(lang, "match.none_missing"),
            inline=False,
        )
    embed.set_footer(text=footer(taxonomy, lang))
    return fit_embeds([embed])[0]


def render_competencies(result: MatchResult, taxonomy: Taxonomy, lang: Lang) -> discord.Embed:
    """Every competency found with its evidence, the missing core ones, and the negated."""
    found = [
        f"**{competency_name(taxonomy, hit.id, hit.name, lang)}** — {quote(hit.evidence, lang)}"
        for hit in result.skills
    ]
    embed = discord.Embed(
        title=text(lang, "match.found", count=len(found)),
        description=fit_lines(found, DESCRIPTION, more(lang)) or text(lang, "match.none_found"),
        colour=INFO,
    )
    if result.role.signal:
        embed.add_field(
            name=text(lang, "match.because"),
            value=clip(role_signal(taxonomy, result.role.signal, lang), FIELD_VALUE),
            inline=False,
        )
    missing = [competency_name(taxonomy, c.id, c.name, lang) for c in result.missing]
    embed.add_field(
        name=text(lang, "match.missing", count=len(missing)),
        value=name_list(missing, lang) or text(lang, "match.none_missing"),
        inline=False,
    )
    if result.negated:
        negated = [competency_name(taxonomy, hit.id, hit.name, lang) for hit in result.negated]
        embed.add_field(
            name=text(lang, "match.negated"), value=name_list(negated, lang), inline=False
        )
    embed.set_footer(text=footer(taxonomy, lang))
    return fit_embeds([embed])[0]


def render_plan(result: MatchResult, taxonomy: Taxonomy, lang: Lang) -> discord.Embed:
    """What to learn next, in the member's language: the matcher words its steps in the
    document's language, so the hints are taken from the taxonomy here."""
    steps = []
    for step in result.next_steps:
        name = competency_name(taxonomy, step.id, step.name, lang)
        hint = plain(step.hint)
        if step.id in taxonomy:
            competency = taxonomy.get(step.id)
            hint = (competency.learning_hint or competency.description).in_lang(lang)
        line = f"**{name}** — {hint}"
        if step.roadmap_step:
            line += "\n" + text(lang, "skill.roadmap", step=step.roadmap_step)
        steps.append(line)
    embed = discord.Embed(
        title=text(lang, "match.next_steps"),
        description=fit_lines(steps, DESCRIPTION, more(lang)) or text(lang, "match.none_missing"),
        colour=INFO,
    )
    embed.set_footer(text=footer(taxonomy, lang))
    return fit_embeds([embed])[0]


def render_chart(result: MatchResult, taxonomy: Taxonomy, lang: Lang) -> discord.Embed:
    """The coverage chart, sent as the attachment :data:`bot.render.CHART_NAME`."""
    embed = discord.Embed(title=text(lang, "match.chart_title"), colour=INFO)
    embed.set_image(url=f"attachment://{CHART_NAME}")
    embed.set_footer(text=footer(taxonomy, lang))
    return embed


def _snippets(evidence: Sequence[Evidence], lang: Lang) -> str:
    lines = []
    for item in evidence[:_SNIPPETS_SHOWN]:
        line = f"“{plain(clip(item.snippet, _SNIPPET_CHARS))}”"
        if item.method == "similarity":
            line += f" ({text(lang, 'match.similar')})"
        lines.append(line)
    return fit_lines(lines, FIELD_VALUE, more(lang))


def render_competency(
    result: MatchResult, competency_id: str, taxonomy: Taxonomy, lang: Lang
) -> discord.Embed:
    """One competency: where the text shows it (or that it does not), then its /skill card."""
    hit = next((hit for hit in result.skills if hit.id == competency_id), None)
    card = render_skill(taxonomy.get(competency_id), taxonomy, lang)
    shown = _snippets(hit.evidence, lang) if hit is not None else text(lang, "match.not_in_text")
    name = text(lang, "match.in_text")
    card.insert_field_at(0, name=name, value=shown, inline=False)
    card.colour = INFO
    return fit_embeds([card])[0]


def detail_choices(result: MatchResult, taxonomy: Taxonomy) -> list[str]:
    """Competencies one can open in detail: those found, then the missing core ones."""
    found = [hit.id for hit in result.skills]
    missing = [gap for gap in gap_ids(result) if gap not in found]
    return [competency for competency in found + missing if competency in taxonomy]


# the parts behind the buttons, by key (their labels are match.open.<key>)
SECTIONS: dict[str, Renderer] = {
    "competencies": render_competencies,
    "plan": render_plan,
    "chart": render_chart,
}


def sections_for(result: MatchResult) -> list[str]:
    """The parts a reply to ``result`` offers, in button order; a posting has no learning
    plan: it asks for competencies, it does not lack them."""
    return [key for key in SECTIONS if not (key == "plan" and result.kind != "resume")]
