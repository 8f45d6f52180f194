"""Matcher results and taxonomy entries as Discord embeds: pure functions, no I/O.

Everything a member typed (evidence snippets, file names) is escaped, so markdown and
mentions in a resume render as plain text, and every embed is fitted to Discord's limits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import discord

from bot.embed_limits import DESCRIPTION, FIELD_VALUE, clip, fit_embeds, fit_lines
from bot.palette import ERROR, INFO, score_colour
from bot.texts import Lang, text
from matcher import Comparison, Evidence, MatchResult
from taxonomy import Competency, Taxonomy

CHART_NAME = "coverage.png"
_BAR_WIDTH = 10
_SNIPPET_CHARS = 60
_SIGNALS_SHOWN = 5
_GAP_HINTS_SHOWN = 3


def plain(value: str) -> str:
    """Member-written text made inert: no markdown, no mentions, on one line."""
    one_line = re.sub(r"\s+", " ", value).strip()
    return discord.utils.escape_mentions(discord.utils.escape_markdown(one_line))


def bar(percent: float) -> str:
    filled = round(max(0.0, min(100.0, percent)) / 100 * _BAR_WIDTH)
    return "`" + "█" * filled + "░" * (_BAR_WIDTH - filled) + "`"


def more(lang: Lang) -> Callable[[int], str]:
    return lambda count: text(lang, "match.more", count=count)


def competency_name(taxonomy: Taxonomy, competency_id: str, fallback: str, lang: Lang) -> str:
    return taxonomy.competency_name(competency_id, lang, fallback)


def quote(evidence: Sequence[Evidence], lang: Lang) -> str:
    if not evidence:
        return ""
    first = evidence[0]
    quoted = f"“{plain(clip(first.snippet, _SNIPPET_CHARS))}”"
    if first.method == "similarity":
        quoted += f" ({text(lang, 'match.similar')})"
    return quoted


def name_list(names: Iterable[str], lang: Lang, limit: int = FIELD_VALUE) -> str:
    """Comma-separated names, shortened with '…and N more' when they do not fit."""
    items = list(names)
    shown: list[str] = []
    for index, name in enumerate(items):
        candidate = ", ".join([*shown, name])
        tail = text(lang, "match.more", count=len(items) - index - 1)
        if len(candidate) + len(tail) + 2 > limit and index < len(items) - 1:
            rest = text(lang, "match.more", count=len(items) - index)
            return ", ".join(shown) + (" " if shown else "") + rest
        shown.append(name)
    return clip(", ".join(shown), limit)


def role_name(taxonomy: Taxonomy, role: str | None, lang: Lang) -> str:
    return taxonomy.role_name(role, lang) if role else "—"


def seniority(taxonomy: Taxonomy, result: MatchResult, lang: Lang) -> str:
    experience = result.experience
    parts = []
    if experience.seniority:
        parts.append(taxonomy.level_name(experience.seniority, lang))
    if experience.years is not None:
        parts.append(text(lang, "match.years", years=f"{experience.years:g}"))
    return " · ".join(parts) or text(lang, "match.not_stated")


def role_signal(taxonomy: Taxonomy, signal: Sequence[str], lang: Lang) -> str:
    """Role evidence: competency ids, and the job title as the matcher quotes it."""
    named = []
    for item in signal[:_SIGNALS_SHOWN]:
        if item in taxonomy:
            named.append(taxonomy.get(item).display_name(lang))
        else:
            phrase = plain(clip(item.removeprefix("title: "), _SNIPPET_CHARS))
            named.append(text(lang, "match.title_signal", phrase=phrase))
    return ", ".join(named)


def footer(taxonomy: Taxonomy, lang: Lang) -> str:
    return text(lang, "footer", version=taxonomy.version)


def render_comparison(comparison: Comparison, taxonomy: Taxonomy, lang: Lang) -> discord.Embed:
    """The reply to /compare: fit score, what the posting asks that the resume lacks, then
    what it covers, with evidence, and what to learn."""
    posting = comparison.posting
    asked = len(comparison.covered) + len(comparison.missing)
    description = [
        f"{bar(comparison.score)} **{comparison.score:.0f}**/100",
        text(lang, "compare.summary", asked=asked, covered=len(comparison.covered)),
        text(
            lang,
            "compare.posting_role",
            role=role_name(taxonomy, posting.role.id, lang),
            level=seniority(taxonomy, posting, lang),
        ),
    ]
    embed = discord.Embed(
        title=text(lang, "compare.title", score=f"{comparison.score:.0f}"),
        description="\n".join(description),
        colour=score_colour(comparison.score),
    )
    missing = [
        f"**{competency_name(taxonomy, r.id, r.name, lang)}** — "
        f"{text(lang, 'compare.posting_side')}: {quote(r.posting_evidence, lang)}"
        for r in comparison.missing
    ]
    embed.add_field(
        name=text(lang, "compare.missing", count=len(missing)),
        value=fit_lines(missing, FIELD_VALUE, more(lang)) or text(lang, "compare.none_missing"),
        inline=False,
    )
    covered = [
        f"**{competency_name(taxonomy, r.id, r.name, lang)}** — {quote(r.resume_evidence, lang)}"
        for r in comparison.covered
    ]
    embed.add_field(
        name=text(lang, "compare.covered", count=len(covered)),
        value=fit_lines(covered, FIELD_VALUE, more(lang)) or text(lang, "compare.none_covered"),
        inline=False,
    )
    if comparison.extra:
        extra = [competency_name(taxonomy, hit.id, hit.name, lang) for hit in comparison.extra]
        embed.add_field(
            name=text(lang, "compare.extra"), value=name_list(extra, lang), inline=False
        )
    hints = [
        f"**{competency.display_name(lang)}** — {competency.learning_hint.in_lang(lang)}"
        for competency in _known(taxonomy, (r.id for r in comparison.missing))
        if competency.learning_hint
    ][:_GAP_HINTS_SHOWN]
    if hints:
        embed.add_field(
            name=text(lang, "compare.gap"),
            value=fit_lines(hints, FIELD_VALUE, more(lang)),
            inline=False,
        )
    embed.set_image(url=f"attachment://{CHART_NAME}")
    embed.set_footer(text=footer(taxonomy, lang))
    return fit_embeds([embed])[0]


def _known(taxonomy: Taxonomy, ids: Iterable[str]) -> list[Competency]:
    return [taxonomy.get(competency_id) for competency_id in ids if competency_id in taxonomy]


def render_skills(taxonomy: Taxonomy, lang: Lang, category: str | None = None) -> discord.Embed:
    """The reply to /skills: every category with its competencies, or one category in full."""
    if category is None:
        embed = discord.Embed(
            title=text(lang, "skills.title"),
            description=text(
                lang,
                "skills.count",
                count=len(taxonomy.competencies),
                categories=len(taxonomy.profile.categories),
            ),
            colour=INFO,
        )
        for info in taxonomy.profile.categories:
            members = taxonomy.in_category(info.id)
            if members:
                embed.add_field(
                    name=f"{info.name.in_lang(lang)} ({len(members)})",
                    value=name_list((c.display_name(lang) for c in members), lang),
                    inline=False,
                )
    else:
        info = taxonomy.category(category)
        lines = [
            f"**{c.display_name(lang)}** `{c.id}` · {text(lang, f'skills.tier.{c.tier}')} — "
            f"{c.description.in_lang(lang)}"
            for c in taxonomy.in_category(category)
        ]
        embed = discord.Embed(
            title=text(lang, "skills.category_title", category=info.name.in_lang(lang)),
            description=fit_lines(lines, DESCRIPTION, more(lang)),
            colour=INFO,
        )
    embed.set_footer(text=footer(taxonomy, lang))
    return fit_embeds([embed])[0]


def _aliases(aliases: Iterable[object]) -> list[str]:
    return [
        alias if isinstance(alias, str) else str(getattr(alias, "text", alias)) for alias in aliases
    ]


def render_skill(competency: Competency, taxonomy: Taxonomy, lang: Lang) -> discord.Embed:
    """The reply to /skill: one competency with its wording in both languages and sources."""
    embed = discord.Embed(
        title=f"{competency.display_name(lang)} · `{competency.id}`",
        description=competency.description.in_lang(lang),
        colour=INFO,
    )
    category = taxonomy.category(competency.category).name.in_lang(lang)
    embed.add_field(name=text(lang, "skill.category"), value=category, inline=True)
    embed.add_field(
        name=text(lang, "skill.tier"),
        value=text(lang, f"skills.tier.{competency.tier}"),
        inline=True,
    )
    embed.add_field(name=text(lang, "skill.weight"), value=f"{competency.weight:g}", inline=True)
    alias_groups = (
        ("skill.aliases_any", competency.aliases.any),
        ("skill.aliases_en", competency.aliases.en),
        ("skill.aliases_id", competency.aliases.id),
        ("skill.typos", competency.aliases.typos),
    )
    for key, aliases in alias_groups:
        if aliases:
            value = name_list((plain(alias) for alias in _aliases(aliases)), lang)
            embed.add_field(name=text(lang, key), value=value, inline=False)
    if competency.learning_hint:
        hint = competency.learning_hint.in_lang(lang)
        if competency.roadmap_step:
            hint += "\n" + text(lang, "skill.roadmap", step=competency.roadmap_step)
        embed.add_field(name=text(lang, "skill.hint"), value=hint, inline=False)
    if competency.seeds:
        seeds = "\n".join(f"{seed}: {text(lang, f'seeds.{seed}')}" for seed in competency.seeds)
        sources = text(lang, "skill.seeds", seeds="") + "\n" + seeds
    else:
        sources = text(lang, "skill.not_from_seeds")
    embed.add_field(name=text(lang, "skill.sources"), value=sources, inline=False)
    embed.set_footer(text=footer(taxonomy, lang))
    return fit_embeds([embed])[0]


def render_unknown_skill(query: str, lang: Lang) -> discord.Embed:
    return discord.Embed(
        description=text(lang, "skill.unknown", query=plain(clip(query, 80))), colour=ERROR
    )


def render_help(
    lang: Lang, *, limit_bytes: int, cooldown_uses: int, cooldown_seconds: float
) -> discord.Embed:
    """The reply to /help: what the bot does, the files it reads, and its privacy promise."""
    embed = discord.Embed(
        title=text(lang, "help.title"), description=text(lang, "help.description"), colour=INFO
    )
    embed.add_field(
        name=text(lang, "help.commands"), value=text(lang, "help.commands_list"), inline=False
    )
    embed.add_field(
        name=text(lang, "help.files"),
        value=text(lang, "help.files_text", limit=megabytes(limit_bytes)),
        inline=False,
    )
    embed.add_field(
        name=text(lang, "help.privacy"), value=text(lang, "help.privacy_text"), inline=False
    )
    embed.add_field(
        name=text(lang, "help.limits"),
        value=text(lang, "help.limits_text", uses=cooldown_uses, seconds=f"{cooldown_seconds:g}"),
        inline=False,
    )
    return fit_embeds([embed])[0]


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.3g} MB"


class Markup(str):
    """Text the bot composed itself (a role mention, a timestamp): shown as it is."""


def render_error(lang: Lang, reason: str, **values: object) -> discord.Embed:
    """A friendly explanation of why the input could not be scored (``errors.<reason>``).

    String values are escaped unless they are :class:`Markup`.
    """
    safe = {
        key: plain(value) if isinstance(value, str) and not isinstance(value, Markup) else value
        for key, value in values.items()
    }
    embed = discord.Embed(
        title=text(lang, "errors.title"),
        description=text(lang, f"errors.{reason}", **safe),
        colour=ERROR,
    )
    return fit_embeds([embed])[0]
