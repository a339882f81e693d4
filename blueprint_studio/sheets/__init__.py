"""Spreadsheets: a blueprint as a lane × step grid in .xlsx or .csv, and back. No Qt."""

from blueprint_studio.sheets.files import read_sheets, read_sheets_reporting, write_sheets
from blueprint_studio.sheets.grid import SheetError, to_grid
from blueprint_studio.sheets.importer import from_grid

__all__ = ["SheetError", "from_grid", "read_sheets", "read_sheets_reporting", "to_grid", "write_sheets"]
