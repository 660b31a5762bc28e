"""normalise_photo: any usable image becomes a small, clean, deterministic PNG."""

from __future__ import annotations

import io

import pytest
from PIL import Image, PngImagePlugin

from klantreis_desktop.storage import KlantreisFileError, normalise_photo
from klantreis_desktop.storage.images import MAX_SIDE, reencode_asset

from .helpers import bomb_png, jpeg_bytes, png_bytes


def _open(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_a_large_camera_photo_becomes_a_png_of_at_most_1024_pixels():
    name, png = normalise_photo(jpeg_bytes((3000, 2000)), "IMG_0042.JPG")
    image = _open(png)
    assert image.format == "PNG" and image.size == (MAX_SIDE, 683) and image.mode == "RGB"
    assert name.startswith("photo-") and name.endswith(".png")


def test_the_same_photo_gives_the_same_name_and_bytes():
    data = jpeg_bytes((300, 200))
    assert normalise_photo(data) == normalise_photo(data)
    assert normalise_photo(data)[0] != normalise_photo(png_bytes())[0]


def test_re_encoding_our_own_output_changes_nothing():
    for data in (jpeg_bytes((1300, 900)), png_bytes(mode="RGBA", colour=(0, 0, 0, 0)),
                 png_bytes(mode="L", colour=128), png_bytes(mode="P", colour=3)):
        _, png = normalise_photo(data)
        assert reencode_asset(png) == png


def test_transparency_is_kept():
    _, png = normalise_photo(png_bytes(mode="RGBA", colour=(10, 20, 30, 0)))
    image = _open(png)
    assert image.mode == "RGBA" and image.getpixel((0, 0))[3] == 0


def test_the_camera_orientation_is_applied_and_metadata_dropped():
    image = Image.effect_noise((400, 200), 30).convert("RGB")
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    exif[0x010F] = "Phone maker"
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif.tobytes())
    png = normalise_photo(buffer.getvalue())[1]
    result = _open(png)
    assert result.size == (200, 400)
    assert "exif" not in result.info and not result.getexif()


def test_text_chunks_are_not_carried_over():
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "<script>alert(1)</script>")
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10), "red").save(buffer, "PNG", pnginfo=info)
    assert "Comment" not in _open(normalise_photo(buffer.getvalue())[1]).info


def test_gif_bmp_and_webp_are_accepted():
    for fmt in ("GIF", "BMP", "WEBP"):
        buffer = io.BytesIO()
        Image.new("RGB", (30, 20), (0, 128, 255)).save(buffer, fmt)
        assert _open(normalise_photo(buffer.getvalue())[1]).size == (30, 20)


@pytest.mark.parametrize(("data", "code"), [
    (b"Dit is een tekstbestand, geen foto.", "not_image"),
    (b"%PDF-1.4 fake", "not_image"),
    (jpeg_bytes()[:1500], "corrupt"),
    (png_bytes()[:-30], "corrupt"),
    (bomb_png(100_000, 100_000), "too_large"),
    (bomb_png(9_000, 8_000), "too_large"),
])
def test_bad_images_are_refused_with_a_typed_error(data, code):
    with pytest.raises(KlantreisFileError) as caught:
        normalise_photo(data, "vakantie.jpg")
    assert caught.value.code == code
    assert "vakantie.jpg" in str(caught.value) and "\n" not in str(caught.value)


def test_a_message_without_a_file_name_is_still_a_sentence():
    with pytest.raises(KlantreisFileError) as caught:
        normalise_photo(b"nope")
    assert str(caught.value).startswith("This is not an image")
