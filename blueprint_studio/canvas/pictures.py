"""Pictures a designer drops, pastes or picks, made fit to keep in a document.

A phone photo is 4,000 pixels and several megabytes; a card shows it a few centimetres wide,
even on a wall print. So photos are scaled to at most MAX_SIDE pixels and kept as JPEG (PNG
when they have transparency, as screenshots and icons do), whatever format they came in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, Qt
from PySide6.QtGui import QImage

from blueprint_studio.canvas.translate import tr
from blueprint_studio.reading import TooLarge, read_bounded

MAX_SIDE = 1600
PICTURE_FILTER = tr("Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)")
MAX_SOURCE_BYTES = 60 * 1024 * 1024  # larger files are refused before they are decoded


class PictureError(ValueError):
    """The picture cannot be used (the message says why, in a designer's words)."""


def photo_bytes(image: QImage) -> bytes:
    if image.isNull():
        raise PictureError("this is not a picture Blueprint Studio can read")
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(
            MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    keep_alpha = image.hasAlphaChannel()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if keep_alpha:
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # takes str; the stubs say bytes
    else:
        opaque = image.convertToFormat(QImage.Format.Format_RGB32)
        opaque.save(buffer, "JPEG", 85)  # type: ignore[call-overload]  # takes str; the stubs say bytes
    buffer.close()
    return bytes(data.data())


def photo_from_file(path: Path) -> bytes:
    try:
        data = read_bounded(path, MAX_SOURCE_BYTES)
    except TooLarge as error:
        raise PictureError(
            tr("{name} is {size} MB; pick a picture under {most} MB").format(
                name=path.name, size=round(error.size / 1e6), most=MAX_SOURCE_BYTES // 1_000_000
            )
        ) from None
    except OSError as error:
        raise PictureError(f"{path.name}: {error.strerror or error}") from None
    image = QImage()
    if not image.loadFromData(data):
        raise PictureError(
            tr("{name} is not a picture Blueprint Studio can read (PNG, JPEG, WebP, GIF, BMP)").format(name=path.name)
        )
    return photo_bytes(image)


_PICTURE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp")


def has_picture(mime: QMimeData | None) -> bool:
    """Whether a drag or the clipboard carries a picture (or a picture file)."""
    if mime is None:
        return False
    return mime.hasImage() or any(url.toLocalFile().lower().endswith(_PICTURE_SUFFIXES) for url in mime.urls())


def photo_from_mime(mime: QMimeData) -> bytes:
    """The first picture a drag or the clipboard carries, made fit to keep (PictureError if none)."""
    for url in mime.urls():
        if url.toLocalFile().lower().endswith(_PICTURE_SUFFIXES):
            return photo_from_file(Path(url.toLocalFile()))
    if mime.hasImage():
        return photo_bytes(QImage(mime.imageData()))
    raise PictureError("there is no picture here")
