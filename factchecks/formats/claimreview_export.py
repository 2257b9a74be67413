"""Records written out as schema.org ClaimReview JSON-LD that reads back to equal records.

Used for `tipline export --format claimreview` (`export`) and the desk's open feed
(`open_feeds`). Why a module of its own: writing needs none of the readers' tolerance for how
publishers shape their markup (`claimreview_documents`, `claimreview_records`); it writes one
plain shape, choosing only what the readers need to take each record back unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable

from factchecks.formats.claimreview_records import CLAIM_REVIEW, JsonObject
from factchecks.records import FactCheckRecord
from factchecks.verdicts import Verdict, rating_for_verdict, verdict_from_rating


def export_claimreview(records: Iterable[FactCheckRecord]) -> list[JsonObject]:
    """ClaimReview JSON-LD objects that `read_claimreview` reads back to equal records.

    Image fingerprints are not exported (ClaimReview names image files, not hashes). A record
    whose verdict is not OTHER but has no rating text comes back with the English verdict word
    as its rating text; every record the parsers produce round-trips exactly.
    """
    return [claimreview_object(record) for record in records]


def claimreview_object(record: FactCheckRecord) -> JsonObject:
    """One record as a ClaimReview object with its own `@context`."""
    claim: JsonObject = {"@type": "Claim"}
    if record.claimant:
        # Person or Organization is unknown here; an untyped author with a name is valid JSON-LD.
        claim["author"] = {"name": record.claimant}
    if record.claim_date is not None:
        claim["datePublished"] = record.claim_date.isoformat()
    if record.extra_texts:
        claim["alternateName"] = list(record.extra_texts)
    if record.appearances:
        claim["appearance"] = list(record.appearances)
    review: JsonObject = {"@context": "https://schema.org", "@type": CLAIM_REVIEW}
    if record.url:
        review["url"] = record.url
    if record.external_id:
        review["identifier"] = record.external_id
    review["claimReviewed"] = record.claim
    rating = _exported_rating(record)
    if rating:
        review["reviewRating"] = {"@type": "Rating", **rating}
    if record.title:
        review["headline"] = record.title
    if record.summary:
        review["description"] = record.summary
    if record.publisher:
        review["author"] = {"@type": "Organization", "name": record.publisher}
    if record.language_confidence is None:
        # A detected language is left out: the reader detects it again, to the same value.
        review["inLanguage"] = record.language
    if record.published_at is not None:
        review["datePublished"] = record.published_at.isoformat()
    review["itemReviewed"] = claim
    return review


def _exported_rating(record: FactCheckRecord) -> dict[str, str]:
    # The reader takes the verdict from `alternateName`, else from `name`: so `name` carries the
    # verdict only when the rating text alone would not give it back ("Zombie claim").
    rating: dict[str, str] = {}
    if record.rating_text:
        rating["alternateName"] = record.rating_text
    if record.verdict is not Verdict.OTHER and (
        verdict_from_rating(record.rating_text) is not record.verdict
    ):
        rating["name"] = rating_for_verdict(record.verdict)
    return rating
