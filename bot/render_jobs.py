"""The job board as Discord embeds: saved postings, pages of the board, fits of a resume.

Pure functions like :mod:`bot.render`. Posting titles and texts were written by members, so
they are escaped; times are Discord timestamps, shown in each reader's own time zone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from math import ceil

import discord

from bot.embed_limits import DESCRIPTION, FIELD_VALUE, TITLE, clip, fit_embeds, fit_lines
from bot.palette import INFO, score_colour
from bot.posting_titles import clean_title
from bot.render import bar, competency_name, more, name_list, plain
from bot.storage import (
    ALERT_PAUSE_FAILURES,
    AlertSubscription,
    GuildConfig,
    JobPosting,
    PostingAnalysis,
    PostingPage,
)
from bot.texts import Lang, text
from bot.worker_jobs import PostingFit
from taxonomy import Taxonomy

_SKILLS_LISTED = 6
_TITLE_CHARS = 100


def _when(moment: datetime, style: discord.utils.TimestampStyle) -> str:
    return discord.utils.format_dt(moment, style)


def _skills(taxonomy: Taxonomy, ids: Iterable[str], lang: Lang, limit: int = FIELD_VALUE) -> str:
    return name_list((competency_name(taxonomy, i, i, lang) for i in ids), lang, limit)


def masked_link(url: str, lang: Lang) -> str:
    """A link shown as words: a raw discord.com/channels/… address tells a reader nothing."""
    # a ")" in the address would end the markdown link early
    return f"[{text(lang, 'jobs.link_text')}]({url.replace(')', '%29')})"


def _posting_title(title: str) -> str:
    """A posting's title as every list shows it: escaped, on one line, clipped."""
    return plain(clip(clean_title(title) or title, _TITLE_CHARS))


def _inert_text(value: str) -> str:
    """Member-written text with its line breaks kept, but no markdown and no mentions."""
    return discord.utils.escape_mentions(discord.utils.escape_markdown(value.strip()))


def asks_level(analysis: PostingAnalysis, taxonomy: Taxonomy, lang: Lang) -> str:
    """The level and years a posting asks, e.g. "Senior · 5+ years"; "" when it states neither."""
    parts = []
    if analysis.level:
        parts.append(taxonomy.level_name(analysis.level, lang))
    if analysis.years is not None:
        parts.append(text(lang, "jobs.years", years=f"{analysis.years:g}"))
    return " · ".join(parts)


def render_saved(
    posting: JobPosting, taxonomy: Taxonomy, lang: Lang, *, heading: str = "jobs.saved_title"
) -> discord.Embed:
    """The reply to a save (or an edit): what was saved, until when, and what the matcher
    found in it."""
    analysis = posting.analysis
    lines = [
        text(
            lang,
            "jobs.saved",
            title=_posting_title(posting.title),
            id=posting.posting_id,
            until=_when(posting.expires_at, "D"),
            relative=_when(posting.expires_at, "R"),
        ),
        text(lang, "jobs.saved_fit", score=f"{analysis.score:.0f}"),
        text(lang, "jobs.saved_skills", skills=_skills(taxonomy, analysis.skills, lang))
        if analysis.skills
        else text(lang, "jobs.saved_none"),
    ]
    level = asks_level(analysis, taxonomy, lang)
    if level:
        lines.insert(1, text(lang, "jobs.saved_level", level=level))
    embed = discord.Embed(
        title=text(lang, heading),
        description="\n".join(lines),
        colour=INFO,  # a confirmation; the score is the posting's profile, not anyone's fit
        url=posting.link,
    )
    return fit_embeds([embed])[0]


def page_count(total: int, size: int) -> int:
    return max(1, ceil(total / size))


def last_page_offset(total: int, size: int) -> int:
    """The offset of the last page of ``total`` items, ``size`` a page."""
    return (page_count(total, size) - 1) * size


def render_board(
    page: PostingPage,
    taxonomy: Taxonomy,
    lang: Lang,
    skill: str | None,
    level: str | None = None,
    max_years: int | None = None,
) -> discord.Embed:
    """One page of the board, newest first, each posting with its id, level and years asked,
    fit, closing time and required competencies."""
    filters = [competency_name(taxonomy, skill, skill, lang)] if skill else []
    if level:
        filters.append(taxonomy.level_name(level, lang))
    if max_years is not None:
        filters.append(text(lang, "jobs.max_years", years=max_years))
    filtered = ", ".join(filters)
    if filtered:
        title = text(lang, "jobs.list_title_skill", count=page.total, skill=filtered)
    else:
        title = text(lang, "jobs.list_title", count=page.total)
    lines = []
    for posting in page.postings:
        line = text(
            lang,
            "jobs.list_line",
            id=posting.posting_id,
            title=_posting_title(posting.title),
            score=f"{posting.analysis.score:.0f}",
            relative=_when(posting.expires_at, "R"),
        )
        asked = asks_level(posting.analysis, taxonomy, lang)
        lines.append(f"{line} · {asked}" if asked else line)
        required = posting.analysis.required
        if required:
            shown = _skills(taxonomy, required[:_SKILLS_LISTED], lang, limit=200)
            lines.append(text(lang, "jobs.list_skills", skills=shown))
    if not page.postings:
        empty = text(lang, "jobs.empty_skill", skill=filtered) if filtered else None
        lines = [empty or text(lang, "jobs.empty")]
    embed = discord.Embed(
        title=clip(title, TITLE),
        description=fit_lines(lines, DESCRIPTION, more(lang)),
        colour=INFO,
    )
    number = page.offset // page.limit + 1
    pages = page_count(page.total, page.limit)
    embed.set_footer(text=text(lang, "jobs.page", page=number, pages=pages))
    return fit_embeds([embed])[0]


def render_posting(posting: JobPosting, taxonomy: Taxonomy, lang: Lang) -> discord.Embed:
    """One posting in full: its text, what it asks for, who saved it and when it closes."""
    embed = discord.Embed(
        title=clip(f"#{posting.posting_id} · {_posting_title(posting.title)}", TITLE),
        description=clip(_inert_text(posting.text), DESCRIPTION),
        colour=INFO,
        url=posting.link,
        timestamp=posting.created_at,
    )
    skills = posting.analysis.skills
    embed.add_field(
        name=text(lang, "jobs.asks_for"),
        value=_skills(taxonomy, skills, lang) if skills else text(lang, "jobs.nothing"),
        inline=False,
    )
    level = asks_level(posting.analysis, taxonomy, lang)
    if level:
        embed.add_field(name=text(lang, "jobs.level"), value=level)
    score = posting.analysis.score
    embed.add_field(name=text(lang, "jobs.fit"), value=f"{bar(score)} {score:.0f}/100")
    embed.add_field(name=text(lang, "jobs.saved_by"), value=f"<@{posting.author_id}>")
    embed.add_field(name=text(lang, "jobs.closes"), value=_when(posting.expires_at, "R"))
    if posting.link:
        embed.add_field(name=text(lang, "jobs.link"), value=masked_link(posting.link, lang))
    return fit_embeds([embed])[0]


def render_removed(posting: JobPosting, lang: Lang) -> discord.Embed:
    description = text(
        lang, "jobs.removed", title=_posting_title(posting.title), id=posting.posting_id
    )
    return discord.Embed(description=description, colour=INFO)


def render_alert_card(
    posting: JobPosting, taxonomy: Taxonomy, lang: Lang, *, direct: bool
) -> discord.Embed:
    """A new posting announced in the server's channel, or (``direct``) in a member's alert:
    its title, what it requires, and a masked link to the original."""
    analysis = posting.analysis
    lines = []
    level = asks_level(analysis, taxonomy, lang)
    if level:
        lines.append(text(lang, "jobs.saved_level", level=level))
    required = analysis.required
    if required:
        shown = _skills(taxonomy, required[:_SKILLS_LISTED], lang, limit=600)
        lines.append(text(lang, "jobs.requires", skills=shown))
    lines.append(text(lang, "jobs.closes_line", relative=_when(posting.expires_at, "R")))
    if posting.link:
        lines.append(masked_link(posting.link, lang))
    embed = discord.Embed(
        title=clip(f"#{posting.posting_id} · {_posting_title(posting.title)}", TITLE),
        description=fit_lines(lines, DESCRIPTION, more(lang)),
        colour=INFO,
        url=posting.link,
    )
    embed.set_author(name=text(lang, "jobs.alert_author" if direct else "jobs.new_posting"))
    if direct:
        embed.set_footer(text=text(lang, "jobs.alert_footer"))
    return fit_embeds([embed])[0]


def render_duplicate(existing: JobPosting, lang: Lang) -> discord.Embed:
    """The reply to saving a posting the board already has."""
    description = text(
        lang, "jobs.duplicate", title=_posting_title(existing.title), id=existing.posting_id
    )
    return discord.Embed(description=description, colour=INFO)


def render_confirm_remove(posting: JobPosting, lang: Lang) -> discord.Embed:
    description = text(
        lang, "jobs.confirm_remove", title=_posting_title(posting.title), id=posting.posting_id
    )
    return discord.Embed(description=description, colour=INFO)


def render_note(lang: Lang, key: str) -> discord.Embed:
    """A one-line answer with nothing of the member's in it, e.g. ``jobs.kept``."""
    return discord.Embed(description=text(lang, key), colour=INFO)


def render_alerts(alert: AlertSubscription | None, taxonomy: Taxonomy, lang: Lang) -> discord.Embed:
    """A member's job alerts in this server, and exactly what is kept for them."""
    embed = discord.Embed(title=text(lang, "jobs.alerts_title"), colour=INFO)
    if alert is None:
        embed.description = text(lang, "jobs.alerts_none")
        return embed
    lines = [
        text(lang, f"jobs.alerts_source_{alert.source}"),
        text(lang, "jobs.alerts_skills", skills=_skills(taxonomy, alert.skills, lang, limit=1500)),
        text(lang, "jobs.alerts_kept"),
    ]
    if alert.failures >= ALERT_PAUSE_FAILURES:
        lines.insert(0, text(lang, "jobs.alerts_paused"))
    embed.description = fit_lines(lines, DESCRIPTION, more(lang))
    return embed


def render_config(config: GuildConfig, lang: Lang, *, updated: bool) -> discord.Embed:
    """A guild's job-board settings; ``updated`` when they were just changed."""
    if config.manager_role_id is None:
        managers = text(lang, "jobs.managers_permission")
    else:
        managers = text(lang, "jobs.managers_role", role=f"<@&{config.manager_role_id}>")
    embed = discord.Embed(
        title=text(lang, "jobs.config_title"),
        description=text(lang, "jobs.config_updated") if updated else None,
        colour=INFO,
    )
    embed.add_field(name=text(lang, "jobs.config_managers"), value=managers, inline=False)
    embed.add_field(
        name=text(lang, "jobs.config_expiry"),
        value=text(lang, "jobs.days", days=config.expiry_days),
        inline=False,
    )
    channel = config.alert_channel_id
    embed.add_field(
        name=text(lang, "jobs.config_channel"),
        value=f"<#{channel}>" if channel else text(lang, "jobs.config_no_channel"),
        inline=False,
    )
    return embed


def render_fits(
    fits: Sequence[PostingFit],
    postings: Mapping[int, JobPosting],
    taxonomy: Taxonomy,
    lang: Lang,
    *,
    page: int,
    size: int,
) -> discord.Embed:
    """One page of the board ranked for a resume: fit, what is covered, what is missing."""
    pages = page_count(len(fits), size)
    embed = discord.Embed(title=text(lang, "jobs.fits_title", count=len(fits)), colour=INFO)
    if fits:
        embed.colour = score_colour(fits[0].score)
    for rank, fit in enumerate(fits[page * size : (page + 1) * size], start=page * size + 1):
        posting = postings[fit.posting_id]
        lines = [
            text(
                lang,
                "jobs.fit_line",
                bar=bar(fit.score),
                score=f"{fit.score:.0f}",
                relative=_when(posting.expires_at, "R"),
            ),
            text(lang, "jobs.covered", skills=_fit_skills(taxonomy, fit.covered, lang)),
            text(lang, "jobs.missing", skills=_fit_skills(taxonomy, fit.missing, lang)),
        ]
        if posting.link:
            lines.append(masked_link(posting.link, lang))
        name = f"{rank}. `#{posting.posting_id}` {_posting_title(posting.title)}"
        embed.add_field(
            name=clip(name, 256), value=fit_lines(lines, FIELD_VALUE, more(lang)), inline=False
        )
    embed.set_footer(text=text(lang, "jobs.fits_footer", page=page + 1, pages=pages))
    return fit_embeds([embed])[0]


def _fit_skills(taxonomy: Taxonomy, ids: Sequence[str], lang: Lang) -> str:
    if not ids:
        return text(lang, "jobs.nothing")
    return _skills(taxonomy, ids, lang, limit=300)
