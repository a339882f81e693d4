"""The menu commands as a table: name, text, shortcut. The window wires them to methods.

Shortcuts are Qt's standard keys where one exists, so they match each platform.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""


MENUS: dict[str, list[ActionSpec | None]] = {
    "&File": [
        ActionSpec("new", "&New", Key.New),
        ActionSpec("new_from_template", "New from &Template…", "Ctrl+Shift+N", tip="start from a realistic blueprint of a sector, or a blank one"),
        ActionSpec("open", "&Open…", Key.Open),
        ActionSpec("recent", "Open &Recent"),
        None,
        ActionSpec("save", "&Save", Key.Save),
        ActionSpec("save_as", "Save &As…", Key.SaveAs),
        None,
        ActionSpec("print", "&Print…", Key.Print),
        ActionSpec("export_pdf", "Export P&DF…", "Ctrl+Shift+E"),
        ActionSpec("export_png", "Export P&NG…"),
        ActionSpec("export_svg", "Export S&VG…"),
        ActionSpec("export_sheet", "Export Spreads&heet…", tip="a lane × step grid: every blueprint as a sheet (.xlsx), or this one as .csv"),
        ActionSpec("import_sheet", "&Import Spreadsheet…", tip="a new document from a lane × step grid (.xlsx or .csv)"),
        None,
        ActionSpec("close", "&Close", Key.Close),
        ActionSpec("quit", "&Quit", Key.Quit),
    ],
    "&Edit": [
        ActionSpec("undo", "&Undo", Key.Undo),
        ActionSpec("redo", "&Redo", Key.Redo),
        None,
        ActionSpec("cut", "Cu&t", Key.Cut),
        ActionSpec("copy", "&Copy", Key.Copy),
        ActionSpec("paste", "&Paste", Key.Paste),
        ActionSpec("delete", "&Delete", Key.Delete),
        ActionSpec("select_all", "Select &All", Key.SelectAll),
        None,
        ActionSpec("edit_text", "&Edit Card Text", "F2"),
        None,
        ActionSpec("find", "&Find…", Key.Find, tip="in card texts, notes, owners and facets of every blueprint"),
        ActionSpec("replace", "&Replace…", Key.Replace),
    ],
    "&Insert": [
        ActionSpec("new_card", "New &Card in Current Cell", "Ctrl+Return"),
        ActionSpec("step_before", "Step &Before"),
        ActionSpec("step_after", "Step &After"),
        ActionSpec("delete_step", "De&lete Step"),
        None,
        ActionSpec("add_lane", "&Lane in This Zone…"),
        ActionSpec("delete_lane", "Delete Lane"),
        None,
        ActionSpec("add_blueprint", "&Blueprint", "Ctrl+T"),
        ActionSpec("duplicate_to_be", "&To-Be Variant of This Blueprint", tip="a copy to redesign as the future state, compared with this one"),
        ActionSpec("rename_blueprint", "&Rename Blueprint…"),
        ActionSpec("delete_blueprint", "Delete Blueprint"),
    ],
    "&View": [
        ActionSpec("zoom_in", "Zoom &In", Key.ZoomIn),
        ActionSpec("zoom_out", "Zoom &Out", Key.ZoomOut),
        ActionSpec("zoom_fit", "&Fit to Window", "Ctrl+0"),
        ActionSpec("zoom_actual", "&Actual Size (100 %)", "Ctrl+1"),
        None,
        ActionSpec("view_both", "Journey Map and &Blueprint", "Ctrl+Alt+1"),
        ActionSpec("view_journey", "&Journey Map Only", "Ctrl+Alt+2"),
        ActionSpec("view_blueprint", "Blueprint &Only", "Ctrl+Alt+3"),
        ActionSpec("rows", "Journey &Rows"),
        None,
        ActionSpec("outline", "O&utline", "Ctrl+Shift+O", tip="the document as a tree, for the keyboard and screen readers"),
        ActionSpec("present", "&Present", "F5", tip="full screen, stage by stage, for a workshop projector; Esc returns"),
    ],
}
