"""The emulated Discord: an aiohttp server with the REST routes and the gateway websocket.

Routes are the ones discord.py 2.x calls (see ``discord/http.py`` and
``discord/webhook/async_.py``): login (``GET /users/@me``, ``GET /oauth2/applications/@me``,
``GET /gateway/bot``), command sync (``PUT`` global or guild commands), interaction callbacks
and the follow-up webhook. The gateway answers HELLO / IDENTIFY / heartbeats and dispatches
``INTERACTION_CREATE`` to the shard that owns the guild, as Discord does. Messages the bot posts
on its own (``POST /channels/{id}/messages``, direct messages after ``POST /users/@me/channels``)
are kept per channel and per recipient; a recipient in :attr:`DiscordEmulator.closed_dms` gets
Discord's 403 with error code 50007 instead.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import BodyPartReader, WSMsgType, web

from testkit.discord_emulator.payloads import (
    APPLICATION_ID,
    BOT_USER,
    message_payload,
    user_payload,
)

API_PREFIX = "/api/v10"
_HEARTBEAT_INTERVAL_MS = 41_250
_CLOSE_AUTHENTICATION_FAILED = 4004

# Interaction callback types (Discord "interaction response types").
CHANNEL_MESSAGE = 4
DEFERRED_CHANNEL_MESSAGE = 5
AUTOCOMPLETE_RESULT = 8
MODAL = 9
EPHEMERAL = 64
CANNOT_MESSAGE_USER = 50007  # Discord's error code for a member whose DMs are closed


@dataclass(frozen=True)
class SentFile:
    """A file the bot uploaded with a reply (multipart ``files[n]``)."""

    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class Reply:
    """One request the bot made to answer an interaction."""

    route: str  # "callback", "followup", "edit" or "delete" (of the original response)
    callback_type: int | None
    data: dict[str, Any]
    files: tuple[SentFile, ...]
    received_at: float
    message_id: str | None = None  # the message it created or edited, for component clicks

    @property
    def ephemeral(self) -> bool:
        return bool(int(self.data.get("flags", 0) or 0) & EPHEMERAL)

    @property
    def embeds(self) -> list[dict[str, Any]]:
        return list(self.data.get("embeds") or [])

    @property
    def text(self) -> str:
        """Everything a user reads in this reply: content and all embed texts."""
        parts = [self.data.get("content") or ""]
        for embed in self.embeds:
            parts += [embed.get("title", ""), embed.get("description", "")]
            parts += [f"{f['name']}\n{f['value']}" for f in embed.get("fields", [])]
            parts.append((embed.get("footer") or {}).get("text", ""))
        return "\n".join(part for part in parts if part)


@dataclass
class _Shard:
    socket: web.WebSocketResponse
    shard_id: int
    shard_count: int
    sequence: itertools.count[int] = field(default_factory=lambda: itertools.count(2))


class DiscordEmulator:
    """A Discord API for one bot application, served on 127.0.0.1 at a free port."""

    def __init__(self, *, token: str = "emulated-bot-token", shards: int = 1) -> None:
        self.token = token
        self.recommended_shards = shards
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.sync_requests: list[str] = []
        self.identify_payloads: list[dict[str, Any]] = []
        self.heartbeats = 0
        self.unhandled: list[str] = []
        self.downloads: list[str] = []
        self.channel_messages: dict[str, list[Reply]] = defaultdict(list)
        self.direct_messages: dict[str, list[Reply]] = defaultdict(list)  # by recipient id
        self.closed_dms: set[str] = set()  # members whose DMs are closed to the bot
        self.refused_dms: list[str] = []  # recipients of the DMs refused for that
        self._dm_recipients: dict[str, str] = {}  # DM channel id -> recipient id
        self._replies: dict[str, list[Reply]] = defaultdict(list)
        self._original_message: dict[str, str] = {}
        self._dispatched_at: dict[str, float] = {}
        self._changed = asyncio.Condition()
        self._shards: list[_Shard] = []
        self._attachments: dict[str, tuple[bytes, str]] = {}
        self._ids = itertools.count(1_200_000_000_000_000_000)
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/attachments/{attachment_id}/{filename}", self._attachment)
        app.router.add_route("*", API_PREFIX + "/{tail:.*}", self._api)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.port = self._runner.addresses[0][1]

    async def close(self) -> None:
        for shard in self._shards:
            await shard.socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        return self.origin + API_PREFIX

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    def bot_environment(self, token: str | None = None) -> dict[str, str]:
        """The settings that point ``python -m bot`` at this emulator (``token``: another)."""
        return {
            "DISCORD_TOKEN": token or self.token,
            "DISCORD_API_BASE": self.api_base,
            "DISCORD_GATEWAY_URL": self.gateway_url,
        }

    def snowflake(self) -> str:
        return str(next(self._ids))

    # -- what tests call ---------------------------------------------------------------------

    def add_attachment(
        self,
        filename: str,
        data: bytes,
        *,
        content_type: str = "application/octet-stream",
        declared_size: int | None = None,
    ) -> dict[str, Any]:
        """Serve ``data`` like Discord's CDN does and return the attachment payload."""
        attachment_id = self.snowflake()
        self._attachments[attachment_id] = (data, content_type)
        url = f"{self.origin}/attachments/{attachment_id}/{filename}"
        return {
            "id": attachment_id,
            "filename": filename,
            "size": len(data) if declared_size is None else declared_size,
            "url": url,
            "proxy_url": url,
            "content_type": content_type,
        }

    async def wait_for_shards(self, count: int = 1, timeout: float = 20.0) -> None:
        async with asyncio.timeout(timeout), self._changed:
            await self._changed.wait_for(lambda: len(self._shards) >= count)

    async def dispatch(self, interaction: dict[str, Any]) -> None:
        """Send an INTERACTION_CREATE to the shard that owns the interaction's guild."""
        guild_id = int(interaction.get("guild_id") or 0)
        owners = [
            shard
            for shard in self._shards
            if not shard.socket.closed and (guild_id >> 22) % shard.shard_count == shard.shard_id
        ]
        if not owners:
            raise LookupError(f"no connected shard owns guild {guild_id}")
        shard = owners[-1]
        self._dispatched_at[interaction["token"]] = asyncio.get_running_loop().time()
        await self._send(shard, "INTERACTION_CREATE", interaction)

    def dispatched_at(self, token: str) -> float:
        return self._dispatched_at[token]

    def replies(self, token: str) -> list[Reply]:
        return list(self._replies[token])

    async def wait_for_replies(
        self, token: str, count: int = 1, timeout: float = 30.0
    ) -> list[Reply]:
        """The first ``count`` replies to an interaction, waiting for them to arrive."""
        async with asyncio.timeout(timeout), self._changed:
            await self._changed.wait_for(lambda: len(self._replies[token]) >= count)
        return self._replies[token][:count]

    async def wait_until(self, condition: Callable[[], bool], timeout: float = 30.0) -> None:
        """Wait until ``condition`` holds, checked whenever the bot posts something."""
        async with asyncio.timeout(timeout), self._changed:
            await self._changed.wait_for(condition)

    async def wait_for_message(self, token: str, timeout: float = 30.0) -> Reply:
        """The reply a user reads: the first one that carries content, embeds or a modal."""

        def visible() -> Reply | None:
            return next(
                (r for r in self._replies[token] if r.callback_type != DEFERRED_CHANNEL_MESSAGE),
                None,
            )

        async with asyncio.timeout(timeout), self._changed:
            await self._changed.wait_for(lambda: visible() is not None)
        reply = visible()
        assert reply is not None
        return reply

    # -- gateway -----------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        await socket.send_json({"op": 10, "d": {"heartbeat_interval": _HEARTBEAT_INTERVAL_MS}})
        async for message in socket:
            if message.type != WSMsgType.TEXT:
                continue
            payload = json.loads(message.data)
            if payload["op"] == 1:
                self.heartbeats += 1
                await socket.send_json({"op": 11})
            elif payload["op"] == 2:
                await self._identify(socket, payload["d"])
        return socket

    async def _identify(self, socket: web.WebSocketResponse, data: dict[str, Any]) -> None:
        self.identify_payloads.append(data)
        if data.get("token") != self.token:
            await socket.close(code=_CLOSE_AUTHENTICATION_FAILED, message=b"Authentication failed.")
            return
        shard_id, shard_count = data.get("shard", [0, 1])
        shard = _Shard(socket, shard_id, shard_count)
        ready = {
            "v": 10,
            "user": BOT_USER,
            "guilds": [],
            "session_id": f"session-{shard_id}",
            "resume_gateway_url": self.gateway_url,
            "shard": [shard_id, shard_count],
            "application": {"id": APPLICATION_ID, "flags": 0},
        }
        await socket.send_json({"op": 0, "t": "READY", "s": 1, "d": ready})
        async with self._changed:
            self._shards.append(shard)
            self._changed.notify_all()

    async def _send(self, shard: _Shard, event: str, data: dict[str, Any]) -> None:
        payload = {"op": 0, "t": event, "s": next(shard.sequence), "d": data}
        await shard.socket.send_json(payload)

    # -- REST ---------------------------------------------------------------------------------

    async def _attachment(self, request: web.Request) -> web.Response:
        self.downloads.append(request.match_info["attachment_id"])
        stored = self._attachments.get(request.match_info["attachment_id"])
        if stored is None:
            return web.Response(status=404)
        data, content_type = stored
        return web.Response(body=data, content_type=content_type)

    def _authorised(self, request: web.Request) -> bool:
        return request.headers.get("Authorization") == f"Bot {self.token}"

    async def _api(self, request: web.Request) -> web.StreamResponse:
        parts = request.match_info["tail"].strip("/").split("/")
        method = request.method
        if parts[0] == "interactions" and method == "POST":
            return await self._callback(request, parts[1], parts[2])
        if parts[0] == "webhooks" and len(parts) >= 3:
            return await self._webhook(request, parts)
        if not self._authorised(request):
            return _json({"message": "401: Unauthorized", "code": 0}, status=401)
        if parts == ["users", "@me"]:
            return _json(BOT_USER)
        if parts == ["oauth2", "applications", "@me"]:
            return _json(_application())
        if parts == ["gateway", "bot"]:
            return _json(
                {
                    "url": self.gateway_url,
                    "shards": self.recommended_shards,
                    "session_start_limit": {
                        "total": 1000,
                        "remaining": 1000,
                        "reset_after": 0,
                        "max_concurrency": 1,
                    },
                }
            )
        if parts == ["users", "@me", "channels"] and method == "POST":
            return await self._open_dm(request)
        if parts[0] == "channels" and parts[2:] == ["messages"] and method == "POST":
            return await self._post_message(request, parts[1])
        if parts[0] == "applications" and parts[-1] == "commands" and method == "PUT":
            scope = parts[3] if len(parts) == 5 else "global"
            return await self._sync(request, scope)
        self.unhandled.append(f"{method} /{'/'.join(parts)}")
        return _json({"message": "404: Not Found", "code": 0}, status=404)

    async def _sync(self, request: web.Request, scope: str) -> web.Response:
        payload = await request.json()
        stored = [
            {
                "description": "",  # Discord fills it in for context-menu commands
                **command,
                "id": self.snowflake(),
                "application_id": APPLICATION_ID,
                "version": "1",
            }
            for command in payload
        ]
        self.commands[scope] = stored
        self.sync_requests.append(scope)
        return _json(stored)

    async def _open_dm(self, request: web.Request) -> web.Response:
        recipient = str((await request.json())["recipient_id"])
        channel_id = self.snowflake()
        self._dm_recipients[channel_id] = recipient
        return _json(
            {
                "id": channel_id,
                "type": 1,
                "recipients": [user_payload(recipient)],
                "last_message_id": None,
            }
        )

    async def _post_message(self, request: web.Request, channel_id: str) -> web.Response:
        body, files = await self._read_body(request)
        recipient = self._dm_recipients.get(channel_id)
        now = asyncio.get_running_loop().time()
        message_id = self.snowflake()
        reply = Reply("message", None, body, files, now, message_id)
        async with self._changed:
            if recipient in self.closed_dms:
                self.refused_dms.append(recipient)
                self._changed.notify_all()
                refusal = {
                    "message": "Cannot send messages to this user",
                    "code": CANNOT_MESSAGE_USER,
                }
                return _json(refusal, status=403)
            if recipient is not None:
                self.direct_messages[recipient].append(reply)
            else:
                self.channel_messages[channel_id].append(reply)
            self._changed.notify_all()
        payload = message_payload(message_id, body, files, self.origin)
        payload["channel_id"] = channel_id
        return _json(payload)

    async def _read_body(self, request: web.Request) -> tuple[dict[str, Any], tuple[SentFile, ...]]:
        if not request.content_type.startswith("multipart/"):
            return await request.json(), ()
        payload: dict[str, Any] = {}
        files: list[SentFile] = []
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            assert isinstance(part, BodyPartReader), "discord.py sends flat multipart bodies"
            body = await part.read()
            if part.name == "payload_json":
                payload = json.loads(body)
            else:
                content_type = part.headers.get("Content-Type", "")
                files.append(SentFile(part.filename or "", content_type, bytes(body)))
        return payload, tuple(files)

    async def _record(self, token: str, reply: Reply) -> None:
        async with self._changed:
            self._replies[token].append(reply)
            self._changed.notify_all()

    async def _callback(
        self, request: web.Request, interaction_id: str, token: str
    ) -> web.Response:
        body, files = await self._read_body(request)
        callback_type = int(body["type"])
        data = body.get("data") or {}
        message_id = None
        if callback_type in {CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE}:
            message_id = self._original_message[token] = self.snowflake()
        now = asyncio.get_running_loop().time()
        await self._record(token, Reply("callback", callback_type, data, files, now, message_id))
        interaction: dict[str, Any] = {"id": interaction_id, "type": 2}
        response: dict[str, Any] = {"interaction": interaction}
        if message_id is not None:
            interaction["response_message_id"] = message_id
            interaction["response_message_ephemeral"] = bool(data.get("flags", 0) & EPHEMERAL)
        if callback_type == DEFERRED_CHANNEL_MESSAGE:
            interaction["response_message_loading"] = True
        elif callback_type == CHANNEL_MESSAGE and message_id is not None:
            message = message_payload(message_id, data, files, self.origin)
            response["resource"] = {"type": callback_type, "message": message}
        return _json(response)

    async def _webhook(self, request: web.Request, parts: list[str]) -> web.Response:
        token = parts[2]
        original = self._original_message.get(token) or self.snowflake()
        if request.method == "GET":
            return _json(message_payload(original, {}, (), self.origin))
        if request.method == "DELETE" and parts[-1] == "@original":
            now = asyncio.get_running_loop().time()
            await self._record(token, Reply("delete", None, {}, (), now, original))
            return web.Response(status=204)
        if request.method not in {"POST", "PATCH"}:
            self.unhandled.append(f"{request.method} /{'/'.join(parts)}")
            return _json({"message": "405: Method Not Allowed", "code": 0}, status=405)
        body, files = await self._read_body(request)
        route = "followup" if request.method == "POST" else "edit"
        message_id = self.snowflake() if route == "followup" else parts[-1]
        if message_id == "@original":
            message_id = original
        now = asyncio.get_running_loop().time()
        await self._record(token, Reply(route, None, body, files, now, message_id))
        return _json(message_payload(message_id, body, files, self.origin))


def _application() -> dict[str, Any]:
    return {
        "id": APPLICATION_ID,
        "name": "cocok",
        "description": "",
        "icon": None,
        "bot_public": True,
        "bot_require_code_grant": False,
        "owner": {"id": "1000", "username": "owner", "discriminator": "0", "avatar": None},
        "verify_key": "0" * 64,
        "team": None,
        "flags": 0,
    }


def _json(data: object, *, status: int = 200) -> web.Response:
    # discord.py parses a body as JSON only when the content type is exactly this, no charset
    return web.Response(
        body=json.dumps(data).encode(), status=status, content_type="application/json"
    )
