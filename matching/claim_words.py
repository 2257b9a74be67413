"""A word of a text as the contradiction guard reads it (`Word`): folded (`fold`: normalised,
without spaces), lightly stemmed (`stem`) and placed (offsets, clause, sentence start).

Apart from `claim_reading` because the word classes (`claim_word_classes`) fold and stem the
tables of `contradiction_words` the same way, so that a table's word meets the text's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from matching.contradiction_words import LATIN_SUFFIXES
from matching.text_normalise import normalise

_LATIN_SUFFIXES = tuple(sorted(LATIN_SUFFIXES, key=len, reverse=True))
_ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ل", "ف")


@dataclass(frozen=True)
class Word:
    raw: str
    folded: str
    stem: str
    start: int
    end: int
    clause: int
    sentence_start: bool


@lru_cache(maxsize=65_536)
def fold(word: str) -> str:
    return normalise(word).replace(" ", "")


@lru_cache(maxsize=65_536)
def stem(folded: str) -> str:
    """A light, language-blind stem: enough for "posted" and "post" to meet, not more."""
    if folded and "\u0600" <= folded[0] <= "\u06ff":
        for prefix in _ARABIC_PREFIXES:
            if folded.startswith(prefix) and len(folded) - len(prefix) >= 3:
                return folded[len(prefix) :]
        return folded
    for suffix in _LATIN_SUFFIXES:
        if folded.endswith(suffix) and len(folded) - len(suffix) >= 3:
            return folded[: -len(suffix)]
    return folded


# An Arabic imperfect verb's prefixes of the second and third persons (يعلن، تعلن، نعلن), and
# the perfect's forms (أعلن، أعلنت، أعلنوا): what "لم تعلن" negates is stated "أعلنت". Not the
# first person's alif ("لا أعلم", I do not know, is no denial of "هل تعلم", do you know), not
# another imperfect, and not the bare core: in the first form that is also the verbal noun
# ("حتى لا تنشر" / "لمنع نشر" says the same).
_IMPERFECT_PREFIXES = ("ي", "ت", "ن")
_PERFECT_FORMS = ("{}ت", "ا{}", "ا{}ت", "{}وا", "ا{}وا")


def verb_forms(negated: str, stated: Mapping[str, int]) -> list[str]:
    """`negated` (a stem), then the forms of the same Arabic verb that `stated` holds: the word
    after "لم"/"لن"/"لا" is an imperfect verb, which the other text may state in the perfect.
    Only the stem itself for any other word."""
    if len(negated) < 4 or not ("\u0600" <= negated[0] <= "\u06ff"):
        return [negated]
    if not negated.startswith(_IMPERFECT_PREFIXES):
        return [negated]
    perfect = (form.format(negated[1:]) for form in _PERFECT_FORMS)
    return [negated, *(form for form in perfect if form in stated)]


def folded_run(word: str) -> tuple[str, ...]:
    return tuple(fold(part) for part in word.split("_"))
