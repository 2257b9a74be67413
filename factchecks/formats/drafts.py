"""What every parser shares: the options of one import, and a record before its pictures are read.

`ReadOptions` come from `tipline import` (`--language`, `--base-url`). A `Draft` is a validated
record with the image references it names, still unresolved: the importer resolves them against
the import file's folder and fingerprints them in a process pool.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factchecks.formats.record_fields import language_tag
from factchecks.records import UNDETERMINED_LANGUAGE, FactCheckRecord
from matching.language import CATALOGUE_LANGUAGES, LanguageGuess, identify_language


@dataclass(frozen=True)
class ReadOptions:
    """How to read one import file.

    `language` (a tag such as "pt-BR") is every record's language, whatever the file says;
    `base_url` is the address of the page the markup was copied from, for relative URLs.
    """

    language: str | None = None
    base_url: str | None = None

    def __post_init__(self) -> None:
        if self.language is not None:
            object.__setattr__(self, "language", language_tag(self.language, "--language"))


def _identify(text: str) -> LanguageGuess:
    return identify_language(text, CATALOGUE_LANGUAGES, among=CATALOGUE_LANGUAGES)


@dataclass(frozen=True)
class Draft:
    """A record read from a file and the image references it names (unresolved)."""

    record: FactCheckRecord
    image_references: tuple[str, ...] = ()


def record_language(
    given: str | None, texts: Sequence[str], options: ReadOptions
) -> tuple[str, float | None]:
    """The language to store and its detection confidence (None when it was given).

    The file-wide `--language` wins, then the record's own tag; otherwise the language is
    detected from its claim, and from all its texts together when the claim alone is too short
    to tell, among CATALOGUE_LANGUAGES (so a German fact-check is German, not English). When
    even those cannot tell, UNDETERMINED_LANGUAGE with the best probability seen.
    """
    if options.language:
        return options.language, None
    if given:
        return given, None
    guess = _identify(texts[0]) if texts else None
    if (guess is None or guess.language is None) and len(texts) > 1:
        guess = _identify(" ".join(text for text in texts if text))
    if guess is None or guess.language is None:
        return UNDETERMINED_LANGUAGE, round(guess.confidence if guess else 0.0, 4)
    return guess.language, round(guess.confidence, 4)
