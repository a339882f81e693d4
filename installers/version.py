"""Print the app's version, read from blueprint_studio/__init__.py (no import, no install
needed): `python installers/version.py`. The installers and the release workflow use it."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def version() -> str:
    text = (ROOT / "blueprint_studio" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if found is None:
        raise SystemExit("no __version__ in blueprint_studio/__init__.py")
    return found.group(1)


if __name__ == "__main__":
    print(version())
