"""ImageIndex: copies of an indexed picture are found, anything else is not; files round-trip."""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable, Hashable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from matching import (
    DEFAULT_ANSWER_DISTANCE_BITS,
    DEFAULT_ANSWER_THRESHOLD,
    DEFAULT_MAX_DISTANCE_BITS,
    DEFAULT_SUGGEST_THRESHOLD,
    Hit,
    ImageFingerprint,
    ImageIndex,
    IndexFileError,
    Signal,
    fingerprint_image,
)
from tests.matching.conftest import (
    chat_screenshot,
    cropped,
    text_screenshot,
    with_border,
    with_caption_bands,
)

MakePhoto = Callable[..., Image.Image]
Encode = Callable[..., bytes]
Variant = Callable[[Image.Image, Encode], bytes]


@pytest.fixture(scope="module")
def photo_index() -> ImageIndex[str]:
    from tests.matching.conftest import encode, make_photo

    index: ImageIndex[str] = ImageIndex()
    for seed in range(5):
        assert index.add(f"photo-{seed}", encode(make_photo(seed, (320, 240))))
    return index


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(lambda im, enc: enc(im, "JPEG", quality=45), id="JPEG q45"),
        pytest.param(
            lambda im, enc: enc(im.resize((im.width // 2, im.height // 2)), "JPEG", quality=55),
            id="50% JPEG q55",
        ),
        pytest.param(lambda im, enc: enc(im.resize((im.width * 2, im.height * 2))), id="200%"),
        pytest.param(lambda im, enc: enc(with_border(im, 0.1)), id="black border"),
        pytest.param(lambda im, enc: enc(with_border(im, 0.06, "white")), id="white border"),
        pytest.param(
            lambda im, enc: enc(with_caption_bands(im, "THEY LIED", "SHARE NOW"), "JPEG"),
            id="caption bands",
        ),
        pytest.param(lambda im, enc: enc(cropped(im, 0.1, 0.3, 0.8)), id="10% crop"),
        pytest.param(lambda im, enc: enc(cropped(im, 0.05, 1.0, 0.0)), id="5% crop"),
        pytest.param(
            lambda im, enc: enc(im.transpose(Image.Transpose.FLIP_LEFT_RIGHT)), id="mirrored"
        ),
        pytest.param(lambda im, enc: enc(im.convert("L"), "JPEG"), id="greyscale"),
        pytest.param(
            lambda im, enc: enc(chat_screenshot(im, ["did you see this?"]), "JPEG", quality=70),
            id="chat screenshot",
        ),
    ],
)
def test_copy_of_an_indexed_photo_answers_with_it(
    photo_index: ImageIndex[str], photo: MakePhoto, encoded: Encode, variant: Variant
) -> None:
    for seed in range(5):
        hits = photo_index.search(variant(photo(seed, (320, 240)), encoded))
        assert [hit.key for hit in hits] == [f"photo-{seed}"]
        assert hits[0].score >= DEFAULT_ANSWER_THRESHOLD
        assert hits[0].signal is Signal.IMAGE


def test_unrelated_pictures_find_nothing(
    photo_index: ImageIndex[str], photo: MakePhoto, encoded: Encode
) -> None:
    for seed in range(90, 95):
        assert photo_index.search(encoded(photo(seed, (320, 240)))) == []
        framed = chat_screenshot(photo(seed, (320, 240)), ["did you see this?"])
        assert photo_index.search(encoded(framed)) == []


def test_hit_shows_the_indexed_fingerprint_that_matched(
    photo_index: ImageIndex[str], photo: MakePhoto, encoded: Encode
) -> None:
    original = encoded(photo(3, (320, 240)))
    [hit] = photo_index.search(original)
    assert hit == Hit("photo-3", 1.0, Signal.IMAGE, fingerprint_image(original).hex())


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"not an image", id="not an image"),
        pytest.param(b"GIF89a", id="truncated header"),
    ],
)
def test_unusable_bytes_are_not_added_and_find_nothing(
    photo_index: ImageIndex[str], data: bytes
) -> None:
    assert photo_index.add("bad", data) is False
    assert "bad" not in photo_index
    assert photo_index.search(data) == []


def test_blank_image_is_not_added_and_matches_no_other_blank(encoded: Encode) -> None:
    index: ImageIndex[str] = ImageIndex()
    assert index.add("white", encoded(Image.new("RGB", (400, 300), "white"))) is False
    assert len(index) == 0
    assert index.search(encoded(Image.new("RGB", (640, 480), (250, 250, 250)))) == []


def test_text_screenshots_are_not_matched_by_their_look(encoded: Encode) -> None:
    # Every screenshot of a text post hashes alike; they are matched by their text (OCR).
    index: ImageIndex[str] = ImageIndex()
    first = text_screenshot(["Polls close at 5pm today", "not 8pm as announced", "share it"])
    other = text_screenshot(["The ballots are already", "marked for one party", "see photos"])
    assert index.add("post", encoded(first)) is False
    assert index.search(encoded(other)) == []


def test_animated_image_is_not_added(photo: MakePhoto, encoded: Encode) -> None:
    index: ImageIndex[str] = ImageIndex()
    frames = [photo(1, (64, 64)), photo(2, (64, 64))]
    gif = encoded(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100)
    assert index.add("gif", gif) is False
    assert len(index) == 0


def _flip(value: int, bits: int) -> int:
    """`value` with its lowest `bits` bits inverted."""
    return value ^ ((1 << bits) - 1)


BASE = ImageFingerprint(0x0F0F0F0F0F0F0F0F, 0x3333333333333333)


def _at(distance: int) -> ImageFingerprint:
    """A fingerprint exactly `distance` bits from BASE (at most 128)."""
    phash_bits = min(distance, 64)
    return ImageFingerprint(_flip(BASE.phash, phash_bits), _flip(BASE.dhash, distance - phash_bits))


def test_scores_fall_to_the_answer_then_the_suggest_threshold() -> None:
    index: ImageIndex[int] = ImageIndex(max_distance_bits=15, answer_distance_bits=12)
    for distance in range(20):
        index.add_fingerprint(distance, _at(distance))

    scores = {hit.key: hit.score for hit in index.search_fingerprint(BASE, k=100)}

    assert sorted(scores) == list(range(16))
    assert scores[0] == 1.0
    assert scores[6] == pytest.approx((1.0 + DEFAULT_ANSWER_THRESHOLD) / 2)
    assert scores[12] == DEFAULT_ANSWER_THRESHOLD
    assert DEFAULT_SUGGEST_THRESHOLD < scores[13] < DEFAULT_ANSWER_THRESHOLD
    assert scores[15] == DEFAULT_SUGGEST_THRESHOLD
    assert [scores[d] for d in range(16)] == sorted(scores.values(), reverse=True)


def test_defaults() -> None:
    index: ImageIndex[int] = ImageIndex()
    assert index.max_distance_bits == DEFAULT_MAX_DISTANCE_BITS
    assert index.answer_distance_bits == DEFAULT_ANSWER_DISTANCE_BITS
    assert DEFAULT_ANSWER_DISTANCE_BITS < DEFAULT_MAX_DISTANCE_BITS
    assert ImageIndex(max_distance_bits=4).answer_distance_bits == 4


def test_max_distance_bits_zero_finds_only_exact_copies() -> None:
    index: ImageIndex[int] = ImageIndex(max_distance_bits=0)
    index.add_fingerprint(1, ImageFingerprint(5, 5))
    index.add_fingerprint(2, ImageFingerprint(4, 5))
    assert [(hit.key, hit.score) for hit in index.search_fingerprint(ImageFingerprint(5, 5))] == [
        (1, 1.0)
    ]


@pytest.mark.parametrize(("max_bits", "answer_bits"), [(-1, None), (129, None), (10, 11), (10, -1)])
def test_distances_out_of_range_are_refused(max_bits: int, answer_bits: int | None) -> None:
    bad = answer_bits if answer_bits is not None else max_bits
    with pytest.raises(ValueError, match=str(bad)):
        ImageIndex(max_distance_bits=max_bits, answer_distance_bits=answer_bits)


def test_a_key_gathers_fingerprints_and_remove_forgets_them_all() -> None:
    index: ImageIndex[str] = ImageIndex()
    first = ImageFingerprint(0x00000000FFFFFFFF, 0x0F0F0F0F0F0F0F0F)
    second = ImageFingerprint(0xFFFFFFFF00000000, 0xF0F0F0F0F0F0F0F0)
    index.add_fingerprint("a", first)
    index.add_fingerprint("a", second)
    index.add_fingerprint("a", second)
    index.add_fingerprint("b", second)
    assert (len(index), index.fingerprint_count) == (2, 3)
    assert index.fingerprints("a") == [first, second]

    assert [hit.key for hit in index.search_fingerprint(first)] == ["a"]
    assert [hit.key for hit in index.search_fingerprint(second)] == ["a", "b"]
    assert [hit.key for hit in index.search_fingerprints([first, second], k=1)] == ["a"]

    index.remove("a")
    index.remove("unknown")
    assert (len(index), index.fingerprint_count) == (1, 1)
    assert index.search_fingerprint(first) == []
    assert [hit.key for hit in index.search_fingerprint(second)] == ["b"]


def test_churn_compacts_and_keeps_answers() -> None:
    rng = random.Random(5)
    index: ImageIndex[int] = ImageIndex()
    kept = ImageFingerprint(rng.getrandbits(64), rng.getrandbits(64))
    index.add_fingerprint(-1, kept)
    for key in range(3000):
        index.add_fingerprint(key, ImageFingerprint(rng.getrandbits(64), rng.getrandbits(64)))
        index.remove(key)
    assert (len(index), index.fingerprint_count) == (1, 1)
    assert [hit.key for hit in index.search_fingerprint(kept)] == [-1]


@pytest.mark.parametrize(
    "keys",
    [
        pytest.param([1, 2, -3, 10**30], id="int"),
        pytest.param(["a", "ünïcode", "", "1"], id="str"),
        pytest.param([(1, "en"), (1, "es"), ("x", (2, 3)), ()], id="tuple"),
    ],
)
def test_save_load_round_trip(tmp_path: Path, keys: list[Hashable]) -> None:
    rng = random.Random(7)
    index: ImageIndex[Hashable] = ImageIndex(max_distance_bits=9, answer_distance_bits=4)
    fingerprints = {
        key: [ImageFingerprint(rng.getrandbits(64), rng.getrandbits(64)) for _ in range(3)]
        for key in keys
    }
    for key, several in fingerprints.items():
        for fingerprint in several:
            index.add_fingerprint(key, fingerprint)
    index.remove(keys[0])
    path = tmp_path / "images.npz"

    index.save(path)
    loaded = ImageIndex.load(path)

    assert (loaded.max_distance_bits, loaded.answer_distance_bits) == (9, 4)
    assert len(loaded) == len(keys) - 1
    for key in keys[1:]:
        assert loaded.fingerprints(key) == fingerprints[key]
        [hit] = loaded.search_fingerprint(fingerprints[key][1])
        assert hit.key == key
        assert type(hit.key) is type(key)
    assert loaded.search_fingerprint(fingerprints[keys[0]][0]) == []


def test_empty_index_round_trips(tmp_path: Path) -> None:
    ImageIndex().save(tmp_path / "empty.npz")
    assert len(ImageIndex.load(tmp_path / "empty.npz")) == 0


def _npz(**arrays: np.typing.NDArray[np.generic]) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)  # type: ignore[arg-type]
    return buffer.getvalue()


def _header(**fields: object) -> np.typing.NDArray[np.uint8]:
    import json

    document = {
        "format": "tipline.matching.ImageIndex",
        "version": 2,
        "max_distance_bits": 15,
        "answer_distance_bits": 12,
        "keys": [["i", 1]],
        **fields,
    }
    return np.frombuffer(json.dumps(document).encode(), dtype=np.uint8)


GOOD_CODES = np.array([[1, 2]], dtype=np.uint64)
GOOD_OWNERS = np.array([0], dtype=np.int64)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        pytest.param(None, "No such file", id="missing"),
        pytest.param(b"", "not a tipline", id="empty"),
        pytest.param(b"\x00garbage" * 50, "not a tipline", id="garbage"),
        pytest.param(
            _npz(header=_header(), codes=GOOD_CODES, owners=GOOD_OWNERS)[:200],
            "not a tipline",
            id="truncated",
        ),
        pytest.param(
            _npz(header=_header(), codes=np.array([{"x": 1}], dtype=object), owners=GOOD_OWNERS),
            "not a tipline",
            id="pickled objects",
        ),
        pytest.param(
            _npz(header=_header(format="other"), codes=GOOD_CODES, owners=GOOD_OWNERS),
            "not a tipline",
            id="other format",
        ),
        pytest.param(
            _npz(header=_header(version=9), codes=GOOD_CODES, owners=GOOD_OWNERS),
            "version 9",
            id="future version",
        ),
        pytest.param(
            _npz(header=_header(), codes=GOOD_CODES, owners=np.array([5])),
            "out of range",
            id="owner out of range",
        ),
        pytest.param(
            _npz(header=_header(), codes=GOOD_CODES.astype(np.int32), owners=GOOD_OWNERS),
            "uint64",
            id="codes of the wrong type",
        ),
        pytest.param(
            _npz(header=_header(keys=[["z", 1]]), codes=GOOD_CODES, owners=GOOD_OWNERS),
            "malformed",
            id="bad key",
        ),
        pytest.param(_npz(header=_header(), codes=GOOD_CODES), "owners", id="no owners"),
    ],
)
def test_load_refuses_what_it_did_not_write(
    tmp_path: Path, content: bytes | None, reason: str
) -> None:
    path = tmp_path / "index.npz"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(IndexFileError, match=reason) as raised:
        ImageIndex.load(path)
    assert raised.value.path == str(path)


def test_load_rejects_a_text_index_file(tmp_path: Path) -> None:
    from matching import TextIndex

    path = tmp_path / "text.json"
    TextIndex().save(path)
    with pytest.raises(IndexFileError, match="ImageIndex"):
        ImageIndex.load(path)


def test_saved_file_is_a_plain_npz_archive(tmp_path: Path) -> None:
    index: ImageIndex[str] = ImageIndex()
    index.add_fingerprint("a", ImageFingerprint(1, 2))
    index.save(tmp_path / "index.npz")
    with zipfile.ZipFile(tmp_path / "index.npz") as archive:
        assert sorted(archive.namelist()) == ["codes.npy", "header.npy", "owners.npy"]


@pytest.mark.parametrize("max_distance_bits", [0, 6, 12, 15, 24, 70])
def test_search_agrees_with_a_plain_hamming_loop(max_distance_bits: int) -> None:
    rng = random.Random(1014 + max_distance_bits)
    index: ImageIndex[int] = ImageIndex(max_distance_bits)
    entries: list[tuple[int, ImageFingerprint]] = []  # (key, fingerprint) in the order added

    def random_fingerprint() -> ImageFingerprint:
        return ImageFingerprint(rng.getrandbits(64), rng.getrandbits(64))

    def near(fingerprint: ImageFingerprint) -> ImageFingerprint:
        phash, dhash = fingerprint.phash, fingerprint.dhash
        for _ in range(rng.randint(0, 20)):
            if rng.random() < 0.5:
                phash ^= 1 << rng.randrange(64)
            else:
                dhash ^= 1 << rng.randrange(64)
        return ImageFingerprint(phash, dhash)

    for number in range(2500):
        key = rng.randrange(600)  # several fingerprints per key
        # Families of near-duplicates make many ties and many hits within the limit.
        source = rng.choice(entries)[1] if entries and rng.random() < 0.6 else None
        fingerprint = near(source) if source else random_fingerprint()
        if all(e != (key, fingerprint) for e in entries):
            entries.append((key, fingerprint))
        index.add_fingerprint(key, fingerprint)
        if number % 10 == 9:
            gone = rng.randrange(600)
            entries = [entry for entry in entries if entry[0] != gone]
            index.remove(gone)
    queries = [random_fingerprint() for _ in range(10)]
    queries += [near(rng.choice(entries)[1]) for _ in range(40)]

    for query in queries:
        best: dict[int, tuple[int, int]] = {}
        for position, (key, fingerprint) in enumerate(entries):
            distance = query.distance(fingerprint)
            if distance <= max_distance_bits and (
                key not in best or (distance, position) < best[key]
            ):
                best[key] = (distance, position)
        ranked = sorted(best.items(), key=lambda item: item[1])
        for k in (1, 5, 50):
            found = index.search_fingerprint(query, k)
            assert [hit.key for hit in found] == [key for key, _ in ranked[:k]]
            assert [hit.matched for hit in found] == [
                entries[position][1].hex() for _, (_, position) in ranked[:k]
            ]
