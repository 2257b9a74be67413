"""ImageIndex: copies of an indexed picture are found, anything else is not; files round-trip."""

from __future__ import annotations

import random
from collections.abc import Callable, Hashable
from pathlib import Path

import pytest
from PIL import Image

from matching import (
    DEFAULT_ANSWER_THRESHOLD,
    Hit,
    ImageFingerprint,
    ImageIndex,
    IndexFileError,
    Signal,
)

MakePhoto = Callable[..., Image.Image]
Encode = Callable[..., bytes]


@pytest.fixture
def photo_index(photo: MakePhoto, encoded: Encode) -> ImageIndex[str]:
    index: ImageIndex[str] = ImageIndex()
    for seed in range(5):
        assert index.add(f"photo-{seed}", encoded(photo(seed)))
    return index


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(lambda im, enc: enc(im, "JPEG", quality=45), id="JPEG q45"),
        pytest.param(
            lambda im, enc: enc(im.resize((im.width // 2, im.height // 2)), "JPEG", quality=65),
            id="50% JPEG",
        ),
        pytest.param(lambda im, enc: enc(im.resize((im.width * 2, im.height * 2))), id="200%"),
    ],
)
def test_copy_of_an_indexed_photo_answers_with_it(
    photo_index: ImageIndex[str],
    photo: MakePhoto,
    encoded: Encode,
    variant: Callable[[Image.Image, Encode], bytes],
) -> None:
    for seed in range(5):
        hits = photo_index.search(variant(photo(seed), encoded))
        assert [hit.key for hit in hits] == [f"photo-{seed}"]
        assert hits[0].score >= DEFAULT_ANSWER_THRESHOLD
        assert hits[0].signal is Signal.IMAGE


def test_unrelated_photo_finds_nothing(
    photo_index: ImageIndex[str], photo: MakePhoto, encoded: Encode
) -> None:
    assert photo_index.search(encoded(photo(99))) == []


def test_hit_shows_the_indexed_fingerprint(
    photo_index: ImageIndex[str], photo: MakePhoto, encoded: Encode
) -> None:
    reference: ImageIndex[str] = ImageIndex()
    reference.add("x", encoded(photo(3)))
    [hit] = photo_index.search(encoded(photo(3)))
    [same] = reference.search(encoded(photo(3)))
    assert hit == Hit("photo-3", 1.0, Signal.IMAGE, same.matched)
    assert (
        ImageFingerprint.from_hex(hit.matched).distance(ImageFingerprint.from_hex(same.matched))
        == 0
    )


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
    assert len(photo_index) == 5
    assert photo_index.search(data) == []


def test_blank_image_is_not_added_and_matches_no_other_blank(encoded: Encode) -> None:
    index: ImageIndex[str] = ImageIndex()
    assert index.add("white", encoded(Image.new("RGB", (400, 300), "white"))) is False
    assert len(index) == 0
    assert index.search(encoded(Image.new("RGB", (640, 480), (250, 250, 250)))) == []


def test_animated_image_is_not_added(photo: MakePhoto, encoded: Encode) -> None:
    index: ImageIndex[str] = ImageIndex()
    frames = [photo(1, (64, 64)), photo(2, (64, 64))]
    gif = encoded(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100)
    assert index.add("gif", gif) is False
    assert len(index) == 0


def _flip(value: int, bits: int) -> int:
    """`value` with its lowest `bits` bits inverted."""
    return value ^ ((1 << bits) - 1)


def test_score_is_one_for_identical_and_the_answer_threshold_at_the_limit() -> None:
    index: ImageIndex[str] = ImageIndex(max_distance_bits=6)
    base = ImageFingerprint(0x0F0F0F0F0F0F0F0F, 0x3333333333333333)
    index.add_fingerprint("same", base)
    index.add_fingerprint(
        "three-bits", ImageFingerprint(_flip(base.phash, 2), _flip(base.dhash, 1))
    )
    index.add_fingerprint("six-bits", ImageFingerprint(_flip(base.phash, 3), _flip(base.dhash, 3)))
    index.add_fingerprint(
        "seven-bits", ImageFingerprint(_flip(base.phash, 4), _flip(base.dhash, 3))
    )

    scores = {hit.key: hit.score for hit in index.search_fingerprint(base, k=10)}

    assert scores == {
        "same": 1.0,
        "three-bits": pytest.approx((1.0 + DEFAULT_ANSWER_THRESHOLD) / 2),
        "six-bits": DEFAULT_ANSWER_THRESHOLD,
    }


def test_max_distance_bits_zero_finds_only_exact_copies() -> None:
    index: ImageIndex[int] = ImageIndex(max_distance_bits=0)
    index.add_fingerprint(1, ImageFingerprint(5, 5))
    index.add_fingerprint(2, ImageFingerprint(4, 5))
    assert [(hit.key, hit.score) for hit in index.search_fingerprint(ImageFingerprint(5, 5))] == [
        (1, 1.0)
    ]


@pytest.mark.parametrize("bad", [-1, 129])
def test_max_distance_bits_out_of_range_is_refused(bad: int) -> None:
    with pytest.raises(ValueError, match=str(bad)):
        ImageIndex(max_distance_bits=bad)


def test_add_replace_remove() -> None:
    index: ImageIndex[str] = ImageIndex()
    first = ImageFingerprint(0x00000000FFFFFFFF, 0x0F0F0F0F0F0F0F0F)
    second = ImageFingerprint(0xFFFFFFFF00000000, 0xF0F0F0F0F0F0F0F0)
    index.add_fingerprint("a", first)
    index.add_fingerprint("b", second)
    assert len(index) == 2

    index.add_fingerprint("a", second)
    assert len(index) == 2
    assert index.search_fingerprint(first) == []
    assert [hit.key for hit in index.search_fingerprint(second)] == ["b", "a"]

    index.remove("b")
    index.remove("unknown")
    assert len(index) == 1
    assert [hit.key for hit in index.search_fingerprint(second)] == ["a"]


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
    index: ImageIndex[Hashable] = ImageIndex(max_distance_bits=9)
    fingerprints = [ImageFingerprint(rng.getrandbits(64), rng.getrandbits(64)) for _ in keys]
    for key, fingerprint in zip(keys, fingerprints, strict=True):
        index.add_fingerprint(key, fingerprint)
    path = tmp_path / "images.json"

    index.save(path)
    loaded = ImageIndex.load(path)

    assert len(loaded) == len(keys)
    assert loaded.max_distance_bits == 9
    for key, fingerprint in zip(keys, fingerprints, strict=True):
        [hit] = loaded.search_fingerprint(fingerprint)
        assert hit.key == key
        assert type(hit.key) is type(key)


def test_load_rejects_a_text_index_file(tmp_path: Path) -> None:
    from matching import TextIndex

    path = tmp_path / "text.json"
    TextIndex().save(path)
    with pytest.raises(IndexFileError, match="ImageIndex"):
        ImageIndex.load(path)


def _hamming(a: ImageFingerprint, b: ImageFingerprint) -> int:
    return bin(a.phash ^ b.phash).count("1") + bin(a.dhash ^ b.dhash).count("1")


@pytest.mark.parametrize("max_distance_bits", [0, 6, 24, 70])
def test_search_agrees_with_a_plain_hamming_loop(max_distance_bits: int) -> None:
    rng = random.Random(1014 + max_distance_bits)
    index: ImageIndex[int] = ImageIndex(max_distance_bits)
    entries: dict[int, ImageFingerprint] = {}

    def random_fingerprint() -> ImageFingerprint:
        return ImageFingerprint(rng.getrandbits(64), rng.getrandbits(64))

    def near(fingerprint: ImageFingerprint) -> ImageFingerprint:
        phash, dhash = fingerprint.phash, fingerprint.dhash
        for _ in range(rng.randint(0, 12)):
            if rng.random() < 0.5:
                phash ^= 1 << rng.randrange(64)
            else:
                dhash ^= 1 << rng.randrange(64)
        return ImageFingerprint(phash, dhash)

    for key in range(1500):
        # Families of near-duplicates make many ties and many hits within the limit.
        source = rng.choice(list(entries.values())) if entries and rng.random() < 0.5 else None
        entries[key] = near(source) if source else random_fingerprint()
        index.add_fingerprint(key, entries[key])
    for key in rng.sample(range(1500), 200):
        entries.pop(key)
        entries[key] = random_fingerprint()
        index.add_fingerprint(key, entries[key])
    for key in rng.sample(range(1500), 200):
        entries.pop(key, None)
        index.remove(key)
    queries = [random_fingerprint() for _ in range(10)]
    queries += [near(rng.choice(list(entries.values()))) for _ in range(30)]

    for query in queries:
        within = [
            (key, distance)
            for key, fingerprint in entries.items()
            if (distance := _hamming(query, fingerprint)) <= max_distance_bits
        ]
        ranked = sorted(within, key=lambda item: item[1])
        for k in (1, 5, 50):
            found = index.search_fingerprint(query, k)
            assert [hit.key for hit in found] == [key for key, _ in ranked[:k]]
            assert [ImageFingerprint.from_hex(hit.matched) for hit in found] == [
                entries[key] for key, _ in ranked[:k]
            ]
