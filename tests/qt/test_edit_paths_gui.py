"""Every way to edit, tried as a person would, in a writable window and in a read-only one.

The paths are listed against the command factories of `blueprint_studio.editing`: a new
factory without a path here fails `test_every_command_factory_has_an_edit_path`. Each path
is performed twice. In a writable window it must reach its factory and change the document
(and undo gives the document back), so a path that does nothing cannot pass. In a window
opened read-only (the file is open elsewhere) the same hands must change nothing: the
document stays as it was, the undo history empty and the window unmodified.
"""

from __future__ import annotations

import inspect
import json
import os
import socket
import sys
from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget

from blueprint_studio import editing
from blueprint_studio.editing import annotations, audiences, clipboard, edits, journey, replace
from blueprint_studio.model import LaneKind
from blueprint_studio.storage import open_bpx
from blueprint_studio.storage.bpx import save_bpx
from blueprint_studio.storage.lock import lock_path
from blueprint_studio.ui import dialogs
from blueprint_studio.ui.mainwindow import MainWindow
from tests.conftest import ROOT

MODULES = (edits, journey, annotations, audiences, clipboard, replace)
Gesture = Callable[..., None]
PATHS: dict[str, list[Gesture]] = {}


def path(*factories: str) -> Callable[[Gesture], Gesture]:
    """Register a gesture as a path to these factories ("module.function")."""

    def register(gesture: Gesture) -> Gesture:
        for factory in factories:
            PATHS.setdefault(factory, []).append(gesture)
        return gesture

    return register


def command_factories() -> set[str]:
    """Every public function of the editing modules that returns a command."""
    found = set()
    for module in MODULES:
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if (
                function.__module__ == module.__name__
                and not name.startswith("_")
                and "Command" in str(inspect.signature(function).return_annotation)
            ):
                found.add(f"{module.__name__.rsplit('.', 1)[1]}.{name}")
    return found


# ---------------------------------------------------------------------------- the material


@pytest.fixture
def prepared(tmp_path: Path) -> Path:
    """The hotel sample with what every path needs: two personas, a custom lane, a to-be
    variant (a second tab, an exit target) and an audience of the document's own."""
    document = open_bpx(ROOT / "resources/samples/hotel-stay.bpx")
    blueprint = document.blueprints[0]
    for command in (
        journey.add_persona(document, "Second guest")[0],
        edits.add_lane(blueprint, blueprint.lane_of_kind(LaneKind.BACKSTAGE).zone, "Night desk")[0],
        edits.duplicate_as_variant(document, blueprint.id)[0],
        audiences.add_audience(document, "Suppliers")[0],
    ):
        command.apply(document)
    target = tmp_path / "hotel-workshop.bpx"
    save_bpx(document, target)
    return target


@pytest.fixture(params=[False, True], ids=["writable", "read-only"])
def read_only(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


@pytest.fixture
def opened(qapp, qtbot, prepared: Path, read_only: bool, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    if read_only:  # held by a live process that is not us: the pytest runner's parent
        lock_path(prepared).write_text(
            json.dumps({"host": socket.gethostname(), "pid": os.getppid(), "user": "kim", "since": 0})
        )
        monkeypatch.setattr(dialogs, "ask_locked", lambda parent, name, who: dialogs.LockedChoice.READ_ONLY)
    window = qapp.open_path(prepared)
    assert window is not None and window.session.read_only is read_only
    window.resize(1400, 900)
    qtbot.waitExposed(window)
    yield window


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Dialogs answer as a designer would; the titles asked are recorded."""
    titles: list[str] = []

    def answer(parent: QWidget, title: str, label: str, value: str) -> str:
        titles.append(title)
        return "Answered in a dialog"

    monkeypatch.setattr(dialogs, "ask_text", answer)
    monkeypatch.setattr(
        dialogs,
        "choose_cards",
        lambda parent, blueprint, exclude, chosen: [c.id for c in blueprint.cards if c.id != exclude][:1],
    )
    monkeypatch.setattr("PySide6.QtWidgets.QColorDialog.getColor", lambda *a, **k: QColor("#6a3d9a"))
    photo = str(next((ROOT / "tests/fixtures/photos").glob("*.jpg"), next((ROOT / "tests/fixtures/photos").iterdir())))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (photo, ""))
    return titles


# ---------------------------------------------------------------------------- hands


def scene_of(window: MainWindow):  # type: ignore[no-untyped-def]
    scene = window.current_scene()
    assert scene is not None
    return scene


def at(window: MainWindow, x: float, y: float) -> QPoint:
    """Bring a scene point into view (clear of the frozen headers) and say where it is on screen."""
    view = window.current_view()
    assert view is not None
    view.reveal(QRectF(x - 4, y - 4, 8, 8))
    return view.mapFromScene(QPointF(x, y))


def card_point(window: MainWindow, prefix: str) -> tuple[str, QPoint]:
    scene = scene_of(window)
    card = next(c for c in scene.blueprint.cards if c.text.startswith(prefix))
    return card.id, at(window, *scene.geometry.cards[card.id].rect.center)


def free_point(window: MainWindow, lane: str, step: str) -> QPoint:
    """A point of a cell where nothing is drawn (no card, no arrow), as a person aims for."""
    scene = scene_of(window)
    cell = scene.geometry.cell(lane, step)
    for fy in (0.9, 0.7, 0.5, 0.3):
        for fx in (0.5, 0.25, 0.75, 0.1, 0.9):
            x, y = cell.x + cell.width * fx, cell.y + cell.height * fy
            if not scene.items(QPointF(x, y)):
                return at(window, x, y)
    raise AssertionError(f"no free point in the cell {lane} × {step}")


def empty_cell(window: MainWindow, kind: LaneKind = LaneKind.FRONTSTAGE) -> tuple[tuple[str, str], QPoint]:
    scene = scene_of(window)
    lane = scene.blueprint.lane_of_kind(kind).id
    step = next(s.id for s in scene.blueprint.steps if not scene.blueprint.cards_in_cell(lane, s.id))
    return (lane, step), free_point(window, lane, step)


def viewport(window: MainWindow) -> QWidget:
    view = window.current_view()
    assert view is not None
    return view.viewport()


def click(
    qtbot, widget: QWidget, pos: QPoint | None = None, button: Qt.MouseButton = Qt.MouseButton.LeftButton
) -> None:  # type: ignore[no-untyped-def]
    """A person clicks only what shows and is not greyed."""
    if widget.isVisible() and widget.isEnabled():
        qtbot.mouseClick(widget, button, pos=pos if pos is not None else widget.rect().center())


def select_card(qtbot, window: MainWindow, prefix: str) -> str:  # type: ignore[no-untyped-def]
    card_id, point = card_point(window, prefix)
    qtbot.mouseClick(viewport(window), Qt.MouseButton.LeftButton, pos=point)
    return card_id


def drag(qtbot, widget: QWidget, start: QPoint, end: QPoint) -> None:  # type: ignore[no-untyped-def]
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for fraction in (0.25, 0.5, 0.75, 1.0):
        qtbot.mouseMove(widget, pos=start + (end - start) * fraction)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def type_into(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def trigger(window: MainWindow, name: str) -> None:
    """A menu command chosen (a greyed one does nothing)."""
    window.actions_by_name[name].trigger()


def header_point(window: MainWindow, kind: str, object_id: str) -> QPoint:
    view = window.current_view()
    assert view is not None
    geometry = scene_of(window).geometry
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    if kind == "step":
        rect = geometry.step(object_id).header
    elif kind == "stage":
        rect = next(s.rect for s in geometry.stages if s.stage_id == object_id)
    else:
        rect = geometry.lane(object_id).rect
        return view.mapFromScene(QPointF(rect.x + 40, rect.y + 12))
    return view.mapFromScene(QPointF(*rect.center))


def cell_editor(view: QAbstractItemView) -> QLineEdit | None:
    """The text field an item view opened over a cell (F2, a double-click), if it opened one."""
    editors = [e for e in view.findChildren(QLineEdit) if e.isVisible()]
    return editors[0] if editors else None


def properties_page(window: MainWindow) -> None:
    window.properties.show()
    window.properties.raise_()


# ---------------------------------------------------------------------------- cards


@path("edits.add_card")
def double_click_a_cell_and_type(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _, point = empty_cell(window)
    qtbot.mouseDClick(viewport(window), Qt.MouseButton.LeftButton, pos=point)
    qtbot.keyClicks(viewport(window), "Concierge calls a taxi")
    qtbot.keyClick(viewport(window), Qt.Key.Key_Return)


@path("edits.add_card")
def ctrl_return_in_the_clicked_cell_and_type(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _, point = empty_cell(window)
    qtbot.mouseClick(viewport(window), Qt.MouseButton.LeftButton, pos=point)
    trigger(window, "new_card")
    qtbot.keyClicks(viewport(window), "Typed after Ctrl+Return")
    qtbot.keyClick(viewport(window), Qt.Key.Key_Return)


@path("edits.add_card")
def insert_in_the_outline(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    trigger(window, "outline")
    outline = window.outline
    blueprint = scene_of(window).blueprint
    step = outline._find(("step", blueprint.id, blueprint.steps[0].id))
    outline.tree.expand(step)
    lane = outline.tree.model().index(0, 0, step)
    outline.tree.setCurrentIndex(lane)
    qtbot.keyClick(outline.tree, Qt.Key.Key_Insert)


@path("edits.edit_card")
def double_click_a_card_and_type(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _, point = card_point(window, "Porter brings luggage")
    qtbot.mouseDClick(viewport(window), Qt.MouseButton.LeftButton, pos=point)
    qtbot.keyClicks(viewport(window), "Bellhop brings the bags")
    qtbot.keyClick(viewport(window), Qt.Key.Key_Return)


@path("edits.edit_card")
def f2_on_a_selected_card_and_type(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    select_card(qtbot, window, "Porter brings luggage")
    qtbot.keyClick(viewport(window), Qt.Key.Key_F2)
    qtbot.keyClicks(viewport(window), "Renamed with F2")
    qtbot.keyClick(viewport(window), Qt.Key.Key_Return)


@path("edits.edit_card")
def type_into_the_properties_text(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    select_card(qtbot, window, "Porter brings luggage")
    properties_page(window)
    type_into(qtbot, window.properties.card_text, " quickly")


@path("edits.edit_card")
def tick_a_mark_in_properties(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    select_card(qtbot, window, "Porter brings luggage")
    properties_page(window)
    box = window.properties.mark_boxes["opportunity"]
    click(qtbot, box, QPoint(8, box.height() // 2))


@path("edits.edit_card")
def rename_a_card_in_the_outline(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    card_id = select_card(qtbot, window, "Porter brings luggage")
    trigger(window, "outline")
    outline = window.outline
    outline.follow(scene_of(window).blueprint_id, [card_id])
    qtbot.keyClick(outline.tree, Qt.Key.Key_F2)
    editor = cell_editor(outline.tree)
    if editor is not None:
        qtbot.keyClicks(editor, " at once")
        qtbot.keyClick(editor, Qt.Key.Key_Return)


@path("edits.edit_card")
def type_an_owner_in_the_register(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    analysis = window.analysis
    analysis.show()
    analysis.raise_()
    analysis.tabs.setCurrentIndex(1)
    analysis.recompute()
    qtbot.waitUntil(lambda: not analysis.busy() and analysis.register_table.rowCount() > 0, timeout=10_000)
    table = analysis.register_table
    table.scrollToItem(table.item(0, 9))
    cell = table.visualItemRect(table.item(0, 9))
    # A double-click: press, release, press.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    editor = cell_editor(table)
    if editor is not None:
        editor.selectAll()
        qtbot.keyClicks(editor, "Night manager")
        qtbot.keyClick(editor, Qt.Key.Key_Return)


@path("edits.delete_cards")
def delete_key_on_a_card(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    select_card(qtbot, window, "Porter brings luggage")
    qtbot.keyClick(viewport(window), Qt.Key.Key_Delete)


@path("edits.delete_cards")
def cut_a_card(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    select_card(qtbot, window, "Porter brings luggage")
    trigger(window, "cut")


@path("edits.delete_cards")
def delete_in_the_outline(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    card_id = select_card(qtbot, window, "Porter brings luggage")
    trigger(window, "outline")
    window.outline.follow(scene_of(window).blueprint_id, [card_id])
    qtbot.keyClick(window.outline.tree, Qt.Key.Key_Delete)


@path("edits.move_cards")
def drag_a_card_to_another_step(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    card_id, start = card_point(window, "Porter brings luggage")
    scene = scene_of(window)
    box = scene.geometry.cards[card_id]
    end = start + QPoint(round(scene.geometry.steps[0].width * scene_view_zoom(window)), 0)
    del box
    drag(qtbot, viewport(window), start, end)


def scene_view_zoom(window: MainWindow) -> float:
    view = window.current_view()
    assert view is not None
    return view.zoom()


@path("edits.move_cards")
def ctrl_right_on_a_card(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    select_card(qtbot, window, "Porter brings luggage")
    qtbot.keyClick(viewport(window), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)


@path("clipboard.paste")
def copy_a_card_and_paste_it_in_a_clicked_cell(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    select_card(qtbot, window, "Porter brings luggage")
    trigger(window, "copy")
    _, point = empty_cell(window)
    qtbot.mouseClick(viewport(window), Qt.MouseButton.LeftButton, pos=point)
    trigger(window, "paste")


@path("edits.paste_cards")
def paste_lines_of_text(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().setText("Guest asks for a late checkout\nDesk approves it")
    _, point = empty_cell(window)
    qtbot.mouseClick(viewport(window), Qt.MouseButton.LeftButton, pos=point)
    trigger(window, "paste")


@path("annotations.set_card_photo")
def drop_a_picture_on_a_card(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _, point = card_point(window, "Porter brings luggage")
    mime = QMimeData()
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a9d8f"))
    mime.setImageData(image)
    for event_type in ("enter", "move", "drop"):
        from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent

        kind = {"enter": QDragEnterEvent, "move": QDragMoveEvent, "drop": QDropEvent}[event_type]
        where = QPointF(point) if kind is QDropEvent else point
        event = kind(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport(window), event)
        if not event.isAccepted():
            return  # the canvas turned the picture down: nothing is dropped


@path("annotations.set_card_photo")
def paste_a_picture_onto_the_selected_card(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#e76f51"))
    QGuiApplication.clipboard().setImage(image)
    select_card(qtbot, window, "Porter brings luggage")
    trigger(window, "paste")


@path("annotations.set_card_photo")
def choose_a_photo_in_properties(qtbot, window, asked) -> None:  # type: ignore[no-untyped-def]
    select_card(qtbot, window, "Porter brings luggage")
    properties_page(window)
    click(qtbot, window.properties.findChild(QWidget, "card_photo_choose"))


@path("annotations.tag_cards")
def tick_a_facet_on_a_card(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    select_card(qtbot, window, "Porter brings luggage")
    properties_page(window)
    facets = window.properties.card_facets
    if facets.isEnabled():
        facets.setCurrentRow(0)
        facets.setFocus()
        qtbot.keyClick(facets, Qt.Key.Key_Space)


@path("annotations.set_exit")
def choose_an_exit_in_properties(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    select_card(qtbot, window, "Porter brings luggage")
    properties_page(window)
    combo = window.properties.card_exit
    if combo.isEnabled():
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)


# ---------------------------------------------------------------------------- arrows


@path("edits.connect")
def drag_from_a_cards_handle_to_another(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene = scene_of(window)
    source = next(c for c in scene.blueprint.cards if c.text.startswith("Porter brings luggage"))
    target = next(c for c in scene.blueprint.cards if c.text.startswith("Luggage tagged"))
    box = scene.geometry.cards[source.id]
    at(window, *box.rect.center)
    view = window.current_view()
    qtbot.mouseMove(viewport(window), pos=view.mapFromScene(QPointF(*box.rect.center)))
    handle = view.mapFromScene(QPointF(box.rect.right, box.rect.center[1]))
    drag(qtbot, viewport(window), handle, view.mapFromScene(QPointF(*scene.geometry.cards[target.id].rect.center)))


def arrow_point(window: MainWindow) -> tuple[str, QPoint]:
    """The middle of the longest stretch of any arrow: where a person clicks to pick one."""
    scene = scene_of(window)

    def length(ab: tuple[tuple[float, float], tuple[float, float]]) -> float:
        return abs(ab[1][0] - ab[0][0]) + abs(ab[1][1] - ab[0][1])

    route, ((x0, y0), (x1, y1)) = max(
        ((r, ab) for r in scene.geometry.connectors for ab in pairwise(r.points)),
        key=lambda pair: length(pair[1]),
    )
    return route.connector_id, at(window, (x0 + x1) / 2, (y0 + y1) / 2)


@path("edits.delete_connectors")
def click_an_arrow_and_press_delete(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _, point = arrow_point(window)
    qtbot.mouseClick(viewport(window), Qt.MouseButton.LeftButton, pos=point)
    qtbot.keyClick(viewport(window), Qt.Key.Key_Delete)


@path("edits.edit_connector")
def label_an_arrow_in_properties(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _, point = arrow_point(window)
    qtbot.mouseClick(viewport(window), Qt.MouseButton.LeftButton, pos=point)
    properties_page(window)
    type_into(qtbot, window.properties.connector_label, "Room key")


# ---------------------------------------------------------------------------- steps, stages, lanes


@path("edits.insert_step")
def insert_a_step_after_from_the_menu(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    trigger(window, "step_after")


@path("edits.insert_step", "edits.add_card")
def tab_past_the_last_step(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene = scene_of(window)
    lane = scene.blueprint.lane_of_kind(LaneKind.FRONTSTAGE).id
    qtbot.mouseClick(
        viewport(window), Qt.MouseButton.LeftButton, pos=free_point(window, lane, scene.blueprint.steps[-1].id)
    )
    qtbot.keyClick(viewport(window), Qt.Key.Key_Tab)
    qtbot.keyClicks(viewport(window), "Taxi waits")
    qtbot.keyClick(viewport(window), Qt.Key.Key_Return)


@path("edits.insert_step")
def insert_after_a_step_in_the_outline(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    trigger(window, "outline")
    blueprint = scene_of(window).blueprint
    index = window.outline._find(("step", blueprint.id, blueprint.steps[0].id))
    window.outline.tree.setCurrentIndex(index)
    qtbot.keyClick(window.outline.tree, Qt.Key.Key_Insert)


@path("edits.delete_step")
def delete_the_clicked_step(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    step = scene_of(window).blueprint.steps[1].id
    qtbot.mouseClick(viewport(window), Qt.MouseButton.LeftButton, pos=header_point(window, "step", step))
    trigger(window, "delete_step")


@path("edits.move_step")
def drag_a_step_header(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    steps = scene_of(window).blueprint.steps
    drag(qtbot, viewport(window), header_point(window, "step", steps[0].id), header_point(window, "step", steps[2].id))


@path("edits.edit_step")
def double_click_a_step_header(qtbot, window, asked) -> None:  # type: ignore[no-untyped-def]
    step = scene_of(window).blueprint.steps[1].id
    qtbot.mouseDClick(viewport(window), Qt.MouseButton.LeftButton, pos=header_point(window, "step", step))


@path("edits.edit_step")
def type_a_step_name_in_properties(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    step = scene_of(window).blueprint.steps[1].id
    qtbot.mouseClick(viewport(window), Qt.MouseButton.LeftButton, pos=header_point(window, "step", step))
    properties_page(window)
    type_into(qtbot, window.properties.step_name, " (late)")


@path("edits.edit_step")
def tick_moment_of_truth(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    step = scene_of(window).blueprint.steps[1].id
    qtbot.mouseClick(viewport(window), Qt.MouseButton.LeftButton, pos=header_point(window, "step", step))
    properties_page(window)
    box = window.properties.step_moment
    click(qtbot, box, QPoint(8, box.height() // 2))


@path("edits.add_stage")
def choose_new_stage_for_a_step(qtbot, window, asked) -> None:  # type: ignore[no-untyped-def]
    step = scene_of(window).blueprint.steps[1].id
    qtbot.mouseClick(viewport(window), Qt.MouseButton.LeftButton, pos=header_point(window, "step", step))
    properties_page(window)
    combo = window.properties.step_stage
    if combo.isEnabled():
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_End)


@path("edits.rename_stage")
def double_click_a_stage_header(qtbot, window, asked) -> None:  # type: ignore[no-untyped-def]
    stage = scene_of(window).blueprint.stages[0].id
    qtbot.mouseDClick(viewport(window), Qt.MouseButton.LeftButton, pos=header_point(window, "stage", stage))


def custom_lane(window: MainWindow) -> str:
    return next(lane.id for lane in scene_of(window).blueprint.lanes if lane.kind is LaneKind.CUSTOM)


@path("edits.rename_lane")
def double_click_a_lane_name(qtbot, window, asked) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseDClick(
        viewport(window), Qt.MouseButton.LeftButton, pos=header_point(window, "lane", custom_lane(window))
    )


@path("edits.rename_lane")
def type_a_lane_name_in_properties(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(viewport(window), Qt.MouseButton.LeftButton, pos=header_point(window, "lane", custom_lane(window)))
    properties_page(window)
    type_into(qtbot, window.properties.lane_name, " and porters")


@path("annotations.describe_lane")
def describe_a_lane_in_properties(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(viewport(window), Qt.MouseButton.LeftButton, pos=header_point(window, "lane", custom_lane(window)))
    properties_page(window)
    type_into(qtbot, window.properties.lane_description, "Who keeps the desk at night")


@path("edits.add_lane")
def add_a_lane_in_this_zone(qtbot, window, asked) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(viewport(window), Qt.MouseButton.LeftButton, pos=header_point(window, "lane", custom_lane(window)))
    trigger(window, "add_lane")


@path("edits.delete_lane")
def delete_the_clicked_lane(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(viewport(window), Qt.MouseButton.LeftButton, pos=header_point(window, "lane", custom_lane(window)))
    trigger(window, "delete_lane")


# ---------------------------------------------------------------------------- blueprints


@path("edits.add_blueprint")
def new_blueprint_tab(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    trigger(window, "add_blueprint")


@path("edits.delete_blueprint")
def delete_this_blueprint(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    trigger(window, "delete_blueprint")


@path("edits.duplicate_as_variant")
def make_a_to_be_variant(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    trigger(window, "duplicate_to_be")


@path("edits.move_blueprint")
def drag_a_tab_over_the_next(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    bar = window.tabs.tabBar()
    drag(qtbot, bar, bar.tabRect(0).center(), bar.tabRect(1).center() + QPoint(bar.tabRect(1).width() // 3, 0))


@path("edits.edit_blueprint")
def rename_the_blueprint(qtbot, window, asked) -> None:  # type: ignore[no-untyped-def]
    trigger(window, "rename_blueprint")


@path("edits.edit_blueprint")
def type_a_title_in_properties(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene_of(window).clearSelection()
    properties_page(window)
    type_into(qtbot, window.properties.bp_fields["title"], " (2026)")


@path("edits.edit_blueprint")
def tick_print_lane_purposes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene_of(window).clearSelection()
    properties_page(window)
    box = window.properties.bp_describe
    click(qtbot, box, QPoint(8, box.height() // 2))


@path("journey.set_view")
def show_the_journey_map_only(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    trigger(window, "view_journey")


@path("journey.show_row")
def toggle_a_journey_row(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.row_actions[LaneKind.OPPORTUNITIES].trigger()


# ---------------------------------------------------------------------------- the journey map


def emotion_row(window: MainWindow):  # type: ignore[no-untyped-def]
    chart = scene_of(window).geometry.chart
    assert chart is not None
    return chart


@path("journey.set_score")
def double_click_the_emotions_row(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene = scene_of(window)
    chart = emotion_row(window)
    scored = {p.step for p in scene.blueprint.emotions}
    step = next((s for s in scene.blueprint.steps if s.id not in scored), scene.blueprint.steps[0])
    column = scene.geometry.step(step.id)
    qtbot.mouseDClick(
        viewport(window),
        Qt.MouseButton.LeftButton,
        pos=at(window, column.x + column.width / 2, chart.plot.y + chart.plot.height * 0.2),
    )


def first_point(window: MainWindow) -> QPoint:
    point = emotion_row(window).curves[0].points[0]
    return at(window, point.x, point.y)


@path("journey.set_score")
def drag_an_emotion_point(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    start = first_point(window)
    drag(qtbot, viewport(window), start, start + QPoint(0, 40))


@path("journey.set_score")
def plus_on_a_selected_point(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(viewport(window), Qt.MouseButton.LeftButton, pos=first_point(window))
    qtbot.keyClick(viewport(window), Qt.Key.Key_Down)


@path("journey.edit_reason")
def type_a_reason_for_a_score(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(viewport(window), Qt.MouseButton.LeftButton, pos=first_point(window))
    properties_page(window)
    type_into(qtbot, window.properties.point_reason, " and tired")


def personas_panel(window: MainWindow, row: int = 0) -> None:
    window.personas.show()
    window.personas.raise_()
    window.personas.list.setCurrentRow(row)
    window.personas.list.setFocus()


@path("journey.add_persona")
def add_a_persona(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    personas_panel(window)
    click(qtbot, window.personas.findChild(QWidget, "add_persona"))


@path("journey.edit_persona")
def type_a_persona_name(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    personas_panel(window)
    type_into(qtbot, window.personas.fields["name"], " Jr")


@path("journey.edit_persona")
def choose_a_persona_colour(qtbot, window, asked) -> None:  # type: ignore[no-untyped-def]
    personas_panel(window)
    click(qtbot, window.personas.colour)


@path("journey.delete_persona")
def delete_a_persona(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    personas_panel(window, 1)
    click(qtbot, window.personas.findChild(QWidget, "delete_persona"))


@path("journey.move_persona")
def move_a_persona_up(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    personas_panel(window, 1)
    click(qtbot, window.personas.findChild(QWidget, "persona_up"))


@path("journey.follow")
def tick_a_persona_to_follow(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    personas_panel(window, 1)
    qtbot.keyClick(window.personas.list, Qt.Key.Key_Space)


@path("journey.set_photo")
def choose_a_persona_photo(qtbot, window, asked) -> None:  # type: ignore[no-untyped-def]
    personas_panel(window)
    button = next(b for b in window.personas.findChildren(QWidget) if getattr(b, "text", lambda: "")() == "Photo…")
    click(qtbot, button)


# ---------------------------------------------------------------------------- facets, lines, findings, audiences, find


def facets_panel(window: MainWindow) -> None:
    window.facets.show()
    window.facets.raise_()
    tree = window.facets.tree
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    tree.setFocus()  # as a click on it would


@path("annotations.add_facet")
def add_a_facet(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    facets_panel(window)
    type_into(qtbot, window.facets.name, "Night porters")
    click(qtbot, window.facets.findChild(QWidget, "add_facet"))


@path("annotations.edit_facet")
def choose_a_facet_colour(qtbot, window, asked) -> None:  # type: ignore[no-untyped-def]
    facets_panel(window)
    click(qtbot, window.facets.findChild(QWidget, "facet_colour"))


@path("annotations.edit_facet")
def rename_a_facet_in_place(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    facets_panel(window)
    qtbot.keyClick(window.facets.tree, Qt.Key.Key_F2)
    editor = cell_editor(window.facets.tree)
    if editor is not None:
        qtbot.keyClicks(editor, " (renamed)")
        qtbot.keyClick(editor, Qt.Key.Key_Return)


@path("annotations.delete_facet")
def delete_a_facet(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    facets_panel(window)
    click(qtbot, window.facets.findChild(QWidget, "delete_facet"))


def line_point(window: MainWindow, with_note: bool) -> QPoint:
    scene = scene_of(window)
    if with_note:
        note = scene.geometry.notes[0]
        return at(window, *note.rect.center)
    rule = scene.geometry.lines[0]
    noted = {n.step_id for n in scene.geometry.notes if n.line == rule.line}
    column = next(c for c in scene.geometry.steps if c.step_id not in noted)
    return at(window, column.x + 20, rule.y)


@path("annotations.add_line_note")
def double_click_a_line(qtbot, window, asked) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseDClick(viewport(window), Qt.MouseButton.LeftButton, pos=line_point(window, with_note=False))


@path("annotations.edit_line_note")
def double_click_a_line_note(qtbot, window, asked) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseDClick(viewport(window), Qt.MouseButton.LeftButton, pos=line_point(window, with_note=True))


@path("edits.dismiss")
def dismiss_a_finding(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    analysis = window.analysis
    analysis.show()
    analysis.raise_()
    analysis.tabs.setCurrentIndex(2)
    analysis.recompute()
    qtbot.waitUntil(lambda: not analysis.busy() and analysis.findings.model().rowCount() > 0, timeout=10_000)
    analysis.findings.setCurrentIndex(analysis.findings.model().index(0, 0))
    click(qtbot, analysis.dismiss_button)


def in_the_audience_editor(qtbot, window, act: Callable[..., None]) -> None:  # type: ignore[no-untyped-def]
    """File ▸ Print…, then Edit… beside the audiences (a modal dialog, handled while it is open)."""
    from blueprint_studio.ui.printdialog import PrintDialog

    dialog = PrintDialog(window.session.document, scene_of(window).blueprint, window, window.session)
    qtbot.addWidget(dialog)
    dialog.show()

    def inside() -> None:
        editor = QApplication.activeModalWidget()
        try:
            if editor is not None and editor is not dialog:
                act(qtbot, editor)
        finally:
            if editor is not None and editor is not dialog:
                editor.accept()  # type: ignore[attr-defined]

    if dialog.edit_audiences.isVisible() and dialog.edit_audiences.isEnabled():
        QTimer.singleShot(0, inside)
        qtbot.mouseClick(dialog.edit_audiences, Qt.MouseButton.LeftButton)
    dialog.reject()


@path("audiences.add_audience")
def add_an_audience(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    in_the_audience_editor(
        qtbot, window, lambda bot, editor: bot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    )


@path("audiences.edit_audience")
def rename_an_audience(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    def act(bot, editor) -> None:  # type: ignore[no-untyped-def]
        editor.list.setCurrentRow(0)
        editor.name.selectAll()
        bot.keyClicks(editor.name, "Linen suppliers")
        bot.keyClick(editor.name, Qt.Key.Key_Return)

    in_the_audience_editor(qtbot, window, act)


@path("audiences.delete_audience")
def delete_an_audience(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    def act(bot, editor) -> None:  # type: ignore[no-untyped-def]
        editor.list.setCurrentRow(0)
        bot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)

    in_the_audience_editor(qtbot, window, act)


def find_and_replace(qtbot, window, button: str) -> None:  # type: ignore[no-untyped-def]
    trigger(window, "replace")
    finder = window.finder
    if not finder.isVisible():
        trigger(window, "find")  # what a reader can still do
    type_into(qtbot, finder.query, "luggage")
    finder.search()
    type_into(qtbot, finder.replacement, "bags")
    finder.results.setCurrentIndex(finder.model.index(0, 0))
    click(qtbot, getattr(finder, button))


@path("replace.replace_hits")
def replace_one_match(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    find_and_replace(qtbot, window, "replace_button")


@path("replace.replace_all")
def replace_every_match(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    find_and_replace(qtbot, window, "replace_all_button")


# ---------------------------------------------------------------------------- the tests


def test_every_command_factory_has_an_edit_path() -> None:
    missing = command_factories() - PATHS.keys()
    assert not missing, f"no GUI path tries these commands (add one here): {sorted(missing)}"
    assert not PATHS.keys() - command_factories(), "a path names a factory that no longer exists"


CASES = [(factory, gesture) for factory, gestures in sorted(PATHS.items()) for gesture in gestures]


def _spy(monkeypatch: pytest.MonkeyPatch, factory: str) -> list[str]:
    """Record calls of a factory wherever the program holds it (module attribute or imported name)."""
    module_name, name = factory.split(".")
    module = getattr(editing, module_name)
    real = getattr(module, name)
    calls: list[str] = []

    def spy(*args: object, **kwargs: object) -> object:
        calls.append(name)
        return real(*args, **kwargs)

    for loaded in list(sys.modules.values()):
        if getattr(loaded, "__name__", "").startswith("blueprint_studio") and getattr(loaded, name, None) is real:
            monkeypatch.setattr(loaded, name, spy)
    return calls


@pytest.mark.parametrize(("factory", "gesture"), CASES, ids=[f"{f}-{g.__name__}" for f, g in CASES])
def test_an_edit_path_in_a_writable_and_a_read_only_window(
    qtbot,
    qapp,
    opened: MainWindow,
    read_only: bool,
    asked: list[str],
    monkeypatch: pytest.MonkeyPatch,
    factory: str,
    gesture: Gesture,
) -> None:
    window, document = opened, opened.session.document
    before = document.model_dump_json()
    calls = _spy(monkeypatch, factory)
    wants = inspect.signature(gesture).parameters
    gesture(qtbot, window, *([asked] if "asked" in wants else []))
    qapp.processEvents()
    scene_of(window).close_editor()
    if read_only:
        assert document.model_dump_json() == before, f"{gesture.__name__} changed a read-only document"
        assert window.session.undo_stack.count() == 0 and not window.isWindowModified()
        assert asked == [], f"{gesture.__name__} asked for text the document would refuse: {asked}"
        return
    assert calls, f"{gesture.__name__} never reached {factory}"
    assert document.model_dump_json() != before, f"{gesture.__name__} changed nothing"
    assert window.isWindowModified()
    while window.session.undo_stack.canUndo():
        window.session.undo_stack.undo()
    assert document.model_dump_json() == before, "undoing everything gives the document back"


def test_a_read_only_window_says_so_and_still_reads(
    qtbot, prepared: Path, monkeypatch: pytest.MonkeyPatch, qapp
) -> None:  # type: ignore[no-untyped-def]
    """The bar names who has the file and offers a copy; every editing command is greyed;
    selecting, finding, zooming, printing and Save As still work."""
    lock_path(prepared).write_text(
        json.dumps({"host": socket.gethostname(), "pid": os.getppid(), "user": "kim", "since": 0})
    )
    monkeypatch.setattr(dialogs, "ask_locked", lambda parent, name, who: dialogs.LockedChoice.READ_ONLY)
    window = qapp.open_path(prepared)
    qtbot.waitExposed(window)
    bar = window.read_only_bar
    assert bar.isVisible() and "kim" in bar.text.text() and bar.button.isVisible()
    for name in ("cut", "paste", "delete", "new_card", "step_after", "add_blueprint", "view_journey", "replace"):
        assert not window.actions_by_name[name].isEnabled(), name
    for name in (
        "copy",
        "select_all",
        "find",
        "zoom_in",
        "zoom_fit",
        "print",
        "export_pdf",
        "export_png",
        "save_as",
        "present",
    ):
        assert window.actions_by_name[name].isEnabled(), name
    card_id = select_card(qtbot, window, "Porter brings luggage")
    assert scene_of(window).selected_card_ids() == [card_id]
    qtbot.mouseDClick(viewport(window), Qt.MouseButton.LeftButton, pos=card_point(window, "Porter brings luggage")[1])
    assert scene_of(window).editor is None
    assert "Read-only" in window.statusBar().currentMessage() and "kim" in window.statusBar().currentMessage()
    saved_to: list[str] = []
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggestion: saved_to.append(suggestion) or None)
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert saved_to, "Save a Copy… asks where"


def test_save_a_copy_makes_the_window_editable(
    qtbot, prepared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp
) -> None:  # type: ignore[no-untyped-def]
    lock_path(prepared).write_text(
        json.dumps({"host": socket.gethostname(), "pid": os.getppid(), "user": "kim", "since": 0})
    )
    monkeypatch.setattr(dialogs, "ask_locked", lambda parent, name, who: dialogs.LockedChoice.READ_ONLY)
    window = qapp.open_path(prepared)
    copy = tmp_path / "my-copy.bpx"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggestion: copy)
    qtbot.mouseClick(window.read_only_bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.session.read_only, timeout=20_000)
    assert not window.read_only_bar.isVisible() and window.actions_by_name["cut"].isEnabled()
    double_click_a_card_and_type(qtbot, window)
    assert any(c.text == "Bellhop brings the bags" for c in scene_of(window).blueprint.cards)


@pytest.mark.parametrize("read_only", [False], ids=["writable"])
def test_a_long_session_undoes_to_the_start_and_redoes_to_the_end(
    qtbot, qapp, opened: MainWindow, asked: list[str]
) -> None:  # type: ignore[no-untyped-def]
    """Every path above, one after another in one window, as a designer's afternoon: undoing
    it all gives back the file as opened, and redoing it all gives back the afternoon's work."""
    window, document = opened, opened.session.document
    start = document.model_dump_json()
    done = 0
    for _, gesture in CASES:
        if gesture.__name__ in ("delete_this_blueprint", "drag_a_tab_over_the_next"):
            continue  # they move the canvas to another blueprint; the rest expect the hotel in front
        window.tabs.setCurrentIndex(0)
        try:
            gesture(qtbot, window, *([asked] if "asked" in inspect.signature(gesture).parameters else []))
        except (StopIteration, AssertionError, KeyError, IndexError):
            continue  # what it needs was changed by an earlier path (a card deleted, a step moved)
        scene_of(window).close_editor()
        done += 1
    stack = window.session.undo_stack
    assert done > 50 and stack.count() > 50
    end = document.model_dump_json()
    while stack.canUndo():
        stack.undo()
    assert document.model_dump_json() == start
    while stack.canRedo():
        stack.redo()
    assert document.model_dump_json() == end
