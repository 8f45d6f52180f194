"""Which members a new posting is for: the pure half of job alerts.

A member subscribed by competencies hears of a posting that requires at least one of them; a
member subscribed by profile (the ids found in their resume) hears of one whose requirements
they cover at least :data:`PROFILE_FIT` of. The member who saved the posting is never told.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.storage import AlertSubscription, PostingAnalysis

PROFILE_FIT = 0.5  # share of a posting's requirements a profile must show to be alerted


def profile_fit(required: tuple[str, ...], skills: Iterable[str]) -> float:
    """The share of ``required`` found among ``skills``; 0 when nothing is required."""
    if not required:
        return 0.0
    shown = set(skills)
    return sum(1 for skill in required if skill in shown) / len(required)


def wants(alert: AlertSubscription, analysis: PostingAnalysis) -> bool:
    """Whether the subscription asks to hear of a posting with this analysis."""
    required = analysis.required
    if alert.source == "profile":
        return profile_fit(required, alert.skills) >= PROFILE_FIT
    return not set(required).isdisjoint(alert.skills)


def recipients(
    analysis: PostingAnalysis, alerts: Iterable[AlertSubscription], author_id: int
) -> tuple[int, ...]:
    """The member ids to send a posting to, in the order of ``alerts``."""
    return tuple(
        alert.member_id
        for alert in alerts
        if alert.member_id != author_id and wants(alert, analysis)
    )
