"""The one picture of a blueprint: its layout turned once into an ordered list of drawing
operations, which the QPainter, ReportLab and SVG players each play. Pure: no Qt, no ReportLab."""
