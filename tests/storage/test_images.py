"""normalise_photo: any usable image becomes a small, clean, deterministic PNG."""

from __future__ import annotations

import io

import pytest
from PIL import Image, PngImagePlugin

from klantreis_desktop.storage import KlantreisFileError, images, normalise_photo
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


# Limits, decided from the header ---------------------------------------------------------

def test_a_photo_over_the_pixel_limit_is_refused_by_its_header_naming_the_limit():
    with pytest.raises(KlantreisFileError) as caught:
        normalise_photo(bomb_png(5_000, 4_000), "poster.png")  # 20 MP
    assert caught.value.code == "too_large"
    assert str(caught.value) == ("The image “poster.png” is too large to use (5000 × 4000 "
                                 "pixels; at most 16 million pixels).")


def test_a_strip_is_refused_for_its_shape():
    with pytest.raises(KlantreisFileError) as caught:
        normalise_photo(bomb_png(21, 1), "strook.png")
    assert caught.value.code == "too_large"
    assert "at most 20 times the other" in str(caught.value)
    assert normalise_photo(png_bytes((200, 10)))  # 20:1 is still a (very wide) photo


def test_a_huge_jpeg_is_decoded_at_a_reduced_size():
    data = jpeg_bytes((6000, 4000))  # 24 MP: over the limit for a PNG, fine for a JPEG
    found = images.probe(data, images.IMPORT_FORMATS)
    assert found.decoded <= 1500 * 1000 and found.stored == 1024 * 683
    assert _open(normalise_photo(data)[1]).size == (1024, 683)


def test_our_own_photos_are_kept_byte_for_byte_after_one_full_decode():
    _, png = normalise_photo(jpeg_bytes((1300, 900)))
    assert images.is_stored_form(png)
    assert images.probe(png).cost == 1024 * 709  # no conversion to pay for
    assert not images.is_stored_form(png[:-1])  # damaged: decoded and refused
    with pytest.raises(KlantreisFileError):
        reencode_asset(png[:100] + bytes(len(png) - 112) + png[-12:])


def test_pngs_with_extra_chunks_are_converted_not_kept():
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "hallo")
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10), "red").save(buffer, "PNG", pnginfo=info)
    assert not images.is_stored_form(buffer.getvalue())
    clean = reencode_asset(buffer.getvalue())
    assert clean != buffer.getvalue() and images.is_stored_form(clean)


def test_sixteen_bit_and_palette_photos_are_shrunk_before_they_are_converted():
    for mode, size in (("I;16", (3000, 2000)), ("P", (3000, 2000)), ("RGBA", (3000, 2000)),
                       ("LA", (2000, 3000))):
        buffer = io.BytesIO()
        Image.new(mode, size).save(buffer, "PNG")
        result = _open(reencode_asset(buffer.getvalue()))
        assert max(result.size) == MAX_SIDE and result.mode in ("L", "RGB", "RGBA")


def test_the_file_budget_counts_conversions_and_sixteen_bits():
    budget = images.PixelBudget(limit=40_000_000)
    large = images.Probe(4000, 4000, 16_000_000, 1024 * 1024, stored_form=False)
    assert large.cost == 16_000_000 + 10 * 1024 * 1024
    budget.spend(large, "reis.klantreis")
    with pytest.raises(KlantreisFileError) as caught:
        budget.spend(large, "reis.klantreis")
    assert caught.value.code == "too_large"
    assert "at most 40 million pixels in all" in str(caught.value)
    deep = images.Probe(1000, 1000, 1_000_000, 1_000_000, stored_form=False, deep=True)
    assert deep.cost == 2_000_000 + 10_000_000


def test_importing_a_photo_file_says_why_it_cannot_be_read(tmp_path):
    path = tmp_path / "esther.jpg"
    path.write_bytes(jpeg_bytes((300, 200)))
    name, png = images.import_photo(path)
    assert name.startswith("photo-") and _open(png).size == (300, 200)
    with pytest.raises(KlantreisFileError) as caught:
        images.import_photo(tmp_path / "weg.jpg")
    assert caught.value.code == "not_found" and "weg.jpg" in str(caught.value)
    with pytest.raises(KlantreisFileError) as caught:
        images.import_photo(tmp_path)
    assert caught.value.code == "is_folder"
    path.write_bytes(b"geen foto")
    with pytest.raises(KlantreisFileError) as caught:
        images.import_photo(path)
    assert caught.value.code == "not_image"
