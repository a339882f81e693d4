"""Edit ▸ Preferences: language, theme, autosave interval, default paper, units.

Each choice is stored in QSettings the moment it is made (no OK to forget); the theme,
the autosave interval and the units apply at once, the language when the program next starts
(every open window would otherwise have to be rebuilt under the designer's hands).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.printing.paper import PAPERS
from blueprint_studio.ui import i18n, theme
from blueprint_studio.ui.i18n import tr

AUTOSAVE_KEY = "preferences/autosave_minutes"
PAPER_KEY = "preferences/paper"
DEFAULT_PAPER = "A1"


def autosave_minutes() -> int:
    value = QSettings().value(AUTOSAVE_KEY, 1)
    try:
        return min(max(int(value), 1), 60)  # type: ignore[call-overload, no-any-return]  # a setting is any type
    except (TypeError, ValueError):
        return 1


def default_paper() -> str:
    value = QSettings().value(PAPER_KEY, DEFAULT_PAPER)
    return PAPERS[value.lower()].name if isinstance(value, str) and value.lower() in PAPERS else DEFAULT_PAPER


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Preferences"))
        settings = QSettings()
        self.language = QComboBox()
        self.language.setObjectName("language")
        system = i18n.LANGUAGES[i18n.language_for("")]
        self.language.addItem(tr("As the system ({language})").format(language=system), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.chosen_language())))
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        for code, label in zip(theme.THEMES, (tr("As the system"), tr("Light"), tr("Dark")), strict=True):
            self.theme.addItem(label, code)
        self.theme.setCurrentIndex(self.theme.findData(theme.chosen()))
        self.theme.currentIndexChanged.connect(self._theme_chosen)
        self.autosave = QSpinBox()
        self.autosave.setObjectName("autosave")
        self.autosave.setRange(1, 60)
        self.autosave.setSuffix(tr(" min"))
        self.autosave.setValue(autosave_minutes())
        self.autosave.valueChanged.connect(self._autosave_chosen)
        self.paper = QComboBox()
        self.paper.setObjectName("paper")
        for paper in PAPERS.values():
            self.paper.addItem(paper.name, paper.name)
        self.paper.setCurrentIndex(self.paper.findData(default_paper()))
        self.paper.currentIndexChanged.connect(lambda: QSettings().setValue(PAPER_KEY, self.paper.currentData()))
        self.units = QComboBox()
        self.units.setObjectName("units")
        self.units.addItem(tr("Millimetres and metres"), "mm")
        self.units.addItem(tr("Inches"), "in")
        self.units.setCurrentIndex(max(0, self.units.findData(settings.value(i18n.UNITS_KEY, "mm"))))
        self.units.currentIndexChanged.connect(lambda: QSettings().setValue(i18n.UNITS_KEY, self.units.currentData()))
        form = QFormLayout()
        form.addRow(tr("&Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(tr("&Theme"), self.theme)
        form.addRow(tr("&Autosave every"), self.autosave)
        form.addRow(tr("Default &paper"), self.paper)
        form.addRow(tr("&Units"), self.units)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        QSettings().setValue(i18n.LANGUAGE_KEY, code)
        self.language_note.setText(tr("The new language shows when Blueprint Studio next starts."))

    def _theme_chosen(self) -> None:
        QSettings().setValue(theme.THEME_KEY, self.theme.currentData())
        applied = getattr(QApplication.instance(), "theme", None)  # the editor's application, not a test's
        if applied is not None:
            applied.apply()

    def _autosave_chosen(self, minutes: int) -> None:
        QSettings().setValue(AUTOSAVE_KEY, minutes)
        for window in QApplication.topLevelWidgets():
            files = getattr(window, "files", None)
            if files is not None:
                files.timer.setInterval(minutes * 60_000)
