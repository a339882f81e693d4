"""`blueprint-studio --self-test`: prove an installed or frozen build works, without a screen.

Loads a bundled sample, builds the editor window on it, exports a PDF to a temporary
folder, and exits 0; any failure prints one line and exits 1. Installers and CI run it
against the frozen program.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        return _self_test()
    except Exception as error:  # the point is to report anything at all that breaks
        print(f"self-test failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 1


def _self_test() -> int:
    from blueprint_studio.export import write_pdf
    from blueprint_studio.printing.plan import PrintOptions
    from blueprint_studio.resources import resource_path
    from blueprint_studio.storage import open_bpx
    from blueprint_studio.ui.application import BlueprintApplication
    from blueprint_studio.ui.mainwindow import MainWindow

    application = BlueprintApplication(["blueprint-studio"])
    sample = resource_path("samples", "hotel-stay.bpx")
    document = open_bpx(sample)
    window = MainWindow(document, None)
    window.show()
    application.processEvents()
    scene = window.current_scene()
    cards = len(document.blueprints[0].cards)
    if scene is not None:
        scene.realize_all()  # items are made as columns come into view; whatever layout the user left, make them all
    if scene is None or len(scene.card_items) != cards:
        raise RuntimeError(f"the editor shows {0 if scene is None else len(scene.card_items)} of {cards} cards")
    window.current_view().viewport().repaint()  # type: ignore[union-attr]
    from PySide6.QtCore import QCoreApplication

    from blueprint_studio.ui import i18n

    i18n.install("de")  # the catalogues were shipped: ours and Qt's
    for context, source, wanted in (("", "&File", "&Datei"), ("QPlatformTheme", "Cancel", "Abbrechen")):
        if QCoreApplication.translate(context, source) != wanted:
            raise RuntimeError(f"the translations are missing from the installation ({source!r} is not {wanted!r})")
    i18n.install("en")
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "self-test.pdf"
        write_pdf(document, document.blueprints, pdf, PrintOptions(paper="A1"))
        if not pdf.read_bytes().startswith(b"%PDF"):
            raise RuntimeError("the exported PDF is not a PDF")
        size = pdf.stat().st_size
    window.close()
    application.processEvents()
    print(f"self-test passed: {sample.name} opened with {cards} cards, PDF exported ({size:,} bytes)")
    return 0
