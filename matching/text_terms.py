"""What the text index counts in a normalised text: word terms and hashed character 4-grams.

Word terms are words cut to their first WORD_PREFIX_CHARS characters (a language-blind stemmer:
"elections", "electoral" and "election" meet), with a few stop words dropped; runs of scripts
written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Burmese) become overlapping
character pairs instead. Character 4-grams of the whole text, hashed into GRAM_BUCKETS buckets,
let misspelt words still share most of their grams; they are computed with numpy for many texts
at once, because Python loops over every character of a million texts would take minutes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

# Measured on CheckThat! (docs/benchmarks.md): prefixes of 5 beat whole words and prefixes of 6.
WORD_PREFIX_CHARS = 5
GRAM_CHARS = 4
# 4M buckets: a million claims hold one to two million distinct 4-grams, so collisions stay rare
# while the document-frequency table is 16 MB.
GRAM_BITS = 22
GRAM_BUCKETS = 1 << GRAM_BITS

# What one character of a script written without spaces weighs in `weighted_length`.
UNSPACED_CHAR_WEIGHT = 3

UInt32Array = npt.NDArray[np.uint32]
Int64Array = npt.NDArray[np.int64]

# Function words of the languages served, already normalised. They match everywhere, so the
# first stage skips them (the re-ranking still sees them through the 4-grams and rapidfuzz).
_STOP_WORD_LIST = (
    "a an and are as at be been but by can could did do does for from had has have he her "
    "his how i if in into is it its just me my no not of on or our she so than that the "
    "their them then there these they this those to was we were what when where which who "
    "why will with would you your "
    "al con de del el en es la las lo los mas para pero por que se su sus un una y "
    "au aux ce ces dans des du elle est et il ils je le les leur mais ne nous ou pas qui sa "
    "ses son sur une vous "
    "ao as com da das do dos e em foi na nas no nos o os ou pela pelo sao seu sua um uma"
)
_STOP_WORDS = frozenset(_STOP_WORD_LIST.split())

# Scripts written without spaces between words.
_UNSPACED_RUN = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+"
)

_GRAM_MULTIPLIERS = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93],
    dtype=np.uint64,
)


def weighted_length(normalised: str) -> int:
    """Length in characters, a character of an unspaced script counting UNSPACED_CHAR_WEIGHT.

    One Chinese or Thai character carries about what a short Latin word does, so length rules
    ("too short to be sure") would otherwise treat a whole Chinese claim as a fragment.
    """
    if normalised.isascii():
        return len(normalised)
    unspaced = sum(len(run) for run in _UNSPACED_RUN.findall(normalised))
    return len(normalised) + (UNSPACED_CHAR_WEIGHT - 1) * unspaced


def word_terms(normalised: str) -> list[str]:
    """The word terms of a normalised text, in order, repeats kept (they are term frequencies)."""
    terms: list[str] = []
    for word in normalised.split():
        if word in _STOP_WORDS:
            continue
        if _UNSPACED_RUN.search(word) is None:
            terms.append(word[:WORD_PREFIX_CHARS])
            continue
        position = 0
        for run in _UNSPACED_RUN.finditer(word):
            if run.start() > position:
                terms.append(word[position : run.start()][:WORD_PREFIX_CHARS])
            chars = run.group()
            if len(chars) == 1:
                terms.append(chars)
            terms.extend(chars[i : i + 2] for i in range(len(chars) - 1))
            position = run.end()
        if position < len(word):
            terms.append(word[position:][:WORD_PREFIX_CHARS])
    return terms


def gram_buckets(texts: Sequence[str]) -> tuple[UInt32Array, Int64Array]:
    """The distinct hashed 4-grams of each text: (buckets, owners), owners[i] the text's index.

    Each text is padded with a space at both ends so its first and last words have grams of
    their own (and with more spaces up to one whole gram). An empty text has none. Sorted by
    owner, then bucket.
    """
    padded = [_padded(text) for text in texts]
    lengths = np.fromiter((len(text) for text in padded), np.int64, count=len(padded))
    if not padded or not lengths.any():
        return np.zeros(0, np.uint32), np.zeros(0, np.int64)
    joined = "".join(padded)
    code_points = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    code_points = code_points.astype(np.uint64)
    ends = np.cumsum(lengths)
    starts_here = np.ones(code_points.size, dtype=np.bool_)
    for back in range(1, GRAM_CHARS):
        # A gram may not start in the last GRAM_CHARS - 1 characters of its text.
        starts_here[(ends - back)[lengths > 0]] = False
    positions = np.flatnonzero(starts_here)
    owners = np.repeat(
        np.arange(len(padded), dtype=np.int64), np.maximum(lengths - GRAM_CHARS + 1, 0)
    )
    hashes = code_points[positions] * _GRAM_MULTIPLIERS[0]
    for shift in range(1, GRAM_CHARS):
        hashes += code_points[positions + shift] * _GRAM_MULTIPLIERS[shift]
    buckets = (hashes >> np.uint64(64 - GRAM_BITS)).astype(np.int64)
    keys = sorted_unique(owners * GRAM_BUCKETS + buckets)
    return (keys % GRAM_BUCKETS).astype(np.uint32), keys // GRAM_BUCKETS


def _padded(text: str) -> str:
    if not text:
        return ""
    return f" {text} ".ljust(GRAM_CHARS)


def sorted_unique(values: Int64Array) -> Int64Array:
    """The distinct values, ascending.

    np.unique would do, but numpy 2's hash-based path took ~10 s on the 10^7 keys of 10^5 texts
    where a sort of these nearly sorted keys takes a fraction of a second.
    """
    ordered = np.sort(values)
    return ordered[_first_of_runs(ordered)]


def sorted_counts(values: Int64Array) -> tuple[Int64Array, Int64Array]:
    """The distinct values, ascending, and how often each occurs."""
    ordered = np.sort(values)
    firsts = _first_of_runs(ordered)
    starts = np.flatnonzero(firsts)
    counts: Int64Array = np.diff(starts, append=ordered.size).astype(np.int64)
    return ordered[firsts], counts


def _first_of_runs(ordered: Int64Array) -> npt.NDArray[np.bool_]:
    firsts = np.empty(ordered.size, dtype=np.bool_)
    if ordered.size:
        firsts[0] = True
        np.not_equal(ordered[1:], ordered[:-1], out=firsts[1:])
    return firsts
