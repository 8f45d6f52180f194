"""Who hears of a new posting: competency subscribers who share a requirement, profiles that fit."""

from __future__ import annotations

import pytest

from bot.job_alerts import PROFILE_FIT, profile_fit, recipients, wants
from bot.storage import AlertSubscription, PostingAnalysis

GO_POSTING = PostingAnalysis(score=70.0, skills=("go", "postgresql", "redis", "docker"))


def _alert(member_id: int, source: str, *skills: str) -> AlertSubscription:
    return AlertSubscription(guild_id=1, member_id=member_id, source=source, skills=skills)  # type: ignore[arg-type]


def test_one_shared_requirement_is_enough_for_a_skills_alert() -> None:
    assert wants(_alert(7, "skills", "redis", "rust"), GO_POSTING)
    assert not wants(_alert(7, "skills", "rust", "java"), GO_POSTING)


def test_must_haves_decide_when_the_analysis_has_them() -> None:
    analysis = PostingAnalysis(score=70.0, skills=("go", "redis"), must_haves=("go",))
    assert wants(_alert(7, "skills", "go"), analysis)
    assert not wants(_alert(7, "skills", "redis"), analysis)


@pytest.mark.parametrize(
    ("skills", "fits"),
    [
        (("go", "postgresql"), True),  # half of the requirements
        (("go", "postgresql", "redis", "docker", "rust"), True),
        (("go",), False),
        (("rust", "java"), False),
    ],
)
def test_a_profile_alert_needs_the_fit_threshold(skills: tuple[str, ...], fits: bool) -> None:
    assert wants(_alert(7, "profile", *skills), GO_POSTING) is fits


def test_profile_fit_is_the_share_of_requirements_shown() -> None:
    assert profile_fit(("go", "redis"), ["go"]) == 0.5 == PROFILE_FIT
    assert profile_fit((), ["go"]) == 0.0


def test_the_author_and_unfitting_members_are_left_out() -> None:
    alerts = [_alert(5, "skills", "go"), _alert(6, "skills", "java"), _alert(7, "skills", "redis")]
    assert recipients(GO_POSTING, alerts, author_id=5) == (7,)


def test_a_posting_asking_for_nothing_alerts_no_one() -> None:
    empty = PostingAnalysis(score=0.0)
    assert recipients(empty, [_alert(7, "skills", "go"), _alert(8, "profile", "go")], 1) == ()
