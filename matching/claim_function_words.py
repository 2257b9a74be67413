"""The words the contradiction guard passes over when it looks for what a text is about:
function words (`FUNCTION_WORDS`) and negators (`NEGATORS`), folded like the texts.

Apart from `claim_reading` because the reading, the negation reading (`claim_negation`), the
quantities (`claim_quantities`) and the names (`claim_names`) all skip the same words.
"""

from __future__ import annotations

from matching.claim_words import fold
from matching.contradiction_words import FUNCTION_WORDS, NEGATORS

FOLDED_NEGATORS = frozenset(fold(word) for word in NEGATORS)
FOLDED_FUNCTION_WORDS = frozenset(fold(word) for word in FUNCTION_WORDS)
