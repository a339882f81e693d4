"""File ▸ Print: for whom, one page, strips or tiles, paper, orientation, size, overlap, with a
live preview and the size the text will print at.

The preview and the numbers beside it come from the same planning code the PDF writer
uses, so what the dialog promises is what the file holds.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.audience import audiences_of, for_audience, hides_anything
from blueprint_studio.drawing.poster import poster_drawing
from blueprint_studio.errors import UsageError
from blueprint_studio.export import export
from blueprint_studio.layout import style
from blueprint_studio.model import Audience, Blueprint, Document
from blueprint_studio.painting.player import play
from blueprint_studio.painting.scheme import shade
from blueprint_studio.printing.executive import Sheet, summary_sheet
from blueprint_studio.printing.legible import advice, printed_text_size
from blueprint_studio.printing.paper import MM, PAPERS, TILE_PAPERS, paper_named
from blueprint_studio.printing.pdf import (
    STRIPS_TITLE_BAND,
    ExportCancelled,
    Poster,
    make_poster,
    pdf_bytes,
    strips_for,
    strips_size,
)
from blueprint_studio.printing.plan import SMALLEST_LEGIBLE, OversizeError, PrintOptions, plan_page, plan_tiles
from blueprint_studio.printing.spool import NoPrintService, send_to_printer
from blueprint_studio.printing.strips import STRIP_GAP, Strip, stage_windows
from blueprint_studio.printing.workshop import workshop_poster
from blueprint_studio.storage.atomic import write_atomically
from blueprint_studio.ui import dialogs
from blueprint_studio.ui.i18n import format_number, length_text, scale_text, tr
from blueprint_studio.ui.lengths import LengthBox
from blueprint_studio.ui.preferences import default_paper
from blueprint_studio.ui.session import DocumentSession

PREVIEW_WIDTH = 900


class Preview(QWidget):
    """The page with the blueprint on it (whole or in strips), the blueprint with the tile grid
    over it, or the executive summary page."""

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumSize(480, 300)
        self.plan: object = None
        self.strips: list[Strip] | None = None
        self.sheet: Sheet | None = None

    def set_poster(self, poster: Poster) -> None:
        self.poster = poster
        width = round(PREVIEW_WIDTH * self.devicePixelRatioF())  # crisp on a 200 % screen too
        scale = width / poster.width
        self.image = QImage(width, max(1, round(poster.height * scale)), QImage.Format.Format_ARGB32_Premultiplied)
        self.image.fill(QColor("#ffffff"))
        painter = QPainter(self.image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        play(painter, poster_drawing(poster).ops())  # the page's own drawing: the preview is the print
        painter.end()

    def show_plan(self, plan: object, strips: list[Strip] | None = None, sheet: Sheet | None = None) -> None:
        self.plan, self.strips, self.sheet = plan, strips, sheet
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#8c959f"))
        if self.sheet is not None:
            self._sheet(painter, self.sheet)
            return
        plan = self.plan
        if plan is None:
            return
        poster_w, poster_h = self.poster.width, self.poster.height
        if hasattr(plan, "grid"):
            sheet_w, sheet_h = poster_w * plan.scale, poster_h * plan.scale  # type: ignore[attr-defined]
            grid = plan.grid
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
            at = QPointF(plan.offset_x * k, plan.offset_y * k)  # type: ignore[attr-defined]
            if self.strips is not None:
                self._strips(painter, at, s)
            else:
                self._poster(painter, QRectF(at.x(), at.y(), poster_w * s, poster_h * s))

    def _strips(self, painter: QPainter, at: QPointF, scale: float) -> None:
        """Each strip as the PDF draws it: the lane names, then its columns, under the title band."""
        assert self.strips is not None
        k = self.image.width() / self.poster.width  # image pixels per layout unit
        height = self.poster.geometry.height
        y = at.y() + STRIPS_TITLE_BAND * scale
        for strip in self.strips:
            for left, x0, width in (
                (0.0, 0.0, style.LANE_HEADER_WIDTH),
                (style.LANE_HEADER_WIDTH, strip.left, strip.width),
            ):
                target = QRectF(at.x() + left * scale, y, width * scale, height * scale)
                painter.drawImage(target, self.image, QRectF(x0 * k, 0, width * k, height * k))
            y += (height + STRIP_GAP) * scale

    def _sheet(self, painter: QPainter, sheet: Sheet) -> None:
        k = min((self.width() - 20) / sheet.width, (self.height() - 20) / sheet.height)
        painter.translate((self.width() - sheet.width * k) / 2, (self.height() - sheet.height * k) / 2)
        painter.scale(k, k)
        painter.fillRect(QRectF(0, 0, sheet.width, sheet.height), QColor("#ffffff"))
        play(painter, sheet.ops)

    def _poster(self, painter: QPainter, target: QRectF) -> None:
        painter.drawImage(target, self.image)


class PrintDialog(QDialog):
    def __init__(
        self,
        document: Document,
        current: Blueprint,
        parent: QWidget | None = None,
        session: DocumentSession | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr("Print"))
        self.document = document
        self.blueprints = blueprints = document.blueprints
        self.current = current
        self.audience = QComboBox()
        self.audience.setObjectName("audience")
        self._list_audiences()
        self.edit_audiences = QPushButton(tr("Edit…"))
        self.edit_audiences.setToolTip(
            tr("the document's own audiences: zones, lanes, stages or steps, and what is left out")
        )
        self.edit_audiences.setVisible(session is not None and not session.read_only)
        self.edit_audiences.clicked.connect(self._edit_audiences)
        self.notes = QCheckBox(tr("Card notes and owners: a number on each card, the notes listed under the blueprint"))
        self.notes.setObjectName("print_notes")
        self.workshop = QCheckBox(tr("Workshop sheet: the empty grid, cells sized for sticky notes"))
        self.workshop.setObjectName("workshop")
        self.sticky = LengthBox(76 * MM, 25 * MM, 200 * MM, words=tr(" notes"))
        self.per_cell = QSpinBox()
        self.per_cell.setRange(1, 10)
        self.per_cell.setSuffix(tr(" a cell"))
        self.preview = Preview()
        self._for_audience()
        self._make_size_controls()
        self.which = QComboBox()
        self.which.addItem(tr("This blueprint ({title})").format(title=current.title), "current")
        if len(blueprints) > 1:
            self.which.addItem(tr("All {count} blueprints").format(count=len(blueprints)), "all")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("print_summary")
        self.fix_button = QPushButton(tr("Scale down to fit"))
        self.fix_button.hide()
        self.fix_button.clicked.connect(self._scale_down)
        self.legible = QLabel()
        self.legible.setWordWrap(True)
        self.legible.setObjectName("print_legibility")
        self.strips_button = QPushButton(tr("Wrap into strips"))
        self.strips_button.hide()
        self.strips_button.clicked.connect(self.in_strips.click)

        self._lay_out()
        self._connect_controls()
        self.update_plan()

    def _make_size_controls(self) -> None:
        """How it prints: one page, strips, pages per stage or tiles, and on what paper at what size."""
        self.one_page = QRadioButton(tr("One page (plotter or single sheet)"))
        self.in_strips = QRadioButton(tr("Strips stacked on one page, cut between stages"))
        self.tiled = QRadioButton(tr("Tiles on office paper, to tape together"))
        self.per_stage = QRadioButton(tr("A page per stage (handouts), lane names repeated"))
        self.one_page.setChecked(True)
        modes = QButtonGroup(self)
        for mode in (self.one_page, self.in_strips, self.per_stage, self.tiled):
            modes.addButton(mode)
        self.strip_count = QSpinBox()
        self.strip_count.setRange(0, 50)
        self.strip_count.setSpecialValueText(tr("as many as print largest"))
        self.strip_count.setValue(0)
        self.paper = QComboBox()
        self.paper.addItem(tr("Exactly the chosen size"), None)
        for paper in PAPERS.values():
            self.paper.addItem(paper.name, paper.name)
        self.paper.setCurrentIndex(self.paper.findData(default_paper()))
        self.tile_paper = QComboBox()
        for name in TILE_PAPERS:
            self.tile_paper.addItem(name, name)
        self.orientation = QComboBox()
        for label, value in ((tr("Automatic"), None), (tr("Landscape"), True), (tr("Portrait"), False)):
            self.orientation.addItem(label, value)
        self.size_mode = QComboBox()
        for label, value in ((tr("Fit the paper"), "fit"), (tr("Scale"), "scale"), (tr("Overall width"), "width")):
            self.size_mode.addItem(label, value)
        self.scale = QDoubleSpinBox()
        self.scale.setRange(0.01, 100)
        self.scale.setValue(1.0)
        self.scale.setDecimals(3)
        self.wall_width = LengthBox(2000 * MM, 50 * MM, 50_000 * MM, long=True)
        self.overlap = LengthBox(10 * MM, 0, 100 * MM)
        self.margin = LengthBox(10 * MM, 0, 50 * MM)

    def _lay_out(self) -> None:
        form = QFormLayout()
        for_row = QHBoxLayout()
        for_row.addWidget(self.audience, 1)
        for_row.addWidget(self.edit_audiences)
        form.addRow(tr("For"), for_row)
        form.addRow(self.notes)
        form.addRow(self.workshop)
        form.addRow(tr("Sticky notes"), self.sticky)
        form.addRow("", self.per_cell)
        form.addRow(self.one_page)
        form.addRow(tr("Paper"), self.paper)
        form.addRow(self.in_strips)
        form.addRow(tr("Strips"), self.strip_count)
        form.addRow(self.per_stage)
        form.addRow(self.tiled)
        form.addRow(tr("Tile paper"), self.tile_paper)
        form.addRow(tr("Overlap"), self.overlap)
        form.addRow(tr("Orientation"), self.orientation)
        form.addRow(tr("Size"), self.size_mode)
        form.addRow(tr("Scale"), self.scale)
        form.addRow(tr("Width"), self.wall_width)
        form.addRow(tr("Margins"), self.margin)
        form.addRow(tr("Print"), self.which)
        form.addRow(self.summary)
        form.addRow(self.legible)
        form.addRow(self.fix_button)
        form.addRow(self.strips_button)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(tr("Export PDF…"))
        self.print_button = QPushButton(tr("Print"))
        close = QPushButton(tr("Close"))
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

    def _connect_controls(self) -> None:
        for widget in (self.paper, self.tile_paper, self.orientation, self.size_mode):
            widget.currentIndexChanged.connect(self.update_plan)
        for spin in (self.scale, self.wall_width, self.overlap, self.margin, self.strip_count):
            spin.valueChanged.connect(self.update_plan)
        for mode in (self.one_page, self.in_strips, self.per_stage, self.tiled):
            mode.toggled.connect(self.update_plan)
        self.audience.currentIndexChanged.connect(self._audience_changed)
        self.notes.toggled.connect(self._audience_changed)
        self.workshop.toggled.connect(self._audience_changed)
        for spin in (self.sticky, self.per_cell):
            spin.valueChanged.connect(self._audience_changed)

    def _audience_changed(self) -> None:
        self._for_audience()
        self.update_plan()

    def _list_audiences(self, chosen: str | None = None) -> None:
        self.audience.blockSignals(True)
        self.audience.clear()
        for audience in audiences_of(self.document):
            self.audience.addItem(audience.name, audience)
        self.audience.setCurrentIndex(
            max(0, next((n for n in range(self.audience.count()) if self.audience.itemData(n).id == chosen), 0))
        )
        self.audience.blockSignals(False)

    def _edit_audiences(self) -> None:
        from blueprint_studio.ui.audienceeditor import AudienceEditor

        assert self.session is not None
        editor = AudienceEditor(self.session, self.current, self)
        editor.exec()
        chosen = editor.current()
        self._list_audiences(chosen.id if chosen is not None else self.chosen_audience().id)
        self._for_audience()
        self.update_plan()

    def chosen_audience(self) -> Audience:
        return self.audience.currentData()  # type: ignore[no-any-return]

    def _for_audience(self) -> None:
        """The poster as the chosen audience will see it (what they may not see is not in it),
        or the workshop sheet's empty grid."""
        self._sticky_scale: float | None = None
        if getattr(self, "workshop", None) is not None and self.workshop.isChecked():
            self.poster, self._sticky_scale = workshop_poster(
                self.document, self.current, self.sticky.points(), self.per_cell.value(), tr
            )
        else:
            audience = self.chosen_audience()
            document = for_audience(self.document, audience) if hides_anything(audience) else self.document
            self.poster = make_poster(
                document, document.blueprint(self.current.id), say=tr, notes=self.notes.isChecked()
            )
        self.preview.set_poster(self.poster)

    def options(self) -> PrintOptions:
        mode = self.size_mode.currentData()
        tiled, in_strips = self.tiled.isChecked(), self.in_strips.isChecked()
        if self._sticky_scale is not None:  # the notes' size fixes the scale
            mode, in_strips = "sticky", False
        return PrintOptions(
            paper=None if tiled else self.paper.currentData(),
            landscape=self.orientation.currentData(),
            scale=self._sticky_scale
            if mode == "sticky"
            else self.scale.value()
            if mode == "scale"
            else (1.0 if mode == "fit" and (tiled or self.paper.currentData() is None) else None),
            width=self.wall_width.points() if mode == "width" else None,
            tile=self.tile_paper.currentData() if tiled else None,
            overlap=self.overlap.points(),
            margin=self.margin.points(),
            strips=self.strip_count.value() if in_strips else None,
            per_stage=self.per_stage.isChecked() and self._sticky_scale is None,
            notes=self.notes.isChecked() and self._sticky_scale is None,
        )

    def update_plan(self) -> None:
        workshop = self.workshop.isChecked()
        tiled, summary = self.tiled.isChecked(), self.chosen_audience().summary and not workshop
        audience = self.chosen_audience()
        # Notes print with the wall (one page or tiles), for an audience that may read them.
        self.notes.setEnabled(
            not workshop
            and not summary
            and (audience.notes or audience.owners)
            and not self.in_strips.isChecked()
            and not self.per_stage.isChecked()
        )
        for widget in (self.one_page, self.in_strips, self.per_stage, self.tiled, self.size_mode, self.orientation):
            widget.setEnabled(not summary)
        for widget in (self.in_strips, self.per_stage, self.size_mode, self.audience):
            widget.setEnabled(widget.isEnabled() and not workshop)
        self.sticky.setEnabled(workshop)
        self.per_cell.setEnabled(workshop)
        self.workshop.setEnabled(not self.chosen_audience().summary)
        self.paper.setEnabled(not tiled)
        self.tile_paper.setEnabled(tiled and not summary)
        self.overlap.setEnabled(tiled and not summary)
        self.strip_count.setEnabled(self.in_strips.isChecked() and not summary)
        self.scale.setEnabled(self.size_mode.currentData() == "scale" and not summary)
        self.wall_width.setEnabled(self.size_mode.currentData() == "width" and not summary)
        self.fix_button.hide()
        self.strips_button.hide()
        self.legible.setText("")
        if summary:
            self._show_summary()
            return
        options = self.options()
        strips = None
        try:
            if tiled:
                plan = plan_tiles(self.poster.width, self.poster.height, options)
                grid = plan.grid
                text = tr(
                    "Pages of {paper}: {count} ({rows} rows × {columns} columns) and an assembly map; finished size "
                    "{width} × {height}."
                ).format(
                    paper=options.tile,
                    count=len(grid.tiles),
                    rows=grid.rows,
                    columns=grid.columns,
                    width=length_text(self.poster.width * plan.scale),
                    height=length_text(self.poster.height * plan.scale),
                )
            elif options.per_stage:
                windows = stage_windows(self.poster.geometry)
                strips = [windows[0][1]]
                plan = plan_page(*strips_size(self.poster, strips), replace(options, per_stage=False))
                text = tr("One page of {width} × {height} per stage, {count} in all (the first shown).").format(
                    width=length_text(plan.width), height=length_text(plan.height), count=len(windows)
                )
            elif options.strips is not None:
                strips = strips_for(self.poster, options)
                plan = plan_page(*strips_size(self.poster, strips), replace(options, strips=None))
                text = tr("Strips: {count}, on one page of {width} × {height} at scale {scale}.").format(
                    count=len(strips),
                    width=length_text(plan.width),
                    height=length_text(plan.height),
                    scale=scale_text(plan.scale),
                )
            else:
                plan = plan_page(self.poster.width, self.poster.height, options)
                text = tr("One page of {width} × {height} at scale {scale}.").format(
                    width=length_text(plan.width), height=length_text(plan.height), scale=scale_text(plan.scale)
                )
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
        if not self.workshop.isChecked():  # a workshop sheet has no card text to read
            self._say_text_size(printed_text_size(self.poster, options), options)
        self.preview.show_plan(plan, strips)
        self.export_button.setEnabled(True)
        self.print_button.setEnabled(True)

    def _say_text_size(self, size: float, options: PrintOptions) -> None:
        """The printed text height, and when it is too small, what would fit instead."""
        if size >= SMALLEST_LEGIBLE:
            self.legible.setStyleSheet("")
            self.legible.setText(tr("Card text prints {size} pt high.").format(size=format_number(size, 1)))
            return
        self.legible.setStyleSheet(f"color: {shade('#9a6700').name()};")
        said = advice(self.poster, options, flags=False) or ""
        larger = said.partition("; larger: ")[2]
        self.legible.setText(
            tr("Card text prints {size} pt high: too small to read on a wall (under {least} pt).").format(
                size=format_number(size, 1), least=format_number(SMALLEST_LEGIBLE)
            )
            + (" " + tr("Larger: {choices}.").format(choices=larger) if larger else "")
        )
        if options.strips is None and not options.tile and not options.per_stage:
            self.strips_button.show()

    def _show_summary(self) -> None:
        paper = self.paper.currentData()
        paper = paper if paper is not None and not paper_named(paper).is_roll else "A4"
        sheet = summary_sheet(self.poster.blueprint, self.document.personas, say=tr)
        self.summary.setStyleSheet("")
        self.summary.setText(
            tr("One page of {paper} per blueprint: stages, time and the top fail points.").format(paper=paper)
        )
        self.preview.show_plan(None, sheet=sheet)
        self.export_button.setEnabled(True)
        self.print_button.setEnabled(True)

    def _refuse(self, message: str) -> None:
        self.summary.setStyleSheet(f"color: {shade('#b3261e').name()};")
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
        progress = QProgressDialog(tr("Writing the PDF…"), tr("Cancel"), 0, 100, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)

        def tick(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            if self.workshop.isChecked():
                sheets = [
                    workshop_poster(self.document, b, self.sticky.points(), self.per_cell.value(), tr)[0]
                    for b in self.chosen_blueprints()
                ]
                write_atomically(path, pdf_bytes(sheets, self.options(), tick))
            else:
                export(
                    self.document,
                    self.chosen_blueprints(),
                    path,
                    self.options(),
                    progress=tick,
                    audience=self.chosen_audience(),
                    say=tr,
                )
        except ExportCancelled:
            return False
        except (UsageError, OSError) as error:
            dialogs.show_error(self, tr("Not exported"), f"{path.name}: {getattr(error, 'strerror', None) or error}")
            return False
        finally:
            progress.close()
        return True

    def export_pdf(self) -> None:
        suggestion = f"{self.current.title or 'blueprint'}.pdf"
        path = dialogs.ask_export_path(self, suggestion, tr("PDF files (*.pdf)"))
        if path is not None and self.write(path):
            self.summary.setText(tr("Exported {name}.").format(name=path.name))

    def print_pdf(self) -> None:
        folder = Path(tempfile.mkdtemp(prefix="blueprint-print-"))
        path = folder / f"{self.current.title or 'blueprint'}.pdf"
        if not self.write(path):
            return
        try:
            answer = send_to_printer(path)
        except NoPrintService as error:
            dialogs.show_error(
                self,
                tr("Cannot print"),
                tr("{error}. The PDF is at {path}; open it to print.").format(
                    error=str(error)[:1].upper() + str(error)[1:], path=path
                ),
            )
            return
        self.summary.setText(tr("Printing: {answer}").format(answer=answer))
