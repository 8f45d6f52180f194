"""The per-member cooldown shared by the scoring commands."""

from __future__ import annotations

import pytest
from discord import app_commands

from bot.cooldown import MemberCooldown


def test_cooldown_is_per_member_and_says_when_to_retry() -> None:
    cooldown = MemberCooldown(uses=2, seconds=60)
    cooldown.check(1)
    cooldown.check(1)
    with pytest.raises(app_commands.CommandOnCooldown) as raised:
        cooldown.check(1)
    assert 0 < raised.value.retry_after <= 60
    cooldown.check(2)


def test_forgotten_windows_do_not_reset_a_busy_member() -> None:
    cooldown = MemberCooldown(uses=1, seconds=600)
    cooldown.check(0)
    for member in range(1, 5000):
        cooldown.check(member)
    with pytest.raises(app_commands.CommandOnCooldown):
        cooldown.check(4999)
