"""Layer rules, proven in subprocesses (pytest-qt has already loaded PySide6 in this one)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT

HEADLESS = [
    "blueprint_studio.model",
    "blueprint_studio.storage",
    "blueprint_studio.editing",
    "blueprint_studio.layout",
    "blueprint_studio.analysis",
    "blueprint_studio.sheets",
    "blueprint_studio.compare",
    "blueprint_studio.printing",
    "blueprint_studio.cli",
    "blueprint_studio.summary",
    "blueprint_studio.export",
    "blueprint_studio.resources",
    "blueprint_studio.audience",
    "blueprint_studio.templates",
    "blueprint_studio.heap",
    "blueprint_studio.find",
    "blueprint_studio.words",
]


def _loads_qt(module: str, forbidden: str) -> bool:
    code = (
        "import importlib, pkgutil, sys\n"
        f"root = importlib.import_module({module!r})\n"
        "for info in pkgutil.walk_packages(getattr(root, '__path__', []), root.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        f"sys.exit(any(n == {forbidden!r} or n.startswith({forbidden!r} + '.') for n in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode in (0, 1), result.stderr
    return result.returncode == 1


@pytest.mark.parametrize("module", HEADLESS)
def test_headless_packages_never_load_qt(module: str) -> None:
    assert not _loads_qt(module, "PySide6"), f"{module} imports Qt"


def test_painting_needs_no_widgets() -> None:
    """PNG export runs from the command line: QtGui is enough."""
    assert not _loads_qt("blueprint_studio.painting", "PySide6.QtWidgets")
