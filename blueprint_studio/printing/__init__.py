"""Printing and export: the one drawing played by ReportLab (PDF) or written as SVG. No Qt."""

from blueprint_studio.printing.unicode import mend as _mend_to_unicode

_mend_to_unicode()  # every PDF this package writes maps emoji back to themselves
