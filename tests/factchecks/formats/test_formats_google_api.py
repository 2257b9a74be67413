"""Google Fact Check Tools API responses (`claims:search`) saved to `.json` and `.jsonl` files:
every review of every claim is a record, recognised by content, bad reviews reported one by one.

The responses are written for these tests in the API's shape (no publisher's text is copied).
"""

from __future__ import annotations

import json
import pickle
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from factchecks.formats import (
    FormatError,
    ReadOptions,
    estimate_records,
    parse_chunk,
    parse_file,
    read_file,
    split_file,
)
from factchecks.records import FactCheckRecord, ParsedFile, PositionKind, RecordError
from factchecks.verdicts import Verdict
from tests.factchecks.formats.fake_image_hasher import RecordingHasher


def _review(url: str, rating: object = "False", language: object = "en", **more: Any) -> Any:
    review: dict[str, Any] = {
        "publisher": {"name": "Desk Verifica", "site": "desk.example"},
        "url": url,
        "title": "A fact-check",
        "reviewDate": "2026-03-02T09:30:00Z",
        "textualRating": rating,
        "languageCode": language,
    }
    review.update(more)
    return {key: value for key, value in review.items() if value is not None}


def _claim(text: object, *reviews: Any, **more: Any) -> Any:
    return {
        "text": text,
        "claimant": "Social media posts",
        "claimDate": "2026-03-01T00:00:00Z",
        "claimReview": list(reviews),
        **more,
    }


def _page(*claims: Any, token: str | None = "CAoSBgoEZGVmYQ") -> Any:
    page: dict[str, Any] = {"claims": list(claims)}
    if token:
        page["nextPageToken"] = token
    return page


def _write(tmp_path: Path, document: Any, name: str = "search.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _parse(tmp_path: Path, document: Any, options: ReadOptions | None = None) -> ParsedFile:
    return parse_file(_write(tmp_path, document), RecordingHasher(), options)


@dataclass(frozen=True)
class Expected:
    """One review as a record: what must come out of it."""

    claim: str
    verdict: Verdict
    rating_text: str | None
    language: str
    publisher: str = "Desk Verifica"
    title: str = "A fact-check"
    detected: bool = False


@dataclass(frozen=True)
class Case:
    """A response (any shape the reader takes), and its records in order."""

    document: Any
    expected: list[Expected] = field(default_factory=list)


CASES: dict[str, Case] = {
    # One claim reviewed by two publishers, in two languages: two records of the same claim.
    "two-reviews-of-one-claim": Case(
        _page(
            _claim(
                "Los colegios electorales cerrarán a mediodía el domingo",
                _review("https://desk.example/es/1", "Falso", "es"),
                _review(
                    "https://otro.example/pt/1",
                    "FALSO.",
                    "pt-BR",
                    publisher={"name": "Checagem", "site": "otro.example"},
                ),
            )
        ),
        [
            Expected(
                "Los colegios electorales cerrarán a mediodía el domingo",
                Verdict.FALSE,
                "Falso",
                "es",
            ),
            Expected(
                "Los colegios electorales cerrarán a mediodía el domingo",
                Verdict.FALSE,
                "FALSO.",
                "pt",
                publisher="Checagem",
            ),
        ],
    ),
    # No textualRating at all: kept with no verdict, as a ClaimReview without a rating is.
    "missing-rating": Case(
        _page(
            _claim(
                "Ballots posted after Friday are thrown away",
                _review("https://desk.example/2", rating=None),
            )
        ),
        [Expected("Ballots posted after Friday are thrown away", Verdict.OTHER, None, "en")],
    ),
    # A rating that is only a number has no scale to place it on; an unknown word is kept.
    "numeric-and-unknown-ratings": Case(
        _page(
            _claim(
                "Les électeurs doivent présenter deux pièces d'identité au bureau de vote",
                _review("https://desk.example/fr/3", "2", "fr"),
                _review("https://desk.example/fr/4", "Infox zombie", "fr"),
            ),
        ),
        [
            Expected(
                "Les électeurs doivent présenter deux pièces d'identité au bureau de vote",
                Verdict.OTHER,
                "2",
                "fr",
            ),
            Expected(
                "Les électeurs doivent présenter deux pièces d'identité au bureau de vote",
                Verdict.OTHER,
                "Infox zombie",
                "fr",
            ),
        ],
    ),
    # No languageCode: detected from the claim (Arabic); a publisher known only by its site;
    # a title with tags and entities escaped twice.
    "detected-language-site-only-escaped-title": Case(
        _page(
            _claim(
                "تم تأجيل الانتخابات البرلمانية إلى الشهر المقبل بسبب الأمطار",
                _review(
                    "https://tahaqqaq.example/ar/5",
                    "زائف",
                    None,
                    publisher={"site": "tahaqqaq.example"},
                    title="<b>زائف</b>: &amp;quot;تأجيل&amp;quot; الانتخابات",
                ),
            )
        ),
        [
            Expected(
                "تم تأجيل الانتخابات البرلمانية إلى الشهر المقبل بسبب الأمطار",
                Verdict.FALSE,
                "زائف",
                "ar",
                publisher="tahaqqaq.example",
                title='زائف: "تأجيل" الانتخابات',
                detected=True,
            ),
        ],
    ),
    # Several pages saved into one array, one of them the `{}` the API answers when nothing
    # more matched; Hindi and Portuguese with their own verdict words.
    "list-of-pages": Case(
        [
            _page(
                _claim(
                    "ईवीएम को ब्लूटूथ से हैक किया जा सकता है",
                    _review("https://vishvas.example/hi/6", "फर्जी", "hi"),
                )
            ),
            {},
            _page(
                _claim(
                    "A urna eletrônica aceita votos depois das 17h",
                    _review("https://lupa.example/pt/7", "Verdadeiro", "pt"),
                ),
                token=None,
            ),
        ],
        [
            Expected("ईवीएम को ब्लूटूथ से हैक किया जा सकता है", Verdict.FALSE, "फर्जी", "hi"),
            Expected(
                "A urna eletrônica aceita votos depois das 17h", Verdict.TRUE, "Verdadeiro", "pt"
            ),
        ],
    ),
    # The `claims` array alone (what `jq .claims` keeps), the token first in a page.
    "list-of-claims": Case(
        [
            _claim(
                "Voting twice is allowed if you lost your card",
                _review("https://desk.example/8", "Pants on Fire!"),
            ),
            _claim("Polls open at 7 am", _review("https://desk.example/9", "TRUE")),
        ],
        [
            Expected(
                "Voting twice is allowed if you lost your card",
                Verdict.FALSE,
                "Pants on Fire!",
                "en",
            ),
            Expected("Polls open at 7 am", Verdict.TRUE, "TRUE", "en"),
        ],
    ),
    "token-before-claims": Case(
        {
            "nextPageToken": "abc",
            "claims": [
                _claim(
                    "Mail ballots need two stamps", _review("https://desk.example/10", "Mixture")
                )
            ],
        },
        [Expected("Mail ballots need two stamps", Verdict.PARTLY_FALSE, "Mixture", "en")],
    ),
    "empty-claims": Case(_page()),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_review_of_each_claim_is_a_record(tmp_path: Path, name: str) -> None:
    case = CASES[name]

    parsed = _parse(tmp_path, case.document)

    assert parsed.errors == ()
    got = [
        Expected(
            r.claim,
            r.verdict,
            r.rating_text,
            r.language,
            r.publisher,
            r.title,
            r.language_confidence is not None,
        )
        for r in parsed.records
    ]
    assert got == case.expected


def test_all_fields_reach_the_record(tmp_path: Path) -> None:
    document = _page(_claim("Polling stations close at noon", _review("https://desk.example/1")))

    (record,) = _parse(tmp_path, document).records

    assert record == FactCheckRecord(
        claim="Polling stations close at noon",
        verdict=Verdict.FALSE,
        url="https://desk.example/1",
        rating_text="False",
        title="A fact-check",
        publisher="Desk Verifica",
        language="en",
        claimant="Social media posts",
        claim_date=datetime(2026, 3, 1, tzinfo=UTC),
        published_at=datetime(2026, 3, 2, 9, 30, tzinfo=UTC),
    )


BAD: list[tuple[str, Any, str]] = [
    (
        "claim 1: text (the claim) is missing or empty",
        _claim(None, _review("https://desk.example/1")),
        "",
    ),
    ("claim 1: text must be text, not a number", _claim(42, _review("https://desk.example/1")), ""),
    ("claim 1: url is missing", _claim("Polls close at noon", _review(None)), ""),
    (
        "claim 1: url 'fc/1' is relative",
        _claim("Polls close at noon", _review("fc/1")),
        "--base-url",
    ),
    (
        "claim 1: url 'ftp://desk.example/1' is not an http(s) URL",
        _claim("Polls close at noon", _review("ftp://desk.example/1")),
        "",
    ),
    (
        "claim 1: textualRating must be text, not a number",
        _claim("Polls close at noon", _review("https://desk.example/1", rating=1)),
        "",
    ),
    (
        "claim 1: languageCode 'English please' is not a language tag",
        _claim("Polls close at noon", _review("https://desk.example/1", language="English please")),
        "",
    ),
    (
        "claim 1: languageCode must be text, not a list",
        _claim("Polls close at noon", _review("https://desk.example/1", language=["en"])),
        "",
    ),
    (
        "claim 1: claimDate 'yesterday' is not a date",
        _claim("Polls close at noon", _review("https://desk.example/1"), claimDate="yesterday"),
        "",
    ),
    (
        "claim 1: reviewDate must be text, not a number",
        _claim("Polls close at noon", _review("https://desk.example/1", reviewDate=20260301)),
        "",
    ),
    (
        "claim 1: publisher must be an object, not text",
        _claim("Polls close at noon", _review("https://desk.example/1", publisher="Desk")),
        "",
    ),
    (
        "claim 1: publisher.name must be text, not a list",
        _claim("Polls close at noon", _review("https://desk.example/1", publisher={"name": ["D"]})),
        "",
    ),
    (
        "claim 1: claimant must be text, not an object",
        _claim("Polls close at noon", _review("https://desk.example/1"), claimant={"n": 1}),
        "",
    ),
    ("claim 1: claimReview must be an object, not text", _claim("Polls close at noon", "x"), ""),
    ("claim 1: has no claimReview", _claim("Polls close at noon"), ""),
    ("claim 1: has no claimReview", {"text": "Polls close at noon", "claimReview": None}, ""),
    ("claim 1: must be a claim object, not null", None, ""),
]


@pytest.mark.parametrize(("expected", "claim", "hint"), BAD, ids=[b[0] for b in BAD])
def test_a_bad_review_is_reported_with_where_it_is_and_the_others_are_kept(
    tmp_path: Path, expected: str, claim: Any, hint: str
) -> None:
    good = _claim("Polls open at 7 am", _review("https://desk.example/good", "True"))
    document = _page(claim, good) if claim is not None else _page(good, None)

    parsed = _parse(tmp_path, document)

    assert [r.claim for r in parsed.records] == ["Polls open at 7 am"]
    (error,) = parsed.errors
    if claim is None:
        expected = expected.replace("claim 1", "claim 2")
    assert error.reason.startswith(expected), error.reason
    assert hint in error.reason
    assert error.kind is PositionKind.RECORD
    assert error.position == (1 if claim is not None else 2)
    assert error.describe().startswith(f"{tmp_path / 'search.json'}: record ")


def test_positions_count_reviews_and_messages_name_page_claim_and_review(tmp_path: Path) -> None:
    document = [
        _page(_claim("Polls close at noon", _review("https://desk.example/1"))),
        _page(
            _claim(
                "Polls close at nine",
                _review("https://desk.example/2"),
                _review("https://desk.example/3", rating=False),
            ),
        ),
        "a stray string",
    ]

    parsed = _parse(tmp_path, document)

    assert [(e.position, e.reason) for e in parsed.errors] == [
        (3, "page 2, claim 1, review 2: textualRating must be text, not a boolean"),
        (4, "item 3: is not a response page or a claim (text)"),
    ]
    assert len(parsed.records) == 2


def test_base_url_and_language_options_apply_as_for_claimreview(tmp_path: Path) -> None:
    document = _page(_claim("Polls close at noon", _review("/fc/1", language=None)))

    parsed = _parse(
        tmp_path, document, ReadOptions(language="es", base_url="https://desk.example/es/")
    )

    (record,) = parsed.records
    assert (record.url, record.language, record.language_confidence) == (
        "https://desk.example/fc/1",
        "es",
        None,
    )


@pytest.mark.parametrize(
    "document",
    [
        # ClaimReview markup that happens to have a `claims` member stays ClaimReview.
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claims": [{"text": "x"}],
            "claimReviewed": "Polls close at noon",
            "url": "https://desk.example/cr",
            "reviewRating": {"alternateName": "False"},
        },
        [
            {
                "@type": "ClaimReview",
                "claimReviewed": "Polls close at noon",
                "url": "https://desk.example/cr",
                "reviewRating": {"alternateName": "False"},
            }
        ],
    ],
)
def test_claimreview_markup_is_not_taken_for_a_response(tmp_path: Path, document: Any) -> None:
    parsed = _parse(tmp_path, document)

    assert [(r.claim, r.url) for r in parsed.records] == [
        ("Polls close at noon", "https://desk.example/cr")
    ]


def test_an_object_whose_claims_are_not_claims_is_read_as_claimreview(tmp_path: Path) -> None:
    parsed = _parse(tmp_path, {"claims": ["one", "two"]})

    assert parsed.records == ()
    assert "claimReviewed is missing" in parsed.errors[0].reason


def test_a_truncated_response_imports_nothing(tmp_path: Path) -> None:
    whole = json.dumps(
        _page(*[_claim(f"Claim {i}", _review(f"https://d.example/{i}")) for i in range(5)])
    )
    path = tmp_path / "search.json"
    path.write_text(whole[: len(whole) // 2], encoding="utf-8")

    with pytest.raises(FormatError, match="not valid JSON"):
        list(read_file(path))


def test_json_lines_hold_pages_or_claims_beside_other_records(tmp_path: Path) -> None:
    lines = [
        _page(
            _claim(
                "Polls close at noon",
                _review("https://desk.example/1"),
                _review("https://desk.example/2", rating=7),
            )
        ),
        {"claim": "Flat records still work", "url": "https://desk.example/flat", "rating": "False"},
        _claim(
            "La tinta indeleble se quita con vinagre",
            _review("https://desk.example/es/3", "Bulo", "es"),
        ),
        {
            "@type": "ClaimReview",
            "claimReviewed": "ClaimReview lines still work",
            "url": "https://desk.example/cr",
            "reviewRating": {"alternateName": "False"},
        },
        {"claims": []},
    ]
    path = tmp_path / "pages.jsonl"
    path.write_text(
        "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8"
    )

    parsed = parse_file(path, RecordingHasher())

    assert [r.claim for r in parsed.records] == [
        "Polls close at noon",
        "Flat records still work",
        "La tinta indeleble se quita con vinagre",
        "ClaimReview lines still work",
    ]
    assert parsed.errors == (
        RecordError(
            str(path),
            1,
            "claim 1, review 2: textualRating must be text, not a number",
            PositionKind.LINE,
        ),
    )


def test_a_large_response_is_streamed_in_chunks_a_pool_can_parse(tmp_path: Path) -> None:
    claims = [
        _claim(f"Polling station {i} closes at noon", _review(f"https://desk.example/{i}"))
        for i in range(2_500)
    ]
    path = _write(tmp_path, [_page(*claims[:1_200]), _page(*claims[1_200:])])

    chunks = list(split_file(path, ReadOptions(), 1_000))

    assert estimate_records(path) == 2_500
    assert [len(chunk) for chunk in chunks] == [1_000, 1_000, 500]
    assert all(chunk.parsed is None for chunk in chunks)  # parsed where the pool puts them
    again = [pickle.loads(pickle.dumps(chunk)) for chunk in chunks]
    parsed = [item for chunk in again for item in parse_chunk(chunk)]
    assert [item.position for item in parsed] == list(range(1, 2_501))
    assert parsed[-1].record.url == "https://desk.example/2499"  # type: ignore[union-attr]
