"""The image benchmark's two sets: the reported one never holds a real photo of the tuning one,
and the miss analysis (`benchmarks.image_misses`) looks into the tuning one only.

Skipped without the bench extra's photographs (scikit-image and the others).
"""

from __future__ import annotations

import hashlib

import pytest
from PIL import Image

from benchmarks import image_data, image_misses, image_quality


def _digests(pictures: list[Image.Image]) -> set[str]:
    return {hashlib.sha256(picture.tobytes()).hexdigest() for picture in pictures}


def test_the_tuning_and_reported_halves_share_no_real_photo() -> None:
    pytest.importorskip("skimage.data")
    tuning = image_quality.split_real_photos(tuning=True)
    reported = image_quality.split_real_photos(tuning=False)
    every = [photo for group in image_data.real_photo_groups() for photo in group.values()]
    assert len(tuning) + len(reported) == len(every)
    assert not _digests(tuning) & _digests(reported)


def test_the_miss_analysis_looks_at_tuning_photos_only() -> None:
    pytest.importorskip("skimage.data")
    real = [picture for name, picture in image_misses.tuning_sources() if "generated" not in name]
    assert _digests(real) == _digests(image_quality.split_real_photos(tuning=True))
