"""Zoomed far out the canvas sketches its cards; the Overview dock shows all and takes you there."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from tests.qt.test_editing_gui import card_by_text


def test_far_out_cards_are_sketched_and_still_selectable(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.current_view()
    scene = view.blueprint_scene
    queue = card_by_text(scene.blueprint, "Queue at reception")
    view.set_zoom(0.2)
    view.viewport().repaint()
    assert scene.overview
    assert all(item.opacity() == 0.0 for item in scene.card_items.values())
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    image.fill(0)
    view.viewport().render(image)
    box = scene.geometry.cards[queue.id]
    at = view.mapFromScene(box.rect.x + box.rect.width / 2, box.rect.y + 2)
    assert image.pixelColor(at).name() == box.fill  # the sketch draws the card in its own colour
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(*box.rect.center))
    assert scene.selected_card_ids() == [queue.id]
    assert scene.card_items[queue.id].opacity() == 1.0  # the selection stays drawn in full
    view.set_zoom(1.0)
    view.viewport().repaint()
    assert not scene.overview and all(item.opacity() == 1.0 for item in scene.card_items.values())


def test_clicking_the_overview_shows_that_part(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.current_view()
    overview = window.overview.map
    overview.resize(600, 120)
    overview.repaint()
    view.set_zoom(1.0)
    view.horizontalScrollBar().setValue(0)
    geometry = view.blueprint_scene.geometry
    target = QPoint(overview.width() - 5, 10)
    point = overview.scene_point(target.x(), target.y())
    assert point is not None and point.x() > geometry.width / 2
    qtbot.mouseClick(overview, Qt.MouseButton.LeftButton, pos=target)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.right() >= min(point.x(), geometry.width) - 1


def _shapes(sketch):  # type: ignore[no-untyped-def]
    """Every shape of a sketch, per run of columns, order aside."""

    def rects(items):  # type: ignore[no-untyped-def]
        return sorted(r.getRect() for r in items)

    return {
        index: (
            {key: rects(items) for key, items in chunk.cards.items() if items},
            rects(chunk.bars),
            {key: rects(items) for key, items in chunk.badges.items() if items},
            sorted(
                (round(e.x, 3), round(e.y, 3)) for e in map(chunk.arrows.elementAt, range(chunk.arrows.elementCount()))
            ),
        )
        for index, chunk in sketch.chunks.items()
        if chunk.cards or chunk.bars or not chunk.arrows.isEmpty()
    }


def test_after_edits_the_sketch_is_what_a_fresh_one_would_be(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The sketch redraws only the columns an edit changed; what it keeps must still be true."""
    from blueprint_studio.editing import edits
    from blueprint_studio.painting.overview import Sketch

    scene = window.current_view().blueprint_scene
    blueprint = scene.blueprint
    scene.sketch()
    cards = blueprint.cards
    pushes = [
        edits.move_cards(blueprint, [(cards[0].id, (cards[5].lane, blueprint.steps[-1].id, 0))]),
        edits.edit_card(blueprint, cards[3].id, "text", "A much longer text that wraps onto more lines than before"),
        edits.delete_cards(blueprint, [cards[7].id]),
    ]
    for command in pushes:
        window.session.edit(command)
        assert _shapes(scene.sketch()) == _shapes(Sketch(scene.geometry))
    for _ in pushes:
        window.session.undo_stack.undo()
        assert _shapes(scene.sketch()) == _shapes(Sketch(scene.geometry))
    last = blueprint.steps[-1].id
    for card in [card for card in blueprint.cards if card.step != last][
        :12
    ]:  # some leave a run of columns with nothing else changed
        window.session.edit(edits.move_cards(blueprint, [(card.id, (card.lane, last, 0))]))
        assert _shapes(scene.sketch()) == _shapes(Sketch(scene.geometry))
        window.session.undo_stack.undo()
        assert _shapes(scene.sketch()) == _shapes(Sketch(scene.geometry))


def test_a_sketch_kept_from_before_redraws_every_column_run_a_change_reaches(window) -> None:  # type: ignore[no-untyped-def]
    """Cards and arrows moved to another run of columns, or gone: both runs are drawn again."""
    from dataclasses import replace

    from blueprint_studio.layout import style
    from blueprint_studio.painting.overview import Sketch

    before = window.current_view().blueprint_scene.geometry
    far = 16 * style.COLUMN_WIDTH  # one run of columns further on

    def moved(box):  # type: ignore[no-untyped-def]
        return replace(box, rect=replace(box.rect, x=box.rect.x + far))

    ids = list(before.cards)
    variants = [
        replace(before, cards={**before.cards, ids[0]: moved(before.cards[ids[0]])}),
        replace(before, cards={card_id: box for card_id, box in before.cards.items() if card_id != ids[1]}),
        replace(before, connectors=before.connectors[1:]),
        replace(
            before,
            connectors=(
                replace(before.connectors[0], points=tuple((x + far, y) for x, y in before.connectors[0].points)),
                *before.connectors[1:],
            ),
        ),
    ]
    for after in variants:
        assert _shapes(Sketch(after, Sketch(before))) == _shapes(Sketch(after))
        assert _shapes(Sketch(before, Sketch(after))) == _shapes(Sketch(before))


def test_the_overview_redrawn_in_part_after_edits_is_the_whole_picture(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """After an edit the dock draws again only the runs of columns that changed: the picture must
    be the one a full drawing gives."""
    from blueprint_studio.editing import edits

    overview = window.overview.map
    overview.resize(600, 160)
    overview.repaint()
    blueprint = window.current_scene().blueprint
    cards = blueprint.cards
    for command in (
        edits.edit_card(blueprint, cards[2].id, "text", "Now a much longer text that wraps onto more lines"),
        edits.move_cards(blueprint, [(cards[0].id, (cards[0].lane, blueprint.steps[-1].id, 0))]),
        edits.delete_cards(blueprint, [cards[4].id]),
    ):
        window.session.edit(command)
        overview._changed()  # what the dock's timer does a moment after the edit
        overview.repaint()
        kept = overview._image.copy()
        fresh = overview._render()
        differ = sum(kept.pixel(x, y) != fresh.pixel(x, y) for x in range(kept.width()) for y in range(kept.height()))
        assert differ == 0, f"after {command.label}: {differ} pixels differ"
