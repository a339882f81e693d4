"""The same work done with the bare libraries: the yardstick for our ratios.

Each bare version draws or stores exactly what ours does (the same rectangles, text lines
and arrow paths, at the same places, taken from our layout beforehand) but with nothing of
ours in between: plain QGraphicsItems, a plain ReportLab canvas, plain json.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView
from reportlab.pdfgen.canvas import Canvas

from blueprint_studio.layout import Geometry
from blueprint_studio.layout.fonts import REGULAR, register


def read_json(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("document.json"))  # type: ignore[no-any-return]


def write_json(data: dict[str, Any], path: Path) -> None:
    path.write_bytes(json.dumps(data).encode("utf-8"))


def build_scene(geometry: Geometry, parent: QObject | None = None) -> QGraphicsScene:
    scene = QGraphicsScene(parent)
    font = QFont("DejaVu Sans")
    font.setPixelSize(10)
    pen = QPen(QColor("#3d4a5c"), 1.3)
    for band in geometry.lanes:
        item = scene.addRect(
            QRectF(band.rect.x, band.rect.y, band.rect.width, band.rect.height),
            Qt.PenStyle.NoPen,
            QColor(band.band_colour),
        )
        item.setZValue(-1)
    for path in geometry.connectors:
        painter_path = QPainterPath(QPointF(*path.points[0]))
        for point in path.points[1:]:
            painter_path.lineTo(QPointF(*point))
        scene.addPath(painter_path, pen)
    for box in geometry.cards.values():
        rect = QGraphicsRectItem(QRectF(0, 0, box.rect.width, box.rect.height))
        rect.setPos(box.rect.x, box.rect.y)
        rect.setBrush(QColor(box.fill))
        rect.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        text = QGraphicsSimpleTextItem("\n".join(box.lines), rect)
        text.setFont(font)
        text.setPos(7, 7)
        scene.addItem(rect)
    return scene


def build_scene_from_json(data: dict[str, Any], parent: QObject | None = None) -> QGraphicsScene:
    """Rectangles and texts straight from document.json, placed by simple arithmetic: what a
    program with no layout of its own would do (used for the memory yardstick)."""
    scene = QGraphicsScene(parent)
    blueprint = data["document"]["blueprints"][0]
    steps = {step["id"]: n for n, step in enumerate(blueprint["steps"])}
    lanes = {lane["id"]: n for n, lane in enumerate(blueprint["lanes"])}
    centres: dict[str, QPointF] = {}
    for card in blueprint["cards"]:
        x, y = 150 + steps[card["step"]] * 184, 80 + lanes[card["lane"]] * 400 + card["order"] * 60
        rect = QGraphicsRectItem(QRectF(0, 0, 160, 50))
        rect.setPos(x, y)
        rect.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        QGraphicsSimpleTextItem(card["text"], rect).setPos(7, 7)
        scene.addItem(rect)
        centres[card["id"]] = QPointF(x + 80, y + 25)
    for arrow in blueprint["connectors"]:
        path = QPainterPath(centres[arrow["source"]])
        path.lineTo(centres[arrow["target"]])
        scene.addPath(path)
    return scene


def make_view(scene: QGraphicsScene) -> QGraphicsView:
    view = QGraphicsView(scene)
    # The same render quality as ours: antialiased shapes and text.
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
    view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return view


def _draw(c: Canvas, geometry: Geometry, visible: tuple[float, float, float, float] | None) -> None:
    for box in geometry.cards.values():
        r = box.rect
        if visible is not None:
            x0, y0, x1, y1 = visible
            if r.x > x1 or r.right < x0 or r.y > y1 or r.bottom < y0:
                continue
        c.setFillColorRGB(0.9, 0.9, 0.7)
        c.rect(r.x, r.y, r.width, r.height, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0)
        y = r.y + 17
        for line in box.lines:
            c.drawString(r.x + 7, y, line)
            y += 12.5
    for path in geometry.connectors:
        if visible is not None:
            xs = [p[0] for p in path.points]
            ys = [p[1] for p in path.points]
            x0, y0, x1, y1 = visible
            if min(xs) > x1 or max(xs) < x0 or min(ys) > y1 or max(ys) < y0:
                continue
        p = c.beginPath()
        p.moveTo(*path.points[0])
        for point in path.points[1:]:
            p.lineTo(*point)
        c.drawPath(p, stroke=1, fill=0)


def pdf_one_page(geometry: Geometry, path: Path) -> None:
    register()
    c = Canvas(str(path), pagesize=(geometry.width, geometry.height), initialFontName=REGULAR)
    c.setFont(REGULAR, 10)
    _draw(c, geometry, None)
    c.showPage()
    c.save()


def pdf_tiles(geometry: Geometry, path: Path, tile_w: float, tile_h: float, scale: float) -> int:
    register()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(tile_w, tile_h), initialFontName=REGULAR)
    pages = 0
    y = 0.0
    while y < geometry.height * scale:
        x = 0.0
        while x < geometry.width * scale:
            c.saveState()
            c.setFont(REGULAR, 10)
            c.translate(-x, -y)
            c.scale(scale, scale)
            _draw(c, geometry, (x / scale, y / scale, (x + tile_w) / scale, (y + tile_h) / scale))
            c.restoreState()
            c.showPage()
            pages += 1
            x += tile_w
        y += tile_h
    c.save()
    path.write_bytes(buffer.getvalue())
    return pages


def group_cards(blueprint: Any) -> dict[tuple[str, str], int]:
    """The least any analysis does: one pass over the cards, counted per lane and step."""
    counts: dict[tuple[str, str], int] = {}
    for card in blueprint.cards:
        key = (card.lane, card.step)
        counts[key] = counts.get(key, 0) + 1
    return counts
