"""``python -m klantreis_desktop``: the same as the ``klantreis`` command."""

import sys

from klantreis_desktop.cli import main

sys.exit(main())
