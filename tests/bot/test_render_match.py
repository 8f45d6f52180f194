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
    render_other,
    render_summary,
    sections_for,
)
from bot.texts import LANGS, Lang
from matcher import Evidence, Experience, Gap, NextStep, PostingSummary, RoleLeaning
from tests.bot.test_render import (
    TAXONOMY,
    _empty_result,
    _evidence,
    _extreme_result,
    _hit,
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
    assert [f.name for f in posting.fields][1:] == [
        f"Must-haves ({len(TAXONOMY.competencies)})",
        f"Nice to have ({len(TAXONOMY.competencies)})",
        f"Either-or ({len(TAXONOMY.competencies)})",
    ]
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


def _posting(summary: PostingSummary) -> list[tuple[str, str]]:
    result = _empty_result().model_copy(update={"summary": summary})
    embed = render_summary(result, TAXONOMY, "en")
    return [(field.name or "", field.value or "") for field in embed.fields]


def test_posting_summary_says_what_it_must_have_may_have_and_either_or() -> None:
    summary = PostingSummary(
        must=("Go (Golang) or Java", "PostgreSQL"),
        nice=("Kubernetes",),
        either_or=("Go (Golang) or Java",),
        years=3,
        level="mid",
    )
    result = _empty_result().model_copy(
        update={"summary": summary, "experience": Experience(years=3, seniority="mid")}
    )
    embed = render_summary(result, TAXONOMY, "en")
    assert [(f.name, f.value) for f in embed.fields][1:] == [
        ("Must-haves (2)", "Go (Golang) or Java, PostgreSQL"),
        ("Nice to have (1)", "Kubernetes"),
        ("Either-or (1)", "Go (Golang) or Java"),
    ]
    assert "**Asks for:** Mid-level · 3 years" in (embed.description or "")
    # no learning plan for a posting: its requirements are the picture
    assert "plan" not in sections_for(result)


def test_posting_summary_without_requirements_says_so() -> None:
    nothing = PostingSummary(must=(), nice=(), either_or=(), years=None, level=None)
    assert _posting(nothing)[1:] == [("Must-haves (0)", "No requirement found in it.")]


def test_resume_gaps_are_groups_with_their_alternatives_best_fit_first() -> None:
    gap = Gap(
        id="server-framework", name="Server framework", ids=("laravel", "spring-boot"), step=4
    )
    result = _empty_result().model_copy(update={"kind": "resume", "missing": (gap,)})
    for lang, expected in (
        ("en", "**Server framework** — one of: Laravel, Spring Boot"),
        ("id", "**Server framework** — salah satu: Laravel, Spring Boot"),
    ):
        embed = render_summary(result, TAXONOMY, lang)  # type: ignore[arg-type]
        assert embed.fields[1].value == expected
        assert (
            expected
            in (SECTIONS["competencies"](result, TAXONOMY, lang).to_dict()["fields"][-1]["value"])
        )  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "title", "force"),
    [
        ("en", "This doesn't look like a resume or a job posting", "`/match`"),
        ("id", "Ini sepertinya bukan CV atau lowongan kerja", "`/cocokkan`"),
    ],
)
def test_other_text_gets_no_score_but_how_to_have_it_scored(
    lang: Lang, title: str, force: str
) -> None:
    other = _empty_result().model_copy(
        update={"kind": "other", "skills": (_hit(TAXONOMY.get("go"), "Go"),)}
    )
    embed = render_other(other, TAXONOMY, lang)
    assert embed.title == title
    assert "/100" not in _shown(embed)
    assert force in (embed.description or "")
    assert "Go (Golang)" in (embed.description or "")


def test_evidence_is_marked_by_the_section_it_stands_in() -> None:
    asked = Evidence(**{**_evidence("Golang").model_dump(), "section": "nice_to_have"})
    hit = _hit(TAXONOMY.get("go"), "Golang").model_copy(update={"evidence": (asked,)})
    result = _empty_result().model_copy(update={"skills": (hit,)})
    assert "“Golang” (nice to have)" in (
        render_summary(result, TAXONOMY, "en").fields[0].value or ""
    )
    assert "“Golang” (nilai tambah)" in (
        render_summary(result, TAXONOMY, "id").fields[0].value or ""
    )


@pytest.mark.parametrize("role", ["mobile", "data", "devops", "other-it", "non-it"])
def test_roles_beyond_the_web_are_named_in_the_members_language(role: str) -> None:
    leaning = RoleLeaning(id=role, shares={}, backend=0, frontend=0, signal=())  # type: ignore[arg-type]
    result = _empty_result().model_copy(update={"role": leaning})
    for lang in LANGS:
        description = render_summary(result, TAXONOMY, lang).description or ""
        assert f"{TAXONOMY.role_name(role, lang)} (0%" in description
        assert role not in description.replace(TAXONOMY.role_name(role, lang), "")


def test_skills_named_only_about_the_company_are_shown_as_not_asked() -> None:
    about_company = _hit(TAXONOMY.get("go"), "we build our services in Go")
    result = _empty_result().model_copy(update={"context": (about_company,)})
    fields = SECTIONS["competencies"](result, TAXONOMY, "id").fields
    assert [(f.name, f.value) for f in fields] == [
        (
            "Hanya disebut tentang perusahaan, fasilitas atau cara melamar (tidak diminta)",
            "Go (Golang)",
        )
    ]
