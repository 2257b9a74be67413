"""Demo fact-checks shipped with the package, so a fresh install has something to match.

`SAMPLE_PATH` is a ClaimReview JSON-LD `@graph` of invented election fact-checks in English,
Spanish, French, Portuguese and Arabic, published by "Sample Fact Desk (demo data)" under
example.org URLs; some name images in `images/` (drawn by `make_images`). It is SAMPLE DATA:
never present it as real fact-checking.
"""

from __future__ import annotations

from pathlib import Path

SAMPLE_PATH: Path = Path(__file__).with_name("factchecks.jsonld")
"""The sample ClaimReview JSON-LD file; image paths in it are relative to its folder."""

SAMPLE_IMAGES_DIR: Path = Path(__file__).with_name("images")
"""The folder of the sample's PNG images."""
