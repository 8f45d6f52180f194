"""``python -m matcher.cli``: the ``cocok`` command, as the benchmarks and tests run it."""

import sys

from matcher.cli import main

sys.exit(main())
