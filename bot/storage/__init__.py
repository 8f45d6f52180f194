"""The job board's storage: one interface, an embedded SQLite and a shared PostgreSQL back end.

Plain storage with no Discord in it: the bot's jobs feature calls it, and its background task
calls :meth:`JobStore.prune_expired`.

>>> import asyncio, tempfile
>>> from bot.storage import PostingAnalysis, PostingDraft, open_storage
>>> async def demo(folder: str) -> list[str]:
...     async with await open_storage(f"sqlite:///{folder}/jobs.db") as store:
...         analysis = PostingAnalysis(score=72.5, skills=("go", "postgresql"))
...         draft = PostingDraft(
...             guild_id=1, title="Backend Engineer (Go)", text="Golang dan PostgreSQL.",
...             author_id=2, analysis=analysis,
...         )
...         await store.add_posting(draft)
...         page = await store.list_postings(1, skill="go")
...         return [posting.title for posting in page.postings]
>>> with tempfile.TemporaryDirectory() as folder:
...     asyncio.run(demo(folder))
['Backend Engineer (Go)']
"""

from bot.storage.base import (
    ALERT_PAUSE_FAILURES,
    MAX_PAGE_SIZE,
    MAX_TITLE_MATCHES,
    Clock,
    JobStore,
)
from bot.storage.connect import default_database_url, open_storage
from bot.storage.errors import (
    SchemaVersionError,
    StorageError,
    StorageUnavailableError,
    StorageURLError,
)
from bot.storage.models import (
    DEFAULT_EXPIRY_DAYS,
    MAX_ALERT_SKILLS,
    MAX_EXPIRY_DAYS,
    MAX_LINK_CHARS,
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    AlertSource,
    AlertSubscription,
    GuildConfig,
    JobPosting,
    PostingAnalysis,
    PostingDraft,
    PostingPage,
    PostingResult,
    PostingTitle,
    is_web_link,
)

__all__ = [
    "ALERT_PAUSE_FAILURES",
    "DEFAULT_EXPIRY_DAYS",
    "MAX_ALERT_SKILLS",
    "MAX_EXPIRY_DAYS",
    "MAX_LINK_CHARS",
    "MAX_PAGE_SIZE",
    "MAX_TEXT_CHARS",
    "MAX_TITLE_CHARS",
    "MAX_TITLE_MATCHES",
    "AlertSource",
    "AlertSubscription",
    "Clock",
    "GuildConfig",
    "JobPosting",
    "JobStore",
    "PostingAnalysis",
    "PostingDraft",
    "PostingPage",
    "PostingResult",
    "PostingTitle",
    "SchemaVersionError",
    "StorageError",
    "StorageURLError",
    "StorageUnavailableError",
    "default_database_url",
    "is_web_link",
    "open_storage",
]
