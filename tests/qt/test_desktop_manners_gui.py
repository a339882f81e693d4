"""Behaving like a desktop program: Replace has a key everywhere, the first window fits the
screen, long values show their start, and a session that ends (SIGTERM, logout) keeps unsaved
work for recovery and leaves no lock behind."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence

from tests.conftest import ROOT


def test_ctrl_h_opens_replace_where_the_platform_has_no_key_for_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    action = window.actions_by_name["replace"]
    keys = [k.toString() for k in action.shortcuts()]
    standard = [k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Replace)]
    assert keys == (standard or ["Ctrl+H"])
    window.current_view().setFocus()
    qtbot.keyClick(window.current_view(), Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier) if keys == [
        "Ctrl+H"
    ] else action.trigger()
    assert window.finder.isVisible() and window.finder.replace_row.isVisible()


def test_the_first_window_fits_a_small_screen(qtbot, qapp, sample_copy) -> None:  # type: ignore[no-untyped-def]
    QSettings().remove("window")
    opened = qapp.open_path(sample_copy)
    qtbot.waitExposed(opened)
    area = opened.screen().availableGeometry()
    assert opened.width() <= area.width() * 0.9 + 1 and opened.height() <= area.height() * 0.9 + 1
    assert area.contains(opened.frameGeometry().topLeft())


def test_long_values_show_their_start(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    from blueprint_studio.editing import edits

    scene = window.current_scene()
    card = scene.blueprint.cards[0]
    owner = "Night manager on duty, or the front office lead when the night manager is away on a call"
    window.session.edit(edits.edit_card(scene.blueprint, card.id, "owner", owner))
    scene.select_cards([card.id])
    field = next(w for w in window.properties.findChildren(QLineEdit) if w.text() == owner)
    assert field.cursorPosition() == 0


@pytest.mark.skipif(os.name != "posix", reason="SIGTERM is how POSIX sessions end a program")
def test_sigterm_keeps_unsaved_work_and_releases_the_lock(tmp_path: Path) -> None:
    document = tmp_path / "hotel.bpx"
    shutil.copyfile(ROOT / "resources" / "samples" / "hotel-stay.bpx", document)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QTimer\n"
        "from blueprint_studio.editing import edits\n"
        "from blueprint_studio.ui.application import BlueprintApplication\n"
        "app = BlueprintApplication(['blueprint-studio'])\n"
        "app.listen_for_termination()\n"
        "window = app.open_path(Path(sys.argv[1]))\n"
        "blueprint = window.current_scene().blueprint\n"
        "window.session.edit(edits.add_card(blueprint, blueprint.lanes[1].id, blueprint.steps[0].id, None, 'typed "
        "before logout')[0])\n"
        "QTimer.singleShot(200, lambda: print('ready', flush=True))\n"
        "sys.exit(app.exec())\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(document)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    locks = list(tmp_path.glob(".~lock.*"))
    assert locks, "the open document is locked"
    child.send_signal(signal.SIGTERM)
    assert child.wait(timeout=20) == 0, child.stderr.read()  # type: ignore[union-attr]
    assert not list(tmp_path.glob(".~lock.*")), "the lock is released"
    snapshots = list((tmp_path / "data").rglob("*.bpx"))
    assert snapshots, "the unsaved card is kept in the recovery folder"
    from blueprint_studio.storage import open_bpx

    assert any(c.text == "typed before logout" for c in open_bpx(snapshots[0]).blueprints[0].cards)
