"""The hand-written language guesser the tip-line used before py3langid, kept as a baseline.

Script first (Arabic letters mean "ar"), then weighted stop-word and letter clues for four Latin
languages; it answers None rather than guess. `benchmarks.language_id` compares it with
`matching.language` on the same messages.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_WORD = re.compile(r"[^\W\d_]+")


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_STOP_WORDS: dict[str, frozenset[str]] = {
    "en": _word_set(
        "the a an and or of to in on at by for with from is are was were be been will would can "
        "could should you your we our they their he she it its this that these those not no do "
        "does did has have had there here what who when where why how all if than then just "
        "about after before today tomorrow yesterday"
    ),
    "es": _word_set(
        "el la los las un una unos unas y o de del al en con por para es son fue fueron ser será "
        "está están estar se que no sí su sus lo le les ya pero como más muy hoy mañana ayer "
        "usted ustedes nosotros ellos este esta estos estas ese esa hay puede pueden votar "
        "también porque cuando donde"
    ),
    "fr": _word_set(
        "le la les un une des et ou de du au aux en dans sur par pour avec est sont été être sera "
        "se que qui ne pas plus son sa ses leur leurs ce cette ces il elle ils elles nous vous je "
        "on y a ont aujourd hui demain hier peut peuvent pouvez aussi mais comme très"
    ),
    "pt": _word_set(
        "o a os as um uma uns umas e ou de do da dos das no na nos nas em com por pela pelo para "
        "é são foi foram ser será está estão se que não sim seu sua seus suas ele ela eles elas "
        "você vocês nós isso este esta hoje amanhã ontem pode podem também mas como muito "
        "quando onde há"
    ),
}

# Letters that only (or almost only) one of our Latin languages uses.
_LETTER_CLUES: dict[str, dict[str, float]] = {
    "ñ": {"es": 1.0},
    "¿": {"es": 1.0},
    "¡": {"es": 1.0},
    "ã": {"pt": 1.0},
    "õ": {"pt": 1.0},
    "ç": {"pt": 0.5, "fr": 0.5},
    "è": {"fr": 1.0},
    "ê": {"fr": 0.5, "pt": 0.5},
    "ë": {"fr": 1.0},
    "î": {"fr": 1.0},
    "û": {"fr": 1.0},
    "ù": {"fr": 1.0},
    "œ": {"fr": 1.0},
}

# Below this much evidence (about one distinctive word) the guess is a coin toss.
_MIN_EVIDENCE = 1.0
# The winner must beat the runner-up by this much evidence, else it is a tie.
_MIN_MARGIN = 0.5
# Share of letters that must be Arabic script to call a message Arabic.
_MIN_ARABIC_SHARE = 0.5


def _is_arabic(char: str) -> bool:
    code = ord(char)
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    )


def _is_latin(char: str) -> bool:
    return "LATIN" in unicodedata.name(char, "")


def baseline_language(
    text: str, candidates: Iterable[str] = ("en", "es", "fr", "pt", "ar")
) -> str | None:
    """The most likely language of `text` among `candidates`, or None when unsure."""
    wanted = set(candidates)
    prepared = unicodedata.normalize("NFKC", text).casefold()
    letters = [char for char in prepared if char.isalpha()]
    if not letters:
        return None
    arabic = sum(1 for char in letters if _is_arabic(char))
    if arabic / len(letters) >= _MIN_ARABIC_SHARE:
        return "ar" if "ar" in wanted else None
    latin = sum(1 for char in letters if _is_latin(char))
    if latin / len(letters) < 0.5:
        return None

    scores = {lang: 0.0 for lang in _STOP_WORDS if lang in wanted}
    if not scores:
        return None
    for word in _WORD.findall(prepared):
        owners = [lang for lang in scores if word in _STOP_WORDS[lang]]
        for lang in owners:
            # A word shared by several languages is weaker evidence for each of them.
            scores[lang] += 1.0 / len(owners)
    for char in prepared:
        for lang, weight in _LETTER_CLUES.get(char, {}).items():
            if lang in scores:
                scores[lang] += weight

    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    best_lang, best = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if best < _MIN_EVIDENCE or best - runner_up < _MIN_MARGIN:
        return None
    return best_lang
