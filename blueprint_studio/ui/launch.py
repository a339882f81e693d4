"""Start the editor, or, on a machine with no display, say so and do the headless job."""

from __future__ import annotations

import os
import sys


def has_display() -> bool:
    """True where a Qt window could appear (or a platform plugin was chosen explicitly)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_headless(files: list[str]) -> int:
    """What `make run` does without a screen: check the files and describe them."""
    from blueprint_studio.errors import BpxError
    from blueprint_studio.storage import open_bpx
    from blueprint_studio.summary import describe

    print("No display found, so the editor cannot open here; checking the files instead.")
    status = 0
    for path in files:
        try:
            print(describe(open_bpx(path), path))
        except BpxError as error:
            print(error, file=sys.stderr)
            status = 1
    return status


def run_gui(files: list[str]) -> int:
    if not has_display():
        return run_headless(files)
    from blueprint_studio.ui.application import run_application

    return run_application(files)
