"""PDFs read back: page counts and sizes, extractable text, embedded fonts, tile file size."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from pypdf import PdfReader

from blueprint_studio.errors import UsageError
from blueprint_studio.export import write_pdf
from blueprint_studio.printing.paper import INCH, MM, PAPERS
from blueprint_studio.printing.pdf import ExportCancelled, make_poster, pdf_bytes
from blueprint_studio.printing.plan import OversizeError, PrintOptions, plan_page, plan_tiles
from blueprint_studio.printing.units import parse_length
from tests.conftest import SAMPLES
from tests.sample_sources import SAMPLE_BUILDERS
from tests.strategies import documents


def hotel():  # type: ignore[no-untyped-def]
    return SAMPLE_BUILDERS["hotel-stay.bpx"]().blueprints[0]


def hotel_poster(blueprint=None):  # type: ignore[no-untyped-def]
    """The hotel (or `blueprint`) as a print, with the hotel's persona for its curve and block."""
    document = SAMPLE_BUILDERS["hotel-stay.bpx"]()
    return make_poster(document, blueprint or document.blueprints[0])


def read(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def fonts_of(reader: PdfReader) -> dict[str, bool]:
    """Every font used on any page (or in a form on it) → whether its program is embedded."""
    found: dict[str, bool] = {}

    def visit(resources) -> None:  # type: ignore[no-untyped-def]
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[str(font["/BaseFont"])] = embedded
        for xobject in (resources.get("/XObject") or {}).values():
            inner = xobject.get_object().get("/Resources")
            if inner is not None:
                visit(inner.get_object())

    for page in reader.pages:
        visit(page["/Resources"].get_object())
    return found


def test_one_page_fitted_to_a1_holds_every_card_and_embeds_every_font() -> None:
    blueprint = hotel()
    reader = read(pdf_bytes([hotel_poster(blueprint)], PrintOptions(paper="A1")))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (round(841 * MM), round(594 * MM))
    text = page.extract_text().replace("\n", " ")
    for card in blueprint.cards:
        for word in card.text.split():
            assert word in text, word
    for expected in (
        "Line of interaction",
        "Line of visibility",
        "Line of internal interaction",
        "Legend",
        "Hotel overnight stay",
        "Ana Müller",
    ):
        assert expected in text
    fonts = fonts_of(reader)
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name for name in fonts)


@pytest.mark.parametrize("name", ["A0", "A4", "Letter", "Tabloid", "ANSI-D", "ARCH-C", "ARCH-D", "ARCH-E"])
def test_named_sheets_have_their_size_in_points(name: str) -> None:
    paper = PAPERS[name.lower()]
    reader = read(pdf_bytes([hotel_poster()], PrintOptions(paper=name, landscape=True)))
    box = reader.pages[0].mediabox
    # Type: ignore[arg-type].
    assert sorted((round(float(box.width), 1), round(float(box.height), 1))) == sorted(
        (round(paper.width, 1), round(paper.height, 1))
    )


def test_arch_e_is_36_by_48_inches() -> None:
    paper = PAPERS["arch-e"]
    assert (paper.width, paper.height) == (36 * INCH, 48 * INCH)


def test_a_roll_keeps_its_width_and_grows_in_length() -> None:
    reader = read(pdf_bytes([hotel_poster()], PrintOptions(paper="roll-36in")))
    box = reader.pages[0].mediabox
    assert round(float(box.height)) == 36 * 72
    assert float(box.width) > float(box.height)


def test_a_print_beyond_200_inches_is_refused_with_a_way_out() -> None:
    poster = hotel_poster()
    with pytest.raises(OversizeError) as caught:
        plan_page(poster.width, poster.height, PrintOptions(width=parse_length("6m")))
    assert "200 in" in str(caught.value)
    fitted = plan_page(poster.width, poster.height, PrintOptions(scale=caught.value.max_scale))
    assert max(fitted.width, fitted.height) <= 200 * INCH + 0.01


def test_tiles_count_sizes_labels_and_assembly_page() -> None:
    poster = hotel_poster()
    options = PrintOptions(tile="A4", width=parse_length("2m"))
    plan = plan_tiles(poster.width, poster.height, options)
    reader = read(pdf_bytes([poster], options))
    assert len(reader.pages) == len(plan.grid.tiles) + 1
    assert "Assembly map" in reader.pages[0].extract_text()
    for page, tile in zip(reader.pages[1:], plan.grid.tiles, strict=True):
        assert sorted((round(float(page.mediabox.width)), round(float(page.mediabox.height)))) == [595, 842]
        assert tile.label in page.extract_text()
    assert plan.grid.tiles[-1].label == f"{chr(ord('A') + plan.grid.rows - 1)}{plan.grid.columns}"
    # Windows overlap by exactly the overlap, and together cover the whole scaled poster.
    first, second = plan.grid.tiles[0], plan.grid.tiles[1]
    assert first.x + first.width - second.x == pytest.approx(10 * MM)
    last = plan.grid.tiles[-1]
    assert last.x + last.width >= poster.width * plan.scale and last.y + last.height >= poster.height * plan.scale


def test_every_card_is_on_some_tile() -> None:
    blueprint = hotel()
    reader = read(pdf_bytes([hotel_poster(blueprint)], PrintOptions(tile="A3", scale=1.0)))
    text = " ".join(page.extract_text().replace("\n", " ") for page in reader.pages[1:])
    for card in blueprint.cards:
        assert card.text.split()[0] in text


def test_a_tiled_file_stays_small() -> None:
    from benchmarks.synthetic import blueprint_with

    for blueprint, options in (
        (blueprint_with(600).blueprints[0], PrintOptions(tile="A4", width=parse_length("2m"))),
        (hotel(), PrintOptions(tile="A3", scale=1.0)),
    ):
        single = len(pdf_bytes([hotel_poster(blueprint)], PrintOptions(paper="A0")))
        tiled = len(pdf_bytes([hotel_poster(blueprint)], options))
        assert tiled <= 1.5 * single, (tiled, single)


def test_impossible_requests_are_refused_plainly() -> None:
    poster = hotel_poster()
    with pytest.raises(UsageError, match="overlap of 200 mm is too large"):
        plan_tiles(poster.width, poster.height, PrintOptions(tile="A4", overlap=200 * MM))
    with pytest.raises(UsageError, match="larger than A4"):
        plan_page(poster.width, poster.height, PrintOptions(paper="A4", scale=3))
    with pytest.raises(UsageError, match="unknown paper 'B7'"):
        plan_page(poster.width, poster.height, PrintOptions(paper="B7"))
    with pytest.raises(UsageError, match="not a length"):
        parse_length("two metres")


def test_cancelling_an_export_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "wall.pdf"
    with pytest.raises(ExportCancelled):
        write_pdf(
            SAMPLE_BUILDERS["hotel-stay.bpx"](),
            [hotel()],
            target,
            PrintOptions(tile="A4", width=parse_length("2m")),
            progress=lambda done, total: done < 3,
        )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is installed by make test")
@pytest.mark.parametrize(
    "options", [PrintOptions(paper="A1"), PrintOptions(tile="A4", width=parse_length("1.5m"))], ids=["A1", "tiles"]
)
def test_every_sample_renders_with_pdftoppm(tmp_path: Path, options: PrintOptions) -> None:
    from blueprint_studio.storage import open_bpx

    for sample in SAMPLES:
        pdf = tmp_path / f"{sample.stem}.pdf"
        document = open_bpx(sample)
        write_pdf(document, document.blueprints, pdf, options)
        result = subprocess.run(
            ["pdftoppm", "-r", "20", "-png", str(pdf), str(tmp_path / sample.stem)], capture_output=True, text=True
        )
        assert result.returncode == 0 and not result.stderr, result.stderr
        assert len(list(tmp_path.glob(f"{sample.stem}-*.png"))) == len(read(pdf.read_bytes()).pages)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is installed by make test")
def test_neighbouring_tiles_show_the_same_overlap(tmp_path: Path) -> None:
    """Put back together, the tiles line up: the strip a tile shares with its right and lower
    neighbours prints the same picture on both pages."""
    from PIL import Image, ImageChops, ImageStat

    options = PrintOptions(tile="A4", scale=1.0, overlap=20 * MM)
    poster = hotel_poster()
    plan = plan_tiles(poster.width, poster.height, options)
    assert plan.grid.columns >= 2 and plan.grid.rows >= 2
    pdf = tmp_path / "tiles.pdf"
    pdf.write_bytes(pdf_bytes([poster], options))
    dpi = 254  # ten pixels per millimetre: margins, windows and overlap fall on whole pixels
    last = 2 + plan.grid.columns
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-f", "2", "-l", str(last), "-gray", "-png", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    pages = sorted(tmp_path.glob("page-*.png"))

    def tile_image(row: int, column: int) -> Image.Image:
        return Image.open(pages[row * plan.grid.columns + column]).convert("L")

    m, w, h, o = (
        round(v * dpi / 72) for v in (plan.margin, plan.grid.window_width, plan.grid.window_height, plan.grid.overlap)
    )

    def difference(a: Image.Image, b: Image.Image) -> float:
        return ImageStat.Stat(ImageChops.difference(a, b)).mean[0]

    first, right, below = tile_image(0, 0), tile_image(0, 1), tile_image(1, 0)
    inset = 3  # stay clear of the window edges, where the clip cuts anti-aliased pixels
    shared_right = difference(
        first.crop((m + w - o + inset, m, m + w - inset, m + h)), right.crop((m + inset, m, m + o - inset, m + h))
    )
    shared_below = difference(
        first.crop((m, m + h - o + inset, m + w, m + h - inset)), below.crop((m, m + inset, m + w, m + o - inset))
    )
    misaligned = difference(
        first.crop((m + w - o + inset, m, m + w - inset, m + h)),
        right.crop((m + inset + 5, m, m + o - inset + 5, m + h)),
    )
    assert shared_right < 1 and shared_below < 1, (shared_right, shared_below)
    assert misaligned > 3 * max(shared_right, shared_below)  # half a millimetre off shows


@settings(max_examples=30, deadline=None)
@given(documents())
def test_any_document_prints_to_pdf_and_svg(document) -> None:  # type: ignore[no-untyped-def]
    """Every renderer copes with whatever a valid document holds: lone scores, gaps, hidden rows, views."""
    from blueprint_studio.drawing.poster import whole
    from blueprint_studio.printing.svg import svg_text

    for blueprint in document.blueprints:
        drawing = whole(make_poster(document, blueprint, notes=True))
        svg_text(drawing, blueprint.title)
        svg_text(drawing, blueprint.title, live_text=True)
    assert read(pdf_bytes([make_poster(document, b) for b in document.blueprints], PrintOptions())).pages


def test_every_script_prints_as_extractable_text_in_embedded_faces() -> None:
    from blueprint_studio.editing import edits
    from blueprint_studio.model import Blueprint, Document
    from tests.layout.test_scripts import SCRIPTS

    document = Document(
        blueprints=[Blueprint.blank("bp", "ホテルのチェックイン", [f"s{n}" for n in range(len(SCRIPTS))])]
    )
    blueprint = document.blueprints[0]
    for step, text in zip(blueprint.steps, SCRIPTS.values(), strict=True):
        edits.add_card(blueprint, "customer_actions", step.id, None, text)[0].apply(document)
    reader = read(pdf_bytes([make_poster(document, document.blueprints[0])], PrintOptions(paper="A1")))
    text = reader.pages[0].extract_text()
    for expected in ("ホテルのチェックイン", "顧客はウェブサイトで部屋を予", "고객이", "Ресепшн", "Gäste"):
        assert expected in text
    fonts = fonts_of(reader)
    assert all(fonts.values()), fonts
    assert {"WenQuanYiMicroHei", "NotoEmoji", "DejaVuSans"} <= {name.split("+")[-1].split("-")[0] for name in fonts}


def test_facets_photos_line_notes_and_lane_descriptions_print() -> None:
    reader = read(pdf_bytes([hotel_poster()], PrintOptions(paper="A1")))
    page = reader.pages[0]
    text = page.extract_text().replace("\n", " ")
    for expected in (
        "Front office",
        "Key encoder",
        "Rate API, every 15 min",
        "Guest ↔ receptionist, face to face",
        "Outside companies the hotel",
    ):
        assert expected in text, expected
    images = [name for name, obj in page["/Resources"]["/XObject"].items() if obj.get_object()["/Subtype"] == "/Image"]
    assert images  # the key card's photo


def test_svg_carries_the_photo_chips_and_notes() -> None:
    from blueprint_studio.drawing.poster import whole
    from blueprint_studio.printing.svg import svg_text

    document = SAMPLE_BUILDERS["hotel-stay.bpx"]()
    svg = svg_text(whole(make_poster(document, document.blueprints[0])), "hotel", live_text=True)
    assert 'href="data:image/png;base64,' in svg
    assert ">Front office<" in svg and ">Rate API, every 15 min<" in svg
