"""The bar across the top of the canvas while a document is read-only: why, and the way out.

The title bar alone is easy to miss; a designer who starts typing into a file a colleague
has open must see at once that nothing will be kept, and how to keep a copy of their own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from blueprint_studio.painting.scheme import shade
from blueprint_studio.ui.i18n import tr
from blueprint_studio.ui.session import DocumentSession


class ReadOnlyBar(QFrame):
    def __init__(self, session: DocumentSession, save_copy: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read_only_bar")
        self.session = session
        self.text = QLabel()
        self.text.setObjectName("read_only_text")
        self.text.setWordWrap(True)
        self.button = QPushButton(tr("Save a &Copy…"))
        self.button.setObjectName("save_a_copy")
        self.button.clicked.connect(save_copy)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 8, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        session.mode_changed.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        """Shown, and worded, while the session is read-only; hidden otherwise."""
        self.text.setText(tr("Read-only: {reason}").format(reason=self.session.read_only_reason))
        self.text.setAccessibleName(self.text.text())
        self.restyle()
        self.setVisible(self.session.read_only)

    def restyle(self) -> None:
        """An amber band in the current theme's colours (called again when the theme changes)."""
        self.setStyleSheet(
            f"#read_only_bar {{ background: {shade('#fff1c2').name()}; border-bottom: 1px solid "
            f"{shade('#d4a72c').name()}; }}"
            f" #read_only_text {{ color: {shade('#1f2328').name()}; }}"
        )
