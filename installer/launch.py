"""The bundled program's entry script (installer/destination-norberg.spec): the same entry
point as `python -m destination_norberg` and the installed scripts."""

import sys

from destination_norberg.cli import main

if __name__ == "__main__":
    sys.exit(main())
