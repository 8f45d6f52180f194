"""One per-member cooldown shared by the scoring commands (/match, /compare, the message command).

Shared, so alternating between commands does not multiply the allowance; per member, so one
busy member never slows the others. It counts scorings: a command only checks that one is
left, the scoring itself spends it, and an input that could not be read gives it back.
"""

from __future__ import annotations

from discord import app_commands

_PRUNE_ABOVE = 4096  # members tracked before expired windows are forgotten


class MemberCooldown:
    """``uses`` scorings per ``seconds`` for each member."""

    def __init__(self, uses: int, seconds: float) -> None:
        self.uses = uses
        self.seconds = seconds
        self._windows: dict[int, app_commands.Cooldown] = {}

    def check(self, member_id: int) -> None:
        """Raise :class:`app_commands.CommandOnCooldown` if no use is left; count nothing."""
        window = self._windows.get(member_id)
        if window is not None and window.get_tokens() == 0:
            raise app_commands.CommandOnCooldown(window, window.get_retry_after())

    def refund(self, member_id: int) -> None:
        """Give back the use :meth:`spend` took, for a scoring that never happened."""
        window = self._windows.get(member_id)
        if window is not None and window.get_tokens() < window.rate:
            window.update_rate_limit(tokens=-1)

    def spend(self, member_id: int) -> None:
        """Count one use; raise :class:`app_commands.CommandOnCooldown` if none is left."""
        if len(self._windows) > _PRUNE_ABOVE:
            self._windows = {
                member: window
                for member, window in self._windows.items()
                if window.get_tokens() < window.rate
            }
        window = self._windows.setdefault(member_id, app_commands.Cooldown(self.uses, self.seconds))
        retry_after = window.update_rate_limit()
        if retry_after:
            raise app_commands.CommandOnCooldown(window, retry_after)
