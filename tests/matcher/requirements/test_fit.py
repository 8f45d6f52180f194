"""A posting's groups are covered by any one member; musts weigh more than nice-to-haves."""

from __future__ import annotations

from matcher.requirements import RequirementGroup, requirement_fit


def _group(*ids: str, level: str = "must") -> RequirementGroup:
    return RequirementGroup.model_validate({"ids": ids, "level": level, "start": 0, "end": 1})


GROUPS = [
    _group("go", "java"),
    _group("postgresql", "mysql"),
    _group("docker", level="nice"),
    _group("aws", "google-cloud", level="nice"),
]


def test_one_member_covers_an_either_or_group() -> None:
    fit = requirement_fit(GROUPS, {"go", "mysql"})
    assert fit.missing_must == ()
    assert [g.ids for g in fit.missing_nice] == [("docker",), ("aws", "google-cloud")]


def test_musts_outweigh_nice_to_haves() -> None:
    musts_only = requirement_fit(GROUPS, {"java", "postgresql"})
    extras_only = requirement_fit(GROUPS, {"java", "docker", "aws"})
    assert musts_only.score > extras_only.score
    assert [g.ids for g in extras_only.missing_must] == [("postgresql", "mysql")]


def test_everything_covered_scores_100_and_nothing_asked_scores_0() -> None:
    assert requirement_fit(GROUPS, {"go", "mysql", "docker", "aws"}).score == 100
    assert requirement_fit([], {"go"}).score == 0
