"""Qt fixtures: a real BlueprintApplication, windows on the samples, dialogs that never block."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, QStandardPaths

from blueprint_studio.storage import open_bpx
from blueprint_studio.ui import dialogs, i18n
from blueprint_studio.ui.application import BlueprintApplication
from blueprint_studio.ui.mainwindow import MainWindow
from tests.conftest import ROOT

QStandardPaths.setTestModeEnabled(True)


@pytest.fixture(scope="session")
def qapp_cls() -> type[BlueprintApplication]:
    return BlueprintApplication


@pytest.fixture(scope="session", autouse=True)
def english(qapp: BlueprintApplication) -> None:
    """The tests read the English interface, whatever language this machine speaks."""
    i18n.install("en")


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Any dialog a test did not expect fails loudly instead of blocking; errors are recorded."""
    shown: list[tuple[str, str]] = []

    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected dialog: {args[1:]}")

    for name in (
        "ask_save_changes",
        "ask_open_path",
        "ask_save_path",
        "ask_import_path",
        "ask_export_path",
        "ask_text",
        "ask_locked",
        "ask_image_options",
        "ask_restore",
        "choose_cards",
        "choose_template",
    ):
        monkeypatch.setattr(dialogs, name, unexpected)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append((title, message)))
    monkeypatch.setattr(dialogs, "show_report", lambda parent, title, details: shown.append((title, details)))
    return shown


@pytest.fixture(autouse=True)
def close_windows(qapp: BlueprintApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    QSettings().remove("window")
    yield
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *a: dialogs.SaveChoice.DISCARD)
    for window in list(qapp.windows):
        window.close()
    qapp.processEvents()
    QSettings().remove("window")  # each test starts from the default layout, not the last test's
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    target = tmp_path / "hotel-stay.bpx"
    shutil.copyfile(ROOT / "resources/samples/hotel-stay.bpx", target)
    return target


@pytest.fixture
def window(qapp: BlueprintApplication, qtbot, sample_copy: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    opened = qapp.open_path(sample_copy)
    assert opened is not None
    opened.resize(1400, 900)
    qtbot.waitExposed(opened)
    return opened


def saved(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Saves are written on a worker thread: wait, as a user waits for "Saved" in the status bar."""
    qtbot.waitUntil(lambda: not window.background.busy(), timeout=20_000)


def original(path: Path):  # type: ignore[no-untyped-def]
    return open_bpx(path)


def viewport_point(window: MainWindow, x: float, y: float) -> QPoint:
    view = window.current_view()
    assert view is not None
    return view.mapFromScene(QPointF(x, y))
