"""Where discord.py connects: Discord itself, or an emulator given in the settings.

discord.py builds every REST URL from ``Route.BASE`` (webhooks and interaction callbacks
included) and falls back to ``DiscordWebSocket.DEFAULT_GATEWAY`` when the shard count is
fixed, so these two class attributes are the only places to change.
"""

from __future__ import annotations

import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route


def use_endpoints(api_base: str | None, gateway_url: str | None) -> None:
    """Point discord.py at ``api_base`` and ``gateway_url`` where they are given."""
    if api_base is not None:
        Route.BASE = api_base
    if gateway_url is not None:
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)
