"""Help ▸ Keyboard Shortcuts, Notation Legend and About: what the program answers to, what
its marks mean, and whose work it is built on."""

from __future__ import annotations

import platform
from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from blueprint_studio import __version__
from blueprint_studio.layout import style
from blueprint_studio.model.lanes import LINE_TITLES, Line
from blueprint_studio.ui.i18n import tr
from blueprint_studio.words import QT_TR_NOOP

CANVAS_KEYS = (
    (QT_TR_NOOP("Double-click an empty cell"), QT_TR_NOOP("a new card there (Enter keeps it, Esc drops it)")),
    (QT_TR_NOOP("Double-click a card, F2 or Enter"), QT_TR_NOOP("edit its text (Shift+Enter breaks the line)")),
    (QT_TR_NOOP("Arrows"), QT_TR_NOOP("move the cell cursor")),
    (QT_TR_NOOP("Ctrl+arrows"), QT_TR_NOOP("move the selected cards a cell over")),
    (QT_TR_NOOP("Tab"), QT_TR_NOOP("the next card in the lane")),
    (QT_TR_NOOP("Drag a card's right-hand handle"), QT_TR_NOOP("an arrow to another card")),
    (QT_TR_NOOP("Ctrl+wheel, Ctrl+= / Ctrl+-"), QT_TR_NOOP("zoom; Ctrl+0 fits, Ctrl+1 is 100 %")),
    (QT_TR_NOOP("Wheel, Shift+wheel, middle-drag, Space+drag"), QT_TR_NOOP("pan")),
    (QT_TR_NOOP("+ and − on the Emotions row"), QT_TR_NOOP("score the cursor's step; Up/Down move a selected point")),
)
LINE_MEANINGS = {
    Line.INTERACTION: QT_TR_NOOP("the customer meets the organisation: above it, what the customer does"),
    Line.VISIBILITY: QT_TR_NOOP("what the customer can see (above) and what happens out of sight (below)"),
    Line.INTERNAL_INTERACTION: QT_TR_NOOP("frontline and backstage staff meet the support functions"),
}


def _dialog(parent: QWidget | None, title: str, html: str) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    text = QTextBrowser()
    text.setObjectName("help_text")
    text.setOpenExternalLinks(False)
    text.setHtml(html)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    dialog.resize(720, 640)
    return dialog


def shortcuts_html(menus: list[tuple[str, list[QAction]]]) -> str:
    rows = []
    for title, actions in menus:
        rows.append(f"<tr><th colspan='2' align='left'><br>{escape(title.replace('&', ''))}</th></tr>")
        for action in actions:
            keys = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts())
            rows.append(f"<tr><td>{escape(action.text().replace('&', ''))}</td><td><b>{escape(keys)}</b></td></tr>")
    rows.append(f"<tr><th colspan='2' align='left'><br>{escape(tr('On the canvas'))}</th></tr>")
    rows.extend(
        f"<tr><td>{escape(tr(gesture))}</td><td>{escape(tr(meaning))}</td></tr>" for gesture, meaning in CANVAS_KEYS
    )
    return f"<h2>{escape(tr('Keyboard shortcuts'))}</h2><table cellspacing='4'>" + "".join(rows) + "</table>"


def legend_html() -> str:
    marks = "".join(
        "<tr><td><span "
        f"style='background:{m.colour};color:#ffffff;font-weight:bold'>&nbsp;{escape(m.glyph)}&nbsp;</span></td>"
        f"<td>{escape(tr(m.title))}</td></tr>"
        for m in style.MARK_STYLES.values()
    )
    lines = "".join(
        f"<tr><td><b>{escape(tr(LINE_TITLES[line]))}</b></td><td>{escape(tr(meaning))}</td></tr>"
        for line, meaning in LINE_MEANINGS.items()
    )
    arrows = "".join(
        f"<tr><td>{glyph}</td><td>{escape(meaning)}</td></tr>"
        for glyph, meaning in (
            ("——▶", tr("flow: what happens next")),
            ("◀——▶", tr("two-way: an exchange (the customer and a member of staff)")),
            ("- - ▶", tr("information: data or a message passed on")),
        )
    )
    return (
        f"<h2>{escape(tr('Notation'))}</h2><p>"
        + escape(
            tr(
                "A service blueprint (Shostack 1984; Bitner, Ostrom and Morgan 2008): steps run left to right, "
                "lanes hold the cards, and three lines divide the lanes."
            )
        )
        + "</p>"
        f"<h3>{escape(tr('Lines'))}</h3><table cellspacing='4'>{lines}</table>"
        f"<h3>{escape(tr('Marks on cards'))}</h3><table cellspacing='4'>{marks}</table>"
        f"<h3>{escape(tr('Arrows'))}</h3><table cellspacing='4'>{arrows}</table>"
        f"<h3>{escape(tr('Steps'))}</h3><p>"
        + escape(
            tr(
                "★ marks a moment of truth; a step's time is under its name; the Emotions row plots "
                "each persona from −2 to +2 (dashed: the designed to-be curve)."
            )
        )
        + "</p>"
    )


LICENCES = (
    ("Qt for Python (PySide6)", "LGPL-3.0"),
    ("pydantic", "MIT"),
    ("ReportLab and rl-accel", "BSD"),
    ("python-bidi", "LGPL-3.0"),
    ("arabic-reshaper", "MIT"),
    ("fontTools", "MIT"),
    ("DejaVu Sans fonts", "Bitstream Vera licence and public domain"),
    ("WenQuanYi Micro Hei font (subset)", "Apache-2.0 or GPL-3.0+ with font exception"),
    ("Noto Emoji font", "SIL Open Font Licence 1.1"),
    ("Symbola font (subset)", "free for any use, modification included"),
)


def about_html() -> str:
    rows = "".join(f"<tr><td>{escape(name)}</td><td>{escape(licence)}</td></tr>" for name, licence in LICENCES)
    return (
        f"<h2>Blueprint Studio {escape(__version__)}</h2><p>"
        + escape(tr("An offline editor for service blueprints and customer journey maps. MIT licence."))
        + "</p><p>"
        + escape(
            tr("Python {python}, Qt for Python {pyside}, on {system}.").format(
                python=platform.python_version(), pyside=pyside_version, system=platform.system()
            )
        )
        + "</p>"
        f"<h3>{escape(tr('Built on'))}</h3><table cellspacing='4'>{rows}</table><p>"
        + escape(tr("The fonts' licence texts are installed beside them, in {folder}.")).format(
            folder="<tt>resources/fonts/</tt>"
        )
        + "</p>"
    )


def show_shortcuts(parent: QWidget, menus: list[tuple[str, list[QAction]]]) -> None:
    _dialog(parent, tr("Keyboard Shortcuts"), shortcuts_html(menus)).exec()


def show_legend(parent: QWidget) -> None:
    _dialog(parent, tr("Notation Legend"), legend_html()).exec()


def show_about(parent: QWidget) -> None:
    _dialog(parent, tr("About Blueprint Studio"), about_html()).exec()
