"""Spreadsheets: a blueprint as a lane × step grid in .xlsx or .csv, and back. No Qt."""

from blueprint_studio.sheets.files import read_sheets, write_sheets
from blueprint_studio.sheets.grid import SheetError, from_grid, to_grid

__all__ = ["SheetError", "from_grid", "read_sheets", "to_grid", "write_sheets"]
