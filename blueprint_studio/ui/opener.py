"""How a window asks for another window: through the application, without importing it.

The application makes and tracks windows and imports the window's module to do so; a window
asking it for a new one (File ▸ New, Open, an imported sheet) would import it back, a circle.
`opener()` gives the running application as the little it needs to be here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from blueprint_studio.model import Document
    from blueprint_studio.ui.mainwindow import MainWindow


class Opener(Protocol):
    def open_new(self, document: Document | None = None, path: Path | None = None) -> MainWindow: ...

    def open_path(self, path: Path, reuse: MainWindow | None = None) -> MainWindow | None: ...


def opener() -> Opener:
    """The running application, which opens windows."""
    instance = QApplication.instance()
    if not (hasattr(instance, "open_new") and hasattr(instance, "open_path")):
        raise RuntimeError("windows are opened by Blueprint Studio's application, which is not running")
    return cast(Opener, instance)
