"""Photos in exports: a broken one prints as a placeholder; many large ones stay within bounds.

Made here, not sampled: solid-colour PNGs of camera sizes (written row by row, so making them
costs little), a JPEG, and a truncated photo.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image as PILImage

from blueprint_studio.model import Card
from blueprint_studio.storage import save_bpx
from tests.bpx_files import blank_document

ROOT = Path(__file__).resolve().parents[2]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def solid_png(width: int, height: int, colour: bytes = b"\x20\x80\xc0") -> bytes:
    """A width x height RGB PNG of one colour, compressed row by row (never held whole)."""
    squeeze = zlib.compressobj(1)
    row = b"\x00" + colour * width
    idat = b"".join(squeeze.compress(row) for _ in range(height)) + squeeze.flush()

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", idat)
        + chunk(b"IEND", b"")
    )


def jpeg(width: int = 640, height: int = 480) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (200, 40, 40)).save(buffer, "JPEG")
    return buffer.getvalue()


def named(data: bytes, extension: str) -> str:
    return f"{hashlib.sha256(data).hexdigest()}.{extension}"


def test_a_truncated_photo_prints_as_a_placeholder_and_the_page_still_prints(tmp_path: Path) -> None:
    good, broken = jpeg(), jpeg(800, 600)[:900]
    document = blank_document()
    blueprint = document.blueprints[0]
    for number, data in enumerate((good, broken)):
        document.assets[named(data, "jpg")] = data
        blueprint.cards.append(
            Card(id=f"c{number}", lane="physical_evidence", step="s1", text=f"photo {number}", image=named(data, "jpg"))
        )
    path = tmp_path / "photos.bpx"
    save_bpx(document, path)
    done = subprocess.run(
        [sys.executable, "-m", "blueprint_studio", "export", str(path), "-o", str(tmp_path / "photos.pdf")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "photos.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the peak from /proc")
def test_thumbnail_and_export_of_many_large_photos_stay_within_bounds(tmp_path: Path) -> None:
    """Six 24-megapixel photos (the file limit allows far more): the preview and the PDF each
    decode one photo at a time at the size it is shown, never all of them whole."""
    document = blank_document()
    blueprint = document.blueprints[0]
    for number in range(6):
        data = solid_png(6000, 4000, bytes((number * 40, 90, 200)))
        document.assets[named(data, "png")] = data
        blueprint.cards.append(
            Card(id=f"c{number}", lane="physical_evidence", step="s1", text=f"photo {number}", image=named(data, "png"))
        )
    path = tmp_path / "photos.bpx"
    save_bpx(document, path)
    # VmHWM, not ru_maxrss: the latter survives exec, so it counts the forking test process.
    script = (
        "import re, sys\n"
        "from blueprint_studio.cli import main\n"
        "status = main(sys.argv[1:])\n"
        "print(int(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)) // 1024)\n"
        "sys.exit(status)\n"
    )
    for arguments in (
        ["thumbnail", str(path), str(tmp_path / "preview.png")],
        ["export", str(path), "-o", str(tmp_path / "photos.pdf")],
    ):
        done = subprocess.run(
            [sys.executable, "-c", script, *arguments],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert done.returncode == 0, done.stderr
        peak_mb = int(done.stdout.split()[-1])
        assert peak_mb < 500, f"{arguments[0]}: {peak_mb} MB"
