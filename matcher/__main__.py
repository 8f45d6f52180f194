"""``python -m matcher`` runs the ``cocok`` command line."""

import sys

from matcher.cli import main

sys.exit(main())
