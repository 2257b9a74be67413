"""Image fingerprints: stable under recompression and resizing, safe on hostile or useless input."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable

import numpy as np
import pytest
from PIL import Image, features

from matching import (
    DEFAULT_ANSWER_DISTANCE_BITS,
    DEFAULT_MAX_DISTANCE_BITS,
    AnimatedImage,
    ImageFingerprint,
    ImageTooLarge,
    LowDetailImage,
    NotAnImage,
    fingerprint_image,
)

MakePhoto = Callable[..., Image.Image]
Encode = Callable[..., bytes]


def test_hex_round_trip() -> None:
    fingerprint = ImageFingerprint(phash=0x0123456789ABCDEF, dhash=0xFEDCBA9876543210)
    assert fingerprint.hex() == "0123456789abcdeffedcba9876543210"
    assert ImageFingerprint.from_hex(fingerprint.hex()) == fingerprint
    assert ImageFingerprint.from_hex(fingerprint.hex().upper()) == fingerprint
    assert ImageFingerprint(0, 1).hex() == "0" * 31 + "1"


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param("", id="empty"),
        pytest.param("0" * 31, id="too short"),
        pytest.param("0" * 33, id="too long"),
        pytest.param("g" * 32, id="not hex"),
        pytest.param("0x" + "0" * 30, id="prefix"),
    ],
)
def test_from_hex_names_the_bad_value(bad: str) -> None:
    with pytest.raises(ValueError, match=repr(bad)):
        ImageFingerprint.from_hex(bad)


@pytest.mark.parametrize("value", [-1, 1 << 64])
def test_hashes_must_fit_in_64_bits(value: int) -> None:
    with pytest.raises(ValueError, match=str(value)):
        ImageFingerprint(phash=value, dhash=0)


def test_distance_adds_the_differing_bits_of_both_hashes() -> None:
    base = ImageFingerprint(phash=0b1010, dhash=0xFF)
    assert base.distance(base) == 0
    assert base.distance(ImageFingerprint(phash=0b0101, dhash=0xFF)) == 4
    assert base.distance(ImageFingerprint(phash=0b1010, dhash=0xF0)) == 4
    assert base.distance(ImageFingerprint(phash=0b0000, dhash=0x00)) == 10
    full = ImageFingerprint(phash=(1 << 64) - 1, dhash=(1 << 64) - 1)
    assert ImageFingerprint(0, 0).distance(full) == 128


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(lambda im, enc: enc(im, "JPEG", quality=40), id="JPEG q40"),
        pytest.param(lambda im, enc: enc(im, "JPEG", quality=55), id="JPEG q55"),
        pytest.param(lambda im, enc: enc(im, "JPEG", quality=70), id="JPEG q70"),
        pytest.param(
            lambda im, enc: enc(im.resize((im.width // 2, im.height // 2)), "JPEG", quality=60),
            id="50% JPEG",
        ),
        pytest.param(lambda im, enc: enc(im.resize((im.width * 2, im.height * 2))), id="200% PNG"),
        pytest.param(lambda im, enc: enc(im.convert("RGBA"), "WEBP", quality=50), id="WebP"),
    ],
)
def test_recompressed_or_resized_copy_keeps_its_fingerprint(
    photo: MakePhoto, encoded: Encode, variant: Callable[[Image.Image, Encode], bytes]
) -> None:
    for seed in range(3):
        original = photo(seed)
        distance = fingerprint_image(encoded(original)).distance(
            fingerprint_image(variant(original, encoded))
        )
        assert distance <= DEFAULT_ANSWER_DISTANCE_BITS


def test_unrelated_photos_are_far_apart(photo: MakePhoto, encoded: Encode) -> None:
    fingerprints = [fingerprint_image(encoded(photo(seed))) for seed in range(6)]
    distances = [a.distance(b) for i, a in enumerate(fingerprints) for b in fingerprints[i + 1 :]]
    assert min(distances) > 2 * DEFAULT_MAX_DISTANCE_BITS


def test_exif_orientation_is_applied(photo: MakePhoto, encoded: Encode) -> None:
    upright = photo(7)
    stored = upright.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: the viewer must rotate 90 degrees clockwise
    with_orientation = fingerprint_image(encoded(stored, "JPEG", quality=90, exif=exif))
    without_orientation = fingerprint_image(encoded(stored, "JPEG", quality=90))

    reference = fingerprint_image(encoded(upright))
    assert with_orientation.distance(reference) <= DEFAULT_MAX_DISTANCE_BITS
    assert without_orientation.distance(reference) > DEFAULT_MAX_DISTANCE_BITS


def test_transparency_is_flattened_on_white(photo: MakePhoto, encoded: Encode) -> None:
    picture = photo(8).convert("RGBA")
    alpha = np.full((picture.height, picture.width), 255, dtype=np.uint8)
    alpha[:, : picture.width // 3] = 0
    picture.putalpha(Image.fromarray(alpha))
    on_white = Image.alpha_composite(Image.new("RGBA", picture.size, "white"), picture)

    assert fingerprint_image(encoded(picture)) == fingerprint_image(
        encoded(on_white.convert("RGB"))
    )


def test_16_bit_greyscale_matches_its_8_bit_version(photo: MakePhoto, encoded: Encode) -> None:
    grey = photo(15).convert("L")
    deep = Image.fromarray(np.asarray(grey, dtype=np.uint16) * 257)
    assert deep.mode == "I;16"
    assert fingerprint_image(encoded(deep)).distance(fingerprint_image(encoded(grey))) <= 2


def test_palette_image_with_transparency_raises_no_warning(
    photo: MakePhoto, encoded: Encode
) -> None:
    palette = photo(9).convert("P")
    palette.info["transparency"] = bytes([0] * 16 + [255] * 240)
    fingerprint_image(encoded(palette))


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"not an image", id="text"),
        pytest.param(b"", id="empty"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, id="PNG signature then junk"),
        pytest.param(b"\xff\xd8\xff\xe0" + b"\x00" * 40, id="JPEG marker then junk"),
    ],
)
def test_bytes_that_are_not_an_image(data: bytes) -> None:
    with pytest.raises(NotAnImage):
        fingerprint_image(data)


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_jpeg_is_not_an_image(photo: MakePhoto, encoded: Encode, keep: float) -> None:
    data = encoded(photo(10), "JPEG", quality=80)
    with pytest.raises(NotAnImage):
        fingerprint_image(data[: int(len(data) * keep)])


def _png_header_only(width: int, height: int) -> bytes:
    """A 1-bit greyscale PNG claiming width x height pixels, with a tiny (short) pixel stream."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("width", "height"),
    [
        pytest.param(30_000, 30_000, id="past Pillow's own bomb limit"),
        pytest.param(8_000, 8_000, id="past our limit, under Pillow's"),
    ],
)
def test_huge_claimed_size_is_refused_before_decoding(width: int, height: int) -> None:
    with pytest.raises(ImageTooLarge) as raised:
        fingerprint_image(_png_header_only(width, height))
    assert raised.value.pixels == width * height
    assert raised.value.max_pixels == 40_000_000


def test_max_pixels_is_configurable(photo: MakePhoto, encoded: Encode) -> None:
    data = encoded(photo(11))
    with pytest.raises(ImageTooLarge) as raised:
        fingerprint_image(data, max_pixels=10_000)
    assert (raised.value.pixels, raised.value.max_pixels) == (256 * 192, 10_000)
    fingerprint_image(data, max_pixels=256 * 192)


@pytest.mark.parametrize(
    "fmt",
    [
        "GIF",
        "PNG",
        pytest.param(
            "WEBP",
            marks=pytest.mark.skipif(not features.check("webp"), reason="Pillow without WebP"),
        ),
    ],
)
def test_animation_is_refused(photo: MakePhoto, encoded: Encode, fmt: str) -> None:
    first, second = photo(12, (64, 64)), photo(13, (64, 64))
    data = encoded(first, fmt, save_all=True, append_images=[second], duration=100, loop=0)
    with pytest.raises(AnimatedImage):
        fingerprint_image(data)


def test_single_frame_gif_is_fine(photo: MakePhoto, encoded: Encode) -> None:
    fingerprint_image(encoded(photo(14), "GIF"))


@pytest.mark.parametrize(
    "image",
    [
        pytest.param(Image.new("RGB", (1, 1), "red"), id="1x1"),
        pytest.param(Image.new("RGB", (10, 400), "red"), id="a thin line"),
        pytest.param(Image.new("RGB", (300, 200), "white"), id="blank white"),
        pytest.param(Image.new("RGB", (300, 200), (30, 90, 160)), id="one colour"),
        pytest.param(
            Image.fromarray(np.random.default_rng(0).integers(250, 256, (200, 300), np.uint8)),
            id="white with faint noise",
        ),
        pytest.param(
            Image.fromarray(np.tile(np.linspace(0, 255, 300).astype(np.uint8), (200, 1))),
            id="plain gradient",
        ),
    ],
)
def test_low_detail_image_is_refused(encoded: Encode, image: Image.Image) -> None:
    with pytest.raises(LowDetailImage):
        fingerprint_image(encoded(image))
