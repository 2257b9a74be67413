"""Index-side variants and query-side regions: what is stored and what is searched for a picture."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable

import numpy as np
import pytest
from PIL import Image

from matching import (
    DEFAULT_ANSWER_DISTANCE_BITS,
    AnimatedImage,
    ImageError,
    ImageFingerprint,
    ImageIndex,
    ImageTooLarge,
    LowDetailImage,
    NotAnImage,
    TextOnlyImage,
    fingerprint_image,
    index_fingerprints,
    query_fingerprints,
)
from matching.image_collage import grid_boxes
from matching.image_fingerprint import fingerprint_picture
from matching.image_variants import crop_boxes, trimmed_boxes
from tests.matching.conftest import (
    chat_screenshot,
    cropped,
    text_screenshot,
    with_border,
    with_caption_bands,
)

MakePhoto = Callable[..., Image.Image]
Encode = Callable[..., bytes]


def _closest(queries: list[ImageFingerprint], stored: list[ImageFingerprint]) -> int:
    return min(query.distance(fingerprint) for query in queries for fingerprint in stored)


def test_index_fingerprints_start_with_the_picture_and_fit_the_storage_column(
    photo: MakePhoto, encoded: Encode
) -> None:
    data = encoded(photo(1, (320, 240)))
    stored = index_fingerprints(data)
    assert stored[0] == fingerprint_image(data)
    assert len(stored) == len(set(stored)) > 30
    assert all(len(fingerprint.hex()) <= 64 for fingerprint in stored)
    assert all(ImageFingerprint.from_hex(f.hex()) == f for f in stored)


def test_a_plain_photo_is_queried_whole_trimmed_and_in_halves_and_quarters(
    photo: MakePhoto, encoded: Encode
) -> None:
    picture = photo(2, (320, 240))
    data = encoded(picture)
    grey = picture.convert("L")
    grey.thumbnail((256, 256), Image.Resampling.LANCZOS)
    trims = [fingerprint_picture(grey.crop(box)) for box in trimmed_boxes(*grey.size)]
    parts = [fingerprint_picture(grey.crop(box)) for box in grid_boxes(*grey.size)]
    assert len(trims) == 4 and len(parts) == 8
    expected = [fingerprint_image(data), *trims, *parts]
    assert query_fingerprints(data) == list(dict.fromkeys(expected))


@pytest.mark.parametrize(
    "frame",
    [
        pytest.param(lambda im: with_border(im, 0.12, "white"), id="border"),
        pytest.param(lambda im: with_caption_bands(im, "LOOK", "THEY LIED"), id="caption bands"),
        pytest.param(lambda im: chat_screenshot(im, ["see this", "share it"]), id="chat"),
    ],
)
def test_the_picture_inside_a_frame_is_found(
    photo: MakePhoto, encoded: Encode, frame: Callable[[Image.Image], Image.Image]
) -> None:
    picture = photo(3, (320, 240))
    framed = encoded(frame(picture), "JPEG", quality=75)
    whole = fingerprint_image(framed)
    original = fingerprint_image(encoded(picture))

    found = query_fingerprints(framed)

    assert whole.distance(original) > 2 * DEFAULT_ANSWER_DISTANCE_BITS
    assert min(fingerprint.distance(original) for fingerprint in found) <= 6


def test_a_framed_fact_check_image_also_stores_the_picture_inside(
    photo: MakePhoto, encoded: Encode
) -> None:
    picture = photo(4, (320, 240))
    stored = index_fingerprints(encoded(with_caption_bands(picture, "FAKE", "BALLOTS")))
    voter = query_fingerprints(encoded(picture, "JPEG", quality=60))
    assert _closest(voter, stored) <= 4


@pytest.mark.parametrize(
    ("share", "across", "down"), [(0.1, 0.0, 1.0), (0.1, 0.6, 0.4), (0.05, 0.5, 0.5)]
)
def test_crops_land_near_an_index_side_crop(
    photo: MakePhoto, encoded: Encode, share: float, across: float, down: float
) -> None:
    picture = photo(5, (320, 240))
    stored = index_fingerprints(encoded(picture))
    voter = query_fingerprints(encoded(cropped(picture, share, across, down), "JPEG"))
    assert _closest(voter, stored) <= DEFAULT_ANSWER_DISTANCE_BITS
    assert _closest(voter, stored[:1]) > _closest(voter, stored)


def test_mirror_image_is_stored(photo: MakePhoto, encoded: Encode) -> None:
    picture = photo(6, (320, 240))
    mirrored = encoded(picture.transpose(Image.Transpose.FLIP_LEFT_RIGHT))
    assert fingerprint_image(mirrored) in index_fingerprints(encoded(picture))


def test_crop_grid_covers_corners_edges_and_centre() -> None:
    boxes = crop_boxes(200, 100)
    assert len(boxes) == len(set(boxes)) == 25 + 25
    assert (0, 0, 190, 95) in boxes  # 95%, top left
    assert (2, 4, 192, 99) in boxes  # 95%, a quarter across, three quarters down
    assert (10, 5, 200, 100) in boxes  # 95%, bottom right
    assert (10, 5, 190, 95) in boxes  # 90%, centre
    assert all(0 <= b.left < b.right <= 200 and 0 <= b.top < b.bottom <= 100 for b in boxes)


def test_text_only_screenshot_is_refused_as_text(encoded: Encode) -> None:
    data = encoded(text_screenshot(["Polls close at 5pm", "not at 8pm", "pass it on"]), "JPEG")
    for fingerprints in (index_fingerprints, query_fingerprints):
        with pytest.raises(TextOnlyImage):
            fingerprints(data)
    assert issubclass(TextOnlyImage, LowDetailImage)


def test_chat_screenshot_without_a_picture_is_refused_as_text(encoded: Encode) -> None:
    data = encoded(chat_screenshot(None, ["the vote is on monday", "no it is tuesday"]))
    with pytest.raises(TextOnlyImage):
        query_fingerprints(data)


def _png(width: int, height: int, rows: bytes | None = None) -> bytes:
    """A 1-bit greyscale PNG of `width` x `height`, all black unless `rows` is given."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    if rows is None:
        rows = (b"\x00" + b"\x00" * ((width + 7) // 8)) * height
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def _bad_inputs() -> list[tuple[str, Callable[[MakePhoto, Encode], bytes], type[ImageError]]]:
    def animated(photo: MakePhoto, encoded: Encode) -> bytes:
        frames = [photo(1, (64, 64)), photo(2, (64, 64))]
        return encoded(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=90)

    def truncated(photo: MakePhoto, encoded: Encode) -> bytes:
        data = encoded(photo(3, (320, 240)), "JPEG", quality=80)
        return data[: len(data) * 2 // 3]

    return [
        ("non-image bytes", lambda p, e: b"%PDF-1.7 definitely not a picture", NotAnImage),
        ("empty", lambda p, e: b"", NotAnImage),
        ("truncated JPEG", truncated, NotAnImage),
        # 20,000 x 20,000 pixels in a 50 kB file: refused from the header, never decoded.
        ("PNG decompression bomb", lambda p, e: _png(20_000, 20_000), ImageTooLarge),
        ("1x1", lambda p, e: e(Image.new("RGB", (1, 1), "red")), LowDetailImage),
        ("animated GIF", animated, AnimatedImage),
        ("white page", lambda p, e: e(Image.new("RGB", (800, 600), "white")), LowDetailImage),
    ]


@pytest.mark.parametrize(
    ("make", "error"),
    [pytest.param(make, error, id=name) for name, make, error in _bad_inputs()],
)
def test_bad_input_raises_the_documented_error_or_finds_nothing(
    photo: MakePhoto,
    encoded: Encode,
    make: Callable[[MakePhoto, Encode], bytes],
    error: type[ImageError],
) -> None:
    data = make(photo, encoded)
    for fingerprints in (index_fingerprints, query_fingerprints):
        with pytest.raises(error):
            fingerprints(data)
    index: ImageIndex[str] = ImageIndex()
    index.add_fingerprint("photo", fingerprint_image(encoded(photo(4))))
    assert index.add("bad", data) is False
    assert index.search(data) == []


def test_a_real_20000_pixel_wide_image_is_refused_before_decoding() -> None:
    # A genuine 20,000 x 20,000 PNG (1 bit per pixel, a noisy first row) rather than only a
    # header: the refusal must come from the size, before a single row is inflated.
    rng = np.random.default_rng(0)
    first = b"\x00" + rng.integers(0, 256, 2500, dtype=np.uint8).tobytes()
    data = _png(20_000, 20_000, first + (b"\x00" + b"\x00" * 2500) * 19_999)
    with pytest.raises(ImageTooLarge) as raised:
        query_fingerprints(data)
    assert raised.value.pixels == 400_000_000
