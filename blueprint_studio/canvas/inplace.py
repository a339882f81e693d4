"""Edit a card's text in place: Enter commits, Shift+Enter breaks the line, Esc cancels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QFocusEvent, QFont, QKeyEvent, QPainter, QPen, QTextOption
from PySide6.QtWidgets import QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

from blueprint_studio.layout import style
from blueprint_studio.painting.fonts import family


class InplaceEditor(QGraphicsTextItem):
    """A text editor laid over a card (or over the empty slot a new card will take).

    `on_commit(text, tab)` runs once when editing ends with Enter, Tab or a click elsewhere;
    Esc ends it without a commit.
    """

    def __init__(
        self, rect: QRectF, text: str, on_commit: Callable[[str, bool], None], on_cancel: Callable[[], None]
    ) -> None:
        super().__init__(text)
        self._rect = rect
        self._on_commit = on_commit
        self._on_cancel = on_cancel
        self._done = False
        font = QFont(family())
        font.setPixelSize(round(style.FONT_SIZE))
        self.setFont(font)
        self.setDefaultTextColor(QColor(style.INK))
        self.setTextWidth(rect.width() - 2 * style.CARD_PADDING + 8)
        option = self.document().defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.setPos(rect.x() + style.CARD_PADDING - 4, rect.y() + style.CARD_PADDING - 4)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setZValue(100)
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        outline = self.mapFromScene(self._rect).boundingRect()
        outline = outline.united(self.boundingRect().adjusted(-4, -4, 4, 4))
        painter.setPen(QPen(QColor(style.SELECTION), 2))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(outline, style.CARD_RADIUS, style.CARD_RADIUS)
        super().paint(painter, option, widget)  # type: ignore[arg-type]  # Qt accepts no widget; the stubs want one

    def boundingRect(self) -> QRectF:  # noqa: N802
        own = super().boundingRect()
        return own.united(self.mapFromScene(self._rect).boundingRect()).adjusted(-6, -6, 6, 6)

    def sceneEvent(self, event: QEvent) -> bool:  # noqa: N802
        # QGraphicsTextItem inserts a tab character before keyPressEvent could see it.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Tab:
            self.finish(commit=True, tab=True)
            return True
        return super().sceneEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.finish(commit=True)
        elif key == Qt.Key.Key_Escape:
            self.finish(commit=False)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if event.reason() not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
            self.finish(commit=True)

    def finish(self, commit: bool, tab: bool = False) -> None:
        if self._done:
            return
        self._done = True
        text = self.toPlainText()
        scene = self.scene()
        if scene is not None:
            scene.removeItem(self)
        if commit:
            self._on_commit(text, tab)
        else:
            self._on_cancel()
