"""What a photo kept in a document must be: the format its name declares, as its first bytes show.

A decoder that sniffs would take an SVG, PDF or TIFF sent under a .png name, and an SVG can
pull in other files on the machine that opens it. So the reader refuses an asset whose bytes
are not its declared format, and every decoder (painting.photos, printing.photos) is told
the format instead of guessing it. Pure.
"""

from __future__ import annotations

_FORMATS = {"png": "png", "jpg": "jpeg", "jpeg": "jpeg", "webp": "webp"}
# The most pixels a photo may have to be decoded at all; past it, it prints as a placeholder.
# A JPEG decodes at 1/2, 1/4 or 1/8 of its size when that is enough, so a 200-megapixel phone
# photo costs little; PNG and WebP decode whole before they are scaled (50 MP: 200 MB at most).
MAX_PHOTO_PIXELS = {"jpeg": 250_000_000, "png": 50_000_000, "webp": 50_000_000}


def declared_format(name: str) -> str | None:
    """'png', 'jpeg' or 'webp', from an asset's name; None for anything else."""
    return _FORMATS.get(name.rpartition(".")[2].lower())


def matches_name(name: str, data: bytes) -> bool:
    """Whether the bytes start as the format the name declares says they must."""
    kind = declared_format(name)
    if kind == "png":
        return data.startswith(b"\x89PNG\r\n\x1a\n")
    if kind == "jpeg":
        return data.startswith(b"\xff\xd8\xff")
    if kind == "webp":
        return data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    return False
