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
    "blueprint_studio.drawing",
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


def test_only_the_session_touches_the_undo_stack() -> None:
    """One door: no module but the session pushes onto the undo stack, makes one, or runs a
    command on the document itself; everything else hands its command to `session.edit`."""
    import ast

    offenders = []
    for source in sorted((ROOT / "blueprint_studio").rglob("*.py")):
        relative = source.relative_to(ROOT).as_posix()
        if relative == "blueprint_studio/ui/session.py":
            continue
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                owner = ast.unparse(node.func.value)
                if node.func.attr == "push" and (
                    "undo" in owner or "stack" in owner or "session" in owner or "sink" in owner
                ):
                    offenders.append(f"{relative}:{node.lineno}: {ast.unparse(node)}")
                if (
                    node.func.attr in ("apply", "revert")
                    and ("command" in owner or "part" in owner)
                    and not relative.startswith("blueprint_studio/editing/")
                ):
                    offenders.append(f"{relative}:{node.lineno}: {ast.unparse(node)}")
            if isinstance(node, ast.Name) and node.id in ("QUndoStack", "QUndoCommand"):
                offenders.append(f"{relative}:{node.lineno}: {node.id}")
    assert offenders == [], "edits must go through DocumentSession.edit:\n" + "\n".join(offenders)
