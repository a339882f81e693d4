"""The menu commands as a table: name, text, shortcut. The window wires them to methods.

Texts are marked for translation here and translated when the menus are built.

Shortcuts are Qt's standard keys where one exists, so they match each platform.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence

from blueprint_studio.words import QT_TR_NOOP

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    shortcut: QKeySequence.StandardKey | str | tuple[str, ...] | None = None
    tip: str = ""
    edits: bool = False  # changes the document: greyed while it is read-only
    canvas: bool = False  # its keys act on the canvas only: in a dock's list or field they are the dock's
    fallback: str | None = None  # the key where the platform has no standard one (Replace on KDE and bare X11)


MENUS: dict[str, list[ActionSpec | None]] = {
    QT_TR_NOOP("&File"): [
        ActionSpec("new", QT_TR_NOOP("&New"), Key.New),
        ActionSpec(
            "new_from_template",
            QT_TR_NOOP("New from &Template…"),
            "Ctrl+Shift+N",
            tip=QT_TR_NOOP("start from a realistic blueprint of a sector, or a blank one"),
        ),
        ActionSpec("open", QT_TR_NOOP("&Open…"), Key.Open),
        ActionSpec("recent", QT_TR_NOOP("Open &Recent")),
        None,
        ActionSpec("save", QT_TR_NOOP("&Save"), Key.Save),
        ActionSpec("save_as", QT_TR_NOOP("Save &As…"), Key.SaveAs),
        None,
        ActionSpec("print", QT_TR_NOOP("&Print…"), Key.Print),
        ActionSpec("export_pdf", QT_TR_NOOP("Export P&DF…"), "Ctrl+Shift+E"),
        ActionSpec("export_png", QT_TR_NOOP("Export P&NG…")),
        ActionSpec("export_svg", QT_TR_NOOP("Export S&VG…")),
        ActionSpec(
            "export_sheet",
            QT_TR_NOOP("Export Spreads&heet…"),
            tip=QT_TR_NOOP("a lane × step grid: every blueprint as a sheet (.xlsx), or this one as .csv"),
        ),
        ActionSpec(
            "import_sheet",
            QT_TR_NOOP("&Import Spreadsheet…"),
            tip=QT_TR_NOOP("a new document from a lane × step grid (.xlsx or .csv)"),
        ),
        None,
        ActionSpec("close", QT_TR_NOOP("&Close"), Key.Close),
        ActionSpec("quit", QT_TR_NOOP("&Quit"), Key.Quit),
    ],
    QT_TR_NOOP("&Edit"): [
        ActionSpec("undo", QT_TR_NOOP("&Undo"), Key.Undo),
        ActionSpec("redo", QT_TR_NOOP("&Redo"), Key.Redo),
        None,
        ActionSpec("cut", QT_TR_NOOP("Cu&t"), Key.Cut, edits=True, canvas=True),
        ActionSpec("copy", QT_TR_NOOP("&Copy"), Key.Copy, canvas=True),
        ActionSpec("paste", QT_TR_NOOP("&Paste"), Key.Paste, edits=True, canvas=True),
        ActionSpec("delete", QT_TR_NOOP("&Delete"), Key.Delete, edits=True, canvas=True),
        ActionSpec("select_all", QT_TR_NOOP("Select &All"), Key.SelectAll, canvas=True),
        None,
        ActionSpec("edit_text", QT_TR_NOOP("&Edit Card Text"), "F2", edits=True, canvas=True),
        None,
        ActionSpec(
            "find",
            QT_TR_NOOP("&Find…"),
            Key.Find,
            tip=QT_TR_NOOP("in card texts, notes, owners and facets of every blueprint"),
        ),
        ActionSpec("replace", QT_TR_NOOP("&Replace…"), Key.Replace, edits=True, fallback="Ctrl+H"),
        None,
        ActionSpec(
            "preferences",
            QT_TR_NOOP("Pre&ferences…"),
            "Ctrl+,",
            tip=QT_TR_NOOP("language, theme, autosave, paper and units"),
        ),
    ],
    QT_TR_NOOP("&Insert"): [
        ActionSpec("new_card", QT_TR_NOOP("New &Card in Current Cell"), "Ctrl+Return", edits=True, canvas=True),
        ActionSpec("step_before", QT_TR_NOOP("Step &Before"), edits=True),
        ActionSpec("step_after", QT_TR_NOOP("Step &After"), edits=True),
        ActionSpec("delete_step", QT_TR_NOOP("De&lete Step"), edits=True),
        None,
        ActionSpec("add_lane", QT_TR_NOOP("&Lane in This Zone…"), edits=True),
        ActionSpec("delete_lane", QT_TR_NOOP("Delete La&ne"), edits=True),
        None,
        ActionSpec("add_blueprint", QT_TR_NOOP("&Blueprint"), "Ctrl+T", edits=True),
        ActionSpec(
            "duplicate_to_be",
            QT_TR_NOOP("&To-Be Variant of This Blueprint"),
            tip=QT_TR_NOOP("a copy to redesign as the future state, compared with this one"),
            edits=True,
        ),
        ActionSpec("rename_blueprint", QT_TR_NOOP("&Rename Blueprint…"), edits=True),
        ActionSpec("delete_blueprint", QT_TR_NOOP("Delete Bluepr&int"), edits=True),
    ],
    QT_TR_NOOP("&View"): [
        ActionSpec("zoom_in", QT_TR_NOOP("Zoom &In"), Key.ZoomIn),
        ActionSpec("zoom_out", QT_TR_NOOP("Zoom &Out"), Key.ZoomOut),
        ActionSpec("zoom_fit", QT_TR_NOOP("&Fit to Window"), "Ctrl+0"),
        ActionSpec("zoom_actual", QT_TR_NOOP("&Actual Size (100 %)"), "Ctrl+1"),
        None,
        ActionSpec("view_both", QT_TR_NOOP("Journey Map and &Blueprint"), "Ctrl+Alt+1", edits=True),
        ActionSpec("view_journey", QT_TR_NOOP("&Journey Map Only"), "Ctrl+Alt+2", edits=True),
        ActionSpec("view_blueprint", QT_TR_NOOP("Blueprint &Only"), "Ctrl+Alt+3", edits=True),
        ActionSpec("rows", QT_TR_NOOP("Journey &Rows")),
        None,
        ActionSpec("next_blueprint", QT_TR_NOOP("&Next Blueprint"), ("Ctrl+PgDown", "Ctrl+Tab")),
        ActionSpec("previous_blueprint", QT_TR_NOOP("Pre&vious Blueprint"), ("Ctrl+PgUp", "Ctrl+Shift+Tab")),
        None,
        ActionSpec(
            "outline",
            QT_TR_NOOP("O&utline"),
            "Ctrl+Shift+O",
            tip=QT_TR_NOOP("the document as a tree, for the keyboard and screen readers"),
        ),
        ActionSpec(
            "present",
            QT_TR_NOOP("&Present"),
            "F5",
            tip=QT_TR_NOOP("full screen, stage by stage, for a workshop projector; Esc returns"),
        ),
    ],
}
