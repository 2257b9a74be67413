"""A meme's caption lettered over the photo (`image_lettering`): the letters are found and
painted over, a plain photo has none, and the fast mask growth agrees with Pillow's MaxFilter."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter

from matching.image_lettering import grown, lettering_mask, unlettered
from tests.matching.conftest import font, make_photo


def _captioned(picture: Image.Image) -> Image.Image:
    lettered = picture.copy()
    draw = ImageDraw.Draw(lettered)
    draw.text(
        (10, 4), "THEY LIED", fill="white", font=font(40), stroke_width=2, stroke_fill="black"
    )
    return lettered


def test_the_caption_is_painted_over_and_the_photo_kept() -> None:
    photo = make_photo(5, (256, 192))
    painted = unlettered(_captioned(photo))
    assert painted is not None
    grey = np.asarray(photo.convert("L"), dtype=np.float64)
    after = np.asarray(painted, dtype=np.float64)
    before = np.asarray(_captioned(photo).convert("L"), dtype=np.float64)
    caption = slice(0, 60)
    # Where the letters were, the painted copy is nearer the photo than the captioned one...
    assert (
        np.abs(after[caption] - grey[caption]).mean()
        < 0.6 * np.abs(before[caption] - grey[caption]).mean()
    )
    # ...and away from them it is the photo.
    assert np.abs(after[100:] - grey[100:]).mean() < 1.0


@pytest.mark.parametrize("seed", range(100, 110))
def test_a_plain_photo_has_no_lettering(seed: int) -> None:
    assert unlettered(make_photo(seed, (256, 192))) is None


@pytest.mark.parametrize("reach", [1, 2, 3])
def test_growing_a_mask_agrees_with_pillows_max_filter(reach: int) -> None:
    mask = lettering_mask(_captioned(make_photo(8, (256, 192))))
    assert mask.any()
    image = Image.fromarray(mask.astype(np.uint8) * 255)
    slow = np.asarray(image.filter(ImageFilter.MaxFilter(2 * reach + 1))) > 0
    assert np.array_equal(grown(mask, reach), slow)
