"""A Dask cluster of local worker processes on 127.0.0.1, as the tests and the benchmark use.

It stands in for a real cluster: the workers are separate processes that get their tasks over
TCP, so a task that works here works on other machines (given cocok installed there).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def local_dask_cluster(workers: int = 2) -> Iterator[Any]:
    """A connected ``distributed.Client``; the cluster and its processes end on exit."""
    import distributed

    with (
        distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client
