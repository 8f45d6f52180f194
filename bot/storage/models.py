"""What the job board stores: postings with their analysis, and each guild's settings.

Frozen pydantic models, validated before anything reaches a database, so both back ends accept
and return exactly the same values.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

if TYPE_CHECKING:
    from matcher import MatchResult

DEFAULT_EXPIRY_DAYS = 30
MAX_EXPIRY_DAYS = 365
MAX_TITLE_CHARS = 200
MAX_TEXT_CHARS = 100_000
MAX_LINK_CHARS = 2_000
MAX_ALERT_SKILLS = 60  # more competency ids than a resume usually shows

# Discord snowflakes fit a signed 64-bit integer, the widest column both databases share.
Snowflake = Annotated[int, Field(gt=0, lt=2**63)]


# Characters a link never needs but markup does: a role mention <@&id>, bold, spoilers, a masked
# link [text](url), code; and quotes and backslashes, which end or escape an embed's URL.
_NOT_IN_LINKS = frozenset("<>\"'`*|[]{}\\^")


def without_nul(value: str) -> str:
    """``value`` with each NUL character made a space.

    PostgreSQL text cannot hold NUL and SQLite can; PDF extraction sometimes leaves one
    behind. A space, not nothing, so the words on either side stay apart.
    """
    return value.replace("\x00", " ")


def is_web_link(link: str) -> bool:
    """Whether ``link`` is a plain http(s) URL with a host, safe to show and to link an embed to."""
    if len(link) > MAX_LINK_CHARS or any(
        character.isspace() or not character.isprintable() or character in _NOT_IN_LINKS
        for character in link
    ):
        return False
    try:
        parts = urlsplit(link)
        port = parts.port  # a port that is not a number raises here
    except ValueError:
        return False
    # user@host is left out: "https://discord.com@elsewhere.example" reads as another site
    return (
        parts.scheme in {"http", "https"}
        and bool(parts.hostname)
        and "@" not in parts.netloc
        and port != 0
    )


def text_fingerprint(text: str) -> str:
    """The hash two copies of one posting share, whatever their case and whitespace."""
    normalised = " ".join(without_nul(text).casefold().split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def _aware_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("needs a timezone (naive datetimes are ambiguous)")
    return value.astimezone(UTC)


UtcDatetime = Annotated[datetime, AfterValidator(_aware_utc)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PostingAnalysis(_Frozen):
    """The part of the matcher's result the board keeps: enough to list, filter and sort."""

    score: float = Field(ge=0, le=100, description="Fit of the posting to the backend profile.")
    skills: tuple[str, ...] = Field(
        default=(), description="Competency ids the posting asks for, strongest first."
    )
    must_haves: tuple[str, ...] = Field(
        default=(), description="The competency ids it requires (alerts match on these)."
    )
    level: str | None = Field(default=None, description="Seniority asked, e.g. junior or senior.")
    years: float | None = Field(default=None, ge=0, le=60, description="Years of experience.")

    @field_validator("skills", "must_haves")
    @classmethod
    def _distinct_ids(cls, skills: tuple[str, ...]) -> tuple[str, ...]:
        if any(not skill.strip() for skill in skills):
            raise ValueError("competency ids are never blank")
        return tuple(dict.fromkeys(skills))

    @classmethod
    def from_result(cls, result: MatchResult) -> PostingAnalysis:
        """Keep the score, competency ids, must-haves, level and years of a ``matcher.match``
        result of a posting."""
        return cls(
            score=result.score,
            skills=tuple(hit.id for hit in result.skills),
            must_haves=must_haves_of(result),
            level=level_of(result),
            years=years_of(result),
        )

    @property
    def required(self) -> tuple[str, ...]:
        """The must-haves; every competency found, for postings analysed before they were kept."""
        return self.must_haves or self.skills


# What a posting requires, read from the matcher's result in one place each.
def must_haves_of(result: MatchResult) -> tuple[str, ...]:
    """The competency ids of the posting's must-have requirements, an either-or ("Go or Java")
    giving each of its ids; nice-to-haves are left out."""
    ids = (
        i
        for requirement in result.requirements
        if requirement.level == "must"
        for i in requirement.ids
    )
    return tuple(dict.fromkeys(ids))


def level_of(result: MatchResult) -> str | None:
    return result.experience.seniority


def years_of(result: MatchResult) -> float | None:
    years = result.experience.years
    return min(years, 60.0) if years is not None else None


class PostingResult(_Frozen):
    """A posting's matcher result as JSON, kept so ``/jobs match`` compares a resume with it
    instead of matching the posting again. Stale once the taxonomy's version moves on."""

    taxonomy_version: str = Field(min_length=1, description="The taxonomy it was made with.")
    result_json: str = Field(min_length=2, description="A ``MatchResult`` as JSON.")


class PostingDraft(_Frozen):
    """A posting about to be saved; the store assigns its id and creation time."""

    guild_id: Snowflake
    title: Annotated[str, AfterValidator(without_nul)] = Field(
        min_length=1, max_length=MAX_TITLE_CHARS
    )
    text: Annotated[str, AfterValidator(without_nul)] = Field(
        min_length=1, max_length=MAX_TEXT_CHARS, description="The posting as published."
    )
    link: str | None = Field(
        default=None, max_length=MAX_LINK_CHARS, description="Where the posting was published."
    )
    author_id: Snowflake = Field(description="The member who saved it.")
    expires_at: UtcDatetime | None = Field(
        default=None, description="When it leaves the board; None: after the guild's expiry."
    )
    analysis: PostingAnalysis

    @field_validator("title", "text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("is blank")
        return value

    @field_validator("link")
    @classmethod
    def _web_link(cls, link: str | None) -> str | None:
        if link is not None and not is_web_link(link):
            raise ValueError("must be an http(s) URL without spaces, markup or angle brackets")
        return link


class JobPosting(PostingDraft):
    """A saved posting. Its text is stored: job posts are public, unlike resumes."""

    posting_id: int = Field(gt=0, description="Unique in the database and never reused.")
    created_at: UtcDatetime
    expires_at: UtcDatetime


class PostingTitle(_Frozen):
    """A posting's id and title, all an autocomplete needs."""

    posting_id: int = Field(gt=0)
    title: str


class PostingPage(_Frozen):
    """One page of a guild's open postings, newest first."""

    postings: tuple[JobPosting, ...]
    total: int = Field(ge=0, description="Open postings matching the filter, on every page.")
    offset: int = Field(ge=0)
    limit: int = Field(gt=0)


class GuildConfig(_Frozen):
    """A guild's job-board settings; a guild that set nothing gets the defaults."""

    guild_id: Snowflake
    manager_role_id: Snowflake | None = Field(
        default=None,
        description="Role allowed to save and remove postings; None: Manage Messages.",
    )
    expiry_days: int = Field(
        default=DEFAULT_EXPIRY_DAYS,
        ge=1,
        le=MAX_EXPIRY_DAYS,
        description="Days a posting stays open unless it was saved with its own expiry.",
    )
    alert_channel_id: Snowflake | None = Field(
        default=None, description="Channel where new postings are announced; None: nowhere."
    )


AlertSource = Literal["skills", "profile"]


class AlertSubscription(_Frozen):
    """A member's job alerts in one guild: ids only, never a resume or a name."""

    guild_id: Snowflake
    member_id: Snowflake
    source: AlertSource = Field(
        description="skills: chosen by the member; profile: found in their resume, then forgotten."
    )
    skills: tuple[str, ...] = Field(min_length=1, max_length=MAX_ALERT_SKILLS)
    failures: int = Field(default=0, ge=0, description="Direct messages in a row that failed.")

    @field_validator("skills")
    @classmethod
    def _distinct_skills(cls, skills: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(sorted(set(skills)))
