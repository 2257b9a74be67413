"""Which language a text is in, among the languages the tip-line serves; None rather than guess.

Built on `py3langid` (a maintained fork of langid.py: a naive Bayes model over byte n-grams, 97
languages, numpy only), restricted to `SERVED_LANGUAGES` for voters' messages so that, say, Malay
is not a possible answer for an Indonesian message, and to `CATALOGUE_LANGUAGES` for imported
fact-checks. Its probabilities are normalised over the languages allowed;
the answer is kept only when the text has enough letters and the best language is clearly ahead:
a wrong language shows the voter a fact-check they cannot read, so a short or mixed text answers
None. The two limits were fitted on `benchmarks/language_data.FIT` (see `benchmarks/language_id`),
never on the held-out messages the benchmark reports.

The model (4.6 MB, in the wheel) is loaded once, on first use, in about 3 s.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

SERVED_LANGUAGES: tuple[str, ...] = (
    "en",
    "es",
    "fr",
    "pt",
    "ar",
    "hi",
    "bn",
    "ur",
    "sw",
    "id",
    "ru",
    "fa",
    "tr",
    "zh",
    "ha",
    "am",
    "yo",
)
"""Every language a voter's message may be identified as (ISO 639-1)."""

CATALOGUE_LANGUAGES: tuple[str, ...] = (
    *SERVED_LANGUAGES,
    *("de", "it", "nl", "pl", "uk", "ro", "cs", "el", "hu", "sv", "da", "no", "fi", "ca"),
    *("ja", "ko", "vi", "th", "ms", "tl", "ta", "te", "ml", "mr", "ne", "gu", "pa", "kn", "si"),
    *("he", "ps", "ku", "az", "ka", "hy", "sr", "hr", "bg", "sk", "lt", "lv", "et", "sl"),
)
"""The languages a fact-check may be identified as: the served ones and the others many
fact-checkers publish in, so that a German fact-check is not called English for lack of a better
answer (voters are never offered a fact-check in a language they did not write in)."""

MIN_CONFIDENCE = 0.75
"""The best language's share of probability below which the answer is None (fitted on FIT)."""

MIN_LETTERS = 4
"""Fewer letters than this is too short to tell (a Chinese character counts as a letter)."""

# The identifier scores bytes in a Python loop: the first bytes tell the language of a message as
# well as the whole text does, and a long summary would cost milliseconds.
MAX_BYTES = 600


@dataclass(frozen=True)
class LanguageGuess:
    """The most likely language and its probability; `language` is None when unsure."""

    language: str | None
    confidence: float


_LOCK = threading.Lock()


@functools.cache
def _model() -> Any:
    """The py3langid identifier over all its languages, loaded once (about 3 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@functools.cache
def _identifier(languages: tuple[str, ...]) -> Any:
    """An identifier restricted to `languages`, sharing the loaded model's arrays."""
    model = _model()
    nb_ptc, nb_pc, nb_classes = model._full_model
    identifier = type(model)(
        nb_ptc,
        nb_pc,
        nb_classes,
        model.tk_nextmove,
        model.tk_output,
        norm_probs=True,
        tk_row=model.tk_row,
    )
    identifier.set_languages(list(languages))
    return identifier


def load_language_model() -> None:
    """Load the model now (about 3 s), so the first voter's message does not wait for it."""
    with _LOCK:
        _identifier(SERVED_LANGUAGES)
        _identifier(CATALOGUE_LANGUAGES)


def _prepared(text: str) -> bytes:
    encoded = text.encode("utf-8", errors="replace")
    if len(encoded) <= MAX_BYTES:
        return encoded
    return encoded[:MAX_BYTES].decode("utf-8", errors="ignore").encode("utf-8")


def _has_letters(text: str, count: int) -> bool:
    """Whether `text` has at least `count` letters (stops as soon as it has)."""
    for char in text:
        if char.isalpha():
            count -= 1
            if count <= 0:
                return True
    return False


def identify_language(
    text: str,
    candidates: Iterable[str] = SERVED_LANGUAGES,
    *,
    min_confidence: float = MIN_CONFIDENCE,
    among: Sequence[str] = SERVED_LANGUAGES,
) -> LanguageGuess:
    """The most likely language of `text` among the languages `among`, with its probability
    (normalised over `among`, as py3langid's `set_languages(among)` gives it).

    `language` is None when the text has fewer than MIN_LETTERS letters, when the best
    language's probability is under `min_confidence`, or when it is not among `candidates`.
    """
    if not _has_letters(text, MIN_LETTERS):
        return LanguageGuess(None, 0.0)
    with _LOCK:  # the identifier is not documented as thread-safe; a call takes microseconds
        language, score = _identifier(tuple(among)).classify(_prepared(text).decode("utf-8"))
    confidence = float(score)
    if confidence < min_confidence or language not in set(candidates):
        return LanguageGuess(None, confidence)
    return LanguageGuess(str(language), confidence)


def detect_language(text: str, candidates: Iterable[str] = SERVED_LANGUAGES) -> str | None:
    """The language of `text` among `candidates`, or None when unsure (see `identify_language`)."""
    return identify_language(text, candidates).language
