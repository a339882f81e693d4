"""Mend ReportLab's map from glyphs back to characters for characters past U+FFFF.

A PDF says which characters each glyph stands for in a ToUnicode map, so its text can be
searched and copied. ReportLab writes each code point as four hex digits, which is right for
the 16-bit range only: an emoji (U+1F389) comes out as five digits, an invalid entry, and
readers extract the wrong character or none. The map must give UTF-16, a surrogate pair for
those. This module writes the same map correctly; it replaces ReportLab's function once,
before any PDF is made (ReportLab looks the function up by name when it embeds a font).
"""

from __future__ import annotations

from reportlab.pdfbase import ttfonts


def _utf16(code: int) -> str:
    return "".join(f"{unit:04X}" for unit in _units(code))


def _units(code: int) -> tuple[int, ...]:
    if code <= 0xFFFF:
        return (code,)
    code -= 0x10000
    return (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF))


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """The ToUnicode CMap of a subset: glyph i stands for the character subset[i]."""
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(f"<{index:02X}> <{_utf16(code)}>" for index, code in enumerate(subset)),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def mend() -> None:
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
