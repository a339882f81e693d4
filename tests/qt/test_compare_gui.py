"""Duplicate as to-be, then compare: changes listed, cards outlined, removed cards ghosted."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget

from blueprint_studio.editing import edits
from blueprint_studio.model import problems
from tests.qt.test_editing_gui import card_by_text


def test_a_to_be_variant_compares_with_its_as_is(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    as_is = window.current_scene().blueprint_id
    window.actions_by_name["duplicate_to_be"].trigger()
    scene = window.current_scene()
    assert scene.blueprint_id != as_is and scene.blueprint.variant_of == as_is
    assert scene.blueprint.title == "Hotel overnight stay (to-be)"
    assert problems(window.session.document) == []
    assert window.compare.source.currentData() == as_is  # a variant compares with its original by default
    assert window.compare.list.count() == 0 and "No differences" in window.compare.summary.text()

    queue = card_by_text(scene.blueprint, "Queue at reception")
    window.session.edit(edits.edit_card(scene.blueprint, queue.id, "text", "Mobile key sent before arrival"))
    show_id = card_by_text(scene.blueprint, "Show ID and card")
    window.session.edit(edits.delete_cards(scene.blueprint, [show_id.id]))
    lanes = {lane.kind.value: lane.id for lane in scene.blueprint.lanes}
    command, added = edits.add_card(
        scene.blueprint, lanes["frontstage"], scene.blueprint.steps[0].id, None, "Chat assistant answers"
    )
    window.session.edit(command)

    listing = window.compare.findChild(QListWidget, "compare_list")
    qtbot.waitUntil(lambda: listing.count() >= 3)  # the panel follows a moment after the last edit
    lines = [listing.item(n).text() for n in range(listing.count())]
    assert any(line.startswith("changed card: Mobile key sent before arrival") for line in lines)
    assert any(line.startswith("removed card: Show ID and card") for line in lines)
    assert any(line.startswith("added card: Chat assistant answers") for line in lines)
    assert scene.comparison == {queue.id: "changed", added: "added"}
    ((ghost, text),) = scene.ghost_boxes()
    check_in = scene.geometry.cell(lanes["customer_actions"], show_id.step)
    assert text == ("Show ID and card",) and check_in.y <= ghost.y and ghost.bottom <= check_in.bottom

    listing.setCurrentRow(next(n for n, line in enumerate(lines) if line.startswith("added card")))
    assert scene.selected_card_ids() == [added]
    window.open_blueprint(as_is)  # the as-is shows no marks of the comparison
    assert window.current_scene().comparison == {}
