"""The job board's storage interface, shared by the SQLite and PostgreSQL back ends.

Every method but :meth:`JobStore.prune_expired` takes the guild it acts for, and no method
ever returns or changes another guild's rows. Postings past their expiry are invisible at
once, whether or not they have been pruned yet.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Any, Self

from bot.storage.models import (
    AlertSource,
    AlertSubscription,
    GuildConfig,
    JobPosting,
    PostingAnalysis,
    PostingDraft,
    PostingPage,
    PostingResult,
    PostingTitle,
    without_nul,
)

Clock = Callable[[], datetime]

# Discord shows at most 25 autocomplete choices.
MAX_TITLE_MATCHES = 25
MAX_PAGE_SIZE = 100
# Direct messages in a row that may fail (DMs closed, bot blocked) before alerts pause.
ALERT_PAUSE_FAILURES = 3


def utc_now() -> datetime:
    return datetime.now(UTC)


def title_key(title: str) -> str:
    """The form titles are searched in; casefolded in Python so both back ends agree (a NUL
    typed into a search is a space, as in stored titles: PostgreSQL rejects NUL)."""
    return without_nul(title.casefold())


def posting_from_row(row: Any, moment: Callable[[Any], datetime]) -> JobPosting:
    """A posting from a row of either driver; ``moment`` turns a stored time into a datetime."""
    return JobPosting(
        posting_id=row["posting_id"],
        guild_id=row["guild_id"],
        title=row["title"],
        text=row["text"],
        link=row["link"],
        author_id=row["author_id"],
        created_at=moment(row["created_at"]),
        expires_at=moment(row["expires_at"]),
        analysis=PostingAnalysis.model_validate_json(row["analysis"]),
    )


def alert_from_row(row: Any, skills: tuple[str, ...]) -> AlertSubscription:
    return AlertSubscription(
        guild_id=row["guild_id"],
        member_id=row["member_id"],
        source=row["source"],
        skills=skills,
        failures=row["failures"],
    )


def result_from_row(row: Any) -> PostingResult | None:
    """The stored result of a row with ``result`` and ``taxonomy_version``; None if never made."""
    if row["result"] is None or row["taxonomy_version"] is None:
        return None
    return PostingResult(taxonomy_version=row["taxonomy_version"], result_json=row["result"])


def check_page(limit: int, offset: int) -> None:
    if not 0 < limit <= MAX_PAGE_SIZE:
        raise ValueError(f"limit must be 1-{MAX_PAGE_SIZE}, not {limit}")
    if offset < 0:
        raise ValueError(f"offset must not be negative, not {offset}")


def expiry_of(draft: PostingDraft, config: GuildConfig, now: datetime) -> datetime:
    """When ``draft`` leaves the board: its own expiry, else the guild's default."""
    expires_at = draft.expires_at or now + timedelta(days=config.expiry_days)
    if expires_at <= now:
        raise ValueError("a posting's expiry must be in the future")
    return expires_at


class JobStore(ABC):
    """Postings and settings of every guild's job board, in one database."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    def now(self) -> datetime:
        """The store's idea of the current time (injected, so expiry can be tested)."""
        return self._clock()

    @abstractmethod
    async def add_posting(
        self,
        draft: PostingDraft,
        result: PostingResult | None = None,
        *,
        replaces: int | None = None,
    ) -> JobPosting:
        """Save a posting, with its matcher result if it has one; once this returns, it
        survives a crash of this process. ``replaces`` names a posting of the same guild
        deleted in the same transaction (a duplicate being replaced).

        Raises ``ValueError`` for an expiry that is not in the future.
        """

    @abstractmethod
    async def find_duplicate(self, guild_id: int, text: str, link: str | None) -> JobPosting | None:
        """The guild's open posting with the same text (any case and whitespace) or, when
        ``link`` is given, the same link; the oldest if several."""

    @abstractmethod
    async def update_posting(
        self, guild_id: int, posting_id: int, draft: PostingDraft, result: PostingResult | None
    ) -> JobPosting | None:
        """Replace the title, text, link, expiry and analysis of the guild's open posting, keeping
        its id, author and creation time; None when there is no such posting.

        ``draft.expires_at`` must be set and in the future (``ValueError`` otherwise).
        """

    @abstractmethod
    async def posting_results(self, guild_id: int) -> dict[int, PostingResult | None]:
        """The stored result of each of the guild's open postings, by posting id."""

    @abstractmethod
    async def set_result(
        self, guild_id: int, posting_id: int, analysis: PostingAnalysis, result: PostingResult
    ) -> bool:
        """Replace a posting's analysis and result (made again with a newer taxonomy); False
        when the guild has no such posting any more."""

    @abstractmethod
    async def stale_postings(
        self, taxonomy_version: str, *, after_id: int = 0, limit: int = 10
    ) -> tuple[JobPosting, ...]:
        """Open postings of every guild whose stored result is missing or was made with another
        taxonomy version, in id order from after ``after_id``: the background refresh's work."""

    @abstractmethod
    async def get_posting(self, guild_id: int, posting_id: int) -> JobPosting | None:
        """The guild's open posting with this id, or None (absent, expired, another guild's)."""

    @abstractmethod
    async def list_postings(
        self,
        guild_id: int,
        *,
        skill: str | None = None,
        level: str | None = None,
        max_years: float | None = None,
        limit: int = 10,
        offset: int = 0,
    ) -> PostingPage:
        """A page of the guild's open postings, newest first, optionally only those that
        require competency ``skill``, ask for seniority ``level``, and ask at most ``max_years``
        years of experience (or state none)."""

    @abstractmethod
    async def open_postings(self, guild_id: int) -> tuple[JobPosting, ...]:
        """Every open posting of the guild, newest first (what a resume is ranked against)."""

    @abstractmethod
    async def search_titles(
        self, guild_id: int, query: str, *, limit: int = MAX_TITLE_MATCHES
    ) -> tuple[PostingTitle, ...]:
        """Open postings whose title contains ``query`` (any case), titles starting with it
        first, then newest first; an empty query gives the newest."""

    @abstractmethod
    async def remove_posting(self, guild_id: int, posting_id: int) -> bool:
        """Delete the guild's posting; False when the guild has no such posting."""

    @abstractmethod
    async def prune_expired(self) -> int:
        """Delete every guild's expired postings; how many went. Run by a background task."""

    @abstractmethod
    async def get_config(self, guild_id: int) -> GuildConfig:
        """The guild's settings, or the defaults if it never set any."""

    @abstractmethod
    async def set_config(self, config: GuildConfig) -> None:
        """Replace the guild's settings."""

    @abstractmethod
    async def set_alert(
        self, guild_id: int, member_id: int, source: AlertSource, skills: tuple[str, ...]
    ) -> AlertSubscription:
        """Subscribe the member to the guild's job alerts, replacing what they had."""

    @abstractmethod
    async def get_alert(self, guild_id: int, member_id: int) -> AlertSubscription | None:
        """The member's job alerts in the guild, or None."""

    @abstractmethod
    async def remove_alert(self, guild_id: int, member_id: int) -> bool:
        """Delete everything kept for the member's alerts in the guild; False if nothing was."""

    @abstractmethod
    async def alert_subscriptions(self, guild_id: int) -> tuple[AlertSubscription, ...]:
        """The guild's alerts that are not paused, in member id order."""

    @abstractmethod
    async def record_alert_delivery(
        self, guild_id: int, member_id: int, *, delivered: bool
    ) -> None:
        """Count a failed direct message (alerts pause after :data:`ALERT_PAUSE_FAILURES` in a
        row) or clear the count after one that arrived."""

    @abstractmethod
    async def close(self) -> None:
        """Release the database; the store cannot be used afterwards."""

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()
