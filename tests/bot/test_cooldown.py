"""The per-member cooldown shared by the scoring commands."""

from __future__ import annotations

import pytest
from discord import app_commands

from bot.cooldown import MemberCooldown


def test_cooldown_is_per_member_and_says_when_to_retry() -> None:
    cooldown = MemberCooldown(uses=2, seconds=60)
    cooldown.spend(1)
    cooldown.spend(1)
    with pytest.raises(app_commands.CommandOnCooldown) as raised:
        cooldown.spend(1)
    assert 0 < raised.value.retry_after <= 60
    with pytest.raises(app_commands.CommandOnCooldown):
        cooldown.check(1)
    cooldown.spend(2)


def test_checking_counts_nothing() -> None:
    cooldown = MemberCooldown(uses=1, seconds=60)
    for _ in range(5):
        cooldown.check(1)
    cooldown.spend(1)


def test_a_refund_gives_back_one_use_and_never_more_than_the_allowance() -> None:
    cooldown = MemberCooldown(uses=1, seconds=60)
    cooldown.spend(1)
    cooldown.refund(1)
    cooldown.refund(1)
    cooldown.spend(1)
    with pytest.raises(app_commands.CommandOnCooldown):
        cooldown.spend(1)


def test_forgotten_windows_do_not_reset_a_busy_member() -> None:
    cooldown = MemberCooldown(uses=1, seconds=600)
    cooldown.spend(0)
    for member in range(1, 5000):
        cooldown.spend(member)
    with pytest.raises(app_commands.CommandOnCooldown):
        cooldown.spend(4999)
