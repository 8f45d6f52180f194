"""Which of our packages may import which: ``tests`` is imported by nothing outside it, and
``testkit``, left out of the wheel, by nothing that is shipped."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ["matcher", "bot", "taxonomy"]
DEVELOPMENT = ["bench", "examples", "testkit"]


def imported_packages(path: Path) -> set[str]:
    """Top-level names of the absolute imports in a Python file."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def importers(folders: list[str], package: str) -> list[str]:
    return [
        str(path.relative_to(REPO_ROOT))
        for folder in folders
        for path in sorted((REPO_ROOT / folder).rglob("*.py"))
        if package in imported_packages(path)
    ]


def test_nothing_outside_tests_imports_tests() -> None:
    assert importers(SHIPPED + DEVELOPMENT, "tests") == []


def test_shipped_packages_do_not_import_the_development_kit() -> None:
    assert importers(SHIPPED, "testkit") == []


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ("import tests.e2e\n", True),
        ("from tests import document_factory\n", True),
        ("def load():\n    from tests.matcher import cases\n", True),
        ("import testkit\nfrom . import tests\n", False),
    ],
)
def test_imports_are_found_wherever_they_are_written(
    tmp_path: Path, source: str, found: bool
) -> None:
    path = tmp_path / "module.py"
    path.write_text(source)
    assert ("tests" in imported_packages(path)) == found
