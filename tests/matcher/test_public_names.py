"""matcher's public names: ``__all__``, the lazy ``_HOMES`` map and the typed imports agree."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import matcher

INIT = Path(matcher.__file__)


def _type_checking_imports() -> dict[str, str]:
    """Each name ``matcher/__init__.py`` imports under ``if TYPE_CHECKING:``, with its module."""
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    (block,) = [
        node
        for node in tree.body
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name)
        if node.test.id == "TYPE_CHECKING"
    ]
    return {
        alias.name: statement.module or ""
        for statement in block.body
        if isinstance(statement, ast.ImportFrom)
        for alias in statement.names
    }


def test_every_public_name_resolves() -> None:
    for name in matcher.__all__:
        assert getattr(matcher, name) is not None, name


def test_every_lazy_name_is_public_and_found_where_the_map_says() -> None:
    for name, home in matcher._HOMES.items():
        assert name in matcher.__all__, name
        assert hasattr(importlib.import_module(home), name), (name, home)


def test_the_typed_imports_are_the_lazy_names_from_the_same_modules() -> None:
    assert _type_checking_imports() == matcher._HOMES


def test_every_public_name_but_the_version_is_lazy() -> None:
    assert set(matcher.__all__) - set(matcher._HOMES) == {"__version__"}
