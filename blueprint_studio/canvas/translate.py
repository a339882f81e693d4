"""The interface's words: `tr` gives a text in the interface's language.

It lives here, below the window, so the canvas can say things without importing the window's
package; `ui.i18n` installs the catalogues it reads and hands `tr` on to the rest of the ui.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the interface's language (English when no catalogue has it)."""
    return QCoreApplication.translate("", text, disambiguation, n)
