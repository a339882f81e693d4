"""Render a drawing to a PNG image at a chosen DPI (QtGui only, no window)."""

from __future__ import annotations

import os
from dataclasses import replace

from PySide6.QtCore import QBuffer, QIODevice, QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from blueprint_studio.drawing.blueprint import blueprint as blueprint_drawing
from blueprint_studio.drawing.ops import Drawing
from blueprint_studio.layout.geometry import Geometry, Rect
from blueprint_studio.painting.player import play

MAX_PIXELS = 120_000_000  # about 480 MB of image
MAX_SIDE = 32_000  # QPainter's raster engine works in 16-bit coordinates


def render_image(drawing: Drawing, dpi: float = 150.0) -> QImage:
    scale = dpi / 72.0
    width, height = round(drawing.width * scale), round(drawing.height * scale)
    if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
        largest = int(dpi * min(1.0, (MAX_PIXELS / (width * height)) ** 0.5, MAX_SIDE / max(width, height)))
        raise ValueError(
            f"at {dpi:g} DPI the image would be {width:,} × {height:,} pixels, too large; use {largest} DPI or less"
        )
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    play(painter, drawing.ops())
    painter.end()
    return image


def ensure_gui_application() -> QGuiApplication:
    """Fonts need a QGuiApplication; the CLI has none, so make an offscreen one."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app  # type: ignore[return-value]


def render_image_bytes(drawing: Drawing, dpi: float = 150.0) -> bytes:
    """PNG bytes of the drawing (the caller writes them atomically)."""
    ensure_gui_application()
    image = render_image(drawing, dpi)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # takes str; the stubs say bytes
        raise ValueError("the image could not be encoded as PNG")
    return bytes(buffer.data().data())


THUMBNAIL_SIDE = 512


def thumbnail_png(geometry: Geometry, side: int = THUMBNAIL_SIDE) -> bytes:
    """A preview for file managers: the blueprint's left part (at most 1.6 times as wide as
    it is tall, so a 40-step journey still shows cards, not a sliver), fitted into `side`."""
    ensure_gui_application()
    shown_width = min(geometry.width, geometry.height * 1.6)
    geometry = replace(  # only what the preview shows: a long journey costs no more than a short one
        geometry,
        cards={card_id: box for card_id, box in geometry.cards.items() if box.rect.x < shown_width},
        connectors=tuple(path for path in geometry.connectors if min(x for x, _ in path.points) < shown_width),
        steps=tuple(column for column in geometry.steps if column.x < shown_width),
    )
    scale = min(side / shown_width, side / geometry.height)
    image = QImage(
        max(1, round(shown_width * scale)), max(1, round(geometry.height * scale)), QImage.Format.Format_RGB32
    )
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    painter.setClipRect(QRectF(0, 0, shown_width, geometry.height))
    play(painter, blueprint_drawing(geometry).ops(Rect(0, 0, shown_width, geometry.height)))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # takes str; the stubs say bytes
    return bytes(buffer.data().data())
