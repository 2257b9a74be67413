"""Whether a candidate text and a voter's message agree on their rarest words.

A tweet and a fact-check of a *different* claim on the same story share most of the story's
words (names, places, the event), so the overall overlap features score them alike; what tells
them apart is the few rare words that carry the claim ("chick-fil-a protest", "bricks of
cocaine", "wearable projectors"). On CheckThat! train, most confident wrong answers (a tweet
searched with its fact-check removed) missed the message's rarest words or left the text's
rarest words out. These features measure that, per candidate, from the word terms the index
already has; `text_score.best_hit_scores` weighs them for the best hit only, with
`distinct_cover`: how much of the message the best hit has that none of its rivals has.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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
    "signature_cover",
)


# A pasted tweet's signature line, to the end: "— Display Name (@handle) March 3, 2021".
_SIGNATURE = re.compile(r"[\u2014\u2013]\s*[^\u2014\u2013\n]{0,80}?\(@\w{1,15}\).*$", re.DOTALL)


def message_body(text: str) -> str:
    """`text` without a pasted tweet's signature line (who posted it, and when).

    The rarity features compare the claim's rare words, and a signature's are the poster's name
    and handle: "Felons can't vote. But pardoned ones can — Dinesh D'Souza (@DineshDSouza)" shared
    its rarest words with a fact-check about Dinesh D'Souza's book, not with the one about
    pardoned felons. The ranking keeps the signature (it helps find the fact-check).
    """
    if "\u2014" not in text and "\u2013" not in text:
        return text
    return _SIGNATURE.sub(" ", text)


def rarity_features(
    rows: npt.NDArray[np.int64],
    terms: npt.NDArray[np.uint32],
    term_idf: FloatArray,
    query_terms: npt.NDArray[np.int64],
    query_idf: FloatArray,
    count: int,
    signature_terms: npt.NDArray[np.int64] | None = None,
) -> FloatArray:
    """One row per candidate, columns RARITY_NAMES.

    `rows`/`terms`/`term_idf`: the distinct word terms of every candidate (row number, term id,
    its IDF); `query_terms`/`query_idf`: the message's known terms and their IDF. Columns: the
    share of the IDF of the message's 2, 3, 5 rarest terms that the text has; the same for the
    text's rarest terms found in the message. (The IDF of the rarest word missing on either side
    was tried too and added nothing out-of-fold on CheckThat! train.) Last, `signature_cover`:
    the share of the text's IDF that only a pasted tweet's signature line has
    (`signature_terms`: terms of the signature that the message's own words lack; none, 0):
    the poster and the posting date agreeing with the fact-check ("Donald J. Trump
    (@realDonaldTrump) June 21, 2018" against "in June 2018 ... Trump tweeted"), decision 107.
    """
    result = np.zeros((count, len(RARITY_NAMES)))
    if count == 0:
        return result
    in_query = np.isin(terms, query_terms.astype(np.uint32))
    # Where each candidate term sits among the message's terms (sorted), to look up weights.
    query_order = np.argsort(query_terms, kind="stable")
    sorted_query = query_terms[query_order]
    at = np.minimum(np.searchsorted(sorted_query, terms), max(sorted_query.size - 1, 0))
    found = sorted_query[at] == terms if sorted_query.size else np.zeros(terms.size, bool)
    query_groups = np.zeros(query_idf.size, dtype=np.int64)
    query_weights = _rarest_weights(query_idf, query_groups, 1, RARE_COUNTS)
    for column, weights in enumerate(query_weights):
        weighted = weights * query_idf
        total = float(weighted.sum())
        if total > 0.0:
            shared_weight = np.where(found, weighted[query_order][at], 0.0)
            shared = np.bincount(rows, shared_weight, minlength=count)[:count]
            result[:, column] = np.minimum(1.0, shared / total)
    text_weights = _rarest_weights(term_idf, rows, count, RARE_COUNTS)
    for column, rarest in enumerate(text_weights, start=len(RARE_COUNTS)):
        weight = rarest * term_idf
        total_text = np.bincount(rows, weight, minlength=count)[:count]
        shared = np.bincount(rows, weight * in_query, minlength=count)[:count]
        result[:, column] = np.where(total_text > 0.0, shared / np.maximum(total_text, 1e-9), 0.0)
    if signature_terms is not None and signature_terms.size:
        in_signature = np.isin(terms, signature_terms.astype(np.uint32))
        total_text = np.bincount(rows, term_idf, minlength=count)[:count]
        shared = np.bincount(rows, term_idf * in_signature, minlength=count)[:count]
        result[:, -1] = np.where(total_text > 0.0, shared / np.maximum(total_text, 1e-9), 0.0)
    return result


def message_terms_held(
    rows: npt.NDArray[np.int64],
    terms: npt.NDArray[np.uint32],
    query_terms: npt.NDArray[np.int64],
    count: int,
) -> npt.NDArray[np.bool_]:
    """Which of the message's terms (columns, in `query_terms` order) each candidate has (rows).

    `rows`/`terms` as for `rarity_features`. What `distinct_cover` compares between the best hit
    and its rivals: count x len(query_terms) booleans, a few kilobytes for a shortlist.
    """
    held = np.zeros((count, query_terms.size), dtype=np.bool_)
    if count == 0 or query_terms.size == 0:
        return held
    query_order = np.argsort(query_terms, kind="stable")
    sorted_query = query_terms[query_order]
    at = np.minimum(np.searchsorted(sorted_query, terms), sorted_query.size - 1)
    found = sorted_query[at] == terms
    held[rows[found], query_order[at[found]]] = True
    return held


def distinct_cover(
    held: npt.NDArray[np.bool_], query_idf: FloatArray, top: int, rivals: Sequence[int]
) -> float:
    """The share of the message's word IDF that candidate `top` has and none of `rivals` has.

    `held` is `message_terms_held`. A right best hit usually carries a word of the message that
    the other texts on the story lack (the claim's own word: "recession", "chosen one"); a wrong
    one (its fact-check missing) shares the story's words, which its rivals share as well.
    """
    total = float(query_idf.sum())
    if total <= 0.0 or held.shape[1] == 0:
        return 0.0
    own = held[top] & ~held[list(rivals)].any(axis=0) if rivals else held[top]
    return float(query_idf[own].sum()) / total


def _rarest_weights(
    values: FloatArray, groups: npt.NDArray[np.int64], count: int, ks: tuple[int, ...]
) -> list[FloatArray]:
    """For each k of `ks`, per item, how much it counts among the `k` highest `values` of its
    group: 1 above the k-th value, a share of the places left for items equal to it, 0 below.
    Ties are shared rather than broken, so the result does not depend on term ids (which differ
    between two indexes of the same texts). The sort is done once for every k."""
    if values.size == 0:
        return [np.zeros(0) for _ in ks]
    order = np.lexsort((-values, groups))
    sorted_groups = groups[order]
    starts = np.searchsorted(sorted_groups, sorted_groups, side="left")
    place = np.arange(order.size) - starts
    sizes = np.bincount(groups, minlength=count)
    sorted_values = values[order]
    results: list[FloatArray] = []
    for k in ks:
        # The k-th highest value of each group (its lowest, when it has fewer than k items).
        kth = np.full(count, np.inf)
        at_k = place == np.minimum(k, sizes[sorted_groups]) - 1
        kth[sorted_groups[at_k]] = sorted_values[at_k]
        cut = kth[groups]
        above = values > cut
        equal = values == cut
        above_count = np.bincount(groups, above, minlength=count)
        equal_count = np.bincount(groups, equal, minlength=count)
        share = (np.minimum(k, sizes) - above_count) / np.maximum(equal_count, 1)
        results.append(np.where(above, 1.0, np.where(equal, share[groups], 0.0)))
    return results
