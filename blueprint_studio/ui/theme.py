"""Light or dark, following the system live unless Preferences says otherwise.

The widgets take a Fusion palette built here (the platform's own style does not switch
everywhere, Linux desktops least), and the canvas takes the matching scheme of
`painting.scheme`; printing stays light whatever the screen shows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from blueprint_studio.painting import scheme

THEME_KEY = "preferences/theme"
THEMES = ("system", "light", "dark")

Role, Group = QPalette.ColorRole, QPalette.ColorGroup

_DARK = {
    Role.Window: "#24292f",
    Role.WindowText: "#e6edf3",
    Role.Base: "#1b1f24",
    Role.AlternateBase: "#262c33",
    Role.ToolTipBase: "#2d333b",
    Role.ToolTipText: "#e6edf3",
    Role.PlaceholderText: "#8b949e",
    Role.Text: "#e6edf3",
    Role.Button: "#2d333b",
    Role.ButtonText: "#e6edf3",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#2f81f7",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#58a6ff",
    Role.LinkVisited: "#bc8cff",
    Role.Light: "#3d444d",
    Role.Midlight: "#30363d",
    Role.Mid: "#21262d",
    Role.Dark: "#161b22",
    Role.Shadow: "#010409",
}
_DARK_DISABLED = {Role.WindowText: "#7d8590", Role.Text: "#7d8590", Role.ButtonText: "#7d8590"}
_LIGHT = {
    Role.Window: "#f6f8fa",
    Role.WindowText: "#1f2328",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f6f8fa",
    Role.ToolTipBase: "#ffffff",
    Role.ToolTipText: "#1f2328",
    Role.PlaceholderText: "#6e7781",
    Role.Text: "#1f2328",
    Role.Button: "#f6f8fa",
    Role.ButtonText: "#1f2328",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#0969da",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#0969da",
    Role.LinkVisited: "#8250df",
    Role.Light: "#ffffff",
    Role.Midlight: "#eaeef2",
    Role.Mid: "#d0d7de",
    Role.Dark: "#afb8c1",
    Role.Shadow: "#8c959f",
}
_LIGHT_DISABLED = {Role.WindowText: "#8c959f", Role.Text: "#8c959f", Role.ButtonText: "#8c959f"}


def chosen() -> str:
    value = QSettings().value(THEME_KEY, "system")
    return value if value in THEMES else "system"


def wants_dark(choice: str) -> bool:
    if choice == "system":
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return choice == "dark"


def palette(dark: bool) -> QPalette:
    """Both palettes spelled out: the style's own would follow the system even when the
    designer chose otherwise."""
    made = QPalette()
    for role, value in (_DARK if dark else _LIGHT).items():
        made.setColor(role, QColor(value))
    for role, value in (_DARK_DISABLED if dark else _LIGHT_DISABLED).items():
        made.setColor(Group.Disabled, role, QColor(value))
    return made


class Theme(QObject):
    """Applies the theme now and whenever the system's or the designer's choice changes."""

    changed = Signal(bool)  # dark

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.dark = False
        app.setStyle("Fusion")  # one look everywhere, and a palette it follows faithfully
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: self.apply())
        self.apply()

    def apply(self, choice: str | None = None) -> None:
        dark = wants_dark(choice or chosen())
        self.app.setPalette(palette(dark))
        scheme.set_dark(dark)
        if dark != self.dark:
            self.dark = dark
            self.changed.emit(dark)
