"""File ▸ Print: one page or tiles, paper, orientation, size, overlap, with a live preview.

The preview and the numbers beside it come from the same planning code the PDF writer
uses, so what the dialog promises is what the file holds.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.errors import UsageError
from blueprint_studio.layout import style
from blueprint_studio.model import Blueprint, Document
from blueprint_studio.painting.draw import draw_geometry as paint_geometry
from blueprint_studio.printing.paper import MM, PAPERS, TILE_PAPERS
from blueprint_studio.printing.pdf import ExportCancelled, Poster, make_poster, write_pdf
from blueprint_studio.printing.plan import OversizeError, PrintOptions, plan_page, plan_tiles
from blueprint_studio.printing.spool import NoPrintService, send_to_printer
from blueprint_studio.printing.units import format_length
from blueprint_studio.ui import dialogs

PREVIEW_WIDTH = 900


class Preview(QWidget):
    """The page with the blueprint on it, or the blueprint with the tile grid over it."""

    def __init__(self, poster: Poster) -> None:
        super().__init__()
        self.setMinimumSize(480, 300)
        self.poster = poster
        scale = PREVIEW_WIDTH / poster.width
        self.image = QImage(PREVIEW_WIDTH, max(1, round(poster.geometry.height * scale)), QImage.Format.Format_ARGB32_Premultiplied)
        self.image.fill(QColor("#ffffff"))
        painter = QPainter(self.image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        paint_geometry(painter, poster.geometry)
        painter.end()
        self.plan: object = None

    def show_plan(self, plan: object) -> None:
        self.plan = plan
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#8c959f"))
        plan = self.plan
        if plan is None:
            return
        poster_w, poster_h = self.poster.width, self.poster.height
        if hasattr(plan, "grid"):
            sheet_w, sheet_h = poster_w * plan.scale, poster_h * plan.scale  # type: ignore[attr-defined]
            grid = plan.grid  # type: ignore[attr-defined]
            extent_w = grid.columns * grid.window_width - (grid.columns - 1) * grid.overlap
            extent_h = grid.rows * grid.window_height - (grid.rows - 1) * grid.overlap
            k = min((self.width() - 20) / extent_w, (self.height() - 20) / extent_h)
            painter.translate(10, 10)
            painter.fillRect(QRectF(0, 0, extent_w * k, extent_h * k), QColor("#ffffff"))
            self._poster(painter, QRectF(0, 0, sheet_w * k, sheet_h * k))
            painter.setPen(QPen(QColor(style.SELECTION), 1.2))
            for tile in grid.tiles:
                rect = QRectF(tile.x * k, tile.y * k, tile.width * k, tile.height * k)
                painter.drawRect(rect)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, tile.label)
        else:
            page_w, page_h = plan.width, plan.height  # type: ignore[attr-defined]
            k = min((self.width() - 20) / page_w, (self.height() - 20) / page_h)
            painter.translate((self.width() - page_w * k) / 2, (self.height() - page_h * k) / 2)
            painter.fillRect(QRectF(0, 0, page_w * k, page_h * k), QColor("#ffffff"))
            s = plan.scale * k  # type: ignore[attr-defined]
            self._poster(painter, QRectF(plan.offset_x * k, plan.offset_y * k, poster_w * s, poster_h * s))  # type: ignore[attr-defined]

    def _poster(self, painter: QPainter, target: QRectF) -> None:
        block = self.poster.block_height / self.poster.height
        image_target = QRectF(target.x(), target.y(), target.width(), target.height() * (1 - block))
        painter.drawImage(image_target, self.image)
        painter.fillRect(QRectF(target.x(), image_target.bottom(), target.width(), target.height() * block), QColor(style.HEADER_FILL))


class PrintDialog(QDialog):
    def __init__(self, document: Document, current: Blueprint, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Print")
        self.document = document
        self.blueprints = blueprints = document.blueprints
        self.current = current
        self.poster = make_poster(document, current)
        self.preview = Preview(self.poster)
        self.one_page = QRadioButton("One page (plotter or single sheet)")
        self.tiled = QRadioButton("Tiles on office paper, to tape together")
        self.one_page.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.one_page)
        modes.addButton(self.tiled)
        self.paper = QComboBox()
        self.paper.addItem("Exactly the chosen size", None)
        for paper in PAPERS.values():
            self.paper.addItem(paper.name, paper.name)
        self.paper.setCurrentIndex(self.paper.findData("A1"))
        self.tile_paper = QComboBox()
        for name in TILE_PAPERS:
            self.tile_paper.addItem(name, name)
        self.orientation = QComboBox()
        for label, value in (("Automatic", None), ("Landscape", True), ("Portrait", False)):
            self.orientation.addItem(label, value)
        self.size_mode = QComboBox()
        for label, value in (("Fit the paper", "fit"), ("Scale", "scale"), ("Overall width", "width")):
            self.size_mode.addItem(label, value)
        self.scale = QDoubleSpinBox()
        self.scale.setRange(0.01, 100)
        self.scale.setValue(1.0)
        self.scale.setDecimals(3)
        self.width_m = QDoubleSpinBox()
        self.width_m.setRange(0.05, 50)
        self.width_m.setValue(2.0)
        self.width_m.setSuffix(" m")
        self.overlap = QDoubleSpinBox()
        self.overlap.setRange(0, 100)
        self.overlap.setValue(10)
        self.overlap.setSuffix(" mm")
        self.margin = QDoubleSpinBox()
        self.margin.setRange(0, 50)
        self.margin.setValue(10)
        self.margin.setSuffix(" mm")
        self.which = QComboBox()
        self.which.addItem(f"This blueprint ({current.title})", "current")
        if len(blueprints) > 1:
            self.which.addItem(f"All {len(blueprints)} blueprints", "all")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("print_summary")
        self.fix_button = QPushButton("Scale down to fit")
        self.fix_button.hide()
        self.fix_button.clicked.connect(self._scale_down)

        form = QFormLayout()
        form.addRow(self.one_page)
        form.addRow("Paper", self.paper)
        form.addRow(self.tiled)
        form.addRow("Tile paper", self.tile_paper)
        form.addRow("Overlap", self.overlap)
        form.addRow("Orientation", self.orientation)
        form.addRow("Size", self.size_mode)
        form.addRow("Scale", self.scale)
        form.addRow("Width", self.width_m)
        form.addRow("Margins", self.margin)
        form.addRow("Print", self.which)
        form.addRow(self.summary)
        form.addRow(self.fix_button)
        buttons = QHBoxLayout()
        self.export_button = QPushButton("Export PDF…")
        self.print_button = QPushButton("Print")
        close = QPushButton("Close")
        buttons.addStretch(1)
        for button in (self.export_button, self.print_button, close):
            buttons.addWidget(button)
        self.export_button.clicked.connect(self.export_pdf)
        self.print_button.clicked.connect(self.print_pdf)
        close.clicked.connect(self.reject)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(side)
        body.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self.resize(1100, 640)
        for widget in (self.paper, self.tile_paper, self.orientation, self.size_mode):
            widget.currentIndexChanged.connect(self.update_plan)
        for spin in (self.scale, self.width_m, self.overlap, self.margin):
            spin.valueChanged.connect(self.update_plan)
        self.one_page.toggled.connect(self.update_plan)
        self.update_plan()

    def options(self) -> PrintOptions:
        mode = self.size_mode.currentData()
        tiled = self.tiled.isChecked()
        return PrintOptions(
            paper=None if tiled else self.paper.currentData(),
            landscape=self.orientation.currentData(),
            scale=self.scale.value() if mode == "scale" else (1.0 if mode == "fit" and (tiled or self.paper.currentData() is None) else None),
            width=self.width_m.value() * 1000 * MM if mode == "width" else None,
            tile=self.tile_paper.currentData() if tiled else None,
            overlap=self.overlap.value() * MM,
            margin=self.margin.value() * MM,
        )

    def update_plan(self) -> None:
        tiled = self.tiled.isChecked()
        self.paper.setEnabled(not tiled)
        self.tile_paper.setEnabled(tiled)
        self.overlap.setEnabled(tiled)
        self.scale.setEnabled(self.size_mode.currentData() == "scale")
        self.width_m.setEnabled(self.size_mode.currentData() == "width")
        self.fix_button.hide()
        options = self.options()
        try:
            if tiled:
                plan = plan_tiles(self.poster.width, self.poster.height, options)
                grid = plan.grid
                text = (
                    f"{len(grid.tiles)} pages of {options.tile} ({grid.rows} rows × {grid.columns} columns) and an assembly map; "
                    f"finished size {format_length(self.poster.width * plan.scale)} × {format_length(self.poster.height * plan.scale)}."
                )
            else:
                plan = plan_page(self.poster.width, self.poster.height, options)
                text = f"One page of {format_length(plan.width)} × {format_length(plan.height)} at scale {plan.scale:.3g}."
        except OversizeError as error:
            self._refuse(str(error))
            self._max_scale = error.max_scale
            self.fix_button.show()
            return
        except UsageError as error:
            self._refuse(str(error))
            return
        self.summary.setStyleSheet("")
        self.summary.setText(text)
        self.preview.show_plan(plan)
        self.export_button.setEnabled(True)
        self.print_button.setEnabled(True)

    def _refuse(self, message: str) -> None:
        self.summary.setStyleSheet("color: #b3261e;")
        self.summary.setText(message[0].upper() + message[1:] + ".")
        self.preview.show_plan(None)
        self.export_button.setEnabled(False)
        self.print_button.setEnabled(False)

    def _scale_down(self) -> None:
        self.size_mode.setCurrentIndex(self.size_mode.findData("scale"))
        self.scale.setValue(int(self._max_scale * 1000) / 1000)

    def chosen_blueprints(self) -> list[Blueprint]:
        return list(self.blueprints) if self.which.currentData() == "all" else [self.current]

    def write(self, path: Path) -> bool:
        """Write the PDF with a cancellable progress dialog; False if cancelled or failed."""
        progress = QProgressDialog("Writing the PDF…", "Cancel", 0, 100, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)

        def tick(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            write_pdf(self.document, self.chosen_blueprints(), path, self.options(), tick)
        except ExportCancelled:
            return False
        except (UsageError, OSError) as error:
            dialogs.show_error(self, "Not exported", f"{path.name}: {getattr(error, 'strerror', None) or error}")
            return False
        finally:
            progress.close()
        return True

    def export_pdf(self) -> None:
        suggestion = f"{self.current.title or 'blueprint'}.pdf"
        path = dialogs.ask_export_path(self, suggestion, "PDF files (*.pdf)")
        if path is not None and self.write(path):
            self.summary.setText(f"Exported {path.name}.")

    def print_pdf(self) -> None:
        folder = Path(tempfile.mkdtemp(prefix="blueprint-print-"))
        path = folder / f"{self.current.title or 'blueprint'}.pdf"
        if not self.write(path):
            return
        try:
            answer = send_to_printer(path)
        except NoPrintService as error:
            dialogs.show_error(self, "Cannot print", f"{str(error)[0].upper()}{str(error)[1:]}. The PDF is at {path}; open it to print.")
            return
        self.summary.setText(f"Printing: {answer}")
