"""The bot's settings: environment variables or a ``.env`` file, read and checked in one place."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from matcher import MAX_DOCUMENT_BYTES


class BotSettings(BaseSettings):
    """Everything ``python -m bot`` can be told; nothing else in ``bot/`` reads the environment."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", frozen=True)

    discord_token: SecretStr = Field(
        min_length=1, description="The bot token from the developer portal."
    )
    discord_guild_id: int | None = Field(
        default=None,
        description="Sync commands to this guild only (instant) instead of globally.",
    )
    shard_count: int | None = Field(default=None, ge=1, description="Total shards of the bot.")
    shard_ids: Annotated[tuple[int, ...] | None, NoDecode] = Field(
        default=None, description="Shards this process runs, e.g. '0,1'; needs SHARD_COUNT."
    )
    max_attachment_bytes: int = Field(
        default=8 * 1024 * 1024,
        gt=0,
        le=MAX_DOCUMENT_BYTES,
        description="Largest attachment the bot downloads and reads.",
    )
    workers: int = Field(
        default=2, ge=1, le=64, description="Processes that read documents and run the matcher."
    )
    job_timeout_seconds: float = Field(
        default=10.0,
        gt=0,
        le=600,
        description="Longest a worker may read and match one input; past it, the job is ended.",
    )
    cooldown_uses: int = Field(
        default=3, ge=1, description="Scoring commands a member may run per cooldown window."
    )
    cooldown_seconds: float = Field(default=60.0, gt=0, description="The cooldown window.")
    database_url: SecretStr | None = Field(
        default=None,
        description=(
            "The job board's database: sqlite:///path/to/jobs.db or "
            "postgresql://user:password@host:5432/database. Default: jobs.db in the user's "
            "data directory. Secret: it may hold a password."
        ),
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        default="INFO", description="How much the bot logs (never any content)."
    )
    discord_api_base: str | None = Field(
        default=None,
        description="REST base URL other than https://discord.com/api/v10 (a test emulator).",
    )
    discord_gateway_url: str | None = Field(
        default=None, description="Gateway websocket URL to use with DISCORD_API_BASE."
    )

    @field_validator("shard_ids", mode="before")
    @classmethod
    def _split_shard_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(int(part) for part in value.replace(" ", "").split(",") if part)
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @field_validator("discord_api_base")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/") if value else value

    @field_validator("discord_gateway_url")
    @classmethod
    def _ws_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("ws://", "wss://")):
            raise ValueError("must start with ws:// or wss://")
        return value

    @model_validator(mode="after")
    def _shards_agree(self) -> BotSettings:
        if self.shard_ids is not None:
            if self.shard_count is None:
                raise ValueError("SHARD_IDS needs SHARD_COUNT")
            outside = [shard for shard in self.shard_ids if not 0 <= shard < self.shard_count]
            if outside:
                raise ValueError(f"SHARD_IDS {outside} outside 0..{self.shard_count - 1}")
        return self
