"""Photos for a PDF page: decoded as their name declares, at the resolution the page prints.

ReportLab embeds what it is given, and was given each photo whole: 64 photos of 8,000 x 8,000
pixels ran out of memory, and one truncated photo stopped the export. Here a photo is opened
by Pillow's decoder for its declared format only, its size read from its header first, and it
is decoded at PRINT_DPI for the frame it fills (JPEG decodes at a fraction of its size while
reading); one that cannot be read comes back as None and prints as a marked placeholder.
Pillow comes with ReportLab, which uses it for images in any case.
"""

from __future__ import annotations

import io
import math
from collections import OrderedDict

from PIL import Image as PILImage

from blueprint_studio.model.photos import MAX_PHOTO_PIXELS, declared_format

PILImage.MAX_IMAGE_PIXELS = max(MAX_PHOTO_PIXELS.values())  # Pillow's own bomb guard, no stricter than ours per format
PRINT_DPI = 300  # plenty for a photo a few centimetres wide on a wall, and far less than a phone's
MAX_SIDE = 4096
_PILLOW_FORMATS = {"png": "PNG", "jpeg": "JPEG", "webp": "WEBP"}
_KEPT = 32
_kept: OrderedDict[tuple[str, int], PILImage.Image | None] = OrderedDict()


def print_photo(name: str, data: bytes, width: float, height: float) -> PILImage.Image | None:
    """The photo for a frame of `width` x `height` points, or None when it cannot be decoded."""
    side = min(MAX_SIDE, max(16, math.ceil(max(width, height) * PRINT_DPI / 72)))
    key = (name, side)
    if key in _kept:
        _kept.move_to_end(key)
        return _kept[key]
    image = _decoded(name, data, side)
    _kept[key] = image
    while len(_kept) > _KEPT:
        _kept.popitem(last=False)
    return image


def _decoded(name: str, data: bytes, side: int) -> PILImage.Image | None:
    kind = declared_format(name)
    if kind is None:
        return None
    try:
        image = PILImage.open(io.BytesIO(data), formats=[_PILLOW_FORMATS[kind]])  # the header only, so far
        if image.width * image.height > MAX_PHOTO_PIXELS[kind]:
            return None
        image.draft("RGB", (side, side))  # a JPEG decodes at 1/2, 1/4 or 1/8 of its size where that is enough
        image.thumbnail((side, side))  # decodes (a truncated photo raises here) and scales down
        if image.mode not in ("RGB", "RGBA", "L"):
            image = image.convert("RGBA" if "A" in image.getbands() or "transparency" in image.info else "RGB")
        return image
    except Exception:  # noqa: BLE001 - Pillow raises many kinds for a broken file; each prints as a placeholder
        return None
