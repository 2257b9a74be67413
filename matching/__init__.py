"""Pure matching library: normalise and index texts and image fingerprints, find fact-checks.

No I/O beyond explicit save()/load(), no async, no database, no network; keys are generic so this
package never imports `factchecks` or `bot`.
"""

from matching.errors import (
    AnimatedImage,
    EncoderFileError,
    ImageError,
    ImageTooLarge,
    IndexFileError,
    LowDetailImage,
    MatchingError,
    NotAnImage,
    TextOnlyImage,
)
from matching.hamming_index import HammingIndex
from matching.hits import Hit, Signal
from matching.image_fingerprint import ImageFingerprint, fingerprint_image
from matching.image_index import (
    DEFAULT_ANSWER_DISTANCE_BITS,
    DEFAULT_MAX_DISTANCE_BITS,
    ImageIndex,
)
from matching.image_variants import index_fingerprints, query_fingerprints
from matching.language import detect_language
from matching.matcher import Matcher, TextRole
from matching.sentence_encoder import SentenceEncoder, load_bundled_encoder
from matching.text_index import TextIndex
from matching.text_normalise import normalise, tokens
from matching.text_semantic import Encoder
from matching.thresholds import (
    DEFAULT_ANSWER_THRESHOLD,
    DEFAULT_SUGGEST_THRESHOLD,
    Decision,
    decide,
)

__all__ = [
    "DEFAULT_ANSWER_DISTANCE_BITS",
    "DEFAULT_ANSWER_THRESHOLD",
    "DEFAULT_MAX_DISTANCE_BITS",
    "DEFAULT_SUGGEST_THRESHOLD",
    "AnimatedImage",
    "Decision",
    "Encoder",
    "EncoderFileError",
    "HammingIndex",
    "Hit",
    "ImageError",
    "ImageFingerprint",
    "ImageIndex",
    "ImageTooLarge",
    "IndexFileError",
    "LowDetailImage",
    "Matcher",
    "MatchingError",
    "NotAnImage",
    "SentenceEncoder",
    "Signal",
    "TextIndex",
    "TextOnlyImage",
    "TextRole",
    "decide",
    "detect_language",
    "fingerprint_image",
    "index_fingerprints",
    "load_bundled_encoder",
    "normalise",
    "query_fingerprints",
    "tokens",
]
