"""Bot settings: read from the environment, checked before anything connects."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

import matcher
from bot.settings import BotSettings


def _settings(monkeypatch: pytest.MonkeyPatch, **env: str) -> BotSettings:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return BotSettings(_env_file=None)


def test_environment_fills_every_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = _settings(
        monkeypatch,
        DISCORD_TOKEN="s3cr3t-t0k3n",
        DISCORD_GUILD_ID="123",
        SHARD_COUNT="4",
        SHARD_IDS="0, 2",
        WORKERS="3",
        LOG_LEVEL="debug",
        DATABASE_URL="postgresql://cocok:pg-pa55word@db.internal:5432/jobs",
    )
    assert settings.discord_token.get_secret_value() == "s3cr3t-t0k3n"
    assert "s3cr3t" not in repr(settings)
    assert settings.database_url is not None
    assert settings.database_url.get_secret_value().endswith("@db.internal:5432/jobs")
    assert "pa55word" not in repr(settings)
    assert (settings.discord_guild_id, settings.shard_count, settings.shard_ids) == (123, 4, (0, 2))
    assert (settings.workers, settings.log_level) == (3, "DEBUG")


@pytest.mark.parametrize(
    ("env", "problem"),
    [
        ({}, "discord_token"),
        ({"DISCORD_TOKEN": ""}, "discord_token"),
        ({"DISCORD_TOKEN": "t", "SHARD_IDS": "1"}, "SHARD_IDS needs SHARD_COUNT"),
        ({"DISCORD_TOKEN": "t", "SHARD_COUNT": "2", "SHARD_IDS": "2"}, "outside 0..1"),
        ({"DISCORD_TOKEN": "t", "MAX_ATTACHMENT_BYTES": str(10**9)}, "max_attachment_bytes"),
        ({"DISCORD_TOKEN": "t", "DISCORD_API_BASE": "discord.com"}, "http:// or https://"),
        ({"DISCORD_TOKEN": "t", "DISCORD_GATEWAY_URL": "http://x"}, "ws:// or wss://"),
    ],
)
def test_bad_settings_are_refused(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], problem: str
) -> None:
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    with pytest.raises(ValidationError, match=problem):
        _settings(monkeypatch, **env)


def test_attachment_limit_never_exceeds_what_the_matcher_reads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    limit = str(matcher.MAX_DOCUMENT_BYTES)
    settings = _settings(monkeypatch, DISCORD_TOKEN="t", MAX_ATTACHMENT_BYTES=limit)
    assert settings.max_attachment_bytes == matcher.MAX_DOCUMENT_BYTES
