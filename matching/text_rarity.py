"""Whether a candidate text and a voter's message agree on their rarest words.

A tweet and a fact-check of a *different* claim on the same story share most of the story's
words (names, places, the event), so the overall overlap features score them alike; what tells
them apart is the few rare words that carry the claim ("chick-fil-a protest", "bricks of
cocaine", "wearable projectors"). On CheckThat! train, most confident wrong answers (a tweet
searched with its fact-check removed) missed the message's rarest words or left the text's
rarest words out. These features measure that, per candidate, from the word terms the index
already has; `text_score.best_hit_scores` weighs them for the best hit only.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

# How many of the rarest words of the message (and of the text) are compared.
RARE_COUNTS = (2, 3, 5)

RARITY_NAMES = (
    "query_rare2_cover",
    "query_rare3_cover",
    "query_rare5_cover",
    "text_rare2_cover",
    "text_rare3_cover",
    "text_rare5_cover",
)


def rarity_features(
    rows: npt.NDArray[np.int64],
    terms: npt.NDArray[np.uint32],
    term_idf: FloatArray,
    query_terms: npt.NDArray[np.int64],
    query_idf: FloatArray,
    count: int,
) -> FloatArray:
    """One row per candidate, columns RARITY_NAMES.

    `rows`/`terms`/`term_idf`: the distinct word terms of every candidate (row number, term id,
    its IDF); `query_terms`/`query_idf`: the message's known terms and their IDF. Columns: the
    share of the IDF of the message's 2, 3, 5 rarest terms that the text has; the same for the
    text's rarest terms found in the message. (The IDF of the rarest word missing on either side
    was tried too and added nothing out-of-fold on CheckThat! train.)
    """
    result = np.zeros((count, len(RARITY_NAMES)))
    if count == 0:
        return result
    in_query = np.isin(terms, query_terms.astype(np.uint32))
    by_rarity = np.argsort(-query_idf, kind="stable")
    for column, k in enumerate(RARE_COUNTS):
        rarest = by_rarity[:k]
        total = float(query_idf[rarest].sum())
        if total > 0.0:
            present = np.isin(terms, query_terms[rarest].astype(np.uint32))
            shared = np.bincount(rows, term_idf * present, minlength=count)[:count]
            result[:, column] = np.minimum(1.0, shared / total)
    # The text's own terms, rarest first within each row, and each one's place in its row.
    order = np.lexsort((-term_idf, rows))
    sorted_rows = rows[order]
    starts = np.searchsorted(sorted_rows, sorted_rows, side="left")
    place = np.arange(sorted_rows.size) - starts
    for column, k in enumerate(RARE_COUNTS, start=len(RARE_COUNTS)):
        taken = place < k
        weight = term_idf[order] * taken
        total_text = np.bincount(sorted_rows, weight, minlength=count)[:count]
        shared = np.bincount(sorted_rows, weight * in_query[order], minlength=count)[:count]
        result[:, column] = np.where(total_text > 0.0, shared / np.maximum(total_text, 1e-9), 0.0)
    return result
