"""Find bundled resources (fonts, icons, samples, catalogues) from a source tree, an installed
wheel or a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """Inside PyInstaller's unpacked bundle; inside the package when installed from a wheel
    (`_resources`, put there by setup.py's build hook); else `resources/` of the source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    packaged = Path(__file__).resolve().parent / "_resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource missing: {'/'.join(parts)} (looked in {resources_root()})")
    return path
