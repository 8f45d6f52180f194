"""The /match reply: a one-screen summary, and the parts its buttons open, in both languages."""

from __future__ import annotations

import discord
import pytest

from bot.palette import ERROR, INFO, score_colour
from bot.render import CHART_NAME
from bot.render_match import (
    EVIDENCE_SHOWN,
    SECTIONS,
    detail_choices,
    render_competency,
    render_summary,
    sections_for,
)
from bot.texts import LANGS, Lang
from matcher import NextStep, RoleLeaning
from tests.bot.test_render import (
    TAXONOMY,
    _empty_result,
    _extreme_result,
    assert_within_limits,
)

_PHONE_SCREEN_CHARS = 900  # about what one phone screen shows of an embed


def _shown(embed: discord.Embed) -> str:
    return str(embed.to_dict())


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ["resume", "posting"])
def test_summary_of_every_competency_fits_one_screen(lang: Lang, kind: str) -> None:
    embed = render_summary(_extreme_result(kind), TAXONOMY, lang)  # type: ignore[arg-type]
    assert_within_limits(embed)
    assert len(embed) < _PHONE_SCREEN_CHARS
    assert embed.image.url is None  # the chart is one button away, not in the summary
    strongest = embed.fields[0].value or ""
    assert len(strongest.splitlines()) == EVIDENCE_SHOWN


@pytest.mark.parametrize("lang", LANGS)
def test_every_part_fits_and_escapes_hostile_text(lang: Lang) -> None:
    result = _extreme_result()
    embeds = [SECTIONS[key](result, TAXONOMY, lang) for key in SECTIONS]
    embeds.append(render_summary(result, TAXONOMY, lang))
    embeds += [render_competency(result, c.id, TAXONOMY, lang) for c in TAXONOMY.competencies]
    for embed in embeds:
        assert_within_limits(embed)
        shown = _shown(embed)
        assert "@everyone" not in shown
        assert "<@123456789012345678>" not in shown
        assert "**bold**" not in shown


def test_a_resume_offers_a_plan_and_a_posting_does_not() -> None:
    assert sections_for(_extreme_result("resume")) == ["competencies", "plan", "chart"]
    assert sections_for(_extreme_result("posting")) == ["competencies", "chart"]


def test_resume_summary_names_its_top_gaps_and_a_posting_what_it_asks() -> None:
    resume = render_summary(_extreme_result("resume"), TAXONOMY, "en")
    posting = render_summary(_extreme_result("posting"), TAXONOMY, "en")
    assert [f.name for f in resume.fields][1].startswith("Top gaps (")
    assert [f.name for f in posting.fields][1].startswith("Asks for (")
    assert resume.title is not None and "backend fit" in resume.title
    # a posting's score is its backend profile: nobody's fit, so not in a fit colour
    assert posting.title is not None and "fit" not in posting.title
    assert posting.colour is not None and posting.colour.value == INFO


def test_summary_in_indonesian_names_kind_language_level_and_years() -> None:
    embed = render_summary(_extreme_result("posting"), TAXONOMY, "id")
    assert embed.title is not None and embed.title.startswith("Lowongan kerja · profil backend")
    description = embed.description or ""
    assert "berbahasa Indonesia dan Inggris" in description
    assert "Lead · 12.5 tahun" in description


def test_summary_with_nothing_found_says_so() -> None:
    embed = render_summary(_empty_result(), TAXONOMY, "en")
    assert_within_limits(embed)
    assert "No backend competency found in this text." in [f.value for f in embed.fields]
    assert "not stated" in (embed.description or "")


def test_chart_part_points_at_the_attachment() -> None:
    embed = SECTIONS["chart"](_extreme_result(), TAXONOMY, "en")
    assert embed.image.url == f"attachment://{CHART_NAME}"


def test_learning_hints_follow_the_member_not_the_document() -> None:
    database = TAXONOMY.get("sql")
    assert database.learning_hint is not None
    english_document = _empty_result().model_copy(
        update={
            "kind": "resume",
            "next_steps": (NextStep(id="sql", name="SQL", hint="in English", roadmap_step=None),),
        }
    )
    plan = SECTIONS["plan"](english_document, TAXONOMY, "id").description or ""
    assert database.learning_hint.id in plan
    assert "in English" not in plan


def test_role_signal_names_the_title_and_competencies() -> None:
    result = _empty_result().model_copy(
        update={
            "role": RoleLeaning(
                id="backend",
                shares={"backend": 0.9, "frontend": 0.1},
                backend=0.9,
                frontend=0.1,
                signal=("title: Backend Developer", "go"),
            )
        }
    )
    english = SECTIONS["competencies"](result, TAXONOMY, "en")
    indonesian = SECTIONS["competencies"](result, TAXONOMY, "id")
    assert (english.fields[0].name, english.fields[0].value) == (
        "Because of",
        "the title “Backend Developer”, Go (Golang)",
    )
    assert indonesian.fields[0].value == "judul “Backend Developer”, Go (Golang)"


def test_one_competency_shows_its_evidence_or_that_there_is_none() -> None:
    result = _extreme_result()
    found = render_competency(result, result.skills[0].id, TAXONOMY, "en")
    assert found.fields[0].name == "In the text you sent"
    assert "“second” (similar wording)" in (found.fields[0].value or "")
    absent = render_competency(_empty_result(), "sql", TAXONOMY, "id")
    assert absent.fields[0].value == "Tidak ditemukan di teks yang kamu kirim."


def test_detail_choices_list_found_then_missing_once_each() -> None:
    result = _extreme_result()
    choices = detail_choices(result, TAXONOMY)
    assert len(choices) == len(set(choices)) == len(TAXONOMY.competencies)
    assert choices[0] == result.skills[0].id


def test_scores_are_never_drawn_in_the_error_colour() -> None:
    assert {score_colour(score) for score in range(101)}.isdisjoint({ERROR})
