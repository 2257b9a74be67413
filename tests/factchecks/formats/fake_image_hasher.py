"""A fake image hasher for the import-format tests: it records every path it is given."""

from __future__ import annotations

from pathlib import Path


class RecordingHasher:
    """Stands in for `matching`'s fingerprinting: remembers each path, returns one fake fingerprint.

    Files named in `unusable` (and missing files) get None, as a real hasher gives for an image it
    cannot use.
    """

    def __init__(self) -> None:
        self.paths: list[Path] = []
        self.unusable: set[str] = set()

    def __call__(self, path: Path) -> list[str] | None:
        self.paths.append(path)
        if path.name in self.unusable or not path.is_file():
            return None
        return [f"fp-{path.name}"]
