"""The toolbar's and menus' icons: SVG drawn for this project, tinted with the palette.

Each icon is drawn from its SVG whenever Qt asks for a size, so it is crisp at any scale
(150 %, 200 %, a 4K screen), and in the palette's text colour, so it follows a switch to
dark without being reloaded. The files use `currentColor`, which we substitute.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from blueprint_studio.resources import resources_root

FOLDER = ("icons", "actions")


class _TintedSvg(QIconEngine):
    def __init__(self, svg: str) -> None:
        super().__init__()
        self.svg = svg
        self._drawn: dict[
            tuple[int, int, float, str], QPixmap
        ] = {}  # toolbars repaint often; SVG is drawn once per look

    def _colour(self, mode: QIcon.Mode) -> str:
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Normal
        return QGuiApplication.palette().color(group, QPalette.ColorRole.WindowText).name()

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        renderer = QSvgRenderer(QByteArray(self.svg.replace("currentColor", self._colour(mode)).encode()))
        renderer.render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802
        key = (size.width(), size.height(), scale, self._colour(mode))
        if key not in self._drawn:
            self._drawn[key] = self._draw(size, mode, state, scale)
        return self._drawn[key]

    def _draw(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, pixmap.width(), pixmap.height()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return _TintedSvg(self.svg)


@cache
def _source(name: str) -> str | None:
    path = resources_root().joinpath(*FOLDER, f"{name}.svg")
    return path.read_text(encoding="utf-8") if path.exists() else None


def icon(name: str) -> QIcon:
    """The icon called `name`, or an empty one when we drew none for it."""
    source = _source(name)
    return QIcon(_TintedSvg(source)) if source is not None else QIcon()


def names() -> list[str]:
    return sorted(path.stem for path in resources_root().joinpath(*FOLDER).glob("*.svg"))
