"""Write the built-in taxonomy's fitted TF-IDF models into ``matcher/fitted/``.

Run ``python -m testkit.shipped_fits`` after changing the built-in taxonomy's aliases, phrases
or descriptions (``tests/matcher/test_shipped_fits.py`` fails until then). The folder is
emptied first, so fits of an older taxonomy do not linger in the package.
"""

from __future__ import annotations

from matcher.fitted_cache import SHIPPED
from matcher.index import build_index
from taxonomy import builtin_taxonomy


def main() -> None:
    SHIPPED.mkdir(exist_ok=True)
    for old in SHIPPED.glob("tfidf-*.npz"):
        old.unlink()
    # With the folder empty nothing shipped is found: scikit-learn fits and the index saves
    # each fit into the folder it was given.
    build_index(builtin_taxonomy(), cache_dir=SHIPPED)
    for written in sorted(SHIPPED.glob("tfidf-*.npz")):
        written.chmod(0o644)
        print(f"{written.name}: {written.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
