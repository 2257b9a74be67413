"""ClaimReview markup in the shapes real publishers use, each with its quirk, read as a voter
would need it: right language (detected when the markup has none), clean text, a verdict.

The records are written for these tests (no publisher's text is copied); each reproduces the
structure and the quirk of markup seen on that publisher's pages, described in its comment.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from factchecks.formats import ReadOptions, parse_file
from factchecks.records import FactCheckRecord
from factchecks.verdicts import Verdict
from tests.factchecks.formats.fake_image_hasher import RecordingHasher


@dataclass(frozen=True)
class Shape:
    """A published document, and what must come out of it."""

    document: Any
    language: str
    verdict: Verdict
    claim_starts: str
    url: str | None = None
    publisher: str | None = None
    base_url: str | None = None


SHAPES: dict[str, Shape] = {
    # AFP Factuel (French): no inLanguage, the author is a list of Organization objects, the
    # rating has only `alternateName`, dates carry a +01:00 offset with milliseconds.
    "afp-fr": Shape(
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": "https://factuel.afp.com/doc.afp.com.ABC123",
            "claimReviewed": "Les bureaux de vote fermeront à midi dimanche dans toute la région",
            "author": [{"@type": "Organization", "name": "AFP France", "url": "https://afp.com"}],
            "datePublished": "2026-03-04T10:15:00.000+01:00",
            "reviewRating": {"@type": "Rating", "alternateName": "Faux"},
            "itemReviewed": {
                "@type": "Claim",
                "author": {"@type": "Person", "name": "Publications sur les réseaux sociaux"},
            },
        },
        "fr",
        Verdict.FALSE,
        "Les bureaux de vote",
        publisher="AFP France",
    ),
    # Lupa (Portuguese): the whole page's @graph (WebPage, Organization, ClaimReview); the
    # rating word is upper case with a full stop ("FALSO.") and the author refers by @id.
    "lupa": Shape(
        {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebPage", "@id": "https://lupa.example/2026/03/urnas/"},
                {"@type": "Organization", "@id": "#lupa", "name": "Agência Lupa"},
                {
                    "@type": "ClaimReview",
                    "url": "https://lupa.example/2026/03/urnas/",
                    "claimReviewed": "É falso que as urnas eletrônicas foram trocadas em São Paulo",
                    "author": {"@id": "#lupa"},
                    "reviewRating": {"@type": "Rating", "alternateName": "FALSO."},
                    "datePublished": "2026-03-02",
                },
            ],
        },
        "pt",
        Verdict.FALSE,
        "É falso que",
        publisher="Agência Lupa",
    ),
    # Aos Fatos (Portuguese): numeric rating only (1 of 5), a relative URL resolved with the
    # page address given on the command line, and HTML in the claim.
    "aos-fatos": Shape(
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": "/noticias/eleicao-nao-foi-adiada/",
            "claimReviewed": "<p>A eleição foi adiada para <strong>dezembro</strong> por "
            "decisão do tribunal</p>",
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": "1",
                "bestRating": "5",
                "worstRating": "1",
            },
            "author": {"@type": "Organization", "name": "Aos Fatos"},
        },
        "pt",
        Verdict.FALSE,
        "A eleição foi adiada para dezembro",
        url="https://www.aosfatos.example/noticias/eleicao-nao-foi-adiada/",
        base_url="https://www.aosfatos.example/",
    ),
    # Fatabyyano (Arabic): inLanguage absent, the claim HTML-escaped twice (&amp;quot;), the
    # rating in Arabic with a trailing Arabic full stop, a list of itemReviewed.
    "fatabyyano": Shape(
        {
            "@context": "http://schema.org",
            "@type": "ClaimReview",
            "url": "https://fatabyyano.example/claim-1234",
            "claimReviewed": "&amp;quot;تم تأجيل الانتخابات البرلمانية إلى الشهر المقبل&amp;quot;",
            "reviewRating": {"@type": "Rating", "alternateName": "زائف."},
            "itemReviewed": [{"@type": "Claim", "datePublished": "2026-02-27"}],
        },
        "ar",
        Verdict.FALSE,
        '"تم تأجيل',
    ),
    # EFE Verifica (Spanish): a list of author names as plain strings, `reviewRating` as a list
    # with `name` only, the date as "March 5, 2026".
    "efe": Shape(
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": "https://verifica.efe.example/bulo-voto-correo/",
            "claimReviewed": "El voto por correo se anula si el sobre no está firmado a mano",
            "author": ["EFE Verifica", "Redacción EFE"],
            "reviewRating": [{"@type": "Rating", "name": "Bulo"}],
            "datePublished": "March 5, 2026",
        },
        "es",
        Verdict.FALSE,
        "El voto por correo",
        publisher="EFE Verifica, Redacción EFE",
    ),
    # Africa Check (English): a DataFeed whose feed items hold a list of ClaimReviews (only
    # the first is checked here); the rating word is "Incorrect".
    "africa-check": Shape(
        {
            "@context": "https://schema.org",
            "@type": "DataFeed",
            "dataFeedElement": [
                {
                    "@type": "DataFeedItem",
                    "item": [
                        {
                            "@type": "ClaimReview",
                            "url": "https://africacheck.example/fact-checks/reports/ballots",
                            "claimReviewed": "Voters must bring two forms of identity to the "
                            "polling station or they will be turned away",
                            "reviewRating": {"@type": "Rating", "alternateName": "Incorrect"},
                            "author": {"@type": "Organization", "name": "Africa Check"},
                        }
                    ],
                }
            ],
        },
        "en",
        Verdict.FALSE,
        "Voters must bring",
    ),
    # Taiwan FactCheck Center (Chinese): no inLanguage, the rating "錯誤" (false) is not in
    # our table and is shown to voters as written; the headline has HTML entities.
    "tfc": Shape(
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": "https://tfc-taiwan.example/articles/9999",
            "claimReviewed": "網傳投票所今年改為中午十二點關閉，選民必須提早前往投票",
            "headline": "【錯誤】網傳投票所中午關閉&hellip;",
            "reviewRating": {"@type": "Rating", "alternateName": "錯誤"},
        },
        "zh",
        Verdict.OTHER,
        "網傳投票所",
    ),
    # Vishvas News (Hindi): the rating in Hindi ("फर्जी"), the claimant's name a list, an
    # `inLanguage` object with only an English name and a code.
    "vishvas": Shape(
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": "https://www.vishvasnews.example/politics/fact-check-evm/",
            "claimReviewed": "वायरल पोस्ट में दावा किया गया है कि ईवीएम को ब्लूटूथ से हैक किया जा सकता है",
            "reviewRating": {"@type": "Rating", "alternateName": "फर्जी"},
            "inLanguage": {"@type": "Language", "name": "Hindi", "alternateName": "hi"},
            "itemReviewed": {"@type": "Claim", "author": {"name": ["Facebook user", "X user"]}},
        },
        "hi",
        Verdict.FALSE,
        "वायरल पोस्ट",
    ),
    # Boom (English, India): `Manmohan Singh&#039;s` in the claim, the numeric rating on a
    # 0-10 scale without words, a bare `DataFeedItem` (not wrapped in a DataFeed).
    "boom": Shape(
        {
            "@context": "https://schema.org",
            "@type": "DataFeedItem",
            "item": {
                "@type": "ClaimReview",
                "url": "https://www.boomlive.example/fact-check/manmohan-singh-video",
                "claimReviewed": "Video shows Manmohan Singh&#039;s speech asking people to "
                "boycott the election",
                "reviewRating": {
                    "@type": "Rating",
                    "ratingValue": 0,
                    "bestRating": 10,
                    "worstRating": 0,
                },
            },
        },
        "en",
        Verdict.FALSE,
        "Video shows Manmohan Singh's speech",
    ),
    # A Data Commons feed item (German, Correctiv-like): JSON-LD value objects
    # (`{"@value": ...}`), an `identifier` PropertyValue instead of a URL, "Falsch." as the
    # rating, an RFC 2822 date.
    "data-commons-de": Shape(
        {
            "@context": "https://schema.org",
            "@type": "DataFeedItem",
            "dateCreated": "2026-03-01",
            "item": [
                {
                    "@type": "ClaimReview",
                    "identifier": {"@type": "PropertyValue", "value": "correctiv-4711"},
                    "claimReviewed": {
                        "@value": "Briefwahlstimmen werden in diesem Jahr nicht gezählt",
                        "@language": "de",
                    },
                    "reviewRating": {"@type": "Rating", "alternateName": "Falsch."},
                    "datePublished": "Sun, 01 Mar 2026 09:30:00 +0100",
                }
            ],
        },
        # German is not a served language: the record keeps what could be detected, never a
        # served language by mistake, so the assertion below allows "und" too.
        "und",
        Verdict.FALSE,
        "Briefwahlstimmen",
    ),
    # Maldita (Spanish): `reviewRating` with both a word and numbers that disagree in scale
    # (the word wins), HTML tags in the description, and the page `@id` as the base for a
    # relative `url`.
    "maldita": Shape(
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "@id": "https://maldita.example/malditobulo/20260301/tinta/",
            "url": "tinta/",
            "claimReviewed": "La tinta indeleble se quita con vinagre y por eso hay gente "
            "votando dos veces",
            "description": "<p>No, la tinta <em>no</em> se quita con vinagre.</p>",
            "reviewRating": {
                "@type": "Rating",
                "alternateName": "Bulo",
                "ratingValue": 5,
                "bestRating": 5,
            },
        },
        "es",
        Verdict.FALSE,
        "La tinta indeleble",
        url="https://maldita.example/malditobulo/20260301/tinta/tinta/",
    ),
}

ENTITY = re.compile(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", re.IGNORECASE)
TAG = re.compile(r"<[a-z/][^>]*>", re.IGNORECASE)


def _parse(tmp_path: Path, shape: Shape) -> FactCheckRecord:
    path = tmp_path / "page.json"
    path.write_text(json.dumps(shape.document, ensure_ascii=False), encoding="utf-8")
    parsed = parse_file(path, RecordingHasher(), ReadOptions(base_url=shape.base_url))
    assert parsed.errors == (), parsed.errors
    return parsed.records[0]


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_each_publishers_shape_is_read_with_its_language_and_verdict(
    tmp_path: Path, name: str
) -> None:
    shape = SHAPES[name]

    record = _parse(tmp_path, shape)

    assert record.claim.startswith(shape.claim_starts)
    assert record.verdict is shape.verdict
    if shape.language == "und":
        assert record.language in ("und", "de")  # never a served language by mistake
    else:
        assert record.language == shape.language
    if shape.url:
        assert record.url == shape.url
    if shape.publisher:
        assert record.publisher == shape.publisher


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_no_html_entity_or_tag_reaches_the_stored_texts(tmp_path: Path, name: str) -> None:
    record = _parse(tmp_path, SHAPES[name])

    shown = [record.claim, record.title, record.summary, record.publisher, record.claimant]
    shown.append(record.rating_text or "")
    for text in shown:
        assert not ENTITY.search(text), text
        assert not TAG.search(text), text


def test_a_detected_language_carries_its_confidence_and_a_given_one_none(
    tmp_path: Path,
) -> None:
    detected = _parse(tmp_path, SHAPES["afp-fr"])
    given = _parse(tmp_path, SHAPES["vishvas"])

    assert detected.language_confidence is not None and detected.language_confidence > 0.75
    assert given.language_confidence is None


def test_the_publishers_word_is_kept_for_display(tmp_path: Path) -> None:
    assert _parse(tmp_path, SHAPES["lupa"]).rating_text == "FALSO."
    assert _parse(tmp_path, SHAPES["tfc"]).rating_text == "錯誤"


def test_language_option_overrides_every_record(tmp_path: Path) -> None:
    path = tmp_path / "page.json"
    documents = [SHAPES["afp-fr"].document, SHAPES["vishvas"].document]
    path.write_text(json.dumps(documents, ensure_ascii=False), encoding="utf-8")

    parsed = parse_file(path, RecordingHasher(), ReadOptions(language="pt-BR"))

    assert [(r.language, r.language_confidence) for r in parsed.records] == [("pt", None)] * 2


def test_a_relative_url_without_a_page_address_is_an_error_saying_how_to_fix_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "page.json"
    path.write_text(json.dumps(SHAPES["aos-fatos"].document), encoding="utf-8")

    parsed = parse_file(path, RecordingHasher())

    assert parsed.records == ()
    assert "--base-url" in parsed.errors[0].reason
