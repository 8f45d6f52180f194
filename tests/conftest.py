"""Settings for the whole test run."""

from __future__ import annotations

import os
import tempfile

import pytest

from tests import process_leaks


def pytest_configure(config: pytest.Config) -> None:
    # Fitted models are cached in a folder of this run, never the user's cache; subprocesses
    # (the CLI and bot tests) inherit it.
    os.environ.setdefault("COCOK_CACHE_DIR", tempfile.mkdtemp(prefix="cocok-test-cache-"))
    config.pluginmanager.register(process_leaks, "cocok-process-leaks")
