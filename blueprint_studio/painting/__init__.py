"""QPainter drawing of layout geometry, shared by the canvas and PNG export. QtGui only."""
