"""Render a blueprint's geometry to a PNG image at a chosen DPI (QtGui only, no window)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from blueprint_studio.layout.geometry import Geometry
from blueprint_studio.painting.draw import draw_geometry

MAX_PIXELS = 400_000_000


def render_image(geometry: Geometry, dpi: float = 150.0) -> QImage:
    scale = dpi / 72.0
    width, height = round(geometry.width * scale), round(geometry.height * scale)
    if width * height > MAX_PIXELS:
        raise ValueError(f"{width} × {height} pixels is too large; choose a lower DPI")
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    draw_geometry(painter, geometry)
    painter.end()
    return image


def ensure_gui_application() -> QGuiApplication:
    """Fonts need a QGuiApplication; the CLI has none, so make an offscreen one."""
    import os

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app  # type: ignore[return-value]


def write_png(geometry: Geometry, path: Path, dpi: float = 150.0) -> None:
    ensure_gui_application()
    image = render_image(geometry, dpi)
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
