"""`python -m destination_norberg`: the same entry point as the installed scripts."""

import sys

from destination_norberg.cli import main

sys.exit(main())
