"""Peak memory of opening a blueprint, in a fresh process: `python -m benchmarks.memory app|bare N`."""

from __future__ import annotations

import os
import resource
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    kind, cards = sys.argv[1], int(sys.argv[2])
    from PySide6.QtWidgets import QApplication

    from benchmarks.synthetic import blueprint_with
    from blueprint_studio.layout import compute
    from blueprint_studio.storage import save_bpx

    folder = Path(tempfile.mkdtemp())
    path = folder / "big.bpx"
    save_bpx(blueprint_with(cards), path)
    if kind == "bare":
        geometry = compute(blueprint_with(cards).blueprints[0])  # positions only; freed before measuring
    app = QApplication([])
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
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

        data = bare.read_json(path)
        scene = bare.build_scene(geometry)
        view = bare.make_view(scene)
        del data
    view.resize(1920, 1080)
    view.show()
    view.viewport().repaint()
    app.processEvents()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{peak / 1024:.1f} {baseline / 1024:.1f}")


if __name__ == "__main__":
    main()
