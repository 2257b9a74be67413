"""The fixed verdict vocabulary and its mapping to and from ClaimReview ratings.

Fact-checkers publish free-text ratings in many languages ("Falso", "Trompeur", "Pants on Fire").
The bot needs one small vocabulary it can translate for voters, so every textual rating is mapped
onto a `Verdict`; a rating we do not know is kept verbatim beside `Verdict.OTHER`.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum


class Verdict(StrEnum):
    """What a fact-check concluded. Persisted by value: never rename a member's value."""

    FALSE = "false"
    PARTLY_FALSE = "partly_false"
    MISLEADING = "misleading"
    MISSING_CONTEXT = "missing_context"
    UNPROVEN = "unproven"
    SATIRE = "satire"
    MOSTLY_TRUE = "mostly_true"
    TRUE = "true"
    OTHER = "other"


def _fold(rating: str) -> str:
    decomposed = unicodedata.normalize("NFKD", rating.casefold())
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(folded.replace("-", " ").replace("_", " ").split())


# Keys are folded (casefolded, accents removed, hyphens as spaces); see `_fold`.
_RATINGS: dict[str, Verdict] = {
    # English
    "false": Verdict.FALSE,
    "fake": Verdict.FALSE,
    "pants on fire": Verdict.FALSE,
    "incorrect": Verdict.FALSE,
    "fabricated": Verdict.FALSE,
    "wrong": Verdict.FALSE,
    "partly false": Verdict.PARTLY_FALSE,
    "mostly false": Verdict.PARTLY_FALSE,
    "half true": Verdict.PARTLY_FALSE,
    "partially false": Verdict.PARTLY_FALSE,
    "misleading": Verdict.MISLEADING,
    "distorted": Verdict.MISLEADING,
    "missing context": Verdict.MISSING_CONTEXT,
    "out of context": Verdict.MISSING_CONTEXT,
    "needs context": Verdict.MISSING_CONTEXT,
    "unproven": Verdict.UNPROVEN,
    "unverified": Verdict.UNPROVEN,
    "unsupported": Verdict.UNPROVEN,
    "no evidence": Verdict.UNPROVEN,
    "satire": Verdict.SATIRE,
    "parody": Verdict.SATIRE,
    "mostly true": Verdict.MOSTLY_TRUE,
    "true": Verdict.TRUE,
    "correct": Verdict.TRUE,
    "accurate": Verdict.TRUE,
    # Spanish
    "falso": Verdict.FALSE,
    "falsa": Verdict.FALSE,
    "bulo": Verdict.FALSE,
    "parcialmente falso": Verdict.PARTLY_FALSE,
    "mayormente falso": Verdict.PARTLY_FALSE,
    "enganoso": Verdict.MISLEADING,
    "enganosa": Verdict.MISLEADING,
    "sin contexto": Verdict.MISSING_CONTEXT,
    "fuera de contexto": Verdict.MISSING_CONTEXT,
    "falta contexto": Verdict.MISSING_CONTEXT,
    "sin pruebas": Verdict.UNPROVEN,
    "no verificable": Verdict.UNPROVEN,
    "insostenible": Verdict.UNPROVEN,
    "satira": Verdict.SATIRE,
    "mayormente verdadero": Verdict.MOSTLY_TRUE,
    "verdadero": Verdict.TRUE,
    "verdadera": Verdict.TRUE,
    "cierto": Verdict.TRUE,
    # French
    "faux": Verdict.FALSE,
    "fausse": Verdict.FALSE,
    "infox": Verdict.FALSE,
    "partiellement faux": Verdict.PARTLY_FALSE,
    "plutot faux": Verdict.PARTLY_FALSE,
    "trompeur": Verdict.MISLEADING,
    "trompeuse": Verdict.MISLEADING,
    "hors contexte": Verdict.MISSING_CONTEXT,
    "manque de contexte": Verdict.MISSING_CONTEXT,
    "non prouve": Verdict.UNPROVEN,
    "invérifiable": Verdict.UNPROVEN,
    "inverifiable": Verdict.UNPROVEN,
    "plutot vrai": Verdict.MOSTLY_TRUE,
    "vrai": Verdict.TRUE,
    "vraie": Verdict.TRUE,
    # Portuguese
    "falsa noticia": Verdict.FALSE,
    "fake news": Verdict.FALSE,
    "parcialmente falsa": Verdict.PARTLY_FALSE,
    "exagerado": Verdict.MISLEADING,
    "distorcido": Verdict.MISLEADING,
    "fora de contexto": Verdict.MISSING_CONTEXT,
    "sem contexto": Verdict.MISSING_CONTEXT,
    "sem provas": Verdict.UNPROVEN,
    "insustentavel": Verdict.UNPROVEN,
    "verdadeiro": Verdict.TRUE,
    "verdadeira": Verdict.TRUE,
    # Arabic
    "خطأ": Verdict.FALSE,
    "زائف": Verdict.FALSE,
    "كاذب": Verdict.FALSE,
    "مفبرك": Verdict.FALSE,
    "مضلل": Verdict.MISLEADING,
    "صحيح": Verdict.TRUE,
    "خارج السياق": Verdict.MISSING_CONTEXT,
    "غير مثبت": Verdict.UNPROVEN,
}
_RATINGS = {_fold(k): v for k, v in _RATINGS.items()}

# What we publish back as ClaimReview `alternateName`, and the 1-5 `ratingValue` some feeds use.
_ALTERNATE_NAME: dict[Verdict, str] = {
    Verdict.FALSE: "False",
    Verdict.PARTLY_FALSE: "Partly false",
    Verdict.MISLEADING: "Misleading",
    Verdict.MISSING_CONTEXT: "Missing context",
    Verdict.UNPROVEN: "Unproven",
    Verdict.SATIRE: "Satire",
    Verdict.MOSTLY_TRUE: "Mostly true",
    Verdict.TRUE: "True",
    Verdict.OTHER: "Other",
}


def verdict_from_rating(rating: str | None) -> Verdict:
    """Map a ClaimReview textual rating (any case, accents optional) onto the vocabulary.

    An empty or unknown rating gives `Verdict.OTHER`; the caller keeps the original text.
    """
    if not rating:
        return Verdict.OTHER
    folded = _fold(rating)
    if folded in _RATINGS:
        return _RATINGS[folded]
    try:
        return Verdict(folded.replace(" ", "_"))
    except ValueError:
        return Verdict.OTHER


def rating_for_verdict(verdict: Verdict) -> str:
    """The English ClaimReview `alternateName` we export for a verdict."""
    return _ALTERNATE_NAME[verdict]


def parse_verdict(word: str) -> Verdict | None:
    """Parse a verdict a fact-checker typed ("false", "missing-context", "Falso"); else None."""
    verdict = verdict_from_rating(word)
    return None if verdict is Verdict.OTHER and _fold(word) != "other" else verdict
