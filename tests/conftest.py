"""Settings for the whole test run."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from typing import Any

import pytest

from tests import process_leaks


def pytest_configure(config: pytest.Config) -> None:
    # Fitted models are cached in a folder of this run, never the user's cache; subprocesses
    # (the CLI and bot tests) inherit it.
    os.environ.setdefault("COCOK_CACHE_DIR", tempfile.mkdtemp(prefix="cocok-test-cache-"))
    config.pluginmanager.register(process_leaks, "cocok-process-leaks")


@pytest.fixture(scope="session")
def dask_client() -> Iterator[Any]:
    """A client of a two-process Dask cluster on 127.0.0.1, shut down at the end of the run."""
    pytest.importorskip("distributed", reason='Dask is not installed (pip install "cocok[dask]")')
    from testkit.dask_cluster import local_dask_cluster

    with local_dask_cluster() as client:
        yield client
