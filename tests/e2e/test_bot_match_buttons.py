"""End to end: the buttons under a /match reply, and "How do I fit?" under a posting."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot import match_views
from bot.chart import PNG_MAGIC
from bot.storage import PostingAnalysis, PostingDraft
from testkit.discord_emulator.harness import BotUnderTest, running_bot
from testkit.discord_emulator.payloads import Member
from testkit.discord_emulator.server import CHANNEL_MESSAGE, MODAL, Reply

pytestmark = pytest.mark.asyncio(loop_scope="module")

RESUME = """Budi Santoso - Backend Developer
budi@example.com

Experience
Four years of experience building REST APIs in Golang and Python with Django.
Designed PostgreSQL schemas, wrote unit tests, and deployed services with Docker on AWS.
"""

POSTING = """Lowongan: Backend Developer (Golang)
Kualifikasi:
- Menguasai Golang dan PostgreSQL
- Memahami Docker, Kubernetes dan Redis
"""


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def session() -> AsyncIterator[BotUnderTest]:
    async with running_bot(workers=1, cooldown_uses=3) as running:
        yield running


async def _reply(session: BotUnderTest, interaction: dict[str, Any], count: int = 1) -> Reply:
    await session.emulator.dispatch(interaction)
    return (await session.emulator.wait_for_replies(interaction["token"], count=count))[-1]


def _components(reply: Reply) -> dict[str, dict[str, Any]]:
    """The reply's buttons by label, and its select menu by placeholder."""
    items = [item for row in reply.data.get("components", []) for item in row["components"]]
    return {item.get("label") or item.get("placeholder"): item for item in items}


async def _summary(session: BotUnderTest, member: Member, **options: Any) -> Reply:
    interaction = session.interactions.slash("match", options, member=member)
    return await _reply(session, interaction, count=2)


async def test_buttons_open_the_chart_and_every_competency(session: BotUnderTest) -> None:
    member = session.interactions.new_member()
    summary = await _summary(session, member, text=RESUME)
    components = _components(summary)
    assert {"All competencies", "Learning plan", "Chart"} <= set(components)

    chart_click = session.interactions.component(
        components["Chart"]["custom_id"], summary, member=member
    )
    chart = await _reply(session, chart_click)
    assert chart.callback_type == CHANNEL_MESSAGE and chart.ephemeral
    (png,) = chart.files
    assert png.data.startswith(PNG_MAGIC)

    all_click = session.interactions.component(
        components["All competencies"]["custom_id"], summary, member=member
    )
    found = await _reply(session, all_click)
    assert "**PostgreSQL**" in found.embeds[0]["description"]
    assert found.data["allowed_mentions"] == {"parse": []}


async def test_select_opens_one_competency_with_its_skill_card(session: BotUnderTest) -> None:
    member = session.interactions.new_member()
    summary = await _summary(session, member, text=RESUME)
    menu = _components(summary)["One competency in detail…"]
    assert "postgresql" in [option["value"] for option in menu["options"]]
    pick = session.interactions.component(
        menu["custom_id"], summary, component_type=3, values=["postgresql"], member=member
    )
    detail = await _reply(session, pick)
    (embed,) = detail.embeds
    assert embed["title"].endswith("`postgresql`")
    assert embed["fields"][0]["name"] == "In the text you sent"


async def test_someone_else_pressing_a_button_is_told_whose_results_these_are(
    session: BotUnderTest,
) -> None:
    owner = session.interactions.new_member()
    summary = await _summary(session, owner, text=RESUME, public=True)
    assert not summary.ephemeral
    chart_id = _components(summary)["Chart"]["custom_id"]
    stranger = session.interactions.component(
        chart_id, summary, member=session.interactions.new_member()
    )
    notice = await _reply(session, stranger)
    assert notice.ephemeral and not notice.files
    assert "These are member's results" in notice.text


async def test_how_do_i_fit_opens_a_form_and_shows_what_is_missing_first(
    session: BotUnderTest,
) -> None:
    member = session.interactions.new_member()
    scored = session.interactions.message_command("Score this posting", POSTING, member=member)
    summary = await _reply(session, scored, count=2)
    fit_id = _components(summary)["How do I fit?"]["custom_id"]
    assert len(fit_id) <= 100 and "Kubernetes" not in fit_id

    click = session.interactions.component(fit_id, summary, member=member)
    form = await _reply(session, click)
    assert form.callback_type == MODAL
    (row,) = form.data["components"]
    assert "/compare" in row["components"][0]["label"]

    submitted = session.interactions.modal_submit(
        form.data["custom_id"], {"resume": RESUME}, member=member
    )
    compared = await _reply(session, submitted, count=2)
    names = [field["name"] for field in compared.embeds[0]["fields"]]
    assert names[0].startswith("Missing must-haves")
    covered = next(name for name in names if name.startswith("Covered"))
    assert names.index("Experience asked and shown") < names.index(covered)
    assert "Kubernetes" in compared.embeds[0]["fields"][0]["value"]


async def test_opening_a_form_or_a_file_that_cannot_be_read_costs_no_scoring(
    session: BotUnderTest,
) -> None:
    member = session.interactions.new_member()
    for _ in range(4):  # the allowance is 3
        opened = session.interactions.slash("match", member=member)
        assert (await _reply(session, opened)).callback_type == MODAL
    broken = session.emulator.add_attachment("cv.pdf", b"not a pdf at all")
    for _ in range(4):
        failed = await _summary(session, member, file=broken)
        assert "damaged" in failed.text
    for _ in range(3):
        scored = await _summary(session, member, text=RESUME)
        assert scored.embeds[0]["title"].startswith("Resume · ")
    refused = await _reply(session, session.interactions.slash("match", member=member))
    assert "You have scored a lot" in refused.text


async def test_a_saved_posting_offers_how_do_i_fit_for_its_own_guild_only(
    session: BotUnderTest,
) -> None:
    member = session.interactions.new_member()
    draft = PostingDraft(
        guild_id=int(member.guild_id),
        title="Go Engineer",
        text=POSTING,
        author_id=42,
        analysis=PostingAnalysis(score=60.0, skills=("go",)),
    )
    posting_id = (await session.bot.store.add_posting(draft)).posting_id
    shown = session.interactions.slash(
        "jobs", {"posting": str(posting_id)}, subcommand="show", member=member
    )
    answer = await _reply(session, shown)
    fit_id = _components(answer)["How do I fit?"]["custom_id"]
    assert fit_id == f"fit:posting:{posting_id}"

    form = await _reply(session, session.interactions.component(fit_id, answer, member=member))
    assert form.callback_type == MODAL
    submitted = session.interactions.modal_submit(
        form.data["custom_id"], {"resume": RESUME}, member=member
    )
    compared = await _reply(session, submitted, count=2)
    assert "Kubernetes" in compared.embeds[0]["fields"][0]["value"]

    elsewhere = session.interactions.new_member(guild_id=session.emulator.snowflake())
    click = session.interactions.component(fit_id, answer, member=elsewhere)
    other_form = await _reply(session, click)
    submitted = session.interactions.modal_submit(
        other_form.data["custom_id"], {"resume": RESUME}, member=elsewhere
    )
    refused = await _reply(session, submitted)
    assert "no open posting" in refused.text


async def test_an_indonesian_cv_gets_english_gaps_and_plan_for_an_english_member(
    session: BotUnderTest,
) -> None:
    cv = (Path(__file__).parents[2] / "examples" / "resume_id.txt").read_text("utf-8")
    member = session.interactions.new_member()
    summary = await _summary(session, member, text=cv)
    (embed,) = summary.embeds
    gaps = next(f["value"] for f in embed["fields"] if f["name"].startswith("Top gaps"))
    assert "**Programming fundamentals** — one of: Data structures" in gaps
    click = session.interactions.component(
        _components(summary)["Learning plan"]["custom_id"], summary, member=member
    )
    plan = (await _reply(session, click)).embeds[0]["description"]
    assert "**Data structures** — Learn data structures" in plan
    assert "Pelajari" not in plan


async def test_buttons_that_timed_out_are_taken_off_the_reply(
    session: BotUnderTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(match_views, "REPLY_TIMEOUT_SECONDS", 0.2)
    member = session.interactions.new_member()
    interaction = session.interactions.slash("match", {"text": RESUME}, member=member)
    await session.emulator.dispatch(interaction)
    _, summary, timed_out = await session.emulator.wait_for_replies(interaction["token"], count=3)
    assert summary.route == "followup" and summary.data["components"]
    assert timed_out.route == "edit" and timed_out.message_id == summary.message_id
    assert timed_out.data["components"] == []
