"""Gateway and REST payloads shaped like Discord's: users, messages and interactions."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from testkit.discord_emulator.server import Reply, SentFile

APPLICATION_ID = "1100000000000000001"
GUILD_ID = "1100000000000000002"
CHANNEL_ID = "1100000000000000003"
TIMESTAMP = "2026-01-05T09:00:00.000000+00:00"
ATTACHMENT_LIMIT = 10 * 1024 * 1024
ALL_PERMISSIONS = (1 << 50) - 1

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
_SUB_COMMAND, _SUB_COMMAND_GROUP, _STRING, _INTEGER, _BOOLEAN = 1, 2, 3, 4, 5
_CHANNEL, _ROLE, _ATTACHMENT = 7, 8, 11


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


@dataclass(frozen=True)
class Role:
    """A guild role, given as the value of a role option."""

    role_id: str
    name: str = "recruiters"

    def payload(self) -> dict[str, Any]:
        return {
            "id": self.role_id,
            "name": self.name,
            "color": 0,
            "hoist": False,
            "position": 1,
            "permissions": "0",
            "managed": False,
            "mentionable": False,
            "flags": 0,
        }


@dataclass(frozen=True)
class Channel:
    """A guild text channel, given as the value of a channel option."""

    channel_id: str
    name: str = "lowongan-baru"

    def payload(self) -> dict[str, Any]:
        return {
            "id": self.channel_id,
            "type": 0,
            "name": self.name,
            "permissions": str(ALL_PERMISSIONS),
            "parent_id": None,
        }


def _option(name: str, value: Any) -> dict[str, Any]:
    if isinstance(value, bool):
        return {"name": name, "type": _BOOLEAN, "value": value}
    if isinstance(value, int):
        return {"name": name, "type": _INTEGER, "value": value}
    if isinstance(value, Role):
        return {"name": name, "type": _ROLE, "value": value.role_id}
    if isinstance(value, Channel):
        return {"name": name, "type": _CHANNEL, "value": value.channel_id}
    if isinstance(value, dict):
        return {"name": name, "type": _ATTACHMENT, "value": value["id"]}
    return {"name": name, "type": _STRING, "value": value}


def _under(subcommand: str | None, options: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Options as Discord nests them under a subcommand of a command group, or under
    ``"group subcommand"`` of a subcommand group."""
    if subcommand is None:
        return options
    *groups, name = subcommand.split()
    nested = [{"name": name, "type": _SUB_COMMAND, "options": options}]
    for group in reversed(groups):
        nested = [{"name": group, "type": _SUB_COMMAND_GROUP, "options": nested}]
    return nested


@dataclass(frozen=True)
class Member:
    """Who sends an interaction, and from which guild, with which permissions and roles."""

    user_id: str
    guild_id: str = GUILD_ID
    permissions: int = ALL_PERMISSIONS
    roles: tuple[str, ...] = ()


class InteractionFactory:
    """Builds INTERACTION_CREATE payloads as Discord sends them for a guild member.

    ``command_id`` looks up the id the bot's command sync received, so interactions name
    commands the way Discord does. Without a ``member``, each interaction comes from a new
    member of :data:`GUILD_ID` with every permission.
    """

    def __init__(self, command_id: Callable[[str], str], snowflake: Callable[[], str]) -> None:
        self._command_id = command_id
        self._snowflake = snowflake
        self._user_ids = itertools.count(1_300_000_000_000_000_000)

    def new_member(self, **details: Any) -> Member:
        return Member(str(next(self._user_ids)), **details)

    def _base(
        self, kind: int, data: dict[str, Any], locale: str, member: Member | None
    ) -> dict[str, Any]:
        member = member or self.new_member()
        interaction_id = self._snowflake()
        return {
            "id": interaction_id,
            "application_id": APPLICATION_ID,
            "type": kind,
            "token": f"token-{interaction_id}",
            "version": 1,
            "data": data,
            "guild_id": member.guild_id,
            "channel_id": CHANNEL_ID,
            "channel": {
                "id": CHANNEL_ID,
                "type": 0,
                "guild_id": member.guild_id,
                "name": "lowongan",
                "position": 0,
                "permission_overwrites": [],
                "nsfw": False,
                "parent_id": None,
            },
            "member": {
                "user": user_payload(member.user_id),
                "roles": list(member.roles),
                "joined_at": TIMESTAMP,
                "deaf": False,
                "mute": False,
                "flags": 0,
                "permissions": str(member.permissions),
            },
            "locale": locale,
            "guild_locale": "id",
            "app_permissions": str(ALL_PERMISSIONS),
            "entitlements": [],
            "authorizing_integration_owners": {"0": member.guild_id},
            "context": 0,
            "attachment_size_limit": ATTACHMENT_LIMIT,
        }

    def slash(
        self,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        subcommand: str | None = None,
        locale: str = "en-US",
        member: Member | None = None,
    ) -> dict[str, Any]:
        """A slash command, or ``subcommand`` of the command group ``name``.

        Attachment options are given as ``add_attachment`` payloads, role options as
        :class:`Role`, channel options as :class:`Channel`.
        """
        options = options or {}
        data: dict[str, Any] = {
            "id": self._command_id(name),
            "name": name,
            "type": 1,
            "options": _under(subcommand, [_option(k, v) for k, v in options.items()]),
        }
        resolved: dict[str, Any] = {}
        attachments = {v["id"]: v for v in options.values() if isinstance(v, dict)}
        if attachments:
            resolved["attachments"] = attachments
        roles = {v.role_id: v.payload() for v in options.values() if isinstance(v, Role)}
        if roles:
            resolved["roles"] = roles
        channels = {v.channel_id: v.payload() for v in options.values() if isinstance(v, Channel)}
        if channels:
            resolved["channels"] = channels
        if resolved:
            data["resolved"] = resolved
        return self._base(2, data, locale, member)

    def autocomplete(
        self,
        name: str,
        option: str,
        typed: str,
        *,
        subcommand: str | None = None,
        locale: str = "en-US",
        member: Member | None = None,
    ) -> dict[str, Any]:
        focused = {"name": option, "type": _STRING, "value": typed, "focused": True}
        data = {
            "id": self._command_id(name),
            "name": name,
            "type": 1,
            "options": _under(subcommand, [focused]),
        }
        return self._base(4, data, locale, member)

    def message_command(
        self,
        name: str,
        content: str,
        *,
        embeds: list[dict[str, Any]] | None = None,
        attachments: list[dict[str, Any]] | None = None,
        locale: str = "en-US",
        member: Member | None = None,
        by_bot: bool = False,
    ) -> dict[str, Any]:
        """A message context-menu command on a message another member (or, ``by_bot``, a bot
        account) posted."""
        message_id = self._snowflake()
        author = user_payload(str(next(self._user_ids)), "recruiter")
        if by_bot:
            author["bot"] = True
        message = message_payload(
            message_id, {"content": content, "embeds": embeds}, [], "", author=author
        )
        message["attachments"] = attachments or []
        data = {
            "id": self._command_id(name),
            "name": name,
            "type": 3,
            "target_id": message_id,
            "resolved": {"messages": {message_id: message}},
        }
        return self._base(2, data, locale, member)

    def modal_submit(
        self,
        custom_id: str,
        values: dict[str, str],
        *,
        locale: str = "en-US",
        member: Member | None = None,
    ) -> dict[str, Any]:
        """A MODAL_SUBMIT with one text input row per ``values`` entry (custom id -> text)."""
        rows = [
            {"type": 1, "components": [{"type": 4, "custom_id": key, "value": value}]}
            for key, value in values.items()
        ]
        data = {"custom_id": custom_id, "components": rows}
        return self._base(5, data, locale, member)

    def component(
        self,
        custom_id: str,
        message: Reply,
        *,
        component_type: int = 2,
        values: list[str] | None = None,
        locale: str = "en-US",
        member: Member | None = None,
    ) -> dict[str, Any]:
        """A click on a button (type 2) or a select (``values``) of the bot's reply ``message``.

        Discord sends the clicked message with its components along, as here.
        """
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": component_type}
        if values is not None:
            data["values"] = values
        payload = self._base(3, data, locale, member)
        payload["message"] = message_payload(message.message_id or "0", message.data, (), "")
        return payload
