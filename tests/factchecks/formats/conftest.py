"""Fixtures for the import-format tests."""

from __future__ import annotations

import pytest

from tests.factchecks.formats.fake_image_hasher import RecordingHasher


@pytest.fixture
def hasher() -> RecordingHasher:
    return RecordingHasher()
