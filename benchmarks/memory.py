"""Peak memory of opening a blueprint, in a fresh process: `python -m benchmarks.memory app|bare FILE`."""

from __future__ import annotations

import os
import resource
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    """Open the file given (made by the parent, so its making does not count) and paint it."""
    kind, path = sys.argv[1], Path(sys.argv[2])
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    if kind == "app":
        from blueprint_studio.canvas.scene import BlueprintScene
        from blueprint_studio.canvas.view import BlueprintView
        from blueprint_studio.storage import open_bpx
        from blueprint_studio.ui.session import DocumentSession

        session = DocumentSession(open_bpx(path))
        scene = BlueprintScene(session, session.document.blueprints[0].id)
        view = BlueprintView(scene)
    else:
        from benchmarks import bare

        scene = bare.build_scene_from_json(bare.read_json(path))
        view = bare.make_view(scene)
    view.resize(1920, 1080)
    view.show()
    view.viewport().repaint()
    app.processEvents()
    print(f"{peak_mb():.1f}")


def peak_mb() -> float:
    """This process's peak resident memory. ru_maxrss survives exec on Linux (a child started
    by a big parent would report the parent's peak), so read the kernel's VmHWM instead."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
