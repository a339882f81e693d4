"""`python -m blueprint_studio` runs the same entry point as the installed command."""

import sys

from blueprint_studio.cli import main

sys.exit(main())
