"""What members hand the bot: attachments, pasted text, messages and modal forms.

Shared by every cog that reads a resume or posting: the same size limits, the same paste
form, and one way of running the reading and matching in the worker pool with every failure
turned into a friendly reply.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

import aiohttp
import discord
from discord import app_commands

from bot.embed_limits import clip
from bot.failures import Unreadable, describe_bug, failure_reason
from bot.render import megabytes
from bot.replies import send_cooldown, send_error
from bot.texts import Lang, lang_of, text
from bot.worker_jobs import Document
from bot.workers import JobTimedOut, WorkerCrashed

if TYPE_CHECKING:
    from bot.client import CocokBot

_log = logging.getLogger(__name__)

MODAL_TEXT_CHARS = 4000  # Discord's limit for one modal text input
OPTION_TEXT_CHARS = 6000  # Discord's limit for a string option
_MODAL_TIMEOUT_SECONDS = 15 * 60  # as long as the interaction token lives
_LABEL_CHARS = 45  # Discord's limit for modal titles and input labels

T = TypeVar("T")
Source = discord.Attachment | str | None
Submit = Callable[[discord.Interaction["CocokBot"], dict[str, str]], Awaitable[None]]


def scoring_cooldown() -> Callable[[T], T]:
    """Refuses a command that runs the matcher when the member has no scoring left; the
    scoring itself is counted by :func:`run_in_worker`, so opening a form costs nothing."""

    def predicate(interaction: discord.Interaction[CocokBot]) -> bool:
        interaction.client.cooldown.check(interaction.user.id)
        return True

    return app_commands.check(predicate)


def message_text(message: discord.Message) -> str:
    """What a member sees in a message: its content and the text of its embeds."""
    parts = [message.content]
    for embed in message.embeds:
        parts += [embed.title or "", embed.description or ""]
        parts += [f"{field.name}\n{field.value}" for field in embed.fields]
    return "\n\n".join(part for part in parts if part and part.strip())


def label(lang: Lang, key: str) -> str:
    return clip(text(lang, key), _LABEL_CHARS)


class PasteModal(discord.ui.Modal):
    """Asks for one text per ``fields`` entry (custom id -> label); runs ``submit`` with them."""

    def __init__(self, title: str, fields: dict[str, str], lang: Lang, submit: Submit) -> None:
        super().__init__(title=title, timeout=_MODAL_TIMEOUT_SECONDS)
        self._submit = submit
        self._lang = lang
        self._inputs: dict[str, discord.ui.TextInput[PasteModal]] = {}
        for custom_id, field_label in fields.items():
            field: discord.ui.TextInput[PasteModal] = discord.ui.TextInput(
                label=field_label,
                custom_id=custom_id,
                style=discord.TextStyle.paragraph,
                placeholder=text(lang, "modal.placeholder"),
                max_length=MODAL_TEXT_CHARS,
            )
            self._inputs[custom_id] = field
            self.add_item(field)

    async def on_submit(self, interaction: discord.Interaction[CocokBot]) -> None:  # type: ignore[override]
        values = {custom_id: field.value for custom_id, field in self._inputs.items()}
        await self._submit(interaction, values)

    async def on_error(  # type: ignore[override]
        self, interaction: discord.Interaction[CocokBot], error: Exception
    ) -> None:
        _log.error("modal for interaction %s failed: %s", interaction.id, describe_bug(error))
        await send_error(interaction, self._lang, failure_reason(error))


async def read_source(source: Source, max_bytes: int) -> Document:
    """Pasted text as it is, or an attachment downloaded within ``max_bytes``."""
    if not isinstance(source, discord.Attachment):
        return Document(text=source or "")
    if source.size > max_bytes:
        raise Unreadable("too_large", source.filename)
    try:
        data = await source.read()
    except (discord.HTTPException, aiohttp.ClientError, TimeoutError):
        raise Unreadable("download", source.filename) from None
    if len(data) > max_bytes:
        raise Unreadable("too_large", source.filename)
    return Document(data=data, filename=source.filename)


async def run_in_worker(
    interaction: discord.Interaction[CocokBot],
    command: str,
    sources: tuple[Source, ...],
    function: Callable[..., T],
    *,
    scoring: bool = False,
) -> T | None:
    """Download ``sources`` and run ``function`` on their documents in the worker pool.

    ``function`` takes one :class:`Document` per source, in order, and must pickle: a
    module-level function of :mod:`bot.worker_jobs`, or a ``functools.partial`` of one that
    fills in its other arguments. A worker slot is held from the first download to the result,
    and the member's turn (one job per member at a time) from before the first download.

    ``scoring`` spends one use of the member's cooldown, given back when an input cannot be
    read. Returns None after telling the member why, when an input cannot be read, is too
    heavy to read within the time limit, a worker died, or (``scoring``) the member has no
    use left.

    The log line holds ids, sizes and timings only: resumes are personal data.
    """
    bot = interaction.client
    lang = lang_of(interaction.locale)
    started = time.perf_counter()
    size: int | None = None
    outcome = "bug"
    try:
        if scoring:
            bot.cooldown.spend(interaction.user.id)
    except app_commands.CommandOnCooldown as cooldown:
        await send_cooldown(interaction, lang, cooldown.retry_after)
        return None
    try:
        async with bot.workers.turn_of(interaction.user.id), bot.workers.slot:
            documents = tuple(
                [await read_source(source, bot.settings.max_attachment_bytes) for source in sources]
            )
            size = sum(document.size for document in documents)
            result = await bot.workers.run(function, *documents)
            outcome = "ok"
            return result
    except Unreadable as failure:
        outcome = failure.reason
        if scoring:
            bot.cooldown.refund(interaction.user.id)
        limit = megabytes(bot.settings.max_attachment_bytes)
        await send_error(interaction, lang, failure.reason, filename=failure.filename, limit=limit)
        return None
    except JobTimedOut:
        outcome = "timed-out"
        await send_error(interaction, lang, "too_heavy")
        return None
    except WorkerCrashed:
        outcome = "worker-crashed"
        await send_error(interaction, lang, "internal")
        return None
    finally:
        _log.info(
            "%s interaction=%s user=%s outcome=%s bytes=%s ms=%.0f",
            command,
            interaction.id,
            interaction.user.id,
            outcome,
            size if size is not None else "-",
            (time.perf_counter() - started) * 1000,
        )
