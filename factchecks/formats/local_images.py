"""Finding the local image files an import file names.

Only files inside the import file's own folder are read: a reference that climbs out of it (`../`,
an absolute path elsewhere, a symlink pointing out) is refused, so an import file cannot make the
server read arbitrary files. Web URLs are never fetched (an importer must not reach out to whatever
addresses a file names): they are skipped. A picture that is missing, outside the folder or not
usable is left out with a warning; the fact-check itself is still imported (its text matches).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from factchecks.formats.errors import InvalidRecord
from factchecks.formats.record_fields import shorten

ImageHasher = Callable[[Path], Sequence[str] | None]
"""Fingerprints an image file: its hex perceptual fingerprints (the whole picture first, then
the variants the matcher indexes), or None when the image is unusable."""

# A URL scheme ("https:", "file:", "data:"). Single letters are included on purpose: a Windows
# drive path ("C:\\...") is not a file inside the import folder either.
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")


@dataclass(frozen=True)
class LocalImages:
    """Resolves image references against `folder`."""

    folder: Path

    def paths(self, references: Iterable[str]) -> tuple[tuple[Path, ...], tuple[str, ...]]:
        """The local files among `references` without repeats, and a warning per picture left
        out (web URLs are skipped silently: they are never meant to be read)."""
        paths: list[Path] = []
        warnings: list[str] = []
        for reference in references:
            try:
                path = self.local_path(reference)
            except InvalidRecord as problem:
                warnings.append(f"{problem.reason}; the picture is left out")
                continue
            if path is not None and path not in paths:
                paths.append(path)
        return tuple(paths), tuple(warnings)

    def local_path(self, reference: str) -> Path | None:
        """The file `reference` names inside the folder; None for a URL that is not `file:`.

        Raises InvalidRecord for a reference that escapes the folder or names no file.
        """
        reference = reference.strip()
        if not reference:
            return None
        scheme = _SCHEME.match(reference)
        if scheme is None:
            relative = reference
        elif scheme.group(1).lower() == "file":
            parts = urlsplit(reference)
            if parts.netloc not in ("", "localhost"):
                raise InvalidRecord(f"image {shorten(reference)!r} names another host")
            relative = unquote(parts.path)
        else:
            return None
        if "\x00" in relative:
            raise InvalidRecord(f"image {shorten(reference)!r} is not a usable file name")
        try:
            folder = self.folder.resolve()
            path = (folder / relative).resolve()
        except (OSError, RuntimeError):  # a symlink loop, an unreadable folder
            raise InvalidRecord(f"image {shorten(reference)!r} cannot be resolved") from None
        if not path.is_relative_to(folder):
            raise InvalidRecord(
                f"image {shorten(reference)!r} is outside the folder of the import file"
            )
        if not path.is_file():
            raise InvalidRecord(f"image {shorten(reference)!r} was not found")
        return path
