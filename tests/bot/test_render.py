"""Rendering is pure: results in, embeds within Discord's limits out, in both languages."""

from __future__ import annotations

from typing import Literal

import discord
import pytest
from hypothesis import given
from hypothesis import strategies as st

import taxonomy
from bot import embed_limits
from bot.chart import PNG_MAGIC, coverage_chart
from bot.render import (
    plain,
    render_comparison,
    render_error,
    render_help,
    render_skill,
    render_skills,
)
from bot.texts import LANGS, Lang
from matcher import (
    Comparison,
    Evidence,
    Experience,
    Gap,
    MatchResult,
    NextStep,
    Requirement,
    RoleLeaning,
    SkillHit,
)

TAXONOMY = taxonomy.load_taxonomy()
HOSTILE = "@everyone **bold** <@123456789012345678> `code` ||spoiler|| " * 120


def assert_within_limits(embed: discord.Embed) -> None:
    assert len(embed.title or "") <= embed_limits.TITLE
    assert len(embed.description or "") <= embed_limits.DESCRIPTION
    assert len(embed.fields) <= embed_limits.FIELDS
    for field in embed.fields:
        assert 0 < len(field.name or "") <= embed_limits.FIELD_NAME
        assert 0 < len(field.value or "") <= embed_limits.FIELD_VALUE
    assert len(embed.footer.text or "") <= embed_limits.FOOTER
    assert len(embed) <= embed_limits.TOTAL


def _evidence(snippet: str, method: str = "alias") -> Evidence:
    return Evidence(
        start=0, end=len(snippet), snippet=snippet, method=method, matched="x", similarity=1.0
    )


def _hit(competency: taxonomy.Competency, snippet: str) -> SkillHit:
    return SkillHit(
        id=competency.id,
        name=competency.name,
        category=competency.category,
        tier=competency.tier,
        weight=competency.weight,
        confidence=1.0,
        evidence=(_evidence(snippet), _evidence("second", "similarity")),
    )


def _gap(competency: taxonomy.Competency) -> Gap:
    return Gap(id=competency.id, name=competency.name, ids=(competency.id,), step=1)


def _extreme_result(kind: Literal["resume", "posting"] = "resume") -> MatchResult:
    """Every competency found, with hostile, huge evidence; every core one also missing."""
    everything = TAXONOMY.competencies
    return MatchResult(
        score=99.6,
        kind=kind,
        language="mixed",
        lang="id",
        sections=(),
        categories={info.id: 100.0 for info in TAXONOMY.profile.categories},
        skills=tuple(_hit(c, HOSTILE) for c in everything),
        missing=tuple(_gap(c) for c in everything if c.tier == "core"),
        negated=tuple(_hit(c, "no " + c.name) for c in everything[:40]),
        role=RoleLeaning(
            id="fullstack",
            shares={"backend": 0.5, "frontend": 0.5},
            backend=0.5,
            frontend=0.5,
            signal=(HOSTILE, *[c.id for c in everything]),
        ),
        experience=Experience(years=12.5, seniority="lead"),
        next_steps=tuple(
            NextStep(id=c.id, name=c.name, hint=HOSTILE, roadmap_step=3) for c in everything
        ),
        taxonomy_version=TAXONOMY.version,
    )


def _empty_result() -> MatchResult:
    return MatchResult(
        score=0,
        kind="posting",
        language="en",
        lang="en",
        sections=(),
        categories={info.id: 0.0 for info in TAXONOMY.profile.categories},
        skills=(),
        missing=(),
        role=RoleLeaning(id="backend", shares={}, backend=0, frontend=0, signal=()),
        experience=Experience(),
        next_steps=(),
        taxonomy_version=TAXONOMY.version,
    )


def test_extreme_inputs_exceed_the_limits_before_fitting() -> None:
    assert len(TAXONOMY.competencies) >= 90
    assert len(HOSTILE) * len(TAXONOMY.competencies) > embed_limits.TOTAL


@pytest.mark.parametrize("lang", LANGS)
def test_comparison_with_ninety_requirements_fits(lang: Lang) -> None:
    result = _extreme_result()
    requirements = tuple(
        Requirement(
            id=c.id,
            ids=(c.id,),
            level="must",
            name=c.name,
            category=c.category,
            weight=c.weight,
            posting_evidence=(_evidence(HOSTILE),),
            resume_evidence=(_evidence(HOSTILE),),
        )
        for c in TAXONOMY.competencies
    )
    comparison = Comparison(
        score=50,
        covered=requirements[:45],
        missing_must=requirements[45:],
        missing_nice=(),
        missing=requirements[45:],
        years_asked=None,
        years_shown=12.5,
        level_asked=None,
        level_shown="lead",
        extra=result.skills,
        resume=result,
        posting=result,
    )
    embed = render_comparison(comparison, TAXONOMY, lang)
    assert_within_limits(embed)
    assert "@everyone" not in str(embed.to_dict())


@pytest.mark.parametrize("lang", LANGS)
def test_taxonomy_browsing_fits_for_every_category_and_competency(lang: Lang) -> None:
    assert_within_limits(render_skills(TAXONOMY, lang))
    for info in TAXONOMY.profile.categories:
        assert_within_limits(render_skills(TAXONOMY, lang, info.id))
    for competency in TAXONOMY.competencies:
        assert_within_limits(render_skill(competency, TAXONOMY, lang))


def test_skill_names_its_seed_sources_or_says_it_is_not_from_them() -> None:
    from_seeds = next(c for c in TAXONOMY.competencies if c.seeds)
    embed = render_skill(from_seeds, TAXONOMY, "en")
    sources = next(f.value for f in embed.fields if f.name == "Sources")
    assert sources is not None and from_seeds.seeds[0] in sources
    added = [c for c in TAXONOMY.competencies if not c.from_seeds]
    for competency in added[:1]:
        embed = render_skill(competency, TAXONOMY, "id")
        sources = next(f.value for f in embed.fields if f.name == "Sumber")
        assert sources == "Ditambahkan dari lowongan nyata; tidak disebut di artikel sumber"


@pytest.mark.parametrize("lang", LANGS)
def test_help_states_the_configured_limits(lang: Lang) -> None:
    embed = render_help(lang, limit_bytes=5 * 1024 * 1024, cooldown_uses=4, cooldown_seconds=30)
    assert_within_limits(embed)
    shown = str(embed.to_dict())
    assert "5 MB" in shown and "4" in shown and "30" in shown


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    "reason",
    [
        "too_large",
        "inflates",
        "unsupported",
        "corrupt",
        "encrypted",
        "empty_file",
        "too_long",
        "empty_text",
        "empty_message",
        "download",
        "cooldown",
        "internal",
    ],
)
def test_every_error_reason_has_a_text(lang: Lang, reason: str) -> None:
    embed = render_error(
        lang, reason, filename="@everyone.pdf", limit="8 MB", when="soon", seconds=3
    )
    assert_within_limits(embed)
    assert "{" not in (embed.description or "")
    assert "@everyone" not in (embed.description or "")


def test_chart_is_a_png_for_one_and_two_series() -> None:
    labels: dict[str, str] = {info.id: info.name.en for info in TAXONOMY.profile.categories}
    single = coverage_chart([("Resume", {"database": 80, "api": 140})], labels, "Coverage")
    double = coverage_chart(
        [("Posting", {"database": 100}), ("Resume", {"database": -5})], labels, "Coverage"
    )
    assert single.startswith(PNG_MAGIC) and double.startswith(PNG_MAGIC)
    assert single != double


@given(st.text())
def test_plain_text_never_mentions_anyone(value: str) -> None:
    shown = plain(value + " @everyone @here")
    assert "@everyone" not in shown and "@here" not in shown
    assert "\n" not in shown


@given(
    title=st.text(max_size=600),
    description=st.text(max_size=9000),
    fields=st.lists(st.tuples(st.text(max_size=400), st.text(max_size=3000)), max_size=40),
    footer=st.text(max_size=3000),
)
def test_fit_embeds_always_lands_within_the_limits(
    title: str, description: str, fields: list[tuple[str, str]], footer: str
) -> None:
    embed = discord.Embed(title=title, description=description)
    for name, value in fields:
        embed.add_field(name=name, value=value)
    embed.set_footer(text=footer)
    (fitted,) = embed_limits.fit_embeds([embed])
    assert_within_limits(fitted)


def test_fit_lines_says_how_many_lines_were_left_out() -> None:
    lines = [f"line {number:03d} " + "x" * 40 for number in range(100)]
    fitted = embed_limits.fit_lines(lines, 500, lambda count: f"+{count} more")
    assert len(fitted) <= 500
    kept = fitted.splitlines()
    assert kept[-1] == f"+{100 - (len(kept) - 1)} more"
    assert kept[0] == lines[0]
