"""Photos decoded for the screen and for pictures: as their name declares, never larger than shown.

A file may hold 64 photos of 8,000 x 8,000 pixels within its size limits; decoded whole and
kept, they took 8 GB for a thumbnail. Here a photo is read by the decoder of its declared
format only (an SVG under a .png name is not drawn), its size is read from its header before
anything is decoded, a photo past MAX_PHOTO_PIXELS (by format) is not decoded at all, and the rest are
decoded straight to the size they are drawn at (JPEG decodes at a fraction; others are
scaled as they are read). What is kept is a few small images, by name and size.
"""

from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QImageReader

from blueprint_studio.model.photos import MAX_PHOTO_PIXELS, declared_format

MAX_SIDE = 4096  # the most a photo is decoded to, however far the view zooms in
_KEPT = 96  # decoded photos kept (each at most MAX_SIDE on its longer side, most far smaller)
_kept: OrderedDict[tuple[str, int], QImage] = OrderedDict()


def side_for(pixels: float) -> int:
    """The decode size for a photo drawn `pixels` wide on its longer side: the next power of
    two (so zooming reuses what was decoded), at least 64, at most MAX_SIDE."""
    return min(MAX_SIDE, 1 << max(6, math.ceil(math.log2(max(1.0, pixels)))))


def photo(name: str, data: bytes, side: int = MAX_SIDE) -> QImage:
    """The photo at most `side` pixels on its longer side; a null image when it cannot be
    decoded as the format its name declares (drawn as a marked placeholder)."""
    key = (name, side)
    found = _kept.get(key)
    if found is not None:
        _kept.move_to_end(key)
        return found
    image = _decoded(name, data, side)
    _kept[key] = image
    while len(_kept) > _KEPT:
        _kept.popitem(last=False)
    return image


def _decoded(name: str, data: bytes, side: int) -> QImage:
    kind = declared_format(name)
    if kind is None:
        return QImage()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, kind.encode("ascii"))
    reader.setAutoDetectImageFormat(False)  # this format's decoder or none
    reader.setDecideFormatFromContent(False)
    size = reader.size()  # from the header: nothing decoded yet
    if not size.isValid() or size.width() * size.height() > MAX_PHOTO_PIXELS[kind]:
        return QImage()
    longer = max(size.width(), size.height())
    if longer > side:
        scale = side / longer
        reader.setScaledSize(QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale))))
    image = reader.read()
    return image  # null when the bytes are damaged or truncated
