"""End to end: the job board through the emulated Discord.

Saving (slash command, paste form, message command, PDF), browsing with paging and a skill
filter, matching a PDF resume against the board, permissions, expiry, and guild isolation.
Each test works in a guild of its own, so tests share one bot without seeing each other.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
import pytest_asyncio

from bot import match_views
from bot.storage import PostingAnalysis, PostingDraft, PostingResult, StorageUnavailableError
from testkit import documents
from testkit.discord_emulator.harness import BotUnderTest, running_bot
from testkit.discord_emulator.payloads import GUILD_ID, Member, Role
from testkit.discord_emulator.server import (
    AUTOCOMPLETE_RESULT,
    DEFERRED_CHANNEL_MESSAGE,
    MODAL,
    Reply,
)
from tests.bot.storage.conftest import SteppedClock
from tests.e2e.board_session import (
    MANAGE_MESSAGES,
    admin,
    jobs,
    member_of,
    moderator_of,
    new_guild,
    reply_to,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")

UPDATE_MESSAGE = 7

GO_POSTING = """Backend Engineer (Golang)
Kami mencari backend engineer untuk tim pembayaran.
- Minimal 2 tahun pengalaman dengan Golang
- Menguasai PostgreSQL dan Redis
- Terbiasa dengan Docker dan Kubernetes
"""
PHP_POSTING = """Laravel Developer
Requirements: PHP, Laravel, MySQL, REST API, Git.
"""
FRONTEND_POSTING = """Frontend Developer
Requirements: React, TypeScript, CSS, Figma.
"""
RESUME = """Sari Wulandari - Backend Developer
3 tahun pengalaman membangun REST API dengan Golang dan PostgreSQL.
Menulis unit test, memakai Docker dan Git setiap hari.
"""


@pytest.fixture(scope="module")
def clock() -> SteppedClock:
    return SteppedClock()


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def session(clock: SteppedClock) -> AsyncIterator[BotUnderTest]:
    async with running_bot(
        workers=2, cooldown_uses=100, discord_guild_id=int(GUILD_ID), clock=clock
    ) as running:
        yield running


async def _seed(
    session: BotUnderTest,
    guild: str,
    title: str,
    text: str,
    result: PostingResult | None = None,
    **fields: Any,
) -> int:
    """A posting saved straight into the bot's store, as if added earlier (by default before
    postings kept their matcher result)."""
    draft = PostingDraft(
        guild_id=int(guild),
        title=title,
        text=text,
        author_id=42,
        analysis=PostingAnalysis(score=60.0, skills=fields.pop("skills", ("go",))),
        **fields,
    )
    return (await session.bot.store.add_posting(draft, result)).posting_id


def _button_ids(reply: Reply) -> dict[str, str]:
    """Label -> custom id of the reply's enabled buttons."""
    buttons = [c for row in reply.data.get("components", []) for c in row["components"]]
    return {b["label"]: b["custom_id"] for b in buttons if not b.get("disabled")}


async def _suggestions(
    session: BotUnderTest,
    subcommand: str,
    option: str,
    typed: str,
    member: Member,
    command: str = "jobs",
) -> list[dict[str, Any]]:
    interaction = session.interactions.autocomplete(
        command, option, typed, subcommand=subcommand, member=member
    )
    await session.emulator.dispatch(interaction)
    (reply,) = await session.emulator.wait_for_replies(interaction["token"])
    assert reply.callback_type == AUTOCOMPLETE_RESULT
    return list(reply.data["choices"])


# -- sync ------------------------------------------------------------------------------------


async def test_jobs_group_syncs_subcommands_for_servers_only(session: BotUnderTest) -> None:
    commands = session.emulator.commands[GUILD_ID]
    jobs = next(c for c in commands if c["name"] == "jobs")
    assert [o["name"] for o in jobs["options"]] == ["alerts", "list", "show", "match"]
    assert jobs["name_localizations"] == {"id": "loker"}
    assert jobs["contexts"] == [0]
    assert jobs["default_member_permissions"] is None  # for everyone
    alerts = next(o for o in jobs["options"] if o["name"] == "alerts")
    assert [o["name"] for o in alerts["options"]] == ["skills", "profile", "show", "off"]
    board = next(o for o in jobs["options"] if o["name"] == "list")
    assert [o["name"] for o in board["options"]] == ["skill", "level", "years"]


async def test_managers_commands_are_offered_to_manage_messages_only(
    session: BotUnderTest,
) -> None:
    commands = session.emulator.commands[GUILD_ID]
    admin = next(c for c in commands if c["name"] == "jobs-admin")
    assert [o["name"] for o in admin["options"]] == ["add", "edit", "remove", "config"]
    assert admin["name_localizations"] == {"id": "kelola-loker"}
    assert int(admin["default_member_permissions"]) == MANAGE_MESSAGES
    assert admin["contexts"] == [0]
    add = next(o for o in admin["options"] if o["name"] == "add")
    assert [o["name"] for o in add["options"]] == ["title", "text", "file", "link", "expires"]
    menu = next(c for c in commands if c["name"] == "Save as job posting")
    assert menu["name_localizations"] == {"id": "Simpan sebagai lowongan"}
    assert int(menu["default_member_permissions"]) == MANAGE_MESSAGES
    assert menu["contexts"] == [0]


# -- saving ----------------------------------------------------------------------------------


async def test_add_saves_the_posting_with_its_analysis(session: BotUnderTest) -> None:
    guild = new_guild(session)
    moderator = moderator_of(session, guild)
    interaction = session.interactions.slash(
        "jobs-admin",
        {"title": "Backend Engineer (Go)", "text": GO_POSTING, "link": "https://example.id/go"},
        subcommand="add",
        member=moderator,
    )
    await session.emulator.dispatch(interaction)
    ack, answer = await session.emulator.wait_for_replies(interaction["token"], count=2)
    assert ack.callback_type == DEFERRED_CHANNEL_MESSAGE and ack.ephemeral
    assert answer.ephemeral
    assert answer.embeds[0]["title"] == "Saved to the job board"
    assert "PostgreSQL" in answer.text and "Redis" in answer.text
    page = await session.bot.store.list_postings(int(guild))
    (saved,) = page.postings
    assert saved.title == "Backend Engineer (Go)"
    assert saved.link == "https://example.id/go"
    assert saved.author_id == int(moderator.user_id)
    assert {"go", "postgresql", "redis"} <= set(saved.analysis.skills)
    assert f"#{saved.posting_id}" in answer.text
    assert saved.expires_at - saved.created_at == timedelta(days=30)


async def test_add_reads_a_pdf_posting(session: BotUnderTest) -> None:
    guild = new_guild(session)
    attachment = session.emulator.add_attachment("lowongan.pdf", documents.pdf(PHP_POSTING))
    answer = await admin(
        session,
        "add",
        moderator_of(session, guild),
        title="Laravel Developer",
        file=attachment,
        expires=10,
    )
    assert answer.embeds[0]["title"] == "Saved to the job board"
    (saved,) = (await session.bot.store.list_postings(int(guild))).postings
    assert "Laravel" in saved.text
    assert {"php", "laravel", "mysql"} <= set(saved.analysis.skills)
    assert saved.expires_at - saved.created_at == timedelta(days=10)


async def test_add_without_text_asks_for_it_in_a_form(session: BotUnderTest) -> None:
    guild = new_guild(session)
    moderator = moderator_of(session, guild)
    modal = await admin(session, "add", moderator, title="Go Engineer")
    assert modal.callback_type == MODAL
    submit = session.interactions.modal_submit(
        modal.data["custom_id"], {"text": GO_POSTING}, member=moderator
    )
    answer = await reply_to(session, submit)
    assert answer.embeds[0]["title"] == "Saved to the job board"
    (saved,) = (await session.bot.store.list_postings(int(guild))).postings
    assert saved.title == "Go Engineer"


async def test_message_command_saves_a_posting_titled_by_its_first_line(
    session: BotUnderTest,
) -> None:
    guild = new_guild(session)
    interaction = session.interactions.message_command(
        "Save as job posting", "**" + GO_POSTING, member=moderator_of(session, guild)
    )
    answer = await reply_to(session, interaction)
    assert answer.ephemeral
    assert answer.embeds[0]["title"] == "Saved to the job board"
    (saved,) = (await session.bot.store.list_postings(int(guild))).postings
    assert saved.title == "Backend Engineer (Golang)"
    assert saved.link is not None and saved.link.startswith("https://discord.com/channels/")
    assert "go" in saved.analysis.skills


async def test_message_command_on_an_empty_message_explains(session: BotUnderTest) -> None:
    guild = new_guild(session)
    interaction = session.interactions.message_command(
        "Save as job posting", "", member=moderator_of(session, guild)
    )
    answer = await reply_to(session, interaction)
    assert "no text" in answer.text
    assert (await session.bot.store.list_postings(int(guild))).total == 0


@pytest.mark.parametrize(
    "link", ["javascript:alert(1)", "https://a b <x>", "https://example.id/<@&42>"]
)
async def test_add_rejects_a_link_that_is_not_a_plain_web_address(
    session: BotUnderTest, link: str
) -> None:
    guild = new_guild(session)
    answer = await admin(
        session, "add", moderator_of(session, guild), title="Go", text=GO_POSTING, link=link
    )
    assert "https://" in answer.text
    assert "<@&42>" not in answer.text
    assert (await session.bot.store.list_postings(int(guild))).total == 0


# -- permissions -----------------------------------------------------------------------------


async def test_member_without_manage_messages_cannot_save_or_remove(
    session: BotUnderTest,
) -> None:
    guild = new_guild(session)
    member = member_of(session, guild)
    answer = await admin(session, "add", member, title="Go", text=GO_POSTING)
    assert answer.ephemeral
    assert "Manage Messages" in answer.text
    menu = session.interactions.message_command("Save as job posting", GO_POSTING, member=member)
    assert "Manage Messages" in (await reply_to(session, menu)).text
    posting_id = await _seed(session, guild, "Go Engineer", GO_POSTING)
    answer = await admin(session, "remove", member, posting=str(posting_id))
    assert "Manage Messages" in answer.text
    assert await session.bot.store.get_posting(int(guild), posting_id) is not None
    assert (await session.bot.store.list_postings(int(guild))).total == 1


async def test_configured_role_may_save_and_only_managers_configure(
    session: BotUnderTest,
) -> None:
    guild = new_guild(session)
    role = Role(session.emulator.snowflake())
    member = member_of(session, guild)
    answer = await admin(session, "config", member, role=role)
    assert "Manage Server" in answer.text
    answer = await admin(session, "config", moderator_of(session, guild), role=role, expiry_days=7)
    assert f"<@&{role.role_id}>" in answer.text and "7 days" in answer.text

    recruiter = member_of(session, guild, role.role_id)
    answer = await admin(session, "add", recruiter, title="Go", text=GO_POSTING)
    assert answer.embeds[0]["title"] == "Saved to the job board"
    (saved,) = (await session.bot.store.list_postings(int(guild))).postings
    assert saved.expires_at - saved.created_at == timedelta(days=7)
    refused = await admin(session, "add", member, title="Go", text=GO_POSTING)
    assert f"<@&{role.role_id}>" in refused.text

    await admin(session, "config", moderator_of(session, guild), clear_role=True)
    config = await session.bot.store.get_config(int(guild))
    assert (config.manager_role_id, config.expiry_days) == (None, 7)


# -- browsing --------------------------------------------------------------------------------


async def test_list_pages_newest_first_with_buttons(session: BotUnderTest) -> None:
    guild = new_guild(session)
    for number in range(1, 8):
        await _seed(session, guild, f"Opening {number}", GO_POSTING)
    member = member_of(session, guild)
    first = await jobs(session, "list", member)
    assert first.ephemeral
    assert "7 open" in first.embeds[0]["title"]
    description = first.embeds[0]["description"]
    assert description.index("Opening 7") < description.index("Opening 3")
    assert "Opening 2" not in description
    assert first.embeds[0]["footer"]["text"] == "Page 1 of 2"
    buttons = _button_ids(first)
    assert list(buttons) == ["Next ▶"]

    click = session.interactions.component(buttons["Next ▶"], first, member=member)
    await session.emulator.dispatch(click)
    (second,) = await session.emulator.wait_for_replies(click["token"])
    assert second.callback_type == UPDATE_MESSAGE
    description = second.data["embeds"][0]["description"]
    assert "Opening 2" in description and "Opening 1" in description
    assert "Opening 7" not in description
    assert second.data["embeds"][0]["footer"]["text"] == "Page 2 of 2"
    assert list(_button_ids(second)) == ["◀ Previous"]


async def test_list_filters_by_a_competency_found_by_autocomplete(
    session: BotUnderTest,
) -> None:
    guild = new_guild(session)
    await _seed(session, guild, "Go Engineer", GO_POSTING, skills=("go", "postgresql"))
    await _seed(session, guild, "Laravel Developer", PHP_POSTING, skills=("php", "mysql"))
    member = member_of(session, guild)
    choices = await _suggestions(session, "list", "skill", "postg", member)
    assert choices[0]["value"] == "postgresql"
    answer = await jobs(session, "list", member, skill="postgresql")
    assert "Go Engineer" in answer.text and "Laravel" not in answer.text
    answer = await jobs(session, "list", member, skill="kubernetes")
    assert "No open posting asks for" in answer.text


async def test_show_finds_a_posting_by_autocomplete_and_renders_it_inert(
    session: BotUnderTest,
) -> None:
    guild = new_guild(session)
    posting_id = await _seed(
        session, guild, "Go Engineer", GO_POSTING + "\nPing @everyone <@123456789012345678>"
    )
    await _seed(session, guild, "Laravel Developer", PHP_POSTING)
    member = member_of(session, guild)
    choices = await _suggestions(session, "show", "posting", "go", member)
    assert [c["value"] for c in choices] == [str(posting_id)]
    answer = await jobs(session, "show", member, posting=choices[0]["value"])
    assert answer.embeds[0]["title"] == f"#{posting_id} · Go Engineer"
    assert "@everyone" not in answer.embeds[0]["description"]
    assert answer.data["allowed_mentions"] == {"parse": []}
    by_title = await jobs(session, "show", member, posting="laravel")
    assert "Laravel Developer" in by_title.embeds[0]["title"]


async def test_remove_takes_a_posting_off_the_board(session: BotUnderTest) -> None:
    guild = new_guild(session)
    posting_id = await _seed(session, guild, "Go Engineer", GO_POSTING)
    moderator = moderator_of(session, guild)
    question = await admin(session, "remove", moderator, posting=str(posting_id))
    assert "Take **Go Engineer**" in question.text
    assert (await session.bot.store.list_postings(int(guild))).total == 1  # not yet
    click = session.interactions.component(
        _button_ids(question)["Remove"], question, member=moderator
    )
    await session.emulator.dispatch(click)
    (answer,) = await session.emulator.wait_for_replies(click["token"])
    assert answer.callback_type == UPDATE_MESSAGE
    assert "is off the board" in answer.text
    assert (await session.bot.store.list_postings(int(guild))).total == 0
    again = await admin(session, "remove", moderator, posting=str(posting_id))
    assert "no open posting" in again.text


# -- isolation -------------------------------------------------------------------------------


async def test_a_guild_never_sees_another_guilds_board(session: BotUnderTest) -> None:
    guild_a, guild_b = new_guild(session), new_guild(session)
    posting_id = await _seed(session, guild_a, "Secret Go Opening", GO_POSTING)
    member_b = member_of(session, guild_b)
    moderator_b = moderator_of(session, guild_b)
    assert await _suggestions(session, "show", "posting", "", member_b) == []
    assert (
        await _suggestions(session, "remove", "posting", "secret", moderator_b, "jobs-admin") == []
    )
    listing = await jobs(session, "list", member_b)
    assert "Secret" not in listing.text and "0 open" in listing.text
    shown = await jobs(session, "show", member_b, posting=str(posting_id))
    assert "no open posting" in shown.text
    removed = await admin(session, "remove", moderator_b, posting=str(posting_id))
    assert "no open posting" in removed.text
    assert await session.bot.store.get_posting(int(guild_a), posting_id) is not None
    fits = await jobs(session, "match", member_b, file=_resume_pdf(session))
    assert "no open postings yet" in fits.text
    member_a = member_of(session, guild_a)
    assert [c["value"] for c in await _suggestions(session, "show", "posting", "", member_a)] == [
        str(posting_id)
    ]


# -- matching --------------------------------------------------------------------------------


def _resume_pdf(session: BotUnderTest) -> dict[str, Any]:
    return session.emulator.add_attachment("cv.pdf", documents.pdf(RESUME))


async def test_match_ranks_the_boards_postings_for_a_pdf_resume(session: BotUnderTest) -> None:
    guild = new_guild(session)
    await _seed(session, guild, "Frontend Developer", FRONTEND_POSTING)
    await _seed(session, guild, "Backend Engineer (Go)", GO_POSTING)
    await _seed(session, guild, "Laravel Developer", PHP_POSTING)
    member = member_of(session, guild)
    interaction = session.interactions.slash(
        "jobs", {"file": _resume_pdf(session)}, subcommand="match", member=member
    )
    await session.emulator.dispatch(interaction)
    ack, answer = await session.emulator.wait_for_replies(interaction["token"], count=2)
    assert ack.callback_type == DEFERRED_CHANNEL_MESSAGE and ack.ephemeral
    assert answer.ephemeral
    (embed,) = answer.embeds
    names = [field["name"] for field in embed["fields"]]
    assert len(names) == 3
    assert "Backend Engineer (Go)" in names[0]
    assert "Frontend" in names[-1]
    best = embed["fields"][0]["value"]
    assert "**You show:**" in best and "PostgreSQL" in best
    assert "**Still asks for:**" in best and "Redis" in best
    assert "not stored" in embed["footer"]["text"]
    assert not _button_ids(answer)


async def test_added_posting_keeps_its_result_and_match_compares_with_it(
    session: BotUnderTest,
) -> None:
    guild = new_guild(session)
    await admin(session, "add", moderator_of(session, guild), title="Go", text=GO_POSTING)
    ((_, stored),) = (await session.bot.store.posting_results(int(guild))).items()
    assert stored is not None and stored.taxonomy_version == session.bot.taxonomy.version
    # a posting whose text says Laravel but whose stored result is the Go posting's:
    # /jobs match goes by the stored result, so the text is not matched again
    other = new_guild(session)
    await _seed(session, other, "Go", PHP_POSTING, result=stored)
    fits = await jobs(session, "match", member_of(session, other), file=_resume_pdf(session))
    best = fits.embeds[0]["fields"][0]["value"]
    assert "Redis" in best and "Laravel" not in best


async def test_match_analyses_again_postings_of_an_older_taxonomy_and_keeps_them(
    session: BotUnderTest,
) -> None:
    guild = new_guild(session)
    old = PostingResult(taxonomy_version="2000.01", result_json='{"stale": true}')
    stale_id = await _seed(session, guild, "Backend Engineer (Go)", GO_POSTING, result=old)
    never_id = await _seed(session, guild, "Laravel Developer", PHP_POSTING)
    fits = await jobs(session, "match", member_of(session, guild), file=_resume_pdf(session))
    names = [field["name"] for field in fits.embeds[0]["fields"]]
    assert len(names) == 2 and "Backend Engineer (Go)" in names[0]
    results = await session.bot.store.posting_results(int(guild))
    version = session.bot.taxonomy.version
    for posting_id in (stale_id, never_id):
        stored = results[posting_id]
        assert stored is not None and stored.taxonomy_version == version
    posting = await session.bot.store.get_posting(int(guild), never_id)
    assert posting is not None and "laravel" in posting.analysis.skills


async def test_background_refresh_analyses_stale_postings_once_each(
    session: BotUnderTest,
) -> None:
    guild = new_guild(session)
    posting_id = await _seed(session, guild, "Laravel Developer", PHP_POSTING)
    cog: Any = session.bot.get_cog("JobsCog")  # the extension's own copy of bot.cogs.jobs
    assert cog is not None
    store, version = session.bot.store, session.bot.taxonomy.version
    for _ in range(20):  # other tests' postings may come first, five at a time
        await cog.refresh()
        stored = (await store.posting_results(int(guild)))[posting_id]
        if stored is not None:
            break
    assert stored is not None and stored.taxonomy_version == version
    posting = await store.get_posting(int(guild), posting_id)
    assert posting is not None and "laravel" in posting.analysis.skills
    assert not [p for p in await store.stale_postings(version) if p.posting_id <= posting_id]


async def test_match_pages_through_many_postings(session: BotUnderTest) -> None:
    guild = new_guild(session)
    for number in range(7):
        await _seed(session, guild, f"Go Opening {number}", GO_POSTING)
    member = member_of(session, guild)
    first = await jobs(session, "match", member, file=_resume_pdf(session))
    assert len(first.embeds[0]["fields"]) == 5
    assert first.embeds[0]["footer"]["text"].startswith("Page 1 of 2")
    next_id = _button_ids(first)["Next ▶"]
    click = session.interactions.component(next_id, first, member=member)
    await session.emulator.dispatch(click)
    (second,) = await session.emulator.wait_for_replies(click["token"])
    assert second.callback_type == UPDATE_MESSAGE
    assert len(second.data["embeds"][0]["fields"]) == 2
    assert second.data["embeds"][0]["fields"][0]["name"].startswith("6. ")

    stranger = session.interactions.component(next_id, first, member=member_of(session, guild))
    refused = await reply_to(session, stranger)
    assert refused.ephemeral
    assert "These are member's results. Run /jobs match" in refused.text


async def test_two_members_turn_their_own_match_pages_only(session: BotUnderTest) -> None:
    guild = new_guild(session)
    for number in range(7):
        await _seed(session, guild, f"Go Opening {number}", GO_POSTING)
    first_member, second_member = member_of(session, guild), member_of(session, guild)
    first = await jobs(session, "match", first_member, file=_resume_pdf(session))
    second = await jobs(session, "match", second_member, file=_resume_pdf(session))
    first_next, second_next = _button_ids(first)["Next ▶"], _button_ids(second)["Next ▶"]
    assert first_next != second_next

    click = session.interactions.component(first_next, first, member=first_member)
    await session.emulator.dispatch(click)
    (turned,) = await session.emulator.wait_for_replies(click["token"])
    assert turned.callback_type == UPDATE_MESSAGE
    assert turned.data["embeds"][0]["footer"]["text"].startswith("Page 2 of 2")

    # the second member's pages are still on their first page, and still theirs alone
    click = session.interactions.component(second_next, second, member=second_member)
    await session.emulator.dispatch(click)
    (turned,) = await session.emulator.wait_for_replies(click["token"])
    assert turned.data["embeds"][0]["fields"][0]["name"].startswith("6. ")
    stranger = session.interactions.component(second_next, second, member=first_member)
    refused = await reply_to(session, stranger)
    assert refused.ephemeral and "These are member's results" in refused.text


async def test_match_pages_lose_their_buttons_when_they_time_out(
    session: BotUnderTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(match_views, "REPLY_TIMEOUT_SECONDS", 0.2)
    guild = new_guild(session)
    for number in range(7):
        await _seed(session, guild, f"Go Opening {number}", GO_POSTING)
    interaction = session.interactions.slash(
        "jobs", {"file": _resume_pdf(session)}, subcommand="match", member=member_of(session, guild)
    )
    await session.emulator.dispatch(interaction)
    _, pages, timed_out = await session.emulator.wait_for_replies(interaction["token"], count=3)
    assert pages.ephemeral and _button_ids(pages)
    assert timed_out.route == "edit" and timed_out.message_id == pages.message_id
    assert timed_out.data["components"] == []


async def test_match_without_a_file_takes_the_resume_from_a_form(session: BotUnderTest) -> None:
    guild = new_guild(session)
    await _seed(session, guild, "Backend Engineer (Go)", GO_POSTING)
    member = member_of(session, guild)
    modal = await jobs(session, "match", member)
    assert modal.callback_type == MODAL
    submit = session.interactions.modal_submit(
        modal.data["custom_id"], {"text": RESUME}, member=member
    )
    answer = await reply_to(session, submit)
    assert "Backend Engineer (Go)" in answer.embeds[0]["fields"][0]["name"]


# -- expiry ----------------------------------------------------------------------------------


async def test_expired_postings_vanish_at_once_and_are_pruned(
    session: BotUnderTest, clock: SteppedClock
) -> None:
    guild = new_guild(session)
    moderator = moderator_of(session, guild)
    await admin(session, "add", moderator, title="Short-lived", text=GO_POSTING, expires=1)
    kept = await _seed(session, guild, "Long-lived", GO_POSTING)
    (short,) = [
        p
        for p in (await session.bot.store.list_postings(int(guild))).postings
        if p.title == "Short-lived"
    ]
    clock.advance(days=2)
    listing = await jobs(session, "list", moderator)
    assert "Long-lived" in listing.text and "Short-lived" not in listing.text
    shown = await jobs(session, "show", moderator, posting=str(short.posting_id))
    assert "no open posting" in shown.text

    cog = session.bot.get_cog("JobsCog")
    assert cog is not None
    await cog.prune()  # type: ignore[attr-defined]
    rows = await session.bot.store.open_postings(int(guild))
    assert [p.posting_id for p in rows] == [kept]
    assert await session.bot.store.prune_expired() == 0  # nothing left to prune


async def test_a_database_failure_gets_a_friendly_reply(
    session: BotUnderTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def fails(*args: object, **kwargs: object) -> None:
        raise StorageUnavailableError("the SQLite database failed: disk I/O error")

    guild = new_guild(session)
    monkeypatch.setattr(session.bot.store, "list_postings", fails)
    answer = await jobs(session, "list", member_of(session, guild))
    assert answer.ephemeral
    assert "database is unavailable right now" in answer.text
    moderator = moderator_of(session, guild)
    modal = await admin(session, "add", moderator, title="Go")
    assert modal.callback_type == MODAL
    submit = session.interactions.modal_submit(
        modal.data["custom_id"], {"text": GO_POSTING}, member=moderator
    )
    saved = await reply_to(session, submit)  # the save itself checks the board's size first
    assert "database is unavailable right now" in saved.text


async def test_the_board_answers_in_indonesian(session: BotUnderTest) -> None:
    commands = session.emulator.commands[GUILD_ID]
    jobs = next(c for c in commands if c["name"] == "jobs")
    localized = [o["name_localizations"]["id"] for o in jobs["options"]]
    assert localized == ["notifikasi", "daftar", "lihat", "cocokkan"]
    admin = next(c for c in commands if c["name"] == "jobs-admin")
    localized = [o["name_localizations"]["id"] for o in admin["options"]]
    assert localized == ["tambah", "ubah", "hapus", "atur"]
    guild = new_guild(session)
    await _seed(session, guild, "Backend Engineer (Go)", GO_POSTING)
    member = member_of(session, guild)
    listing = session.interactions.slash("jobs", {}, subcommand="list", member=member, locale="id")
    answer = await reply_to(session, listing)
    assert answer.embeds[0]["title"] == "Papan lowongan · 1 lowongan aktif"
    refused = session.interactions.slash(
        "jobs-admin",
        {"title": "Go", "text": GO_POSTING},
        subcommand="add",
        member=member,
        locale="id",
    )
    assert "Kelola Pesan" in (await reply_to(session, refused)).text
