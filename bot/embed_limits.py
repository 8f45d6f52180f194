"""Discord's embed limits, and fitting text into them without cutting a reply off mid-word.

Discord rejects a whole message (HTTP 400) when any embed part is over its limit, so every
embed passes through :func:`fit_embeds` before it is sent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import discord

TITLE = 256
DESCRIPTION = 4096
FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
AUTHOR = 256
TOTAL = 6000  # all embeds of one message together

ELLIPSIS = "…"
_MIN_PART = 48  # shrinking below this leaves nothing readable; drop fields instead


def clip(value: str, limit: int) -> str:
    """``value`` cut to ``limit`` characters, at a word boundary where one is near."""
    if len(value) <= limit:
        return value
    cut = value[: limit - len(ELLIPSIS)]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS


def fit_lines(lines: Sequence[str], limit: int, more: Callable[[int], str]) -> str:
    """As many whole lines as fit in ``limit``, then ``more(count left out)`` if any were."""
    kept: list[str] = []
    used = 0
    for index, line in enumerate(lines):
        line = clip(line, limit)
        left_after = len(lines) - index - 1
        reserve = len(more(left_after)) + 1 if left_after else 0
        if used + len(line) + reserve > limit:
            tail = more(len(lines) - index)
            return "\n".join([*kept, tail]) if used + len(tail) <= limit else "\n".join(kept)
        kept.append(line)
        used += len(line) + 1
    return "\n".join(kept)


def _clip_parts(embed: discord.Embed) -> None:
    if embed.title:
        embed.title = clip(embed.title, TITLE)
    if embed.description:
        embed.description = clip(embed.description, DESCRIPTION)
    if embed.footer.text:
        embed.set_footer(text=clip(embed.footer.text, FOOTER), icon_url=embed.footer.icon_url)
    if embed.author.name:
        embed.set_author(
            name=clip(embed.author.name, AUTHOR),
            url=embed.author.url,
            icon_url=embed.author.icon_url,
        )
    fields = embed.fields[:FIELDS]
    embed.clear_fields()
    for field in fields:
        embed.add_field(
            name=clip(field.name or "\u200b", FIELD_NAME),
            value=clip(field.value or "\u200b", FIELD_VALUE),
            inline=bool(field.inline),
        )


def _shrink_longest(embeds: Sequence[discord.Embed], excess: int) -> bool:
    """Shorten the longest description or field value by ``excess``; False if none can."""
    parts: list[tuple[int, discord.Embed, int | None]] = []
    for embed in embeds:
        parts.append((len(embed.description or ""), embed, None))
        parts += [(len(f.value or ""), embed, i) for i, f in enumerate(embed.fields)]
    size, embed, field_index = max(parts, key=lambda part: part[0])
    if size <= _MIN_PART:
        return False
    target = max(_MIN_PART, size - excess)
    if field_index is None:
        embed.description = clip(embed.description or "", target)
    else:
        field = embed.fields[field_index]
        embed.set_field_at(
            field_index,
            name=field.name or "\u200b",
            value=clip(field.value or "\u200b", target),
            inline=bool(field.inline),
        )
    return True


def fit_embeds(embeds: Sequence[discord.Embed]) -> list[discord.Embed]:
    """The embeds with every part within its limit and all of them within :data:`TOTAL`."""
    for embed in embeds:
        _clip_parts(embed)
    while (total := sum(len(embed) for embed in embeds)) > TOTAL:
        if _shrink_longest(embeds, total - TOTAL):
            continue
        last_with_fields = next((e for e in reversed(embeds) if e.fields), None)
        if last_with_fields is None:
            break
        last_with_fields.remove_field(len(last_with_fields.fields) - 1)
    return list(embeds)
