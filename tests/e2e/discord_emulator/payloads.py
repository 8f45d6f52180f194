"""Gateway and REST payloads shaped like Discord's: users, messages and interactions."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tests.e2e.discord_emulator.server import SentFile

APPLICATION_ID = "1100000000000000001"
GUILD_ID = "1100000000000000002"
CHANNEL_ID = "1100000000000000003"
TIMESTAMP = "2026-01-05T09:00:00.000000+00:00"
ATTACHMENT_LIMIT = 10 * 1024 * 1024
ALL_PERMISSIONS = str((1 << 50) - 1)

BOT_USER: dict[str, Any] = {
    "id": APPLICATION_ID,
    "username": "cocok",
    "discriminator": "0",
    "global_name": None,
    "avatar": None,
    "bot": True,
    "flags": 0,
}

# Application command option types.
_STRING, _BOOLEAN, _ATTACHMENT = 3, 5, 11


def user_payload(user_id: str, name: str = "member") -> dict[str, Any]:
    return {
        "id": user_id,
        "username": name,
        "discriminator": "0",
        "global_name": name,
        "avatar": None,
        "flags": 0,
    }


def message_payload(
    message_id: str,
    body: dict[str, Any],
    files: tuple[SentFile, ...] | list[SentFile],
    origin: str,
    *,
    author: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A message as Discord returns it after the bot (or ``author``) posted ``body``."""
    attachments = [
        {
            "id": f"{message_id}{index}",
            "filename": file.filename,
            "size": len(file.data),
            "url": f"{origin}/attachments/{message_id}{index}/{file.filename}",
            "proxy_url": f"{origin}/attachments/{message_id}{index}/{file.filename}",
            "content_type": file.content_type,
        }
        for index, file in enumerate(files)
    ]
    return {
        "id": message_id,
        "type": 0 if author else 20,
        "channel_id": CHANNEL_ID,
        "author": author or BOT_USER,
        "content": body.get("content") or "",
        "embeds": body.get("embeds") or [],
        "attachments": attachments,
        "components": body.get("components") or [],
        "mentions": [],
        "mention_roles": [],
        "mention_everyone": False,
        "pinned": False,
        "tts": False,
        "timestamp": TIMESTAMP,
        "edited_timestamp": None,
        "flags": int(body.get("flags") or 0),
    }


def _option(name: str, value: Any) -> dict[str, Any]:
    if isinstance(value, bool):
        return {"name": name, "type": _BOOLEAN, "value": value}
    if isinstance(value, dict):
        return {"name": name, "type": _ATTACHMENT, "value": value["id"]}
    return {"name": name, "type": _STRING, "value": value}


class InteractionFactory:
    """Builds INTERACTION_CREATE payloads from a member of one guild.

    ``command_id`` looks up the id the bot's command sync received, so interactions name
    commands the way Discord does.
    """

    def __init__(self, command_id: Callable[[str], str], snowflake: Callable[[], str]) -> None:
        self._command_id = command_id
        self._snowflake = snowflake
        self._user_ids = itertools.count(1_300_000_000_000_000_000)

    def new_user_id(self) -> str:
        return str(next(self._user_ids))

    def _base(
        self, kind: int, data: dict[str, Any], locale: str, user_id: str | None
    ) -> dict[str, Any]:
        interaction_id = self._snowflake()
        return {
            "id": interaction_id,
            "application_id": APPLICATION_ID,
            "type": kind,
            "token": f"token-{interaction_id}",
            "version": 1,
            "data": data,
            "guild_id": GUILD_ID,
            "channel_id": CHANNEL_ID,
            "channel": {
                "id": CHANNEL_ID,
                "type": 0,
                "guild_id": GUILD_ID,
                "name": "lowongan",
                "position": 0,
                "permission_overwrites": [],
                "nsfw": False,
                "parent_id": None,
            },
            "member": {
                "user": user_payload(user_id or self.new_user_id()),
                "roles": [],
                "joined_at": TIMESTAMP,
                "deaf": False,
                "mute": False,
                "flags": 0,
                "permissions": ALL_PERMISSIONS,
            },
            "locale": locale,
            "guild_locale": "id",
            "app_permissions": ALL_PERMISSIONS,
            "entitlements": [],
            "authorizing_integration_owners": {"0": GUILD_ID},
            "context": 0,
            "attachment_size_limit": ATTACHMENT_LIMIT,
        }

    def slash(
        self,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        locale: str = "en-US",
        user_id: str | None = None,
    ) -> dict[str, Any]:
        """A slash command; attachment options are given as ``add_attachment`` payloads."""
        options = options or {}
        data: dict[str, Any] = {
            "id": self._command_id(name),
            "name": name,
            "type": 1,
            "options": [_option(key, value) for key, value in options.items()],
        }
        attachments = {v["id"]: v for v in options.values() if isinstance(v, dict)}
        if attachments:
            data["resolved"] = {"attachments": attachments}
        return self._base(2, data, locale, user_id)

    def autocomplete(
        self, name: str, option: str, typed: str, *, locale: str = "en-US"
    ) -> dict[str, Any]:
        data = {
            "id": self._command_id(name),
            "name": name,
            "type": 1,
            "options": [{"name": option, "type": _STRING, "value": typed, "focused": True}],
        }
        return self._base(4, data, locale, None)

    def message_command(
        self,
        name: str,
        content: str,
        *,
        embeds: list[dict[str, Any]] | None = None,
        locale: str = "en-US",
        user_id: str | None = None,
    ) -> dict[str, Any]:
        """A message context-menu command on a message a member posted with ``content``."""
        message_id = self._snowflake()
        author = user_payload(self.new_user_id(), "recruiter")
        message = message_payload(message_id, {"content": content, "embeds": embeds}, [], "")
        message["author"] = author
        message["type"] = 0
        data = {
            "id": self._command_id(name),
            "name": name,
            "type": 3,
            "target_id": message_id,
            "resolved": {"messages": {message_id: message}},
        }
        return self._base(2, data, locale, user_id)

    def modal_submit(
        self,
        custom_id: str,
        values: dict[str, str],
        *,
        locale: str = "en-US",
        user_id: str | None = None,
    ) -> dict[str, Any]:
        """A MODAL_SUBMIT with one text input row per ``values`` entry (custom id -> text)."""
        rows = [
            {"type": 1, "components": [{"type": 4, "custom_id": key, "value": value}]}
            for key, value in values.items()
        ]
        data = {"custom_id": custom_id, "components": rows}
        return self._base(5, data, locale, user_id)
