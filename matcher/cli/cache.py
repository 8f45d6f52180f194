"""Where the ``cocok`` command keeps fitted TF-IDF models between runs.

Only the command line decides this; the library caches on disk only in a folder its caller
names (``matcher.Matcher(cache_dir=...)``). ``COCOK_CACHE_DIR`` names the folder,
``COCOK_CACHE_DIR=`` (empty) turns the cache off, and the default is the user's cache folder
(``~/.cache/cocok`` on Linux).
"""

from __future__ import annotations

import os
from pathlib import Path

CACHE_DIR_VARIABLE = "COCOK_CACHE_DIR"


def cache_dir() -> Path | None:
    """Where fitted models are kept; None when the cache is turned off."""
    configured = os.environ.get(CACHE_DIR_VARIABLE)
    if configured is not None:
        return Path(configured) if configured.strip() else None
    import platformdirs

    return Path(platformdirs.user_cache_dir("cocok", appauthor=False))
