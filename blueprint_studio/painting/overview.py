"""Blueprints drawn small: cards as plain shapes once their text would be a few pixels high.

Far out, a 10,000-card wall would cost a painted item per card and a shaped run per line
of text nobody can read. The canvas (zoomed out) and the overview dock draw a `Sketch`
instead, built once per layout: the same card rectangles in the same colours, batched by
colour; each text line as a grey bar while it is still a visible smudge; mark badges as
coloured squares; arrows as one thin path. The shapes, places and colours are the cards'
own, so the change between the two levels is the text appearing, nothing moving.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from blueprint_studio.layout import style
from blueprint_studio.layout.geometry import COLUMNS_PER_RUN, CardBox, Geometry
from blueprint_studio.painting.scheme import shade

DETAIL_TEXT_PX = 4.5  # card text this high on screen or more: cards are drawn in full
_BAR_TEXT_PX = 1.2  # below this, text lines are not even smudges


def detailed(zoom: float) -> bool:
    """Whether cards at this zoom are drawn in full (their text is legible)."""
    return style.FONT_SIZE * zoom >= DETAIL_TEXT_PX


@dataclass
class _Chunk:
    """The shapes of one run of columns, batched by colour."""

    cards: defaultdict[tuple[str, str], list[QRectF]] = field(default_factory=lambda: defaultdict(list))
    bars: list[QRectF] = field(default_factory=list)
    badges: defaultdict[str, list[QRectF]] = field(default_factory=lambda: defaultdict(list))
    arrows: QPainterPath = field(default_factory=QPainterPath)


class Sketch:
    """One layout's cards and arrows as a few batches of shapes.

    Built from the sketch of the layout before, when there is one: only the runs of columns
    where a card or an arrow changed are drawn up again, which keeps an edit at 10,000 cards
    cheap. After an edit laid out in place the layout says what changed (`changed`: card and
    arrow ids); after a full layout, unchanged boxes are shared, so a change is an identity
    test over them all.
    """

    def __init__(
        self,
        geometry: Geometry,
        previous: Sketch | None = None,
        changed: tuple[Collection[str], Collection[str]] | None = None,
    ) -> None:
        self.geometry = geometry
        self.chunks: dict[int, _Chunk] = {}
        # Run -> arrow id -> points.
        self._arrows: dict[int, dict[str, tuple[tuple[float, float], ...]]] = defaultdict(dict)
        if previous is None:
            for path in geometry.connectors:
                self._arrows[self._chunk(path.points[0][0])][path.connector_id] = path.points
            for box in geometry.cards.values():
                self._add_card(self._fresh(self._chunk(box.rect.x)), box)
            for index, arrows in self._arrows.items():
                self._draw_arrows(index, arrows)
            return
        self._arrows.update(previous._arrows)
        if changed is not None:
            dirty = self._changed_in_place(previous, *changed)
            self.chunks = {index: chunk for index, chunk in previous.chunks.items() if index not in dirty}
            for index in dirty:
                self._draw_run(index)
            return
        dirty = self._changed_chunks(previous)
        self.chunks = {index: chunk for index, chunk in previous.chunks.items() if index not in dirty}
        for box in geometry.cards.values():
            index = self._chunk(box.rect.x)
            if index in dirty:
                self._add_card(self._fresh(index), box)
        for index in dirty:
            self._draw_arrows(index, self._arrows.get(index, {}))

    def _fresh(self, index: int) -> _Chunk:
        chunk = self.chunks.get(index)
        if chunk is None:
            chunk = self.chunks[index] = _Chunk()
        return chunk

    def _changed_in_place(
        self, previous: Sketch, card_ids: Collection[str], connector_ids: Collection[str]
    ) -> set[int]:
        """The runs an edit laid out in place touched, with the arrows moved to where they are now."""
        before, after = previous.geometry, self.geometry
        dirty: set[int] = set()
        for card_id in card_ids:
            for box in (before.cards.get(card_id), after.cards.get(card_id)):
                if box is not None:
                    dirty.add(self._chunk(box.rect.x))
        if connector_ids:
            wanted = set(connector_ids)
            paths = {path.connector_id: path for path in after.connectors if path.connector_id in wanted}
            for index in list(self._arrows):
                if not wanted.isdisjoint(self._arrows[index]):
                    self._arrows[index] = {c: points for c, points in self._arrows[index].items() if c not in wanted}
                    dirty.add(index)
            for connector_id, path in paths.items():
                index = self._chunk(path.points[0][0])
                self._arrows[index] = {**self._arrows.get(index, {}), connector_id: path.points}
                dirty.add(index)
        return dirty

    def _changed_chunks(self, previous: Sketch) -> set[int]:
        before, after = previous.geometry, self.geometry
        dirty: set[int] = set()
        for card_id, box in after.cards.items():
            old = before.cards.get(card_id)
            if old is not box:
                dirty.add(self._chunk(box.rect.x))
                if old is not None:
                    dirty.add(self._chunk(old.rect.x))
        dirty.update(self._chunk(box.rect.x) for card_id, box in before.cards.items() if card_id not in after.cards)
        if before.connectors != after.connectors:
            self._arrows = defaultdict(dict)
            for path in after.connectors:
                self._arrows[self._chunk(path.points[0][0])][path.connector_id] = path.points
            old_paths = {path.connector_id: path for path in before.connectors}
            for path in after.connectors:
                old = old_paths.pop(path.connector_id, None)
                if old is not path:
                    dirty.add(self._chunk(path.points[0][0]))
                    if old is not None:
                        dirty.add(self._chunk(old.points[0][0]))
            dirty.update(self._chunk(path.points[0][0]) for path in old_paths.values())
        return dirty

    def _draw_run(self, index: int) -> None:
        """Draw up one run of columns again: its cards (read cell by cell) and its arrows."""
        geometry = self.geometry
        self.chunks.pop(index, None)
        for column in geometry.steps[index * COLUMNS_PER_RUN : (index + 1) * COLUMNS_PER_RUN]:
            for band in geometry.lanes:
                for card_id in geometry.cards_in_cell(band.lane_id, column.step_id):
                    self._add_card(self._fresh(index), geometry.cards[card_id])
        self._draw_arrows(index, self._arrows.get(index, {}))

    def _draw_arrows(self, index: int, arrows: dict[str, tuple[tuple[float, float], ...]]) -> None:
        if arrows:
            chunk = self._fresh(index)
            chunk.arrows = QPainterPath()
            for points in arrows.values():
                _add_arrow(chunk.arrows, points)

    def _add_card(self, chunk: _Chunk, box: CardBox) -> None:
        r = box.rect
        chunk.cards[(box.fill, box.edge)].append(QRectF(r.x, r.y, r.width, r.height))
        bar_height = style.FONT_SIZE * 0.5
        glyph = style.FONT_SIZE * 0.52  # an average character's advance, enough for a smudge
        y = box.text_top + (style.LINE_HEIGHT - bar_height) / 2
        for line in box.lines:
            if line.strip():
                chunk.bars.append(
                    QRectF(
                        r.x + style.CARD_PADDING,
                        y,
                        min(len(line) * glyph, r.width - 2 * style.CARD_PADDING),
                        bar_height,
                    )
                )
            y += style.LINE_HEIGHT
        for badge in box.badges:
            b = badge.rect
            chunk.badges[style.MARK_STYLES[badge.mark].colour].append(
                QRectF(b.x, b.y, style.BADGE_SIZE, style.BADGE_SIZE)
            )

    def run_span(self, index: int) -> tuple[float, float]:
        """Where a run of columns starts and ends, in scene x."""
        width = COLUMNS_PER_RUN * (self.geometry.steps[0].width if self.geometry.steps else 1.0)
        return self.geometry.grid.x + index * width, self.geometry.grid.x + (index + 1) * width

    def _chunk(self, x: float) -> int:
        return self.geometry.run_at(x)

    def draw(self, painter: QPainter, zoom: float, exposed: QRectF | None = None) -> None:
        """Draw what reaches into `exposed` (everything when None) at this zoom."""
        if exposed is None:
            shown = list(self.chunks.values())
        else:
            first, last = self._chunk(exposed.left()) - 1, self._chunk(exposed.right()) + 1
            shown = [chunk for index, chunk in self.chunks.items() if first <= index <= last]
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        arrows = shade(style.CONNECTOR_COLOUR)
        arrows.setAlpha(70)  # many arrows in little room: a haze, not bars
        painter.setPen(QPen(arrows, 0))  # cosmetic: one pixel at any zoom
        for chunk in shown:
            if not chunk.arrows.isEmpty():
                painter.drawPath(chunk.arrows)
        for chunk in shown:
            for (fill, edge), rects in chunk.cards.items():
                painter.setBrush(shade(fill))
                painter.setPen(QPen(shade(edge), 0))
                painter.drawRects(rects)
        _draw_marks(painter, shown, text_bars=style.FONT_SIZE * zoom >= _BAR_TEXT_PX)
        painter.restore()


def _draw_marks(painter: QPainter, shown: list[_Chunk], text_bars: bool) -> None:
    """Text lines as bars (when large enough to tell apart) and badges as squares, over the cards."""
    painter.setPen(Qt.PenStyle.NoPen)
    if text_bars:
        painter.setBrush(shade(style.MUTED_INK).lighter(150))
        for chunk in shown:
            if chunk.bars:
                painter.drawRects(chunk.bars)
    for chunk in shown:
        for colour, rects in chunk.badges.items():
            painter.setBrush(shade(colour))
            painter.drawRects(rects)


def _add_arrow(drawn: QPainterPath, points: tuple[tuple[float, float], ...]) -> None:
    drawn.moveTo(QPointF(*points[0]))
    for point in points[1:]:
        drawn.lineTo(QPointF(*point))
