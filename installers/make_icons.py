"""Render the SVG icons in resources/icons to the PNG sizes desktops ask for.

Run after changing an SVG: `python installers/make_icons.py`. The PNGs are committed so a
build needs no SVG renderer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SOURCES = ("blueprint-studio", "application-x-blueprint-studio")


def render(svg: Path, size: int, target: Path) -> None:
    renderer = QSvgRenderer(str(svg))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):
        sys.exit(f"could not write {target}")


def main() -> None:
    QGuiApplication([])
    for name in SOURCES:
        for size in SIZES:
            render(ICONS / f"{name}.svg", size, ICONS / "hicolor" / f"{size}x{size}" / f"{name}.png")
        pack(name)
    print(f"wrote {len(SOURCES) * len(SIZES)} PNGs under {ICONS / 'hicolor'}, and {len(SOURCES)} .ico and .icns files")


def pack(name: str) -> None:
    """The PNGs of every size in one Windows .ico (16 px in a list, 256 px on a large-icons
    desktop: each drawn at its size, not scaled from one) and one macOS .icns."""
    from PIL import Image

    images = [Image.open(ICONS / "hicolor" / f"{size}x{size}" / f"{name}.png") for size in SIZES]
    largest = images[-1]
    ico_sizes = [(size, size) for size in SIZES if size <= 256]
    largest.save(ICONS / f"{name}.ico", format="ICO", sizes=ico_sizes, append_images=images[:-1])
    largest.save(ICONS / f"{name}.icns", format="ICNS", append_images=images[:-1])


if __name__ == "__main__":
    main()
