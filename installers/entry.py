"""Entry script for the frozen program: the same main() as the installed command."""

import sys

from blueprint_studio.cli import main

if __name__ == "__main__":
    sys.exit(main())
