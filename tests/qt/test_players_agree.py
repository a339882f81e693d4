"""One picture, three players: every sample and template drawn by QPainter (the PNG and the
canvas), by ReportLab (the PDF, rendered by poppler) and as SVG (rendered by librsvg) at the
same resolution, compared pixel by pixel. Renderers smooth edges and glyphs a little
differently, so a pixel counts as different only past a threshold, and only a small share of
pixels may differ; a lane, a card, a badge or a title drawn differently by one player moves
far more than that."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageFilter

from blueprint_studio.drawing.poster import make_poster, whole
from blueprint_studio.painting.png import render_image_bytes
from blueprint_studio.printing.pdf import pdf_bytes
from blueprint_studio.printing.plan import PrintOptions
from blueprint_studio.printing.svg import svg_text
from blueprint_studio.storage import open_bpx
from blueprint_studio.templates import TEMPLATES
from tests.conftest import SAMPLES

DPI = 72
PIXEL = 40  # a pixel differs when a channel is off by more than this (of 255)
# At most this share of the pixels may differ (measured: 0.4 % at most; leaving out the SVG's text makes 2.2 %).
SHARE = 0.01

pytestmark = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("rsvg-convert") is None,
    reason="poppler-utils and librsvg2-bin are installed by make test",
)

CASES = [(path.name, lambda path=path: open_bpx(path)) for path in SAMPLES] + [(t.name, t.make) for t in TEMPLATES]


def _differing(a: Image.Image, b: Image.Image) -> float:
    """The share of pixels that differ, once each picture is softened by a pixel (renderers
    place the edge of a thin line or a glyph's stem a fraction of a pixel apart)."""
    width, height = min(a.width, b.width), min(a.height, b.height)
    assert abs(a.width - b.width) <= 2 and abs(a.height - b.height) <= 2, (a.size, b.size)
    a, b = (image.crop((0, 0, width, height)).filter(ImageFilter.BoxBlur(1)) for image in (a, b))
    difference = ImageChops.difference(a, b).convert("L")
    histogram = difference.point(lambda v: 255 if v > PIXEL else 0).histogram()
    return histogram[255] / (width * height)


@pytest.mark.parametrize("name, make", CASES, ids=[name for name, _ in CASES])
def test_png_pdf_and_svg_draw_the_same_picture(qapp, tmp_path: Path, name: str, make) -> None:  # type: ignore[no-untyped-def]
    document = make()
    poster = make_poster(document, document.blueprints[0], notes=True)
    drawing = whole(poster, "page 1 of 1")
    png = Image.open(io.BytesIO(render_image_bytes(drawing, DPI))).convert("RGB")
    (tmp_path / "a.pdf").write_bytes(pdf_bytes([poster], PrintOptions(margin=0.0)))
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-png", "-singlefile", str(tmp_path / "a.pdf"), str(tmp_path / "pdf")], check=True
    )
    pdf = Image.open(tmp_path / "pdf.png").convert("RGB")
    (tmp_path / "a.svg").write_text(svg_text(drawing, name), encoding="utf-8")
    subprocess.run(
        [
            "rsvg-convert",
            "--dpi-x",
            str(DPI),
            "--dpi-y",
            str(DPI),
            "-o",
            str(tmp_path / "svg.png"),
            str(tmp_path / "a.svg"),
        ],
        check=True,
    )
    svg = Image.open(tmp_path / "svg.png").convert("RGB")
    shares = {"pdf": _differing(png, pdf), "svg": _differing(png, svg)}
    assert max(shares.values()) < SHARE, f"{name}: share of differing pixels against the PNG: {shares}"
