"""View ▸ Present (F5): the blueprint full screen, stage by stage, for a workshop projector.

The first slide is the whole blueprint; then one slide per stage, fitted to its columns (the
lane names stay at the left, as in the editor). Right, Space or Page Down go on; Left,
Backspace or Page Up go back; Home and End jump; Esc returns to the editor. Nothing can be
edited while presenting: the slides are a second, non-interactive view on the same scene.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from blueprint_studio.canvas.scene import BlueprintScene
from blueprint_studio.canvas.view import BlueprintView
from blueprint_studio.layout import style
from blueprint_studio.ui.i18n import tr

_NEXT = {Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down}
_BACK = {Qt.Key.Key_Left, Qt.Key.Key_Backspace, Qt.Key.Key_PageUp, Qt.Key.Key_Up}


class _SlideView(BlueprintView):
    """The editor's view, with the columns outside the current stage veiled: a stage is
    fitted by its height (all lanes show), so its neighbours are on screen too."""

    spotlight: tuple[float, float] | None = None  # the stage's columns, scene x from … to

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # type: ignore[override]  # noqa: N802 (Qt passes a QRectF)
        super().drawForeground(painter, rect)
        if self.spotlight is None:
            return
        left, right = self.spotlight
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        veil = QColor(255, 255, 255, 190)
        names_end = max(visible.left(), 0.0) + style.LANE_HEADER_WIDTH
        if left > names_end:
            painter.fillRect(QRectF(names_end, visible.top(), left - names_end, visible.height()), veil)
        if right < visible.right():
            painter.fillRect(QRectF(right, visible.top(), visible.right() - right, visible.height()), veil)


class Presentation(QWidget):
    def __init__(self, scene: BlueprintScene) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Presenting {title}").format(title=scene.blueprint.title))
        self.scene = scene
        self.view = _SlideView(scene)
        self.view.setInteractive(False)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.caption = QLabel()
        self.caption.setObjectName("slide_caption")
        self.caption.setStyleSheet("font-size: 20px; padding: 8px 16px; background: #1f2328; color: #ffffff;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slide = 0

    def slides(self) -> list[tuple[str, QRectF]]:
        """(caption, scene rect) of the whole blueprint, then of each stage with the lane names."""
        geometry = self.scene.geometry
        title = self.scene.blueprint.title or tr("Untitled blueprint")
        whole = [(title, QRectF(0, 0, geometry.width, geometry.height))]
        stages = [span for span in geometry.stages if span.rect.width > 0]
        return whole + [
            (
                tr("{title} · stage {number} of {count}: {stage}").format(
                    title=title, number=n, count=len(stages), stage=span.name or tr("(no stage)")
                ),
                QRectF(
                    span.rect.x - style.LANE_HEADER_WIDTH, 0, span.rect.width + style.LANE_HEADER_WIDTH, geometry.height
                ),
            )
            for n, span in enumerate(stages, 1)
        ]

    def start(self) -> None:
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()
        self.show_slide(0)

    def show_slide(self, index: int) -> None:
        slides = self.slides()
        self.slide = max(0, min(len(slides) - 1, index))
        caption, rect = slides[self.slide]
        self.view.spotlight = None if self.slide == 0 else (rect.left() + style.LANE_HEADER_WIDTH, rect.right())
        self.caption.setText(
            tr("{caption}    ·    {number} / {count}    ·    → next   ← back   Esc ends").format(
                caption=caption, number=self.slide + 1, count=len(slides)
            )
        )
        self.view.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.view.zoom_changed.emit(self.view.zoom())
        self.view.viewport().update()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self.show_slide(self.slide)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in _NEXT:
            self.show_slide(self.slide + 1)
        elif key in _BACK:
            self.show_slide(self.slide - 1)
        elif key == Qt.Key.Key_Home:
            self.show_slide(0)
        elif key == Qt.Key.Key_End:
            self.show_slide(len(self.slides()) - 1)
        else:
            super().keyPressEvent(event)
