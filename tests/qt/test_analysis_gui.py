"""The Analysis panel follows the document, edits the register, dismisses findings, and
draws the critical path and the crossings on the canvas."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from blueprint_studio.analysis import analyse


def fresh(qtbot, window):  # type: ignore[no-untyped-def]
    """What the panel shows a moment after a change: analysed on the worker, then shown, with
    the Fail points tab clicked (the register is filled when it is looked at)."""
    window.analysis.recompute()
    qtbot.waitUntil(lambda: not window.analysis.busy(), timeout=10_000)
    bar = window.analysis.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    return window.analysis


def test_the_register_is_edited_in_place_and_undone(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    panel = fresh(qtbot, window)
    table = panel.register_table
    assert table.rowCount() == 5
    assert [table.item(row, 8).text() for row in range(5)] == ["192", "175", "140", "36", ""]  # riskiest first
    night_row = next(row for row in range(5) if table.item(row, 0).text() == "Night audit batch job")
    card_id = table.item(night_row, 0).data(Qt.ItemDataRole.UserRole)
    table.item(night_row, 5).setText("9")
    blueprint = window.current_scene().blueprint
    assert blueprint.card(card_id).failure.severity == 9  # type: ignore[union-attr]
    table.item(night_row, 5).setText("11")  # refused, said in the status bar
    assert blueprint.card(card_id).failure.severity == 9  # type: ignore[union-attr]
    assert "1 to 10" in window.statusBar().currentMessage()
    window.session.undo_stack.undo()
    assert blueprint.card(card_id).failure is None


def test_a_finding_leads_to_its_card_and_can_be_dismissed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    panel = fresh(qtbot, window)
    scene = window.current_scene()
    findings = panel.findings.model()
    first = findings.index(0, 0)
    finding = first.data(Qt.ItemDataRole.UserRole)
    panel.findings.scrollTo(first)
    rect = panel.findings.visualRect(first)
    qtbot.mouseClick(panel.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert scene.selected_card_ids() == list(finding.card_ids)
    before = findings.rowCount()
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    assert finding.key in scene.blueprint.dismissed
    fresh(qtbot, window)
    assert findings.rowCount() == before - 1
    window.session.undo_stack.undo()
    assert finding.key not in scene.blueprint.dismissed


def test_critical_path_and_crossings_on_the_canvas(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    panel = fresh(qtbot, window)
    scene = window.current_scene()
    expected = analyse(window.session.document, scene.blueprint)
    panel.critical.setChecked(True)
    assert scene.emphasis == set(expected.time.critical_path.card_ids) | set(expected.time.critical_path.connector_ids)
    panel.crossings_box.setChecked(True)
    assert sum(scene.crossing_counts.values()) == expected.crossings.encounters + expected.crossings.handoffs
    assert not window.current_view().viewport().grab().isNull()  # paints with the overlays
    panel.critical.setChecked(False)
    assert scene.emphasis == frozenset()


def test_durations_are_typed_as_ranges(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    step = window.current_scene().blueprint.steps[3]
    window.properties.show_step(step.id)
    field = window.properties.step_acceptable
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "2-4 min")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert (step.acceptable.value, step.acceptable.max) == (2, 4)  # type: ignore[union-attr]
    assert window.session.undo_stack.undoText() == "Edit step"
    fresh(qtbot, window)
    assert any(f.check == "step-over-time" and f.step_ids == (step.id,) for f in window.analysis.result.findings)


def test_a_fail_points_status_is_chosen_from_a_list(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    panel = fresh(qtbot, window)
    table = panel.register_table
    window.analysis.show()
    window.analysis.raise_()
    panel.tabs.setCurrentWidget(table.parentWidget())
    qtbot.waitUntil(table.isVisible)
    row = next(row for row in range(table.rowCount()) if table.item(row, 0).text() == "Night audit batch job")
    card_id = table.item(row, 0).data(Qt.ItemDataRole.UserRole)
    status = table.model().index(row, 10)
    table.scrollTo(status)  # the designer scrolls the register sideways to the Status column
    rect = table.visualRect(status)
    # A double-click: press, release, press.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    box = table.viewport().findChild(QComboBox)
    assert box is not None and box.currentText() == "open"
    qtbot.waitUntil(lambda: box.view().isVisible())
    for _ in range(2):
        qtbot.keyClick(box.view(), Qt.Key.Key_Down)
    qtbot.keyClick(box.view(), Qt.Key.Key_Return)
    blueprint = window.current_scene().blueprint
    assert blueprint.card(card_id).failure.status.value == "resolved"  # type: ignore[union-attr]
    assert window.session.undo_stack.undoText() == "Edit card"


def test_times_in_words_and_a_map_without_arrows_fill_the_panels(qtbot, qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Real material: steps timed "same day" or "Minutes", notes longer than a page, no arrows."""
    from blueprint_studio.storage import save_bpx
    from tests.material import word_times

    document = word_times()
    document.blueprints[0].connectors = []
    path = tmp_path / "words.bpx"
    save_bpx(document, path)
    opened = qapp.open_path(path)
    opened.resize(1400, 900)
    qtbot.waitExposed(opened)
    panel = fresh(qtbot, opened)
    assert panel.register_table.rowCount() == len(document.blueprints[0].cards[::5])
    shown = [
        panel.findings.model().index(row, 0).data(Qt.ItemDataRole.UserRole)
        for row in range(panel.findings.model().rowCount())
    ]
    checks = {finding.check for finding in shown}
    assert "no-arrows" in checks and not checks & {"orphan", "frontstage-unlinked"}
    no_arrows = next(row for row, finding in enumerate(shown) if finding.check == "no-arrows")
    rect = panel.findings.visualRect(panel.findings.model().index(no_arrows, 0))
    # About no card: selects nothing, raises nothing.
    qtbot.mouseClick(panel.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.current_scene().selected_card_ids() == []


def test_the_panel_follows_a_designers_edits_on_a_long_blueprint_in_six_scripts(qtbot, qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """F2 and typing, a drag, an arrow that closes a loop, Delete and Ctrl+Z, on 41 steps in
    several scripts: each is followed in place, and what the panel shows is a fresh analysis."""
    from PySide6.QtCore import QPoint

    from blueprint_studio.editing import edits
    from blueprint_studio.storage import save_bpx
    from tests.material import word_times

    path = tmp_path / "long.bpx"
    save_bpx(word_times(), path)
    window = qapp.open_path(path)
    window.resize(1400, 900)
    qtbot.waitExposed(window)
    panel = window.analysis
    panel.show()
    panel.raise_()
    qtbot.waitUntil(lambda: panel.analyser is not None and not panel.busy(), timeout=10_000)
    document, scene, view = window.session.document, window.current_scene(), window.current_view()
    blueprint = scene.blueprint

    def shows_a_fresh_analysis() -> None:
        qtbot.waitUntil(lambda: not panel.busy() and panel.analyser is not None, timeout=10_000)
        qapp.processEvents()
        fresh_result = analyse(document, blueprint)
        assert panel.analyser.result == fresh_result
        model = panel.findings.model()
        assert [model.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(model.rowCount())] == [
            finding for finding in fresh_result.findings if not finding.dismissed
        ]

    card = blueprint.cards[3]
    box = scene.geometry.cards[card.id]
    view.centerOn(box.rect.x, box.rect.y)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(box.rect.x + 20, box.rect.y + 8))
    qtbot.keyClick(view.viewport(), Qt.Key.Key_F2)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_End)
    qtbot.keyClicks(view.viewport(), " at the desk")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert blueprint.card(card.id).text.endswith(" at the desk")
    shows_a_fresh_analysis()
    other = scene.geometry.cards[blueprint.cards[5].id]
    start = view.mapFromScene(other.rect.x + 20, other.rect.y + 10)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 12):
        qtbot.mouseMove(view.viewport(), start + QPoint(20 * step, 0))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(220, 0))
    shows_a_fresh_analysis()
    arrow = blueprint.connectors[0]
    window.session.edit(edits.connect(blueprint, arrow.target, arrow.source)[0])  # rework: the flow now loops
    shows_a_fresh_analysis()
    for _ in range(2):
        qtbot.keyClick(view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        shows_a_fresh_analysis()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Delete)
    shows_a_fresh_analysis()
    window.session.undo_stack.setClean()


def test_a_card_renamed_on_the_critical_path_is_renamed_in_its_list(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from blueprint_studio.editing import edits

    panel = fresh(qtbot, window)
    blueprint = window.current_scene().blueprint
    path = panel.result.time.critical_path.card_ids
    assert path
    window.session.edit(edits.edit_card(blueprint, path[0], "text", "Guest rings the night bell"))
    qtbot.waitUntil(lambda: panel.path_list.item(0).text().startswith("1. Guest rings the night bell"))
