"""Facets, photos, notes on lines and exits, driven as a designer would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QListWidget, QTreeWidget

from blueprint_studio.editing import edits
from blueprint_studio.model import Line
from blueprint_studio.storage import open_bpx
from blueprint_studio.storage.bpx import read_thumbnail
from blueprint_studio.ui import dialogs
from tests.qt.conftest import saved, viewport_point
from tests.qt.test_editing_gui import card_by_text, scene_and_view


def _click_card(qtbot, window, card_id: str) -> None:  # type: ignore[no-untyped-def]
    scene, view = scene_and_view(window)
    box = scene.geometry.cards[card_id]
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(window, box.rect.x + 20, box.rect.y + 8)
    )


def test_ticking_a_facet_dims_every_card_without_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene, view = scene_and_view(window)
    tree = window.facets.findChild(QTreeWidget, "facet_tree")
    front_office = next(f for f in scene.sink.document.facets if f.name == "Front office")
    item = next(
        tree.topLevelItem(g).child(c)
        for g in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(g).childCount())
        if tree.topLevelItem(g).child(c).data(0, Qt.ItemDataRole.UserRole) == front_office.id
    )
    assert item.text(1) == "4"  # cards of this blueprint with the facet
    item.setCheckState(0, Qt.CheckState.Checked)
    lit = {card.id for card in scene.blueprint.cards if front_office.id in card.facets}
    assert scene.lit == lit
    doorman, porter = card_by_text(scene.blueprint, "Doorman greets"), card_by_text(scene.blueprint, "Porter brings")
    image = view.viewport().grab().toImage()
    bright = image.pixelColor(
        viewport_point(
            window, scene.geometry.cards[doorman.id].rect.x + 4, scene.geometry.cards[doorman.id].rect.center[1]
        )
    )
    dim = image.pixelColor(
        viewport_point(
            window, scene.geometry.cards[porter.id].rect.x + 4, scene.geometry.cards[porter.id].rect.center[1]
        )
    )
    assert dim.lightness() > bright.lightness() + 8  # faded towards the lane colour
    window.facets.clear_highlight()
    assert scene.lit is None


def test_tagging_in_properties_adds_a_chip_and_undoes_in_one_step(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene, _ = scene_and_view(window)
    porter = card_by_text(scene.blueprint, "Porter brings")
    before = scene.geometry.cards[porter.id].rect.height
    _click_card(qtbot, window, porter.id)
    facets = window.properties.findChild(QListWidget, "card_facets")
    row = next(r for r in range(facets.count()) if facets.item(r).text().startswith("Front office"))
    facets.item(row).setCheckState(Qt.CheckState.Checked)
    assert [c.lines for c in scene.geometry.cards[porter.id].chips] == [("Front office",)]
    assert scene.geometry.cards[porter.id].rect.height > before
    window.session.undo_stack.undo()
    assert scene.blueprint.card(porter.id).facets == []


def test_adding_renaming_and_deleting_a_facet_in_its_panel(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    document = window.session.document
    window.facets.name.setText("Licensing team")
    window.facets.add()
    licensing = next(f for f in document.facets if f.name == "Licensing team")
    window.facets.name.setText("licensing TEAM")
    window.facets.add()
    assert "already a team called" in window.statusBar().currentMessage()
    scene, _ = scene_and_view(window)
    # Unrelated edit in between.
    window.session.edit(edits.edit_card(scene.blueprint, scene.blueprint.cards[0].id, "text", "x"))
    from blueprint_studio.editing import annotations

    window.session.edit(annotations.tag_cards(scene.blueprint, [scene.blueprint.cards[0].id], licensing.id, True))
    window.facets.tree.setCurrentItem(window.facets.tree.findItems("Licensing team", Qt.MatchFlag.MatchRecursive)[0])
    window.facets.delete()
    assert all(f.id != licensing.id for f in document.facets)
    assert licensing.id not in scene.blueprint.cards[0].facets  # the tag went with it


def _picture(tmp_path: Path, width: int = 3000, height: int = 2000) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a9ad9"))
    path = tmp_path / "evidence.jpg"
    assert image.save(str(path), "JPEG")
    return path


def test_a_picture_dropped_on_a_card_becomes_its_photo_scaled_down(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    scene, view = scene_and_view(window)
    lobby = card_by_text(scene.blueprint, "Lobby, reception desk")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_picture(tmp_path)))])
    scene.set_photo(lobby.id, mime)  # what a drop on the card does
    card = scene.blueprint.card(lobby.id)
    assert card.image is not None and card.image.endswith(".jpg")
    photo = QImage()
    photo.loadFromData(window.session.document.assets[card.image])
    assert photo.width() == 1600 and abs(photo.height() - 1067) <= 1  # longest side capped, proportions kept
    box = scene.geometry.cards[lobby.id]
    assert box.photo is not None
    middle = view.viewport().grab().toImage().pixelColor(viewport_point(window, *box.photo.center))
    assert middle.blue() > 180 and middle.red() < 90  # the picture is drawn on the card
    window.files.save()
    saved(qtbot, window)
    assert open_bpx(window.session.path).blueprints[0].card(lobby.id).image == card.image
    preview = QImage()
    assert preview.loadFromData(read_thumbnail(window.session.path))  # file managers show this
    assert max(preview.width(), preview.height()) == 512


def test_pasting_a_picture_onto_the_selected_card(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene, _ = scene_and_view(window)
    lobby = card_by_text(scene.blueprint, "Lobby, reception desk")
    _click_card(qtbot, window, lobby.id)
    image = QImage(40, 30, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    QGuiApplication.clipboard().setImage(image)
    window.paste()
    assert scene.blueprint.card(lobby.id).image.endswith(".png")  # transparency kept as PNG


def test_a_file_that_is_not_a_picture_is_refused_plainly(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    scene, _ = scene_and_view(window)
    fake = tmp_path / "holiday.png"
    fake.write_bytes(b"not a picture at all")
    messages: list[str] = []
    scene.status_message.connect(messages.append)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(fake))])
    lobby = card_by_text(scene.blueprint, "Lobby, reception desk")
    scene.set_photo(lobby.id, mime)
    assert scene.blueprint.card(lobby.id).image is None
    assert messages and "holiday.png is not a picture" in messages[-1]


def test_double_clicking_a_line_writes_on_it_and_again_edits_it(qtbot, window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    scene, view = scene_and_view(window)
    answers = iter(["Booking ref passed on", "Booking ref passed on by e-mail"])
    monkeypatch.setattr(dialogs, "ask_text", lambda *args: next(answers))
    rule = next(r for r in scene.geometry.lines if r.line is Line.VISIBILITY)
    column = scene.geometry.steps[1]
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(window, column.x + 40, rule.y))
    (note,) = [n for n in scene.blueprint.line_notes if n.step == column.step_id]
    assert (note.line, note.text) == (Line.VISIBILITY, "Booking ref passed on")
    box = next(b for b in scene.geometry.notes if b.note_id == note.id)
    assert view.tooltip_at(viewport_point(window, *box.rect.center)) == "Booking ref passed on"
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(window, *box.rect.center))
    assert next(n for n in scene.blueprint.line_notes if n.id == note.id).text == "Booking ref passed on by e-mail"


def test_an_exit_badge_opens_the_journey_it_leads_to(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene, view = scene_and_view(window)
    window.add_blueprint()
    other = window.session.document.blueprints[1]
    window.open_blueprint(scene.blueprint_id)
    review = card_by_text(scene.blueprint, "Rate the stay")
    _click_card(qtbot, window, review.id)
    exit_box = window.properties.card_exit
    exit_box.setCurrentIndex(exit_box.findData(other.id))
    exit_box.activated.emit(exit_box.currentIndex())
    card = scene.blueprint.card(review.id)
    assert card.marks.exit and card.exit_to == other.id
    badge = next(b for b in scene.geometry.cards[review.id].badges if b.mark == "exit")
    where = viewport_point(window, *badge.rect.center)
    assert "Exit to" in view.tooltip_at(where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.current_scene().blueprint_id == other.id


def test_hovering_headers_and_arrows_shows_their_descriptions(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene, view = scene_and_view(window)
    partners = scene.geometry.lanes[-1]
    tip = view.tooltip_at(viewport_point(window, 20, partners.rect.y + 20))
    assert tip == "Partners\n\nOutside companies the hotel relies on"
    arrow = scene.blueprint.connectors[0]
    window.session.edit(edits.edit_connector(scene.blueprint, arrow.id, "notes", "Booking reference and dates"))
    path = next(p for p in scene.geometry.connectors if p.connector_id == arrow.id)
    (x0, y0), (x1, y1) = path.points[0], path.points[1]
    assert "Booking reference and dates" in view.tooltip_at(viewport_point(window, (x0 + x1) / 2, (y0 + y1) / 2))
