"""The interface speaks the designer's language: every visible string is marked for translation,
the catalogues are complete and current, and a German window is German through and through."""

from __future__ import annotations

import ast
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from blueprint_studio.editing import edits
from blueprint_studio.layout.style import MARK_STYLES
from blueprint_studio.model.lanes import DEFAULT_LANE_NAMES, LINE_TITLES, LaneKind, Line
from blueprint_studio.printing.paper import PAPERS
from blueprint_studio.storage import open_bpx
from blueprint_studio.ui import i18n
from blueprint_studio.ui.application import BlueprintApplication
from blueprint_studio.ui.mainwindow import MainWindow
from blueprint_studio.ui.printdialog import PrintDialog
from tests.conftest import ROOT

SOURCES = sorted([*(ROOT / "blueprint_studio/ui").glob("*.py"), *(ROOT / "blueprint_studio/canvas").glob("*.py")])
CATALOGUES = sorted((ROOT / "resources/translations").glob("blueprint_studio_*.ts"))
MARK = "⟦"


class Pseudo(QTranslator):
    """Translates every marked string into a visibly marked one, so what is left unmarked shows."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        return f"{MARK}{source}⟧"


@pytest.fixture
def pseudo(qapp: BlueprintApplication) -> Iterator[None]:
    translator = Pseudo(qapp)
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def german(qapp: BlueprintApplication) -> Iterator[None]:
    i18n.compile_catalogues()
    i18n.install("de")
    yield
    i18n.install("en")


def _document_words(window: MainWindow) -> set[str]:
    """Everything the document itself says (names, texts): data, never translated."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(window.session.document.model_dump(mode="json"))
    return found | {paper.name for paper in PAPERS.values()}  # paper sizes go by their own names


def _visible_strings(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for each string the widget tree shows or tells."""
    for widget in [root, *root.findChildren(QWidget)]:
        kind = type(widget).__name__
        if widget.accessibleName():
            yield f"{kind} accessible name", widget.accessibleName()
        if widget.accessibleDescription():
            yield f"{kind} accessible description", widget.accessibleDescription()
        if widget.toolTip():
            yield f"{kind} tooltip", widget.toolTip()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield kind, widget.text()
        elif isinstance(widget, QGroupBox):
            yield kind, widget.title()
        elif isinstance(widget, QDockWidget):
            yield kind, widget.windowTitle()
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            yield f"{kind} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox) and widget.objectName() not in (
            "curve",
            "paper",
            "tile_paper",
            "audience",
            "first_step",
            "last_step",
        ):
            yield from ((f"{kind} {widget.objectName()}", widget.itemText(n)) for n in range(widget.count()))
        elif isinstance(widget, QTabWidget) and widget.objectName() != "":
            yield from ((f"tab of {widget.objectName()}", widget.tabText(n)) for n in range(widget.count()))
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            yield from ((f"{kind} header", header.text(n)) for n in range(header.columnCount()))
        elif isinstance(widget, QTableWidget):
            yield from (
                (f"{kind} header", widget.horizontalHeaderItem(n).text())
                for n in range(widget.columnCount())
                if widget.horizontalHeaderItem(n)
            )
        elif isinstance(widget, QMenu):
            yield kind, widget.title()
            for action in widget.actions():
                yield f"menu {widget.title()}", action.text()
                if action.statusTip():
                    yield f"tip of {action.text()}", action.statusTip()


def _unmarked(strings: Iterator[tuple[str, str]], data: set[str]) -> list[str]:
    return sorted(
        {
            f"{where}: {text!r}"
            for where, text in strings
            if re.search(r"[A-Za-z]{2,}", text)
            and MARK not in text
            and text not in data
            and not re.fullmatch(r"[\w.\- ]*\.(bpx|pdf|png|svg|xlsx|csv)", text)  # file names
            and text not in i18n.LANGUAGES.values()  # each language in its own name
        }
    )


def test_every_visible_string_of_the_window_is_marked_for_translation(qtbot, pseudo: None) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(open_bpx(ROOT / "resources/samples/hotel-stay.bpx"))
    qtbot.addWidget(window)
    window.show()
    for dock in (window.outline, window.finder):
        dock.show()
    qtbot.waitUntil(lambda: window.analysis.result is not None, timeout=5000)
    unmarked = _unmarked(_visible_strings(window), _document_words(window))
    assert unmarked == [], "not marked for translation:\n" + "\n".join(unmarked)


def test_every_visible_string_of_the_print_dialog_is_marked(qtbot, pseudo: None) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(open_bpx(ROOT / "resources/samples/hotel-stay.bpx"))
    qtbot.addWidget(window)
    dialog = PrintDialog(window.session.document, window.current_scene().blueprint, window, window.session)  # type: ignore[union-attr]
    qtbot.addWidget(dialog)
    unmarked = _unmarked(_visible_strings(dialog), _document_words(window))
    assert unmarked == [], "not marked for translation:\n" + "\n".join(unmarked)


def test_tr_is_given_the_text_itself_never_a_formatted_one() -> None:
    """`tr(f"...")` looks up the already-formatted text and never finds it."""
    wrong = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "tr"
                and node.args
                and isinstance(node.args[0], ast.JoinedStr)
            ):
                wrong.append(f"{path.name}:{node.lineno}")
    assert wrong == []


def test_the_catalogues_hold_every_marked_string_and_translate_it(tmp_path: Path) -> None:
    """Run lupdate afresh: a string marked in the code but missing from the catalogues (or left
    untranslated, or with its {placeholders} changed) fails here."""
    assert {path.stem.removeprefix("blueprint_studio_") for path in CATALOGUES} == set(i18n.LANGUAGES) - {"en"}
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            i18n._tool("lupdate"),
            *map(str, i18n.marked_sources()),
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    wanted = set(_messages(fresh))
    assert "Fail point {card} has no owner" in wanted  # the headless checks' words are collected too
    for catalogue in CATALOGUES:
        messages = _messages(catalogue)
        assert wanted - set(messages) == set(), f"{catalogue.name} lacks strings: run `make translations`"
        for source, translation in messages.items():
            assert translation, f"{catalogue.name}: {source!r} is not translated"
            assert _placeholders(translation) == _placeholders(source), (
                f"{catalogue.name}: {source!r} → {translation!r}"
            )


def _messages(path: Path) -> dict[str, str]:
    import xml.etree.ElementTree as ElementTree

    return {
        message.findtext("source") or "": ""
        if (message.find("translation").get("type") == "unfinished")
        else (message.findtext("translation") or "")  # type: ignore[union-attr]
        for message in ElementTree.parse(path).iter("message")
    }


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{[^{}]*\}", text))


def test_the_model_words_are_all_listed_for_translation() -> None:
    listed = set(i18n.MODEL_WORDS)
    assert set(DEFAULT_LANE_NAMES.values()) <= listed
    assert set(LINE_TITLES.values()) <= listed
    assert {mark.title for mark in MARK_STYLES.values()} <= listed


def test_a_german_window_is_german(qtbot, german: None) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(edits.new_document(i18n.wording()))
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:3] == ["&Datei", "&Bearbeiten", "&Einfügen"]
    blueprint = window.session.document.blueprints[0]
    assert blueprint.lane_of_kind(LaneKind.CUSTOMER_ACTIONS).name == "Kundenaktionen"
    assert blueprint.line_title(Line.VISIBILITY) == "Sichtbarkeitslinie"
    assert blueprint.steps[0].name == "Schritt 1"
    assert i18n.format_number(12500) == "12.500" and i18n.seconds_text(5400) == "1 Std. 30 Min."
    assert QLocale().toString(1.5, "f", 1) == "1,5"
    # Qt's own catalogue: the standard buttons.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


@pytest.mark.parametrize("language", sorted(set(i18n.LANGUAGES) - {"en"}))
def test_each_language_names_the_menus_in_its_own_words(qapp: BlueprintApplication, language: str) -> None:
    i18n.compile_catalogues()
    try:
        i18n.install(language)
        assert i18n.tr("&File") != "&File" and i18n.tr("Line of visibility") != "Line of visibility"
    finally:
        i18n.install("en")


def test_dates_and_lock_holders_are_written_the_locale_s_way(qapp: BlueprintApplication, german: None) -> None:
    from blueprint_studio.storage.lock import LockInfo

    moment = 1_764_943_380  # 2025-12-05 13:23 UTC
    said = i18n.holder_text(LockInfo("laptop", 42, "ana", moment))
    assert said.startswith("ana auf laptop (Prozess 42) seit ") and ".12.25" in said


def test_the_template_picker_is_marked_and_its_blank_journey_map_worded(qtbot, pseudo: None) -> None:  # type: ignore[no-untyped-def]
    from blueprint_studio.templates import template_named
    from blueprint_studio.ui.templatepicker import TemplatePicker

    picker = TemplatePicker()
    qtbot.addWidget(picker)
    titles = [picker.list.item(n).text() for n in range(picker.list.count())]
    assert all(title.startswith(MARK) for title in titles) and _unmarked(_visible_strings(picker), set()) == []
    journey = template_named("blank-journey-map").make(i18n.wording()).blueprints[0]
    assert journey.title.startswith(MARK) and all(stage.name.startswith(MARK) for stage in journey.stages)


def test_a_finding_is_said_in_german_with_german_durations(qapp: BlueprintApplication, german: None) -> None:
    from blueprint_studio.analysis import Finding, Severity
    from blueprint_studio.ui.analysis import said

    finding = Finding(
        "over-time",
        Severity.ERROR,
        "The service typically takes {typical}, more than the acceptable {acceptable}",
        seconds=(("typical", 90_000), ("acceptable", 3_600)),
    )
    assert finding.message == "The service typically takes 1 d 1 h, more than the acceptable 1 h"
    assert said(finding) == "Der Service dauert typischerweise 1 T. 1 Std., länger als die akzeptablen 1 Std."
