"""End to end: running the board (clean titles, duplicates, edit, confirmed removal, the level
filter) and job alerts (announcement channel, direct messages, closed DMs), on the emulated
Discord. Each test works in a guild of its own."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot.cogs import jobs_admin
from bot.storage import ALERT_PAUSE_FAILURES, PostingAnalysis, PostingDraft
from bot.texts import text
from testkit import documents
from testkit.discord_emulator.harness import BotUnderTest, running_bot
from testkit.discord_emulator.payloads import GUILD_ID, Channel, Member
from testkit.discord_emulator.server import AUTOCOMPLETE_RESULT, MODAL, Reply
from tests.e2e.board_session import (
    admin,
    jobs,
    member_of,
    moderator_of,
    new_guild,
    reply_to,
    run,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")

UPDATE_MESSAGE = 7
GO_POSTING = """Senior Backend Engineer (Golang)
Kami mencari backend engineer senior untuk tim pembayaran.
- Minimal 5 tahun pengalaman dengan Golang
- Menguasai PostgreSQL dan Redis
"""
PHP_POSTING = "Laravel Developer\nRequirements: PHP, Laravel, MySQL, REST API, Git.\n"
RESUME = """Sari Wulandari - Backend Developer
3 tahun pengalaman membangun REST API dengan Golang dan PostgreSQL, memakai Redis dan Docker.
"""


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("board") / "jobs.db"


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def session(database: Path) -> AsyncIterator[BotUnderTest]:
    async with running_bot(
        workers=2,
        cooldown_uses=100,
        discord_guild_id=int(GUILD_ID),
        database_url=f"sqlite:///{database}",
    ) as running:
        yield running


async def _click(session: BotUnderTest, reply: Reply, label: str, member: Member) -> Reply:
    buttons = [c for row in reply.data.get("components", []) for c in row["components"]]
    custom_id = next(b["custom_id"] for b in buttons if b["label"] == label)
    click = session.interactions.component(custom_id, reply, member=member)
    return await reply_to(session, click)


async def _seed(session: BotUnderTest, guild: str, title: str, **analysis: Any) -> int:
    draft = PostingDraft(
        guild_id=int(guild),
        title=title,
        text=f"{title}: the posting's text.",
        author_id=42,
        analysis=PostingAnalysis(score=60.0, **{"skills": ("go",), **analysis}),
    )
    return (await session.bot.store.add_posting(draft)).posting_id


# -- titles ----------------------------------------------------------------------------------


async def test_titles_are_shown_without_markdown_or_emoji(session: BotUnderTest) -> None:
    guild = new_guild(session)
    moderator = moderator_of(session, guild)
    menu = session.interactions.message_command(
        "Save as job posting",
        "**🔥🔥 [HIRING] Backend Engineer (Go) 🔥🔥**\n" + GO_POSTING,
        member=moderator,
    )
    saved = await reply_to(session, menu)
    assert "**[HIRING] Backend Engineer (Go)**" in saved.text
    seeded = await _seed(session, guild, "# 🚀 __Golang Developer__ 🚀")
    listing = await jobs(session, "list", moderator)
    assert "Golang Developer" in listing.text
    assert "🚀" not in listing.text and "🔥" not in listing.text and "\\_\\_" not in listing.text
    shown = await jobs(session, "show", moderator, posting=str(seeded))
    assert shown.embeds[0]["title"] == f"#{seeded} · Golang Developer"


# -- duplicates ------------------------------------------------------------------------------


async def test_the_same_posting_twice_is_caught_and_can_be_replaced(
    session: BotUnderTest,
) -> None:
    guild = new_guild(session)
    moderator = moderator_of(session, guild)
    first = await admin(session, "add", moderator, title="Go Engineer", text=GO_POSTING)
    (original,) = (await session.bot.store.list_postings(int(guild))).postings
    assert f"#{original.posting_id}" in first.text
    respaced = "  " + GO_POSTING.upper().replace("\n", "\n\n")
    again = await admin(session, "add", moderator, title="Go Engineer v2", text=respaced)
    assert f"already on the board as **Go Engineer** (`#{original.posting_id}`)" in again.text
    assert (await session.bot.store.list_postings(int(guild))).total == 1

    stranger = await _click(session, again, "Replace", moderator_of(session, guild))
    assert "Only the member who ran the command" in stranger.text
    assert stranger.ephemeral
    replaced = await _click(session, again, "Replace", moderator)
    assert replaced.callback_type == UPDATE_MESSAGE
    assert replaced.embeds[0]["title"] == "Replaced on the job board"
    (kept,) = (await session.bot.store.list_postings(int(guild))).postings
    assert kept.title == "Go Engineer v2" and kept.posting_id != original.posting_id


async def test_the_same_link_is_the_same_posting(session: BotUnderTest) -> None:
    guild = new_guild(session)
    moderator = moderator_of(session, guild)
    link = "https://example.id/lowongan/42"
    await admin(session, "add", moderator, title="Go", text=GO_POSTING, link=link)
    again = await admin(session, "add", moderator, title="PHP", text=PHP_POSTING, link=link)
    assert "already on the board" in again.text


# -- edit and remove -------------------------------------------------------------------------


async def test_edit_changes_title_link_and_expiry(session: BotUnderTest) -> None:
    guild = new_guild(session)
    moderator = moderator_of(session, guild)
    posting_id = await _seed(session, guild, "Old Title")
    answer = await admin(
        session,
        "edit",
        moderator,
        posting=str(posting_id),
        title="New Title",
        link="https://example.id/new",
        expires=3,
    )
    assert answer.embeds[0]["title"] == "Posting updated"
    edited = await session.bot.store.get_posting(int(guild), posting_id)
    assert edited is not None
    assert (edited.title, edited.link) == ("New Title", "https://example.id/new")
    assert edited.expires_at - session.bot.store.now() < timedelta(days=3, minutes=1)
    assert edited.text == "Old Title: the posting's text."


async def test_editing_the_text_analyses_the_posting_again(session: BotUnderTest) -> None:
    guild = new_guild(session)
    posting_id = await _seed(session, guild, "Go Engineer")
    answer = await admin(
        session, "edit", moderator_of(session, guild), posting=str(posting_id), text=PHP_POSTING
    )
    assert "Laravel" in answer.text
    edited = await session.bot.store.get_posting(int(guild), posting_id)
    assert edited is not None and {"php", "laravel"} <= set(edited.analysis.skills)
    results = await session.bot.store.posting_results(int(guild))
    assert results[posting_id] is not None  # kept for /jobs match, as /jobs-admin add does


async def test_edit_checks_its_input_and_who_asks(session: BotUnderTest) -> None:
    guild = new_guild(session)
    moderator = moderator_of(session, guild)
    posting_id = await _seed(session, guild, "Go Engineer")
    nothing = await admin(session, "edit", moderator, posting=str(posting_id))
    assert "at least one of" in nothing.text
    bad_link = await admin(
        session, "edit", moderator, posting=str(posting_id), link="javascript:alert(1)"
    )
    assert "https://" in bad_link.text
    denied = await admin(
        session, "edit", member_of(session, guild), posting=str(posting_id), title="X"
    )
    assert "Manage Messages" in denied.text
    kept = await session.bot.store.get_posting(int(guild), posting_id)
    assert kept is not None and kept.title == "Go Engineer"


async def test_remove_asks_first_and_cancel_keeps_the_posting(session: BotUnderTest) -> None:
    guild = new_guild(session)
    moderator = moderator_of(session, guild)
    posting_id = await _seed(session, guild, "Go Engineer")
    question = await admin(session, "remove", moderator, posting=str(posting_id))
    stranger = await _click(session, question, "Remove", moderator_of(session, guild))
    assert "Only the member who ran the command" in stranger.text
    assert await session.bot.store.get_posting(int(guild), posting_id) is not None
    cancelled = await _click(session, question, "Cancel", moderator)
    assert cancelled.callback_type == UPDATE_MESSAGE and "Nothing was changed" in cancelled.text
    assert await session.bot.store.get_posting(int(guild), posting_id) is not None


# -- level and years -------------------------------------------------------------------------


async def test_the_board_shows_and_filters_level_and_years(session: BotUnderTest) -> None:
    guild = new_guild(session)
    member = member_of(session, guild)
    await _seed(session, guild, "Senior Go", level="senior", years=5.0)
    await _seed(session, guild, "Junior PHP", skills=("php",), level="junior", years=1.0)
    await _seed(session, guild, "Unstated")
    listing = await jobs(session, "list", member)
    assert "Senior · 5+ years" in listing.text and "Junior · 1+ years" in listing.text
    seniors = await jobs(session, "list", member, level="senior")
    assert "Senior Go" in seniors.text and "Junior PHP" not in seniors.text
    assert "1 open" in seniors.embeds[0]["title"]
    none = await jobs(session, "list", member, level="senior", skill="php")
    assert "0 open" in none.embeds[0]["title"]
    up_to_two = await jobs(session, "list", member, years=2)
    assert "at most 2 years" in up_to_two.embeds[0]["title"]
    assert "Junior PHP" in up_to_two.text and "Unstated" in up_to_two.text
    assert "Senior Go" not in up_to_two.text
    unknown = await jobs(session, "list", member, level="guru")
    assert "no level `guru`" in unknown.text
    complete = session.interactions.autocomplete(
        "jobs", "level", "sen", subcommand="list", member=member
    )
    await session.emulator.dispatch(complete)
    (choices,) = await session.emulator.wait_for_replies(complete["token"])
    assert choices.callback_type == AUTOCOMPLETE_RESULT
    assert [c["value"] for c in choices.data["choices"]] == ["senior"]


async def test_a_saved_posting_keeps_the_level_and_years_it_asks(session: BotUnderTest) -> None:
    guild = new_guild(session)
    answer = await admin(
        session, "add", moderator_of(session, guild), title="Senior Go", text=GO_POSTING
    )
    (saved,) = (await session.bot.store.list_postings(int(guild))).postings
    assert saved.analysis.years == 5.0
    assert saved.analysis.level == "senior"
    assert {"go", "postgresql", "redis"} <= set(saved.analysis.must_haves)
    assert "**Level:** Senior · 5+ years" in answer.text


# -- announcements and alerts ----------------------------------------------------------------


async def test_new_postings_are_announced_in_the_configured_channel(
    session: BotUnderTest,
) -> None:
    guild = new_guild(session)
    moderator = moderator_of(session, guild)
    channel = Channel(session.emulator.snowflake())
    settings = await admin(session, "config", moderator, channel=channel)
    assert f"<#{channel.channel_id}>" in settings.text
    link = "https://example.id/go"
    saved = await admin(session, "add", moderator, title="Go Engineer", text=GO_POSTING, link=link)
    messages = session.emulator.channel_messages[channel.channel_id]
    await session.emulator.wait_until(lambda: len(messages) == 1)
    (card,) = messages
    assert saved.received_at <= card.received_at  # the moderator was answered first
    embed = card.embeds[0]
    assert "Go Engineer" in embed["title"] and embed["url"] == link
    # the server's own language (the emulated guild's is Indonesian)
    assert text("id", "jobs.new_posting") == embed["author"]["name"]
    assert f"]({link})" in embed["description"] and "Redis" in embed["description"]
    assert card.data["allowed_mentions"] == {"parse": []}
    labels = [c["label"] for row in card.data["components"] for c in row["components"]]
    assert labels == [text("id", "match.how_do_i_fit")]

    cleared = await admin(session, "config", moderator, clear_channel=True)
    assert "No channel" in cleared.text


async def test_config_channel_needs_manage_server(session: BotUnderTest) -> None:
    guild = new_guild(session)
    recruiter = session.interactions.new_member(guild_id=guild, permissions=1 << 13)
    channel = Channel(session.emulator.snowflake())
    refused = await admin(session, "config", recruiter, channel=channel)
    assert "Manage Server" in refused.text
    assert (await session.bot.store.get_config(int(guild))).alert_channel_id is None


async def test_skill_alerts_reach_the_members_they_fit_by_direct_message(
    session: BotUnderTest,
) -> None:
    guild = new_guild(session)
    redis_fan, java_fan, go_fan = (member_of(session, guild) for _ in range(3))
    answer = await jobs(session, "alerts skills", redis_fan, skills="redis, rust")
    assert "Redis" in answer.text and "never your resume" in answer.text
    await jobs(session, "alerts skills", java_fan, skills="java")
    await jobs(session, "alerts skills", go_fan, skills="go")
    moderator = moderator_of(session, guild)
    await jobs(session, "alerts skills", moderator, skills="go")  # the author is not told
    await admin(session, "add", moderator, title="Go Engineer", text=GO_POSTING)

    direct = session.emulator.direct_messages
    await session.emulator.wait_until(lambda: bool(direct[go_fan.user_id]))
    assert len(direct[redis_fan.user_id]) == 1
    assert direct[java_fan.user_id] == [] and direct[moderator.user_id] == []
    card = direct[go_fan.user_id][0]
    assert "Go Engineer" in card.embeds[0]["title"]
    assert card.embeds[0]["footer"]["text"] == text("id", "jobs.alert_footer")
    assert card.data["allowed_mentions"] == {"parse": []}


async def test_alert_skills_autocomplete_keeps_the_competencies_typed_before(
    session: BotUnderTest,
) -> None:
    guild = new_guild(session)
    complete = session.interactions.autocomplete(
        "jobs", "skills", "go, redi", subcommand="alerts skills", member=member_of(session, guild)
    )
    await session.emulator.dispatch(complete)
    (reply,) = await session.emulator.wait_for_replies(complete["token"])
    values = [choice["value"] for choice in reply.data["choices"]]
    assert values[0] == "go, redis"


async def test_unknown_alert_skills_are_refused(session: BotUnderTest) -> None:
    guild = new_guild(session)
    member = member_of(session, guild)
    answer = await jobs(session, "alerts skills", member, skills="go, cobolx")
    assert "cobolx" in answer.text
    assert await session.bot.store.get_alert(int(guild), int(member.user_id)) is None


async def test_a_profile_alert_keeps_competency_ids_and_never_the_resume(
    session: BotUnderTest, database: Path
) -> None:
    guild = new_guild(session)
    member = member_of(session, guild)
    resume = session.emulator.add_attachment("cv.pdf", documents.pdf(RESUME))
    answer = await jobs(session, "alerts profile", member, file=resume)
    assert "at least half" in answer.text
    alert = await session.bot.store.get_alert(int(guild), int(member.user_id))
    assert alert is not None and alert.source == "profile"
    assert {"go", "postgresql", "redis"} <= set(alert.skills)
    for stored in database.parent.glob("jobs.db*"):
        assert b"Wulandari" not in stored.read_bytes()

    await admin(session, "add", moderator_of(session, guild), title="Go", text=GO_POSTING)
    direct = session.emulator.direct_messages
    await session.emulator.wait_until(lambda: bool(direct[member.user_id]))


async def test_a_profile_alert_from_pasted_text(session: BotUnderTest) -> None:
    guild = new_guild(session)
    member = member_of(session, guild)
    modal = await jobs(session, "alerts profile", member)
    assert modal.callback_type == MODAL
    submit = session.interactions.modal_submit(
        modal.data["custom_id"], {"text": RESUME}, member=member
    )
    answer = await reply_to(session, submit)
    assert answer.embeds[0]["title"] == "Your job alerts in this server"


async def test_closed_dms_are_quiet_and_pause_alerts(session: BotUnderTest) -> None:
    guild = new_guild(session)
    closed, open_ = member_of(session, guild), member_of(session, guild)
    session.emulator.closed_dms.add(closed.user_id)
    await jobs(session, "alerts skills", closed, skills="go")
    await jobs(session, "alerts skills", open_, skills="go")
    moderator = moderator_of(session, guild)
    direct = session.emulator.direct_messages
    for round_ in range(1, ALERT_PAUSE_FAILURES + 2):
        text_of_round = GO_POSTING + f"\nPosisi ke-{round_}."
        await admin(session, "add", moderator, title=f"Go {round_}", text=text_of_round)
        await session.emulator.wait_until(lambda: len(direct[open_.user_id]) == round_)  # noqa: B023
    refused = session.emulator.refused_dms.count(closed.user_id)
    assert refused == ALERT_PAUSE_FAILURES  # the round after the pause tried no more
    shown = await jobs(session, "alerts show", closed)
    assert "Paused" in shown.text
    await jobs(session, "alerts skills", closed, skills="go")  # subscribing again resumes
    resumed = await session.bot.store.get_alert(int(guild), int(closed.user_id))
    assert resumed is not None and resumed.failures == 0


async def test_alerts_off_deletes_everything_and_show_says_so(session: BotUnderTest) -> None:
    guild = new_guild(session)
    member = member_of(session, guild)
    await jobs(session, "alerts skills", member, skills="go")
    off = await jobs(session, "alerts off", member)
    assert "everything kept for them is deleted" in off.text
    assert await session.bot.store.get_alert(int(guild), int(member.user_id)) is None
    shown = await jobs(session, "alerts show", member)
    assert "You have no job alerts here" in shown.text
    again = await jobs(session, "alerts off", member)
    assert "nothing is kept" in again.text


async def test_alerts_and_the_board_answer_in_indonesian(session: BotUnderTest) -> None:
    guild = new_guild(session)
    member = member_of(session, guild)
    answer = await run(session, "jobs", "alerts skills", member, "id", skills="go")
    assert answer.embeds[0]["title"] == "Notifikasi lowonganmu di server ini"
    assert "CV-mu tidak pernah disimpan" in answer.text
    posting_id = await _seed(session, guild, "Go Engineer")
    question = await run(
        session, "jobs-admin", "remove", moderator_of(session, guild), "id", posting=str(posting_id)
    )
    assert "dari papan lowongan?" in question.text
    labels = [c["label"] for row in question.data["components"] for c in row["components"]]
    assert labels == ["Hapus", "Batal"]


async def test_page_buttons_keep_the_filters_and_old_buttons_still_turn(
    session: BotUnderTest,
) -> None:
    guild = new_guild(session)
    member = member_of(session, guild)
    for number in range(7):
        await _seed(session, guild, f"Senior {number}", level="senior", years=3.0)
    await _seed(session, guild, "Junior", level="junior", years=1.0)
    first = await jobs(session, "list", member, level="senior", years=4)
    buttons = [c for row in first.data["components"] for c in row["components"]]
    following = next(b for b in buttons if not b.get("disabled"))
    assert following["custom_id"] == "jobs:board:5::senior:4"
    turned = await reply_to(
        session, session.interactions.component(following["custom_id"], first, member=member)
    )
    assert "Page 2 of 2" in turned.text and "Junior" not in turned.text
    # a message whose buttons were drawn before the level and years filters existed
    old_button = {**following, "custom_id": "jobs:board:5:"}
    drawn_before = replace(
        first, data={**first.data, "components": [{"type": 1, "components": [old_button]}]}
    )
    old = session.interactions.component("jobs:board:5:", drawn_before, member=member)
    assert "Page 2 of 2" in (await reply_to(session, old)).text


async def test_an_unanswered_question_loses_its_buttons(
    session: BotUnderTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jobs_admin, "_QUESTION_TIMEOUT_SECONDS", 0.2)
    guild = new_guild(session)
    posting_id = await _seed(session, guild, "Go Engineer")
    interaction = session.interactions.slash(
        "jobs-admin",
        {"posting": str(posting_id)},
        subcommand="remove",
        member=moderator_of(session, guild),
    )
    await session.emulator.dispatch(interaction)
    question, timed_out = await session.emulator.wait_for_replies(interaction["token"], count=2)
    assert question.data["components"]
    assert timed_out.route == "edit" and timed_out.data["components"] == []
    assert await session.bot.store.get_posting(int(guild), posting_id) is not None


async def test_nice_to_haves_neither_alert_nor_match_the_skill_filter(
    session: BotUnderTest,
) -> None:
    guild = new_guild(session)
    kubernetes_fan, go_fan = member_of(session, guild), member_of(session, guild)
    await jobs(session, "alerts skills", kubernetes_fan, skills="kubernetes")
    await jobs(session, "alerts skills", go_fan, skills="go")
    posting = GO_POSTING + "Nilai plus:\n- Pengalaman dengan Kubernetes\n"
    await admin(session, "add", moderator_of(session, guild), title="Go", text=posting)
    (saved,) = (await session.bot.store.list_postings(int(guild))).postings
    assert "kubernetes" in saved.analysis.skills
    assert "kubernetes" not in saved.analysis.must_haves and "go" in saved.analysis.must_haves

    direct = session.emulator.direct_messages
    await session.emulator.wait_until(lambda: bool(direct[go_fan.user_id]))
    assert direct[kubernetes_fan.user_id] == []  # subscribed before go_fan: already passed over
    assert (await session.bot.store.list_postings(int(guild), skill="kubernetes")).total == 0
    assert (await session.bot.store.list_postings(int(guild), skill="redis")).total == 1
