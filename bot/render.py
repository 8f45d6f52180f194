"""Matcher results and taxonomy entries as Discord embeds: pure functions, no I/O.

Everything a member typed (evidence snippets, file names) is escaped, so markdown and
mentions in a resume render as plain text, and every embed is fitted to Discord's limits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import discord

from bot.embed_limits import DESCRIPTION, FIELD_VALUE, clip, fit_embeds, fit_lines
from bot.texts import Lang, text
from matcher import Comparison, Evidence, MatchResult
from taxonomy import Competency, Taxonomy

CHART_NAME = "coverage.png"
_BAR_WIDTH = 10
_SNIPPET_CHARS = 60
_SIGNALS_SHOWN = 5
_NEXT_STEPS_SHOWN = 5
_GAP_HINTS_SHOWN = 3
_GREEN, _YELLOW, _RED, BLURPLE = 0x57F287, 0xFEE75C, 0xED4245, 0x5865F2


def plain(value: str) -> str:
    """Member-written text made inert: no markdown, no mentions, on one line."""
    one_line = re.sub(r"\s+", " ", value).strip()
    return discord.utils.escape_mentions(discord.utils.escape_markdown(one_line))


def bar(percent: float) -> str:
    filled = round(max(0.0, min(100.0, percent)) / 100 * _BAR_WIDTH)
    return "`" + "█" * filled + "░" * (_BAR_WIDTH - filled) + "`"


def colour(score: float) -> int:
    return _GREEN if score >= 70 else _YELLOW if score >= 40 else _RED


def more(lang: Lang) -> Callable[[int], str]:
    return lambda count: text(lang, "match.more", count=count)


def competency_name(taxonomy: Taxonomy, competency_id: str, fallback: str, lang: Lang) -> str:
    return taxonomy.competency_name(competency_id, lang, fallback)


def _quote(evidence: Sequence[Evidence], lang: Lang) -> str:
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


def _role_name(taxonomy: Taxonomy, role: str, lang: Lang) -> str:
    return taxonomy.role_name(role, lang)


def _seniority(taxonomy: Taxonomy, result: MatchResult, lang: Lang) -> str:
    experience = result.experience
    parts = []
    if experience.seniority:
        parts.append(taxonomy.level_name(experience.seniority, lang))
    if experience.years is not None:
        parts.append(text(lang, "match.years", years=f"{experience.years:g}"))
    return " · ".join(parts) or text(lang, "match.not_stated")


def _signal(taxonomy: Taxonomy, signal: Sequence[str], lang: Lang) -> str:
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


def _category_lines(taxonomy: Taxonomy, categories: dict[str, float], lang: Lang) -> list[str]:
    return [
        f"{bar(categories[info.id])} {categories[info.id]:3.0f}% {info.name.in_lang(lang)}"
        for info in taxonomy.profile.categories
        if info.id in categories and (info.weight > 0 or categories[info.id] > 0)
    ]


def render_match(result: MatchResult, taxonomy: Taxonomy, lang: Lang) -> discord.Embed:
    """The reply to /match: score, category bars, evidence, gaps, next steps, chart."""
    role = result.role
    description = [
        f"{bar(result.score)} **{result.score:.0f}**/100",
        text(
            lang,
            "match.role",
            role=_role_name(taxonomy, role.role, lang),
            backend=f"{role.backend * 100:.0f}",
        ),
    ]
    if role.signal:
        description.append(
            text(lang, "match.role_signal", signal=_signal(taxonomy, role.signal, lang))
        )
    description.append(text(lang, "match.seniority", level=_seniority(taxonomy, result, lang)))
    description.append(
        text(lang, "match.language", language=text(lang, f"languages.{result.language}"))
    )
    embed = discord.Embed(
        title=text(
            lang,
            "match.title",
            kind=text(lang, f"kinds.{result.kind}"),
            score=f"{result.score:.0f}",
        ),
        description=fit_lines(description, DESCRIPTION, more(lang)),
        colour=colour(result.score),
    )
    embed.add_field(
        name=text(lang, "match.categories"),
        value=fit_lines(
            _category_lines(taxonomy, result.categories, lang), FIELD_VALUE, more(lang)
        ),
        inline=False,
    )
    found = [
        f"**{competency_name(taxonomy, hit.id, hit.name, lang)}** — {_quote(hit.evidence, lang)}"
        for hit in result.skills
    ]
    embed.add_field(
        name=text(lang, "match.found", count=len(found)),
        value=fit_lines(found, FIELD_VALUE, more(lang)) or text(lang, "match.none_found"),
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
    steps = [
        f"**{competency_name(taxonomy, step.id, step.name, lang)}** — {plain(step.hint)}"
        for step in result.next_steps[:_NEXT_STEPS_SHOWN]
    ]
    if steps:
        embed.add_field(
            name=text(lang, "match.next_steps"),
            value=fit_lines(steps, FIELD_VALUE, more(lang)),
            inline=False,
        )
    embed.set_image(url=f"attachment://{CHART_NAME}")
    embed.set_footer(text=footer(taxonomy, lang))
    return fit_embeds([embed])[0]


def render_comparison(comparison: Comparison, taxonomy: Taxonomy, lang: Lang) -> discord.Embed:
    """The reply to /compare: fit score, covered and missing requirements, what to learn."""
    posting = comparison.posting
    asked = len(comparison.covered) + len(comparison.missing)
    description = [
        f"{bar(comparison.score)} **{comparison.score:.0f}**/100",
        text(lang, "compare.summary", asked=asked, covered=len(comparison.covered)),
        text(
            lang,
            "compare.posting_role",
            role=_role_name(taxonomy, posting.role.role, lang),
            level=_seniority(taxonomy, posting, lang),
        ),
    ]
    embed = discord.Embed(
        title=text(lang, "compare.title", score=f"{comparison.score:.0f}"),
        description="\n".join(description),
        colour=colour(comparison.score),
    )
    covered = [
        f"**{competency_name(taxonomy, r.id, r.name, lang)}** — {_quote(r.resume_evidence, lang)}"
        for r in comparison.covered
    ]
    embed.add_field(
        name=text(lang, "compare.covered", count=len(covered)),
        value=fit_lines(covered, FIELD_VALUE, more(lang)) or text(lang, "compare.none_covered"),
        inline=False,
    )
    missing = [
        f"**{competency_name(taxonomy, r.id, r.name, lang)}** — "
        f"{text(lang, 'compare.posting_side')}: {_quote(r.posting_evidence, lang)}"
        for r in comparison.missing
    ]
    embed.add_field(
        name=text(lang, "compare.missing", count=len(missing)),
        value=fit_lines(missing, FIELD_VALUE, more(lang)) or text(lang, "compare.none_missing"),
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
            colour=BLURPLE,
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
            colour=BLURPLE,
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
        colour=BLURPLE,
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
        description=text(lang, "skill.unknown", query=plain(clip(query, 80))), colour=_RED
    )


def render_help(
    lang: Lang, *, limit_bytes: int, cooldown_uses: int, cooldown_seconds: float
) -> discord.Embed:
    """The reply to /help: what the bot does, the files it reads, and its privacy promise."""
    embed = discord.Embed(
        title=text(lang, "help.title"), description=text(lang, "help.description"), colour=BLURPLE
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
        colour=_RED,
    )
    return fit_embeds([embed])[0]
