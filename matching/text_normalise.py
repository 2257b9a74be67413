"""Text normalisation for comparison: two forwards of one claim should normalise alike.

Folds case, accents and Unicode look-alikes; drops URLs, emoji, invisible characters, letters
repeated for emphasis and the boilerplate that forwarding chains add ("Forwarded as received",
"*URGENT*", "pass it on", a pasted tweet's "— Name (@handle) March 3, 2021" signature line keeps
only its handle and date). @handles and #hashtags become their words, since they name who is
quoted or what it is about. Digits are kept and made ASCII: dates and numbers are what election
claims get wrong.
"""

from __future__ import annotations

import re
import unicodedata

# Combining marks that are accents or vowel points, folded away: Latin/Greek/Cyrillic diacritics,
# Arabic harakat (and the hamza/madda that NFD splits off alef), Hebrew points. Marks of other
# scripts (Devanagari vowel signs...) carry meaning and are kept.
_FOLDED_MARK_RANGES = (
    (0x0300, 0x036F),
    (0x0591, 0x05C7),
    (0x0610, 0x061A),
    (0x064B, 0x065F),
    (0x0670, 0x0670),
    (0x06D6, 0x06ED),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF),
    (0xFE00, 0xFE0F),  # variation selectors, e.g. the one that turns a character into an emoji
    (0xFE20, 0xFE2F),
    (0xE0100, 0xE01EF),
)

# Letters that NFD does not decompose but voters type both ways.
_LETTER_FOLDS = {
    "ł": "l",
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "æ": "ae",
    "œ": "oe",
    "ı": "i",
    "ى": "ي",  # Arabic alef maksura, commonly typed for yeh
    "ة": "ه",  # Arabic teh marbuta, commonly typed as heh
    "ـ": "",  # Arabic tatweel: decorative stretching
}

_URL = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|\b(?:[a-z0-9-]+\.)+[a-z]{2,}/\S*",
    re.IGNORECASE,
)
# A link pasted with no space before it ("#MarchForOurLivespic.twitter.com/x", "read thishttps://
# t.co/x", as tweets copied from a page often arrive): a space is put back first, or the URL
# pattern would take the word or hashtag with it.
_GLUED_LINK = re.compile(r"(?<=\S)(?=pic\.twitter\.com/|https?://)", re.IGNORECASE)
_MENTION = re.compile(r"(?<![\w@])[@#](\w+)")
# Word boundaries inside a handle or hashtag: @realDonaldTrump, #VoteNow2024, @cne_gob.
_CAMEL_CASE = re.compile(
    r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|_"
)
# A tweet pasted from its embed code ends "— Display Name (@handle) March 3, 2021". The display
# name is decoration (emoji, nicknames); the handle and the date say who and when, and measurably
# help find the fact-check (CheckThat! dev MAP@5, see docs/benchmarks.md), so only the name goes.
_TWEET_SIGNATURE = re.compile(
    r"[\u2014\u2013]\s*[^\u2014\u2013\n]{0,80}?\((@\w{1,15})\)"
    r"(\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})?"
    r"\s*$",
    re.IGNORECASE,
)
# A letter typed three or more times in a row is emphasis ("sooooo", "URGENTTT"): one is kept.
# Any character is matched and non-letters put back: a letter class made the pattern 3x slower.
_REPEATED_CHARACTER = re.compile(r"(.)\1\1+")

# Forwarding boilerplate, written naturally and normalised below. Removed everywhere in the text,
# on both sides of a comparison, so a claim that uses one of these words loses it consistently.
_BOILERPLATE_PHRASES = (
    # English
    "forwarded as received",
    "forwarded many times",
    "forwarded message",
    "forwarded",
    "fwd",
    "urgent",
    "very urgent",
    "breaking news",
    "please share",
    "share before it is deleted",
    "share before it's deleted",
    "share before they delete it",
    "share with everyone",
    "share with all your contacts",
    "pass it on",
    "please pass it on",
    "please forward",
    "forward to everyone",
    "copied and pasted",
    "copy and paste",
    "forward this",
    "forward this message",
    "share this",
    "share this message",
    "send to all your contacts",
    "send this to everyone",
    "viral",
    # Spanish
    "reenviado",
    "reenviado muchas veces",
    "mensaje reenviado",
    "urgente",
    "muy urgente",
    "compartir",
    "comparte",
    "compártelo",
    "compartan",
    "comparte antes de que lo borren",
    "pásalo",
    "difundir",
    "difunde",
    # French
    "transféré",
    "message transféré",
    "transféré plusieurs fois",
    "partagez",
    "partagez avant suppression",
    "à partager",
    "faites tourner",
    "faites passer",
    # Portuguese
    "encaminhado",
    "encaminhada",
    "encaminhado com frequência",
    "encaminhada com frequência",
    "mensagem encaminhada",
    "compartilhe",
    "compartilhem",
    "compartilhe antes que apaguem",
    "repasse",
    "repassem",
    "passe adiante",
    # Arabic: "urgent", "copied (forwarded)", "share and be rewarded"
    "عاجل",
    "منقول",
    "انشر تؤجر",
    "انشروا",
)


def _fold_char(char: str) -> str:
    """What one character of NFD, casefolded text becomes: itself, a fold, a space or nothing."""
    if char in _LETTER_FOLDS:
        return _LETTER_FOLDS[char]
    category = unicodedata.category(char)
    major = category[0]
    if major == "L":
        return char
    if category == "Nd":
        return str(unicodedata.decimal(char))
    if major == "N":
        return char
    if major == "M":
        code = ord(char)
        if category == "Me" or any(low <= code <= high for low, high in _FOLDED_MARK_RANGES):
            return ""
        return char
    if category == "Cf":
        # Zero-width spaces and joiners, bidi marks, soft hyphens: invisible, so they must not
        # split or change a word.
        return ""
    # Punctuation, symbols (emoji included), separators, controls, private use, unassigned.
    return " "


class _FoldTable(dict[int, str]):
    """`_fold_char` as a lazily filled str.translate table: the per-character work runs once."""

    # Caps memory when a hostile message walks through the whole of Unicode.
    MAX_CACHED = 65_536

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        if len(self) < self.MAX_CACHED:
            self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def _handle_words(match: re.Match[str]) -> str:
    return " " + _CAMEL_CASE.sub(" ", match.group(1)) + " "


def _one_letter(match: re.Match[str]) -> str:
    return match.group(1) if match.group(1).isalpha() else match.group(0)


def _fold(text: str) -> str:
    # Each regex runs only when a cheap test says it can match: indexing a million claims spent
    # most of its time trying URL and signature patterns on texts that had none.
    text = unicodedata.normalize("NFKC", text)
    if "\u2014" in text or "\u2013" in text:
        text = _TWEET_SIGNATURE.sub(r" \1 \2", text.rstrip())
    if "/" in text or "www." in text.lower():
        text = _URL.sub(" ", _GLUED_LINK.sub(" ", text))
    if "@" in text or "#" in text:
        text = _MENTION.sub(_handle_words, text)
    text = unicodedata.normalize("NFD", text.casefold())
    text = text.translate(_FOLD_TABLE)
    text = _REPEATED_CHARACTER.sub(_one_letter, text)
    return " ".join(unicodedata.normalize("NFC", text).split())


def _boilerplate_pattern() -> re.Pattern[str]:
    phrases = sorted({_fold(phrase) for phrase in _BOILERPLATE_PHRASES}, key=len, reverse=True)
    return re.compile(r"(?<!\S)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\S)")


_BOILERPLATE = _boilerplate_pattern()
# The first word of every phrase: a text with none of them has no boilerplate to look for.
_BOILERPLATE_FIRST_WORDS = frozenset(_fold(phrase).split()[0] for phrase in _BOILERPLATE_PHRASES)


def normalise(text: str) -> str:
    """Text folded for comparison: lower case, no accents, no URLs/emoji/boilerplate, ASCII digits.

    The result is words separated by single spaces (possibly empty).
    """
    folded = _fold(text)
    if _BOILERPLATE_FIRST_WORDS.isdisjoint(folded.split()):
        return folded
    return " ".join(_BOILERPLATE.sub(" ", folded).split())


def tokens(text: str) -> list[str]:
    """The normalised words of `text`."""
    return normalise(text).split()
