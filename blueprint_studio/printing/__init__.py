"""Printing and export: the shared layout drawn with ReportLab (PDF) or as SVG text. No Qt."""
