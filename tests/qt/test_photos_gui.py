"""Photos on screen: decoded as their name declares, at the size they are shown."""

from __future__ import annotations

from blueprint_studio.painting import photos
from blueprint_studio.printing.photos import print_photo
from tests.painting.test_photos import jpeg, named, solid_png


def test_a_camera_photo_is_decoded_at_the_size_it_is_shown(qapp) -> None:  # type: ignore[no-untyped-def]
    data = solid_png(6000, 4000)
    image = photos.photo(named(data, "png"), data, photos.side_for(180))
    assert (image.width(), image.height()) == (256, 171)  # never 24 megapixels in memory for a card
    printed = print_photo(named(data, "png"), data, 160, 100)
    assert printed is not None and max(printed.size) == 667  # 160 pt at 300 dpi


def test_a_photo_past_the_pixel_bound_is_not_decoded(qapp) -> None:  # type: ignore[no-untyped-def]
    data = solid_png(7200, 7200)  # 52 megapixels of PNG: decoding it whole would take 200 MB
    assert photos.photo(named(data, "png"), data, 256).isNull()
    assert print_photo(named(data, "png"), data, 160, 100) is None


def test_a_photo_is_decoded_only_as_its_name_declares(qapp) -> None:  # type: ignore[no-untyped-def]
    data = jpeg()
    assert not photos.photo(named(data, "jpg"), data, 256).isNull()
    assert photos.photo(named(data, "png"), data, 256).isNull()  # a JPEG under a .png name: not sniffed, not drawn
    assert print_photo(named(data, "png"), data, 100, 100) is None
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/hostname"/></svg>'
    assert photos.photo(named(svg, "png"), svg, 256).isNull()
