"""Documents in the window: save and reopen, the unsaved marker and close prompt, failed
opens, locks, and recovery after a crash."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

from blueprint_studio.editing import edits
from blueprint_studio.model import LaneKind
from blueprint_studio.storage import open_bpx
from blueprint_studio.storage.lock import lock_path
from blueprint_studio.storage.recovery import RecoveryStore, orphaned_snapshots
from blueprint_studio.ui import dialogs
from blueprint_studio.ui.files import recovery_folder
from tests.qt.conftest import saved


def rename_first_card(window, text: str = "Changed") -> None:  # type: ignore[no-untyped-def]
    scene = window.current_scene()
    card = scene.blueprint.cards[0]
    window.session.edit(edits.edit_card(scene.blueprint, card.id, "text", text))


def test_save_and_reopen_gives_an_equal_document(qtbot, window, qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    rename_first_card(window, "Compare hotels (edited)")
    target = tmp_path / "saved.bpx"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggestion: target)
    window.actions_by_name["save_as"].trigger()
    saved(qtbot, window)
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("saved.bpx")
    assert lock_path(target).exists()
    document = window.session.document
    window.close()
    assert not lock_path(target).exists()
    reopened = qapp.open_path(target)
    assert reopened.session.document == document


def test_unsaved_marker_and_close_prompt(qtbot, window, monkeypatch, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    assert not window.isWindowModified()
    rename_first_card(window)
    assert window.isWindowModified() and "[*]" in window.windowTitle()
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "ask_save_changes", lambda parent, name: asked.append(name) or dialogs.SaveChoice.CANCEL
    )
    assert not window.close()
    assert asked == ["hotel-stay.bpx"] and window.isVisible()
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, name: dialogs.SaveChoice.SAVE)
    assert window.close()
    assert open_bpx(sample_copy).blueprints[0].cards[0].text == "Changed"


def test_failed_open_keeps_the_current_document(qtbot, window, qapp, tmp_path: Path, no_real_dialogs) -> None:  # type: ignore[no-untyped-def]
    rename_first_card(window)
    before = window.session.document.model_copy(deep=True)
    broken = tmp_path / "broken.bpx"
    broken.write_bytes(b"PK\x03\x04 this is not a real archive")
    assert qapp.open_path(broken, reuse=window) is None
    assert no_real_dialogs == [
        ("Cannot open file", "broken.bpx: the ZIP archive is damaged or truncated (File is not a zip file)")
    ]
    assert window.session.document == before and window.isWindowModified()


def test_opening_an_open_file_again_brings_its_window_forward(qtbot, window, qapp, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    count = len(qapp.windows)
    assert qapp.open_path(sample_copy) is window
    assert len(qapp.windows) == count


def test_a_file_locked_by_another_instance_can_be_opened_read_only(qtbot, qapp, sample_copy: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        import socket

        lock_path(sample_copy).write_text(
            json.dumps({"host": socket.gethostname(), "pid": holder.pid, "user": "kim", "since": 0})
        )
        monkeypatch.setattr(dialogs, "ask_locked", lambda parent, name, who: dialogs.LockedChoice.READ_ONLY)
        window = qapp.open_path(sample_copy)
        assert window.session.read_only and "read-only" in window.windowTitle()
        before = window.session.document.model_copy(deep=True)
        rename_first_card(window)  # refused: the bar and the status bar say why …
        assert window.session.document == before and not window.isWindowModified()
        assert "Read-only: open elsewhere by kim" in window.statusBar().currentMessage()
        saved_to: list[Path] = []
        monkeypatch.setattr(
            dialogs, "ask_save_path", lambda parent, suggestion: saved_to.append(Path(suggestion)) or None
        )
        window.actions_by_name["save"].trigger()  # … and Save asks for a new name: the copy is yours
        assert saved_to
    finally:
        holder.kill()
        holder.wait()


def test_a_stale_lock_from_a_crashed_run_is_taken_over(qtbot, qapp, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    import socket

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock_path(sample_copy).write_text(
        json.dumps({"host": socket.gethostname(), "pid": dead.pid, "user": "me", "since": 0})
    )
    window = qapp.open_path(sample_copy)  # no dialog: ask_locked would fail the test
    assert window is not None and not window.session.read_only
    assert json.loads(lock_path(sample_copy).read_text())["pid"] == os.getpid()


def test_autosave_and_recovery_after_a_crash(qtbot, window, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    rename_first_card(window, "Work that must survive")
    window.files.autosave()
    saved(qtbot, window)
    snapshot_note = window.files.recovery.note_path
    assert snapshot_note.exists() and window.files.recovery.data_path.exists()
    assert orphaned_snapshots(recovery_folder()) == []  # its editor is alive: not offered
    # Simulate a crash: the snapshot stays, but the process that wrote it is gone.
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    note = json.loads(snapshot_note.read_text())
    note["pid"] = dead.pid
    snapshot_note.write_text(json.dumps(note))
    window.files.recovery = RecoveryStore(recovery_folder())  # forget it, as a crash would
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *a: dialogs.SaveChoice.DISCARD)
    path = window.session.path
    window.close()
    offered: list[list[str]] = []
    monkeypatch.setattr(dialogs, "ask_restore", lambda parent, items: offered.append(items) or True)
    restored = qapp.offer_recovery()
    assert len(offered) == 1 and "hotel-stay.bpx" in offered[0][0]
    assert len(restored) == 1
    assert restored[0].session.document.blueprints[0].cards[0].text == "Work that must survive"
    assert restored[0].isWindowModified() and restored[0].session.path == path
    assert orphaned_snapshots(recovery_folder()) == []


def test_autosave_never_touches_the_users_file(qtbot, window, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    before = sample_copy.read_bytes()
    rename_first_card(window)
    window.files.autosave()
    saved(qtbot, window)
    assert sample_copy.read_bytes() == before


def test_tabs_add_rename_reorder_delete(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.actions_by_name["add_blueprint"].trigger()
    assert window.tabs.count() == 2 and window.tabs.currentIndex() == 1
    monkeypatch.setattr(dialogs, "ask_text", lambda *a: "Checkout journey")
    window.actions_by_name["rename_blueprint"].trigger()
    assert window.tabs.tabText(1) == "Checkout journey"
    window.tabs.tabBar().moveTab(1, 0)
    assert [b.title for b in window.session.document.blueprints] == ["Checkout journey", "Hotel overnight stay"]
    window.session.undo_stack.undo()
    assert window.tabs.tabText(0) == "Hotel overnight stay"
    window.tabs.setCurrentIndex(1)
    window.actions_by_name["delete_blueprint"].trigger()
    assert window.tabs.count() == 1


def test_new_document_has_the_five_lanes_and_lines(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    window = qapp.open_new()
    blueprint = window.session.document.blueprints[0]
    assert [lane.kind for lane in blueprint.lanes] == [
        LaneKind.PHYSICAL_EVIDENCE,
        LaneKind.CUSTOMER_ACTIONS,
        LaneKind.FRONTSTAGE,
        LaneKind.BACKSTAGE,
        LaneKind.SUPPORT,
    ]
    assert len(window.current_scene().geometry.lines) == 3 and len(blueprint.steps) == 4
    assert window.windowTitle().startswith("Untitled")


def test_a_file_opened_by_the_desktop_arrives_as_a_file_open_event(qtbot, qapp, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFileOpenEvent

    before = len(qapp.windows)
    qapp.sendEvent(qapp, QFileOpenEvent(str(sample_copy)))
    window = qapp.window_for(sample_copy)
    assert window is not None and len(qapp.windows) == before + 1
    assert window.session.document.blueprints[0].title == "Hotel overnight stay"


def test_dropping_a_bpx_on_the_window_opens_it(qtbot, qapp, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    window = qapp.open_new()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_copy))])
    event = QDropEvent(
        QPointF(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    assert window.session.path == sample_copy  # the untouched untitled window took the file


def test_autosave_runs_within_two_minutes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.files.timer.isActive() and window.files.timer.interval() <= 120_000


def test_closing_lets_go_of_the_scenes_before_they_die(qtbot, window, qapp) -> None:  # type: ignore[no-untyped-def]
    """Scenes clear their selection as they are destroyed; that last signal once reached a
    Properties dock still holding the dead scene, and raised."""
    scene = window.current_scene()
    scene.select_cards([scene.blueprint.cards[0].id])
    window.close()
    assert window.properties.scene is None and window.properties.session is None


def test_edits_made_while_a_save_is_written_stay_unsaved(qtbot, window, sample_copy: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The file gets the document as it was when Save was pressed; typing on meanwhile is
    neither lost nor marked saved."""
    import threading

    from blueprint_studio.ui import files

    release = threading.Event()
    real_write = files.write_frozen

    def slow_write(*args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        assert release.wait(10)
        real_write(*args, **kwargs)

    monkeypatch.setattr(files, "write_frozen", slow_write)
    rename_first_card(window, "What was saved")
    window.actions_by_name["save"].trigger()
    qtbot.waitUntil(lambda: not window.background._asked)  # the snapshot is taken; the worker waits
    rename_first_card(window, "Typed during the save")
    release.set()
    saved(qtbot, window)
    assert open_bpx(sample_copy).blueprints[0].cards[0].text == "What was saved"
    assert window.isWindowModified()
    assert window.session.document.blueprints[0].cards[0].text == "Typed during the save"


def test_a_save_that_fails_on_the_worker_says_why_and_keeps_the_work(
    qtbot, window, sample_copy: Path, monkeypatch, no_real_dialogs
) -> None:  # type: ignore[no-untyped-def]
    from blueprint_studio.errors import BpxError
    from blueprint_studio.ui import files

    def failing(frozen, path, thumbnail, proofs=None) -> None:  # type: ignore[no-untyped-def]
        raise BpxError(f"{path.name}: not saved: No space left on device; the previous file is unchanged")

    before = sample_copy.read_bytes()
    monkeypatch.setattr(files, "write_frozen", failing)
    rename_first_card(window)
    window.actions_by_name["save"].trigger()
    saved(qtbot, window)
    assert no_real_dialogs == [
        ("Not saved", "hotel-stay.bpx: not saved: No space left on device; the previous file is unchanged")
    ]
    assert window.isWindowModified() and sample_copy.read_bytes() == before


def test_a_job_asked_for_after_the_window_closed_is_ignored(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A panel's timer may fire between closing and deletion; it must not reach a stopped worker."""
    window.background.close()
    ran: list[object] = []
    window.background.run(ran.append, lambda value, problem: ran.append(problem))
    qtbot.wait(50)
    assert ran == [] and not window.background.busy()


def test_a_damaged_snapshot_is_set_aside_once_with_a_message(qtbot, qapp, monkeypatch, no_real_dialogs) -> None:  # type: ignore[no-untyped-def]
    folder = recovery_folder()
    folder.mkdir(parents=True, exist_ok=True)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (folder / "cafe.bpx").write_bytes(b"PK\x03\x04 half a snapshot")
    (folder / "cafe.json").write_text(
        json.dumps({"original": None, "saved_at": 0, "pid": dead.pid, "host": socket.gethostname()})
    )
    (folder / "babe.json").write_text("[not a note]")
    monkeypatch.setattr(dialogs, "ask_restore", lambda parent, items: True)
    assert qapp.offer_recovery() == []
    ((title, message),) = no_real_dialogs
    assert title == "Autosave not restored" and "the ZIP archive is damaged" in message and "damaged" in message
    assert orphaned_snapshots(folder) == []  # never offered again…
    assert sorted(p.name for p in (folder / "damaged").iterdir()) == ["babe.json", "cafe.bpx", "cafe.json"]  # …but kept


def test_a_nearly_full_document_is_said_to_be_at_each_save(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from blueprint_studio.storage import proving
    from blueprint_studio.storage.encoding import document_text, payload

    size = len(document_text(payload(window.session.document.model_dump(mode="json"))).encode("utf-8"))
    monkeypatch.setattr(proving, "MAX_DOCUMENT_BYTES", int(size / 0.9))
    rename_first_card(window, "A little more text")
    window.actions_by_name["save"].trigger()
    saved(qtbot, window)
    assert "% of the largest Blueprint Studio can save" in window.statusBar().currentMessage()


def test_a_file_too_large_once_written_opens_read_only_saying_why(qtbot, qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from blueprint_studio.storage import limits
    from tests.storage.test_limits_round_trip import compact_file

    path = tmp_path / "compact.bpx"
    compact_file(path, 300)
    monkeypatch.setattr(limits, "MAX_DOCUMENT_BYTES", 60_000)
    window = qapp.open_path(path)
    assert window is not None and window.session.read_only
    assert "when saved, more than the 0 MB a .bpx may hold" in window.session.read_only_message()
